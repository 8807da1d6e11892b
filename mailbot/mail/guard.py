"""Recognise machine-generated mail that must never be answered (RFC 3834, RFC 2369, RFC 3464)."""

from __future__ import annotations

import re
from collections.abc import Collection

from mailbot.values import InboundMail

_DAEMON_LOCALPARTS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "noreply-dmarc-support"}
_BULK_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
_SUPPRESS = {"all", "oof", "autoreply"}


def machine_generated(mail: InboundMail, own_addresses: Collection[str]) -> str | None:
    """Why ``mail`` must not be answered, or None when a person may have written it."""
    for check in (_bounce, _auto_submitted, _list_or_bulk):
        reason = check(mail)
        if reason:
            return reason
    own = {a.lower() for a in own_addresses}
    if mail.sender and mail.sender.email in own:
        return f"from our own address {mail.sender.email}"
    return None


def _bounce(mail: InboundMail) -> str | None:
    return_path = mail.header("return-path")
    if return_path is not None and re.fullmatch(r"\s*<\s*>\s*", return_path):
        return "empty Return-Path (a bounce or other automatic notice)"
    if mail.sender:
        local = mail.sender.email.partition("@")[0]
        if local in _DAEMON_LOCALPARTS:
            return f"sender {mail.sender.email} is a mail system"
    if mail.content_type == "multipart/report":
        return "multipart/report (a delivery or read report)"
    return None


def _auto_submitted(mail: InboundMail) -> str | None:
    value = (mail.header("auto-submitted") or "").strip().lower()
    if value and value.split(";")[0].strip() != "no":
        return f"Auto-Submitted: {value}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if mail.header(name) is not None:
            return f"{name} header present"
    suppress = {p.strip().lower() for p in (mail.header("x-auto-response-suppress") or "").split(",")}
    if suppress & _SUPPRESS:
        return f"X-Auto-Response-Suppress: {mail.header('x-auto-response-suppress')}"
    return None


def _list_or_bulk(mail: InboundMail) -> str | None:
    precedence = (mail.header("precedence") or "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in ("list-id", "list-unsubscribe"):
        if mail.header(name) is not None:
            return f"mailing-list mail ({name} header)"
    return None

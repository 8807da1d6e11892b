"""Recognise machine-generated mail (RFC 3834, RFC 2369, RFC 3464) and say what it means for us.

Two decisions, kept apart: "do not answer automatically" and "do not open a ticket". Every reason
here means the first. Only a bounce, an auto-submitted mail (RFC 3834) or our own mail also means
the second; a bulk or list header, X-Auto-Response-Suppress or a no-reply sender can sit on a
person's complaint, which is then recorded silently and the rep told (see mailbot.workflow.decide).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from mailbot.values import InboundMail

Category = Literal[
    "bounce",  # a delivery report, an empty Return-Path, a mail system sender
    "auto_submitted",  # RFC 3834 Auto-Submitted (not "no") and the autoresponders' own markers
    "own_address",  # our own mail come back
    "no_reply_sender",  # noreply@, donotreply@, bounce@...: nobody reads answers there
    "auto_response_suppress",  # X-Auto-Response-Suppress: the sender asks for no automatic answer
    "list_or_bulk",  # List-Id / List-Unsubscribe / Precedence: bulk, list, junk
]
# What stops a ticket: the mail cannot be a person's complaint.
STOPS_TICKET: frozenset[str] = frozenset({"bounce", "auto_submitted", "own_address"})

_DAEMON_LOCALPARTS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "noreply-dmarc-support"}
# Local parts nobody reads: never answered (RFC 3834 section 2 asks responders to spare them too), in the
# languages senders write them ("nepasrepondre", "nicht-antworten", "no-responder", "nie-odpowiadaj").
_NO_REPLY_LOCALPART = re.compile(
    r"bounce|no[-_.]?reply|do[-_.]?not[-_.]?reply|no[-_.]?respon(?:d|se|der)|ne[-_.]?pas[-_.]?repondre"
    r"|nicht[-_.]?antworten|keine[-_.]?antwort|no[-_.]?contestar|nao[-_.]?responda|non[-_.]?rispondere"
    r"|nie[-_.]?odpowiadaj|niet[-_.]?beantwoorden|niet[-_.]?antwoorden"
)
# A list's or a machine's own address (RFC 3834 section 2: owner-*, *-request, LISTSERV, majordomo) and
# the notice senders nobody stands behind: the whole local part says it.
_MACHINE_LOCALPART = re.compile(
    r"owner-.+|.+-owner|.+-request|listserv|majordomo|mailman|notifications?|notify|notices?|alerts?|automailer"
    r"|auto[-_.]?confirm(?:ation)?|autoresponder"
    # a mailing's own sender: newsletters, marketing, offers, digests and surveys are sent, never read
    r"|newsletters?|news|marketing|promos?|promotions?|offers|deals|campaigns?|mailings?|mailer|digests?"
    r"|surveys?"
)
_AUTO_PRECEDENCE = {"auto_reply", "auto-reply"}
_BULK_PRECEDENCE = {"bulk", "junk", "list"}
_SUPPRESS = {"all", "oof", "autoreply"}


@dataclass(frozen=True)
class GuardReason:
    """Why a mail must not be answered automatically, and whether it may still be a complaint."""

    category: Category
    detail: str

    @property
    def stops_ticket(self) -> bool:
        return self.category in STOPS_TICKET

    def __str__(self) -> str:
        return self.detail


def machine_generated(mail: InboundMail, own_addresses: Collection[str]) -> GuardReason | None:
    """Why ``mail`` must not be answered, or None when a person may have written it.

    Reasons that stop a ticket come first, so the strongest one is reported.
    """
    own = {a.lower() for a in own_addresses}
    if mail.sender and mail.sender.email in own:
        return GuardReason("own_address", f"from our own address {mail.sender.email}")
    for check in (_bounce, _auto_submitted, _no_reply_sender, _suppress, _list_or_bulk):
        reason = check(mail)
        if reason:
            return reason
    return None


def _bounce(mail: InboundMail) -> GuardReason | None:
    return_path = mail.header("return-path")
    if return_path is not None and re.fullmatch(r"\s*<\s*>\s*", return_path):
        return GuardReason("bounce", "empty Return-Path (a bounce or other automatic notice)")
    if mail.sender:
        local = mail.sender.email.partition("@")[0]
        if local in _DAEMON_LOCALPARTS:
            return GuardReason("bounce", f"sender {mail.sender.email} is a mail system")
    if mail.content_type == "multipart/report":
        return GuardReason("bounce", "multipart/report (a delivery or read report)")
    if mail.bounce_failures:
        # A bounce in one of the free-text formats Mailman's detectors know (flufl.bounce).
        failed = ", ".join(address for address, _ in mail.bounce_failures[:3])
        return GuardReason("bounce", f"a bounce without standard markers (delivery to {failed} failed)")
    return None


def _auto_submitted(mail: InboundMail) -> GuardReason | None:
    value = (mail.header("auto-submitted") or "").strip().lower()
    if value and value.split(";")[0].strip() != "no":
        return GuardReason("auto_submitted", f"Auto-Submitted: {value}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if mail.header(name) is not None:
            return GuardReason("auto_submitted", f"{name} header present")
    precedence = (mail.header("precedence") or "").strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return GuardReason("auto_submitted", f"Precedence: {precedence}")
    return None


def _no_reply_sender(mail: InboundMail) -> GuardReason | None:
    if not mail.sender:
        return None
    local = mail.sender.email.partition("@")[0]
    if _NO_REPLY_LOCALPART.search(local) or _MACHINE_LOCALPART.fullmatch(local):
        return GuardReason("no_reply_sender", f"sender {mail.sender.email} takes no answers")
    return None


def _suppress(mail: InboundMail) -> GuardReason | None:
    value = mail.header("x-auto-response-suppress") or ""
    if {p.strip().lower() for p in value.split(",")} & _SUPPRESS:
        return GuardReason("auto_response_suppress", f"X-Auto-Response-Suppress: {value}")
    return None


# The campaign markers mass-mailing services set on each mailing they send (Mailchimp, Brevo, ...): a
# marketing mail without List-Unsubscribe still carries one of them.
_CAMPAIGN_HEADERS = ("x-campaign", "x-campaignid", "x-campaign-id", "x-mailin-campaign", "x-mc-user")


def _list_or_bulk(mail: InboundMail) -> GuardReason | None:
    precedence = (mail.header("precedence") or "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        return GuardReason("list_or_bulk", f"Precedence: {precedence}")
    for name in ("list-id", "list-unsubscribe"):
        if mail.header(name) is not None:
            return GuardReason("list_or_bulk", f"mailing-list mail ({name} header)")
    for name in _CAMPAIGN_HEADERS:
        if mail.header(name) is not None:
            return GuardReason("list_or_bulk", f"a mass mailing ({name} header)")
    return None

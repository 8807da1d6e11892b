"""machine_generated(): every RFC 3834 signal, and a person's mail passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.mail.guard import machine_generated
from mailbot.mail.parse import parse

MAIL = Path(__file__).resolve().parent / "samples"
OWN = ["service@example.com"]
PERSON = b"From: Anna <anna@customer.example>\nTo: service@example.com\nSubject: broken SFP\n"


def with_headers(extra: bytes, sender: bytes = PERSON) -> bytes:
    return sender + extra + b"\nThe module is dead.\n"


@pytest.mark.parametrize(
    "fixture",
    ["plain.eml", "html_only.eml", "outlook.eml", "forwarded.eml", "reply.eml", "gbk.eml", "forwarded_rfc822.eml"],
)
def test_person_mail_passes(fixture):
    assert machine_generated(parse((MAIL / fixture).read_bytes()), OWN) is None


@pytest.mark.parametrize("fixture", ["bounce.eml", "ooo.eml"])
def test_fixture_machines_are_caught(fixture):
    assert machine_generated(parse((MAIL / fixture).read_bytes()), OWN)


@pytest.mark.parametrize(
    "extra",
    [
        b"Return-Path: <>\n",
        b"Auto-Submitted: auto-generated\n",
        b"Auto-Submitted: auto-replied\n",
        b"X-Autoreply: yes\n",
        b"X-Autorespond: yes\n",
        b"Precedence: bulk\n",
        b"Precedence: junk\n",
        b"Precedence: list\n",
        b"Precedence: auto_reply\n",
        b"List-Id: <news.example.org>\n",
        b"List-Unsubscribe: <mailto:leave@example.org>\n",
        b"X-Auto-Response-Suppress: All\n",
        b"X-Auto-Response-Suppress: DR, OOF\n",
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=x\n",
    ],
)
def test_each_signal_is_a_reason(extra):
    assert machine_generated(parse(with_headers(extra)), OWN)


@pytest.mark.parametrize(
    "extra", [b"Auto-Submitted: no\n", b"Precedence: first-class\n", b"X-Auto-Response-Suppress: DR\n"]
)
def test_harmless_values_pass(extra):
    assert machine_generated(parse(with_headers(extra)), OWN) is None


@pytest.mark.parametrize(
    "sender",
    [
        b"From: MAILER-DAEMON@mx.example.org\n",
        b"From: postmaster@example.org\n",
        b"From: After-Sales <SERVICE@example.com>\n",
    ],
)
def test_system_and_own_senders(sender):
    assert machine_generated(parse(sender + b"Subject: x\n\nbody\n"), OWN)


@pytest.mark.parametrize(
    ("extra", "category"),
    [
        (b"Return-Path: <>\n", "bounce"),
        (b"Content-Type: multipart/report; report-type=delivery-status; boundary=x\n", "bounce"),
        (b"Auto-Submitted: auto-replied\n", "auto_submitted"),
        (b"X-Autoreply: yes\n", "auto_submitted"),
        (b"Precedence: auto_reply\n", "auto_submitted"),
        (b"X-Auto-Response-Suppress: All\n", "auto_response_suppress"),
        (b"List-Unsubscribe: <mailto:leave@example.org>\n", "list_or_bulk"),
        (b"List-Id: <news.example.org>\n", "list_or_bulk"),
        (b"Precedence: bulk\n", "list_or_bulk"),
        (b"Precedence: list\n", "list_or_bulk"),
    ],
)
def test_reasons_say_whether_the_mail_may_still_be_a_complaint(extra, category):
    reason = machine_generated(parse(with_headers(extra)), OWN)
    assert reason is not None and reason.category == category
    # Only bounces, auto-submitted mail and our own stop a ticket; the rest only stop the answer.
    assert reason.stops_ticket == (category in ("bounce", "auto_submitted", "own_address"))
    assert str(reason)  # readable for the log and the audit trail


@pytest.mark.parametrize(
    "local",
    ["noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "bounce", "bounces+x=y", "shop.noreply"],
)
def test_no_reply_senders_are_never_answered(local):
    sender = f"From: Shop <{local}@shop.example>\n".encode()
    reason = machine_generated(parse(with_headers(b"", sender=sender)), OWN)
    assert reason is not None and reason.category == "no_reply_sender" and not reason.stops_ticket


def test_own_address_stops_a_ticket_before_any_other_reason():
    sender = b"From: After-Sales <SERVICE@example.com>\nList-Id: <x.example>\n"
    reason = machine_generated(parse(with_headers(b"", sender=sender)), OWN)
    assert reason is not None and reason.category == "own_address" and reason.stops_ticket

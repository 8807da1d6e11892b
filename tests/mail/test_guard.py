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

"""parse_dsn on real-looking bounces: RFC 3464 reports, header-only returns, delays, free-text bounces."""

from __future__ import annotations

import email
import email.policy
import hashlib
from email.message import Message
from email.utils import getaddresses

import pytest

from mailbot.mail.dsn import parse_dsn
from mailbot.mail.parse import parse
from mailbot.values import Address, Attachment, InboundMail

ORIGINAL = (
    "From: After-Sales Service <service@example.com>\n"
    "To: customer@example.org\n"
    "Subject: [RMA-2026-00042] Your return request\n"
    "Message-ID: <rma-2026-00042.1.abc@mailbot.example.com>\n"
    "Auto-Submitted: auto-replied\n\n"
    "Dear customer, your RMA number is RMA-2026-00042.\n"
)

POSTFIX_DSN = f"""\
From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
To: service@example.com
Subject: Undelivered Mail Returned to Sender
Message-ID: <20261121.bounce.1@mx.example.com>
Return-Path: <>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<customer@example.org>: host mx.example.org[203.0.113.5] said: 550 5.1.1
    <customer@example.org>: Recipient address rejected: User unknown

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 4Fabc
Arrival-Date: Sat, 21 Nov 2026 10:00:00 +0000

Final-Recipient: rfc822; customer@example.org
Original-Recipient: rfc822;customer@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <customer@example.org>: Recipient address
    rejected: User unknown

--B1
Content-Type: message/rfc822

{ORIGINAL}
--B1--
"""

EXCHANGE_HEADERS_ONLY = """\
From: postmaster@corp.example.net
To: service@example.com
Subject: Undeliverable: [RMA-2026-00042] Your return request
Message-ID: <ex-ndr-77@corp.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="X"

--X
Content-Type: text/plain

Delivery has failed to these recipients or groups:
buyer@corp.example.net
The recipient's mailbox is full and can't accept messages now.

--X
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.corp.example.net

Final-Recipient: rfc822;buyer@corp.example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

Final-Recipient: rfc822;Second@Corp.Example.net
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;451 4.4.7 message delayed

--X
Content-Type: text/rfc822-headers

From: service@example.com
To: buyer@corp.example.net
Subject: [RMA-2026-00042] Your return request
Message-ID: <rma-2026-00042.2.def@mailbot.example.com>

--X--
"""

SUCCESS_DSN = """\
From: MAILER-DAEMON@mx.example.com
To: service@example.com
Subject: Successful Mail Delivery Report
Return-Path: <>
Content-Type: multipart/report; report-type=delivery-status; boundary="S"

--S
Content-Type: text/plain

Your message was delivered.

--S
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; customer@example.org
Action: delivered
Status: 2.0.0

--S--
"""

QMAIL_BOUNCE = """\
From: MAILER-DAEMON@mail.example.biz
To: service@example.com
Subject: failure notice
Return-Path: <>

Hi. This is the qmail-send program at mail.example.biz.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<gone@example.biz>:
192.0.2.10 does not like recipient.
Remote host said: 550 5.1.1 mailbox unavailable
Giving up on 192.0.2.10.

--- Below this line is a copy of the message.

Return-Path: <service@example.com>
From: service@example.com
To: gone@example.biz
Message-ID: <rma-2026-00007.1.xyz@mailbot.example.com>
Subject: [RMA-2026-00007] Your return request

Dear customer, other@example.biz was copied 550 here.
"""

EXIM_DELAY_NO_ENHANCED = """\
From: Mail Delivery System <Mailer-Daemon@relay.example.co.uk>
To: service@example.com
Subject: Warning: message 1abc delayed 24 hours

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay.example.co.uk.

  slow@example.co.uk
    host mx.example.co.uk [198.51.100.7]: 421 Too many connections

No action is required on your part.
"""

CUSTOMER_MAIL = """\
From: Customer <customer@example.org>
To: service@example.com
Subject: My transceiver died, error 5.1.1 on the display
Message-ID: <c1@example.org>

Hello, the unit shows code 5.1.1 and my colleague bob@example.org says it is broken.
"""

OUT_OF_OFFICE = """\
From: Customer <customer@example.org>
To: service@example.com
Subject: Out of office: [RMA-2026-00042] Your return request
Auto-Submitted: auto-replied
Message-ID: <ooo@example.org>

I am out of the office until Monday.
"""


def inbound(text: str) -> InboundMail:
    """A small stand-in for mailbot.mail.parse: stdlib parsing converted into InboundMail."""
    msg = email.message_from_bytes(text.encode(), policy=email.policy.compat32)
    plain: list[str] = []
    attachments: list[Attachment] = []
    forwarded: list[InboundMail] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()[0]
            forwarded.append(inbound(inner.as_string()))
        elif ctype == "message/delivery-status":
            payload = "\n".join(block.as_string() for block in part.get_payload())
            attachments.append(Attachment("status", ctype, payload.encode()))
        elif ctype == "text/plain" and not _inside_rfc822(msg, part):
            plain.append(part.get_payload())
        elif not part.is_multipart() and ctype != "text/plain":
            attachments.append(Attachment("part", ctype, part.get_payload().encode()))
    return _mail(msg, "\n".join(plain), tuple(attachments), tuple(forwarded), len(text))


def _inside_rfc822(root: Message, part: Message) -> bool:
    for candidate in root.walk():
        if candidate.get_content_type() == "message/rfc822" and any(p is part for p in candidate.walk()):
            return True
    return False


def _mail(msg: Message, text: str, attachments, forwarded, size: int) -> InboundMail:
    def addrs(name: str) -> tuple[Address, ...]:
        return tuple(Address(n, a.lower()) for n, a in getaddresses(msg.get_all(name, [])) if a)

    mid = (msg.get("Message-ID") or "").strip("<> ") or hashlib.sha1(text.encode()).hexdigest()
    sender = addrs("From")
    return InboundMail(
        message_id=mid,
        subject=msg.get("Subject", ""),
        sender=sender[0] if sender else None,
        to=addrs("To"),
        cc=addrs("Cc"),
        reply_to=(),
        date=None,
        in_reply_to=None,
        references=(),
        headers=tuple((k.lower(), str(v)) for k, v in msg.items()),
        text=text,
        html="",
        attachments=attachments,
        content_type=msg.get_content_type(),
        raw_size=size,
        forwarded=forwarded,
    )


def test_rfc3464_report_with_returned_mail():
    report = parse_dsn(inbound(POSTFIX_DSN))
    assert report is not None and report.standard
    assert report.original_message_id == "rma-2026-00042.1.abc@mailbot.example.com"
    assert report.reporting_mta == "mx.example.com"
    [rcpt] = report.recipients
    assert (rcpt.email, rcpt.status, rcpt.action, rcpt.permanent) == ("customer@example.org", "5.1.1", "failed", True)
    assert "User unknown" in rcpt.diagnostic and rcpt.diagnostic.startswith("550 5.1.1")


def test_headers_only_return_several_recipients_permanent_and_delayed():
    report = parse_dsn(inbound(EXCHANGE_HEADERS_ONLY))
    assert report is not None
    assert report.original_message_id == "rma-2026-00042.2.def@mailbot.example.com"
    assert [(r.email, r.status, r.action) for r in report.recipients] == [
        ("buyer@corp.example.net", "5.2.2", "failed"),
        ("second@corp.example.net", "4.4.7", "delayed"),
    ]
    assert [r.email for r in report.permanent_failures] == ["buyer@corp.example.net"]


def test_success_report_lists_no_failures():
    report = parse_dsn(inbound(SUCCESS_DSN))
    assert report is not None and report.recipients == () and report.permanent_failures == ()


def test_qmail_free_text_bounce():
    report = parse_dsn(inbound(QMAIL_BOUNCE))
    assert report is not None and not report.standard
    assert report.original_message_id == "rma-2026-00007.1.xyz@mailbot.example.com"
    # Only the explanation is searched: addresses inside the returned copy are not recipients.
    assert [(r.email, r.status, r.permanent) for r in report.recipients] == [("gone@example.biz", "5.1.1", True)]
    assert "mailbox unavailable" in report.recipients[0].diagnostic


def test_exim_delay_warning_with_basic_code_only():
    report = parse_dsn(inbound(EXIM_DELAY_NO_ENHANCED))
    assert report is not None and report.original_message_id is None
    [rcpt] = report.recipients
    assert (rcpt.email, rcpt.status, rcpt.action, rcpt.permanent) == ("slow@example.co.uk", "4.0.0", "delayed", False)


@pytest.mark.parametrize("text", [CUSTOMER_MAIL, OUT_OF_OFFICE])
def test_ordinary_mail_and_auto_replies_are_not_bounces(text):
    assert parse_dsn(inbound(text)) is None


def test_with_the_project_parser_when_present():
    parse = pytest.importorskip("mailbot.mail.parse").parse
    report = parse_dsn(parse(POSTFIX_DSN.encode()))
    assert report is not None
    assert report.original_message_id == "rma-2026-00042.1.abc@mailbot.example.com"
    assert [(r.email, r.permanent) for r in report.recipients] == [("customer@example.org", True)]
    headers_only = parse_dsn(parse(EXCHANGE_HEADERS_ONLY.encode()))
    assert headers_only is not None
    assert headers_only.original_message_id == "rma-2026-00042.2.def@mailbot.example.com"
    assert [(r.email, r.status) for r in headers_only.recipients] == [
        ("buyer@corp.example.net", "5.2.2"),
        ("second@corp.example.net", "4.4.7"),
    ]


def test_bounce_fixtures_of_the_repository():
    from pathlib import Path

    parse = pytest.importorskip("mailbot.mail.parse").parse
    repo = Path(__file__).resolve().parents[2]
    report = parse_dsn(parse((repo / "tests" / "mail" / "samples" / "bounce.eml").read_bytes()))
    assert report is not None and report.original_message_id == "rma-2026-00043.ack@example.com"
    assert [(r.email, r.status, r.permanent) for r in report.recipients] == [
        ("nobody@customer.example.org", "5.1.1", True)
    ]
    assert parse_dsn(parse((repo / "tests" / "mail" / "samples" / "ooo.eml").read_bytes())) is None


QMAIL = b"""From: Relay <relay@mx.partner.example>
To: service@example.com
Subject: failure notice
Message-ID: <q1@mx.partner.example>

Hi. This is the qmail-send program at mx.partner.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<kim@netz.example.com>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Message-ID: <mb.ours.1@lumatek-example.com>
Subject: [RMA-2026-00001] Your request
"""

SIMPLE = b"""From: Postmaster <support@mx.partner.example>
To: service@example.com
Subject: Message not delivered
Message-ID: <q2@mx.partner.example>

Your message could not be delivered.
The following addresses had permanent fatal errors -----
<kim@netz.example.com>
    (reason: User unknown)
"""


@pytest.mark.parametrize("data", [QMAIL, SIMPLE], ids=["qmail", "simple"])
def test_bounce_without_standard_markers_is_a_bounce_and_names_the_recipient(data):
    from mailbot.mail.guard import machine_generated

    mail = parse(data)
    assert mail.bounce_failures == (("kim@netz.example.com", True),)
    reason = machine_generated(mail, ["service@example.com"])
    assert reason is not None and reason.category == "bounce" and reason.stops_ticket
    report = parse_dsn(mail)
    assert report is not None and [r.email for r in report.permanent_failures] == ["kim@netz.example.com"]


def test_uuencoded_junk_is_not_a_bounce_recipient():
    data = (
        b"From: Doug <doug@example.com>\nTo: service@example.com\nSubject: pictures\nMessage-ID: <u1@example.com>\n\n"
        b"The following addresses had permanent fatal errors -----\n%=09=0E=A0=C1=11@A=11\n"
    )
    assert parse(data).bounce_failures == ()

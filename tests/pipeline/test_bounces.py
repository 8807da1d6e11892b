"""A bounce of our own reply lands on its ticket; the dead address gets nothing more until it writes."""

from __future__ import annotations

from sqlmodel import select

from mailbot.store.models import Event, Outbox, Suppression
from tests.pipeline.helpers import customer_mail, drop, run_once, sent_mails, tickets

CUSTOMER = "kim@netz.example.com"
REQUEST = "The OZ-SFP-10G-LR from order SO-2026-0815 shows no link.\nS/N: OZ2311A0042\n\nKim\n"


def dsn(original_message_id: str, recipient: str, status: str) -> bytes:
    return (
        "Return-Path: <>\r\n"
        "From: Mail Delivery System <MAILER-DAEMON@mx.netz.example.com>\r\n"
        "To: service@lumatek-example.com\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <bounce-1@mx.netz.example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.netz.example.com\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; 550 {status} mailbox unknown\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: <{original_message_id}>\r\nTo: {recipient}\r\nSubject: Your request\r\n"
        "--B--\r\n"
    ).encode()


def test_permanent_bounce_is_recorded_suppresses_and_tells_the_rep(make_ctx, clock):
    ctx = make_ctx()
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    [ticket] = tickets(ctx)
    with ctx.sessions() as s:
        ack = s.exec(select(Outbox).where(Outbox.to_address == CUSTOMER)).one()
    before = len(sent_mails(ctx))

    clock.advance(minutes=10)
    drop(ctx, dsn(ack.message_id, CUSTOMER, "5.1.1"))
    [outcome] = run_once(ctx)

    assert outcome.rma == ticket.rma
    new = sent_mails(ctx)[before:]
    assert [m["To"] for m in new] == [ticket.assigned_rep]  # the rep hears; the mail system does not
    assert CUSTOMER in new[0].get_body(("plain",)).get_content()
    with ctx.sessions() as s:
        assert s.get(Suppression, CUSTOMER) is not None
        events = s.exec(select(Event).where(Event.ticket_id == ticket.id, Event.kind == "bounce")).all()
    assert events and events[0].detail["recipients"][0]["status"] == "5.1.1"

    # Nothing more is written to the dead address ...
    clock.advance(minutes=10)
    drop(
        ctx,
        customer_mail(
            "sales@example.com",
            f"Re: [{ticket.rma}]",
            "#approve\n",
            headers={"Authentication-Results": "mx.example.com; dkim=pass header.d=example.com"},
        ),
    )
    run_once(ctx)
    assert all(m["To"] != CUSTOMER for m in sent_mails(ctx)[before:])

    # ... until it writes to us again.
    clock.advance(minutes=10)
    drop(ctx, customer_mail(CUSTOMER, f"Re: [{ticket.rma}] status", "Any news on my return?\n\nKim"))
    run_once(ctx)
    with ctx.sessions() as s:
        assert s.get(Suppression, CUSTOMER) is None


def test_temporary_bounce_suppresses_nothing(make_ctx, clock):
    ctx = make_ctx()
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    with ctx.sessions() as s:
        ack = s.exec(select(Outbox).where(Outbox.to_address == CUSTOMER)).one()
    before = len(sent_mails(ctx))
    drop(ctx, dsn(ack.message_id, CUSTOMER, "4.2.2"))
    run_once(ctx)
    with ctx.sessions() as s:
        assert s.get(Suppression, CUSTOMER) is None
    assert sent_mails(ctx)[before:] == []


def test_backscatter_for_an_address_we_never_wrote_to_suppresses_nothing(make_ctx):
    ctx = make_ctx()
    drop(ctx, dsn("forged-123@spammer.example", "victim@somewhere.example", "5.1.1"))
    [outcome] = run_once(ctx)
    assert outcome.status == "ignored"
    with ctx.sessions() as s:
        assert s.exec(select(Suppression)).all() == []
    assert sent_mails(ctx) == []

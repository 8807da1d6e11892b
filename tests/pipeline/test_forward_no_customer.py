"""A rep's forward without the customer's address, through the whole path: no ticket, the rep is asked;
sent again the way the notice says, it opens the customer's ticket."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from tests.pipeline.helpers import body_of, customer_mail, drop, outbox, run_once, sent_mails, tickets

AUTH = {"Authentication-Results": "mx.example.com; dkim=pass header.d=example.com"}
REP = "sales@example.com"
COMPLAINT = (
    "Hello,\n\nthe OZ-SFP-10G-LR we got with order SO-2026-0815 lost its link yesterday, no Rx light at all.\n"
    "S/N: OZ2311A0077\n\nRegards\nTomas Lind\n"
)


def _forward(from_line: str, above: str = "Please take care of this.\n\n") -> bytes:
    body = (
        above + "---------- Forwarded message ---------\n"
        f"From: {from_line}\n"
        "Date: Tue, 24 Nov 2026 10:05\n"
        "Subject: Transceiver lost link\n"
        "To: Sales Desk <sales@example.com>\n\n" + COMPLAINT
    )
    return customer_mail(REP, "Fwd: Transceiver lost link", body, headers=AUTH)


def test_forward_with_a_name_only_asks_the_rep_and_opens_no_ticket(make_ctx):
    ctx = make_ctx()
    drop(ctx, _forward("Tomas Lind"))
    run_once(ctx)

    assert tickets(ctx) == []
    [queued] = outbox(ctx)
    assert queued.template == "staff_forward_no_customer"
    [sent] = sent_mails(ctx)
    assert sent["To"] == REP and "Transceiver lost link" in sent["Subject"]
    text = body_of(sent)
    assert "No ticket was opened" in text and "OZ2311A0077" in text and "Customer: " in text


def test_sent_again_with_a_customer_line_it_is_the_customers_ticket(make_ctx):
    ctx = make_ctx()
    drop(ctx, _forward("Tomas Lind", above="Customer: Tomas Lind <tomas.lind@fiberhaus.example>\n\n"))
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert ticket.customer_email == "tomas.lind@fiberhaus.example" and ticket.forwarded_by == REP
    assert "tomas.lind@fiberhaus.example" in [m["To"] for m in sent_mails(ctx)]


def test_sent_again_with_the_address_on_the_from_line_it_is_the_customers_ticket(make_ctx):
    ctx = make_ctx()
    drop(ctx, _forward("Tomas Lind <tomas.lind@fiberhaus.example>"))
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert ticket.customer_email == "tomas.lind@fiberhaus.example" and ticket.forwarded_by == REP


CALL = (
    "Tomas Lind from Fiberhaus called me: the OZ-SFP-10G-LR from order SO-2026-0815 lost its link yesterday,\n"
    "no Rx light at all. S/N OZ2311A0077. Please open a return for him.\n"
)


def test_call_note_without_an_address_asks_the_rep(make_ctx):
    ctx = make_ctx()
    drop(ctx, customer_mail(REP, "Call from Fiberhaus: SFP no link", CALL, headers=AUTH))
    [outcome] = run_once(ctx)

    assert tickets(ctx) == [] and "without the customer's address" in outcome.reason
    assert [m["To"] for m in sent_mails(ctx)] == [REP]


def test_call_note_with_a_customer_line_is_the_customers_ticket(make_ctx):
    ctx = make_ctx()
    body = CALL + "\nCustomer: Tomas Lind <tomas.lind@fiberhaus.example>\n"
    drop(ctx, customer_mail(REP, "Call from Fiberhaus: SFP no link", body, headers=AUTH))
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert ticket.customer_email == "tomas.lind@fiberhaus.example" and ticket.forwarded_by == REP


def test_colleague_outside_staff_yml_is_asked_at_the_own_domain(make_ctx):
    ctx = make_ctx()
    colleague = "jonas.ek@lumatek-example.com"
    assert ctx.rules.staff.member(colleague) is None
    body = (
        "Can someone look at this?\n\n---------- Forwarded message ---------\nFrom: Tomas Lind\n"
        "Date: Tue, 24 Nov 2026 10:05\nSubject: Transceiver lost link\nTo: Jonas Ek <jonas.ek@lumatek-example.com>\n\n"
        + COMPLAINT
    )
    auth = {"Authentication-Results": "mx.example.com; dkim=pass header.d=lumatek-example.com"}
    drop(ctx, customer_mail(f"Jonas Ek <{colleague}>", "Fwd: Transceiver lost link", body, headers=auth))
    run_once(ctx)

    assert tickets(ctx) == []
    [sent] = sent_mails(ctx)
    assert sent["To"] == colleague and "No ticket was opened" in body_of(sent)


def test_customers_own_mail_forwarded_as_an_attachment_is_the_customers_ticket(make_ctx):
    ctx = make_ctx()
    inner = email.message_from_bytes(
        customer_mail("Tomas Lind <tomas.lind@fiberhaus.example>", "Transceiver lost link", COMPLAINT, to=REP),
        policy=email.policy.default,
    )
    outer = email.message_from_bytes(
        customer_mail(REP, "Fwd: Transceiver lost link", "Please take care of this.\n", headers=AUTH),
        policy=email.policy.default,
    )
    assert isinstance(inner, EmailMessage) and isinstance(outer, EmailMessage)
    outer.add_attachment(inner)
    drop(ctx, outer.as_bytes())
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert ticket.customer_email == "tomas.lind@fiberhaus.example" and ticket.forwarded_by == REP


def test_a_colleagues_own_complaint_opens_a_ticket_not_silence(make_ctx):
    """A colleague outside staff.yml writing of a unit in their own lab carries no outside author: they are
    the one to answer, as any person writing to the service inbox."""
    ctx = make_ctx()
    colleague = "lab.tech@lumatek-example.com"
    assert ctx.rules.is_internal(colleague)
    drop(ctx, customer_mail(colleague, "SFP without link", COMPLAINT, headers=AUTH))
    [outcome] = run_once(ctx)

    assert outcome.status == "processed"
    [ticket] = tickets(ctx)
    assert ticket.customer_email == colleague

"""A person's complaint carrying list or "no automatic answer" headers is kept, silently; machines are not."""

from __future__ import annotations

import pytest
from sqlmodel import select

from mailbot.store.models import Event, Outbox
from tests.pipeline.helpers import customer_mail, drop, run_once, sent_mails, tickets

CUSTOMER = "kim@netz.example.com"
REQUEST = "The OZ-SFP-10G-LR from order SO-2026-0815 shows no link, no Rx light.\nS/N: OZ2311A0042\n\nKim\n"


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Auto-Response-Suppress": "All"},
        {"List-Unsubscribe": "<mailto:leave@netz.example.com>"},
        {"Precedence": "bulk"},
    ],
)
def test_complaint_with_quiet_headers_opens_a_ticket_without_answering(make_ctx, headers):
    ctx = make_ctx()
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST, headers=headers))
    [outcome] = run_once(ctx)
    assert outcome.status == "processed" and outcome.created_ticket
    [ticket] = tickets(ctx)
    assert ticket.customer_email == CUSTOMER
    sent = sent_mails(ctx)
    assert all(CUSTOMER not in f"{m['To']} {m['Cc']}" for m in sent)  # the customer is not answered
    assert any(m["To"] == ticket.assigned_rep and "Not answered automatically" in m["Subject"] for m in sent)
    with ctx.sessions() as s:
        assert "not_auto_answered" in s.exec(select(Event.kind).where(Event.ticket_id == ticket.id)).all()


@pytest.mark.parametrize(
    "headers",
    [{"Auto-Submitted": "auto-generated"}, {"Return-Path": "<>"}],
)
def test_machines_still_open_no_ticket(make_ctx, headers):
    ctx = make_ctx()
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST, headers=headers))
    [outcome] = run_once(ctx)
    assert outcome.status == "ignored" and tickets(ctx) == [] and sent_mails(ctx) == []


def test_newsletter_with_list_headers_opens_nothing(make_ctx):
    ctx = make_ctx()
    body = "This month: new optical modules, trade fair dates and our summer sale.\nUnsubscribe here.\n"
    headers = {"List-Unsubscribe": "<mailto:leave@news.example.com>", "Precedence": "bulk"}
    drop(ctx, customer_mail("news@news.example.com", "Newsletter November", body, headers=headers))
    [outcome] = run_once(ctx)
    assert outcome.status == "ignored" and tickets(ctx) == [] and sent_mails(ctx) == []


def test_bounce_without_standard_markers_is_recorded_never_answered(make_ctx):
    ctx = make_ctx()
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    [ticket] = tickets(ctx)
    before = len(sent_mails(ctx))
    with ctx.sessions() as s:
        ours = s.exec(select(Outbox.message_id).where(Outbox.ticket_id == ticket.id)).first()
    bounce = (
        "Hi. This is the qmail-send program at mx.netz.example.com.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{CUSTOMER}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Message-ID: <{ours}>\nSubject: [{ticket.rma}] Your request\n"
    )
    drop(ctx, customer_mail("relay@mx.netz.example.com", "failure notice", bounce))
    run_once(ctx)
    assert all(m["To"] != "relay@mx.netz.example.com" for m in sent_mails(ctx)[before:])
    with ctx.sessions() as s:
        assert "bounce" in s.exec(select(Event.kind).where(Event.ticket_id == ticket.id)).all()
    assert len(tickets(ctx)) == 1


@pytest.mark.parametrize("sender", ["noreply@shop.example", "do-not-reply@shop.example", "bounce-7@shop.example"])
def test_no_reply_senders_are_never_answered(make_ctx, sender):
    ctx = make_ctx()
    drop(ctx, customer_mail(sender, "SFP without link", REQUEST))
    run_once(ctx)
    assert all(sender not in f"{m['To']} {m['Cc']}" for m in sent_mails(ctx))

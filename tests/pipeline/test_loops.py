"""Auto-responder loops: a responder without RFC 3834 headers and with plain wording answering a ticket that
waits for the customer, over a simulated day (the clock is moved by hand)."""

from __future__ import annotations

from tests.pipeline.helpers import customer_mail, drop, outbox, run_once, tickets

CUSTOMER = "kim@netz.example.com"
# No serial number: the ticket asks for it and waits for the customer.
REQUEST = "The OZ-SFP-10G-LR from order SO-2026-0815 shows no link, no Rx light since Monday.\n\nKim\n"


def _to_customer(ctx) -> list[str]:
    return [r.template for r in outbox(ctx) if CUSTOMER in r.recipients]


def _open(ctx, clock):
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    [ticket] = tickets(ctx)
    assert ticket.status == "waiting_info"
    return ticket


def test_a_plain_worded_responder_gets_the_question_once_a_day(make_ctx, clock):
    ctx = make_ctx()
    ticket = _open(ctx, clock)
    asked = _to_customer(ctx)
    assert asked.count("customer_missing_info") == 1
    for round_no in range(47):  # every half hour for a day, each answer worded a little differently
        clock.advance(minutes=30)
        body = f"Thank you for your message. We have received it and will come back to you soon.\nCase {round_no}\n"
        drop(ctx, customer_mail(CUSTOMER, f"Re: [{ticket.rma}] SFP without link", body))
        run_once(ctx)
    after = _to_customer(ctx)
    assert after.count("customer_missing_info") == 1  # never the same question twice within a day
    assert len(after) - len(asked) <= 1


def test_an_identical_mail_gets_no_second_reply(make_ctx, clock):
    ctx = make_ctx()
    ticket = _open(ctx, clock)
    body = "Hello, what exactly do you need from me?\n"
    drop(ctx, customer_mail(CUSTOMER, f"Re: [{ticket.rma}] SFP", body))
    run_once(ctx)
    before = len(outbox(ctx))
    clock.advance(hours=5)
    drop(ctx, customer_mail(CUSTOMER, f"Re: [{ticket.rma}] SFP", body))
    [outcome] = run_once(ctx)
    assert outcome.status == "processed" and "identical" in outcome.reason
    assert len(outbox(ctx)) == before


def test_a_new_answer_with_the_missing_serial_still_moves_the_ticket_on(make_ctx, clock):
    ctx = make_ctx()
    ticket = _open(ctx, clock)
    clock.advance(minutes=5)  # well within auto_reply_hours: the ticket moves on, so the customer hears
    drop(ctx, customer_mail(CUSTOMER, f"Re: [{ticket.rma}] SFP", "Sorry, here it is: S/N OZ2311A0042\n"))
    run_once(ctx)
    [after] = tickets(ctx)
    assert after.status != "waiting_info"
    assert len(_to_customer(ctx)) == 2


def test_at_most_one_automatic_mail_per_recipient_per_ticket_per_policy_hours(make_ctx, clock):
    ctx = make_ctx()
    ticket = _open(ctx, clock)
    sent = len(_to_customer(ctx))
    # Partial answers that change the question but not the state, ten minutes apart.
    for n, body in enumerate(["Order is SO-2026-0815, the serial I must look up.\n", "Still looking for it.\n"]):
        clock.advance(minutes=10)
        drop(ctx, customer_mail(CUSTOMER, f"Re: [{ticket.rma}] SFP {n}", body))
        run_once(ctx)
    assert len(_to_customer(ctx)) == sent

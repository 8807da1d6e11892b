"""One way to change a ticket's state: locked and read fresh, checked against the state a decision started
from, closed_at set by every close, deadlines handed to the new owner on #assign."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlmodel import select

import mailbot.pipeline as pipeline
from mailbot.store.apply import change_ticket
from mailbot.store.models import Deadline, Ticket
from mailbot.store.tickets import StaleTicket
from mailbot.values import Decision, EventSpec
from tests.pipeline.helpers import customer_mail, drop, run_once, tickets

CUSTOMER = "kim@netz.example.com"
REQUEST = "The OZ-SFP-10G-LR from order SO-2026-0815 shows no link, no Rx light.\nS/N: OZ2311A0042\n\nKim\n"


def _waiting_rep(ctx) -> Ticket:
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    [ticket] = tickets(ctx)
    assert ticket.status == "waiting_rep"
    return ticket


def _apply(ctx, ticket_id: int, decision: Decision, now) -> None:
    with ctx.sessions() as s:
        row = s.get(Ticket, ticket_id, with_for_update=True)
        change_ticket(s, row, decision, ctx.apply_env, now=now)
        s.commit()


def _deadlines(ctx, ticket_id: int) -> list[Deadline]:
    with ctx.sessions() as s:
        return list(s.exec(select(Deadline).where(Deadline.ticket_id == ticket_id)).all())


def test_a_transition_from_a_state_the_ticket_already_left_is_refused(make_ctx, clock):
    ctx = make_ctx()
    ticket = _waiting_rep(ctx)
    stale = Decision(
        action="update",
        ticket_id=ticket.id,
        status="rma_issued",
        events=(EventSpec(kind="transition", actor="x", from_state="waiting_info", to_state="rma_issued"),),
    )
    with pytest.raises(StaleTicket):
        _apply(ctx, ticket.id, stale, clock())
    assert tickets(ctx)[0].status == "waiting_rep"


def test_the_decision_starts_from_what_another_worker_just_committed(make_ctx, clock, monkeypatch):
    ctx = make_ctx()
    ticket = _waiting_rep(ctx)
    real = pipeline.match_ticket

    def matched_then_approved_elsewhere(session, *args):
        found, how = real(session, *args)
        # The rep's #approve commits in another worker between our read and our lock.
        with ctx.sessions() as other:
            other.execute(update(Ticket).where(Ticket.id == ticket.id).values(status="rma_issued"))
            other.commit()
        return found, how

    monkeypatch.setattr(pipeline, "match_ticket", matched_then_approved_elsewhere)
    clock.advance(hours=1)
    drop(ctx, customer_mail(CUSTOMER, f"Re: [{ticket.rma}] SFP", "Shipped today with DHL, waybill 1234567890.\n"))
    run_once(ctx)
    assert tickets(ctx)[0].status == "in_transit"


def test_a_staff_close_sets_closed_at_and_ends_the_deadlines(make_ctx, clock):
    ctx = make_ctx()
    ticket = _waiting_rep(ctx)
    assert any(d.done_at is None for d in _deadlines(ctx, ticket.id))
    clock.advance(hours=2)
    close = Decision(
        action="update",
        ticket_id=ticket.id,
        status="closed",
        events=(EventSpec(kind="transition", actor="sales@example.com", from_state="waiting_rep", to_state="closed"),),
    )
    _apply(ctx, ticket.id, close, clock())
    [after] = tickets(ctx)
    assert after.status == "closed" and after.closed_at == clock()
    assert all(d.done_at is not None for d in _deadlines(ctx, ticket.id))


def test_assign_hands_open_deadlines_to_the_new_owner(make_ctx, clock):
    ctx = make_ctx()
    ticket = _waiting_rep(ctx)
    [deadline] = [d for d in _deadlines(ctx, ticket.id) if d.done_at is None]
    assert deadline.owner == (ticket.assigned_rep or "").lower() or deadline.owner
    assign = Decision(action="update", ticket_id=ticket.id, updates={"assigned_rep": "li.wei@lumatek-example.com"})
    _apply(ctx, ticket.id, assign, clock())
    [moved] = [d for d in _deadlines(ctx, ticket.id) if d.done_at is None]
    assert moved.owner == "li.wei@lumatek-example.com"

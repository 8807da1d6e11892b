"""Deadlines started during the ingest of mails (a session that keeps rows, mailbot.store.later): the same
rows as started one by one, written a table at a time, never twice for one ticket, step and start."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event
from sqlmodel import select

from mailbot.rules import load as load_rules
from mailbot.store.deadlines import ReminderHooks, finish_deadlines, start_deadline
from mailbot.store.later import keep_rows, mark_new, only_kept
from mailbot.store.models import Deadline
from mailbot.values import DeadlineSpec
from tests.pipeline.test_followup import _ticket

REPO = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


def _rows(ctx) -> list[tuple]:
    with ctx.sessions() as s:
        rows = s.exec(select(Deadline).order_by(Deadline.ticket_id, Deadline.awaited, Deadline.started_at)).all()
        return [(d.ticket_id, d.awaited, d.owner, d.started_at, d.due_at, d.next_reminder_at, d.done_at) for d in rows]


def _start_on_two_tickets(ctx, keep: bool, first: int) -> list[tuple]:
    """The deadlines of two new tickets (numbered from ``first``), their ticket given by position."""
    rules = load_rules(REPO / "rules")
    spec = {name: DeadlineSpec(name, owner="Rep@X.example") for name in ("rep_confirmation", "customer_info")}
    with ctx.sessions() as s:
        tickets = [_ticket(s, n, START) for n in (first, first + 1)]
        ids = [t.id for t in tickets]
        if keep:
            keep_rows(s)
        for ticket_id in ids:
            for awaited in ("rep_confirmation", "rep_confirmation", "customer_info"):
                start_deadline(s, ticket_id, spec[awaited], rules.reminders, rules.calendar, START)
        s.commit()
    return [(ids.index(row[0]), *row[1:]) for row in _rows(ctx) if row[0] in ids]


def test_kept_deadlines_are_the_rows_started_one_by_one_in_one_insert(make_ctx):
    ctx = make_ctx()
    one_by_one = _start_on_two_tickets(ctx, keep=False, first=1)
    inserts: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO DEADLINE"):
            inserts.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", count)
    try:
        kept = _start_on_two_tickets(ctx, keep=True, first=3)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", count)
    assert kept == one_by_one
    assert len(kept) == 4  # two steps on each ticket, the step awaited twice started once
    assert len(inserts) == 1


def test_a_step_ended_and_awaited_again_in_the_same_instant_is_the_same_deadline_reopened(make_ctx):
    ctx = make_ctx()
    rules = load_rules(REPO / "rules")
    spec = DeadlineSpec("rep_confirmation")
    with ctx.sessions() as s:
        t = _ticket(s, 1, START)
        keep_rows(s)
        start_deadline(s, t.id, spec, rules.reminders, rules.calendar, START)
        assert finish_deadlines(s, t.id, ["rep_confirmation"], START) == 1  # the kept row is written first
        again = start_deadline(s, t.id, spec, rules.reminders, rules.calendar, START)
        assert again is not None and again.id is not None and again.done_at is None
        s.commit()
    (row,) = _rows(ctx)
    assert row[1] == "rep_confirmation" and row[-1] is None


def test_a_deadline_open_in_the_database_is_kept_as_is(make_ctx):
    ctx = make_ctx()
    rules = load_rules(REPO / "rules")
    spec = DeadlineSpec("rep_confirmation")
    with ctx.sessions() as s:
        t = _ticket(s, 1, START)
        start_deadline(s, t.id, spec, rules.reminders, rules.calendar, START)
        s.commit()
        ticket_id = t.id
    before = _rows(ctx)
    with ctx.sessions() as s:
        keep_rows(s)
        later = datetime(2026, 11, 12, 9, 0, tzinfo=UTC)
        found = start_deadline(s, ticket_id, spec, rules.reminders, rules.calendar, later)
        assert found is not None and found.started_at == START
        s.commit()
    assert _rows(ctx) == before


def _deadline_reads(engine) -> list[str]:
    seen: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM deadline" in statement:
            seen.append(statement)

    return seen


def test_a_ticket_opened_in_the_transaction_starts_its_deadlines_without_reading_the_table(make_ctx):
    ctx = make_ctx()
    rules = load_rules(REPO / "rules")
    spec = DeadlineSpec("customer_info", owner="Desk@Y.example")
    reads = _deadline_reads(ctx.engine)
    with ctx.sessions() as s:
        keep_rows(s)
        t = _ticket(s, 7, START)
        mark_new(s, Deadline, "ticket_id", t.id)
        assert only_kept(s, Deadline, "ticket_id", t.id)
        first = start_deadline(s, t.id, spec, rules.reminders, rules.calendar, START)
        again = start_deadline(s, t.id, spec, rules.reminders, rules.calendar, START)
        assert first is not None and again is not None and again.started_at == first.started_at
        assert reads == []
        s.commit()
        assert not only_kept(s, Deadline, "ticket_id", t.id)  # the mark ends with its transaction
    (row,) = _rows(ctx)
    assert row[1:3] == ("customer_info", "desk@y.example") and row[-1] is None


def test_once_its_deadlines_are_written_a_new_ticket_is_looked_up_again(make_ctx):
    ctx = make_ctx()
    rules = load_rules(REPO / "rules")
    spec = DeadlineSpec("customer_info")
    with ctx.sessions() as s:
        keep_rows(s)
        t = _ticket(s, 8, START)
        mark_new(s, Deadline, "ticket_id", t.id)
        start_deadline(s, t.id, spec, rules.reminders, rules.calendar, START)
        assert finish_deadlines(s, t.id, ["customer_info"], START) == 1  # writes the kept row first
        assert not only_kept(s, Deadline, "ticket_id", t.id)
        reopened = start_deadline(s, t.id, spec, rules.reminders, rules.calendar, START)
        assert reopened is not None and reopened.id is not None and reopened.done_at is None
        s.commit()
    (row,) = _rows(ctx)  # the same deadline reopened, not a second one (unique ticket, step, start)
    assert row[-1] is None


def test_nothing_is_marked_new_inside_a_savepoint_or_without_kept_rows(make_ctx):
    ctx = make_ctx()
    with ctx.sessions() as s:
        t = _ticket(s, 9, START)
        mark_new(s, Deadline, "ticket_id", t.id)  # a session that keeps no rows: no marks
        assert not only_kept(s, Deadline, "ticket_id", t.id)
        keep_rows(s)
        with s.begin_nested():
            inner = _ticket(s, 10, START)
            mark_new(s, Deadline, "ticket_id", inner.id)  # undone with the savepoint: not marked
        assert not only_kept(s, Deadline, "ticket_id", inner.id)
        s.rollback()


def test_the_hooks_start_the_same_deadlines_as_start_deadline(make_ctx):
    ctx = make_ctx()
    rules = load_rules(REPO / "rules")
    hooks = ReminderHooks(rules.reminders, rules.calendar)
    one_by_one = _start_on_two_tickets(ctx, keep=False, first=11)
    spec = {name: DeadlineSpec(name, owner="Rep@X.example") for name in ("rep_confirmation", "customer_info")}
    with ctx.sessions() as s:
        tickets = [_ticket(s, n, START) for n in (13, 14)]
        keep_rows(s)
        for ticket in tickets:
            for awaited in ("rep_confirmation", "rep_confirmation", "customer_info"):
                hooks.start(s, ticket, spec[awaited], START)
        s.commit()
        ids = [t.id for t in tickets]
    by_hooks = [(ids.index(row[0]), *row[1:]) for row in _rows(ctx) if row[0] in ids]
    assert by_hooks == one_by_one and len(by_hooks) == 4

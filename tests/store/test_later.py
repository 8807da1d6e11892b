"""Rows kept and written a table at a time (mailbot.store.later): what a reader sees is what it saw when
each row was added through the ORM; a rollback leaves nothing; a batch's rows cost one INSERT per table."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import event, func
from sqlmodel import col, select

from mailbot.store.later import add_row, keep_rows
from mailbot.store.models import Event, Message, Ticket
from mailbot.store.tickets import next_sequence


def _ticket(session, clock) -> Ticket:
    t = Ticket(rma="RMA-2026-00001", status="new", customer_email="c@x.example")
    t.created_at = t.updated_at = t.state_since = clock()
    session.add(t)
    session.flush()
    return t


def _event(session, ticket, clock, kind: str = "note", **detail) -> None:
    values = {"ticket_id": ticket.id, "at": clock(), "actor": "a@x.example", "kind": kind, "detail": detail}
    add_row(session, Event, values)


def _inserts(engine) -> Counter[str]:
    seen: Counter[str] = Counter()

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, params, context, executemany):
        if statement.startswith("INSERT"):
            seen[statement.split()[2]] += 1

    return seen


def _events(ctx) -> list[Event]:
    with ctx.sessions() as s:
        return list(s.exec(select(Event).order_by(col(Event.id))).all())


def test_rows_kept_in_a_transaction_are_written_by_one_insert_per_table_at_commit(make_ctx, clock):
    ctx = make_ctx()
    inserts = _inserts(ctx.engine)
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        for n in range(5):
            _event(s, ticket, clock, n=n)
        assert inserts["event"] == 0  # nothing asked for them yet
        s.commit()
    assert inserts["event"] == 1
    rows = _events(ctx)
    assert [r.detail["n"] for r in rows] == [0, 1, 2, 3, 4]  # ids in the order the rows were added
    assert rows[0].from_state is None and rows[0].message_row_id is None and rows[0].at == clock()


def test_a_query_naming_the_table_sees_the_kept_rows(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        _event(s, ticket, clock)
        _event(s, ticket, clock)
        assert s.exec(select(func.count()).select_from(Event)).one() == 2
        joined = select(Ticket.rma).join(Event, col(Event.ticket_id) == Ticket.id).where(Event.kind == "note")
        _event(s, ticket, clock)
        assert len(s.exec(joined).all()) == 3  # a join names the table too
        s.commit()
    assert len(_events(ctx)) == 3


def test_a_rolled_back_transaction_writes_none_of_its_kept_rows(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        s.commit()
        _event(s, ticket, clock)
        s.exec(select(Event)).all()  # written in the transaction...
        _event(s, ticket, clock)  # ...and one still kept
        s.rollback()
        s.commit()
    assert _events(ctx) == []


def test_a_row_kept_before_a_savepoint_survives_the_savepoints_rollback(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        _event(s, ticket, clock, kind="before")
        savepoint = s.begin_nested()
        assert s.exec(select(func.count()).select_from(Event)).one() == 1  # written inside the savepoint
        _event(s, ticket, clock, kind="inside")  # belongs to the savepoint
        savepoint.rollback()
        _event(s, ticket, clock, kind="after")
        s.commit()
    assert [e.kind for e in _events(ctx)] == ["before", "after"]


def test_the_counter_savepoint_keeps_the_rows_kept_before_it(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        _event(s, ticket, clock)
        assert next_sequence(s, "fresh:2026") == 1  # a counter made in a savepoint
        s.commit()
    assert len(_events(ctx)) == 1


def test_kept_rows_are_made_storable_as_orm_rows_are(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        values = {"ticket_id": ticket.id, "at": clock(), "actor": "a\x00b", "kind": "k", "detail": {"t": "\x00"}}
        add_row(s, Event, values)
        add_row(
            s,
            Message,
            {"direction": "out", "message_id": "x" * 2000, "subject": "s\x00", "created_at": clock(), "status": "q"},
        )
        s.commit()
    [row] = _events(ctx)
    assert row.actor == "a\ufffdb" and row.detail == {"t": "\ufffd"}
    with ctx.sessions() as s:
        msg = s.exec(select(Message)).one()
    assert msg.subject == "s\ufffd" and msg.message_id.endswith("@unstorable") and msg.references == []


def test_a_session_that_does_not_keep_rows_adds_them_as_before(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        ticket = _ticket(s, clock)
        _event(s, ticket, clock)
        assert len(s.new) == 1  # a model object, flushed with the others
        s.commit()
    assert len(_events(ctx)) == 1


@pytest.mark.parametrize("keep", [True, False])
def test_the_same_rows_either_way(make_ctx, clock, keep):
    ctx = make_ctx()
    with ctx.sessions() as s:
        if keep:
            keep_rows(s)
        ticket = _ticket(s, clock)
        _event(s, ticket, clock, kind="transition", x=[1, "two"])
        s.commit()
    [row] = _events(ctx)
    assert (row.kind, row.detail, row.to_state, row.actor) == ("transition", {"x": [1, "two"]}, None, "a@x.example")


def test_numbers_taken_in_a_rolled_back_transaction_are_handed_out_again(make_ctx):
    ctx = make_ctx()
    with ctx.sessions() as s:
        assert [next_sequence(s, "req:2031") for _ in range(3)] == [1, 2, 3]
        s.commit()
    with ctx.sessions() as s:
        assert next_sequence(s, "req:2031") == 4
        s.rollback()
    with ctx.sessions() as s:
        assert next_sequence(s, "req:2031") == 4  # no gap: the number went with its transaction
        assert next_sequence(s, "other:2031") == 1
        s.commit()

"""Numbers of a counter taken in a batch's transaction (a session that keeps rows): one UPDATE takes the first
and locks the counter, the counter is written once before the commit, and the numbers are those one UPDATE
per number would have handed out, savepoints and rollbacks included."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import event
from sqlmodel import select

from mailbot.store.later import keep_rows
from mailbot.store.models import Counter as CounterRow
from mailbot.store.tickets import next_sequence


def _updates(engine) -> Counter[str]:
    seen: Counter[str] = Counter()

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, params, context, executemany):
        if statement.startswith("UPDATE counter"):
            seen["update"] += 1

    return seen


def _stored(ctx, name: str) -> int | None:
    with ctx.sessions() as s:
        row = s.exec(select(CounterRow).where(CounterRow.name == name)).first()
        return row.value if row else None


def _take(session, name: str, n: int) -> list[int]:
    return [next_sequence(session, name) for _ in range(n)]


def test_a_batch_takes_its_numbers_with_one_update_and_writes_the_counter_once(make_ctx):
    ctx = make_ctx()
    with ctx.sessions() as s:
        _take(s, "rma:2026", 1)  # the counter's row exists
        s.commit()
    updates = _updates(ctx.engine)
    with ctx.sessions() as s:
        keep_rows(s)
        assert _take(s, "rma:2026", 5) == [2, 3, 4, 5, 6]
        assert updates["update"] == 1
        s.commit()
    assert updates["update"] == 2
    assert _stored(ctx, "rma:2026") == 6
    with ctx.sessions() as s:
        keep_rows(s)
        assert _take(s, "rma:2026", 2) == [7, 8]  # the next batch goes on from there
        s.commit()


def test_two_counters_held_at_once_are_both_written(make_ctx):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        taken = [next_sequence(s, name) for name in ("rma:2026", "req:2026", "rma:2026", "req:2026", "req:2026")]
        s.commit()
    assert taken == [1, 1, 2, 2, 3]
    assert (_stored(ctx, "rma:2026"), _stored(ctx, "req:2026")) == (2, 3)


def test_numbers_of_a_rolled_back_batch_are_handed_out_again(make_ctx):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        assert _take(s, "req:2031", 3) == [1, 2, 3]
        s.commit()
    with ctx.sessions() as s:
        keep_rows(s)
        assert _take(s, "req:2031", 4) == [4, 5, 6, 7]
        s.rollback()
    with ctx.sessions() as s:
        keep_rows(s)
        assert _take(s, "req:2031", 2) == [4, 5]  # no gap: the numbers went with their transaction
        s.commit()
    assert _stored(ctx, "req:2031") == 5


def test_a_savepoint_rolled_back_keeps_the_numbers_taken_before_it(make_ctx):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        assert _take(s, "rma:2026", 3) == [1, 2, 3]  # held: the database still says 1
        savepoint = s.begin_nested()
        assert _take(s, "rma:2026", 2) == [4, 5]
        savepoint.rollback()
        assert _take(s, "rma:2026", 2) == [4, 5]  # those of the savepoint went with it, the others did not
        s.commit()
    assert _stored(ctx, "rma:2026") == 5


def test_a_savepoint_released_goes_on_from_its_numbers(make_ctx):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        assert _take(s, "rma:2026", 2) == [1, 2]
        with s.begin_nested():
            assert _take(s, "rma:2026", 2) == [3, 4]
        assert _take(s, "rma:2026", 2) == [5, 6]
        s.commit()
    assert _stored(ctx, "rma:2026") == 6


def test_a_session_that_does_not_keep_rows_writes_each_number(make_ctx):
    ctx = make_ctx()
    updates = _updates(ctx.engine)
    with ctx.sessions() as s:
        assert _take(s, "rma:2026", 3) == [1, 2, 3]
        s.commit()
    assert updates["update"] == 3 + 1  # the first one found no row: it was made, then taken again
    assert _stored(ctx, "rma:2026") == 3

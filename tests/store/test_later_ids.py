"""Rows kept with the id other rows need (mailbot.store.later.add_row_with_id): an inbound mail's row, its
events and its attachments go in one INSERT per table, and each event and attachment names its own mail."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from mailbot.store.later import add_row, add_row_with_id, keep_rows, write_kept
from mailbot.store.models import AttachmentRow, Event, Message, Ticket

KEY = ("direction", "message_id")


def _ticket(session, clock) -> Ticket:
    t = Ticket(rma="RMA-2026-00001", status="new", customer_email="c@x.example")
    t.created_at = t.updated_at = t.state_since = clock()
    session.add(t)
    session.flush()
    return t


def _mail(session, clock, message_id: str, ticket=None, direction: str = "in"):
    values = {
        "ticket_id": ticket.id if ticket else None,
        "direction": direction,
        "message_id": message_id,
        "subject": f"about {message_id}",
        "status": "processed",
        "created_at": clock(),
    }
    return add_row_with_id(session, Message, values, KEY)


def _event_of(session, ticket, clock, row_id, kind: str) -> None:
    values = {"ticket_id": ticket.id, "at": clock(), "actor": "a@x.example", "kind": kind, "message_row_id": row_id}
    add_row(session, Event, values)


def _inserts(engine) -> Counter[str]:
    seen: Counter[str] = Counter()

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, params, context, executemany):
        if statement.startswith("INSERT"):
            seen[statement.split()[2]] += 1

    return seen


def _subjects_by_event(ctx) -> list[tuple[str, str]]:
    """Each event's kind with the subject of the mail it names (a join on the id the event holds)."""
    with ctx.sessions() as s:
        query = (
            select(Event.kind, Message.subject)
            .join(Message, col(Message.id) == Event.message_row_id)
            .order_by(col(Event.id))
        )
        return [(kind, subject) for kind, subject in s.exec(query).all()]


def test_mails_their_events_and_attachments_go_in_one_insert_per_table(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        inserts = _inserts(ctx.engine)
        for n in range(4):
            row_id = _mail(s, clock, f"m{n}@x.example", ticket)
            _event_of(s, ticket, clock, row_id, f"k{n}")
            att = {"message_row_id": row_id, "filename": f"f{n}.pdf", "content_type": "a/b", "size": n, "sha256": ""}
            add_row(s, AttachmentRow, att)
        assert row_id.value is None  # nothing written yet
        s.commit()
        assert row_id.value is not None
    assert (inserts["message"], inserts["event"], inserts["attachment"]) == (1, 1, 1)
    assert _subjects_by_event(ctx) == [(f"k{n}", f"about m{n}@x.example") for n in range(4)]
    with ctx.sessions() as s:
        files = s.exec(
            select(AttachmentRow.filename, Message.message_id).join(
                Message, col(Message.id) == AttachmentRow.message_row_id
            )
        ).all()
        ids = s.exec(select(Message.message_id).order_by(col(Message.id))).all()
    assert sorted(files) == [(f"f{n}.pdf", f"m{n}@x.example") for n in range(4)]
    assert ids == [f"m{n}@x.example" for n in range(4)]  # ids in the order the mails were kept


def test_rows_of_other_mails_of_the_same_table_get_no_id_mixed_up(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        # An outgoing record (kept without an id) between two inbound mails with the same Message-ID
        # in the other direction: the ids are told apart by the whole key.
        first = _mail(s, clock, "same@x.example", ticket)
        values = {"direction": "out", "message_id": "same@x.example", "subject": "about the reply"}
        add_row(s, Message, {**values, "status": "queued", "created_at": clock()})
        second = _mail(s, clock, "other@x.example", ticket)
        _event_of(s, ticket, clock, second, "second")
        _event_of(s, ticket, clock, first, "first")
        s.commit()
    assert _subjects_by_event(ctx) == [("second", "about other@x.example"), ("first", "about same@x.example")]


def test_writing_the_rows_that_refer_writes_the_referred_rows_first(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        row_id = _mail(s, clock, "m@x.example", ticket)
        _event_of(s, ticket, clock, row_id, "note")
        write_kept(s, Event)  # the event alone asked for: its mail goes first
        assert row_id.value is not None
        assert s.exec(select(Event.message_row_id)).one() == row_id.value
        s.commit()
    assert _subjects_by_event(ctx) == [("note", "about m@x.example")]


def test_a_savepoint_rolled_back_after_writing_the_mail_gives_it_its_id_again(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        keep_rows(s)
        ticket = _ticket(s, clock)
        row_id = _mail(s, clock, "m@x.example", ticket)
        savepoint = s.begin_nested()
        assert len(s.exec(select(Message)).all()) == 1  # written inside the savepoint
        written_inside = row_id.value
        savepoint.rollback()
        assert row_id.value is None  # that id went with the savepoint
        _mail(s, clock, "n@x.example", ticket)  # takes the freed id on some databases
        _event_of(s, ticket, clock, row_id, "note")
        s.commit()
    assert written_inside is not None
    assert _subjects_by_event(ctx) == [("note", "about m@x.example")]


def test_a_mail_kept_twice_fails_at_the_insert(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        _mail_outside = {"direction": "in", "message_id": "m@x.example", "subject": "", "status": "processed"}
        s.add(Message(**_mail_outside, created_at=clock()))
        s.commit()
    with ctx.sessions() as s:
        keep_rows(s)
        _mail(s, clock, "m@x.example")
        with pytest.raises(IntegrityError):
            s.commit()  # the unique key fires before the commit: nothing of the transaction stays

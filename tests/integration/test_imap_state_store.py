"""SourceStateStore on the real database (SQLite, or PostgreSQL with MAILBOT_TEST_DATABASE_URL)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from mailbot.mail.sources.imap_cursor import Position
from mailbot.store.models import SourceState
from mailbot.store.source_state import SourceStateStore

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_save_and_load_per_inbox(session_factory):
    store = SourceStateStore(session_factory)
    assert store.load("service") is None
    store.save("service", Position(7, 12), NOW)
    store.save("rma", Position(3, 1), NOW)
    store.save("service", Position(7, 15), NOW)
    assert store.load("service") == Position(7, 15) and store.load("rma") == Position(3, 1)


def test_two_workers_creating_the_row_at_once(session_factory, monkeypatch):
    """The other worker inserts the row between our read and our insert: we update it instead."""
    other = SourceStateStore(session_factory)
    real_get = Session.get
    calls = {"n": 0}

    def get_racing(self, entity, ident, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            other._write("service", Position(7, 3), NOW)  # lands just after our read
            return None
        return real_get(self, entity, ident, *args, **kwargs)

    monkeypatch.setattr(Session, "get", get_racing)
    SourceStateStore(session_factory).save("service", Position(7, 5), NOW)
    monkeypatch.setattr(Session, "get", real_get)
    assert SourceStateStore(session_factory).load("service") == Position(7, 5)
    with session_factory() as session:
        assert session.get(SourceState, "service").updated_at is not None

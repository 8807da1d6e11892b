"""Where each IMAP inbox was left (UIDVALIDITY, last UID), kept in the database across restarts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from mailbot.mail.sources.imap_cursor import Position
from mailbot.store.models import SourceState


class SourceStateStore:
    """Reads and writes the ``source_state`` row of each inbox through a session factory."""

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._sessions = session_factory

    def load(self, name: str) -> Position | None:
        with self._sessions() as session:
            row = session.get(SourceState, name)
            if row is None or row.uidvalidity is None:
                return None
            return Position(row.uidvalidity, row.last_uid)

    def save(self, name: str, position: Position, now: datetime) -> None:
        try:
            self._write(name, position, now)
        except IntegrityError:
            # Another worker created the row between our read and our insert: update it instead.
            self._write(name, position, now)

    def _write(self, name: str, position: Position, now: datetime) -> None:
        with self._sessions() as session:
            row = session.get(SourceState, name) or SourceState(name=name)
            row.uidvalidity = position.uidvalidity
            row.last_uid = position.last_uid
            row.updated_at = now
            session.add(row)
            session.commit()

"""Where an IMAP inbox was left (UIDVALIDITY, last UID) in the database, and the pure cursor arithmetic."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from mailbot.store.models import SourceState


@dataclass(frozen=True)
class Position:
    """A saved place in one folder: every UID up to ``last_uid`` is done (or was skipped by the start policy)."""

    uidvalidity: int
    last_uid: int


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


@dataclass
class Cursor:
    """The UIDs handed out in one pass and which of them are still open.

    The saved position may only move past a UID once it is done, so a crash re-reads every open
    mail; UIDs in ``window`` that were never handed out (skipped by the start policy) are passed over.
    """

    uidvalidity: int
    start: int  # position before this pass
    window_end: int = 0  # highest UID this pass covers
    open: set[int] = field(default_factory=set)

    def hand_out(self, uids: list[int], window_end: int) -> None:
        self.open.update(uids)
        self.window_end = max(self.window_end, window_end, *uids) if uids else max(self.window_end, window_end)

    def done(self, uid: int) -> int | None:
        """Mark ``uid`` done; returns the new position to save, or None when it did not move."""
        if uid not in self.open:
            return None
        before = self.position()
        self.open.discard(uid)
        after = self.position()
        return after if after != before else None

    def position(self) -> int:
        if self.open:
            return max(self.start, min(self.open) - 1)
        return max(self.start, self.window_end)


def batches(uids: list[int], sizes: dict[int, int], most: int, max_bytes: int) -> tuple[tuple[int, ...], ...]:
    """UIDs in order, cut into FETCH batches of at most ``most`` mails and about ``max_bytes`` bytes
    (a single larger mail travels alone)."""
    out: list[tuple[int, ...]] = []
    current: list[int] = []
    weight = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if current and (len(current) >= most or weight + size > max_bytes):
            out.append(tuple(current))
            current, weight = [], 0
        current.append(uid)
        weight += size
    if current:
        out.append(tuple(current))
    return tuple(out)

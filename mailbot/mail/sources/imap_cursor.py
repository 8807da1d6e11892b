"""Where an IMAP pass stands: the saved position, the UIDs still open, and FETCH batches — pure arithmetic."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Position:
    """A saved place in one folder: every UID up to ``last_uid`` is done (or was skipped by the start policy)."""

    uidvalidity: int
    last_uid: int


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


class PositionStore(Protocol):
    """Keeps each inbox's Position across restarts (the database, in production)."""

    def load(self, name: str) -> Position | None: ...

    def save(self, name: str, position: Position, now: datetime) -> None: ...

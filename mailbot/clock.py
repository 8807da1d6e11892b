"""The business clock: the wall clock in UTC, or one shifted to start at a given instant (`--now`).

Kept apart from mailbot.app (which imports SQLAlchemy and the rules) so that a command that may end
before it needs the clock can still refuse a bad `--now` exactly as the full path does, cheaply."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ShiftedClock:
    """The wall clock moved so that it read ``start`` when the process began: business time "as if now
    were then" for previews (`--now`) and for tests that must not depend on the day they run."""

    start: datetime
    began: float  # time.monotonic() when the clock was made

    @classmethod
    def at(cls, start: datetime) -> ShiftedClock:
        if start.tzinfo is None:
            raise ValueError("the time needs a UTC offset, e.g. 2027-01-01T08:00:00+08:00")
        return cls(start.astimezone(UTC), time.monotonic())

    @classmethod
    def parse(cls, text: str) -> ShiftedClock:
        """The clock that starts at the ISO time ``text``; ValueError (with the reason) when it is not one."""
        return cls.at(datetime.fromisoformat(text))

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.began)

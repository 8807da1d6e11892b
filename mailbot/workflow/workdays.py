"""Working-day arithmetic on the company calendar: due times, elapsed business time, local dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mailbot.rules.calendar import WorkCalendar
from mailbot.rules.periods import Period

UTC = UTC


def as_utc(value: datetime) -> datetime:
    """Timestamps are stored as UTC; SQLite hands them back naive, so naive means UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _at(day: date, t: time) -> datetime:
    return datetime.combine(day, t)  # naive local wall time: arithmetic stays on the clock face


def _next_opening(day: date, cal: WorkCalendar) -> datetime:
    day += timedelta(days=1)
    while not cal.is_working_day(day):
        day += timedelta(days=1)
    return _at(day, cal.opens)


def _clamp(local: datetime, cal: WorkCalendar) -> datetime:
    """Move a local wall time to the working moment it counts from (off hours count from the next opening)."""
    day = local.date()
    if not cal.is_working_day(day) or local.time() >= cal.closes:
        return _next_opening(day, cal)
    if local.time() < cal.opens:
        return _at(day, cal.opens)
    return local


def _to_local(value: datetime, cal: WorkCalendar) -> datetime:
    return as_utc(value).astimezone(cal.tz).replace(tzinfo=None)


def _to_utc(local: datetime, cal: WorkCalendar) -> datetime:
    return local.replace(tzinfo=cal.tz).astimezone(UTC)


def add_working_days(start: datetime, n: float, cal: WorkCalendar) -> datetime:
    """The moment ``n`` working days of business time after ``start``, in UTC.

    This is how the office counts: a mail at Friday 17:00 with "3 working days" is due
    Wednesday 17:00; one that arrives Friday evening counts from Monday's opening and is due
    at Wednesday's close. Weekends, public holidays and closures do not count; make-up
    working days (a Saturday worked in exchange for a holiday) do.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    cur = _clamp(_to_local(start, cal), cal)
    remaining = cal.day_length * n
    while True:
        left_today = _at(cur.date(), cal.closes) - cur
        if remaining <= left_today:
            return _to_utc(cur + remaining, cal)
        remaining -= left_today
        cur = _next_opening(cur.date(), cal)


def add_period(start: datetime, period: Period | float, cal: WorkCalendar) -> datetime:
    """The moment ``period`` after ``start``, in UTC, counted in the period's own unit: hours on the clock
    (a promise of "12 hours" runs through the night), working days on the company calendar, calendar days
    on the office's wall clock (the same local time N days later, across a DST change too).
    A bare number is working days. A range is due at its end."""
    if not isinstance(period, Period):
        return add_working_days(start, period, cal)
    if period.unit == "hours":
        return as_utc(start) + timedelta(hours=period.most)
    if period.unit == "calendar_days":
        return _to_utc(_to_local(start, cal) + timedelta(days=period.most), cal)
    return add_working_days(start, period.most, cal)


def working_time_between(a: datetime, b: datetime, cal: WorkCalendar) -> timedelta:
    """Business time from ``a`` to ``b`` (zero when ``b`` is not after ``a``)."""
    cur = _clamp(_to_local(a, cal), cal)
    end = _to_local(b, cal)
    total = timedelta(0)
    while cur < end:
        close = _at(cur.date(), cal.closes)
        total += min(close, end) - cur
        cur = _next_opening(cur.date(), cal)
    return total


def working_days_between(a: datetime, b: datetime, cal: WorkCalendar) -> float:
    """How many working days passed from ``a`` to ``b``: the inverse of ``add_working_days``."""
    return working_time_between(a, b, cal) / cal.day_length


def local_day(now: datetime, tz: ZoneInfo) -> date:
    """The office's date at ``now`` (the RMA year and warranty "today" are the office's, not UTC's)."""
    return as_utc(now).astimezone(tz).date()


def local_text(value: datetime, tz: ZoneInfo) -> str:
    """A timestamp as the office reads it, e.g. "2026-11-20 17:00 (Asia/Shanghai)"."""
    return f"{as_utc(value).astimezone(tz):%Y-%m-%d %H:%M} ({tz.key})"

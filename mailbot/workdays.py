"""The company's working-day calendar: public holidays, make-up working days, closures, business hours."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from mailbot.yamlfile import load_model

UTC = timezone.utc


class Closure(BaseModel):
    """Days the company is closed beyond public holidays (a factory shutdown, a move)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: date
    end: date | None = None  # inclusive; a single day when absent
    reason: str = ""

    @model_validator(mode="after")
    def _order(self) -> "Closure":
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class CalendarRules(BaseModel):
    """rules/calendar.yml as written by the operator."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country: str = "CN"
    subdivision: str | None = None
    timezone: str = "Asia/Shanghai"
    opens: time = time(9, 0)
    closes: time = time(18, 0)
    weekend: tuple[int, ...] = (5, 6)  # Monday=0; used when the country is not given
    closures: tuple[Closure, ...] = ()
    # Make-up working days (调休) the holidays package does not know yet, e.g. a new year's notice.
    extra_working_days: tuple[date, ...] = ()

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if value and value.upper() not in holidays.list_supported_countries():
            raise ValueError(f"country {value!r} is not supported by the holidays package")
        return value.upper()

    @model_validator(mode="after")
    def _hours(self) -> "CalendarRules":
        if self.closes <= self.opens:
            raise ValueError("closes must be after opens")
        return self


@dataclass(frozen=True)
class WorkCalendar:
    """Everything needed to count working time; build it with ``calendar_from_rules``."""

    tz: ZoneInfo
    opens: time
    closes: time
    public: holidays.HolidayBase | None
    weekend: frozenset[int]
    closed_days: frozenset[date] = field(default_factory=frozenset)
    extra_working_days: frozenset[date] = field(default_factory=frozenset)

    @property
    def day_length(self) -> timedelta:
        return _at(date(2000, 1, 3), self.closes) - _at(date(2000, 1, 3), self.opens)

    def is_working_day(self, day: date) -> bool:
        """A public-holiday-aware answer: make-up Saturdays count, closures and holidays do not."""
        if day in self.closed_days:
            return False
        if day in self.extra_working_days:
            return True
        if self.public is not None:
            return self.public.is_working_day(day)
        return day.weekday() not in self.weekend


def calendar_from_rules(rules: CalendarRules) -> WorkCalendar:
    closed: set[date] = set()
    for c in rules.closures:
        day = c.start
        while day <= (c.end or c.start):
            closed.add(day)
            day += timedelta(days=1)
    public = None
    if rules.country:
        # Years are filled in lazily by the holidays package as dates are looked up.
        public = holidays.country_holidays(rules.country, subdiv=rules.subdivision)
    return WorkCalendar(
        tz=ZoneInfo(rules.timezone), opens=rules.opens, closes=rules.closes, public=public,
        weekend=frozenset(rules.weekend), closed_days=frozenset(closed),
        extra_working_days=frozenset(rules.extra_working_days),
    )


def load_calendar(path: Path) -> WorkCalendar:
    """Read rules/calendar.yml; a bad file raises yamlfile.FileError naming file and line."""
    return calendar_from_rules(load_model(path, CalendarRules))


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
    return as_utc(now).astimezone(tz).date()


def local_text(value: datetime, tz: ZoneInfo) -> str:
    """A timestamp as the office reads it, e.g. "2026-11-20 17:00 (Asia/Shanghai)"."""
    return f"{as_utc(value).astimezone(tz):%Y-%m-%d %H:%M} ({tz.key})"

"""rules/calendar.yml: the company's working days — public holidays, make-up working days, closures, hours."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from mailbot.config import TimeZoneName
from mailbot.rules.yamlfile import load_model


class Closure(BaseModel):
    """Days the company is closed beyond public holidays (a factory shutdown, a move)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: date
    end: date | None = None  # inclusive; a single day when absent
    reason: str = ""

    @model_validator(mode="after")
    def _order(self) -> Closure:
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class CalendarRules(BaseModel):
    """rules/calendar.yml as written by the operator."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country: str = "CN"
    subdivision: str | None = None
    timezone: TimeZoneName = "Asia/Shanghai"
    opens: time = time(9, 0)
    closes: time = time(18, 0)
    weekend: tuple[int, ...] = (5, 6)  # Monday=0; used when the country is not given
    closures: tuple[Closure, ...] = ()
    # Make-up working days (调休) the holidays package does not know yet, e.g. a new year's notice.
    extra_working_days: tuple[date, ...] = ()

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if value and value.upper() not in holidays.list_supported_countries():
            raise ValueError(f"country {value!r} is not supported by the holidays package")
        return value.upper()

    @model_validator(mode="after")
    def _hours(self) -> CalendarRules:
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
        day = date(2000, 1, 3)
        return datetime.combine(day, self.closes) - datetime.combine(day, self.opens)

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
        tz=ZoneInfo(rules.timezone),
        opens=rules.opens,
        closes=rules.closes,
        public=public,
        weekend=frozenset(rules.weekend),
        closed_days=frozenset(closed),
        extra_working_days=frozenset(rules.extra_working_days),
    )


def load_calendar(path: Path) -> WorkCalendar:
    """Read rules/calendar.yml; a bad file raises yamlfile.FileError naming file and line."""
    return calendar_from_rules(load_model(path, CalendarRules))

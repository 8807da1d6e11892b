"""rules/calendar.yml: the company's working days — public holidays, make-up working days, closures, hours."""

from __future__ import annotations

import importlib.util
import sys
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
from holidays.registry import EntityLoader
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
        # The registry's codes, not list_supported_countries(): that imports every country to list
        # their subdivisions. Both include the aliases (CHN, UK), so they accept the same codes.
        if value and value.upper() not in frozenset(EntityLoader.get_country_codes()):
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


_IMPORTING = threading.Lock()


def _country_module(name: str) -> object:
    """Import one country's module of the holidays package without ``holidays.countries`` itself.

    That package's ``__init__`` imports all ~250 country modules (~8 MiB) to re-export their classes,
    so ``holidays.country_holidays`` costs them all even for one country. The module is loaded from
    its file under its own name (importlib's recipe for importing a source file directly), so the
    package's lazy loaders, and ``holidays.countries`` if something imports it later, find this very
    module in ``sys.modules`` and the class stays one class. A country that imports another one
    (a territory's module importing its state's) still pulls in the whole package: slower, not wrong."""
    with _IMPORTING:
        module = sys.modules.get(name)
        if module is None:
            path = Path(holidays.__file__).parent.joinpath(*name.split(".")[1:]).with_suffix(".py")
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is None or spec.loader is None or not path.is_file():
                raise ImportError(f"no module file for {name}")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[name]
                raise
        return module


def country_holidays(country: str, subdivision: str | None) -> holidays.HolidayBase:
    """``holidays.country_holidays(country, subdiv=subdivision)``, importing only that country."""
    loader = getattr(holidays, country.upper(), None)
    if not isinstance(loader, EntityLoader):
        return holidays.country_holidays(country, subdiv=subdivision)  # its own error for an unknown code
    try:
        module = _country_module(loader.module_name)
    except ImportError:  # a package laid out differently: the package's own (heavier) way still works
        return holidays.country_holidays(country, subdiv=subdivision)
    entity: type[holidays.HolidayBase] = getattr(module, loader.entity_name)
    return entity(subdiv=subdivision)


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
        public = country_holidays(rules.country, rules.subdivision)
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

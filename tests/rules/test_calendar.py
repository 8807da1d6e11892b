"""The working calendar loads only the configured country of the holidays package, with the same days."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest

from mailbot.rules.calendar import CalendarRules, calendar_from_rules, country_holidays, load_calendar

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_loading_the_seed_calendar_imports_one_country_module():
    out = _run(
        """
        import sys
        from datetime import date
        from pathlib import Path
        from mailbot.rules.calendar import load_calendar
        cal = load_calendar(Path("rules/calendar.yml"))
        assert not cal.is_working_day(date(2026, 10, 1))  # asked, so a year of holidays was made
        print(sorted(m for m in sys.modules if m.startswith("holidays.countries")))
        """
    )
    # holidays.country_holidays imports the holidays.countries package and with it all ~250 countries.
    assert out.strip() == "['holidays.countries.china']"


def test_the_package_imported_later_shares_the_class():
    out = _run(
        """
        import holidays
        from mailbot.rules.calendar import country_holidays
        ours = country_holidays("CN", None)
        lazy = holidays.country_holidays("CN")  # the package's loader finds the module already there
        import holidays.countries  # and so does the package, when something imports all of it
        print(type(ours) is type(lazy) is holidays.countries.CN is holidays.CN.get_entity())
        """
    )
    assert out.strip() == "True"


def _days(year_from: int, year_to: int) -> list[date]:
    day, end = date(year_from, 1, 1), date(year_to, 12, 31)
    days = []
    while day <= end:
        days.append(day)
        day += timedelta(days=1)
    return days


@pytest.mark.parametrize(
    ("country", "subdivision"),
    [
        ("CN", None),  # rules/calendar.yml
        ("CHN", None),  # an alias
        ("DE", None),
        ("DE", "BY"),  # a subdivision's own holidays
        ("US", "CA"),
        ("AS", None),  # American Samoa's module imports the United States' one
    ],
)
def test_same_days_as_the_package_loader(country: str, subdivision: str | None):
    ours = country_holidays(country, subdivision)
    theirs = holidays.country_holidays(country, subdiv=subdivision)
    days = _days(2024, 2028)
    assert [(d, ours.get(d)) for d in days if d in ours] == [(d, theirs.get(d)) for d in days if d in theirs]
    assert [ours.is_working_day(d) for d in days] == [theirs.is_working_day(d) for d in days]


def test_seed_calendar_keeps_make_up_days():
    cal = load_calendar(REPO / "rules" / "calendar.yml")
    assert cal.is_working_day(date(2026, 2, 14))  # a Saturday worked for the Spring Festival
    assert not cal.is_working_day(date(2026, 2, 17))


def test_country_codes_accepted_as_before():
    # The validator reads the registry's codes; list_supported_countries() imports every country.
    assert CalendarRules(country="chn").country == "CHN"
    assert CalendarRules(country="uk").country == "UK"
    with pytest.raises(ValueError, match="not supported"):
        CalendarRules(country="XX")
    assert calendar_from_rules(CalendarRules(country="")).public is None


def test_an_unknown_subdivision_is_still_refused():
    with pytest.raises(NotImplementedError):
        country_holidays("DE", "XX")

"""Working-day arithmetic as the office counts it: weekends, CN holidays, make-up days, closures."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.rules.calendar import (
    CalendarRules,
    Closure,
    calendar_from_rules,
    load_calendar,
)
from mailbot.rules.yamlfile import FileError
from mailbot.workflow.workdays import add_working_days, working_days_between

pytestmark = pytest.mark.clock  # run again at fixed instants by .ci/run (libfaketime)

SH = ZoneInfo("Asia/Shanghai")
RULES = Path(__file__).resolve().parents[2] / "rules" / "calendar.yml"


@pytest.fixture(scope="module")
def cal():
    return load_calendar(RULES)


def sh(*args) -> datetime:
    return datetime(*args, tzinfo=SH)


def test_three_days_after_friday_afternoon_skip_the_weekend(cal):
    # Fri 2026-11-20 17:00 -> Mon, Tue, Wed: due Wednesday 17:00.
    assert add_working_days(sh(2026, 11, 20, 17), 3, cal) == sh(2026, 11, 25, 17)


def test_after_closing_counts_from_next_opening_and_ends_at_close(cal):
    # Friday 19:00 counts from Monday 09:00; three full days end Wednesday at closing time.
    assert add_working_days(sh(2026, 11, 20, 19), 3, cal) == sh(2026, 11, 25, 18)
    # Saturday morning is not a working day either.
    assert add_working_days(sh(2026, 11, 21, 10), 1, cal) == sh(2026, 11, 23, 18)


def test_spring_festival_with_make_up_saturday(cal):
    # Sat 2026-02-14 is an official make-up working day; 15 Sun, 16-20 Spring Festival,
    # 21-22 weekend, Mon 23 a day off in exchange for Sat 28. So from Fri 13 17:00:
    # Sat 14 (1), Tue 24 (2), Wed 25 (3).
    assert cal.is_working_day(date(2026, 2, 14))
    assert not cal.is_working_day(date(2026, 2, 17))
    assert not cal.is_working_day(date(2026, 2, 23))
    assert add_working_days(sh(2026, 2, 13, 17), 3, cal) == sh(2026, 2, 25, 17)
    # Without the make-up day it would be a day later: the holiday data matters.
    plain = calendar_from_rules(
        CalendarRules(
            country="", timezone="Asia/Shanghai", closures=(Closure(start=date(2026, 2, 16), end=date(2026, 2, 23)),)
        )
    )
    assert add_working_days(sh(2026, 2, 13, 17), 3, plain) == sh(2026, 2, 26, 17)


def test_closures_and_extra_working_days_from_rules():
    cal = calendar_from_rules(
        CalendarRules(
            country="CN",
            timezone="Asia/Shanghai",
            closures=(Closure(start=date(2026, 11, 23), end=date(2026, 11, 24)),),
            extra_working_days=(date(2026, 11, 21),),
        )
    )
    assert cal.is_working_day(date(2026, 11, 21))  # an announced Saturday
    assert not cal.is_working_day(date(2026, 11, 23))
    # Fri 17:00 -> Sat 21 (1), Wed 25 (2), Thu 26 (3).
    assert add_working_days(sh(2026, 11, 20, 17), 3, cal) == sh(2026, 11, 26, 17)


def test_result_is_utc_and_input_zone_does_not_matter(cal):
    berlin = datetime(2026, 11, 20, 10, tzinfo=ZoneInfo("Europe/Berlin"))  # 17:00 in Shanghai
    due = add_working_days(berlin, 3, cal)
    assert due.utcoffset() == timedelta(0)
    assert due == sh(2026, 11, 25, 17)


def test_naive_is_taken_as_utc(cal):
    assert add_working_days(datetime(2026, 11, 20, 9), 3, cal) == sh(2026, 11, 25, 17)


def test_working_days_between(cal):
    assert working_days_between(sh(2026, 11, 20, 17), sh(2026, 11, 25, 17), cal) == 3
    assert working_days_between(sh(2026, 11, 21, 10), sh(2026, 11, 22, 20), cal) == 0
    assert working_days_between(sh(2026, 11, 25), sh(2026, 11, 20), cal) == 0
    half = working_days_between(sh(2026, 11, 23, 9), sh(2026, 11, 23, 13, 30), cal)
    assert half == pytest.approx(0.5)


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1)),
    n=st.integers(min_value=0, max_value=40),
)
def test_add_and_between_are_inverse(start, n):
    cal = load_calendar(RULES)
    start = start.replace(tzinfo=SH)
    due = add_working_days(start, n, cal)
    assert due >= start
    assert working_days_between(start, due, cal) == pytest.approx(n)
    # The due moment lies on a working day, within business hours.
    at = due.astimezone(SH)
    assert cal.is_working_day(at.date()) or n == 0
    assert n == 0 or time(9) < at.time() <= time(18)


def test_bad_calendar_file_names_the_line(tmp_path):
    bad = tmp_path / "calendar.yml"
    bad.write_text("country: CN\ntimezone: Mars/Olympus\n", encoding="utf-8")
    with pytest.raises(FileError) as err:
        load_calendar(bad)
    assert err.value.line == 2 and "Mars/Olympus" in str(err.value)
    bad.write_text("country: CN\nopens: '18:00'\ncloses: '09:00'\n", encoding="utf-8")
    with pytest.raises(FileError, match="closes must be after opens"):
        load_calendar(bad)

"""`--now` is read in one place: a command that may end before it needs the clock (check_now) refuses
exactly what the clock itself refuses, with the same words, and accepts what it accepts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import typer

from mailbot.cli.common import check_now, clock
from mailbot.clock import ShiftedClock, utc_now


def refusal(call, now: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(typer.Exit) as exited:
        call(now)
    return exited.value.exit_code, capsys.readouterr().err


@pytest.mark.parametrize("now", ["2026-11-16T06:00:00", "tomorrow", "2026-13-01T00:00:00+08:00", "2026-11-16 06:00"])
def test_a_bad_now_is_refused_alike_with_or_without_the_clock(now: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, words = refusal(clock, now, capsys)
    assert code == 2 and words.startswith(f"error: --now {now}: ")
    assert refusal(check_now, now, capsys) == (code, words)


def test_the_missing_offset_is_named() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        ShiftedClock.parse("2026-11-16T06:00:00")


@pytest.mark.parametrize("now", ["2026-11-16T06:00:00+08:00", "2026-11-15T22:00:00Z", None, ""])
def test_a_good_now_passes_both(now: str | None) -> None:
    check_now(now)  # no exit
    made = clock(now)
    if not now:
        assert made is utc_now
    else:
        assert isinstance(made, ShiftedClock)
        assert made.start == datetime(2026, 11, 15, 22, 0, tzinfo=UTC)

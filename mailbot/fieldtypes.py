"""Validated field types shared by the settings and the rules files."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator


def _time_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}") from None
    return value


def _email(value: str) -> str:
    if "@" not in value:
        raise ValueError(f"{value!r} is not an e-mail address")
    return value.strip().lower()


TimeZoneName = Annotated[str, AfterValidator(_time_zone)]
EmailAddress = Annotated[str, AfterValidator(_email)]

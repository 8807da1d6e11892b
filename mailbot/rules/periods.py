"""Periods as a policy words them: "within 12 hours", "2-3 working days", "7 calendar days".

One type for every period in rules/: what the policy promises a customer (rules/policy.yml deadlines)
and how often reminders go out (rules/reminders.yml), so a promise in hours is chased in hours.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Unit = Literal["hours", "working_days", "calendar_days"]
UNITS: tuple[str, ...] = ("hours", "working_days", "calendar_days")

# "12 hours", "2-3 working days", "1 working day", "7 calendar days", "0.5 working days"
_TEXT = re.compile(
    r"^\s*(?:within\s+)?(?:(?P<least>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*)?(?P<most>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>hours?|working\s+days?|calendar\s+days?)\s*$",
    re.IGNORECASE,
)


def _number(text: str) -> float:
    return float(text)


def _shown(value: float) -> str:
    """3.0 -> "3", 0.5 -> "0.5": as a person writes it in a mail."""
    return f"{value:g}"


class Period(BaseModel):
    """An amount of time in one unit; a range ("2-3 working days") is told as given and chased at its end.

    Written in YAML as text ("12 hours", "2-3 working days", "3 calendar days"), as a bare number
    (working days, the unit of the company calendar), or as a mapping {least, most, unit}.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    least: float | None = Field(default=None, ge=0)  # the start of a range: told, never chased
    most: float = Field(gt=0)  # the end: the due time
    unit: Unit = "working_days"

    @model_validator(mode="before")
    @classmethod
    def _from_words(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("a period is a number of working days or text such as '12 hours'")
        if isinstance(value, int | float):
            return {"most": value}
        if isinstance(value, str):
            m = _TEXT.match(value)
            if m is None:
                raise ValueError(
                    f"{value!r} is not a period: write e.g. '12 hours', '3 working days', '2-3 working days' "
                    "or '7 calendar days'"
                )
            unit = m["unit"].lower().split()[0]
            least = m["least"]
            return {
                "least": _number(least) if least else None,
                "most": _number(m["most"]),
                "unit": {"hour": "hours", "hours": "hours", "working": "working_days"}.get(unit, "calendar_days"),
            }
        return value

    @model_validator(mode="after")
    def _range(self) -> Period:
        if self.least is not None and self.least >= self.most:
            raise ValueError(f"the range {_shown(self.least)}-{_shown(self.most)} must rise")
        return self

    def as_context(self) -> dict[str, str]:
        """For the templates, which put it in words per language: numbers as a person writes them."""
        return {
            "least": _shown(self.least) if self.least is not None else "",
            "most": _shown(self.most),
            "unit": self.unit,
        }

    def __str__(self) -> str:
        amount = f"{_shown(self.least)}-{_shown(self.most)}" if self.least is not None else _shown(self.most)
        words = self.unit.replace("_", " ")
        return f"{amount} {words[:-1] if amount == '1' else words}"

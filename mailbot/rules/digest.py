"""rules/digest.yml: the managers who get the daily digest, when, in which language, and what counts as finished."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from mailbot.config import EmailAddress, TimeZoneName
from mailbot.rules.yamlfile import load_model

CLOSED_STATES: tuple[str, ...] = ("resolved", "closed", "rejected")


class Manager(BaseModel):
    """One digest recipient; times are the manager's own wall clock."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    email: EmailAddress
    name: str = ""
    timezone: TimeZoneName = "Asia/Shanghai"
    digest_time: time = time(8, 0)
    working_days_only: bool = True  # working days of the company calendar (rules/calendar.yml)
    language: Literal["en", "zh"] = "en"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class DigestRules(BaseModel):
    """rules/digest.yml: who gets the digest and which ticket states count as finished."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    managers: tuple[Manager, ...] = ()
    closed_states: tuple[str, ...] = CLOSED_STATES
    list_limit: int = 20


def load_digest_rules(path: Path) -> DigestRules:
    return load_model(path, DigestRules)

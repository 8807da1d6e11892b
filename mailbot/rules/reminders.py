"""rules/reminders.yml: what is awaited, when to remind whom, how often, and what happens after the last."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from mailbot.rules.periods import Period
from mailbot.rules.yamlfile import load_model

Recipient = str  # "owner" | "rep" | "customer" | "managers" | a literal e-mail address
ROLE_NAMES = ("owner", "rep", "customer", "managers")


class ReminderRule(BaseModel):
    """One awaited thing. A bare number of days counts working days (rules/calendar.yml); "4 hours" or
    "2 calendar days" count in those units.

    ``due_after`` is the company's own follow-up time, never told to a customer: a step the policy
    promises (rules/policy.yml deadlines) is due when the policy says, and a step with neither is not
    chased (the analysis steps of a policy that promises no period)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    due_after: Period | None = Field(default=None, description="from the start until it is due, unless promised")
    remind: tuple[Recipient, ...] = ("owner",)
    every: Period = Field(default=Period(most=1), description="between reminders")
    times: int = Field(default=2, ge=1, le=20)
    after_last: Literal["escalate", "close", "nothing"] = "escalate"
    label: dict[str, str] = Field(default_factory=dict)  # language -> what is awaited, in words

    @model_validator(mode="after")
    def _recipients(self) -> ReminderRule:
        for who in self.remind:
            if who not in ROLE_NAMES and "@" not in who:
                raise ValueError(f"remind: {who!r} is neither {', '.join(ROLE_NAMES)} nor an address")
        return self

    @property
    def to_customer(self) -> bool:
        return "customer" in self.remind

    @property
    def template(self) -> str:
        return "reminder_customer" if self.to_customer else "reminder_staff"

    def label_for(self, language: str, name: str) -> str:
        return self.label.get(language) or self.label.get("en") or name.replace("_", " ")


class ReminderRules(BaseModel):
    """The whole file: the rules by awaited name, plus who is escalated to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    escalate_to: tuple[str, ...] = ()
    staff_language: Literal["en", "zh"] = "en"
    close_status: str = "closed"  # the ticket state a "close" after the last reminder moves to
    awaited: dict[str, ReminderRule]

    @model_validator(mode="after")
    def _escalation_target(self) -> ReminderRules:
        needs = sorted(n for n, r in self.awaited.items() if r.after_last == "escalate" or "managers" in r.remind)
        if needs and not self.escalate_to:
            raise ValueError(f"escalate_to: must name a manager, {', '.join(needs)} escalate")
        return self

    def rule(self, awaited: str) -> ReminderRule:
        try:
            return self.awaited[awaited]
        except KeyError:
            known = ", ".join(sorted(self.awaited))
            raise ValueError(f"no reminder rule for {awaited!r} (known: {known})") from None


def load_reminder_rules(path: Path) -> ReminderRules:
    """Read rules/reminders.yml; a bad file raises yamlfile.FileError naming file and line."""
    return load_model(path, ReminderRules, default_empty=False)

"""rules/staff.yml: the staff, their roles, which role may run which command, and authentication."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mailbot.values import STAFF_COMMANDS as COMMANDS

Role = Literal["rep", "engineer", "manager"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StaffMember(_Model):
    email: str
    name: str = ""
    role: Role
    language: Literal["en", "zh"] = "en"

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if "@" not in value:
            raise ValueError(f"{value!r} is not an e-mail address")
        return value.strip().lower()


def _default_roles() -> dict[Role, tuple[str, ...]]:
    return {
        "rep": ("approve", "reject", "note", "assign", "close", "warranty", "quote", "reply"),
        "engineer": (
            "received",
            "preliminary",
            "report",
            "resolve",
            "forwarded",
            "note",
            "warranty",
            "reject",
            "quote",
            "reply",
        ),
        "manager": COMMANDS,
    }


class StaffFile(_Model):
    """rules/staff.yml: who may command mailbot, and how their mail must be authenticated."""

    require_authentication: bool = True
    authserv_ids: tuple[str, ...] = ()
    # The company's own mail domains: anyone there is a colleague (never a customer), member or not.
    domains: tuple[str, ...] = ()
    members: tuple[StaffMember, ...] = ()
    roles: dict[Role, tuple[str, ...]] = Field(default_factory=_default_roles)

    @field_validator("roles")
    @classmethod
    def _known(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for role, cmds in value.items():
            bad = [c for c in cmds if c not in COMMANDS]
            if bad:
                raise ValueError(f"role {role}: unknown command(s) {', '.join(bad)}")
        return value

    @field_validator("domains")
    @classmethod
    def _domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(d.strip().lower().lstrip("@") for d in value)

    @model_validator(mode="after")
    def _auth(self) -> StaffFile:
        if self.require_authentication and self.members and not self.authserv_ids:
            raise ValueError("authserv_ids: required while require_authentication is on")
        return self

    def member(self, email: str | None) -> StaffMember | None:
        low = (email or "").lower()
        return next((m for m in self.members if m.email == low), None)

    def may(self, member: StaffMember, command: str) -> bool:
        return command in self.roles.get(member.role, ())

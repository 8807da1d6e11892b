"""Who works the tickets: rules/staff.yml (staff, roles, authentication) and rules/routing.yml (reps)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Role = Literal["rep", "engineer", "manager"]
COMMANDS = (
    "approve", "reject", "received", "preliminary", "report",
    "resolve", "close", "note", "assign", "warranty",
)


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


def _default_roles() -> dict[str, tuple[str, ...]]:
    return {
        "rep": ("approve", "reject", "note", "assign", "close", "warranty"),
        "engineer": ("received", "preliminary", "report", "resolve", "note", "warranty", "reject"),
        "manager": COMMANDS,
    }


class StaffFile(_Model):
    """rules/staff.yml: who may command mailbot, and how their mail must be authenticated."""

    require_authentication: bool = True
    authserv_ids: tuple[str, ...] = ()
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

    @model_validator(mode="after")
    def _auth(self) -> "StaffFile":
        if self.require_authentication and self.members and not self.authserv_ids:
            raise ValueError("authserv_ids: required while require_authentication is on")
        return self

    def member(self, email: str | None) -> StaffMember | None:
        low = (email or "").lower()
        return next((m for m in self.members if m.email == low), None)

    def may(self, member: StaffMember, command: str) -> bool:
        return command in self.roles.get(member.role, ())


class Route(_Model):
    rep: str
    domain: str | None = None
    company: str | None = None  # case-insensitive substring of the customer's company name
    order_prefix: str | None = None

    @model_validator(mode="after")
    def _one(self) -> "Route":
        if not (self.domain or self.company or self.order_prefix):
            raise ValueError("a route needs domain, company or order_prefix")
        return self


class RoutingFile(_Model):
    """rules/routing.yml: which sales rep looks after which customer."""

    default_rep: str
    routes: tuple[Route, ...] = ()

    def rep_for(self, email: str | None, company: str = "", orders: tuple[str, ...] = ()) -> str:
        domain = (email or "").rsplit("@", 1)[-1].lower()
        for route in self.routes:
            if route.domain and route.domain.lower() == domain:
                return route.rep.lower()
            if route.company and company and route.company.lower() in company.lower():
                return route.rep.lower()
            if route.order_prefix and any(o.startswith(route.order_prefix) for o in orders):
                return route.rep.lower()
        return self.default_rep.lower()

"""rules/routing.yml: which sales rep looks after which customer (by domain, company or order prefix)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Route(_Model):
    rep: str
    domain: str | None = None
    company: str | None = None  # case-insensitive substring of the customer's company name
    order_prefix: str | None = None

    @model_validator(mode="after")
    def _one(self) -> Route:
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

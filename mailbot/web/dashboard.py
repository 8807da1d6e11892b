"""The managers' dashboard: the digest's figures, live, and charts drawn as inline SVG (no script)."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailbot.schedule.digest import gather
from mailbot.store.dashboard import dashboard
from mailbot.web.env import WebEnv


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    width: float  # 0..100, share of the widest bar
    note: str = ""


def bars(items: list[tuple[str, float]] | list[tuple[str, int]], note: str = "") -> list[Bar]:
    top = max((v for _, v in items), default=0) or 1
    return [Bar(label, value, round(100.0 * value / top, 1), note) for label, value in items]


def routes(env: WebEnv) -> list[Route]:
    def page(request: Request) -> Response:
        staff = env.require_staff(request, role="manager")
        now = env.ctx.clock()
        with env.ctx.sessions() as session:
            rules = env.ctx.rules
            digest = gather(
                session, now, rules.calendar, closed_states=rules.digest.closed_states, limit=rules.digest.list_limit
            )
            board = dashboard(session, now)
        by_owner: dict[str, int] = {}
        for _, owner, n in board.open_by_state_owner:
            by_owner[owner] = by_owner.get(owner, 0) + n
        overdue_step: dict[str, int] = {}
        overdue_owner: dict[str, int] = {}
        for step, owner, n in board.overdue_by_step_owner:
            overdue_step[step] = overdue_step.get(step, 0) + n
            overdue_owner[owner] = overdue_owner.get(owner, 0) + n
        top_week = max([max(w.new, w.closed) for w in board.weeks] + [1])
        return env.render(
            request,
            "dashboard.html",
            {
                "staff": staff,
                "now": now,
                "d": digest,
                "board": board,
                "by_state": bars(list(digest.by_state)),
                "by_owner": bars(sorted(by_owner.items(), key=lambda kv: -kv[1])),
                "overdue_step": bars(sorted(overdue_step.items(), key=lambda kv: -kv[1])),
                "overdue_owner": bars(sorted(overdue_owner.items(), key=lambda kv: -kv[1])),
                "sla": bars([(t.step, t.met_percent) for t in board.turnaround]),
                "categories": bars([(c.name, c.last30) for c in digest.by_category][:8]),
                "models": bars([(c.name, c.last30) for c in digest.by_model][:8]),
                "weeks": board.weeks,
                "top_week": top_week,
            },
        )

    return [Route("/dashboard", page, methods=["GET"])]

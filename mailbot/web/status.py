"""The customers' status page: one ticket, read only, reached by the signed link in every customer mail.

It shows the steps, what is awaited from the customer, the return address and instructions and
the date of the next step; never staff notes, staff addresses or any other ticket. A forged or
expired link (the ticket closed more than ``status_days_after_close`` days ago) shows only
"link not valid", the same answer whether or not the ticket exists.
"""

from __future__ import annotations

from datetime import timedelta

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailbot.mail.statuslink import verify
from mailbot.store.webviews import StatusView, status_view
from mailbot.web.env import WebEnv
from mailbot.workflow import states

# The path a ticket normally takes, as the customer sees it.
PATH = (
    states.NEW,
    states.RMA_ISSUED,
    states.IN_TRANSIT,
    states.RECEIVED,
    states.PRELIMINARY_SENT,
    states.REPORT_SENT,
    states.RESOLVED,
    states.CLOSED,
)
LABELS = {
    "en": {
        states.NEW: "Request received",
        states.WAITING_INFO: "Waiting for details from you",
        states.WAITING_REP: "Being reviewed",
        states.RMA_ISSUED: "RMA issued: please send the unit",
        states.IN_TRANSIT: "On its way to us",
        states.RECEIVED: "Received, under analysis",
        states.PRELIMINARY_SENT: "Preliminary findings sent",
        states.REPORT_SENT: "Report sent",
        states.RESOLVED: "Resolved",
        states.CLOSED: "Closed",
        states.REJECTED: "Declined",
    },
    "zh": {
        states.NEW: "已收到申请",
        states.WAITING_INFO: "等待您补充信息",
        states.WAITING_REP: "审核中",
        states.RMA_ISSUED: "已签发RMA：请寄回产品",
        states.IN_TRANSIT: "运输中",
        states.RECEIVED: "已收到，分析中",
        states.PRELIMINARY_SENT: "已发送初步结论",
        states.REPORT_SENT: "已发送报告",
        states.RESOLVED: "已解决",
        states.CLOSED: "已关闭",
        states.REJECTED: "未受理",
    },
}


def _valid(env: WebEnv, token: str) -> StatusView | None:
    rma = verify(env.ctx.thread_key, token)
    if rma is None:
        return None
    with env.ctx.sessions() as session:
        view = status_view(session, rma)
    if view is None:
        return None
    keep = timedelta(days=env.ctx.settings.web.status_days_after_close)
    if view.closed_at is not None and env.ctx.clock() > view.closed_at + keep:
        return None
    return view


def _page(env: WebEnv, view: StatusView) -> dict[str, object]:
    lang = view.language if view.language in LABELS else "en"
    labels = LABELS[lang]
    reached = {s for s, _ in view.steps} | {view.status}
    if view.status == states.REJECTED:
        path = [s for s in PATH if s in reached] + [states.REJECTED]
    elif view.status in (states.WAITING_INFO, states.WAITING_REP):
        path = [states.NEW, view.status, *PATH[1:]]
    else:
        path = list(PATH)
    terms = env.ctx.rules.terms
    words = terms.translations.get(lang)  # type: ignore[call-overload]
    ret = (words and words.return_instructions) or terms.return_instructions
    reminders = env.ctx.rules.reminders
    awaited = []
    for name, due in view.awaited:
        owner = states.AWAITED.get(view.status, ("", ""))[1]
        rule = reminders.awaited.get(name)
        label = rule.label_for(lang, name) if rule is not None else name.replace("_", " ")
        awaited.append({"label": label, "due": due, "from_you": owner == "customer"})
    return {
        "v": view,
        "labels": labels,
        "path": path,
        "reached": reached,
        "awaited": awaited,
        "next_due": min((d for _, d in view.awaited), default=None),
        "show_return": view.status in (states.RMA_ISSUED, states.IN_TRANSIT),
        "ret": ret,
        "lang": lang,
        # Each missing field on its own line, in the words the mails use for it ("which item of the order …").
        "missing": [env.ctx.renderer.needed(lang, [field]) for field in view.missing_fields],
    }


def routes(env: WebEnv) -> list[Route]:
    def status(request: Request) -> Response:
        view = _valid(env, request.path_params.get("token", ""))
        if view is None:
            return env.render(request, "status_invalid.html", {}, status_code=404)
        response = env.render(request, "status.html", _page(env, view))
        response.headers["Cache-Control"] = "private, no-store"
        return response

    return [Route("/status/{token}", status, methods=["GET"]), Route("/status/", status, methods=["GET"])]

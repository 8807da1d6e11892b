"""Staff pages: the ticket list with filters and search, a ticket with its conversation, its actions,
and its attachments (always downloaded, never shown inline)."""

from __future__ import annotations

import logging
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.mail.parse import parse
from mailbot.rules.staff import COMMANDS
from mailbot.staff_actions import ActionResult, StoreActions, run_action
from mailbot.store.search import SORTS, TicketFilter, list_tickets
from mailbot.store.webviews import attachment_of_ticket, ticket_page
from mailbot.values import DEFECT_CATEGORIES, Attachment
from mailbot.web.env import Staff, WebEnv
from mailbot.web.html import sanitise
from mailbot.web.security import client_ip, require_csrf
from mailbot.workflow.states import STATES

log = logging.getLogger(__name__)

# Commands whose argument is free text, a reason or outcome, an address, in|out, or a body with files.
TAKES_BODY = ("preliminary", "report")


def _filter(params: dict[str, str]) -> TicketFilter:
    def number(name: str, default: int | None) -> int | None:
        value = params.get(name, "").strip()
        return int(value) if value.isdigit() else default

    return TicketFilter(
        query=params.get("q", "")[:200],
        status=params.get("status", ""),
        owner=params.get("owner", ""),
        defect=params.get("defect", ""),
        model=params.get("model", "")[:100],
        warranty=params.get("warranty", "") if params.get("warranty") in ("in", "out", "unknown") else "",
        overdue=params.get("overdue") == "1",
        older_than_days=number("age", None),
        sort=params.get("sort", "created") if params.get("sort") in SORTS else "created",
        descending=params.get("dir", "desc") != "asc",
        page=number("page", 1) or 1,
    )


def _message_html(env: WebEnv, sha: str | None) -> str:
    if not sha:
        return ""
    try:
        raw = env.ctx.apply_env.blobs.get(sha)
    except (OSError, KeyError):
        return ""
    html = parse(raw).html
    return sanitise(html) if html else ""


def routes(env: WebEnv) -> list[Route]:
    def index(request: Request) -> Response:
        return RedirectResponse("/tickets", status_code=302)

    def tickets(request: Request) -> Response:
        staff = env.require_staff(request)
        params = dict(request.query_params)
        f = _filter(params)
        with env.ctx.sessions() as session:
            page = list_tickets(session, f, env.ctx.clock())
        # The menus come from the vocabularies, not from DISTINCT over every ticket.
        menus = {
            "status": list(STATES),
            "owner": [m.email for m in env.ctx.rules.staff.members],
            "defect": list(DEFECT_CATEGORIES),
        }
        keep = {k: v for k, v in params.items() if k != "page" and v}
        return env.render(
            request,
            "tickets.html",
            {
                "staff": staff,
                "page": page,
                "f": f,
                "menus": menus,
                "params": params,
                "page_link": lambda n: "/tickets?" + urlencode({**keep, "page": n}),
                "sort_link": lambda s: (
                    "/tickets?"
                    + urlencode({**keep, "sort": s, "dir": "asc" if f.sort == s and f.descending else "desc"})
                ),
            },
        )

    def ticket(request: Request) -> Response:
        staff = env.require_staff(request)
        rma = request.path_params["rma"].upper()
        with env.ctx.sessions() as session:
            data = ticket_page(session, rma)
        if data is None:
            raise HTTPException(404, f"no ticket {rma}")
        html = {m.id: _message_html(env, m.raw_sha256) for m in data.messages if m.direction == "in"}
        allowed = [c for c in COMMANDS if env.ctx.rules.staff.may(staff.member, c)]
        return env.render(
            request,
            "ticket.html",
            {
                "staff": staff,
                "t": data.ticket,
                "data": data,
                "html": html,
                "allowed": allowed,
                "members": env.ctx.rules.staff.members,
                "now": env.ctx.clock(),
                "flash": request.query_params.get("done", ""),
                "error": request.query_params.get("error", ""),
            },
        )

    async def action(request: Request) -> Response:
        staff = env.require_staff(request)
        form = await request.form()
        require_csrf(form, staff.session.csrf)
        rma = request.path_params["rma"].upper()
        name = str(form.get("action", ""))
        if name not in COMMANDS:
            raise HTTPException(400, f"unknown action {name!r}")
        if not env.ctx.rules.staff.may(staff.member, name):
            raise HTTPException(403, f"{name} is not allowed for your role ({staff.member.role})")
        text = str(form.get("arg", "")).strip()
        files = [
            Attachment(
                filename=f.filename or "file",
                content_type=f.content_type or "application/octet-stream",
                payload=await f.read(),
            )
            for f in form.getlist("attach")
            if isinstance(f, UploadFile) and f.filename
        ]
        result = await run_in_threadpool(_run, env, staff, rma, name, text, files, client_ip(request))
        key = "done" if result.ok else "error"
        return RedirectResponse(f"/tickets/{quote(rma)}?{urlencode({key: '; '.join(result.messages)})}", 303)

    def attachment(request: Request) -> Response:
        env.require_staff(request)
        rma = request.path_params["rma"].upper()
        with env.ctx.sessions() as session:
            row = attachment_of_ticket(session, rma, int(request.path_params["aid"]))
        if row is None:
            raise HTTPException(404, "no such attachment")
        payload = env.ctx.apply_env.blobs.get(row.sha256)
        name = row.filename.replace('"', "").replace("\r", "").replace("\n", "") or "attachment"
        return Response(
            payload,
            media_type="application/octet-stream",
            headers={
                "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "private, no-store",
            },
        )

    return [
        Route("/", index, methods=["GET"]),
        Route("/tickets", tickets, methods=["GET"]),
        Route("/tickets/{rma}", ticket, methods=["GET"]),
        Route("/tickets/{rma}/action", action, methods=["POST"]),
        Route("/tickets/{rma}/attachments/{aid:int}", attachment, methods=["GET"]),
    ]


def _run(env: WebEnv, staff: Staff, rma: str, name: str, text: str, files: list[Attachment], ip: str) -> ActionResult:
    """The shared staff-action runner, exactly as `ticket RMA approve` and the #approve mail command."""
    store = StoreActions(env.ctx)
    result = run_action(
        store,
        env.ctx.rules,
        rma=rma,
        actor=staff.email,
        action=name,
        arg="" if name in TAKES_BODY else text,
        body=text if name in TAKES_BODY else "",
        attachments=files,
        now=store.now(),
        via=f"web {ip}".strip(),
    )
    log.info("web action %s on %s by %s from %s: %s", name, rma, staff.email, ip, "; ".join(result.messages))
    return result

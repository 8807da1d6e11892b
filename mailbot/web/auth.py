"""Staff sign-in: a one-time link mailed (through the outbox) to an address in rules/staff.yml.

The link opens a page whose button signs in, so a mail scanner that fetches links does not use it
up. Requests are limited per address and per client address; the answer never tells whether an
address belongs to staff.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.schedule.delivery import deliver_due
from mailbot.store.outbox import enqueue
from mailbot.store.webauth import end_session, new_session, new_signin, signins_since, use_signin
from mailbot.values import OutgoingMail
from mailbot.web.env import SESSION_COOKIE, WebEnv
from mailbot.web.security import CSRF_COOKIE, client_ip, require_csrf

log = logging.getLogger(__name__)

WINDOW = timedelta(minutes=15)
PER_ADDRESS = 3  # links per address per window
PER_CLIENT = 10  # sign-in requests per client address per window


def _send_link(env: WebEnv, email: str, ip: str) -> str:
    """'sent', 'limited' or 'unknown' (not staff: nothing sent, the visitor is told the same)."""
    ctx = env.ctx
    now = ctx.clock()
    with ctx.sessions() as session:
        if signins_since(session, ip=ip, since=now - WINDOW) >= PER_CLIENT:
            return "limited"
        if signins_since(session, email=email, since=now - WINDOW) >= PER_ADDRESS:
            return "limited"
        member = ctx.rules.staff.member(email)
        # Unknown addresses count against the client too, so guessing is as slow as signing in.
        token = new_signin(session, email if member else f"unknown:{email}", ip, now, env.signin_lifetime)
        if member is None:
            session.commit()
            log.info("web sign-in asked for non-staff address %s from %s", email, ip)
            return "unknown"
        mail = OutgoingMail(
            template="staff_signin",
            to=(member.email,),
            language=member.language,
            context={
                "link": f"{env.public_url}/signin/{token}",
                "name": member.name,
                "address": member.email,
                "minutes": int(env.signin_lifetime.total_seconds() // 60),
            },
        )
        enqueue(session, mail, ticket=None, env=ctx.apply_env.send, now=now, actor=member.email)
        session.commit()
    log.info("web sign-in link queued for %s (asked from %s)", email, ip)
    deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, ctx.clock)
    return "sent"


def routes(env: WebEnv) -> list[Route]:
    def signin_form(request: Request) -> Response:
        return env.render(request, "signin.html", {"sent": False})

    async def signin_post(request: Request) -> Response:
        form = await request.form()
        require_csrf(form, request.cookies.get(CSRF_COOKIE))
        email = str(form.get("email", "")).strip().lower()[:320]
        if "@" not in email:
            return env.render(request, "signin.html", {"sent": False, "error": "Give your e-mail address."}, 400)
        result = await run_in_threadpool(_send_link, env, email, client_ip(request))
        if result == "limited":
            return env.render(request, "signin.html", {"sent": False, "error": "Too many attempts; wait."}, 429)
        return env.render(request, "signin.html", {"sent": True})

    def link_page(request: Request) -> Response:
        return env.render(request, "signin_link.html", {"token": request.path_params["token"]})

    def _use(token: str, ip: str) -> str | None:
        now = env.ctx.clock()
        with env.ctx.sessions() as session:
            email = use_signin(session, token, now)
            if email is None or env.ctx.rules.staff.member(email) is None:
                session.commit()
                return None
            cookie = new_session(session, email, ip, now, env.session_lifetime)
            session.commit()
        log.info("web sign-in of %s from %s", email, ip)
        return cookie

    async def link_post(request: Request) -> Response:
        form = await request.form()
        require_csrf(form, request.cookies.get(CSRF_COOKIE))
        cookie = await run_in_threadpool(_use, request.path_params["token"], client_ip(request))
        if cookie is None:
            return env.render(request, "signin.html", {"sent": False, "error": "This link is not valid."}, 400)
        response = RedirectResponse("/tickets", status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            cookie,
            max_age=int(env.session_lifetime.total_seconds()),
            httponly=True,
            samesite="lax",
            secure=env.secure,
            path="/",
        )
        return response

    async def signout(request: Request) -> Response:
        staff = env.staff(request)
        if staff is None:
            raise HTTPException(401, "not signed in")
        require_csrf(await request.form(), staff.session.csrf)
        with env.ctx.sessions() as session:
            end_session(session, request.cookies.get(SESSION_COOKIE, ""))
            session.commit()
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    return [
        Route("/signin", signin_form, methods=["GET"]),
        Route("/signin", signin_post, methods=["POST"]),
        Route("/signin/{token}", link_page, methods=["GET"]),
        Route("/signin/{token}", link_post, methods=["POST"]),
        Route("/signout", signout, methods=["POST"]),
    ]

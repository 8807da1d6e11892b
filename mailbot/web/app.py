"""The ASGI application: routes of each page module, security headers, static files from the package."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from mailbot.app import Context
from mailbot.web import auth, dashboard, ops, status, tickets
from mailbot.web.env import PACKAGE, WebEnv
from mailbot.web.security import SecurityHeaders

log = logging.getLogger(__name__)


def _pages() -> Jinja2Templates:
    pages = Jinja2Templates(directory=str(PACKAGE / "templates"))
    pages.env.globals["fmt"] = lambda dt: dt.strftime("%Y-%m-%d %H:%M") if dt else ""
    return pages


def create_app(ctx: Context, *, public_url: str) -> Starlette:
    """The web view over ``ctx`` (its database, rules, clock, outbox); links in mails start with ``public_url``."""
    env = WebEnv(ctx=ctx, public_url=public_url.rstrip("/"), pages=_pages())

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return env.render(
            request, "error.html", {"status": exc.status_code, "detail": exc.detail}, status_code=exc.status_code
        )

    routes = [
        *auth.routes(env),
        *tickets.routes(env),
        *status.routes(env),
        *dashboard.routes(env),
        *ops.routes(env),
        Mount("/static", app=StaticFiles(directory=str(PACKAGE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    app.add_middleware(SecurityHeaders)
    app.state.env = env
    return app

"""Headers every response carries, the client's address, and CSRF checks for forms.

The Content-Security-Policy allows only our own scripts, styles and images: a customer's HTML that
slipped a script or a remote image past the sanitiser would still neither run nor load.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    b"content-security-policy": CSP.encode(),
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"no-referrer",
    b"cross-origin-opener-policy": b"same-origin",
}
CSRF_COOKIE = "mb_csrf"


class SecurityHeaders:
    """ASGI middleware adding HEADERS to every HTTP response (pages, files, errors alike)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS.items() if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def client_ip(request: Request) -> str:
    """The peer's address (uvicorn puts the proxy's X-Forwarded-For here when told to trust it)."""
    return request.client.host if request.client else ""


def anonymous_csrf(request: Request) -> str:
    """The CSRF value of a visitor not signed in: a random cookie the form must repeat."""
    token = request.cookies.get(CSRF_COOKIE)
    if not token:
        token = request.state.__dict__.setdefault("new_csrf", secrets.token_urlsafe(24))
    return token


def require_csrf(form: FormData, expected: str | None) -> None:
    """403 unless the form's csrf field equals the expected secret."""
    given = form.get("csrf")
    if not expected or not isinstance(given, str) or not hmac.compare_digest(given, expected):
        raise HTTPException(403, "missing or wrong CSRF token")

"""What every page handler shares: the Context, the public address, the page templates, who is signed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from mailbot.app import Context
from mailbot.rules.staff import StaffMember
from mailbot.store.webauth import SignedIn, session_of
from mailbot.web.security import CSRF_COOKIE, anonymous_csrf

PACKAGE = Path(__file__).parent
SESSION_COOKIE = "mb_session"


@dataclass(frozen=True)
class Staff:
    """The signed-in staff member of a request, with the session's CSRF secret."""

    member: StaffMember
    session: SignedIn

    @property
    def email(self) -> str:
        return self.member.email


@dataclass(frozen=True)
class WebEnv:
    ctx: Context
    public_url: str  # https://rma.example.com: the address in mailed links
    pages: Jinja2Templates

    @property
    def secure(self) -> bool:
        """Cookies are Secure when the public address is https (the web view behind a TLS proxy)."""
        return self.public_url.startswith("https://")

    @property
    def signin_lifetime(self) -> timedelta:
        return timedelta(minutes=self.ctx.settings.web.signin_minutes)

    @property
    def session_lifetime(self) -> timedelta:
        return timedelta(hours=self.ctx.settings.web.session_hours)

    def staff(self, request: Request) -> Staff | None:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return None
        with self.ctx.sessions() as session:
            signed = session_of(session, token, self.ctx.clock())
        if signed is None:
            return None
        member = self.ctx.rules.staff.member(signed.email)
        return Staff(member, signed) if member is not None else None  # removed from staff.yml: out

    def require_staff(self, request: Request, role: str | None = None) -> Staff:
        staff = self.staff(request)
        if staff is None:
            raise HTTPException(401, "sign in first")
        if role is not None and staff.member.role != role:
            raise HTTPException(403, f"only for the {role} role")
        return staff

    def render(self, request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
        staff = context.get("staff")
        csrf = staff.session.csrf if isinstance(staff, Staff) else anonymous_csrf(request)
        response = self.pages.TemplateResponse(
            request, name, {"csrf": csrf, "staff": None, **context}, status_code=status_code
        )
        self.set_csrf_cookie(request, response)
        return response

    def set_csrf_cookie(self, request: Request, response: Response) -> None:
        new = request.state.__dict__.get("new_csrf")
        if new:
            response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict", secure=self.secure, path="/")

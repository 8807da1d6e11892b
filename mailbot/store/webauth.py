"""Sign-in links and sessions of the web view: only hashes of the tokens are stored.

A sign-in link is single use (the conditional UPDATE that marks it used succeeds once, whatever
races) and short-lived; a session is a random cookie whose hash names a row with its owner, CSRF
secret and expiry. Rate limits count rows, so they hold across processes and restarts.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from mailbot.store.models import WebSession, WebSignin


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class SignedIn:
    """Who a valid session belongs to, and the CSRF secret its forms must carry."""

    email: str
    csrf: str
    expires_at: datetime


def signins_since(session: Session, *, email: str | None = None, ip: str | None = None, since: datetime) -> int:
    query = select(func.count()).select_from(WebSignin).where(WebSignin.created_at >= since)
    if email is not None:
        query = query.where(WebSignin.email == email)
    if ip is not None:
        query = query.where(WebSignin.ip == ip)
    return int(session.exec(query).one())


def new_signin(session: Session, email: str, ip: str, now: datetime, lifetime: timedelta) -> str:
    """Record a sign-in link for ``email`` in the caller's transaction; the token goes in the mail only."""
    token = secrets.token_urlsafe(32)
    session.add(WebSignin(token_hash=_hash(token), email=email, ip=ip, created_at=now, expires_at=now + lifetime))
    return token


def use_signin(session: Session, token: str, now: datetime) -> str | None:
    """The address the link was sent to, once: a used, expired or unknown token gives None."""
    row = session.exec(select(WebSignin).where(WebSignin.token_hash == _hash(token))).first()
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    claimed = session.execute(
        update(WebSignin).where(col(WebSignin.id) == row.id, col(WebSignin.used_at).is_(None)).values(used_at=now)
    )
    return row.email if claimed.rowcount == 1 else None  # type: ignore[attr-defined]


def new_session(session: Session, email: str, ip: str, now: datetime, lifetime: timedelta) -> str:
    token = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_hash(token),
            email=email,
            csrf=secrets.token_urlsafe(24),
            ip=ip,
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    # Old rows go as new ones come: nobody has to sweep.
    session.execute(delete(WebSession).where(WebSession.expires_at < now))  # type: ignore[arg-type]
    return token


def session_of(session: Session, token: str, now: datetime) -> SignedIn | None:
    row = session.exec(select(WebSession).where(WebSession.token_hash == _hash(token))).first()
    if row is None or row.expires_at <= now:
        return None
    return SignedIn(email=row.email, csrf=row.csrf, expires_at=row.expires_at)


def end_session(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.token_hash == _hash(token)))  # type: ignore[arg-type]

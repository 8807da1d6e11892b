"""Helpers for scenario tests through the production entry points on the embedded Maildir setup."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlmodel import select

from mailbot.app import make_sources
from mailbot.mail.sources.maildir import deliver_to_maildir
from mailbot.schedule.daemon import Worker
from mailbot.store.models import Message, Outbox, Ticket


def customer_mail(
    sender: str,
    subject: str,
    body: str,
    *,
    to: str = "service@lumatek-example.com",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    date: Any = None,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = message_id or make_msgid(domain=sender.rsplit("@", 1)[-1].rstrip(">"))
    if date is not None:
        msg["Date"] = format_datetime(date)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    for filename, content_type, payload in attachments:
        maintype, _, subtype = content_type.partition("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def drop(ctx: Any, data: bytes) -> Path:
    """Deliver a mail into the embedded inbox as an MDA would."""
    return deliver_to_maildir(ctx.settings.sources[0].path, data)


def run_once(ctx: Any) -> list[Any]:
    worker = Worker(ctx, make_sources(ctx))
    reports = worker.once()
    return [o for r in reports for o in r.outcomes]


def tickets(ctx: Any) -> list[Ticket]:
    with ctx.sessions() as s:
        return list(s.exec(select(Ticket).order_by(Ticket.id)).all())


def outbox(ctx: Any) -> list[Outbox]:
    with ctx.sessions() as s:
        return list(s.exec(select(Outbox).order_by(Outbox.id)).all())


def inbound(ctx: Any) -> list[Message]:
    with ctx.sessions() as s:
        return list(s.exec(select(Message).where(Message.direction == "in").order_by(Message.id)).all())


def sent_mails(ctx: Any) -> list[email.message.EmailMessage]:
    """What the file transport delivered, parsed as a mail client would."""
    folder = Path(ctx.settings.transport.path) / "new"
    files = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime_ns) if folder.exists() else []
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in files]


def body_of(msg: email.message.EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()

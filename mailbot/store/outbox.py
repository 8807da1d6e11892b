"""The persistent outbox: every outgoing mail is a row first; delivery retries until accepted or given up."""

from __future__ import annotations

import email.policy
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from mailbot.config import Limits
from mailbot.mail.render import Renderer
from mailbot.store.models import Event, Message, Outbox, Suppression, Ticket
from mailbot.values import OutgoingMail

log = logging.getLogger(__name__)

MessageIdMaker = Callable[[str | None, str], str]


@dataclass(frozen=True)
class SendEnv:
    """What enqueueing needs besides the session: renderer, our address, limits, base context."""

    renderer: Renderer
    sender: str
    sender_name: str
    limits: Limits
    make_message_id: MessageIdMaker
    base_context: Mapping[str, Any] = field(default_factory=dict)
    ticket_context: Callable[[Ticket], Mapping[str, Any]] | None = None
    source_senders: Mapping[str, str] = field(default_factory=dict)  # inbox name → its own address
    is_internal: Callable[[str], bool] = lambda address: False  # our own staff: never rate-limited


# CPython folds a long ASCII subject right after "Subject:", which mail clients show with a leading
# space; ASCII headers may run to 998 characters (RFC 5322). Non-ASCII ones keep the 78-column
# folding so their encoded words stay within RFC 2047's 75 characters.
_UNFOLDED = email.policy.default.clone(max_line_length=998)


def _policy_for(subject: str) -> email.policy.Policy:
    return _UNFOLDED if subject.isascii() else email.policy.default


def random_message_id(rma: str | None, domain: str) -> str:
    token = secrets.token_hex(12)
    return f"{rma.lower()}.{token}@{domain}" if rma else f"mailbot.{token}@{domain}"


def _sent_to_ticket_since(session: Session, ticket_id: int, since: datetime) -> int:
    query = (
        select(func.count())
        .select_from(Outbox)
        .where(Outbox.created_at >= since, Outbox.ticket_id == ticket_id, Outbox.external)
    )
    return int(session.exec(query).one())


def _sent_to_address_since(session: Session, address: str, since: datetime) -> int:
    query = (
        select(func.count()).select_from(Outbox).where(Outbox.created_at >= since, Outbox.to_address == address.lower())
    )
    return int(session.exec(query).one())


def _blocked(session: Session, mail: OutgoingMail, ticket: Ticket | None, env: SendEnv, now: datetime) -> str | None:
    """Why this mail must not be queued (suppressed address, rate limit), or None.

    The rate limits stop a storm towards a peer outside (a loop with an unmarked auto-responder);
    mail to our own staff is never held back by them."""
    for rcpt in mail.to:
        if session.get(Suppression, rcpt.lower()) is not None:
            return f"recipient {rcpt} is suppressed after a permanent bounce"
    if all(env.is_internal(r) for r in (*mail.to, *mail.cc)):
        return None
    hour_ago = now - timedelta(hours=1)
    if ticket is not None and ticket.id is not None:
        if _sent_to_ticket_since(session, ticket.id, hour_ago) >= env.limits.replies_per_ticket_per_hour:
            return f"rate limit: {env.limits.replies_per_ticket_per_hour} mails per ticket per hour"
    for rcpt in mail.to:
        if _sent_to_address_since(session, rcpt, hour_ago) >= env.limits.replies_per_address_per_hour:
            return f"rate limit: {env.limits.replies_per_address_per_hour} mails to {rcpt} per hour"
    return None


def enqueue(
    session: Session,
    mail: OutgoingMail,
    *,
    ticket: Ticket | None,
    env: SendEnv,
    now: datetime,
    source: str = "",
    actor: str = "mailbot",
) -> Outbox | None:
    """Render ``mail`` and add it to the outbox in the caller's transaction; None if it was held back."""
    reason = _blocked(session, mail, ticket, env, now)
    rma = ticket.rma if ticket is not None else None
    if reason:
        log.warning("not queued %s for %s: %s", mail.template, rma or ",".join(mail.to), reason)
        if ticket is not None and ticket.id is not None:
            session.add(
                Event(
                    ticket_id=ticket.id,
                    at=now,
                    actor=actor,
                    kind="mail_held",
                    detail={"template": mail.template, "to": list(mail.to), "reason": reason},
                )
            )
        return None
    message_id = env.make_message_id(rma, mail.to[0] if mail.to else "")
    context: dict[str, Any] = {**env.base_context, "rma": rma or "", "sender_name": env.sender_name}
    if ticket is not None and env.ticket_context is not None:
        context.update(env.ticket_context(ticket))
    sender = env.source_senders.get(source, env.sender)  # answer from the inbox the mail came to
    rendered = env.renderer.render(mail, context, sender=sender, message_id=message_id, now=now, rma=rma)
    raw = rendered.message.as_bytes(policy=_policy_for(rendered.subject))
    recipients = list(mail.to) + list(mail.cc)
    row = Outbox(
        ticket_id=ticket.id if ticket else None,
        message_id=message_id,
        template=mail.template,
        sender=sender,
        recipients=recipients,
        to_address=recipients[0].lower() if recipients else "",
        external=not all(env.is_internal(r) for r in recipients),
        subject=rendered.subject,
        raw=raw,
        source=source,
        status="queued",
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    session.add(
        Message(
            ticket_id=ticket.id if ticket else None,
            direction="out",
            message_id=message_id,
            in_reply_to=mail.in_reply_to,
            references=list(mail.references),
            sender=sender,
            recipients=recipients,
            subject=rendered.subject,
            text=rendered.message.get_body(("plain",)).get_content(),  # type: ignore[union-attr]
            source=source,
            kind=mail.template,
            status="queued",
            created_at=now,
        )
    )
    return row


# While one worker sends a mail, its row is leased: status "sending", not due again until the lease ends.
# A worker that dies mid-send leaves the row "sending"; after the lease it is sent once more, with the
# same bytes and Message-ID (a receiver that saw the first copy drops the second by its Message-ID).
LEASE = timedelta(minutes=10)
DUE = ("queued", "sending")


def claim_next(session: Session, now: datetime, after_id: int) -> Outbox | None:
    """Claim the next due row after ``after_id`` for this worker, or None when nothing is due.

    The claim is one conditional UPDATE that records the attempt and marks the row "sending", committed
    before anything is said to the relay: on PostgreSQL and SQLite alike exactly one of several racing
    workers (or threads) sees it change a row, so a mail is handed to the transport once per lease."""
    while True:
        candidate = session.exec(
            select(Outbox.id, Outbox.status)
            .where(col(Outbox.status).in_(DUE), col(Outbox.next_attempt_at) <= now, col(Outbox.id) > after_id)
            .order_by(col(Outbox.id))
            .limit(1)
        ).first()
        if candidate is None:
            return None
        row_id, status = candidate
        claimed = session.execute(
            update(Outbox)
            .where(
                col(Outbox.id) == row_id,
                col(Outbox.status) == status,
                col(Outbox.next_attempt_at) <= now,
            )
            .values(next_attempt_at=now + LEASE, attempts=Outbox.attempts + 1, status="sending")
        )
        session.commit()
        if claimed.rowcount == 1:
            if status == "sending":
                log.warning("outbox row %s was interrupted mid-send; sending it once more", row_id)
            return session.get(Outbox, row_id, populate_existing=True)
        after_id = row_id or after_id  # another worker took it


def claim_batch(session: Session, now: datetime, after_id: int, limit: int) -> list[Outbox]:
    """Claim up to ``limit`` due rows after ``after_id`` with one UPDATE ... RETURNING and one commit:
    rows another worker claimed first are simply not returned. Each row is still recorded as sent on
    its own as soon as the relay accepts it, so a crash repeats at most the mail in hand."""
    due = (
        select(Outbox.id)
        .where(col(Outbox.status).in_(DUE), col(Outbox.next_attempt_at) <= now, col(Outbox.id) > after_id)
        .order_by(col(Outbox.id))
        .limit(limit)
    )
    ids = [i for i in session.exec(due).all() if i is not None]
    if not ids:
        return []
    interrupted = session.exec(select(Outbox.id).where(col(Outbox.id).in_(ids), Outbox.status == "sending")).all()
    claimed = session.execute(
        update(Outbox)
        .where(col(Outbox.id).in_(ids), col(Outbox.status).in_(DUE), col(Outbox.next_attempt_at) <= now)
        .values(next_attempt_at=now + LEASE, attempts=Outbox.attempts + 1, status="sending")
        .returning(col(Outbox.id))
    )
    mine = sorted(claimed.scalars().all())
    session.commit()
    for row_id in set(interrupted) & set(mine):
        log.warning("outbox row %s was interrupted mid-send; sending it once more", row_id)
    rows = session.exec(
        select(Outbox)
        .where(col(Outbox.id).in_(mine))
        .order_by(col(Outbox.id))
        .execution_options(populate_existing=True)
    ).all()
    return list(rows)


def record_status(session: Session, row: Outbox, status: str) -> None:
    msg = session.exec(select(Message).where(Message.direction == "out", Message.message_id == row.message_id)).first()
    if msg is not None:
        msg.status = status
        session.add(msg)

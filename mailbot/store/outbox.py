"""The persistent outbox: every outgoing mail is a row first; delivery retries until accepted or given up."""

from __future__ import annotations

import email.policy
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from mailbot.config import Limits
from mailbot.mail.recipients import deliverable
from mailbot.mail.render import Renderer
from mailbot.store.db import changed_rows
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


RATE_WINDOW = timedelta(hours=1)


def _slots(session: Session, since: datetime, *conditions: Any) -> list[datetime]:
    """When the counted mails go (or went) out: their ``created_at``, which a deferred row sets to its slot."""
    query = select(Outbox.created_at).where(Outbox.created_at >= since, Outbox.status != "held", *conditions)
    return sorted(session.exec(query).all())


def _first_free(times: list[datetime], limit: int, now: datetime) -> datetime:
    """The first moment at which one more mail keeps at most ``limit`` in any window of one hour."""
    if len(times) < limit:
        return now
    return max(now, times[-1], times[-limit] + RATE_WINDOW + timedelta(seconds=1))


def _not_before(session: Session, mail: OutgoingMail, ticket: Ticket | None, env: SendEnv, now: datetime) -> datetime:
    """When this mail may go: now, or later when a rate limit is reached (deferred, never dropped).

    The rate limits stop a storm towards a peer outside (a loop with an unmarked auto-responder) by
    spreading it out; mail to our own staff is never held back by them."""
    if all(env.is_internal(r) for r in (*mail.to, *mail.cc)):
        return now
    since = now - RATE_WINDOW
    when = now
    if ticket is not None and ticket.id is not None:
        times = _slots(session, since, Outbox.ticket_id == ticket.id, Outbox.external)
        when = max(when, _first_free(times, env.limits.replies_per_ticket_per_hour, now))
    for rcpt in mail.to:
        times = _slots(session, since, Outbox.to_address == rcpt.lower())
        when = max(when, _first_free(times, env.limits.replies_per_address_per_hour, now))
    return when


def _hold_event(session: Session, ticket: Ticket | None, actor: str, now: datetime, kind: str, **detail: Any) -> None:
    if ticket is not None and ticket.id is not None:
        session.add(Event(ticket_id=ticket.id, at=now, actor=actor, kind=kind, detail=detail))


def _checked_recipients(
    session: Session, mail: OutgoingMail, ticket: Ticket | None, actor: str, now: datetime
) -> tuple[OutgoingMail, list[str]]:
    """The mail without recipients that are not addresses or suppressed Cc's; and its suppressed To's.

    Every recipient is checked: a permanently bounced Cc is left out, a permanently bounced To holds the mail."""
    kept_to = [r for r in mail.to if deliverable(r)]
    kept_cc = [r for r in mail.cc if deliverable(r)]
    bad = [r for r in (*mail.to, *mail.cc) if not deliverable(r)]
    if bad:
        log.warning("%s: not addresses, left out: %s", mail.template, bad)
        _hold_event(
            session, ticket, actor, now, "recipient_dropped", template=mail.template, to=bad, reason="not an address"
        )
    suppressed_cc = [r for r in kept_cc if session.get(Suppression, r.lower()) is not None]
    if suppressed_cc:
        kept_cc = [r for r in kept_cc if r not in suppressed_cc]
        _hold_event(
            session,
            ticket,
            actor,
            now,
            "recipient_dropped",
            template=mail.template,
            to=suppressed_cc,
            reason="suppressed",
        )
    suppressed_to = [r for r in kept_to if session.get(Suppression, r.lower()) is not None]
    return replace(mail, to=tuple(kept_to), cc=tuple(kept_cc)), suppressed_to


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
    """Render ``mail`` and add it to the outbox in the caller's transaction.

    Nothing a customer should get is dropped: over a rate limit the row waits for its slot; to a suppressed
    address it is held until that address writes again (``release_held``). None only when no recipient is
    an address at all."""
    rma = ticket.rma if ticket is not None else None
    mail, suppressed = _checked_recipients(session, mail, ticket, actor, now)
    if not mail.to:
        log.warning("not queued %s for %s: no recipient is an address", mail.template, rma or "-")
        _hold_event(session, ticket, actor, now, "mail_held", template=mail.template, to=[], reason="no address")
        return None
    status, when, reason = "queued", _not_before(session, mail, ticket, env, now), ""
    if suppressed:
        status, reason = "held", f"recipient {', '.join(suppressed)} is suppressed after a permanent bounce"
    elif when > now:
        reason = f"rate limit: deferred to {when.isoformat()}"
    if reason:
        log.warning("%s %s for %s: %s", status, mail.template, rma or ",".join(mail.to), reason)
        _hold_event(session, ticket, actor, now, "mail_held", template=mail.template, to=list(mail.to), reason=reason)
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
        status=status,
        next_attempt_at=when,
        created_at=when,  # a deferred row counts against the rate limit in the hour it goes out
        last_error=reason,
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
            status=status,
            created_at=now,
        )
    )
    return row


# While one worker sends a mail, its row is leased: status "sending", not due again until the lease ends.
# A worker that dies mid-send leaves the row "sending"; after the lease it is sent once more, with the
# same bytes and Message-ID (a receiver that saw the first copy drops the second by its Message-ID).
LEASE = timedelta(minutes=10)
INTERRUPTED = "interrupted mid-send"  # last_error of a row claimed again after a worker died sending it
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
        claimed = changed_rows(
            session,
            update(Outbox)
            .where(col(Outbox.id) == row_id, col(Outbox.status) == status, col(Outbox.next_attempt_at) <= now)
            .values(next_attempt_at=now + LEASE, attempts=Outbox.attempts + 1, status="sending"),
        )
        session.commit()
        if claimed == 1:
            if status == "sending":
                log.warning(
                    "outbox row %s was interrupted mid-send; sending it once more unless already delivered", row_id
                )
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
    interrupted = session.exec(select(Outbox.id).where(col(Outbox.id).in_(ids), col(Outbox.status) == "sending")).all()
    claimed = session.execute(
        update(Outbox)
        .where(col(Outbox.id).in_(ids), col(Outbox.status).in_(DUE), col(Outbox.next_attempt_at) <= now)
        .values(next_attempt_at=now + LEASE, attempts=Outbox.attempts + 1, status="sending")
        .returning(col(Outbox.id))
    )
    mine = sorted(claimed.scalars().all())
    cut_short = sorted(i for i in set(interrupted) & set(mine) if i is not None)
    if cut_short:  # said on the row, so the sender can first look for a copy the relay already took
        session.execute(update(Outbox).where(col(Outbox.id).in_(cut_short)).values(last_error=INTERRUPTED))
    session.commit()
    for row_id in cut_short:
        log.warning("outbox row %s was interrupted mid-send; sending it once more unless already delivered", row_id)
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


def release_held(session: Session, address: str, now: datetime) -> int:
    """Mails held for a suppressed ``address`` go out now that it wrote again (none still suppressed)."""
    released = 0
    for row in session.exec(select(Outbox).where(Outbox.status == "held")).all():
        rcpts = [r.lower() for r in row.recipients]
        if address.lower() not in rcpts or any(session.get(Suppression, r) is not None for r in rcpts):
            continue
        row.status, row.next_attempt_at, row.created_at, row.last_error = "queued", now, now, ""
        session.add(row)
        record_status(session, row, "queued")
        released += 1
    return released

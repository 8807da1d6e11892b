"""The persistent outbox: every outgoing mail is a row first; delivery retries until accepted or given up.

Replies a mail causes are not rendered in that mail's transaction (``enqueue(..., later=True)``): the
transaction writes the row as "render" with what rendering needs — the OutgoingMail, the template
context with the ticket as it stands in that transaction, the Message-ID, the sender and the time —
and ``render_pending`` renders it after the commit, checks the rate limits, and turns it "queued" (or
"held", or "failed" when its template cannot be rendered). So the write lock is held for inserts only,
not for Jinja, MIME and the rate-limit counts.

Why render after the commit rather than before the transaction: what a reply says (and whether there is
one, and the RMA number in it) is decided from the ticket read under its row lock inside the
transaction; rendering before would mean deciding twice. Whether a To is suppressed (a permanent
bounce) is checked at rendering too, so a "render" row sees a suppression lifted or set since.

A crash between the commit and the rendering loses nothing: the row is in the database with its
inputs, delivery never claims a "render" row, and the next pass (``render_pending`` at its start)
renders it — once, since each row leaves "render" by a conditional UPDATE that only one renderer wins,
and the Message-ID was fixed in the transaction. The inputs are pickled: they are Python values (frozen
dataclasses, dates) written and read back only by this program in its own database; a payload that
cannot be read back (the code changed in between) marks the row "failed" with the reason, visible in
the outbox, never silently dropped. Rate limits checked outside the write lock can, with several
workers rendering at the same instant, let one mail more through in an hour; they damp loops and
storms, they are not a quota.
"""

from __future__ import annotations

import logging
import pickle
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, or_, update
from sqlmodel import Session, col, select

from mailbot.config import Limits
from mailbot.mail.recipients import deliverable
from mailbot.mail.render import Renderer
from mailbot.store.db import SessionFactory, changed_rows
from mailbot.store.later import add_row
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


def random_message_id(rma: str | None, domain: str) -> str:
    token = secrets.token_hex(12)
    return f"{rma.lower()}.{token}@{domain}" if rma else f"mailbot.{token}@{domain}"


RATE_WINDOW = timedelta(hours=1)
RENDER = "render"  # status of a row whose mail is rendered after the transaction that wrote it


def _recent(session: Session, since: datetime, ticket_id: int | None, addresses: list[str]) -> list[Any]:
    """The mails a new one's rate limits count, in one query: those of its ticket that went outside and
    those to any of its addresses since ``since``, as (ticket_id, to_address, external, created_at).
    ``created_at`` is when a counted mail goes (or went) out: a deferred row sets it to its slot."""
    towards: list[ColumnElement[bool]] = [col(Outbox.to_address).in_(addresses)] if addresses else []
    if ticket_id is not None:
        towards.append(and_(col(Outbox.ticket_id) == ticket_id, col(Outbox.external)))
    if not towards:
        return []
    query = select(Outbox.ticket_id, Outbox.to_address, Outbox.external, Outbox.created_at).where(
        Outbox.created_at >= since, col(Outbox.status).not_in(("held", RENDER)), or_(*towards)
    )
    return list(session.exec(query).all())


@dataclass
class Known:
    """Suppressions and recent mails for a batch of mails whose recipients and tickets are known beforehand
    (the reminder sweep), read by two queries for the whole batch instead of two per mail.

    Mutable on purpose: each mail queued through it is added to ``recent``, so the next ones' rate limits
    count it as the database would. A mail whose savepoint is rolled back afterwards stays counted: the
    rest of the batch is deferred, never hurried, by it. Valid for one transaction only."""

    since: datetime
    addresses: frozenset[str]
    ticket_ids: frozenset[int]
    blocked: frozenset[str]
    recent: list[tuple[int | None, str, bool, datetime]]

    def covers(self, addresses: set[str], ticket_id: int | None) -> bool:
        return addresses <= self.addresses and (ticket_id is None or ticket_id in self.ticket_ids)


def known_for(session: Session, now: datetime, addresses: set[str], ticket_ids: set[int]) -> Known:
    """Read once what the rate limits and suppressions of mails to ``addresses`` on ``ticket_ids`` need."""
    since = now - RATE_WINDOW
    addresses = {a.lower() for a in addresses}
    towards: list[ColumnElement[bool]] = []
    if addresses:
        towards.append(col(Outbox.to_address).in_(addresses))
    if ticket_ids:
        towards.append(and_(col(Outbox.ticket_id).in_(ticket_ids), col(Outbox.external)))
    recent: list[tuple[int | None, str, bool, datetime]] = []
    if towards:
        query = select(Outbox.ticket_id, Outbox.to_address, Outbox.external, Outbox.created_at).where(
            Outbox.created_at >= since, col(Outbox.status).not_in(("held", RENDER)), or_(*towards)
        )
        recent = [(t, a, e, at) for t, a, e, at in session.exec(query).all()]
    return Known(since, frozenset(addresses), frozenset(ticket_ids), _suppressed(session, addresses), recent)


def _first_free(times: list[datetime], limit: int, now: datetime) -> datetime:
    """The first moment at which one more mail keeps at most ``limit`` in any window of one hour."""
    if len(times) < limit:
        return now
    return max(now, times[-1], times[-limit] + RATE_WINDOW + timedelta(seconds=1))


@dataclass(frozen=True)
class _Slot:
    """A mail rendered in this round but not written yet: the next ones' rate limits count it."""

    ticket_id: int | None
    to_address: str
    external: bool
    when: datetime


def _not_before(
    session: Session,
    mail: OutgoingMail,
    ticket_id: int | None,
    env: SendEnv,
    now: datetime,
    unwritten: tuple[_Slot, ...] = (),
    known: Known | None = None,
) -> datetime:
    """When this mail may go: now, or later when a rate limit is reached (deferred, never dropped).

    The rate limits stop a storm towards a peer outside (a loop with an unmarked auto-responder) by
    spreading it out; mail to our own staff is never held back by them."""
    if all(env.is_internal(r) for r in (*mail.to, *mail.cc)):
        return now
    since = now - RATE_WINDOW
    when = now
    addresses = [r.lower() for r in mail.to]
    if known is not None and known.since <= since and known.covers(set(addresses), ticket_id):
        # Read for a batch whose mails' clocks differ a little: keep what this mail's window counts.
        recent = [r for r in known.recent if (r[0] == ticket_id or r[1] in addresses) and r[3] >= since]
    else:
        recent = _recent(session, since, ticket_id, addresses)
    if ticket_id is not None:
        times = [at for tid, _, external, at in recent if tid == ticket_id and external]
        times = sorted([*times, *(u.when for u in unwritten if u.ticket_id == ticket_id and u.external)])
        when = max(when, _first_free(times, env.limits.replies_per_ticket_per_hour, now))
    for rcpt in addresses:
        times = [at for _, to, _, at in recent if to == rcpt]
        times = sorted([*times, *(u.when for u in unwritten if u.to_address == rcpt and u.when >= since)])
        when = max(when, _first_free(times, env.limits.replies_per_address_per_hour, now))
    return when


def _hold_event(session: Session, ticket: Ticket | None, actor: str, now: datetime, kind: str, **detail: Any) -> None:
    if ticket is not None and ticket.id is not None:
        add_row(session, Event, {"ticket_id": ticket.id, "at": now, "actor": actor, "kind": kind, "detail": detail})


def _suppressed(session: Session, addresses: set[str]) -> frozenset[str]:
    """Which of ``addresses`` (lower case) are suppressed after a permanent bounce, in one query."""
    if not addresses:
        return frozenset()
    return frozenset(session.exec(select(Suppression.email).where(col(Suppression.email).in_(addresses))))


def _checked_recipients(
    session: Session,
    mail: OutgoingMail,
    ticket: Ticket | None,
    actor: str,
    now: datetime,
    blocked: frozenset[str],
) -> OutgoingMail:
    """The mail without recipients that are not addresses or suppressed Cc's.

    Every recipient is checked: a permanently bounced Cc is left out here; a permanently bounced To
    holds the mail when it is rendered (``_rendered``)."""
    kept_to = [r for r in mail.to if deliverable(r)]
    kept_cc = [r for r in mail.cc if deliverable(r)]
    bad = [r for r in (*mail.to, *mail.cc) if not deliverable(r)]
    if bad:
        log.warning("%s: not addresses, left out: %s", mail.template, bad)
        _hold_event(
            session, ticket, actor, now, "recipient_dropped", template=mail.template, to=bad, reason="not an address"
        )
    suppressed_cc = [r for r in kept_cc if r.lower() in blocked]
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
    return replace(mail, to=tuple(kept_to), cc=tuple(kept_cc))


@dataclass(frozen=True)
class Queued:
    """A mail queued to be rendered after the commit: what threading the next reply needs of it."""

    message_id: str
    sender: str
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class PendingMail:
    """What rendering a "render" row needs, fixed in the transaction that wrote the row."""

    mail: OutgoingMail
    context: dict[str, Any]
    rma: str | None
    now: datetime


def enqueue(
    session: Session,
    mail: OutgoingMail,
    *,
    ticket: Ticket | None,
    env: SendEnv,
    now: datetime,
    source: str = "",
    actor: str = "mailbot",
    later: bool = False,
    known: Known | None = None,
) -> Outbox | Queued | None:
    """Add ``mail`` to the outbox in the caller's transaction, rendered now or (``later``) after its commit.

    Nothing a customer should get is dropped: over a rate limit the row waits for its slot; to a suppressed
    address it is held until that address writes again (``release_held``). None only when no recipient is
    an address at all. A ``later`` row is "render" until ``render_pending`` renders it; its Message-ID is
    recorded in ``session.info["to_render"]`` so the caller can render it right after committing, and what
    is returned is only what the caller may need of it (``Queued``), not the row."""
    rma = ticket.rma if ticket is not None else None
    # The Cc's are checked here; the To's when the mail is rendered: now, or after the commit (``later``),
    # when this lookup would be wasted (a "render" row looks its To's up again).
    addresses = {r.lower() for r in (*(() if later else mail.to), *mail.cc)}
    ticket_id = ticket.id if ticket else None
    if known is not None and known.covers(addresses, ticket_id):
        blocked = known.blocked & addresses
    else:
        blocked = _suppressed(session, addresses)
    mail = _checked_recipients(session, mail, ticket, actor, now, blocked)
    if not mail.to:
        log.warning("not queued %s for %s: no recipient is an address", mail.template, rma or "-")
        _hold_event(session, ticket, actor, now, "mail_held", template=mail.template, to=[], reason="no address")
        return None
    message_id = env.make_message_id(rma, mail.to[0] if mail.to else "")
    context: dict[str, Any] = {**env.base_context, "rma": rma or "", "sender_name": env.sender_name}
    if ticket is not None and env.ticket_context is not None:
        context.update(env.ticket_context(ticket))
    sender = env.source_senders.get(source, env.sender)  # answer from the inbox the mail came to
    recipients = list(mail.to) + list(mail.cc)
    pending = PendingMail(mail=mail, context=context, rma=rma, now=now)
    row_values: dict[str, Any] = {
        "ticket_id": ticket_id,
        "message_id": message_id,
        "template": mail.template,
        "sender": sender,
        "recipients": recipients,
        "to_address": recipients[0].lower() if recipients else "",
        "external": not all(env.is_internal(r) for r in recipients),
        "raw": b"",
        "source": source,
        "status": RENDER,
        "next_attempt_at": now,
        "created_at": now,
    }
    out_values: dict[str, Any] = {
        "ticket_id": ticket_id,
        "direction": "out",
        "message_id": message_id,
        "in_reply_to": mail.in_reply_to,
        "references": list(mail.references),
        "sender": sender,
        "recipients": recipients,
        "subject": "",
        "text": "",
        "source": source,
        "kind": mail.template,
        "status": RENDER,
        "created_at": now,
    }
    if later:
        # Nothing in this transaction needs these rows back as objects: in a session that keeps rows
        # they go to the database with the batch's others (mailbot.store.later).
        row_values["pending"] = pickle.dumps(pending, protocol=pickle.HIGHEST_PROTOCOL)
        session.info.setdefault("to_render", []).append(message_id)
        add_row(session, Outbox, row_values)
        add_row(session, Message, out_values)
        return Queued(message_id=message_id, sender=sender, recipients=tuple(recipients))
    row, out = Outbox(**row_values), Message(**out_values)
    result = _rendered(session, row, pending, ticket_id, env, actor, blocked=blocked, known=known)
    _fill(session, row, out, result)
    if known is not None and result.status not in ("held", RENDER):  # the next mails count this one
        known.recent.append((row.ticket_id, row.to_address, row.external, result.when))
    session.add(row)
    session.add(out)
    return row


@dataclass(frozen=True)
class _Result:
    """A rendered row's new columns (or its failure), computed before anything is written."""

    status: str
    when: datetime
    reason: str
    subject: str = ""
    raw: bytes = b""
    text: str = ""
    held: Event | None = None  # the ticket's "mail_held" event, added with the row's new state


def _rendered(
    session: Session,
    row: Outbox,
    pending: PendingMail,
    ticket_id: int | None,
    env: SendEnv,
    actor: str,
    unwritten: tuple[_Slot, ...] = (),
    blocked: frozenset[str] | None = None,
    known: Known | None = None,
) -> _Result:
    """Suppressed To's and rate limits checked (as they stand now), the mail rendered; nothing written.

    ``blocked``: the suppressed addresses among the recipients, when the caller looked them up at once."""
    mail, now = pending.mail, pending.now
    status, when, reason = "queued", now, ""
    if blocked is None:
        suppressed = [r for r in mail.to if session.get(Suppression, r.lower()) is not None]
    else:
        suppressed = [r for r in mail.to if r.lower() in blocked]
    if suppressed:
        status, reason = "held", f"recipient {', '.join(suppressed)} is suppressed after a permanent bounce"
    else:
        when = _not_before(session, mail, ticket_id, env, now, unwritten, known)
        if when > now:
            reason = f"rate limit: deferred to {when.isoformat()}"
    held = None
    if reason:
        log.warning("%s %s for %s: %s", status, mail.template, pending.rma or ",".join(mail.to), reason)
        if ticket_id is not None:
            detail = {"template": mail.template, "to": list(mail.to), "reason": reason}
            held = Event(ticket_id=ticket_id, at=now, actor=actor, kind="mail_held", detail=detail)
    rendered = env.renderer.render(
        mail, pending.context, sender=row.sender, message_id=row.message_id, now=now, rma=pending.rma
    )
    return _Result(
        status=status,
        when=when,
        reason=reason,
        subject=rendered.subject,
        raw=rendered.raw,
        text=rendered.text,
        held=held,
    )


def _fill(session: Session, row: Outbox, out: Message, result: _Result) -> None:
    """A row rendered in the transaction that writes it (``enqueue`` without ``later``)."""
    row.status, row.next_attempt_at, row.created_at, row.last_error = (
        result.status,
        result.when,
        result.when,
        result.reason,
    )
    row.subject, row.raw = result.subject, result.raw
    out.subject, out.text, out.status = result.subject, result.text, result.status
    if result.held is not None:
        session.add(result.held)


def render_pending(
    sessions: SessionFactory, env: SendEnv, message_ids: list[str] | None = None, limit: int = 500
) -> int:
    """Render "render" rows (those of ``message_ids``, or any), in id order; how many this call rendered.

    Reading, rate-limit counting and rendering happen before the first write; the rows are then set in
    one short transaction, each by an UPDATE that only changes a row still "render" (a racing renderer
    of the same row loses and writes nothing)."""
    if message_ids is not None and not message_ids:
        return 0
    query = select(Outbox).where(Outbox.status == RENDER).order_by(col(Outbox.id)).limit(limit)
    if message_ids is not None:
        query = query.where(col(Outbox.message_id).in_(message_ids))
    with sessions() as session:
        rows = list(session.exec(query).all())
        if not rows:
            return 0
        pendings = [_pending_of(row) for row in rows]
        # The suppressions and the mails the rate limits count, read once for the whole batch (two
        # queries, not one per mail); the rows rendered here are added as ``unwritten`` slots.
        addresses = {r.lower() for row in rows for r in row.recipients}
        tickets = {row.ticket_id for row in rows if row.ticket_id is not None}
        clocks = [p.now for p in pendings if isinstance(p, PendingMail)]
        known = known_for(session, min(clocks, default=min(row.created_at for row in rows)), addresses, tickets)
        results: list[tuple[Outbox, _Result]] = []
        unwritten: list[_Slot] = []
        for row, pending in zip(rows, pendings, strict=True):
            result = _render_row(session, row, pending, env, tuple(unwritten), known)
            results.append((row, result))
            if result.status == "queued":  # the next rows' rate limits count this one in its slot
                unwritten.append(_Slot(row.ticket_id, row.to_address, row.external, result.when))
        # One UPDATE claims the rows still "render" (a racing renderer of the same rows waits for this
        # transaction and then finds them taken); the rows won are then set by one statement per table.
        claim = (
            update(Outbox)
            .where(col(Outbox.id).in_([row.id for row, _ in results]), col(Outbox.status) == RENDER)
            .values(pending=None)
            .returning(col(Outbox.id))
            .execution_options(synchronize_session=False)
        )
        won = set(session.execute(claim).scalars().all())
        mine = [(row, result) for row, result in results if row.id in won]
        if mine:
            conn = session.connection()
            conn.execute(_SET_ROW, [_row_values(row, result) for row, result in mine])
            conn.execute(_SET_MESSAGE, [_message_values(row, result) for row, result in mine])
            session.add_all([result.held for _, result in mine if result.held is not None])
        session.commit()
    return len(mine)


# One statement each, built once and run for all the rows at once (executemany).
_SET_ROW = (
    update(Outbox)
    .where(col(Outbox.id) == bindparam("o_id"), col(Outbox.status) == RENDER)
    .values(
        status=bindparam("o_status"),
        next_attempt_at=bindparam("o_when"),
        created_at=bindparam("o_when"),
        last_error=bindparam("o_reason"),
        subject=bindparam("o_subject"),
        raw=bindparam("o_raw"),
        pending=None,
    )
    .execution_options(synchronize_session=False)
)
_SET_MESSAGE = (
    update(Message)
    .where(col(Message.direction) == "out", col(Message.message_id) == bindparam("m_id"))
    .values(subject=bindparam("m_subject"), text=bindparam("m_text"), status=bindparam("m_status"))
    .execution_options(synchronize_session=False)
)


def _message_values(row: Outbox, result: _Result) -> dict[str, Any]:
    return {"m_id": row.message_id, "m_subject": result.subject, "m_text": result.text, "m_status": result.status}


def _row_values(row: Outbox, result: _Result) -> dict[str, Any]:
    return {
        "o_id": row.id,
        "o_status": result.status,
        "o_when": result.when,
        "o_reason": result.reason,
        "o_subject": result.subject,
        "o_raw": result.raw,
    }


def _pending_of(row: Outbox) -> PendingMail | Exception:
    """The inputs a "render" row was written with, or why they cannot be read back."""
    try:
        pending = pickle.loads(row.pending or b"")
    except Exception as exc:
        return exc
    if not isinstance(pending, PendingMail):
        return TypeError(f"not a pending mail: {type(pending).__name__}")
    return pending


def _render_row(
    session: Session,
    row: Outbox,
    pending: PendingMail | Exception,
    env: SendEnv,
    unwritten: tuple[_Slot, ...],
    known: Known,
) -> _Result:
    try:
        if isinstance(pending, Exception):
            raise pending
        return _rendered(session, row, pending, row.ticket_id, env, "mailbot", unwritten, known.blocked, known)
    except Exception as exc:
        reason = f"could not be rendered: {type(exc).__name__}: {exc}"
        log.error("outbox row %s (%s): %s", row.id, row.template, reason)
        return _Result(status="failed", when=row.created_at, reason=reason)


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


def release_claimed(session: Session, ids: list[int], lease_end: datetime, now: datetime) -> int:
    """Hand back rows claimed (with lease ``lease_end``) and not attempted: due again at ``now``, the attempt
    not counted; committed. Only rows still under that lease: one whose lease ran out may be another
    worker's since. How many were handed back."""
    if not ids:
        return 0
    released = changed_rows(
        session,
        update(Outbox)
        .where(col(Outbox.id).in_(ids), col(Outbox.status) == "sending", col(Outbox.next_attempt_at) == lease_end)
        .values(status="queued", next_attempt_at=now, attempts=Outbox.attempts - 1)
        .execution_options(synchronize_session=False),
    )
    session.commit()
    return released


def record_status(session: Session, row: Outbox, status: str) -> None:
    """Say ``status`` on the sent-mail record of ``row`` (its Message row), without loading it."""
    record_statuses(session, {status: [row.message_id]})


def record_statuses(session: Session, by_status: Mapping[str, list[str]]) -> None:
    """Say each status on the sent-mail records of its Message-IDs: one UPDATE per status, no row loaded
    (a batch of deliveries used to load each record in full only to change one column)."""
    for status, message_ids in by_status.items():
        if message_ids:
            session.execute(
                update(Message)
                .where(col(Message.direction) == "out", col(Message.message_id).in_(message_ids))
                .values(status=status)
            )


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

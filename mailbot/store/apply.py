"""Carry out a Decision: ticket, message, attachments, events, deadlines and replies in the caller's transaction."""

from __future__ import annotations

import contextlib
import logging
import traceback
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlmodel import Session, col, select

from mailbot.store.blobs import BlobStore
from mailbot.store.clean import scrub_values
from mailbot.store.db import loaded, saved_id
from mailbot.store.later import (
    KeptId,
    add_row,
    add_row_with_id,
    complete_row,
    keeps_rows,
    mark_new,
    write_kept_if_any,
)
from mailbot.store.models import AttachmentRow, Deadline, Event, Message, Ticket
from mailbot.store.outbox import SendEnv, enqueue
from mailbot.store.tickets import allocate_rma, hand_over_deadlines, issue_rma_number, set_status
from mailbot.values import (
    DeadlineSpec,
    Decision,
    Extraction,
    InboundMail,
    Outcome,
    OutgoingMail,
    RawMail,
)
from mailbot.workflow.states import HAS_RMA

log = logging.getLogger(__name__)
LIST_FIELDS = ("order_numbers", "serial_numbers", "product_models", "tracking_numbers", "participants")


class DeadlineHooks(Protocol):
    """The reminder engine's side of a ticket change (see mailbot.schedule.reminders)."""

    def start(self, session: Session, ticket: Ticket, spec: DeadlineSpec, now: datetime) -> None: ...

    def finish(self, session: Session, ticket: Ticket, awaited: tuple[str, ...], now: datetime) -> None: ...


@dataclass(frozen=True)
class ApplyEnv:
    """Everything ``apply`` needs besides the session and the mail."""

    blobs: BlobStore
    send: SendEnv
    rma_format: str
    max_attachments: int
    max_mail_bytes: int = 25 * 1024 * 1024
    deadlines: DeadlineHooks | None = None
    zone: ZoneInfo | None = None  # the business calendar's zone (None: UTC): the RMA year is the office's year
    request_format: str = ""  # "": tickets get their RMA number when opened


@dataclass(frozen=True)
class StoredMail:
    """What the rest of ``apply`` needs of an inbound mail's row, as stored."""

    id: int | KeptId  # KeptId: the row is kept and written with the batch's others (``mailbot.store.later``)
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    references: tuple[str, ...]


_INSERT_MESSAGE = insert(Message.__table__)  # type: ignore[attr-defined]


def store_inbound(
    session: Session,
    raw: RawMail,
    mail: InboundMail,
    env: ApplyEnv,
    *,
    now: datetime,
    ticket_id: int | None,
    status: str,
    reason: str = "",
    found: Extraction | None = None,
) -> StoredMail:
    """Keep the raw bytes and the message row (plus attachments): nothing that arrived is ever lost.

    The row is written by a Core INSERT, not as an ORM object: nothing in the transaction changes it
    afterwards, and the model object and its unit of work cost several times the INSERT itself. In a
    session that keeps rows (``mailbot.store.later``, the ingest of a batch) the row is kept with the
    others, in the order it came (a ticket's mails keep their order), and the batch's inbound rows go in
    one INSERT ... RETURNING with its outgoing ones; the events and attachments that name it get its id
    then. The unique (direction, message_id) key then fires for a concurrent duplicate at that INSERT,
    before the commit, and the batch is taken one mail at a time as before."""
    digest = env.blobs.put(raw.data)
    keeping = keeps_rows(session)
    if ticket_id is not None and not keeping:  # the ticket's mails sent before this one keep lower ids
        write_kept_if_any(session, Message, "ticket_id", ticket_id)
    earlier = _quarantined_row(session, mail.message_id)
    if earlier is not None:
        # Run again after quarantine: the processed row takes the quarantined one's place.
        session.delete(earlier)
        session.flush()
    values = complete_row(
        Message,
        {
            "ticket_id": ticket_id,
            "direction": "in",
            "message_id": mail.message_id,
            "in_reply_to": mail.in_reply_to,
            "references": list(mail.references),
            "sender": mail.sender.email if mail.sender else "",
            "recipients": [a.email for a in (*mail.to, *mail.cc)],
            "subject": mail.subject,
            "text": mail.text,
            "raw_sha256": digest,
            "source": raw.source,
            "kind": found.kind if found else None,
            "status": status,
            "reason": reason,
            "extraction": found.as_json() if found else {},
            "created_at": now,
        },
    )
    row_id: int | KeptId
    if keeping:
        row_id = add_row_with_id(session, Message, values, ("direction", "message_id"))
    else:
        # The unique (direction, message_id) key fires here for a concurrent duplicate.
        result = session.connection().execute(_INSERT_MESSAGE, values)
        (inserted,) = result.inserted_primary_key or (None,)
        assert inserted is not None
        row_id = int(inserted)
    msg = StoredMail(
        id=row_id,
        message_id=values["message_id"],
        sender=values["sender"],
        recipients=tuple(values["recipients"]),
        references=tuple(values["references"]),
    )
    dropped = set(attachments_not_kept(mail, env.max_attachments, env.max_mail_bytes))
    for index, att in enumerate(mail.attachments):
        kept = index not in dropped
        sha = env.blobs.put(att.payload) if kept else ""
        att_values = {
            "message_row_id": msg.id,
            "filename": att.filename,
            "content_type": att.content_type,
            "size": att.size,
            "sha256": sha,
            "kept": kept,
        }
        add_row(session, AttachmentRow, att_values)
    return msg


def attachments_not_kept(mail: InboundMail, max_count: int, max_bytes: int) -> list[int]:
    """Indexes of attachments past the count limit or past the total size limit (metadata only)."""
    dropped, total = [], 0
    for index, att in enumerate(mail.attachments):
        total += att.size
        if index >= max_count or total > max_bytes:
            dropped.append(index)
    return dropped


def _merged(name: str, current: object, value: object) -> object:
    """A field's value after an update: lists gain the new entries, ``data`` the new keys."""
    if name in LIST_FIELDS and isinstance(value, (list, tuple)) and isinstance(current, list):
        merged = list(current)
        merged += [v for v in value if v not in merged]
        return merged
    if name == "data" and isinstance(value, dict) and isinstance(current, dict):
        return {**current, **value}
    return value


def _merge(ticket: Ticket, updates: dict[str, object]) -> None:
    for name, value in updates.items():
        current = getattr(ticket, name) if name in LIST_FIELDS or name == "data" else None
        setattr(ticket, name, _merged(name, current, value))


def _open_ticket(session: Session, decision: Decision, env: ApplyEnv, now: datetime) -> Ticket:
    """The new ticket's row, written by one Core INSERT ... RETURNING whose row becomes the persistent ORM
    object (``loaded``): no model construction, no unit of work, and none of the ORM's bulk-insert
    bookkeeping, which cost about as much again as the INSERT itself."""
    email = str(decision.updates.get("customer_email", ""))
    status = decision.status or "new"
    request = bool(env.request_format) and status not in HAS_RMA
    number = (
        allocate_rma(session, env.request_format, now, env.zone, "req")
        if request
        else allocate_rma(session, env.rma_format, now, env.zone)
    )
    values: dict[str, object] = {
        "rma": number,
        "request_ref": number if request else None,
        "status": decision.status or "new",
        "customer_email": email,
        "customer_domain": email.rsplit("@", 1)[-1] if "@" in email else "",
        "created_at": now,
        "updated_at": now,
        "state_since": now,
    }
    row = complete_row(Ticket, values)
    for name, value in decision.updates.items():
        if name != "customer_email":
            if name not in row:
                raise AttributeError(f"a ticket has no field {name!r}")
            row[name] = _merged(name, row[name], value)
    scrub_values(Ticket.__table__, row)  # type: ignore[attr-defined]  # the updates made storable too
    ticket = loaded(session, Ticket, session.connection().execute(_INSERT_TICKET, row).one()._mapping)
    mark_new(session, Deadline, "ticket_id", ticket.id)  # a new ticket: no deadline to look up
    return ticket


_TICKET = Ticket.__table__  # type: ignore[attr-defined]
_INSERT_TICKET = insert(_TICKET).returning(*_TICKET.c)


def _starting_state(decision: Decision) -> str | None:
    """The state the decision's transition starts from (its event says), if it has one."""
    return next((e.from_state for e in decision.events if e.to_state == decision.status and e.from_state), None)


def change_ticket(
    session: Session,
    ticket: Ticket,
    decision: Decision,
    env: ApplyEnv,
    *,
    now: datetime,
    message_row_id: int | KeptId | None = None,
) -> None:
    """Fields, state, audit trail and deadlines of one decision, on a ticket row.

    Raises StaleTicket when the ticket is no longer in the state the decision started from."""
    if decision.action == "update":
        old_rep = ticket.assigned_rep
        _merge(ticket, decision.updates)
        if decision.status and decision.status != ticket.status:
            set_status(session, ticket, decision.status, now, expected=_starting_state(decision))
        if ticket.assigned_rep and ticket.assigned_rep != old_rep:
            hand_over_deadlines(session, ticket, old_rep, ticket.assigned_rep)
    if issue_rma_number(session, ticket, env.rma_format, now, env.zone):
        log.info("%s: RMA number %s issued", ticket.request_ref, ticket.rma)
    if ticket.updated_at != now:
        ticket.updated_at = now
    session.add(ticket)
    for spec in decision.events:
        values = {
            "ticket_id": saved_id(ticket),
            "at": now,
            "actor": spec.actor,
            "kind": spec.kind,
            "from_state": spec.from_state,
            "to_state": spec.to_state,
            "message_row_id": message_row_id,
            "detail": dict(spec.detail),
        }
        add_row(session, Event, values)
    if env.deadlines is not None:
        if decision.deadlines_done:
            env.deadlines.finish(session, ticket, decision.deadlines_done, now)
        for dl in decision.deadlines_start:
            env.deadlines.start(session, ticket, dl, now)


@dataclass(frozen=True)
class _Sent:
    """What threading a reply needs of one earlier mail on its ticket."""

    message_id: str
    sender: str
    recipients: tuple[str, ...]
    references: tuple[str, ...]


def _ticket_mails(session: Session, ticket_id: int | None) -> list[_Sent]:
    """The ticket's mails, newest first: the columns threading reads, not whole rows."""
    query = (
        select(Message.message_id, Message.sender, Message.recipients, Message.references)
        .where(Message.ticket_id == ticket_id)
        .order_by(col(Message.id).desc())
    )
    return [_Sent(m, s, tuple(r), tuple(f)) for m, s, r, f in session.exec(query).all()]


def _thread_under_last_mail(mails: list[_Sent], reply: OutgoingMail) -> OutgoingMail:
    """A mail a staff action causes answers the recipient's last mail on the ticket, so it threads."""
    rcpt = reply.to[0].lower()
    last = next((m for m in mails if m.sender == rcpt or rcpt in m.recipients), None)
    if last is None:
        return reply
    return replace(reply, in_reply_to=last.message_id, references=(*last.references[-10:], last.message_id))


def queue_replies(
    session: Session,
    decision: Decision,
    ticket: Ticket | None,
    env: ApplyEnv,
    *,
    now: datetime,
    source: str = "",
    later: bool = False,
    thread: list[_Sent] | None = None,
) -> tuple[str, ...]:
    """The decision's replies into the outbox; ``later``: rendered after the commit (see mailbot.store.outbox).

    ``thread``: the ticket's mails, newest first, when the caller knows them all (a ticket it opened)."""
    queued = []
    mails = thread  # the ticket's mails, read once when a reply first needs them
    # "render" rows wait in the session and go to the database together with the next flush: what this
    # loop reads (the ticket's mails, suppressed Cc's) was flushed before it (``store_inbound``) or is
    # kept in ``mails``. Rows rendered now (not ``later``) count in the next ones' rate limits, read
    # from the database, so they are flushed as they come.
    with session.no_autoflush if later else contextlib.nullcontext():
        for reply in decision.replies:
            if not reply.in_reply_to and ticket is not None and reply.to:
                mails = _ticket_mails(session, ticket.id) if mails is None else mails
                reply = _thread_under_last_mail(mails, reply)
            row = enqueue(session, reply, ticket=ticket, env=env.send, now=now, source=source, later=later)
            if row is None:
                continue
            queued.append(reply.template)
            if mails is not None:  # the next reply sees this one as the database would
                mails.insert(0, _Sent(row.message_id, row.sender, tuple(row.recipients), reply.references))
    return tuple(queued)


def apply(
    session: Session,
    raw: RawMail,
    mail: InboundMail,
    found: Extraction,
    decision: Decision,
    env: ApplyEnv,
    *,
    now: datetime,
) -> Outcome:
    """Write everything the decision says; the caller commits once, then marks the mail done.

    Replies are written as "render" rows: the caller renders them after the commit
    (``mailbot.store.outbox.render_pending``), so no template is rendered while the write lock is held."""
    ticket: Ticket | None = None
    created = False
    if decision.action == "open":
        ticket, created = _open_ticket(session, decision, env, now), True
    elif decision.ticket_id is not None:
        ticket = session.get(Ticket, decision.ticket_id, with_for_update=True, populate_existing=True)
    status: Literal["processed", "ignored"] = "processed" if decision.action != "ignore" else "ignored"
    msg = store_inbound(
        session,
        raw,
        mail,
        env,
        now=now,
        ticket_id=ticket.id if ticket else None,
        status=status,
        reason=decision.reason,
        found=found,
    )
    if ticket is not None:
        change_ticket(session, ticket, decision, env, now=now, message_row_id=msg.id)
    # A ticket opened by this mail has no mail but this one: no need to read its thread back.
    thread = [_Sent(msg.message_id, msg.sender, tuple(msg.recipients), tuple(msg.references))] if created else None
    queued = queue_replies(session, decision, ticket, env, now=now, source=raw.source, later=True, thread=thread)
    return Outcome(
        message_id=mail.message_id,
        status=status,
        rma=ticket.rma if ticket else None,
        reason=decision.reason,
        replies=queued,
        created_ticket=created,
        when=now,
    )


def quarantine(
    session: Session,
    raw: RawMail,
    message_id: str,
    reason: str,
    env: ApplyEnv,
    *,
    now: datetime,
    exc: BaseException | None = None,
) -> Outcome:
    """Keep a mail that could not be processed, with its reason (and traceback), out of the way."""
    detail = reason
    if exc is not None:
        detail += "\n" + "".join(traceback.format_exception(exc))
    digest = env.blobs.put(raw.data)
    row = _quarantined_row(session, message_id) or Message(direction="in", message_id=message_id, subject="", text="")
    row.raw_sha256, row.source, row.status, row.reason, row.created_at = digest, raw.source, "quarantined", detail, now
    session.add(row)
    return Outcome(message_id=message_id, status="quarantined", reason=reason, when=now)


# session.info key: the Message-IDs among a batch's mails that have a quarantined row, when the caller
# read them for the whole batch at once; a mail not among them needs no query of its own.
QUARANTINED = "quarantined_message_ids"


def _quarantined_row(session: Session, message_id: str) -> Message | None:
    known: set[str] | None = session.info.get(QUARANTINED)
    if known is not None and message_id not in known:
        return None
    # Only a committed quarantine row can match (nothing pending is quarantined): no autoflush needed.
    with session.no_autoflush:
        return session.exec(
            select(Message).where(
                Message.direction == "in", Message.message_id == message_id, Message.status == "quarantined"
            )
        ).first()

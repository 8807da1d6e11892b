"""What the web view's ticket page and the customers' status page read, in two or three queries each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from mailbot.store.models import AttachmentRow, Deadline, Event, Message, Outbox, ReminderLog, Ticket
from mailbot.store.tickets import by_rma


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    content_type: str
    size: int
    kept: bool


@dataclass(frozen=True)
class MessageInfo:
    id: int
    direction: str
    at: datetime
    sender: str
    recipients: tuple[str, ...]
    subject: str
    text: str
    kind: str | None
    status: str
    raw_sha256: str | None
    extraction: dict[str, Any]
    attachments: tuple[AttachmentInfo, ...]


@dataclass(frozen=True)
class DeadlineInfo:
    awaited: str
    owner: str
    started_at: datetime
    due_at: datetime
    reminders_sent: int
    done_at: datetime | None


@dataclass(frozen=True)
class TicketPage:
    ticket: Ticket
    messages: tuple[MessageInfo, ...]
    events: tuple[Event, ...]
    deadlines: tuple[DeadlineInfo, ...]
    reminders: tuple[ReminderLog, ...]


def ticket_page(session: Session, rma: str) -> TicketPage | None:
    ticket = by_rma(session, rma)
    if ticket is None:
        return None
    messages = session.exec(
        select(Message).where(Message.ticket_id == ticket.id).order_by(col(Message.created_at), col(Message.id))
    ).all()
    ids = [m.id for m in messages]
    atts: dict[int, list[AttachmentInfo]] = {}
    if ids:
        for a in session.exec(
            select(AttachmentRow).where(col(AttachmentRow.message_row_id).in_(ids)).order_by(col(AttachmentRow.id))
        ):
            assert a.id is not None
            atts.setdefault(a.message_row_id, []).append(
                AttachmentInfo(a.id, a.filename, a.content_type, a.size, a.kept)
            )
    sent = {o.message_id: o.status for o in session.exec(select(Outbox).where(Outbox.ticket_id == ticket.id))}
    infos = tuple(
        MessageInfo(
            id=m.id or 0,
            direction=m.direction,
            at=m.created_at,
            sender=m.sender,
            recipients=tuple(m.recipients),
            subject=m.subject,
            text=m.text,
            kind=m.kind,
            status=sent.get(m.message_id, m.status),
            raw_sha256=m.raw_sha256,
            extraction=dict(m.extraction),
            attachments=tuple(atts.get(m.id or 0, ())),
        )
        for m in messages
    )
    events = tuple(
        session.exec(select(Event).where(Event.ticket_id == ticket.id).order_by(col(Event.at), col(Event.id))).all()
    )
    deadlines = tuple(
        DeadlineInfo(d.awaited, d.owner, d.started_at, d.due_at, d.reminders_sent, d.done_at)
        for d in session.exec(select(Deadline).where(Deadline.ticket_id == ticket.id).order_by(col(Deadline.due_at)))
    )
    reminders = tuple(
        session.exec(
            select(ReminderLog).where(ReminderLog.ticket_id == ticket.id).order_by(col(ReminderLog.sent_at))
        ).all()
    )
    return TicketPage(ticket, infos, events, deadlines, reminders)


def attachment_of_ticket(session: Session, rma: str, attachment_id: int) -> AttachmentRow | None:
    """The attachment, only when it belongs to a message of this ticket (ids are not capabilities)."""
    row = session.get(AttachmentRow, attachment_id)
    if row is None or not row.kept:
        return None
    message = session.get(Message, row.message_row_id)
    ticket = by_rma(session, rma)
    if message is None or ticket is None or message.ticket_id != ticket.id:
        return None
    return row


@dataclass(frozen=True)
class StatusView:
    """What a customer's status link shows: nothing internal (no notes, no staff addresses)."""

    rma: str
    status: str
    language: str
    created_at: datetime
    state_since: datetime
    closed_at: datetime | None
    serials: tuple[str, ...]
    models: tuple[str, ...]
    steps: tuple[tuple[str, datetime], ...]  # (state reached, when)
    awaited: tuple[tuple[str, datetime], ...]  # (what is awaited, due) of open deadlines
    missing_fields: tuple[str, ...]
    data: dict[str, Any]


def status_view(session: Session, rma: str) -> StatusView | None:
    ticket = by_rma(session, rma)
    if ticket is None:
        return None
    events = session.exec(
        select(Event)
        .where(Event.ticket_id == ticket.id, col(Event.to_state).is_not(None))
        .order_by(col(Event.at), col(Event.id))
    ).all()
    steps: list[tuple[str, datetime]] = []
    for e in events:
        if e.to_state and (not steps or steps[-1][0] != e.to_state):
            steps.append((e.to_state, e.at))
    open_deadlines = session.exec(
        select(Deadline)
        .where(Deadline.ticket_id == ticket.id, col(Deadline.done_at).is_(None))
        .order_by(col(Deadline.due_at))
    ).all()
    return StatusView(
        rma=ticket.rma,
        status=ticket.status,
        language=ticket.language,
        created_at=ticket.created_at,
        state_since=ticket.state_since,
        # A staff #close moves the state without stamping closed_at; the state's start is the closing time.
        closed_at=ticket.closed_at or (ticket.state_since if ticket.status == "closed" else None),
        serials=tuple(ticket.serial_numbers),
        models=tuple(ticket.product_models),
        steps=tuple(steps),
        awaited=tuple((d.awaited, d.due_at) for d in open_deadlines),
        missing_fields=tuple(ticket.missing_fields),
        data=dict(ticket.data),
    )

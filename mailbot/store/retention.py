"""Retention: the raw outgoing mail and attachment blobs of tickets closed long ago are dropped,
the ticket, its messages' text and its audit trail kept."""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from mailbot.store.blobs import BlobStore
from mailbot.store.db import SessionFactory
from mailbot.store.models import AttachmentRow, Event, Message, Outbox, Ticket

log = logging.getLogger(__name__)

CLOSED = "closed"
BATCH = 500  # tickets per transaction: a first purge of years of tickets holds no long lock


@dataclass(frozen=True)
class RetentionReport:
    tickets: int = 0
    outgoing_mails: int = 0
    attachments: int = 0
    blobs_removed: int = 0


def months_before(now: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    index = now.year * 12 + now.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    days = calendar.monthrange(year, month)[1]
    return now.replace(year=year, month=month, day=min(now.day, days))


def _due_tickets(session: Session, cutoff: datetime, after_id: int) -> list[int]:
    """Closed before ``cutoff`` and not yet purged (a ticket with nothing left to drop is skipped)."""
    closed_at = func.coalesce(Ticket.closed_at, Ticket.state_since)
    has_raw = select(Outbox.id).where(Outbox.ticket_id == Ticket.id, func.length(Outbox.raw) > 0).exists()
    has_blob = (
        select(AttachmentRow.id)
        .join(Message, col(Message.id) == AttachmentRow.message_row_id)
        .where(Message.ticket_id == Ticket.id, AttachmentRow.sha256 != "")
        .exists()
    )
    query = (
        select(Ticket.id)
        .where(Ticket.status == CLOSED, closed_at < cutoff, col(Ticket.id) > after_id, has_raw | has_blob)
        .order_by(col(Ticket.id))
        .limit(BATCH)
    )
    return [i for i in session.exec(query).all() if i is not None]


def _still_used(session: Session, digest: str) -> bool:
    """A blob is shared by content: another attachment or a raw inbound mail may still need it."""
    by_attachment = session.exec(select(AttachmentRow.id).where(AttachmentRow.sha256 == digest).limit(1)).first()
    by_message = session.exec(select(Message.id).where(Message.raw_sha256 == digest).limit(1)).first()
    return by_attachment is not None or by_message is not None


def purge(session_factory: SessionFactory, blobs: BlobStore, cutoff: datetime, now: datetime) -> RetentionReport:
    """Drop what retention allows for every ticket closed before ``cutoff``; safe to run again."""
    tickets = mails = attachments = removed = 0
    after_id = 0
    while True:
        with session_factory() as session:
            ids = _due_tickets(session, cutoff, after_id)
            if not ids:
                break
            after_id = ids[-1]
            dropped = session.execute(
                update(Outbox)
                .where(col(Outbox.ticket_id).in_(ids), col(Outbox.status).in_(("sent", "failed")))
                .values(raw=b"")
            ).rowcount  # type: ignore[attr-defined]
            rows = session.exec(
                select(AttachmentRow, Message.ticket_id)
                .join(Message, col(Message.id) == AttachmentRow.message_row_id)
                .where(col(Message.ticket_id).in_(ids), AttachmentRow.sha256 != "")
            ).all()
            digests = {row.sha256 for row, _ in rows}
            per_ticket: dict[int, int] = {}
            for row, ticket_id in rows:
                row.sha256, row.kept = "", False
                session.add(row)
                if ticket_id is not None:
                    per_ticket[ticket_id] = per_ticket.get(ticket_id, 0) + 1
            for ticket_id in ids:
                session.add(
                    Event(
                        ticket_id=ticket_id,
                        at=now,
                        actor="mailbot",
                        kind="retention",
                        detail={"attachments_dropped": per_ticket.get(ticket_id, 0), "before": cutoff.isoformat()},
                    )
                )
            session.flush()
            unused = [d for d in digests if not _still_used(session, d)]
            session.commit()
        for digest in unused:  # after the commit: a crash before here leaves a blob nobody names, not a gap
            blobs.path(digest).unlink(missing_ok=True)
        tickets, mails, attachments = tickets + len(ids), mails + dropped, attachments + len(rows)
        removed += len(unused)
    if tickets:
        log.info(
            "retention: %d ticket(s) closed before %s: %d sent mail(s), %d attachment(s) dropped, %d blob(s) removed",
            tickets,
            cutoff.date(),
            mails,
            attachments,
            removed,
        )
    return RetentionReport(tickets, mails, attachments, removed)

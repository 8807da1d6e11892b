"""Bounces of our own mails: record them on their ticket, stop writing to dead addresses, tell the rep."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session, select

from mailbot.dsn import DsnReport
from mailbot.store.models import Message, Outbox, Suppression, Ticket
from mailbot.types import Decision, EventSpec, OutgoingMail

log = logging.getLogger(__name__)


def ticket_of_our_mail(session: Session, message_id: str | None) -> Ticket | None:
    if not message_id:
        return None
    row = session.exec(select(Message).where(Message.direction == "out",
                                             Message.message_id == message_id)).first()
    return session.get(Ticket, row.ticket_id) if row is not None and row.ticket_id else None


def _we_wrote_to(session: Session, address: str) -> bool:
    return session.exec(select(Outbox.id).where(Outbox.to_address == address).limit(1)).first() is not None


def suppress(session: Session, report: DsnReport, now: datetime) -> list[str]:
    """Mark every permanently failed address we wrote to; mailbot writes to none of them until they
    write again. A bounce for an address we never wrote to (backscatter, spam) marks nothing."""
    marked = []
    for failed in report.permanent_failures:
        address = failed.email.lower()
        if session.get(Suppression, address) is None and _we_wrote_to(session, address):
            session.add(Suppression(email=address, reason=f"{failed.status} {failed.diagnostic}".strip(),
                                    since=now))
            marked.append(address)
            log.warning("bounce of %s: %s suppressed (%s)", report.original_message_id or "an unknown mail",
                        address, failed.status)
    return marked


def lift_suppression(session: Session, address: str) -> bool:
    """The address wrote to us: it works again."""
    row = session.get(Suppression, address.lower())
    if row is None:
        return False
    session.delete(row)
    log.info("%s wrote again; suppression lifted", address)
    return True


def bounce_decision(report: DsnReport, ticket: Ticket | None, suppressed: list[str], reason: str) -> Decision:
    """Record the bounce on its ticket; the assigned rep hears about addresses we can no longer reach."""
    if ticket is None or ticket.id is None:
        return Decision(action="ignore", reason=f"{reason}; bounce of a mail on no ticket")
    failures = [{"email": f.email, "status": f.status, "action": f.action, "diagnostic": f.diagnostic}
                for f in report.recipients]
    event = EventSpec(kind="bounce", actor=report.reporting_mta or "mail system",
                      detail={"original_message_id": report.original_message_id, "recipients": failures})
    replies: tuple[OutgoingMail, ...] = ()
    if suppressed and ticket.assigned_rep:
        replies = (OutgoingMail(template="staff_delivery_failed", to=(ticket.assigned_rep,),
                                context={"failures": [f for f in failures if f["email"].lower() in suppressed]}),)
    return Decision(action="record", ticket_id=ticket.id, events=(event,), replies=replies,
                    reason=f"{reason}; bounce recorded")

"""Addresses we stop writing to after a permanent bounce, until they write again; the ticket of a bounced mail."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session, select

from mailbot.mail.dsn import DsnReport
from mailbot.store.models import Message, Outbox, Suppression, Ticket
from mailbot.store.outbox import release_held

log = logging.getLogger(__name__)


def ticket_of_our_mail(session: Session, message_id: str | None) -> Ticket | None:
    if not message_id:
        return None
    row = session.exec(select(Message).where(Message.direction == "out", Message.message_id == message_id)).first()
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
            session.add(Suppression(email=address, reason=f"{failed.status} {failed.diagnostic}".strip(), since=now))
            marked.append(address)
            log.warning(
                "bounce of %s: %s suppressed (%s)",
                report.original_message_id or "an unknown mail",
                address,
                failed.status,
            )
    return marked


def lift_suppression(session: Session, address: str, now: datetime) -> bool:
    """The address wrote to us: it works again."""
    row = session.get(Suppression, address.lower())
    if row is None:
        return False
    session.delete(row)
    session.flush()
    released = release_held(session, address, now)
    log.info("%s wrote again; suppression lifted, %d held mail(s) released", address, released)
    return True

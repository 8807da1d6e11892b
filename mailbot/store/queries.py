"""Read-only queries behind the listing commands (tickets, show, quarantine)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from mailbot.store.models import AttachmentRow, Event, Message, Outbox, Ticket


def ticket_by_rma(session: Session, rma: str) -> Ticket | None:
    """One ticket by its RMA number, for the read-only commands (no rules or workflow behind it)."""
    return session.exec(select(Ticket).where(Ticket.rma == rma.upper())).first()


def list_tickets(session: Session, status: str | None = None, limit: int = 200) -> list[Ticket]:
    query = select(Ticket).order_by(col(Ticket.created_at).desc(), col(Ticket.id).desc()).limit(limit)
    if status:
        query = query.where(Ticket.status == status)
    return list(session.exec(query).all())


def ticket_summary(t: Ticket) -> dict[str, Any]:
    return {
        "rma": t.rma,
        "status": t.status,
        "customer": t.customer_email,
        "orders": t.order_numbers,
        "serials": t.serial_numbers,
        "models": t.product_models,
        "defect": t.defect_category,
        "rep": t.assigned_rep,
        "created": t.created_at.isoformat(),
        "updated": t.updated_at.isoformat(),
    }


def ticket_detail(session: Session, t: Ticket) -> dict[str, Any]:
    messages = session.exec(select(Message).where(Message.ticket_id == t.id).order_by(col(Message.id))).all()
    events = session.exec(select(Event).where(Event.ticket_id == t.id).order_by(col(Event.id))).all()
    outbox = {o.message_id: o for o in session.exec(select(Outbox).where(Outbox.ticket_id == t.id)).all()}
    attachments = {}
    for m in messages:
        attachments[m.id] = [
            {"filename": a.filename, "type": a.content_type, "size": a.size, "kept": a.kept}
            for a in session.exec(select(AttachmentRow).where(AttachmentRow.message_row_id == m.id)).all()
        ]
    return {
        **ticket_summary(t),
        "customer_name": t.customer_name,
        "language": t.language,
        "tracking": t.tracking_numbers,
        "defect_description": t.defect_description,
        "missing": t.missing_fields,
        "warranty": t.warranty,
        "participants": t.participants,
        "resolution": t.resolution,
        "messages": [
            {
                "direction": m.direction,
                "at": m.created_at.isoformat(),
                "from": m.sender,
                "to": m.recipients,
                "subject": m.subject,
                "message_id": m.message_id,
                "kind": m.kind,
                "status": outbox[m.message_id].status if m.message_id in outbox else m.status,
                "attachments": attachments.get(m.id, []),
            }
            for m in messages
        ],
        "events": [
            {
                "at": e.at.isoformat(),
                "actor": e.actor,
                "kind": e.kind,
                "from": e.from_state,
                "to": e.to_state,
                "detail": e.detail,
            }
            for e in events
        ],
    }


def quarantined(session: Session, limit: int = 200) -> list[Message]:
    return list(
        session.exec(
            select(Message).where(Message.status == "quarantined").order_by(col(Message.id).desc()).limit(limit)
        ).all()
    )

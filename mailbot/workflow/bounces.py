"""A bounce of one of our mails: recorded on its ticket, and the rep told of addresses we can no longer reach."""

from __future__ import annotations

from mailbot.mail.dsn import DsnReport
from mailbot.values import Decision, EventSpec, OutgoingMail, TicketView


def bounce_decision(report: DsnReport, ticket: TicketView | None, suppressed: list[str], reason: str) -> Decision:
    """Record the bounce on its ticket; the assigned rep hears about addresses we can no longer reach."""
    if ticket is None or ticket.id is None:
        return Decision(action="ignore", reason=f"{reason}; bounce of a mail on no ticket")
    failures = [
        {"email": f.email, "status": f.status, "action": f.action, "diagnostic": f.diagnostic}
        for f in report.recipients
    ]
    event = EventSpec(
        kind="bounce",
        actor=report.reporting_mta or "mail system",
        detail={"original_message_id": report.original_message_id, "recipients": failures},
    )
    replies: tuple[OutgoingMail, ...] = ()
    if suppressed and ticket.assigned_rep:
        replies = (
            OutgoingMail(
                template="staff_delivery_failed",
                to=(ticket.assigned_rep,),
                context={"failures": [f for f in failures if f["email"].lower() in suppressed]},
            ),
        )
    return Decision(
        action="record", ticket_id=ticket.id, events=(event,), replies=replies, reason=f"{reason}; bounce recorded"
    )

"""Decide what one mail does to the ticket system (pure)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mailbot.types import Decision, EventSpec, Extraction, InboundMail, OutgoingMail, TicketView

ANSWERED = ("new_request", "forwarded", "follow_up", "order_status")


def decide(*, mail: InboundMail, found: Extraction, ticket: TicketView | None, policy: Any,
           sender_is_staff: Any, sender_authenticated: bool, warranty: list[Any],
           now: datetime) -> Decision:
    customer = found.customer_email or (mail.sender.email if mail.sender else "")
    if not found.should_auto_reply or found.kind not in ANSWERED:
        return Decision(action="record" if ticket else "ignore", ticket_id=ticket.id if ticket else None,
                        reason=f"kind {found.kind}")
    fields = {"order_numbers": list(found.order_numbers), "serial_numbers": list(found.serial_numbers),
              "product_models": list(found.product_models), "tracking_numbers": list(found.tracking_numbers)}
    if found.defect_category:
        fields["defect_category"] = found.defect_category
    if found.defect_summary:
        fields["defect_description"] = found.defect_summary
    ref = (mail.message_id,)
    if ticket is None:
        status = "waiting_info" if found.missing_fields else "rma_issued"
        template = "customer_missing_info" if found.missing_fields else "customer_rma_issued"
        return Decision(
            action="open", status=status,
            updates={**fields, "customer_email": customer, "customer_name": found.customer_name,
                     "language": found.language, "missing_fields": list(found.missing_fields),
                     "participants": [customer]},
            events=(EventSpec(kind="opened", actor=customer, to_state=status),),
            replies=(OutgoingMail(template=template, to=(customer,), language=found.language,
                                  in_reply_to=mail.message_id, references=(*mail.references, *ref),
                                  context={"missing": list(found.missing_fields)}),),
        )
    missing = [m for m in ticket.missing_fields
               if not ((m == "order_number" and (ticket.order_numbers or found.order_numbers))
                       or (m == "serial_number" and (ticket.serial_numbers or found.serial_numbers))
                       or (m == "defect_description" and (ticket.defect_description or found.defect_summary)))]
    status = ticket.status
    replies: tuple[OutgoingMail, ...] = ()
    if ticket.status == "waiting_info" and not missing:
        status = "rma_issued"
        replies = (OutgoingMail(template="customer_rma_issued", to=(ticket.customer_email,),
                                language=ticket.language, in_reply_to=mail.message_id,
                                references=(*mail.references, *ref)),)
    return Decision(action="update", ticket_id=ticket.id, status=status,
                    updates={**fields, "missing_fields": missing},
                    events=(EventSpec(kind="customer_reply", actor=customer, from_state=ticket.status,
                                      to_state=status),),
                    replies=replies)

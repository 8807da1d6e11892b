"""decide(): what one inbound mail means for its ticket — pure, everything passed in, nothing done."""

from __future__ import annotations

from datetime import datetime

from mailbot.mail import authres
from mailbot.rules import Rules
from mailbot.rules.staff import StaffMember
from mailbot.values import Decision, EventSpec, Extraction, InboundMail, TicketView
from mailbot.workflow import commands as staffcmd
from mailbot.workflow.actions import StaffInput, execute
from mailbot.workflow.compose import to_staff
from mailbot.workflow.intake import follow_up, open_ticket
from mailbot.workflow.warranty import WarrantyFinding, complete, override

_MACHINE_KINDS = ("auto_reply", "bounce")


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


def ticket_matches(ticket: TicketView, sender: str, rules: Rules) -> bool:
    """May ``sender`` see and change ``ticket``? Participants and staff yes; the customer's own
    domain when the policy says so (never a public mail domain); everyone else no."""
    sender = (sender or "").strip().lower()
    if not sender:
        return False
    known = {ticket.customer_email, ticket.assigned_rep, ticket.forwarded_by, *ticket.participants}
    if sender in {k.lower() for k in known if k}:
        return True
    if rules.staff.member(sender) is not None:
        return True
    domain = _domain(sender)
    return (
        rules.terms.same_domain_participates
        and bool(domain)
        and domain == _domain(ticket.customer_email)
        and domain not in rules.terms.public_domains
    )


def sender_checks(mail: InboundMail, rules: Rules) -> tuple[StaffMember | None, bool]:
    """The staff member behind the From address (never an address found in the body), and whether
    our receiving server authenticated that address's domain (DKIM or SPF pass)."""
    sender = mail.sender.email.lower() if mail.sender else ""
    member = rules.staff.member(sender)
    if member is None:
        return None, False
    ok = authres.authenticated(mail.header_all("authentication-results"), sender, rules.staff.authserv_ids)
    return member, ok


def _staff_reply(mail: InboundMail, member: StaffMember, rules: Rules, context: dict[str, object]) -> tuple:
    reply = to_staff(
        member.email,
        "staff_command_result",
        context,
        rules,
        in_reply_to=mail.message_id,
        references=(*mail.references, mail.message_id),
    )
    return (reply,)


def _refuse(
    mail: InboundMail,
    ticket: TicketView | None,
    member: StaffMember,
    rules: Rules,
    commands: list[str],
    errors: list[str],
) -> Decision:
    """Answer the staff member with the error; nothing about the ticket changes."""
    context = {"ok": False, "commands": commands, "done": [], "errors": errors}
    return Decision(
        action="record" if ticket else "ignore",
        ticket_id=ticket.id if ticket else None,
        replies=_staff_reply(mail, member, rules, context),
        reason="staff command refused: " + "; ".join(errors),
    )


def _staff_commands(
    mail: InboundMail,
    parsed: staffcmd.Parsed,
    ticket: TicketView | None,
    rules: Rules,
    member: StaffMember,
    authenticated: bool,
    warranty: list[WarrantyFinding],
    now: datetime,
) -> Decision:
    lines = [f"#{c.name}{' ' + c.arg if c.arg else ''}" for c in parsed.commands]
    if rules.staff.require_authentication and not authenticated:
        # A forged From line: change nothing, answer nobody (the forger must learn nothing), log it.
        event = EventSpec(
            kind="spoofed_command", actor=member.email, detail={"commands": lines, "message_id": mail.message_id}
        )
        return Decision(
            action="record" if ticket else "ignore",
            ticket_id=ticket.id if ticket else None,
            events=(event,),
            reason=f"spoofed_command: unauthenticated mail from {member.email}",
        )
    if parsed.errors:
        return _refuse(mail, ticket, member, rules, lines, list(parsed.errors))
    if ticket is None:
        return _refuse(
            mail,
            None,
            member,
            rules,
            lines,
            ["ticket not found: write in the ticket's thread or put its RMA number in the subject"],
        )
    who = StaffInput(member, parsed.body, mail.attachments, "mail")
    decision, done = execute(parsed.commands, ticket=ticket, rules=rules, who=who, findings=warranty, now=now)
    if decision is None:
        return _refuse(mail, ticket, member, rules, lines, done)
    context = {"ok": True, "commands": lines, "done": done, "errors": []}
    return Decision(
        action=decision.action,
        ticket_id=decision.ticket_id,
        status=decision.status,
        updates=decision.updates,
        events=decision.events,
        replies=decision.replies + _staff_reply(mail, member, rules, context),
        deadlines_start=decision.deadlines_start,
        deadlines_done=decision.deadlines_done,
        reason=decision.reason,
    )


def _from_staff(
    mail: InboundMail,
    found: Extraction,
    ticket: TicketView | None,
    rules: Rules,
    member: StaffMember,
    authenticated: bool,
    warranty: list[WarrantyFinding],
    now: datetime,
) -> Decision:
    parsed = staffcmd.parse(mail.text)
    if parsed.commands:
        return _staff_commands(mail, parsed, ticket, rules, member, authenticated, warranty, now)
    if ticket is not None:
        return Decision(action="record", ticket_id=ticket.id, reason="staff mail without commands")
    customer = (found.customer_email or "").lower()
    forwarded = found.kind == "forwarded" or bool(found.forwarded_by)
    if forwarded and customer and rules.staff.member(customer) is None:
        if rules.staff.require_authentication and not authenticated:
            # A forged forward would make us write to any address it names: refuse it like a command.
            return Decision(
                action="ignore",
                reason=f"spoofed_command: unauthenticated forward from {member.email} naming {customer}",
            )
        rep = member.email if member.role == "rep" else None
        return open_ticket(mail, found, rules, warranty, customer=customer, forwarded_by=member.email, rep=rep)
    return Decision(action="ignore", reason="staff mail without commands, ticket or forwarded complaint")


def _order_question(mail: InboundMail, found: Extraction, rules: Rules, sender: str) -> Decision:
    """A question about an order, not a return: no RMA ticket; the customer's rep answers it."""
    rep = rules.routing.rep_for(sender, found.customer_name, found.order_numbers)
    notice = to_staff(
        rep,
        "staff_order_question",
        {
            "sender": sender,
            "subject": mail.subject,
            "excerpt": mail.text[:2000],
            "order_numbers": list(found.order_numbers),
        },
        rules,
    )
    return Decision(action="ignore", replies=(notice,), reason=f"order question passed to {rep}")


def decide(
    *,
    mail: InboundMail,
    found: Extraction,
    ticket: TicketView | None,
    rules: Rules,
    sender_is_staff: StaffMember | None,
    sender_authenticated: bool,
    warranty: list[WarrantyFinding],
    now: datetime,
) -> Decision:
    """What to do with ``mail``. ``ticket`` is the ticket the store matched (a participant's), or None.

    ``warranty`` holds the findings for the ticket's serials plus any new ones in this mail.
    """
    serials = (*(ticket.serial_numbers if ticket else ()), *(found.serial_numbers if sender_is_staff is None else ()))
    warranty = complete(warranty, serials)
    staff_says = ticket.data.get("warranty_override") if ticket else None
    if staff_says in ("in", "out"):  # a staff member's #warranty beats the ERP dates from then on
        warranty = override(warranty, staff_says, rules.terms.warranty)
    if sender_is_staff is not None:
        return _from_staff(mail, found, ticket, rules, sender_is_staff, sender_authenticated, warranty, now)
    if found.kind in _MACHINE_KINDS or not found.should_auto_reply:
        if ticket is not None:
            return Decision(action="record", ticket_id=ticket.id, reason=f"not answered: {found.kind}")
        return Decision(action="ignore", reason=f"not answered: {found.kind}")
    if ticket is not None:
        return follow_up(mail, found, ticket, rules, warranty)
    if found.kind in ("unrelated",):
        return Decision(action="ignore", reason="unrelated mail")
    sender = mail.sender.email.lower() if mail.sender else ""
    if not sender:
        return Decision(action="ignore", reason="no sender address to answer")
    if found.kind == "order_status":
        return _order_question(mail, found, rules, sender)
    # Only staff may open a ticket for someone else: a customer's forward is the customer's own ticket.
    return open_ticket(mail, found, rules, warranty, customer=sender, forwarded_by=None, rep=None)

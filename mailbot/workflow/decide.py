"""decide(): what one inbound mail means for its ticket — pure, everything passed in, nothing done."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from mailbot.mail import authres
from mailbot.rules import Rules
from mailbot.rules.staff import StaffMember
from mailbot.values import Decision, EventSpec, Extraction, InboundMail, OutgoingMail, TicketView
from mailbot.workflow import commands as staffcmd
from mailbot.workflow.actions import StaffInput, execute
from mailbot.workflow.compose import media_count, media_on_ticket, to_staff
from mailbot.workflow.intake import follow_up, open_ticket
from mailbot.workflow.warranty import WarrantyFinding, about_the_mail, complete, override

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
    our receiving server authenticated that address's domain (DKIM or SPF pass): asked for every
    colleague, member or not, since a colleague's forward makes us write to the customer it names."""
    sender = mail.sender.email.lower() if mail.sender else ""
    member = rules.staff.member(sender)
    if not rules.is_internal(sender):
        return None, False
    # All headers in order: only our server's topmost verdict counts, not one further down (RFC 8601 §5).
    verdict = authres.check(mail.headers, sender, rules.staff.authserv_ids, mail.message_id)
    return member, verdict.authenticated


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


def _auth_problem(mail: InboundMail, colleague: str, rules: Rules) -> str:
    verdict = authres.check(mail.headers, colleague, rules.staff.authserv_ids)
    return authres.explain(verdict, colleague, rules.staff.authserv_ids)


def _not_authenticated(
    mail: InboundMail, colleague: str, rules: Rules, context: Mapping[str, object], to: str | None = None
) -> OutgoingMail:
    """The short answer to the real colleague's address: what was not accepted, and why."""
    full = {"commands": [], "customer": "", "subject": mail.subject, "reason": _auth_problem(mail, colleague, rules)}
    return to_staff(
        to or colleague,
        "staff_not_authenticated",
        {**full, **context},
        rules,
        in_reply_to=mail.message_id if to is None else None,
        references=(*mail.references, mail.message_id) if to is None else (),
    )


def _unauthenticated_forward(
    mail: InboundMail, opened: Decision, colleague: str, rules: Rules, customer: str
) -> Decision:
    """A forward we cannot confirm came from the staff member: the complaint still becomes the
    customer's ticket (nothing a person wrote is dropped), marked unauthenticated, but nothing goes
    to the address it names (a forger must not make us write to anyone) and the staff are told."""
    staff_only = tuple(r for r in opened.replies if all(rules.is_internal(a) for a in (*r.to, *r.cc)))
    event = EventSpec(
        kind="unauthenticated_forward",
        actor=colleague,
        detail={"message_id": mail.message_id, "customer": customer, "held": len(opened.replies) - len(staff_only)},
    )
    context = {"kind": "forward", "customer": customer}
    notices = [_not_authenticated(mail, colleague, rules, context)]
    rep = str(opened.updates.get("assigned_rep") or "")
    if rep and rep != colleague:
        notices.append(_not_authenticated(mail, colleague, rules, context, to=rep))
    return replace(
        opened,
        events=(*opened.events, event),
        replies=(*staff_only, *notices),
        reason=f"unauthenticated forward from {colleague}: ticket opened for {customer}, customer not written to",
    )


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
        # Perhaps a forged From line: change nothing, log it, and tell the real staff address (the
        # forger learns nothing; a colleague sending from the wrong account learns why).
        event = EventSpec(
            kind="spoofed_command", actor=member.email, detail={"commands": lines, "message_id": mail.message_id}
        )
        notice = _not_authenticated(mail, member.email, rules, {"kind": "command", "commands": lines})
        return Decision(
            action="record" if ticket else "ignore",
            ticket_id=ticket.id if ticket else None,
            events=(event,),
            replies=(notice,),
            reason=f"spoofed_command: unauthenticated mail from {member.email}; told {member.email}",
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
        trusted = authenticated or not rules.staff.require_authentication  # a forged mail counts nothing
        return _staff_mail_on_ticket(mail if trusted else replace(mail, forwarded=()), ticket)
    rep = member.email if member.role == "rep" else None
    forward = _forwarded_complaint(mail, found, rules, member.email, rep, authenticated, warranty, now)
    if forward is not None:
        return forward
    if rules.staff.require_authentication and not authenticated:
        # Perhaps a forward we could not read as one: the real address hears that nothing was done.
        notice = _not_authenticated(mail, member.email, rules, {"kind": "mail"})
        return Decision(
            action="ignore",
            replies=(notice,),
            reason=f"unauthenticated staff mail without commands, ticket or forwarded complaint; told {member.email}",
        )
    if found.kind == "forwarded":
        return _forward_without_customer(mail, found, rules, member.email)
    return Decision(action="ignore", reason="staff mail without commands, ticket or forwarded complaint")


def _forward_without_customer(
    mail: InboundMail, found: Extraction, rules: Rules, colleague: str, thread: bool = True, forwarded_by: str = ""
) -> Decision:
    """A colleague's forward (or note of a customer's call) whose customer address cannot be read: no
    ticket, since the rep is never taken for the customer, and the colleague is asked for the address
    instead of the complaint being dropped in silence."""
    notice = to_staff(
        colleague,
        "staff_forward_no_customer",
        {
            "subject": mail.subject,
            "excerpt": mail.text[:2000],
            "customer_name": found.customer_name,
            "forwarded_by": "" if thread else forwarded_by,
        },
        rules,
        in_reply_to=mail.message_id if thread else None,
        references=(*mail.references, mail.message_id) if thread else (),
    )
    return Decision(
        action="ignore",
        replies=(notice,),
        reason=f"forwarded complaint without the customer's address: no ticket opened; {colleague} asked for it",
    )


def _staff_mail_on_ticket(mail: InboundMail, ticket: TicketView) -> Decision:
    """A colleague's mail on a ticket without commands is recorded; pictures or videos in a customer mail
    it forwards count as received, so the customer is not asked for them again."""
    forwarded = sum(media_count(fwd) for fwd in mail.forwarded)
    if not forwarded:
        return Decision(action="record", ticket_id=ticket.id, reason="staff mail without commands")
    return Decision(
        action="update",
        ticket_id=ticket.id,
        updates={"data": {"images": media_on_ticket(ticket) + forwarded}},
        reason=f"staff mail without commands; {forwarded} picture(s) or video(s) of the customer forwarded",
    )


def _forwarded_complaint(
    mail: InboundMail,
    found: Extraction,
    rules: Rules,
    colleague: str,
    rep: str | None,
    authenticated: bool,
    warranty: list[WarrantyFinding],
    now: datetime,
) -> Decision | None:
    """A colleague (a member of staff.yml or not) forwards a customer's complaint: the ticket is the
    customer's, the colleague reads along. None when the mail is not such a forward."""
    customer = (found.customer_email or "").lower()
    forwarded = found.kind == "forwarded" or bool(found.forwarded_by)
    if not (forwarded and customer and not rules.is_internal(customer)):
        return None
    opened = open_ticket(mail, found, rules, warranty, customer=customer, forwarded_by=colleague, rep=rep, now=now)
    if rules.staff.require_authentication and not authenticated:
        # A forward we cannot confirm: the customer's ticket opens, nothing goes to the address it names.
        return _unauthenticated_forward(mail, opened, colleague, rules, customer)
    return opened


def _colleague_forward_without_customer(
    mail: InboundMail, found: Extraction, rules: Rules, sender: str, authenticated: bool, quiet: str
) -> Decision:
    """A colleague outside staff.yml forwards a complaint without the customer's address. A mail the
    server could not confirm as theirs, or one that must not be answered (a no-reply system address),
    still reaches a person: the real address is told, or the rep of that colleague's mail is."""
    if quiet:
        rep = rules.routing.rep_for(sender)
        decision = _forward_without_customer(mail, found, rules, rep, thread=False, forwarded_by=sender)
        return replace(decision, reason=f"{decision.reason}; {sender} not answered ({quiet})")
    if rules.staff.require_authentication and not authenticated:
        notice = _not_authenticated(mail, sender, rules, {"kind": "mail"})
        return Decision(
            action="ignore",
            replies=(notice,),
            reason=f"unauthenticated colleague forward without the customer's address; told {sender}",
        )
    return _forward_without_customer(mail, found, rules, sender)


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
    quiet: str = "",
) -> Decision:
    """What to do with ``mail``. ``ticket`` is the ticket the store matched (a participant's), or None.

    ``warranty`` holds the findings for the ticket's serials plus any new ones in this mail.
    ``quiet`` is why the sender must not be answered automatically although the mail may be a
    person's complaint (a list or bulk header, X-Auto-Response-Suppress, a no-reply sender): it is
    then opened or recorded as usual, nothing goes to the customer, and the rep is told.
    """
    decision = _decide(mail, found, ticket, rules, sender_is_staff, sender_authenticated, warranty, now, quiet)
    if quiet and sender_is_staff is None and decision.action in ("open", "update"):
        return _silently(decision, mail, ticket, rules, quiet)
    return decision


def _silently(decision: Decision, mail: InboundMail, ticket: TicketView | None, rules: Rules, quiet: str) -> Decision:
    """Keep only mail to staff; tell the rep the customer was not answered, and why."""
    staff_only = tuple(r for r in decision.replies if all(rules.is_internal(a) for a in (*r.to, *r.cc)))
    sender = mail.sender.email.lower() if mail.sender else ""
    rep = (ticket.assigned_rep if ticket else None) or str(decision.updates.get("assigned_rep") or "")
    rep = rep or rules.routing.rep_for(sender)
    notice = to_staff(
        rep,
        "staff_not_auto_answered",
        {"sender": sender, "subject": mail.subject, "reason": quiet, "excerpt": mail.text[:2000]},
        rules,
    )
    event = EventSpec(
        kind="not_auto_answered",
        actor=sender or "?",
        detail={"reason": quiet, "held": len(decision.replies) - len(staff_only), "message_id": mail.message_id},
    )
    return replace(
        decision,
        events=(*decision.events, event),
        replies=(*staff_only, notice),
        reason=f"{decision.reason}; not answered ({quiet}), {rep} told",
    )


def _decide(
    mail: InboundMail,
    found: Extraction,
    ticket: TicketView | None,
    rules: Rules,
    sender_is_staff: StaffMember | None,
    sender_authenticated: bool,
    warranty: list[WarrantyFinding],
    now: datetime,
    quiet: str,
) -> Decision:
    serials = (*(ticket.serial_numbers if ticket else ()), *(found.serial_numbers if sender_is_staff is None else ()))
    warranty = complete(warranty, serials)
    staff_says = ticket.data.get("warranty_override") if ticket else None
    if staff_says in ("in", "out"):  # a staff member's #warranty beats the ERP dates from then on
        warranty = override(warranty, staff_says, rules.terms.warranty)
    if sender_is_staff is not None:
        # Staff commands show the findings of the lines the claim is about (an order's other lines stay out).
        models = ticket.product_models if ticket else ()
        warranty, _ = about_the_mail(warranty, models, bool(serials))
        return _from_staff(mail, found, ticket, rules, sender_is_staff, sender_authenticated, warranty, now)
    sender = mail.sender.email.lower() if mail.sender else ""
    if ticket is None and rules.is_internal(sender):
        # A colleague outside staff.yml has no commands, but a complaint they forward is the customer's.
        forward = _forwarded_complaint(mail, found, rules, sender, None, sender_authenticated, warranty, now)
        if forward is not None:
            return forward
        if found.kind == "forwarded":
            return _colleague_forward_without_customer(mail, found, rules, sender, sender_authenticated, quiet)
    if found.kind in _MACHINE_KINDS or not (found.should_auto_reply or quiet):
        if ticket is not None:
            return Decision(action="record", ticket_id=ticket.id, reason=f"not answered: {found.kind}")
        return Decision(action="ignore", reason=f"not answered: {found.kind}")
    if ticket is not None:
        return follow_up(mail, found, ticket, rules, warranty)
    if found.kind in ("unrelated",):
        return Decision(action="ignore", reason="unrelated mail")
    if not sender:
        return Decision(action="ignore", reason="no sender address to answer")
    if found.kind == "order_status":
        return _order_question(mail, found, rules, sender)
    # Only staff may open a ticket for someone else: a customer's forward is the customer's own ticket.
    return open_ticket(mail, found, rules, warranty, customer=sender, forwarded_by=None, rep=None, now=now)

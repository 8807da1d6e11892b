"""Staff actions on a ticket (#approve, #reject, ...): the same functions serve mail commands and the CLI."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from mailbot.rules import Rules
from mailbot.rules.staff import StaffMember
from mailbot.values import Attachment, DeadlineSpec, Decision, EventSpec, TicketView
from mailbot.workflow import states as workflow
from mailbot.workflow.claims import window
from mailbot.workflow.commands import Command
from mailbot.workflow.compose import (
    Change,
    Party,
    media_on_ticket,
    party_of,
    policy_context,
    promises,
    report_next,
    to_customer,
    to_staff,
    transition_change,
)
from mailbot.workflow.warranty import WarrantyFinding, override
from mailbot.workflow.workdays import local_day


class ActionError(Exception):
    """The command cannot run; the message is what the staff member is told."""


@dataclass(frozen=True)
class StaffInput:
    """Who gives the commands and what came with them (the text below, the attachments)."""

    member: StaffMember
    body: str = ""
    attachments: tuple[Attachment, ...] = ()
    via: str = "mail"  # "mail" | "cli"


@dataclass(frozen=True)
class _Ctx:
    ticket: TicketView
    state: str
    party: Party
    rules: Rules
    who: StaffInput
    findings: Sequence[WarrantyFinding]
    warranty_override: str | None


def _agent(ctx: _Ctx) -> bool:
    return bool(ctx.ticket.data.get("agent_product"))


def _move(ctx: _Ctx, action: str, detail: dict[str, object] | None = None, *, agent: bool | None = None) -> Change:
    try:
        tr = workflow.step(ctx.state, action)
    except workflow.InvalidTransition as exc:
        raise ActionError(f"invalid in this state: {exc}") from None
    change = transition_change(tr, ctx.who.member.email, ctx.party, {"via": ctx.who.via, **(detail or {})})
    skip = workflow.not_owed(_agent(ctx) if agent is None else agent)
    return replace(change, start=tuple(s for s in change.start if s.awaited != skip))


def _with_mail(
    change: Change, ctx: _Ctx, template: str, context: dict[str, object], attachments: tuple[Attachment, ...] = ()
) -> Change:
    mail = to_customer(ctx.party, template, context, attachments)
    return replace(change, replies=(*change.replies, mail))


def _findings(ctx: _Ctx) -> Sequence[WarrantyFinding]:
    if ctx.warranty_override in ("in", "out"):
        return override(ctx.findings, ctx.warranty_override, ctx.rules.terms.warranty)  # type: ignore[arg-type]
    return ctx.findings


def _terms_context(ctx: _Ctx) -> dict[str, object]:
    """Warranty, freight and return steps for this ticket, in the customer's language; pictures and
    photos that arrived on the ticket are not asked for again, and a damage claim keeps its window."""
    own = ctx.ticket.data.get("return_reason") == "own"
    opened = local_day(ctx.ticket.created_at, ctx.rules.calendar.tz)
    return policy_context(
        ctx.rules.terms,
        _findings(ctx),
        ctx.party.language,
        own_reason=own,
        media=media_on_ticket(ctx.ticket),
        claim=window(ctx.rules.terms, ctx.ticket.defect_category, ctx.findings, opened),
    )


def _approve(ctx: _Ctx, cmd: Command) -> Change:
    return _with_mail(_move(ctx, "approve"), ctx, "customer_rma_issued", _terms_context(ctx))


def _reject(ctx: _Ctx, cmd: Command) -> Change:
    change = _move(ctx, "reject", {"reason": cmd.arg})
    return _with_mail(change, ctx, "customer_rejected", {"reason": cmd.arg})


def _received(ctx: _Ctx, cmd: Command) -> Change:
    """Booked in: the engineer who did it owns the analysis and the report (and their reminders).
    ``#received agent``: a product sold as an agent, promised to go on to the manufacturer's warranty
    center rather than back to the customer."""
    if ctx.who.member.role == "engineer":
        ctx = replace(ctx, party=replace(ctx.party, service=ctx.who.member.email))
    agent = cmd.arg == "agent"
    change = _move(ctx, "received", {"agent_product": agent} if agent else None, agent=agent)
    data: dict[str, object] = {"engineer": ctx.party.service, **({"agent_product": True} if agent else {})}
    change = replace(change, updates={**change.updates, "data": data})
    context = _terms_context(ctx)
    skip = workflow.not_owed(agent)
    context["after_receipt"] = [p for p in _as_list(context.get("after_receipt")) if p.get("step") != skip]
    return _with_mail(change, ctx, "customer_received", context)


def _as_list(value: object) -> list[dict[str, object]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _forwarded(ctx: _Ctx, cmd: Command) -> Change:
    """A product sold as an agent went on to the manufacturer's warranty center: the customer is told."""
    if not _agent(ctx):
        raise ActionError("#forwarded is for a product booked in with '#received agent'")
    change = _move(ctx, "forwarded")
    return _with_mail(change, ctx, "customer_forwarded", {"text": ctx.who.body})


def _preliminary(ctx: _Ctx, cmd: Command) -> Change:
    if not ctx.who.body and not ctx.who.attachments:
        raise ActionError("#preliminary needs the analysis as text below the command or attached")
    # The report and the return run from the receipt (states.awaited_in): the preliminary ends its own
    # step only, and the mail repeats what is still promised, counted from the receipt.
    change = _move(ctx, "preliminary")
    if ctx.state == workflow.RECEIVED:
        # A ticket booked in before these steps ran from the receipt has no deadline for them yet: they start
        # from the receipt now (one already open is kept as it is, so no clock is restarted).
        since = ctx.ticket.state_since
        owed = workflow.awaited_in(workflow.PRELIMINARY_SENT)
        owner = {"service": ctx.party.service, "rep": ctx.party.rep}
        skip = workflow.not_owed(_agent(ctx))
        carried = tuple(DeadlineSpec(a, owner[role], counted_from=since) for a, role in owed if a != skip)
        change = replace(change, start=(*change.start, *carried))
    steps = ("report", "return_to_customer", "to_manufacturer", "refund")
    still = promises(
        ctx.rules.terms, ctx.party.language, tuple(s for s in steps if s != workflow.not_owed(_agent(ctx)))
    )
    context: dict[str, object] = {"text": ctx.who.body, "still_promised": still}
    return _with_mail(change, ctx, "customer_preliminary", context, ctx.who.attachments)


def _report(ctx: _Ctx, cmd: Command) -> Change:
    if not ctx.who.attachments:
        raise ActionError("#report needs the RMA report attached")
    change = _move(ctx, "report")
    context: dict[str, object] = {"text": ctx.who.body, "report_next": report_next(ctx.rules.terms, ctx.party.language)}
    return _with_mail(change, ctx, "customer_report", context, ctx.who.attachments)


def _quote(ctx: _Ctx, cmd: Command) -> Change:
    """A paid repair quoted: the amount, the text below and the attachments go to the customer."""
    change = replace(_move(ctx, "quote", {"amount": cmd.arg}), updates={"data": {"quote": cmd.arg}})
    context: dict[str, object] = {
        "amount": cmd.arg,
        "text": ctx.who.body,
        "on_refusal": ctx.rules.terms.quotation.on_refusal,
    }
    return _with_mail(change, ctx, "customer_quote", context, ctx.who.attachments)


def _reply(ctx: _Ctx, cmd: Command) -> Change:
    """The staff member's own answer to the customer, sent from the ticket so it is threaded and kept."""
    if not ctx.who.body and not ctx.who.attachments:
        raise ActionError("#reply needs the text for the customer below the command (or attachments)")
    event = EventSpec(kind="reply", actor=ctx.who.member.email, detail={"text": ctx.who.body, "via": ctx.who.via})
    return _with_mail(
        Change(ctx.state, events=(event,)), ctx, "customer_staff_reply", {"text": ctx.who.body}, ctx.who.attachments
    )


def _resolve(ctx: _Ctx, cmd: Command) -> Change:
    change = _move(ctx, "resolve", {"outcome": cmd.arg})
    change = replace(change, updates={"resolution": cmd.arg})
    return _with_mail(change, ctx, "customer_resolved", {"outcome": cmd.arg})


def _close(ctx: _Ctx, cmd: Command) -> Change:
    change = _move(ctx, "close")
    # What a new request needs is what this profile requires, not a fixed list.
    return _with_mail(change, ctx, "customer_closed", {"required": list(ctx.rules.terms.required_fields)})


def _note(ctx: _Ctx, cmd: Command) -> Change:
    event = EventSpec(kind="note", actor=ctx.who.member.email, detail={"text": cmd.arg, "via": ctx.who.via})
    return Change(ctx.state, events=(event,))


def _assign(ctx: _Ctx, cmd: Command) -> Change:
    if ctx.rules.staff.member(cmd.arg) is None:
        raise ActionError(f"{cmd.arg} is not a staff member")
    if ctx.state in (workflow.CLOSED,):
        raise ActionError("invalid in this state: the ticket is closed")
    event = EventSpec(
        kind="assign",
        actor=ctx.who.member.email,
        detail={"from": ctx.ticket.assigned_rep, "to": cmd.arg, "via": ctx.who.via},
    )
    notice = to_staff(cmd.arg, "staff_assigned", {"by": ctx.who.member.email, "status": ctx.state}, ctx.rules)
    return Change(ctx.state, {"assigned_rep": cmd.arg}, (event,), (notice,))


def _warranty(ctx: _Ctx, cmd: Command) -> Change:
    event = EventSpec(
        kind="warranty_set",
        actor=ctx.who.member.email,
        detail={"from": ctx.ticket.warranty, "to": cmd.arg, "via": ctx.who.via},
    )
    return Change(ctx.state, {"warranty": cmd.arg, "data": {"warranty_override": cmd.arg}}, (event,))


ACTIONS: dict[str, Callable[[_Ctx, Command], Change]] = {
    "approve": _approve,
    "reject": _reject,
    "received": _received,
    "preliminary": _preliminary,
    "report": _report,
    "resolve": _resolve,
    "forwarded": _forwarded,
    "close": _close,
    "note": _note,
    "assign": _assign,
    "warranty": _warranty,
    "quote": _quote,
    "reply": _reply,
}


def _run_all(commands: Sequence[Command], ctx: _Ctx) -> Change:
    total = Change(ctx.state)
    for cmd in commands:
        if not ctx.rules.staff.may(ctx.who.member, cmd.name):
            raise ActionError(f"#{cmd.name}: not allowed for your role ({ctx.who.member.role})")
        try:
            step = ACTIONS[cmd.name](ctx, cmd)
        except ActionError as exc:
            raise ActionError(f"#{cmd.name}: {exc}") from None
        total = total.then(replace(step, summary=f"#{cmd.name}{' ' + cmd.arg if cmd.arg else ''}: done"))
        rep = str(step.updates.get("assigned_rep") or ctx.party.rep)
        wov = str(step.updates["warranty"]) if cmd.name == "warranty" else ctx.warranty_override
        ctx = replace(ctx, state=step.status, party=replace(ctx.party, rep=rep), warranty_override=wov)
    return total


def execute(
    commands: Sequence[Command],
    *,
    ticket: TicketView,
    rules: Rules,
    who: StaffInput,
    findings: Sequence[WarrantyFinding],
    now: datetime,
) -> tuple[Decision | None, list[str]]:
    """Run every command or none: (the Decision, what was done) or (None, [the error])."""
    wov = ticket.data.get("warranty_override") if isinstance(ticket.data, dict) else None
    ctx = _Ctx(
        ticket, ticket.status, party_of(ticket, rules), rules, who, findings, wov if wov in ("in", "out") else None
    )
    try:
        total = _run_all(commands, ctx)
    except ActionError as exc:
        return None, [str(exc)]
    decision = Decision(
        action="update",
        ticket_id=ticket.id,
        status=total.status if total.status != ticket.status else None,
        updates=total.updates,
        events=total.events,
        replies=total.replies,
        deadlines_start=total.start,
        deadlines_done=total.done,
        reason=f"staff commands from {who.member.email} ({who.via}) at {now.isoformat()}",
    )
    return decision, total.summary.split("; ") if total.summary else []

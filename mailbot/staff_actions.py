"""Staff actions outside mail (`ticket RMA-… approve` on the command line, the web view's buttons):
checked and carried out by the very workflow code the mail commands use, applied in one transaction."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from mailbot.app import Clock, Context, build_context, utc_now
from mailbot.config import Settings
from mailbot.rules import Rules
from mailbot.schedule.delivery import deliver_due
from mailbot.store.apply import change_ticket, queue_replies
from mailbot.store.models import Ticket
from mailbot.store.orders import findings_for_mail
from mailbot.store.tickets import StaleTicket, by_rma, view
from mailbot.values import Attachment, Decision, TicketView
from mailbot.workflow.actions import StaffInput, execute
from mailbot.workflow.commands import Command, check
from mailbot.workflow.warranty import WarrantyFinding
from mailbot.workflow.workdays import local_day


class TicketActions(Protocol):
    """What running a staff action needs from the store (StoreActions below; a fake in unit tests)."""

    rules: Rules

    def now(self) -> datetime:
        """The business clock's time."""

    def load(self, rma: str, now: datetime) -> tuple[TicketView, list[WarrantyFinding]] | None:
        """The ticket and the warranty findings for its serials, or None if there is no such RMA."""

    def apply(self, decision: Decision, *, actor: str, now: datetime) -> None:
        """Carry out ``decision`` (ticket, events, deadlines, outbox) in one transaction."""


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    messages: list[str]


def run_action(
    store: TicketActions,
    rules: Rules,
    *,
    rma: str,
    actor: str,
    action: str,
    arg: str,
    body: str,
    attachments: Sequence[Attachment],
    now: datetime,
    via: str = "cli",
) -> ActionResult:
    """Check and carry out one action exactly as the mail command would; nothing changes on error.

    The command line and the web view both come here; ``via`` ("cli", "web 192.0.2.7") goes into
    the audit entry, which is otherwise the one the mail command writes."""
    member = rules.staff.member(actor)
    if member is None:
        return ActionResult(False, [f"{actor} is not a staff member in staff.yml"])
    problem = check(action, arg)
    if problem:
        return ActionResult(False, [problem])
    loaded = store.load(rma, now)
    if loaded is None:
        return ActionResult(False, [f"ticket not found: {rma}"])
    ticket, findings = loaded
    cmd = Command(action, arg.lower() if action in ("warranty", "assign") else arg)
    who = StaffInput(member, body, tuple(attachments), via=via)
    decision, messages = execute([cmd], ticket=ticket, rules=rules, who=who, findings=findings, now=now)
    if decision is None:
        return ActionResult(False, messages)
    try:
        store.apply(decision, actor=member.email, now=now)
    except StaleTicket as exc:  # another worker moved the ticket meanwhile: nothing was changed
        return ActionResult(False, [f"not done: {exc}; run the command again"])
    state = decision.status or ticket.status
    sent = [f"{r.template} to {', '.join(r.to)}" for r in decision.replies]
    return ActionResult(True, messages + [f"{ticket.rma} is now {state}"] + [f"queued {s}" for s in sent])


class StoreActions:
    """Loads a ticket with its warranty findings and applies a staff decision in one transaction."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rules = ctx.rules

    def now(self) -> datetime:
        return self.ctx.clock()

    def load(self, rma: str, now: datetime) -> tuple[TicketView, list[WarrantyFinding]] | None:
        with self.ctx.sessions() as session:
            ticket = by_rma(session, rma)
            if ticket is None:
                return None
            snapshot = view(ticket)
            findings = findings_for_mail(
                session,
                self.ctx.rules.terms.warranty,
                snapshot.serial_numbers,
                (),
                local_day(now, self.ctx.rules.calendar.tz),
                snapshot.order_numbers,
            )
            return snapshot, findings

    def apply(self, decision: Decision, *, actor: str, now: datetime) -> None:
        with self.ctx.sessions() as session:
            ticket = (
                session.get(Ticket, decision.ticket_id, with_for_update=True, populate_existing=True)
                if decision.ticket_id
                else None
            )
            if ticket is not None:
                change_ticket(session, ticket, decision, self.ctx.apply_env, now=now)
            queue_replies(session, decision, ticket, self.ctx.apply_env, now=now, source="cli")
            session.commit()
        deliver_due(self.ctx.sessions, self.ctx.transport, self.ctx.settings.delivery, self.ctx.clock)


@contextlib.contextmanager
def open_store(settings: Settings, clock: Clock = utc_now) -> Iterator[StoreActions]:
    ctx = build_context(settings, clock=clock)
    try:
        yield StoreActions(ctx)
    finally:
        ctx.close()

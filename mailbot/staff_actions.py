"""The store side of staff actions from the command line (`ticket RMA-… approve`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime

from mailbot.app import Clock, Context, build_context, utc_now
from mailbot.config import Settings
from mailbot.schedule.delivery import deliver_due
from mailbot.store.apply import change_ticket, queue_replies
from mailbot.store.models import Ticket
from mailbot.store.orders import findings_for_mail
from mailbot.store.tickets import by_rma, view
from mailbot.values import Decision, TicketView
from mailbot.workflow.warranty import WarrantyFinding
from mailbot.workflow.workdays import local_day


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

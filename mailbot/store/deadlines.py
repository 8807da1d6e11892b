"""Deadlines on tickets: what is awaited from whom and by when, started and ended in the ticket's own transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, or_, update
from sqlmodel import Session, col, select

from mailbot.rules.calendar import WorkCalendar
from mailbot.rules.periods import Period
from mailbot.rules.policy import Deadlines
from mailbot.rules.reminders import ReminderRules
from mailbot.store.db import changed_rows
from mailbot.store.later import KEPT, add_row, only_kept
from mailbot.store.models import Deadline, Ticket
from mailbot.values import DeadlineSpec
from mailbot.workflow.workdays import add_period, as_utc

ALL = "*"  # finish_deadlines(..., [ALL]) ends every open deadline of a ticket (closed, rejected)


def start_deadline(
    session: Session,
    ticket_id: int,
    spec: DeadlineSpec,
    rules: ReminderRules,
    cal: WorkCalendar,
    now: datetime,
    promised: Mapping[str, Period | float] | None = None,
) -> Deadline | None:
    """Start awaiting ``spec.awaited`` (call inside apply()'s transaction). Already open: kept as is.

    ``promised``: the period the policy promises for a step (a number: working days); it replaces
    reminders.yml's due_after, so what the customer was told is what is chased. A step with neither is
    not chased: None, as is a step reminders.yml has no rule for (a rules set older than the step; start-up
    refuses one that leaves out a step the policy promises, workflow/check.py)."""
    started = _start(session, ticket_id, spec, rules, cal, now, promised)
    return Deadline(**started) if isinstance(started, dict) else started


def _start(
    session: Session,
    ticket_id: int,
    spec: DeadlineSpec,
    rules: ReminderRules,
    cal: WorkCalendar,
    now: datetime,
    promised: Mapping[str, Period | float] | None,
) -> Deadline | dict[str, Any] | None:
    """``start_deadline``, a deadline only kept (the ingest of mails) given as its column values: the
    hooks of ``apply`` have no use for a model object, which costs more to build than the rest."""
    if spec.awaited not in rules.awaited and spec.awaited in Deadlines.model_fields:
        return None  # a step chased only where promised, in a reminders.yml written before it existed
    rule = rules.rule(spec.awaited)
    period = (promised or {}).get(spec.awaited) or rule.due_after
    if period is None:
        return None
    since = as_utc(spec.counted_from or now)
    if KEPT in session.info:  # the ingest of mails: the new row is written with the batch's others
        return _start_kept(session, ticket_id, spec, since, period, cal)
    # One look-up finds an open deadline for the step, or one that ended and started at this same instant:
    # a step ended and awaited again within one instant (a quotation answered in the batch that sent it)
    # is that same deadline, reopened, since (ticket, step, start) is unique.
    known = session.exec(
        select(Deadline).where(
            Deadline.ticket_id == ticket_id,
            Deadline.awaited == spec.awaited,
            or_(col(Deadline.done_at).is_(None), col(Deadline.started_at) == since),
        )
    ).all()
    if open_one := next((d for d in known if d.done_at is None), None):
        return open_one
    due = add_period(since, period, cal)
    if known:
        return _reopen(session, known[0], due)
    row = Deadline(
        ticket_id=ticket_id,
        awaited=spec.awaited,
        owner=spec.owner.lower(),
        started_at=since,
        due_at=due,
        next_reminder_at=due,
    )
    session.add(row)
    session.flush()
    return row


def _reopen(session: Session, again: Deadline, due: datetime) -> Deadline:
    again.done_at, again.due_at, again.next_reminder_at = None, due, due
    session.add(again)
    session.flush()
    return again


_TABLE = Deadline.__table__  # type: ignore[attr-defined]
# ``start_deadline``'s look-up, built once (one per ticket and step started in the ingest of mails).
_OPEN_OR_SAME_START = select(_TABLE.c.id, _TABLE.c.done_at).where(
    _TABLE.c.ticket_id == bindparam("dl_ticket"),
    _TABLE.c.awaited == bindparam("dl_awaited"),
    or_(_TABLE.c.done_at.is_(None), _TABLE.c.started_at == bindparam("dl_since")),
)


def _start_kept(
    session: Session, ticket_id: int, spec: DeadlineSpec, since: datetime, period: Period | float, cal: WorkCalendar
) -> Deadline | dict[str, Any]:
    """``start_deadline`` in a session that keeps rows (mailbot.store.later): the same look-up, made on the
    connection so that it does not write the deadlines kept so far (one INSERT per ticket again), plus a look
    at those kept rows; a new deadline is kept too, written with the others before anything reads the table
    and before the commit. Kept rows are always open: ``finish_deadlines`` (an UPDATE of the table) writes
    them first. A ticket opened in this transaction (``mailbot.store.later.mark_new``) has no deadline in
    the database but those written from the kept ones: for it the look-up is left out until one is written.
    Returns the deadline as it is (a kept one as its values, without its id)."""
    kept = session.info[KEPT].get(_TABLE, ())
    if open_one := next((r for r in kept if r["ticket_id"] == ticket_id and r["awaited"] == spec.awaited), None):
        return open_one
    found: Sequence[Row[Any, Any]] = ()  # a ticket this transaction opened: its deadlines are all kept ones
    if not only_kept(session, Deadline, "ticket_id", ticket_id):
        params = {"dl_ticket": ticket_id, "dl_awaited": spec.awaited, "dl_since": since}
        found = session.connection().execute(_OPEN_OR_SAME_START, params).all()
    if open_id := next((i for i, done_at in found if done_at is None), None):
        return session.get_one(Deadline, open_id)
    due = add_period(since, period, cal)
    if found:
        return _reopen(session, session.get_one(Deadline, found[0][0]), due)
    values: dict[str, Any] = {
        "ticket_id": ticket_id,
        "awaited": spec.awaited,
        "owner": spec.owner.lower(),
        "started_at": since,
        "due_at": due,
        "next_reminder_at": due,
    }
    add_row(session, Deadline, values)
    return values


def finish_deadlines(session: Session, ticket_id: int, awaited_names: Iterable[str], now: datetime) -> int:
    """The awaited things happened: no reminder for them from now on. Returns how many ended."""
    names = list(awaited_names)
    if not names:
        return 0
    cond = [col(Deadline.ticket_id) == ticket_id, col(Deadline.done_at).is_(None)]
    if ALL not in names:
        cond.append(col(Deadline.awaited).in_(names))
    return changed_rows(session, update(Deadline).where(*cond).values(done_at=as_utc(now), next_reminder_at=None))


@dataclass(frozen=True)
class ReminderHooks:
    """apply()'s DeadlineHooks: start and finish deadlines in the ticket change's own transaction."""

    rules: ReminderRules
    calendar: WorkCalendar
    promised: Mapping[str, Period | float] = field(default_factory=dict)  # awaited step → the policy's period

    def start(self, session: Session, ticket: Ticket, spec: DeadlineSpec, now: datetime) -> None:
        assert ticket.id is not None
        _start(session, ticket.id, spec, self.rules, self.calendar, now, self.promised)

    def finish(self, session: Session, ticket: Ticket, awaited: tuple[str, ...], now: datetime) -> None:
        assert ticket.id is not None
        finish_deadlines(session, ticket.id, awaited, now)

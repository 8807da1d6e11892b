"""Figures for the managers' dashboard and the operator's /metrics and /healthz, each a grouped query.

The digest's own figures come from mailbot.schedule.digest.gather; these are the ones it does not
have: open tickets by state and owner, overdue by step and owner, turnaround per step against the
deadline (SLA met), new and closed tickets per week, and the outbox and inbox health.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, text
from sqlmodel import Session, col, select

from mailbot.store.models import Deadline, Event, Message, Outbox, Ticket
from mailbot.workflow.states import OPEN

NONE = "(none)"


@dataclass(frozen=True)
class StepTurnaround:
    step: str  # the awaited thing: rep_confirmation, shipment, preliminary, report ...
    done: int
    met: int  # done by the due time
    median_hours: float

    @property
    def met_percent(self) -> float:
        return round(100.0 * self.met / self.done, 1) if self.done else 0.0


@dataclass(frozen=True)
class Week:
    start: datetime
    new: int
    closed: int


@dataclass(frozen=True)
class Dashboard:
    open_by_state_owner: tuple[tuple[str, str, int], ...]
    overdue_by_step_owner: tuple[tuple[str, str, int], ...]
    turnaround: tuple[StepTurnaround, ...]
    weeks: tuple[Week, ...]


def _open_by_state_owner(session: Session) -> tuple[tuple[str, str, int], ...]:
    owner = func.coalesce(Ticket.assigned_rep, "").label("o")
    rows = session.exec(
        select(Ticket.status, owner, func.count())
        .where(col(Ticket.status).in_(sorted(OPEN)))
        .group_by(Ticket.status, owner)
        .order_by(func.count().desc())
    ).all()
    return tuple((s, o or NONE, int(n)) for s, o, n in rows)


def _overdue(session: Session, now: datetime) -> tuple[tuple[str, str, int], ...]:
    owner = func.coalesce(func.nullif(Deadline.owner, ""), Ticket.assigned_rep, "").label("o")
    rows = session.exec(
        select(Deadline.awaited, owner, func.count())
        .join(Ticket, col(Ticket.id) == Deadline.ticket_id)
        .where(col(Deadline.done_at).is_(None), col(Deadline.due_at) < now)
        .group_by(Deadline.awaited, owner)
        .order_by(func.count().desc())
    ).all()
    return tuple((a, o or NONE, int(n)) for a, o, n in rows)


def _turnaround(session: Session, since: datetime) -> tuple[StepTurnaround, ...]:
    rows = session.exec(
        select(Deadline.awaited, Deadline.started_at, Deadline.due_at, Deadline.done_at)
        .where(col(Deadline.done_at).is_not(None), col(Deadline.done_at) >= since)
        .order_by(Deadline.awaited)
    ).all()
    by_step: dict[str, list[tuple[float, bool]]] = {}
    for awaited, started, due, done in rows:
        if done is None:
            continue
        by_step.setdefault(awaited, []).append(((done - started).total_seconds() / 3600, done <= due))
    result = []
    for step, items in sorted(by_step.items()):
        hours = sorted(h for h, _ in items)
        result.append(
            StepTurnaround(step, len(items), sum(1 for _, ok in items if ok), round(hours[len(hours) // 2], 1))
        )
    return tuple(result)


def _weeks(session: Session, now: datetime, count: int) -> tuple[Week, ...]:
    monday = (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    starts = [monday - timedelta(weeks=i) for i in range(count - 1, -1, -1)]
    first = starts[0]

    def bucket(stamps: list[datetime]) -> list[int]:
        counts = [0] * count
        for at in stamps:
            index = (at - first).days // 7
            if 0 <= index < count:
                counts[index] += 1
        return counts

    created = bucket(list(session.exec(select(Ticket.created_at).where(col(Ticket.created_at) >= first)).all()))
    closed_at = list(
        session.exec(
            select(Event.at).where(col(Event.at) >= first, Event.to_state == "closed")  # staff #close and auto-close
        ).all()
    )
    closed = bucket(closed_at)
    return tuple(Week(s, n, c) for s, n, c in zip(starts, created, closed, strict=True))


def dashboard(session: Session, now: datetime, weeks: int = 12) -> Dashboard:
    return Dashboard(
        open_by_state_owner=_open_by_state_owner(session),
        overdue_by_step_owner=_overdue(session, now),
        turnaround=_turnaround(session, now - timedelta(weeks=weeks)),
        weeks=_weeks(session, now, weeks),
    )


@dataclass(frozen=True)
class OpsFigures:
    """What /metrics exports: mails by status and reason, the outbox, inboxes, reminders due."""

    mails: tuple[tuple[str, str, int], ...]  # (status, reason, count) of inbound mails
    outbox: tuple[tuple[str, int], ...]  # (status, count)
    oldest_queued_seconds: float
    reminders_due: int
    open_tickets: int


def _reason_key(reason: str) -> str:
    # Reasons carry details (an address, a number); the first words name the kind, enough for a label.
    return " ".join(reason.split(":")[0].split()[:4])[:60]


def ops_figures(session: Session, now: datetime) -> OpsFigures:
    mail_rows = session.exec(
        select(Message.status, Message.reason, func.count())
        .where(Message.direction == "in")
        .group_by(Message.status, Message.reason)
    ).all()
    mails: dict[tuple[str, str], int] = {}
    for status, reason, n in mail_rows:
        key = (status, _reason_key(reason) if status in ("ignored", "quarantined") else "")
        mails[key] = mails.get(key, 0) + int(n)
    outbox = session.exec(select(Outbox.status, func.count()).group_by(Outbox.status)).all()
    oldest = session.exec(select(func.min(Outbox.created_at)).where(Outbox.status == "queued")).one()
    due = session.exec(
        select(func.count())
        .select_from(Deadline)
        .where(col(Deadline.done_at).is_(None), or_(col(Deadline.next_reminder_at) <= now, col(Deadline.due_at) <= now))
    ).one()
    open_count = session.exec(
        select(func.count()).select_from(Ticket).where(col(Ticket.status).in_(sorted(OPEN)))
    ).one()
    return OpsFigures(
        mails=tuple((s, r, n) for (s, r), n in sorted(mails.items())),
        outbox=tuple((s, int(n)) for s, n in outbox),
        oldest_queued_seconds=max(0.0, (now - _aware(oldest)).total_seconds()) if oldest else 0.0,
        reminders_due=int(due),
        open_tickets=int(open_count),
    )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def database_ok(session: Session) -> bool:
    session.exec(text("SELECT 1"))  # type: ignore[call-overload]
    return True

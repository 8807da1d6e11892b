"""The managers' daily digest: when it is due, the figures (aggregated in SQL), sent once per day."""

from __future__ import annotations

import heapq
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mailbot.rules.calendar import WorkCalendar
from mailbot.rules.digest import CLOSED_STATES, Manager
from mailbot.store.models import Deadline, DigestLog, Ticket
from mailbot.values import OutgoingMail
from mailbot.workflow.states import STATES
from mailbot.workflow.workdays import as_utc, working_days_between

log = logging.getLogger(__name__)

WAITING_FOR_REP = "rep_confirmation"  # the Deadline.awaited name the workflow starts at intake
NO_VALUE = "(none)"


@dataclass(frozen=True)
class TicketLine:
    rma: str
    customer: str
    status: str
    created_at: datetime
    owner: str = ""
    since: datetime | None = None  # start of the wait (waiting list) or of the ticket
    age_working_days: float = 0.0


@dataclass(frozen=True)
class Count:
    name: str
    last7: int
    last30: int


@dataclass(frozen=True)
class OwnerOverdue:
    owner: str
    count: int
    oldest_due: datetime


@dataclass(frozen=True)
class DigestData:
    """Everything the digest shows, as plain values; the template only formats."""

    now: datetime
    since: datetime
    new_count: int
    new_tickets: tuple[TicketLine, ...]
    waiting_count: int
    waiting: tuple[TicketLine, ...]  # oldest first
    overdue: tuple[OwnerOverdue, ...]
    by_state: tuple[tuple[str, int], ...]
    by_category: tuple[Count, ...]
    by_model: tuple[Count, ...]
    oldest_open: tuple[TicketLine, ...]

    @property
    def open_total(self) -> int:
        return sum(n for _, n in self.by_state)


def gather(
    session: Session,
    now: datetime,
    cal: WorkCalendar,
    *,
    since: datetime | None = None,
    closed_states: Sequence[str] = CLOSED_STATES,
    limit: int = 20,
) -> DigestData:
    """The digest's figures. Counts are GROUP BY queries; only short lists are loaded as rows."""
    now = as_utc(now)
    since = as_utc(since) if since else now - timedelta(days=1)
    # Named as the open states, not "NOT IN closed": an IN list is served by the (status, created_at)
    # index, so a desk with a million closed tickets reads only its open ones.
    open_states = [s for s in STATES if s not in closed_states]
    is_open = col(Ticket.status).in_(open_states)
    new_q = select(Ticket).where(Ticket.created_at > since, Ticket.created_at <= now)
    new_count = session.exec(select(func.count()).select_from(new_q.subquery())).one()
    new = session.exec(new_q.order_by(col(Ticket.created_at).desc()).limit(limit)).all()
    oldest = _oldest_open(session, open_states, 5)
    return DigestData(
        now=now,
        since=since,
        new_count=new_count,
        new_tickets=tuple(_line(t, now, cal) for t in new),
        waiting_count=_waiting_count(session),
        waiting=_waiting(session, now, cal, limit),
        overdue=_overdue(session, now),
        by_state=tuple(
            (s, n)
            for s, n in session.exec(
                select(Ticket.status, func.count())
                .where(is_open)
                .group_by(Ticket.status)
                .order_by(func.count().desc(), Ticket.status)
            ).all()
        ),
        by_category=_counts(session, func.coalesce(Ticket.defect_category, NO_VALUE), now),
        by_model=_counts(session, func.coalesce(_first_model(), NO_VALUE), now),
        oldest_open=tuple(_line(t, now, cal) for t in oldest),
    )


def _oldest_open(session: Session, open_states: Sequence[str], limit: int) -> list[Ticket]:
    """The oldest open tickets: the oldest few of each open state, then the oldest of those.

    One query for all of them ("status IN (…) ORDER BY created_at") made SQLite walk the created_at
    index from the oldest ticket on, through years of closed ones (6 s on a million); per state, the
    (status, created_at) index hands over the first rows at once, on either backend."""
    found: list[Ticket] = []
    for state in open_states:
        found.extend(
            session.exec(
                select(Ticket)
                .where(Ticket.status == state)
                .order_by(col(Ticket.created_at), col(Ticket.id))
                .limit(limit)
            ).all()
        )
    return heapq.nsmallest(limit, found, key=lambda t: (as_utc(t.created_at), t.id or 0))


def _first_model():
    # product_models is a JSON list. Its first element through SQLAlchemy's generic JSON index
    # renders as json_extract(...) on SQLite and ->> on PostgreSQL: one portable GROUP BY key.
    return Ticket.__table__.c.product_models[0].as_string()


def _counts(session: Session, key, now: datetime) -> tuple[Count, ...]:
    """Tickets created in the last 30 days by ``key``, with the last-7-days share, in one query."""
    d7, d30 = now - timedelta(days=7), now - timedelta(days=30)
    label = key.label("k")
    rows = session.exec(
        select(label, func.sum(case((col(Ticket.created_at) > d7, 1), else_=0)), func.count())
        .where(Ticket.created_at > d30, Ticket.created_at <= now)
        .group_by(label)
        .order_by(func.count().desc(), label)
    ).all()
    return tuple(Count(str(k), int(n7 or 0), int(n30)) for k, n7, n30 in rows)


def _waiting_count(session: Session) -> int:
    return session.exec(
        select(func.count())
        .select_from(Deadline)
        .where(Deadline.awaited == WAITING_FOR_REP, col(Deadline.done_at).is_(None))
    ).one()


def _waiting(session: Session, now: datetime, cal: WorkCalendar, limit: int) -> tuple[TicketLine, ...]:
    rows = session.exec(
        select(Ticket, Deadline)
        .join(Deadline, col(Deadline.ticket_id) == Ticket.id)
        .where(Deadline.awaited == WAITING_FOR_REP, col(Deadline.done_at).is_(None))
        .order_by(col(Deadline.started_at), col(Deadline.id))
        .limit(limit)
    ).all()
    return tuple(
        TicketLine(
            rma=t.rma,
            customer=t.customer_email,
            status=t.status,
            created_at=as_utc(t.created_at),
            owner=d.owner or t.assigned_rep or "",
            since=as_utc(d.started_at),
            age_working_days=working_days_between(d.started_at, now, cal),
        )
        for t, d in rows
    )


def _overdue(session: Session, now: datetime) -> tuple[OwnerOverdue, ...]:
    owner = func.coalesce(func.nullif(Deadline.owner, ""), Ticket.assigned_rep, "").label("o")
    rows = session.exec(
        select(owner, func.count(), func.min(Deadline.due_at))
        .join(Ticket, col(Ticket.id) == Deadline.ticket_id)
        .where(col(Deadline.done_at).is_(None), col(Deadline.due_at) < now)
        .group_by(owner)
        .order_by(func.count().desc(), owner)
    ).all()
    return tuple(OwnerOverdue(o or NO_VALUE, int(n), as_utc(due)) for o, n, due in rows)


def _line(t: Ticket, now: datetime, cal: WorkCalendar) -> TicketLine:
    return TicketLine(
        rma=t.rma,
        customer=t.customer_email,
        status=t.status,
        created_at=as_utc(t.created_at),
        owner=t.assigned_rep or "",
        since=as_utc(t.created_at),
        age_working_days=working_days_between(t.created_at, now, cal),
    )


def due_digests(
    managers: Sequence[Manager], now: datetime, cal: WorkCalendar, session: Session
) -> list[tuple[Manager, date]]:
    """Managers whose local digest time has come today and who have not had today's digest."""
    due = []
    for m in managers:
        local = as_utc(now).astimezone(m.tz)
        if local.time() < m.digest_time:
            continue
        if m.working_days_only and not cal.is_working_day(local.date()):
            continue
        if (
            session.exec(
                select(DigestLog.id).where(DigestLog.manager == m.email, DigestLog.day == local.date())
            ).first()
            is None
        ):
            due.append((m, local.date()))
    return due


Enqueue = Callable[[Session, OutgoingMail, "Ticket | None"], object]


def send_due(
    session_factory: Callable[[], Session],
    managers: Sequence[Manager],
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
    *,
    closed_states: Sequence[str] = CLOSED_STATES,
    reply_address: str | None = None,
    force: bool = False,
    limit: int = 20,
) -> list[tuple[str, date]]:
    """Queue each due digest once: the DigestLog row (unique manager+day) is claimed first."""
    from mailbot.schedule.digest_view import digest_mail

    with session_factory() as session:
        due = (
            [(m, as_utc(now).astimezone(m.tz).date()) for m in managers]
            if force
            else due_digests(managers, now, cal, session)
        )
    sent = []
    for manager, day in due:
        with session_factory() as session:
            try:
                since = session.exec(
                    select(func.max(DigestLog.sent_at)).where(DigestLog.manager == manager.email)
                ).one()
                session.add(DigestLog(manager=manager.email, day=day, sent_at=as_utc(now)))
                session.flush()
                data = gather(session, now, cal, since=since, closed_states=closed_states, limit=limit)
                enqueue(session, digest_mail(data, manager, reply_address), None)
                session.commit()
            except IntegrityError:
                session.rollback()  # another process has today's digest for this manager
                log.info("digest for %s on %s already sent by another process", manager.email, day)
                continue
            except Exception:
                session.rollback()
                log.exception("digest for %s on %s failed; the next check tries again", manager.email, day)
                continue
        log.info("digest for %s on %s queued", manager.email, day)
        sent.append((manager.email, day))
    return sent

"""Deadlines on tickets and the reminder sweep: reminders derived from the database, each sent once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from sqlalchemy import bindparam, false, func, insert, inspect, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, SQLModel, col, select

from mailbot.rules.calendar import WorkCalendar
from mailbot.rules.reminders import ReminderRule, ReminderRules
from mailbot.store.clean import scrub_row
from mailbot.store.db import saved_id
from mailbot.store.deadlines import ALL, finish_deadlines
from mailbot.store.models import Deadline, Event, Message, Outbox, ReminderLog, Ticket
from mailbot.store.tickets import set_status
from mailbot.values import OutgoingMail
from mailbot.workflow.workdays import add_period, as_utc, local_text

log = logging.getLogger(__name__)

Enqueue = Callable[[Session, OutgoingMail, "Ticket | None"], object]
# Told, once per batch and before its first mail, every address and ticket the batch's mails may go to,
# so the outbox can read their rate limits and suppressions in one go (optional: a plain Enqueue reads per mail).
Prepare = Callable[[Session, set[str], set[int]], None]
SessionFactory = Callable[[], Session]


Action = Literal["reminded", "escalated", "closed", "expired"]

PER_COMMIT = 100  # reminders written by one commit


@dataclass(frozen=True)
class SentReminder:
    """What one sweep step did, for the log and the tests."""

    deadline_id: int
    ticket_id: int
    rma: str
    awaited: str
    occurrence: int
    action: Action
    to: tuple[str, ...]


def sweep(
    session_factory: SessionFactory,
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
    batch: int = 500,
    per_commit: int = PER_COMMIT,
    prepare: Prepare | None = None,
) -> list[SentReminder]:
    """Send every reminder that is due, ``per_commit`` of them to a transaction; safe to run in several
    processes. A commit is a durable write (an fsync on SQLite): one per reminder made a sweep of a few
    hundred take seconds, whatever the rest of the work."""
    now = as_utc(now)
    with session_factory() as session:
        due_ids = session.exec(
            select(col(Deadline.id))
            .where(col(Deadline.done_at).is_(None), col(Deadline.next_reminder_at) <= now)
            .order_by(col(Deadline.next_reminder_at))
            .limit(batch)
        ).all()
    ids = [i for i in due_ids if i]  # a primary key is never NULL (nor 0)
    sent: list[SentReminder] = []
    for first in range(0, len(ids), per_commit):
        sent.extend(_batch(session_factory, ids[first : first + per_commit], rules, cal, enqueue, now, prepare))
    return sent


def _batch(
    session_factory: SessionFactory,
    deadline_ids: list[int],
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
    prepare: Prepare | None = None,
) -> list[SentReminder]:
    """Several deadlines, one transaction, each in a savepoint of its own: a reminder that fails is
    rolled back alone and stays due; a commit that fails leaves all of them due (none is reported sent).

    The deadlines, their tickets and the tickets' threads are read by one statement each for the whole
    batch, not per reminder: on a large desk the per-reminder round trips were what a sweep spent."""
    with session_factory() as session:
        try:
            _write_lock(session)
            rows = _claim(session, deadline_ids, now)
            tickets = _tickets(session, {r.ticket_id for r in rows})
            threads = _threads(session, list(tickets))
            if prepare is not None and rows:
                prepare(session, _addresses(rows, tickets, rules), set(tickets))
            done = _all_at_once(session, rows, tickets, threads, rules, cal, enqueue, now)
            if done is None:
                # One of them failed or was claimed elsewhere: each on its own, as if the first try never
                # happened (the rate limits read again, so its rolled-back mails are not counted).
                if prepare is not None and rows:
                    prepare(session, _addresses(rows, tickets, rules), set(tickets))
                done = _one_by_one(session, rows, tickets, threads, rules, cal, enqueue, now)
            session.commit()
            return done
        except OperationalError as exc:
            session.rollback()  # locked or unreachable database: the next sweep tries again
            log.warning("%d reminder(s) not sent this time: %s", len(deadline_ids), exc.orig or exc)
            return []


def _all_at_once(
    session: Session,
    rows: list[Deadline],
    tickets: dict[int, Ticket],
    threads: _Threads,
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
) -> list[SentReminder] | None:
    """Every reminder of the batch in one savepoint: the claims, then the mails' outbox rows, messages and
    events, each table by one executemany INSERT (``_write_batch``), then the deadlines' new times by one
    executemany UPDATE, instead of a savepoint and four statements per reminder.

    None when any of them raised (its template failed, or another process claimed an occurrence first,
    seen as an IntegrityError when the claims are written, before any mail is): the savepoint is rolled
    back with everything the batch did, and the caller does them one by one. A database that is locked or
    down (OperationalError) ends the batch as before."""
    kept = threads.copy()
    done: list[SentReminder] = []
    claims: list[dict[str, object]] = []
    acted: list[Deadline] = []
    try:
        with session.begin_nested():
            for row in rows:
                ticket = tickets[row.ticket_id]
                if row.done_at is not None or ticket.id in threads.closed:
                    continue  # ended by an earlier reminder of this batch closing its ticket
                claims.append(_claim_values(row, now))
                done.append(_act(session, row, ticket, row.reminders_sent + 1, rules, cal, enqueue, now, threads))
                acted.append(row)
                threads.keep()
            with session.no_autoflush:  # the ORM would write them first, its own way
                _write_batch(session, claims, acted)
            session.flush()
    except OperationalError:
        raise
    except Exception as exc:  # whatever one reminder raised, the others are then sent one by one
        log.info("%d reminder(s) sent one by one: %s: %s", len(rows), type(exc).__name__, exc)
        threads.restore(kept)
        return None
    return done


# The rows a batch's mails add, written by ``_write_batch`` in this order (an event may name a message).
_BATCHED: tuple[type[SQLModel], ...] = (Outbox, Message, Event)


def _write_batch(session: Session, claims: list[dict[str, object]], acted: list[Deadline]) -> None:
    """Write the batch's claims, the rows its mails added to the session (in the order they were added)
    and the acted deadlines' new state, one executemany statement per table.

    The ORM would write each table's new rows as one multi-row INSERT … RETURNING: on PostgreSQL a
    statement of some 1,600 parameters that psycopg parses again for every batch (its statement cache
    stops at 50 parameters), which cost more than the rest of the database work; and its UPDATE of a
    hundred changed deadlines cost as much as all the INSERTs. One small statement run for every row is
    parsed once. New rows go through ``scrub_row`` as the ORM's own INSERT would have them; their ids are
    not read back, since nothing in a sweep needs them."""
    if claims:
        session.execute(insert(ReminderLog.__table__), claims)  # type: ignore[attr-defined]
    added = sorted(
        (o for o in session.new if isinstance(o, _BATCHED)),
        key=lambda o: inspect(o).insert_order,
    )
    for kind in _BATCHED:
        mine = [o for o in added if type(o) is kind]
        if not mine:
            continue
        table = kind.__table__  # type: ignore[attr-defined]
        columns = [c.key for c in table.columns if not c.primary_key]
        values = []
        for obj in mine:
            scrub_row(None, None, obj)
            values.append({key: getattr(obj, key) for key in columns})
            session.expunge(obj)
        session.execute(insert(table), values)
    if acted:
        session.execute(
            _SET_DEADLINE, [{"d_id": saved_id(r), **{f"d_{a}": getattr(r, a) for a in _MOVED}} for r in acted]
        )
        for row in acted:
            # Written above: their values become the ORM's committed state, so its flush writes nothing
            # more. They stay flagged as modified, so a savepoint rolled back still expires them and
            # they are read back as the database has them.
            for name in _MOVED:
                set_committed_value(row, name, getattr(row, name))


# What a reminder changes on its deadline, and the one statement that writes it for a whole batch.
_MOVED = ("reminders_sent", "next_reminder_at", "done_at", "escalated_at")
_DEADLINE = Deadline.__table__  # type: ignore[attr-defined]
_SET_DEADLINE = (
    update(_DEADLINE).where(_DEADLINE.c.id == bindparam("d_id")).values({a: bindparam(f"d_{a}") for a in _MOVED})
)


def _one_by_one(
    session: Session,
    rows: list[Deadline],
    tickets: dict[int, Ticket],
    threads: _Threads,
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
) -> list[SentReminder]:
    """Each reminder in a savepoint of its own: one that fails is rolled back alone and stays due."""
    done: list[SentReminder] = []
    for row in rows:
        if row.done_at is not None or tickets[row.ticket_id].id in threads.closed:
            continue  # ended by an earlier reminder of this batch closing its ticket
        step = _step(session, row, tickets[row.ticket_id], threads, rules, cal, enqueue, now)
        if step is not None:
            done.append(step)
    return done


def _claim_values(row: Deadline, now: datetime) -> dict[str, object]:
    """The ReminderLog row that makes this reminder the only one: unique (deadline, occurrence)."""
    return {
        "deadline_id": saved_id(row),
        "ticket_id": row.ticket_id,
        "awaited": row.awaited,
        "occurrence": row.reminders_sent + 1,
        "sent_at": now,
    }


def _claim_occurrence(session: Session, row: Deadline, now: datetime) -> None:
    """The claim of one reminder sent on its own (``_step``), as an ORM row."""
    session.add(
        ReminderLog(
            deadline_id=saved_id(row),
            ticket_id=row.ticket_id,
            awaited=row.awaited,
            occurrence=row.reminders_sent + 1,
            sent_at=now,
        )
    )


def _claim(session: Session, deadline_ids: list[int], now: datetime) -> list[Deadline]:
    """The listed deadlines still due, locked for this transaction, in the order they were listed.

    SKIP LOCKED: another process holding a row is already on it (PostgreSQL); SQLite has no row locks:
    the write lock taken first keeps others out until the commit, and the unique ReminderLog key stays
    the last word. A deadline finished since it was listed is not returned."""
    found = session.exec(
        select(Deadline)
        .where(
            col(Deadline.id).in_(deadline_ids),
            col(Deadline.done_at).is_(None),
            col(Deadline.next_reminder_at) <= now,
        )
        .with_for_update(skip_locked=True)
        .execution_options(populate_existing=True)
    ).all()
    order = {d: n for n, d in enumerate(deadline_ids)}
    return sorted(found, key=lambda r: order[saved_id(r)])


def _addresses(rows: list[Deadline], tickets: dict[int, Ticket], rules: ReminderRules) -> set[str]:
    """Everyone a reminder, escalation or closing notice of these deadlines may go to (a superset)."""
    out = set(rules.escalate_to)
    for rule in rules.awaited.values():
        out.update(who for who in rule.remind if "@" in who)
    for row in rows:
        ticket = tickets[row.ticket_id]
        out.update((row.owner, ticket.assigned_rep or "", ticket.customer_email))
    return {a.lower() for a in out if a}


def _tickets(session: Session, ids: set[int]) -> dict[int, Ticket]:
    """The tickets of the batch's deadlines, by id (and in the session, for the reminders' changes)."""
    if not ids:
        return {}
    found = session.exec(select(Ticket).where(col(Ticket.id).in_(ids))).all()
    return {saved_id(t): t for t in found}


@dataclass
class _Threads:
    """First and latest Message-ID of each ticket of a batch, kept current as the batch adds mails."""

    first: dict[int, str]
    last: dict[int, str]
    closed: set[int]  # tickets this batch closed: their other deadlines ended with them
    # What the reminder in hand changed, kept only once its savepoint is written.
    new_last: dict[int, str] = field(default_factory=dict)
    new_closed: set[int] = field(default_factory=set)

    def copy(self) -> _Threads:
        return _Threads(dict(self.first), dict(self.last), set(self.closed))

    def restore(self, kept: _Threads) -> None:
        """Back to ``kept`` (a copy taken before a try that was rolled back)."""
        self.first, self.last, self.closed = dict(kept.first), dict(kept.last), set(kept.closed)
        self.drop()

    def keep(self) -> None:
        self.last.update(self.new_last)
        self.first.update({t: m for t, m in self.new_last.items() if t not in self.first})
        self.closed |= self.new_closed
        self.drop()

    def drop(self) -> None:
        self.new_last.clear()
        self.new_closed.clear()


def _threads(session: Session, ticket_ids: list[int]) -> _Threads:
    """One query for the batch: each ticket's first and latest mail by (created_at, id)."""
    threads = _Threads({}, {}, set())
    if not ticket_ids:
        return threads
    for order, into in (
        ((col(Message.created_at), col(Message.id)), threads.first),
        ((col(Message.created_at).desc(), col(Message.id).desc()), threads.last),
    ):
        ranked = (
            select(
                col(Message.ticket_id).label("ticket_id"),
                col(Message.message_id).label("message_id"),
                func.row_number().over(partition_by=col(Message.ticket_id), order_by=order).label("n"),
            )
            .where(col(Message.ticket_id).in_(ticket_ids))
            .subquery()
        )
        for ticket_id, message_id in session.execute(
            select(ranked.c.ticket_id, ranked.c.message_id).where(ranked.c.n == 1)
        ).all():
            if message_id:
                into[ticket_id] = message_id
    return threads


def _write_lock(session: Session) -> None:
    """On SQLite, take the database's write lock before reading anything (as BEGIN IMMEDIATE would): every
    row read below is then current until the commit, as PostgreSQL's row locks make it there. The no-op
    UPDATE also makes the driver open the transaction, so the savepoints nest inside it."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            update(Deadline).where(false()).values(id=Deadline.id).execution_options(synchronize_session=False)
        )


def _step(
    session: Session,
    row: Deadline,
    ticket: Ticket,
    threads: _Threads,
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
) -> SentReminder | None:
    """One locked deadline in a savepoint: claim the occurrence in ReminderLog, act, write both at once."""
    deadline_id = saved_id(row)
    try:
        with session.begin_nested():
            occurrence = row.reminders_sent + 1
            _claim_occurrence(session, row, now)
            result = _act(session, row, ticket, occurrence, rules, cal, enqueue, now, threads)
            # The claim and the reminder's effects in one flush: a claim another process made first
            # fails it here (IntegrityError) and the savepoint takes the mail back with it.
            session.flush()
        threads.keep()
        return result
    except IntegrityError:
        # Someone else claimed this occurrence first: they send it, not us.
        log.info("reminder for deadline %s already claimed by another process", deadline_id)
    except OperationalError:
        threads.drop()
        raise  # the database, not this reminder: the whole batch waits for the next sweep
    except Exception:
        log.exception("reminder for deadline %s failed; it stays due", deadline_id)
    threads.drop()
    return None


def _act(
    session: Session,
    row: Deadline,
    ticket: Ticket,
    occurrence: int,
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
    threads: _Threads,
) -> SentReminder:
    """Send reminder number ``occurrence``, or, past the last one, escalate or close."""
    if ticket.closed_at is not None:
        # Closed without the deadline being finished: nobody should be chased about it.
        row.done_at, row.next_reminder_at = now, None
        return _sent(row, ticket, occurrence, "expired", ())
    try:
        rule = rules.rule(row.awaited)
    except ValueError:
        # The rule was removed from rules/ after the deadline started: stop chasing, say so.
        log.warning("%s: no reminder rule for %r any more; deadline %s ended", ticket.rma, row.awaited, row.id)
        row.done_at, row.next_reminder_at = now, None
        return _sent(row, ticket, occurrence, "expired", ())
    row.reminders_sent = occurrence
    if occurrence <= rule.times:
        to = _recipients(rule.remind, row, ticket, rules)
        language = _language(ticket) if rule.to_customer else rules.staff_language
        # From now, not from the missed slot: after downtime one reminder, then the normal pace. Set
        # before queueing, so the deadline's row is written by one UPDATE (the queueing's first read
        # flushes it), not two.
        row.next_reminder_at = add_period(now, rule.every, cal)
        _send(session, enqueue, rule.template, to, language, row, ticket, rule, occurrence, cal, threads)
        log.info("%s: reminder %d/%d for %s to %s", ticket.rma, occurrence, rule.times, row.awaited, ", ".join(to))
        return _sent(row, ticket, occurrence, "reminded", to)
    row.next_reminder_at = None
    if rule.after_last == "close":
        return _close(session, enqueue, row, ticket, rule, rules, occurrence, cal, now, threads)
    if rule.after_last == "escalate":
        to = tuple(rules.escalate_to)
        staff = rules.staff_language
        _send(session, enqueue, "reminder_escalation", to, staff, row, ticket, rule, occurrence, cal, threads)
        row.escalated_at = now
        _event(session, ticket, "deadline_escalated", row, now, {"to": list(to)})
        log.warning(
            "%s: %s overdue after %d reminders; escalated to %s", ticket.rma, row.awaited, rule.times, ", ".join(to)
        )
        return _sent(row, ticket, occurrence, "escalated", to)
    row.done_at = now  # "nothing": stop chasing, keep the record
    return _sent(row, ticket, occurrence, "expired", ())


def _close(
    session: Session,
    enqueue: Enqueue,
    row: Deadline,
    ticket: Ticket,
    rule: ReminderRule,
    rules: ReminderRules,
    occurrence: int,
    cal: WorkCalendar,
    now: datetime,
    threads: _Threads,
) -> SentReminder:
    """Close the ticket for want of an answer and tell the customer; every open deadline ends."""
    to = (ticket.customer_email,)
    _send(session, enqueue, "reminder_closed", to, _language(ticket), row, ticket, rule, occurrence, cal, threads)
    old = ticket.status
    set_status(session, ticket, rules.close_status, now)  # the one close path: closed_at, deadlines ended
    _event(session, ticket, "closed_no_answer", row, now, {"awaited": row.awaited}, old)
    finish_deadlines(session, saved_id(ticket), [ALL], now)
    threads.new_closed.add(saved_id(ticket))
    log.warning("%s: closed, %s never came after %d reminders", ticket.rma, row.awaited, rule.times)
    return _sent(row, ticket, occurrence, "closed", to)


def _send(
    session: Session,
    enqueue: Enqueue,
    template: str,
    to: tuple[str, ...],
    language: str,
    row: Deadline,
    ticket: Ticket,
    rule: ReminderRule,
    occurrence: int,
    cal: WorkCalendar,
    threads: _Threads,
) -> None:
    """Queue one reminder, threaded into the ticket's mails (first and latest Message-ID, as the batch read
    them plus what it added since)."""
    tid = saved_id(ticket)
    first, last = threads.first.get(tid), threads.new_last.get(tid) or threads.last.get(tid)
    context = {
        "rma": ticket.rma,
        "awaited": row.awaited,
        "what": rule.label_for(language, row.awaited),
        "since": as_utc(row.started_at),
        "due_at": as_utc(row.due_at),
        "since_text": local_text(row.started_at, cal.tz),
        "due_text": local_text(row.due_at, cal.tz),
        "occurrence": occurrence,
        "times": rule.times,
        "after_last": rule.after_last,
        "owner": row.owner or ticket.assigned_rep or "",
        "customer_name": ticket.customer_name,
        "customer_email": ticket.customer_email,
        "status": ticket.status,
        "order_numbers": list(ticket.order_numbers),
        "serial_numbers": list(ticket.serial_numbers),
        "product_models": list(ticket.product_models),
        "missing": list(ticket.missing_fields),  # what the customer was asked for, in the reminder's words
    }
    refs = tuple(dict.fromkeys(m for m in (first, last) if m))
    queued = enqueue(
        session,
        OutgoingMail(template=template, to=to, context=context, language=language, in_reply_to=last, references=refs),
        ticket,
    )
    if isinstance(queued, Outbox):  # the next reminder to this ticket in the batch answers this one
        threads.new_last[tid] = queued.message_id


def _recipients(remind: tuple[str, ...], row: Deadline, ticket: Ticket, rules: ReminderRules) -> tuple[str, ...]:
    out: list[str] = []
    for who in remind:
        if who == "owner":
            out.append(row.owner or ticket.assigned_rep or "")
        elif who == "rep":
            out.append(ticket.assigned_rep or "")
        elif who == "customer":
            out.append(ticket.customer_email)
        elif who == "managers":
            out.extend(rules.escalate_to)
        else:
            out.append(who)
    found = tuple(dict.fromkeys(a.lower() for a in out if a))
    # Nobody to remind (no rep assigned yet) must not mean nobody hears of it.
    return found or tuple(rules.escalate_to)


def _language(ticket: Ticket) -> str:
    return ticket.language if ticket.language in ("en", "zh") else "en"


def _event(
    session: Session,
    ticket: Ticket,
    kind: str,
    row: Deadline,
    now: datetime,
    detail: dict[str, object],
    from_state: str | None = None,
) -> None:
    session.add(
        Event(
            ticket_id=saved_id(ticket),
            at=now,
            actor="mailbot",
            kind=kind,
            from_state=from_state,
            to_state=ticket.status if from_state else None,
            detail={"deadline": row.id, "awaited": row.awaited, **detail},
        )
    )


def _sent(row: Deadline, ticket: Ticket, occurrence: int, action: Action, to: tuple[str, ...]) -> SentReminder:
    return SentReminder(
        deadline_id=saved_id(row),
        ticket_id=saved_id(ticket),
        rma=ticket.rma,
        awaited=row.awaited,
        occurrence=occurrence,
        action=action,
        to=to,
    )

"""Deadlines on tickets and the reminder sweep: reminders derived from the database, each sent once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import false, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col, select

from mailbot.rules.calendar import WorkCalendar
from mailbot.rules.reminders import ReminderRule, ReminderRules
from mailbot.store.db import saved_id
from mailbot.store.deadlines import ALL, finish_deadlines
from mailbot.store.models import Deadline, Event, Message, ReminderLog, Ticket
from mailbot.store.tickets import set_status
from mailbot.values import OutgoingMail
from mailbot.workflow.workdays import add_period, as_utc, local_text

log = logging.getLogger(__name__)

Enqueue = Callable[[Session, OutgoingMail, "Ticket | None"], object]
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
        sent.extend(_batch(session_factory, ids[first : first + per_commit], rules, cal, enqueue, now))
    return sent


def _batch(
    session_factory: SessionFactory,
    deadline_ids: list[int],
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
) -> list[SentReminder]:
    """Several deadlines, one transaction, each in a savepoint of its own: a reminder that fails is
    rolled back alone and stays due; a commit that fails leaves all of them due (none is reported sent)."""
    with session_factory() as session:
        try:
            _write_lock(session)
            done = [step for i in deadline_ids if (step := _step(session, i, rules, cal, enqueue, now)) is not None]
            session.commit()
            return done
        except OperationalError as exc:
            session.rollback()  # locked or unreachable database: the next sweep tries again
            log.warning("%d reminder(s) not sent this time: %s", len(deadline_ids), exc.orig or exc)
            return []


def _write_lock(session: Session) -> None:
    """On SQLite, take the database's write lock before reading anything (as BEGIN IMMEDIATE would): every
    row read below is then current until the commit, as PostgreSQL's row locks make it there. The no-op
    UPDATE also makes the driver open the transaction, so the savepoints nest inside it."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            update(Deadline).where(false()).values(id=Deadline.id).execution_options(synchronize_session=False)
        )


class _Skip(Exception):
    """The deadline was finished or its reminder sent since it was listed: roll its savepoint back."""


def _step(
    session: Session,
    deadline_id: int,
    rules: ReminderRules,
    cal: WorkCalendar,
    enqueue: Enqueue,
    now: datetime,
) -> SentReminder | None:
    """One deadline in a savepoint: claim the occurrence in ReminderLog first, then act."""
    try:
        with session.begin_nested():
            # SKIP LOCKED: another process holding this row is already on it (PostgreSQL);
            # SQLite has no row locks: the write lock taken first keeps others out until the commit,
            # and the unique ReminderLog key stays the last word.
            row = session.exec(
                select(Deadline)
                .where(
                    Deadline.id == deadline_id,
                    col(Deadline.done_at).is_(None),
                    col(Deadline.next_reminder_at) <= now,
                )
                .with_for_update(skip_locked=True)
            ).first()
            if row is None:
                return None
            ticket = session.get_one(Ticket, row.ticket_id)
            occurrence = row.reminders_sent + 1
            session.add(
                ReminderLog(
                    deadline_id=saved_id(row),
                    ticket_id=row.ticket_id,
                    awaited=row.awaited,
                    occurrence=occurrence,
                    sent_at=now,
                )
            )
            session.flush()
            session.refresh(row)
            if row.done_at is not None or row.reminders_sent >= occurrence:
                raise _Skip
            result = _act(session, row, ticket, occurrence, rules, cal, enqueue, now)
            session.flush()
            return result
    except _Skip:
        return None
    except IntegrityError:
        # Someone else claimed this occurrence first: they send it, not us.
        log.info("reminder for deadline %s already claimed by another process", deadline_id)
    except OperationalError:
        raise  # the database, not this reminder: the whole batch waits for the next sweep
    except Exception:
        log.exception("reminder for deadline %s failed; it stays due", deadline_id)
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
        _send(session, enqueue, rule.template, to, language, row, ticket, rule, occurrence, cal)
        # From now, not from the missed slot: after downtime one reminder, then the normal pace.
        row.next_reminder_at = add_period(now, rule.every, cal)
        log.info("%s: reminder %d/%d for %s to %s", ticket.rma, occurrence, rule.times, row.awaited, ", ".join(to))
        return _sent(row, ticket, occurrence, "reminded", to)
    row.next_reminder_at = None
    if rule.after_last == "close":
        return _close(session, enqueue, row, ticket, rule, rules, occurrence, cal, now)
    if rule.after_last == "escalate":
        to = tuple(rules.escalate_to)
        _send(session, enqueue, "reminder_escalation", to, rules.staff_language, row, ticket, rule, occurrence, cal)
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
) -> SentReminder:
    """Close the ticket for want of an answer and tell the customer; every open deadline ends."""
    to = (ticket.customer_email,)
    _send(session, enqueue, "reminder_closed", to, _language(ticket), row, ticket, rule, occurrence, cal)
    old = ticket.status
    set_status(session, ticket, rules.close_status, now)  # the one close path: closed_at, deadlines ended
    _event(session, ticket, "closed_no_answer", row, now, {"awaited": row.awaited}, old)
    finish_deadlines(session, saved_id(ticket), [ALL], now)
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
) -> None:
    first, last = _thread(session, saved_id(ticket))
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
    enqueue(
        session,
        OutgoingMail(template=template, to=to, context=context, language=language, in_reply_to=last, references=refs),
        ticket,
    )


def _thread(session: Session, ticket_id: int) -> tuple[str | None, str | None]:
    """First and latest Message-ID of the ticket, so the reminder threads into it."""
    ids = select(Message.message_id).where(Message.ticket_id == ticket_id)
    first = session.exec(ids.order_by(col(Message.created_at), col(Message.id)).limit(1)).first()
    last = session.exec(ids.order_by(col(Message.created_at).desc(), col(Message.id).desc()).limit(1)).first()
    return first, last


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

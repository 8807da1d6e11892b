"""Ticket queries: RMA numbers, finding the ticket a mail belongs to, snapshots for ``decide``."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, bindparam, event, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session, col, select

from mailbot.mail import threadtoken
from mailbot.rules import Rules
from mailbot.store.db import changed_rows
from mailbot.store.later import KEPT
from mailbot.store.models import Counter, Deadline, Message, Ticket
from mailbot.values import InboundMail, TicketView
from mailbot.workflow.decide import ticket_matches
from mailbot.workflow.states import HAS_RMA
from mailbot.workflow.workdays import local_day

# Built once and run on the session's connection: as an ORM statement (``session.execute``) each number
# cost a new statement object, an autoflush and the ORM's bulk-UPDATE bookkeeping, several times the
# UPDATE itself; nothing in the session holds counter rows to keep in step with it.
_COUNTER = Counter.__table__  # type: ignore[attr-defined]
_INCREMENT = (
    update(_COUNTER)
    .where(_COUNTER.c.name == bindparam("counter_name"))
    .values(value=_COUNTER.c.value + 1)
    .returning(_COUNTER.c.value)
)
_SET = update(_COUNTER).where(_COUNTER.c.name == bindparam("counter_name")).values(value=bindparam("counter_value"))

# session.info and Connection.info key: {counter name: [the last number handed out, whether the database
# is behind it]} for the counters this transaction holds (``next_sequence``).
_HELD = "counter_numbers_held"
_WATCHED: weakref.WeakSet[Engine] = weakref.WeakSet()  # engines whose savepoints write held numbers first


def next_sequence(session: Session, name: str) -> int:
    """Increment counter ``name`` atomically (row lock on PostgreSQL, write lock on SQLite).

    In a session that keeps rows (``mailbot.store.later.keep_rows``: the ingest of a batch, which may open
    a hundred tickets) the first number of a counter is taken by the UPDATE, which locks the counter's row
    until the transaction ends; the following ones are counted here and the counter is written once, before
    the commit. No other transaction can take a number meanwhile, so the numbers are the same, without a
    gap, and a rollback hands them out again as before. Before a savepoint the counter is written and
    no longer held: a savepoint's rollback then never undoes a number taken outside it."""
    nested = session.in_nested_transaction()
    held: dict[str, list[Any]] | None = session.info.get(_HELD)
    if held is not None and not nested:
        entry = held.get(name)
        if entry is not None:
            entry[0] += 1
            entry[1] = True
            return int(entry[0])
    value = _increment(session, name)
    if KEPT in session.info and not nested:
        if held is None:
            held = session.info[_HELD] = {}
            event.listen(session, "before_commit", _write_held_before_commit)
            event.listen(session, "after_transaction_end", _drop_held)
        connection = session.connection()
        connection.info[_HELD] = held  # for a savepoint started on it (``_write_held_before_savepoint``)
        if connection.engine not in _WATCHED:
            event.listen(connection.engine, "savepoint", _write_held_before_savepoint)
            _WATCHED.add(connection.engine)
        held[name] = [value, False]
    return value


def _increment(session: Session, name: str) -> int:
    for _ in range(3):
        result = session.connection().execute(_INCREMENT, {"counter_name": name}).first()
        if result is not None:
            return int(result[0])
        try:
            with session.begin_nested():  # another worker may create the row at the same moment
                session.add(Counter(name=name, value=0))
        except IntegrityError:
            pass
    raise RuntimeError(f"could not allocate a number from counter {name}")


def _write_held(connection: Connection, held: dict[str, list[Any]]) -> None:
    """The counters' last numbers written (one UPDATE for all), and no longer held."""
    behind = [{"counter_name": name, "counter_value": value} for name, (value, ahead) in held.items() if ahead]
    held.clear()
    if behind:
        connection.execute(_SET, behind)


def _write_held_before_commit(session: Session) -> None:
    held: dict[str, list[Any]] | None = session.info.get(_HELD)
    if held:
        _write_held(session.connection(), held)


def _write_held_before_savepoint(connection: Connection, _name: str | None) -> None:
    held: dict[str, list[Any]] | None = connection.info.get(_HELD)
    if held:
        _write_held(connection, held)


def _drop_held(session: Session, transaction: SessionTransaction) -> None:
    """The transaction is over (committed: written; rolled back: the numbers go back with it)."""
    if transaction.parent is None:
        held: dict[str, list[Any]] | None = session.info.get(_HELD)
        if held:
            held.clear()


def allocate_rma(session: Session, fmt: str, now: datetime, zone: ZoneInfo | None = None, counter: str = "rma") -> str:
    """The next RMA number (or, with counter "req", request reference) for the year it is in ``zone`` (the
    office's calendar) at ``now``, in ``fmt`` (e.g. RMA-2026-00042): at 2026-12-31 20:00 UTC Shanghai
    already numbers 2027."""
    year = local_day(now, zone).year if zone is not None else now.year
    sequence = next_sequence(session, f"{counter}:{year}")
    return fmt.format(year=year, sequence=sequence)


class StaleTicket(Exception):
    """The ticket left the state a decision started from (another worker or a rep changed it): decide again."""


ENDED = frozenset({"closed", "rejected"})  # states in which a ticket is over: closed_at is set


def set_status(session: Session, ticket: Ticket, status: str, now: datetime, *, expected: str | None = None) -> None:
    """The one way a ticket changes state (mail, staff command, reminder sweep alike).

    The change is a conditional UPDATE on the state it starts from, so two writers can never both move
    the same ticket on from one state; ending a ticket sets ``closed_at`` and ends its deadlines."""
    assert ticket.id is not None
    start = expected or ticket.status
    if ticket.status != start:
        raise StaleTicket(f"{ticket.rma} is {ticket.status}, not {start}")
    moved = changed_rows(
        session, update(Ticket).where(col(Ticket.id) == ticket.id, col(Ticket.status) == start).values(status=status)
    )
    if moved != 1:
        raise StaleTicket(f"{ticket.rma} left {start} meanwhile")
    ticket.status, ticket.state_since, ticket.updated_at = status, now, now
    if status in ENDED:
        ticket.closed_at = now
        session.execute(
            update(Deadline)
            .where(col(Deadline.ticket_id) == ticket.id, col(Deadline.done_at).is_(None))
            .values(done_at=now, next_reminder_at=None)
        )
    else:
        ticket.closed_at = None
    session.add(ticket)


def hand_over_deadlines(session: Session, ticket: Ticket, old: str | None, new: str) -> int:
    """#assign: the open deadlines (and so the reminders) the old owner had go to the new one."""
    cond = [
        col(Deadline.ticket_id) == ticket.id,
        col(Deadline.done_at).is_(None),
        col(Deadline.owner).in_([(old or "").lower(), ""]),
    ]
    return changed_rows(session, update(Deadline).where(*cond).values(owner=new.lower()))


def issue_rma_number(session: Session, ticket: Ticket, fmt: str, now: datetime, zone: ZoneInfo | None = None) -> bool:
    """Give a ticket that went by its request reference its RMA number, once it is issued."""
    if ticket.request_ref is None or ticket.rma != ticket.request_ref or ticket.status not in HAS_RMA:
        return False
    ticket.rma = allocate_rma(session, fmt, now, zone)
    return True


def view(ticket: Ticket) -> TicketView:
    """A frozen snapshot of a ticket row for the pure decision code."""
    assert ticket.id is not None
    return TicketView(
        id=ticket.id,
        rma=ticket.rma,
        status=ticket.status,
        customer_email=ticket.customer_email,
        customer_name=ticket.customer_name,
        language=ticket.language,
        order_numbers=tuple(ticket.order_numbers),
        serial_numbers=tuple(ticket.serial_numbers),
        product_models=tuple(ticket.product_models),
        tracking_numbers=tuple(ticket.tracking_numbers),
        defect_category=ticket.defect_category,
        defect_description=ticket.defect_description,
        missing_fields=tuple(ticket.missing_fields),
        assigned_rep=ticket.assigned_rep,
        forwarded_by=ticket.forwarded_by,
        warranty=ticket.warranty,
        participants=tuple(ticket.participants),
        created_at=ticket.created_at,
        state_since=ticket.state_since,
        data=dict(ticket.data),
    )


def by_rma(session: Session, rma: str) -> Ticket | None:
    """The ticket with this RMA number, or with this request reference (mails sent before the RMA)."""
    ref = rma.upper()
    return session.exec(select(Ticket).where(or_(col(Ticket.rma) == ref, col(Ticket.request_ref) == ref))).first()


def _tickets_of_our_messages(session: Session, ids: Iterable[str]) -> list[Ticket]:
    ids = [i for i in ids if i]
    if not ids:
        return []
    rows = session.exec(
        select(Ticket).join(Message, col(Message.ticket_id) == Ticket.id).where(col(Message.message_id).in_(ids))
    ).all()
    unique: dict[int | None, Ticket] = {}
    for ticket in rows:
        unique.setdefault(ticket.id, ticket)
    return list(unique.values())


def match_ticket(
    session: Session, mail: InboundMail, sender: str, rma_reference: str | None, rules: Rules, key: bytes
) -> tuple[Ticket | None, str]:
    """The ticket this mail belongs to, and how it was found.

    First our signed Message-IDs in In-Reply-To/References: the signature proves the ticket and the
    recipient, and the mail counts when it comes from that recipient or another participant. Then
    our other outgoing ids and the customer's earlier mails on a ticket, then an RMA number in the
    subject or text. Whatever the route, the sender must be allowed to see the ticket (``ticket_matches``):
    a stranger quoting someone else's RMA number, or forging a reference, is matched to nothing.
    """
    refs = [r for r in (mail.in_reply_to or "", *reversed(mail.references)) if r]
    for ref in refs:
        signed = threadtoken.verify(key, ref)
        if signed is None:
            continue
        ticket = by_rma(session, signed[0])
        if ticket is not None and (signed[1] == sender or ticket_matches(view(ticket), sender, rules)):
            return ticket, "signed reference"
    for ticket in _tickets_of_our_messages(session, refs):
        if ticket_matches(view(ticket), sender, rules):
            return ticket, "thread"
    if rma_reference:
        ticket = by_rma(session, rma_reference)
        if ticket is not None:
            if ticket_matches(view(ticket), sender, rules):
                return ticket, "rma"
            return None, f"{ticket.rma} quoted by non-participant {sender}"
    return None, "none"

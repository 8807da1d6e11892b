"""The path of one mail, in order: parse → guard → understand → match → decide → apply → commit → done."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import islice

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session, col, select

from mailbot.app import Context
from mailbot.mail.dsn import parse_dsn
from mailbot.mail.guard import GuardReason, machine_generated
from mailbot.mail.parse import MalformedMail, parse
from mailbot.mail.sources.base import MailSource, SourceUnavailable
from mailbot.reading import HANDED_BYTES, ReadBatch, ReadingPool, fork_available
from mailbot.store.apply import QUARANTINED, apply, attachments_not_kept, quarantine
from mailbot.store.history import reply_history
from mailbot.store.later import keep_rows, write_kept
from mailbot.store.models import Message, Suppression, Ticket
from mailbot.store.orders import findings_for_mail, read_for_batch
from mailbot.store.outbox import render_pending
from mailbot.store.suppression import lift_suppression, suppress, ticket_of_our_mail
from mailbot.store.tickets import StaleTicket, match_ticket, view
from mailbot.values import (
    Decision,
    Extraction,
    InboundMail,
    Outcome,
    OutgoingMail,
    RawMail,
    TicketView,
)
from mailbot.workflow.bounces import bounce_decision
from mailbot.workflow.decide import decide, sender_checks
from mailbot.workflow.loops import damp
from mailbot.workflow.workdays import local_day

log = logging.getLogger(__name__)


def _already_seen(ctx: Context, message_id: str) -> Message | None:
    """The row of a mail already handled; a quarantined row does not count (the mail may be run again)."""
    with ctx.sessions() as session:
        return session.exec(
            select(Message).where(
                Message.direction == "in", Message.message_id == message_id, Message.status != "quarantined"
            )
        ).first()


class DatabaseUnavailable(Exception):
    """The database could not be used just now (locked, down): the mail stays in the inbox for the next pass."""


def _is_transient(exc: BaseException) -> bool:
    return isinstance(exc, OperationalError) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)


def _machine_decision(ticket_id: int | None, reason: str) -> Decision:
    """Machines are never answered: the mail is recorded on its ticket if it has one, nothing else."""
    return Decision(action="record" if ticket_id else "ignore", ticket_id=ticket_id, reason=reason)


def _never_answer_machines(
    decision: Decision, found: Extraction, mail: InboundMail, machine: GuardReason | None = None
) -> Decision:
    """Last line of defence: no reply goes back to a sender that must not be answered (a machine, a list,
    mail about no unit). A person's mail that only lacks someone to answer — a colleague's forward without
    the customer's address — is not such a mail: the colleague who sent it may be asked for the address."""
    if not (found.must_not_answer or machine) or not mail.sender:
        return decision
    sender = mail.sender.email
    kept = tuple(r for r in decision.replies if sender not in (a.lower() for a in r.to))
    return replace(decision, replies=kept) if len(kept) != len(decision.replies) else decision


def _tell_about_dropped_attachments(decision: Decision, found: Extraction, mail: InboundMail, ctx: Context) -> Decision:
    """A person whose attachments were over our limits is told which ones we could not keep."""
    env = ctx.apply_env
    dropped = attachments_not_kept(mail, env.max_attachments, env.max_mail_bytes)
    if not dropped or not found.should_auto_reply or not mail.sender or decision.action == "ignore":
        return decision
    names = [mail.attachments[i].filename for i in dropped]
    notice = OutgoingMail(
        template="customer_attachments_not_kept",
        to=(mail.sender.email,),
        language=found.language if found.language in ("en", "zh") else "en",
        in_reply_to=mail.message_id,
        references=(*mail.references, mail.message_id),
        context={
            "files": names,
            "max_count": env.max_attachments,
            "max_megabytes": env.max_mail_bytes // (1024 * 1024),
        },
    )
    return replace(decision, replies=(*decision.replies, notice))


def _decision(
    session: Session,
    mail: InboundMail,
    found: Extraction,
    ticket: Ticket | None,
    machine: GuardReason | None,
    ctx: Context,
    now: datetime,
    suppressed: set[str] | None = None,
) -> Decision:
    """Bounces are recorded on their ticket, other machines only recorded, people get ``decide``.

    ``suppressed``: every suppressed address this mail's sender could be, when the caller (a batch) looked
    them up at once; a bounce adds what it suppresses. None: looked up here."""
    quiet = str(machine) if machine is not None and not machine.stops_ticket else ""
    machine = None if quiet else machine  # only bounces, auto-submitted and our own mail stop here
    report = parse_dsn(mail) if machine else None
    if report is not None:
        # A bounce of one of our own mails: its ticket is the one that mail belonged to.
        bounced = ticket_of_our_mail(session, report.original_message_id) or ticket
        marked = suppress(session, report, now)
        if suppressed is not None:
            suppressed.update(marked)
        return bounce_decision(report, view(bounced) if bounced else None, marked, str(machine))
    if machine:
        return _machine_decision(ticket.id if ticket else None, str(machine))
    if mail.sender and (suppressed is None or mail.sender.email.lower() in suppressed):
        lift_suppression(session, mail.sender.email, now)  # "until it writes again"
    snapshot = view(ticket) if ticket else None
    member, authenticated = sender_checks(mail, ctx.rules)
    serials = snapshot.serial_numbers if snapshot else ()
    today = local_day(now, ctx.rules.calendar.tz)  # the office's date, not UTC's
    with session.no_autoflush:  # the orders table is only read here: nothing pending to flush for it
        orders = (*(snapshot.order_numbers if snapshot else ()), *found.order_numbers)
        warranty = findings_for_mail(session, ctx.rules.terms.warranty, serials, found.serial_numbers, today, orders)
    decision = decide(
        mail=mail,
        found=found,
        ticket=snapshot,
        rules=ctx.rules,
        sender_is_staff=member,
        sender_authenticated=authenticated,
        warranty=warranty,
        now=now,
        quiet=quiet,
    )
    if member is not None:
        return decision
    return _without_repeats(session, decision, mail, snapshot, ctx, now)


def _without_repeats(
    session: Session, decision: Decision, mail: InboundMail, ticket: TicketView | None, ctx: Context, now: datetime
) -> Decision:
    """Replies to a mail from outside never repeat the ticket: the auto-responder loop damper."""
    every = timedelta(hours=ctx.rules.terms.auto_reply_hours)
    return damp(
        decision,
        mail,
        reply_history(session, ticket.id if ticket else None, now, every),
        is_automatic=lambda address: ctx.rules.staff.member(address) is None,
        moved_on=decision.status is not None and (ticket is None or decision.status != ticket.status),
        every=every,
        now=now,
    )


def _too_large(raw: RawMail, ctx: Context) -> str | None:
    limit = ctx.settings.limits.max_raw_mail_bytes
    if len(raw.data) > limit:  # checked before parsing: a huge mail costs many times its size to parse
        return f"too large: {len(raw.data)} bytes, the limit is {limit} (limits.max_raw_mail_bytes)"
    return None


def process_one(raw: RawMail, ctx: Context) -> Outcome:
    """Everything one mail causes, committed in one transaction. The caller then marks it done."""
    now = ctx.clock()
    try:
        too_large = _too_large(raw, ctx)
        if too_large:
            raise MalformedMail(too_large)
        mail = parse(raw.data)
    except MalformedMail as exc:
        key = "malformed-" + hashlib.sha256(raw.data).hexdigest()[:32]
        if _already_seen(ctx, key):
            return Outcome(message_id=key, status="duplicate", when=now)
        with ctx.sessions() as session:
            outcome = quarantine(session, raw, key, str(exc), ctx.apply_env, now=now)
            session.commit()
        return outcome
    if _already_seen(ctx, mail.message_id):
        return Outcome(message_id=mail.message_id, status="duplicate", when=now)
    machine = machine_generated(mail, ctx.own_addresses)
    found = ctx.understander.understand(mail)
    with ctx.sessions() as session:
        keep_rows(session)
        outcome = _apply_mail(session, raw, mail, found, machine, ctx, now)
        session.commit()
        to_render = session.info.pop("to_render", [])
    _render(ctx, to_render)
    return outcome


def _render(ctx: Context, message_ids: list[str] | None) -> None:
    """The replies a committed transaction queued (None: any waiting), rendered now, outside it.

    A failure here loses nothing: the rows stay "render" and the next pass renders them."""
    try:
        render_pending(ctx.sessions, ctx.apply_env.send, message_ids)
    except Exception as exc:
        log.warning("replies left to render on the next pass: %s: %s", type(exc).__name__, exc)


def _apply_mail(
    session: Session,
    raw: RawMail,
    mail: InboundMail,
    found: Extraction,
    machine: GuardReason | None,
    ctx: Context,
    now: datetime,
    suppressed: set[str] | None = None,
) -> Outcome:
    """Match, decide and apply one understood mail in the caller's transaction (not committed)."""
    if machine:
        found = replace(found, should_auto_reply=False, must_not_answer=True)
    # Identity is the From address, never an address quoted in the body.
    sender = mail.sender.email if mail.sender else ""
    ticket, how = match_ticket(session, mail, sender, found.rma_reference, ctx.rules, ctx.thread_key)
    if ticket is not None:
        # Lock, then read again: the decision must start from the state another worker may just have
        # committed (a plain get would hand back the object matching already loaded, unchanged).
        ticket = session.get(Ticket, ticket.id, with_for_update=True, populate_existing=True)
    decision = _decision(session, mail, found, ticket, machine, ctx, now, suppressed)
    decision = _tell_about_dropped_attachments(decision, found, mail, ctx)
    decision = _never_answer_machines(decision, found, mail, machine)
    outcome = apply(session, raw, mail, found, decision, ctx.apply_env, now=now)
    log.info(
        "mail %s from %s: %s %s (%s, matched by %s)",
        mail.message_id,
        sender or "?",
        outcome.status,
        outcome.rma or "-",
        found.kind,
        how,
    )
    return outcome


def process_batch(raws: list[RawMail], ctx: Context, read: ReadBatch | None = None) -> list[Outcome] | None:
    """A fetched batch in one transaction: one commit, one blob sync and one spaCy pass for all of it.

    ``read``: the batch already parsed and understood by the reading process (None: read here).
    Returns None, having committed nothing, when any mail of the batch is not plain sailing (too large,
    malformed, seen twice in the batch, raising, a concurrent worker's duplicate): the caller then takes
    the batch's mails one at a time, each in its own transaction, so one bad mail never takes the others
    down and every failure is sorted there (transient, duplicate, quarantine)."""
    now = ctx.clock()
    if any(_too_large(raw, ctx) for raw in raws):
        return None
    if read is not None and len(read.mails) != len(raws):
        read = None  # not this batch's reading: read it here
    try:
        mails = list(read.mails) if read is not None else [parse(raw.data) for raw in raws]
    except Exception:
        return None
    ids = [m.message_id for m in mails]
    if len(set(ids)) != len(ids):
        return None
    try:
        seen, quarantined = _seen(ctx, ids)
        todo = [(raw, mail) for raw, mail in zip(raws, mails, strict=True) if mail.message_id not in seen]
        outcomes = {i: Outcome(message_id=i, status="duplicate", when=now) for i in seen}
        if read is not None:
            by_id = dict(zip(ids, read.found, strict=True))
            found = [by_id[mail.message_id] for _, mail in todo]
        else:
            found = ctx.understander.understand_many([mail for _, mail in todo])
        with ctx.sessions() as session:
            keep_rows(session)  # events, outbox and sent-mail rows written a table at a time
            session.info[QUARANTINED] = quarantined  # no quarantined row to look up for the others
            read_for_batch(  # the warranty look-ups of the mails' serials and orders: one query
                session,
                (s for f in found for s in f.serial_numbers),
                (o for f in found for o in f.order_numbers),
            )
            suppressed = _suppressed_senders(session, [mail for _, mail in todo])
            with ctx.apply_env.blobs.batch():  # blobs durable before the commit that names them
                for (raw, mail), extraction in zip(todo, found, strict=True):
                    machine = machine_generated(mail, ctx.own_addresses)
                    outcomes[mail.message_id] = _apply_mail(
                        session, raw, mail, extraction, machine, ctx, now, suppressed
                    )
                write_kept(session)
                session.flush()
            session.commit()
            to_render = session.info.pop("to_render", [])
    except Exception as exc:
        log.info("batch of %d mails taken one by one: %s: %s", len(raws), type(exc).__name__, exc)
        return None
    _render(ctx, to_render)
    return [outcomes[i] for i in ids]


def _suppressed_senders(session: Session, mails: list[InboundMail]) -> set[str]:
    """The batch's senders that are suppressed, in one query instead of one per mail."""
    senders = {m.sender.email.lower() for m in mails if m.sender}
    if not senders:
        return set()
    return set(session.exec(select(Suppression.email).where(col(Suppression.email).in_(senders))).all())


def _seen(ctx: Context, message_ids: list[str]) -> tuple[set[str], set[str]]:
    """The mails of a batch already handled, and those quarantined before (which do not count as handled,
    as in ``_already_seen``: they are run again), in one query."""
    with ctx.sessions() as session:
        query = select(Message.message_id, Message.status).where(
            Message.direction == "in", col(Message.message_id).in_(message_ids)
        )
        rows = session.exec(query).all()
    quarantined = {m for m, status in rows if status == "quarantined"}
    return {m for m, _ in rows} - quarantined, quarantined


@dataclass(frozen=True)
class PassReport:
    outcomes: tuple[Outcome, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        return bool(self.errors) or any(o.status == "quarantined" for o in self.outcomes)


def _message_id_of(raw: RawMail) -> str:
    try:
        return parse(raw.data).message_id
    except Exception:
        return "malformed-" + hashlib.sha256(raw.data).hexdigest()[:32]


def _quarantine_after_error(raw: RawMail, ctx: Context, exc: Exception) -> Outcome:
    """A mail that made processing raise is kept with its traceback; the loop goes on.

    Even when its quarantine row cannot be written, the mail is moved aside (the outcome says so),
    so one mail never blocks the inbox; a database that is down leaves it where it is instead.
    """
    message_id = _message_id_of(raw)
    reason = f"{type(exc).__name__}: {exc}"
    log.error("mail %s from %s could not be processed; quarantined: %s", message_id, raw.source, reason)
    try:
        if _already_seen(ctx, message_id):
            return Outcome(message_id=message_id, status="duplicate", when=ctx.clock())
        with ctx.sessions() as session:
            outcome = quarantine(session, raw, message_id, reason, ctx.apply_env, now=ctx.clock(), exc=exc)
            session.commit()
        return outcome
    except Exception as second:
        if _is_transient(second):
            raise DatabaseUnavailable(str(second)) from second
        log.exception("mail %s: the quarantine row could not be written either; moved aside", message_id)
        return Outcome(
            message_id=message_id, status="quarantined", reason=f"{reason}; not recorded: {second}", when=ctx.clock()
        )


def _decided_on_fresh_state(raw: RawMail, ctx: Context, attempts: int = 3) -> Outcome:
    """``process_one``, decided again when its ticket changed state between reading and writing."""
    for attempt in range(1, attempts + 1):
        try:
            return process_one(raw, ctx)
        except StaleTicket as exc:
            if attempt == attempts:
                raise
            log.info("mail from %s: %s; deciding again", raw.source, exc)
    raise AssertionError("unreachable")


def _process_guarded(raw: RawMail, ctx: Context) -> Outcome:
    """``process_one`` with every failure sorted: transient, a true duplicate, or a mail to quarantine."""
    try:
        return _decided_on_fresh_state(raw, ctx)
    except IntegrityError as exc:
        # Another worker may have committed the same mail a moment ago: only its row proves it.
        message_id = _message_id_of(raw)
        try:
            seen = _already_seen(ctx, message_id)
        except Exception as second:
            raise DatabaseUnavailable(str(second)) from second
        if seen is not None:
            return Outcome(message_id=message_id, status="duplicate", when=ctx.clock())
        return _quarantine_after_error(raw, ctx, exc)
    except Exception as exc:
        if _is_transient(exc):
            raise DatabaseUnavailable(str(exc)) from exc
        return _quarantine_after_error(raw, ctx, exc)


BATCH = 100  # mails per transaction (the IMAP source fetches 100 per round trip)


def _finish(source: MailSource, raws: list[RawMail], outcomes: list[Outcome]) -> None:
    """Committed: move the batch to the done folder (one command where the source can), the rest aside."""
    done = [raw for raw, o in zip(raws, outcomes, strict=True) if o.status != "quarantined"]
    for raw, o in zip(raws, outcomes, strict=True):
        if o.status == "quarantined":
            source.quarantine(raw, o.reason)
    many = getattr(source, "mark_done_many", None)
    if many is not None and len(done) > 1:
        many(done)
    else:
        for raw in done:
            source.mark_done(raw)


def process_source(
    source: MailSource,
    ctx: Context,
    should_stop: Callable[[], bool] = lambda: False,
    reader: ReadingPool | None = None,
) -> PassReport:
    """One pass over one source: waiting mails processed a batch at a time, then marked done (or quarantined).

    With ``reader`` (``reading_pool``) and more than one batch waiting, the batches are parsed and
    understood in the reading process, each while the one before is applied here."""
    outcomes: list[Outcome] = []
    errors: list[str] = []
    _render(ctx, None)  # replies a crash left between a commit and their rendering
    try:
        chunks = _chunks(source.fetch(), getattr(source, "batch_size", BATCH))
        for raws, handed in _read_ahead(chunks, reader, ctx):
            read = reader.result(handed) if reader is not None else None
            batch = process_batch(raws, ctx, read) if len(raws) > 1 else None
            done: list[Outcome] = []
            if batch is not None:
                done = batch
            else:
                for raw in raws:
                    try:
                        done.append(_process_guarded(raw, ctx))
                    except DatabaseUnavailable as exc:
                        # Nothing of this mail was committed: it and the rest stay in the inbox for the next pass.
                        log.warning("source %s: database unavailable, pass stopped: %s", source.name, exc)
                        errors.append(f"{source.name}: database unavailable: {exc}")
                        break
            _finish(source, raws[: len(done)], done)
            outcomes += done
            if errors or should_stop():
                break
    except SourceUnavailable as exc:
        # Logged by the daemon's outage bookkeeping, once per outage, not once per pass.
        log.debug("source %s unavailable: %s", source.name, exc)
        errors.append(f"{source.name}: {exc}")
    return PassReport(outcomes=tuple(outcomes), errors=tuple(errors))


def _chunks(items: Iterator[RawMail], size: int) -> Iterator[list[RawMail]]:
    """Batches as the source hands them out: no waiting for a full batch that is not there."""
    return iter(lambda: list(islice(items, size)), [])


Handed = Future[ReadBatch | None] | None  # a batch's reading in the reading process; None: read here


def _read_ahead(
    chunks: Iterator[list[RawMail]], reader: ReadingPool | None, ctx: Context
) -> Iterator[tuple[list[RawMail], Handed]]:
    """Each batch with its reading handed to the reading process, in the source's order.

    The next batch is fetched and handed over before this one is applied, so it is read meanwhile; it
    is only fetched, not marked done, and a pass that stops early leaves it in the inbox for the next
    pass. A pass with a single batch (a few new mails, as IDLE announces them) is read here: there is
    nothing to overlap, and the hop would only add to the latency of those mails."""
    if reader is None:
        for raws in chunks:
            yield raws, None
        return
    current = next(chunks, None)
    handed: Handed = None
    while current is not None:
        try:
            following = next(chunks, None)
        except SourceUnavailable:
            yield current, handed  # what was fetched is still worked before the pass reports the outage
            raise
        ahead: Handed = None
        if following is not None:
            if handed is None and _worth_handing(current, ctx):
                handed = reader.submit(current)
            if _worth_handing(following, ctx):
                ahead = reader.submit(following)
        yield current, handed
        current, handed = following, ahead


def _worth_handing(raws: list[RawMail], ctx: Context) -> bool:
    """A batch the batch path will take: more than one mail and none too large (parsed only here), and
    not so many bytes that their copies on both sides would cost more memory than the overlap saves
    time (a batch of photos and PDFs, whose reading is mostly decoding the attachments)."""
    return (
        len(raws) > 1
        and not any(_too_large(raw, ctx) for raw in raws)
        and sum(len(raw.data) for raw in raws) <= HANDED_BYTES
    )


def reading_pool(ctx: Context) -> ReadingPool | None:
    """The reading process for ``process_source`` as ``ingest.understand_processes`` says (None: read here).

    Nothing starts until a pass has a second batch to hand over."""
    if ctx.settings.ingest.reading_processes(os.cpu_count()) == 0 or not fork_available():
        return None
    # The understander is built before the fork, when a second batch is first handed over: both processes
    # share it (mailbot.reading). Looked up then, not now, as the context's understander may be swapped.
    return ReadingPool(lambda: ctx.understander.get())


def requeue(ctx: Context, *, message_id: str | None = None, reason: str | None = None) -> list[Outcome]:
    """Run quarantined mails again from their kept bytes (after a rule or code fix).

    One mail by Message-ID, or every quarantined mail whose reason contains ``reason`` (all when empty).
    A mail that fails again is quarantined again with its new reason.
    """
    query = select(Message).where(Message.direction == "in", Message.status == "quarantined")
    if message_id is not None:
        query = query.where(Message.message_id == message_id.strip().strip("<>"))
    with ctx.sessions() as session:
        rows = session.exec(query.order_by(col(Message.id))).all()
    wanted = (reason or "").lower()
    outcomes = []
    for row in rows:
        if (wanted and wanted not in row.reason.lower()) or not row.raw_sha256:
            continue
        if row.raw_sha256 is None:
            log.warning("mail %s: not requeued, its raw bytes were not kept", row.message_id)
            continue
        raw = RawMail(data=ctx.apply_env.blobs.get(row.raw_sha256), source=row.source, key=f"requeue/{row.id}")
        log.info("mail %s: requeued from quarantine", row.message_id)
        outcomes.append(_process_guarded(raw, ctx))
    return outcomes

"""The path of one mail, in order: parse → guard → understand → match → decide → apply → commit → done."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from mailbot.app import Context
from mailbot.mail.dsn import parse_dsn
from mailbot.mail.guard import GuardReason, machine_generated
from mailbot.mail.parse import MalformedMail, parse
from mailbot.mail.sources.base import MailSource, SourceUnavailable
from mailbot.store.apply import apply, attachments_not_kept, quarantine
from mailbot.store.models import Message, Ticket
from mailbot.store.orders import findings_for_mail
from mailbot.store.suppression import lift_suppression, suppress, ticket_of_our_mail
from mailbot.store.tickets import match_ticket, view
from mailbot.values import (
    Decision,
    Extraction,
    InboundMail,
    Outcome,
    OutgoingMail,
    RawMail,
)
from mailbot.workflow.bounces import bounce_decision
from mailbot.workflow.decide import decide, sender_checks

log = logging.getLogger(__name__)


def _already_seen(ctx: Context, message_id: str) -> Message | None:
    with ctx.sessions() as session:
        return session.exec(select(Message).where(Message.direction == "in", Message.message_id == message_id)).first()


def _machine_decision(ticket_id: int | None, reason: str) -> Decision:
    """Machines are never answered: the mail is recorded on its ticket if it has one, nothing else."""
    return Decision(action="record" if ticket_id else "ignore", ticket_id=ticket_id, reason=reason)


def _never_answer_machines(decision: Decision, found: Extraction, mail: InboundMail) -> Decision:
    """Last line of defence: no reply goes back to a sender that must not be answered."""
    if found.should_auto_reply or not mail.sender:
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
) -> Decision:
    """Bounces are recorded on their ticket, other machines only recorded, people get ``decide``."""
    quiet = str(machine) if machine is not None and not machine.stops_ticket else ""
    machine = None if quiet else machine  # only bounces, auto-submitted and our own mail stop here
    report = parse_dsn(mail) if machine else None
    if report is not None:
        # A bounce of one of our own mails: its ticket is the one that mail belonged to.
        bounced = ticket_of_our_mail(session, report.original_message_id) or ticket
        return bounce_decision(report, view(bounced) if bounced else None, suppress(session, report, now), str(machine))
    if machine:
        return _machine_decision(ticket.id if ticket else None, str(machine))
    if mail.sender:
        lift_suppression(session, mail.sender.email)  # "until it writes again"
    snapshot = view(ticket) if ticket else None
    member, authenticated = sender_checks(mail, ctx.rules)
    serials = snapshot.serial_numbers if snapshot else ()
    warranty = findings_for_mail(session, ctx.rules.terms.warranty, serials, found.serial_numbers, now.date())
    return decide(
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


def process_one(raw: RawMail, ctx: Context) -> Outcome:
    """Everything one mail causes, committed in one transaction. The caller then marks it done."""
    now = ctx.clock()
    try:
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
    if machine:
        found = replace(found, should_auto_reply=False)
    # Identity is the From address, never an address quoted in the body.
    sender = mail.sender.email if mail.sender else ""
    with ctx.sessions() as session:
        ticket, how = match_ticket(session, mail, sender, found.rma_reference, ctx.rules, ctx.thread_key)
        decision = _decision(session, mail, found, ticket, machine, ctx, now)
        decision = _tell_about_dropped_attachments(decision, found, mail, ctx)
        decision = _never_answer_machines(decision, found, mail)
        outcome = apply(session, raw, mail, found, decision, ctx.apply_env, now=now)
        session.commit()
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


@dataclass(frozen=True)
class PassReport:
    outcomes: tuple[Outcome, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        return bool(self.errors) or any(o.status == "quarantined" for o in self.outcomes)


def _quarantine_after_error(raw: RawMail, ctx: Context, exc: Exception) -> Outcome:
    """A mail that made processing raise is kept with its traceback; the loop goes on."""
    try:
        message_id = parse(raw.data).message_id
    except Exception:
        message_id = "malformed-" + hashlib.sha256(raw.data).hexdigest()[:32]
    log.error("mail %s from %s could not be processed; quarantined", message_id, raw.source)
    if _already_seen(ctx, message_id):
        return Outcome(message_id=message_id, status="duplicate", when=ctx.clock())
    with ctx.sessions() as session:
        outcome = quarantine(
            session, raw, message_id, f"{type(exc).__name__}: {exc}", ctx.apply_env, now=ctx.clock(), exc=exc
        )
        session.commit()
    return outcome


def process_source(source: MailSource, ctx: Context, should_stop: Callable[[], bool] = lambda: False) -> PassReport:
    """One pass over one source: every waiting mail processed, then marked done (or quarantined)."""
    outcomes: list[Outcome] = []
    errors: list[str] = []
    try:
        for raw in source.fetch():
            try:
                outcome = process_one(raw, ctx)
            except IntegrityError:
                # Another worker committed the same mail a moment ago: it is theirs, and done.
                outcome = Outcome(message_id="?", status="duplicate", when=ctx.clock())
            except Exception as exc:
                outcome = _quarantine_after_error(raw, ctx, exc)
            if outcome.status == "quarantined":
                source.quarantine(raw, outcome.reason)
            else:
                source.mark_done(raw)
            outcomes.append(outcome)
            if should_stop():
                break
    except SourceUnavailable as exc:
        # Logged by the daemon's outage bookkeeping, once per outage, not once per pass.
        log.debug("source %s unavailable: %s", source.name, exc)
        errors.append(f"{source.name}: {exc}")
    return PassReport(outcomes=tuple(outcomes), errors=tuple(errors))

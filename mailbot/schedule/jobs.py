"""The daemon's periodic jobs besides polling: the reminder sweep and the managers' digest check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlmodel import Session

from mailbot.app import Context
from mailbot.rules import Rules
from mailbot.schedule import digest, reminders
from mailbot.store.db import SessionFactory
from mailbot.store.models import Ticket
from mailbot.store.outbox import Known, SendEnv, enqueue, known_for
from mailbot.store.retention import RetentionReport
from mailbot.values import OutgoingMail

log = logging.getLogger(__name__)

DIGEST_CHECK_SECONDS = 60.0


def outbox_enqueue(env: SendEnv, now: datetime) -> Callable[[Session, OutgoingMail, Ticket | None], object]:
    """The enqueue(session, mail, ticket) the sweep and digest take, bound to the real outbox."""

    def put(session: Session, mail: OutgoingMail, ticket: Ticket | None) -> object:
        return enqueue(session, mail, ticket=ticket, env=env, now=now)

    return put


class _SweepOutbox:
    """The sweep's enqueue: each batch first reads, in one go, the rate limits and suppressions of all the
    addresses it may write to (``prepare``), and every mail of the batch is checked against that."""

    def __init__(self, env: SendEnv, now: datetime) -> None:
        self.env, self.now = env, now
        self.known: Known | None = None

    def prepare(self, session: Session, addresses: set[str], ticket_ids: set[int]) -> None:
        self.known = known_for(session, self.now, addresses, ticket_ids)

    def __call__(self, session: Session, mail: OutgoingMail, ticket: Ticket | None) -> object:
        return enqueue(session, mail, ticket=ticket, env=self.env, now=self.now, known=self.known)


def sweep_now(sessions: SessionFactory, rules: Rules, env: SendEnv, now: datetime) -> list:
    box = _SweepOutbox(env, now)
    return reminders.sweep(sessions, rules.reminders, rules.calendar, box, now, prepare=box.prepare)


def digests_now(sessions: SessionFactory, rules: Rules, env: SendEnv, now: datetime, *, force: bool = False) -> list:
    return digest.send_due(
        sessions,
        rules.digest.managers,
        rules.calendar,
        outbox_enqueue(env, now),
        now,
        closed_states=rules.digest.closed_states,
        reply_address=env.sender,
        force=force,
        limit=rules.digest.list_limit,
    )


def followup_jobs(
    sessions: SessionFactory, env: SendEnv, clock: Callable[[], datetime], rules: Rules, sweep_seconds: float
) -> list[tuple[str, Callable[[], object], float]]:
    """(job id, function, interval seconds) for APScheduler: the reminder sweep and the digest check.

    Both read the clock when they run and derive everything from the database, so a missed or
    doubled tick changes nothing.
    """
    return [
        ("reminder-sweep", lambda: sweep_now(sessions, rules, env, clock()), sweep_seconds),
        (
            "manager-digest",
            lambda: digests_now(sessions, rules, env, clock()),
            min(DIGEST_CHECK_SECONDS, sweep_seconds),
        ),
    ]


RETENTION_SECONDS = 6 * 3600.0


def retention_now(ctx: Context) -> RetentionReport | None:
    """Drop the raw sent mail and attachments of tickets closed more than ``retention_months`` ago."""
    from mailbot.store.retention import months_before, purge

    months = ctx.settings.retention_months
    if months is None:
        return None
    now = ctx.clock()
    return purge(ctx.sessions, ctx.apply_env.blobs, months_before(now, months), now)


def extra_jobs(ctx: Context) -> list[tuple[str, Callable[[], object], float]]:
    """(job id, function, interval in seconds) for the daemon's scheduler besides polling."""
    jobs = followup_jobs(ctx.sessions, ctx.apply_env.send, ctx.clock, ctx.rules, ctx.settings.sweep_seconds)
    if ctx.settings.retention_months is not None:
        jobs.append(("retention", lambda: retention_now(ctx), RETENTION_SECONDS))
    return jobs

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
from mailbot.store.outbox import SendEnv, enqueue
from mailbot.store.retention import RetentionReport
from mailbot.values import OutgoingMail

log = logging.getLogger(__name__)

DIGEST_CHECK_SECONDS = 60.0


def outbox_enqueue(env: SendEnv, now: datetime) -> Callable[[Session, OutgoingMail, Ticket | None], object]:
    """The enqueue(session, mail, ticket) the sweep and digest take, bound to the real outbox."""

    def put(session: Session, mail: OutgoingMail, ticket: Ticket | None) -> object:
        return enqueue(session, mail, ticket=ticket, env=env, now=now)

    return put


def sweep_now(sessions: SessionFactory, rules: Rules, env: SendEnv, now: datetime) -> list:
    return reminders.sweep(sessions, rules.reminders, rules.calendar, outbox_enqueue(env, now), now)


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

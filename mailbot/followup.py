"""Wiring for the daemon: load the calendar, reminder and digest rules, and make the periodic jobs."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlmodel import Session

from mailbot import digest, reminders
from mailbot.digest import DigestRules, load_digest_rules
from mailbot.outbox import SendEnv, enqueue
from mailbot.reminder_rules import ReminderRules, load_reminder_rules
from mailbot.store.db import SessionFactory
from mailbot.store.models import Ticket
from mailbot.types import DeadlineSpec, OutgoingMail
from mailbot.workdays import WorkCalendar, load_calendar

log = logging.getLogger(__name__)

DIGEST_CHECK_SECONDS = 60.0


@dataclass(frozen=True)
class FollowUp:
    """The three rule files this part reads; load once at start-up so a bad file stops it."""

    calendar: WorkCalendar
    reminders: ReminderRules
    digest: DigestRules


def load_followup(rules_dir: Path) -> FollowUp:
    """rules/calendar.yml, rules/reminders.yml, rules/digest.yml; errors are yamlfile.FileError."""
    return FollowUp(calendar=load_calendar(rules_dir / "calendar.yml"),
                    reminders=load_reminder_rules(rules_dir / "reminders.yml"),
                    digest=load_digest_rules(rules_dir / "digest.yml"))


def outbox_enqueue(env: SendEnv, now: datetime) -> Callable[[Session, OutgoingMail, Ticket | None], object]:
    """The enqueue(session, mail, ticket) the sweep and digest take, bound to the real outbox."""
    def put(session: Session, mail: OutgoingMail, ticket: Ticket | None) -> object:
        return enqueue(session, mail, ticket=ticket, env=env, now=now)

    return put


def sweep_now(sessions: SessionFactory, fu: FollowUp, env: SendEnv, now: datetime) -> list:
    return reminders.sweep(sessions, fu.reminders, fu.calendar, outbox_enqueue(env, now), now)


def digests_now(sessions: SessionFactory, fu: FollowUp, env: SendEnv, now: datetime, *,
                force: bool = False) -> list:
    return digest.send_due(sessions, fu.digest.managers, fu.calendar, outbox_enqueue(env, now), now,
                           closed_states=fu.digest.closed_states, reply_address=env.sender,
                           force=force, limit=fu.digest.list_limit)


def followup_jobs(sessions: SessionFactory, env: SendEnv, clock: Callable[[], datetime],
                  rules_dir: Path, sweep_seconds: float) -> list[tuple[str, Callable[[], object], float]]:
    """(job id, function, interval seconds) for APScheduler: the reminder sweep and the digest check.

    Both read the clock when they run and derive everything from the database, so a missed or
    doubled tick changes nothing.
    """
    fu = load_followup(rules_dir)
    return [
        ("reminder-sweep", lambda: sweep_now(sessions, fu, env, clock()), sweep_seconds),
        ("manager-digest", lambda: digests_now(sessions, fu, env, clock()),
         min(DIGEST_CHECK_SECONDS, sweep_seconds)),
    ]


@dataclass(frozen=True)
class ReminderHooks:
    """apply()'s DeadlineHooks: start and finish deadlines in the ticket change's own transaction."""

    rules: ReminderRules
    calendar: WorkCalendar

    def start(self, session: Session, ticket: Ticket, spec: DeadlineSpec, now: datetime) -> None:
        assert ticket.id is not None
        reminders.start_deadline(session, ticket.id, spec, self.rules, self.calendar, now)

    def finish(self, session: Session, ticket: Ticket, awaited: tuple[str, ...], now: datetime) -> None:
        assert ticket.id is not None
        reminders.finish_deadlines(session, ticket.id, awaited, now)

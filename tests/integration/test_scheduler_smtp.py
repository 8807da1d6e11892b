"""The real daemon scheduler against real servers: it picks a customer's request out of Dovecot, and when
the controlled clock passes the rep's deadline and the managers' digest time, the reminder and both
digests arrive in the recipients' Dovecot INBOXes through the SMTP relay, each exactly once."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from mailbot.app import make_sources
from mailbot.rules import load as load_rules
from mailbot.schedule.daemon import Worker
from mailbot.schedule.jobs import digests_now, extra_jobs
from mailbot.store.deadlines import ReminderHooks
from mailbot.store.models import Deadline, DigestLog, Outbox, ReminderLog
from mailbot.values import DeadlineSpec
from tests.conftest import REPO
from tests.integration.parties import (
    Inboxes,
    empty_mailboxes,
    mail_servers,
    parse,
    production_settings,
    text_of,
)
from tests.integration.test_e2e_imap import tickets
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_followup import _ticket
from tests.pipeline.test_seed_policies import REQUEST

pytestmark = pytest.mark.integration
SERVICE = "service@lumatek-example.com"
CUSTOMER, REP = "kim@netz.example.com", "sales@example.com"  # rules/routing.yml: the default rep
MANAGER_CN, MANAGER_EU = "manager@example.com", "eu.manager@example.com"  # rules/digest.yml
PARTIES = (CUSTOMER, REP, MANAGER_CN, MANAGER_EU)
OTHER_REP = "rep@lumatek-example.com"  # the rep of test_followup's hand-made tickets
TICK = 0.2  # poll and sweep interval of the daemon under test, in seconds


@pytest.fixture(scope="module")
def servers() -> Iterator:
    with mail_servers((SERVICE, *PARTIES, OTHER_REP)) as pair:
        yield pair


@pytest.fixture
def daemon(servers, make_ctx):
    """start(ctx) runs Worker.run in a thread with the production jobs; stopped after the test."""
    dovecot, relay = servers
    empty_mailboxes(dovecot)
    relay.received.clear()
    started: list[tuple[Worker, threading.Thread]] = []

    def start(ctx) -> Callable[[], None]:
        worker = Worker(ctx, make_sources(ctx))
        worker.extra_jobs.extend(extra_jobs(ctx))
        runner = threading.Thread(target=worker.run, kwargs={"install_signals": False}, daemon=True)
        runner.start()
        started.append((worker, runner))
        return lambda: stop(worker, runner)

    def stop(worker: Worker, runner: threading.Thread) -> None:
        worker.stop.set()
        runner.join(timeout=30)
        assert not runner.is_alive(), "the daemon did not stop"

    yield start
    for worker, runner in started:
        stop(worker, runner)


def wait_until(check: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


def distinct(inboxes: Inboxes) -> dict[str, int]:
    """How many different mails (by subject) each party has received so far."""
    return {p: len({subject(m) for m in inboxes.all(p)}) for p in inboxes.parties}


def copies(mails) -> int:
    return len(mails) - len({m["Message-ID"] for m in mails})


def subject(mail) -> str:
    return str(mail["Subject"]).strip()


def test_daemon_sends_reminder_and_digests_through_smtp(servers, daemon, make_ctx, clock):
    dovecot, relay = servers
    # Sunday 22:00 UTC: Monday 06:00 in Shanghai (before the 08:00 digest), Sunday night in Berlin.
    clock.now = datetime(2026, 11, 15, 22, 0, tzinfo=UTC)
    dovecot.append(
        SERVICE, customer_mail(CUSTOMER, "Two SFPs without link", REQUEST, message_id="<sfp-request@netz.example.com>")
    )
    ctx = make_ctx(poll_seconds=TICK, sweep_seconds=TICK, **production_settings(dovecot, relay, SERVICE))
    stop_daemon = daemon(ctx)
    inboxes = Inboxes(dovecot, PARTIES)

    # The daemon turns the mail into a ticket: the customer is acknowledged, the rep asked to confirm.
    assert wait_until(lambda: distinct(inboxes) == {CUSTOMER: 1, REP: 1, MANAGER_CN: 0, MANAGER_EU: 0})
    [ticket] = tickets(ctx)
    rma = ticket.rma
    time.sleep(10 * TICK)  # several sweeps and digest checks: nothing is due yet
    first = inboxes.new()
    assert distinct(inboxes) == {CUSTOMER: 1, REP: 1, MANAGER_CN: 0, MANAGER_EU: 0}
    ask, ack = first[REP][0], first[CUSTOMER][0]
    with ctx.sessions() as s:
        [deadline] = s.exec(select(Deadline)).all()
    # 3 working days of business time from Monday's opening (09:00 Shanghai): Wednesday 18:00.
    assert (deadline.awaited, deadline.due_at.replace(tzinfo=UTC)) == (
        "rep_confirmation",
        datetime(2026, 11, 18, 10, 0, tzinfo=UTC),
    )

    # Wednesday 10:01 UTC: the rep is overdue; 18:01 in Shanghai and 11:01 in Berlin, both past the
    # managers' 08:00 digest time on a working day. The running daemon notices by itself.
    clock.now = datetime(2026, 11, 18, 10, 1, tzinfo=UTC)
    assert wait_until(lambda: distinct(inboxes) == {CUSTOMER: 1, REP: 2, MANAGER_CN: 1, MANAGER_EU: 1})
    time.sleep(10 * TICK)  # more ticks at the same moment: nothing new may be sent
    stop_daemon()  # finishes what is in hand: nothing can arrive after this
    later = inboxes.new()
    assert distinct(inboxes) == {CUSTOMER: 1, REP: 2, MANAGER_CN: 1, MANAGER_EU: 1}

    [reminder] = {subject(m): m for m in later[REP]}.values()
    assert subject(reminder) == f"[{rma}] Reminder 1/2: waiting for your confirmation of the RMA request"
    assert [a.addr_spec for a in reminder["To"].addresses] == [REP]
    # It threads into the ticket's conversation.
    assert reminder["In-Reply-To"] in {"<sfp-request@netz.example.com>", ask["Message-ID"], ack["Message-ID"]}
    body = text_of(reminder)
    assert f"ticket {rma} has been waiting for your confirmation of the RMA request" in body
    assert CUSTOMER in body and "OZ2311A0042" in body
    assert ask["Message-ID"] != reminder["Message-ID"]

    # The first digest counts the last day as new: the ticket is older, but open, waiting and overdue.
    digest_en = later[MANAGER_EU][0]
    assert subject(digest_en) == "RMA digest 2026-11-18: 0 new, 1 open, 1 overdue"
    text = text_of(digest_en)
    assert "WAITING FOR A REP'S CONFIRMATION: 1" in text and rma in text and REP in text
    assert f"mailto:{SERVICE}?subject=%5B{rma}%5D" in digest_en.get_body(("html",)).get_content()
    digest_zh = later[MANAGER_CN][0]
    assert subject(digest_zh) == "RMA日报 2026-11-18：新增 0，未结 1，逾期 1"
    assert rma in text_of(digest_zh)

    with ctx.sessions() as s:  # queued once each: 2 at intake, then the reminder and 2 digests
        assert len(s.exec(select(Outbox)).all()) == 5
        assert set(s.exec(select(Outbox.status)).all()) == {"sent"}
        assert len(s.exec(select(ReminderLog)).all()) == 1
        assert sorted(d.manager for d in s.exec(select(DigestLog)).all()) == sorted([MANAGER_CN, MANAGER_EU])
    assert dovecot.messages(SERVICE) == []  # the request was handled and moved out of the INBOX

    # Every mail went out through the SMTP relay, and each exactly once.
    delivered = sorted(subject(parse(data)) for _from, _to, data in relay.received)
    twice = sum(copies(first[p] + later[p]) for p in PARTIES)
    assert twice == 0 and len(delivered) == len(set(delivered)) == 5, delivered


def test_scheduler_start_does_not_follow_the_logical_clock(servers, daemon, make_ctx, clock):
    """APScheduler fires on the wall clock: a business clock far ahead of it must not postpone the jobs."""
    dovecot, relay = servers
    clock.now = datetime(2099, 3, 2, 9, 0, tzinfo=UTC)  # a controlled clock ahead of the wall
    ctx = make_ctx(poll_seconds=TICK, sweep_seconds=TICK, **production_settings(dovecot, relay, SERVICE))
    fu = load_rules(REPO / "rules")
    with ctx.sessions() as s:  # a rep asked to confirm six weeks ago (logical time) never did
        t = _ticket(s, 1, datetime(2099, 1, 19, 2, 0, tzinfo=UTC))
        ReminderHooks(fu.reminders, fu.calendar).start(s, t, DeadlineSpec("rep_confirmation"), t.created_at)
        s.commit()
    daemon(ctx)
    # sweep_seconds is 0.2 s: the overdue reminder should be in the rep's INBOX within seconds.
    assert wait_until(lambda: len(dovecot.messages(OTHER_REP)) == 1, timeout=3)


class MeetingTransport:
    """The real SMTP transport behind a meeting point: each send waits (at most 2 s) for a second send
    to be under way, so two deliveries racing over the outbox have both claimed before either sends."""

    def __init__(self, real) -> None:
        self.real = real
        self.meeting = threading.Barrier(2, timeout=2)

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        try:
            self.meeting.wait()
        except threading.BrokenBarrierError:
            pass  # nobody else is sending: go on alone
        self.real.send(sender, recipients, raw)

    def close(self) -> None:
        self.real.close()


def test_two_deliveries_at_once_send_each_queued_mail_once(servers, make_ctx, clock):
    """What the daemon does all the time: the outbox job and a poll's delivery run together."""
    dovecot, relay = servers
    empty_mailboxes(dovecot)
    relay.received.clear()
    ctx = make_ctx(**production_settings(dovecot, relay, SERVICE))
    queued = digests_now(ctx.sessions, ctx.rules, ctx.apply_env.send, clock(), force=True)
    assert sorted(email for email, _day in queued) == sorted([MANAGER_CN, MANAGER_EU])
    worker = Worker(dataclasses.replace(ctx, transport=MeetingTransport(ctx.transport)), [])
    threads = [threading.Thread(target=worker.deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(to for _from, (to,), _data in relay.received) == sorted([MANAGER_CN, MANAGER_EU])
    assert [len(dovecot.messages(m)) for m in (MANAGER_CN, MANAGER_EU)] == [1, 1]

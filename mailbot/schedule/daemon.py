"""The daemon: APScheduler jobs for polling, reminders and the digest; IDLE watchers for push; a delivery thread."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from mailbot.app import Context
from mailbot.mail.sources.base import MailSource, SourceUnavailable
from mailbot.pipeline import PassReport, process_source, reading_pool
from mailbot.reading import ReadingPool
from mailbot.schedule.delivery import deliver_due
from mailbot.schedule.health import SourceHealth, alert_mail
from mailbot.store.outbox import enqueue

log = logging.getLogger(__name__)

RECONNECT_SECONDS = 2.0  # an IDLE watcher whose server went away tries again this often (a TCP connect)
DELIVERY_SECONDS = 30.0  # the outbox is looked at this often even when nothing new was queued
DELIVERY_ROUND = 1000  # mails sent per delivery round; a full round is followed by another at once
STOP_GRACE_SECONDS = 3.0  # how long a stopping daemon waits for a thread still talking to a server
RELAY = "outgoing mail relay"
STORAGE = "database and blob storage"


@dataclass
class Worker:
    """One process's view of its sources; every job takes the time from ctx.clock."""

    ctx: Context
    sources: list[MailSource]
    stop: threading.Event = field(default_factory=threading.Event)
    extra_jobs: list[tuple[str, Callable[[], object], float]] = field(default_factory=list)
    health: SourceHealth | None = None
    _locks: dict[str, threading.Lock] = field(default_factory=dict)
    _health_lock: threading.Lock = field(default_factory=threading.Lock)
    _outbox_ready: threading.Event = field(default_factory=threading.Event)
    _delivering: threading.Lock = field(default_factory=threading.Lock)
    deliver_inline: bool = True  # `once` sends after each pass; the daemon has a delivery thread
    # Parses and understands a backlog's batches beside the passes (ingest.understand_processes); started at
    # the first pass with more than one batch waiting, shared by the passes over every inbox.
    reader: ReadingPool | None = None

    def __post_init__(self) -> None:
        if self.health is None:
            self.health = SourceHealth(timedelta(minutes=self.ctx.settings.alert_after_minutes))
        if self.reader is None:
            self.reader = reading_pool(self.ctx)

    def poll(self, source: MailSource, *, wait: bool = False) -> PassReport:
        """Process one source, then have what it queued sent. One pass per source at a time; a source
        that is down is retried on its backoff schedule while the others go on. With ``wait`` (the IDLE
        watcher) a pass already running is waited for rather than skipped: the watcher then finds the
        mail handled instead of asking the server again at once."""
        assert self.health is not None
        with self._health_lock:
            if not self.health.due(source.name, self.ctx.clock()):
                return PassReport()
        lock = self._locks.setdefault(source.name, threading.Lock())
        if not self._acquire(lock, wait):
            return PassReport()
        try:
            report = process_source(source, self.ctx, should_stop=self.stop.is_set, reader=self.reader)
        except Exception as exc:  # the database or the disk failed: every mail would fail the same way
            self.record_health(STORAGE, f"{type(exc).__name__}: {exc}")
            log.debug("pass over %s stopped", source.name, exc_info=True)
            return PassReport(errors=(f"{source.name}: {exc}",))
        finally:
            lock.release()
        self.record_health(source.name, report.errors[-1] if report.errors else None)
        if report.outcomes:
            self.record_health(STORAGE, None)
        if self.deliver_inline:
            self.deliver()
        else:
            self._outbox_ready.set()
        return report

    def _then_deliver(self, job: Callable[[], object]) -> Callable[[], object]:
        """``job``, then a nudge to the outbox thread: what a sweep or a digest queued goes out within
        moments, not at the outbox thread's next timed look (``DELIVERY_SECONDS``)."""

        def run() -> object:
            try:
                return job()
            finally:
                self._outbox_ready.set()

        return run

    def _acquire(self, lock: threading.Lock, wait: bool) -> bool:
        if not wait:
            return lock.acquire(blocking=False)
        while not lock.acquire(timeout=1.0):
            if self.stop.is_set():
                return False
        return True

    def record_health(self, name: str, error: str | None) -> None:
        """Outage bookkeeping; the operator hears once when a source stays down, once when it is back."""
        assert self.health is not None
        now = self.ctx.clock()
        with self._health_lock:
            alert = self.health.failure(name, now, error) if error else self.health.success(name, now)
        operator = self.ctx.settings.operator_email
        if alert is None or not operator:
            return
        with self.ctx.sessions() as session:
            enqueue(session, alert_mail(alert, operator), ticket=None, env=self.ctx.apply_env.send, now=now)
            session.commit()

    def deliver(self) -> bool:
        """Send what is due (on up to ``delivery.connections`` relay connections); a relay outage is one
        log line and, if it lasts, one alert, and ends the round at the first mail instead of waiting one
        timeout per mail.

        True when the round stopped at its limit (``DELIVERY_ROUND``): more may be due now."""
        by_name = {s.name: s for s in self.sources}
        with self._delivering:  # one delivery round at a time: the round owns the transport's connections
            report = deliver_due(
                self.ctx.sessions,
                self.ctx.transport,
                self.ctx.settings.delivery,
                self.ctx.clock,
                limit=DELIVERY_ROUND,
                on_sent=lambda row: self._copy_to_sent(by_name.get(row.source), row.raw),
            )
        if report.relay_error is not None:
            self.record_health(RELAY, report.relay_error)
        elif report.sent:
            self.record_health(RELAY, None)
        return report.relay_error is None and report.sent + report.deferred + report.failed >= DELIVERY_ROUND

    def _delivery_loop(self) -> None:
        """The outbox on its own thread: woken when a pass queued mail, and every DELIVERY_SECONDS."""
        while not self.stop.is_set():
            self._outbox_ready.wait(DELIVERY_SECONDS)
            self._outbox_ready.clear()
            if self.stop.is_set():
                return
            try:
                if self.deliver():  # a backlog read faster than one round sends: go on, not in 30 s
                    self._outbox_ready.set()
            except Exception as exc:
                self.record_health(STORAGE, f"{type(exc).__name__}: {exc}")
                self.stop.wait(RECONNECT_SECONDS)

    @staticmethod
    def _copy_to_sent(source: MailSource | None, raw: bytes) -> None:
        """The support staff see the bot's replies in their client's Sent folder (where configured)."""
        append = getattr(source, "append_sent", None)
        if source is None or append is None:
            return
        try:
            append(raw)
        except SourceUnavailable as exc:
            log.warning("could not copy a sent reply to %s's Sent folder: %s", source.name, exc)

    def once(self) -> list[PassReport]:
        inline, self.deliver_inline = self.deliver_inline, False
        try:
            reports = [self.poll(source) for source in self.sources]
        finally:
            self.deliver_inline = inline
            self.close_reader()  # a single pass: the reading process has nothing more to read
        self.deliver()
        return reports

    def close_reader(self) -> None:
        if self.reader is not None:
            self.reader.close()

    def _watch(self, source: MailSource) -> None:
        """Push: wait in IDLE and process as soon as the server says something arrived."""
        down = False
        while not self.stop.is_set():
            try:
                arrived = source.wait(timeout=min(self.ctx.settings.poll_seconds, 60.0))
                if down:  # the server answers again: that is the recovery, whatever the poll job's backoff
                    down = False
                    self.record_health(source.name, None)
                    arrived = True
                if arrived and not self.stop.is_set():
                    self.poll(source, wait=True)
            except SourceUnavailable as exc:
                if not self.stop.is_set():
                    down = True
                    self.record_health(source.name, str(exc))
                    self.stop.wait(RECONNECT_SECONDS)
            except Exception:
                if self.stop.is_set():  # stopping closes the connection under the IDLE on purpose
                    break
                log.exception("watcher for %s failed; the poll job keeps the inbox served", source.name)
                self.stop.wait(5)

    def run(self, *, install_signals: bool = True) -> None:
        """Serve until SIGINT/SIGTERM; the mail in hand is finished before stopping."""
        if install_signals:
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: self.stop.set())
        from apscheduler.schedulers.background import BackgroundScheduler  # only the daemon needs it

        scheduler = BackgroundScheduler(timezone="UTC")
        # APScheduler fires on the wall clock; ctx.clock is the business time each job reads.
        start = datetime.now(UTC)
        interval = self.ctx.settings.poll_seconds
        for source in self.sources:
            scheduler.add_job(
                self.poll,
                "interval",
                args=[source],
                seconds=interval,
                id=f"poll:{source.name}",
                max_instances=1,
                coalesce=True,
                next_run_time=start,
            )
        for name, job, seconds in self.extra_jobs:
            scheduler.add_job(
                self._then_deliver(job),
                "interval",
                seconds=seconds,
                id=name,
                max_instances=1,
                coalesce=True,
                next_run_time=start,
            )
        self.deliver_inline = False
        threads = [threading.Thread(target=self._delivery_loop, name="outbox", daemon=True)]
        threads += [
            threading.Thread(target=self._watch, args=[s], name=f"watch:{s.name}", daemon=True)
            for s in self.sources
            if getattr(s, "pushes", False)
        ]
        scheduler.start()
        for thread in threads:
            thread.start()
        self._outbox_ready.set()  # whatever a previous run left queued
        log.info("mailbot running: %d source(s), polling every %.0fs", len(self.sources), interval)
        try:
            self.stop.wait()
        finally:
            self._shut_down(scheduler, threads)

    def _shut_down(self, scheduler: object, threads: list[threading.Thread]) -> None:
        """Stop within seconds: a pass stops after its batch, IDLE is broken off, the outbox thread
        finishes the mail in hand; a thread stuck on a mute server is left behind (a daemon thread)."""
        log.info("stopping: finishing the mail in hand")
        self._outbox_ready.set()
        for source in self.sources:
            interrupt = getattr(source, "interrupt", None)
            if interrupt is not None:
                interrupt()
        scheduler.shutdown(wait=True)  # type: ignore[attr-defined]
        until = time.monotonic() + STOP_GRACE_SECONDS  # one grace period for all of them, not one each
        for thread in threads:
            thread.join(timeout=max(0.0, until - time.monotonic()))
            if thread.is_alive():
                log.warning("stopping without waiting for %s (still waiting on its server)", thread.name)
        self.close_reader()
        for source in self.sources:
            source.close()

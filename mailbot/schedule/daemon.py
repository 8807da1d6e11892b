"""The daemon: APScheduler jobs for polling, the outbox, reminders and the digest; IDLE watchers for push."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from mailbot.app import Context
from mailbot.mail.sources.base import MailSource, SourceUnavailable
from mailbot.pipeline import PassReport, process_source
from mailbot.schedule.delivery import deliver_due
from mailbot.schedule.health import SourceHealth, alert_mail
from mailbot.store.outbox import enqueue

log = logging.getLogger(__name__)


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

    def __post_init__(self) -> None:
        if self.health is None:
            self.health = SourceHealth(timedelta(minutes=self.ctx.settings.alert_after_minutes))

    def poll(self, source: MailSource) -> PassReport:
        """Process one source, then send what it queued. One pass per source at a time; a source
        that is down is retried on its backoff schedule while the others go on."""
        assert self.health is not None
        with self._health_lock:
            if not self.health.due(source.name, self.ctx.clock()):
                return PassReport()
        lock = self._locks.setdefault(source.name, threading.Lock())
        if not lock.acquire(blocking=False):
            return PassReport()
        try:
            report = process_source(source, self.ctx, should_stop=self.stop.is_set)
        finally:
            lock.release()
        self.record_health(source.name, report.errors[-1] if report.errors else None)
        self.deliver()
        return report

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

    def deliver(self) -> None:
        by_name = {s.name: s for s in self.sources}
        deliver_due(
            self.ctx.sessions,
            self.ctx.transport,
            self.ctx.settings.delivery,
            self.ctx.clock,
            on_sent=lambda row: self._copy_to_sent(by_name.get(row.source), row.raw),
        )

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
        reports = [self.poll(source) for source in self.sources]
        self.deliver()
        return reports

    def _watch(self, source: MailSource) -> None:
        """Push: wait in IDLE and process as soon as the server says something arrived."""
        assert self.health is not None
        while not self.stop.is_set():
            try:
                if source.wait(timeout=min(self.ctx.settings.poll_seconds, 60.0)):
                    self.poll(source)
            except SourceUnavailable as exc:
                self.record_health(source.name, str(exc))
                with self._health_lock:
                    retry = self.health.next_try(source.name)
                self.stop.wait(max(1.0, (retry - self.ctx.clock()).total_seconds()) if retry else 5.0)
            except Exception:
                log.exception("watcher for %s failed; the poll job keeps the inbox served", source.name)
                self.stop.wait(5)

    def run(self, *, install_signals: bool = True) -> None:
        """Serve until SIGINT/SIGTERM; the mail in hand is finished before stopping."""
        if install_signals:
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: self.stop.set())
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
        scheduler.add_job(
            self.deliver, "interval", seconds=min(interval, 30.0), id="outbox", max_instances=1, coalesce=True
        )
        for name, job, seconds in self.extra_jobs:
            scheduler.add_job(
                job, "interval", seconds=seconds, id=name, max_instances=1, coalesce=True, next_run_time=start
            )
        watchers = [
            threading.Thread(target=self._watch, args=[s], name=f"watch:{s.name}", daemon=True)
            for s in self.sources
            if getattr(s, "pushes", False)
        ]
        scheduler.start()
        for thread in watchers:
            thread.start()
        log.info("mailbot running: %d source(s), polling every %.0fs", len(self.sources), interval)
        try:
            self.stop.wait()
        finally:
            log.info("stopping: finishing the mail in hand")
            scheduler.shutdown(wait=True)
            for thread in watchers:
                thread.join(timeout=70)
            for source in self.sources:
                source.close()

"""A source that stays down is retried on a backoff, and the operator hears once down, once back."""

from __future__ import annotations

from sqlmodel import select

from mailbot.mail.sources.base import SourceUnavailable
from mailbot.schedule.daemon import Worker
from mailbot.store.models import Outbox


class FlakySource:
    """A stand-in inbox whose server is down until ``up`` is set."""

    name = "service"
    pushes = False

    def __init__(self) -> None:
        self.up = False
        self.attempts = 0

    def fetch(self):
        self.attempts += 1
        if not self.up:
            raise SourceUnavailable("connection refused")
        return iter(())

    def mark_done(self, raw): ...
    def quarantine(self, raw, reason): ...
    def wait(self, timeout):
        return False

    def close(self): ...


def _alerts(ctx):
    with ctx.sessions() as s:
        return [r.subject for r in s.exec(select(Outbox).where(Outbox.template == "operator_alert")).all()]


def test_outage_alerts_once_and_recovery_once(make_ctx, clock):
    ctx = make_ctx(operator_email="ops@lumatek-example.com", alert_after_minutes=30)
    source = FlakySource()
    worker = Worker(ctx, [source])
    for _ in range(120):  # an hour of polls every 30 s
        worker.poll(source)
        clock.advance(seconds=30)
    assert source.attempts < 40  # backoff: not every poll hits the dead server
    assert len(_alerts(ctx)) == 1 and "unreachable" in _alerts(ctx)[0]

    source.up = True
    clock.advance(minutes=10)
    worker.poll(source)
    worker.poll(source)
    assert len(_alerts(ctx)) == 2 and "reachable again" in _alerts(ctx)[1]


def test_short_outage_alerts_nobody(make_ctx, clock):
    ctx = make_ctx(operator_email="ops@lumatek-example.com", alert_after_minutes=30)
    source = FlakySource()
    worker = Worker(ctx, [source])
    worker.poll(source)
    clock.advance(minutes=5)
    source.up = True
    worker.poll(source)
    assert _alerts(ctx) == []

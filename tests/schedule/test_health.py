"""SourceHealth: one log line per outage, one alert after the threshold, one on recovery, backoff."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from mailbot.schedule.health import Backoff, SourceHealth, alert_mail

T0 = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def seconds(n: float) -> datetime:
    return T0 + timedelta(seconds=n)


def test_outage_logged_once_alerted_once_and_recovery_reported(caplog):
    health = SourceHealth(alert_after=timedelta(minutes=30))
    with caplog.at_level(logging.INFO, logger="mailbot.schedule.health"):
        alerts = [health.failure("service", seconds(s), "connection refused") for s in range(0, 3600, 1)]
    down = [a for a in alerts if a is not None]
    assert len(down) == 1
    assert down[0].kind == "down" and down[0].at == seconds(1800) and down[0].since == T0
    assert "service" in down[0].subject and "30 min" in down[0].text
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 2  # the outage began; the alert went out
    recovered = health.success("service", seconds(3700))
    assert recovered is not None and recovered.kind == "recovered"
    assert "1 h 01 min" in recovered.text
    assert health.success("service", seconds(3800)) is None  # healthy again: nothing to say


def test_short_outage_recovers_without_any_alert():
    health = SourceHealth(alert_after=timedelta(minutes=30))
    assert health.failure("rma", seconds(0), "timeout") is None
    assert health.failure("rma", seconds(600), "timeout") is None
    assert health.success("rma", seconds(700)) is None
    assert health.failing() == {}


def test_sources_are_independent():
    health = SourceHealth(alert_after=timedelta(seconds=60))
    health.failure("service", seconds(0), "refused")
    assert health.due("rma", seconds(0))
    assert health.failure("rma", seconds(30), "refused") is None
    assert health.failure("service", seconds(61), "refused") is not None
    assert health.failure("rma", seconds(61), "refused") is None  # its own outage is only 31 s old
    assert set(health.failing()) == {"service", "rma"}


def test_a_new_outage_after_recovery_alerts_again():
    health = SourceHealth(alert_after=timedelta(seconds=10))
    health.failure("service", seconds(0), "x")
    assert health.failure("service", seconds(10), "x") is not None
    health.success("service", seconds(20))
    health.failure("service", seconds(100), "y")
    again = health.failure("service", seconds(111), "y")
    assert again is not None and again.since == seconds(100) and again.error == "y"


def test_backoff_doubles_up_to_the_cap_and_gates_attempts():
    backoff = Backoff(first=5, maximum=60)
    assert [backoff.delay(n) for n in range(0, 7)] == [0, 5, 10, 20, 40, 60, 60]
    assert backoff.delay(10_000) == 60
    health = SourceHealth(alert_after=timedelta(hours=1), backoff=backoff)
    health.failure("service", seconds(0), "refused")
    assert not health.due("service", seconds(4)) and health.due("service", seconds(5))
    health.failure("service", seconds(5), "refused")
    assert health.next_try("service") == seconds(15)
    health.success("service", seconds(15))
    assert health.due("service", seconds(15)) and health.next_try("service") is None


def test_alert_becomes_an_operator_mail():
    health = SourceHealth(alert_after=timedelta(minutes=5))
    health.failure("service", seconds(0), "connection refused")
    alert = health.failure("service", seconds(300), "connection refused")
    assert alert is not None
    mail = alert_mail(alert, "ops@example.com")
    assert mail.template == "operator_alert" and mail.to == ("ops@example.com",)
    assert mail.context["title"] == "service unreachable since 2026-11-22 08:00 UTC"
    assert "connection refused" in str(mail.context["text"])

"""Outage bookkeeping per mail source: log once per outage, alert after a while, back off between retries."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from mailbot.values import OutgoingMail

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Alert:
    """Something the operator must hear about: a source down for too long, or back again."""

    source: str
    kind: Literal["down", "recovered"]
    since: datetime  # when the outage began
    at: datetime
    error: str  # the latest error seen

    @property
    def title(self) -> str:
        if self.kind == "down":
            return f"{self.source} unreachable since {self.since:%Y-%m-%d %H:%M} UTC"
        return f"{self.source} reachable again"

    @property
    def subject(self) -> str:
        return f"[mailbot] {self.title}"

    @property
    def text(self) -> str:
        lasted = _duration(self.at - self.since)
        if self.kind == "down":
            return (
                f"The mail source {self.source} has failed for {lasted}.\n"
                f"Latest error: {self.error}\n\nmailbot keeps retrying; other inboxes are served "
                "meanwhile. You will get one more mail when it recovers.\n"
            )
        return f"The mail source {self.source} works again after {lasted}.\nLast error before recovery: {self.error}\n"


@dataclass(frozen=True)
class Backoff:
    """Retry delays: ``first`` seconds, doubling on every failure, never above ``maximum``."""

    first: float = 5.0
    maximum: float = 300.0

    def delay(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.maximum, self.first * 2 ** min(failures - 1, 32))


@dataclass
class _Outage:
    since: datetime
    error: str
    failures: int = 1
    alerted: bool = False
    next_try: datetime | None = None


class SourceHealth:
    """Keeps one outage record per source; callers pass ``now`` and act on the Alerts returned."""

    def __init__(self, alert_after: timedelta, backoff: Backoff = Backoff()) -> None:
        self.alert_after = alert_after
        self.backoff = backoff
        self._outages: dict[str, _Outage] = {}

    def failure(self, name: str, now: datetime, error: str) -> Alert | None:
        """Record a failed attempt; an Alert once the outage has lasted ``alert_after``."""
        outage = self._outages.get(name)
        if outage is None:
            outage = self._outages[name] = _Outage(since=now, error=error)
            log.warning("%s: unavailable: %s (retrying with backoff; logged once per outage)", name, error)
        else:
            outage.failures += 1
            outage.error = error
            log.debug("%s: still unavailable (attempt %d): %s", name, outage.failures, error)
        outage.next_try = now + timedelta(seconds=self.backoff.delay(outage.failures))
        if not outage.alerted and now - outage.since >= self.alert_after:
            outage.alerted = True
            log.error("%s: unavailable for %s; alerting the operator", name, _duration(now - outage.since))
            return Alert(name, "down", outage.since, now, error)
        return None

    def success(self, name: str, now: datetime) -> Alert | None:
        """Record a working attempt; a recovery Alert only if a failure alert went out."""
        outage = self._outages.pop(name, None)
        if outage is None:
            return None
        log.warning("%s: available again after %s", name, _duration(now - outage.since))
        return Alert(name, "recovered", outage.since, now, outage.error) if outage.alerted else None

    def due(self, name: str, now: datetime) -> bool:
        """Whether the next attempt at ``name`` may be made now (always, for a healthy source)."""
        outage = self._outages.get(name)
        return outage is None or outage.next_try is None or now >= outage.next_try

    def next_try(self, name: str) -> datetime | None:
        outage = self._outages.get(name)
        return outage.next_try if outage else None

    def failing(self) -> dict[str, datetime]:
        """Sources currently down, with the time each outage began."""
        return {name: o.since for name, o in self._outages.items()}


def alert_mail(alert: Alert, operator: str) -> OutgoingMail:
    """The operator's mail for ``alert`` (template ``operator_alert``: ``title`` and ``text``)."""
    return OutgoingMail(
        template="operator_alert",
        to=(operator,),
        context={"title": alert.title, "text": alert.text, "source": alert.source, "kind": alert.kind},
    )


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"

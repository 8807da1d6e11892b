"""Outbox delivery: due rows claimed one at a time, sent on one connection, each result recorded at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from mailbot.config import Delivery
from mailbot.mail.transports.base import PermanentFailure, RelayUnavailable, TemporaryFailure, Transport
from mailbot.store.db import SessionFactory
from mailbot.store.models import Outbox
from mailbot.store.outbox import claim_next, record_status

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    relay_error: str | None = None  # the relay could not be reached: the round stopped at the first mail


def _backoff(attempts: int, policy: Delivery) -> timedelta:
    return timedelta(seconds=min(policy.max_retry_seconds, policy.first_retry_seconds * 2 ** (attempts - 1)))


def deliver_due(
    sessions: SessionFactory,
    transport: Transport,
    policy: Delivery,
    now: Callable[[], datetime],
    limit: int = 1000,
    on_sent: Callable[[Outbox], None] | None = None,
) -> DeliveryReport:
    """Send queued mails whose time has come: each claimed (leased) alone, sent, then recorded.

    ``on_sent`` runs after the row is committed as sent (e.g. a copy to the Sent folder); its
    failure never un-sends a mail."""
    sent = deferred = failed = 0
    last_id = 0
    relay_error: str | None = None
    for _ in range(limit):
        with sessions() as session:
            row = claim_next(session, now(), last_id)
            if row is None:
                break
            assert row.id is not None
            last_id = row.id
            try:
                transport.send(row.sender, row.recipients, row.raw)
            except PermanentFailure as exc:
                row.status, row.last_error, failed = "failed", str(exc), failed + 1
                log.error("outbox %s to %s failed permanently: %s", row.message_id, row.recipients, exc)
            except TemporaryFailure as exc:
                row.status, row.last_error = "queued", str(exc)
                if isinstance(exc, RelayUnavailable):
                    relay_error = str(exc)
                if now() - row.created_at >= timedelta(hours=policy.retry_for_hours):
                    row.status, failed = "failed", failed + 1
                    log.error("outbox %s gave up after %d attempts: %s", row.message_id, row.attempts, exc)
                else:
                    row.next_attempt_at, deferred = now() + _backoff(row.attempts, policy), deferred + 1
                    if relay_error is None:  # a relay outage is logged once, by the caller
                        log.warning("outbox %s deferred (attempt %d): %s", row.message_id, row.attempts, exc)
            else:
                row.status, row.sent_at, row.last_error, sent = "sent", now(), "", sent + 1
                log.info("outbox %s sent to %s", row.message_id, ", ".join(row.recipients))
            record_status(session, row, row.status)
            session.add(row)
            session.commit()
        if on_sent is not None and row.status == "sent":
            on_sent(row)
        if relay_error is not None:
            break  # every other mail would wait out the same timeout: they stay queued for the next round
    return DeliveryReport(sent=sent, deferred=deferred, failed=failed, relay_error=relay_error)

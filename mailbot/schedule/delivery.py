"""Outbox delivery: due rows claimed a batch at a time (batches growing while a backlog lasts), sent on one
connection, their results committed together at the end of the batch (one UPDATE per status for the
sent-mail records). A batch never sends a row after its lease: what the relay's pace leaves too little
time for is handed back and claimed again.

Why one commit per batch is safe: the transport's journal marks each mail the instant the relay accepts it
(mailbot.mail.transports.journal), and a row the crash left "sending" is settled from that mark (or the
transport's delivered copy) before anything is sent again; the marks are removed only after the commit. A
transport that can prove neither still has each result committed the moment it is known, so a crash
repeats at most the mail in hand."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from sqlmodel import Session

from mailbot.config import Delivery
from mailbot.mail.transports.base import LinkLost, PermanentFailure, RelayUnavailable, TemporaryFailure, Transport
from mailbot.mail.transports.journal import SendJournal
from mailbot.store.db import SessionFactory
from mailbot.store.models import Outbox
from mailbot.store.outbox import INTERRUPTED, LEASE, claim_batch, record_statuses, release_claimed

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
    """Send queued mails whose time has come: claimed (leased) a batch at a time, sent, then recorded
    together (each at once when the transport cannot prove after a crash what it took).

    ``on_sent`` runs after the row is committed as sent (e.g. a copy to the Sent folder); its
    failure never un-sends a mail."""
    sent = deferred = failed = 0
    last_id = 0
    relay_error: str | None = None
    left = limit
    journal = _journal(transport)
    at_once = not _proves_delivery(transport)  # nothing else says a mail went out: commit each result
    size = CLAIM
    while left > 0 and relay_error is None:
        with sessions() as session:
            claimed_at = now()
            rows = claim_batch(session, claimed_at, last_id, min(size, left))
            if not rows:
                break
            last_id, left = rows[-1].id or last_id, left - len(rows)
            size = min(2 * size, CLAIM_MAX)  # a backlog: fewer, larger claims and commits
            copies = _look_up(rows, transport)
            done: list[Outbox] = []  # rows whose outcome is set, not committed yet
            keep_mark: set[str] = set()  # mails left in doubt: their "begun" mark stays
            for index, row in enumerate(rows):
                if relay_error is not None:  # the relay is gone: the rest wait for the next round
                    row.status, row.next_attempt_at, row.last_error = "queued", now(), relay_error
                    row.attempts -= 1  # not attempted after all
                    session.add(row)
                    continue
                if index and now() >= claimed_at + LEASE - SEND_TIME:
                    # A slow relay: the lease of the rest would run out before they are sent, and another
                    # worker may claim a row then. The outcomes so far are committed and the rest handed
                    # back, due now, to be claimed again under a new lease.
                    rest = [r.id for r in rows[index:] if r.id is not None]
                    _commit(session, done, journal, keep_mark, on_sent)
                    done, keep_mark = [], set()
                    release_claimed(session, rest, claimed_at + LEASE, now())
                    last_id, left = min(rest) - 1, left + len(rest)
                    break
                outcome, in_doubt = _send_one(row, transport, policy, now, copies)
                session.add(row)
                if outcome != "wait":
                    done.append(row)
                if in_doubt:
                    keep_mark.add(row.message_id)
                sent, deferred, failed = (
                    sent + (outcome == "sent"),
                    deferred + (outcome in ("deferred", "wait")),
                    failed + (outcome == "failed"),
                )
                if outcome == "relay":
                    relay_error, deferred = row.last_error, deferred + 1
                if at_once:
                    _commit(session, done, journal, keep_mark, on_sent)
                    done, keep_mark = [], set()
            _commit(session, done, journal, keep_mark, on_sent)
    return DeliveryReport(sent=sent, deferred=deferred, failed=failed, relay_error=relay_error)


def _commit(
    session: Session,
    rows: list[Outbox],
    journal: SendJournal | None,
    in_doubt: set[str],
    on_sent: Callable[[Outbox], None] | None,
) -> None:
    """Commit the outcomes of ``rows`` (one UPDATE per status for their sent-mail records), then drop their
    journal marks (the outcome is in the database now) and run ``on_sent`` for those sent."""
    by_status: dict[str, list[str]] = {}
    for row in rows:
        by_status.setdefault(row.status, []).append(row.message_id)
    record_statuses(session, by_status)
    session.commit()
    for row in rows:
        if journal is not None and row.message_id not in in_doubt:
            journal.forget(row.message_id)
    if on_sent is not None:
        for row in rows:
            if row.status == "sent":
                on_sent(row)


def _proves_delivery(transport: Transport) -> bool:
    """Whether a mail the transport took is known to be out after a crash before the commit: by its journal
    or by its own delivered copy (the file transport's folder)."""
    return _journal(transport) is not None or getattr(transport, "delivered", None) is not None


def _journal(transport: Transport) -> SendJournal | None:
    journal = getattr(transport, "journal", None)
    return journal if isinstance(journal, SendJournal) else None


class DeliveryProof(Protocol):
    """Somewhere the relay files what it accepted (mailbot.mail.transports.relay_copy.RelayCopy)."""

    grace: timedelta

    def holding(self, message_ids: Iterable[str]) -> Mapping[str, bool] | None: ...


Verdict = Literal["delivered", "send", "wait"]


def _proof(transport: Transport) -> DeliveryProof | None:
    return getattr(transport, "relay_copy", None)


def _known(row: Outbox, transport: Transport) -> Verdict | None:
    """What is known of a claimed row without asking the relay's copy folder: "send" when it was never in
    doubt, "delivered" when the journal or the transport's own delivered copy proves it, None when it is
    in doubt still."""
    journal = _journal(transport)
    state = journal.state(row.message_id) if journal is not None else None
    if row.last_error != INTERRUPTED and state != "begun":
        return "send"
    if state == "accepted":
        return "delivered"
    delivered = getattr(transport, "delivered", None)
    if delivered is not None and bool(delivered(row.message_id)):
        return "delivered"
    return None


def _look_up(rows: list[Outbox], transport: Transport) -> Mapping[str, bool] | None:
    """The relay's copy folder asked once, on one connection, about every claimed row still in doubt (a
    worker killed with a claimed batch leaves all its rows so); None when it could not be asked."""
    proof = _proof(transport)
    doubtful = [row.message_id for row in rows if _known(row, transport) is None] if proof is not None else []
    if proof is None or not doubtful:
        return {}
    return proof.holding(doubtful)


def _settle(
    row: Outbox, transport: Transport, now: datetime, copies: Mapping[str, bool] | None
) -> tuple[Verdict, datetime | None]:
    """What to do with a claimed row: send it, record it as delivered, or let it wait (until when).

    A row cut short mid-send (or whose last attempt broke off after the mail was handed over) is checked
    against what is known of it: the transport's journal (the relay's acceptance marked the instant it
    came), the delivered copy where the transport keeps one (the file transport's folder), the relay's copy
    folder where one is configured (``copies``: what _look_up found there). A mail still in doubt is sent
    once more with the same Message-ID, which lets the receiver drop the second copy."""
    known = _known(row, transport)
    if known is not None:
        return known, None
    journal = _journal(transport)
    state = journal.state(row.message_id) if journal is not None else None
    proof = _proof(transport)
    if proof is not None:
        found = None if copies is None else copies.get(row.message_id)
        if found:
            log.info("outbox %s: the relay's copy folder holds it; it went out before it was cut short", row.message_id)
            return "delivered", None
        begun = journal.begun_at(row.message_id) if journal is not None and state == "begun" else None
        if now.tzinfo is None:  # the business clock is UTC; the marks are written aware
            now = now.replace(tzinfo=UTC)
        if found is False and begun is not None and now < begun + proof.grace:
            # The relay may file its copy a little after its answer: this row waits, the others go on.
            log.info("outbox %s: in doubt, no relay copy yet; looked for again at the end of the grace", row.message_id)
            return "wait", begun + proof.grace
    if state == "begun":
        log.warning("outbox %s: in doubt, cut short mid-send; sending it once more, same Message-ID", row.message_id)
    return "send", None


# Rows claimed, sent and committed together (a journal marks each the moment the relay accepts it): a round
# starts with CLAIM, so a few due mails are shared between workers, and doubles each batch up to CLAIM_MAX
# while a backlog lasts (each claim and commit costs about as much CPU as sending ten mails).
CLAIM = 20
CLAIM_MAX = 160
SEND_TIME = timedelta(minutes=2)  # the longest one mail may take to send (the relay's timeout, 60 s, and more)


def _send_one(
    row: Outbox,
    transport: Transport,
    policy: Delivery,
    now: Callable[[], datetime],
    copies: Mapping[str, bool] | None,
) -> tuple[str, bool]:
    """Hand one claimed row to the relay and set on it what happened (the caller commits): "sent",
    "deferred", "failed", "relay" (the relay is unreachable) or "wait" (looked for again later); and
    whether the mail is left in doubt (its journal mark must stay)."""
    outcome, in_doubt = "sent", False
    try:
        verdict, until = _settle(row, transport, now(), copies)
        if verdict == "wait" and until is not None:
            row.status, row.next_attempt_at, row.last_error = "queued", until, INTERRUPTED
            row.attempts -= 1  # not attempted: looked for, and the mark of the first attempt stays
            return "wait", True
        if verdict == "delivered":
            log.info("outbox %s was delivered before the crash; recorded as sent, not sent again", row.message_id)
        else:
            _hand_over(row, transport, now())
    except PermanentFailure as exc:
        row.status, row.last_error, outcome = "failed", str(exc), "failed"
        log.error("outbox %s to %s failed permanently: %s", row.message_id, row.recipients, exc)
    except TemporaryFailure as exc:
        # A link lost mid-transaction leaves the mail in doubt: its "begun" mark stays for the retry to
        # settle (the relay's copy folder), as a crash mid-send would.
        in_doubt = isinstance(exc, LinkLost)
        row.status, row.last_error = "queued", str(exc)
        outcome = "relay" if isinstance(exc, RelayUnavailable) else "deferred"
        if now() - row.created_at >= timedelta(hours=policy.retry_for_hours):
            row.status, outcome = "failed", "failed"
            log.error("outbox %s gave up after %d attempts: %s", row.message_id, row.attempts, exc)
        else:
            row.next_attempt_at = now() + _backoff(row.attempts, policy)
            if outcome != "relay":  # a relay outage is logged once, by the caller
                log.warning("outbox %s deferred (attempt %d): %s", row.message_id, row.attempts, exc)
    else:
        row.status, row.sent_at, row.last_error = "sent", now(), ""
        log.info("outbox %s sent to %s", row.message_id, ", ".join(row.recipients))
    return outcome, in_doubt and row.status == "queued"


def _hand_over(row: Outbox, transport: Transport, now: datetime) -> None:
    """Send one mail, marking it in the transport's journal just before and the instant after the relay
    accepts it: a crash between that answer and the commit then leaves "accepted", not a doubt."""
    journal = _journal(transport)
    if journal is None:
        transport.send(row.sender, row.recipients, row.raw)
        return
    journal.begin(row.message_id, now)
    try:
        transport.send(row.sender, row.recipients, row.raw)
    except LinkLost:
        raise  # the link broke mid-transaction: the relay may have the mail, so the mark stays "begun"
    except (PermanentFailure, TemporaryFailure):
        journal.forget(row.message_id)  # the relay answered with a refusal: it does not have the mail
        raise
    journal.accepted(row.message_id)

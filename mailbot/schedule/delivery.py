"""Outbox delivery: due rows claimed a batch at a time (batches growing while a backlog lasts), sent, their
results committed together at the end of the batch (one UPDATE per status for the sent-mail records). A
batch never starts a row after its lease: what the relay's pace leaves too little time for is handed back
and claimed again.

A transport that can hand over several mails at once (``connections`` on the SMTP transport, the setting
``delivery.connections``) gets that many of the batch at a time, each on a thread of its own: the
threads only talk to the relay and mark the journal; this thread reads the rows before and writes what
happened to them after, in the order the answers come. With one, the rows are sent one after the other
on this thread.

Why one commit per batch is safe: the transport's journal marks each mail the instant the relay accepts it
(mailbot.mail.transports.journal), and a row the crash left "sending" is settled from that mark (or the
transport's delivered copy) before anything is sent again; the marks are removed only after the commit. A
transport that can prove neither still has each result committed the moment it is known, so a crash
repeats at most the mails in hand."""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol

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
    """Send queued mails whose time has come: claimed (leased) a batch at a time, sent (as many at once as
    the transport has connections), then recorded together (each at once when the transport cannot prove
    after a crash what it took).

    ``on_sent`` runs after the row is committed as sent (e.g. a copy to the Sent folder); its
    failure never un-sends a mail."""
    sent = deferred = failed = 0
    last_id = 0
    relay_error: str | None = None
    left = limit
    journal = _journal(transport)
    at_once = not _proves_delivery(transport)  # nothing else says a mail went out: commit each result
    size = CLAIM
    with _Senders(transport, policy, now) as senders:
        while left > 0 and relay_error is None:
            with sessions() as session:
                claimed_at = now()
                rows = claim_batch(session, claimed_at, last_id, min(size, left))
                if not rows:
                    break
                last_id, left = rows[-1].id or last_id, left - len(rows)
                size = min(2 * size, CLAIM_MAX)  # a backlog: fewer, larger claims and commits
                copies = _look_up(rows, transport)
                waiting = deque(rows)  # not handed to a sender yet
                by_id = {id(row): row for row in rows}
                in_flight = 0
                lease_over = False
                done: list[Outbox] = []  # rows whose outcome is set, not committed yet
                keep_mark: set[str] = set()  # mails left in doubt: their "begun" mark stays
                while waiting or in_flight:
                    while waiting and in_flight < senders.count and relay_error is None and not lease_over:
                        if len(waiting) < len(rows) and now() >= claimed_at + LEASE - SEND_TIME:
                            # A slow relay: the lease of the rest would run out before they are sent, and
                            # another worker may claim a row then; they are handed back below.
                            lease_over = True
                            break
                        row = waiting.popleft()
                        senders.start(id(row), _Mail.of(row), copies)
                        in_flight += 1
                    if not in_flight:
                        break
                    key, result = senders.next_result()
                    in_flight -= 1
                    row = by_id[key]
                    result.apply(row)
                    session.add(row)
                    outcome = result.outcome
                    if outcome != "wait":
                        done.append(row)
                    if result.in_doubt:
                        keep_mark.add(row.message_id)
                    sent, deferred, failed = (
                        sent + (outcome == "sent"),
                        deferred + (outcome in ("deferred", "wait")),
                        failed + (outcome == "failed"),
                    )
                    if outcome == "relay":
                        deferred += 1
                        relay_error = relay_error or row.last_error
                    if at_once:
                        _commit(session, done, journal, keep_mark, on_sent)
                        done, keep_mark = [], set()
                if waiting and relay_error is not None:
                    # The relay is gone: the rest wait for the next round, not attempted after all.
                    for row in waiting:
                        row.status, row.next_attempt_at, row.last_error = "queued", now(), relay_error
                        row.attempts -= 1
                        session.add(row)
                elif waiting:
                    # The lease ran short: the outcomes so far are committed and the rest handed back, due
                    # now, to be claimed again under a new lease.
                    rest = [r.id for r in waiting if r.id is not None]
                    _commit(session, done, journal, keep_mark, on_sent)
                    done, keep_mark = [], set()
                    release_claimed(session, rest, claimed_at + LEASE, now())
                    last_id, left = min(rest) - 1, left + len(rest)
                _commit(session, done, journal, keep_mark, on_sent)
    return DeliveryReport(sent=sent, deferred=deferred, failed=failed, relay_error=relay_error)


@dataclass(frozen=True)
class _Mail:
    """What sending a claimed row needs, read from the row on the thread that owns its session: the
    senders never touch a row (an ORM object is not to be shared between threads)."""

    message_id: str
    sender: str
    recipients: list[str]
    raw: bytes
    last_error: str
    attempts: int
    created_at: datetime

    @classmethod
    def of(cls, row: Outbox) -> _Mail:
        return cls(
            message_id=row.message_id,
            sender=row.sender,
            recipients=list(row.recipients),
            raw=row.raw,
            last_error=row.last_error,
            attempts=row.attempts,
            created_at=row.created_at,
        )


@dataclass(frozen=True)
class _Result:
    """What happened to one mail: "sent", "deferred", "failed", "relay" (the relay is unreachable) or
    "wait" (looked for again later); whether it is left in doubt (its journal mark must stay); and the
    columns of its row that say so."""

    outcome: str
    in_doubt: bool = False
    changes: dict[str, Any] = field(default_factory=dict)
    error: BaseException | None = None  # what broke a sender thread unexpectedly

    def apply(self, row: Outbox) -> None:
        for column, value in self.changes.items():
            setattr(row, column, value)


class _Senders:
    """Hands mails to the transport: on this thread when it takes one at a time, otherwise on as many
    threads as it has connections, the answers queued for this thread as they come."""

    def __init__(self, transport: Transport, policy: Delivery, now: Callable[[], datetime]) -> None:
        self.transport, self.policy, self.now = transport, policy, now
        self.count = max(1, int(getattr(transport, "connections", 1)))
        self._inline: deque[tuple[int, _Result]] = deque()
        self._work: queue.SimpleQueue[tuple[int, _Mail, Mapping[str, bool] | None] | None] = queue.SimpleQueue()
        self._results: queue.SimpleQueue[tuple[int, _Result]] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> _Senders:
        return self

    def __exit__(self, *exc: object) -> None:
        for _ in self._threads:
            self._work.put(None)
        for thread in self._threads:
            thread.join()

    def start(self, key: int, mail: _Mail, copies: Mapping[str, bool] | None) -> None:
        if self.count == 1:
            self._inline.append((key, _send_one(mail, self.transport, self.policy, self.now, copies)))
            return
        if len(self._threads) < self.count:  # started when first needed: a round of one mail starts one
            thread = threading.Thread(target=self._run, name=f"outbox-sender-{len(self._threads) + 1}", daemon=True)
            thread.start()
            self._threads.append(thread)
        self._work.put((key, mail, copies))

    def next_result(self) -> tuple[int, _Result]:
        """The next answer; a sender's unexpected error is raised here (the row stays "sending" under its
        lease with its journal mark, as when the process dies, and is settled when claimed again)."""
        key, result = self._inline.popleft() if self._inline else self._results.get()
        if result.error is not None:
            raise result.error
        return key, result

    def _run(self) -> None:
        while (job := self._work.get()) is not None:
            key, mail, copies = job
            try:
                result = _send_one(mail, self.transport, self.policy, self.now, copies)
            except BaseException as exc:  # raised on the batch's thread, as it would be with one connection
                result = _Result("error", error=exc)
            self._results.put((key, result))


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


def _known(row: Outbox | _Mail, transport: Transport) -> Verdict | None:
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
    row: _Mail, transport: Transport, now: datetime, copies: Mapping[str, bool] | None
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
    row: _Mail,
    transport: Transport,
    policy: Delivery,
    now: Callable[[], datetime],
    copies: Mapping[str, bool] | None,
) -> _Result:
    """Hand one claimed mail to the relay and say what happened and how its row changes (the batch's
    thread sets and commits that): "sent", "deferred", "failed", "relay" (the relay is unreachable) or
    "wait" (looked for again later); and whether the mail is left in doubt (its journal mark must stay)."""
    try:
        verdict, until = _settle(row, transport, now(), copies)
        if verdict == "wait" and until is not None:
            # not attempted: looked for, and the mark of the first attempt stays
            changes = {"status": "queued", "next_attempt_at": until, "last_error": INTERRUPTED}
            return _Result("wait", True, {**changes, "attempts": row.attempts - 1})
        if verdict == "delivered":
            log.info("outbox %s was delivered before the crash; recorded as sent, not sent again", row.message_id)
        else:
            _hand_over(row, transport, now())
    except PermanentFailure as exc:
        log.error("outbox %s to %s failed permanently: %s", row.message_id, row.recipients, exc)
        return _Result("failed", False, {"status": "failed", "last_error": str(exc)})
    except TemporaryFailure as exc:
        # A link lost mid-transaction leaves the mail in doubt: its "begun" mark stays for the retry to
        # settle (the relay's copy folder), as a crash mid-send would.
        if now() - row.created_at >= timedelta(hours=policy.retry_for_hours):
            log.error("outbox %s gave up after %d attempts: %s", row.message_id, row.attempts, exc)
            return _Result("failed", False, {"status": "failed", "last_error": str(exc)})
        outcome = "relay" if isinstance(exc, RelayUnavailable) else "deferred"
        if outcome != "relay":  # a relay outage is logged once, by the caller
            log.warning("outbox %s deferred (attempt %d): %s", row.message_id, row.attempts, exc)
        retry_at = now() + _backoff(row.attempts, policy)
        changes = {"status": "queued", "last_error": str(exc), "next_attempt_at": retry_at}
        return _Result(outcome, isinstance(exc, LinkLost), changes)
    log.info("outbox %s sent to %s", row.message_id, ", ".join(row.recipients))
    return _Result("sent", False, {"status": "sent", "sent_at": now(), "last_error": ""})


def _hand_over(row: _Mail, transport: Transport, now: datetime) -> None:
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

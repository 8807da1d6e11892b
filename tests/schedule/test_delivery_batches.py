"""Delivery claims a backlog in growing batches, and never sends a row after its lease: rows a slow relay
leaves too little time for are handed back and claimed again, each sent once."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from mailbot.config import Delivery
from mailbot.schedule import delivery
from mailbot.schedule.delivery import CLAIM, CLAIM_MAX, SEND_TIME, deliver_due
from mailbot.store.models import Message, Outbox
from mailbot.store.outbox import LEASE, claim_batch, enqueue, release_claimed
from mailbot.values import OutgoingMail


class Relay:
    """Accepts every mail; each takes ``pace`` of the test clock. Records (Message-ID, when sent)."""

    def __init__(self, clock, pace=None) -> None:
        self.clock, self.pace = clock, pace
        self.sent: list[tuple[str, datetime]] = []

    def send(self, sender, recipients, raw):
        message_id = next(line for line in raw.split(b"\n") if line.startswith(b"Message-ID:"))
        self.sent.append((message_id.split(b"<")[1].split(b">")[0].decode(), self.clock()))
        if self.pace is not None:
            self.clock.advance(seconds=self.pace.total_seconds())

    def close(self):
        pass


def _queue(ctx, clock, n: int) -> list[str]:
    ids = []
    with ctx.sessions() as s:
        for k in range(n):
            context = {"title": "t", "text": "x"}
            mail = OutgoingMail(template="operator_alert", to=(f"ops{k}@x.example",), context=context)
            row = enqueue(s, mail, ticket=None, env=ctx.apply_env.send, now=clock())
            assert row is not None
            ids.append(row.message_id)
        s.commit()
    return ids


def _claims(monkeypatch) -> list[int]:
    sizes: list[int] = []

    def counted(session, now, after_id, limit):
        sizes.append(limit)
        return claim_batch(session, now, after_id, limit)

    monkeypatch.setattr(delivery, "claim_batch", counted)
    return sizes


def test_a_backlog_is_claimed_in_batches_that_grow(make_ctx, clock, monkeypatch):
    ctx = make_ctx()
    queued = _queue(ctx, clock, 2 * CLAIM_MAX)
    sizes = _claims(monkeypatch)
    relay = Relay(clock)
    report = deliver_due(ctx.sessions, relay, Delivery(), clock)
    assert report.sent == len(queued)
    assert sorted(m for m, _ in relay.sent) == sorted(queued)  # each once
    assert sizes[:4] == [CLAIM, 2 * CLAIM, 4 * CLAIM, min(8 * CLAIM, CLAIM_MAX)]
    assert max(sizes) == CLAIM_MAX
    assert len(sizes) < len(queued) / CLAIM  # fewer claims (and commits) than twenty at a time
    with ctx.sessions() as s:
        rows = s.exec(select(Outbox)).all()
        assert {r.status for r in rows} == {"sent"} and {r.attempts for r in rows} == {1}
        assert set(s.exec(select(Message.status).where(Message.direction == "out")).all()) == {"sent"}


def test_a_few_due_mails_take_one_small_claim(make_ctx, clock, monkeypatch):
    ctx = make_ctx()
    _queue(ctx, clock, 3)
    sizes = _claims(monkeypatch)
    assert deliver_due(ctx.sessions, Relay(clock), Delivery(), clock).sent == 3
    assert sizes == [CLAIM, 2 * CLAIM]  # the second finds nothing due


def test_a_slow_relay_never_sends_a_row_after_its_lease(make_ctx, clock, monkeypatch):
    ctx = make_ctx()
    queued = _queue(ctx, clock, 12)
    sizes = _claims(monkeypatch)
    pace = (LEASE - SEND_TIME) / 3.5  # three mails and a half fit in a lease, less the time to send one
    relay = Relay(clock, pace)
    leases: dict[str, datetime] = {}
    claim = delivery.claim_batch

    def noting(session, now, after_id, limit):
        rows = claim(session, now, after_id, limit)
        leases.update({r.message_id: now + LEASE for r in rows})
        return rows

    monkeypatch.setattr(delivery, "claim_batch", noting)
    report = deliver_due(ctx.sessions, relay, Delivery(), clock)
    assert report.sent == 12
    assert sorted(m for m, _ in relay.sent) == sorted(queued)  # each once, none twice
    for message_id, at in relay.sent:
        assert at + pace <= leases[message_id]  # handed over and answered within its lease
    assert len(sizes) >= 3  # claimed again under new leases
    with ctx.sessions() as s:
        rows = s.exec(select(Outbox)).all()
        assert {r.status for r in rows} == {"sent"}
        assert {r.attempts for r in rows} == {1}  # a row handed back unsent is not counted as attempted


def test_only_rows_still_under_the_lease_are_handed_back(make_ctx, clock):
    ctx = make_ctx()
    _queue(ctx, clock, 2)
    with ctx.sessions() as s:
        first, second = claim_batch(s, clock(), 0, 10)
        assert first.id is not None and second.id is not None
        ids = [first.id, second.id]
    lease_end = clock() + LEASE
    clock.advance(seconds=LEASE.total_seconds() + 1)
    with ctx.sessions() as s:
        [taken] = claim_batch(s, clock(), first.id, 1)  # the second row's lease ran out: another worker took it
        assert taken.id == second.id
    with ctx.sessions() as s:
        assert release_claimed(s, ids, lease_end, clock()) == 1
    with ctx.sessions() as s:
        back, kept = s.get(Outbox, ids[0]), s.get(Outbox, ids[1])
        assert back is not None and kept is not None
        assert (back.status, back.attempts) == ("queued", 0)
        assert (kept.status, kept.attempts) == ("sending", 2)  # the other worker's claim stands

"""Delivery on several connections to the relay (``delivery.connections``): a real aiosmtpd server on
loopback that can be slow to answer, refuse mails on one connection, drop one connection mid-mail or not
be there at all. Whatever it does, every queued mail is accepted exactly once (at most once more, with
the same Message-ID, when a connection broke after the relay may have taken it), and the rows say so."""

from __future__ import annotations

import asyncio
import email
import threading
import time
from collections import Counter

import pytest
from aiosmtpd.controller import Controller
from pydantic import ValidationError
from sqlmodel import select

from mailbot.config import Delivery, SmtpTransport
from mailbot.mail.transports.journal import SendJournal
from mailbot.mail.transports.smtp import SmtpTransport as SmtpMailTransport
from mailbot.schedule.delivery import deliver_due
from mailbot.store.models import Message, Outbox
from mailbot.store.outbox import enqueue
from mailbot.values import OutgoingMail
from tests.integration.kit import free_port


class Relay:
    """aiosmtpd handler and server: what it accepted (Message-ID, connection), how many mails it held at
    once, and what it does to the mails of one connection ("451", or "drop": take the mail, then hang up
    without an answer, as a relay that crashes after filing it)."""

    def __init__(self, answer_after: float = 0.0) -> None:
        self.answer_after = answer_after  # seconds before the answer to each DATA
        self.accepted: list[tuple[str, tuple[str, int]]] = []
        self.peers: list[tuple[str, int]] = []  # connections in the order they first sent a mail
        self.quits = 0
        self.trouble: tuple[int, str] | None = None  # (which connection, 0 the first; "451" or "drop")
        self.holding = self.most_held = 0
        self.lock = threading.Lock()
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, ready_timeout=10)

    async def handle_DATA(self, server, session, envelope) -> str:
        peer = tuple(session.peer[:2])
        message_id = email.message_from_bytes(envelope.original_content or envelope.content)["Message-ID"]
        with self.lock:
            if peer not in self.peers:
                self.peers.append(peer)
            trouble = self.trouble is not None and self.peers.index(peer) == self.trouble[0]
            self.holding += 1
            self.most_held = max(self.most_held, self.holding)
        try:
            if self.answer_after:
                await asyncio.sleep(self.answer_after)
            if trouble and self.trouble is not None and self.trouble[1] == "451":
                return "451 4.3.2 Concurrent connections limit exceeded"
            with self.lock:
                self.accepted.append((message_id.strip("<>"), peer))
            if trouble:
                server.transport.abort()  # the mail is taken; the answer never comes
            return "250 OK"
        finally:
            with self.lock:
                self.holding -= 1

    async def handle_QUIT(self, server, session, envelope) -> str:
        with self.lock:
            self.quits += 1
        return "221 Bye"

    def received(self) -> Counter[str]:
        with self.lock:
            return Counter(message_id for message_id, _ in self.accepted)


@pytest.fixture
def relay():
    server = Relay()
    server.controller.start()
    yield server
    server.controller.stop()


def _ctx(make_ctx, port: int, connections: int, **delivery: float):
    smtp = SmtpTransport(host="127.0.0.1", port=port, tls="none", timeout=5)
    return make_ctx(transport=smtp, delivery=Delivery(connections=connections, **delivery))


def _queue(ctx, clock, n: int) -> list[str]:
    """``n`` notices to as many addresses, queued to go now; their Message-IDs."""
    ids = []
    with ctx.sessions() as s:
        for k in range(n):
            context = {"title": "t", "text": "x"}
            mail = OutgoingMail(template="operator_alert", to=(f"ops{k}@x.example",), context=context)
            row = enqueue(s, mail, ticket=None, env=ctx.apply_env.send, now=clock())
            assert row is not None
            ids.append(row.message_id.strip("<>"))
        s.commit()
    return ids


def _rows(ctx) -> list[Outbox]:
    with ctx.sessions() as s:
        return list(s.exec(select(Outbox).order_by(Outbox.id)).all())


def test_a_slow_relay_answers_four_connections_side_by_side(make_ctx, clock, relay):
    relay.answer_after = 0.2  # each mail takes the relay 0.2 s: 4 s one after the other
    ctx = _ctx(make_ctx, relay.port, connections=4)
    queued = _queue(ctx, clock, 20)
    started = time.monotonic()
    report = deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock)
    took = time.monotonic() - started
    assert report.sent == 20 and report.deferred == report.failed == 0
    assert took < 20 * 0.2 / 2  # coarse: under half of one connection's time
    assert relay.received() == Counter(queued)  # each once
    assert len(relay.peers) == 4 and relay.most_held == 4  # four connections, each reused
    rows = _rows(ctx)
    assert {r.status for r in rows} == {"sent"} and {r.attempts for r in rows} == {1}
    with ctx.sessions() as s:
        assert set(s.exec(select(Message.status).where(Message.direction == "out")).all()) == {"sent"}
    assert not any((ctx.settings.var_dir / "sending").iterdir())  # every journal mark settled and removed


def test_one_connection_sends_one_mail_after_the_other(make_ctx, clock, relay):
    relay.answer_after = 0.02
    ctx = _ctx(make_ctx, relay.port, connections=1)
    queued = _queue(ctx, clock, 6)
    assert deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock).sent == 6
    assert [m for m, _ in relay.accepted] == queued  # in the outbox's order
    assert len(relay.peers) == 1 and relay.most_held == 1


def test_a_connection_refused_its_mails_defers_them_and_loses_none(make_ctx, clock, relay):
    relay.answer_after = 0.05
    relay.trouble = (1, "451")  # the second connection's mails are refused for now
    ctx = _ctx(make_ctx, relay.port, connections=3, first_retry_seconds=60)
    queued = _queue(ctx, clock, 15)
    first = deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock)
    assert first.deferred >= 1 and first.sent == 15 - first.deferred and first.relay_error is None
    deferred = {r.message_id.strip("<>") for r in _rows(ctx) if r.status == "queued"}
    assert len(deferred) == first.deferred and not deferred & set(relay.received())

    relay.trouble = None
    clock.advance(seconds=61)
    second = deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock)
    assert second.sent == first.deferred
    assert relay.received() == Counter(queued)  # every mail once: none lost, none twice
    rows = _rows(ctx)
    assert {r.status for r in rows} == {"sent"}
    assert sorted(r.attempts for r in rows) == [1] * (15 - len(deferred)) + [2] * len(deferred)


def test_a_connection_dropped_mid_mail_sends_that_mail_at_most_once_more(make_ctx, clock, relay):
    relay.answer_after = 0.05
    relay.trouble = (0, "drop")  # the first connection hangs up after taking its first mail
    ctx = _ctx(make_ctx, relay.port, connections=3, first_retry_seconds=60)
    queued = _queue(ctx, clock, 12)
    first = deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock)
    assert first.relay_error is not None  # a link lost ends the round: the rest wait for the next
    journal = SendJournal(ctx.settings.var_dir / "sending")
    in_doubt = [r.message_id for r in _rows(ctx) if journal.state(r.message_id) == "begun"]
    assert len(in_doubt) == 1

    relay.trouble = None
    for _ in range(3):
        clock.advance(seconds=120)
        deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock)
    got = relay.received()
    assert set(got) == set(queued)  # none lost
    assert got[in_doubt[0].strip("<>")] == 2  # the one in doubt went once more, same Message-ID
    assert all(got[m] == 1 for m in queued if m != in_doubt[0].strip("<>"))
    assert {r.status for r in _rows(ctx)} == {"sent"}
    assert journal.state(in_doubt[0]) is None


def test_a_relay_that_is_down_stops_the_round_and_keeps_every_mail(make_ctx, clock):
    ctx = _ctx(make_ctx, free_port(), connections=4)  # nothing listens there
    _queue(ctx, clock, 10)
    report = deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock)
    assert report.relay_error is not None and report.sent == 0
    rows = _rows(ctx)
    assert {r.status for r in rows} == {"queued"}
    assert 1 <= sum(r.attempts for r in rows) <= 4  # at most one try per connection; the rest not attempted


def test_the_transport_never_opens_more_connections_than_allowed(relay):
    relay.answer_after = 0.05
    out = SmtpMailTransport(SmtpTransport(host="127.0.0.1", port=relay.port, tls="none", timeout=5), connections=3)

    def send(n: int) -> None:
        raw = f"From: a@x.example\r\nTo: b@x.example\r\nMessage-ID: <m{n}@x.example>\r\nSubject: s\r\n\r\nbody\r\n"
        out.send("a@x.example", ["b@x.example"], raw.encode())

    threads = [threading.Thread(target=send, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(relay.accepted) == 12
    assert len(relay.peers) == 3 and relay.most_held == 3
    out.close()
    assert relay.quits == 3  # each connection said goodbye


def test_the_connections_setting_is_checked():
    assert Delivery().connections == 1  # one after the other unless the relay is known to gain
    for wrong in (0, 17):
        with pytest.raises(ValidationError, match="connections"):
            Delivery(connections=wrong)
    with pytest.raises(ValueError, match="at least 1"):
        SmtpMailTransport(SmtpTransport(host="127.0.0.1", tls="none"), connections=0)

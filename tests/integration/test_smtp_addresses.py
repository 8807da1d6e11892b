"""Addresses a relay must be told carefully: IDNA domains, non-ASCII mailboxes, and a relay that says nothing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import select

from mailbot.config import Delivery
from mailbot.config import SmtpTransport as SmtpConfig
from mailbot.mail.transports.base import PermanentFailure, RelayUnavailable
from mailbot.mail.transports.smtp import SmtpTransport
from mailbot.schedule.delivery import deliver_due
from mailbot.store.models import Outbox
from tests.integration.kit import free_port, make_mail, silent_server, subjects
from tests.integration.relay import DeliveringHandler, SmtpBehaviour, SmtpRelay

pytestmark = pytest.mark.integration
CUSTOMER = "customer@example.org"


def transport(port: int, timeout: float = 5) -> SmtpTransport:
    return SmtpTransport(SmtpConfig(host="127.0.0.1", port=port, tls="none", timeout=timeout))


@contextmanager
def plain_relay(*, smtputf8: bool) -> Iterator[tuple[DeliveringHandler, int]]:
    """An aiosmtpd relay that offers SMTPUTF8 or not (and keeps what it accepts)."""
    handler = DeliveringHandler(lambda rcpt, data: None, SmtpBehaviour())
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, enable_SMTPUTF8=smtputf8, ready_timeout=10)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def test_a_non_ascii_mailbox_fails_alone_and_the_next_mail_goes_through():
    with plain_relay(smtputf8=False) as (handler, port):
        out = transport(port)
        with pytest.raises(PermanentFailure, match="SMTPUTF8"):
            out.send("service@example.com", ["jürgen@example.org"], make_mail(1, to="jürgen@example.org"))
        out.send("service@example.com", [CUSTOMER], make_mail(2, to=CUSTOMER, subject="next mail"))
        out.close()
    assert [r[1] for r in handler.received] == [(CUSTOMER,)]
    assert subjects([r[2] for r in handler.received]) == ["next mail"]


def test_idna_domain_is_sent_in_its_ascii_form(dovecot, smtp_relay):
    out = transport(smtp_relay.port)
    out.send("service@example.com", ["info@bücher.example"], make_mail(1, to="info@bücher.example"))
    out.close()
    assert smtp_relay.received[0][1] == ("info@xn--bcher-kva.example",)


def test_smtputf8_is_used_when_the_relay_offers_it():
    with plain_relay(smtputf8=True) as (handler, port):
        out = transport(port)
        out.send("service@example.com", ["jürgen@example.org"], make_mail(1, to="jürgen@example.org"))
        out.send("service@example.com", [CUSTOMER], make_mail(2, to=CUSTOMER))
        out.close()
    assert [r[1] for r in handler.received] == [("jürgen@example.org",), (CUSTOMER,)]


def test_a_silent_relay_costs_one_timeout_not_one_per_mail(make_ctx, clock):
    ctx = make_ctx()
    listener, port = silent_server()
    try:
        with ctx.sessions() as session:
            for n in range(5):
                session.add(
                    Outbox(
                        message_id=f"m{n}@example.com",
                        template="t",
                        sender="service@example.com",
                        recipients=[CUSTOMER],
                        to_address=CUSTOMER,
                        subject="s",
                        raw=make_mail(n),
                        status="queued",
                        next_attempt_at=clock(),
                        created_at=clock(),
                    )
                )
            session.commit()
        started = time.monotonic()
        report = deliver_due(ctx.sessions, transport(port, timeout=1), Delivery(), clock)
        elapsed = time.monotonic() - started
    finally:
        listener.close()
    assert report.relay_error is not None and report.deferred == 1 and report.sent == 0
    assert elapsed < 3, elapsed
    with ctx.sessions() as session:
        rows = session.exec(select(Outbox).order_by(Outbox.id)).all()
    assert [r.attempts for r in rows] == [1, 0, 0, 0, 0]
    assert {r.status for r in rows} == {"queued"}


def test_relay_down_is_relay_unavailable():
    listener, port = silent_server()
    listener.close()  # nothing listens there now
    with pytest.raises(RelayUnavailable):
        transport(port, timeout=1).send("service@example.com", [CUSTOMER], make_mail(1))


def test_relay_behaviour_unchanged_for_plain_addresses(dovecot):
    relay = SmtpRelay(dovecot)
    relay.start()
    try:
        out = transport(relay.port)
        out.send("service@example.com", [CUSTOMER], make_mail(1, subject="plain"))
        out.close()
    finally:
        relay.stop()
    assert subjects(dovecot.messages(CUSTOMER)) == ["plain"]

"""SmtpTransport against a real aiosmtpd relay that delivers into Dovecot: accept, 451, 550, down, auth."""

from __future__ import annotations

import time

import pytest

from mailbot.config import SmtpTransport as SmtpConfig
from mailbot.mail.transports import smtp as smtp_module
from mailbot.mail.transports.base import PermanentFailure, TemporaryFailure
from mailbot.mail.transports.smtp import SmtpTransport
from tests.integration.kit import free_port, make_mail, silent_server, subjects
from tests.integration.relay import SmtpRelay

pytestmark = pytest.mark.integration
CUSTOMER = "customer@example.org"


def transport(port: int, **overrides: object) -> SmtpTransport:
    values: dict[str, object] = dict(host="127.0.0.1", port=port, tls="none", timeout=5)
    values.update(overrides)
    return SmtpTransport(SmtpConfig(**values))


def reply(n: int, to: str = CUSTOMER) -> bytes:
    return make_mail(n, sender="service@example.com", to=to, subject=f"[RMA-2026-0000{n}] Your request")


def test_accepted_mail_lands_in_the_customers_inbox(dovecot, smtp_relay):
    out = transport(smtp_relay.port)
    out.send("service@example.com", [CUSTOMER], reply(1))
    out.send("service@example.com", [CUSTOMER], reply(2))
    out.close()
    assert subjects(dovecot.messages(CUSTOMER)) == ["[RMA-2026-00001] Your request", "[RMA-2026-00002] Your request"]
    assert smtp_relay.received[0][:2] == ("service@example.com", (CUSTOMER,))
    assert smtp_relay.handler.peers[0] == smtp_relay.handler.peers[1]  # one connection, reused


def test_451_is_a_temporary_failure_and_a_retry_succeeds(dovecot, smtp_relay):
    out = transport(smtp_relay.port)
    smtp_relay.behaviour.tempfail = True
    with pytest.raises(TemporaryFailure, match="451"):
        out.send("service@example.com", [CUSTOMER], reply(1))
    smtp_relay.behaviour.tempfail = False
    out.send("service@example.com", [CUSTOMER], reply(1))
    assert subjects(dovecot.messages(CUSTOMER)) == ["[RMA-2026-00001] Your request"]


def test_550_is_permanent_with_the_servers_answer(dovecot, smtp_relay):
    smtp_relay.behaviour.reject.add("nobody@example.org")
    out = transport(smtp_relay.port)
    with pytest.raises(PermanentFailure, match="550 5.1.1 No such user here"):
        out.send("service@example.com", ["nobody@example.org"], reply(1, to="nobody@example.org"))
    out.send("service@example.com", [CUSTOMER], reply(2))  # the connection is still usable
    assert subjects(dovecot.messages(CUSTOMER)) == ["[RMA-2026-00002] Your request"]


def test_partly_refused_recipients_do_not_fail_the_accepted_mail(dovecot, smtp_relay):
    smtp_relay.behaviour.reject.add("nobody@example.org")
    transport(smtp_relay.port).send("service@example.com", [CUSTOMER, "nobody@example.org"], reply(1))
    assert smtp_relay.received[0][1] == (CUSTOMER,)


def test_relay_down_then_up(dovecot, smtp_relay):
    out = transport(smtp_relay.port)
    out.send("service@example.com", [CUSTOMER], reply(1))
    smtp_relay.stop()
    for n in (2, 3):
        with pytest.raises(TemporaryFailure):
            out.send("service@example.com", [CUSTOMER], reply(n))
    smtp_relay.start()
    for n in (2, 3):
        out.send("service@example.com", [CUSTOMER], reply(n))
    assert subjects(dovecot.messages(CUSTOMER)) == [f"[RMA-2026-0000{n}] Your request" for n in (1, 2, 3)]


def test_connection_dropped_while_idle_is_rebuilt_without_failing(dovecot, smtp_relay, monkeypatch):
    monkeypatch.setattr(smtp_module, "CHECK_AFTER_IDLE_SECONDS", 0.0)
    out = transport(smtp_relay.port)
    out.send("service@example.com", [CUSTOMER], reply(1))
    smtp_relay.stop()
    smtp_relay.start()
    out.send("service@example.com", [CUSTOMER], reply(2))
    assert len(smtp_relay.received) == 2
    assert smtp_relay.handler.peers[0] != smtp_relay.handler.peers[1]


def test_connection_refused_is_temporary():
    with pytest.raises(TemporaryFailure, match="unreachable"):
        transport(free_port()).send("service@example.com", [CUSTOMER], reply(1))


def test_relay_that_never_answers_times_out():
    listener, port = silent_server()
    try:
        started = time.monotonic()
        with pytest.raises(TemporaryFailure):
            transport(port, timeout=0.5).send("service@example.com", [CUSTOMER], reply(1))
        assert time.monotonic() - started < 3
    finally:
        listener.close()


def test_authentication(dovecot, monkeypatch):
    relay = SmtpRelay(dovecot, logins={"bot": "s3cret"})
    relay.start()
    try:
        monkeypatch.setenv("SMTP_PASSWORD", "s3cret")
        transport(relay.port, username="bot", password_env="SMTP_PASSWORD").send(
            "service@example.com", [CUSTOMER], reply(1)
        )
        assert len(relay.received) == 1
        with pytest.raises(TemporaryFailure, match="authentication failed"):
            transport(relay.port, username="bot", password="wrong").send("service@example.com", [CUSTOMER], reply(2))
        # No AUTH at all: the relay refuses with 530. That is our configuration, not the recipient:
        # the mail waits in the outbox for the operator to fix the login.
        with pytest.raises(TemporaryFailure, match="530"):
            transport(relay.port).send("service@example.com", [CUSTOMER], reply(3))
        assert len(relay.received) == 1
    finally:
        relay.stop()


def test_bare_line_feeds_are_sent_as_crlf(dovecot, smtp_relay):
    """Rendered mails may use bare LF; on the wire every line must end in CRLF."""
    long_body = "\n".join(f"line {i} " + "x" * 60 for i in range(40))
    raw = (
        f"From: service@example.com\nTo: {CUSTOMER}\nSubject: LF only\nMessage-ID: <lf@example.com>\n\n{long_body}\n"
    ).encode()
    transport(smtp_relay.port).send("service@example.com", [CUSTOMER], raw)
    [received] = dovecot.messages(CUSTOMER)
    assert received.count(b"\r\n") >= 44 and b"\n" not in received.replace(b"\r\n", b"")


@pytest.mark.parametrize("implicit", [False, True], ids=["starttls", "implicit"])
def test_tls_to_the_relay(dovecot, tls_cert, implicit):
    relay = SmtpRelay(dovecot, tls=tls_cert, implicit_tls=implicit)
    relay.start()
    try:
        mode = "implicit" if implicit else "starttls"
        transport(relay.port, tls=mode, ca_file=tls_cert.cert).send("service@example.com", [CUSTOMER], reply(1))
        assert subjects(dovecot.messages(CUSTOMER)) == ["[RMA-2026-00001] Your request"]
        with pytest.raises(TemporaryFailure, match="(?i)certificate"):
            transport(relay.port, tls=mode).send("service@example.com", [CUSTOMER], reply(2))
        assert len(relay.received) == 1
    finally:
        relay.stop()


def test_concurrent_senders_share_one_transport(dovecot, smtp_relay):
    """The outbox job and an inbox watcher may deliver at the same moment through one transport."""
    import threading

    out = transport(smtp_relay.port)
    errors: list[BaseException] = []

    def send_many(base: int) -> None:
        try:
            for n in range(base, base + 5):
                out.send("service@example.com", [CUSTOMER], reply(n))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=send_many, args=(b,)) for b in (10, 20, 30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert errors == [] and len(smtp_relay.received) == 15

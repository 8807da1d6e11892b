"""The running daemon on real servers: it stops within seconds while in IDLE, and after an IMAP outage
the next mail is answered seconds after the server is back, with one log line per outage."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest

from mailbot.app import make_sources
from mailbot.schedule.daemon import Worker
from tests.integration.parties import mail_servers, production_settings
from tests.integration.test_e2e_imap import tickets
from tests.integration.test_scheduler_smtp import wait_until
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_seed_policies import REQUEST

pytestmark = pytest.mark.integration
SERVICE = "service@lumatek-example.com"
CUSTOMER, REP = "kim@netz.example.com", "sales@example.com"


@pytest.fixture
def servers() -> Iterator:
    with mail_servers((SERVICE, CUSTOMER, REP)) as pair:
        yield pair


def start(ctx) -> tuple[Worker, threading.Thread]:  # type: ignore[no-untyped-def]
    worker = Worker(ctx, make_sources(ctx))
    runner = threading.Thread(target=worker.run, kwargs={"install_signals": False}, daemon=True)
    runner.start()
    return worker, runner


def test_the_daemon_stops_within_seconds_while_waiting_in_idle(servers, make_ctx, caplog):
    dovecot, relay = servers
    # A long poll interval: the watcher sits in one IDLE of up to 60 s when the stop comes.
    ctx = make_ctx(poll_seconds=300, **production_settings(dovecot, relay, SERVICE))
    worker, runner = start(ctx)
    dovecot.append(SERVICE, customer_mail(CUSTOMER, "No link", REQUEST, message_id="<idle-1@netz.example.com>"))
    assert wait_until(lambda: len(tickets(ctx)) == 1)
    time.sleep(1.0)  # back in IDLE
    with caplog.at_level(logging.ERROR, logger="mailbot"):
        asked = time.monotonic()
        worker.stop.set()
        runner.join(timeout=30)
        took = time.monotonic() - asked
    assert not runner.is_alive()
    assert took < 5, f"stopping took {took:.1f} s"
    # Stopping closes the connection under the watcher's IDLE on purpose: that is not a failure to report.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_mail_flows_again_seconds_after_an_imap_outage(servers, make_ctx, caplog):
    dovecot, relay = servers
    ctx = make_ctx(poll_seconds=300, **production_settings(dovecot, relay, SERVICE))
    worker, runner = start(ctx)
    try:
        dovecot.append(SERVICE, customer_mail(CUSTOMER, "No link", REQUEST, message_id="<out-1@netz.example.com>"))
        assert wait_until(lambda: len(tickets(ctx)) == 1)
        with caplog.at_level(logging.WARNING, logger="mailbot.schedule.health"):
            dovecot.stop()
            time.sleep(12)  # several reconnect attempts fail meanwhile
            dovecot.start()
            back = time.monotonic()
            dovecot.append(
                SERVICE, customer_mail(CUSTOMER, "Still no link", REQUEST, message_id="<out-2@netz.example.com>")
            )
            assert wait_until(lambda: len(tickets(ctx)) == 2, timeout=30)
            resumed = time.monotonic() - back
        down_lines = [r for r in caplog.records if "unavailable:" in r.getMessage()]
    finally:
        worker.stop.set()
        runner.join(timeout=30)
    assert resumed < 8, f"the next mail waited {resumed:.1f} s after the server was back"
    assert len(down_lines) == 1, [r.getMessage() for r in down_lines]

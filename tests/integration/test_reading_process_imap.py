"""A backlog in a Dovecot inbox read by the reading process: every request ticketed and answered once,
the inbox emptied in order, and no process left behind."""

from __future__ import annotations

import os
from typing import Any

import pytest
from sqlmodel import select

from mailbot.app import make_sources
from mailbot.config import Ingest, SmtpTransport
from mailbot.mail.sources import imap as imap_module
from mailbot.schedule.daemon import Worker
from mailbot.store.models import Ticket
from tests.integration.helpers_imap import imap_config, message_ids
from tests.pipeline.helpers import customer_mail

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"
CUSTOMERS = ("customer@example.org", "alice@example.org", "bob@example.org")  # users of the private Dovecot


def request(n: int) -> bytes:
    return customer_mail(
        f"Joana {n} <{CUSTOMERS[n % 3]}>",
        f"Modem {n} reboots",
        f"Hello,\n\nthe CPE-300 modem (serial CP{700000 + n}, order ENC-2026-{400 + n}) restarts on its own "
        "every hour since the last firmware.\n\nBest regards\n",
        to=SERVICE,
        message_id=f"<modem-{n}@telecabo.example.pt>",
    )


def test_a_backlog_through_the_reading_process(make_ctx, dovecot, smtp_relay, monkeypatch):
    monkeypatch.setattr(imap_module, "BATCH_MAILS", 4)  # three FETCH batches: two handed over ahead
    for n in range(11):
        dovecot.append(SERVICE, request(n))
    ctx = make_ctx(
        service_address=SERVICE,
        staff_domains=("example.com",),
        sources=(imap_config(dovecot.port, SERVICE, initial="all"),),
        transport=SmtpTransport(host="127.0.0.1", port=smtp_relay.port, tls="none", timeout=5),
        ingest=Ingest(understand_processes=1),
    )
    worker = Worker(ctx, make_sources(ctx))
    assert worker.reader is not None
    seen: list[tuple[int, ...]] = []
    real = worker.reader.submit

    def submit(raws: Any) -> Any:
        handed = real(raws)
        seen.append(worker.reader.pids())  # type: ignore[union-attr]
        return handed

    worker.reader.submit = submit  # type: ignore[method-assign]
    try:
        [report] = worker.once()
    finally:
        for source in worker.sources:
            source.close()

    assert not report.failed
    assert [o.message_id for o in report.outcomes] == [f"modem-{n}@telecabo.example.pt" for n in range(11)]
    assert len(seen) == 3 and all(pids and os.getpid() not in pids for pids in seen)
    assert worker.reader.pids() == ()
    with ctx.sessions() as session:
        assert len(session.exec(select(Ticket)).all()) == 11
    assert dovecot.messages(SERVICE) == []
    done = message_ids(dovecot.messages(SERVICE, "Processed"))
    assert done == [f"<modem-{n}@telecabo.example.pt>" for n in range(11)]
    assert sum(len(dovecot.messages(customer)) for customer in CUSTOMERS) == 11  # one answer each

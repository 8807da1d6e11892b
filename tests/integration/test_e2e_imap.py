"""End to end on real servers: customer mail in a Dovecot inbox → ticket → reply in the customer's INBOX."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from mailbot import pipeline
from mailbot.app import make_sources
from mailbot.config import SmtpTransport
from mailbot.mail.sources import imap as imap_module
from mailbot.schedule.daemon import Worker
from mailbot.store.models import Outbox, Ticket
from tests.integration.helpers_imap import imap_config, message_ids
from tests.integration.kit import subjects
from tests.pipeline.helpers import customer_mail

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"
RMA = re.compile(r"RMA-\d{4}-\d{5}")


def request(n: int, sender: str = "customer@example.org", to: str = SERVICE) -> bytes:
    return customer_mail(
        f"Customer {n} <{sender}>",
        f"Return request {n}",
        f"Hello,\n\nthe SFP-10G-LR transceiver from order PO-2026-{1000 + n} (serial SN{900000 + n}) "
        "shows no link since yesterday, even with a new cable.\n\nRegards\n",
        to=to,
        message_id=f"<request-{n}@example.org>",
    )


@pytest.fixture
def imap_ctx(make_ctx, dovecot, smtp_relay):
    def build(*users: str):
        sources = tuple(imap_config(dovecot.port, user, initial="all") for user in users or (SERVICE,))
        return make_ctx(
            service_address=SERVICE,
            staff_domains=("example.com",),
            sources=sources,
            transport=SmtpTransport(host="127.0.0.1", port=smtp_relay.port, tls="none", timeout=5),
        )

    return build


def once(ctx) -> list:
    worker = Worker(ctx, make_sources(ctx))
    try:
        return worker.once()
    finally:
        for source in worker.sources:
            source.close()


def tickets(ctx) -> list[Ticket]:
    with ctx.sessions() as session:
        return list(session.exec(select(Ticket).order_by(Ticket.id)).all())


def rma_subjects(raws: list[bytes]) -> list[str]:
    return [m.group(0) for s in subjects(raws) if (m := RMA.search(s))]


def test_customer_mail_becomes_ticket_and_reply_lands_in_customer_inbox(dovecot, imap_ctx):
    dovecot.append(SERVICE, request(1))
    ctx = imap_ctx()
    reports = once(ctx)
    assert not any(r.failed for r in reports)
    [ticket] = tickets(ctx)
    assert ticket.customer_email == "customer@example.org"
    assert rma_subjects(dovecot.messages("customer@example.org")) == [ticket.rma]
    assert dovecot.messages(SERVICE) == []
    assert message_ids(dovecot.messages(SERVICE, "Processed")) == ["<request-1@example.org>"]
    # The same inbox again: nothing new, nothing twice.
    once(ctx)
    assert len(tickets(ctx)) == 1 and len(dovecot.messages("customer@example.org")) == 1


def test_dovecot_restarted_in_the_middle_of_a_run(dovecot, imap_ctx, clock, monkeypatch):
    monkeypatch.setattr(imap_module, "BATCH_MAILS", 2)
    customers = ["customer@example.org", "alice@example.org", "bob@example.org"]
    for n in range(6):
        dovecot.append(SERVICE, request(n, sender=customers[n % 3]))
    ctx = imap_ctx()
    real = pipeline._apply_mail
    seen: list[str] = []

    def process_then_crash_server(session, raw, mail, *args):  # type: ignore[no-untyped-def]
        outcome = real(session, raw, mail, *args)
        seen.append(outcome.message_id)
        if len(seen) == 3:
            dovecot.stop()  # committed with its batch, but the server is gone before it is marked done
        return outcome

    monkeypatch.setattr(pipeline, "_apply_mail", process_then_crash_server)
    first = once(ctx)
    assert any(r.errors for r in first) and 3 <= len(seen) < 6
    dovecot.start()
    clock.advance(minutes=10)  # replies that met the dead mailbox server were deferred
    once(ctx)
    clock.advance(minutes=10)
    once(ctx)
    assert len(tickets(ctx)) == 6
    assert sorted(message_ids(dovecot.messages(SERVICE, "Processed"))) == sorted(
        f"<request-{n}@example.org>" for n in range(6)
    )
    assert dovecot.messages(SERVICE) == []
    replies = [r for c in customers for r in rma_subjects(dovecot.messages(c))]
    assert sorted(replies) == sorted(t.rma for t in tickets(ctx))  # each reply exactly once


def test_smtp_down_replies_wait_in_outbox_then_all_arrive_once(dovecot, imap_ctx, smtp_relay, clock):
    smtp_relay.stop()
    for n in (1, 2):
        dovecot.append(SERVICE, request(n, sender="alice@example.org"))
    ctx = imap_ctx()
    once(ctx)
    assert len(tickets(ctx)) == 2
    with ctx.sessions() as session:
        rows = session.exec(select(Outbox)).all()
        queued = len(rows)  # the customer's acknowledgement, and whatever the workflow sends staff
        assert queued >= 2 and all(r.status == "queued" and r.last_error for r in rows)
    assert dovecot.messages("alice@example.org") == []
    smtp_relay.start()
    clock.advance(minutes=10)
    once(ctx)
    once(ctx)
    assert sorted(rma_subjects(dovecot.messages("alice@example.org"))) == sorted(t.rma for t in tickets(ctx))
    with ctx.sessions() as session:
        assert all(r.status == "sent" for r in session.exec(select(Outbox)).all())
    assert len(smtp_relay.received) == queued  # every queued mail delivered, none twice


def test_two_inboxes_served_at_once(dovecot, imap_ctx):
    dovecot.append(SERVICE, request(1, sender="alice@example.org"))
    dovecot.append("rma@example.com", request(2, sender="bob@example.org", to="rma@example.com"))
    ctx = imap_ctx(SERVICE, "rma@example.com")
    reports = once(ctx)
    assert not any(r.failed for r in reports)
    assert {t.customer_email for t in tickets(ctx)} == {"alice@example.org", "bob@example.org"}
    assert len(rma_subjects(dovecot.messages("alice@example.org"))) == 1
    assert len(rma_subjects(dovecot.messages("bob@example.org"))) == 1
    assert message_ids(dovecot.messages("rma@example.com", "Processed")) == ["<request-2@example.org>"]


def test_unparseable_mail_is_quarantined_on_the_server_and_the_rest_goes_on(dovecot, imap_ctx):
    malformed = b"this is not a mail at all\r\nno header, no body\r\n"
    dovecot.append(SERVICE, malformed)
    dovecot.append(SERVICE, request(1))
    ctx = imap_ctx()
    [report] = once(ctx)
    assert sorted(o.status for o in report.outcomes) == ["processed", "quarantined"]
    [kept] = dovecot.messages(SERVICE, "Quarantine")
    assert kept == malformed
    assert message_ids(dovecot.messages(SERVICE, "Processed")) == ["<request-1@example.org>"]
    assert dovecot.messages(SERVICE) == []

"""Each seed policy's ticket life through real mail: customer and staff mails land in service@'s Dovecot
INBOX, mailbot runs its production `once` path (IMAP in, SMTP out through the relay), and every party
reads what they received in their own Dovecot INBOX and answers the mail they got."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage

import pytest
from sqlmodel import select

from mailbot.store.models import OrderLine, Outbox
from tests.integration.parties import (
    Inboxes,
    empty_mailboxes,
    mail_servers,
    production_settings,
    text_of,
)
from tests.integration.test_e2e_imap import once, tickets
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_seed_policies import (
    AUTH,
    CUSTOMER,
    ENGINEER,
    MANAGER,
    REP,
    REPORT_PDF,
    REQUEST,
    SEEDS,
    rules_for,
)

pytestmark = pytest.mark.integration
SERVICE = "service@lumatek-example.com"  # customer_mail's default recipient
PARTIES = (CUSTOMER, REP, ENGINEER, MANAGER)
SERIALS = ("OZ2311A0042", "OZ2311A0043")


@pytest.fixture(scope="module")
def servers() -> Iterator:
    with mail_servers((SERVICE, *PARTIES)) as pair:
        yield pair


@pytest.fixture
def world(servers, make_ctx, tmp_path, request):
    """A fresh database and empty mailboxes on the shared servers; mailbot wired the production way."""
    dovecot, relay = servers
    empty_mailboxes(dovecot)
    relay.received.clear()
    ctx = make_ctx(rules_dir=rules_for(request.param, tmp_path), **production_settings(dovecot, relay, SERVICE))
    with ctx.sessions() as s:  # the ERP knows the units: shipped a month ago, so in warranty everywhere
        for serial in SERIALS:
            s.add(
                OrderLine(
                    order_number="SO-2026-0815",
                    customer="Netz GmbH",
                    customer_email=CUSTOMER,
                    product_model="OZ-SFP-10G-LR",
                    serial=serial,
                    ship_date=date(2026, 10, 15),
                    invoice_date=date(2026, 10, 15),
                )
            )
        s.commit()
    return ctx, dovecot, Inboxes(dovecot, PARTIES)


def sent_since(ctx, seen: set[int]) -> list[tuple[str, str]]:
    """(recipient, subject) of each outbox row sent since the last call."""
    with ctx.sessions() as s:
        rows = s.exec(select(Outbox).where(Outbox.status == "sent").order_by(Outbox.id)).all()
    fresh = [r for r in rows if r.id not in seen]
    seen.update(r.id for r in fresh)
    return sorted((to, r.subject) for r in fresh for to in r.recipients)


def step(ctx, dovecot, inboxes: Inboxes, seen: set[int], clock, data: bytes) -> dict[str, list[EmailMessage]]:
    """Deliver one mail to service@'s INBOX, run mailbot once, return what each party received.

    Whatever the outbox says it sent must be exactly what arrived: nothing lost, nothing twice.
    """
    clock.advance(hours=3)
    dovecot.append(SERVICE, data)
    reports = once(ctx)
    assert [o.status for r in reports for o in r.outcomes] == ["processed"], reports
    got = inboxes.new()
    arrived = sorted((party, subject(m)) for party, mails in got.items() for m in mails)
    assert arrived == sent_since(ctx, seen)
    for mails in got.values():
        assert all(m["From"].addresses[0].addr_spec == SERVICE for m in mails)
    assert dovecot.messages(SERVICE) == []  # every mail handled and moved out of the INBOX
    return got


def subject(mail: EmailMessage) -> str:
    # As a mail client shows it: a subject folded right after "Subject:" unfolds with a leading blank.
    return str(mail["Subject"]).strip()


def reply(sender: str, to: EmailMessage, body: str, **kw) -> bytes:
    """What a mail client sends on "Reply": Re: subject, In-Reply-To and References."""
    return customer_mail(sender, f"Re: {subject(to)}", body, in_reply_to=to["Message-ID"], **kw)


def staff_command(
    sender: str,
    rma: str,
    body: str,
    answering: EmailMessage | None = None,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> bytes:
    """A staff mail as our receiving server hands it on: with its DKIM/SPF verdict."""
    headers = {"Authentication-Results": AUTH}
    if answering is not None:
        return reply(sender, answering, body, headers=headers, attachments=attachments)
    return customer_mail(sender, f"[{rma}] case", body, headers=headers, attachments=attachments)


def only(got: dict[str, list[EmailMessage]], party: str, rma: str) -> EmailMessage:
    [mail] = got[party]
    assert subject(mail).startswith(f"[{rma}] "), subject(mail)
    assert [a.addr_spec for a in mail["To"].addresses] == [party]
    return mail


STATE_WORDS = {
    "rma_issued": "RMA issued, waiting for the goods",
    "received": "goods received, analysis due",
    "preliminary_sent": "preliminary analysis sent, report due",
    "report_sent": "report sent",
    "resolved": "resolved",
    "closed": "closed",
}


def command_result(got, party: str, rma: str, command: str, status: str) -> None:
    mail = only(got, party, rma)
    assert subject(mail) == f"[{rma}] Done: {command}"
    assert f"Ticket {rma} is now: {STATE_WORDS[status]}." in text_of(mail)  # states in words, never identifiers


def issue_rma(ctx, dovecot, inboxes, seen, clock) -> tuple[str, EmailMessage]:
    """First mail to the RMA number: at once, or after the rep answers the confirmation request."""
    first = step(ctx, dovecot, inboxes, seen, clock, customer_mail(CUSTOMER, "Two SFPs without link", REQUEST))
    [ticket] = tickets(ctx)
    rma = ticket.rma
    if ctx.rules.terms.rma_issue != "rep_confirms":
        assert re.fullmatch(r"RMA-\d{4}-\d{5}", rma)
        assert first[ENGINEER] == first[MANAGER] == []
        return rma, only(first, CUSTOMER, rma)
    # Before the rep confirms, the customer holds a request reference and is told not to ship yet.
    req = rma
    assert re.fullmatch(r"REQ-\d{4}-\d{5}", req)
    ack = text_of(only(first, CUSTOMER, req))
    assert f"registered it under the request reference {req}" in ack and "do not ship anything" in ack
    ask = only(first, REP, req)
    assert subject(ask) == f"[{req}] Please confirm the return request from {CUSTOMER}"
    assert f"waiting for your confirmation: {req}" in text_of(ask) and "#approve" in text_of(ask)
    assert all(serial in text_of(ask) for serial in SERIALS)
    approved = step(
        ctx, dovecot, inboxes, seen, clock, staff_command(REP, req, "#approve\n\n-- \nSales Desk", answering=ask)
    )
    [ticket] = tickets(ctx)
    rma = ticket.rma
    assert re.fullmatch(r"RMA-\d{4}-\d{5}", rma) and ticket.request_ref == req
    command_result(approved, REP, rma, "#approve", "rma_issued")
    return rma, only(approved, CUSTOMER, rma)


@pytest.mark.parametrize("world", SEEDS, indirect=True)
def test_seed_policy_ticket_life_through_real_mail(world, clock):
    ctx, dovecot, inboxes = world
    seen: set[int] = set()
    rma, issued = issue_rma(ctx, dovecot, inboxes, seen, clock)
    text = text_of(issued)
    terms = ctx.rules.terms
    assert f"Your RMA number is {rma}." in text and "How to return the goods:" in text
    assert terms.return_instructions.mark_box in text
    assert all(f"Include {item}." in text for item in terms.return_instructions.include)
    # A warranty finding per serial where the policy has a warranty period (004 has none: nothing is said).
    assert all((f"S/N {serial}" in text) == bool(terms.warranty.families) for serial in SERIALS)
    assert tickets(ctx)[0].status == "rma_issued"

    # The customer answers the RMA mail in their INBOX with the waybill: nobody needs a reply.
    shipped = step(
        ctx,
        dovecot,
        inboxes,
        seen,
        clock,
        reply(CUSTOMER, issued, "Shipped today with DHL, waybill 1234567890.\n\nKim"),
    )
    assert shipped[CUSTOMER] == []
    assert "1234567890" in tickets(ctx)[0].tracking_numbers and tickets(ctx)[0].status == "in_transit"

    for command, status, says in (
        ("#received", "received", f"The goods returned under {rma} have arrived"),
        (
            "#preliminary\nFirst look: the laser driver of both units has failed.",
            "preliminary_sent",
            "the laser driver of both units has failed",
        ),
        ("#report\nFull analysis in the attached report.", "report_sent", f"the RMA report for {rma}"),
        ("#resolve replaced under warranty", "resolved", "replaced under warranty"),
    ):
        attach = (REPORT_PDF,) if command.startswith("#report") else ()
        got = step(ctx, dovecot, inboxes, seen, clock, staff_command(ENGINEER, rma, command, attachments=attach))
        told = only(got, CUSTOMER, rma)
        assert says in text_of(told), (command, text_of(told))
        if attach:  # the engineer's report reaches the customer as the very same file
            [(name, data)] = [(p.get_filename(), p.get_content()) for p in told.iter_attachments()]
            assert (name, data) == (REPORT_PDF[0], REPORT_PDF[2])
        command_result(got, ENGINEER, rma, command.splitlines()[0], status)
        assert tickets(ctx)[0].status == status
        assert got[REP] == got[MANAGER] == []

    closed = step(ctx, dovecot, inboxes, seen, clock, staff_command(MANAGER, rma, "#close"))
    assert f"We have closed the RMA case {rma}" in text_of(only(closed, CUSTOMER, rma))
    command_result(closed, MANAGER, rma, "#close", "closed")
    assert tickets(ctx)[0].status == "closed"

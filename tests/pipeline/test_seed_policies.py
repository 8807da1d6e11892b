"""Each published seed policy, from rules/examples/, walks one ticket from the first mail to closed
through the production path (Maildir in, files out), asserting every mail each party receives."""

from __future__ import annotations

import email
import email.policy
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from mailbot.store.models import OrderLine, Outbox
from tests.conftest import REPO
from tests.pipeline.helpers import customer_mail, drop, run_once, tickets

SEEDS = sorted(p.stem for p in (REPO / "rules" / "examples").glob("*.yml"))
CUSTOMER = "kim@netz.example.com"
REP, ENGINEER, MANAGER = "sales@example.com", "engineer@example.com", "manager@example.com"
AUTH = "mx.example.com; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com"

REQUEST = """Hello,

two OZ-SFP-10G-LR transceivers from order SO-2026-0815 show no link: the port stays down and the
switch reports no Rx light, also after cleaning the connectors.

S/N: OZ2311A0042, OZ2311A0043

Please authorise the return.
Kim
"""


def plain_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def rules_for(seed: str, tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    shutil.copy(REPO / "rules" / "examples" / f"{seed}.yml", rules / "policy.yml")
    return rules


def new_rows(ctx, seen: set[int]) -> list[tuple[str, tuple[str, ...]]]:
    """Outbox rows added since the last call, as (template, recipients)."""
    with ctx.sessions() as s:
        rows = s.exec(select(Outbox).where(Outbox.status == "sent").order_by(Outbox.id)).all()
    fresh = [r for r in rows if r.id not in seen]
    seen.update(r.id for r in fresh)
    return [(r.template, tuple(r.recipients)) for r in fresh]


def last_to(ctx, address: str, template: str) -> Outbox:
    with ctx.sessions() as s:
        return s.exec(select(Outbox).where(Outbox.template == template).order_by(Outbox.id.desc())).first()  # type: ignore[union-attr]


def staff_mail(
    ctx,
    sender: str,
    rma: str,
    body: str,
    answering: Outbox | None,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> bytes:
    return customer_mail(
        sender,
        f"Re: [{rma}] case",
        body,
        headers={"Authentication-Results": AUTH},
        in_reply_to=f"<{answering.message_id}>" if answering else None,
        attachments=attachments,
    )


REPORT_PDF = ("rma-report.pdf", "application/pdf", b"%PDF-1.4\n% RMA report\n%%EOF\n")


def step(ctx, data: bytes, seen: set[int], clock) -> list[tuple[str, tuple[str, ...]]]:
    clock.advance(hours=3)
    drop(ctx, data)
    outcomes = run_once(ctx)
    assert [o.status for o in outcomes] == ["processed"], outcomes
    return new_rows(ctx, seen)


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_policy_ticket_life(seed, make_ctx, tmp_path, clock):
    ctx = make_ctx(rules_dir=rules_for(seed, tmp_path))
    with ctx.sessions() as s:  # the ERP knows the units: shipped a month ago, so in warranty everywhere
        for serial in ("OZ2311A0042", "OZ2311A0043"):
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
    seen: set[int] = set()

    first = step(ctx, customer_mail(CUSTOMER, "Two SFPs without link", REQUEST), seen, clock)
    [ticket] = tickets(ctx)
    rma = ticket.rma
    if ctx.rules.terms.rma_issue == "rep_confirms":
        assert first == [("customer_request_received", (CUSTOMER,)), ("staff_confirm_request", (REP,))]
        approved = step(
            ctx,
            staff_mail(ctx, REP, rma, "#approve\n\n-- \nSales Desk", last_to(ctx, REP, "staff_confirm_request")),
            seen,
            clock,
        )
        assert ("customer_rma_issued", (CUSTOMER,)) in approved
        assert ("staff_command_result", (REP,)) in approved
        # The first reply carries a request reference and says not to ship; the RMA number comes with
        # the confirmation (000 step 2: "Salesperson will confirm and provide RMA No.").
        received = last_to(ctx, CUSTOMER, "customer_request_received")
        assert rma == "REQ-2026-00001" and f"[{rma}]" in received.subject
        body = plain_text(received.raw)
        assert "do not ship anything yet" in body and "RMA-" not in body
        [ticket] = tickets(ctx)
        assert (ticket.rma, ticket.request_ref) == ("RMA-2026-00001", "REQ-2026-00001")
        rma = ticket.rma
    else:
        assert ("customer_rma_issued", (CUSTOMER,)) in first
    assert tickets(ctx)[0].status == "rma_issued"
    issued = last_to(ctx, CUSTOMER, "customer_rma_issued")
    text = issued.raw.decode("utf-8", "replace")
    assert f"[{rma}]" in issued.subject

    shipped = step(
        ctx,
        customer_mail(
            CUSTOMER,
            f"Re: {issued.subject}",
            "Shipped today with DHL, waybill 1234567890.\n\nKim",
            in_reply_to=f"<{issued.message_id}>",
        ),
        seen,
        clock,
    )
    assert tickets(ctx)[0].status == "in_transit"
    assert "1234567890" in tickets(ctx)[0].tracking_numbers
    assert all(to != (CUSTOMER,) for _, to in shipped)  # nothing to answer; the rep may be told

    for command, template in (
        ("#received", "customer_received"),
        ("#preliminary\nFirst look: the laser driver of both units has failed.", "customer_preliminary"),
        ("#report\nFull analysis in the attached report.", "customer_report"),
        ("#resolve replaced under warranty", "customer_resolved"),
    ):
        attach = (REPORT_PDF,) if command.startswith("#report") else ()
        got = step(ctx, staff_mail(ctx, ENGINEER, rma, command, None, attach), seen, clock)
        assert (template, (CUSTOMER,)) in got, (command, got)
        if attach:  # the engineer's report reaches the customer as an attachment
            assert b"rma-report.pdf" in last_to(ctx, CUSTOMER, "customer_report").raw
        assert ("staff_command_result", (ENGINEER,)) in got
    closed = step(ctx, staff_mail(ctx, MANAGER, rma, "#close", None), seen, clock)
    assert ("customer_closed", (CUSTOMER,)) in closed
    assert tickets(ctx)[0].status == "closed"
    assert text  # the RMA mail was rendered with this policy's terms

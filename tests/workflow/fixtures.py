"""Builders for the workflow tests: mails, extractions, tickets, the rules, a template renderer, a fake store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jinja2

from mailbot.rules import Rules
from mailbot.rules import load as load_rules
from mailbot.values import (
    Address,
    Attachment,
    Decision,
    Extraction,
    InboundMail,
    OutgoingMail,
    TicketView,
)
from mailbot.workflow.decide import decide
from mailbot.workflow.warranty import SerialRecord, WarrantyFinding, find

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SETTINGS = {
    "company": "Example Optics",
    "service_name": "After-Sales Service",
    "service_address": "service@example.com",
}
AUTH_OK = (
    "authentication-results",
    "mx.example.com; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=sales@example.com",
)


def rules(example: str | None = None) -> Rules:
    return load_rules(ROOT / "rules", f"examples/{example}.yml" if example else "policy.yml")


def mail(
    sender: str,
    text: str = "",
    *,
    subject: str = "Defective unit",
    mid: str = "m1@x",
    headers: tuple[tuple[str, str], ...] = (),
    attachments: tuple[Attachment, ...] = (),
    in_reply_to: str | None = None,
) -> InboundMail:
    return InboundMail(
        message_id=mid,
        subject=subject,
        sender=Address("", sender),
        to=(Address("", "service@example.com"),),
        cc=(),
        reply_to=(),
        date=NOW,
        in_reply_to=in_reply_to,
        references=(),
        headers=headers,
        text=text,
        html="",
        attachments=attachments,
        content_type="text/plain",
        raw_size=len(text),
    )


def extraction(**kw: Any) -> Extraction:
    base: dict[str, Any] = dict(
        kind="new_request",
        should_auto_reply=True,
        customer_email=None,
        forwarded_by=None,
        order_numbers=("PO-1001",),
        serial_numbers=("SN0001",),
        product_models=("OTDR-5",),
        defect_summary="The unit does not power on.",
        defect_category="no_power",
        language="en",
        customer_name="Li Wei",
    )
    base.update(kw)
    missing = tuple(
        f
        for f, v in (
            ("order_number", base["order_numbers"]),
            ("serial_number", base["serial_numbers"]),
            ("defect_description", base["defect_summary"]),
        )
        if not v
    )
    base.setdefault("missing_fields", missing)
    return Extraction(**base)


def records(**by_serial: dict[str, Any]) -> dict[str, SerialRecord]:
    return {s: SerialRecord(serial=s, **kw) for s, kw in by_serial.items()}


def shipped(day: date, model: str = "OTDR-5", **kw: Any) -> dict[str, Any]:
    return {"order_number": "PO-1001", "product_model": model, "ship_date": day, **kw}


class FakeStore:
    """Applies Decisions to TicketViews in memory the way the store is specified to (lists merged)."""

    def __init__(self) -> None:
        self.tickets: dict[int, TicketView] = {}
        self.sent: list[OutgoingMail] = []
        self.events: list[Any] = []
        self.deadlines: dict[int, set[str]] = {}

    def apply(self, decision: Decision, now: datetime = NOW) -> TicketView | None:
        self.sent.extend(decision.replies)
        if decision.action == "open":
            tid = len(self.tickets) + 1
            u = decision.updates
            ticket = TicketView(
                id=tid,
                rma=f"RMA-2026-{tid:05d}",
                status=decision.status or "new",
                customer_email=str(u["customer_email"]),
                customer_name=str(u.get("customer_name", "")),
                language=str(u.get("language", "en")),
                order_numbers=(),
                serial_numbers=(),
                product_models=(),
                tracking_numbers=(),
                defect_category=None,
                defect_description="",
                missing_fields=(),
                assigned_rep=None,
                forwarded_by=None,
                warranty=None,
                participants=(),
                created_at=now,
                state_since=now,
            )
            self.tickets[tid] = ticket
        elif decision.action in ("update", "record") and decision.ticket_id:
            tid = decision.ticket_id
        else:
            return None
        self._update(tid, decision)
        self.events.extend(decision.events)
        live = self.deadlines.setdefault(tid, set())
        live -= set(decision.deadlines_done)
        live |= {d.awaited for d in decision.deadlines_start}
        return self.tickets[tid]

    def _update(self, tid: int, decision: Decision) -> None:
        ticket = self.tickets[tid]
        changes: dict[str, Any] = {}
        for key, value in decision.updates.items():
            if not hasattr(ticket, key):  # table-only columns (policy, resolution): kept in data here
                changes.setdefault("data", dict(ticket.data))[key] = value
                continue
            old = getattr(ticket, key)
            if key == "data":
                changes[key] = {**old, **value}
            elif isinstance(old, tuple) and key != "missing_fields":
                changes[key] = tuple(dict.fromkeys((*old, *value)))
            elif key == "missing_fields":
                changes[key] = tuple(value)
            else:
                changes[key] = value
        if decision.status:
            changes["status"] = decision.status
        self.tickets[tid] = replace(ticket, **changes)


def run(
    store: FakeStore,
    pol: Rules,
    m: InboundMail,
    found: Extraction,
    ticket: TicketView | None,
    findings: list[WarrantyFinding] | None = None,
    *,
    authenticated: bool = True,
    now: datetime = NOW,
) -> tuple[Decision, TicketView | None]:
    sender = m.sender.email if m.sender else ""
    decision = decide(
        mail=m,
        found=found,
        ticket=ticket,
        rules=pol,
        sender_is_staff=pol.staff.member(sender),
        sender_authenticated=authenticated,
        warranty=findings or [],
        now=now,
    )
    return decision, store.apply(decision, now)


def findings_for(
    pol: Rules, serials: tuple[str, ...], recs: dict[str, SerialRecord], today: date
) -> list[WarrantyFinding]:
    return find(serials, recs, pol.terms.warranty, today)


_ENVS = {
    suffix: jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=suffix == "html",
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    for suffix in ("txt", "html")
}


def render(out: OutgoingMail, ticket: TicketView | None, rma: str = "RMA-2026-00001") -> tuple[str, str, str]:
    """Render as mailbot.mail.render does (strict, trim_blocks, lstrip_blocks): (subject, text, html)."""
    results = []
    for suffix, env in _ENVS.items():
        tpl = env.get_template(f"{out.language}/{out.template}.{suffix}.j2")
        # Mail about no ticket (e.g. "ticket not found") gets no `ticket` and an empty `rma`.
        extra = {"ticket": ticket, "rma": rma} if ticket is not None else {"rma": ""}
        results.append(tpl.render(**out.context, **extra, settings=SETTINGS))
    first, _, body = results[0].partition("\n")
    assert first.startswith("Subject: ") and body.startswith("\n"), out.template
    return first[len("Subject: ") :], body.lstrip("\n"), results[1]

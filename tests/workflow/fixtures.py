"""Builders for the workflow tests: mails, extractions, the rules; the real store and Renderer to run them on."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from mailbot.config import Limits
from mailbot.mail.render import Renderer
from mailbot.rules import Rules
from mailbot.rules import load as load_rules
from mailbot.store.apply import ApplyEnv, change_ticket
from mailbot.store.apply import _open_ticket as open_ticket_row
from mailbot.store.blobs import BlobStore
from mailbot.store.db import make_engine, saved_id
from mailbot.store.deadlines import ReminderHooks
from mailbot.store.models import Deadline, Ticket
from mailbot.store.outbox import SendEnv, random_message_id
from mailbot.store.tickets import view
from mailbot.values import (
    Address,
    Attachment,
    Decision,
    EventSpec,
    Extraction,
    InboundMail,
    OutgoingMail,
    TicketView,
)
from mailbot.workflow.compose import promised_periods
from mailbot.workflow.decide import decide
from mailbot.workflow.warranty import SerialRecord, WarrantyFinding, find

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SETTINGS = {
    "company": "Example Optics",
    "service_name": "After-Sales Service",
    "service_address": "service@example.com",
}
# What app.build_context gives enqueue(), for these settings.
_SEND = SendEnv(
    renderer=Renderer(TEMPLATES),
    sender=SETTINGS["service_address"],
    sender_name=SETTINGS["service_name"],
    limits=Limits(),
    make_message_id=random_message_id,
    base_context={**SETTINGS, "settings": SETTINGS},
)
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


class Store:
    """The real store (mailbot.store: ticket rows, merge rules, audit events, deadlines) on an in-memory
    SQLite database, driven by Decisions as the pipeline drives it."""

    def __init__(self, pol: Rules | None = None) -> None:
        pol = pol or rules()
        self.engine = make_engine("sqlite:///:memory:")
        SQLModel.metadata.create_all(self.engine)
        self.session = Session(self.engine, expire_on_commit=False)
        self.env = ApplyEnv(
            blobs=BlobStore(Path(tempfile.gettempdir()) / "mailbot-workflow-tests"),  # no mail is stored here
            send=_SEND,
            rma_format="RMA-{year}-{sequence:05d}",
            max_attachments=10,
            deadlines=ReminderHooks(pol.reminders, pol.calendar, promised_periods(pol.terms)),  # as app.py wires it
        )
        self.sent: list[OutgoingMail] = []
        self.events: list[EventSpec] = []

    @property
    def tickets(self) -> dict[int, TicketView]:
        return {saved_id(t): view(t) for t in self.session.exec(select(Ticket)).all()}

    @property
    def deadlines(self) -> dict[int, set[str]]:
        """What each ticket still awaits (open deadlines)."""
        out: dict[int, set[str]] = {tid: set() for tid in self.tickets}
        for d in self.session.exec(select(Deadline).where(col(Deadline.done_at).is_(None))).all():
            out[d.ticket_id].add(d.awaited)
        return out

    def apply(self, decision: Decision, now: datetime = NOW) -> TicketView | None:
        self.sent.extend(decision.replies)
        if decision.action == "open":
            ticket = open_ticket_row(self.session, decision, self.env, now)
        elif decision.action in ("update", "record") and decision.ticket_id:
            ticket = self.session.get_one(Ticket, decision.ticket_id)
        else:
            return None
        change_ticket(self.session, ticket, decision, self.env, now=now)
        self.session.commit()
        self.events.extend(decision.events)
        return view(ticket)


def run(
    store: Store,
    pol: Rules,
    m: InboundMail,
    found: Extraction,
    ticket: TicketView | None,
    findings: list[WarrantyFinding] | None = None,
    *,
    authenticated: bool = True,
    now: datetime = NOW,
    quiet: str = "",
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
        quiet=quiet,
    )
    return decision, store.apply(decision, now)


def findings_for(
    pol: Rules, serials: tuple[str, ...], recs: dict[str, SerialRecord], today: date
) -> list[WarrantyFinding]:
    return find(serials, recs, pol.terms.warranty, today)


def render(out: OutgoingMail, ticket: TicketView | None, rma: str = "RMA-2026-00001") -> tuple[str, str, str]:
    """Render with the production Renderer and context: (subject, text, html)."""
    # The Renderer falls back to English; these tests mean the template of the mail's own language.
    assert (TEMPLATES / out.language / f"{out.template}.txt.j2").is_file(), (out.language, out.template)
    context: dict[str, Any] = {**_SEND.base_context, "rma": rma if ticket else "", "sender_name": _SEND.sender_name}
    if ticket is not None:
        context["ticket"] = ticket  # what app.ticket_context gives the templates
    rendered = _SEND.renderer.render(
        out, context, sender=_SEND.sender, message_id="test@example.com", now=NOW, rma=rma if ticket else None
    )
    text = rendered.message.get_body(("plain",))
    html = rendered.message.get_body(("html",))
    assert text is not None
    return rendered.subject, text.get_content(), html.get_content() if html is not None else ""

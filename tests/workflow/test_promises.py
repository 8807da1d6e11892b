"""Promise audit: every number, period and remedy a customer is told comes from the policy profile.

Each profile (rules/policy.yml and rules/examples/*.yml) carries tickets in several warranty situations
through every state the workflow has; every customer mail is rendered in English and Chinese, and each
number or remedy word in it must be traceable to that profile (or to the ticket's own data: RMA number,
serials, order number, warranty dates). A template or code default that promises something fails here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from mailbot.values import Attachment, OutgoingMail
from tests.workflow.fixtures import (
    NOW,
    ROOT,
    Store,
    extraction,
    findings_for,
    mail,
    records,
    render,
    rules,
    run,
    shipped,
)

PROFILES = ["policy", *sorted(p.stem for p in (ROOT / "rules" / "examples").glob("*.yml"))]
TODAY = date(2026, 3, 2)
REP, ENGINEER = "sales@example.com", "engineer@example.com"
PDF = (Attachment("report.pdf", "application/pdf", b"%PDF-1.4"),)
PHOTO = (Attachment("box.jpg", "image/jpeg", b"\xff\xd8\xff"),)
# Warranty situations: in warranty (fresh and older), out of warranty (first year after, long after),
# a model no family covers, a serial the ERP does not know, and a transport damage claim.
SITUATIONS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "fresh": (shipped(date(2026, 2, 20), model="VT-1000"), {}),
    "in": (shipped(date(2025, 8, 1), model="VT-1000"), {}),
    "out": (shipped(date(2024, 6, 1), model="VT-1000"), {}),
    "long_out": (shipped(date(2019, 6, 1), model="VT-1000"), {}),
    "software": (shipped(date(2026, 2, 20), model="SW-100"), {"product_models": ("SW-100",)}),
    "unknown": ({}, {}),
    "damage": (shipped(date(2026, 2, 20), model="VT-1000"), {"defect_category": "physical_damage"}),
    # an accessory long after purchase (002: not repaired, bought new)
    "accessory": (shipped(date(2025, 6, 1), model="ACC-CORD"), {"product_models": ("ACC-CORD",)}),
    # repaired after the warranty ended: a cover after repair (001: the serviced part only)
    "serviced": (shipped(date(2024, 9, 1), model="VT-1000", repaired_on=date(2025, 12, 1)), {}),
    # the same claim where the order import knows the delivery: in time, and after the policy's window
    "damage_delivered": (
        shipped(date(2026, 2, 20), model="VT-1000", delivery_date=date(2026, 2, 27)),
        {"defect_category": "physical_damage"},
    ),
    "damage_late": (
        shipped(date(2026, 1, 20), model="VT-1000", delivery_date=date(2026, 1, 27)),
        {"defect_category": "physical_damage"},
    ),
}
# Remedy and freight words (English stem or Chinese) and the word the profile must state for them.
REMEDIES = {
    "rework": "rework",
    "返工": "rework",
    "repair": "repair",
    "维修": "repair",
    "replac": "replac",
    "更换": "replac",
    "替换": "replac",
    "refund": "refund",
    "退款": "refund",
    "quotation": "quote",
    "报价": "quote",
    "on-site": "on_site",
    "上门": "on_site",
    "insurance": "insurance",
    "保险": "insurance",
    "customs": "customs",
    "关税": "customs",
}
_DIGITS = re.compile(r"\d+")


def _stated(value: Any) -> Any:
    """The profile without the settings it leaves empty, false or zero (those promise nothing)."""
    if isinstance(value, dict):
        return {k: _stated(v) for k, v in value.items() if v not in (None, False, 0, "", [], {})}
    if isinstance(value, list):
        return [_stated(v) for v in value]
    return value


@cache
def profile_text(name: str) -> str:
    path = ROOT / "rules" / ("policy.yml" if name == "policy" else f"examples/{name}.yml")
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return yaml.safe_dump(_stated(data), allow_unicode=True).lower()


def ticket_numbers(ticket: Any, mails: list[OutgoingMail]) -> set[str]:
    """Digits that belong to the ticket itself: its RMA number, identifiers and the warranty dates found."""
    found = [ticket.rma, *ticket.serial_numbers, *ticket.order_numbers, *ticket.tracking_numbers, "PO-1001"]
    for m in mails:
        for f in m.context.get("findings", ()) or ():
            found += [str(f.get(k) or "") for k in ("until", "unit_until", "delivered", "product_model")]
        claim = m.context.get("requirements") or {}
        found += [str(claim.get("delivered") or ""), str(claim.get("claim_by") or "")]
    return {n for s in found for n in _DIGITS.findall(s)}


@cache
def _rules(profile: str) -> Any:
    return rules(None if profile == "policy" else profile)


def walk(profile: str, situation: str) -> tuple[Any, list[OutgoingMail]]:
    """One ticket from the first mail to closed (and one rejected), collecting every customer mail."""
    pol = _rules(profile)
    record, overrides = SITUATIONS[situation]
    recs = records(SN0001=record) if record else {}
    store = Store(pol)

    def find(serials: tuple[str, ...]) -> list:
        return findings_for(pol, serials, recs, TODAY)

    def staff(t, sender, text, attachments=()):
        d, t = run(
            store,
            pol,
            mail(sender, text, mid=f"s{len(store.sent)}@x", attachments=attachments),
            extraction(kind="follow_up"),
            t,
            find(t.serial_numbers),
        )
        assert d.replies[-1].context.get("ok"), d.replies[-1].context
        return t

    first = extraction(serial_numbers=(), order_numbers=(), **overrides)
    _, t = run(store, pol, mail("buyer@acme.com", "It broke."), first, None, find(()))
    found = extraction(kind="follow_up", defect_summary="", **overrides)
    _, t = run(
        store,
        pol,
        mail("buyer@acme.com", "S/N SN0001, PO-1001", mid="c2@x", attachments=PHOTO),
        found,
        t,
        find(("SN0001",)),
    )
    if t.status == "waiting_rep":
        t = staff(t, REP, "#approve")
    _, t = run(
        store,
        pol,
        mail("buyer@acme.com", "Sent.", mid="c3@x"),
        extraction(kind="follow_up", tracking_numbers=("1Z999AA10123456784",)),
        t,
        find(t.serial_numbers),
    )
    for sender, command, att in (
        (ENGINEER, "#received", ()),
        (ENGINEER, "#preliminary\nThe laser driver failed.", ()),
        (ENGINEER, "#report", PDF),
        (ENGINEER, "#resolve The unit was fixed and shipped back", ()),
        (REP, "#close", ()),
    ):
        t = staff(t, sender, command, att)
    assert t.status == "closed", (profile, situation, t.status)
    _, other = run(store, pol, mail("other@acme.com", "Broken.", mid="o1@x"), extraction(), None, find(("SN0001",)))
    staff(other, REP, "#reject the serial number is not one of ours")
    return t, [m for m in store.sent if m.template.startswith("customer_")]


def _problems(profile: str, text: str, allowed: set[str], said: str = "") -> list[str]:
    """Numbers and remedy words the profile does not state; ``said``: words staff gave the ticket."""
    stated = profile_text(profile) + said
    numbers = set(_DIGITS.findall(stated)) | allowed
    low = text.lower()
    bad = [f"number {n}" for n in _DIGITS.findall(text) if n not in numbers]
    bad += [f"remedy {w!r}" for w, need in REMEDIES.items() if w in low and need not in stated]
    return bad


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("situation", sorted(SITUATIONS))
def test_every_customer_mail_promises_only_what_the_profile_states(profile, situation):
    ticket, mails = walk(profile, situation)
    templates = {m.template for m in mails}
    assert {"customer_rma_issued", "customer_received", "customer_report", "customer_rejected"} <= templates
    allowed = ticket_numbers(ticket, mails)
    for out in mails:
        for lang in ("en", "zh"):
            subject, body, _html = render(replace(out, language=lang), ticket)
            bad = _problems(profile, f"{subject}\n{body}", allowed)
            assert not bad, (profile, situation, out.template, lang, bad, body)
            assert "RMA RMA-" not in body and not set(re.findall(r"\b[a-z]+_[a-z_]+\b", body)), body
            assert ("此致\n敬礼\n" in body) if lang == "zh" else body.startswith("Dear Li Wei,\n\n"), body


def test_the_audit_catches_a_promise_the_profile_does_not_make():
    # optko (seed 004) states no preliminary analysis period and no repair at all.
    text = "You will get a preliminary analysis within 2-3 working days; free repair."
    assert _problems("optko", text, set()) == ["number 2", "remedy 'repair'"]
    assert _problems("optizone", "preliminary analysis within 2-3 working days; free rework.", set()) == []


def quote_walk(profile: str, answer: str) -> tuple[Any, list[OutgoingMail]]:
    """An out-of-warranty ticket received, quoted, and the quotation accepted or refused by reply."""
    pol = _rules(profile)
    recs = records(SN0001=SITUATIONS["out"][0])
    store = Store(pol)

    def step(t, sender, text, found, attachments=()):
        m = mail(sender, text, mid=f"q{len(store.sent)}@x", attachments=attachments)
        at = NOW + timedelta(hours=len(store.sent))  # each step a mail of its own, later than the last
        return run(store, pol, m, found, t, findings_for(pol, ("SN0001",), recs, TODAY), now=at)[1]

    t = step(None, "buyer@acme.com", "S/N SN0001, PO-1001: no power.", extraction(), PHOTO)
    if t.status == "waiting_rep":
        t = step(t, REP, "#approve", extraction(kind="follow_up"))
    for sender, text, att in (
        (ENGINEER, "#received", ()),
        (ENGINEER, "#quote EUR 240\nNew laser driver board.", PDF),
    ):
        t = step(t, sender, text, extraction(kind="follow_up"), att)
    assert t.status == "quoted", (profile, t.status)
    t = step(t, "buyer@acme.com", answer, extraction(kind="follow_up", defect_summary=""))
    return t, [m for m in store.sent if m.template.startswith("customer_")]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("answer", ["We accept the quotation.", "Too expensive, we refuse."])
def test_the_quotation_path_promises_only_what_the_profile_states(profile, answer):
    ticket, mails = quote_walk(profile, answer)
    assert "customer_quote" in {m.template for m in mails}
    allowed = ticket_numbers(ticket, mails) | {"240"}  # the amount is the staff member's
    for out in mails:
        for lang in ("en", "zh"):
            subject, body, _html = render(replace(out, language=lang), ticket)
            # the quotation is the staff member's (#quote), whatever the profile says of paid repairs
            bad = _problems(profile, f"{subject}\n{body}", allowed, said="quote repair")
            assert not bad, (profile, out.template, lang, bad, body)


@pytest.mark.parametrize("profile", PROFILES)
def test_the_agent_product_path_promises_only_what_the_profile_states(profile):
    pol = _rules(profile)
    recs = records(SN0001=SITUATIONS["in"][0])
    store = Store(pol)

    def step(t, sender, text, found):
        m = mail(sender, text, mid=f"a{len(store.sent)}@x", attachments=PHOTO if t is None else ())
        at = NOW + timedelta(hours=len(store.sent))
        return run(store, pol, m, found, t, findings_for(pol, ("SN0001",), recs, TODAY), now=at)[1]

    t = step(None, "buyer@acme.com", "S/N SN0001, PO-1001: no power.", extraction())
    if t.status == "waiting_rep":
        t = step(t, REP, "#approve", extraction(kind="follow_up"))
    for text in ("#received agent", "#forwarded", "#resolve sent back by the manufacturer"):
        t = step(t, ENGINEER, text, extraction(kind="follow_up"))
    assert t.status == "resolved", (profile, t.status)
    mails = [m for m in store.sent if m.template.startswith("customer_")]
    assert "customer_forwarded" in {m.template for m in mails}
    received = next(m for m in mails if m.template == "customer_received")
    # only the forwarding is promised for an agent's product, never the return of our own products
    assert all(p["step"] != "return_to_customer" for p in received.context["after_receipt"])
    allowed = ticket_numbers(t, mails)
    for out in mails:
        for lang in ("en", "zh"):
            subject, body, _html = render(replace(out, language=lang), t)
            bad = _problems(profile, f"{subject}\n{body}", allowed)
            assert not bad, (profile, out.template, lang, bad, body)

"""Warranty finding per serial number: in warranty until when, and what that means for the customer."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from mailbot.rules.policy import Family, Warranty

Status = Literal["in", "out", "unknown"]
Remedy = Literal["replacement", "free_repair", "paid_repair", "not_covered", "rep_checks", "buy_new"]


@dataclass(frozen=True)
class SerialRecord:
    """What the ERP export tells about one serial (see mailbot.store.orders)."""

    serial: str
    order_number: str = ""
    product_model: str = ""
    ship_date: date | None = None  # ex-factory date
    delivery_date: date | None = None
    invoice_date: date | None = None
    repaired_on: date | None = None  # last (paid) repair or part service


@dataclass(frozen=True)
class WarrantyFinding:
    """The finding for one serial, with why, in plain JSON-able terms via ``as_json``."""

    serial: str
    status: Status
    remedy: Remedy
    until: date | None = None
    family: str = ""
    basis: str = ""  # delivery | ship | invoice | ex_factory_plus_N_months | repair | none
    charge: str = "none"  # none | parts | parts_and_labour | quote
    advance_replacement: bool = False
    order_number: str = ""
    product_model: str = ""
    delivered: date | None = None  # the day the customer signed for it, when the order import knows it
    started: date | None = None  # the day the warranty counts from (the basis' date)
    # The cover after a repair is for the serviced part only: ``until`` is the part's, the rest of the
    # unit was covered until ``unit_until`` (and ``charge`` is what its repair costs now).
    part_only: bool = False
    unit_until: date | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "serial": self.serial,
            "status": self.status,
            "remedy": self.remedy,
            "until": self.until.isoformat() if self.until else None,
            "family": self.family,
            "basis": self.basis,
            "charge": self.charge,
            "advance_replacement": self.advance_replacement,
            "order_number": self.order_number,
            "product_model": self.product_model,
            "delivered": self.delivered.isoformat() if self.delivered else None,
            "started": self.started.isoformat() if self.started else None,
            "part_only": self.part_only,
            "unit_until": self.unit_until.isoformat() if self.unit_until else None,
        }


def add_months(day: date, months: int) -> date:
    """Calendar months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _start(rec: SerialRecord, fam: Family) -> tuple[date | None, str]:
    """The day the warranty starts counting, and which date it was taken from."""
    wanted = {"delivery": rec.delivery_date or rec.ship_date, "ship": rec.ship_date, "invoice": rec.invoice_date}[
        fam.start
    ]
    if fam.start == "delivery" and wanted is not None:
        return wanted, "delivery" if rec.delivery_date else "ship"
    if wanted is not None:
        return wanted, fam.start
    if fam.fallback_plus_months is not None and rec.ship_date is not None:
        # e.g. no purchase invoice: the ex-factory date postponed by two months.
        return add_months(rec.ship_date, fam.fallback_plus_months), (
            f"ex_factory_plus_{fam.fallback_plus_months}_months"
        )
    return rec.ship_date or rec.delivery_date, "ship" if rec.ship_date else "none"


def _years_after(end: date, today: date) -> int:
    """1 in the first year after the warranty ended, 2 in the second, ..."""
    years = 1
    while add_months(end, 12 * years) < today:
        years += 1
    return years


def find_one(rec: SerialRecord, terms: Warranty, today: date) -> WarrantyFinding:
    fam = terms.family_for(rec.product_model)
    base = WarrantyFinding(
        serial=rec.serial,
        status="unknown",
        remedy="rep_checks",
        basis="none",
        family=fam.name if fam else "",
        order_number=rec.order_number,
        product_model=rec.product_model,
        delivered=rec.delivery_date,
    )
    if fam is None:  # the policy gives no warranty period at all
        return base
    if not fam.covered:
        return replace(base, status="out", remedy="not_covered", charge=terms.charge_for(1) or "none")
    start, basis = _start(rec, fam)
    if start is None:
        return base
    until = add_months(start, fam.months) + timedelta(days=fam.extra_days)
    base = replace(base, started=start)
    if rec.repaired_on and fam.after_repair_months:
        after_repair = add_months(rec.repaired_on, fam.after_repair_months)
        if fam.after_repair_covers == "serviced_part" and until < today <= after_repair:
            # "six months for serviced parts": only the part is covered, the rest of the system is not.
            charge = terms.charge_for(_years_after(until, today)) or "none"
            return replace(
                base,
                status="in",
                remedy="free_repair",
                until=after_repair,
                basis="repair",
                started=rec.repaired_on,
                part_only=True,
                unit_until=until,
                charge=charge,
                advance_replacement=terms.advance_replacement,
            )
        if after_repair > until and fam.after_repair_covers == "unit":
            until, basis = after_repair, "repair"
            base = replace(base, started=rec.repaired_on)
    if today <= until:
        direct = fam.replacement_days and today <= start + timedelta(days=fam.replacement_days)
        return replace(
            base,
            status="in",
            remedy="replacement" if direct else "free_repair",
            until=until,
            basis=basis,
            advance_replacement=terms.advance_replacement,
        )
    if fam.after_end == "buy_new":  # not repaired once the cover ended: bought new
        return replace(base, status="out", remedy="buy_new", until=until, basis=basis)
    charge = terms.charge_for(_years_after(until, today)) or "none"
    return replace(base, status="out", remedy="paid_repair", until=until, basis=basis, charge=charge)


def find(
    serials: Iterable[str], records: Mapping[str, SerialRecord], terms: Warranty, today: date
) -> list[WarrantyFinding]:
    """One finding per serial, in the order given; a serial the ERP does not know → the rep checks."""
    found = []
    for serial in dict.fromkeys(serials):
        rec = records.get(serial) or records.get(serial.upper())
        if rec is None:
            found.append(WarrantyFinding(serial=serial, status="unknown", remedy="rep_checks"))
        else:
            found.append(find_one(rec, terms, today))
    return found


def complete(findings: Iterable[WarrantyFinding], serials: Iterable[str]) -> list[WarrantyFinding]:
    """``findings`` plus an "unknown, the rep checks" finding for each serial they leave out."""
    found = list(findings)
    known = {f.serial for f in found}
    return found + [
        WarrantyFinding(serial=s, status="unknown", remedy="rep_checks")
        for s in dict.fromkeys(serials)
        if s not in known
    ]


def override(
    findings: Iterable[WarrantyFinding], status: Literal["in", "out"], terms: Warranty
) -> list[WarrantyFinding]:
    """A staff member's `#warranty in|out` replaces the computed status for every serial."""
    remedy: Remedy = "free_repair" if status == "in" else "paid_repair"
    charge = "none" if status == "in" else (terms.charge_for(1) or "none")
    return [
        WarrantyFinding(
            serial=f.serial,
            status=status,
            remedy=remedy,
            until=f.until,
            family=f.family,
            basis="staff",
            charge=charge,
            order_number=f.order_number,
            product_model=f.product_model,
            delivered=f.delivered,
        )
        for f in findings
    ]


def _same_model(named: str, model: str) -> bool:
    """A model the mail names is the line's model, written with or without spaces, dashes or case."""
    a, b = ("".join(ch for ch in x.lower() if ch.isalnum()) for x in (named, model))
    return bool(a) and bool(b) and (a == b or (len(a) >= 3 and a in b))


def about_the_mail(
    findings: Sequence[WarrantyFinding], models: Iterable[str], serials_named: bool
) -> tuple[list[WarrantyFinding], bool]:
    """The findings a claim is about, and whether it is unclear which item of the order that is.

    A claim naming serials is about those. One naming only an order number gets the findings of every
    line of the order; where the order has several, only the lines of a model the mail names are meant,
    and with no model named (or none of the order's) nobody knows which item: no list of everything,
    the customer is asked which item (the caller asks it, once)."""
    found = list(findings)
    if serials_named or len(found) <= 1:
        return found, False
    named = [m for m in models if m.strip()]
    meant = [f for f in found if any(_same_model(m, f.product_model) for m in named)]
    return (meant, False) if meant else ([], True)


def summary(findings: Iterable[WarrantyFinding]) -> str | None:
    """The ticket-level word: "in" or "out" when all serials agree, "unknown" if any is, else "mixed"."""
    statuses = {f.status for f in findings}
    if not statuses:
        return None
    if "unknown" in statuses:
        return "unknown"
    return statuses.pop() if len(statuses) == 1 else "mixed"

"""Orders and serials from the ERP's CSV export: parse with line numbers, upsert idempotently, look up."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session, col, select

from mailbot.store.models import OrderLine
from mailbot.policy import Warranty
from mailbot.warranty import SerialRecord, WarrantyFinding, find
from mailbot.yamlfile import load_model

REQUIRED = ("order_number", "serial")
MAX_RANGE = 10_000  # a serial range longer than this is a typo, not a shipment
_SPLIT = re.compile(r"[;,\s]+")


class OrderColumns(BaseModel):
    """rules/orders.yml: which CSV column holds which field, and how its dates are written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    order_number: str = "order_number"
    customer: str = "customer"
    customer_email: str = "customer_email"
    product_model: str = "product_model"
    serial: str = "serial"
    ship_date: str = "ship_date"
    invoice_date: str = "invoice_date"
    delivery_date: str | None = "delivery_date"
    repaired_on: str | None = "repaired_on"
    date_formats: tuple[str, ...] = Field(default=("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d.%m.%Y"))
    delimiter: str = Field(default=",", min_length=1, max_length=1)
    # "SN0100~SN0103" is a range; "-" is not one by default, since many serials contain a hyphen.
    range_separators: tuple[str, ...] = ("~", "..")
    encoding: str = "utf-8-sig"


@dataclass(frozen=True)
class Row:
    """One serial of one order, ready to store."""

    line: int
    order_number: str
    serial: str
    customer: str = ""
    customer_email: str = ""
    product_model: str = ""
    ship_date: date | None = None
    invoice_date: date | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BadRow:
    line: int
    problem: str


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    unchanged: int
    bad: tuple[BadRow, ...]


def load_columns(path: Path) -> OrderColumns:
    return load_model(path, OrderColumns) if path.exists() else OrderColumns()


def _range_pattern(separators: Sequence[str]) -> re.Pattern[str]:
    seps = "|".join(re.escape(s) for s in separators) or "(?!)"
    return re.compile(rf"^([A-Za-z0-9-]*?)(\d+)(?:{seps})([A-Za-z0-9-]*?)(\d+)$")


def expand_serials(cell: str, separators: Sequence[str] = ("~", "..")) -> list[str]:
    """``SN0100~SN0103``, ``SN0100~0103`` and lists separated by , ; or spaces → each serial."""
    serials: list[str] = []
    pattern = _range_pattern(separators)
    for token in (t for t in _SPLIT.split(cell.strip()) if t):
        match = pattern.match(token)
        if not match or (match.group(3) and match.group(3) != match.group(1)):
            serials.append(token)
            continue
        prefix, first, _, last = match.groups()
        lo, hi = int(first), int(last)
        if hi < lo or hi - lo >= MAX_RANGE:
            raise ValueError(f"serial range {token} is reversed or longer than {MAX_RANGE}")
        width = len(first)
        serials.extend(f"{prefix}{n:0{width}d}" for n in range(lo, hi + 1))
    return serials


def parse_date(value: str, formats: Sequence[str]) -> date | None:
    value = value.strip()
    if not value:
        return None
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date {value!r} matches none of {', '.join(formats)}")


def _rows_of(line: int, rec: dict[str, str], cols: OrderColumns) -> list[Row]:
    def cell(name: str | None) -> str:
        return (rec.get(name) or "").strip() if name else ""

    order = cell(cols.order_number)
    if not order:
        raise ValueError(f"column {cols.order_number!r} is empty")
    serials = expand_serials(cell(cols.serial), cols.range_separators)
    if not serials:
        raise ValueError(f"column {cols.serial!r} is empty")
    extra = {k: parse_date(cell(getattr(cols, k)), cols.date_formats)
             for k in ("delivery_date", "repaired_on")}
    data = {k: v.isoformat() for k, v in extra.items() if v}
    email = cell(cols.customer_email).lower()
    if email and "@" not in email:
        raise ValueError(f"{email!r} is not an e-mail address")
    common = dict(line=line, order_number=order, customer=cell(cols.customer), customer_email=email,
                  product_model=cell(cols.product_model),
                  ship_date=parse_date(cell(cols.ship_date), cols.date_formats),
                  invoice_date=parse_date(cell(cols.invoice_date), cols.date_formats), data=data)
    return [Row(serial=s, **common) for s in serials]


def parse_csv(lines: Iterable[str], cols: OrderColumns) -> Iterator[Row | BadRow]:
    """Rows in file order; a row that does not fit is a BadRow with its line number, never a stop."""
    reader = csv.DictReader(lines, delimiter=cols.delimiter)
    header = reader.fieldnames or []
    missing = [getattr(cols, f) for f in REQUIRED if getattr(cols, f) not in header]
    if missing:
        yield BadRow(1, f"missing column(s): {', '.join(missing)} (header has: {', '.join(header)})")
        return
    for rec in reader:
        line = reader.line_num
        if None in rec:
            yield BadRow(line, "more cells than header columns")
            continue
        try:
            yield from _rows_of(line, rec, cols)
        except ValueError as exc:
            yield BadRow(line, str(exc))


def _same(line: OrderLine, row: Row) -> bool:
    return (line.customer, line.customer_email, line.product_model, line.ship_date, line.invoice_date,
            line.data) == (row.customer, row.customer_email, row.product_model, row.ship_date,
                           row.invoice_date, row.data)


def upsert(session: Session, rows: Sequence[Row]) -> tuple[int, int, int]:
    """Insert new (order, serial) pairs, update changed ones, leave equal ones alone; no commit."""
    keys = {(r.order_number, r.serial) for r in rows}
    existing = {(x.order_number, x.serial): x for x in session.exec(
        select(OrderLine).where(col(OrderLine.order_number).in_({k[0] for k in keys})))}
    inserted = updated = unchanged = 0
    for row in {(r.order_number, r.serial): r for r in rows}.values():  # last line wins
        line = existing.get((row.order_number, row.serial))
        if line is None:
            line = OrderLine(order_number=row.order_number, serial=row.serial)
            inserted += 1
        elif _same(line, row):
            unchanged += 1
            continue
        else:
            updated += 1
        for name in ("customer", "customer_email", "product_model", "ship_date", "invoice_date", "data"):
            setattr(line, name, getattr(row, name))
        session.add(line)
        existing[(row.order_number, row.serial)] = line
    return inserted, updated, unchanged


def _record(line: OrderLine) -> SerialRecord:
    data = line.data or {}

    def day(key: str) -> date | None:
        return date.fromisoformat(data[key]) if data.get(key) else None

    return SerialRecord(serial=line.serial, order_number=line.order_number,
                        product_model=line.product_model, ship_date=line.ship_date,
                        delivery_date=day("delivery_date"), invoice_date=line.invoice_date,
                        repaired_on=day("repaired_on"))


def findings_for_mail(session: Session, terms: Warranty, ticket_serials: Iterable[str],
                      found_serials: Iterable[str], today: date) -> list[WarrantyFinding]:
    """What ``decide`` gets as ``warranty``: findings for the ticket's serials and the mail's new ones."""
    serials = list(dict.fromkeys([*ticket_serials, *found_serials]))
    return find(serials, records_for(session, serials), terms, today)


def records_for(session: Session, serials: Iterable[str]) -> dict[str, SerialRecord]:
    """SerialRecords for warranty.find; a serial on several orders counts from its latest shipment."""
    wanted = {s for s in serials if s}
    found: dict[str, SerialRecord] = {}
    if not wanted:
        return found
    lines = session.exec(select(OrderLine).where(col(OrderLine.serial).in_(wanted)))
    for line in sorted(lines, key=lambda x: (x.ship_date or date.min, x.id or 0)):
        found[line.serial] = _record(line)
    return found

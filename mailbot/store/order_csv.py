"""The ERP's CSV export read into rows: serial ranges expanded, dates parsed, bad lines reported by number."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from mailbot.rules.orders import OrderColumns

REQUIRED = ("order_number", "serial")


MAX_RANGE = 10_000  # a serial range longer than this is a typo, not a shipment


_SPLIT = re.compile(r"[;,\s]+")


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
    extra = {k: parse_date(cell(getattr(cols, k)), cols.date_formats) for k in ("delivery_date", "repaired_on")}
    data = {k: v.isoformat() for k, v in extra.items() if v}
    email = cell(cols.customer_email).lower()
    if email and "@" not in email:
        raise ValueError(f"{email!r} is not an e-mail address")
    common = Row(
        line=line,
        order_number=order,
        serial="",
        customer=cell(cols.customer),
        customer_email=email,
        product_model=cell(cols.product_model),
        ship_date=parse_date(cell(cols.ship_date), cols.date_formats),
        invoice_date=parse_date(cell(cols.invoice_date), cols.date_formats),
        data=data,
    )
    return [replace(common, serial=s) for s in serials]


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

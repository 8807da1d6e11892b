"""Orders and serials in the database: idempotent upsert of imported rows, and look-ups for warranty findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, or_, select

from mailbot.rules.policy import Warranty
from mailbot.store.models import OrderLine
from mailbot.store.order_csv import Row
from mailbot.workflow.warranty import SerialRecord, WarrantyFinding, find


def _same(line: OrderLine, row: Row) -> bool:
    return (line.customer, line.customer_email, line.product_model, line.ship_date, line.invoice_date, line.data) == (
        row.customer,
        row.customer_email,
        row.product_model,
        row.ship_date,
        row.invoice_date,
        row.data,
    )


def upsert(session: Session, rows: Sequence[Row]) -> tuple[int, int, int]:
    """Insert new (order, serial) pairs, update changed ones, leave equal ones alone; no commit."""
    keys = {(r.order_number, r.serial) for r in rows}
    existing = {
        (x.order_number, x.serial): x
        for x in session.exec(select(OrderLine).where(col(OrderLine.order_number).in_({k[0] for k in keys})))
    }
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

    return SerialRecord(
        serial=line.serial,
        order_number=line.order_number,
        product_model=line.product_model,
        ship_date=line.ship_date,
        delivery_date=day("delivery_date"),
        invoice_date=line.invoice_date,
        repaired_on=day("repaired_on"),
    )


def findings_for_mail(
    session: Session,
    terms: Warranty,
    ticket_serials: Iterable[str],
    found_serials: Iterable[str],
    today: date,
    order_numbers: Iterable[str] = (),
) -> list[WarrantyFinding]:
    """What ``decide`` gets as ``warranty``: findings for the ticket's serials and the mail's new ones.

    A claim that names only an order number (a damage or mismatch claim usually does: the box arrived
    broken, nobody reads serials off it) gets the findings of that order's lines, so the claim window
    can be checked against the delivery date. Serials, when named, are what the claim is about: then
    the order's other lines stay out. One query either way."""
    serials = list(dict.fromkeys([*ticket_serials, *found_serials]))
    orders = [] if serials else list(dict.fromkeys(o for o in order_numbers if o))
    records = records_for(session, serials, orders)
    if orders:
        serials = list(records)
    return find(serials, records, terms, today)


# session.info key: the order lines of a whole batch's serials and order numbers, read by one query
# (``read_for_batch``); a mail whose look-up they cover needs no query of its own.
BATCH_LINES = "order_lines_of_batch"


@dataclass(frozen=True)
class _Lines:
    serials: frozenset[str]
    orders: frozenset[str]
    lines: tuple[OrderLine, ...]


def read_for_batch(session: Session, serials: Iterable[str], order_numbers: Iterable[str]) -> None:
    """Read the order lines of every serial and order number a batch's mails name, in one query, for
    ``records_for`` to use in that session (the lines of a ticket's earlier serials are read as before)."""
    wanted = frozenset(s for s in serials if s)
    orders = frozenset(o for o in order_numbers if o)
    session.info[BATCH_LINES] = _Lines(
        wanted, orders, tuple(_lines(session, wanted, orders)) if wanted or orders else ()
    )


def _lines(session: Session, wanted: set[str] | frozenset[str], orders: set[str] | frozenset[str]) -> list[OrderLine]:
    query = select(OrderLine).where(or_(col(OrderLine.serial).in_(wanted), col(OrderLine.order_number).in_(orders)))
    return list(session.exec(query))


def records_for(session: Session, serials: Iterable[str], order_numbers: Iterable[str] = ()) -> dict[str, SerialRecord]:
    """SerialRecords for warranty.find, for the serials and every line of the orders, in one query (none
    when the batch's look-up covers them).

    A serial on several orders counts from its latest shipment."""
    wanted = {s for s in serials if s}
    orders = {o for o in order_numbers if o}
    found: dict[str, SerialRecord] = {}
    if not wanted and not orders:
        return found
    batch: _Lines | None = session.info.get(BATCH_LINES)
    if batch is not None and wanted <= batch.serials and orders <= batch.orders:
        lines = [x for x in batch.lines if x.serial in wanted or x.order_number in orders]
    else:
        lines = _lines(session, wanted, orders)
    for line in sorted(lines, key=lambda x: (x.ship_date or date.min, x.id or 0)):
        found[line.serial] = _record(line)
    return found

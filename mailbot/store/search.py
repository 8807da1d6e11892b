"""The web view's ticket list: filters, sort, pages, and search on the database's own text index.

SQLite searches the FTS5 tables of migration 0005_web; PostgreSQL the pg_trgm index over the same
ticket text and the full-text index over messages. A search word matches a ticket when it is in the
ticket's identifiers or customer (address, domain, name, company) or in any of its messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, cast, false, func, literal, or_, text
from sqlalchemy.types import String
from sqlmodel import Session, col, select

from mailbot.store.models import Deadline, Ticket

SORTS: dict[str, Any] = {
    "created": col(Ticket.created_at),
    "updated": col(Ticket.updated_at),
    "state_since": col(Ticket.state_since),
    "rma": col(Ticket.rma),
    "status": col(Ticket.status),
    "customer": col(Ticket.customer_email),
}


@dataclass(frozen=True)
class TicketFilter:
    """What the list shows; every field is optional and they combine with AND."""

    query: str = ""
    status: str = ""
    owner: str = ""
    defect: str = ""
    model: str = ""
    warranty: str = ""  # "in" | "out" | "unknown"
    overdue: bool = False
    older_than_days: int | None = None
    sort: str = "created"
    descending: bool = True
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True)
class Row:
    rma: str
    status: str
    customer_email: str
    customer_name: str
    serials: tuple[str, ...]
    models: tuple[str, ...]
    defect: str | None
    owner: str | None
    warranty: str | None
    created_at: datetime
    state_since: datetime


@dataclass(frozen=True)
class Page:
    rows: tuple[Row, ...]
    total: int
    page: int
    pages: int


_WORD = re.compile(r"[\w@.+-]+", re.UNICODE)


def _words(query: str) -> list[str]:
    return [w for w in _WORD.findall(query.lower()) if w.strip(".-+@")][:8]


def _fts_phrase(word: str) -> str:
    # Each word a quoted phrase (FTS5 splits SN-1234 into adjacent tokens), the last one a prefix.
    return '"' + word.replace('"', "") + '"'


# One IN over a UNION: each side answered by its own index, then the ticket rows by primary key.
# (An OR of two IN conditions makes the planners scan every ticket.)
_SQLITE_FOUND = (
    "SELECT rowid FROM search_ticket WHERE search_ticket MATCH :q "
    "UNION SELECT message.ticket_id FROM message JOIN "
    "(SELECT rowid AS hit FROM search_message WHERE search_message MATCH :q) AS found ON message.id = found.hit "
    "WHERE message.ticket_id IS NOT NULL"
)


def _sqlite_matches(words: list[str]) -> ColumnElement[bool]:
    phrases = [_fts_phrase(w) for w in words]
    phrases[-1] += "*"
    return col(Ticket.id).in_(text(_SQLITE_FOUND).bindparams(q=" AND ".join(phrases)))


# The indexed expression of migration 0005_web, so the trigram index answers LIKE '%word%'.
_PG_TICKET_TEXT = (
    "lower(rma || ' ' || customer_email || ' ' || customer_name || ' ' || "
    "customer_domain || ' ' || order_numbers::text || ' ' || serial_numbers::text || ' ' || "
    "product_models::text || ' ' || data::text)"
)
_PG_MESSAGE_TEXT = "to_tsvector('simple', subject || ' ' || text)"


def _postgres_matches(words: list[str]) -> ColumnElement[bool]:
    like = " AND ".join(f"{_PG_TICKET_TEXT} LIKE :w{i}" for i in range(len(words)))
    params: dict[str, str] = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
    sql = f"SELECT id FROM ticket WHERE {like}"
    tsquery = " & ".join(re.sub(r"[^\w]+", " ", w).strip().replace(" ", " <-> ") for w in words if re.sub(r"\W", "", w))
    if tsquery:
        sql += (
            f" UNION SELECT ticket_id FROM message WHERE {_PG_MESSAGE_TEXT} @@ to_tsquery('simple', :tq)"
            " AND ticket_id IS NOT NULL"
        )
        params["tq"] = tsquery
    return col(Ticket.id).in_(text(sql).bindparams(**params))


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    words = _words(query)
    if not words:
        return None
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_matches(words)
    return _postgres_matches(words)


def _json_has(column: Any, value: str) -> ColumnElement[bool]:
    return cast(column, String).like(literal('%"') + value + literal('"%'))


def _conditions(session: Session, f: TicketFilter, now: datetime) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    found = search_condition(session, f.query)
    if f.query.strip() and found is None:
        where.append(false())
    elif found is not None:
        where.append(found)
    if f.status:
        where.append(col(Ticket.status) == f.status)
    if f.owner:
        where.append(col(Ticket.assigned_rep) == f.owner.lower())
    if f.defect:
        where.append(col(Ticket.defect_category) == f.defect)
    if f.model:
        where.append(_json_has(Ticket.product_models, f.model))
    if f.warranty == "unknown":
        where.append(or_(col(Ticket.warranty).is_(None), col(Ticket.warranty) == "unknown"))
    elif f.warranty:
        where.append(col(Ticket.warranty) == f.warranty)
    if f.overdue:
        # An uncorrelated IN: the open, overdue deadlines are found once by their index, not per ticket.
        overdue = select(Deadline.ticket_id).where(col(Deadline.done_at).is_(None), col(Deadline.due_at) < now)
        where.append(col(Ticket.id).in_(overdue))
    if f.older_than_days is not None:
        where.append(col(Ticket.created_at) < now - timedelta(days=f.older_than_days))
    return where


def list_tickets(session: Session, f: TicketFilter, now: datetime) -> Page:
    """One page of the tickets ``f`` selects, in its order, and how many there are in all."""
    where = _conditions(session, f, now)
    total = int(session.exec(select(func.count()).select_from(Ticket).where(*where)).one())
    order = SORTS.get(f.sort, SORTS["created"])
    per_page = max(1, min(f.per_page, 200))
    pages = max(1, -(-total // per_page))
    page = max(1, min(f.page, pages))
    # The page's ids first (the sort reads only the sort column), then those 50 rows whole.
    ids = list(
        session.exec(
            select(Ticket.id)
            .where(*where)
            .order_by(
                order.desc() if f.descending else order.asc(),
                col(Ticket.id).desc() if f.descending else col(Ticket.id),
            )
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).all()
    )
    found = {t.id: t for t in session.exec(select(Ticket).where(col(Ticket.id).in_(ids))).all()} if ids else {}
    rows = tuple(
        Row(
            rma=t.rma,
            status=t.status,
            customer_email=t.customer_email,
            customer_name=t.customer_name,
            serials=tuple(t.serial_numbers),
            models=tuple(t.product_models),
            defect=t.defect_category,
            owner=t.assigned_rep,
            warranty=t.warranty,
            created_at=t.created_at,
            state_since=t.state_since,
        )
        for t in (found[i] for i in ids if i in found)
    )
    return Page(rows=rows, total=total, page=page, pages=pages)

"""Copy every row of one mailbot database into another: the move from SQLite to PostgreSQL.

A desk starts on the embedded SQLite database and moves to PostgreSQL when a second worker or a second
machine is wanted. The move must keep everything a ticket is: its messages, events, outbox rows (the
Message-IDs a customer's client threads on), deadlines and reminders already sent (or they would be sent
again), counters (or RMA numbers would repeat), the inboxes' saved positions (or every mail would be read
again) and the suppression list.

The target is migrated to the newest schema first and must hold no rows: a copy never merges into a live
database. Everything is written in one transaction on the target, so a copy that fails leaves it empty
and can simply be run again. Rows are read table by table in primary-key order, parents before children
(SQLAlchemy's dependency order of the model's tables), and written with one executemany per batch.
PostgreSQL's id sequences are then moved past the copied ids, so the first ticket the new database makes
does not collide with a copied one. The search indexes are the target's own: SQLite's full-text tables
are filled by its triggers as the rows arrive, PostgreSQL's are expression indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Integer, Table, func, select, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

import mailbot.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from mailbot.store.db import at_head, migrate

BATCH = 2_000


class CopyError(Exception):
    """The copy cannot start or did not copy every row; the target is left as it was."""


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int


@dataclass(frozen=True)
class CopyReport:
    tables: tuple[TableCopy, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def tables_in_order() -> list[Table]:
    """The model's tables, each after the tables it refers to."""
    return list(SQLModel.metadata.sorted_tables)


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _batches(conn: Connection, table: Table, size: int) -> Iterator[list[dict[str, object]]]:
    """The table's rows in primary-key order, ``size`` at a time, streamed (a million rows never sit in
    memory together)."""
    order = list(table.primary_key.columns)
    result = conn.execution_options(stream_results=True, yield_per=size).execute(select(table).order_by(*order))
    for chunk in result.mappings().partitions(size):
        yield [dict(row) for row in chunk]


def _move_sequences(conn: Connection, tables: list[Table]) -> None:
    """PostgreSQL: each serial id's sequence continues after the largest copied id."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        column = key[0].name
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column}).scalar()
        if sequence is None:
            continue
        conn.execute(
            text(f"SELECT setval(:s, coalesce((SELECT max({column}) FROM {table.name}), 0) + 1, false)"),
            {"s": sequence},
        )


def copy_database(
    source: Engine,
    target: Engine,
    *,
    batch: int = BATCH,
    progress: Callable[[str, int, int], None] | None = None,
) -> CopyReport:
    """Copy every row of ``source`` into ``target`` (migrated here, and required to be empty).

    ``progress(table, copied, total)`` is called after each batch. Stop the workers and the web view on
    the source first: rows written during the copy would be missed, and the counts checked at the end
    would then differ (CopyError), leaving the target empty."""
    if source.url == target.url:
        raise CopyError("the source and the target are the same database")
    if not at_head(source):
        raise CopyError("the source database's schema is behind: run `migrate` on it first")
    migrate(target)
    tables = tables_in_order()
    copied: list[TableCopy] = []
    with source.connect() as reader, target.begin() as writer:
        filled = [t.name for t in tables if _count(writer, t)]
        if filled:
            raise CopyError(f"the target database is not empty (rows in {', '.join(filled)}): copy only into a new one")
        for table in tables:
            total = _count(reader, table)
            done = 0
            for rows in _batches(reader, table, batch):
                writer.execute(table.insert(), rows)
                done += len(rows)
                if progress is not None:
                    progress(table.name, done, total)
            if done != total or _count(writer, table) != total:
                raise CopyError(
                    f"{table.name}: {total} rows in the source, {done} read, "
                    f"{_count(writer, table)} written: was the source written to during the copy?"
                )
            copied.append(TableCopy(table.name, done))
        if writer.dialect.name == "postgresql":
            _move_sequences(writer, tables)
    return CopyReport(tuple(copied))

"""Rows a transaction writes but never needs back by their id — audit events, outbox rows, the record of
each outgoing mail, attachment metadata — kept aside and written by one INSERT per table (executemany)
instead of one ORM object and one flushed INSERT each.

A batch of 100 mails makes about 700 such rows; through the ORM each was a model object (validated by
pydantic), a unit-of-work step and an INSERT of its own (the ORM needs each new id back, so SQLite gets
them one at a time). Kept as plain values, they cost a dict and a share of one statement.

Only in a session that asked for it (``keep_rows``, the ingest of mails); elsewhere ``add_row`` is
``session.add`` of the model, as before. Three rules make the keeping invisible to every reader:

- before any ORM statement of the session that names one of these tables, that table's kept rows are
  written, so a query (or UPDATE) sees them as it would have seen flushed ones;
- everything kept is written before the commit, in the transaction it belongs to; a rollback drops it;
- rows are written in the order they were kept, and a caller that adds a row of the same table through
  the ORM (an inbound ``Message``) writes the kept ones it must follow first (``write_kept``,
  ``write_kept_if_any``: those of its ticket), so ids keep the order the rows were made in where
  anything reads them in that order (a ticket's mails, newest first).

New parents: a caller that has just inserted a row no other row can point at yet (a ticket opened in
this transaction) says so (``mark_new``: no row of ``table`` has that value in ``column`` in the database).
Until a row of ``table`` with that value is written (``write_kept``, or ``add_row`` inside a savepoint),
``only_kept`` answers True and a look-up of that table for it can be left out: its answer is in the kept
rows. Rows of such a table must then reach the database only through this module in that session.

Ids: a row whose id other rows need (an inbound mail's, for its events and attachments) is kept too
(``add_row_with_id``): the caller gets a ``KeptId`` to put in those rows' columns, and the table's kept
rows are written by one INSERT ... RETURNING that hands the ids back by a unique key of the table (no
order to rely on: SQLite does not promise one for a multi-row RETURNING). A table whose kept rows refer
to a ``KeptId`` not written yet has the referred table written first.

Savepoints: a row added inside one is written at once (it is undone with the savepoint); a row kept
before one but written inside it (a query there named its table) is kept again when that savepoint rolls
back, so the outer transaction still writes it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event, insert
from sqlalchemy.orm import ORMExecuteState, SessionTransaction
from sqlalchemy.sql import visitors
from sqlmodel import Session, SQLModel

from mailbot.store.clean import scrub_values

KEPT = "rows_kept"  # session.info key: {Table: [values, ...]} in the order kept
NEW = "rows_only_kept"  # session.info key: {(Table, column): {value, ...}} (``mark_new``)
# session.info key: kept rows written inside savepoints, with the savepoints then open (innermost first).
IN_SAVEPOINTS = "rows_kept_written_in_savepoints"
# session.info key: {Table: (the unique key's columns, {that key's values: KeptId})} (``add_row_with_id``)
IDS = "rows_kept_ids"


class KeptId:
    """The id a kept row of ``table`` gets when it is written (None until then). Put in a column of another
    kept row, it is replaced by the id when that row is written."""

    __slots__ = ("table", "value")

    def __init__(self, table: Table) -> None:
        self.table = table
        self.value: int | None = None

    def __repr__(self) -> str:
        return f"KeptId({self.table.name}, {self.value})"


_DEFAULTS: dict[Table, tuple[tuple[str, Any, bool], ...]] = {}


def keep_rows(session: Session) -> None:
    """Let ``session`` keep rows (``add_row``) until a query needs them or the commit."""
    if KEPT in session.info:
        return
    session.info[KEPT] = {}
    event.listen(session, "do_orm_execute", _before_statement)
    event.listen(session, "before_commit", write_kept)
    event.listen(session, "after_transaction_end", _drop_kept)
    event.listen(session, "after_soft_rollback", _keep_again)


def add_row(session: Session, model: type[SQLModel], values: dict[str, Any]) -> None:
    """Insert a row of ``model`` with ``values`` (its columns by name) in the session's transaction:
    kept and written later with others when the session keeps rows, else added as a model object."""
    kept: dict[Table, list[dict[str, Any]]] | None = session.info.get(KEPT)
    if kept is None:
        session.add(model(**values))
        return
    table: Table = model.__table__  # type: ignore[attr-defined]
    row = complete_row(model, values)
    if session.in_nested_transaction():  # belongs to the savepoint: written inside it, undone with it
        write_kept(session, table)
        _insert(session, table, [row])
        return
    kept.setdefault(table, []).append(row)


def keeps_rows(session: Session) -> bool:
    """Whether ``session`` keeps rows (``keep_rows``)."""
    return KEPT in session.info


def add_row_with_id(session: Session, model: type[SQLModel], values: dict[str, Any], key: tuple[str, ...]) -> KeptId:
    """``add_row`` for a row whose id other rows need, in a session that keeps rows: the id to come.

    ``key``: the columns of a unique key of the table, by which the written rows' ids are told apart."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    row = complete_row(model, values)
    ids: dict[Table, tuple[tuple[str, ...], dict[tuple[Any, ...], KeptId]]] = session.info.setdefault(IDS, {})
    columns, by_key = ids.setdefault(table, (key, {}))
    if columns != key:
        raise ValueError(f"{table.name}: rows kept with their ids are told apart by {columns}, not {key}")
    kept_id = by_key[tuple(row[c] for c in key)] = KeptId(table)
    if session.in_nested_transaction():  # belongs to the savepoint: written inside it, undone with it
        write_kept(session, table)
        _insert(session, table, [row])
    else:
        session.info[KEPT].setdefault(table, []).append(row)
    return kept_id


def write_kept(session: Session, *tables: Table | type[SQLModel]) -> None:
    """Write the rows kept for ``tables`` (all when none named), each table with one statement."""
    kept: dict[Table, list[dict[str, Any]]] | None = session.info.get(KEPT)
    if not kept:
        return
    wanted = {t if isinstance(t, Table) else t.__table__ for t in tables}  # type: ignore[attr-defined]
    savepoints = _open_savepoints(session)
    for table in [t for t in kept if not wanted or t in wanted]:
        rows = kept.pop(table, None)
        if not rows:  # written meanwhile, as the table another one's rows refer to
            continue
        _insert(session, table, rows)
        if savepoints:
            session.info.setdefault(IN_SAVEPOINTS, []).append((savepoints, table, rows))


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One INSERT of ``rows``: ``KeptId`` values replaced by their ids, the ids of rows that have a
    ``KeptId`` handed back (RETURNING)."""
    rows = _with_ids(session, rows)
    _written(session, table, rows)
    ids = session.info.get(IDS, {}).get(table)
    if ids is None:
        session.connection().execute(insert(table), rows)
        return
    key, by_key = ids
    statement = insert(table).returning(table.c.id, *(table.c[c] for c in key))
    for row_id, *values in session.connection().execute(statement, rows):
        kept_id = by_key.get(tuple(values))
        if kept_id is not None:
            kept_id.value = row_id


def _with_ids(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with each ``KeptId`` replaced by its id (its table's kept rows written first when it has
    none yet); the kept rows themselves keep the ``KeptId``, should a savepoint's rollback undo the id."""
    done = rows
    for index, row in enumerate(rows):
        for column, value in row.items():
            if type(value) is not KeptId:
                continue
            if value.value is None:
                write_kept(session, value.table)
            if value.value is None:
                raise RuntimeError(f"{value.table.name}: a row other rows refer to was not kept in this session")
            if done is rows:
                done = list(rows)
            done[index] = {**done[index], column: value.value}
    return done


def mark_new(session: Session, model: type[SQLModel], column: str, value: object) -> None:
    """No row of ``model`` has ``value`` in ``column`` in the database yet (e.g. the id of a ticket this
    transaction has just inserted): until this session writes one, ``only_kept`` says so. Outside the
    transaction's top level (in a savepoint) nothing is marked: the savepoint's rollback would undo the
    row the mark is about."""
    if KEPT not in session.info or session.in_nested_transaction():
        return
    table: Table = model.__table__  # type: ignore[attr-defined]
    session.info.setdefault(NEW, {}).setdefault((table, column), set()).add(value)


def only_kept(session: Session, model: type[SQLModel], column: str, value: object) -> bool:
    """True when the rows of ``model`` with ``value`` in ``column`` are all among the kept ones (none in
    the database): a look-up of them in the database would find nothing."""
    marks: dict[tuple[Table, str], set[object]] | None = session.info.get(NEW)
    if not marks:
        return False
    return value in marks.get((model.__table__, column), ())  # type: ignore[attr-defined]


def _written(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows of ``table`` go to the database: the values they carry are no longer only kept."""
    marks: dict[tuple[Table, str], set[object]] | None = session.info.get(NEW)
    if not marks:
        return
    for (marked, column), values in marks.items():
        if marked is table and values:
            values.difference_update(row.get(column) for row in rows)


def _open_savepoints(session: Session) -> tuple[SessionTransaction, ...]:
    found = []
    trans = session.get_nested_transaction()
    while trans is not None and trans.nested:
        found.append(trans)
        trans = trans.parent
    return tuple(found)


def _keep_again(session: Session, previous: SessionTransaction) -> None:
    """A savepoint rolled back: the kept rows written inside it are kept again, at the front, in order."""
    written = session.info.get(IN_SAVEPOINTS)
    if not previous.nested or not written:
        return
    undone = [(table, rows) for savepoints, table, rows in written if previous in savepoints]
    session.info[IN_SAVEPOINTS] = [w for w in written if previous not in w[0]]
    kept = session.info[KEPT]
    ids = session.info.get(IDS, {})
    for table, rows in reversed(undone):
        kept[table] = rows + kept.get(table, [])
        if table in ids:  # the ids those rows were given went with the savepoint
            key, by_key = ids[table]
            for row in rows:
                kept_id = by_key.get(tuple(row[c] for c in key))
                if kept_id is not None:
                    kept_id.value = None


def write_kept_if_any(session: Session, model: type[SQLModel], column: str, value: object) -> None:
    """Write the rows kept for ``model`` if one of them has ``value`` in ``column`` (e.g. a ticket's id:
    a new row of that ticket made through the ORM then comes after them, as it was made)."""
    kept: dict[Table, list[dict[str, Any]]] | None = session.info.get(KEPT)
    table: Table = model.__table__  # type: ignore[attr-defined]
    if kept and any(row[column] == value for row in kept.get(table, ())):
        write_kept(session, table)


def complete_row(model: type[SQLModel], values: dict[str, Any]) -> dict[str, Any]:
    """Every column of the row (one executemany needs the same keys in each), defaults filled in as the
    model would, values made storable as the ORM's ``scrub_row`` makes them: what a Core INSERT of a
    row of ``model`` needs to write the row the ORM would have written."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    defaults = _DEFAULTS.get(table)
    if defaults is None:
        fields = model.model_fields
        steps = []
        for column in table.columns:
            if column.primary_key or column.key not in fields:
                continue
            info = fields[column.key]
            factory = info.default_factory
            steps.append((column.key, factory if factory is not None else info.default, factory is not None))
        defaults = _DEFAULTS[table] = tuple(steps)
    row = {}
    for key, default, is_factory in defaults:
        if key in values:
            row[key] = values[key]
        else:
            row[key] = default() if is_factory else default
    return scrub_values(table, row)


def _tables_named(statement: Any) -> set[Table]:
    return {element for element in visitors.iterate(statement) if isinstance(element, Table)}


def _before_statement(state: ORMExecuteState) -> None:
    kept: dict[Table, list[dict[str, Any]]] | None = state.session.info.get(KEPT)
    if not kept:
        return
    named = _tables_named(state.statement) & kept.keys()
    if named:
        write_kept(state.session, *named)  # type: ignore[arg-type]


def _drop_kept(session: Session, transaction: SessionTransaction) -> None:
    """The transaction is over: committed (nothing is kept any more) or rolled back (what is kept goes with
    it). A savepoint's end is not this (``_keep_again``)."""
    if transaction.parent is None:
        session.info.get(KEPT, {}).clear()
        session.info.pop(IN_SAVEPOINTS, None)
        session.info.pop(NEW, None)
        session.info.pop(IDS, None)

"""Read-only access on the database driver's own DB-API connection, for the commands that only list.

`tickets`, `show` and `quarantine` run a few SELECTs and exit. Importing SQLAlchemy and the SQLModel
tables costs such a command about half a second, more than everything else it does, so they read
through here instead: the standard library's sqlite3 for SQLite, psycopg for PostgreSQL, with the same
SQL text for both (written with `:name` placeholders, values always bound by the driver). Values come back
as the ORM's column types would give them (see `when`, `json_value`, `flag`), so the output is the same.
Nothing here writes; a database whose schema is not current is migrated by the full path first
(`schema_is_current`).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from mailbot.store.revisions import head_revisions

_NAMED = re.compile(r"(?<![:\w]):(\w+)")


class UnsupportedDatabase(ValueError):
    """The URL names a database this module does not speak (only SQLite files and PostgreSQL)."""


@dataclass(frozen=True)
class Reader:
    """One open DB-API connection and how its driver wants parameters written."""

    connection: Any
    pyformat: bool  # psycopg: %(name)s; sqlite3: :name
    missing_table: type[Exception]  # what the driver raises for a table that does not exist

    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        """The rows of one SELECT as dicts keyed by column name; parameters are bound, never formatted in."""
        statement = _NAMED.sub(r"%(\1)s", sql) if self.pyformat else sql
        cursor = self.connection.cursor()
        try:
            cursor.execute(statement, params)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        finally:
            cursor.close()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL as make_engine reads it; None for an in-memory database or one with options."""
    path = url.split("///", 1)[-1] if "///" in url else ""
    if not path or path == ":memory:" or "?" in path:
        return None
    return Path(path)


@contextlib.contextmanager
def reading(url: str) -> Iterator[Reader | None]:
    """A Reader on the database, or None when there is nothing to read yet (a SQLite file not made)
    or the URL is one only the full path handles (in-memory, URL options): the caller then takes that path."""
    if url.startswith("sqlite"):
        import sqlite3

        path = sqlite_path(url)
        if path is None or not path.exists():
            yield None
            return
        # The same busy timeout as the engine's: a listing waits for a writer rather than failing.
        connection: Any = sqlite3.connect(path, timeout=30)
        pyformat, missing_table = False, cast("type[Exception]", sqlite3.OperationalError)
    elif url.startswith("postgresql"):
        import psycopg

        # SQLAlchemy's postgresql[+driver]://user:pass@host:port/db?options is a libpq URI without the driver.
        connection = psycopg.connect("postgresql" + url[url.index("://") :], autocommit=True)
        pyformat, missing_table = True, psycopg.errors.UndefinedTable
    else:
        raise UnsupportedDatabase(f"{url.split(':', 1)[0]}: listings read SQLite or PostgreSQL only")
    try:
        yield Reader(connection, pyformat, missing_table)
    finally:
        connection.close()


def driver_errors(url: str) -> tuple[type[Exception], ...]:
    """What the driver raises when the database is unreachable, locked or unreadable."""
    if url.startswith("sqlite"):
        import sqlite3

        return (sqlite3.OperationalError,)
    if url.startswith("postgresql"):
        import psycopg

        return (psycopg.OperationalError,)
    return ()


def schema_is_current(reader: Reader) -> bool:
    """True when the database carries the newest schema revision; reading alembic_version is enough."""
    try:
        found = reader.rows("SELECT version_num FROM alembic_version")
    except reader.missing_table:  # a database never migrated: the full path makes its tables
        return False
    return {row["version_num"] for row in found} == head_revisions()


def when(value: datetime | str) -> datetime:
    """A timestamp as the ORM's UtcDateTime column reads it: timezone-aware UTC. SQLite gives text
    without an offset, which is UTC; PostgreSQL gives an aware datetime in the session's zone."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def json_value(value: Any) -> Any:
    """A JSON column: SQLite gives the text, psycopg the decoded value."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def flag(value: Any) -> bool:
    """A boolean column: SQLite stores 0/1."""
    return bool(value)

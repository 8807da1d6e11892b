"""Values made storable before any row reaches the database: no NUL bytes, nothing longer than its column.

SQLite stores what it is given; PostgreSQL rejects a NUL byte in text and a value longer than a VARCHAR, and
one such mail used to fail both its insert and its quarantine insert, blocking the inbox. Every mapped row is
passed through ``scrub_row`` before INSERT and UPDATE (registered in mailbot.store.models), every row written
as plain values through ``scrub_values`` (mailbot.store.later).
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import JSON, String

NUL = "\x00"
_ID_COLUMNS = ("message_id", "in_reply_to")  # identities: hashed when too long, never cut (cut ids collide)


def storable_text(value: str) -> str:
    """The text without NUL bytes (PostgreSQL refuses them), marked where they were."""
    return value.replace(NUL, "\ufffd") if NUL in value else value


def storable_id(value: str, limit: int = 998) -> str:
    """A Message-ID as stored: as it came, or a stable stand-in when it has control characters or is too long."""
    if len(value) <= limit and value.isprintable():
        return value
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"mailbot-{digest}@unstorable"


def storable_json(value: Any) -> Any:
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, list | tuple):
        return [storable_json(v) for v in value]
    if isinstance(value, dict):
        return {storable_text(str(k)): storable_json(v) for k, v in value.items()}
    return value


_JSON, _ID, _TEXT = 0, 1, 2
_PLANS: dict[Any, tuple[tuple[str, int, int | None], ...]] = {}


def _plan(table: Any) -> tuple[tuple[str, int, int | None], ...]:
    """The columns of ``table`` that need scrubbing, with how and their length: worked out once per table,
    not for every row written."""
    plan = _PLANS.get(table)
    if plan is None:
        steps: list[tuple[str, int, int | None]] = []
        for column in table.columns:
            length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
            if isinstance(column.type, JSON):
                steps.append((column.key, _JSON, None))
            elif column.key in _ID_COLUMNS:
                steps.append((column.key, _ID, length or 998))
            else:  # a str value in any other column: NUL bytes out, cut to the column's length
                steps.append((column.key, _TEXT, length))
        plan = _PLANS[table] = tuple(steps)
    return plan


def _storable(value: Any, kind: int, length: int | None) -> Any:
    if kind == _JSON:
        return storable_json(value)
    if not isinstance(value, str):
        return value
    if kind == _ID:
        return storable_id(value, length or 998)
    cleaned = storable_text(value)
    return cleaned[:length] if length and len(cleaned) > length else cleaned


def scrub_row(_mapper: Any, _connection: Any, row: Any) -> None:
    """Make every text and JSON attribute of ``row`` storable on both backends."""
    for key, kind, length in _plan(row.__table__):
        value = getattr(row, key, None)
        if value is None:
            continue
        cleaned = _storable(value, kind, length)
        if cleaned != value:
            setattr(row, key, cleaned)


def scrub_values(table: Any, values: dict[str, Any]) -> dict[str, Any]:
    """``scrub_row`` for a row given as column values (written by a Core INSERT, which no mapper event sees)."""
    for key, kind, length in _plan(table):
        value = values.get(key)
        if value is not None:
            values[key] = _storable(value, kind, length)
    return values

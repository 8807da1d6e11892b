"""Values made storable before any row reaches the database: no NUL bytes, nothing longer than its column.

SQLite stores what it is given; PostgreSQL rejects a NUL byte in text and a value longer than a VARCHAR, and
one such mail used to fail both its insert and its quarantine insert, blocking the inbox. Every mapped row is
passed through ``scrub_row`` before INSERT and UPDATE (registered in mailbot.store.models).
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


def scrub_row(_mapper: Any, _connection: Any, row: Any) -> None:
    """Make every text and JSON attribute of ``row`` storable on both backends."""
    for column in row.__table__.columns:
        value = getattr(row, column.key, None)
        if value is None:
            continue
        if isinstance(column.type, JSON):
            cleaned = storable_json(value)
        elif isinstance(value, str):
            length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
            if column.key in _ID_COLUMNS:
                cleaned = storable_id(value, length or 998)
            else:
                cleaned = storable_text(value)
                if length and len(cleaned) > length:
                    cleaned = cleaned[:length]
        else:
            continue
        if cleaned != value:
            setattr(row, column.key, cleaned)

"""The newest schema revision, known without importing Alembic or SQLAlchemy."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"

_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


@cache
def head_revisions() -> frozenset[str]:
    """The newest revision(s), read from the migration files' own ``revision``/``down_revision`` lines
    so that a command on an up-to-date database need not import Alembic (a third of a second)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            found = set(re.findall(r"[\"']([^\"']+)[\"']", value))
            (revisions if name == "revision" else parents).update(found)
    return frozenset(revisions - parents)

"""A database of a benchmark's own: SQLite in a working folder, or a fresh database on a PostgreSQL server,
dropped afterwards whatever happened (sessions still connected are ended first)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa


@contextmanager
def own_database(server_url: str | None, workdir: Path, prefix: str = "mailbot_bench") -> Iterator[str]:
    """SQLite in ``workdir``, or a database of its own on the PostgreSQL server at ``server_url``."""
    if not server_url or server_url.startswith("sqlite"):
        yield f"sqlite:///{workdir / 'mailbot.db'}"
        return
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(
                sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            )
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()

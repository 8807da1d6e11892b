"""The PostgreSQL databases the tests use in turn: one handed out after a test is as empty as a new one,
under a name of its own, and a process the last test left behind cannot reach it."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from mailbot.store.db import make_engine, migrate
from tests.conftest import ScratchDatabases

ADMIN = os.environ.get("MAILBOT_TEST_DATABASE_URL", "")
pytestmark = pytest.mark.skipif(not ADMIN.startswith("postgresql"), reason="PostgreSQL: set MAILBOT_TEST_DATABASE_URL")

CATALOG = """
SELECT 'extension ' || extname FROM pg_extension
UNION ALL SELECT 'schema ' || nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema'
UNION ALL SELECT 'relation ' || relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public'
UNION ALL SELECT 'type ' || typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public'
UNION ALL SELECT 'function ' || proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public'
"""
OWNER = "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'"


def catalog(url: str) -> set[str]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        found = set(conn.execute(sa.text(CATALOG)).scalars())
        owner = conn.execute(sa.text(OWNER)).scalar()
    engine.dispose()
    return found | {f"public owned by {owner}"}


def test_a_database_used_before_is_handed_out_as_empty_as_a_new_one() -> None:
    databases = ScratchDatabases(ADMIN, prefix="mailbot_scratchtest")
    try:
        new = databases.take()
        fresh = catalog(new)
        engine = make_engine(new)
        migrate(engine)  # tables, indexes, types and the pg_trgm extension of the web search
        engine.dispose()
        assert len(catalog(new) - fresh) > 10
        lingering = sa.create_engine(new, poolclass=sa.pool.NullPool).connect()  # a process left behind
        databases.give_back(new)

        again = databases.take()
        assert again != new  # renamed: the old name reaches nothing
        assert catalog(again) == fresh
        with pytest.raises(sa.exc.DBAPIError):
            lingering.execute(sa.text("SELECT 1"))  # its session was ended
        with pytest.raises(sa.exc.OperationalError):
            sa.create_engine(new, poolclass=sa.pool.NullPool).connect()
        engine = make_engine(again)
        migrate(engine)  # made again from nothing
        engine.dispose()
        databases.give_back(again)
    finally:
        databases.close()
    engine = sa.create_engine(ADMIN, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        left = conn.execute(sa.text("SELECT datname FROM pg_database WHERE datname LIKE 'mailbot_scratchtest%'"))
        assert list(left) == []  # dropped at the end
    engine.dispose()

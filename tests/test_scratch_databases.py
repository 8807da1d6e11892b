"""The PostgreSQL databases the tests use in turn: copies of one migrated template, handed to the next test
as empty as a new one under a name of its own (a process the last test left behind cannot reach it), and
dropped at the end, or by a later run when the process that made them died."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

import mailbot.store.db
from mailbot.store.db import make_engine, migrate
from mailbot.store.revisions import head_revisions
from tests.scratch_databases import ScratchDatabases, host_tag

ADMIN = os.environ.get("MAILBOT_TEST_DATABASE_URL", "")
pytestmark = pytest.mark.skipif(not ADMIN.startswith("postgresql"), reason="PostgreSQL: set MAILBOT_TEST_DATABASE_URL")
PREFIX = "mailbot_scratchtest"

CATALOG = """
SELECT 'extension ' || extname FROM pg_extension
UNION ALL SELECT 'schema ' || nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg_%' AND nspname <> 'information_schema'
UNION ALL SELECT 'relation ' || relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public'
UNION ALL SELECT 'column ' || c.relname || '.' || a.attname FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL SELECT 'type ' || typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public'
UNION ALL SELECT 'function ' || proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public'
"""
OWNER = "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'"
TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
A_DIGEST = "INSERT INTO digest_log (manager, day, sent_at) VALUES ('kim@example.com', :day, now()) RETURNING id"


def catalog(url: str) -> set[str]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        found = set(conn.execute(sa.text(CATALOG)).scalars())
        owner = conn.execute(sa.text(OWNER)).scalar()
    engine.dispose()
    return found | {f"public owned by {owner}"}


def rows(url: str) -> dict[str, int]:
    """How many rows each table of public holds (the revision Alembic keeps included)."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        tables = conn.execute(sa.text(TABLES)).scalars().all()
        counts = {t: conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}
    engine.dispose()
    return counts


def run(url: str, sql: str, **params: object) -> object:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        result = conn.execute(sa.text(sql), params)
        found = result.scalar() if result.returns_rows else None
    engine.dispose()
    return found


def migrated_from_nothing(databases: ScratchDatabases) -> str:
    url = databases.take(migrated=False)
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    return url


def names_left(*among: str) -> list[str]:
    """Which of ``among`` are still there; without any, which databases this process made are (another
    worker of the same run makes its own at the same time)."""
    engine = sa.create_engine(ADMIN, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        names = conn.execute(sa.text("SELECT datname FROM pg_database")).scalars()
        mine = f"{PREFIX}_{host_tag()}_{os.getpid()}_"
        left = sorted(n for n in names if n in among or (not among and n.startswith(mine)))
    engine.dispose()
    return left


@pytest.fixture
def databases() -> Iterator[ScratchDatabases]:
    made = ScratchDatabases(ADMIN, prefix=PREFIX)
    try:
        yield made
    finally:
        made.close()
    assert names_left() == []  # everything dropped at the end, the template too


def test_the_migrated_databases_are_copies_of_one_template_migrated_once(
    databases: ScratchDatabases, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrations: list[object] = []

    def counted(engine: sa.Engine) -> None:
        migrations.append(engine.url)
        migrate(engine)

    monkeypatch.setattr(mailbot.store.db, "migrate", counted)
    first, second = databases.take(), databases.take()
    assert len(migrations) == 1  # the template's
    reference = migrated_from_nothing(databases)
    assert catalog(first) == catalog(second) == catalog(reference)  # tables, indexes, types, pg_trgm
    engine = make_engine(first)
    with engine.connect() as conn:
        assert set(conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()) == head_revisions()
    engine.dispose()


def test_a_tests_writes_never_reach_another_test(databases: ScratchDatabases) -> None:
    mine, theirs = databases.take(), databases.take()
    assert mine != theirs
    assert run(mine, A_DIGEST, day="2026-11-16") == 1
    assert run(mine, A_DIGEST, day="2026-11-17") == 2
    assert rows(theirs)["digest_log"] == 0  # two databases at once: nothing shared

    fresh = rows(theirs)
    databases.give_back(mine)
    databases.give_back(theirs)
    again = databases.take()
    assert again not in (mine, theirs)  # renamed: the old names reach nothing
    assert rows(again) == fresh  # the rows gone, Alembic's revision kept
    assert run(again, A_DIGEST, day="2026-11-16") == 1  # numbering starts again, as in a new database


def test_a_database_used_before_is_handed_out_as_empty_as_a_new_one(databases: ScratchDatabases) -> None:
    new = databases.take(migrated=False)
    fresh = catalog(new)
    engine = make_engine(new)
    migrate(engine)  # tables, indexes, types and the pg_trgm extension of the web search
    engine.dispose()
    assert len(catalog(new) - fresh) > 10
    run(new, "CREATE SCHEMA scratch")
    lingering = sa.create_engine(new, poolclass=sa.pool.NullPool).connect()  # a process left behind
    databases.give_back(new)  # no template made yet: its schemas are dropped

    again = databases.take(migrated=False)
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


def test_a_database_whose_schema_a_test_changed_is_not_handed_out_as_migrated(databases: ScratchDatabases) -> None:
    changed = databases.take()
    template = catalog(changed)
    run(changed, "ALTER TABLE digest_log ADD COLUMN note text")
    databases.give_back(changed)

    migrated = databases.take()
    assert catalog(migrated) == template  # a new copy of the template
    empty = databases.take(migrated=False)
    assert "relation digest_log" not in catalog(empty)  # the changed one, emptied of its schema


def test_stale_databases_of_a_dead_process_are_dropped_those_of_live_ones_kept() -> None:
    ended = subprocess.Popen(["true"])
    ended.wait()
    alive = subprocess.Popen(["sleep", "60"])
    dead_here = f"{PREFIX}_{host_tag()}_{ended.pid}_0123456789"
    live_here = f"{PREFIX}_{host_tag()}_{alive.pid}_0123456789"
    elsewhere = f"{PREFIX}_{'0' * 6 if host_tag() != '0' * 6 else '1' * 6}_{ended.pid}_0123456789"
    admin = sa.create_engine(ADMIN, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        with admin.connect() as conn:
            for name in (dead_here, live_here, elsewhere):
                conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        lingering = sa.create_engine(sa.make_url(ADMIN).set(database=dead_here), poolclass=sa.pool.NullPool).connect()

        databases = ScratchDatabases(ADMIN, prefix=PREFIX)  # a new run starts
        databases.close()
        # the other machine's process is not known to be dead
        assert names_left(dead_here, live_here, elsewhere) == sorted([live_here, elsewhere])
        with pytest.raises(sa.exc.DBAPIError):
            lingering.execute(sa.text("SELECT 1"))
    finally:
        alive.kill()
        alive.wait()
        with admin.connect() as conn:
            for name in (dead_here, live_here, elsewhere):
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

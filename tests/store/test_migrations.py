"""Schema changes are migrations: the migrated database matches the models, and upgrades keep data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import mailbot.store.models  # noqa: F401
from mailbot.store.db import alembic_config, make_engine, migrate

pytestmark = pytest.mark.unmigrated_database  # each test migrates its database from nothing


def _not_search(name, type_, parent_names):
    # The web list's search tables and indexes (SQLite FTS5, pg_trgm, multi-column) are 0005_web's own.
    return not (name or "").startswith("search_")


def test_migrated_schema_matches_the_models(database_url):
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)  # a second run is a no-op
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_search})
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def test_upgrade_from_the_first_revision_fills_the_new_column(database_url):
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    now = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO outbox (message_id, template, sender, recipients, subject, raw, source, status,"
                " attempts, next_attempt_at, last_error, created_at) VALUES ('m1@x', 't', 's@x',"
                " :r, 'subj', :raw, '', 'queued', 0, :now, '', :now)"
            ),
            {"r": '["Kim@Netz.example.com", "cc@x.example"]', "raw": b"x", "now": now},
        )
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT to_address FROM outbox")).scalar_one() == "kim@netz.example.com"
    engine.dispose()

"""Engine, sessions and schema migrations (Alembic) for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from sqlalchemy import CursorResult, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import class_mapper, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import Session, create_engine

from mailbot.store.revisions import MIGRATIONS, head_revisions

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig


SessionFactory = Callable[[], Session]


class _Row(Protocol):
    id: int | None


def saved_id(row: _Row) -> int:
    """The primary key of a row already flushed or loaded (SQLModel types it Optional until the INSERT)."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id yet: add and flush it first")
    return row.id


_Model = TypeVar("_Model")


def loaded(session: Session, model: type[_Model], row: Mapping[Any, Any]) -> _Model:
    """A persistent ``model`` object from one row of its table as the database handed it back (every
    column, e.g. by INSERT ... RETURNING on the session's connection), as a query would have loaded it:
    in the session's identity map, nothing to flush, later changes tracked as usual."""
    obj = class_mapper(model).class_manager.new_instance()
    instance_state(obj).dict.update(row)
    make_transient_to_detached(obj)  # the values become the committed state and the identity key is set
    session.add(obj)
    return cast("_Model", obj)


def changed_rows(session: Session, statement: UpdateBase) -> int:
    """Run an UPDATE or DELETE; how many rows it changed (the count says who won a race for a row)."""
    # Session.execute is typed as returning a plain Result; for DML it is a CursorResult, which has rowcount.
    result = cast("CursorResult[Any]", session.execute(statement))
    return result.rowcount or 0


def make_engine(url: str) -> Engine:
    """An engine with the settings each backend needs to be safe under several writers."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: object) -> None:
            # WAL lets the daemon read while a CLI command writes; foreign keys are off by default.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(url: str) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def at_head(engine: Engine) -> bool:
    """True when the database already carries the newest schema revision."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        current = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    return current == head_revisions()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there."""
    if at_head(engine):
        return
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_database(url: str) -> Engine:
    """An engine on a database migrated to the newest schema: what every command works on."""
    engine = make_engine(url)
    migrate(engine)
    return engine


def session_factory(engine: Engine) -> SessionFactory:
    def factory() -> Session:
        return Session(engine, expire_on_commit=False)

    return factory

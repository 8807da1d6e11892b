"""PostgreSQL databases for one test each: migrated ones made from a template migrated once per process,
and empty ones for the tests of the migrations themselves. Both kinds are emptied after a test and handed
to the next under a new name, and what is left is dropped at the end of the run (or by the next run, when
the process that made it died).

Why so: migrating a database (Alembic, seven revisions) took about 1 s of wall a test, most of it waiting
on the server; copying a migrated template (CREATE DATABASE ... TEMPLATE) takes about 0.1 s, and emptying
a used database's rows takes less. Dropping a database makes PostgreSQL wait for an immediate checkpoint
of the whole server (seconds on a busy machine), so it is done once per database, at the end."""

from __future__ import annotations

import concurrent.futures
import graphlib
import hashlib
import os
import re
import socket
import uuid
import warnings

import sqlalchemy as sa

# One line per schema object of the database's own schemas (and the extensions): two databases with the
# same lines have the same schema. Used to tell a database a test left migrated from one it changed.
CATALOG = r"""
SELECT x FROM (
    SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension
    UNION ALL SELECT 'schema ' || nspname || ' owned by ' || nspowner::regrole::text FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
    UNION ALL SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
    UNION ALL SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
            || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
            || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND a.attnum > 0
            AND NOT a.attisdropped
    UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace::regnamespace::text NOT LIKE 'pg\_%'
            AND connamespace::regnamespace::text <> 'information_schema'
    UNION ALL SELECT 'index ' || indexdef FROM pg_indexes
        WHERE schemaname NOT LIKE 'pg\_%' AND schemaname <> 'information_schema'
    UNION ALL SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
    UNION ALL SELECT 'type ' || typnamespace::regnamespace::text || '.' || typname FROM pg_type
        WHERE typnamespace::regnamespace::text NOT LIKE 'pg\_%'
            AND typnamespace::regnamespace::text <> 'information_schema'
    UNION ALL SELECT 'function ' || oid::regprocedure::text FROM pg_proc
        WHERE pronamespace::regnamespace::text NOT LIKE 'pg\_%'
            AND pronamespace::regnamespace::text <> 'information_schema'
) AS catalog(x) ORDER BY x
"""

# The tables whose rows a test writes (every table of public but Alembic's record of the revision), with
# the tables each one refers to, so that rows are deleted before the rows they refer to.
TABLES = """
SELECT c.relname, coalesce(array_agg(r.relname) FILTER (WHERE r.relname IS NOT NULL AND r.oid <> c.oid), '{}')
FROM pg_class c
LEFT JOIN pg_constraint f ON f.conrelid = c.oid AND f.contype = 'f'
LEFT JOIN pg_class r ON r.oid = f.confrelid
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> 'alembic_version'
GROUP BY c.relname
"""
# Sequences back where a new database has them: the next value is the first.
RESTART_SEQUENCES = """
SELECT setval(s.seqrelid, s.seqstart, false) FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
WHERE c.relnamespace = 'public'::regnamespace
"""


def host_tag() -> str:
    """Six hex digits naming this machine in database names: a process id says whether its owner is alive
    only on the machine that made it (several machines may share one server)."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:6]


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


class ScratchDatabases:
    """The databases one process hands its tests: ``take()`` an empty, migrated one (or an empty one without
    any schema, ``migrated=False``), ``give_back()`` it after the test, ``close()`` at the end.

    Names are ``PREFIX_HOST_PID_<random>``: the process that made a database can be told from its name,
    so a run drops the databases a dead process of this machine left (killed, or crashed before its end),
    never those of a live one (another run, or another worker of this one)."""

    def __init__(self, admin_url: str, prefix: str = "mailbot_test") -> None:
        self._url = admin_url
        self._prefix = prefix
        self._admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        self._own = f"{prefix}_{host_tag()}_{os.getpid()}_"
        self._made: set[str] = set()
        self._migrated: list[str] = []  # emptied of rows, schema as the template's
        self._empty: list[str] = []  # without any schema
        self._template: str | None = None
        self._template_catalog: list[str] = []
        self.drop_stale()

    # -- names and connections

    def _name(self) -> str:
        return f"{self._own}{uuid.uuid4().hex[:10]}"

    def url(self, name: str) -> str:
        return sa.engine.make_url(self._url).set(database=name).render_as_string(hide_password=False)

    def _admin_do(self, sql: str, **params: object) -> None:
        with self._admin.connect() as conn:
            conn.execute(sa.text(sql), params)

    def _end_sessions(self, name: str) -> None:
        self._admin_do("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n", n=name)

    def _engine(self, name: str) -> sa.Engine:
        return sa.create_engine(self.url(name), isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)

    def _catalog(self, name: str) -> list[str]:
        engine = self._engine(name)
        try:
            with engine.connect() as conn:
                found = list(conn.execute(sa.text(CATALOG)).scalars())
                if "relation public.alembic_version r" in found:  # the revision the schema is at
                    revisions = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()
                    found += sorted(f"revision {v}" for v in revisions)
                return found
        finally:
            engine.dispose()

    # -- the template

    @property
    def template(self) -> str:
        """The name of this process's migrated template, made (and migrated) on first use."""
        if self._template is None:
            from mailbot.store.db import make_engine, migrate

            name = self._name()
            self._admin_do(f'CREATE DATABASE "{name}"')
            self._made.add(name)
            engine = make_engine(self.url(name))
            try:
                migrate(engine)
            finally:
                engine.dispose()
            self._end_sessions(name)  # CREATE DATABASE ... TEMPLATE wants it unused
            self._template_catalog = self._catalog(name)
            self._must_hold_no_rows(name)
            self._template = name
        return self._template

    def _must_hold_no_rows(self, name: str) -> None:
        """Emptying a used database deletes every row: right only while the migrations themselves write
        none (besides the revision)."""
        engine = self._engine(name)
        try:
            with engine.connect() as conn:
                tables = [row[0] for row in conn.execute(sa.text(TABLES))]
                full = [t for t in tables if conn.execute(sa.text(f'SELECT EXISTS (SELECT FROM "{t}")')).scalar()]
        finally:
            engine.dispose()
        if full:
            raise RuntimeError(f"the migrations write rows into {full}: give_back() would delete them")

    # -- handing out and taking back

    def take(self, migrated: bool = True) -> str:
        """The URL of a database no other test is using: empty and migrated to the newest revision, or
        (``migrated=False``) empty without any schema."""
        pool = self._migrated if migrated else self._empty
        if pool:
            return self.url(pool.pop())
        name = self._name()
        template = f' TEMPLATE "{self.template}"' if migrated else ""
        self._admin_do(f'CREATE DATABASE "{name}"{template}')
        self._made.add(name)
        return self.url(name)

    def give_back(self, url: str) -> None:
        """Empty the database and hand it to the next test under a new name (a process the test left
        behind reaches nothing under the old one); drop it when that fails. One whose schema is still the
        template's loses its rows only; any other loses its schemas too and goes to the tests that want
        none."""
        name = sa.engine.make_url(url).database
        assert name in self._made and name != self._template, name
        self._end_sessions(name)  # sessions the test left connected are ended first
        try:
            if self._template is not None and self._catalog(name) == self._template_catalog:
                self._delete_rows(name)
                pool = self._migrated
            else:
                self._drop_schemas(name)
                pool = self._empty
            self._end_sessions(name)
            renamed = self._name()
            self._admin_do(f'ALTER DATABASE "{name}" RENAME TO "{renamed}"')
        except sa.exc.DBAPIError:
            self._drop(name)
            return
        self._made.discard(name)
        self._made.add(renamed)
        pool.append(renamed)

    def _delete_rows(self, name: str) -> None:
        """Every row gone, the sequences restarted: DELETE, not TRUNCATE, whose new files the server
        syncs to disk one by one (0.4 s for the ~14 tables, against a few ms)."""
        engine = sa.create_engine(self.url(name), poolclass=sa.pool.NullPool)
        try:
            with engine.begin() as conn:
                refers = {table: set(targets) for table, targets in conn.execute(sa.text(TABLES))}
                try:
                    # Referring tables first: a table is emptied before the tables it refers to.
                    order = list(graphlib.TopologicalSorter(refers).static_order())[::-1]
                except graphlib.CycleError:
                    order = []
                    conn.execute(sa.text("TRUNCATE " + ", ".join(f'"{t}"' for t in refers) + " CASCADE"))
                for table in order:
                    conn.execute(sa.text(f'DELETE FROM "{table}"'))
                conn.execute(sa.text(RESTART_SEQUENCES))
        finally:
            engine.dispose()

    def _drop_schemas(self, name: str) -> None:
        """Every schema of the database's own dropped (the extensions in them with it), public made
        again as a new database has it."""
        engine = self._engine(name)
        try:
            with engine.connect() as conn:
                schemas = conn.execute(
                    sa.text(
                        "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                        " AND nspname <> 'information_schema'"
                    )
                ).scalars()
                for schema in list(schemas):
                    conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
                conn.execute(sa.text("CREATE SCHEMA public AUTHORIZATION pg_database_owner"))
                conn.execute(sa.text("GRANT USAGE ON SCHEMA public TO PUBLIC"))
        finally:
            engine.dispose()

    # -- dropping

    def _drop(self, name: str) -> None:
        self._end_sessions(name)
        self._admin_do(f'DROP DATABASE IF EXISTS "{name}"')
        self._made.discard(name)  # thread-safe: one name per thread

    def drop_stale(self) -> list[str]:
        """Drop the databases of this prefix that processes of this machine made and died without
        dropping; those of live processes and of other machines are left. Returns the names dropped."""
        shape = re.compile(rf"{re.escape(self._prefix)}_{host_tag()}_(\d+)_[0-9a-f]+")
        with self._admin.connect() as conn:
            names = conn.execute(sa.text("SELECT datname FROM pg_database")).scalars().all()
        stale = []
        for name in names:
            found = shape.fullmatch(name)
            if found and int(found.group(1)) != os.getpid() and not process_alive(int(found.group(1))):
                try:
                    self._drop(name)
                except sa.exc.DBAPIError as exc:  # another run dropping it at the same time
                    warnings.warn(f"stale scratch database {name} not dropped: {exc}", stacklevel=1)
                    continue
                stale.append(name)
        return stale

    def close(self) -> None:
        """Drop every database this process made, all at once: each DROP waits for a checkpoint of the
        server, and drops waiting together are served by the same one."""

        def drop(name: str) -> None:
            try:
                self._drop(name)
            except sa.exc.DBAPIError as exc:
                warnings.warn(f"scratch database {name} not dropped: {exc}", stacklevel=1)

        names = sorted(self._made)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, len(names))) as pool:
            list(pool.map(drop, names))
        self._template = None
        self._admin.dispose()

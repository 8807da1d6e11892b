"""Shared fixtures: a database per test (SQLite, or PostgreSQL when MAILBOT_TEST_DATABASE_URL is set),
settings pointing at a temporary var/, a controllable clock, and a Context built the production way."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from benchmarks.scratch_db import own_database

REPO = Path(__file__).resolve().parent.parent
MAIL = REPO / "tests" / "mail" / "samples"
# What subprocess tests pass as `--now`: a Monday, 06:00 in Shanghai (Sunday evening in Berlin), before
# any manager's 08:00 digest, so a daemon started by a test never sends one whatever the real time is.
CLI_CLOCK = "2026-11-16T06:00:00+08:00"


def once_here(config: Path, cwd: Path, now: str = CLI_CLOCK) -> tuple[int, str]:
    """`mailbot once --now NOW --config CONFIG` run in this process, as run.py runs it (mailbot.cli.main):
    for fixtures that only need its effects (tickets made, the inbox emptied, the checks recorded) before
    the test runs the command line itself. A subprocess would add an interpreter start and every import
    (spaCy, SQLAlchemy, Alembic): about 2 s of CPU a fixture. Returns the exit status and the output
    (standard output, then standard error)."""
    from mailbot.cli import main

    argv, here, out, err = sys.argv, Path.cwd(), io.StringIO(), io.StringIO()
    sys.argv = [str(REPO / "run.py"), "once", "--now", now, "--config", str(config)]
    status: int | str | None = 0
    try:
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as exc:
        status = exc.code
    finally:
        sys.argv = argv
        os.chdir(here)
    assert status is None or isinstance(status, int), status
    return status or 0, out.getvalue() + err.getvalue()


class Clock:
    """A clock the test moves by hand; every stage reads time from ctx.clock."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))  # a Monday


def _pg_admin_url() -> str | None:
    return os.environ.get("MAILBOT_TEST_DATABASE_URL") or None


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database for one test; dropped afterwards on PostgreSQL."""
    with own_database(_pg_admin_url(), tmp_path, prefix="mailbot_test") as url:
        yield url


@pytest.fixture
def make_settings(tmp_path: Path, database_url: str) -> Callable[..., Any]:
    """Settings for the embedded default inside tmp_path; keyword arguments override."""
    from mailbot.config import FileTransport, MaildirSource, Settings

    def build(**overrides: Any) -> Settings:
        values: dict[str, Any] = dict(
            service_address="service@lumatek-example.com",
            company="Lumatek",
            staff_domains=("lumatek-example.com",),
            database_url=database_url,
            var_dir=tmp_path / "var",
            rules_dir=REPO / "rules",
            templates_dir=REPO / "templates",
            sources=(MaildirSource(name="inbox", path=tmp_path / "var" / "inbox"),),
            transport=FileTransport(path=tmp_path / "var" / "outbox"),
            secret="test-secret",
        )
        values.update(overrides)
        return Settings(**values)

    return build


@pytest.fixture
def make_ctx(make_settings: Callable[..., Any], clock: Clock) -> Iterator[Callable[..., Any]]:
    from mailbot.app import build_context

    built: list[Any] = []

    def build(**overrides: Any) -> Any:
        ctx = build_context(make_settings(**overrides), clock=clock)
        built.append(ctx)
        return ctx

    yield build
    for ctx in built:
        ctx.close()

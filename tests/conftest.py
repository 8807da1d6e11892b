"""Shared fixtures: a database per test (SQLite, or PostgreSQL when MAILBOT_TEST_DATABASE_URL is set),
settings pointing at a temporary var/, a controllable clock, and a Context built the production way."""

from __future__ import annotations

import atexit
import contextlib
import functools
import io
import os
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings as hypothesis_settings

from benchmarks.scratch_db import own_database

if TYPE_CHECKING:
    from tests.scratch_databases import ScratchDatabases

# Property tests draw the same examples on every run, so the suite's outcome depends on the code alone; set
# MAILBOT_HYPOTHESIS_EXPLORE=1 to draw new ones (and fix what they find, with the example as a test).
hypothesis_settings.register_profile("repeatable", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("explore", print_blob=True)
hypothesis_settings.load_profile("explore" if os.environ.get("MAILBOT_HYPOTHESIS_EXPLORE") else "repeatable")

REPO = Path(__file__).resolve().parent.parent
MAIL = REPO / "tests" / "mail" / "samples"
# What subprocess tests pass as `--now`: a Monday, 06:00 in Shanghai (Sunday evening in Berlin), before
# any manager's 08:00 digest, so a daemon started by a test never sends one whatever the real time is.
CLI_CLOCK = "2026-11-16T06:00:00+08:00"


def once_here(config: Path, cwd: Path, now: str = CLI_CLOCK) -> tuple[int, str]:
    """`mailbot once --now NOW --config CONFIG` run in this process, as run.py runs it (mailbot.cli.main):
    for fixtures that only need its effects (tickets made, the inbox emptied, the checks recorded) before
    the test runs the command line itself. A subprocess would add an interpreter start and every import
    (spaCy, SQLAlchemy, Alembic): about 2 s of CPU a fixture. The var folder the config names starts with
    the caches a service that has read mail keeps (``warm``). Returns the exit status and the output
    (standard output, then standard error)."""
    from mailbot.cli import main

    var_dir = tomllib.loads(config.read_text(encoding="utf-8")).get("var_dir")
    if var_dir:  # the desk starts as one that has read mail before (see warm); its commands then load the caches
        warm(cwd / var_dir)
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


@pytest.fixture(scope="session")
def scratch_databases() -> Iterator[ScratchDatabases | None]:
    """The PostgreSQL databases the tests use in turn (None without MAILBOT_TEST_DATABASE_URL)."""
    admin = _pg_admin_url()
    if admin is None or admin.startswith("sqlite"):
        yield None
        return
    from tests.scratch_databases import ScratchDatabases  # SQLAlchemy only for the tests that use it

    made = ScratchDatabases(admin)
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, scratch_databases: ScratchDatabases | None
) -> Iterator[str]:
    """An empty database for this test alone: SQLite in tmp_path, or a PostgreSQL database no other test
    is using (scratch_databases), emptied afterwards. The PostgreSQL one is already migrated to the newest
    revision (copied from a migrated template), so the test's own migration finds nothing to do; a test
    marked ``unmigrated_database`` (one about the migrations) gets one without any schema."""
    if scratch_databases is None:
        with own_database(None, tmp_path, prefix="mailbot_test") as url:
            yield url
        return
    url = scratch_databases.take(migrated=request.node.get_closest_marker("unmigrated_database") is None)
    try:
        yield url
    finally:
        scratch_databases.give_back(url)


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


# What a service that has read mail keeps under its var folder (mailbot/app.py, mailbot/mail/render.py).
WARM_CACHES = ("pipeline-cache", "template-cache")


@functools.cache
def built_var() -> Path:
    """A var folder as a pass that read mail and answered it with the shipped rules and templates leaves
    it: the built rule pipeline, the compiled patterns and the compiled templates. Built once per process
    (and removed at its exit): without it every test context builds them again, the pipeline when it reads
    a mail (about 0.4 s of CPU in a process that has built it before, 1.3 s in one that has not), the
    templates' parse at start-up and each template's compilation when rendered."""
    from mailbot.app import PIPELINE_CACHE
    from mailbot.mail.render import Renderer
    from mailbot.rules import load
    from mailbot.understand import Understander

    var = Path(tempfile.mkdtemp(prefix="mailbot-built-var-"))
    atexit.register(shutil.rmtree, var, ignore_errors=True)
    rules = load(REPO / "rules")
    assert rules.understand is not None
    Understander(rules.understand, rules.is_internal, ("service@lumatek-example.com",), cache_dir=var / PIPELINE_CACHE)
    renderer = Renderer(REPO / "templates", cache_dir=var / "template-cache")
    for path in sorted((REPO / "templates").rglob("*.j2")):
        rel = path.relative_to(REPO / "templates").as_posix()
        (renderer.html_env if rel.endswith(".html.j2") else renderer.text_env).get_template(rel)
    assert sorted(p.name for p in var.iterdir()) == sorted(WARM_CACHES)
    return var


def warm(var_dir: Path) -> None:
    """Copies of the caches of built_var() in ``var_dir``, as a service that has read and answered mail
    before has them; a cache folder already there (the test's own) is left as it is."""
    built = built_var()
    for name in WARM_CACHES:
        if not (var_dir / name).exists():
            # Copies, not links: a test may damage its own cache. 0700, as the service makes them.
            shutil.copytree(built / name, var_dir / name, copy_function=shutil.copyfile)
            for folder in (var_dir / name, *(p for p in (var_dir / name).rglob("*") if p.is_dir())):
                folder.chmod(0o700)


@pytest.fixture
def warm_var(request: pytest.FixtureRequest) -> Callable[[Path], None]:
    """warm_var(var_dir): ``warm``, for make_ctx. A test marked ``cold_caches`` (one about building and
    keeping a cache) gets nothing: its var folder starts empty."""
    if request.node.get_closest_marker("cold_caches"):
        return lambda _var_dir: None
    return warm


_SHIPPED_RULES: dict[tuple[object, ...], Any] = {}


def load_sharing_rules(settings: Any) -> tuple[Any, Any]:
    """What build_context loads (mailbot.workflow.check.load_checked), with the shipped rules read and
    checked once per process for each set of the settings they depend on, instead of in every test context:
    their ~600 regular expressions overflow Python's cache of 512, so each reading compiles them all again
    (about 0.2 s of CPU). Rules in another folder (a test's own) are read every time; the templates are
    checked for every context, as at every start."""
    from mailbot.mail.render import Renderer
    from mailbot.workflow.check import load_checked

    if Path(settings.rules_dir) != REPO / "rules" or Path(settings.templates_dir) != REPO / "templates":
        return load_checked(settings)
    key = (settings.service_address, settings.staff_domains, settings.rma_format, settings.request_format)
    if key not in _SHIPPED_RULES:
        renderer, _SHIPPED_RULES[key] = load_checked(settings)
        return renderer, _SHIPPED_RULES[key]
    renderer = Renderer(settings.templates_dir, cache_dir=settings.var_dir / "template-cache")
    renderer.check()
    return renderer, _SHIPPED_RULES[key]


@pytest.fixture
def make_ctx(
    make_settings: Callable[..., Any], clock: Clock, warm_var: Callable[[Path], None]
) -> Iterator[Callable[..., Any]]:
    from mailbot.app import build_context

    built: list[Any] = []

    def build(**overrides: Any) -> Any:
        settings = make_settings(**overrides)
        warm_var(settings.var_dir)
        ctx = build_context(settings, clock=clock, load=load_sharing_rules)
        built.append(ctx)
        return ctx

    yield build
    for ctx in built:
        ctx.close()

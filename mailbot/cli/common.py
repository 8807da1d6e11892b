"""What every command shares: loading settings and context, clean errors, the --config option."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from mailbot.config import Settings
    from mailbot.configfile import SettingsView

ConfigOption = typer.Option(None, "--config", "-c", help="TOML settings file (default: ./mailbot.toml)")
JsonOption = typer.Option(False, "--json", help="Machine-readable output")
NowOption = typer.Option(
    None,
    "--now",
    metavar="ISO-TIME",
    help="Act as if the time were ISO-TIME (with its UTC offset), moving on from there",
)


class _LazyConsole:
    """A rich Console made on first use: `--help` and `--json` never pay for importing rich."""

    def __init__(self, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            stream = sys.stderr if self._stderr else sys.stdout
            # Piped output (a log, a script) gets wide tables rather than rich's 80-column default.
            self._console = Console(stderr=self._stderr, width=None if stream.isatty() else 160)
        return getattr(self._console, name)


console: Any = _LazyConsole(stderr=False)
err_console: Any = _LazyConsole(stderr=True)


def fail(message: str, code: int = 2) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def settings_from(config: Path | None) -> Settings:
    from mailbot.config import ConfigError, load_settings

    try:
        return load_settings(config)
    except ConfigError as exc:
        fail(str(exc))


def view_from(config: Path | None) -> SettingsView:
    """The settings a listing or an empty pass reads, validated as settings_from validates them (once
    for as long as the file, the variables and the code stay the same: mailbot.cli.settingsview)."""
    from mailbot.cli.settingsview import settings_view
    from mailbot.configfile import ConfigError

    try:
        return settings_view(config)
    except ConfigError as exc:
        fail(str(exc))


def clock(now: str | None) -> Callable[[], datetime]:
    """The business clock: the wall clock, or one that starts at `--now ISO-TIME` and moves on from there."""
    from mailbot.clock import ShiftedClock, utc_now  # light: no database, no rules

    if not now:
        return utc_now
    try:
        return ShiftedClock.parse(now)
    except ValueError as exc:
        fail(f"--now {now}: {exc}")


def check_now(now: str | None) -> None:
    """`--now` refused as clock() refuses it (the same check, the same words), for a command that may
    finish before it needs the clock."""
    clock(now)


@contextlib.contextmanager
def context_from(config: Path | None, now: str | None = None, **kwargs: Any) -> Iterator[Any]:
    """Build the Context once for a command; bad settings, rules or templates exit with status 2."""
    from mailbot.app import build_context
    from mailbot.cli.startcheck import load_remembered
    from mailbot.config import ConfigError
    from mailbot.rules.yamlfile import FileError

    settings = settings_from(config)
    kwargs.setdefault("clock", clock(now))
    kwargs.setdefault("load", load_remembered)
    try:
        ctx = build_context(settings, **kwargs)
    except (ConfigError, FileError) as exc:
        fail(str(exc))
    try:
        yield ctx
    finally:
        ctx.close()


@contextlib.contextmanager
def reader_from(config: Path | None) -> Iterator[Any]:
    """A read-only connection on the configured database, for the commands that only list: no rules,
    templates, pipeline or ORM to load, so they answer at once. A database whose schema is behind (or
    not made yet) is first migrated by the full path, as any other command would."""
    from mailbot.store.readonly import reading, schema_is_current

    url = view_from(config).database_url
    with _database_errors(url):
        with reading(url) as reader:
            if reader is not None and schema_is_current(reader):
                yield reader
                return
        _migrate(url)
        with reading(url) as reader:
            if reader is None:
                fail(f"database {url}: listings need a database file, not an in-memory one")
            yield reader


def _migrate(url: str) -> None:
    """The full path: SQLAlchemy and Alembic bring the schema to the newest revision. A failure is
    reported as the driver's own error, as on the read-only path."""
    from sqlalchemy.exc import OperationalError

    from mailbot.store.db import make_engine, migrate

    engine = make_engine(url)
    try:
        migrate(engine)
    except OperationalError as exc:
        raise exc.orig from exc  # type: ignore[misc]
    finally:
        engine.dispose()


@contextlib.contextmanager
def _database_errors(url: str) -> Iterator[None]:
    """A database that cannot be opened or read ends the command with the driver's own message."""
    from mailbot.store.readonly import UnsupportedDatabase, driver_errors

    try:
        yield
    except UnsupportedDatabase as exc:
        fail(f"database {url}: {exc}")
    except driver_errors(url) as exc:
        fail(f"database {url}: {exc}")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def setup_logging(verbose: bool) -> None:
    import logging

    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

"""What every command shares: loading settings and context, clean errors, the --config option."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from mailbot.config import Settings

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


def clock(now: str | None) -> Callable[[], datetime]:
    """The business clock: the wall clock, or one that starts at `--now ISO-TIME` and moves on from there."""
    from mailbot.app import ShiftedClock, utc_now

    if not now:
        return utc_now
    try:
        return ShiftedClock.at(datetime.fromisoformat(now))
    except ValueError as exc:
        fail(f"--now {now}: {exc}")


@contextlib.contextmanager
def context_from(config: Path | None, now: str | None = None, **kwargs: Any) -> Iterator[Any]:
    """Build the Context once for a command; bad settings, rules or templates exit with status 2."""
    from mailbot.app import build_context
    from mailbot.config import ConfigError
    from mailbot.rules.yamlfile import FileError

    settings = settings_from(config)
    kwargs.setdefault("clock", clock(now))
    try:
        ctx = build_context(settings, **kwargs)
    except (ConfigError, FileError) as exc:
        fail(str(exc))
    try:
        yield ctx
    finally:
        ctx.close()


@contextlib.contextmanager
def database_from(config: Path | None) -> Iterator[Any]:
    """Sessions on the configured database (migrated) for commands that only read or list: no rules,
    templates or pipeline to load, so they answer at once."""
    from sqlalchemy.exc import OperationalError

    from mailbot.store.db import make_engine, migrate, session_factory

    settings = settings_from(config)
    engine = make_engine(settings.database_url)
    try:
        migrate(engine)
    except OperationalError as exc:
        fail(f"database {settings.database_url}: {exc.orig}")
    try:
        yield session_factory(engine)
    finally:
        engine.dispose()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

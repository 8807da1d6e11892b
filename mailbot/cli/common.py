"""What every command shares: loading settings and context, clean errors, the --config option."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console

from mailbot.config import ConfigError, Settings, load_settings
from mailbot.rules.yamlfile import FileError

ConfigOption = typer.Option(None, "--config", "-c", help="TOML settings file (default: ./mailbot.toml)")
JsonOption = typer.Option(False, "--json", help="Machine-readable output")
NowOption = typer.Option(
    None,
    "--now",
    metavar="ISO-TIME",
    help="Act as if the time were ISO-TIME (with its UTC offset), moving on from there",
)

# Piped output (a log, a script) gets wide tables rather than rich's 80-column default.
console = Console(width=None if sys.stdout.isatty() else 160)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 160)


def fail(message: str, code: int = 2) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def settings_from(config: Path | None) -> Settings:
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


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

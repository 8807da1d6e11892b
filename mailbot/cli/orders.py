"""`import-orders FILE.csv`: load the ERP's orders and serials for the warranty findings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mailbot.cli.common import fail

if TYPE_CHECKING:  # settings, rules and the database are imported when the command runs, not for --help
    from sqlalchemy.engine import Engine

    from mailbot.config import Settings
    from mailbot.rules.orders import OrderColumns
    from mailbot.store.order_csv import BadRow, ImportResult, Row

BATCH = 1000
EngineFactory = Callable[["Settings"], "Engine"]


def default_engine(settings: Settings) -> Engine:
    from mailbot.store.db import open_database

    return open_database(settings.database_url)


def _columns(settings: Settings, mapping: list[str], encoding: str | None) -> OrderColumns:
    from mailbot.rules.orders import OrderColumns, load_columns

    cols = load_columns(settings.rules_dir / "orders.yml")
    changes: dict[str, str] = {}
    for item in mapping:
        name, sep, column = item.partition("=")
        if not sep or name not in OrderColumns.model_fields or name in ("date_formats", "range_separators"):
            raise ValueError(
                f"--map {item!r}: expected FIELD=COLUMN with FIELD one of "
                + ", ".join(f for f in OrderColumns.model_fields if f != "date_formats")
            )
        changes[name] = column
    if encoding:
        changes["encoding"] = encoding
    return cols.model_copy(update=changes)


def _batches(items: Iterator[Row | BadRow], size: int) -> Iterator[list[Row | BadRow]]:
    while batch := list(islice(items, size)):
        yield batch


def import_file(
    path: Path, cols: OrderColumns, engine: Engine, *, progress: bool = True, dry_run: bool = False
) -> ImportResult:
    """Read ``path`` and upsert every good row in one transaction; bad rows are returned, not raised."""
    from sqlmodel import Session
    from tqdm import tqdm

    from mailbot.store.order_csv import BadRow, ImportResult, Row, parse_csv
    from mailbot.store.orders import upsert

    with path.open(encoding=cols.encoding, newline="") as fh:
        total = sum(1 for _ in fh)
    inserted = updated = unchanged = 0
    bad: list[BadRow] = []
    with path.open(encoding=cols.encoding, newline="") as fh, Session(engine) as session:
        lines = tqdm(fh, total=total, unit=" lines", disable=not progress, desc=path.name)
        for batch in _batches(parse_csv(lines, cols), BATCH):
            bad += [b for b in batch if isinstance(b, BadRow)]
            i, u, n = upsert(session, [r for r in batch if isinstance(r, Row)])
            session.flush()
            inserted, updated, unchanged = inserted + i, updated + u, unchanged + n
        if dry_run:
            session.rollback()
        else:
            session.commit()
    return ImportResult(inserted, updated, unchanged, tuple(bad))


def register(app: typer.Typer, engine_for: EngineFactory = default_engine) -> None:
    """Add `import-orders`; ``engine_for`` opens the (already migrated) database of the settings."""

    @app.command("import-orders")
    def import_orders(
        file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV export from the ERP"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML settings file"),
        mapping: list[str] = typer.Option([], "--map", help="FIELD=COLUMN, e.g. serial='S/N'"),
        encoding: str | None = typer.Option(None, help="file encoding, e.g. gbk (default utf-8)"),
        dry_run: bool = typer.Option(False, "--dry-run", help="check and count, change nothing"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
    ) -> None:
        """Import orders and serials (order, customer, e-mail, model, serial, ship and invoice dates)."""
        from mailbot.config import ConfigError, load_settings
        from mailbot.rules.yamlfile import FileError

        try:
            settings = load_settings(config)
            cols = _columns(settings, mapping, encoding)
            engine = engine_for(settings)
        except (ConfigError, FileError, ValueError) as exc:
            fail(str(exc))
        from sqlalchemy import inspect

        if not inspect(engine).has_table("order_line"):
            fail("the database has no order_line table yet: initialise it first (migrate)")
        try:
            result = import_file(file, cols, engine, progress=not quiet, dry_run=dry_run)
        except (UnicodeDecodeError, LookupError) as exc:
            fail(f"{file}: cannot read as {cols.encoding}: {exc}")
        for row in result.bad:
            typer.echo(f"{file}:{row.line}: {row.problem}", err=True)
        verb = "would import" if dry_run else "imported"
        typer.echo(
            f"{verb}: {result.inserted} new, {result.updated} updated, {result.unchanged} unchanged, "
            f"{len(result.bad)} bad row(s)"
        )
        if result.bad:
            raise typer.Exit(1)

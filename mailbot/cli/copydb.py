"""`copy-database TARGET-URL`: move a desk's database, e.g. from the embedded SQLite to PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import typer

from mailbot.cli.common import ConfigOption, fail, settings_from


def register(app: typer.Typer) -> None:
    @app.command("copy-database")
    def copy_database_command(
        target: str = typer.Argument(
            ...,
            metavar="TARGET-URL",
            help="the new database, e.g. postgresql+psycopg://mailbot@db/mailbot (created empty beforehand)",
        ),
        config: Path | None = ConfigOption,
        quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bars"),
    ) -> None:
        """Copy every row of the configured database into an empty one (migrated first); stop the workers
        and the web view before, then point `database_url` at the new one."""
        from sqlalchemy.exc import SQLAlchemyError
        from tqdm import tqdm

        from mailbot.store.copy import CopyError, copy_database
        from mailbot.store.db import make_engine, migrate

        settings = settings_from(config)
        bars: dict[str, tqdm] = {}

        def progress(table: str, done: int, total: int) -> None:
            bar = bars.get(table)
            if bar is None:
                bar = bars[table] = tqdm(total=total, desc=table, unit=" rows", disable=quiet, leave=True)
            bar.update(done - bar.n)

        try:
            source = make_engine(settings.database_url)
            migrate(source)  # as every command does: a database behind is brought to the newest schema
            report = copy_database(source, make_engine(target), progress=progress)
        except CopyError as exc:
            fail(str(exc))
        except SQLAlchemyError as exc:
            fail(f"{type(exc).__name__}: {exc}".splitlines()[0])
        finally:
            for bar in bars.values():
                bar.close()
        for table in report.tables:
            typer.echo(f"{table.name}: {table.rows}")
        typer.echo(f"copied {report.rows} rows in {len(report.tables)} tables; set database_url to the new database")

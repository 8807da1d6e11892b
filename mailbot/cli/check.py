"""`check`: what start-up checks, said out loud, plus what the inboxes' newest mails show of the MTA."""

from __future__ import annotations

from pathlib import Path

import typer

from mailbot.cli.common import ConfigOption, JsonOption, console, context_from, print_json


def register(app: typer.Typer) -> None:
    @app.command()
    def check(config: Path | None = ConfigOption, as_json: bool = JsonOption) -> None:
        """Check settings, rules, templates and database, and whether each inbox's newest mails carry one
        Authentication-Results from our server (exit status 1 when they do not)."""
        from mailbot.cli.authcheck import check_sources

        with context_from(config) as ctx:  # bad settings, rules or templates exit with status 2 here
            ids = ctx.rules.staff.authserv_ids
            checks = check_sources(ctx.settings, ids)
            database = ctx.engine.url.render_as_string(hide_password=True)
        problems = [p for c in checks for p in c.problems]
        if as_json:
            print_json(
                {
                    "database": database,
                    "authserv_ids": list(ids),
                    "inboxes": [
                        {"source": c.source, "survey": c.survey.__dict__ if c.survey else None, "problems": c.problems}
                        for c in checks
                    ],
                }
            )
        else:
            console.print(f"settings, rules and templates: ok; database {database}: schema current", highlight=False)
            if not ids:
                console.print("authserv_ids: none configured (rules/staff.yml): Authentication-Results not checked")
            for c in checks:
                if c.survey is not None and not c.problems:
                    console.print(
                        f"inbox {c.source}: each of the {c.survey.looked_at} newest mails carries one "
                        f"Authentication-Results from {', '.join(ids)}",
                        highlight=False,
                    )
            for p in problems:
                console.print(f"[yellow]warning:[/] {p}", highlight=False)
        if problems:
            raise typer.Exit(1)

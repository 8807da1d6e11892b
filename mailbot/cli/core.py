"""The daemon and one-pass commands: run, once, migrate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from mailbot.cli.common import (
    ConfigOption,
    JsonOption,
    NowOption,
    check_now,
    console,
    context_from,
    fail,
    print_json,
    setup_logging,
    view_from,
)


def _empty_pass(config: Path | None, now: str | None) -> bool:
    """True when a pass would find nothing to do (mailbot.cli.emptypass), after the same start-up checks
    as the full path: settings (validated once while unchanged), --now, rules and templates (remembered
    while unchanged), the secret."""
    from mailbot.cli.emptypass import nothing_to_do
    from mailbot.cli.startcheck import validate_once
    from mailbot.configfile import ConfigError

    settings = view_from(config)
    check_now(now)
    try:
        validate_once(settings)
        settings.hmac_key()  # a missing secret stops start-up here as it does when the Context is built
    except Exception as exc:
        from mailbot.rules.yamlfile import FileError  # the rules package costs 0.1 s: only when needed

        if not isinstance(exc, ConfigError | FileError):
            raise
        fail(str(exc))
    return nothing_to_do(settings)


def _report(outcomes: list[Any], errors: list[str], as_json: bool) -> None:
    if as_json:
        print_json({"outcomes": [o.__dict__ for o in outcomes], "errors": errors})
        return
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no mail"
    console.print(f"{len(outcomes)} mail(s): {summary}")
    for e in errors:
        console.print(f"[red]{e}[/]")


def register(app: typer.Typer) -> None:
    @app.command()
    def run(
        config: Path | None = ConfigOption, now: str | None = NowOption, verbose: bool = typer.Option(False, "-v")
    ) -> None:
        """Serve the inboxes until stopped (Ctrl-C or SIGTERM finishes the mail in hand)."""
        setup_logging(verbose)
        from mailbot.app import make_sources
        from mailbot.schedule.daemon import Worker

        with context_from(config, now) as ctx:
            from mailbot.cli.authcheck import warn_at_start
            from mailbot.schedule.jobs import extra_jobs

            warn_at_start(ctx.settings, ctx.rules.staff.authserv_ids)  # a misconfigured MTA, said once
            worker = Worker(ctx, make_sources(ctx, progress=True))
            worker.extra_jobs.extend(extra_jobs(ctx))
            worker.run()

    @app.command()
    def once(
        config: Path | None = ConfigOption,
        now: str | None = NowOption,
        as_json: bool = JsonOption,
        verbose: bool = typer.Option(False, "-v"),
    ) -> None:
        """One pass over every inbox and the outbox, then exit (status 1 if anything failed)."""
        setup_logging(verbose)
        if _empty_pass(config, now):
            _report([], [], as_json)
            return
        from mailbot.app import make_sources
        from mailbot.schedule.daemon import Worker

        with context_from(config, now) as ctx:
            worker = Worker(ctx, make_sources(ctx, progress=True))
            reports = worker.once()
            for source in worker.sources:
                source.close()
        _report([o for r in reports for o in r.outcomes], [e for r in reports for e in r.errors], as_json)
        if any(r.failed for r in reports):
            raise typer.Exit(1)

    @app.command()
    def requeue(
        message_id: str | None = typer.Argument(None, metavar="MESSAGE-ID", help="the quarantined mail to run again"),
        every: bool = typer.Option(False, "--all", help="every quarantined mail (see --reason)"),
        reason: str | None = typer.Option(None, "--reason", help="with --all: only mails whose reason contains TEXT"),
        config: Path | None = ConfigOption,
        now: str | None = NowOption,
        as_json: bool = JsonOption,
    ) -> None:
        """Run quarantined mails again from their kept bytes, after the rule or code that failed is fixed."""
        from mailbot.pipeline import requeue as run_again

        if bool(message_id) == every:
            fail("give one MESSAGE-ID or --all")
        if reason and not every:
            fail("--reason goes with --all")
        setup_logging(False)
        with context_from(config, now) as ctx:
            outcomes = run_again(ctx, message_id=message_id, reason=reason if every else None)
        if as_json:
            print_json([o.__dict__ for o in outcomes])
        else:
            for o in outcomes:
                console.print(
                    f"{o.message_id}: {o.status} {o.rma or ''} {o.reason.splitlines()[0] if o.reason else ''}"
                )
            console.print(f"{len(outcomes)} mail(s) requeued")
        if message_id and not outcomes:
            fail(f"no quarantined mail with Message-ID {message_id}", code=1)
        if any(o.status == "quarantined" for o in outcomes):
            raise typer.Exit(1)

    @app.command()
    def retention(
        config: Path | None = ConfigOption, now: str | None = NowOption, verbose: bool = typer.Option(False, "-v")
    ) -> None:
        """Drop raw sent mail and attachments of tickets closed longer than `retention_months` ago."""
        setup_logging(verbose)
        from mailbot.schedule.jobs import retention_now

        with context_from(config, now) as ctx:
            if ctx.settings.retention_months is None:
                console.print("retention_months is not set: everything is kept")
                return
            report = retention_now(ctx)
        assert report is not None
        console.print(
            f"{report.tickets} ticket(s): {report.outgoing_mails} sent mail(s) and "
            f"{report.attachments} attachment(s) dropped, {report.blobs_removed} blob(s) removed"
        )

    @app.command()
    def migrate(config: Path | None = ConfigOption) -> None:
        """Create or upgrade the database schema (start-up does this too)."""
        with context_from(config) as ctx:
            console.print(f"database at {ctx.engine.url.render_as_string(hide_password=True)} is up to date")

"""`sweep [--now ISO-TIME]`: the reminder sweep and any due digest once, outside the daemon (cron, or a look ahead)."""

from __future__ import annotations

from pathlib import Path

import typer

from mailbot.cli.common import ConfigOption, NowOption, context_from


def register(app: typer.Typer) -> None:
    @app.command()
    def sweep(config: Path | None = ConfigOption, now: str | None = NowOption) -> None:
        """Send the reminders, escalations and managers' digests due now, then deliver the outbox."""
        from mailbot.schedule.daemon import Worker
        from mailbot.schedule.jobs import digests_now, sweep_now

        with context_from(config, now) as ctx:
            when = ctx.clock()
            done = sweep_now(ctx.sessions, ctx.rules, ctx.apply_env.send, when)
            digests = digests_now(ctx.sessions, ctx.rules, ctx.apply_env.send, when)
            Worker(ctx, []).deliver()
        for step in done:
            typer.echo(f"{step.rma}: {step.awaited} {step.action} ({step.occurrence})")
        typer.echo(f"{len(done)} reminder step(s), {len(digests)} digest(s) at {when.isoformat()}")

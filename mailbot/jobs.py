"""Periodic jobs besides polling: the reminder sweep and the managers' digest."""

from __future__ import annotations

from typing import Callable

from mailbot.context import Context


def extra_jobs(ctx: Context) -> list[tuple[str, Callable[[], object], float]]:
    """(job id, function, interval in seconds) for the daemon's scheduler."""
    from mailbot.followup import followup_jobs

    return followup_jobs(ctx.sessions, ctx.apply_env.send, ctx.clock, ctx.settings.rules_dir,
                         ctx.settings.sweep_seconds)

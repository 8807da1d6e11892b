"""`ticket RMA-… ACTION [ARGS]`: the staff actions of the mail commands, from the command line.

The command needs the store, which lives elsewhere: it is written against the small
``TicketActions`` protocol of mailbot.staff_actions, and ``register(app, open_store)`` is given the implementation.
"""

from __future__ import annotations

import contextlib
import mimetypes
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mailbot.cli.common import NowOption, clock, fail, settings_from
from mailbot.values import STAFF_COMMANDS as COMMANDS
from mailbot.values import Attachment

if TYPE_CHECKING:  # the rules and the workflow are imported when the command runs, not for --help
    from mailbot.config import Settings
    from mailbot.staff_actions import TicketActions


StoreFactory = Callable[["Settings", Callable[[], datetime]], contextlib.AbstractContextManager["TicketActions"]]


def _attachment(path: Path) -> Attachment:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment(filename=path.name, content_type=kind, payload=path.read_bytes())


def register(app: typer.Typer, open_store: StoreFactory) -> None:
    """Add `ticket`; ``open_store(settings)`` is a context manager giving a TicketActions."""

    @app.command("ticket")
    def ticket_cmd(
        rma: str = typer.Argument(..., help="the ticket, e.g. RMA-2026-00042"),
        action: str = typer.Argument(..., help=" | ".join(COMMANDS)),
        args: list[str] | None = typer.Argument(None, help="reason / outcome / text / address / in|out"),
        actor: str = typer.Option(..., "--as", envvar="MAILBOT_STAFF", help="your staff address"),
        attach: list[Path] = typer.Option(
            [], "--attach", exists=True, dir_okay=False, help="file for the customer (#preliminary, #report)"
        ),
        text_file: Path | None = typer.Option(
            None, "--text-file", exists=True, dir_okay=False, help="text for the customer (preliminary, reply, quote)"
        ),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML settings file"),
        now: str | None = NowOption,
    ) -> None:
        """Approve, reject, receive, report, resolve, close, note, assign or set warranty of a ticket."""
        from mailbot.config import ConfigError
        from mailbot.rules.yamlfile import FileError
        from mailbot.staff_actions import run_action  # the workflow: imported when a ticket command runs

        settings = settings_from(config)
        words = " ".join(args or [])
        takes_text = action in ("preliminary", "report", "reply", "quote")
        body = text_file.read_text(encoding="utf-8") if text_file else (words if takes_text else "")
        with contextlib.ExitStack() as stack:
            try:
                store = stack.enter_context(open_store(settings, clock(now)))
            except (ConfigError, FileError) as exc:
                fail(str(exc))
            result = run_action(
                store,
                store.rules,
                rma=rma.upper(),
                actor=actor.lower(),
                action=action.lower(),
                arg=words if action == "quote" else ("" if takes_text else words),
                body=body,
                attachments=[_attachment(p) for p in attach],
                now=store.now(),
            )
        for line in result.messages:
            typer.echo(line if result.ok else f"error: {line}", err=not result.ok)
        if not result.ok:
            raise typer.Exit(1)

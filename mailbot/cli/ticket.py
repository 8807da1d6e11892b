"""`ticket RMA-… ACTION [ARGS]`: the staff actions of the mail commands, from the command line.

The command needs the store, which lives elsewhere: it is written against the small
``TicketActions`` protocol below, and ``register(app, open_store)`` is given the implementation.
"""

from __future__ import annotations

import contextlib
import mimetypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

import typer

from mailbot.cli.common import NowOption, clock, fail, settings_from
from mailbot.config import ConfigError, Settings
from mailbot.rules import Rules
from mailbot.rules.staff import COMMANDS
from mailbot.rules.yamlfile import FileError
from mailbot.values import Attachment, Decision, TicketView
from mailbot.workflow.actions import StaffInput, execute
from mailbot.workflow.commands import Command, check
from mailbot.workflow.warranty import WarrantyFinding


class TicketActions(Protocol):
    """What the CLI needs from the store."""

    rules: Rules

    def now(self) -> datetime:
        """The business clock's time."""

    def load(self, rma: str, now: datetime) -> tuple[TicketView, list[WarrantyFinding]] | None:
        """The ticket and the warranty findings for its serials, or None if there is no such RMA."""

    def apply(self, decision: Decision, *, actor: str, now: datetime) -> None:
        """Carry out ``decision`` (ticket, events, deadlines, outbox) in one transaction."""


StoreFactory = Callable[[Settings, Callable[[], datetime]], contextlib.AbstractContextManager[TicketActions]]


@dataclass(frozen=True)
class CliResult:
    ok: bool
    messages: list[str]


def run_action(
    store: TicketActions,
    rules: Rules,
    *,
    rma: str,
    actor: str,
    action: str,
    arg: str,
    body: str,
    attachments: Sequence[Attachment],
    now: datetime,
) -> CliResult:
    """Check and carry out one action exactly as the mail command would; nothing changes on error."""
    member = rules.staff.member(actor)
    if member is None:
        return CliResult(False, [f"{actor} is not a staff member in staff.yml"])
    problem = check(action, arg)
    if problem:
        return CliResult(False, [problem])
    loaded = store.load(rma, now)
    if loaded is None:
        return CliResult(False, [f"ticket not found: {rma}"])
    ticket, findings = loaded
    cmd = Command(action, arg.lower() if action in ("warranty", "assign") else arg)
    who = StaffInput(member, body, tuple(attachments), via="cli")
    decision, messages = execute([cmd], ticket=ticket, rules=rules, who=who, findings=findings, now=now)
    if decision is None:
        return CliResult(False, messages)
    store.apply(decision, actor=member.email, now=now)
    state = decision.status or ticket.status
    sent = [f"{r.template} to {', '.join(r.to)}" for r in decision.replies]
    return CliResult(True, messages + [f"{ticket.rma} is now {state}"] + [f"queued {s}" for s in sent])


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

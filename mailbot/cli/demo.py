"""`demo`: bundled sample mails through the whole path on the embedded default, with a table of results."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import typer

from mailbot.cli.common import ConfigOption, NowOption, console, context_from, fail


def sample_mails() -> list[tuple[str, bytes]]:
    folder = resources.files("mailbot") / "samples"
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".eml"))


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(config: Path | None = ConfigOption, now: str | None = NowOption) -> None:
        """Drop the bundled sample mails into the embedded inbox, process them, show what happened."""
        from rich.table import Table

        from mailbot.app import make_sources
        from mailbot.config import MaildirSource
        from mailbot.mail.parse import parse
        from mailbot.mail.sources.maildir import deliver_to_maildir
        from mailbot.schedule.daemon import Worker

        with context_from(config, now) as ctx:
            inbox = ctx.settings.sources[0]
            if not isinstance(inbox, MaildirSource):
                fail("demo runs on the embedded Maildir inbox; the first source is not a Maildir")
            subjects = {}
            for _name, data in sample_mails():
                deliver_to_maildir(inbox.path, data)
                mail = parse(data)
                subjects[mail.message_id] = (mail.sender.email if mail.sender else "?", mail.subject)
            worker = Worker(ctx, make_sources(ctx))
            reports = worker.once()
            table = Table(title="mailbot demo: what each sample mail caused")
            for column in ("from", "subject", "outcome", "RMA", "mails sent"):
                table.add_column(column, overflow="fold")
            for report in reports:
                for o in report.outcomes:
                    sender, subject = subjects.get(o.message_id, ("?", "?"))
                    outcome = o.status if o.status == "processed" else f"{o.status}: {o.reason}"
                    table.add_row(sender, subject, outcome, o.rma or "-", "\n".join(o.replies) or "-")
            console.print(table)
            transport = ctx.settings.transport
            # The first ticket's own reference: a request reference (REQ-…) until the rep confirms the return.
            first = next((o.rma for r in reports for o in r.outcomes if o.rma), "RMA-2026-00001")
            console.print(
                f"Mails were written to {getattr(transport, 'path', 'the SMTP relay')}/new; "
                f"next: `python run.py tickets`, `python run.py show {first}`, and\n"
                f"`python run.py ticket {first} approve --as sales@example.com` "
                "(the rep's confirmation, as the rules/staff.yml rep: it issues the RMA number)."
            )

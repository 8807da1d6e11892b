"""Looking at what mailbot did: tickets, show, quarantine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mailbot.cli.common import (
    ConfigOption,
    JsonOption,
    console,
    fail,
    print_json,
    reader_from,
)

if TYPE_CHECKING:
    from rich.table import Table


def tickets_table(rows: list[dict]) -> Table:
    from rich.table import Table

    table = Table(title=f"{len(rows)} ticket(s)")
    for column in ("RMA", "status", "customer", "orders", "serials", "defect", "created"):
        table.add_column(column, overflow="fold")
    for r in rows:
        serials = r["serials"]
        shown = ", ".join(serials[:3]) + (f" (+{len(serials) - 3})" if len(serials) > 3 else "")
        table.add_row(
            r["rma"],
            r["status"],
            r["customer"],
            ", ".join(r["orders"]),
            shown,
            r["defect"] or "",
            r["created"][:16].replace("T", " "),
        )
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    def tickets(
        status: str | None = typer.Option(None, help="Only tickets in this state"),
        limit: int = typer.Option(200, help="At most this many, newest first"),
        config: Path | None = ConfigOption,
        as_json: bool = JsonOption,
    ) -> None:
        """List tickets, newest first."""
        from mailbot.store.queries import list_tickets, ticket_summary

        with reader_from(config) as reader:
            rows = [ticket_summary(t) for t in list_tickets(reader, status, limit)]
        if as_json:
            print_json(rows)
        else:
            console.print(tickets_table(rows))

    @app.command()
    def show(rma: str, config: Path | None = ConfigOption, as_json: bool = JsonOption) -> None:
        """One ticket with its messages and its audit trail."""
        from mailbot.store.queries import ticket_by_rma, ticket_detail

        with reader_from(config) as reader:
            ticket = ticket_by_rma(reader, rma)
            if ticket is None:
                fail(f"no ticket {rma}", code=1)
            data = ticket_detail(reader, ticket)
        if as_json:
            print_json(data)
            return
        from rich.table import Table

        console.print(
            f"[bold]{data['rma']}[/]  {data['status']}  customer {data['customer']}"
            f"  rep {data['rep'] or '-'}  warranty {data['warranty'] or '-'}"
        )
        for key in ("orders", "serials", "models", "tracking", "missing"):
            if data[key]:
                console.print(f"  {key}: {', '.join(data[key])}")
        if data["defect"] or data["defect_description"]:
            console.print(f"  defect: {data['defect'] or '-'}: {data['defect_description'][:300]}")
        messages = Table(title="messages")
        for column in ("at", "dir", "from", "to", "subject", "status"):
            messages.add_column(column, overflow="fold")
        for m in data["messages"]:
            messages.add_row(
                m["at"][:16].replace("T", " "), m["direction"], m["from"], ", ".join(m["to"]), m["subject"], m["status"]
            )
        console.print(messages)
        events = Table(title="events")
        for column in ("at", "actor", "event", "from → to"):
            events.add_column(column, overflow="fold")
        for e in data["events"]:
            events.add_row(
                e["at"][:16].replace("T", " "),
                e["actor"],
                e["kind"],
                f"{e['from'] or ''} → {e['to'] or ''}" if e["to"] else "",
            )
        console.print(events)

    @app.command("quarantine")
    def quarantine_list(config: Path | None = ConfigOption, as_json: bool = JsonOption) -> None:
        """Mails that could not be processed, with the reason; their raw bytes are kept."""
        from rich.table import Table

        from mailbot.store.queries import quarantined

        with reader_from(config) as reader:
            rows = quarantined(reader)
        if as_json:
            print_json(rows)
            return
        table = Table(title=f"{len(rows)} quarantined mail(s)")
        for column in ("at", "message id", "source", "reason", "raw blob"):
            table.add_column(column, overflow="fold")
        for r in rows:
            table.add_row(
                str(r["at"])[:16].replace("T", " "),
                r["message_id"],
                r["source"],
                r["reason"],
                (r["raw_sha256"] or "")[:16],
            )
        console.print(table)

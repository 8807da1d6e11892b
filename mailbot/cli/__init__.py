"""The command line: builds the Context once per command; no logic of its own."""

from __future__ import annotations

import typer

from mailbot.cli import core, demo, digest, listing, orders, sweep, ticket, understanding
from mailbot.staff_actions import open_store
from mailbot.store.db import open_database

app = typer.Typer(
    help="mailbot: e-mail driven RMA tickets for after-sales service.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


for module in (core, listing, demo, understanding, digest, sweep):
    module.register(app)
ticket.register(app, open_store)
orders.register(app, engine_for=lambda settings: open_database(settings.database_url))


def main() -> None:
    app()

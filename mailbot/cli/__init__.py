"""The command line: builds the Context once per command; no logic of its own."""

from __future__ import annotations

import typer

from mailbot.cli import check, core, demo, digest, listing, orders, sweep, ticket, understanding, web

app = typer.Typer(
    help="mailbot: e-mail driven RMA tickets for after-sales service.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: formatting it with rich costs more than the rest of --help
)


for module in (core, listing, demo, understanding, digest, sweep, web, check):
    module.register(app)


def _open_store(*args, **kwargs):  # type: ignore[no-untyped-def,unused-ignore]
    from mailbot.staff_actions import open_store  # the whole pipeline: imported when a ticket command runs

    return open_store(*args, **kwargs)


def _engine_for(settings):  # type: ignore[no-untyped-def,unused-ignore]
    from mailbot.store.db import open_database

    return open_database(settings.database_url)


ticket.register(app, _open_store)
orders.register(app, engine_for=_engine_for)


def main() -> None:
    app()

"""The command line: builds the Context once per command; no logic of its own.

The Typer application (`app`) is made on first use. The frequent commands with plain arguments
(mailbot.cli.quick) load only the module that declares them, not the other commands' modules.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import import_module
from typing import Any

import typer

# Where each command of mailbot.cli.quick is declared.
QUICK_MODULES = {"tickets": "listing", "show": "listing", "quarantine": "listing", "once": "core"}


def _typer() -> typer.Typer:
    return typer.Typer(
        help="mailbot: e-mail driven RMA tickets for after-sales service.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # plain help: formatting it with rich costs more than the rest of --help
    )


def _open_store(*args, **kwargs):  # type: ignore[no-untyped-def,unused-ignore]
    from mailbot.staff_actions import open_store  # the whole pipeline: imported when a ticket command runs

    return open_store(*args, **kwargs)


def _engine_for(settings):  # type: ignore[no-untyped-def,unused-ignore]
    from mailbot.store.db import open_database

    return open_database(settings.database_url)


@cache
def application() -> typer.Typer:
    """Every command, registered in the order of the help."""
    from mailbot.cli import check, copydb, core, demo, digest, listing, orders, sweep, ticket, understanding, web

    made = _typer()
    for module in (core, listing, demo, understanding, digest, sweep, web, check):
        module.register(made)
    ticket.register(made, _open_store)
    orders.register(made, engine_for=_engine_for)
    copydb.register(made)
    return made


def __getattr__(name: str) -> Any:
    if name == "app":
        return application()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] in QUICK_MODULES:
        from mailbot.cli import quick

        alone = _typer()  # the command's declarations, as registered in the full application
        import_module(f"mailbot.cli.{QUICK_MODULES[args[0]]}").register(alone)
        quick.run(alone, args)  # a command with plain arguments ends here
    application()()

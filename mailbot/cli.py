"""The command line: builds the Context once per command; no logic of its own."""

from __future__ import annotations

import typer

from mailbot.commands import core, demo, listing

app = typer.Typer(help="mailbot: e-mail driven RMA tickets for after-sales service.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

for module in (core, listing, demo):
    module.register(app)


def main() -> None:
    app()

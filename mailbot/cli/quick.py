"""The commands a timer or an operator runs most, called without Typer's parameter machinery when their
arguments are plain.

Typer coerces every option of the command it runs through a pydantic TypeAdapter; importing pydantic and
building the adapters costs about 0.1 s, a third of what `tickets` costs in all. For the commands in
QUICK, the arguments are read here from the command's own Typer declarations (names, defaults, types)
and its function is called directly. Only plain arguments are read: the declared options, each given at
most once, as `--name value`, `--name=value` or `-c value`; values of type text, path or a whole number
written in digits; the flags. Anything else (`--help`, an unknown or repeated option, a value that
looks like an option, a number that is not plain digits, an option with a callback or an environment
variable) is left to Typer, which answers it as it always has.
"""

from __future__ import annotations

import errno
import inspect
import os
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import NoneType, UnionType
from typing import Any

import typer
from typer.models import ArgumentInfo, OptionInfo

QUICK = ("tickets", "show", "quarantine", "once")
VALUE_TYPES: dict[type, Callable[[str], Any] | None] = {str: str, Path: Path, int: None, bool: None}


@dataclass(frozen=True)
class Option:
    name: str  # the function's parameter
    kind: type  # str, Path, int or bool (a flag)


@dataclass(frozen=True)
class Command:
    function: Callable[..., Any]
    arguments: tuple[str, ...]  # required positional parameters, in order
    options: dict[str, Option]  # every spelling (--config, -c) to its option
    defaults: dict[str, Any]


def declared(app: typer.Typer, name: str) -> Command | None:
    """The command's parameters as its Typer declarations give them; None when one is not plain."""
    info = next(
        (c for c in app.registered_commands if c.callback is not None and (c.name or c.callback.__name__) == name),
        None,
    )
    if info is None or info.callback is None:
        return None
    hints = typing.get_type_hints(info.callback)
    arguments: list[str] = []
    options: dict[str, Option] = {}
    defaults: dict[str, Any] = {}
    for parameter in inspect.signature(info.callback).parameters.values():
        kind = _plain_type(hints.get(parameter.name))
        declaration = parameter.default
        if kind is None or isinstance(declaration, ArgumentInfo):
            return None  # nothing of the kind in QUICK; Typer knows what it means
        if declaration is inspect.Parameter.empty:
            if kind is bool:
                return None
            arguments.append(parameter.name)
            continue
        if not isinstance(declaration, OptionInfo) or not _plain_option(declaration, kind):
            return None
        defaults[parameter.name] = declaration.default
        spellings = declaration.param_decls or (f"--{parameter.name.replace('_', '-')}",)
        for spelling in spellings:
            options[spelling] = Option(parameter.name, kind)
    return Command(info.callback, tuple(arguments), options, defaults)


def _plain_type(hint: Any) -> type | None:
    """str, Path, int or bool, optionally `| None`; None for anything else."""
    if isinstance(hint, UnionType):
        members = [m for m in typing.get_args(hint) if m is not NoneType]
        hint = members[0] if len(members) == 1 else None
    return hint if hint in VALUE_TYPES else None


def _plain_option(declaration: OptionInfo, kind: type) -> bool:
    if kind is bool and declaration.default is not False:
        return False  # a flag that is on by default has a --no- spelling: Typer's
    plain = (
        declaration.callback is None
        and declaration.envvar is None
        and declaration.parser is None
        and declaration.default_factory is None
        and not declaration.is_eager
        and not declaration.prompt
        and all(spelling.startswith("-") and "/" not in spelling for spelling in declaration.param_decls or ())
    )
    return plain and (kind is not bool or bool(declaration.param_decls))


def parsed(command: Command, args: list[str]) -> dict[str, Any] | None:
    """The function's keyword arguments from the command line; None for anything not plain."""
    values: dict[str, Any] = {}
    positional: list[str] = []
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if not token.startswith("-"):
            positional.append(token)
            continue
        spelling, given, inline = token.partition("=")
        option = command.options.get(spelling)
        if option is None or option.name in values or (given and not spelling.startswith("--")):
            return None  # --help, --, an unknown or repeated option, -c=…: Typer's to answer
        if option.kind is bool:
            if given:
                return None
            values[option.name] = True
            continue
        if not given:
            if not rest or rest[0].startswith("-"):
                return None
            inline = rest.pop(0)
        value = _value(option.kind, inline)
        if value is None:
            return None
        values[option.name] = value
    if len(positional) != len(command.arguments):
        return None
    values.update(zip(command.arguments, positional, strict=True))
    return {**command.defaults, **values}


def _value(kind: type, text: str) -> Any:
    if kind is int:
        return int(text) if text.isascii() and text.isdigit() else None
    convert = VALUE_TYPES[kind]
    assert convert is not None
    return convert(text)


def run(app: typer.Typer, args: list[str]) -> None:
    """Run a QUICK command whose arguments are plain and exit; return (for Typer) otherwise."""
    if not args or args[0] not in QUICK:
        return
    command = declared(app, args[0])
    values = None if command is None else parsed(command, args[1:])
    if command is None or values is None:
        return
    sys.exit(_as_typer_would(command.function, values))


def _as_typer_would(function: Callable[..., Any], values: dict[str, Any]) -> int:
    """Call the command and give the exit status Typer's own main gives for how it ended."""
    try:
        function(**values)
    except typer.Exit as done:  # how a command ends with a status (mailbot.cli.common.fail)
        return done.exit_code
    except KeyboardInterrupt:
        return 130
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        return 1
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        # The reader went away (`| head`): say nothing more, as Typer does; Python's own recipe keeps
        # the interpreter's last flush of stdout from complaining.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0

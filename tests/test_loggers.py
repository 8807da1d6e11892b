"""Every module logs under its own dotted name, so an operator can raise or silence one module's log."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mailbot"


def _own_loggers_not_by_name() -> list[str]:
    """getLogger calls that name one of our loggers by hand instead of passing __name__."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "getLogger"):
                continue
            arg = node.args[0] if node.args else None
            if arg is None or (isinstance(arg, ast.Constant) and str(arg.value).startswith("mailbot")):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_modules_log_under_their_own_name() -> None:
    assert _own_loggers_not_by_name() == []

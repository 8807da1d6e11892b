"""Imports run one way: each room of mailbot/ may import only the rooms listed before it (and itself)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mailbot"

# Rooms on one line are siblings: neither imports the other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("values", "clock"),
    ("configfile",),
    ("config",),
    ("rules",),
    ("mail",),
    ("understand", "workflow", "reading"),
    ("store",),
    ("app",),
    ("pipeline",),
    ("schedule",),
    ("staff_actions",),
    ("web",),
    ("cli",),
    ("__main__",),
)
RANK = {room: i for i, rooms in enumerate(LAYERS) for room in rooms}


def room_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def imported_rooms(path: Path) -> set[tuple[str, int]]:
    """(room, line) of every mailbot import in the file, lazy ones inside functions included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] if node.module != "mailbot" else [f"mailbot.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "mailbot" and len(parts) > 1:
                found.add((parts[1], node.lineno))
    return found


def test_every_room_is_placed():
    rooms = {room_of(p) for p in PACKAGE.rglob("*.py") if room_of(p) not in ("__init__",)}
    rooms.discard("samples")
    assert rooms <= set(RANK), f"put these in LAYERS: {sorted(rooms - set(RANK))}"


def test_imports_run_one_way():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        room = room_of(path)
        if room == "__init__":
            continue
        for target, line in sorted(imported_rooms(path)):
            if target == room:
                continue
            if target not in RANK or RANK[target] >= RANK[room]:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {room} imports {target}")
    assert not wrong, "imports against the layering:\n" + "\n".join(wrong)

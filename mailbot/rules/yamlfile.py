"""Load a YAML file into a pydantic model; every error names the file, the line and the problem."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class FileError(Exception):
    """A configuration, rule or template file is wrong. ``str()`` is what the operator reads."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


def _node_at(node: yaml.Node | None, loc: Sequence[int | str]) -> yaml.Node | None:
    """Follow a pydantic error location through the composed YAML tree, as deep as it goes."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            nxt = node.value[part] if 0 <= part < len(node.value) else None
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
    return node


def line_of(text: str, loc: Sequence[int | str]) -> int | None:
    """1-based line of the value at ``loc`` in YAML ``text`` (or of its nearest parent)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    node = _node_at(root, loc)
    return node.start_mark.line + 1 if node is not None else None


def format_validation_error(err: ValidationError, text: str, path: Path | str) -> FileError:
    """Turn the first pydantic error into a FileError pointing at its line."""
    first = err.errors()[0]
    loc = [p for p in first["loc"] if isinstance(p, (int, str))]
    where = ".".join(str(p) for p in loc) or "(top level)"
    return FileError(path, line_of(text, loc), f"{where}: {first['msg']}")


# libyaml's parser when PyYAML was built with it: the same documents, ten times faster, which is most
# of what loading rules/ costs at every start.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> tuple[Any, str]:
    """Parse a YAML file; a syntax error becomes a FileError with the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FileError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise FileError(path, None, f"not UTF-8 text: {exc}") from exc
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise FileError(path, line, f"YAML syntax: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise FileError(path, None, f"YAML syntax: {exc}") from exc
    return data, text


def load_model(path: Path, model: type[M], *, default_empty: bool = True) -> M:
    """Read ``path`` and validate it as ``model``. A missing file is an error unless it may be empty."""
    data, text = read_yaml(path)
    if data is None and default_empty:
        data = {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise format_validation_error(exc, text, path) from exc

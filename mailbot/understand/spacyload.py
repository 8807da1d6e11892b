"""spaCy imported without its command line: a third of its import time and memory, never used here.

``import spacy`` runs ``from .cli.info import info``, which imports every ``spacy`` command and what they
need (typer, weasel, requests, the training loop, ...): some 350 modules, about 0.2 s of CPU at each
start of a process that reads mail, and their memory in every process that holds spaCy. Understanding
uses ``spacy.blank``, the matchers and the shipped model, none of which needs the command line.

While ``spacy`` is first imported, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins, taken away as soon
as the import is done: a later ``import spacy.cli`` (the training tools, ``python -m spacy``) loads the
real package, and ``spacy.info`` imports it when called. This module is imported first by the
``mailbot.understand`` package, so every path into understanding goes through it.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, with the real command line imported on first use."""
    from spacy.cli.info import info as real

    return real(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line when this process has not imported it yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package: ``spacy.cli.info`` is looked up under it
    module = types.ModuleType("spacy.cli.info")
    module.info = info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
        imported = sys.modules.get("spacy")
        if imported is not None and getattr(imported, "cli", None) is package:
            del imported.cli
    return spacy


import_spacy()

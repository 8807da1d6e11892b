"""Start-up validation of the rule and template files, remembered while nothing it read has changed.

Every command that acts checks the rules (rules/*.yml, cross-checked) and compiles every template, so a
broken file stops start-up naming the file and the line. That takes about half a second (Jinja2 and the
YAML parser to import, every template parsed), which `once` on an empty inbox should not pay each time
it is started by a timer. The outcome of a successful check is kept in ``var/startup-check.json`` as a
digest of everything the check depends on: the contents of every file under the rules and templates
folders, the settings it reads, and the size and modification time of mailbot's own modules. Any change
to one of them misses the record and the files are checked again; a failed check is never recorded, so
a broken file stops every start-up until it is fixed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailbot.config import Settings
    from mailbot.configfile import SettingsView
    from mailbot.mail.render import Renderer
    from mailbot.rules import Rules

RECORD = "startup-check.json"
PACKAGE = Path(__file__).resolve().parent.parent


def fingerprint(settings: Settings | SettingsView) -> str | None:
    """The digest of what validation reads; None when a folder is missing (validation then says so)."""
    digest = hashlib.sha256()
    read = [
        str(settings.rules_dir.resolve()),
        str(settings.templates_dir.resolve()),
        settings.service_address,
        list(settings.staff_domains),
        settings.rma_format,
        settings.request_format,
    ]
    digest.update(json.dumps(read).encode())
    for root in (settings.rules_dir, settings.templates_dir):
        if not root.is_dir():
            return None
        for path in sorted(root.rglob("*")):
            if path.is_file():
                digest.update(f"\0{path.relative_to(root).as_posix()}\0".encode())
                digest.update(path.read_bytes())
    for path in sorted(PACKAGE.rglob("*.py")):  # the code that validates: a new release checks again
        stat = path.stat()
        digest.update(f"\0{path.relative_to(PACKAGE).as_posix()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def validate(settings: Settings | SettingsView) -> None:
    """The checks build_context makes before wiring anything (raises FileError/ConfigError naming the file)."""
    from mailbot.workflow.check import load_checked

    load_checked(settings)


def _passed(settings: Settings | SettingsView, key: str | None) -> bool:
    """Whether the record says these very files passed the check."""
    if key is None:
        return False
    try:
        return bool(json.loads((settings.var_dir / RECORD).read_text(encoding="utf-8")).get("passed") == key)
    except (OSError, ValueError, AttributeError):
        return False  # no record yet, or an unreadable one: check the files


def validate_once(settings: Settings | SettingsView) -> bool:
    """Validate unless the same files passed before; True when the record spared the work."""
    key = fingerprint(settings)
    if _passed(settings, key):
        return True
    validate(settings)
    if key is not None:
        _write(settings.var_dir / RECORD, json.dumps({"passed": key}) + "\n")
    return False


def load_remembered(settings: Settings | SettingsView) -> tuple[Renderer, Rules]:
    """The renderer and the rules for a full start-up, every template compiled only when these files
    have not passed the check before (the rules are read and cross-checked each time: the start-up
    needs them, and reading them is the check). Their regular expressions, which the check compiled, are
    not compiled again to be checked: understanding compiles those it uses when first reading mail. A
    passing check is recorded, as by ``validate_once``."""
    from mailbot.rules.understand import patterns_checked_before
    from mailbot.workflow.check import load_checked

    key = fingerprint(settings)
    if _passed(settings, key):
        with patterns_checked_before():
            return load_checked(settings, templates=False)
    loaded = load_checked(settings)
    if key is not None:
        _write(settings.var_dir / RECORD, json.dumps({"passed": key}) + "\n")
    return loaded


def _write(path: Path, text: str) -> None:
    """Replace the record in one rename, so a reader never sees half of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass  # a read-only var/ only costs the next start-up another check

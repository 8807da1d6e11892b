"""The settings a quick command needs, without building the validated Settings once they are known good.

Validating the settings means importing pydantic and pydantic-settings and building their models:
about 0.15 s, half of what a listing or an empty `once` costs. Yet validation is a pure function of
the configuration file, the MAILBOT_* environment variables and the code that validates. So:

* The first start-up (and any after a change) validates in full with mailbot.config.load_settings, and
  a wrong setting stops it with the same message as ever.
* It also reads the few settings these commands use straight from the file and the environment
  (`derive`), the way pydantic-settings does. Only when that reading gives exactly what validation
  gave (`view_of`) is a digest of the inputs recorded in ``var/settings-check.json``.
* A later start-up whose inputs have the same digest reads the settings the light way and skips
  validation: the same inputs validated once and gave these very values.

Anything the light reading does not follow (a list given as an environment variable, a value of an
unexpected type) only means no record is written, and every start-up validates in full.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailbot.configfile import (
    IMAP_DEFAULTS,
    VIEW_DEFAULTS,
    ImapView,
    MaildirView,
    SettingsView,
    config_path,
    read_config_file,
)

if TYPE_CHECKING:
    from mailbot.config import Settings

RECORD = "settings-check.json"
PREFIX = "mailbot_"  # pydantic-settings matches variable names without regard to case
CODE = Path(__file__).resolve().parent.parent / "config.py"
LIBRARIES = ("pydantic", "pydantic_core", "pydantic_settings")


def view_of(settings: Settings) -> SettingsView:
    """The view of validated settings."""
    from mailbot.config import ImapSource

    sources: list[MaildirView | ImapView] = []
    for s in settings.sources:
        if isinstance(s, ImapSource):
            sources.append(ImapView(name=s.name, host=s.host, username=s.username, **_pick(s, IMAP_DEFAULTS)))
        else:
            sources.append(MaildirView(s.name, s.path))
    return SettingsView(**_pick(settings, VIEW_DEFAULTS), sources=tuple(sources))


def _pick(model: object, names: dict[str, Any]) -> dict[str, Any]:
    return {name: getattr(model, name) for name in names}


def derive(data: dict[str, Any], environ: dict[str, str]) -> SettingsView | None:
    """The view read from the file's values and the MAILBOT_* variables as pydantic-settings reads them
    (a variable beats the file, the field's default fills the rest); None where this reading would have
    to guess. Only trusted once validation of the same inputs gave the same view."""
    if any(name.startswith((f"{PREFIX}sources", f"{PREFIX}staff_domains")) for name in environ):
        return None  # lists from the environment: JSON or nested names, left to pydantic-settings
    values = {name: environ.get(PREFIX + name, data.get(name, default)) for name, default in VIEW_DEFAULTS.items()}
    try:
        sources = tuple(_source(s) for s in data.get("sources", [{"type": "maildir"}]))
        return SettingsView(
            service_address=values["service_address"].lower(),
            staff_domains=tuple(values["staff_domains"]),
            database_url=values["database_url"],
            var_dir=Path(values["var_dir"]),
            rules_dir=Path(values["rules_dir"]),
            templates_dir=Path(values["templates_dir"]),
            rma_format=values["rma_format"],
            request_format=values["request_format"],
            secret=values["secret"],
            secret_file=None if values["secret_file"] is None else Path(values["secret_file"]),
            sources=sources,
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        return None  # validation reports it (or it gave something this reading does not follow)


def _source(raw: dict[str, Any]) -> MaildirView | ImapView:
    if raw["type"] == "maildir":
        return MaildirView(raw.get("name", "inbox"), Path(raw.get("path", "var/inbox")))
    if raw["type"] != "imap":
        raise ValueError(raw["type"])
    values = {name: raw.get(name, default) for name, default in IMAP_DEFAULTS.items()}
    for name in ("password_file", "ca_file"):
        values[name] = None if values[name] is None else Path(values[name])
    values["timeout"] = float(values["timeout"])
    return ImapView(name=raw["name"], host=raw["host"], username=raw["username"], **values)


def _environment() -> dict[str, str]:
    return {name.lower(): value for name, value in os.environ.items() if name.lower().startswith(PREFIX)}


def _digest(path: Path | None, environ: dict[str, str]) -> str:
    """Everything validation depends on: the file's bytes, the variables, the validating code and libraries."""
    digest = hashlib.sha256()
    shown = config_path(path)
    try:
        content = shown.read_bytes()
    except OSError:
        content = b"(none)"
    # Not the file's name: validation reads only what it holds (names in it stay relative to the cwd).
    digest.update(json.dumps(sorted(environ.items())).encode())
    digest.update(b"\0" + content + b"\0")
    code = [CODE, Path(__file__), *(_library_file(name) for name in LIBRARIES)]
    for file in code:
        try:
            stat = file.stat()
            digest.update(f"{file}:{stat.st_size}:{stat.st_mtime_ns}\0".encode())
        except OSError:
            digest.update(f"{file}:missing\0".encode())
    return digest.hexdigest()


def _library_file(name: str) -> Path:
    """A library's package file, found without importing it: an upgrade replaces it (new size or time)."""
    spec = find_spec(name)
    return Path(spec.origin) if spec is not None and spec.origin else Path(name)


def settings_view(path: Path | None) -> SettingsView:
    """The view of valid settings; a wrong setting raises ConfigError naming it, as load_settings does."""
    data = read_config_file(path)  # a TOML syntax error is reported as the full path reports it
    environ = _environment()
    light = derive(data, environ)
    key = _digest(path, environ)
    if light is not None:
        try:
            if json.loads((light.var_dir / RECORD).read_text(encoding="utf-8")).get("passed") == key:
                return light
        except (OSError, ValueError, AttributeError):
            pass  # no record yet, or an unreadable one: validate
    from mailbot.config import load_settings

    validated = view_of(load_settings(path))
    if light == validated:
        _write(validated.var_dir / RECORD, json.dumps({"passed": key}) + "\n")
    return validated


def _write(path: Path, text: str) -> None:
    """Replace the record in one rename (a reader never sees half of it), readable by its owner only:
    the digest covers the passwords the file and the variables may hold."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(partial, path)
    except OSError:
        pass  # a read-only var/ only costs the next start-up a full validation

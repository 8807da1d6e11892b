"""The parts of the settings that need no validation library: reading the TOML file, the error every
wrong setting raises, the secrets (passwords, the Message-ID key), and plain views of the settings a
quick command reads.

They live apart from mailbot.config so that a command answering from settings already known to be
valid (mailbot.cli.settingsview) reads the file, the passwords and the key exactly as the validated
Settings do, without importing pydantic.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_CONFIG = Path("mailbot.toml")
MIN_SECRET_BYTES = 16


class ConfigError(Exception):
    """A setting is wrong; the message names it. The CLI prints it and exits with status 2."""


def config_path(path: Path | None) -> Path:
    return path or DEFAULT_CONFIG


def read_config_file(path: Path | None) -> dict[str, Any]:
    """The settings the TOML file gives (a `[mailbot]` table or the top level); {} when the default file
    is absent. A file named on the command line must exist; a syntax error names the file."""
    explicit = path is not None
    path = config_path(path)
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: no such configuration file")
        return {}
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML syntax: {exc}") from exc
    return data.get("mailbot", data) if isinstance(data.get("mailbot"), dict) else data


def secret_value(password: str | None, password_env: str | None, password_file: Path | None) -> str | None:
    """A secret given inline, by environment variable name, or by file path (in that order of preference:
    the variable, the file, the inline value)."""
    if password_env:
        value = os.environ.get(password_env)
        if value is None:
            raise ConfigError(f"password_env: environment variable {password_env} is not set")
        return value
    if password_file:
        try:
            return password_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"password_file: cannot read {password_file}: {exc.strerror}") from exc
    return password


def hmac_key(secret: str | None, secret_file: Path | None, embedded: bool, var_dir: Path) -> bytes:
    """The secret that signs our Message-IDs (so a reply proves its thread).

    Configured (``secret``/MAILBOT_SECRET or ``secret_file``) it is used as given. Otherwise the
    embedded default generates a random one into ``var/secret`` (mode 0600) on first run; a
    configuration that talks to servers must be given one, because several workers (and a
    restore onto a new machine) have to share it.
    """
    if secret:
        return secret.encode()
    if secret_file:
        try:
            key = secret_file.read_bytes().strip()
        except OSError as exc:
            raise ConfigError(f"secret_file: cannot read {secret_file}: {exc.strerror}") from exc
        if len(key) < MIN_SECRET_BYTES:
            raise ConfigError(f"secret_file: {secret_file} holds fewer than {MIN_SECRET_BYTES} bytes")
        return key
    if not embedded:
        raise ConfigError(
            "secret: required when the database is not the embedded SQLite or an inbox is IMAP "
            "(it signs the Message-IDs that thread replies to tickets); set MAILBOT_SECRET or "
            "secret_file, e.g. to a file made with `head -c 32 /dev/urandom | base64 > /etc/mailbot/secret`"
        )
    return generated_secret(var_dir / "secret")


def generated_secret(path: Path) -> bytes:
    """The embedded default's key: read from ``path``, or created there at random (0600) on first run."""
    import secrets  # once per installation: not for every start-up

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError as exc:
        raise ConfigError(f"secret: cannot create {path}: {exc.strerror}") from exc
    else:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_urlsafe(32) + "\n")
    try:
        key = path.read_bytes().strip()
    except OSError as exc:
        raise ConfigError(f"secret: cannot read {path}: {exc.strerror}") from exc
    if len(key) < MIN_SECRET_BYTES:
        raise ConfigError(f"secret: {path} holds fewer than {MIN_SECRET_BYTES} bytes; delete it to make a new one")
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)  # a copied var/ may have lost its modes; the key is for our eyes only
    return key


# Settings' own defaults for the fields of SettingsView (a view read with a wrong one is never trusted:
# mailbot.cli.settingsview compares it with the validated settings first).
VIEW_DEFAULTS: dict[str, Any] = {
    "service_address": "service@example.com",
    "staff_domains": (),
    "database_url": "sqlite:///var/mailbot.db",
    "var_dir": "var",
    "rules_dir": "rules",
    "templates_dir": "templates",
    "rma_format": "RMA-{year}-{sequence:05d}",
    "request_format": "REQ-{year}-{sequence:05d}",
    "secret": None,
    "secret_file": None,
}


@dataclass(frozen=True)
class MaildirView:
    name: str
    path: Path


@dataclass(frozen=True)
class ImapView:
    """What connecting to an IMAP inbox and asking it for waiting mail needs (mailbot.mail.sources.imap_conn)."""

    name: str
    host: str
    port: int | None
    tls: str
    username: str
    password: str | None
    password_env: str | None
    password_file: Path | None
    oauth2_token_env: str | None
    ca_file: Path | None
    folder: str
    timeout: float
    on_done: str
    done_flag: str

    def secret(self) -> str | None:
        return secret_value(self.password, self.password_env, self.password_file)


IMAP_DEFAULTS: dict[str, Any] = {
    "port": None,
    "tls": "implicit",
    "password": None,
    "password_env": None,
    "password_file": None,
    "oauth2_token_env": None,
    "ca_file": None,
    "folder": "INBOX",
    "timeout": 60.0,
    "on_done": "move",
    "done_flag": "$MailbotDone",
}


@dataclass(frozen=True)
class SettingsView:
    """The settings the listings and an empty `once` read, with the same values and behaviour as Settings."""

    service_address: str
    staff_domains: tuple[str, ...]
    database_url: str
    var_dir: Path
    rules_dir: Path
    templates_dir: Path
    rma_format: str
    request_format: str
    secret: str | None
    secret_file: Path | None
    sources: tuple[MaildirView | ImapView, ...]

    @property
    def embedded(self) -> bool:
        """As Settings.embedded: SQLite in a local file and no IMAP inbox."""
        return self.database_url.startswith("sqlite") and not any(isinstance(s, ImapView) for s in self.sources)

    def hmac_key(self) -> bytes:
        return hmac_key(self.secret, self.secret_file, self.embedded, self.var_dir)

"""Fixtures for the mail-server tests: a private Dovecot per test and an aiosmtpd relay delivering into it."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.kit import SelfSignedCert
from tests.integration.relay import SmtpRelay
from tests.integration.servers import Dovecot, dovecot_available

INSTALL_HINT = "Dovecot is not installed: apt-get install dovecot-imapd"


def _require_dovecot() -> None:
    if dovecot_available():
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{INSTALL_HINT} (CI=true: these tests must run)")
    pytest.skip(INSTALL_HINT)


def _server_dir() -> Path:
    # Not pytest's tmp_path: its parents are mode 0700 and Dovecot's unprivileged processes
    # must be able to reach the passwd-file and the Maildirs.
    return Path(tempfile.mkdtemp(prefix="mailbot-dovecot-"))


def _remove(server: Dovecot) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)


@contextlib.contextmanager
def _running(server: Dovecot) -> Iterator[Dovecot]:
    """Start ``server``; stop it and remove its files however the test ends."""
    try:
        server.start()
        yield server
    finally:
        _remove(server)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A running private Dovecot with the test users; stop()/start()/restart() work mid-test."""
    _require_dovecot()
    with _running(Dovecot(_server_dir())) as server:
        yield server


@pytest.fixture
def dovecot_factory() -> Iterator:
    """Build a Dovecot with extra configuration (e.g. a reduced capability list)."""
    _require_dovecot()
    made: list[Dovecot] = []

    def make(extra_conf: str = "", **options: object) -> Dovecot:
        server = Dovecot(_server_dir(), extra_conf=extra_conf, **options)
        made.append(server)
        server.start()
        return server

    yield make
    for server in made:
        _remove(server)


@pytest.fixture
def tls_cert() -> Iterator[SelfSignedCert]:
    """A self-signed certificate for 127.0.0.1, readable by Dovecot's unprivileged processes."""
    directory = _server_dir()
    try:
        yield SelfSignedCert.make(directory / "tls")
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def dovecot_tls(tls_cert: SelfSignedCert) -> Iterator[Dovecot]:
    """A private Dovecot offering STARTTLS on ``port`` and implicit TLS on ``tls_port``."""
    _require_dovecot()
    with _running(Dovecot(_server_dir(), tls=tls_cert)) as server:
        yield server


@pytest.fixture
def smtp_relay(dovecot: Dovecot) -> Iterator[SmtpRelay]:
    """An aiosmtpd server on 127.0.0.1 that APPENDs each accepted mail to the recipient's INBOX."""
    relay = SmtpRelay(dovecot)
    relay.start()
    try:
        yield relay
    finally:
        relay.stop()


@pytest.fixture
def session_factory(database_url: str):
    """The migrated database (SQLite, or PostgreSQL with MAILBOT_TEST_DATABASE_URL) as a session
    factory: what the pipeline hands an IMAP source for its cursor."""
    from mailbot.store.db import make_engine, migrate
    from mailbot.store.db import session_factory as sessions

    engine = make_engine(database_url)
    migrate(engine)
    yield sessions(engine)
    engine.dispose()

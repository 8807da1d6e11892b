"""Fixtures for the mail-server tests: a private Dovecot per test (or one per module, each test with a
mailbox of its own) and an aiosmtpd relay delivering into it."""

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
from tests.integration.servers import USERS, Dovecot, dovecot_available

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


OWN_USERS = tuple(f"mailbox-{n}@example.com" for n in range(1, 41))  # enough for the largest module sharing one


@pytest.fixture(scope="module")
def module_dovecot() -> Iterator[Dovecot]:
    """One private Dovecot for all the tests of a module, each of which logs in as a user of its own
    (``own_user``): starting and stopping a server costs more than most of these tests. The users are
    all there from the start (a passwd-file changed later is read again only after a while)."""
    _require_dovecot()
    with _running(Dovecot(_server_dir(), users=USERS + OWN_USERS)) as server:
        yield server


@pytest.fixture(scope="module")
def _unused_users() -> Iterator[str]:
    return iter(OWN_USERS)


@pytest.fixture
def own_user(module_dovecot: Dovecot, _unused_users: Iterator[str]) -> str:
    """A user of the module's Dovecot for this test alone, whose mailbox starts empty. The server is
    started again first when an earlier test stopped it (an outage is a test's own)."""
    if not module_dovecot.running:
        module_dovecot.start()
    user = next(_unused_users, None)
    assert user is not None, f"more than {len(OWN_USERS)} tests share one Dovecot: add users to OWN_USERS"
    return user


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

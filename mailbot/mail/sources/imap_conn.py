"""Opening an authenticated IMAP connection (TLS mode, password or XOAUTH2, timeouts) and naming its failures."""

from __future__ import annotations

import imaplib
import os
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from mailbot.configfile import ConfigError
from mailbot.mail.sources.base import SourceUnavailable

if TYPE_CHECKING:
    from mailbot.config import ImapSource
    from mailbot.configfile import ImapView

    # The validated settings of an inbox, or their plain view when an empty pass only asks for mail.
    InboxConfig = ImapSource | ImapView

# Everything that means "the server or the link is gone or refused us": the connection is rebuilt.
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    ssl.SSLError,
    imaplib.IMAP4.error,
    IMAPClientError,
    EOFError,
)

DEFAULT_PORTS = {"implicit": 993, "starttls": 143, "none": 143}


def connect(cfg: InboxConfig) -> IMAPClient:
    """Connect and log in; every socket operation is bounded by ``cfg.timeout``."""
    port = cfg.port or DEFAULT_PORTS[cfg.tls]
    context = ssl.create_default_context(cafile=str(cfg.ca_file) if cfg.ca_file else None)
    client = IMAPClient(
        cfg.host,
        port=port,
        ssl=cfg.tls == "implicit",
        ssl_context=context if cfg.tls == "implicit" else None,
        timeout=cfg.timeout,
    )
    try:
        if cfg.tls == "starttls":
            client.starttls(context)
        if cfg.oauth2_token_env:
            client.sasl_login("XOAUTH2", _xoauth2(cfg.username, _token(cfg.oauth2_token_env)))
        else:
            client.login(cfg.username, cfg.secret() or "")
    except BaseException:
        _drop(client)
        raise
    return client


def _xoauth2(user: str, token: str) -> Callable[[bytes], bytes]:
    """XOAUTH2 answers: the bearer string first; to an error challenge (a JSON status) an empty
    line, as the mechanism specifies (imapclient's oauth2_login would send the token again)."""
    first = f"user={user}\1auth=Bearer {token}\1\1".encode()

    def respond(challenge: bytes) -> bytes:
        return b"" if challenge else first

    return respond


def _token(env: str) -> str:
    token = os.environ.get(env)
    if not token:
        raise ConfigError(f"oauth2_token_env: environment variable {env} is not set")
    return token


def _drop(client: IMAPClient | None) -> None:
    """Close the socket without a polite LOGOUT: the server may be the thing that is broken."""
    if client is None:
        return
    with suppress(Exception):
        client.shutdown()


def logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except NETWORK_ERRORS:
        _drop(client)


@contextmanager
def network(name: str, what: str) -> Iterator[None]:
    """Turn any network-level failure inside the block into SourceUnavailable naming inbox and step."""
    try:
        yield
    except TimeoutError as exc:
        raise SourceUnavailable(f"{name}: {what}: server did not answer in time ({exc})") from exc
    except NETWORK_ERRORS as exc:
        raise SourceUnavailable(f"{name}: {what}: {type(exc).__name__}: {exc}") from exc


drop = _drop


class Link:
    """One logged-in connection with the folder selected; after any failure it is rebuilt on next use.

    An inbox uses two: one for reading and moving, one that sits in IDLE, so a watcher thread and
    the polling job never share a connection.
    """

    def __init__(self, cfg: InboxConfig, on_connect: Callable[[int], None] | None = None) -> None:
        self.cfg = cfg
        self.client: IMAPClient | None = None
        self.uidvalidity = 0
        self._on_connect = on_connect
        self._lock = threading.RLock()  # one command at a time on the connection, whichever thread asks

    def get(self) -> IMAPClient:
        if self.client is None:
            client = connect(self.cfg)
            try:
                info = client.select_folder(self.cfg.folder)
            except BaseException:
                _drop(client)
                raise
            self.client, self.uidvalidity = client, int(info[b"UIDVALIDITY"])
            if self._on_connect:
                self._on_connect(self.uidvalidity)
        return self.client

    @contextmanager
    def op(self, what: str) -> Iterator[IMAPClient]:
        """Run one network step; on any failure the connection is dropped."""
        with self._lock:
            try:
                with network(self.cfg.name, what):
                    yield self.get()
            except SourceUnavailable:
                self.drop()
                raise

    def interrupt(self) -> None:
        """Break off whatever the connection is waiting for (IDLE) from another thread: the socket is
        shut down, so the waiting call fails at once and the connection is rebuilt on next use."""
        _drop(self.client)

    def drop(self) -> None:
        _drop(self.client)
        self.client = None

    def close(self) -> None:
        if self.client is not None:
            logout(self.client)
            self.client = None

"""Small tools for the mail-server tests: free ports, a throw-away certificate, bearer tokens, a link
that can go mute, a socket that never answers, and sample mails."""

from __future__ import annotations

import contextlib
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class SelfSignedCert:
    """A self-signed certificate for 127.0.0.1/localhost; ``cert`` doubles as the CA file to trust."""

    cert: Path
    key: Path

    @classmethod
    def make(cls, directory: Path) -> SelfSignedCert:
        directory.mkdir(parents=True, exist_ok=True)
        cert, key = directory / "cert.pem", directory / "key.pem"
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
        )
        for path in (directory, cert, key):
            path.chmod(0o755 if path.is_dir() else 0o644)  # Dovecot reads them as its own users
        return cls(cert, key)

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def oauth2_token(user: str, key: bytes, lifetime: int = 3600) -> str:
    """An HS256-signed JWT access token for ``user``, as an identity provider would issue it."""
    import base64
    import hashlib
    import hmac
    import json

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": "default"}
    claims = {"sub": user, "email": user, "azp": "default", "iat": now, "nbf": now, "exp": now + lifetime}
    signing = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    return signing + "." + b64(hmac.new(key, signing.encode(), hashlib.sha256).digest())


class FreezingProxy:
    """A TCP relay in front of a server that a test can freeze: connections stay open, nothing passes.

    That is the failure people hate most: a server (or a firewall) that stops answering without
    closing the connection.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.frozen = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        src.settimeout(0.05)
        while not self._closed:
            if self.frozen.is_set():
                time.sleep(0.02)
                continue
            try:
                chunk = src.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            while self.frozen.is_set() and not self._closed:  # held back, like a stalled link
                time.sleep(0.02)
            try:
                dst.sendall(chunk)
            except OSError:
                break
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.close()

    def close(self) -> None:
        self._closed = True
        self._listener.close()


def silent_server() -> tuple[socket.socket, int]:
    """A socket that accepts connections and never says a word (not even a greeting)."""
    listener = socket.create_server(("127.0.0.1", 0))
    return listener, listener.getsockname()[1]


def subjects(raws: list[bytes]) -> list[str]:
    parser = BytesHeaderParser()
    return [str(parser.parsebytes(r).get("Subject", "")) for r in raws]


def make_mail(
    n: int | str,
    *,
    sender: str = "customer@example.org",
    to: str = "service@example.com",
    subject: str | None = None,
    body: str | None = None,
    size: int = 0,
) -> bytes:
    """A plain customer mail with a unique Message-ID; ``size`` pads the body to about that many bytes."""
    text = body or f"Hello, my device number {n} stopped working.\r\n"
    if size:
        line = "x" * 76 + "\r\n"
        text += line * max(0, (size - len(text)) // len(line))
    return (
        f"From: Customer <{sender}>\r\nTo: {to}\r\nSubject: {subject or f'Request {n}'}\r\n"
        f"Message-ID: <req-{n}@example.org>\r\nDate: Sat, 21 Nov 2026 10:00:00 +0000\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}"
    ).encode()

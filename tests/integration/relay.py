"""A real aiosmtpd relay for the tests that delivers each accepted mail into Dovecot by IMAP APPEND."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from tests.integration.kit import SelfSignedCert, free_port
from tests.integration.servers import Dovecot


@dataclass
class SmtpBehaviour:
    """What the test SMTP server answers; a test flips these while it runs."""

    tempfail: bool = False  # answer 451 to every mail
    reject: set[str] = field(default_factory=set)  # answer 550 for these recipients
    keep_copy: bool = True  # file the copy of each accepted mail (where the relay keeps copies)
    silent_after_data: float = 0.0  # take the mail, then wait this long before answering (a stuck relay)


class DeliveringHandler:
    """aiosmtpd handler: each accepted mail is APPENDed to each recipient's Dovecot INBOX."""

    def __init__(
        self,
        deliver: Callable[[str, bytes], None],
        behaviour: SmtpBehaviour,
        keep_copy: Callable[[bytes], None] | None = None,
    ) -> None:
        self.deliver = deliver
        self.keep_copy = keep_copy  # like a journaling MTA: a copy of each accepted mail, filed before "250"
        self.behaviour = behaviour
        self.received: list[tuple[str, tuple[str, ...], bytes]] = []
        self.peers: list[tuple[str, int]] = []  # the client end of each connection that sent a mail
        self.arrived = threading.Condition()

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if self.behaviour.tempfail:
            return "451 4.3.0 Try again later"
        if address.lower() in self.behaviour.reject:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        if self.behaviour.tempfail:
            return "451 4.3.0 Try again later"
        data = envelope.original_content or envelope.content
        try:
            for rcpt in envelope.rcpt_tos:
                self.deliver(rcpt.lower(), data)
            if self.keep_copy is not None and self.behaviour.keep_copy:
                self.keep_copy(data)
        except Exception:
            return "451 4.3.0 Mailbox temporarily unavailable"
        with self.arrived:
            self.received.append((envelope.mail_from, tuple(envelope.rcpt_tos), data))
            self.peers.append(tuple(session.peer[:2]))
            self.arrived.notify_all()
        if self.behaviour.silent_after_data:
            await asyncio.sleep(self.behaviour.silent_after_data)
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.received) >= count, timeout=timeout)


class SmtpRelay:
    """A real aiosmtpd server on 127.0.0.1 that can be taken down and brought back on the same port."""

    def __init__(
        self,
        dovecot: Dovecot | None,
        logins: dict[str, str] | None = None,
        tls: SelfSignedCert | None = None,
        implicit_tls: bool = False,
        copy_to: tuple[Dovecot, str, str] | None = None,
    ) -> None:
        self.dovecot = dovecot
        # (server, user, folder): like Postfix always_bcc or Exchange journaling, every accepted mail is also
        # APPENDed to this folder before the relay answers "250"
        self.copy_to = copy_to
        self.tls = tls  # offer STARTTLS with this certificate (or, with implicit_tls, speak TLS at once)
        self.implicit_tls = implicit_tls
        self.logins = logins  # require AUTH with one of these user/password pairs
        self.behaviour = SmtpBehaviour()
        self.handler = DeliveringHandler(self._deliver, self.behaviour, self._copy if copy_to else None)
        self.port = free_port()
        self.controller: Controller | None = None

    def _deliver(self, rcpt: str, data: bytes) -> None:
        if self.dovecot is not None and rcpt in self.dovecot.users:
            self.dovecot.append(rcpt, data)

    def _copy(self, data: bytes) -> None:
        assert self.copy_to is not None
        server, user, folder = self.copy_to
        server.append(user, data, folder=folder)

    def start(self) -> None:
        auth: dict[str, object] = {}
        if self.logins is not None:
            auth = dict(
                authenticator=self._authenticate,
                auth_required=True,
                auth_require_tls=False,
                auth_exclude_mechanism=["LOGIN"],
            )
        if self.tls is not None and self.implicit_tls:
            auth["ssl_context"] = self.tls.server_context()
        elif self.tls is not None:
            auth["tls_context"] = self.tls.server_context()
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, server_hostname="relay.test", ready_timeout=10, **auth
        )
        self.controller.start()

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and self.logins is not None
            and self.logins.get(auth_data.login.decode()) == auth_data.password.decode()
        )
        return AuthResult(success=ok, handled=False)

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[tuple[str, tuple[str, ...], bytes]]:
        return self.handler.received

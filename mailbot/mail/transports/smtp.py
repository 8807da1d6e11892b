"""Delivery through an SMTP relay (smtplib): reused connections, answers sorted into temporary and permanent.

The transport keeps up to ``connections`` connections to the relay (``delivery.connections``): each mail is
sent on one of them, so as many mails as there are connections can be handed over at once (the outbox
sends a claimed batch on that many threads, mailbot.schedule.delivery); with one, every mail waits for
the one before, as a single SMTP session does. A connection is opened when a mail finds none free and
fewer than that many open, and is kept for the next mail."""

from __future__ import annotations

import contextlib
import logging
import re
import smtplib
import ssl
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailbot.config import SmtpTransport as SmtpConfig
from mailbot.mail.transports.base import LinkLost, PermanentFailure, RelayUnavailable, TemporaryFailure
from mailbot.mail.transports.journal import SendJournal

if TYPE_CHECKING:
    from mailbot.mail.transports.relay_copy import RelayCopy

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"implicit": 465, "starttls": 587, "none": 25}
CHECK_AFTER_IDLE_SECONDS = 5.0  # a connection unused this long is checked with NOOP before use
_BARE_EOL = re.compile(rb"\r?\n")


@dataclass
class _Link:
    """One connection to the relay, used by one mail at a time; ``smtp`` is None until opened (or once
    dropped)."""

    smtp: smtplib.SMTP | None = None
    last_used: float = 0.0


class SmtpTransport:
    """Hands mails to the relay; ``send`` returns only once the relay has accepted the mail. Safe for
    several threads: each mail in flight has a connection of its own, ``connections`` at most."""

    def __init__(
        self,
        cfg: SmtpConfig,
        journal: SendJournal | None = None,
        relay_copy: RelayCopy | None = None,
        connections: int = 1,
    ) -> None:
        if connections < 1:
            raise ValueError(f"connections must be at least 1, not {connections}")
        self.cfg = cfg
        self.journal = journal  # marks what the relay accepted, for a crash before the outbox says "sent"
        self.relay_copy = relay_copy  # where the relay files what it accepted: proof for a mail in doubt
        self.connections = connections  # how many mails may be handed over at once, each on its own connection
        self._idle: list[_Link] = []  # connections open and free, the most recently used last
        self._taken = 0  # links handed to a mail in flight (their connection open, being opened, or not yet)
        self._free = threading.Condition()  # the outbox job and the inbox watchers may deliver at once

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        link = self._take()
        try:
            self._send(link, sender, recipients, raw)
        finally:
            self._give_back(link)

    def _take(self) -> _Link:
        """A free connection (the most recently used: the least likely to have been dropped while idle),
        or a new one while fewer than ``connections`` are open; otherwise wait for one to be given back."""
        with self._free:
            while not self._idle and self._taken + len(self._idle) >= self.connections:
                self._free.wait()
            self._taken += 1
            return self._idle.pop() if self._idle else _Link()

    def _give_back(self, link: _Link) -> None:
        with self._free:
            self._taken -= 1
            if link.smtp is not None:
                self._idle.append(link)
            self._free.notify()

    def _send(self, link: _Link, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        smtp = self._connection(link)
        try:
            envelope, options = _envelope(sender, list(recipients), smtp)
        except PermanentFailure:
            raise  # nothing was said to the relay: the connection stays clean
        try:
            refused = smtp.sendmail(envelope[0], envelope[1], _crlf(raw), mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            _reset(link)
            raise _refusal(exc.recipients) from exc
        except smtplib.SMTPResponseException as exc:  # MAIL FROM or DATA answered with an error
            _reset(link)
            raise _classify(exc.smtp_code, exc.smtp_error) from exc
        except (smtplib.SMTPException, OSError) as exc:
            # The link broke mid-transaction: the relay may or may not have the mail. Retrying
            # later is SMTP's own answer to that; the Message-ID stays the same for deduplication.
            _discard(link)
            raise LinkLost(f"connection to {self.cfg.host} lost while sending: {exc}") from exc
        except Exception as exc:
            # Anything else (an encoding error half-way through the envelope...) leaves the connection in
            # an unknown state: drop it, so the next mail starts on a clean one.
            _discard(link)
            raise TemporaryFailure(f"sending through {self.cfg.host} failed: {type(exc).__name__}: {exc}") from exc
        link.last_used = time.monotonic()
        if refused:  # accepted for some recipients only: the mail is out, so it must not be resent
            log.warning("relay %s refused some recipients: %s", self.cfg.host, _describe(refused))

    def close(self) -> None:
        """Say goodbye on every connection, once the mails in flight on them are through."""
        with self._free:
            while self._taken:
                self._free.wait()
            idle, self._idle = self._idle, []
        for link in idle:
            if link.smtp is not None:
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    link.smtp.quit()
            _discard(link)

    def _connection(self, link: _Link) -> smtplib.SMTP:
        if link.smtp is not None and time.monotonic() - link.last_used > CHECK_AFTER_IDLE_SECONDS:
            try:
                code, _ = link.smtp.noop()
                if code != 250:
                    raise smtplib.SMTPServerDisconnected(f"NOOP answered {code}")
            except (smtplib.SMTPException, OSError):
                log.info("relay %s dropped the idle connection; reconnecting", self.cfg.host)
                _discard(link)
        if link.smtp is None:
            link.smtp = self._open()
            link.last_used = time.monotonic()
        return link.smtp

    def _open(self) -> smtplib.SMTP:
        cfg = self.cfg
        port = cfg.port or DEFAULT_PORTS[cfg.tls]
        context = ssl.create_default_context(cafile=str(cfg.ca_file) if cfg.ca_file else None)
        smtp: smtplib.SMTP | None = None
        try:
            if cfg.tls == "implicit":
                smtp = smtplib.SMTP_SSL(cfg.host, port, timeout=cfg.timeout, context=context)
            else:
                smtp = smtplib.SMTP(cfg.host, port, timeout=cfg.timeout)
            smtp.ehlo_or_helo_if_needed()
            if cfg.tls == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if cfg.username:
                smtp.login(cfg.username, cfg.secret() or "")
            return smtp
        except smtplib.SMTPAuthenticationError as exc:
            # The mail is fine; the credentials are not. Keep it queued until the operator fixes them.
            _quietly_close(smtp)
            raise TemporaryFailure(
                f"relay {cfg.host}: authentication failed: {exc.smtp_code} {_text(exc.smtp_error)}"
            ) from exc
        except smtplib.SMTPResponseException as exc:
            _quietly_close(smtp)
            raise TemporaryFailure(f"relay {cfg.host}: {exc.smtp_code} {_text(exc.smtp_error)}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            _quietly_close(smtp)
            raise RelayUnavailable(f"relay {cfg.host}:{port} unreachable: {exc}") from exc


def _reset(link: _Link) -> None:
    """After a refused transaction the connection is still good; make sure it is clean."""
    if link.smtp is None:
        return
    try:
        link.smtp.rset()
        link.last_used = time.monotonic()
    except (smtplib.SMTPException, OSError):
        _discard(link)


def _discard(link: _Link) -> None:
    _quietly_close(link.smtp)
    link.smtp = None


def _idna(address: str) -> str:
    """The domain of an address in its ASCII (IDNA) form: what every relay understands."""
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError as exc:
        raise PermanentFailure(f"{address}: the domain is not a valid internationalised name") from exc


def _envelope(sender: str, recipients: list[str], smtp: smtplib.SMTP) -> tuple[tuple[str, list[str]], list[str]]:
    """Envelope addresses as the relay can take them: IDNA domains, and SMTPUTF8 (RFC 6531) when a local
    part is not ASCII and the relay offers it; otherwise that mail cannot be sent, and only that mail."""
    addresses = [_idna(a) for a in (sender, *recipients)]
    if all(a.isascii() for a in addresses):
        return (addresses[0], addresses[1:]), []
    if smtp.has_extn("smtputf8"):
        return (addresses[0], addresses[1:]), ["SMTPUTF8"]
    wide = ", ".join(a for a in addresses if not a.isascii())
    raise PermanentFailure(f"{wide}: non-ASCII mailbox name and the relay does not offer SMTPUTF8")


def _crlf(raw: bytes) -> bytes:
    """SMTP lines end in CRLF (RFC 5321 2.3.8); smtplib fixes that for str but not for bytes, and
    relays reject bare LF (Postfix smtpd_forbid_bare_newline) or read the mail as one long line."""
    return _BARE_EOL.sub(b"\r\n", raw)


def _quietly_close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        with contextlib.suppress(OSError):
            smtp.close()


def _text(answer: bytes | str) -> str:
    return answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)


# Answers about our own login (auth required, auth failed) are a configuration problem the operator
# fixes: the mails wait in the outbox instead of failing for good.
_OUR_SIDE = frozenset({530, 534, 535, 538})


def _classify(code: int, answer: bytes | str) -> Exception:
    message = f"{code} {_text(answer)}"
    permanent = 500 <= code < 600 and code not in _OUR_SIDE
    return PermanentFailure(message) if permanent else TemporaryFailure(message)


def _refusal(refused: dict[str, tuple[int, bytes]]) -> Exception:
    """Every recipient refused: permanent only if every refusal was permanent."""
    message = _describe(refused)
    if all(500 <= code < 600 for code, _ in refused.values()):
        return PermanentFailure(message)
    return TemporaryFailure(message)


def _describe(refused: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{rcpt}: {code} {_text(answer)}" for rcpt, (code, answer) in refused.items())

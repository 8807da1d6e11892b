"""Delivery through an SMTP relay (smtplib): one reused connection, answers sorted into temporary and permanent."""

from __future__ import annotations

import contextlib
import logging
import re
import smtplib
import ssl
import threading
import time
from collections.abc import Sequence
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


class SmtpTransport:
    """Hands mails to the relay; ``send`` returns only once the relay has accepted the mail."""

    def __init__(
        self, cfg: SmtpConfig, journal: SendJournal | None = None, relay_copy: RelayCopy | None = None
    ) -> None:
        self.cfg = cfg
        self.journal = journal  # marks what the relay accepted, for a crash before the outbox says "sent"
        self.relay_copy = relay_copy  # where the relay files what it accepted: proof for a mail in doubt
        self._smtp: smtplib.SMTP | None = None
        self._last_used = 0.0
        self._lock = threading.Lock()  # the outbox job and the inbox watchers may deliver at once

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        with self._lock:
            self._send(sender, recipients, raw)

    def _send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        smtp = self._connection()
        try:
            envelope, options = _envelope(sender, list(recipients), smtp)
        except PermanentFailure:
            raise  # nothing was said to the relay: the connection stays clean
        try:
            refused = smtp.sendmail(envelope[0], envelope[1], _crlf(raw), mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            self._reset(smtp)
            raise _refusal(exc.recipients) from exc
        except smtplib.SMTPResponseException as exc:  # MAIL FROM or DATA answered with an error
            self._reset(smtp)
            raise _classify(exc.smtp_code, exc.smtp_error) from exc
        except (smtplib.SMTPException, OSError) as exc:
            # The link broke mid-transaction: the relay may or may not have the mail. Retrying
            # later is SMTP's own answer to that; the Message-ID stays the same for deduplication.
            self._discard()
            raise LinkLost(f"connection to {self.cfg.host} lost while sending: {exc}") from exc
        except Exception as exc:
            # Anything else (an encoding error half-way through the envelope...) leaves the connection in
            # an unknown state: drop it, so the next mail starts on a clean one.
            self._discard()
            raise TemporaryFailure(f"sending through {self.cfg.host} failed: {type(exc).__name__}: {exc}") from exc
        self._last_used = time.monotonic()
        if refused:  # accepted for some recipients only: the mail is out, so it must not be resent
            log.warning("relay %s refused some recipients: %s", self.cfg.host, _describe(refused))

    def close(self) -> None:
        with self._lock:
            if self._smtp is not None:
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    self._smtp.quit()
                self._discard()

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None and time.monotonic() - self._last_used > CHECK_AFTER_IDLE_SECONDS:
            try:
                code, _ = self._smtp.noop()
                if code != 250:
                    raise smtplib.SMTPServerDisconnected(f"NOOP answered {code}")
            except (smtplib.SMTPException, OSError):
                log.info("relay %s dropped the idle connection; reconnecting", self.cfg.host)
                self._discard()
        if self._smtp is None:
            self._smtp = self._open()
            self._last_used = time.monotonic()
        return self._smtp

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

    def _reset(self, smtp: smtplib.SMTP) -> None:
        """After a refused transaction the connection is still good; make sure it is clean."""
        try:
            smtp.rset()
            self._last_used = time.monotonic()
        except (smtplib.SMTPException, OSError):
            self._discard()

    def _discard(self) -> None:
        _quietly_close(self._smtp)
        self._smtp = None


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

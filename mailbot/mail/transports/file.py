"""The file transport: each outgoing mail becomes an .eml in a Maildir, so a person can open it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from mailbot.mail.sources.maildir import deliver_to_maildir
from mailbot.mail.transports.base import TemporaryFailure


class FileTransport:
    """Writes the rendered bytes to ``path/new``; the envelope is recorded in X-Envelope-* headers."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        envelope = (
            f"X-Envelope-From: <{sender}>\r\nX-Envelope-To: {', '.join(f'<{r}>' for r in recipients)}\r\n"
        ).encode()
        try:
            deliver_to_maildir(self.path, envelope + raw)
        except OSError as exc:
            raise TemporaryFailure(f"{self.path}: {exc.strerror}") from exc

    def close(self) -> None:
        return None

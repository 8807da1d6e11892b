"""The file transport: each outgoing mail becomes an .eml in a Maildir, so a person can open it."""

from __future__ import annotations

import email.policy
import os
from collections.abc import Sequence
from email.parser import BytesHeaderParser
from pathlib import Path

from mailbot.mail.sources.maildir import deliver_to_maildir
from mailbot.mail.transports.base import TemporaryFailure
from mailbot.mail.transports.journal import SendJournal


class FileTransport:
    """Writes the rendered bytes to ``path/new``; the envelope is recorded in X-Envelope-* headers."""

    def __init__(self, path: Path, journal: SendJournal | None = None) -> None:
        self.path = path
        self.journal = journal  # marks what was written, for a crash before the outbox says "sent"

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        envelope = (
            f"X-Envelope-From: <{sender}>\r\nX-Envelope-To: {', '.join(f'<{r}>' for r in recipients)}\r\n"
        ).encode()
        try:
            deliver_to_maildir(self.path, envelope + raw)
        except OSError as exc:
            raise TemporaryFailure(f"{self.path}: {exc.strerror}") from exc

    def delivered(self, message_id: str) -> bool:
        """Whether a mail with this Message-ID is already in the folder: the delivered copy a row found
        mid-send after a crash is checked against, so a worker killed between writing the file and
        recording "sent" does not write it twice. Reads headers only; used only after a crash."""
        wanted = _bare(message_id)
        for sub in ("new", "cur"):
            folder = self.path / sub
            if not folder.is_dir():
                continue
            for entry in os.scandir(folder):
                with open(entry.path, "rb") as fh:
                    headers = BytesHeaderParser(policy=email.policy.compat32).parse(fh)
                if _bare(str(headers.get("Message-ID", ""))) == wanted:
                    return True
        return False

    def close(self) -> None:
        return None


def _bare(message_id: str) -> str:
    return message_id.strip().strip("<>").strip()

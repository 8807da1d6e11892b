"""A local Maildir as a mail source: the embedded default. Done mail moves to .Processed, never deleted."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

from mailbot.mail.sources.base import SourceUnavailable
from mailbot.values import RawMail


def ensure_maildir(path: Path) -> None:
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)


class MaildirSource:
    """Reads ``new/`` and ``cur/`` oldest first; ``mark_done`` renames into the ``.Processed`` folder.

    A rename within one file system is atomic, so a mail is either still waiting or done, never
    half-moved; a crash before the rename leaves it waiting, and the Message-ID check makes the
    second pass a no-op apart from the move.
    """

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        ensure_maildir(path)
        self._ready: set[str] = set()  # target folders made once: no three mkdir calls per mail moved

    def fetch(self) -> Iterator[RawMail]:
        try:
            entries = [p for sub in ("new", "cur") for p in (self.path / sub).iterdir() if p.is_file()]
        except OSError as exc:
            raise SourceUnavailable(f"{self.path}: {exc.strerror}") from exc
        entries.sort(key=lambda p: (p.stat().st_mtime, p.name))
        for entry in entries:
            try:
                data = entry.read_bytes()
            except FileNotFoundError:  # taken by another worker meanwhile
                continue
            yield RawMail(data=data, source=self.name, key=f"{entry.parent.name}/{entry.name}")

    def _move(self, raw: RawMail, folder: str) -> None:
        target_dir = self.path / f".{folder}"
        if folder not in self._ready:
            ensure_maildir(target_dir)
            self._ready.add(folder)
        src = self.path / raw.key
        name = src.name if ":2," in src.name else src.name + ":2,S"
        try:
            os.replace(src, target_dir / "cur" / name)
        except FileNotFoundError:
            if not src.exists():
                return  # already moved (a rerun after a crash between move and bookkeeping)
            ensure_maildir(target_dir)  # the folder was removed since it was made: made again
            os.replace(src, target_dir / "cur" / name)

    def mark_done(self, raw: RawMail) -> None:
        self._move(raw, "Processed")

    def quarantine(self, raw: RawMail, reason: str) -> None:
        self._move(raw, "Quarantine")

    def wait(self, timeout: float) -> bool:
        """Maildir has no push; sleep the poll interval (the daemon's stop event cuts it short)."""
        time.sleep(min(timeout, 1.0))
        return False

    def close(self) -> None:
        return None


def deliver_to_maildir(path: Path, data: bytes) -> Path:
    """Drop one mail into a Maildir's new/ the way an MDA does (tmp, then rename)."""
    import mailbox

    ensure_maildir(path)
    box = mailbox.Maildir(path, create=True)
    key = box.add(data)
    return path / "new" / key

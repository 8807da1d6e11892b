"""What the next hop took, as files beside the database: a crash between the relay's "250" and the
outbox's "sent" commit leaves a mark that says the mail is out, so it is not sent a second time.

Why files and not the database: the mark must be made in the instant after the relay answers, and a
database commit (a flush to disk, a round trip to PostgreSQL) is the very window a kill falls into. Creating
or renaming an empty file is one system call; once it returns the mark survives the death of the process
(SIGKILL, an OOM kill, a crash), though not the loss of the machine's power. Each mail goes through:

    begun      written just before the mail is handed over (before SMTP MAIL FROM ... DATA)
    accepted   renamed from "begun" the moment the relay accepted it
    (none)     removed once the outbox row is committed as sent, failed or queued again (except after a
               link lost mid-transaction: the mark stays "begun", the mail is in doubt as after a crash)

A row found mid-send after a crash is then: "accepted" → recorded as sent, not sent again; "begun" → in
doubt (the process died between the end of DATA and the rename: the relay may have the mail): looked for
in the relay's copy folder where one is configured (mailbot.mail.transports.relay_copy), else sent once
more with the same Message-ID; no mark → it was claimed but never handed over here, sent normally (after
a look in the relay's copy folder where one is configured).

The marks live on the worker's machine (``var_dir``): a row re-claimed by a worker on another machine
after the lease finds no mark; without the relay's copy folder it is sent once more, same Message-ID.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

State = Literal["begun", "accepted"]
KEEP_SECONDS = 7 * 24 * 3600  # a mark older than a week belongs to a row long since settled


class SendJournal:
    """Marks per Message-ID in ``folder``; safe for several processes and threads on one machine."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._made = False

    def _path(self, message_id: str, state: State) -> str:
        # A mail's mark is looked up some seven times on its way out: the name is made once.
        return f"{_stem(os.fspath(self.folder), message_id)}.{state}"

    def _ensure(self) -> None:
        if not self._made:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._prune()
            self._made = True

    def begin(self, message_id: str, at: datetime | None = None) -> None:
        """Mark the mail as being handed over (before any of it reaches the relay), at ``at`` on the
        business clock: how long ago a mail in doubt went out, should the relay's copy of it lag."""
        self._ensure()
        fd = os.open(self._path(message_id, "begun"), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        try:
            if at is not None:
                os.write(fd, at.isoformat().encode("ascii"))
        finally:
            os.close(fd)

    def accepted(self, message_id: str) -> None:
        """The relay accepted the mail: one rename, the first thing done after its answer."""
        try:
            os.replace(self._path(message_id, "begun"), self._path(message_id, "accepted"))
        except FileNotFoundError:  # begun by nobody (a caller without begin): still say it is out
            self._ensure()
            os.close(os.open(self._path(message_id, "accepted"), os.O_CREAT | os.O_WRONLY, 0o600))

    def forget(self, message_id: str) -> None:
        """The outcome is in the database now (or the relay refused the mail): the mark has served."""
        for state in ("begun", "accepted"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._path(message_id, state))

    def state(self, message_id: str) -> State | None:
        """What is known of a mail found mid-send after a crash."""
        if os.path.exists(self._path(message_id, "accepted")):
            return "accepted"
        if os.path.exists(self._path(message_id, "begun")):
            return "begun"
        return None

    def begun_at(self, message_id: str) -> datetime | None:
        """When the mail in doubt was handed over, as ``begin`` was told; None when not known."""
        try:
            text = Path(self._path(message_id, "begun")).read_text(encoding="ascii").strip()
            at = datetime.fromisoformat(text) if text else None
        except (OSError, ValueError):
            return None
        return at.replace(tzinfo=UTC) if at is not None and at.tzinfo is None else at

    def _prune(self) -> None:
        cutoff = time.time() - KEEP_SECONDS
        with contextlib.suppress(OSError), os.scandir(self.folder) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime < cutoff:
                        os.unlink(entry.path)


@functools.lru_cache(maxsize=1024)
def _stem(folder: str, message_id: str) -> str:
    digest = hashlib.sha256(_bare(message_id).encode("utf-8", "surrogateescape")).hexdigest()[:40]
    return os.path.join(folder, digest)


def _bare(message_id: str) -> str:
    return message_id.strip().strip("<>").strip()

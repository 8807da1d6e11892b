"""An IMAP inbox as a MailSource: UID cursor kept in the database, move or flag when done, IDLE waiting."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from imapclient import IMAPClient
from tqdm import tqdm

from mailbot.config import ImapSource
from mailbot.mail.sources.base import SourceUnavailable
from mailbot.mail.sources.imap_check import NOT_DELETED, after, not_done
from mailbot.mail.sources.imap_conn import Link
from mailbot.mail.sources.imap_cursor import Cursor, Position, PositionStore, batches
from mailbot.mail.sources.imap_folder import ensure_folder, locate, move
from mailbot.values import RawMail

log = logging.getLogger(__name__)
T = TypeVar("T")

IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: servers may drop an IDLE after 30 minutes; renew well before
BATCH_MAILS = 100  # mails per FETCH round trip
BATCH_BYTES = 16 * 1024 * 1024  # ...and at most this much of them in memory at once
PROGRESS_FROM = 100  # a pass of new mail this long gets a progress bar too
SAVE_EVERY = 2.0  # seconds between writes of the position while a pass is running


@dataclass(frozen=True)
class Plan:
    """What one pass reads: the UIDs in order, grouped into FETCH batches, and where the pass starts."""

    uidvalidity: int
    start: int
    uids: tuple[int, ...]
    batches: tuple[tuple[int, ...], ...]
    window_end: int
    why: str  # "new mail" | "first start (policy …)" | "UIDVALIDITY changed …"


class ImapMailSource:
    """One IMAP folder read oldest first; mails leave the folder (or get a flag) only once done."""

    def __init__(
        self,
        cfg: ImapSource,
        state: PositionStore,
        *,
        clock: Callable[[], datetime],
        progress: bool = False,
        idle_renew: float = IDLE_RENEW_SECONDS,
    ) -> None:
        self.cfg = cfg
        self.name = cfg.name
        self.pushes = cfg.idle  # the daemon runs a watcher thread calling wait() for this inbox
        self._state = state
        self._clock = clock
        self._progress = progress
        self._idle_renew = idle_renew
        self._work = Link(cfg, self._connected)
        self._watch = Link(cfg)
        self._sent = Link(cfg)  # append_sent is called by the outbox, from another thread
        self._folders: set[str] = set()
        self._cursor: Cursor | None = None
        self._saved: Position | None = None
        self._saved_at = 0.0
        self._dirty = False  # a done mail moved the position since it was last saved
        self._interrupted = threading.Event()

    def _connected(self, uidvalidity: int) -> None:
        log.info(
            "%s: connected to %s, folder %s (UIDVALIDITY %s)", self.name, self.cfg.host, self.cfg.folder, uidvalidity
        )

    @property
    def _uidvalidity(self) -> int:
        return self._work.uidvalidity

    def _retrying(self, what: str, step: Callable[[IMAPClient], T]) -> T:
        """Run an idempotent step; a connection that died while unused is rebuilt once and retried."""
        reused = self._work.client is not None
        try:
            with self._work.op(what) as client:
                return step(client)
        except SourceUnavailable as exc:
            if not reused:
                raise
            log.info("%s: connection lost (%s); reconnecting", self.name, exc)
        with self._work.op(what) as client:
            return step(client)

    @property
    def batch_size(self) -> int:
        """Mails per FETCH round trip: the pipeline commits and marks done one fetched batch at a time."""
        return BATCH_MAILS

    def interrupt(self) -> None:
        """Called from another thread when the daemon stops: ``wait`` returns at once."""
        self._interrupted.set()
        self._watch.interrupt()

    def close(self) -> None:
        self._advance(None)
        for link in (self._work, self._watch, self._sent):
            link.close()

    # --- reading ---------------------------------------------------------------------------

    def fetch(self) -> Iterator[RawMail]:
        plan = self._retrying("search", self._plan)
        self._cursor = Cursor(plan.uidvalidity, plan.start)
        self._cursor.hand_out(list(plan.uids), plan.window_end)
        # A bar on the terminal for a first start or a backlog, not for every mail the daemon reads.
        show = self._progress and (plan.why != "new mail" or len(plan.uids) >= PROGRESS_FROM)
        if plan.uids and (show or plan.why != "new mail"):
            log.info("%s: %d mails to read (%s)", self.name, len(plan.uids), plan.why)
            if show:
                tqdm.write(f"{self.name}: {len(plan.uids)} mails to read ({plan.why})", file=sys.stderr)
        with tqdm(total=len(plan.uids), desc=self.name, unit="mail", disable=not show, file=sys.stderr) as bar:
            for batch in plan.batches:
                with self._work.op("fetch") as client:
                    data = client.fetch(list(batch), ["BODY.PEEK[]"])
                for uid in batch:
                    body = data.get(uid, {}).get(b"BODY[]")
                    bar.update(1)
                    if body is None:  # expunged by someone else meanwhile: nothing left to do
                        self._advance(uid)
                        continue
                    yield RawMail(data=body, source=self.name, key=f"{plan.uidvalidity}:{uid}")
        self._advance(None)

    def _plan(self, client: IMAPClient) -> Plan:
        client.noop()  # let the server tell this connection about mail that arrived meanwhile
        saved = self._saved = self._state.load(self.name)
        keyword = self._not_done()
        if saved is not None and saved.uidvalidity == self._uidvalidity:
            found = client.search(after(saved, self.cfg))  # the question an empty pass asks (imap_check)
            uids = sorted(u for u in found if u > saved.last_uid)  # "n:*" always matches the last mail
            return self._batched(client, saved.last_uid, uids, max(uids, default=0), "new mail")
        if saved is None:
            criteria, why = self._initial_criteria(), f"first start, policy {self.cfg.initial}"
        else:
            # The server renumbered the folder: read it all again; Message-IDs keep out repeats.
            criteria = ["ALL"]
            why = f"UIDVALIDITY changed from {saved.uidvalidity} to {self._uidvalidity}"
            log.warning("%s: %s; reading the whole folder again", self.name, why)
        uids = sorted(client.search([*criteria, *NOT_DELETED, *keyword]))
        return self._batched(client, 0, uids, max(client.search(["ALL"]), default=0), why)

    def _initial_criteria(self) -> list[object]:
        if self.cfg.initial == "unseen":
            return ["UNSEEN"]
        if self.cfg.initial.startswith("since:"):
            return ["SINCE", datetime.fromisoformat(self.cfg.initial[6:]).date()]
        return ["ALL"]

    def _batched(self, client: IMAPClient, start: int, uids: list[int], window_end: int, why: str) -> Plan:
        found = client.fetch(uids, ["RFC822.SIZE"]) if uids else {}
        sizes = {uid: int(found.get(uid, {}).get(b"RFC822.SIZE", 0)) for uid in uids}
        return Plan(
            self._uidvalidity, start, tuple(uids), batches(uids, sizes, BATCH_MAILS, BATCH_BYTES), window_end, why
        )

    # --- when a mail is done ---------------------------------------------------------------

    def mark_done(self, raw: RawMail) -> None:
        def done(client: IMAPClient) -> int | None:
            uid = locate(client, raw, self._uidvalidity, self.name)
            if uid is not None and self.cfg.on_done == "flag":
                client.add_flags([uid], [self.cfg.done_flag], silent=True)
            elif uid is not None:
                move(client, uid, self.cfg.done_folder, self._folders)
            return uid

        uid = self._retrying("mark done", done)
        if uid is not None:
            self._advance(uid)

    def mark_done_many(self, raws: list[RawMail]) -> None:
        """A committed batch leaves the folder with one UID MOVE (or one STORE for the done flag)."""

        def done(client: IMAPClient) -> list[int]:
            uids = [u for u in (locate(client, raw, self._uidvalidity, self.name) for raw in raws) if u is not None]
            if uids and self.cfg.on_done == "flag":
                client.add_flags(uids, [self.cfg.done_flag], silent=True)
            elif uids:
                move(client, uids, self.cfg.done_folder, self._folders)
            return uids

        for uid in self._retrying("mark done", done):
            self._advance(uid)

    def quarantine(self, raw: RawMail, reason: str) -> None:
        log.warning("%s: quarantining %s: %s", self.name, raw.key, reason)

        def aside(client: IMAPClient) -> int | None:
            uid = locate(client, raw, self._uidvalidity, self.name)
            if uid is not None:
                move(client, uid, self.cfg.quarantine_folder, self._folders)
            return uid

        uid = self._retrying("quarantine", aside)
        if uid is not None:
            self._advance(uid)

    def append_sent(self, raw_bytes: bytes) -> None:
        """Keep a copy of a sent reply in the Sent folder, so staff see it in their mail client."""
        if not self.cfg.sent_folder:
            return
        with self._sent.op("append to sent folder") as client:
            ensure_folder(client, self.cfg.sent_folder, self._folders)
            client.append(self.cfg.sent_folder, raw_bytes, flags=[b"\\Seen"])

    def _advance(self, uid: int | None) -> None:
        """Move the saved position past done mail (``None``: the pass ended or the inbox closes).

        Done mail has left the folder (or carries the done flag), so a position saved a moment
        late only lengthens one search after a crash; writes are therefore spaced SAVE_EVERY apart.
        """
        cursor = self._cursor
        if cursor is None or cursor.uidvalidity != self._uidvalidity:
            return  # handed out before a UIDVALIDITY change: the next pass starts afresh
        if uid is not None and cursor.done(uid) is not None:
            self._dirty = True
        position = Position(cursor.uidvalidity, cursor.position())
        due = time.monotonic() - self._saved_at >= SAVE_EVERY or uid is None
        if position != self._saved and due and (self._dirty or (uid is None and not cursor.open)):
            self._state.save(self.name, position, self._clock())
            self._saved, self._saved_at, self._dirty = position, time.monotonic(), False

    # --- waiting for new mail --------------------------------------------------------------

    def wait(self, timeout: float) -> bool:
        """Block until new mail arrives (IDLE) or ``timeout`` passes; True if something arrived."""
        if self._interrupted.is_set():
            return False
        with self._watch.op("idle") as client:
            if self._pending(client):  # arrived since the last fetch, before IDLE could hear it
                return True
            if self.cfg.idle and client.has_capability("IDLE"):
                client.idle()
                arrived = self._idle_loop(client, time.monotonic() + timeout)
                _text, late = client.idle_done()  # bounded by cfg.timeout: a mute server shows here
                return arrived or _announces_mail(late)
        if self._interrupted.wait(timeout):
            return False
        with self._watch.op("poll") as client:
            return self._pending(client)

    def _pending(self, client: IMAPClient) -> bool:
        """Mail waiting beyond the saved position (read from the watcher thread: the saved
        Position is an immutable value, the cursor is not touched; done mail has left or is flagged)."""
        saved = self._saved
        start = saved.last_uid if saved else 0
        client.noop()  # let the server tell this connection about mail that arrived meanwhile
        found = client.search(["UID", f"{start + 1}:*", *NOT_DELETED, *self._not_done()])
        return any(u > start for u in found)

    def _not_done(self) -> list[str]:
        return not_done(self.cfg)

    def _idle_loop(self, client: IMAPClient, deadline: float) -> bool:
        started = time.monotonic()
        quick_empties = 0
        while (now := time.monotonic()) < deadline:
            if now - started >= self._idle_renew:
                _text, late = client.idle_done()
                client.idle()  # wait() ends every IDLE it finds running
                started = time.monotonic()
                if _announces_mail(late):
                    return True
                continue
            step = min(deadline - now, self._idle_renew - (now - started))
            responses = client.idle_check(timeout=step)
            if _announces_mail(responses):
                return True
            # Readable but no line, again and again: the server closed the connection.
            quick_empties = quick_empties + 1 if not responses and time.monotonic() - now < step / 2 else 0
            if quick_empties >= 3:
                raise ConnectionError("server closed the connection during IDLE")
        return False


def _announces_mail(responses: list[object]) -> bool:
    # EXISTS is what every server sends for new mail (RECENT may come as "0 RECENT" and says nothing).
    return any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS" for r in responses)

"""The reading process: a fetched batch parsed and understood in a second process.

Ingest is CPU-bound in two halves: reading a mail (parse, then spaCy and the rules) and applying it (the
database). On one process they take turns on one core; with a second process reading batch N+1 while
this one applies batch N, two cores share the work. Reading has no side effect, so the second process
may die at any moment without losing or doubling anything: its batch is then read here, as without it.
What crosses between the processes is plain frozen dataclasses (the mail's bytes in, ``ReadBatch`` out).

The process is forked (Linux) once the understander is built here: spaCy, the pipeline and the rules are
then shared page for page by both processes (copy-on-write) instead of loaded twice. For the sharing to
last, the objects alive at the fork are frozen out of the garbage collector in both processes (a
collection writes to every object it visits, and a written page is a copied page). Still, each side
writes to more of the shared pages as it goes (reference counts), so the process is replaced after a few
batches (``RECYCLE_MAILS``) by a new one sharing this process's pages again.

A reading process that dies or stops answering is replaced: its batch is read here, and a new process
is forked later, after a delay that doubles at each break (``RESTART_DELAYS``). Breaking again and again
(``BREAKS_PER_HOUR``), it is not replaced any more: every batch is then read here.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from mailbot.mail.parse import parse
from mailbot.values import Extraction, InboundMail, RawMail

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# multiprocessing, concurrent.futures.process and ctypes are imported where used: a command that reads
# no backlog (most of them import the pipeline) should not pay for them at start-up.

log = logging.getLogger(__name__)

# A batch of 100 mails takes well under a second to read; this is for a process that stopped answering
# (not one that died: that is noticed at once). spaCy is loaded before the fork, not in this time.
READ_TIMEOUT_SECONDS = 120.0
STOP_GRACE_SECONDS = 10.0  # a stopping reading process may finish the batch in hand
# The most bytes of mail handed over in one batch: two batches are in flight (the one read there, the next
# one queued), each copied on both sides and decoded there; larger batches are read in this process.
HANDED_BYTES = 16 * 1024 * 1024
# The reading process is replaced after it was handed this many mails (a batch, from the sources), once
# it has read the batches in hand: the pages either process wrote since the fork, each kept twice, are
# then shared again. Without it both processes together grow by ~15 MiB per 1,000 mails of a backlog; a
# fork and a fresh process's first batch cost no measurable CPU beside reading 100 mails.
RECYCLE_MAILS = 100
# After a break, a new reading process is forked after the first delay, then twice as long after each
# further break, up to the last; a process that ran the healthy time without breaking starts the series
# again. This many breaks within an hour and no process is started any more (a service restart clears it).
RESTART_DELAYS = (60.0, 3600.0)
HEALTHY_SECONDS = 3600.0
BREAKS_PER_HOUR = 3
_HOUR = 3600.0
_PR_SET_PDEATHSIG = 1  # prctl(2): the kernel signals this process when its parent dies


class Understands(Protocol):
    """What the reading process needs of the understander (``mailbot.understand.Understander``)."""

    def understand_many(self, mails: list[InboundMail]) -> list[Extraction]: ...


@dataclass(frozen=True)
class ReadBatch:
    """A batch as read: each mail parsed and what it says, in the order the batch was handed over."""

    mails: tuple[InboundMail, ...]
    found: tuple[Extraction, ...]


def read_batch(datas: tuple[bytes, ...], understander: Understands) -> ReadBatch | None:
    """Parse and understand a batch; None when a mail cannot be parsed (the pipeline then takes the
    batch one mail at a time, in its own process, where a malformed mail is quarantined with its reason)."""
    try:
        mails = [parse(data) for data in datas]
    except Exception:
        return None
    return ReadBatch(tuple(mails), tuple(understander.understand_many(mails)))


# The reading process's own understander, set once by ``_start`` in that process (never in the parent).
_reader: Understands | None = None


def _start(understander: Understands, parent: int) -> None:
    """Set up the reading process: die with the parent, leave signals to it, read with the parent's
    understander (built before the fork, so its pages are shared)."""
    global _reader
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group and systemd's stop every process of the unit: the parent
    # decides when to stop (after the batch in hand) and tells this one, or dies and the kernel does.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # Came frozen from the parent (``ReadingPool._fork``): the parent's objects are never collected here,
    # so no finaliser of theirs runs in this process and the collector leaves their pages shared.
    gc.freeze()
    _reader = understander


def _die_with_parent(parent: int) -> None:
    """A parent killed outright (SIGKILL) cannot tell its reading process to stop: the kernel does."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(0)


def _read_here(datas: tuple[bytes, ...]) -> ReadBatch | None:
    """Runs in the reading process."""
    assert _reader is not None, "the reading process was not started by ReadingPool"
    try:
        return read_batch(datas, _reader)
    finally:
        _trim()


def _trim() -> None:
    """Hand the batch's freed memory back to the system: an idle reading process holds no more than it needs."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def fork_available() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class ReadingPool:
    """One reading process, started at the first batch handed over and kept for the next passes.

    ``submit`` hands a batch over; ``result`` gives it back read, or None: read it here. None comes when
    there is no reading process just now (it broke and its replacement is not due yet, or it broke too
    often), when the process died or stopped answering with the batch (logged; a new one is forked later),
    or when reading raised there (the batch is read again here, where the failure is sorted as always).

    After ``recycle_mails`` mails handed over, the process is replaced by a new one (no break: nothing is
    read here for it). ``make`` builds the understander, in this process, before the first fork; ``clock``
    gives seconds (monotonic) for the restart delays.
    """

    def __init__(
        self,
        make: Callable[[], Understands],
        timeout: float = READ_TIMEOUT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        breaks_per_hour: int = BREAKS_PER_HOUR,
        recycle_mails: int = RECYCLE_MAILS,
    ) -> None:
        self._make = make
        self._recycle_mails = recycle_mails
        self._mails = 0  # handed to the current process
        self._timeout = timeout
        self._clock = clock
        self._breaks_per_hour = breaks_per_hour
        self._understander: Understands | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._generation = 0  # which process a handed batch went to: a dead one's batches break nothing new
        self._handed: weakref.WeakKeyDictionary[Future[ReadBatch | None], int] = weakref.WeakKeyDictionary()
        self._healthy_since: float | None = None  # when a process last started after a break (or first)
        self._delay = RESTART_DELAYS[0]
        self._next_start: float | None = None  # after a break: when a new process may be forked
        self._breaks: list[float] = []  # when the process broke, within the last hour
        self._given_up = False
        self._lock = threading.Lock()  # passes over two inboxes may hand over batches at once

    @property
    def broken(self) -> bool:
        """No reading process just now because one broke: batches are read here."""
        return self._pool is None and (self._given_up or self._next_start is not None)

    @property
    def given_up(self) -> bool:
        """It broke too often: every batch is read here from now on."""
        return self._given_up

    def submit(self, raws: list[RawMail]) -> Future[ReadBatch | None] | None:
        """Hand a batch over; None when there is no reading process now: read the batch here."""
        with self._lock:
            if self._given_up:
                return None
            try:
                if self._pool is not None and self._mails >= self._recycle_mails:
                    self._recycle()
                if self._pool is None:
                    if self._given_up or (self._next_start is not None and self._clock() < self._next_start):
                        return None
                    self._pool = self._fork()
                handed = self._pool.submit(_read_here, tuple(raw.data for raw in raws))
                self._mails += len(raws)
            except Exception as exc:  # broken, shut down, no fork: whatever it is, the batch is read here
                self._break(f"{type(exc).__name__}: {exc}")
                return None
            self._handed[handed] = self._generation
            return handed

    def _fork(self) -> ProcessPoolExecutor:
        """A new reading process, forked at its first batch, from this process with the understander built."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if self._understander is None:
            self._understander = self._make()
        # Frozen until the process stops: this side's collections leave the shared pages alone too. No
        # collection first: the holes it would leave in shared pages are where both sides would allocate.
        gc.freeze()
        if self._next_start is not None:
            log.info("reading process started again")
        self._next_start = None
        self._mails = 0
        if self._healthy_since is None:  # not when it replaces one that read its share
            self._healthy_since = self._clock()
        self._generation += 1
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start,
            initargs=(self._understander, os.getpid()),
        )

    def _recycle(self) -> None:
        """Stop the process once it has read the batches in hand (their results are kept for ``result``);
        the caller forks the next one."""
        from concurrent.futures import wait

        pending = [f for f, generation in list(self._handed.items()) if generation == self._generation]
        _, late = wait(pending, timeout=self._timeout)
        if late:
            self._break(f"no answer in {self._timeout:.0f} s")
            return
        log.debug("reading process replaced after %d mails", self._mails)
        self._stop(kill=False)

    def result(self, handed: Future[ReadBatch | None] | None) -> ReadBatch | None:
        """The batch as read there, or None: read it here."""
        if handed is None:
            return None
        from concurrent.futures.process import BrokenProcessPool

        generation = self._handed.pop(handed, None)
        why = None
        try:
            return handed.result(timeout=self._timeout)
        except BrokenProcessPool as exc:
            why = f"it died: {exc}"
        except FutureTimeout:
            why = f"no answer in {self._timeout:.0f} s"
        except CancelledError:  # its process was stopped before it took the batch
            pass
        except Exception as exc:
            log.debug("batch read again in this process: %s: %s", type(exc).__name__, exc)
        if why is not None:
            with self._lock:
                if generation == self._generation and self._pool is not None:  # not a process already replaced
                    self._break(why)
        return None

    def _break(self, why: str) -> None:
        """The process is stopped; a new one is due after the delay, or never after too many breaks."""
        now = self._clock()
        if self._healthy_since is not None and now - self._healthy_since >= HEALTHY_SECONDS:
            self._delay = RESTART_DELAYS[0]
        self._healthy_since = None
        self._stop(kill=True)
        self._breaks = [t for t in self._breaks if now - t < _HOUR] + [now]
        if len(self._breaks) >= self._breaks_per_hour:
            self._given_up = True
            self._next_start = None
            log.warning(
                "reading process stopped (%s), %d times within an hour; mail is parsed and understood in this "
                "process from now on",
                why,
                len(self._breaks),
            )
            return
        self._next_start = now + self._delay
        log.warning(
            "reading process stopped (%s); mail is parsed and understood in this process, another reading "
            "process is started in %.0f min",
            why,
            self._delay / 60,
        )
        self._delay = min(self._delay * 2, RESTART_DELAYS[1])

    def _stop(self, *, kill: bool) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list(getattr(pool, "_processes", {}).values())
        if kill:  # a process that stopped answering would never take the stop sentinel
            for process in processes:
                process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:  # it finishes the batch in hand, if any, then stops; a stuck one is killed
            process.join(STOP_GRACE_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
        gc.unfreeze()  # nothing shares this process's pages any more: its objects are collected as usual

    def close(self) -> None:
        """Stop the reading process (a later ``submit`` starts another)."""
        with self._lock:
            self._stop(kill=False)

    def pids(self) -> tuple[int, ...]:
        """The reading process's pid, while it runs (for tests and measurements)."""
        pool = self._pool
        return tuple(getattr(pool, "_processes", {}).keys()) if pool is not None else ()

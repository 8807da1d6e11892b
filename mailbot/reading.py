"""The reading process: a fetched batch parsed and understood in a second process.

Ingest is CPU-bound in two halves: reading a mail (parse, then spaCy and the rules) and applying it (the
database). On one process they take turns on one core; with a second process reading batch N+1 while
this one applies batch N, two cores share the work. Reading has no side effect, so the second process
may die at any moment without losing or doubling anything: its batch is then read here, as without it.
What crosses between the processes is plain frozen dataclasses (the mail's bytes in, ``ReadBatch`` out).

The process is forked (Linux): it starts with this process's settings and rules already in memory and
loads the spaCy pipeline once, in ``_start``.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future
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
# (not one that died: that is noticed at once). The first batch also waits for spaCy to load.
READ_TIMEOUT_SECONDS = 120.0
STOP_GRACE_SECONDS = 10.0  # a stopping reading process may finish the batch in hand
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


def _start(make: Callable[[], Understands], parent: int) -> None:
    """Set up the reading process: die with the parent, leave signals to it, build the understander once."""
    global _reader
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group and systemd's stop every process of the unit: the parent
    # decides when to stop (after the batch in hand) and tells this one, or dies and the kernel does.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    gc.freeze()  # the parent's objects are never collected here: no finaliser of theirs runs in this process
    _reader = make()


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
    return read_batch(datas, _reader)


def fork_available() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class ReadingPool:
    """One reading process, started at the first batch handed over and kept for the next passes.

    ``submit`` hands a batch over; ``result`` gives it back read, or None: read it here. None comes when
    the process died or stopped answering (logged once; every later batch is then read here), or when
    reading raised there (the batch is read again here, where the failure is sorted as always).
    """

    def __init__(self, make: Callable[[], Understands], timeout: float = READ_TIMEOUT_SECONDS) -> None:
        self._make = make
        self._timeout = timeout
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False
        self._lock = threading.Lock()  # passes over two inboxes may hand over batches at once

    @property
    def broken(self) -> bool:
        return self._broken

    def submit(self, raws: list[RawMail]) -> Future[ReadBatch | None] | None:
        """Hand a batch over; None when there is no reading process (it broke): read the batch here."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        with self._lock:
            if self._broken:
                return None
            try:
                if self._pool is None:
                    self._pool = ProcessPoolExecutor(
                        max_workers=1,
                        mp_context=multiprocessing.get_context("fork"),
                        initializer=_start,
                        initargs=(self._make, os.getpid()),
                    )
                return self._pool.submit(_read_here, tuple(raw.data for raw in raws))
            except (BrokenProcessPool, RuntimeError, OSError) as exc:
                self._break(f"{type(exc).__name__}: {exc}")
                return None

    def result(self, handed: Future[ReadBatch | None] | None) -> ReadBatch | None:
        """The batch as read there, or None: read it here."""
        if handed is None:
            return None
        from concurrent.futures.process import BrokenProcessPool

        try:
            return handed.result(timeout=self._timeout)
        except BrokenProcessPool as exc:
            with self._lock:
                self._break(f"it died: {exc}")
        except FutureTimeout:
            with self._lock:
                self._break(f"no answer in {self._timeout:.0f} s")
        except Exception as exc:
            log.debug("batch read again in this process: %s: %s", type(exc).__name__, exc)
        return None

    def _break(self, why: str) -> None:
        """From now on every batch is read in this process; said once."""
        if not self._broken:
            log.warning("reading process stopped (%s); mail is parsed and understood in this process from now on", why)
        self._broken = True
        self._stop(kill=True)

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

    def close(self) -> None:
        """Stop the reading process (a later ``submit`` starts another)."""
        with self._lock:
            self._stop(kill=False)

    def pids(self) -> tuple[int, ...]:
        """The reading process's pid, while it runs (for tests and measurements)."""
        pool = self._pool
        return tuple(getattr(pool, "_processes", {}).keys()) if pool is not None else ()

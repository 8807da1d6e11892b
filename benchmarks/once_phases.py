"""Where the wall time of one `once` goes: wall and CPU of its phases, from timers put around the
pipeline's own functions before the command runs.

The lab (../shared/lab, benchmarks/lab_bench.py) gives a `once` its wall time and its CPU time; on a
backlog the wall is several times the CPU, and this says where the rest goes. Each row is one function:
how often it ran, its wall time and the CPU time of the thread that ran it (``time.thread_time``), so a
row with much more wall than CPU is waiting (on the relay, the IMAP server, the reading process, the
disk, or for a core on a loaded machine), and a row with both close is work. Rows nest (a pass holds its
batches), so they do not add up. The reading process's CPU is not in any row: it is a child process.

Run it in place of `run.py` with the command's own arguments, e.g. on a lab work dir that
lab_bench.py --keep left, after loading mail into the lab's INBOX:

    python benchmarks/once_phases.py once --config /tmp/lab/mailbot-bench/work/mailbot.toml
"""

from __future__ import annotations

import atexit
import functools
import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

START_WALL, START_CPU = time.perf_counter(), time.process_time()

# (module, attribute path, row name, whether it is a generator timed per item handed out)
PHASES: tuple[tuple[str, str, str, bool], ...] = (
    ("mailbot.cli.core", "_empty_pass", "empty-pass check", False),
    ("mailbot.app", "build_context", "build the context (settings, rules, database)", False),
    ("mailbot.app", "LazyUnderstander.get", "understander (built once, then handed out)", False),
    ("mailbot.schedule.daemon", "Worker.poll", "pass over a source (holds the rows below)", False),
    ("mailbot.pipeline", "_read_ahead", "fetch a batch and hand it to the reading process", True),
    ("mailbot.reading", "ReadingPool.submit", "  hand over (forks the reading process)", False),
    ("mailbot.reading", "ReadingPool.result", "  wait for the reading process", False),
    ("mailbot.pipeline", "process_batch", "apply a batch (one transaction)", False),
    ("mailbot.pipeline", "_process_guarded", "apply one mail (batch taken one by one)", False),
    ("mailbot.pipeline", "_render", "render the committed replies", False),
    ("mailbot.pipeline", "_finish", "mark a batch done on the server", False),
    ("mailbot.schedule.daemon", "Worker.deliver", "delivery round (holds the rows below)", False),
    ("mailbot.store.outbox", "claim_batch", "  claim due outbox rows", False),
    ("mailbot.mail.transports.smtp", "SmtpTransport._send", "  hand one mail to the SMTP relay", False),
    ("mailbot.schedule.delivery", "_commit", "  record the round's outcomes", False),
)


class Timers:
    """Count, wall and thread CPU per row; safe for the outbox and IDLE threads."""

    def __init__(self) -> None:
        self._rows: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def add(self, name: str, wall: float, cpu: float) -> None:
        with self._lock:
            row = self._rows.setdefault(name, [0, 0.0, 0.0])
            row[0] += 1
            row[1] += wall
            row[2] += cpu

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.add(name, time.perf_counter() - wall, time.thread_time() - cpu)

        return run

    def timed_items(self, name: str, function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """A generator timed while it makes each item, not while its caller works on the item."""

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Iterator[Any]:
            items = function(*args, **kwargs)
            while True:
                wall, cpu = time.perf_counter(), time.thread_time()
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    self.add(name, time.perf_counter() - wall, time.thread_time() - cpu)
                yield item

        return run

    def report(self, imported: float) -> str:
        wall, cpu = time.perf_counter() - START_WALL, time.process_time() - START_CPU
        lines = [
            f"once_phases: {wall:.2f} s wall, {cpu:.2f} s CPU in this process (all threads; the reading process "
            f"not counted); imports until the command started: {imported - START_WALL:.2f} s wall",
            f"{'calls':>6} {'wall s':>8} {'CPU s':>8}  phase",
        ]
        for _module, _path, name, _items in PHASES:
            if name in self._rows:
                calls, row_wall, row_cpu = self._rows[name]
                lines.append(f"{int(calls):6d} {row_wall:8.2f} {row_cpu:8.2f}  {name}")
        return "\n".join(lines)


def install(timers: Timers) -> None:
    """Wrap every function of PHASES where it is looked up (its module or its class)."""
    for module_name, path, name, items in PHASES:
        owner: Any = importlib.import_module(module_name)
        *parents, attribute = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        function = getattr(owner, attribute)
        setattr(owner, attribute, (timers.timed_items if items else timers.timed)(name, function))


def main() -> None:
    timers = Timers()
    install(timers)
    from mailbot.cli import main as mailbot_main

    imported = time.perf_counter()
    atexit.register(lambda: print(timers.report(imported), file=sys.stderr))
    sys.argv = ["run.py", *sys.argv[1:]]
    mailbot_main()


if __name__ == "__main__":
    main()

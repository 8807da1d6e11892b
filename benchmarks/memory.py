"""Peak memory of `once` against the number of mails waiting: it should stay flat with N (target ≤ 200 MiB
at 1,000 mails), since mails are fetched, processed and committed in batches and none is kept afterwards.

    python benchmarks/memory.py FOLDER [--counts 250 500 1000] [--database-url PG-SERVER-URL]
                                      [--understand-processes auto|0|1]

FOLDER holds .eml files (e.g. ``../shared/lab/gen 1000 /tmp/mails``). For each N a fresh work folder and
database (SQLite, or a database of its own on the PostgreSQL server, dropped afterwards), the first N mails
in a Maildir inbox, then one `python run.py once` in a child process; its peak RSS is the kernel's
(``wait4``'s ru_maxrss: the largest of `once` and the processes it reaped), so the figure includes the
interpreter, spaCy and the model, as production has them. A backlog pass forks a reading process
(``ingest.understand_processes``) that parses and understands the next batch: each process's peak RSS
(VmHWM) is sampled from /proc while it runs, and so is the whole tree's proportional set size (PSS: pages
the processes share counted once), the memory the pass really takes from the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scratch_db import own_database  # noqa: E402
from mailbot.mail.sources.maildir import deliver_to_maildir  # noqa: E402


def write_config(work: Path, database_url: str, understand_processes: str = "auto") -> Path:
    var = work / "var"
    config = work / "mailbot.toml"
    processes = understand_processes if understand_processes.isdigit() else f'"{understand_processes}"'
    config.write_text(
        'service_address = "service@lab.test"\n'
        'staff_domains = ["lab.test"]\n'
        f'database_url = "{database_url}"\n'
        'secret = "memory-benchmark"\n'
        f'var_dir = "{var}"\n'
        f'rules_dir = "{ROOT / "rules"}"\n'
        f'templates_dir = "{ROOT / "templates"}"\n'
        f'[[sources]]\ntype = "maildir"\nname = "inbox"\npath = "{var / "inbox"}"\n'
        f'[transport]\ntype = "file"\npath = "{var / "outbox"}"\n'
        "[limits]\nreplies_per_address_per_hour = 1000000\nreplies_per_ticket_per_hour = 1000000\n"
        f"[ingest]\nunderstand_processes = {processes}\n"
    )
    return config


def _kib(path: Path, key: str) -> int:
    """One ``key:  N kB`` line of a /proc file, in KiB (0 when the process is gone)."""
    try:
        for line in path.read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
    except (OSError, ValueError):
        return []


@dataclass
class Peaks:
    """Sampled while `once` runs: its own and its children's peak RSS (VmHWM) and the tree's peak PSS, in KiB."""

    main_rss: int = 0
    children_rss: int = 0
    tree_pss: int = 0

    def sample(self, pid: int) -> None:
        self.main_rss = max(self.main_rss, _kib(Path(f"/proc/{pid}/status"), "VmHWM"))
        kids = _children(pid)
        for kid in kids:
            self.children_rss = max(self.children_rss, _kib(Path(f"/proc/{kid}/status"), "VmHWM"))
        pss = sum(_kib(Path(f"/proc/{p}/smaps_rollup"), "Pss") for p in (pid, *kids))
        self.tree_pss = max(self.tree_pss, pss)


def measure(
    mails: list[bytes], server_url: str | None, understand_processes: str = "auto"
) -> tuple[int, float, float, int, Peaks]:
    """(exit status, peak RSS in MiB, wall seconds, mails left in the inbox, sampled peaks) of one `once`."""
    work = Path(tempfile.mkdtemp(prefix="mailbot-memory-"))
    try:
        with own_database(server_url, work, prefix="mailbot_memory") as url:
            config = write_config(work, url, understand_processes)
            for data in mails:
                deliver_to_maildir(work / "var" / "inbox", data)
            started = time.perf_counter()
            command = [sys.executable, str(ROOT / "run.py"), "once", "--config", str(config)]
            proc = subprocess.Popen(command, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            peaks = Peaks()
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)  # ru_maxrss: its largest process
                if pid:
                    break
                peaks.sample(proc.pid)
                time.sleep(0.05)
            proc.returncode = os.waitstatus_to_exitcode(status)
            left = sum(1 for sub in ("new", "cur") for _ in (work / "var" / "inbox" / sub).glob("*"))
            return proc.returncode, usage.ru_maxrss / 1024, time.perf_counter() - started, left, peaks
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .eml files")
    parser.add_argument("--counts", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--database-url", default=None, help="PostgreSQL server URL (default: SQLite)")
    parser.add_argument(
        "--understand-processes",
        choices=["auto", "0", "1"],
        default="auto",
        help="ingest.understand_processes: 0 reads in the one process (to compare)",
    )
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.eml"))
    if len(files) < max(args.counts):
        sys.exit(f"{args.folder} has {len(files)} mails, {max(args.counts)} needed")
    backend = "PostgreSQL" if args.database_url else "SQLite"
    for count in args.counts:
        mails = [p.read_bytes() for p in files[:count]]
        status, peak, wall, left, peaks = measure(mails, args.database_url, args.understand_processes)
        children = f"child processes {peaks.children_rss / 1024:.0f} MiB" if peaks.children_rss else "no child process"
        print(
            f"{backend} once over {count} mails: peak RSS {peak:.0f} MiB (main process "
            f"{peaks.main_rss / 1024:.0f} MiB, {children}), "
            f"both together (PSS) {peaks.tree_pss / 1024:.0f} MiB, {wall:.0f} s, exit {status}, {left} left"
        )


if __name__ == "__main__":
    main()

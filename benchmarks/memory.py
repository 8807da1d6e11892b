"""Peak memory of `once` against the number of mails waiting: it should stay flat with N (target ≤ 200 MiB
at 1,000 mails), since mails are fetched, processed and committed in batches and none is kept afterwards.

    python benchmarks/memory.py FOLDER [--counts 250 500 1000] [--database-url PG-SERVER-URL]

FOLDER holds .eml files (e.g. ``../shared/lab/gen 1000 /tmp/mails``). For each N a fresh work folder and
database (SQLite, or a database of its own on the PostgreSQL server, dropped afterwards), the first N mails
in a Maildir inbox, then one `python run.py once` in a child process; its peak RSS is the kernel's
(``wait4``'s ru_maxrss), so the figure includes the interpreter, spaCy and the model, as production has them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scratch_db import own_database  # noqa: E402
from mailbot.mail.sources.maildir import deliver_to_maildir  # noqa: E402


def write_config(work: Path, database_url: str) -> Path:
    var = work / "var"
    config = work / "mailbot.toml"
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
    )
    return config


def measure(mails: list[bytes], server_url: str | None) -> tuple[int, float, float, int]:
    """(exit status, peak RSS in MiB, wall seconds, mails left in the inbox) of one `once` over ``mails``."""
    work = Path(tempfile.mkdtemp(prefix="mailbot-memory-"))
    try:
        with own_database(server_url, work, prefix="mailbot_memory") as url:
            config = write_config(work, url)
            for data in mails:
                deliver_to_maildir(work / "var" / "inbox", data)
            started = time.perf_counter()
            command = [sys.executable, str(ROOT / "run.py"), "once", "--config", str(config)]
            proc = subprocess.Popen(command, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak, not the largest of all children
            proc.returncode = os.waitstatus_to_exitcode(status)
            left = sum(1 for sub in ("new", "cur") for _ in (work / "var" / "inbox" / sub).glob("*"))
            return proc.returncode, usage.ru_maxrss / 1024, time.perf_counter() - started, left
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .eml files")
    parser.add_argument("--counts", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--database-url", default=None, help="PostgreSQL server URL (default: SQLite)")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.eml"))
    if len(files) < max(args.counts):
        sys.exit(f"{args.folder} has {len(files)} mails, {max(args.counts)} needed")
    backend = "PostgreSQL" if args.database_url else "SQLite"
    for count in args.counts:
        status, peak, wall, left = measure([p.read_bytes() for p in files[:count]], args.database_url)
        print(f"{backend} once over {count} mails: peak RSS {peak:.0f} MiB, {wall:.0f} s, exit {status}, {left} left")


if __name__ == "__main__":
    main()

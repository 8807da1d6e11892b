"""Rate with 1, 2 and 3 `run` workers on one PostgreSQL database (and 1 on SQLite for comparison).

    python benchmarks/workers.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres \
        [--mails 500] [--runs 3] [--workers 1,2,3] [--no-sqlite]

Each run: a fresh database, a private Dovecot holding N distinct requests (the kill storm's mails) and an
aiosmtpd relay on loopback; W daemons start together on the backlog, nobody is killed, and the run is timed
from their start until the inbox is empty and every outgoing mail (the customer's reply, the rep's request)
was accepted by the relay. Prints mails/s per configuration as the median of the runs [min-max], with the
machine's load average at the start of each run (the machine is shared: compare figures of one sitting).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402

from benchmarks.crash_kill import START, ServerEnds, Storm, _servers, request_mails, write_config  # noqa: E402
from benchmarks.scratch_db import own_database  # noqa: E402


def _outbox_done(database_url: str, delivered: int) -> bool:
    """Nothing left to send, and the relay holds a mail for every outbox row."""
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT status, count(*) FROM outbox GROUP BY status")).all()
    except sa.exc.DBAPIError:
        return False
    finally:
        engine.dispose()
    counts = dict(rows)
    return bool(counts) and set(counts) == {"sent"} and delivered >= counts["sent"]


def one_run(mails: int, workers: int, server_url: str | None, seed: int, python: str) -> tuple[float, float]:
    """(seconds from the workers' start until everything is answered, load average at the start)."""
    import shutil
    import subprocess

    workdir = Path(tempfile.mkdtemp(prefix="mailbot-workers-"))
    try:
        with (
            own_database(server_url, workdir, prefix="mailbot_workers") as url,
            _servers("imap", "smtp") as (
                dovecot,
                relay,
            ),
        ):
            config = write_config(workdir, url, dovecot, relay.port)
            env = {**os.environ, "PYTHONPATH": str(REPO)}
            init = [python, str(REPO / "run.py"), "once", "--now", START.isoformat(), "--config", str(config)]
            subprocess.run(init, cwd=workdir, env=env, check=True, capture_output=True, timeout=300)
            ends = ServerEnds(workdir, dovecot, relay)
            ends.load(request_mails(mails, seed))
            load = os.getloadavg()[0]
            began = time.monotonic()
            run = Storm(workdir, config, workers, python, ends)
            try:
                while not (ends.waiting() == 0 and _outbox_done(url, ends.delivered_count())):
                    if time.monotonic() - began > 3600:
                        raise TimeoutError(f"not done after an hour: {run.progress()}")
                    time.sleep(0.2)
                wall = time.monotonic() - began
            finally:
                run.stop()
                ends.close()
            return wall, load
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="a PostgreSQL server URL")
    parser.add_argument("--mails", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", default="1,2,3")
    parser.add_argument("--no-sqlite", action="store_true", help="skip the one-worker SQLite comparison")
    args = parser.parse_args()
    # SIGTERM stops the daemons and the servers and drops the database on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    plan = [] if args.no_sqlite else [("SQLite", 1, None)]
    plan += [("PostgreSQL", int(w), args.database_url) for w in args.workers.split(",")]
    results: dict[tuple[str, int], list[tuple[float, float]]] = {key[:2]: [] for key in plan}
    for r in range(args.runs):  # round by round, so every configuration sees the same spread of load
        for name, workers, url in plan:
            wall, load = one_run(args.mails, workers, url, seed=11 + r, python=sys.executable)
            results[(name, workers)].append((wall, load))
            print(f"round {r + 1}: {name} x{workers}: {args.mails / wall:.1f} mails/s ({wall:.1f} s, load {load:.1f})")
    print(f"\n{args.mails} requests (each: one reply to the customer, one request to the rep), {args.runs} runs")
    print("| database | workers | mails/s median [min-max] | wall s median | load average at start |")
    print("|---|---|---|---|---|")
    for (name, workers), runs in results.items():
        rates = [args.mails / wall for wall, _ in runs]
        loads = ", ".join(f"{load:.1f}" for _, load in runs)
        print(
            f"| {name} | {workers} | {statistics.median(rates):.1f} [{min(rates):.1f}-{max(rates):.1f}] "
            f"| {statistics.median(w for w, _ in runs):.0f} | {loads} |"
        )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()

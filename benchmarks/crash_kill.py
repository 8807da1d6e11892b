"""Kill storm: workers SIGKILLed at random while they read a backlog of requests and send the replies.

    python benchmarks/crash_kill.py --mails 2000 --workers 1
    python benchmarks/crash_kill.py --mails 2000 --workers 2 \
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres

N distinct request mails (one sender each) go into the Maildir inbox of a fresh embedded configuration
(file transport into a Maildir outbox). W `run.py run` daemons serve it; one of them, at random, is
SIGKILLed and restarted 0.5-3 s after the workers last made progress (mail left the inbox or a reply
was written), so kills land while mail is being worked, not while a process is still importing. When
the inbox is empty and nothing is queued the daemons are stopped, and one `once` pass with a clock past
the outbox lease sends what a killed worker left mid-send (as a restarted daemon would after the lease).

What is counted: mails in; tickets; lost (a mail with no inbound row at all); duplicate tickets (more
than one ticket for one sender, each of whom wrote once, or a ticket no mail points at); duplicate
replies (the same Message-ID delivered to the outbox more than once) and that per 1,000 mails; kills.
With --database-url (a PostgreSQL server URL) a database of its own is created and dropped there.

The test tests/pipeline/test_kill_storm.py runs this same harness small.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
# A Monday, 05:00 in Shanghai: hours before any manager's 08:00 digest, whatever the real time is.
START = datetime.fromisoformat("2026-11-16T05:00:00+08:00")
SERVICE = "service@lumatek-example.com"

PRODUCTS = [
    ("OZ-SFP-10G-LR transceiver", "OZ", "The module does not link up, there is no Rx light at all."),
    ("OZ-QSFP-40G-SR4 transceiver", "OQ", "The port flaps every few minutes and the DOM shows Rx power at -40 dBm."),
    ("LX-MC-1000 media converter", "LX", "The converter gets very hot and stops passing traffic after an hour."),
    ("OZ-SFP-1G-T copper module", "OT", "Our switch reports the module as unsupported since last week."),
    ("LX-PSU-48 power supply", "LP", "The power supply clicks and the output LED blinks instead of staying on."),
]
OPENERS = ["Hello support team,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Hello,"]
ASKS = [
    "Could you please issue an RMA number so we can send it back?",
    "Please let me know how to return the unit for repair or replacement.",
    "We would like to return it under warranty. What are the next steps?",
]
CLOSERS = ["Thank you,", "Best regards,", "Kind regards,", "Regards,"]
NAMES = ["Maria Santos", "Jan Kowalski", "Chen Wei", "Dana Novak", "Emeka Obi", "Lena Fischer", "Ravi Iyer"]


def request_mails(count: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """``count`` distinct, realistic RMA requests as (Message-ID, bytes), each from a sender of its own."""
    rng = random.Random(seed)
    mails = []
    sent_at = START - timedelta(days=1)
    for i in range(count):
        name = rng.choice(NAMES)
        domain = f"customer{i % 97}.example"
        sender = f"{name.split()[0].lower()}.{i}@{domain}"
        product, code, defect = rng.choice(PRODUCTS)
        order = f"SO-2026-{rng.randrange(1000, 9999)}"
        serial = f"{code}{rng.randrange(2300, 2452)}A{rng.randrange(10000):04d}"
        msgid = f"<storm.{seed}.{i:06d}@{domain}>"
        sent_at += timedelta(seconds=rng.randrange(5, 60))
        msg = EmailMessage()
        msg["From"] = f"{name} <{sender}>"
        msg["To"] = f"Lumatek Service <{SERVICE}>"
        msg["Subject"] = rng.choice([f"RMA request - {product}", f"Faulty {product}, order {order}"])
        msg["Date"] = format_datetime(sent_at)
        msg["Message-ID"] = msgid
        msg.set_content(
            f"{rng.choice(OPENERS)}\n\nWe bought a {product} and it failed. {defect}\n\n"
            f"Order No.: {order}\nS/N: {serial}\n\n{rng.choice(ASKS)}\n\n{rng.choice(CLOSERS)}\n{name}\n"
        )
        mails.append((msgid, msg.as_bytes()))
    return mails


@dataclass(frozen=True)
class StormResult:
    """What a kill storm left behind."""

    database: str
    workers: int
    mails: int
    tickets: int
    lost: int
    quarantined: int
    duplicate_tickets: int
    replies: int
    duplicate_replies: int
    duplicate_replies_per_1000: float
    interrupted_rows: int
    kills: int
    wall_seconds: float

    def summary(self) -> str:
        return (
            f"{self.database} W={self.workers}: {self.mails} mails in, {self.tickets} tickets, {self.lost} lost, "
            f"{self.quarantined} quarantined, {self.duplicate_tickets} duplicate tickets, {self.replies} replies "
            f"delivered, {self.duplicate_replies} duplicate replies ({self.duplicate_replies_per_1000:.2f} per "
            f"1,000 mails; {self.interrupted_rows} outbox rows found mid-send after a kill), {self.kills} kills, "
            f"{self.wall_seconds:.0f} s"
        )


def write_config(workdir: Path, database_url: str) -> Path:
    var = workdir / "var"
    config = workdir / "mailbot.toml"
    config.write_text(
        f'service_address = "{SERVICE}"\n'
        'staff_domains = ["lumatek-example.com"]\n'
        f'database_url = "{database_url}"\n'
        'secret = "storm-secret"\n'
        "poll_seconds = 0.5\n"
        f'var_dir = "{var}"\n'
        f'rules_dir = "{REPO / "rules"}"\n'
        f'templates_dir = "{REPO / "templates"}"\n'
        f'[[sources]]\ntype = "maildir"\nname = "inbox"\npath = "{var / "inbox"}"\n'
        f'[transport]\ntype = "file"\npath = "{var / "outbox"}"\n'
    )
    return config


def _count(folder: Path) -> int:
    return sum(1 for _ in folder.iterdir()) if folder.exists() else 0


class Storm:
    """W daemons over one configuration; kill and restart them while the backlog drains."""

    def __init__(self, workdir: Path, config: Path, workers: int, python: str) -> None:
        self.workdir, self.config, self.python = workdir, config, python
        self.inbox = workdir / "var" / "inbox"
        self.outbox = workdir / "var" / "outbox" / "new"
        self.logs = workdir / "logs"
        self.logs.mkdir(exist_ok=True)
        self.procs: list[subprocess.Popen[bytes]] = []
        self.started = 0
        self.env = {**os.environ, "PYTHONPATH": str(REPO)}
        for _ in range(workers):
            self.procs.append(self._start())

    def command(self, *args: str) -> list[str]:
        return [self.python, str(REPO / "run.py"), *args, "--config", str(self.config)]

    def _start(self) -> subprocess.Popen[bytes]:
        self.started += 1
        log = (self.logs / f"worker-{self.started:03d}.log").open("wb")
        return subprocess.Popen(
            self.command("run", "--now", START.isoformat()),
            cwd=self.workdir,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def progress(self) -> tuple[int, int]:
        return _count(self.inbox / "new") + _count(self.inbox / "cur"), _count(self.outbox)

    def kill_one(self, rng: random.Random) -> None:
        i = rng.randrange(len(self.procs))
        self.procs[i].send_signal(signal.SIGKILL)
        self.procs[i].wait()
        self.procs[i] = self._start()

    def stop(self) -> None:
        for proc in self.procs:
            proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _queued(database_url: str) -> int:
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            waiting = sa.text("SELECT count(*) FROM outbox WHERE status IN ('render', 'queued')")
            return int(conn.execute(waiting).scalar_one())
    except sa.exc.DBAPIError:  # not created yet, or busy
        return -1
    finally:
        engine.dispose()


def storm(
    workdir: Path,
    *,
    mails: int,
    workers: int,
    server_url: str | None = None,
    max_kills: int | None = None,
    seed: int = 1,
    timeout: float = 3600.0,
    python: str = sys.executable,
) -> StormResult:
    """Run one kill storm in ``workdir`` and count what it left behind."""
    from mailbot.mail.sources.maildir import deliver_to_maildir

    rng = random.Random(seed)
    from benchmarks.scratch_db import own_database  # the repository is on sys.path (see __main__)

    with own_database(server_url, workdir, prefix="mailbot_storm") as database_url:
        config = write_config(workdir, database_url)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        # The schema first, from one process: the daemons then start on an existing database.
        init = [python, str(REPO / "run.py"), "once", "--now", START.isoformat(), "--config", str(config)]
        subprocess.run(init, cwd=workdir, env=env, check=True, capture_output=True, timeout=300)
        sent = request_mails(mails, seed)
        for _, raw in sent:
            deliver_to_maildir(workdir / "var" / "inbox", raw)

        began = time.monotonic()
        run = Storm(workdir, config, workers, python)
        kills = 0
        try:
            last = run.progress()
            while True:
                if time.monotonic() - began > timeout:
                    raise TimeoutError(f"inbox not drained after {timeout:.0f} s: {run.progress()}")
                time.sleep(0.2)
                now = run.progress()
                if now[0] == 0 and _queued(database_url) == 0:
                    break
                if now == last or (max_kills is not None and kills >= max_kills):
                    continue
                # Progress since the last kill: this worker is at work. Kill one 0.5-3 s from now.
                time.sleep(rng.uniform(0.5, 3.0))
                run.kill_one(rng)
                kills += 1
                last = run.progress()
        finally:
            run.stop()
        # Rows a kill left "sending" are due again after the lease: one pass as if that time had passed.
        later = START + timedelta(seconds=time.monotonic() - began, minutes=15)
        drain = [python, str(REPO / "run.py"), "once", "--now", later.isoformat(), "--config", str(config)]
        with (workdir / "logs" / "drain.log").open("wb") as log:
            subprocess.run(drain, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=300)
        wall = time.monotonic() - began
        return count(database_url, workdir, [mid for mid, _ in sent], workers, kills, wall)


def count(database_url: str, workdir: Path, sent: list[str], workers: int, kills: int, wall: float) -> StormResult:
    """Compare what went in with the database and the outbox folder."""
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            inbound = dict(conn.execute(sa.text("SELECT message_id, status FROM message WHERE direction = 'in'")).all())
            tickets = conn.execute(sa.text("SELECT id, customer_email FROM ticket")).all()
            pointed = {
                r[0]
                for r in conn.execute(
                    sa.text("SELECT DISTINCT ticket_id FROM message WHERE direction = 'in' AND ticket_id IS NOT NULL")
                )
            }
            resent = int(conn.execute(sa.text("SELECT count(*) FROM outbox WHERE attempts > 1")).scalar_one())
            unsent = int(conn.execute(sa.text("SELECT count(*) FROM outbox WHERE status <> 'sent'")).scalar_one())
    finally:
        engine.dispose()
    per_sender = Counter(addr.lower() for _, addr in tickets)
    duplicate_tickets = sum(n - 1 for n in per_sender.values() if n > 1) + sum(
        1 for tid, _ in tickets if tid not in pointed
    )
    folder = workdir / "var" / "outbox" / "new"
    ids = Counter()
    for path in folder.iterdir() if folder.exists() else ():
        with path.open("rb") as fh:
            ids[email.message_from_binary_file(fh, policy=email.policy.default)["Message-ID"]] += 1
    duplicate_replies = sum(n - 1 for n in ids.values() if n > 1)
    if unsent:
        print(f"warning: {unsent} outbox rows not sent at the end", file=sys.stderr)
    return StormResult(
        database=database_url.split(":", 1)[0].split("+", 1)[0],
        workers=workers,
        mails=len(sent),
        tickets=len(tickets),
        lost=sum(1 for mid in sent if mid.strip("<>") not in inbound),
        quarantined=sum(1 for mid in sent if inbound.get(mid.strip("<>")) == "quarantined"),
        duplicate_tickets=duplicate_tickets,
        replies=sum(ids.values()),
        duplicate_replies=duplicate_replies,
        duplicate_replies_per_1000=1000 * duplicate_replies / max(len(sent), 1),
        interrupted_rows=resent,
        kills=kills,
        wall_seconds=round(wall, 1),
    )


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", default=None, help="a PostgreSQL server URL (default: SQLite)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the working folder (logs, outbox)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    # SIGTERM (or Ctrl-C) stops the daemons and drops the database on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    workdir = Path(tempfile.mkdtemp(prefix="mailbot-storm-"))
    result = storm(workdir, mails=args.mails, workers=args.workers, server_url=args.database_url, seed=args.seed)
    print(json.dumps(asdict(result)) if args.json else result.summary())
    if args.keep:
        print(f"kept {workdir}")
    else:
        import shutil

        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()

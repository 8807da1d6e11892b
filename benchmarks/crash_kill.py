"""Kill storm: workers SIGKILLed at random while they read a backlog of requests and send the replies.

    python benchmarks/crash_kill.py --mails 2000 --workers 1
    python benchmarks/crash_kill.py --mails 2000 --workers 2 \
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    python benchmarks/crash_kill.py --mails 2000 --workers 1 --transport smtp
    python benchmarks/crash_kill.py --mails 2000 --workers 3 --inbox imap --transport smtp \
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    python benchmarks/crash_kill.py --mails 500 --workers 1 --inbox imap --transport smtp --relay-copy
    python benchmarks/crash_kill.py --mails 500 --workers 1 --inbox imap --transport smtp --relay-copy --no-look-up

N distinct request mails (one sender each) go into the inbox of a fresh configuration: a Maildir (default)
or, with --inbox imap, a private Dovecot on loopback. Replies go to a Maildir outbox (file transport) or,
with --transport smtp, to an aiosmtpd relay on loopback that records every mail it accepts. With
--relay-copy (an IMAP inbox and SMTP) the relay, like a journaling MTA, also files a copy of each mail it
accepts into a folder of the Dovecot mailbox before it answers "250", and the workers are configured to
look a mail in doubt up there (``delivery.relay_copy``) before sending it once more; with --no-look-up
the relay files its copies as before but the workers are not told of the folder (the same relay, the
lookup alone taken away). W `run.py run`
daemons serve it; one of them, at random, is SIGKILLed and restarted 0.5-3 s after the workers made
progress since the last kill (mail left the inbox, or, once it is empty, a reply was delivered), so kills
land while mail is being worked, not while a process is still importing. The second half of the mails is
held back until the first kill has landed: the first half's progress cannot be missed between two looks (the
inbox stays below what was put in), and the storm cannot end before it, so every run draws a kill whatever
the machine's speed, and the later kills fall on the second half's work. When the inbox is empty and
nothing is queued the daemons are stopped, and one `once` pass with a clock past the outbox lease sends
what a killed worker left mid-send (as a restarted daemon would after the lease).

What is counted: mails in; tickets; lost (a mail with no inbound row at all); duplicate tickets (more
than one ticket for one sender, each of whom wrote once, or a ticket no mail points at); duplicate
replies (two different mails, different Message-IDs, with the same recipients and subject: a mail
answered twice); resends (the same Message-ID delivered more than once: a kill between the relay's
acceptance and the outbox's "sent" that the send journal could not settle; a receiver drops the second
copy by its Message-ID) and both per 1,000 mails; request numbers with a gap; kills.
With --database-url (a PostgreSQL server URL) a database of its own is created and dropped there.
With --sweeps K, K `sweep` commands then run at once at a later instant (reminders due, both managers'
digests due): each reminder and each digest must go out once.

The tests tests/pipeline/test_kill_storm.py and tests/integration/test_workers_storm.py run this harness small.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import email
import email.message
import email.parser
import email.policy
import email.utils
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
# A Monday, 05:00 in Shanghai: hours before any manager's 08:00 digest, whatever the real time is.
START = datetime.fromisoformat("2026-11-16T05:00:00+08:00")
SERVICE = "service@lumatek-example.com"
IMAP_USER, IMAP_PASSWORD = "service@example.com", "secret"  # a user of the private Dovecot (tests.integration)
COPY_FOLDER = "Relay-copy"  # where the relay of --relay-copy files what it accepted

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
    inbox: str
    transport: str
    mails: int
    tickets: int
    lost: int
    quarantined: int
    duplicate_tickets: int
    number_gaps: int
    replies: int
    outbox_rows: int
    answered: int
    duplicate_replies: int
    resends: int
    resends_per_1000: float
    interrupted_rows: int
    unsent: int
    kills: int
    wall_seconds: float
    reminders: int = 0
    duplicate_reminders: int = 0
    digests: int = 0
    duplicate_digests: int = 0
    relay_copy: bool = False  # the relay filed a copy of each mail it accepted
    look_up: bool = False  # ...and the workers looked mails in doubt up there
    in_doubt: int = 0  # rows sent once more because nothing said whether the relay had them (from the logs)
    proven_by_copy: int = 0  # rows found in the relay's copy folder and recorded as sent (from the logs)

    @property
    def duplicate_replies_per_1000(self) -> float:
        return 1000 * self.duplicate_replies / max(self.mails, 1)

    def summary(self) -> str:
        copy = ("+relay-copy" if self.look_up else "+relay-copy-unused") if self.relay_copy else ""
        text = (
            f"{self.database} W={self.workers} {self.inbox}->{self.transport}{copy}: {self.mails} mails in, "
            f"{self.tickets} tickets, {self.lost} lost, {self.quarantined} quarantined, {self.duplicate_tickets} "
            f"duplicate tickets, {self.number_gaps} gaps in the numbers, {self.replies} mails delivered for "
            f"{self.outbox_rows} outbox rows, {self.answered} customers answered, "
            f"{self.duplicate_replies} duplicate replies, {self.resends} resends with the same Message-ID "
            f"({self.resends_per_1000:.2f} per 1,000 mails; {self.interrupted_rows} outbox rows found mid-send "
            f"after a kill, {self.unsent} not sent at the end), {self.kills} kills, {self.wall_seconds:.0f} s"
        )
        if self.relay_copy or self.in_doubt:
            text += f"; {self.in_doubt} sent once more in doubt, {self.proven_by_copy} found in the relay's copy"
        if self.reminders or self.digests:
            text += (
                f"; sweeps: {self.reminders} reminders ({self.duplicate_reminders} twice), "
                f"{self.digests} digests ({self.duplicate_digests} twice)"
            )
        return text


def write_config(
    workdir: Path, database_url: str, inbox: Any = None, relay_port: int | None = None, relay_copy: bool = False
) -> Path:
    """The configuration every worker shares: a Maildir or the Dovecot inbox, the file or SMTP transport,
    and with ``relay_copy`` the relay's copy folder in the Dovecot mailbox."""
    var = workdir / "var"
    config = workdir / "mailbot.toml"
    if inbox is None:
        source = f'[[sources]]\ntype = "maildir"\nname = "inbox"\npath = "{var / "inbox"}"\n'
    else:
        source = (
            f'[[sources]]\ntype = "imap"\nname = "service"\nhost = "127.0.0.1"\nport = {inbox.port}\n'
            f'tls = "none"\nusername = "{IMAP_USER}"\npassword = "{IMAP_PASSWORD}"\ninitial = "all"\n'
            "idle = false\ntimeout = 30\n"
        )
    if relay_port is None:
        transport = f'[transport]\ntype = "file"\npath = "{var / "outbox"}"\n'
    else:
        transport = f'[transport]\ntype = "smtp"\nhost = "127.0.0.1"\nport = {relay_port}\ntls = "none"\ntimeout = 30\n'
    if relay_copy:
        transport += f'[delivery.relay_copy]\nsource = "service"\nfolder = "{COPY_FOLDER}"\n'
    config.write_text(
        f'service_address = "{SERVICE}"\n'
        'staff_domains = ["lumatek-example.com"]\n'
        f'database_url = "{database_url}"\n'
        'secret = "storm-secret"\n'
        "poll_seconds = 0.5\n"
        f'var_dir = "{var}"\n'
        f'rules_dir = "{REPO / "rules"}"\n'
        f'templates_dir = "{REPO / "templates"}"\n' + source + transport
    )
    return config


def _count(folder: Path) -> int:
    return sum(1 for _ in folder.iterdir()) if folder.exists() else 0


class MaildirEnds:
    """The inbox and the outbox as folders: how much is waiting, how much was delivered."""

    def __init__(self, workdir: Path) -> None:
        self.inbox = workdir / "var" / "inbox"
        self.outbox = workdir / "var" / "outbox"

    def load(self, mails: list[tuple[str, bytes]]) -> None:
        from mailbot.mail.sources.maildir import deliver_to_maildir

        for _, raw in mails:
            deliver_to_maildir(self.inbox, raw)

    def waiting(self) -> int:
        return _count(self.inbox / "new") + _count(self.inbox / "cur")

    def delivered(self) -> list[bytes]:
        folder = self.outbox / "new"
        return [path.read_bytes() for path in folder.iterdir()] if folder.exists() else []

    def delivered_count(self) -> int:
        return _count(self.outbox / "new")


class ServerEnds:
    """The inbox in a Dovecot (IMAP) and/or the outbox as an SMTP relay that keeps every accepted mail."""

    def __init__(self, workdir: Path, dovecot: Any | None, relay: Any | None) -> None:
        self.files = MaildirEnds(workdir)
        self.dovecot, self.relay = dovecot, relay
        self._imap: Any = None

    def load(self, mails: list[tuple[str, bytes]]) -> None:
        if self.dovecot is None:
            self.files.load(mails)
            return
        with self.dovecot.client(IMAP_USER) as imap:
            for _, raw in mails:
                imap.append("INBOX", raw)

    def waiting(self) -> int:
        if self.dovecot is None:
            return self.files.waiting()
        try:
            if self._imap is None:
                self._imap = self.dovecot.client(IMAP_USER)
            return int(self._imap.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"])
        except Exception:  # the connection dropped: a fresh one next time
            self._imap = None
            return -1

    def delivered(self) -> list[bytes]:
        if self.relay is None:
            return self.files.delivered()
        return [data for _, _, data in list(self.relay.received)]

    def delivered_count(self) -> int:
        return len(self.relay.received) if self.relay is not None else self.files.delivered_count()

    def close(self) -> None:
        if self._imap is not None:
            with contextlib.suppress(Exception):
                self._imap.logout()


class Storm:
    """W daemons over one configuration; kill and restart them while the backlog drains."""

    def __init__(self, workdir: Path, config: Path, workers: int, python: str, ends: ServerEnds) -> None:
        self.workdir, self.config, self.python, self.ends = workdir, config, python, ends
        self.logs = workdir / "logs"
        self.logs.mkdir(exist_ok=True)
        self.procs: list[subprocess.Popen[bytes]] = []
        self.started = 0
        self.began = time.monotonic()
        self.env = {**os.environ, "PYTHONPATH": str(REPO)}
        for _ in range(workers):
            self.procs.append(self._start())

    def command(self, *args: str) -> list[str]:
        return [self.python, str(REPO / "run.py"), *args, "--config", str(self.config)]

    def _start(self) -> subprocess.Popen[bytes]:
        self.started += 1
        log = (self.logs / f"worker-{self.started:03d}.log").open("wb")
        # One clock for every worker, as on one machine: a restarted worker goes on from the storm's time,
        # not back to its start (else it would find the rows another worker queued not yet due).
        now = START + timedelta(seconds=time.monotonic() - self.began)
        return subprocess.Popen(
            self.command("run", "--now", now.isoformat()),
            cwd=self.workdir,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def progress(self) -> tuple[int, int]:
        return self.ends.waiting(), self.ends.delivered_count()

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


@contextlib.contextmanager
def _servers(inbox: str, transport: str, relay_copy: bool = False) -> Iterator[tuple[Any, Any]]:
    """A private Dovecot (for an IMAP inbox) and an aiosmtpd relay (for SMTP) on loopback, or None; with
    ``relay_copy`` the relay files each mail it accepts into the Dovecot folder COPY_FOLDER first."""
    import shutil
    import tempfile

    dovecot = relay = None
    try:
        if inbox == "imap":
            from tests.integration.servers import Dovecot

            dovecot = Dovecot(Path(tempfile.mkdtemp(prefix="mailbot-dovecot-")))
            dovecot.start()
        if transport == "smtp":
            from tests.integration.relay import SmtpRelay

            copy_to = (dovecot, IMAP_USER, COPY_FOLDER) if relay_copy and dovecot is not None else None
            relay = SmtpRelay(None, copy_to=copy_to)  # accepts and keeps every mail; delivers nowhere
            if copy_to is not None:
                with dovecot.client(IMAP_USER) as imap:
                    imap.create_folder(COPY_FOLDER)
            relay.start()
        yield dovecot, relay
    finally:
        if relay is not None:
            relay.stop()
        if dovecot is not None:
            dovecot.stop()
            shutil.rmtree(dovecot.root, ignore_errors=True)


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
    inbox: str = "maildir",
    transport: str = "file",
    sweeps: int = 0,
    relay_copy: bool = False,
    look_up: bool = True,
) -> StormResult:
    """Run one kill storm in ``workdir`` and count what it left behind."""
    if relay_copy and (inbox, transport) != ("imap", "smtp"):
        raise ValueError("relay_copy needs inbox='imap' (the copy folder is in its mailbox) and transport='smtp'")
    rng = random.Random(seed)
    from benchmarks.scratch_db import own_database  # the repository is on sys.path (see __main__)

    with (
        own_database(server_url, workdir, prefix="mailbot_storm") as database_url,
        _servers(inbox, transport, relay_copy) as (
            dovecot,
            relay,
        ),
    ):
        config = write_config(
            workdir, database_url, dovecot, relay.port if relay is not None else None, relay_copy and look_up
        )
        ends = ServerEnds(workdir, dovecot, relay)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        # The schema first, from one process: the daemons then start on an existing database.
        init = [python, str(REPO / "run.py"), "once", "--now", START.isoformat(), "--config", str(config)]
        subprocess.run(init, cwd=workdir, env=env, check=True, capture_output=True, timeout=300)
        sent = request_mails(mails, seed)
        first = max(1, len(sent) // 2)
        ends.load(sent[:first])
        held = sent[first:]  # put in once the first kill has landed

        began = time.monotonic()
        run = Storm(workdir, config, workers, python, ends)
        kills = 0
        try:
            last = run.progress()
            while True:
                if time.monotonic() - began > timeout:
                    raise TimeoutError(f"inbox not drained after {timeout:.0f} s: {run.progress()}")
                time.sleep(0.2)
                now = run.progress()
                if now[0] < 0:  # the inbox could not be looked at just now
                    continue
                if last[0] < 0:  # nor right after the last kill: count from here
                    last = now
                # The first kill: once mail of the first half left the inbox (a batch was committed); nothing
                # else is put in before it, so that stays visible at every later look, however fast the
                # workers committed the batch and delivered its replies. The next ones: progress since the
                # last kill, mail left the inbox, or, once it is empty, a reply was delivered. Waiting for a
                # committed batch keeps a loaded machine, where a batch of 100 takes longer than the delay,
                # from killing every batch before its commit.
                first_moved = now[0] < first
                moved = first_moved if kills == 0 else now[0] < last[0] or (now[0] == 0 and now[1] != last[1])
                done_killing = max_kills is not None and kills >= max_kills
                if held and done_killing:  # no kill to wait for (max_kills=0)
                    ends.load(held)
                    held = []
                if not moved or done_killing:
                    if not held and now[0] == 0 and _queued(database_url) == 0:
                        break
                    continue
                # This worker is at work. Kill one 0.5-3 s from now.
                time.sleep(rng.uniform(0.5, 3.0))
                run.kill_one(rng)
                kills += 1
                if held:
                    ends.load(held)
                    held = []
                last = run.progress()
        finally:
            run.stop()
            ends.close()
        # Rows a kill left "sending" are due again after the lease: one pass as if that time had passed.
        later = START + timedelta(seconds=time.monotonic() - began, minutes=15)
        drain = [python, str(REPO / "run.py"), "once", "--now", later.isoformat(), "--config", str(config)]
        with (workdir / "logs" / "drain.log").open("wb") as log:
            subprocess.run(drain, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=300)
        wall = time.monotonic() - began
        if sweeps:
            _sweep_together(workdir, config, sweeps, python, env)
        result = count(database_url, ends, sent, workers, kills, wall, inbox, transport)
        doubt, proven = _settled(workdir / "logs")
        return dataclasses.replace(
            result, relay_copy=relay_copy, look_up=relay_copy and look_up, in_doubt=doubt, proven_by_copy=proven
        )


def _settled(logs: Path) -> tuple[int, int]:
    """From the workers' logs: mails in doubt sent once more, and mails the relay's copy folder proved out."""
    doubt = proven = 0
    for path in logs.glob("*.log"):
        text = path.read_text(encoding="utf-8", errors="replace")
        doubt += text.count("in doubt, cut short mid-send; sending it once more")
        proven += text.count("the relay's copy folder holds it")
    return doubt, proven


# A week on, 16:00 in Shanghai (09:00 in Berlin): reminders for unconfirmed requests are due, and both
# managers' digests.
SWEEP_AT = datetime.fromisoformat("2026-11-23T16:00:00+08:00")


def _sweep_together(workdir: Path, config: Path, sweeps: int, python: str, env: dict[str, str]) -> None:
    """K `sweep` commands at the same instant on the same database, as K daemons' jobs would run."""
    command = [python, str(REPO / "run.py"), "sweep", "--now", SWEEP_AT.isoformat(), "--config", str(config)]
    procs = []
    for i in range(sweeps):
        log = (workdir / "logs" / f"sweep-{i}.log").open("wb")
        procs.append(subprocess.Popen(command, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT))
    for proc in procs:
        proc.wait(timeout=600)


def _headers(raw: bytes) -> email.message.Message:
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)


def count(
    database_url: str,
    ends: ServerEnds,
    sent: list[tuple[str, bytes]],
    workers: int,
    kills: int,
    wall: float,
    inbox: str = "maildir",
    transport: str = "file",
) -> StormResult:
    """Compare what went in with the database and with what the outbox folder or the relay received."""
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            inbound = dict(conn.execute(sa.text("SELECT message_id, status FROM message WHERE direction = 'in'")).all())
            tickets = conn.execute(sa.text("SELECT id, customer_email, request_ref, rma FROM ticket")).all()
            pointed = {
                r[0]
                for r in conn.execute(
                    sa.text("SELECT DISTINCT ticket_id FROM message WHERE direction = 'in' AND ticket_id IS NOT NULL")
                )
            }
            resent = int(conn.execute(sa.text("SELECT count(*) FROM outbox WHERE attempts > 1")).scalar_one())
            unsent = int(conn.execute(sa.text("SELECT count(*) FROM outbox WHERE status <> 'sent'")).scalar_one())
            outbox = conn.execute(sa.text("SELECT ticket_id, template, to_address FROM outbox")).all()
    finally:
        engine.dispose()
    per_sender = Counter(addr.lower() for _, addr, _, _ in tickets)
    duplicate_tickets = sum(n - 1 for n in per_sender.values() if n > 1) + sum(
        1 for tid, _, _, _ in tickets if tid not in pointed
    )
    by_id: Counter[str] = Counter()
    by_mail: dict[tuple[str, str], set[str]] = {}
    senders = {email.utils.parseaddr(_headers(raw)["From"])[1].lower() for _, raw in sent}
    answered: set[str] = set()
    for raw in ends.delivered():
        head = _headers(raw)
        mid = str(head.get("Message-ID", "")).strip()
        by_id[mid] += 1
        to = str(head.get("To", "")).lower()
        by_mail.setdefault((to, str(head.get("Subject", ""))), set()).add(mid)
        answered.update(addr for _, addr in email.utils.getaddresses([to]) if addr in senders)
    resends = sum(n - 1 for n in by_id.values() if n > 1)
    if unsent:
        print(f"warning: {unsent} outbox rows not sent at the end", file=sys.stderr)
    reminders = Counter((t, tpl, to) for t, tpl, to in outbox if tpl.startswith("reminder"))
    digests = Counter(to for _, tpl, to in outbox if tpl == "manager_digest")
    return StormResult(
        database=database_url.split(":", 1)[0].split("+", 1)[0],
        workers=workers,
        inbox=inbox,
        transport=transport,
        mails=len(sent),
        tickets=len(tickets),
        lost=sum(1 for mid, _ in sent if mid.strip("<>") not in inbound),
        quarantined=sum(1 for mid, _ in sent if inbound.get(mid.strip("<>")) == "quarantined"),
        duplicate_tickets=duplicate_tickets,
        number_gaps=number_gaps(sorted({n for _, _, ref, rma in tickets for n in (ref, rma) if n})),
        replies=sum(by_id.values()),
        outbox_rows=len(outbox),
        answered=len(answered),
        duplicate_replies=sum(len(ids) - 1 for ids in by_mail.values()),
        resends=resends,
        resends_per_1000=1000 * resends / max(len(sent), 1),
        interrupted_rows=resent,
        unsent=unsent,
        kills=kills,
        wall_seconds=round(wall, 1),
        reminders=sum(reminders.values()),
        duplicate_reminders=sum(n - 1 for n in reminders.values()),
        digests=sum(digests.values()),
        duplicate_digests=sum(n - 1 for n in digests.values()),
    )


def number_gaps(references: list[str]) -> int:
    """Numbers missing per year and prefix: RMA-2026-00001, -00002, -00004 has one gap."""
    seen: dict[str, list[int]] = {}
    for ref in references:
        prefix, _, number = ref.rpartition("-")
        if number.isdigit():
            seen.setdefault(prefix, []).append(int(number))
    return sum(max(ns) - len(set(ns)) for ns in seen.values())


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", default=None, help="a PostgreSQL server URL (default: SQLite)")
    parser.add_argument("--inbox", choices=["maildir", "imap"], default="maildir")
    parser.add_argument("--transport", choices=["file", "smtp"], default="file")
    parser.add_argument(
        "--relay-copy", action="store_true", help="the relay files a copy of each accepted mail (needs imap, smtp)"
    )
    parser.add_argument(
        "--no-look-up", action="store_true", help="with --relay-copy: the workers are not told of the folder"
    )
    parser.add_argument("--sweeps", type=int, default=0, help="then run K sweeps at once (reminders, digests)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the working folder (logs, outbox)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    # SIGTERM (or Ctrl-C) stops the daemons and drops the database on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    workdir = Path(tempfile.mkdtemp(prefix="mailbot-storm-"))
    result = storm(
        workdir,
        mails=args.mails,
        workers=args.workers,
        server_url=args.database_url,
        seed=args.seed,
        inbox=args.inbox,
        transport=args.transport,
        sweeps=args.sweeps,
        relay_copy=args.relay_copy,
        look_up=not args.no_look_up,
    )
    print(json.dumps(asdict(result)) if args.json else result.summary())
    if args.keep:
        print(f"kept {workdir}")
    else:
        import shutil

        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()

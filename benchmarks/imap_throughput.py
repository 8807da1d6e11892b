"""Throughput on real servers: 1,000 requests in a Dovecot inbox, one `once` pass, versus the fetch+parse floor.

Prints: the floor (imapclient fetch + mailbot.mail.parse of the same mails), the end-to-end rate of one
`python run.py once` pass (fetched, ticketed, reply accepted by the SMTP server), their ratio, the
start-up cost of the command, and the peak RSS of the `once` process.

    python benchmarks/imap_throughput.py [--mails 1000]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.integration.relay import SmtpRelay  # noqa: E402
from tests.integration.servers import PASSWORD, Dovecot, dovecot_available  # noqa: E402

SERVICE = "service@example.com"


def request(n: int) -> bytes:
    """A complete customer request; every customer is different (per-address rate limits apply)."""
    return (
        f"From: Customer {n} <customer{n}@example.org>\r\nTo: {SERVICE}\r\n"
        f"Subject: Return request for transceiver {n}\r\nMessage-ID: <bench-{n}@example.org>\r\n"
        "Date: Sat, 21 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\n\r\nthe SFP-10G-LR transceiver from order PO-2026-{10000 + n} (serial SN{700000 + n})"
        " shows no link since yesterday, even with a new patch cable.\r\n\r\nBest regards\r\n"
        f"Customer {n}\r\n"
    ).encode()


def load_inbox(dovecot: Dovecot, count: int) -> float:
    started = time.perf_counter()
    with dovecot.client(SERVICE) as imap:
        for n in range(count):
            imap.append("INBOX", request(n))
    return time.perf_counter() - started


def floor(dovecot: Dovecot) -> tuple[int, float]:
    """Fetch every mail with imapclient (100 per round trip) and parse it: what no ingest can beat."""
    from mailbot.mail.parse import parse

    started = time.perf_counter()
    parsed = 0
    with dovecot.client(SERVICE) as imap:
        imap.select_folder("INBOX", readonly=True)
        uids = sorted(imap.search("ALL"))
        for i in range(0, len(uids), 100):
            for data in imap.fetch(uids[i : i + 100], ["BODY.PEEK[]"]).values():
                parse(data[b"BODY[]"])
                parsed += 1
    return parsed, time.perf_counter() - started


def write_config(
    work: Path, dovecot: Dovecot, relay: SmtpRelay, *, idle: bool = False, poll_seconds: float = 60
) -> Path:
    config = work / "mailbot.toml"
    config.write_text(f"""\
service_address = "{SERVICE}"
staff_domains = ["example.com"]
database_url = "sqlite:///{work}/mailbot.db"
var_dir = "{work}/var"
poll_seconds = {poll_seconds}
secret = "benchmark"

[[sources]]
type = "imap"
name = "service"
host = "127.0.0.1"
port = {dovecot.port}
tls = "none"
username = "{SERVICE}"
password = "{PASSWORD}"
initial = "all"
idle = {str(idle).lower()}
timeout = 30

[transport]
type = "smtp"
host = "127.0.0.1"
port = {relay.port}
tls = "none"
timeout = 30

[limits]
replies_per_address_per_hour = 1000000
replies_per_ticket_per_hour = 1000000
""")
    return config


def run_measured(args: list[str]) -> tuple[int, float, int, str]:
    """Run a command; returns (exit status, seconds, peak RSS in KiB, stderr tail)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    # ru_maxrss of the children is the largest any child reached; this is the only child running.
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return proc.returncode, elapsed, peak, (out + err).decode(errors="replace")[-800:]


@contextlib.contextmanager
def bench_servers() -> Iterator[tuple[Path, Dovecot, SmtpRelay]]:
    """A work folder, a private Dovecot and a counting SMTP relay; all removed afterwards."""
    if not dovecot_available():
        sys.exit("Dovecot is not installed: apt-get install dovecot-imapd")
    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    dovecot = Dovecot(Path(tempfile.mkdtemp(prefix="mailbot-dovecot-")))  # made reachable by start()
    relay = SmtpRelay(None)  # accepts and counts; the customers' mailboxes are not what is measured
    try:
        dovecot.start()
        relay.start()
        yield work, dovecot, relay
    finally:
        relay.stop()
        dovecot.stop()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(dovecot.root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=1000)
    count = parser.parse_args().mails
    with bench_servers() as (work, dovecot, relay):
        config = write_config(work, dovecot, relay)
        status, startup, _, _ = run_measured([sys.executable, "run.py", "once", "--config", str(config)])
        print(f"start-up of `once` on an empty inbox: {startup:.2f} s (exit {status})")
        loaded = load_inbox(dovecot, count)
        print(f"loaded {count} mails into {SERVICE} INBOX in {loaded:.2f} s")
        parsed, floor_s = floor(dovecot)
        print(
            f"floor   fetch+parse (imapclient + mailbot.mail.parse): {parsed} mails in {floor_s:.2f} s "
            f"= {parsed / floor_s:.0f} mails/s"
        )
        status, total, peak, tail = run_measured([sys.executable, "run.py", "once", "--config", str(config)])
        accepted = sum(1 for _, rcpts, _ in relay.received if any(r.startswith("customer") for r in rcpts))
        others = len(relay.received) - accepted
        left = len(dovecot.messages(SERVICE))
        net = max(total - startup, 1e-9)
        print(
            f"once    end to end: exit {status}, {accepted} customer replies (+{others} staff mails) "
            f"accepted by SMTP, {left} left in INBOX"
        )
        print(
            f"        {total:.2f} s wall = {count / total:.1f} mails/s; without start-up "
            f"{net:.2f} s = {count / net:.1f} mails/s"
        )
        print(f"ratio   end-to-end / floor time: {net / floor_s:.1f}x (floor is {floor_s / net * 100:.1f}% of it)")
        print(f"peak RSS of the once process: {peak / 1024:.0f} MiB")
        if status not in (0, 1) or accepted != count:
            print("--- output tail ---\n" + tail)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()

"""CPU time of delivery alone: the outbox an ingest pass filled, sent by one `deliver_due` call through an
SMTP sink (aiosmtpd, in a process of its own), in milliseconds of this process's CPU per mail sent, and
the SQL statements per mail sent (an executemany counts once). The wall time is printed beside it: with
``--connections`` above 1 the mails are handed to the sink on that many connections at once
(``delivery.connections``), and ``--answer-ms`` makes the sink wait that long before each "250" to DATA,
as a relay that files the mail before answering does.

Each run ingests the same mails into a fresh SQLite database (not measured), then delivers what they
queued. CPU time rather than wall time, as in ingest_cpu.py: the machine is shared.

    python benchmarks/delivery_cpu.py /tmp/mails1000 --mails 200 --runs 3 [--connections 3] [--answer-ms 5]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# An aiosmtpd sink that keeps nothing and waits ``delay`` seconds before its "250" to each DATA.
SINK = """
import asyncio, sys
from aiosmtpd.controller import Controller
class Sink:
    async def handle_DATA(self, server, session, envelope):
        if DELAY:
            await asyncio.sleep(DELAY)
        return "250 OK"
PORT, DELAY = int(sys.argv[1]), float(sys.argv[2])
controller = Controller(Sink(), hostname="127.0.0.1", port=PORT)
controller.start()
import threading
threading.Event().wait()
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int) -> None:
    for _ in range(100):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"the SMTP sink did not start on port {port}")


def one_run(mails: list[bytes], port: int, connections: int) -> tuple[int, float, float, int]:
    """(mails sent, CPU seconds, wall seconds, SQL statements) of delivering one pass's outbox."""
    from sqlalchemy import event

    from mailbot.app import build_context, make_sources
    from mailbot.config import Delivery, Limits, MaildirSource, Settings, SmtpTransport
    from mailbot.mail.sources.maildir import deliver_to_maildir
    from mailbot.pipeline import process_source
    from mailbot.schedule.delivery import deliver_due

    tmp = Path(tempfile.mkdtemp(prefix="mailbot-delivery-cpu-"))
    try:
        settings = Settings(
            service_address="service@lab.test",
            company="Lab",
            staff_domains=("lab.test",),
            database_url=f"sqlite:///{tmp / 'mailbot.db'}",
            var_dir=tmp / "var",
            rules_dir=ROOT / "rules",
            templates_dir=ROOT / "templates",
            sources=(MaildirSource(name="inbox", path=tmp / "var" / "inbox"),),
            transport=SmtpTransport(host="127.0.0.1", port=port, tls="none"),
            secret="bench",
            limits=Limits(replies_per_address_per_hour=1_000_000, replies_per_ticket_per_hour=1_000_000),
            delivery=Delivery(connections=connections),
        )
        ctx = build_context(settings)
        try:
            for data in mails:
                deliver_to_maildir(tmp / "var" / "inbox", data)
            [source] = make_sources(ctx)
            process_source(source, ctx)
            statements = [0]

            def count(*_args: object) -> None:
                statements[0] += 1

            event.listen(ctx.engine, "before_cursor_execute", count)
            cpu, wall = time.process_time(), time.perf_counter()
            report = deliver_due(ctx.sessions, ctx.transport, settings.delivery, ctx.clock, limit=100_000)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            event.remove(ctx.engine, "before_cursor_execute", count)
            if report.deferred or report.failed:
                raise SystemExit(f"not every mail went out: {report}")
            return report.sent, cpu, wall, statements[0]
        finally:
            ctx.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a folder of .eml files (e.g. made by ../shared/lab/gen)")
    ap.add_argument("--mails", type=int, default=200, help="mails ingested; each queues a few replies and notices")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--connections", type=int, default=1, help="delivery.connections (default 1: one at a time)")
    ap.add_argument("--answer-ms", type=float, default=0.0, help="the sink waits this long before answering DATA")
    a = ap.parse_args()
    mails = [p.read_bytes() for p in sorted(a.folder.glob("*.eml"))[: a.mails]]
    port = _free_port()
    sink = subprocess.Popen([sys.executable, "-c", SINK, str(port), str(a.answer_ms / 1000)])
    try:
        _wait_for(port)
        per_mail = []
        for run in range(1, a.runs + 1):
            n, cpu, wall, statements = one_run(mails, port, a.connections)
            per_mail.append(cpu / n * 1000)
            print(
                f"run {run}: {n} mails sent, CPU {cpu:.2f} s = {per_mail[-1]:.3f} ms/mail, wall {wall:.2f} s, "
                f"{statements} SQL statements = {statements / n:.2f}/mail"
            )
        print(f"median {statistics.median(per_mail):.3f} ms/mail [{min(per_mail):.3f}-{max(per_mail):.3f}]")
    finally:
        sink.terminate()
        sink.wait()


if __name__ == "__main__":
    main()

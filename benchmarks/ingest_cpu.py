"""CPU time of ingest alone: one `process_source` pass over a folder of mails (Maildir in, SQLite, file
transport, no delivery), in milliseconds of this process's CPU per mail, and the SQL statements the pass
sends per mail (an executemany counts once: it is one statement prepared once).

CPU time rather than wall time because the machine is shared: on 2 busy cores the wall time of the same
pass varies by a factor of two between runs, its CPU time by a few per cent. Compare two checkouts by
running this script from each (the checkout's own ``mailbot`` is imported).

    python benchmarks/ingest_cpu.py /tmp/lab/bench/mails-n500-seed42 --mails 200 --runs 3 [--templates-compiled]

Without --templates-compiled each pass compiles the templates it renders (its var folder is new, so its
template cache is empty): some 0.25 s of CPU, about 1 ms per mail of a 200-mail pass, that a process
with a filled cache (every start after the first) does not pay.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from mailbot.config import Settings


def lab_settings(tmp: Path, customers_outside: bool = False) -> Settings:
    """Settings of a pass over lab mails in ``tmp``: SQLite, a Maildir inbox, the file transport, the lab's
    domain as ours, and reply rate limits out of the way (every lab mail asks for a reply).

    ``customers_outside``: our domain is another one, so the lab's customers are outside, as a real desk's
    are: each reply then goes through the suppression list and the rate limits' count of recent mail
    (set high enough never to defer), which mail to our own staff skips."""
    from mailbot.config import FileTransport, Limits, MaildirSource, Settings

    domain = "maker.example" if customers_outside else "lab.test"
    return Settings(
        service_address=f"service@{domain}",
        company="Lab",
        staff_domains=(domain,),
        database_url=f"sqlite:///{tmp / 'mailbot.db'}",
        var_dir=tmp / "var",
        rules_dir=ROOT / "rules",
        templates_dir=ROOT / "templates",
        sources=(MaildirSource(name="inbox", path=tmp / "var" / "inbox"),),
        transport=FileTransport(path=tmp / "var" / "outbox"),
        secret="bench",
        limits=Limits(replies_per_address_per_hour=1_000_000, replies_per_ticket_per_hour=1_000_000),
    )


def one_pass(mails: list[bytes], compiled: bool = False) -> tuple[int, float, float, int]:
    """(mails handled, CPU seconds, wall seconds, SQL statements) of one pass on a fresh database.

    ``compiled``: every template compiled before the clock starts, as a process whose var folder's
    template cache holds them finds them; otherwise the pass compiles those it renders, as a first run."""
    from sqlalchemy import event

    from mailbot.app import build_context, make_sources
    from mailbot.mail.sources.maildir import deliver_to_maildir
    from mailbot.pipeline import process_source

    tmp = Path(tempfile.mkdtemp(prefix="mailbot-ingest-cpu-"))
    try:
        settings = lab_settings(tmp)
        ctx = build_context(settings)
        try:
            for data in mails:
                deliver_to_maildir(tmp / "var" / "inbox", data)
            ctx.understander.get()  # spaCy loaded before the clock starts: a fixed cost, not per mail
            if compiled:
                for path in sorted((ROOT / "templates").rglob("*.j2")):
                    name = path.relative_to(ROOT / "templates").as_posix()
                    html = ctx.renderer.html_env
                    # a partial such as _dear.inc.j2 is compiled in each environment that includes it
                    for env in (html,) if name.endswith(".html.j2") else (ctx.renderer.text_env, html):
                        env.get_template(name)
            [source] = make_sources(ctx)
            statements = [0]

            def count(*_args: object) -> None:
                statements[0] += 1

            event.listen(ctx.engine, "before_cursor_execute", count)
            cpu, wall = time.process_time(), time.perf_counter()
            report = process_source(source, ctx)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            event.remove(ctx.engine, "before_cursor_execute", count)
            return len(report.outcomes), cpu, wall, statements[0]
        finally:
            ctx.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a folder of .eml files (e.g. made by ../shared/lab/gen)")
    ap.add_argument("--mails", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--templates-compiled",
        action="store_true",
        help="compile every template before the clock starts (a process with a filled template cache)",
    )
    a = ap.parse_args()
    mails = [p.read_bytes() for p in sorted(a.folder.glob("*.eml"))[: a.mails]]
    per_mail = []
    for run in range(1, a.runs + 1):
        n, cpu, wall, statements = one_pass(mails, a.templates_compiled)
        per_mail.append(cpu / n * 1000)
        print(
            f"run {run}: {n} mails, CPU {cpu:.2f} s = {per_mail[-1]:.1f} ms/mail, wall {wall:.2f} s, "
            f"{statements} SQL statements = {statements / n:.2f}/mail"
        )
    print(f"median {statistics.median(per_mail):.1f} ms/mail [{min(per_mail):.1f}-{max(per_mail):.1f}]")


if __name__ == "__main__":
    main()

"""CPU time of the writer alone: one ``process_source`` pass whose batches were parsed and understood
before the clock started, handed over as the reading process hands them (``ReadBatch``), so what is
measured is what the writing process does per mail: match, decide, apply, commit, blob sync, done-marking
and rendering. Milliseconds of this process's CPU per mail, and SQL statements per mail.

    python benchmarks/writer_cpu.py /tmp/mails1000 --mails 200 --runs 3 [--profile 25] [--customers-outside]

``--profile N`` prints the N functions of the last run with the most CPU of their own (cProfile).
``--customers-outside`` puts the lab's customers outside our domain, as a real desk's are (their replies
then pass the suppression list and the rate limits; the lab's own domain makes them staff).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import Future
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ingest_cpu import lab_settings  # noqa: E402


class _PreRead:
    """A stand-in for ``ReadingPool``: each batch's reading was done before the clock started."""

    def __init__(self, by_datas: dict[tuple[bytes, ...], object]) -> None:
        self.by_datas = by_datas

    def submit(self, raws: list) -> Future:
        done: Future = Future()
        done.set_result(self.by_datas[tuple(raw.data for raw in raws)])
        return done

    def result(self, handed: Future | None) -> object:
        return None if handed is None else handed.result()


def one_pass(
    mails: list[bytes], profile: cProfile.Profile | None = None, customers_outside: bool = False
) -> tuple[int, float, float, int]:
    from sqlalchemy import event

    from mailbot.app import build_context, make_sources
    from mailbot.mail.sources.maildir import deliver_to_maildir
    from mailbot.pipeline import BATCH, process_source
    from mailbot.reading import read_batch

    tmp = Path(tempfile.mkdtemp(prefix="mailbot-writer-cpu-"))
    try:
        settings = lab_settings(tmp, customers_outside)
        ctx = build_context(settings)
        try:
            for data in mails:
                deliver_to_maildir(tmp / "var" / "inbox", data)
            [source] = make_sources(ctx)
            understander = ctx.understander.get()
            raws = list(source.fetch())
            by_datas = {}
            for i in range(0, len(raws), BATCH):
                datas = tuple(raw.data for raw in raws[i : i + BATCH])
                by_datas[datas] = read_batch(datas, understander)
            for path in sorted((ROOT / "templates").rglob("*.j2")):  # a filled template cache
                name = path.relative_to(ROOT / "templates").as_posix()
                html = ctx.renderer.html_env
                for env in (html,) if name.endswith(".html.j2") else (ctx.renderer.text_env, html):
                    env.get_template(name)
            statements = [0]

            def count(*_args: object) -> None:
                statements[0] += 1

            event.listen(ctx.engine, "before_cursor_execute", count)
            if profile is not None:
                profile.enable()
            cpu, wall = time.process_time(), time.perf_counter()
            report = process_source(source, ctx, reader=_PreRead(by_datas))  # type: ignore[arg-type]
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            if profile is not None:
                profile.disable()
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
    ap.add_argument("--profile", type=int, default=0, help="print the top N functions of the last run")
    ap.add_argument("--customers-outside", action="store_true", help="the customers outside our domain")
    a = ap.parse_args()
    mails = [p.read_bytes() for p in sorted(a.folder.glob("*.eml"))[: a.mails]]
    per_mail = []
    for run in range(1, a.runs + 1):
        profile = cProfile.Profile() if a.profile and run == a.runs else None
        n, cpu, wall, statements = one_pass(mails, profile, a.customers_outside)
        per_mail.append(cpu / n * 1000)
        print(
            f"run {run}: {n} mails, CPU {cpu:.2f} s = {per_mail[-1]:.2f} ms/mail, wall {wall:.2f} s, "
            f"{statements} SQL statements = {statements / n:.2f}/mail"
        )
        if profile is not None:
            pstats.Stats(profile).sort_stats("tottime").print_stats(a.profile)
    print(f"median {statistics.median(per_mail):.2f} ms/mail [{min(per_mail):.2f}-{max(per_mail):.2f}]")


if __name__ == "__main__":
    main()

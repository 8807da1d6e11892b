"""Print how many mails per second parse + understand handle on one core (typical mails)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mailbot.mail.parse import parse  # noqa: E402
from mailbot.understand import load_understander  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "dirs", nargs="*", type=Path, default=[ROOT / "tests" / "understand" / "corpus", ROOT / "tests" / "mail"]
    )
    ap.add_argument("--seconds", type=float, default=5.0, help="how long to run each measurement")
    ap.add_argument("--staff-domain", action="append", default=["optizon-example.com"])
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="count this process's CPU seconds instead of wall time (on a shared, loaded machine)",
    )
    args = ap.parse_args()
    global _clock
    _clock = time.process_time if args.cpu else time.perf_counter
    raw = [p.read_bytes() for d in args.dirs for p in sorted(d.glob("*.eml"))]
    if not raw:
        sys.exit("no .eml files found")
    understander = load_understander(ROOT / "rules", args.staff_domain, ["service@optizon-example.com"])
    mails = [parse(data) for data in raw]
    for mail in mails:  # warm caches (regex compilation, vocabulary) before timing
        understander.understand(mail)
    print(f"{len(raw)} distinct mails, average {sum(map(len, raw)) / len(raw) / 1024:.1f} KiB")
    print(f"parse only:          {_rate(lambda: [parse(d) for d in raw], len(raw), args.seconds):8.0f} mails/s")
    understand_only = _rate(lambda: [understander.understand(m) for m in mails], len(raw), args.seconds)
    print(f"understand only:     {understand_only:8.0f} mails/s")
    both = _rate(lambda: [understander.understand(parse(d)) for d in raw], len(raw), args.seconds)
    print(f"parse + understand:  {both:8.0f} mails/s")


_clock = time.perf_counter


def _rate(work, count: int, seconds: float) -> float:  # type: ignore[no-untyped-def]
    done, start = 0, _clock()
    while _clock() - start < seconds:
        work()
        done += count
    return done / (_clock() - start)


if __name__ == "__main__":
    main()

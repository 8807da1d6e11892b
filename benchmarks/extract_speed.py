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
    args = ap.parse_args()
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


def _rate(work, count: int, seconds: float) -> float:  # type: ignore[no-untyped-def]
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        work()
        done += count
    return done / (time.perf_counter() - start)


if __name__ == "__main__":
    main()

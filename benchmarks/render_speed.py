"""CPU time to render one outgoing mail and write its bytes, as the outbox does, for a reply and a reminder.

Each figure is the CPU time (user + system of this process) per mail over --mails mails, the median of
--runs runs; every mail has its own Message-ID, recipient and references, as in a reminder sweep.

"start" is what a starting process pays before its first reply and reminder go out: the start-up check
of every template and the first rendering of each (compiling them), without a bytecode cache, with an
empty one (filled on the way), with the one the previous process filled (these two templates and their
includes), and with every template in it (once each has been rendered by some process).

    python benchmarks/render_speed.py [--mails 500] [--runs 3]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mailbot.mail.render import Renderer  # noqa: E402
from mailbot.values import OutgoingMail  # noqa: E402

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
BASE = {
    "service_name": "After-Sales Service",
    "company": "Example Optics",
    "service_address": "service@example.com",
    "sender_name": "After-Sales Service",
    "status_url": "https://service.example.com/status/abcdef0123456789",
}
BASE["settings"] = dict(BASE)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def reply(n: int) -> tuple[OutgoingMail, dict[str, object], str]:
    rma = f"RMA-2026-{n:05d}"
    mail = OutgoingMail(
        template="customer_message_received",
        to=(f"buyer{n}@customer{n % 7}.example",),
        context={"customer_name": f"Ms Maria Costa {n}"},
        in_reply_to=f"CAF{n:08d}xyz@mail.customer.example",
        references=(f"first{n}@mail.customer.example", f"CAF{n:08d}xyz@mail.customer.example"),
    )
    return mail, {**BASE, "rma": rma}, rma


def reminder(n: int) -> tuple[OutgoingMail, dict[str, object], str]:
    rma = f"RMA-2026-{n:05d}"
    mail = OutgoingMail(
        template="reminder_customer",
        to=(f"buyer{n}@customer{n % 7}.example",),
        context={
            "customer_name": f"Costa, Maria {n}",
            "what": "the missing information",
            "since_text": "Mon 16 Nov 2026, 10:00",
            "awaited": "customer_info",
            "missing": ["serial_number", "purchase_date"],
            "occurrence": 1,
            "times": 2,
            "after_last": "close",
        },
        in_reply_to=f"{rma.lower()}.0123456789abcdef01234567@service.example.com",
        references=tuple(f"{rma.lower()}.{k:024d}@service.example.com" for k in range(3)),
    )
    return mail, {**BASE, "rma": rma}, rma


def measure(
    renderer: Renderer, make: Callable[[int], tuple[OutgoingMail, dict[str, object], str]], mails: int
) -> float:
    """Milliseconds of CPU per mail: render, then the bytes the outbox stores."""
    work = [make(n) for n in range(mails)]
    start = _cpu()
    for n, (mail, context, rma) in enumerate(work):
        out = renderer.render(
            mail,
            context,
            sender="service@example.com",
            message_id=f"{rma.lower()}.{n:024x}@service.example.com",
            now=NOW,
            rma=rma,
        )
        out.raw  # noqa: B018 (the bytes the outbox stores)
    return (_cpu() - start) * 1000 / mails


def start(cache_dir: Path | None, empty: bool, every: bool = False) -> float:
    """Milliseconds of CPU from a new Renderer to its first reply and reminder rendered."""
    if cache_dir is not None and empty:
        shutil.rmtree(cache_dir, ignore_errors=True)
    if cache_dir is not None and every:
        filler = Renderer(REPO / "templates", cache_dir=cache_dir)
        for path in (REPO / "templates").rglob("*.j2"):
            name = path.relative_to(REPO / "templates").as_posix()
            (filler.html_env if name.endswith(".html.j2") else filler.text_env).get_template(name)
    begin = _cpu()
    renderer = Renderer(REPO / "templates", cache_dir=cache_dir)
    renderer.check()
    for make in (reply, reminder):
        mail, context, rma = make(1)
        out = renderer.render(mail, context, sender="service@example.com", message_id="a@b.example", now=NOW, rma=rma)
        out.raw  # noqa: B018 (the bytes the outbox stores)
    return (_cpu() - begin) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    renderer = Renderer(REPO / "templates")
    for name, make in (("reply", reply), ("reminder", reminder)):
        measure(renderer, make, 20)  # templates compiled, caches warm
        runs = [measure(renderer, make, args.mails) for _ in range(args.runs)]
        print(
            f"{name:9s} {statistics.median(runs):.3f} ms/mail CPU (median of {args.runs}: "
            f"{', '.join(f'{r:.3f}' for r in runs)})"
        )
    with tempfile.TemporaryDirectory(prefix="mailbot-render-speed-") as tmp:
        cache = Path(tmp) / "template-cache"
        cases = (("no cache", None, False), ("empty", cache, True), ("filled", cache, False), ("all", cache, False))
        for name, cache_dir, empty in cases:
            runs = [start(cache_dir, empty, every=name == "all") for _ in range(args.runs)]
            print(
                f"start, {name:8s} {statistics.median(runs):.1f} ms CPU (median of {args.runs}: "
                f"{', '.join(f'{r:.1f}' for r in runs)})"
            )


if __name__ == "__main__":
    main()

"""Build a database of 100,000 tickets and time gathering + rendering the managers' digest (target < 1 s).

    python benchmarks/digest_100k.py [--tickets N] [--database-url URL] [--repeat 5]

Without --database-url it uses a fresh SQLite file in a temporary folder. With a PostgreSQL admin URL
(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres) it creates and drops its own database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scratch_db import own_database  # noqa: E402
from mailbot.mail.render import Renderer  # noqa: E402
from mailbot.rules.calendar import load_calendar  # noqa: E402
from mailbot.schedule.digest import gather  # noqa: E402
from mailbot.schedule.digest_view import digest_context  # noqa: E402
from mailbot.store.db import make_engine  # noqa: E402
from mailbot.store.models import Deadline, Ticket  # noqa: E402
from mailbot.values import DEFECT_CATEGORIES, OutgoingMail  # noqa: E402

NOW = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)  # Monday 08:00 in Shanghai
OPEN_STATES = [
    "new",
    "waiting_info",
    "waiting_rep",
    "rma_issued",
    "in_transit",
    "received",
    "preliminary_sent",
    "report_sent",
]
MODELS = [f"OTDR-{n}" for n in range(1, 9)] + [f"SFP-{n}G" for n in (1, 10, 25, 100)] + ["PSU-2", "SW-8"]
REPS = [f"rep{n}@example.com" for n in range(12)]


def build(engine: sa.Engine, count: int, rng: random.Random) -> None:
    """Three years of tickets; the last few weeks still open, the rest closed, like a real desk."""
    tickets, deadlines = [], []
    for i in range(1, count + 1):
        created = NOW - timedelta(days=3 * 365 * (1 - i / count) ** 1.3, minutes=rng.randrange(1440))
        age = (NOW - created).days
        status = (
            rng.choice(OPEN_STATES)
            if age < 45 and rng.random() < 0.7
            else rng.choice(["resolved", "closed", "closed", "rejected"])
        )
        if age > 300 and rng.random() < 0.002:
            status = "received"  # a few forgotten ones: the "oldest open" list
        models = rng.sample(MODELS, rng.choice([0, 1, 1, 1, 2]))
        tickets.append(
            dict(
                id=i,
                rma=f"RMA-{created.year}-{i:06d}",
                status=status,
                customer_email=f"buyer{i % 5000}@c{i % 900}.example",
                customer_name="",
                customer_domain=f"c{i % 900}.example",
                language="en",
                order_numbers=[],
                serial_numbers=[],
                product_models=models,
                tracking_numbers=[],
                missing_fields=[],
                participants=[],
                data={},
                defect_category=rng.choice((*DEFECT_CATEGORIES, None)),
                defect_description="",
                assigned_rep=rng.choice(REPS),
                resolution="",
                created_at=created,
                updated_at=created,
                state_since=created,
            )
        )
        if status in ("waiting_rep", "rma_issued", "received", "preliminary_sent"):
            awaited = {
                "waiting_rep": "rep_confirmation",
                "rma_issued": "shipment",
                "received": "preliminary",
                "preliminary_sent": "report",
            }[status]
            deadlines.append(
                dict(
                    ticket_id=i,
                    awaited=awaited,
                    owner=rng.choice([*REPS, ""]),
                    started_at=created,
                    due_at=created + timedelta(days=4),
                    reminders_sent=0,
                    next_reminder_at=created + timedelta(days=4),
                )
            )
    with engine.begin() as conn:
        for start in range(0, len(tickets), 5000):
            conn.execute(sa.insert(Ticket.__table__), tickets[start : start + 5000])
        if deadlines:
            conn.execute(sa.insert(Deadline.__table__), deadlines)
    print(f"built {len(tickets):,} tickets, {len(deadlines):,} open deadlines")


def render_once(engine: sa.Engine, renderer: Renderer, cal) -> tuple[float, str]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    with Session(engine) as session:
        data = gather(session, NOW, cal)
    ctx = digest_context(data, ZoneInfo("Asia/Shanghai"), "service@example.com", "Ms Wang")
    mail = OutgoingMail(template="manager_digest", to=("manager@example.com",), context=ctx)
    out = renderer.render(
        mail,
        {
            "service_name": "After-Sales Service",
            "company": "Example Optics",
            "service_address": "service@example.com",
            "sender_name": "",
        },
        sender="service@example.com",
        message_id="bench@example.com",
        now=NOW,
        rma=None,
    )
    out.message.as_bytes()
    return time.perf_counter() - started, out.subject


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, own_database(args.database_url, Path(tmp)) as url:
        run(url, args)


def run(url: str, args: argparse.Namespace) -> None:
    engine = make_engine(url)
    try:
        SQLModel.metadata.create_all(engine)
        build(engine, args.tickets, random.Random(42))
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                conn.execute(sa.text("ANALYZE"))
        renderer, cal = Renderer(ROOT / "templates"), load_calendar(ROOT / "rules" / "calendar.yml")
        times = []
        for _ in range(args.repeat):
            seconds, subject = render_once(engine, renderer, cal)
            times.append(seconds)
        print(f"digest subject: {subject}")
        print(
            f"{engine.dialect.name}: digest for {args.tickets:,} tickets gathered and rendered in "
            f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
            f"over {args.repeat} runs (target < 1000 ms)"
        )
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()

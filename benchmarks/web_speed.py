"""Time the web view on 100,000 tickets: the list, a filtered list, searches, and a ticket page.

    python benchmarks/web_speed.py [--tickets N] [--database-url URL] [--requests 40]

Targets: list, filtered list and search by serial or customer p95 <= 300 ms; a ticket page with
50 messages <= 200 ms. Requests go through the whole ASGI app (routing, session check, queries,
templates) in process, so the figures are the server's share of a page. Without --database-url it
uses a fresh SQLite file; with a PostgreSQL admin URL it creates and drops its own database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from starlette.testclient import TestClient  # noqa: E402

from benchmarks.scratch_db import own_database  # noqa: E402
from mailbot.app import build_context  # noqa: E402
from mailbot.config import FileTransport, MaildirSource, Settings, Web  # noqa: E402
from mailbot.store.models import Deadline, Message, Ticket  # noqa: E402
from mailbot.store.webauth import new_session  # noqa: E402
from mailbot.values import DEFECT_CATEGORIES  # noqa: E402
from mailbot.web import create_app  # noqa: E402

NOW = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
STATES = ["new", "waiting_info", "waiting_rep", "rma_issued", "in_transit", "received", "closed", "closed", "resolved"]
MODELS = [f"OTDR-{n}" for n in range(1, 9)] + [f"SFP-{n}G" for n in (1, 10, 25, 100)]
REPS = [f"rep{n}@example.com" for n in range(12)]
# Fault codes as words: each is in about one message in 500, like a real part name or error text.
WORDS = [f"fault{n:03d}" for n in range(500)]


def serial(i: int) -> str:
    return f"SN{i * 7919 % 10_000_000:07d}"


def build(engine: sa.Engine, count: int, rng: random.Random) -> None:
    """Tickets over three years, one customer mail each; one ticket gets a 50-message conversation."""
    tickets, messages, deadlines = [], [], []
    for i in range(1, count + 1):
        created = NOW - timedelta(days=3 * 365 * (1 - i / count) ** 1.3, minutes=rng.randrange(1440))
        # Like a real desk: tickets of the last weeks are mostly open, older ones closed.
        age = (NOW - created).days
        status = rng.choice(STATES[:6]) if age < 45 and rng.random() < 0.7 else rng.choice(STATES[6:])
        tickets.append(
            dict(
                id=i,
                rma=f"RMA-{created.year}-{i:06d}",
                status=status,
                customer_email=f"buyer{i % 5000}@c{i % 900}.example",
                customer_name=f"Buyer {i % 5000}",
                customer_domain=f"c{i % 900}.example",
                language="en",
                order_numbers=[f"SO-{i:07d}"],
                serial_numbers=[serial(i)],
                product_models=rng.sample(MODELS, 1),
                tracking_numbers=[],
                missing_fields=[],
                participants=[],
                data={"company": f"Company {i % 900}"},
                defect_category=rng.choice((*DEFECT_CATEGORIES, None)),
                defect_description="",
                assigned_rep=rng.choice(REPS),
                warranty=rng.choice(["in", "out", "unknown"]),
                resolution="",
                created_at=created,
                updated_at=created,
                state_since=created,
            )
        )
        text = (
            "the unit stopped working after a firmware update, link down, please advise "
            + " ".join(rng.choices(WORDS, k=2))
            + f" serial {serial(i)} order SO-{i:07d}"
        )
        messages.append(_message(i, i, created, text))
        if status in ("waiting_rep", "rma_issued", "received"):
            deadlines.append(
                dict(
                    ticket_id=i,
                    awaited="shipment",
                    owner="",
                    started_at=created,
                    due_at=created + timedelta(days=4),
                    reminders_sent=0,
                    next_reminder_at=created + timedelta(days=4),
                )
            )
    big = count // 2
    messages += [_message(count + n, big, NOW - timedelta(hours=50 - n), f"message {n} " * 30) for n in range(1, 50)]
    with engine.begin() as conn:
        for start in range(0, len(tickets), 5000):
            conn.execute(sa.insert(Ticket.__table__), tickets[start : start + 5000])
        for start in range(0, len(messages), 5000):
            conn.execute(sa.insert(Message.__table__), messages[start : start + 5000])
        conn.execute(sa.insert(Deadline.__table__), deadlines)
    print(f"built {len(tickets):,} tickets, {len(messages):,} messages, {len(deadlines):,} open deadlines")


def _message(mid: int, ticket_id: int, at: datetime, text: str) -> dict[str, object]:
    return dict(
        id=mid,
        ticket_id=ticket_id,
        direction="in",
        message_id=f"m{mid}@bench.example",
        references=[],
        sender=f"buyer{ticket_id % 5000}@c{ticket_id % 900}.example",
        recipients=["service@example.com"],
        subject=f"Problem {ticket_id}",
        text=text,
        source="inbox",
        status="processed",
        reason="",
        extraction={},
        created_at=at,
    )


def timed(client: TestClient, paths: list[str]) -> list[float]:
    out = []
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        out.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) >= 2 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, own_database(args.database_url, Path(tmp)) as url:
        run(url, Path(tmp) / "var", args)


def run(url: str, var: Path, args: argparse.Namespace) -> None:
    settings = Settings(
        database_url=url,
        var_dir=var,
        rules_dir=ROOT / "rules",
        templates_dir=ROOT / "templates",
        sources=(MaildirSource(path=var / "inbox"),),
        transport=FileTransport(path=var / "outbox"),
        web=Web(base_url="http://bench"),
        secret="bench",
    )
    ctx = build_context(settings, clock=lambda: NOW)
    try:
        build(ctx.engine, args.tickets, random.Random(42))
        with ctx.engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
        with ctx.sessions() as session:
            cookie = new_session(session, "manager@example.com", "", NOW, timedelta(hours=1))
            session.commit()
        client = TestClient(create_app(ctx, public_url="http://bench"), cookies={"mb_session": cookie})
        rng = random.Random(7)
        n, count = args.requests, args.tickets
        some: Callable[[], int] = lambda: rng.randrange(1, count + 1)  # noqa: E731
        cases = {
            "list, newest first": ["/tickets"] + [f"/tickets?page={rng.randrange(1, 50)}" for _ in range(n - 1)],
            "filtered list (state + owner + warranty)": [
                f"/tickets?status={rng.choice(STATES)}&owner={rng.choice(REPS)}&warranty=in" for _ in range(n)
            ],
            "filtered list (overdue, sorted by state age)": ["/tickets?overdue=1&sort=state_since" for _ in range(n)],
            "search by serial": [f"/tickets?q={serial(some())}" for _ in range(n)],
            "search by customer address": [
                f"/tickets?q=buyer{some() % 5000}@c{some() % 900}.example" for _ in range(n)
            ],
            "search by customer domain": [f"/tickets?q=c{some() % 900}.example" for _ in range(n)],
            "search by a word in messages": [f"/tickets?q={rng.choice(WORDS)}" for _ in range(n)],
            "ticket page, 50 messages": [f"/tickets/{_rma(ctx, count // 2)}" for _ in range(n)],
        }
        print(f"{ctx.engine.dialect.name}, {count:,} tickets, {n} requests each (ms):")
        for label, paths in cases.items():
            times = timed(client, paths)
            print(f"  {label:<46} median {statistics.median(times):6.1f}  p95 {p95(times):6.1f}  max {max(times):6.1f}")
    finally:
        ctx.close()


def _rma(ctx: object, ticket_id: int) -> str:
    with ctx.sessions() as session:  # type: ignore[attr-defined]
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket.rma


if __name__ == "__main__":
    main()

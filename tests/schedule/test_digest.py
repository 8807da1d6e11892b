"""The managers' digest: due at each manager's local time, once per day across processes, right figures."""

from __future__ import annotations

import os
import threading
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel, func, select

from mailbot.rules.calendar import load_calendar
from mailbot.rules.digest import Manager, load_digest_rules
from mailbot.rules.reminders import load_reminder_rules
from mailbot.schedule.digest import due_digests, gather, send_due
from mailbot.schedule.digest_view import bar, digest_context
from mailbot.store.db import make_engine
from mailbot.store.deadlines import finish_deadlines, start_deadline
from mailbot.store.models import DigestLog, Outbox, Ticket
from mailbot.values import DeadlineSpec, OutgoingMail
from tests.schedule.test_reminders import render

pytestmark = pytest.mark.clock  # run again at fixed instants by .ci/run (libfaketime)

ROOT = Path(__file__).resolve().parents[2]
UTC = UTC
SH = ZoneInfo("Asia/Shanghai")
PG_URL = os.environ.get("MAILBOT_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
WANG = Manager(email="wang@example.com", name="Ms Wang", timezone="Asia/Shanghai", language="zh")
EU = Manager(email="eu@example.com", name="EU desk", timezone="Europe/Berlin")


@pytest.fixture(scope="module")
def cal():
    return load_calendar(ROOT / "rules" / "calendar.yml")


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    if request.param == "sqlite":
        eng, pg = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}"), None
    else:
        name = f"mailbot_dig_{uuid.uuid4().hex[:10]}"
        admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        url = sa.engine.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        eng, pg = make_engine(url), (admin, name)
    SQLModel.metadata.create_all(eng)
    yield eng
    eng.dispose()
    if pg:
        with pg[0].connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE "{pg[1]}" WITH (FORCE)'))
        pg[0].dispose()


class Queue:
    """Stand-in for the integrator's enqueue: an outbox row in the same transaction."""

    def __init__(self) -> None:
        self.mails: list[OutgoingMail] = []
        self.lock = threading.Lock()

    def __call__(self, session: Session, mail: OutgoingMail, ticket: Ticket | None) -> None:
        at = datetime(2026, 1, 1, tzinfo=UTC)
        session.add(
            Outbox(
                message_id=uuid.uuid4().hex,
                template=mail.template,
                sender="service@example.com",
                recipients=list(mail.to),
                raw=b"",
                next_attempt_at=at,
                created_at=at,
            )
        )
        with self.lock:
            self.mails.append(mail)


def send(engine, cal, box, now, managers=(WANG, EU)):
    return send_due(lambda: Session(engine), list(managers), cal, box, now)


def test_digest_at_eight_local_time_for_shanghai_and_berlin(engine, cal):
    box = Queue()
    # Mon 23 Nov 2026: 08:00 in Shanghai is 00:00 UTC; 08:00 in Berlin (CET) is 07:00 UTC.
    assert send(engine, cal, box, datetime(2026, 11, 22, 23, 59, tzinfo=UTC)) == []
    assert send(engine, cal, box, datetime(2026, 11, 23, 0, 0, tzinfo=UTC)) == [
        ("wang@example.com", date(2026, 11, 23))
    ]
    assert send(engine, cal, box, datetime(2026, 11, 23, 6, 59, tzinfo=UTC)) == []
    assert send(engine, cal, box, datetime(2026, 11, 23, 7, 0, tzinfo=UTC)) == [("eu@example.com", date(2026, 11, 23))]
    assert send(engine, cal, box, datetime(2026, 11, 23, 15, 0, tzinfo=UTC)) == []
    assert [(m.to, m.language, m.template) for m in box.mails] == [
        (("wang@example.com",), "zh", "manager_digest"),
        (("eu@example.com",), "en", "manager_digest"),
    ]
    # Next morning in Shanghai is still Monday evening in Berlin: one new digest, Ms Wang's.
    assert send(engine, cal, box, datetime(2026, 11, 24, 0, 1, tzinfo=UTC)) == [
        ("wang@example.com", date(2026, 11, 24))
    ]


def test_summer_time_moves_the_utc_hour_not_the_local_one(engine, cal):
    with Session(engine) as s:
        # Mon 6 Jul 2026: Berlin is on CEST (UTC+2), so 08:00 there is 06:00 UTC.
        assert due_digests([EU], datetime(2026, 7, 6, 5, 59, tzinfo=UTC), cal, s) == []
        assert due_digests([EU], datetime(2026, 7, 6, 6, 0, tzinfo=UTC), cal, s) == [(EU, date(2026, 7, 6))]


def test_no_digest_on_days_off_unless_configured(engine, cal):
    sat = datetime(2026, 11, 28, 8, 30, tzinfo=SH)
    every_day = WANG.model_copy(update={"working_days_only": False, "email": "boss@example.com"})
    with Session(engine) as s:
        assert [m.email for m, _ in due_digests([WANG, every_day], sat, cal, s)] == ["boss@example.com"]
        # The Spring Festival is off; the make-up Saturday before it is a working day.
        assert due_digests([WANG], datetime(2026, 2, 17, 9, tzinfo=SH), cal, s) == []
        assert due_digests([WANG], datetime(2026, 2, 14, 9, tzinfo=SH), cal, s) == [(WANG, date(2026, 2, 14))]


def test_exactly_once_with_two_processes_racing_and_a_restart(engine, cal):
    box = Queue()
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # both managers due
    barrier = threading.Barrier(3)
    results: list = []

    def worker() -> None:
        barrier.wait()
        results.append(send(engine, cal, box, now))

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    sent = sorted(x for r in results for x in r)
    assert sent == [("eu@example.com", date(2026, 11, 23)), ("wang@example.com", date(2026, 11, 23))]
    # A restarted process later that day: nothing more.
    engine.dispose()
    assert send(engine, cal, box, now + timedelta(hours=3)) == []
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(Outbox)).one() == 2
        assert s.exec(select(func.count()).select_from(DigestLog)).one() == 2


def _ticket(
    s: Session, n: int, at: datetime, status: str, category: str | None, models: list[str], rep: str = "rep@example.com"
) -> Ticket:
    at = at.astimezone(UTC)  # the store keeps UTC (SQLite drops the offset)
    t = Ticket(
        rma=f"RMA-2026-{n:05d}",
        status=status,
        customer_email=f"c{n}@customer.example",
        defect_category=category,
        product_models=models,
        assigned_rep=rep,
        created_at=at,
        updated_at=at,
        state_since=at,
    )
    s.add(t)
    s.flush()
    return t


def test_gather_figures(engine, cal):
    now = datetime(2026, 11, 23, 8, 0, tzinfo=SH)  # Monday
    rules = load_reminder_rules(ROOT / "rules" / "reminders.yml")
    spec = [  # (days ago, status, category, models)
        (0.2, "new", "no_power", ["OTDR-5", "PSU-2"]),
        (0.5, "waiting_rep", "no_power", ["OTDR-5"]),
        (3, "waiting_rep", "no_link", []),
        (6, "rma_issued", None, ["SW-8"]),
        (10, "report_sent", "no_power", ["OTDR-5"]),
        (20, "closed", "software", ["SW-8"]),
        (40, "in_transit", "no_link", ["OTDR-5"]),
        (400, "received", "other", ["OLD-1"]),
    ]
    with Session(engine) as s:
        tickets = [_ticket(s, n, now - timedelta(days=d), st, c, m) for n, (d, st, c, m) in enumerate(spec, 1)]
        for t in tickets[1:3]:
            start_deadline(s, t.id, DeadlineSpec("rep_confirmation", "rep2@example.com"), rules, cal, t.created_at)
        start_deadline(s, tickets[3].id, DeadlineSpec("shipment"), rules, cal, tickets[3].created_at)
        start_deadline(s, tickets[0].id, DeadlineSpec("rep_confirmation"), rules, cal, tickets[0].created_at)
        finish_deadlines(s, tickets[0].id, ["rep_confirmation"], now)
        s.commit()
        data = gather(s, now, cal, since=now - timedelta(days=1))
    assert data.new_count == 2 and [t.rma for t in data.new_tickets] == ["RMA-2026-00001", "RMA-2026-00002"]
    assert data.waiting_count == 2
    assert [t.rma for t in data.waiting] == ["RMA-2026-00003", "RMA-2026-00002"]  # oldest first
    # Fri 20 Nov 08:00 -> Mon 23 Nov 08:00 Shanghai: Friday 09:00-18:00 is the one working day.
    assert data.waiting[0].age_working_days == pytest.approx(1.0)
    assert data.waiting[1].age_working_days == 0
    assert data.waiting[0].owner == "rep2@example.com"
    # Nothing is overdue yet: the confirmations are due Tue/Wed, the shipment (5 wd from Tue 17) Tue 24.
    assert [(o.owner, o.count) for o in data.overdue] == []
    assert dict(data.by_state) == {
        "new": 1,
        "waiting_rep": 2,
        "rma_issued": 1,
        "report_sent": 1,
        "in_transit": 1,
        "received": 1,
    }
    assert data.open_total == 7
    cats = {c.name: (c.last7, c.last30) for c in data.by_category}
    assert cats == {"no_power": (2, 3), "no_link": (1, 1), "(none)": (1, 1), "software": (0, 1)}
    models = {c.name: (c.last7, c.last30) for c in data.by_model}
    assert models == {"OTDR-5": (2, 3), "SW-8": (1, 2), "(none)": (1, 1)}
    assert [t.rma for t in data.oldest_open] == [f"RMA-2026-{n:05d}" for n in (8, 7, 5, 4, 3)]
    later = gather(Session(engine), now + timedelta(days=10), cal)
    assert [(o.owner, o.count) for o in later.overdue] == [("rep2@example.com", 2), ("rep@example.com", 1)]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_digest_renders_with_bar_chart_and_reply_links(engine, cal, language):
    now = datetime(2026, 11, 23, 8, 0, tzinfo=SH)
    with Session(engine) as s:
        for n, cat in enumerate(["no_power"] * 3 + ["no_link"], 1):
            _ticket(s, n, now - timedelta(days=n), "waiting_rep", cat, ["OTDR-5"])
        s.commit()
        data = gather(s, now, cal)
    ctx = digest_context(data, SH, "service@example.com", "Ms <Wang>")
    subject, text, html = render("manager_digest", language, ctx)
    assert "2026-11-23" in subject and "4" in subject
    assert 'href="mailto:service@example.com?subject=%5BRMA-2026-00001%5D"' in html
    assert 'bgcolor="#2f6db5"' in html and "Ms &lt;Wang&gt;" in html
    assert "#" * 24 in text and "RMA-2026-00004" in text and "\n\n\n" not in text
    assert ctx["by_category"][0] == {
        "name": "no_power",
        "last7": 3,
        "last30": 3,
        "px7": 160,
        "px30": 160,
        "bar7": "#" * 24,
        "bar30": "#" * 24,
    }
    assert ctx["by_category"][1]["px7"] == 54


def test_bar_lengths():
    assert bar(0, 10, 20) == 0 and bar(10, 10, 20) == 20 and bar(1, 1000, 20) == 1 and bar(5, 10, 20) == 10


def test_digest_rules_file(tmp_path):
    rules = load_digest_rules(ROOT / "rules" / "digest.yml")
    assert {m.timezone for m in rules.managers} == {"Asia/Shanghai", "Europe/Berlin"}
    assert rules.managers[0].digest_time == time(8, 0)
    bad = tmp_path / "digest.yml"
    bad.write_text("managers:\n  - email: a@b.example\n    timezone: Europe/Atlantis\n", encoding="utf-8")
    from mailbot.rules.yamlfile import FileError

    with pytest.raises(FileError) as err:
        load_digest_rules(bad)
    assert err.value.line == 3


def test_gather_walks_no_index_through_the_closed_tickets(tmp_path, cal):
    """On a desk of mostly closed tickets every digest query is an index search: "status IN (open …)
    ORDER BY created_at" made SQLite walk created_at from the oldest ticket (6 s on a million)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    SQLModel.metadata.create_all(engine)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    with Session(engine) as session:
        session.add_all(
            Ticket(
                rma=f"RMA-2023-{i:05d}",
                status="closed" if i < 3000 else "waiting_rep",
                customer_email=f"b{i}@c.example",
                created_at=start + timedelta(hours=i),
                updated_at=start + timedelta(hours=i),
                state_since=start + timedelta(hours=i),
            )
            for i in range(3010)
        )
        session.commit()
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    selects: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append((statement, parameters))

    sa.event.listen(engine, "before_cursor_execute", record)
    with Session(engine) as session:
        data = gather(session, start + timedelta(hours=3010), cal)
    sa.event.remove(engine, "before_cursor_execute", record)
    assert [t.rma for t in data.oldest_open][:2] == ["RMA-2023-03000", "RMA-2023-03001"]
    with engine.connect() as conn:
        plans = {s: [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p)] for s, p in selects}
    walks = {s: p for s, p in plans.items() if any(step.startswith("SCAN ticket") for step in p)}
    assert walks == {}
    engine.dispose()

"""Deadlines and the reminder sweep, with the clock passed in: once each, cancelled in time, race-safe."""

from __future__ import annotations

import os
import threading
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel, func, select

from mailbot.mail.render import Renderer
from mailbot.rules.calendar import load_calendar
from mailbot.rules.periods import Period
from mailbot.rules.reminders import ReminderRules, load_reminder_rules
from mailbot.rules.yamlfile import FileError
from mailbot.schedule.reminders import sweep
from mailbot.store.db import make_engine
from mailbot.store.deadlines import ALL, finish_deadlines, start_deadline
from mailbot.store.models import Deadline, Event, Message, Outbox, ReminderLog, Ticket
from mailbot.values import DeadlineSpec, OutgoingMail
from mailbot.workflow.workdays import add_working_days, as_utc

pytestmark = pytest.mark.clock  # run again at fixed instants by .ci/run (libfaketime)

ROOT = Path(__file__).resolve().parents[2]
SH = ZoneInfo("Asia/Shanghai")
PG_URL = os.environ.get("MAILBOT_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def sh(*args) -> datetime:
    return datetime(*args, tzinfo=SH)


@pytest.fixture(scope="module")
def cal():
    return load_calendar(ROOT / "rules" / "calendar.yml")


@pytest.fixture(scope="module")
def rules():
    return load_reminder_rules(ROOT / "rules" / "reminders.yml")


def _engine(backend: str, tmp_path: Path):
    if backend == "sqlite":
        # The production engine: WAL, busy timeout, foreign keys on.
        return make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}"), None
    name = f"mailbot_rem_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    return make_engine(url), (admin, name)


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    eng, pg = _engine(request.param, tmp_path)
    SQLModel.metadata.create_all(eng)
    yield eng
    eng.dispose()
    if pg:
        admin, name = pg
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


class Outbox_:
    """The integrator's enqueue stand-in: an outbox row in the caller's transaction, plus a record."""

    def __init__(self) -> None:
        self.mails: list[OutgoingMail] = []
        self.lock = threading.Lock()

    def __call__(self, session: Session, mail: OutgoingMail, ticket: Ticket | None) -> None:
        now = datetime(2026, 1, 1, tzinfo=SH)
        session.add(
            Outbox(
                ticket_id=ticket.id if ticket else None,
                message_id=uuid.uuid4().hex,
                template=mail.template,
                sender="service@example.com",
                recipients=list(mail.to),
                raw=b"",
                next_attempt_at=now,
                created_at=now,
            )
        )
        with self.lock:
            self.mails.append(mail)


def make_ticket(session: Session, n: int, at: datetime, **kw) -> Ticket:
    at = as_utc(at)  # the store keeps UTC (SQLite drops the offset)
    t = Ticket(
        rma=f"RMA-2026-{n:05d}",
        status=kw.pop("status", "waiting_rep"),
        customer_email=kw.pop("customer_email", f"buyer{n}@customer.example"),
        created_at=at,
        updated_at=at,
        state_since=at,
        assigned_rep="rep@example.com",
        **kw,
    )
    session.add(t)
    session.flush()
    return t


# What rules/policy.yml promises for the report, as the app passes it: reminders.yml gives the report no
# due time of its own (a policy that promises none has nobody chased for it).
PROMISED = {"report": Period(most=7, unit="working_days")}


def start(engine, rules, cal, awaited: str, at: datetime, n: int = 1, owner: str = "") -> tuple[int, int]:
    with Session(engine) as s:
        t = make_ticket(s, n, at)
        d = start_deadline(s, t.id, DeadlineSpec(awaited, owner), rules, cal, at, promised=PROMISED)
        s.commit()
        return t.id, d.id


def outbox_count(engine) -> int:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(Outbox)).one()


def run(engine, rules, cal, box, now):
    return sweep(lambda: Session(engine), rules, cal, box, now)


def test_deadline_due_in_working_days_and_not_doubled(engine, rules, cal):
    tid, did = start(engine, rules, cal, "rep_confirmation", sh(2026, 2, 13, 17))
    with Session(engine) as s:
        d = s.get(Deadline, did)
        # Across the make-up Saturday and Spring Festival: due Wed 25 Feb 17:00 Shanghai.
        assert d.due_at.replace(tzinfo=ZoneInfo("UTC")) == sh(2026, 2, 25, 17)
        again = start_deadline(s, tid, DeadlineSpec("rep_confirmation"), rules, cal, sh(2026, 2, 16))
        assert again.id == did
        with pytest.raises(ValueError, match="no reminder rule"):
            start_deadline(s, tid, DeadlineSpec("moon_landing"), rules, cal, sh(2026, 2, 16))
        # a reminders.yml older than the refund step: nothing chased for it (start-up refuses such a file
        # once the policy promises a refund, workflow/check.py)
        older = rules.model_copy(update={"awaited": {k: v for k, v in rules.awaited.items() if k != "refund"}})
        assert start_deadline(s, tid, DeadlineSpec("refund"), older, cal, sh(2026, 2, 16)) is None


def test_reminder_at_due_time_to_the_owner(engine, rules, cal):
    _, did = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 17), owner="Rep2@Example.com")
    box = Outbox_()
    assert run(engine, rules, cal, box, sh(2026, 11, 25, 16, 59)) == []
    sent = run(engine, rules, cal, box, sh(2026, 11, 25, 17))
    assert [(r.action, r.occurrence, r.to) for r in sent] == [("reminded", 1, ("rep2@example.com",))]
    mail = box.mails[0]
    assert mail.template == "reminder_staff" and mail.language == "en"
    assert mail.context["rma"] == "RMA-2026-00001"
    assert mail.context["since_text"] == "2026-11-20 17:00 (Asia/Shanghai)"
    with Session(engine) as s:
        d = s.get(Deadline, did)
        assert d.reminders_sent == 1
        assert d.next_reminder_at.replace(tzinfo=ZoneInfo("UTC")) == sh(2026, 11, 26, 17)


def test_approval_one_second_before_due_cancels_the_reminder(engine, rules, cal):
    tid, _did = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10))
    due = add_working_days(sh(2026, 11, 20, 10), 3, cal)
    with Session(engine) as s:  # the rep's #approve, applied at 09:59:59
        assert finish_deadlines(s, tid, ["rep_confirmation"], due - timedelta(seconds=1)) == 1
        s.commit()
    box = Outbox_()
    assert run(engine, rules, cal, box, due) == []
    assert run(engine, rules, cal, box, due + timedelta(days=30)) == []
    assert outbox_count(engine) == 0 and box.mails == []


def test_three_days_of_downtime_send_each_overdue_reminder_once(engine, rules, cal):
    starts = [sh(2026, 11, 16, 10), sh(2026, 11, 16, 15), sh(2026, 11, 17, 11)]
    for n, at in enumerate(starts, 1):
        start(engine, rules, cal, "report" if n == 3 else "rep_confirmation", at, n=n)
    box = Outbox_()
    # The first two were due Thu 19 and Fri 20 Nov; mailbot was down from then until Thu 26
    # 09:00, missing three sweeps' worth of reminder slots. The report is due Thu 26 11:00.
    back = sh(2026, 11, 26, 9, 0)
    first = run(engine, rules, cal, box, back)
    assert sorted((r.rma, r.occurrence, r.action) for r in first) == [
        ("RMA-2026-00001", 1, "reminded"),
        ("RMA-2026-00002", 1, "reminded"),
    ]
    # Minutes later, and a restarted process: nothing again. Next one a working day later.
    assert run(engine, rules, cal, box, back + timedelta(minutes=1)) == []
    assert run(engine, rules, cal, box, back + timedelta(hours=1)) == []
    second = run(engine, rules, cal, box, add_working_days(back, 1, cal))
    assert sorted((r.rma, r.occurrence) for r in second) == [
        ("RMA-2026-00001", 2),
        ("RMA-2026-00002", 2),
        ("RMA-2026-00003", 1),
    ]
    assert outbox_count(engine) == 5


def test_last_reminder_then_escalation_to_the_manager(engine, rules, cal):
    _, did = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 2, 10))
    box = Outbox_()
    actions = []
    now = sh(2026, 11, 2, 10)
    for _ in range(12):
        now = add_working_days(now, 1, cal)
        actions += [(r.action, r.occurrence) for r in run(engine, rules, cal, box, now)]
    assert actions == [("reminded", 1), ("reminded", 2), ("escalated", 3)]
    assert box.mails[-1].template == "reminder_escalation"
    assert box.mails[-1].to == ("manager@example.com",)
    with Session(engine) as s:
        d = s.get(Deadline, did)
        assert d.escalated_at is not None and d.next_reminder_at is None
        assert s.exec(select(Event.kind)).all() == ["deadline_escalated"]


def test_customer_silent_ticket_closed_with_notice(engine, rules, cal):
    tid, _ = start(engine, rules, cal, "customer_info", sh(2026, 11, 2, 10))
    with Session(engine) as s:
        s.get(Ticket, tid).language = "zh"
        start_deadline(s, tid, DeadlineSpec("shipment"), rules, cal, sh(2026, 11, 2, 10))
        s.commit()
    box = Outbox_()
    now, actions = sh(2026, 11, 2, 10), []
    for _ in range(20):
        now = add_working_days(now, 1, cal)
        actions += [(r.awaited, r.action) for r in run(engine, rules, cal, box, now)]
    # customer_info: due after 3, every 3, twice, then close; shipment: due after 5, but the
    # close on day 9 ends it before its second reminder on day 10.
    assert actions == [
        ("customer_info", "reminded"),
        ("shipment", "reminded"),
        ("customer_info", "reminded"),
        ("customer_info", "closed"),
    ]
    assert [(m.template, m.language) for m in box.mails] == [
        ("reminder_customer", "zh"),
        ("reminder_customer", "zh"),
        ("reminder_customer", "zh"),
        ("reminder_closed", "zh"),
    ]
    with Session(engine) as s:
        t = s.get(Ticket, tid)
        assert t.status == "closed" and t.closed_at is not None
        assert s.exec(select(func.count()).select_from(Deadline).where(Deadline.done_at.is_(None))).one() == 0


def test_reminder_threads_into_the_ticket(engine, rules, cal):
    tid, _ = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10))
    with Session(engine) as s:
        for i, mid in enumerate(["first@customer", "second@service"]):
            s.add(Message(ticket_id=tid, direction="in", message_id=mid, created_at=as_utc(sh(2026, 11, 20, 10 + i))))
        s.commit()
    box = Outbox_()
    run(engine, rules, cal, box, sh(2026, 12, 1))
    assert box.mails[0].in_reply_to == "second@service"
    assert box.mails[0].references == ("first@customer", "second@service")


def test_occurrence_claimed_elsewhere_is_not_sent_again(engine, rules, cal):
    tid, did = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10))
    with Session(engine) as s:  # another process already claimed reminder 1
        s.add(
            ReminderLog(
                deadline_id=did, ticket_id=tid, awaited="rep_confirmation", occurrence=1, sent_at=sh(2026, 11, 25, 10)
            )
        )
        s.commit()
    box = Outbox_()
    assert run(engine, rules, cal, box, sh(2026, 11, 25, 12)) == []
    assert outbox_count(engine) == 0


def test_two_sweeps_racing_send_each_reminder_exactly_once(engine, rules, cal):
    with Session(engine) as s:
        for n in range(1, 41):
            t = make_ticket(s, n, sh(2026, 11, 2, 10))
            start_deadline(s, t.id, DeadlineSpec("rep_confirmation"), rules, cal, sh(2026, 11, 2, 10))
        s.commit()
    box = Outbox_()
    barrier = threading.Barrier(2)
    results: list[list] = []

    def worker() -> None:
        barrier.wait()
        results.append(run(engine, rules, cal, box, sh(2026, 11, 9, 10)))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    claimed = [r.deadline_id for res in results for r in res]
    assert len(claimed) == 40 and len(set(claimed)) == 40
    assert outbox_count(engine) == 40
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(ReminderLog)).one() == 40


def test_finish_all_ends_every_open_deadline(engine, rules, cal):
    tid, _ = start(engine, rules, cal, "shipment", sh(2026, 11, 2, 10))
    with Session(engine) as s:
        start_deadline(s, tid, DeadlineSpec("customer_info"), rules, cal, sh(2026, 11, 2, 10))
        assert finish_deadlines(s, tid, [], sh(2026, 11, 3)) == 0
        assert finish_deadlines(s, tid, [ALL], sh(2026, 11, 3)) == 2
        s.commit()


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", ["reminder_staff", "reminder_customer", "reminder_escalation", "reminder_closed"])
def test_reminder_templates_render(name, language):
    ctx = {
        "rma": "RMA-2026-00042",
        "awaited": "shipment",
        "what": "the goods",
        "since_text": "2026-11-20 17:00 (Asia/Shanghai)",
        "due_text": "2026-11-25 17:00 (Asia/Shanghai)",
        "occurrence": 2,
        "times": 2,
        "after_last": "close",
        "owner": "rep@example.com",
        "customer_name": "Li <Lei>",
        "customer_email": "li@customer.example",
        "status": "rma_issued",
        "order_numbers": ["PO-1"],
        "serial_numbers": ["SN1"],
        "product_models": ["OTDR-5"],
        "since": None,
        "due_at": None,
    }
    subject, text, html = render(name, language, ctx, rma="RMA-2026-00042")
    assert subject.startswith("[RMA-2026-00042] ")
    assert "2026-11-20 17:00" in text and "2026-11-20 17:00" in html
    assert "Li &lt;Lei&gt;" in html and "<Lei>" not in html
    assert "\n\n\n" not in text and "{" not in text
    last = {"en": ("close this request", "goes to the manager"), "zh": ("关闭此申请", "转交主管")}[language]
    if name in ("reminder_customer", "reminder_staff"):
        assert any(phrase in text for phrase in last)


def test_rules_file_errors_name_the_line(tmp_path):
    bad = tmp_path / "reminders.yml"
    bad.write_text("awaited:\n  report:\n    due_after: 7\n    remind: [bossman]\n", encoding="utf-8")
    with pytest.raises(FileError) as err:
        load_reminder_rules(bad)
    assert err.value.line == 3 and "bossman" in str(err.value)
    bad.write_text("awaited:\n  report:\n    due_after: 7\n", encoding="utf-8")
    with pytest.raises(FileError, match="escalate_to"):
        load_reminder_rules(bad)
    assert isinstance(load_reminder_rules(ROOT / "rules" / "reminders.yml"), ReminderRules)


BASE = {
    "service_name": "After-Sales Service",
    "company": "Example Optics",
    "service_address": "service@example.com",
    "sender_name": "After-Sales Service",
}


def render(name: str, language: str, context: dict, rma: str | None = None) -> tuple[str, str, str]:
    """Through the production renderer: (subject, text body, html body)."""
    mail = OutgoingMail(template=name, to=("someone@example.com",), context=context, language=language)
    out = Renderer(ROOT / "templates").render(
        mail, BASE, sender="service@example.com", message_id="x@example.com", now=datetime(2026, 11, 25), rma=rma
    )
    msg = out.message
    return out.subject, msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def test_one_failing_reminder_does_not_stop_the_others(engine, rules, cal):
    for n in (1, 2, 3):
        start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 2, 10), n=n)
    box = Outbox_()

    def flaky(session, mail, ticket):
        if ticket.rma == "RMA-2026-00002":
            raise RuntimeError("template exploded")
        box(session, mail, ticket)

    sent = run(engine, rules, cal, flaky, sh(2026, 11, 9, 10))
    assert sorted(r.rma for r in sent) == ["RMA-2026-00001", "RMA-2026-00003"]
    with Session(engine) as s:  # the failed one left no trace and is still due
        logs = s.exec(select(ReminderLog.ticket_id)).all()
        assert sorted(logs) == [1, 3]
    again = run(engine, rules, cal, box, sh(2026, 11, 9, 11))
    assert [(r.rma, r.occurrence) for r in again] == [("RMA-2026-00002", 1)]


def test_closed_ticket_is_not_chased(engine, rules, cal):
    tid, _did = start(engine, rules, cal, "report", sh(2026, 11, 2, 10))
    with Session(engine) as s:  # closed by hand, the deadline left open by mistake
        t = s.get(Ticket, tid)
        t.status, t.closed_at = "closed", as_utc(sh(2026, 11, 3, 10))
        s.commit()
    box = Outbox_()
    assert [r.action for r in run(engine, rules, cal, box, sh(2026, 12, 1))] == ["expired"]
    assert box.mails == [] and run(engine, rules, cal, box, sh(2026, 12, 2)) == []


def test_approval_committed_between_read_and_claim_wins(engine, rules, cal):
    """An approval landing after the sweep listed the due deadlines, before it claims them, must still cancel."""
    tid, _ = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10))
    sessions = 0

    def factory() -> Session:
        nonlocal sessions
        sessions += 1
        if sessions == 2:  # the listing's session is closed; the rep's #approve commits right now
            with Session(engine) as other:
                finish_deadlines(other, tid, ["rep_confirmation"], sh(2026, 11, 25, 16, 59))
                other.commit()
        return Session(engine)

    box = Outbox_()
    assert sweep(factory, rules, cal, box, sh(2026, 11, 25, 17)) == []
    assert sessions == 2  # the approval really came between the listing and the batch
    assert box.mails == [] and outbox_count(engine) == 0


def test_sqlite_sweep_holds_the_write_lock_before_it_reads(tmp_path, rules, cal):
    """SQLite has no row locks: while a batch is on its deadlines no other writer can commit (it waits for
    the batch's commit), so what the batch read stays true until it is written."""
    eng = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    SQLModel.metadata.create_all(eng)
    start(eng, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10))
    blocked: list[str] = []

    def probe(session, mail, ticket):
        other = sa.create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}", connect_args={"timeout": 0})
        try:
            with other.begin() as conn:
                conn.execute(sa.text("UPDATE deadline SET owner = 'x'"))
        except sa.exc.OperationalError as exc:
            blocked.append(str(exc.orig))
        finally:
            other.dispose()
        Outbox_()(session, mail, ticket)

    assert len(sweep(lambda: Session(eng), rules, cal, probe, sh(2026, 11, 25, 17))) == 1
    assert blocked and "locked" in blocked[0]
    eng.dispose()


def test_due_reminders_are_written_by_few_commits(engine, rules, cal):
    """One commit is one durable write: 40 due reminders take one transaction, not 40."""
    with Session(engine) as s:
        for n in range(1, 41):
            t = make_ticket(s, n, sh(2026, 11, 2, 10))
            start_deadline(s, t.id, DeadlineSpec("rep_confirmation"), rules, cal, sh(2026, 11, 2, 10))
        s.commit()
    commits: list[int] = []
    sa.event.listen(engine, "commit", lambda conn: commits.append(1))
    box = Outbox_()
    assert len(run(engine, rules, cal, box, sh(2026, 11, 9, 10))) == 40
    assert len(commits) == 1 and outbox_count(engine) == 40
    with Session(engine) as s:  # five more, and ``per_commit`` bounds a transaction
        for n in range(41, 46):
            t = make_ticket(s, n, sh(2026, 11, 2, 10))
            start_deadline(s, t.id, DeadlineSpec("rep_confirmation"), rules, cal, sh(2026, 11, 2, 10))
        s.commit()
    commits.clear()
    got = sweep(lambda: Session(engine), rules, cal, box, sh(2026, 11, 9, 10), per_commit=2)
    assert len(got) == 5 and len(commits) == 3


def test_failed_commit_leaves_the_whole_batch_due(engine, rules, cal):
    for n in (1, 2, 3):
        start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 2, 10), n=n)

    class FailingCommit(Session):
        def commit(self) -> None:
            raise sa.exc.OperationalError("COMMIT", {}, Exception("disk I/O error"))

    box = Outbox_()
    assert sweep(lambda: FailingCommit(engine), rules, cal, box, sh(2026, 11, 9, 10)) == []
    assert outbox_count(engine) == 0
    again = run(engine, rules, cal, Outbox_(), sh(2026, 11, 9, 11))
    assert sorted((r.rma, r.occurrence) for r in again) == [(f"RMA-2026-0000{n}", 1) for n in (1, 2, 3)]


def test_the_deadline_chased_is_the_one_the_policy_promised(engine, rules, cal):
    # 000: "preliminary analysis data ... within 2-3 working days, follow by a detailed RMA Report within
    # 7 working days" (counted from receipt). reminders.yml says 3 and 7 too; a policy saying 5 wins.
    received = sh(2026, 3, 2, 10, 0)  # a Monday
    with Session(engine) as s:
        t = make_ticket(s, 1, received, status="preliminary_sent")
        spec = DeadlineSpec("report", "engineer@example.com", counted_from=received)
        later = received + timedelta(days=2)  # the preliminary went out two days after the receipt
        d = start_deadline(s, t.id, spec, rules, cal, later, promised={"report": 5})
        s.commit()
        assert as_utc(d.started_at) == as_utc(received)
        assert as_utc(d.due_at) == add_working_days(received, 5, cal)
        assert d.owner == "engineer@example.com"
        # Without a promised period the report has no due time of its own in reminders.yml: nobody is chased.
        assert start_deadline(s, make_ticket(s, 2, received).id, DeadlineSpec("report"), rules, cal, later) is None
        # A promise in hours is chased in hours (seed 003: "verify the fault ... within 12 hours").
        twelve = {"preliminary": Period(most=12, unit="hours")}
        spec = DeadlineSpec("preliminary", "engineer@example.com")
        verify = start_deadline(s, make_ticket(s, 3, received).id, spec, rules, cal, received, promised=twelve)
        assert verify is not None and as_utc(verify.due_at) == as_utc(received) + timedelta(hours=12)


def test_a_batch_is_written_by_one_savepoint(engine, rules, cal):
    """Ten due reminders: one savepoint and the deadlines' new times by one executemany UPDATE, not a
    savepoint, a flush and an UPDATE each (the INSERTs are batched as far as the driver allows)."""
    with Session(engine) as s:
        for n in range(1, 11):
            t = make_ticket(s, n, sh(2026, 11, 2, 10))
            start_deadline(s, t.id, DeadlineSpec("rep_confirmation"), rules, cal, sh(2026, 11, 2, 10))
        s.commit()
    statements: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: statements.append(" ".join(a[2].split())))
    assert len(run(engine, rules, cal, Outbox_(), sh(2026, 11, 9, 10))) == 10
    assert sum(s.startswith("SAVEPOINT") for s in statements) == 1
    assert sum(s.startswith("UPDATE deadline SET reminders_sent") for s in statements) == 1
    assert outbox_count(engine) == 10
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(ReminderLog)).one() == 10
        assert set(s.exec(select(Deadline.reminders_sent)).all()) == {1}


def test_an_occurrence_claimed_elsewhere_leaves_the_rest_of_the_batch_sent(engine, rules, cal):
    ids = [start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10), n=n) for n in (1, 2, 3)]
    tid, did = ids[1]
    with Session(engine) as s:  # another process already claimed the second ticket's reminder 1
        s.add(
            ReminderLog(
                deadline_id=did, ticket_id=tid, awaited="rep_confirmation", occurrence=1, sent_at=sh(2026, 11, 25, 10)
            )
        )
        s.commit()
    box = Outbox_()
    sent = run(engine, rules, cal, box, sh(2026, 11, 25, 12))
    assert sorted(r.rma for r in sent) == ["RMA-2026-00001", "RMA-2026-00003"]
    # Made three times in all: by the batch rolled back, then one by one (the claimed one rolled back again).
    assert outbox_count(engine) == 2 and len(box.mails) == 3 + 3
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(ReminderLog)).one() == 3
        assert s.get(Deadline, did).reminders_sent == 0


def test_two_reminders_of_one_ticket_in_a_batch_thread_one_after_the_other(engine, rules, cal):
    tid, _ = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10))
    with Session(engine) as s:
        start_deadline(s, tid, DeadlineSpec("shipment"), rules, cal, sh(2026, 11, 20, 10))
        s.add(
            Message(ticket_id=tid, direction="in", message_id="first@customer", created_at=as_utc(sh(2026, 11, 20, 9)))
        )
        s.commit()
    ids = iter(["one@service", "two@service"])

    def box(session, mail, ticket):
        row = Outbox(
            ticket_id=ticket.id,
            message_id=next(ids),
            template=mail.template,
            sender="s@example.com",
            recipients=list(mail.to),
            raw=b"",
            next_attempt_at=as_utc(sh(2026, 1, 1)),
            created_at=as_utc(sh(2026, 1, 1)),
        )
        session.add(row)
        box.mails.append(mail)
        return row

    box.mails = []
    assert len(run(engine, rules, cal, box, sh(2026, 12, 10))) == 2
    assert [m.in_reply_to for m in box.mails] == ["first@customer", "one@service"]
    assert box.mails[1].references == ("first@customer", "one@service")


def test_a_batch_writes_each_table_by_one_executemany(engine, rules, cal):
    """The claims, the mails' outbox rows and the deadlines' new state: one small statement per table run for
    every row (executemany), not a multi-row INSERT … RETURNING with a parameter per value, which psycopg
    parses again for every batch. The rows keep the order the mails were queued in."""
    with Session(engine) as s:
        for n in range(1, 8):
            t = make_ticket(s, n, sh(2026, 11, 2, 10))
            start_deadline(s, t.id, DeadlineSpec("rep_confirmation"), rules, cal, sh(2026, 11, 2, 10))
        s.commit()
    writes: list[tuple[str, bool, int]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith(("INSERT", "UPDATE deadline SET reminders_sent")):
            writes.append((" ".join(statement.split()[:3]), executemany, len(parameters) if executemany else 1))

    sa.event.listen(engine, "before_cursor_execute", seen)
    box = Outbox_()
    assert len(run(engine, rules, cal, box, sh(2026, 11, 9, 10))) == 7
    assert writes == [
        ("INSERT INTO reminder_log", True, 7),
        ("INSERT INTO outbox", True, 7),
        ("UPDATE deadline SET", True, 7),
    ]
    with Session(engine) as s:
        queued = s.exec(select(Outbox.recipients).order_by(Outbox.id)).all()
        assert [r[0] for r in queued] == [m.to[0] for m in box.mails]
        assert set(s.exec(select(Deadline.reminders_sent)).all()) == {1}
        assert all(d.next_reminder_at is not None for d in s.exec(select(Deadline)).all())


def test_rows_a_batch_writes_itself_are_scrubbed_like_the_orms(engine, rules, cal):
    """A NUL byte in a mail's text (PostgreSQL refuses it) is made storable, as the ORM's INSERT does."""
    start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 2, 10))

    def box(session, mail, ticket):
        Outbox_()(session, mail, ticket)
        session.add(
            Message(
                ticket_id=ticket.id,
                direction="out",
                message_id="m@x",
                text="a\x00b",
                created_at=as_utc(sh(2026, 11, 9)),
            )
        )

    assert len(run(engine, rules, cal, box, sh(2026, 11, 9, 10))) == 1
    with Session(engine) as s:
        assert s.exec(select(Message.text)).one() == "a\ufffdb"


def test_a_batch_rolled_back_after_acting_sends_each_reminder_once_with_its_own_number(engine, rules, cal):
    """A claim found taken when the batch is written rolls back the deadlines the batch had moved on too:
    sent one by one, each is reminder 1 again, not 2."""
    ids = [start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10), n=n) for n in (1, 2, 3)]
    tid, did = ids[2]
    with Session(engine) as s:
        s.add(
            ReminderLog(
                deadline_id=did,
                ticket_id=tid,
                awaited="rep_confirmation",
                occurrence=1,
                sent_at=as_utc(sh(2026, 11, 25, 10)),
            )
        )
        s.commit()
    sent = run(engine, rules, cal, Outbox_(), sh(2026, 11, 25, 12))
    assert sorted((r.rma, r.occurrence) for r in sent) == [("RMA-2026-00001", 1), ("RMA-2026-00002", 1)]
    with Session(engine) as s:
        assert sorted(s.exec(select(Deadline.reminders_sent)).all()) == [0, 1, 1]
        assert sorted(s.exec(select(ReminderLog.occurrence)).all()) == [1, 1, 1]


def _sweep_then_die(url: str, rules, cal, now: datetime, die_at: int) -> None:
    """In a child process: sweep, and die without any clean-up (as a kill would) at the ``die_at``-th mail."""
    eng = make_engine(url)
    made = [0]

    def box(session, mail, ticket):
        made[0] += 1
        if made[0] == die_at:
            os._exit(9)
        Outbox_()(session, mail, ticket)

    sweep(lambda: Session(eng), rules, cal, box, now, per_commit=3)
    os._exit(0)


def test_a_sweep_killed_midway_then_run_again_sends_each_reminder_once(engine, rules, cal):
    """Killed while writing its third batch: the two batches committed are not sent again, the rest are
    sent by the next sweep, each reminder exactly once."""
    import multiprocessing

    for n in range(1, 9):
        start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 2, 10), n=n)
    url = engine.url.render_as_string(hide_password=False)
    now = sh(2026, 11, 9, 10)
    child = multiprocessing.get_context("fork").Process(target=_sweep_then_die, args=(url, rules, cal, now, 8))
    child.start()
    child.join(120)
    assert child.exitcode == 9
    assert outbox_count(engine) == 6  # two batches of three committed; the third died before its commit
    again = run(engine, rules, cal, Outbox_(), now + timedelta(minutes=5))
    assert len(again) == 2
    with Session(engine) as s:
        per_ticket = s.exec(select(Outbox.ticket_id, func.count()).group_by(Outbox.ticket_id)).all()
        assert sorted(n for _, n in per_ticket) == [1] * 8
        assert s.exec(select(func.count()).select_from(ReminderLog)).one() == 8
        assert set(s.exec(select(Deadline.reminders_sent)).all()) == {1}


def test_a_deadline_reminded_then_ended_by_a_close_later_in_its_batch_stays_ended(engine, rules, cal):
    """One batch: the rep is reminded about a ticket, then the same ticket is closed for want of the
    customer's answer. The close ends every open deadline, the one just reminded too; writing the batch's
    deadlines afterwards must not open it again."""
    tid, reminded = start(engine, rules, cal, "rep_confirmation", sh(2026, 11, 20, 10))
    with Session(engine) as s:
        s.get(Ticket, tid).status = "waiting_info"
        d = start_deadline(s, tid, DeadlineSpec("customer_info"), rules, cal, sh(2026, 11, 2, 10))
        d.reminders_sent = rules.rule("customer_info").times  # the last reminder went: next comes the close
        d.next_reminder_at = as_utc(sh(2026, 11, 25, 11))  # after the rep's reminder, in the same batch
        s.add(d)
        s.commit()
    sent = run(engine, rules, cal, Outbox_(), sh(2026, 11, 25, 12))
    assert [(r.awaited, r.action) for r in sent] == [("rep_confirmation", "reminded"), ("customer_info", "closed")]
    with Session(engine) as s:
        assert s.get(Ticket, tid).status == "closed"
        assert s.exec(select(func.count()).select_from(Deadline).where(Deadline.done_at.is_(None))).one() == 0
        rep = s.get(Deadline, reminded)
        assert rep.reminders_sent == 1 and rep.next_reminder_at is None

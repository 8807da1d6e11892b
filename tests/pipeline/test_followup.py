"""Reminders and digests through the production wiring: the real scheduler, the outbox, the file transport."""

from __future__ import annotations

import email
import email.policy
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import typer
from sqlmodel import Session, func, select
from typer.testing import CliRunner

from mailbot.cli import digest as digest_command
from mailbot.rules import load as load_rules
from mailbot.schedule.daemon import Worker
from mailbot.store.deadlines import ReminderHooks
from mailbot.store.models import DigestLog, Outbox, ReminderLog, Ticket
from mailbot.values import DeadlineSpec

REPO = Path(__file__).resolve().parents[2]


def _ticket(session, n: int, at: datetime, **kw) -> Ticket:
    t = Ticket(
        rma=f"RMA-2026-{n:05d}",
        status="waiting_rep",
        customer_email=f"c{n}@customer.example",
        customer_name="Li Lei",
        assigned_rep="rep@lumatek-example.com",
        created_at=at,
        updated_at=at,
        state_since=at,
        product_models=["OTDR-5"],
        defect_category="no_power",
        **kw,
    )
    session.add(t)
    session.flush()
    return t


def _mails(folder: Path) -> list[email.message.EmailMessage]:
    return (
        [
            email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in sorted((folder / "new").glob("*"))
        ]
        if (folder / "new").is_dir()
        else []
    )


def test_scheduler_sends_a_reminder_and_the_digests(make_ctx, clock, tmp_path):
    ctx = make_ctx(sweep_seconds=0.3, poll_seconds=0.3)
    fu = load_rules(REPO / "rules")
    hooks = ReminderHooks(fu.reminders, fu.calendar)
    with ctx.sessions() as s:  # a rep was asked to confirm last Tuesday and never did
        t = _ticket(s, 1, datetime(2026, 11, 10, 2, 0, tzinfo=UTC))
        hooks.start(s, t, DeadlineSpec("rep_confirmation"), t.created_at)
        s.commit()
    from mailbot.schedule.jobs import extra_jobs

    worker = Worker(ctx, [])
    worker.extra_jobs.extend(extra_jobs(ctx))
    runner = threading.Thread(target=worker.run, kwargs={"install_signals": False}, daemon=True)
    runner.start()
    outbox = tmp_path / "var" / "outbox"
    # Well inside the outbox thread's timed look (DELIVERY_SECONDS, 30 s): what the sweep and the digest queue
    # is sent once they have run, not at that look.
    deadline = time.monotonic() + 15
    while len(_mails(outbox)) < 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.0)  # a few more ticks: nothing may be sent twice
    worker.stop.set()
    runner.join(timeout=30)
    mails = _mails(outbox)
    subjects = sorted(m["Subject"] for m in mails)
    # Monday 2026-11-16 09:00 UTC: 17:00 in Shanghai and 10:00 in Berlin, both past 08:00.
    assert subjects == [
        "RMA digest 2026-11-16: 0 new, 1 open, 1 overdue",
        "RMA日报 2026-11-16：新增 0，未结 1，逾期 1",
        "[RMA-2026-00001] Reminder 1/2: waiting for your confirmation of the RMA request",
    ]
    reminder = next(m for m in mails if "Reminder" in m["Subject"])
    assert reminder["To"] == "rep@lumatek-example.com"
    assert "since 2026-11-10 10:00 (Asia/Shanghai)" in reminder.get_body(("plain",)).get_content()
    digest = next(m for m in mails if "RMA digest" in m["Subject"])
    assert digest["To"] == "eu.manager@example.com"
    html = digest.get_body(("html",)).get_content()
    assert "mailto:service@lumatek-example.com?subject=%5BRMA-2026-00001%5D" in html
    with ctx.sessions() as s:
        assert s.exec(select(func.count()).select_from(ReminderLog)).one() == 1
        assert s.exec(select(func.count()).select_from(DigestLog)).one() == 2
        assert set(s.exec(select(Outbox.status)).all()) == {"sent"}


def test_digest_preview_and_send_commands(make_settings, tmp_path):
    settings = make_settings()
    config = tmp_path / "mailbot.toml"
    config.write_text(
        f'database_url = "{settings.database_url}"\nrules_dir = "{REPO / "rules"}"\n'
        f'templates_dir = "{REPO / "templates"}"\nvar_dir = "{tmp_path / "var"}"\n'
        f'service_address = "service@lumatek-example.com"\nsecret = "test-secret"\n'
        f'[transport]\ntype = "file"\npath = "{tmp_path / "var" / "outbox"}"\n',
        encoding="utf-8",
    )
    app = typer.Typer()
    digest_command.register(app)
    app.command("noop")(lambda: None)  # a second command keeps typer from collapsing the group
    runner = CliRunner()
    out = tmp_path / "digest.html"
    result = runner.invoke(app, ["digest", "--config", str(config), "--preview", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Open tickets by state: 0" in page
    result = runner.invoke(app, ["digest", "--config", str(config), "--send"])
    assert result.exit_code == 0, result.output
    assert "queued to manager@example.com" in result.output
    assert len(_mails(tmp_path / "var" / "outbox")) == 2
    again = runner.invoke(app, ["digest", "--config", str(config), "--send"])
    assert "already had today's digest" in again.output
    assert len(_mails(tmp_path / "var" / "outbox")) == 2
    bad = runner.invoke(app, ["digest", "--config", str(config)])
    assert bad.exit_code == 2 and "--preview" in bad.output


def test_sweep_command_sends_due_reminders_once_at_the_given_time(make_settings, tmp_path):
    from mailbot.cli import sweep as sweep_command
    from mailbot.store.db import make_engine
    from mailbot.store.db import migrate as migrate_db

    settings = make_settings()
    config = tmp_path / "mailbot.toml"
    config.write_text(
        f'database_url = "{settings.database_url}"\nrules_dir = "{REPO / "rules"}"\n'
        f'templates_dir = "{REPO / "templates"}"\nvar_dir = "{tmp_path / "var"}"\n'
        f'service_address = "service@lumatek-example.com"\n'
        'secret = "test-secret"\n'  # required on PostgreSQL (it signs the Message-IDs)
        f'[transport]\ntype = "file"\npath = "{tmp_path / "var" / "outbox"}"\n',
        encoding="utf-8",
    )
    engine = make_engine(settings.database_url)
    migrate_db(engine)
    rules = load_rules(REPO / "rules")
    with Session(engine) as s:  # the rep was asked to confirm on Tuesday 10 November and never did
        t = _ticket(s, 1, datetime(2026, 11, 10, 2, 0, tzinfo=UTC))
        ReminderHooks(rules.reminders, rules.calendar).start(s, t, DeadlineSpec("rep_confirmation"), t.created_at)
        s.commit()
    engine.dispose()
    app = typer.Typer()
    sweep_command.register(app)
    app.command("noop")(lambda: None)
    runner = CliRunner()
    early = runner.invoke(app, ["sweep", "--config", str(config), "--now", "2026-11-11T09:00:00+00:00"])
    assert early.exit_code == 0, early.output
    assert "0 reminder step(s), 2 digest(s)" in early.output  # not due yet; the managers' digests are
    assert not [m for m in _mails(tmp_path / "var" / "outbox") if "Reminder" in m["Subject"]]
    due = runner.invoke(app, ["sweep", "--config", str(config), "--now", "2026-11-16T09:00:00+00:00"])
    assert due.exit_code == 0, due.output
    assert "RMA-2026-00001: rep_confirmation reminded (1)" in due.output
    subjects = sorted(m["Subject"] for m in _mails(tmp_path / "var" / "outbox"))
    assert "[RMA-2026-00001] Reminder 1/2: waiting for your confirmation of the RMA request" in subjects
    again = runner.invoke(app, ["sweep", "--config", str(config), "--now", "2026-11-16T09:00:00+00:00"])
    assert "0 reminder step(s), 0 digest(s)" in again.output  # nothing twice

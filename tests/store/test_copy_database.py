"""`copy-database`: a desk's rows moved into a new database (SQLite → PostgreSQL, SQLite → SQLite) come out
row for row the same, and the new database goes on from where the old one stopped: the next ticket takes
the next number, nothing is read or sent again, search finds what it found before."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from benchmarks.scratch_db import own_database
from mailbot.mail.sources.maildir import deliver_to_maildir
from mailbot.store.copy import CopyError, copy_database, tables_in_order
from mailbot.store.db import make_engine
from mailbot.store.models import Counter, Message, Ticket
from mailbot.store.search import TicketFilter, list_tickets
from tests.cli.test_cli import mailbot
from tests.conftest import CLI_CLOCK, REPO, once_here
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_crash import BODY, write_config

SAMPLES = REPO / "mailbot" / "samples"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A SQLite desk with tickets (one in Chinese), attachments, outgoing mail, a staff note and a
    quarantined mail."""
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'var' / 'mailbot.db'}")
    inbox = tmp_path / "var" / "inbox"
    photos = (("link.jpg", "image/jpeg", b"\xff\xd8jpeg" * 50),)
    deliver_to_maildir(inbox, customer_mail("maria@fibrenet.example.pt", "Faulty SFP", BODY, attachments=photos))
    for sample in ("02_request_missing_serial.eml", "05_request_chinese.eml"):
        deliver_to_maildir(inbox, (SAMPLES / sample).read_bytes())
    deliver_to_maildir(inbox, b"\x00garbage")
    assert once_here(config, tmp_path)[0] == 1  # the garbage is quarantined
    note = ["ticket", "REQ-2026-00001", "note", "called, — ünïcode", "--as", "sales@example.com"]
    assert mailbot([*note, "--now", CLI_CLOCK, "--config", str(config)], tmp_path).returncode == 0
    return config


@pytest.fixture(params=["sqlite", "postgresql"])
def target_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database to copy into, on each backend (PostgreSQL from MAILBOT_TEST_DATABASE_URL)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'new' / 'mailbot.db'}"
        return
    admin_url = os.environ.get("MAILBOT_TEST_DATABASE_URL")
    if not admin_url:
        pytest.skip("PostgreSQL: set MAILBOT_TEST_DATABASE_URL")
    with own_database(admin_url, tmp_path, prefix="mailbot_test") as url:
        yield url


def source_url(config: Path) -> str:
    return next(line.split('"')[1] for line in config.read_text().splitlines() if line.startswith("database_url"))


def every_row(url: str) -> dict[str, list[dict[str, Any]]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: [dict(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
                for t in tables_in_order()
            }
    finally:
        engine.dispose()


def test_every_row_arrives_as_it_was_and_the_new_database_goes_on(desk: Path, tmp_path: Path, target_url: str):
    before = every_row(source_url(desk))
    assert before["ticket"] and before["message"] and before["outbox"] and before["event"]

    done = mailbot(["copy-database", target_url, "--quiet", "--config", str(desk)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"copied {sum(map(len, before.values()))} rows" in done.stdout

    assert every_row(target_url) == before  # every column of every row, dates and JSON included

    moved = desk.with_name("moved.toml")
    moved.write_text(desk.read_text().replace(source_url(desk), target_url))
    another = BODY.replace("0042", "0777").replace("0815", "0999")
    deliver_to_maildir(desk.parent / "var" / "inbox", customer_mail("jan@optic-shop.example.nl", "Dead SFP", another))
    assert once_here(moved, tmp_path)[0] == 0
    engine = make_engine(target_url)
    try:
        with Session(engine) as session:
            refs = sorted(t.request_ref or t.rma for t in session.exec(select(Ticket)).scalars())
            assert len(refs) == len(before["ticket"]) + 1 == len(set(refs))  # a new number, not a copied one
            assert session.exec(select(func.count()).select_from(Message)).scalar_one() > len(before["message"])
            # the counter went on from the copied value, and the sequences past the copied ids
            assert [c.value for c in session.exec(select(Counter)).scalars()] != []
            now = datetime(2026, 11, 16, tzinfo=UTC)
            by_customer = list_tickets(session, TicketFilter(query="fibrenet"), now)
            assert [r.customer_email for r in by_customer.rows] == ["maria@fibrenet.example.pt"]
            by_text = list_tickets(session, TicketFilter(query="light"), now)  # a word of the messages
            assert {r.customer_email for r in by_text.rows} == {
                "maria@fibrenet.example.pt",
                "jan@optic-shop.example.nl",
            }
    finally:
        engine.dispose()


def test_a_database_that_holds_rows_is_never_copied_into(desk: Path, tmp_path: Path, target_url: str):
    first = mailbot(["copy-database", target_url, "--quiet", "--config", str(desk)], tmp_path)
    assert first.returncode == 0, first.stderr
    copied = every_row(target_url)

    again = mailbot(["copy-database", target_url, "--quiet", "--config", str(desk)], tmp_path)
    assert again.returncode == 2
    assert "not empty" in again.stderr and "ticket" in again.stderr
    assert every_row(target_url) == copied  # nothing doubled, nothing lost


def test_a_database_is_not_copied_onto_itself(desk: Path):
    engine = make_engine(source_url(desk))
    try:
        with pytest.raises(CopyError, match="same database"):
            copy_database(engine, engine)
    finally:
        engine.dispose()


def test_a_copy_that_fails_halfway_leaves_the_target_empty(desk: Path, tmp_path: Path):
    source = make_engine(source_url(desk))
    target = make_engine(f"sqlite:///{tmp_path / 'half' / 'mailbot.db'}")

    def fail_at_messages(table: str, done: int, total: int) -> None:
        if table == "message":
            raise OSError("disk full")

    try:
        with pytest.raises(OSError, match="disk full"):
            copy_database(source, target, batch=1, progress=fail_at_messages)
        with target.connect() as conn:
            assert all(conn.execute(select(func.count()).select_from(t)).scalar_one() == 0 for t in tables_in_order())
        report = copy_database(source, target, batch=1)  # and can simply be run again
        assert report.rows == sum(map(len, every_row(source_url(desk)).values()))
    finally:
        source.dispose()
        target.dispose()

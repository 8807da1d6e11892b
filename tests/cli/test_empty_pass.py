"""`once` on an empty inbox answers without building the pipeline, yet checks what start-up checks and
leaves no work undone: a file broken since the last clean start still stops it with the file and the
line, and outgoing mail still waiting is sent."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from mailbot.mail.sources.maildir import deliver_to_maildir
from mailbot.store.db import make_engine
from tests.cli.test_cli import mailbot
from tests.conftest import CLI_CLOCK, REPO, once_here
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_crash import BODY, write_config

RECORD = Path("var") / "startup-check.json"


@pytest.fixture
def desk(tmp_path: Path, database_url: str) -> Path:
    """One ticket answered, the inbox empty again; rules and templates are the desk's own copies."""
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    shutil.copytree(REPO / "rules", tmp_path / "rules")
    config = write_config(tmp_path, database_url)
    text = config.read_text().replace(str(REPO / "templates"), str(tmp_path / "templates"))
    config.write_text(text.replace(str(REPO / "rules"), str(tmp_path / "rules")))
    deliver_to_maildir(tmp_path / "var" / "inbox", customer_mail("maria@fibrenet.example.pt", "Faulty", BODY))
    assert once_here(config, tmp_path)[0] == 0
    return config


def once(config: Path, tmp_path: Path, *extra: str, now: str = CLI_CLOCK) -> tuple[int, str, str]:
    done = mailbot(["once", "--now", now, *extra, "--config", str(config)], tmp_path)
    return done.returncode, done.stdout, done.stderr


def test_an_empty_pass_says_so_and_remembers_the_clean_check(desk: Path, tmp_path: Path) -> None:
    assert once(desk, tmp_path) == (0, "0 mail(s): no mail\n", "")
    assert (tmp_path / RECORD).exists()
    status, out, _ = once(desk, tmp_path, "--json")
    assert status == 0 and json.loads(out) == {"outcomes": [], "errors": []}


def test_a_template_broken_after_a_clean_start_still_stops_once(desk: Path, tmp_path: Path) -> None:
    assert once(desk, tmp_path)[0] == 0  # the clean check is on record
    broken = tmp_path / "templates" / "en" / "customer_rma_issued.txt.j2"
    good = broken.read_text()
    lines = good.splitlines()
    lines[3] = "{% if ticket.order_numbers %} unclosed"
    broken.write_text("\n".join(lines) + "\n")
    status, _, err = once(desk, tmp_path)
    assert status == 2 and f"{broken}:" in err and "Traceback" not in err
    assert once(desk, tmp_path)[0] == 2  # a failed check is never recorded
    broken.write_text(good)
    assert once(desk, tmp_path)[0] == 0


def test_a_rule_file_broken_after_a_clean_start_still_stops_once(desk: Path, tmp_path: Path) -> None:
    assert once(desk, tmp_path)[0] == 0
    rules = sorted((tmp_path / "rules").glob("*.yml"))
    rules[0].write_text(rules[0].read_text() + "\n  - : [unclosed\n")
    status, _, err = once(desk, tmp_path)
    assert status == 2 and str(rules[0]) in err and "Traceback" not in err


def test_a_bad_now_or_setting_stops_an_empty_pass(desk: Path, tmp_path: Path) -> None:
    status, _, err = once(desk, tmp_path, now="2026-11-16T06:00:00")
    assert status == 2 and "UTC offset" in err
    desk.write_text(desk.read_text().replace('secret = "test-secret"\n', "secret = 5\n"))
    status, _, err = once(desk, tmp_path)
    assert status == 2 and "secret" in err and "Traceback" not in err


def test_mail_still_queued_is_sent_by_an_empty_pass(desk: Path, tmp_path: Path, database_url: str) -> None:
    """A reply whose sending a crash interrupted waits in the outbox: the pass must send it, not skip it."""
    sent_folder = tmp_path / "var" / "outbox" / "new"
    before = len(list(sent_folder.iterdir()))
    engine = make_engine(database_url)
    with engine.begin() as conn:
        first = conn.execute(sa.text("SELECT min(id) FROM outbox")).scalar_one()
        conn.execute(sa.text("UPDATE outbox SET status = 'queued' WHERE id = :id"), {"id": first})
    assert once(desk, tmp_path, now="2026-11-16T07:00:00+08:00")[0] == 0
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT status FROM outbox WHERE id = :id"), {"id": first}).scalar_one() == "sent"
    engine.dispose()
    assert len(list(sent_folder.iterdir())) == before + 1


def test_mail_waiting_in_the_inbox_is_processed(desk: Path, tmp_path: Path) -> None:
    assert once(desk, tmp_path)[0] == 0
    deliver_to_maildir(tmp_path / "var" / "inbox", customer_mail("t.becker@kabelwerk.example.de", "Dead", BODY))
    status, out, _ = once(desk, tmp_path)
    assert status == 0 and out.startswith("1 mail(s)")

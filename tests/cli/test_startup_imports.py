"""Commands that read no mail must not pay for spaCy, and on a database whose schema is current none
pays for Alembic; an old database is still brought to the newest schema by any command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from mailbot.mail.sources.maildir import deliver_to_maildir
from mailbot.store.db import alembic_config, head_revisions, make_engine
from tests.conftest import CLI_CLOCK, REPO, once_here
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_crash import BODY, write_config

# Runs one command in-process as the shell would, then says which heavy packages it imported.
PROBE = """
import json, sys
sys.argv = ["run.py", *json.loads(sys.argv[1])]
from mailbot.cli import main
status = 0
try:
    main()
except SystemExit as exc:
    status = exc.code or 0
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"spacy", "alembic", "starlette", "uvicorn", "jinja2",
    "sqlalchemy", "sqlmodel", "pydantic"} | ({"orm"} if "mailbot.store.models" in sys.modules else set()))
print("PROBE " + json.dumps({"status": status, "imported": heavy}))
"""


def imported(args: list[str], cwd: Path) -> tuple[int, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("PROBE ")), None)
    assert line is not None, done.stdout + done.stderr
    found = json.loads(line[len("PROBE ") :])
    return found["status"], found["imported"]


@pytest.fixture
def desk(tmp_path, database_url):
    """A configuration whose database holds one ticket and whose inbox is empty again."""
    config = write_config(tmp_path, database_url)
    deliver_to_maildir(tmp_path / "var" / "inbox", customer_mail("maria@fibrenet.example.pt", "Faulty", BODY))
    assert once_here(config, tmp_path)[0] == 0
    return config


def test_commands_that_read_no_mail_import_no_spacy_and_no_alembic(desk, tmp_path):
    cfg = ["--config", str(desk)]
    commands = {
        "--help": ["--help"],
        "tickets": ["tickets", *cfg],
        "show": ["show", "REQ-2026-00001", *cfg],
        "quarantine": ["quarantine", *cfg],
        "once, empty inbox": ["once", "--now", CLI_CLOCK, *cfg],
        "migrate": ["migrate", *cfg],
        "sweep": ["sweep", "--now", CLI_CLOCK, *cfg],
        "ticket note": ["ticket", "REQ-2026-00001", "note", "called", "--as", "sales@example.com", *cfg],
    }
    for name, args in commands.items():
        status, heavy = imported(args, tmp_path)
        assert status == 0, name
        assert "spacy" not in heavy, f"{name} imported spaCy"
        assert "alembic" not in heavy, f"{name} imported Alembic on a current schema"
        assert "starlette" not in heavy and "uvicorn" not in heavy, f"{name} imported the web stack"
    _, heavy = imported(["tickets", "--json", *cfg], tmp_path)
    assert "jinja2" not in heavy  # a listing renders no template


def test_listings_on_a_current_schema_import_neither_sqlalchemy_nor_the_tables(desk, tmp_path):
    """The listings read through mailbot.store.readonly: no SQLAlchemy, SQLModel or ORM tables; and with
    settings validated before (mailbot.cli.settingsview) and plain arguments (mailbot.cli.quick), no pydantic."""
    cfg = ["--config", str(desk)]
    listings = {
        "tickets": ["tickets", *cfg],
        "tickets --json": ["tickets", "--json", *cfg],
        "tickets --status": ["tickets", "--status", "waiting_rep", *cfg],
        "show": ["show", "REQ-2026-00001", *cfg],
        "show --json": ["show", "REQ-2026-00001", "--json", *cfg],
        "show, no such ticket": ["show", "REQ-2026-09999", *cfg],
        "quarantine": ["quarantine", *cfg],
        "quarantine --json": ["quarantine", "--json", *cfg],
    }
    for name, args in listings.items():
        status, heavy = imported(args, tmp_path)
        assert status == (1 if "no such" in name else 0), name
        unwanted = {"sqlalchemy", "sqlmodel", "orm", "alembic", "spacy", "pydantic"} & set(heavy)
        assert not unwanted, f"{name} imported {heavy}"
    # The probe sees them where they are used: a command that writes loads the tables.
    _, heavy = imported(["ticket", "REQ-2026-00001", "note", "called", "--as", "sales@example.com", *cfg], tmp_path)
    assert {"sqlalchemy", "sqlmodel", "orm"} <= set(heavy)


def test_a_command_that_reads_mail_does_import_spacy(desk, tmp_path):
    """The probe itself can see spaCy: a mail waiting makes `once` load it."""
    deliver_to_maildir(tmp_path / "var" / "inbox", customer_mail("t.becker@kabelwerk.example.de", "Dead", BODY))
    status, heavy = imported(["once", "--now", CLI_CLOCK, "--config", str(desk)], tmp_path)
    assert status == 0 and "spacy" in heavy


@pytest.mark.unmigrated_database
def test_a_listing_on_an_old_database_migrates_it_first(tmp_path, database_url):
    from alembic import command

    config = write_config(tmp_path, database_url)
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_web")  # a database left at an older release
    status, heavy = imported(["tickets", "--json", "--config", str(config)], tmp_path)
    assert status == 0 and "alembic" in heavy
    with engine.connect() as conn:
        assert {r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version"))} == head_revisions()
    engine.dispose()


def test_once_on_an_empty_inbox_builds_nothing_once_its_files_passed(desk, tmp_path):
    """The first empty pass checks rules and templates (and remembers it); the next imports no ORM,
    no template engine and no rules."""
    args = ["once", "--now", CLI_CLOCK, "--config", str(desk)]
    (tmp_path / "var" / "startup-check.json").unlink()  # as before the first start-up
    status, heavy = imported(args, tmp_path)
    assert status == 0 and "jinja2" in heavy  # checked the templates
    status, heavy = imported(args, tmp_path)
    assert status == 0
    assert not {"sqlalchemy", "sqlmodel", "orm", "jinja2", "alembic", "spacy", "pydantic"} & set(heavy), heavy

"""The frequent commands called past Typer's parameter machinery answer exactly as Typer does, and leave
to Typer every command line they do not read plainly; settings validated once are validated again as
soon as the file or a variable changes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from mailbot.cli import listing, quick
from mailbot.mail.sources.maildir import deliver_to_maildir
from tests.cli.test_cli import mailbot
from tests.conftest import CLI_CLOCK, REPO, once_here
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_crash import BODY, write_config

# The whole Typer application, as `mailbot` ran every command before mailbot.cli.quick: one process
# answers each command line given (a JSON list) in turn, as `python -c "...; app()"` would, and prints the
# answers as JSON (one interpreter start for all the lines, not one per line).
THROUGH_TYPER = """
import contextlib, io, json, sys
from mailbot.cli import application
answers = []
for args in json.loads(sys.argv[1]):
    out, err, status = io.StringIO(), io.StringIO(), 0
    sys.argv = ["run.py", *args]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            application()()
        except SystemExit as exc:
            status = exc.code
    answers.append([status, out.getvalue(), err.getvalue()])
print("ANSWERS " + json.dumps(answers))
"""


def through_typer(lines: list[list[str]], cwd: Path) -> list[tuple[int, str, str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-c", THROUGH_TYPER, json.dumps(lines)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    found = next((x for x in done.stdout.splitlines() if x.startswith("ANSWERS ")), None)
    assert found is not None, done.stdout + done.stderr
    return [tuple(answer) for answer in json.loads(found[len("ANSWERS ") :])]


@pytest.fixture
def desk(tmp_path: Path, database_url: str) -> Path:
    config = write_config(tmp_path, database_url)
    deliver_to_maildir(tmp_path / "var" / "inbox", customer_mail("maria@fibrenet.example.pt", "Faulty", BODY))
    assert once_here(config, tmp_path)[0] == 0
    return config


def test_every_command_line_gets_the_answer_typer_gives(desk: Path, tmp_path: Path) -> None:
    cfg = ["--config", str(desk)]
    lines = [
        ["tickets", *cfg],
        ["tickets", "--json", "--limit=1", "-c", str(desk)],
        ["tickets", "--status", "waiting_rep", "--limit", "5", *cfg],
        ["tickets", "--limit", "many", *cfg],  # Typer's error
        ["tickets", "--limit", "5", "--limit", "6", *cfg],
        ["tickets", "--help"],
        ["show", "REQ-2026-00001", *cfg],
        ["show", "REQ-2026-00001", "--json", *cfg],
        ["show", "REQ-2026-09999", *cfg],  # status 1
        ["show", *cfg],  # the ticket missing: Typer's error
        ["quarantine", "--json", *cfg],
        ["quarantine", "--bogus", *cfg],
        ["once", "--now", CLI_CLOCK, *cfg],
        ["once", "--now", "2026-11-16T06:00:00", *cfg],  # no UTC offset: status 2
        ["once", "--json", "-v", "--now", CLI_CLOCK, *cfg],
        ["tickets", "--config", str(tmp_path / "nope.toml")],
    ]
    ours = [mailbot(args, tmp_path) for args in lines]
    typers = through_typer(lines, tmp_path)
    for args, mine, typer_s in zip(lines, ours, typers, strict=True):
        assert (mine.returncode, mine.stdout, mine.stderr) == typer_s, args


def command() -> quick.Command:
    app = typer.Typer()
    listing.register(app)
    found = quick.declared(app, "tickets")
    assert found is not None
    return found


def test_plain_arguments_are_read_from_the_declarations() -> None:
    assert quick.parsed(command(), []) == {"status": None, "limit": 200, "config": None, "as_json": False}
    assert quick.parsed(command(), ["--limit=7", "-c", "a.toml", "--json", "--status", "open"]) == {
        "status": "open",
        "limit": 7,
        "config": Path("a.toml"),
        "as_json": True,
    }


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--limit", "7", "--limit", "8"],
        ["--limit", "-7"],
        ["--limit", "7.5"],
        ["--limit", "٧"],  # a digit, but not one Typer reads the same way
        ["--status"],
        ["--status", "--json"],
        ["-c=a.toml"],
        ["--json=yes"],
        ["--", "--json"],
        ["extra"],
        ["--colour"],
    ],
)
def test_anything_not_plain_is_left_to_typer(args: list[str]) -> None:
    assert quick.parsed(command(), args) is None


def test_a_setting_broken_after_a_clean_start_still_stops_a_listing(desk: Path, tmp_path: Path) -> None:
    record = tmp_path / "var" / "settings-check.json"
    assert record.exists() and stat.S_IMODE(record.stat().st_mode) == 0o600  # it digests passwords too
    listing_ = ["tickets", "--config", str(desk)]
    assert mailbot(listing_, tmp_path).returncode == 0
    done = mailbot(listing_, tmp_path, env={"MAILBOT_LIMITS__MAX_ATTACHMENTS": "plenty"})
    assert done.returncode == 2 and "limits.max_attachments" in done.stderr and "Traceback" not in done.stderr
    good = desk.read_text()
    desk.write_text(good + "poll_seconds = -1\n")
    done = mailbot(listing_, tmp_path)
    assert done.returncode == 2 and "poll_seconds" in done.stderr
    assert mailbot(listing_, tmp_path).returncode == 2  # a failed validation is never recorded
    desk.write_text(good)
    assert mailbot(listing_, tmp_path).returncode == 0


def test_a_variable_changes_what_a_listing_reads(desk: Path, tmp_path: Path) -> None:
    """MAILBOT_DATABASE_URL beats the file, record or not: the other database has no tickets."""
    listing_ = ["tickets", "--json", "--config", str(desk)]
    assert mailbot(listing_, tmp_path).stdout.count('"rma"') == 1
    other = f"sqlite:///{tmp_path / 'other.db'}"
    done = mailbot(listing_, tmp_path, env={"MAILBOT_DATABASE_URL": other})
    assert done.returncode == 0 and done.stdout == "[]\n"

"""The command line as an operator meets it: clean errors for bad settings and files, tables and JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from mailbot.mail.sources.maildir import deliver_to_maildir
from tests.conftest import CLI_CLOCK, REPO
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_crash import write_config


def mailbot(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, str(REPO / "run.py"), *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bad_setting_names_the_setting_and_exits_2(tmp_path):
    (tmp_path / "mailbot.toml").write_text('poll_seconds = "often"\n')
    result = mailbot(["tickets"], tmp_path)
    assert result.returncode == 2
    assert "poll_seconds" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_environment_override_is_reported(tmp_path):
    result = mailbot(["tickets"], tmp_path, env={"MAILBOT_LIMITS__MAX_ATTACHMENTS": "plenty"})
    assert result.returncode == 2
    assert "limits.max_attachments" in result.stderr and "valid integer" in result.stderr


def test_missing_config_file_is_reported(tmp_path):
    result = mailbot(["once", "--config", "nope.toml"], tmp_path)
    assert result.returncode == 2
    assert "nope.toml" in result.stderr


def test_broken_template_stops_startup_with_file_and_line(tmp_path, database_url):
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    broken = templates / "en" / "customer_rma_issued.txt.j2"
    lines = broken.read_text().splitlines()
    lines[3] = "{% if ticket.order_numbers %} unclosed"
    broken.write_text("\n".join(lines) + "\n")
    config = write_config(tmp_path, database_url)
    config.write_text(config.read_text().replace(str(REPO / "templates"), str(templates)))
    result = mailbot(["once", "--now", CLI_CLOCK, "--config", str(config)], tmp_path)
    assert result.returncode == 2
    assert "customer_rma_issued.txt.j2" in result.stderr
    assert "Traceback" not in result.stderr


def test_tickets_and_show_after_a_pass(tmp_path, database_url):
    config = write_config(tmp_path, database_url)
    body = "No link on the OZ-SFP-10G-LR, no Rx light.\nOrder No.: SO-2026-0815\nS/N: OZ2311A0042\n"
    deliver_to_maildir(tmp_path / "var" / "inbox", customer_mail("maria@fibrenet.example.pt", "Faulty", body))
    assert mailbot(["once", "--now", CLI_CLOCK, "--config", str(config)], tmp_path).returncode == 0

    listed = mailbot(["tickets", "--json", "--config", str(config)], tmp_path)
    [ticket] = json.loads(listed.stdout)
    # Awaiting the rep's confirmation, the ticket goes by its request reference (no RMA number yet).
    assert ticket["rma"] == "REQ-2026-00001" and ticket["customer"] == "maria@fibrenet.example.pt"
    table = mailbot(["tickets", "--config", str(config)], tmp_path)
    assert "REQ-2026-00001" in table.stdout

    shown = json.loads(mailbot(["show", "REQ-2026-00001", "--json", "--config", str(config)], tmp_path).stdout)
    assert [m["direction"] for m in shown["messages"]] == ["in", "out", "out"]
    assert shown["events"][0]["kind"] == "opened"
    missing = mailbot(["show", "RMA-2026-09999", "--config", str(config)], tmp_path)
    assert missing.returncode == 1 and "no ticket" in missing.stderr


def test_once_exit_status_reports_a_quarantined_mail(tmp_path, database_url):
    config = write_config(tmp_path, database_url)
    deliver_to_maildir(tmp_path / "var" / "inbox", b"\x00garbage")
    result = mailbot(["once", "--now", CLI_CLOCK, "--config", str(config)], tmp_path)
    assert result.returncode == 1
    listed = json.loads(mailbot(["quarantine", "--json", "--config", str(config)], tmp_path).stdout)
    assert len(listed) == 1 and listed[0]["reason"]


def test_requeue_runs_quarantined_mail_again_and_reports_it(tmp_path, database_url):
    config = write_config(tmp_path, database_url)
    deliver_to_maildir(tmp_path / "var" / "inbox", b"\x00garbage")
    mailbot(["once", "--now", CLI_CLOCK, "--config", str(config)], tmp_path)
    assert mailbot(["requeue", "--config", str(config)], tmp_path).returncode == 2  # neither an id nor --all
    again = mailbot(["requeue", "--all", "--json", "--now", CLI_CLOCK, "--config", str(config)], tmp_path)
    assert again.returncode == 1  # still not a mail: quarantined again, with its reason
    [outcome] = json.loads(again.stdout)
    assert outcome["status"] == "quarantined" and "header" in outcome["reason"]

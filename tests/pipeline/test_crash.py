"""A process killed between the commit and the marking-done of a mail neither loses nor repeats it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CLI_CLOCK, REPO, warm
from tests.pipeline.helpers import customer_mail

LATER = "2026-11-16T06:05:00+08:00"  # the restart, a few minutes after the crash

KILL_AT_MARK_DONE = (
    "import os, signal, sys\n"
    "import mailbot.mail.sources.maildir as m\n"
    "m.MaildirSource.mark_done = lambda self, raw: os.kill(os.getpid(), signal.SIGKILL)\n"
    "from mailbot.cli import main\n"
    "sys.argv = ['mailbot', 'once', '--now', sys.argv[2], '--config', sys.argv[1]]\n"
    "main()\n"
)

BODY = "The OZ-SFP-10G-LR does not link up, no Rx light.\nOrder No.: SO-2026-0815\nS/N: OZ2311A0042\n"


def write_config(tmp_path: Path, database_url: str) -> Path:
    config = tmp_path / "mailbot.toml"
    config.write_text(
        f'service_address = "service@lumatek-example.com"\n'
        f'staff_domains = ["lumatek-example.com"]\n'
        f'database_url = "{database_url}"\n'
        'secret = "test-secret"\n'
        f'var_dir = "{tmp_path / "var"}"\n'
        f'rules_dir = "{REPO / "rules"}"\n'
        f'templates_dir = "{REPO / "templates"}"\n'
        f'[[sources]]\ntype = "maildir"\nname = "inbox"\npath = "{tmp_path / "var" / "inbox"}"\n'
        f'[transport]\ntype = "file"\npath = "{tmp_path / "var" / "outbox"}"\n'
    )
    warm(tmp_path / "var")  # as a desk that has read mail before: its commands load the pipeline, not build it
    return config


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_kill_between_commit_and_mark_done(tmp_path, database_url, make_settings):
    from mailbot.app import build_context
    from mailbot.mail.sources.maildir import deliver_to_maildir
    from tests.pipeline.helpers import outbox, sent_mails, tickets

    config = write_config(tmp_path, database_url)
    inbox = tmp_path / "var" / "inbox"
    deliver_to_maildir(inbox, customer_mail("maria@fibrenet.example.pt", "Faulty SFP", BODY))

    crashed = run([sys.executable, "-c", KILL_AT_MARK_DONE, str(config), CLI_CLOCK], tmp_path)
    assert crashed.returncode == -9, crashed.stderr
    # Committed but not marked done: the mail is still waiting in the inbox.
    assert len(list((inbox / "new").iterdir())) == 1

    rerun = run([sys.executable, str(REPO / "run.py"), "once", "--now", LATER, "--config", str(config)], tmp_path)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "duplicate" in rerun.stdout

    ctx = build_context(make_settings())  # the same database, inbox and outbox as the subprocess
    try:
        assert len(tickets(ctx)) == 1
        rows = outbox(ctx)
        assert sorted(r.template for r in rows) == ["customer_request_received", "staff_confirm_request"]
        assert all(r.status == "sent" for r in rows), [(r.status, r.last_error, r.next_attempt_at) for r in rows]
        assert len(sent_mails(ctx)) == 2
        assert not list((inbox / "new").iterdir())
        assert len(list((inbox / ".Processed" / "cur").iterdir())) == 1
    finally:
        ctx.close()

"""The start-up look at Authentication-Results: each inbox's newest mails, in a real Dovecot, should carry
exactly one header with our authserv-id; none (the MTA adds none) or several (incoming ones not stripped)
is said once, naming the inbox, by the daemon's log and by `check`."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from mailbot.cli.authcheck import check_sources, warn_at_start
from mailbot.config import Settings
from mailbot.mail import authres
from tests.conftest import REPO
from tests.integration.conftest import dovecot  # noqa: F401  (the fixture: a private Dovecot)
from tests.integration.helpers_imap import imap_config
from tests.integration.servers import PASSWORD

IDS = ("mx.example.com",)
RECEIVED = "Received: from mail.customer.example by mx.example.com with ESMTPS; Mon, 16 Nov 2026 09:00:00 +0800\r\n"
OURS = (
    "Authentication-Results: mx.example.com;\r\n dkim=pass header.d=customer.example;\r\n"
    " spf=pass smtp.mailfrom=customer.example\r\n"
)
FORGED = "Authentication-Results: mx.example.com; dkim=pass header.d=example.com\r\n"
OTHER = "Authentication-Results: mx.customer.example; spf=pass smtp.mailfrom=customer.example\r\n"


def mail(n: int, *, top: str = OURS, below: str = "") -> bytes:
    """A mail as our MTA hands it to Dovecot: its verdict and Received line on top, the sender's below."""
    return (
        f"{top}{RECEIVED}{below}"
        "Received: from laptop by mail.customer.example; Mon, 16 Nov 2026 08:59:00 +0800\r\n"
        f"From: buyer{n}@customer.example\r\nTo: service@example.com\r\nSubject: faulty unit {n}\r\n"
        f"Message-ID: <m{n}@customer.example>\r\nDate: Mon, 16 Nov 2026 08:59:00 +0800\r\n\r\nIt broke.\r\n"
    ).encode()


def settings(tmp_path: Path, port: int) -> Settings:
    return Settings(
        service_address="service@example.com",
        staff_domains=["example.com"],
        database_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
        var_dir=tmp_path / "var",
        secret="test-secret-test-secret",
        sources=(imap_config(port, done_folder="Processed"),),
    )


def test_survey_counts_mails_without_and_with_several_of_our_headers():
    pairs = [
        [("Authentication-Results", "mx.example.com; spf=pass"), ("Received", "x")],
        [("Received", "x")],
        [
            ("Authentication-Results", "mx.example.com; spf=pass"),
            ("Received", "x"),
            ("Authentication-Results", "MX.example.com; dkim=pass"),
        ],
        [("Authentication-Results", "other.example; spf=pass")],
    ]
    assert authres.survey(pairs, IDS) == authres.InboxSurvey(looked_at=4, without=2, several=1)
    assert authres.survey_problems("service", authres.InboxSurvey(4, 0, 0), IDS) == []


def test_an_mta_that_adds_one_header_per_mail_passes(dovecot, tmp_path):  # noqa: F811
    for n in range(3):
        dovecot.append("service@example.com", mail(n))
    dovecot.append("service@example.com", mail(9, top=OURS, below=OTHER), folder="Processed")
    [found] = check_sources(settings(tmp_path, dovecot.port), IDS)
    assert found.survey == authres.InboxSurvey(looked_at=4, without=0, several=0)
    assert found.problems == ()
    assert all(b"\\Seen" not in f for f in dovecot.flags("service@example.com").values())  # looked, not read


def test_headers_not_stripped_and_headers_missing_are_named(dovecot, tmp_path):  # noqa: F811
    dovecot.append("service@example.com", mail(1))
    dovecot.append("service@example.com", mail(2, below=FORGED))  # the forger's header came through
    dovecot.append("service@example.com", mail(3, top=""))  # delivered past the milter
    [found] = check_sources(settings(tmp_path, dovecot.port), IDS)
    assert found.survey == authres.InboxSurvey(looked_at=3, without=1, several=1)
    assert any("inbox service" in p and "more than one" in p and "RFC 8601" in p for p in found.problems)
    assert any("inbox service" in p and "carry no Authentication-Results" in p for p in found.problems)


def test_only_the_newest_mails_are_looked_at(dovecot, tmp_path):  # noqa: F811
    dovecot.append("service@example.com", mail(0, top=""))  # an old mail from before the MTA was fixed
    for n in range(1, 6):
        dovecot.append("service@example.com", mail(n))
    [found] = check_sources(settings(tmp_path, dovecot.port), IDS)
    assert found.survey == authres.InboxSurvey(looked_at=5, without=0, several=0)


def test_the_daemon_start_warns_once_naming_the_inbox(dovecot, tmp_path, caplog):  # noqa: F811
    dovecot.append("service@example.com", mail(1, below=FORGED))
    with caplog.at_level(logging.INFO, logger="mailbot.cli.authcheck"):
        warn_at_start(settings(tmp_path, dovecot.port), IDS)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].startswith("inbox service: 1 of the 1 newest mails")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mailbot.cli.authcheck"):
        assert warn_at_start(settings(tmp_path, dovecot.port), ()) == []  # no authserv-id: nothing to look at
    assert caplog.records == []


def test_an_unreachable_inbox_does_not_stop_the_check(tmp_path):
    [found] = check_sources(settings(tmp_path, 1), IDS)
    assert found.survey is None and "could not look" in found.problems[0]


def test_check_command_reports_it(dovecot, tmp_path):  # noqa: F811
    dovecot.append("service@example.com", mail(1, below=FORGED))
    config = tmp_path / "mailbot.toml"
    config.write_text(
        'service_address = "service@example.com"\nstaff_domains = ["example.com"]\n'
        f'database_url = "sqlite:///{tmp_path / "db.sqlite"}"\nvar_dir = "{tmp_path / "var"}"\n'
        'secret = "test-secret-test-secret"\n'
        f'rules_dir = "{REPO / "rules"}"\ntemplates_dir = "{REPO / "templates"}"\n'
        f'[[sources]]\ntype = "imap"\nname = "service"\nhost = "127.0.0.1"\nport = {dovecot.port}\ntls = "none"\n'
        f'username = "service@example.com"\npassword = "{PASSWORD}"\n'
        f'[transport]\ntype = "file"\npath = "{tmp_path / "var" / "outbox"}"\n'
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    args = [sys.executable, str(REPO / "run.py"), "check", "--config", str(config)]
    done = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "inbox service: 1 of the 1 newest mails carry more than one" in " ".join(done.stdout.split())
    with dovecot.client() as imap:  # the MTA is fixed and the mail with the forged header dealt with
        imap.select_folder("INBOX")
        imap.delete_messages(imap.search("ALL"))
        imap.expunge()
    dovecot.append("service@example.com", mail(2))
    dovecot.append("service@example.com", mail(3))
    done = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "inbox service: each of the 2 newest mails carries one Authentication-Results" in done.stdout


def test_run_says_it_in_its_log_at_start(tmp_path, database_url):
    """The daemon's own start: a Maildir inbox whose newest done mail kept a forged header of ours."""
    import signal
    import time

    from tests.conftest import CLI_CLOCK
    from tests.pipeline.test_crash import write_config

    config = write_config(tmp_path, database_url)
    done = tmp_path / "var" / "inbox" / ".Processed" / "cur"
    done.mkdir(parents=True)
    (done / "1.mail:2,S").write_bytes(mail(1, below=FORGED))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "run.py"), "run", "--now", CLI_CLOCK, "--config", str(config)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        log = tmp_path / "run.log"
        lines: list[str] = []
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "inbox inbox:" in line:
                break
        proc.send_signal(signal.SIGTERM)
        rest, _ = proc.communicate(timeout=60)
        log.write_text("".join(lines) + rest)
    finally:
        if proc.poll() is None:
            proc.kill()
    output = log.read_text()
    warned = [x for x in output.splitlines() if "WARNING mailbot.cli.authcheck" in x]
    assert len(warned) == 1, output
    assert "inbox inbox: 1 of the 1 newest mails carry more than one Authentication-Results" in warned[0]

"""`run` as an operator starts it: it serves the inbox on its own and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from mailbot.mail.sources.maildir import deliver_to_maildir
from tests.conftest import CLI_CLOCK, REPO
from tests.pipeline.helpers import customer_mail
from tests.pipeline.test_crash import BODY, write_config

pytestmark = pytest.mark.clock  # run again at fixed instants by .ci/run (libfaketime)


def test_daemon_answers_a_mail_and_stops_on_sigterm(tmp_path, database_url):
    config = write_config(tmp_path, database_url)
    config.write_text("poll_seconds = 0.5\n" + config.read_text())
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
        deliver_to_maildir(tmp_path / "var" / "inbox", customer_mail("maria@fibrenet.example.pt", "Faulty", BODY))
        outbox = tmp_path / "var" / "outbox" / "new"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (outbox.exists() and len(list(outbox.iterdir())) >= 2):
            time.sleep(0.2)
        assert outbox.exists() and len(list(outbox.iterdir())) == 2
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, output
    assert "stopping" in output
    assert len(list((tmp_path / "var" / "inbox" / ".Processed" / "cur").iterdir())) == 1

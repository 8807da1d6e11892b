"""Three `run` workers on one PostgreSQL database and one Dovecot inbox, one of them SIGKILLed every few
seconds and restarted, replies through an SMTP relay: each mail read once, answered once, request numbers
without a gap; then three sweeps at once send each reminder and each digest once.
(benchmarks/crash_kill.py with --inbox imap --transport smtp --workers 3 --sweeps 3, run small.)"""

from __future__ import annotations

import os

import pytest

from benchmarks.crash_kill import storm
from tests.integration.conftest import _require_dovecot

pytestmark = pytest.mark.integration

MAILS = 60


def test_three_workers_killed_and_restarted_over_one_inbox(tmp_path):
    server = os.environ.get("MAILBOT_TEST_DATABASE_URL")
    if not server:
        pytest.skip("several workers run on PostgreSQL: set MAILBOT_TEST_DATABASE_URL")
    _require_dovecot()

    result = storm(
        tmp_path,
        mails=MAILS,
        workers=3,
        server_url=server,
        max_kills=5,
        seed=5,
        timeout=150,
        inbox="imap",
        transport="smtp",
        sweeps=3,
    )
    print(result.summary())

    # Half the mails are held back until the first kill has landed (after the first commit), so every run
    # draws one whatever the machine's speed; how many more land depends on it.
    assert result.kills >= 1
    assert result.lost == 0 and result.quarantined == 0
    assert result.tickets == MAILS and result.duplicate_tickets == 0
    assert result.number_gaps == 0
    assert result.duplicate_replies == 0
    # The same Message-ID again (the receiver drops it; counted apart) only for the mail in hand at a kill.
    assert result.resends <= result.kills, result.summary()
    assert result.unsent == 0
    assert result.answered == MAILS
    assert result.replies - result.resends == result.outbox_rows  # every outgoing mail delivered, once
    # Every request is still waiting for its rep's confirmation a week on: one reminder each, never two.
    assert result.reminders == MAILS and result.duplicate_reminders == 0
    assert result.digests == 2 and result.duplicate_digests == 0  # both managers, once each

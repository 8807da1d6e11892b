"""Workers SIGKILLed at random over a backlog lose no mail, open no ticket twice, answer no mail twice and
repeat no reply: the harness of benchmarks/crash_kill.py, run small. Through SMTP the relay files a copy
of each mail it accepts (as a journaling MTA does) and the workers look a mail in doubt up there."""

from __future__ import annotations

import os

import pytest

from benchmarks.crash_kill import storm

pytestmark = pytest.mark.integration

MAILS = 150


@pytest.mark.parametrize(
    ("workers", "transport"),
    [(1, "file"), (2, "file"), (1, "smtp")],
    ids=["sqlite-1-worker", "postgresql-2-workers", "sqlite-1-worker-dovecot-smtp-relay-copy"],
)
def test_kill_storm(tmp_path, workers, transport):
    server = os.environ.get("MAILBOT_TEST_DATABASE_URL") if workers == 2 else None
    if workers == 2 and not server:
        pytest.skip("two workers run on PostgreSQL: set MAILBOT_TEST_DATABASE_URL")

    result = storm(
        tmp_path,
        mails=MAILS,
        workers=workers,
        server_url=server,
        max_kills=4,
        seed=3,
        timeout=300,
        transport=transport,
        inbox="imap" if transport == "smtp" else "maildir",
        relay_copy=transport == "smtp",  # the copy folder lives in the Dovecot mailbox
    )
    print(result.summary())

    assert result.kills >= 1  # the storm did kill something while mail was being worked
    assert result.lost == 0
    assert result.quarantined == 0
    assert result.tickets == MAILS  # every request is a ticket of its own, each sender wrote once
    assert result.duplicate_tickets == 0
    assert result.number_gaps == 0
    assert result.duplicate_replies == 0  # no mail answered twice with two different mails
    # The file transport's folder, or the relay's copy folder, says whether a mail cut short is out:
    # none is handed over twice.
    assert result.resends == 0, result.summary()
    assert result.unsent == 0
    assert result.answered == MAILS  # every customer got an answer
    assert result.replies - result.resends == result.outbox_rows  # every outgoing mail delivered, once

"""The send journal's marks keep their names: a mark left by a process before an upgrade is still found."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from mailbot.mail.transports.journal import SendJournal


def test_a_mark_is_named_by_the_digest_of_the_bare_message_id(tmp_path):
    journal = SendJournal(tmp_path / "sending")
    journal.begin("<rma-2026-00001.abc@example.com>", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    digest = hashlib.sha256(b"rma-2026-00001.abc@example.com").hexdigest()[:40]
    assert [p.name for p in (tmp_path / "sending").iterdir()] == [f"{digest}.begun"]
    journal.accepted("rma-2026-00001.abc@example.com")  # with or without the angle brackets: the same mail
    assert [p.name for p in (tmp_path / "sending").iterdir()] == [f"{digest}.accepted"]


def test_a_mark_written_by_an_earlier_process_is_found(tmp_path):
    folder = tmp_path / "sending"
    folder.mkdir()
    digest = hashlib.sha256(b"mailbot.0123@example.com").hexdigest()[:40]
    (folder / f"{digest}.begun").write_text("2026-01-02T03:04:05+00:00")
    journal = SendJournal(folder)
    assert journal.state("mailbot.0123@example.com") == "begun"
    assert journal.begun_at("mailbot.0123@example.com") == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_two_journals_keep_their_marks_apart(tmp_path):
    one, two = SendJournal(tmp_path / "a"), SendJournal(tmp_path / "b")
    one.begin("same@example.com")
    one.accepted("same@example.com")
    assert one.state("same@example.com") == "accepted"
    assert two.state("same@example.com") is None
    one.forget("same@example.com")
    assert one.state("same@example.com") is None
    assert list((tmp_path / "a").iterdir()) == []

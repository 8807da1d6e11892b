"""Maildir done-marking: the done folder is made once per source, and made again if it disappears."""

from __future__ import annotations

import shutil

from mailbot.mail.sources import maildir
from mailbot.mail.sources.maildir import MaildirSource, deliver_to_maildir


def _waiting(source: MaildirSource) -> list[str]:
    return sorted(raw.key for raw in source.fetch())


def test_done_mails_move_to_processed_with_the_folder_made_once(tmp_path, monkeypatch):
    box = tmp_path / "inbox"
    for n in range(5):
        deliver_to_maildir(box, f"Message-ID: <m{n}@x.pt>\n\nbody {n}\n".encode())
    source = MaildirSource("inbox", box)
    made: list[object] = []
    real = maildir.ensure_maildir
    monkeypatch.setattr(maildir, "ensure_maildir", lambda path: made.append(path) or real(path))
    for raw in list(source.fetch()):
        source.mark_done(raw)
    assert made == [box / ".Processed"]
    assert _waiting(source) == []
    assert len(list((box / ".Processed" / "cur").iterdir())) == 5


def test_a_done_folder_removed_while_running_is_made_again(tmp_path):
    box = tmp_path / "inbox"
    deliver_to_maildir(box, b"Message-ID: <a@x.pt>\n\nfirst\n")
    source = MaildirSource("inbox", box)
    [first] = list(source.fetch())
    source.mark_done(first)
    shutil.rmtree(box / ".Processed")  # an operator emptied the done folder by removing it
    deliver_to_maildir(box, b"Message-ID: <b@x.pt>\n\nsecond\n")
    [second] = list(source.fetch())
    source.mark_done(second)
    assert _waiting(source) == []
    assert [p.read_bytes() for p in (box / ".Processed" / "cur").iterdir()] == [b"Message-ID: <b@x.pt>\n\nsecond\n"]


def test_marking_a_mail_already_moved_is_a_no_op(tmp_path):
    box = tmp_path / "inbox"
    deliver_to_maildir(box, b"Message-ID: <a@x.pt>\n\nfirst\n")
    source = MaildirSource("inbox", box)
    [raw] = list(source.fetch())
    source.mark_done(raw)
    source.mark_done(raw)  # a rerun after a crash between the move and the bookkeeping
    source.quarantine(raw, "again")
    assert len(list((box / ".Processed" / "cur").iterdir())) == 1
    assert not (box / ".Quarantine" / "cur").exists() or list((box / ".Quarantine" / "cur").iterdir()) == []

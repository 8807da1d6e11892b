"""ImapMailSource against a real Dovecot: reading, moving, flagging, quarantine, start policies, resuming."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mailbot.mail.sources.imap_cursor import Position
from mailbot.store.source_state import SourceStateStore
from tests.integration.helpers_imap import imap_source, message_ids
from tests.integration.kit import make_mail

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"


def test_fetch_oldest_first_and_move_when_done(dovecot, session_factory):
    for n in (1, 2, 3):
        dovecot.append(SERVICE, make_mail(n))
    source = imap_source(dovecot.port, session_factory)
    mails = list(source.fetch())
    assert message_ids(mails) == ["<req-1@example.org>", "<req-2@example.org>", "<req-3@example.org>"]
    assert all(m.source == "service" for m in mails)
    validity = {m.key.split(":")[0] for m in mails}
    assert len(validity) == 1 and [m.key.split(":")[1] for m in mails] == ["1", "2", "3"]
    assert "Processed" not in dovecot.folders(SERVICE)
    for mail in mails:
        source.mark_done(mail)
    assert dovecot.messages(SERVICE) == []
    assert message_ids(dovecot.messages(SERVICE, "Processed")) == message_ids(mails)
    assert list(source.fetch()) == []
    source.close()


def test_mail_not_marked_done_is_read_again(dovecot, session_factory):
    dovecot.append(SERVICE, make_mail(1))
    dovecot.append(SERVICE, make_mail(2))
    source = imap_source(dovecot.port, session_factory)
    first = list(source.fetch())
    source.mark_done(first[1])
    # A crash before mail 1 was committed: it is still there, and read again after a restart.
    source.close()
    again = list(imap_source(dovecot.port, session_factory).fetch())
    assert message_ids(again) == ["<req-1@example.org>"]
    assert SourceStateStore(session_factory).load("service") is None  # never moved past mail 1


def test_flag_mode_keeps_mail_in_place_and_never_rereads_it(dovecot, session_factory):
    for n in (1, 2):
        dovecot.append(SERVICE, make_mail(n))
    source = imap_source(dovecot.port, session_factory, on_done="flag")
    for mail in source.fetch():
        source.mark_done(mail)
    flags = dovecot.flags(SERVICE)
    assert len(flags) == 2 and all(b"$MailbotDone" in f for f in flags.values())
    assert "Processed" not in dovecot.folders(SERVICE)
    source.close()
    dovecot.append(SERVICE, make_mail(3))
    restarted = imap_source(dovecot.port, session_factory, on_done="flag")
    assert message_ids(restarted.fetch()) == ["<req-3@example.org>"]


def test_quarantine_moves_mail_aside_and_the_rest_goes_on(dovecot, session_factory):
    for n in (1, 2):
        dovecot.append(SERVICE, make_mail(n))
    source = imap_source(dovecot.port, session_factory)
    bad, good = list(source.fetch())
    source.quarantine(bad, "cannot parse")
    source.mark_done(good)
    source.close()
    assert message_ids(dovecot.messages(SERVICE, "Quarantine")) == ["<req-1@example.org>"]
    assert message_ids(dovecot.messages(SERVICE, "Processed")) == ["<req-2@example.org>"]
    assert SourceStateStore(session_factory).load("service").last_uid == 2


def test_without_move_capability_copy_and_expunge_only_that_mail(dovecot_factory, session_factory):
    server = dovecot_factory("imap_capability = IMAP4rev1 LITERAL+ IDLE UIDPLUS NAMESPACE\n")
    server.append(SERVICE, make_mail(1))
    server.append(SERVICE, make_mail(2), flags=[r"\Deleted"])  # someone else's pending deletion
    server.append(SERVICE, make_mail(3))
    source = imap_source(server.port, session_factory)
    with source._work.op("check") as client:
        assert not client.has_capability("MOVE")
    mails = list(source.fetch())
    assert message_ids(mails) == ["<req-1@example.org>", "<req-3@example.org>"]  # \Deleted is skipped
    source.mark_done(mails[0])
    assert message_ids(server.messages(SERVICE, "Processed")) == ["<req-1@example.org>"]
    assert message_ids(server.messages(SERVICE)) == ["<req-2@example.org>", "<req-3@example.org>"]


def test_initial_policy_unseen_skips_read_mail_once(dovecot, session_factory):
    dovecot.append(SERVICE, make_mail(1), flags=[r"\Seen"])
    dovecot.append(SERVICE, make_mail(2))
    dovecot.append(SERVICE, make_mail(3), flags=[r"\Seen"])
    source = imap_source(dovecot.port, session_factory, initial="unseen")
    mails = list(source.fetch())
    assert message_ids(mails) == ["<req-2@example.org>"]
    source.mark_done(mails[0])
    # The policy applies to what was there at first start; later mail is read even if already seen.
    dovecot.append(SERVICE, make_mail(4), flags=[r"\Seen"])
    assert message_ids(source.fetch()) == ["<req-4@example.org>"]
    assert message_ids(dovecot.messages(SERVICE)) == [
        "<req-1@example.org>",
        "<req-3@example.org>",
        "<req-4@example.org>",
    ]


def test_initial_policy_since_date(dovecot, session_factory):
    dovecot.append(SERVICE, make_mail(1), when=datetime(2026, 1, 5, tzinfo=UTC))
    dovecot.append(SERVICE, make_mail(2), when=datetime(2026, 11, 20, tzinfo=UTC))
    source = imap_source(dovecot.port, session_factory, initial="since:2026-11-01")
    assert message_ids(source.fetch()) == ["<req-2@example.org>"]


def test_restart_resumes_at_saved_position(dovecot, session_factory):
    for n in (1, 2, 3, 4):
        dovecot.append(SERVICE, make_mail(n))
    source = imap_source(dovecot.port, session_factory, initial="unseen", on_done="flag")
    it = source.fetch()
    source.mark_done(next(it))
    source.mark_done(next(it))
    source.close()  # stopped after two mails
    state = SourceStateStore(session_factory).load("service")
    assert state is not None and state.last_uid == 2
    resumed = imap_source(dovecot.port, session_factory, initial="unseen", on_done="flag")
    assert message_ids(resumed.fetch()) == ["<req-3@example.org>", "<req-4@example.org>"]


def test_changed_uidvalidity_resets_cursor_without_losing_mail(dovecot, session_factory):
    for n in (1, 2, 3):
        dovecot.append(SERVICE, make_mail(n))
    source = imap_source(dovecot.port, session_factory)
    first = list(source.fetch())
    source.mark_done(first[0])
    old_validity = int(first[1].key.split(":")[0])
    dovecot.bump_uidvalidity(SERVICE)
    # The mail fetched before the change is found again by its Message-ID and moved.
    source.mark_done(first[1])
    assert message_ids(dovecot.messages(SERVICE, "Processed")) == ["<req-1@example.org>", "<req-2@example.org>"]
    after = list(source.fetch())
    assert message_ids(after) == ["<req-3@example.org>"]
    new_validity = int(after[0].key.split(":")[0])
    assert new_validity != old_validity
    source.mark_done(after[0])
    source.close()
    assert SourceStateStore(session_factory).load("service") == Position(new_validity, int(after[0].key.split(":")[1]))


def test_large_mail_is_fetched_whole_in_order(dovecot, session_factory):
    dovecot.append(SERVICE, make_mail(1))
    dovecot.append(SERVICE, make_mail(2, size=6 * 1024 * 1024))
    dovecot.append(SERVICE, make_mail(3))
    mails = list(imap_source(dovecot.port, session_factory).fetch())
    assert message_ids(mails) == [f"<req-{n}@example.org>" for n in (1, 2, 3)]
    assert len(mails[1].data) > 6 * 1024 * 1024 - 200


def test_sent_copy_is_appended(dovecot, session_factory):
    source = imap_source(dovecot.port, session_factory, sent_folder="Sent")
    source.append_sent(make_mail("reply", sender="service@example.com", to="customer@example.org"))
    assert message_ids(dovecot.messages(SERVICE, "Sent")) == ["<req-reply@example.org>"]


def test_progress_bar_and_count_on_first_start(dovecot, session_factory, capsys):
    for n in range(5):
        dovecot.append(SERVICE, make_mail(n))
    source = imap_source(dovecot.port, session_factory, progress=True)
    first = list(source.fetch())
    assert len(first) == 5
    for raw in first:
        source.mark_done(raw)
    err = capsys.readouterr().err
    assert "service: 5 mails to read (first start, policy all)" in err
    assert "5/5" in err
    dovecot.append(SERVICE, make_mail(9))
    assert len(list(source.fetch())) == 1
    assert capsys.readouterr().err == ""  # one new mail in a running daemon: no bar

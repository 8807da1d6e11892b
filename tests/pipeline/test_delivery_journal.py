"""A worker killed between the relay's "250" and the outbox's "sent" commit: the send journal's mark
tells the next worker the mail is out, so it is recorded as sent and not handed to the relay again."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest
from pydantic import ValidationError

from mailbot.config import Delivery, ImapSource, RelayCopy, SmtpTransport
from mailbot.mail.transports.base import LinkLost, PermanentFailure, RelayUnavailable
from mailbot.mail.transports.journal import SendJournal
from mailbot.schedule import delivery
from mailbot.schedule.delivery import deliver_due
from tests.store.test_outbox import ScriptedTransport, _queue, _rows, _ticket


class JournaledTransport(ScriptedTransport):
    def __init__(self, journal: SendJournal, *results) -> None:
        super().__init__(*results)
        self.journal = journal


def _kill_after_accept(ctx, clock, journal):
    """Deliver with a transport whose acceptance is followed by the death of the process: the commit of
    "sent" never happens (the KeyboardInterrupt stands for SIGKILL right after the journal's mark)."""
    transport = JournaledTransport(journal)
    original = journal.accepted

    def accepted_then_die(message_id):
        original(message_id)
        raise KeyboardInterrupt("killed after the relay accepted")

    journal.accepted = accepted_then_die  # type: ignore[method-assign]
    try:
        deliver_due(ctx.sessions, transport, Delivery(), clock)
    except KeyboardInterrupt:
        pass
    finally:
        journal.accepted = original  # type: ignore[method-assign]
    return transport


def test_a_mail_the_relay_accepted_before_the_crash_is_not_sent_again(make_ctx, clock, tmp_path):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    _queue(ctx, clock, ticket)
    _queue(ctx, clock, ticket)
    journal = SendJournal(tmp_path / "sending")
    dying = _kill_after_accept(ctx, clock, journal)
    assert len(dying.sent) == 1
    assert [r.status for r in _rows(ctx)] == ["sending", "sending"]  # the first accepted, the second never sent

    clock.advance(minutes=11)  # past the lease
    relay = JournaledTransport(SendJournal(tmp_path / "sending"))  # a new process, the same folder
    report = deliver_due(ctx.sessions, relay, Delivery(), clock)
    assert report.sent == 2
    first, second = _rows(ctx)
    assert first.status == second.status == "sent"
    assert [raw for _, _, raw in relay.sent] == [second.raw]  # only the one never handed over
    assert list((tmp_path / "sending").iterdir()) == []  # marks are gone once the outcome is committed


def test_a_mail_in_doubt_is_sent_once_more_with_the_same_message_id(make_ctx, clock, tmp_path):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    row = _queue(ctx, clock, ticket)
    journal = SendJournal(tmp_path / "sending")

    class DiesMidData(JournaledTransport):
        def send(self, sender, recipients, raw):
            raise KeyboardInterrupt("killed while the relay had the mail, before its answer")

    try:
        deliver_due(ctx.sessions, DiesMidData(journal), Delivery(), clock)
    except KeyboardInterrupt:
        pass
    assert journal.state(row.message_id) == "begun"
    clock.advance(minutes=11)
    relay = JournaledTransport(journal)
    assert deliver_due(ctx.sessions, relay, Delivery(), clock).sent == 1
    [sent] = _rows(ctx)
    assert sent.status == "sent" and sent.attempts == 2
    assert relay.sent[0][2] == sent.raw  # the same bytes, the same Message-ID
    assert journal.state(row.message_id) is None


def test_a_refused_mail_leaves_no_mark(make_ctx, clock, tmp_path):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    row = _queue(ctx, clock, ticket)
    journal = SendJournal(tmp_path / "sending")
    report = deliver_due(ctx.sessions, JournaledTransport(journal, PermanentFailure("550 no")), Delivery(), clock)
    assert report.failed == 1
    assert journal.state(row.message_id) is None


class CopyFolder:
    """Stands for the relay's copy folder (the real one, over IMAP, is in tests/integration/test_relay_copy.py)."""

    def __init__(self, grace_seconds: float = 60) -> None:
        self.grace = timedelta(seconds=grace_seconds)
        self.held: set[str] = set()
        self.asked: list[str] = []
        self.connections = 0

    def holding(self, message_ids):
        self.connections += 1
        self.asked.extend(message_ids)
        return {message_id: message_id in self.held for message_id in message_ids}


class ProvenTransport(JournaledTransport):
    def __init__(self, journal: SendJournal, relay_copy: CopyFolder, *results) -> None:
        super().__init__(journal, *results)
        self.relay_copy = relay_copy


def _killed_late_in_the_lease(ctx, clock, tmp_path, copies: CopyFolder, monkeypatch):
    """Three rows claimed together; the first takes the relay 9 min 40 s (a slow relay, many rows before
    it), the process dies while the second is handed over, the third is never reached. The second's
    lease then ends only 20 s after it went out: younger than the relay's grace for filing its copy.
    (Delivery hands back the rows it has less than SEND_TIME of lease left for; a relay slower than that
    is what this models, so none is left here.)"""
    monkeypatch.setattr(delivery, "SEND_TIME", timedelta(0))
    ticket = _ticket(ctx, clock)
    first, doubtful, other = (_queue(ctx, clock, ticket) for _ in range(3))
    journal = SendJournal(tmp_path / "sending")

    class SlowThenDead(ProvenTransport):
        def send(self, sender, recipients, raw):
            if not self.sent:
                clock.advance(minutes=9, seconds=40)
                return super().send(sender, recipients, raw)
            raise KeyboardInterrupt("killed while the relay had the mail, before its answer")

    with contextlib.suppress(KeyboardInterrupt):
        deliver_due(ctx.sessions, SlowThenDead(journal, copies), Delivery(), clock)
    assert journal.state(doubtful.message_id) == "begun"
    clock.advance(seconds=21)  # the lease of the three rows is over
    return journal, first, doubtful, other


def test_a_mail_in_doubt_waits_for_the_relays_late_copy_without_holding_up_the_others(
    make_ctx, clock, tmp_path, monkeypatch
):
    ctx = make_ctx()
    copies = CopyFolder(grace_seconds=60)
    journal, _, doubtful, other = _killed_late_in_the_lease(ctx, clock, tmp_path, copies, monkeypatch)

    relay = ProvenTransport(journal, copies)  # the relay has not filed its copy yet
    report = deliver_due(ctx.sessions, relay, Delivery(), clock)
    # The first, accepted before the crash (its batch never committed), is recorded as sent from its mark.
    assert (report.sent, report.deferred) == (2, 1)
    assert [raw for _, _, raw in relay.sent] == [other.raw]  # the row never handed over went out meanwhile
    waiting = _rows(ctx)[1]
    assert waiting.status == "queued" and waiting.attempts == 1  # looked for, not attempted again
    assert journal.state(doubtful.message_id) == "begun"

    clock.advance(seconds=30)  # still inside the grace: not due, not asked again
    assert deliver_due(ctx.sessions, relay, Delivery(), clock).sent == 0
    assert copies.asked == [doubtful.message_id, other.message_id] and copies.connections == 1

    copies.held.add(doubtful.message_id)  # the copy arrives late, as a queued always_bcc does
    clock.advance(seconds=10)  # 61 s after the mail was handed over
    assert deliver_due(ctx.sessions, relay, Delivery(), clock).sent == 1
    assert [raw for _, _, raw in relay.sent] == [other.raw]  # found in the copy folder: not sent again
    assert [r.status for r in _rows(ctx)] == ["sent", "sent", "sent"]
    assert journal.state(doubtful.message_id) is None


def test_a_mail_in_doubt_still_absent_after_the_grace_is_sent_once_more(make_ctx, clock, tmp_path, monkeypatch):
    ctx = make_ctx()
    copies = CopyFolder(grace_seconds=60)
    journal, _, doubtful, _ = _killed_late_in_the_lease(ctx, clock, tmp_path, copies, monkeypatch)
    relay = ProvenTransport(journal, copies)
    deliver_due(ctx.sessions, relay, Delivery(), clock)
    clock.advance(seconds=40)
    assert deliver_due(ctx.sessions, relay, Delivery(), clock).sent == 1
    assert relay.sent[-1][2] == doubtful.raw  # the same bytes, the same Message-ID
    assert copies.asked.count(doubtful.message_id) == 2
    assert [r.status for r in _rows(ctx)] == ["sent", "sent", "sent"]


def test_a_mail_never_in_doubt_is_not_looked_for(make_ctx, clock, tmp_path):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    _queue(ctx, clock, ticket)
    copies = CopyFolder()
    relay = ProvenTransport(SendJournal(tmp_path / "sending"), copies)
    assert deliver_due(ctx.sessions, relay, Delivery(), clock).sent == 1
    assert copies.asked == []  # the folder is asked only about rows a crash or a broken link left in doubt


def test_the_relay_copy_setting_is_checked_against_the_inboxes_and_the_transport(make_settings):
    imap = ImapSource(name="service", host="127.0.0.1", tls="none", username="s@x.example", sent_folder="Sent")
    smtp = SmtpTransport(host="127.0.0.1", tls="none")
    with pytest.raises(ValidationError, match=r"delivery\.relay_copy\.source: 'inbox' is not an IMAP inbox"):
        make_settings(transport=smtp, delivery=Delivery(relay_copy=RelayCopy(source="inbox", folder="Copies")))
    with pytest.raises(
        ValidationError, match=r"delivery\.relay_copy\.folder: 'sent' is the sent_folder of inbox 'service'"
    ):
        make_settings(
            sources=(imap,), transport=smtp, delivery=Delivery(relay_copy=RelayCopy(source="service", folder="sent"))
        )
    with pytest.raises(ValidationError, match=r"delivery\.relay_copy: only for transport type 'smtp'"):
        make_settings(sources=(imap,), delivery=Delivery(relay_copy=RelayCopy(source="service", folder="Copies")))
    with pytest.raises(ValidationError, match="grace_seconds"):
        RelayCopy(source="service", folder="Copies", grace_seconds=3600)
    ok = make_settings(
        sources=(imap,), transport=smtp, delivery=Delivery(relay_copy=RelayCopy(source="service", folder="Copies"))
    )
    assert ok.delivery.relay_copy is not None and ok.delivery.relay_copy.grace_seconds == 60


def test_a_link_lost_mid_send_keeps_the_mail_in_doubt_and_a_refused_connection_does_not(make_ctx, clock, tmp_path):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    row = _queue(ctx, clock, ticket)
    journal = SendJournal(tmp_path / "sending")
    lost = JournaledTransport(journal, LinkLost("connection lost while sending: timed out"))
    assert deliver_due(ctx.sessions, lost, Delivery(first_retry_seconds=5), clock).relay_error is not None
    assert journal.state(row.message_id) == "begun"  # the relay may have it: the retry settles it first

    clock.advance(seconds=6)
    relay = JournaledTransport(journal)  # no copy folder to ask: sent once more, as before
    assert deliver_due(ctx.sessions, relay, Delivery(first_retry_seconds=5), clock).sent == 1
    assert relay.sent[0][2] == row.raw and journal.state(row.message_id) is None

    other = _queue(ctx, clock, ticket)
    down = JournaledTransport(journal, RelayUnavailable("relay 127.0.0.1:25 unreachable"))
    assert deliver_due(ctx.sessions, down, Delivery(), clock).relay_error is not None
    assert journal.state(other.message_id) is None  # nothing was handed over: no doubt


def test_every_row_a_killed_worker_left_in_doubt_is_looked_up_on_one_connection(make_ctx, clock, tmp_path):
    """A worker killed mid-send leaves its whole claimed batch "sending": after the lease, the copy folder
    is asked about all of them at once, not once per row."""
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    rows = [_queue(ctx, clock, ticket) for _ in range(4)]
    journal = SendJournal(tmp_path / "sending")

    class DiesMidData(JournaledTransport):
        def send(self, sender, recipients, raw):
            raise KeyboardInterrupt("killed while the relay had the first mail")

    with contextlib.suppress(KeyboardInterrupt):
        deliver_due(ctx.sessions, DiesMidData(journal), Delivery(), clock)
    assert [r.status for r in _rows(ctx)] == ["sending"] * 4
    clock.advance(minutes=11)  # past the lease: all four are claimed again as interrupted

    copies = CopyFolder(grace_seconds=0)
    copies.held.add(rows[0].message_id)  # the relay had filed the first before the kill
    relay = ProvenTransport(journal, copies)
    assert deliver_due(ctx.sessions, relay, Delivery(), clock).sent == 4
    assert copies.connections == 1
    assert copies.asked == [row.message_id for row in rows]
    assert [raw for _, _, raw in relay.sent] == [row.raw for row in rows[1:]]  # the first was found: not again


def _messages(ctx) -> dict[str, str]:
    from sqlmodel import select

    from mailbot.store.models import Message

    with ctx.sessions() as s:
        return {m.message_id: m.status for m in s.exec(select(Message).where(Message.direction == "out"))}


def test_a_journaled_batch_is_committed_once_and_every_sent_mail_record_says_so(make_ctx, clock, tmp_path):
    from sqlalchemy import event
    from sqlmodel import Session

    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    rows = [_queue(ctx, clock, ticket) for _ in range(3)]
    commits: list[object] = []

    def count(session):
        commits.append(session)

    relay = JournaledTransport(SendJournal(tmp_path / "sending"), None, PermanentFailure("550 no"), None)
    event.listen(Session, "after_commit", count)
    try:
        report = deliver_due(ctx.sessions, relay, Delivery(), clock)
    finally:
        event.remove(Session, "after_commit", count)
    assert (report.sent, report.failed) == (2, 1)
    assert len(commits) == 2  # the claim, then the three outcomes together (was one commit per mail)
    assert _messages(ctx) == {rows[0].message_id: "sent", rows[1].message_id: "failed", rows[2].message_id: "sent"}
    assert list((tmp_path / "sending").iterdir()) == []  # marks dropped once the batch is committed


def test_without_a_journal_each_result_is_committed_before_the_next_mail(make_ctx, clock):
    """A transport that cannot prove after a crash what it took: the crash repeats only the mail in hand."""
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    first, second = _queue(ctx, clock, ticket), _queue(ctx, clock, ticket)
    relay = ScriptedTransport(None, KeyboardInterrupt("killed while sending the second"))
    with contextlib.suppress(KeyboardInterrupt):
        deliver_due(ctx.sessions, relay, Delivery(), clock)
    assert [r.status for r in _rows(ctx)] == ["sent", "sending"]
    assert _messages(ctx)[first.message_id] == "sent"
    assert _messages(ctx)[second.message_id] != "sent"


def test_a_journaled_batch_cut_short_sends_none_of_its_accepted_mails_again(make_ctx, clock, tmp_path):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    rows = [_queue(ctx, clock, ticket) for _ in range(3)]
    journal = SendJournal(tmp_path / "sending")
    dying = JournaledTransport(journal, None, None, KeyboardInterrupt("killed while sending the third"))
    with contextlib.suppress(KeyboardInterrupt):
        deliver_due(ctx.sessions, dying, Delivery(), clock)
    assert [r.status for r in _rows(ctx)] == ["sending"] * 3  # nothing of the batch committed
    clock.advance(minutes=11)
    relay = JournaledTransport(SendJournal(tmp_path / "sending"))
    assert deliver_due(ctx.sessions, relay, Delivery(), clock).sent == 3
    assert [raw for _, _, raw in relay.sent] == [rows[2].raw]  # the two accepted ones are not sent again
    assert set(_messages(ctx).values()) == {"sent"}

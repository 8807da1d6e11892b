"""A worker killed between the relay's "250" and the outbox's "sent" commit: the send journal's mark
tells the next worker the mail is out, so it is recorded as sent and not handed to the relay again."""

from __future__ import annotations

from mailbot.config import Delivery
from mailbot.mail.transports.base import PermanentFailure
from mailbot.mail.transports.journal import SendJournal
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

"""The relay's copy folder as proof of delivery, against a real Dovecot and a real aiosmtpd relay that, like a
journaling MTA (Postfix always_bcc, Exchange journaling), files a copy of each mail it accepts into a
folder of the service's mailbox before it answers "250".

A worker dies at the exact point left open by the send journal: the relay took the mail and answered,
the journal's mark still says "begun". The next worker, after the lease, finds the copy and records the
mail as sent without handing it to the relay again; with no copy there, it sends the mail once more."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import pytest

from mailbot.config import ConfigError, Delivery, RelayCopy, SmtpTransport
from mailbot.mail.transports.journal import SendJournal
from mailbot.schedule.delivery import deliver_due
from tests.integration.helpers_imap import imap_config
from tests.integration.relay import SmtpRelay
from tests.integration.servers import Dovecot
from tests.store.test_outbox import _queue, _rows, _ticket

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"
COPIES = "Relay-copy"


@pytest.fixture
def journaling_relay(dovecot: Dovecot) -> Iterator[SmtpRelay]:
    """A relay that files every accepted mail into the service's COPIES folder, then answers 250."""
    with dovecot.client(SERVICE) as imap:
        imap.create_folder(COPIES)
    relay = SmtpRelay(None, copy_to=(dovecot, SERVICE, COPIES))
    relay.start()
    try:
        yield relay
    finally:
        relay.stop()


def _settings(dovecot: Dovecot, relay: SmtpRelay, folder: str = COPIES, timeout: float = 5) -> dict[str, object]:
    return dict(
        sources=(imap_config(dovecot.port, SERVICE, sent_folder="Sent"),),
        transport=SmtpTransport(host="127.0.0.1", port=relay.port, tls="none", timeout=timeout),
        delivery=Delivery(relay_copy=RelayCopy(source="service", folder=folder)),
    )


def _killed_before_the_mark(ctx) -> None:
    """Deliver, and die right after the relay's "250", before the journal's rename records it (the
    KeyboardInterrupt stands for SIGKILL at that instant): the row stays "sending", the mark "begun"."""
    journal: SendJournal = ctx.transport.journal

    def die(message_id: str) -> None:
        raise KeyboardInterrupt("killed between the relay's answer and the rename")

    original = journal.accepted
    journal.accepted = die  # type: ignore[method-assign]
    try:
        with contextlib.suppress(KeyboardInterrupt):
            deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, ctx.clock)
    finally:
        journal.accepted = original  # type: ignore[method-assign]


def test_a_mail_the_relay_filed_before_the_crash_is_recorded_as_sent_not_sent_again(
    dovecot, journaling_relay, make_ctx, clock, caplog
):
    dying = make_ctx(**_settings(dovecot, journaling_relay))
    row = _queue(dying, clock, _ticket(dying, clock))
    _killed_before_the_mark(dying)
    assert len(journaling_relay.received) == 1
    [cut] = _rows(dying)
    assert cut.status == "sending" and dying.transport.journal.state(row.message_id) == "begun"
    dying.transport.close()

    clock.advance(minutes=11)  # past the lease: a restarted worker, the same var/ folder
    restarted = make_ctx(**_settings(dovecot, journaling_relay))
    with caplog.at_level(logging.INFO, logger="mailbot.schedule.delivery"):
        report = deliver_due(restarted.sessions, restarted.transport, restarted.settings.delivery, clock)
    assert report.sent == 1
    assert len(journaling_relay.received) == 1  # not handed to the relay a second time
    [done] = _rows(restarted)
    assert done.status == "sent" and done.attempts == 2
    assert "relay's copy folder holds it" in caplog.text  # the log says why it was not sent again
    assert restarted.transport.journal.state(row.message_id) is None
    assert dovecot.messages(SERVICE, "Sent") == []  # mailbot's own Sent copy is written by the daemon's
    # on_sent hook, never confused with the relay's: the copy folder holds the one mail the relay filed
    assert len(dovecot.messages(SERVICE, COPIES)) == 1


def test_a_mail_with_no_copy_in_the_folder_is_sent_once_more_with_the_same_message_id(
    dovecot, journaling_relay, make_ctx, clock
):
    dying = make_ctx(**_settings(dovecot, journaling_relay))
    row = _queue(dying, clock, _ticket(dying, clock))
    journaling_relay.behaviour.keep_copy = False  # the relay took the mail but filed no copy of it
    _killed_before_the_mark(dying)
    journaling_relay.behaviour.keep_copy = True
    dying.transport.close()

    clock.advance(minutes=11)
    restarted = make_ctx(**_settings(dovecot, journaling_relay))
    assert deliver_due(restarted.sessions, restarted.transport, restarted.settings.delivery, clock).sent == 1
    first, second = (raw for _, _, raw in journaling_relay.received)
    assert first == second  # sent once more: the same bytes, the same Message-ID
    assert row.message_id.encode() in second
    [done] = _rows(restarted)
    assert done.status == "sent" and done.attempts == 2


def test_a_mail_only_in_mailbots_own_sent_folder_is_no_proof(dovecot, journaling_relay, make_ctx, clock):
    ctx = make_ctx(**_settings(dovecot, journaling_relay))
    row = _queue(ctx, clock, _ticket(ctx, clock))
    dovecot.append(SERVICE, row.raw, folder="Sent")
    assert ctx.transport.relay_copy.holds(row.message_id) is False
    dovecot.append(SERVICE, row.raw, folder=COPIES)
    assert ctx.transport.relay_copy.holds(row.message_id) is True
    assert ctx.transport.relay_copy.holds(row.message_id.replace("@", "x@")) is False  # the very same id only


def test_a_missing_copy_folder_stops_start_up_naming_the_setting(dovecot, journaling_relay, make_ctx):
    with pytest.raises(ConfigError, match=r"delivery\.relay_copy\.folder: no folder 'Relay-copies'"):
        make_ctx(**_settings(dovecot, journaling_relay, folder="Relay-copies"))


def test_a_mail_whose_answer_never_came_is_looked_up_before_it_is_tried_again(
    dovecot, journaling_relay, make_ctx, clock
):
    """The relay took the whole mail and filed its copy, then stayed silent past our timeout: the link is
    given up with the mail in doubt. The retry finds the copy instead of handing the mail over again."""
    ctx = make_ctx(**_settings(dovecot, journaling_relay, timeout=1))
    row = _queue(ctx, clock, _ticket(ctx, clock))
    journaling_relay.behaviour.silent_after_data = 3
    report = deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock)
    assert report.relay_error is not None and len(journaling_relay.received) == 1
    [waiting] = _rows(ctx)
    assert waiting.status == "queued" and ctx.transport.journal.state(row.message_id) == "begun"

    journaling_relay.behaviour.silent_after_data = 0
    clock.advance(minutes=2)  # the retry is due, the grace is over
    assert deliver_due(ctx.sessions, ctx.transport, ctx.settings.delivery, clock).sent == 1
    assert len(journaling_relay.received) == 1  # found in the copy folder: not handed over again
    [done] = _rows(ctx)
    assert done.status == "sent"
    assert ctx.transport.journal.state(row.message_id) is None


def test_every_mail_in_doubt_is_looked_up_on_one_connection(dovecot, journaling_relay, make_ctx, clock, monkeypatch):
    """Several mails in doubt at once (a worker killed with a claimed batch): the copy folder is searched
    for all of them on one IMAP connection, and each gets its own answer."""
    from mailbot.mail.transports import relay_copy

    ctx = make_ctx(**_settings(dovecot, journaling_relay))
    ticket = _ticket(ctx, clock)
    rows = [_queue(ctx, clock, ticket) for _ in range(3)]
    dovecot.append(SERVICE, rows[0].raw, folder=COPIES)
    dovecot.append(SERVICE, rows[2].raw, folder=COPIES)
    dovecot.append(SERVICE, rows[1].raw, folder="Sent")  # mailbot's own copy is no proof

    logins: list[str] = []
    real_connect = relay_copy.connect

    def counted(source):
        logins.append(source.username)
        return real_connect(source)

    monkeypatch.setattr(relay_copy, "connect", counted)
    ids = [row.message_id for row in rows]
    assert ctx.transport.relay_copy.holding([*ids, ids[0], ids[1].replace("@", "x@")]) == {
        ids[0]: True,
        ids[1]: False,
        ids[2]: True,
        ids[1].replace("@", "x@"): False,
    }
    assert logins == [SERVICE]
    assert ctx.transport.relay_copy.holding([]) == {} and logins == [SERVICE]  # nothing to ask: no connection
    dovecot.stop()
    assert ctx.transport.relay_copy.holding(ids) is None  # the server could not be asked

"""Connection faults against a real Dovecot: restarts mid-run, mute servers, refused logins, two inboxes."""

from __future__ import annotations

import time

import pytest

from mailbot.mail.sources import imap as imap_module
from mailbot.mail.sources.base import SourceUnavailable
from tests.integration.helpers_imap import imap_source, message_ids
from tests.integration.kit import FreezingProxy, free_port, make_mail, silent_server

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"


def test_dovecot_restarted_in_the_middle_nothing_lost_nothing_twice(dovecot, session_factory, monkeypatch):
    monkeypatch.setattr(imap_module, "BATCH_MAILS", 2)  # several FETCH round trips
    for n in range(1, 7):
        dovecot.append(SERVICE, make_mail(n))
    source = imap_source(dovecot.port, session_factory)
    done: list[str] = []
    it = source.fetch()
    for raw in (next(it), next(it), next(it), next(it)):  # two FETCH batches
        source.mark_done(raw)
        done += message_ids([raw])
    dovecot.stop()
    with pytest.raises(SourceUnavailable):
        next(it)  # the next FETCH meets a dead server: detected, not a hang
    with pytest.raises(SourceUnavailable):
        list(source.fetch())  # still down: refused
    dovecot.start()
    for raw in source.fetch():  # connection rebuilt on next use
        source.mark_done(raw)
        done += message_ids([raw])
    assert done == [f"<req-{n}@example.org>" for n in range(1, 7)]
    assert message_ids(dovecot.messages(SERVICE, "Processed")) == done
    assert dovecot.messages(SERVICE) == []


def test_mark_done_after_restart_reconnects_transparently(dovecot, session_factory):
    dovecot.append(SERVICE, make_mail(1))
    source = imap_source(dovecot.port, session_factory)
    [raw] = list(source.fetch())
    dovecot.restart()
    source.mark_done(raw)
    assert message_ids(dovecot.messages(SERVICE, "Processed")) == ["<req-1@example.org>"]


def test_server_that_never_answers_times_out(session_factory):
    listener, port = silent_server()
    try:
        source = imap_source(port, session_factory, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(SourceUnavailable, match="did not answer in time"):
            list(source.fetch())
        assert time.monotonic() - started < 3
    finally:
        listener.close()


def test_server_going_mute_during_fetch_is_detected_and_connection_rebuilt(dovecot, session_factory, monkeypatch):
    monkeypatch.setattr(imap_module, "BATCH_MAILS", 1)
    for n in (1, 2):
        dovecot.append(SERVICE, make_mail(n))
    proxy = FreezingProxy(dovecot.port)
    try:
        source = imap_source(proxy.port, session_factory, timeout=0.5)
        it = source.fetch()
        source.mark_done(next(it))
        proxy.frozen.set()
        started = time.monotonic()
        with pytest.raises(SourceUnavailable, match="did not answer in time"):
            next(it)
        assert time.monotonic() - started < 3
        proxy.frozen.clear()
        assert message_ids(source.fetch()) == ["<req-2@example.org>"]
    finally:
        proxy.close()


def test_server_going_mute_during_idle_is_detected(dovecot, session_factory):
    proxy = FreezingProxy(dovecot.port)
    try:
        source = imap_source(proxy.port, session_factory, timeout=0.5)
        assert list(source.fetch()) == []
        proxy.frozen.set()
        started = time.monotonic()
        with pytest.raises(SourceUnavailable):
            source.wait(1.0)
        assert time.monotonic() - started < 3  # the IDLE wait plus one read timeout, never a hang
        proxy.frozen.clear()
        dovecot.append(SERVICE, make_mail(1))
        assert message_ids(source.fetch()) == ["<req-1@example.org>"]
    finally:
        proxy.close()


def test_server_killed_during_idle_is_noticed_at_once(dovecot, session_factory):
    source = imap_source(dovecot.port, session_factory)
    assert list(source.fetch()) == []
    import threading

    threading.Timer(0.3, dovecot.stop).start()
    started = time.monotonic()
    with pytest.raises(SourceUnavailable):
        source.wait(20)
    assert time.monotonic() - started < 5
    dovecot.start()
    dovecot.append(SERVICE, make_mail(1))
    assert message_ids(source.fetch()) == ["<req-1@example.org>"]


def test_refused_connection_and_wrong_password(dovecot, session_factory):
    with pytest.raises(SourceUnavailable):
        list(imap_source(free_port(), session_factory, timeout=1).fetch())
    with pytest.raises(SourceUnavailable, match="(?i)auth"):
        list(imap_source(dovecot.port, session_factory, password="wrong").fetch())


def test_two_inboxes_one_down_the_other_keeps_working(dovecot, session_factory):
    dovecot.append(SERVICE, make_mail(1))
    dovecot.append("rma@example.com", make_mail(2, to="rma@example.com"))
    service = imap_source(dovecot.port, session_factory)
    rma = imap_source(dovecot.port, session_factory, user="rma@example.com")
    broken = imap_source(free_port(), session_factory, user="bob@example.org", timeout=1)
    got: dict[str, list[str]] = {}
    for source in (service, broken, rma):
        try:
            raws = list(source.fetch())
        except SourceUnavailable:
            got[source.name] = ["unavailable"]
            continue
        for raw in raws:
            source.mark_done(raw)
        got[source.name] = message_ids(raws)
    assert got == {"service": ["<req-1@example.org>"], "bob": ["unavailable"], "rma": ["<req-2@example.org>"]}
    assert message_ids(dovecot.messages("rma@example.com", "Processed")) == ["<req-2@example.org>"]

"""IMAP IDLE against a real Dovecot: new mail wakes the waiter within a second; renewals keep it going."""

from __future__ import annotations

import threading
import time

import pytest
from imapclient import IMAPClient

from tests.integration.helpers_imap import imap_source, message_ids
from tests.integration.kit import make_mail

pytestmark = pytest.mark.integration
SERVICE = "service@example.com"


def _append_later(dovecot, delay: float, n: int) -> list[float]:
    appended: list[float] = []

    def go() -> None:
        dovecot.append(SERVICE, make_mail(n))
        appended.append(time.monotonic())

    threading.Timer(delay, go).start()
    return appended


def test_idle_wakes_within_a_second_of_new_mail(dovecot, session_factory):
    source = imap_source(dovecot.port, session_factory)
    assert list(source.fetch()) == []
    appended = _append_later(dovecot, 0.3, 1)
    assert source.wait(10) is True
    woke = time.monotonic()
    assert appended and woke - appended[0] < 1.0
    assert message_ids(source.fetch()) == ["<req-1@example.org>"]


def test_idle_times_out_quietly_without_mail(dovecot, session_factory):
    source = imap_source(dovecot.port, session_factory)
    list(source.fetch())
    started = time.monotonic()
    assert source.wait(0.5) is False
    assert 0.4 < time.monotonic() - started < 2


def test_mail_arriving_between_fetch_and_wait_is_not_missed(dovecot, session_factory):
    source = imap_source(dovecot.port, session_factory)
    list(source.fetch())
    dovecot.append(SERVICE, make_mail(1))
    started = time.monotonic()
    assert source.wait(3) is True
    assert time.monotonic() - started < 0.5


def test_idle_is_renewed_and_still_hears_mail(dovecot, session_factory, monkeypatch):
    started: list[float] = []
    real_idle = IMAPClient.idle

    def counting_idle(self):
        started.append(time.monotonic())
        return real_idle(self)

    monkeypatch.setattr(IMAPClient, "idle", counting_idle)
    source = imap_source(dovecot.port, session_factory, idle_renew=0.2)
    list(source.fetch())
    appended = _append_later(dovecot, 0.9, 1)  # after several renewals
    assert source.wait(5) is True
    assert time.monotonic() - appended[0] < 1.0
    assert len(started) >= 4  # IDLE was ended and begun again every 0.2 s


def test_polling_when_idle_is_off(dovecot, session_factory):
    source = imap_source(dovecot.port, session_factory, idle=False)
    list(source.fetch())
    assert source.wait(0.2) is False
    dovecot.append(SERVICE, make_mail(1))
    assert source.wait(0.2) is True


def test_watcher_thread_and_poller_share_a_source(dovecot, session_factory):
    """The daemon IDLEs in one thread while the poll job reads and moves mail in another."""
    source = imap_source(dovecot.port, session_factory)
    list(source.fetch())
    woke: list[bool] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                woke.append(source.wait(0.3))
            except BaseException as exc:
                errors.append(exc)
                return

    watcher = threading.Thread(target=watch)
    watcher.start()
    done: list[str] = []
    try:
        for n in range(1, 6):
            dovecot.append(SERVICE, make_mail(n))
            time.sleep(0.4)  # give the watcher time to hear it
            for raw in source.fetch():
                source.mark_done(raw)
                done += message_ids([raw])
    finally:
        stop.set()
        watcher.join(5)
    assert errors == []
    assert done == [f"<req-{n}@example.org>" for n in range(1, 6)]
    assert True in woke

"""`once` with mail to read builds the understander in a background thread while the inboxes are opened:
the pass gets that same understander, a build that fails there is made again (and fails) where the mail
is read, and the reading process is never forked in the middle of a build."""

from __future__ import annotations

import multiprocessing
import threading
import time
from typing import Any, ClassVar, cast

import pytest

import mailbot.understand
from mailbot.app import LazyUnderstander


class Slow:
    """Stands for the Understander: notes the thread that built it, takes a while, fails if told."""

    built: ClassVar[list[str]] = []
    fail = False

    def __init__(self, *_args: object) -> None:
        time.sleep(0.3)
        if Slow.fail:
            raise RuntimeError("rules unreadable")
        Slow.built.append(threading.current_thread().name)


@pytest.fixture
def lazy(monkeypatch: pytest.MonkeyPatch) -> LazyUnderstander:
    Slow.built, Slow.fail = [], False
    monkeypatch.setattr(mailbot.understand, "Understander", Slow)
    return LazyUnderstander(cast(Any, None), lambda _address: False, ("service@desk.test",))


def test_the_pass_gets_the_understander_built_in_the_background(lazy: LazyUnderstander) -> None:
    lazy.start()
    built = lazy.get()
    assert isinstance(built, Slow) and lazy.get() is built
    assert Slow.built == ["understander-preload"]
    lazy.start()  # already built: nothing more
    time.sleep(0.05)
    assert Slow.built == ["understander-preload"]


def test_a_failed_background_build_fails_where_the_mail_is_read(lazy: LazyUnderstander) -> None:
    Slow.fail = True
    lazy.start()
    with pytest.raises(RuntimeError, match="rules unreadable"):
        lazy.get()
    Slow.fail = False
    assert isinstance(lazy.get(), Slow) and Slow.built == ["MainThread"]


def _child(lazy: LazyUnderstander, answer: Any) -> None:
    answer.put(lazy._built is not None and not lazy._lock.locked())


def test_the_reading_process_is_forked_after_the_build_not_during_it(lazy: LazyUnderstander) -> None:
    lazy.start()
    context = multiprocessing.get_context("fork")
    answer = context.Queue()
    child = context.Process(target=_child, args=(lazy, answer))
    child.start()  # the build is still under way: the fork waits for it
    assert answer.get(timeout=30) is True
    child.join(30)
    assert child.exitcode == 0

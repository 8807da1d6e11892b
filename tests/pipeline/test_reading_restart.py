"""A reading process that breaks is replaced later, on a delay that doubles; one that keeps breaking is not.

Every test forks real reading processes and kills (SIGKILL) or stops (SIGSTOP) them; the delays run on a
clock the test moves, never on the time the test takes."""

from __future__ import annotations

import logging
import os
import signal
from concurrent.futures import Future
from email.message import EmailMessage
from typing import Any

import pytest

import mailbot.pipeline as pipeline
from mailbot.app import make_sources
from mailbot.reading import BREAKS_PER_HOUR, HEALTHY_SECONDS, ReadBatch, ReadingPool, read_batch
from mailbot.values import Extraction, InboundMail, RawMail
from tests.pipeline.helpers import customer_mail, drop, inbound, tickets


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class WhoRead:
    """An understander that says which process read the mail (in the summary): enough to follow batches."""

    def understand_many(self, mails: list[InboundMail]) -> list[Extraction]:
        return [
            Extraction(
                kind="new_request",
                should_auto_reply=True,
                customer_email=None,
                forwarded_by=None,
                defect_summary=f"{os.getpid()}:{mail.subject}",
            )
            for mail in mails
        ]


def raw(n: int) -> RawMail:
    msg = EmailMessage()
    msg["From"] = f"Petra Lind <petra{n}@fibre-north.example.se>"
    msg["To"] = "service@lumatek-example.com"
    msg["Subject"] = f"Transceiver {n} keeps dropping the link"
    msg["Message-ID"] = f"<drop-{n}@fibre-north.example.se>"
    msg.set_content(f"Hello,\nthe SFP in port {n} loses the link every hour.\nPetra\n")
    return RawMail(data=msg.as_bytes(), source="inbox", key=f"k{n}")


def batch(*numbers: int) -> list[RawMail]:
    return [raw(n) for n in numbers]


def readers(read: ReadBatch | None) -> set[int]:
    """The processes that read a batch."""
    assert read is not None
    return {int(found.defect_summary.split(":")[0]) for found in read.found}


def reading_log(caplog: Any) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "mailbot.reading"]


def gone(pid: int) -> bool:
    """The process no longer exists (killed and reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def seconds() -> Clock:
    return Clock()


@pytest.fixture
def pool(seconds: Clock) -> Any:
    made = ReadingPool(WhoRead, timeout=5.0, clock=seconds)
    yield made
    made.close()


def break_it(pool: ReadingPool, how: signal.Signals = signal.SIGKILL) -> int:
    """Start a reading process if there is none, then kill or stop it; the batch handed next comes back
    unread (None) and the process is gone."""
    read = pool.result(pool.submit(batch(1, 2)))
    [pid] = readers(read)
    assert pid != os.getpid()  # read in a reading process, never here
    os.kill(pid, how)
    assert pool.result(pool.submit(batch(3, 4))) is None
    assert pool.pids() == () and pool.broken
    return pid


def test_a_killed_reading_process_is_replaced_once_the_delay_is_over(pool, seconds, caplog):
    with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
        first = break_it(pool)
    assert gone(first)
    assert "another reading process is started in 1 min" in reading_log(caplog)[-1].getMessage()

    seconds.now += 59
    assert pool.submit(batch(5, 6)) is None  # not yet: read here
    assert pool.pids() == ()
    seconds.now += 1
    read = pool.result(pool.submit(batch(5, 6)))
    assert read is not None and [m.message_id for m in read.mails] == [
        "drop-5@fibre-north.example.se",
        "drop-6@fibre-north.example.se",
    ]
    [second] = readers(read)
    assert second != first and second != os.getpid() and pool.pids() == (second,)
    assert not pool.broken


def test_a_stopped_reading_process_is_killed_and_replaced(seconds, caplog):
    pool = ReadingPool(WhoRead, timeout=2.0, clock=seconds)
    try:
        with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
            stopped = break_it(pool, signal.SIGSTOP)
        assert gone(stopped)  # a stopped process never answers again: it is killed, not left behind
        assert "no answer in 2 s" in reading_log(caplog)[-1].getMessage()
        seconds.now += 60
        [again] = readers(pool.result(pool.submit(batch(7, 8))))
        assert again != stopped
    finally:
        pool.close()


def test_the_other_batch_handed_to_a_broken_process_breaks_nothing_more(seconds, caplog):
    pool = ReadingPool(WhoRead, timeout=2.0, clock=seconds)
    try:
        [pid] = readers(pool.result(pool.submit(batch(1, 2))))
        os.kill(pid, signal.SIGSTOP)
        first, second = pool.submit(batch(3, 4)), pool.submit(batch(5, 6))  # as a backlog hands them
        with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
            assert pool.result(first) is None
            seconds.now += 60  # a new process is due: the old one's batch must not stop it
            assert pool.result(second) is None
        assert len(reading_log(caplog)) == 1
        [new] = readers(pool.result(pool.submit(batch(7, 8))))
        assert new != pid and not pool.broken
    finally:
        pool.close()


def test_the_delay_doubles_and_too_many_breaks_in_an_hour_keep_reading_here(pool, seconds, caplog):
    assert BREAKS_PER_HOUR == 3
    with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
        break_it(pool)
        seconds.now += 60
        break_it(pool)
        assert "started in 2 min" in reading_log(caplog)[-1].getMessage()
        seconds.now += 119
        assert pool.submit(batch(1, 2)) is None  # the second delay is twice the first
        seconds.now += 1
        break_it(pool)  # the third break within the hour
        seconds.now += 10 * 3600
        assert pool.submit(batch(9, 10)) is None
        assert pool.submit(batch(11, 12)) is None
    assert pool.given_up and pool.pids() == ()
    given_up = [r.getMessage() for r in reading_log(caplog) if "from now on" in r.getMessage()]
    assert len(given_up) == 1 and "3 times within an hour" in given_up[0]
    assert len(reading_log(caplog)) == 3


def test_breaks_more_than_an_hour_apart_never_add_up(pool, seconds):
    for _ in range(BREAKS_PER_HOUR + 2):
        break_it(pool)
        seconds.now += 2 * 3600  # past any delay, and the break is no longer within the hour
    assert not pool.given_up
    assert readers(pool.result(pool.submit(batch(1, 2))))


def test_an_hour_without_a_break_starts_the_delays_again(pool, seconds, caplog):
    with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
        break_it(pool)
        seconds.now += 60
        for _ in range(3):  # started again at once, then a healthy hour over several processes
            assert readers(pool.result(pool.submit(batch(1, 2))))
            pool.close()  # as when one has read its share and the next one takes over
            seconds.now += HEALTHY_SECONDS / 3
        break_it(pool)
    assert "started in 1 min" in reading_log(caplog)[-1].getMessage()
    seconds.now += 60
    assert readers(pool.result(pool.submit(batch(1, 2))))


def test_without_a_healthy_hour_the_delay_goes_on_doubling(pool, seconds, caplog):
    with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
        break_it(pool)
        seconds.now += 60
        assert readers(pool.result(pool.submit(batch(1, 2))))
        pool.close()
        seconds.now += HEALTHY_SECONDS - 1
        break_it(pool)
    assert "started in 2 min" in reading_log(caplog)[-1].getMessage()


def test_a_closed_reading_process_is_no_break(pool, seconds):
    [first] = readers(pool.result(pool.submit(batch(1, 2))))
    pool.close()
    assert not pool.broken and gone(first)
    [second] = readers(pool.result(pool.submit(batch(3, 4))))  # at once: no delay
    assert second != first


def test_a_reading_process_that_read_its_share_is_replaced_after_the_batches_in_hand(seconds, caplog):
    pool = ReadingPool(WhoRead, clock=seconds, recycle_mails=4)
    try:
        with caplog.at_level(logging.DEBUG, logger="mailbot.reading"):
            first, second = pool.submit(batch(1, 2)), pool.submit(batch(3, 4))  # 4 mails: its share
            [old] = pool.pids()
            third = pool.submit(batch(5, 6))
            [new] = pool.pids()
            reads = [pool.result(first), pool.result(second), pool.result(third)]
        assert [readers(r) for r in reads] == [{old}, {old}, {new}] and new != old
        assert [m.message_id.split("@")[0] for r in reads if r for m in r.mails] == [f"drop-{n}" for n in range(1, 7)]
        assert gone(old) and not pool.broken
        assert not [r for r in reading_log(caplog) if r.levelno >= logging.WARNING]
    finally:
        pool.close()


# --- through the pipeline -------------------------------------------------------------------------

BODY = "Hi,\nthe OZ-SFP-10G-LR in rack {n} shows no link since Monday.\nPO 45000{n:05d}, S/N OZ24{n:06d}\nKarin\n"


def requests(ctx: Any, first: int, count: int) -> list[str]:
    ids = []
    for n in range(first, first + count):
        ids.append(f"nolink-{n}@telco-{n}.example.fi")
        drop(
            ctx,
            customer_mail(
                f"karin{n}@telco-{n}.example.fi", f"No link rack {n}", BODY.format(n=n), message_id=f"<{ids[-1]}>"
            ),
        )
    return ids


def test_a_backlog_loses_nothing_to_a_stopped_reading_process_and_the_next_pass_has_a_new_one(make_ctx, caplog):
    ctx = make_ctx()
    clock = Clock()
    pool = ReadingPool(ctx.understander.get, timeout=3.0, clock=clock)
    seen: list[tuple[int, ...]] = []  # the reading process at each batch
    stopped: list[int] = []
    real = pool.result

    def result(handed: Any) -> Any:
        if not stopped:  # the first batch: the process stops before it answers
            stopped.extend(pool.pids())
            os.kill(stopped[0], signal.SIGSTOP)
        seen.append(pool.pids())
        return real(handed)

    pool.result = result  # type: ignore[method-assign]
    [source] = make_sources(ctx)
    source.batch_size = 3
    try:
        first = requests(ctx, 0, 10)
        with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
            report = pipeline.process_source(source, ctx, reader=pool)
        assert seen[0] == tuple(stopped)
        assert [o.message_id for o in report.outcomes] == first
        assert [o.status for o in report.outcomes] == ["processed"] * 10
        assert gone(stopped[0]) and len(reading_log(caplog)) == 1

        clock.now += 60
        seen.clear()
        later = requests(ctx, 10, 7)
        again = pipeline.process_source(source, ctx, reader=pool)
        assert [o.message_id for o in again.outcomes] == later
        assert [o.status for o in again.outcomes] == ["processed"] * 7
        assert seen and all(pids and stopped[0] not in pids and os.getpid() not in pids for pids in seen)
    finally:
        pool.close()
    assert len(tickets(ctx)) == 17
    ids = [m.message_id for m in inbound(ctx)]
    assert sorted(ids) == sorted(first + later)  # each mail recorded once


class Recorder:
    """The reading process's contract, run here: records which batches were handed over."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.handed: list[list[str]] = []

    def submit(self, raws: list[RawMail]) -> Future[ReadBatch | None]:
        self.handed.append([r.key for r in raws])
        future: Future[ReadBatch | None] = Future()
        future.set_result(read_batch(tuple(r.data for r in raws), self.ctx.understander))
        return future

    def result(self, handed: Future[ReadBatch | None] | None) -> ReadBatch | None:
        return handed.result() if handed is not None else None


def test_a_batch_of_many_bytes_is_read_here_not_copied_to_the_reading_process(make_ctx, monkeypatch):
    monkeypatch.setattr(pipeline, "HANDED_BYTES", 64 * 1024)
    ctx = make_ctx()
    requests(ctx, 0, 2)
    photo = bytes(range(256)) * 200  # 50 KiB of JPEG, 68 KiB in base64
    for n in (2, 3):
        drop(
            ctx,
            customer_mail(
                f"karin{n}@telco-{n}.example.fi",
                f"Photos rack {n}",
                BODY.format(n=n),
                attachments=(("label.jpg", "image/jpeg", photo),),
            ),
        )
    requests(ctx, 4, 2)
    [source] = make_sources(ctx)
    source.batch_size = 2
    reader = Recorder(ctx)
    report = pipeline.process_source(source, ctx, reader=reader)  # type: ignore[arg-type]

    assert [o.status for o in report.outcomes] == ["processed"] * 6
    assert len(reader.handed) == 2  # the first and the last batch; the photos were read here
    assert len(tickets(ctx)) == 6

"""A backlog is parsed and understood in a second process while this one applies the batch before it.

Most tests use an in-process stand-in for the reading process (same contract: a batch handed over comes
back read, or None: read here); the last ones fork a real one and kill it."""

from __future__ import annotations

import logging
import os
import signal
from concurrent.futures import Future
from typing import Any

import pytest
from pydantic import ValidationError

import mailbot.pipeline as pipeline
from mailbot.app import make_sources
from mailbot.config import Ingest
from mailbot.reading import ReadBatch, ReadingPool, read_batch
from mailbot.schedule.daemon import Worker
from mailbot.values import RawMail
from tests.pipeline.helpers import customer_mail, drop, inbound, tickets

BODY = (
    "Good morning,\n\nthe QX-40G-SR4 optic we bought last spring stopped passing traffic: the port flaps "
    "every few minutes.\nOrder: PO-7781-{n:03d}\nSerial: QX9{n:05d}\n\nThanks, Ilse\n"
)


def requests(ctx: Any, count: int) -> list[str]:
    """``count`` distinct repair requests dropped into the inbox in order; their Message-IDs."""
    ids = []
    for n in range(count):
        message_id = f"req-{n}@kabelwerk-{n}.example.nl"
        ids.append(message_id)
        sender = f"ilse{n}@kabelwerk-{n}.example.nl"
        drop(ctx, customer_mail(sender, f"Optic {n} flapping", BODY.format(n=n), message_id=f"<{message_id}>"))
    return ids


class InProcessReader:
    """The reading process's contract, run here: what was handed over, and optionally nothing back."""

    def __init__(self, ctx: Any, *, answers: bool = True) -> None:
        self.ctx = ctx
        self.answers = answers
        self.handed: list[list[str]] = []

    def submit(self, raws: list[RawMail]) -> Future[ReadBatch | None]:
        self.handed.append([raw.key for raw in raws])
        future: Future[ReadBatch | None] = Future()
        future.set_result(read_batch(tuple(r.data for r in raws), self.ctx.understander) if self.answers else None)
        return future

    def result(self, handed: Future[ReadBatch | None] | None) -> ReadBatch | None:
        return handed.result() if handed is not None else None


def small_batches(ctx: Any, size: int) -> Any:
    [source] = make_sources(ctx)
    source.batch_size = size  # several batches from a handful of mails
    return source


def test_a_backlog_is_read_apart_and_applied_in_the_inbox_order(make_ctx):
    ctx = make_ctx()
    ids = requests(ctx, 7)
    reader = InProcessReader(ctx)
    report = pipeline.process_source(small_batches(ctx, 3), ctx, reader=reader)  # type: ignore[arg-type]

    assert [o.message_id for o in report.outcomes] == ids
    assert [o.status for o in report.outcomes] == ["processed"] * 7
    # Batches of 3, 3 and 1: both full ones were handed over; the lone mail has no batch path.
    assert [len(keys) for keys in reader.handed] == [3, 3]
    # Applied in order: the tickets were opened in the order the mails came.
    assert [t.customer_email for t in tickets(ctx)] == [f"ilse{n}@kabelwerk-{n}.example.nl" for n in range(7)]
    assert len(os.listdir(ctx.settings.sources[0].path / "new")) == 0


def test_a_single_batch_is_read_here_without_the_hop(make_ctx):
    ctx = make_ctx()
    requests(ctx, 4)
    reader = InProcessReader(ctx)
    report = pipeline.process_source(small_batches(ctx, 100), ctx, reader=reader)  # type: ignore[arg-type]

    assert reader.handed == []
    assert [o.status for o in report.outcomes] == ["processed"] * 4


def test_nothing_back_from_the_reader_means_the_batch_is_read_here(make_ctx):
    ctx = make_ctx()
    ids = requests(ctx, 6)
    reader = InProcessReader(ctx, answers=False)
    report = pipeline.process_source(small_batches(ctx, 2), ctx, reader=reader)  # type: ignore[arg-type]

    assert len(reader.handed) == 3
    assert [o.message_id for o in report.outcomes] == ids
    assert len(tickets(ctx)) == 6


def test_a_malformed_mail_in_a_handed_batch_is_still_quarantined_with_its_reason(make_ctx):
    ctx = make_ctx()
    requests(ctx, 2)
    drop(ctx, b"\x00\x07 not a mail, only noise \xfe\xff")
    for n in range(2, 6):
        drop(ctx, customer_mail(f"p{n}@glasvezel.example.be", f"Link down {n}", BODY.format(n=n)))
    reader = InProcessReader(ctx)
    report = pipeline.process_source(small_batches(ctx, 3), ctx, reader=reader)  # type: ignore[arg-type]

    assert sorted(o.status for o in report.outcomes) == ["processed"] * 6 + ["quarantined"]
    [kept] = [m for m in inbound(ctx) if m.status == "quarantined"]
    assert kept.reason
    assert len(tickets(ctx)) == 6


def test_a_reading_of_another_batch_is_not_used(make_ctx):
    ctx = make_ctx()
    requests(ctx, 3)
    raws = list(make_sources(ctx)[0].fetch())
    other = read_batch(tuple(r.data for r in raws[:2]), ctx.understander)
    outcomes = pipeline.process_batch(raws, ctx, other)

    assert outcomes is not None and [o.status for o in outcomes] == ["processed"] * 3


def test_the_setting():
    assert Ingest().understand_processes == "auto"
    assert Ingest().reading_processes(2) == 1
    assert Ingest().reading_processes(1) == 0
    assert Ingest().reading_processes(None) == 0
    assert Ingest(understand_processes="0").reading_processes(8) == 0  # type: ignore[arg-type]
    assert Ingest(understand_processes="1").reading_processes(1) == 1  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Ingest(understand_processes=2)
    with pytest.raises(ValidationError):
        Ingest(understand_processes="many")  # type: ignore[arg-type]


def test_no_reading_process_when_the_setting_says_0(make_ctx):
    assert pipeline.reading_pool(make_ctx(ingest=Ingest(understand_processes=0))) is None
    assert Worker(make_ctx(ingest=Ingest(understand_processes=0)), []).reader is None
    assert isinstance(pipeline.reading_pool(make_ctx(ingest=Ingest(understand_processes=1))), ReadingPool)


# --- a real reading process -----------------------------------------------------------------------


def test_the_reading_process_reads_as_this_one_does(make_ctx):
    ctx = make_ctx(ingest=Ingest(understand_processes=1))
    requests(ctx, 3)
    drop(ctx, customer_mail("noreply@ticketing.example.net", "Auto: received", "We got your message."))
    raws = list(make_sources(ctx)[0].fetch())
    pool = pipeline.reading_pool(ctx)
    assert pool is not None
    try:
        there = pool.result(pool.submit(raws))
        assert pool.pids() and os.getpid() not in pool.pids()
    finally:
        pool.close()
    assert there == read_batch(tuple(r.data for r in raws), ctx.understander)
    assert pool.pids() == ()


def test_a_backlog_through_the_reading_process(make_ctx):
    ctx = make_ctx(ingest=Ingest(understand_processes=1))
    ids = requests(ctx, 9)
    worker = Worker(ctx, [small_batches(ctx, 4)])
    assert worker.reader is not None
    children: list[tuple[int, ...]] = []
    real = worker.reader.result

    def result(handed: Any) -> Any:
        children.append(worker.reader.pids())  # type: ignore[union-attr]
        return real(handed)

    worker.reader.result = result  # type: ignore[method-assign]
    [report] = worker.once()

    assert [o.message_id for o in report.outcomes] == ids
    assert [o.status for o in report.outcomes] == ["processed"] * 9
    assert len(children) == 3 and all(pids and os.getpid() not in pids for pids in children)
    assert worker.reader.pids() == ()  # `once` leaves no process behind


def test_a_killed_reading_process_loses_nothing_and_doubles_nothing(make_ctx, caplog):
    ctx = make_ctx(ingest=Ingest(understand_processes=1))
    ids = requests(ctx, 10)
    pool = pipeline.reading_pool(ctx)
    assert pool is not None
    real = pool.result
    killed: list[int] = []

    def result(handed: Any) -> Any:
        if not killed:
            for pid in pool.pids():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
        return real(handed)

    pool.result = result  # type: ignore[method-assign]
    with caplog.at_level(logging.WARNING, logger="mailbot.reading"):
        report = pipeline.process_source(small_batches(ctx, 3), ctx, reader=pool)
        again = pipeline.process_source(small_batches(ctx, 3), ctx, reader=pool)

    assert killed
    assert [o.message_id for o in report.outcomes] == ids
    assert [o.status for o in report.outcomes] == ["processed"] * 10
    assert again.outcomes == ()
    assert len(tickets(ctx)) == 10
    assert pool.broken and pool.submit([]) is None
    assert [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "reading process stopped" in caplog.records[0].getMessage()
    pool.close()


def test_a_full_delivery_round_asks_for_another_at_once(make_ctx, monkeypatch):
    """A backlog read quickly queues more replies than one delivery round sends: the next round must
    not wait for the outbox thread's periodic look."""
    import mailbot.schedule.daemon as daemon
    from mailbot.schedule.delivery import DeliveryReport

    reports = iter([DeliveryReport(sent=daemon.DELIVERY_ROUND - 3, deferred=3), DeliveryReport(sent=7)])
    monkeypatch.setattr(daemon, "deliver_due", lambda *args, **kwargs: next(reports))
    worker = Worker(make_ctx(), [])
    assert worker.deliver() is True
    assert worker.deliver() is False

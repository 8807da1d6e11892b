"""A backlog's replies go out while the pass goes on: `once` sends each committed batch's replies while
the next batch is read and applied, not all of them after the last batch."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import mailbot.pipeline as pipeline
from mailbot.app import make_sources
from mailbot.schedule.daemon import SWITCH_SECONDS, Worker
from mailbot.values import RawMail
from tests.pipeline.helpers import customer_mail, drop, outbox

BODY = "The OZ-SFP-10G-LR in rack 4 lost its link last night, no Rx light.\nOrder No.: SO-2026-0420\n"
WAIT_SECONDS = 20.0  # far longer than sending one reply takes; only a test that fails ever waits it out


def test_the_first_batchs_replies_are_sent_before_the_next_batch_is_read(make_ctx, monkeypatch):
    ctx = make_ctx()
    for n in range(4):
        drop(ctx, customer_mail(f"ops{n}@carrier-{n}.example.de", f"Link down {n}", BODY, message_id=f"<p{n}@x.de>"))
    monkeypatch.setattr(pipeline, "BATCH", 2)  # two batches of two mails
    sent = threading.Event()
    real_send = ctx.transport.send

    def send(sender: str, recipients, raw: bytes) -> None:  # type: ignore[no-untyped-def]
        real_send(sender, recipients, raw)
        sent.set()

    monkeypatch.setattr(ctx.transport, "send", send)
    [source] = make_sources(ctx)
    real_fetch = source.fetch
    waited: list[bool] = []
    switch: list[float] = []

    def fetch() -> Iterator[RawMail]:
        switch.append(sys.getswitchinterval())
        for n, raw in enumerate(real_fetch()):
            if n == 2:  # the second batch is only handed out once a reply of the first went out
                waited.append(sent.wait(WAIT_SECONDS))
            yield raw

    monkeypatch.setattr(source, "fetch", fetch)
    worker = Worker(ctx, [source])
    worker.reader = None  # read here: no batch is fetched ahead of the one applied
    before = sys.getswitchinterval()
    [report] = worker.once()
    # The outbox thread gets its turn often while the pass runs (it waits on the relay four times a
    # mail); the interpreter's own setting is back once the pass is over.
    assert switch and max(switch) <= SWITCH_SECONDS
    assert sys.getswitchinterval() == before
    assert sorted(o.status for o in report.outcomes) == ["processed"] * 4
    assert waited == [True]
    rows = outbox(ctx)
    assert rows and all(r.status == "sent" for r in rows)  # and the last batch's replies too, by the end

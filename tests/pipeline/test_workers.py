"""Several workers on one database (PostgreSQL in CI): the same mail never becomes two tickets or replies."""

from __future__ import annotations

import threading

from tests.pipeline.helpers import customer_mail, drop, outbox, run_once, tickets


def test_two_workers_racing_over_one_inbox(make_ctx):
    first, second = make_ctx(), make_ctx()  # two engines, as two processes would have
    for n in range(12):
        drop(
            first,
            customer_mail(
                f"buyer{n}@shop{n}.example.com",
                f"Broken unit {n}",
                f"The OZ-SFP-10G-LR does not link, no light.\nOrder No.: SO-2026-{n:04d}\nS/N: OZ2311A{n:04d}\n",
                message_id=f"<race-{n}@shop.example.com>",
            ),
        )
    errors: list[BaseException] = []

    def work(ctx):
        try:
            run_once(ctx)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ctx,)) for ctx in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)

    assert errors == []
    assert len(tickets(first)) == 12
    assert len({t.rma for t in tickets(first)}) == 12
    rows = outbox(first)
    assert len(rows) == 24  # per ticket: acknowledgement + the rep's confirmation request
    assert all(r.status == "sent" for r in rows)

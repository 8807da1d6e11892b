"""A fetched batch is one transaction; a mail that fails inside it does not take the others down."""

from __future__ import annotations

import os

from sqlalchemy import event

import mailbot.pipeline as pipeline
from tests.pipeline.helpers import customer_mail, drop, inbound, outbox, run_once, tickets

BODY = "The OZ-SFP-10G-LR does not link up, no Rx light.\nOrder No.: SO-2026-0815\nS/N: OZ2311A0042\n"


def _commits(engine) -> list[int]:
    seen: list[int] = []
    event.listen(engine, "commit", lambda conn: seen.append(1))
    return seen


def test_a_batch_of_requests_is_committed_once(make_ctx):
    ctx = make_ctx()
    for n in range(5):
        drop(ctx, customer_mail(f"c{n}@fibrenet-{n}.example.pt", f"Faulty SFP {n}", BODY, message_id=f"<b{n}@x.pt>"))
    batches: list[int] = []
    real = pipeline.process_batch
    pipeline.process_batch = lambda raws, c: batches.append(len(raws)) or real(raws, c)  # type: ignore[assignment]
    try:
        outcomes = run_once(ctx)
    finally:
        pipeline.process_batch = real  # type: ignore[assignment]
    assert batches == [5]
    assert sorted(o.status for o in outcomes) == ["processed"] * 5
    assert len(tickets(ctx)) == 5
    assert {m.status for m in inbound(ctx)} == {"processed"}
    assert all(r.status == "sent" for r in outbox(ctx))


def test_one_transaction_for_the_whole_batch(make_ctx, monkeypatch):
    ctx = make_ctx()
    mails = [customer_mail(f"c{n}@fibre-{n}.example.pt", f"SFP {n}", BODY, message_id=f"<t{n}@x.pt>") for n in range(4)]
    raws = [pipeline.RawMail(data=m, source="inbox", key=str(n)) for n, m in enumerate(mails)]
    commits = _commits(ctx.engine)
    rendered: list[int] = []
    real = pipeline.render_pending

    def render_pending(sessions, env, message_ids=None, limit=500):  # type: ignore[no-untyped-def]
        rendered.append(len(commits))  # commits made before the replies are rendered
        return real(sessions, env, message_ids, limit)

    monkeypatch.setattr(pipeline, "render_pending", render_pending)
    outcomes = pipeline.process_batch(raws, ctx)
    assert outcomes is not None and [o.status for o in outcomes] == ["processed"] * 4
    # The mails' effects in one commit; then their replies rendered together, in one more.
    assert rendered == [1]
    assert len(commits) == 2
    assert len(tickets(ctx)) == 4
    assert len(outbox(ctx)) >= 4 and all(r.status == "queued" for r in outbox(ctx))


def test_a_failing_mail_is_quarantined_and_the_rest_of_its_batch_processed(make_ctx, monkeypatch):
    ctx = make_ctx()
    for n in range(3):
        drop(ctx, customer_mail(f"c{n}@fibre-{n}.example.pt", f"SFP {n}", BODY, message_id=f"<f{n}@x.pt>"))
    real = pipeline._apply_mail

    def apply_or_fail(session, raw, mail, *args):  # type: ignore[no-untyped-def]
        if mail.message_id == "f1@x.pt":
            raise RuntimeError("this mail breaks the pipeline")
        return real(session, raw, mail, *args)

    monkeypatch.setattr(pipeline, "_apply_mail", apply_or_fail)
    outcomes = run_once(ctx)
    by_id = {o.message_id: o.status for o in outcomes}
    assert by_id == {"f0@x.pt": "processed", "f1@x.pt": "quarantined", "f2@x.pt": "processed"}
    assert len(tickets(ctx)) == 2
    inbox = ctx.settings.sources[0].path
    assert len(os.listdir(inbox / ".Processed" / "cur")) == 2
    assert not os.listdir(inbox / "new")


def test_a_mail_already_seen_in_a_batch_is_a_duplicate(make_ctx):
    ctx = make_ctx()
    first = customer_mail("maria@fibrenet.example.pt", "SFP", BODY, message_id="<again@x.pt>")
    drop(ctx, first)
    run_once(ctx)
    drop(ctx, first)
    drop(ctx, customer_mail("joao@fibrenet.example.pt", "SFP", BODY, message_id="<new@x.pt>"))
    outcomes = run_once(ctx)
    assert sorted((o.message_id, o.status) for o in outcomes) == [
        ("again@x.pt", "duplicate"),
        ("new@x.pt", "processed"),
    ]
    assert len(tickets(ctx)) == 2


def test_blobs_of_a_batch_are_made_durable_with_one_sync(tmp_path, monkeypatch):
    from mailbot.store import blobs

    store = blobs.BlobStore(tmp_path / "blobs")
    fsyncs: list[int] = []
    monkeypatch.setattr(blobs.os, "fsync", lambda fd: fsyncs.append(fd))
    synced: list[int] = []
    real = blobs._SYNCFS
    monkeypatch.setattr(blobs, "_SYNCFS", lambda fd: synced.append(fd) or real(fd))  # type: ignore[misc,operator]
    with store.batch():
        digests = [store.put(f"mail {n}".encode()) for n in range(10)]
    assert fsyncs == [] and len(synced) == 1
    assert [store.get(d) for d in digests] == [f"mail {n}".encode() for n in range(10)]
    store.put(b"alone")  # outside a batch: the file and its directory are synced at once
    assert len(fsyncs) == 2

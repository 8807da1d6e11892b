"""A fetched batch is one transaction; a mail that fails inside it does not take the others down."""

from __future__ import annotations

import os

from sqlalchemy import event

import mailbot.pipeline as pipeline
from mailbot.store.models import AttachmentRow, Event, Message
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
    pipeline.process_batch = lambda raws, c, *read: batches.append(len(raws)) or real(raws, c, *read)  # type: ignore[assignment]
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


def _inserts_by_table(engine) -> dict[str, int]:
    seen: dict[str, int] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def count(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO"):
            table = statement.split()[2]
            seen[table] = seen.get(table, 0) + 1

    return seen


def test_a_batch_writes_its_events_replies_and_attachments_a_table_at_a_time(make_ctx):
    ctx = make_ctx()
    pdf = ("photo.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")
    mails = [
        customer_mail(f"c{n}@fibre-{n}.example.pt", f"SFP {n}", BODY, message_id=f"<w{n}@x.pt>", attachments=(pdf,))
        for n in range(6)
    ]
    raws = [pipeline.RawMail(data=m, source="inbox", key=str(n)) for n, m in enumerate(mails)]
    inserts = _inserts_by_table(ctx.engine)
    real = pipeline._render
    pipeline._render = lambda c, ids: None  # type: ignore[assignment]  # the batch's own statements only
    try:
        outcomes = pipeline.process_batch(raws, ctx)
    finally:
        pipeline._render = real  # type: ignore[assignment]
    assert outcomes is not None and [o.status for o in outcomes] == ["processed"] * 6
    assert len(tickets(ctx)) == 6
    # One statement per table for the whole batch, where each row was an INSERT of its own.
    assert inserts["event"] == 1 and inserts["outbox"] == 1 and inserts["attachment"] == 1
    assert len(outbox(ctx)) >= 6
    with pipeline.Session(ctx.engine) as s:
        assert len(s.exec(pipeline.select(AttachmentRow)).all()) == 6


def test_a_staff_mail_in_the_batch_comes_after_the_replies_to_the_mail_before_it(make_ctx):
    """A ticket's mails are read newest first by id (threading): the rows of the replies a mail caused
    are written before the next mail of the same ticket, even when the batch keeps them back."""
    ctx = make_ctx()
    request = customer_mail("c@fibre.example.pt", "SFP", BODY, message_id="<first@x.pt>")
    drop(ctx, request)
    run_once(ctx)
    [ticket] = tickets(ctx)
    follow_up = customer_mail("c@fibre.example.pt", f"Re: [{ticket.rma}] SFP", "Any news?", message_id="<again@x.pt>")
    note = customer_mail(
        "sales@example.com",
        f"Re: [{ticket.rma}] case",
        "#note customer called\n",
        message_id="<note@example.com>",
        headers={"Authentication-Results": "mx.example.com; dkim=pass header.d=example.com"},
    )
    raws = [pipeline.RawMail(data=m, source="inbox", key=str(n)) for n, m in enumerate((follow_up, note))]
    outcomes = pipeline.process_batch(raws, ctx)
    assert outcomes is not None and [o.status for o in outcomes] == ["processed"] * 2
    with pipeline.Session(ctx.engine) as s:
        rows = s.exec(
            pipeline.select(Message).where(Message.ticket_id == ticket.id).order_by(pipeline.col(Message.id))
        ).all()
    order = [(m.direction, m.message_id if m.direction == "in" else m.in_reply_to) for m in rows]
    after = order[order.index(("in", "again@x.pt")) :]
    # The follow-up, its reply (to the rep, threaded under their last mail), then the note and its answer.
    assert [d for d, _ in after] == ["in", "out", "in", "out"], order
    assert after[2:] == [("in", "note@example.com"), ("out", "note@example.com")], order


def test_a_batch_writes_its_mails_in_one_insert_and_each_attachment_and_event_names_its_own_mail(make_ctx):
    ctx = make_ctx()
    mails = [
        customer_mail(
            f"c{n}@fibre-{n}.example.pt",
            f"SFP {n}",
            BODY,
            message_id=f"<own{n}@x.pt>",
            attachments=((f"photo-{n}.pdf", "application/pdf", b"%PDF-1.4\n" + bytes(n) + b"%%EOF\n"),),
        )
        for n in range(4)
    ]
    raws = [pipeline.RawMail(data=m, source="inbox", key=str(n)) for n, m in enumerate(mails)]
    inserts = _inserts_by_table(ctx.engine)
    real = pipeline._render
    pipeline._render = lambda c, ids: None  # type: ignore[assignment]  # the batch's own statements only
    try:
        outcomes = pipeline.process_batch(raws, ctx)
    finally:
        pipeline._render = real  # type: ignore[assignment]
    assert outcomes is not None and [o.status for o in outcomes] == ["processed"] * 4
    assert inserts["message"] == 1  # the inbound rows with the outgoing ones, where each was an INSERT
    with pipeline.Session(ctx.engine) as s:
        files = s.exec(
            pipeline.select(AttachmentRow.filename, Message.message_id).join(
                Message, pipeline.col(Message.id) == AttachmentRow.message_row_id
            )
        ).all()
        named = s.exec(
            pipeline.select(Event.ticket_id, Message.ticket_id, Message.direction).join(
                Message, pipeline.col(Message.id) == Event.message_row_id
            )
        ).all()
    assert sorted(files) == [(f"photo-{n}.pdf", f"own{n}@x.pt") for n in range(4)]
    assert len(named) >= 4 and all(e == m and d == "in" for e, m, d in named)  # each on its own ticket's mail

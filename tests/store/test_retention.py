"""Retention drops the raw sent mail and attachment blobs of long-closed tickets, and nothing else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from mailbot.schedule.jobs import retention_now
from mailbot.store.models import AttachmentRow, Event, Message, Outbox, Ticket
from mailbot.store.retention import months_before
from tests.pipeline.helpers import customer_mail, drop, run_once

BODY = "The OZ-SFP-10G-LR does not link up, no Rx light.\nOrder No.: SO-2026-0815\nS/N: OZ2311A0042\n"
PHOTO = b"\x89PNG photo of the broken port"


def _request(ctx, sender: str, photo: bytes) -> None:  # type: ignore[no-untyped-def]
    drop(ctx, customer_mail(sender, "Faulty SFP", BODY, attachments=(("port.png", "image/png", photo),)))


def _close(ctx, rma_index: int, when: datetime) -> int:  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        ticket = s.exec(select(Ticket).order_by(Ticket.id)).all()[rma_index]
        ticket.status, ticket.closed_at, ticket.state_since = "closed", when, when
        s.add(ticket)
        s.commit()
        assert ticket.id is not None
        return ticket.id


def test_months_before_keeps_the_day_where_it_can():
    assert months_before(datetime(2027, 3, 31, 8, tzinfo=UTC), 1) == datetime(2027, 2, 28, 8, tzinfo=UTC)
    assert months_before(datetime(2027, 1, 15, tzinfo=UTC), 13) == datetime(2025, 12, 15, tzinfo=UTC)


def test_old_closed_ticket_loses_raw_mail_and_attachments_but_keeps_its_history(make_ctx, clock):
    ctx = make_ctx(retention_months=12)
    _request(ctx, "maria@fibrenet.example.pt", PHOTO)
    _request(ctx, "joao@other.example.pt", PHOTO + b" (another photo)")
    _request(ctx, "ana@third.example.pt", PHOTO)  # the same bytes as the old ticket's: a shared blob
    run_once(ctx)
    now = clock()
    old = _close(ctx, 0, now - timedelta(days=400))
    lone = _close(ctx, 1, now - timedelta(days=400))
    recent = _close(ctx, 2, now - timedelta(days=30))
    with ctx.sessions() as s:
        atts = {m.ticket_id: a for a, m in s.exec(select(AttachmentRow, Message).join(Message)).all()}
        texts_before = {m.id: m.text for m in s.exec(select(Message)).all()}
    shared, only_lone = atts[old].sha256, atts[lone].sha256
    assert ctx.apply_env.blobs.path(shared).exists() and ctx.apply_env.blobs.path(only_lone).exists()

    report = retention_now(ctx)

    assert report is not None and report.tickets == 2 and report.attachments == 2 and report.blobs_removed == 1
    with ctx.sessions() as s:
        rows = s.exec(select(Outbox)).all()
        assert {r.ticket_id for r in rows if r.raw == b""} == {old, lone}
        assert all(r.raw for r in rows if r.ticket_id == recent)
        atts = {m.ticket_id: a for a, m in s.exec(select(AttachmentRow, Message).join(Message)).all()}
        assert atts[old].sha256 == "" and not atts[old].kept and atts[old].filename == "port.png"
        assert atts[recent].sha256 == shared
        assert {m.id: m.text for m in s.exec(select(Message)).all()} == texts_before
        kinds = [e.ticket_id for e in s.exec(select(Event).where(Event.kind == "retention")).all()]
        assert sorted(kinds) == sorted([old, lone])
    assert ctx.apply_env.blobs.path(shared).exists()  # the recent ticket still needs it
    assert not ctx.apply_env.blobs.path(only_lone).exists()

    again = retention_now(ctx)
    assert again is not None and again.tickets == 0


def test_without_the_setting_nothing_is_dropped(make_ctx, clock):
    ctx = make_ctx()
    _request(ctx, "maria@fibrenet.example.pt", PHOTO)
    run_once(ctx)
    _close(ctx, 0, clock() - timedelta(days=4000))
    assert retention_now(ctx) is None
    with ctx.sessions() as s:
        assert all(r.raw for r in s.exec(select(Outbox)).all())

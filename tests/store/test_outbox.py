"""The outbox: queued first, sent once accepted, retried with backoff, failed with the server's answer."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from mailbot.config import Delivery, Limits
from mailbot.mail.transports.base import PermanentFailure, TemporaryFailure
from mailbot.schedule.delivery import deliver_due
from mailbot.store.models import Message, Outbox, Suppression, Ticket
from mailbot.store.outbox import enqueue, render_pending
from mailbot.values import OutgoingMail


class ScriptedTransport:
    """Answers each send with the next scripted result (None = accepted)."""

    def __init__(self, *results: Exception | None) -> None:
        self.results = list(results)
        self.sent: list[tuple[str, list[str], bytes]] = []

    def send(self, sender, recipients, raw):
        result = self.results.pop(0) if self.results else None
        if result is not None:
            raise result
        self.sent.append((sender, list(recipients), raw))

    def close(self):
        pass


def _ticket(ctx, clock) -> Ticket:
    with ctx.sessions() as s:
        t = Ticket(
            rma="RMA-2026-00007",
            status="rma_issued",
            customer_email="c@x.example",
            created_at=clock(),
            updated_at=clock(),
            state_since=clock(),
        )
        s.add(t)
        s.commit()
        return t


def _queue(ctx, clock, ticket=None, to=("c@x.example",)) -> Outbox | None:
    with ctx.sessions() as s:
        t = s.get(Ticket, ticket.id) if ticket else None
        row = enqueue(
            s,
            OutgoingMail(template="operator_alert", to=to, context={"title": "t", "text": "x"})
            if ticket is None
            else OutgoingMail(template="customer_closed", to=to),
            ticket=t,
            env=ctx.apply_env.send,
            now=clock(),
        )
        s.commit()
        return row


def _rows(ctx):
    with ctx.sessions() as s:
        return list(s.exec(select(Outbox).order_by(Outbox.id)).all())


def test_temporary_failure_is_retried_with_the_same_bytes(make_ctx, clock):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    _queue(ctx, clock, ticket)
    transport = ScriptedTransport(TemporaryFailure("451 try later"), TemporaryFailure("refused"), None)
    policy = Delivery(first_retry_seconds=60, max_retry_seconds=600)

    assert deliver_due(ctx.sessions, transport, policy, clock).deferred == 1
    [row] = _rows(ctx)
    assert row.status == "queued" and row.attempts == 1 and row.last_error == "451 try later"
    assert deliver_due(ctx.sessions, transport, policy, clock).sent == 0  # not due yet
    clock.advance(seconds=61)
    assert deliver_due(ctx.sessions, transport, policy, clock).deferred == 1
    clock.advance(seconds=121)  # backoff doubled
    assert deliver_due(ctx.sessions, transport, policy, clock).sent == 1
    [row] = _rows(ctx)
    assert row.status == "sent" and row.attempts == 3
    assert transport.sent[0][2] == row.raw
    assert f"<{row.message_id}>".encode() in row.raw


def test_permanent_failure_is_kept_with_the_answer(make_ctx, clock):
    ctx = make_ctx()
    _queue(ctx, clock)
    report = deliver_due(ctx.sessions, ScriptedTransport(PermanentFailure("550 5.1.1 no such user")), Delivery(), clock)
    assert report.failed == 1
    [row] = _rows(ctx)
    assert row.status == "failed" and "550" in row.last_error
    with ctx.sessions() as s:
        assert s.exec(select(Message.status).where(Message.direction == "out")).one() == "failed"


def test_gives_up_after_the_retry_window(make_ctx, clock):
    ctx = make_ctx()
    _queue(ctx, clock)
    policy = Delivery(retry_for_hours=1, first_retry_seconds=60, max_retry_seconds=60)
    transport = ScriptedTransport(*[TemporaryFailure("down")] * 100)
    for _ in range(70):
        deliver_due(ctx.sessions, transport, policy, clock)
        clock.advance(seconds=61)
    [row] = _rows(ctx)
    assert row.status == "failed" and row.last_error == "down"


def _due_within(rows, start, hours: float) -> int:
    from datetime import timedelta

    return sum(1 for r in rows if start <= r.next_attempt_at <= start + timedelta(hours=hours))


def test_rate_limit_per_ticket_spreads_a_storm_out_and_drops_nothing(make_ctx, clock):
    ctx = make_ctx(limits=Limits(replies_per_ticket_per_hour=3, replies_per_address_per_hour=100))
    ticket = _ticket(ctx, clock)
    start = clock()
    queued = [_queue(ctx, clock, ticket) for _ in range(7)]
    assert all(q is not None for q in queued)  # deferred, never dropped
    rows = _rows(ctx)
    assert len(rows) == 7 and all(r.status == "queued" for r in rows)
    assert _due_within(rows, start, 0) == 3  # three go now
    assert _due_within(rows, start, 1) == 3  # no hour-long window holds more than three
    assert _due_within(rows, start, 2) == 6
    sent = ScriptedTransport()
    deliver_due(ctx.sessions, sent, Delivery(), clock)
    assert len(sent.sent) == 3
    clock.advance(hours=3)
    deliver_due(ctx.sessions, sent, Delivery(), clock)
    assert len(sent.sent) == 7


def test_rate_limit_per_address(make_ctx, clock):
    ctx = make_ctx(limits=Limits(replies_per_ticket_per_hour=100, replies_per_address_per_hour=2))
    start = clock()
    queued = [_queue(ctx, clock, to=("loop@x.example",)) for _ in range(4)]
    assert all(q is not None for q in queued)
    assert _due_within(_rows(ctx), start, 0) == 2
    other = _queue(ctx, clock, to=("other@x.example",))
    assert other is not None and other.next_attempt_at == start


def test_suppressed_address_gets_nothing(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        s.add(Suppression(email="gone@x.example", reason="5.1.1", since=clock()))
        s.commit()
    held = _queue(ctx, clock, to=("gone@x.example",))
    assert held is not None and held.status == "held"
    sent = ScriptedTransport()
    deliver_due(ctx.sessions, sent, Delivery(), clock)
    assert sent.sent == []  # held while the address is suppressed


def test_a_held_mail_goes_out_once_the_address_writes_again(make_ctx, clock):
    from mailbot.store.suppression import lift_suppression

    ctx = make_ctx()
    with ctx.sessions() as s:
        s.add(Suppression(email="gone@x.example", reason="5.1.1", since=clock()))
        s.commit()
    _queue(ctx, clock, to=("gone@x.example",))
    clock.advance(days=3)
    with ctx.sessions() as s:
        assert lift_suppression(s, "gone@x.example", clock())
        s.commit()
    sent = ScriptedTransport()
    deliver_due(ctx.sessions, sent, Delivery(), clock)
    assert [rcpts for _, rcpts, _ in sent.sent] == [["gone@x.example"]]


def test_a_suppressed_cc_is_left_out_and_the_rest_is_sent(make_ctx, clock):
    ctx = make_ctx()
    with ctx.sessions() as s:
        s.add(Suppression(email="gone@x.example", reason="5.1.1", since=clock()))
        s.commit()
        row = enqueue(
            s,
            OutgoingMail(
                template="operator_alert",
                to=("c@x.example",),
                cc=("Gone@x.example",),
                context={"title": "t", "text": "x"},
            ),
            ticket=None,
            env=ctx.apply_env.send,
            now=clock(),
        )
        s.commit()
    assert row is not None and row.status == "queued" and row.recipients == ["c@x.example"]
    assert b"gone@x.example" not in row.raw.lower()


def test_a_recipient_that_is_not_an_address_is_never_queued(make_ctx, clock):
    ctx = make_ctx()
    assert _queue(ctx, clock, to=("big bug bb@bug.com",)) is None
    assert _rows(ctx) == []
    row = _queue(ctx, clock, to=("big bug bb@bug.com", "kim@netz.example.com"))
    assert row is not None and row.recipients == ["kim@netz.example.com"]


def test_mail_to_our_own_staff_is_never_rate_limited(make_ctx, clock):
    ctx = make_ctx(limits=Limits(replies_per_ticket_per_hour=2, replies_per_address_per_hour=2))
    ticket = _ticket(ctx, clock)
    staff = [_queue(ctx, clock, ticket, to=("sales@example.com",)) for _ in range(5)]
    assert all(q is not None and q.next_attempt_at == clock() for q in staff)  # every confirmation request, now
    customer = [_queue(ctx, clock, ticket) for _ in range(3)]
    assert [q.next_attempt_at > clock() for q in customer if q] == [False, False, True]  # still limited


def test_long_subjects_read_back_exactly(make_ctx, clock):
    import email
    import email.policy

    ctx = make_ctx()
    title = "Please confirm the return request from kim.weber@netz-und-glas.example.com today"
    chinese = "您的售后申请还需要补充信息，请尽快回复，谢谢您的配合与支持，我们将尽快处理您的申请"
    for text in (title, chinese):
        with ctx.sessions() as s:
            row = enqueue(
                s,
                OutgoingMail(template="operator_alert", to=("ops@x.example",), context={"title": text, "text": "x"}),
                ticket=None,
                env=ctx.apply_env.send,
                now=clock(),
            )
            s.commit()
        parsed = email.message_from_bytes(row.raw, policy=email.policy.default)
        assert parsed["Subject"] == f"[mailbot] {text}"
        assert all(len(line) <= 998 for line in row.raw.split(b"\n"))


class DyingTransport(ScriptedTransport):
    """The relay accepts the mail, then the worker dies before it can record "sent"."""

    def send(self, sender, recipients, raw):
        super().send(sender, recipients, raw)
        raise KeyboardInterrupt("killed after the relay accepted")


def test_a_row_found_mid_send_after_a_crash_is_sent_once_more_with_the_same_message_id(make_ctx, clock):
    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    _queue(ctx, clock, ticket)
    dying = DyingTransport()
    try:
        deliver_due(ctx.sessions, dying, Delivery(), clock)
    except KeyboardInterrupt:
        pass
    [row] = _rows(ctx)
    assert row.status == "sending" and row.attempts == 1  # recorded before DATA
    transport = ScriptedTransport()
    assert deliver_due(ctx.sessions, transport, Delivery(), clock).sent == 0  # the lease still runs
    clock.advance(minutes=11)
    assert deliver_due(ctx.sessions, transport, Delivery(), clock).sent == 1
    assert deliver_due(ctx.sessions, transport, Delivery(), clock).sent == 0  # once more, not again
    [row] = _rows(ctx)
    assert row.status == "sent" and row.attempts == 2
    assert dying.sent[0][2] == transport.sent[0][2] == row.raw  # same bytes, same Message-ID


class DyingFileTransport:
    """The file transport delivers the mail, then the worker dies before it can record "sent"."""

    def __init__(self, path):
        from mailbot.mail.transports.file import FileTransport

        self.inner = FileTransport(path)

    def send(self, sender, recipients, raw):
        self.inner.send(sender, recipients, raw)
        raise KeyboardInterrupt("killed after the file was written")

    def close(self):
        pass


def test_a_row_found_mid_send_whose_copy_the_file_transport_holds_is_not_sent_again(make_ctx, clock, tmp_path):
    import email
    import email.policy

    from mailbot.mail.transports.file import FileTransport

    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    _queue(ctx, clock, ticket)
    _queue(ctx, clock, ticket)
    outbox = tmp_path / "outbox"
    try:
        deliver_due(ctx.sessions, DyingFileTransport(outbox), Delivery(), clock)
    except KeyboardInterrupt:
        pass
    assert [r.status for r in _rows(ctx)] == ["sending", "sending"]  # the first written, the second never
    clock.advance(minutes=11)
    report = deliver_due(ctx.sessions, FileTransport(outbox), Delivery(), clock)
    assert report.sent == 2
    files = sorted((outbox / "new").iterdir())
    ids = [email.message_from_bytes(f.read_bytes(), policy=email.policy.default)["Message-ID"] for f in files]
    assert len(files) == 2 and len(set(ids)) == 2  # each mail once: the one already written is not repeated
    assert {r.status for r in _rows(ctx)} == {"sent"}


def test_rows_another_worker_claimed_are_not_sent_again(make_ctx, clock):
    from mailbot.store.outbox import claim_batch

    ctx = make_ctx()
    ticket = _ticket(ctx, clock)
    for _ in range(3):
        _queue(ctx, clock, ticket)
    with ctx.sessions() as s:
        first = claim_batch(s, clock(), 0, 2)
    with ctx.sessions() as s:
        second = claim_batch(s, clock(), 0, 20)
    assert len(first) == 2 and [r.id for r in second] == [_rows(ctx)[2].id]
    assert {r.status for r in _rows(ctx)} == {"sending"}


def _queue_later(ctx, clock, ticket=None, to=("c@x.example",), n=1) -> list[str]:
    """``n`` rows written as "render" in one transaction, as a mail's transaction writes its replies."""
    with ctx.sessions() as s:
        t = s.get(Ticket, ticket.id) if ticket else None
        for _ in range(n):
            enqueue(
                s,
                OutgoingMail(template="customer_closed", to=to)
                if t is not None
                else OutgoingMail(template="operator_alert", to=to, context={"title": "t", "text": "x"}),
                ticket=t,
                env=ctx.apply_env.send,
                now=clock(),
                later=True,
            )
        s.commit()
        return list(s.info["to_render"])


def test_a_row_written_for_later_is_not_rendered_nor_sent_until_render_pending(make_ctx, clock):
    ctx = make_ctx()
    ids = _queue_later(ctx, clock, _ticket(ctx, clock))
    [row] = _rows(ctx)
    assert row.status == "render" and row.raw == b"" and row.pending
    sent = ScriptedTransport()
    assert deliver_due(ctx.sessions, sent, Delivery(), clock).sent == 0 and sent.sent == []
    assert render_pending(ctx.sessions, ctx.apply_env.send, ids) == 1
    assert render_pending(ctx.sessions, ctx.apply_env.send, ids) == 0  # rendered once
    [row] = _rows(ctx)
    assert row.status == "queued" and row.pending is None and b"RMA-2026-00007" in row.raw
    with ctx.sessions() as s:
        out = s.exec(select(Message).where(Message.direction == "out")).one()
    assert out.status == "queued" and "RMA-2026-00007" in out.subject and out.text
    deliver_due(ctx.sessions, sent, Delivery(), clock)
    assert len(sent.sent) == 1 and sent.sent[0][2] == row.raw


def test_rows_rendered_together_count_against_the_rate_limit_in_order(make_ctx, clock):
    ctx = make_ctx(limits=Limits(replies_per_ticket_per_hour=3, replies_per_address_per_hour=100))
    ticket = _ticket(ctx, clock)
    start = clock()
    ids = _queue_later(ctx, clock, ticket, n=7)
    assert render_pending(ctx.sessions, ctx.apply_env.send, ids) == 7
    rows = _rows(ctx)
    assert all(r.status == "queued" for r in rows)
    assert _due_within(rows, start, 0) == 3
    assert _due_within(rows, start, 1) == 3
    assert _due_within(rows, start, 2) == 6


def test_a_suppression_set_before_rendering_holds_the_row(make_ctx, clock):
    ctx = make_ctx()
    ids = _queue_later(ctx, clock, to=("gone@x.example",))
    with ctx.sessions() as s:
        s.add(Suppression(email="gone@x.example", reason="5.1.1", since=clock()))
        s.commit()
    render_pending(ctx.sessions, ctx.apply_env.send, ids)
    [row] = _rows(ctx)
    assert row.status == "held" and row.raw  # rendered, kept until the address writes again


def test_a_row_whose_inputs_cannot_be_read_back_fails_visibly(make_ctx, clock):
    ctx = make_ctx()
    _queue_later(ctx, clock)
    with ctx.sessions() as s:
        row = s.exec(select(Outbox)).one()
        row.pending = b"not a pickle"
        s.add(row)
        s.commit()
    assert render_pending(ctx.sessions, ctx.apply_env.send, None) == 1
    [row] = _rows(ctx)
    assert row.status == "failed" and "could not be rendered" in row.last_error


def _outbox_reads(ctx, run) -> int:
    """How many SELECTs on the outbox table ``run()`` sends to the database."""
    from sqlalchemy import event

    engine = ctx.sessions().get_bind()
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM outbox" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def test_a_batch_reads_what_its_rate_limits_count_once_not_once_per_mail(make_ctx, clock):
    ctx = make_ctx(limits=Limits(replies_per_ticket_per_hour=100, replies_per_address_per_hour=100))
    ticket = _ticket(ctx, clock)

    def rendered_reads(addresses: range) -> int:
        ids = [i for k in addresses for i in _queue_later(ctx, clock, ticket, to=(f"c{k}@x.example",))]
        reads = _outbox_reads(ctx, lambda: render_pending(ctx.sessions, ctx.apply_env.send, ids))
        assert all(r.status == "queued" for r in _rows(ctx))
        return reads

    assert rendered_reads(range(2)) == rendered_reads(range(2, 14)) <= 3


def test_a_batch_whose_mails_were_written_at_different_times_counts_each_ones_own_hour(make_ctx, clock):
    # One mail already went to c@ at 09:00. Rendered together: a mail to b@ written at 09:30 (the batch's
    # earliest clock) and one to c@ written at 10:00:30, which may go at once: 09:00 is outside its hour.
    ctx = make_ctx(limits=Limits(replies_per_ticket_per_hour=100, replies_per_address_per_hour=1))
    ticket = _ticket(ctx, clock)
    _queue(ctx, clock, ticket)  # to c@x.example, queued now: counted for an hour
    first = clock()
    clock.advance(minutes=30)
    ids = _queue_later(ctx, clock, ticket, to=("b@x.example",))
    clock.advance(minutes=30, seconds=30)
    ids += _queue_later(ctx, clock, ticket, to=("c@x.example",))
    ids += _queue_later(ctx, clock, ticket, to=("c@x.example",))  # the second within that hour waits
    assert render_pending(ctx.sessions, ctx.apply_env.send, ids) == 3
    _, to_b, to_c, again_c = _rows(ctx)
    assert to_b.next_attempt_at == first + timedelta(minutes=30)
    assert to_c.next_attempt_at == clock()
    assert again_c.next_attempt_at > clock() + timedelta(minutes=59)

"""The reminder sweep through the real outbox: a batch reads rate limits, suppressions and threads once,
and every mail of it still obeys them as if each had been checked alone."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from mailbot.config import Limits
from mailbot.schedule.jobs import sweep_now
from mailbot.store.deadlines import start_deadline
from mailbot.store.models import Event, Message, Outbox, ReminderLog, Suppression, Ticket
from mailbot.values import DeadlineSpec


def _ticket(s: Session, n: int, customer: str, at) -> Ticket:
    t = Ticket(
        rma=f"RMA-2026-{n:05d}",
        status="waiting_info",
        customer_email=customer,
        assigned_rep="rep@lumatek-example.com",
        created_at=at,
        updated_at=at,
        state_since=at,
    )
    s.add(t)
    s.flush()
    return t


def _sent_before(s: Session, to: str, at) -> None:
    s.add(
        Outbox(
            message_id=f"earlier-{to}",
            template="customer_request_received",
            sender="service@lumatek-example.com",
            recipients=[to],
            to_address=to,
            external=True,
            raw=b"x",
            status="sent",
            next_attempt_at=at,
            created_at=at,
            sent_at=at,
        )
    )


def test_a_sweep_batch_obeys_rate_limits_suppression_and_threads_each_mail(make_ctx, clock):
    ctx = make_ctx(limits=Limits(replies_per_ticket_per_hour=100, replies_per_address_per_hour=2))
    now, asked = clock(), clock() - timedelta(days=11)
    rules = ctx.rules.reminders
    with ctx.sessions() as s:
        same = [_ticket(s, n, "same@x.example", asked) for n in range(1, 5)]  # one customer, four tickets
        gone = _ticket(s, 5, "gone@x.example", asked)
        both = _ticket(s, 6, "both@x.example", asked)  # two deadlines due on one ticket
        for t in (*same, gone, both):
            start_deadline(s, t.id, DeadlineSpec("customer_info"), rules, ctx.rules.calendar, asked)
        start_deadline(s, both.id, DeadlineSpec("shipment"), rules, ctx.rules.calendar, asked)
        _sent_before(s, "same@x.example", now - timedelta(minutes=30))  # one of the two slots this hour used
        s.add(Suppression(email="gone@x.example", reason="5.1.1", since=asked))
        for n, mid in enumerate(("first@x.example", "latest@x.example")):
            s.add(
                Message(
                    ticket_id=both.id,
                    direction="in",
                    message_id=mid,
                    sender="both@x.example",
                    created_at=asked + timedelta(hours=n),
                )
            )
        s.commit()
        ids = {t.rma: t.id for t in (*same, gone, both)}

    done = sweep_now(ctx.sessions, ctx.rules, ctx.apply_env.send, now)

    assert sorted((r.rma, r.awaited) for r in done) == sorted(
        [(rma, "customer_info") for rma in ids] + [("RMA-2026-00006", "shipment")]
    )
    with ctx.sessions() as s:
        rows = {r.message_id: r for r in s.exec(select(Outbox).where(Outbox.template == "reminder_customer")).all()}
        to_same = sorted(r.next_attempt_at for r in rows.values() if r.to_address == "same@x.example")
        # One slot left this hour: one goes now, the others each wait for a window holding only one more.
        second = timedelta(seconds=1)
        assert to_same == [
            now,
            now + timedelta(minutes=30) + second,
            now + timedelta(hours=1) + second,
            now + timedelta(hours=1, minutes=30) + 2 * second,
        ]
        [held] = [r for r in rows.values() if r.to_address == "gone@x.example"]
        assert held.status == "held"
        kinds = s.exec(select(Event.kind).where(Event.ticket_id == ids["RMA-2026-00005"])).all()
        assert "mail_held" in kinds
        threaded = sorted(
            s.exec(select(Message).where(Message.ticket_id == ids["RMA-2026-00006"], Message.direction == "out")),
            key=lambda m: m.id or 0,
        )
        assert len(threaded) == 2
        assert threaded[0].in_reply_to == "latest@x.example"
        assert threaded[0].references == ["first@x.example", "latest@x.example"]
        # The second reminder to the ticket in the same batch answers the first one.
        assert threaded[1].in_reply_to == threaded[0].message_id
        assert threaded[1].references == ["first@x.example", threaded[0].message_id]
        assert len(s.exec(select(ReminderLog)).all()) == 7


def test_a_second_sweep_at_the_same_instant_sends_nothing(make_ctx, clock):
    ctx = make_ctx()
    rules = ctx.rules.reminders
    asked = clock() - timedelta(days=11)
    with ctx.sessions() as s:
        for n in range(1, 4):
            t = _ticket(s, n, f"c{n}@x.example", asked)
            start_deadline(s, t.id, DeadlineSpec("customer_info"), rules, ctx.rules.calendar, asked)
        s.commit()
    assert len(sweep_now(ctx.sessions, ctx.rules, ctx.apply_env.send, clock())) == 3
    assert sweep_now(ctx.sessions, ctx.rules, ctx.apply_env.send, clock()) == []
    with ctx.sessions() as s:
        assert len(s.exec(select(Outbox)).all()) == 3

"""The loop damper on its own: which replies of a decision would repeat what the ticket already said."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mailbot.values import Address, Decision, InboundMail, OutgoingMail
from mailbot.workflow.loops import ReplyHistory, SentBefore, damp, mail_fingerprint, question

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
ASK = OutgoingMail(template="customer_missing_info", to=("kim@netz.example.com",), context={"missing": ["serial"]})
NOTICE = OutgoingMail(template="staff_customer_message", to=("sales@lumatek-example.com",))


def _mail(text: str) -> InboundMail:
    return InboundMail(
        message_id="m@x", subject="s", sender=Address("", "kim@netz.example.com"), to=(), cc=(), reply_to=(),
        date=None, in_reply_to=None, references=(), headers=(), text=text, html="", attachments=(),
        content_type="text/plain", raw_size=1, forwarded=(), defects=(),
    )  # fmt: skip


def _damp(history: ReplyHistory, *, moved_on: bool = False, text: str = "hello") -> Decision:
    decision = Decision(action="update", ticket_id=1, replies=(ASK, NOTICE), reason="customer reply")
    return damp(
        decision,
        _mail(text),
        history,
        is_automatic=lambda a: not a.endswith("@lumatek-example.com"),
        moved_on=moved_on,
        every=timedelta(hours=1),
        now=NOW,
    )


def test_first_time_everything_goes_and_is_recorded():
    out = _damp(ReplyHistory())
    assert out.replies == (ASK, NOTICE)
    assert [e.detail for e in out.events if e.kind == "auto_reply"] == [
        {"to": "kim@netz.example.com", "question": question(ASK)}
    ]


def test_the_same_question_within_a_day_is_not_asked_again_even_if_the_ticket_moved():
    before = SentBefore("kim@netz.example.com", question(ASK), NOW - timedelta(hours=20))
    out = _damp(ReplyHistory(sent=(before,)), moved_on=True)
    assert out.replies == (NOTICE,)  # staff notices are not damped
    assert any(e.kind == "loop_damped" for e in out.events)


def test_a_day_later_the_question_may_be_asked_again():
    before = SentBefore("kim@netz.example.com", question(ASK), NOW - timedelta(hours=24))
    assert _damp(ReplyHistory(sent=(before,))).replies == (ASK, NOTICE)


def test_another_automatic_mail_within_the_hours_waits_unless_the_ticket_moved_on():
    before = SentBefore("kim@netz.example.com", "customer_ack:null", NOW - timedelta(minutes=30))
    assert _damp(ReplyHistory(sent=(before,))).replies == (NOTICE,)
    assert _damp(ReplyHistory(sent=(before,)), moved_on=True).replies == (ASK, NOTICE)


def test_an_identical_mail_gets_nothing_at_all():
    seen = frozenset({mail_fingerprint(_mail("Hello,   what do you NEED?"))})
    out = _damp(ReplyHistory(fingerprints=seen), text="hello, what do you need?")
    assert out.replies == () and "identical" in out.reason

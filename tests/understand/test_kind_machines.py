"""Machine evidence for an auto-reply: a person's request is never one."""

from __future__ import annotations

import pytest

ACK = "Thank you for contacting us. Your message has been received and a ticket has been created.\nTicket: #88231\n"


@pytest.mark.parametrize(
    "body",
    [
        "我们的网管系统自动发送了告警：订单DD2026031501的光模块收光过低，链路中断。请帮忙处理。",
        "Our NMS sent the alarm mail below. 请勿回复到这个地址，请发到 li@kehu.example。订单DD2026031501的模块不亮了。",
    ],
)
def test_a_persons_words_about_their_own_system_are_not_a_machine_notice(read, body):
    found = read(body, "光模块故障")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_acknowledgement_wording_with_a_fault_of_ones_own_is_a_person(read):
    body = "Hello,\n\nWe have received your message, but the unit S/N FM23010045 still has no link.\n\nRegards\nTom"
    assert read(body, "Problem").kind == "new_request"


def test_acknowledgement_without_a_fault_is_a_machine(read):
    found = read(ACK + "Our team will get back to you shortly.", "Re: SFP order 4500012345")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


@pytest.mark.parametrize(
    "body",
    [
        "此邮件由系统自动发送，请勿回复此邮件。您的工单已创建。",
        "This is an automated message. Your request about RMA-2026-00042 (S/N FM23010045, no link) is logged.",
        "This is an automated message. We have received your request: S/N FM23010045 has no link.",
    ],
)
def test_a_machine_that_says_so_is_never_answered(read, body):
    found = read(body, "RE: RMA-2026-00042")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


def test_a_system_relaying_a_persons_complaint_is_a_request(read):
    body = "客户报修：订单DD2026031501，序列号 FM23010045，设备不亮，无法上电。\n\n此邮件由系统自动发送。"
    assert read(body, "报修").kind == "new_request"


def test_request_with_a_no_answer_header_is_recorded_as_a_request(read):
    body = "Hello,\n\nCould you take the converter back and send a replacement?\n\nRegards\nTom"
    found = read(body, "Converter", headers="X-Auto-Response-Suppress: All\n")
    assert (found.kind, found.should_auto_reply) == ("new_request", False)


def _decide(understander, body: str, asked: list[str]) -> str:
    """The kind decision for ``body`` (with an order number) when the model would call it a request."""
    from mailbot.mail.parse import parse
    from mailbot.understand.kind import Evidence, decide_kind

    data = f"From: a@b.example\nTo: s@optizon-example.com\nSubject: PO 4500012345\n\n{body}".encode()
    mail = parse(data)
    reading = understander.segmenter.read(mail)
    analyse = understander.pipeline.analyse
    text = analyse(reading.current)
    ev = Evidence(None, analyse(reading.subject), text, text, analyse(reading.whole), False, False, True, True, None)
    return decide_kind(mail, reading, ev, False, lambda: asked.append("model") is None, understander.cues)


def test_model_may_lift_a_persons_mail_about_their_unit(understander):
    asked: list[str] = []
    assert _decide(understander, "Our unit from PO 4500012345 hums loudly at night.", asked) == "new_request"
    assert asked == ["model"]


@pytest.mark.parametrize(
    "body",
    [
        "Shipment notice for PO 4500012345: 2 cartons, 14 kg.",  # nobody speaks of themselves
        "Our unit from PO 4500012345 hums loudly.\n\nI am out of the office until Monday.",
    ],
)
def test_model_is_not_asked_about_a_mail_without_a_person_or_with_a_machines_wording(understander, body):
    asked: list[str] = []
    assert _decide(understander, body, asked) == "unrelated"
    assert asked == []

"""A question is what the customer's own new words ask: not a URL's query string, a signature or a quote."""

from datetime import date

import pytest

from mailbot.workflow.questions import asks, own_words
from tests.workflow.fixtures import rules, shipped
from tests.workflow.test_seed_walks import REP, Walk

SIGN_OFFS = rules().understand.kinds.sign_offs


@pytest.mark.parametrize(
    "text",
    [
        "The unit has no power. When will it be back?",
        "Can you send the replacement to our Porto office",  # no mark, worded as a question
        "Please advise how we should pack it.",
        "We would like to know the repair cost.",
        "Please let me know when the unit ships.",
        "Is it possible to get a loaner unit.",
        "请问维修需要多长时间",
        "设备已经寄出了，收到了吗",
        "收到了吗？",
        "能否提供上门服务。",
        "请确认是否在保修期内。",
        "What is the status",
    ],
)
def test_the_customers_own_question_is_seen(text):
    assert asks(text, SIGN_OFFS)


@pytest.mark.parametrize(
    "text",
    [
        "Tracking: https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784",
        "Tracking link: ups.com/track?tracknum=1Z999AA10123456784 - sent today.",
        "Shipped today.\n\nBest regards,\nAna Costa\nWhat we do?? We measure light.\nTel +351 ??",
        "Shipped today.\n\n> Can you confirm the tracking number?\n> When did you send it?",
        "Shipped today.\n\nOn Mon, 2 Mar 2026, Service <service@example.com> wrote:\n> Have you shipped it?",
        "Shipped today.\n-- \nAna Costa | Why wait? Order online",
        "Do not hesitate to contact me if you need anything else.",
        "Please let me know if you need anything else.",
        "货已寄出，运单号 SF1234567890。\n\n谢谢\n张伟\n公司口号：质量第一？",
        "我们不确定问题原因，已附上照片。",
        "?? \n",
        "The unit was returned.",
    ],
)
def test_no_question_where_the_customer_asks_nothing(text):
    assert not asks(text, SIGN_OFFS)


def test_a_tracking_mail_with_a_link_and_a_signature_is_noted_without_a_question_passed_on():
    w = Walk("optizone", shipped(date(2025, 8, 1)))
    w.customer("The unit has no power.", "c1@acme")
    w.staff(REP, "#approve")
    d = w.customer(
        "Shipped: https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784\n\nBest regards,\nAna\n"
        "Optics? Ask us!",
        "c2@acme",
        tracking_numbers=("1Z999AA10123456784",),
    )
    assert w.ticket.status == "in_transit"
    assert "staff_customer_message" not in [r.template for r in d.replies]


def test_a_chinese_question_beside_the_tracking_number_reaches_the_rep():
    w = Walk("optizone", shipped(date(2025, 8, 1)))
    w.customer("设备无法通电。", "c1@acme", language="zh")
    w.staff(REP, "#approve")
    d = w.customer(
        "已寄出，运单号 1Z999AA10123456784，请问维修需要多长时间", "c2@acme", tracking_numbers=("1Z999AA10123456784",)
    )
    assert w.ticket.status == "in_transit"
    notice = next(r for r in d.replies if r.template == "staff_customer_message")
    assert notice.to == (REP,) and "请问维修需要多长时间" in notice.context["excerpt"]


def test_the_sign_offs_may_come_as_any_iterable_and_each_list_keeps_its_own_pattern():
    text = "The display flickers after an hour.\nSaludos\nMarta Gil\nWhy is that?"
    assert own_words(text, ["saludos"]) == "The display flickers after an hour."
    assert own_words(text, ("saludos",)) == "The display flickers after an hour."
    assert not asks(text, iter(["saludos"]))
    assert asks(text, ["cordialement"])  # another list: the sign-off is not cut, the question stays

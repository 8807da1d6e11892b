"""Questions about where a replacement, repair, return or order has got to, on an open RMA."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        ("[RMA-2026-00123] Replacement", "Any update on the replacement?"),
        ("[RMA-2026-00123] Replacement", "Could you please share the tracking number of the replacement?"),
        ("RMA-2026-00123", "What is the current status of RMA-2026-00123?"),
        ("RMA-2026-00123", "Did you already send the replacement? Our customer is waiting."),
        ("RMA-2026-00123", "Can you give us an update on the repair?"),
        ("RMA-2026-00123", "Please send us the AWB for the replacement."),
        ("RMA-2026-00123", "We would like to know the progress of our return."),
        ("RMA-2026-00123", "Following up on this RMA: has the replacement gone out yet?"),
        ("RMA-2026-00123", "Could you check where our replacement is? It has not shown up."),
        ("RMA-2026-00123", "Kindly update us on the shipment of the replacement."),
        ("RMA-2026-00123", "您好，请问换货进度如何？"),
        ("RMA-2026-00123", "您好，麻烦提供一下快递单号。"),
    ],
)
def test_question_about_the_shipment_on_an_rma_is_order_status(read, subject, body):
    found = read(f"Hello,\n\n{body}\n\nRegards\nTom", subject)
    assert (found.kind, found.rma_reference, found.should_auto_reply) == ("order_status", "RMA-2026-00123", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("RMA-2026-00123 - no link on port 2", "When will the replacement be shipped?"),
        ("[RMA-2026-00123] SFP no link", "We sent the units back three weeks ago. Any news about the replacement?"),
    ],
)
def test_fault_named_only_in_the_subject_does_not_hide_the_question(read, subject, body):
    assert read(f"Hello,\n\n{body}\n\nRegards\nTom", subject).kind == "order_status"


def test_fault_named_only_in_the_quoted_mail_does_not_hide_the_question(read):
    body = (
        "Hello,\n\nWhen will the replacement be shipped?\n\nRegards\nTom\n\n"
        "On Mon, 2 Mar 2026 at 10:00, Service <service@optizon-example.com> wrote:\n"
        "> Your return of the module with no link on port 2 is registered as RMA-2026-00123.\n"
    )
    assert read(body, "RMA-2026-00123").kind == "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "We have not heard anything yet. Could you please send the preliminary findings?",
        "The units were picked up by DHL today, waybill 5617283940. Please confirm when you receive them.",
        "Any update on the analysis of the returned units?",
        "The replacement arrived but it has the same problem: no link. When will you send another one?",
    ],
)
def test_findings_shipping_back_and_new_faults_stay_follow_ups(read, body):
    assert read(f"Hello,\n\n{body}\n\nRegards\nTom", "Re: RMA-2026-00123").kind == "follow_up"


def test_a_status_word_in_the_subject_alone_does_not_make_a_shipping_note_a_question(read):
    body = "您好，\n\n模块已经寄出，顺丰运单号 SF1234567890123，请查收。\n\n赵敏"
    found = read(body, "回复：[RMA-2026-00310] 退货进度")
    assert found.kind == "follow_up"


@pytest.mark.parametrize(
    "body",
    [
        "Please let me know when we can expect the replacement.",
        "Our customer is asking when the units will be back.",
        "How long will the repair take?",
    ],
)
def test_status_questions_in_other_word_orders_under_a_fault_subject(read, body):
    found = read(f"Hello,\n\n{body}\n\nRegards\nTom", "[RMA-2026-00123] SFP no link on port 2")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


def test_an_order_status_question_keeps_no_fault_from_the_subject(read):
    found = read(
        "Hello,\n\nWhen will the replacement be shipped?\n\nRegards\nTom", "RMA-2026-00123 - no link on port 2"
    )
    assert (found.kind, found.defect_category, found.defect_summary) == ("order_status", None, "")


def test_an_order_status_question_that_tells_a_new_fault_keeps_it(read):
    body = "Hello,\n\nThe second unit has no link either. When will the replacement be shipped?\n\nRegards\nTom"
    found = read(body, "Re: RMA-2026-00123")
    assert found.defect_category is not None


def test_asking_to_be_told_of_receipt_stays_a_follow_up(read):
    body = "Hello,\n\nThe modules were picked up by DHL today. Please confirm when you receive them.\n\nRegards\nTom"
    assert read(body, "Re: [RMA-2026-00123] Your return request").kind == "follow_up"

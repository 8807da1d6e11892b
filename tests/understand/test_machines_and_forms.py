"""Contact forms relayed by our own noreply, customers' ticketing acknowledgements, ERP documents,
and faults described in plain words."""

from __future__ import annotations

import pytest

FORM = "Our Website <noreply@optizon-example.com>"
FORM_BODY = (
    "New submission from the contact form:\n\nName: Jan Novak\nEmail: jan@kunde.example\n"
    "Serial number: AX7-2231-0045\nMessage: The unit does not heat, LED blinks red, error E-21.\n"
)


def test_contact_form_customer_from_reply_to(read):
    found = read(FORM_BODY, "Contact form", FORM, headers="Reply-To: Jan N <jan.n@kunde.example>\n")
    assert (found.kind, found.customer_email, found.should_auto_reply) == ("new_request", "jan.n@kunde.example", True)


def test_contact_form_customer_from_field_lines_even_if_marked_automatic(read):
    found = read(FORM_BODY, "Contact form", FORM, headers="Auto-Submitted: auto-generated\n")
    assert (found.kind, found.customer_email, found.customer_name) == ("new_request", "jan@kunde.example", "Jan Novak")
    assert found.serial_numbers == ("AX7-2231-0045",) and found.defect_category == "other"


def test_our_noreply_without_a_person_is_never_answered(read):
    found = read("Daily report: 3 submissions.", "Report", FORM)
    assert not found.should_auto_reply and found.customer_email != "noreply@optizon-example.com"


def test_staff_member_named_in_a_form_is_not_a_customer(read):
    found = read("Name: Rep\nEmail: rep@optizon-example.com\nMessage: test", "Contact form", FORM)
    assert not found.should_auto_reply


def test_customers_ticketing_acknowledgement_is_recorded_not_answered(read):
    found = read(
        "This is an automatic confirmation. Your message regarding RMA-2026-00042 has been received by our "
        "service desk as ticket #88231. Please do not reply to this message.",
        subject="[Ticket#88231] RE: RMA-2026-00042",
        sender="Kunde Helpdesk <helpdesk@kunde.example>",
    )
    assert found.kind == "auto_reply" and found.rma_reference == "RMA-2026-00042"
    assert not found.should_auto_reply


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Payment advice", "Dear supplier,\nplease find our payment advice.\nPO 4500012345  EUR 1,200.00\n"),
        (
            "Purchase order PO/24/1187-B",
            "Item 1: FS 60 Plus, qty 2\nDelivery date: 2026-04-01\nThis purchase order was generated automatically.",
        ),
        ("付款通知", "您好，付款通知：订单号 4500012345，金额 1200 元。"),
    ],
)
def test_payment_advices_and_erp_orders_open_nothing(read, subject, body):
    found = read(body, subject=subject, sender="ERP <erp@kunde.example>")
    assert found.kind == "unrelated" and not found.should_auto_reply


@pytest.mark.parametrize(
    "text",
    [
        "the oven does not heat, LED blinks red, error E-21.",
        "Since Monday the pump won't start and makes a grinding noise.",
        "设备不加热，指示灯一直闪烁，报错E-21。",
    ],
)
def test_fault_in_plain_words_is_a_defect_description(read, text):
    found = read(f"Hello,\n{text}\nS/N AX7-2231-0045, PO 4500012345.\n", subject="Service")
    assert found.kind == "new_request" and found.defect_category == "other"
    assert "defect_description" not in found.missing_fields and found.defect_summary


def test_no_symptom_in_a_plain_question(read):
    found = read("Hello, do you know when the new catalogue comes out? We do not need it urgently.", "Question")
    assert found.defect_category is None


def test_question_about_the_replacement_shipment_is_order_status(read):
    found = read("Hello, when can we expect the replacement? Thanks", subject="[RMA-2026-00042] return")
    assert found.kind == "order_status" and found.rma_reference == "RMA-2026-00042"


def test_news_on_a_ticket_stays_a_follow_up(read):
    found = read("We sent the unit back today.", subject="Re: [RMA-2026-00042] return")
    assert found.kind == "follow_up"


@pytest.mark.parametrize(
    "text, category",
    [
        ("The controller shuts itself off after a while, then restarts.", "intermittent"),
        ("The lamp does not light up at all.", "no_power"),
        ("Output power is below spec on all ports.", "optical_performance"),
        ("We received the wrong model, we ordered the 1x8.", "wrong_or_missing_item"),
        ("设备上电后PWR灯亮，但光口LINK灯不亮。", "no_link"),  # a link lamp off is no link, not no power
        ("设备偶尔自动重启。", "intermittent"),
    ],
)
def test_plain_fault_words_find_their_category(read, text, category):
    assert read(f"Hello,\n{text}\nS/N AX7-2231-0045\n", subject="Service").defect_category == category

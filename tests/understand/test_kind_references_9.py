"""An invoice or a quotation named by its number is the reference a customer gives for a purchase, as an
order number is: it does not make their complaint or their question a business mail. The word used of the
document itself (an invoice to pay, a price asked for) still does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Hi, any update on the swap? Has the new amplifier shipped yet? Invoice INV-77120.",
        "Hello, has the replacement left your warehouse? Our invoice no. 2025-4417.",
    ],
)
def test_status_question_with_an_invoice_reference_is_order_status(read, body):
    found = read(f"{body}\n\nRavi", "replacement?")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


def test_unit_named_by_serial_with_an_invoice_reference_is_a_request(read):
    body = "Hi service, 我们的 PA-12 从昨天起 channel 2 没有输出。Serial KX2409Z117，invoice INV-77120。\n\nLin"
    found = read(body, "PA-12")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "body",
    [
        "Hello, could you send us the invoice for our last order? Our accounts need it.",
        "Hi, what is the price of the PA-12 and has it shipped to other dealers yet?",
    ],
)
def test_the_document_or_the_price_asked_for_stays_unrelated(read, body):
    found = read(f"{body}\n\nRavi", "question")
    assert found.should_auto_reply is False

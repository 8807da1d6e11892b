"""`must_not_answer` (a machine, a list, mail about no unit) is apart from "nobody to answer"."""

from __future__ import annotations

from dataclasses import replace

from mailbot.mail.guard import GuardReason
from mailbot.pipeline import _never_answer_machines
from mailbot.values import Decision, OutgoingMail
from tests.workflow.fixtures import extraction, mail


def test_a_request_may_be_answered(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Our OTDR-5, serial SN0001, does not power on since Monday. Order PO-1001.")
    assert found.kind == "new_request" and found.should_auto_reply and not found.must_not_answer


def test_an_out_of_office_must_not_be_answered(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "I am out of the office until Monday and will reply on my return.",
        subject="Automatic reply: Problem",
        headers="Auto-Submitted: auto-replied\n",
    )
    assert found.kind == "auto_reply" and found.must_not_answer and not found.should_auto_reply


def test_a_colleagues_forward_without_the_customers_address_is_answered_to_the_colleague_not_a_machine(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "FYI, customer called: his OTDR-5 SN0001 does not power on.\n\n"
        "---------- Forwarded message ---------\nFrom: Femi Okafor\nDate: Mon, 2 Mar 2026\n"
        "Subject: broken unit\n\nMy OTDR-5 SN0001 is dead. Please help.\n",
        subject="Fwd: broken unit",
        sender="Rep <rep@optizon-example.com>",
    )
    assert found.kind == "forwarded" and found.customer_email is None
    # A person wrote about service: the colleague is answered and asked for the address, never taken for the customer.
    assert found.should_auto_reply and not found.must_not_answer


def _decision_to(*addresses: str) -> Decision:
    replies = tuple(OutgoingMail(template="t", to=(a,), language="en") for a in addresses)
    return Decision(action="open", replies=replies)


def test_the_last_line_of_defence_drops_only_the_reply_to_a_sender_that_must_not_be_answered() -> None:
    sender = mail("bot@cust.com", "Thank you for your mail.")
    decision = _decision_to("bot@cust.com", "rep@example.com")
    kept = _never_answer_machines(decision, extraction(kind="unrelated", must_not_answer=True), sender)
    assert [r.to for r in kept.replies] == [("rep@example.com",)]


def test_a_guard_finding_drops_the_reply_even_if_the_reading_allowed_it() -> None:
    sender = mail("list@cust.com", "It is dead.")
    kept = _never_answer_machines(
        _decision_to("list@cust.com"), extraction(), sender, GuardReason("list", "List-Id header")
    )
    assert kept.replies == ()


def test_nobody_to_answer_keeps_the_question_to_the_colleague() -> None:
    found = extraction(kind="forwarded", customer_email=None, should_auto_reply=False)
    sender = mail("rep@example.com", "FYI, customer called.")
    decision = _decision_to("rep@example.com")
    assert _never_answer_machines(decision, found, sender) == decision
    assert _never_answer_machines(decision, replace(found, must_not_answer=True), sender).replies == ()


def test_the_products_a_pre_sales_question_names_are_kept(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Hello, we are planning to buy ten OTDR-5 units next quarter. Could you send a quotation and the "
        "datasheet?\nBest regards, Ana",
        subject="Quotation request",
    )
    assert found.kind == "unrelated" and found.product_models == ("OTDR-5",)

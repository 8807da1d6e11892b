"""A colleague who forwards a mail that asks for no service on a unit (a payment advice, a request for a
quotation, a question about our warranty terms) passes on no case: its author is not answered as a customer.
A colleague's forward of a complaint still is a forwarded request."""

from __future__ import annotations

import pytest

COLLEAGUE = "Eva Lind <eva@optizon-example.com>"


def _forward(note: str, author: str, subject: str, body: str) -> str:
    return (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {author}\nDate: Mon, 2 Mar 2026 10:00\n"
        f"Subject: {subject}\nTo: eva@optizon-example.com\n\n{body}"
    )


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Payment advice",
            "Dear supplier,\nwe have transferred 8,120.00 EUR for invoices 2026-3301 and 2026-3302.\nAccounts payable",
        ),
        ("RFQ drives", "Hello,\nplease quote 40 pcs SD-40 drives with your best lead time.\nAnn"),
        ("Warranty", "Hello,\ndoes your warranty also cover damage from a power surge?\nAnn"),
    ],
)
def test_a_forward_of_a_mail_asking_no_service_is_unrelated(read, subject, body):
    mail = _forward("FYI, who takes this?", "Ann Berg <ann@buyer.example>", subject, body)
    found = read(mail, f"Fwd: {subject}", sender=COLLEAGUE)
    assert (found.kind, found.should_auto_reply, found.customer_email) == ("unrelated", False, None)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Broken drive", "Hello,\nour SD-40 drive S/N SD4001234 is dead since Monday. Please replace it.\nAnn"),
        ("Warranty", "Hello,\nthe SD-40 drive we bought in May died. Does your warranty cover that?\nAnn"),
        (
            "Invoice 2026-3301",
            "Hello,\nthe drives on invoice 2026-3301 arrived with cracked housings. Please exchange them.",
        ),
    ],
)
def test_a_forward_of_a_complaint_stays_a_forwarded_request(read, subject, body):
    mail = _forward("Please handle.", "Ann Berg <ann@buyer.example>", subject, body)
    found = read(mail, f"Fwd: {subject}", sender=COLLEAGUE)
    assert (found.kind, found.should_auto_reply, found.customer_email) == ("forwarded", True, "ann@buyer.example")

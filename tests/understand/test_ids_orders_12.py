"""Order numbers written as offices number their documents: letters before a year block kept, Roman months,
a year-month-number code, and the other side's number for the same order written in brackets."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, orders",
    [
        # the order's letters before a year block and a number are part of how it is cited
        ("Our order SO 23/0418.", ["SO 23/0418"]),
        ("Bestelling PO 2023/01187", ["PO 2023/01187"]),
        # before a bare number they are its label only
        ("Our order PO 4811920055.", ["4811920055"]),
    ],
)
def test_order_letters_before_a_year_and_number_are_cited_with_it(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, orders",
    [
        # a letter number with the company's letters and a Roman month, as Indonesian offices write it
        ("mohon info kapan barang untuk PO/KRT/2023/IX/0071 dikirim?", ["PO/KRT/2023/IX/0071"]),
        ("barang untuk PO/23/XII/0071 belum datang", ["PO/23/XII/0071"]),
        # a sales order's year, month and number
        ("你们的 SO23-10-0571，我们的设备坏了", ["SO23-10-0571"]),
    ],
)
def test_document_numbers_with_roman_or_numbered_months(ids, text, orders):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert not found.serial_numbers


@pytest.mark.parametrize(
    "text, orders",
    [
        # the customer's order, then the seller's number for it in brackets
        (
            "Under our PO TK-PO-23-771 (your MQ-23-00412) we got the wrong model.",
            ["TK-PO-23-771", "MQ-23-00412"],
        ),
        (
            "Barang untuk PO 077/ABC-LOG/IX/2023 (SO-XYZ-23-0912) tidak lengkap.",
            ["077/ABC-LOG/IX/2023", "SO-XYZ-23-0912"],
        ),
    ],
)
def test_a_code_in_brackets_after_an_order_is_the_same_order(ids, text, orders):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert not found.serial_numbers


def test_a_roman_month_order_with_its_letters_glued_by_a_hyphen(ids):
    assert list(ids("Nomor PO: PO-KT/23/XI/041").order_numbers) == ["PO-KT/23/XI/041"]

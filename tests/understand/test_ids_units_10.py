"""A maker's serial written with a slash inside it is one unit, and the mail that is about no unit of ours
keeps no order, serial or parcel number."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."
CATALOG = ("Lumo 5", "Lumo 9 Pro")


@pytest.mark.parametrize(
    "text, serials",
    [
        # letters, year and week, a slash, the unit's number: one serial, not two tails of one prefix
        ("Výrobní číslo: KQ2319/0044", ["KQ2319/0044"]),
        ("Lumo 5 KQ2428/0310 - it no longer talks to the PC", ["KQ2428/0310"]),
        ("our Lumo 9 Pro (kq2301/0012) needs a check", ["kq2301/0012"]),
        ("serials KQ2402/1200 to KQ2402/1203 drift", ["KQ2402/1200", "KQ2402/1201", "KQ2402/1202", "KQ2402/1203"]),
    ],
)
def test_a_serial_with_a_slash_after_its_year_and_week_is_one_unit(ids, text, serials):
    found = ids(text, CATALOG)
    assert list(found.serial_numbers) == serials
    assert not found.order_numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        # a list of units that share everything but the last block is still a list
        ("Serial: AX7-2231-0045/0046", ["AX7-2231-0045", "AX7-2231-0046"]),
        # a document's letters before the year and number are no maker's
        ("Lumo 5 broken, see PO2412/0031", []),
    ],
)
def test_a_slash_list_and_a_documents_number_are_not_read_as_one_serial(ids, text, serials):
    assert list(ids(text, CATALOG).serial_numbers) == serials


def test_a_mail_about_no_unit_keeps_no_order_serial_or_parcel(read):
    body = (
        "Dear partner,\n\nour new price list for 2025 is attached. Orders placed under PO 4500991122 before\n"
        "December keep the old prices. Shipping with DHL 1234567890 as usual.\n\n"
        "To unsubscribe from this newsletter click here.\n"
    )
    found = read(body, subject="Newsletter: price list 2025")
    assert found.kind == "unrelated"
    assert not found.order_numbers and not found.serial_numbers and not found.tracking_numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Our Lumo 5 0004512 stopped working", ["0004512"]),  # leading zeros: a printed serial
        ("Our Lumo 5 01032024 stopped working", []),  # a date written day first
        ("Our Lumo 5 2004512 stopped working", []),  # a bare number could be anything
    ],
)
def test_a_number_with_leading_zeros_right_after_the_product_is_its_serial(ids, text, serials):
    assert list(ids(text, CATALOG).serial_numbers) == serials

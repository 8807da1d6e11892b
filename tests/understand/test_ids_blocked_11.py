"""Numbers that are no unit's, order's or parcel's, in more languages: a company's tax and business ids
(Taiwan's 統一編號, Finland's Y-tunnus, Hungary's adószám), a bank's account, a telephone written in
Spanish or Vietnamese, and a landline written in groups."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, number",
    [
        ("機台序號：ZQ7K2A-0031\n統一編號 53118842", "53118842"),
        ("Yritys Oy, Y-tunnus 1234567-8", "1234567-8"),
        ("Adószám: 12345678-2-41", "12345678-2-41"),
        ("Teléfono: 555 118 2290", "555"),
        ("ĐT: 0988 123 456", "0988"),
        ("CLABE 002180001234567891", "002180001234567891"),
        ("IBAN: HU12 1177 3016 1111 1018 0000 0000", "HU12"),
    ],
)
def test_a_companys_ids_and_phones_are_none_of_ours(ids, text, number):
    found = ids(text)
    assert number in found.not_ours
    assert set(found.serial_numbers) <= {"ZQ7K2A-0031"}
    assert not found.order_numbers and not found.tracking_numbers


def test_a_landline_written_in_groups_is_no_serial(ids):
    assert not ids("序號：02-2345-6789").serial_numbers

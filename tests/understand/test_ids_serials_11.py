"""Serials as more makers print them and customers label them: Hungarian "gyári szám" and Indian "Sr no";
a year and week code, a year and a base-36 count, a build date and a lot, written with no label; and a list
after a label is read on its own, not continued from a serial another label gave."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Gyári szám: QX-7712-A, a kijelző sötét", ["QX-7712-A"]),
        ("a tápegység gyári száma HL5521093 és nem indul", ["HL5521093"]),
        ("inverter showing fault. Sr no 0624-XP-01123.", ["0624-XP-01123"]),
        ("Sr. No. 0925-KL-00042, please check", ["0925-KL-00042"]),
    ],
)
def test_a_serials_label_in_hungarian_and_indian_english(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("The meter restarts by itself. RX25W14-118.", ["RX25W14-118"]),
        ("le multimètre rx24w52-007 ne mesure plus", ["rx24w52-007"]),
        ("The scope dims at night. QL-23-7B0K.", ["QL-23-7B0K"]),
        ("kiikari ql-24-a1c9 huurtuu", ["ql-24-a1c9"]),
        ("el registrador mxt-231104-b12 no guarda datos", ["mxt-231104-b12"]),
        ("Serie MXT231104B12 del equipo", ["MXT231104B12"]),
    ],
)
def test_a_units_date_code_is_a_serial_with_no_label(ids, text, serials):
    found = ids(text)
    assert list(found.serial_numbers) == serials
    assert not found.product_models


@pytest.mark.parametrize(
    "text",
    [
        "RX25W54-118 has no week 54",
        "QL-23-ABCD has no digit in its count",
        "QL-23-1234 has no letter in its count",
        "MXT-231304-B12 has no month 13",
    ],
)
def test_a_code_that_is_no_date_code_is_no_serial(ids, text):
    assert not ids(text).serial_numbers


def test_a_list_after_a_label_does_not_go_on_from_another_labels_serial(read_identifiers):
    text = "la sonda conectada al DataVue D5 marca -40 °C fijo. El equipo LT2507B00912.\n"
    found = read_identifiers(text, ("DataVue D5",))
    assert list(found.serial_numbers) == ["LT2507B00912"]

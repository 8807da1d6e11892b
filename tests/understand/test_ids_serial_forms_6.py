"""Serials written in a maker's own form: letters and digit groups copied with their spaces ("BHI 2401
1187"), and a year, a slash, the unit's number and a check letter ("KRL24/03172Q")."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Serial: QTV 2210 0457", ["QTV 2210 0457"]),
        ("serial qtv 2210 0457 stopped working", ["qtv 2210 0457"]),
        ("The serial on the back is QTV 2210 0457.", ["QTV 2210 0457"]),
        ("Seriennummer QTV 2210 0457, gekauft 2023", ["QTV 2210 0457"]),
        ("número de serie: QTV 2210 0457", ["QTV 2210 0457"]),
        ("序列号：QTV 2210 0457，谢谢", ["QTV 2210 0457"]),
        ("S/N QTV 2210 0457 and QTV 2210 0461", ["QTV 2210 0457", "QTV 2210 0461"]),
        ("Serial: MRX 310 044 512", ["MRX 310 044 512"]),
    ],
)
def test_letters_and_digit_groups_after_a_label_are_read_as_written(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("my DepthPro 7 (QTV 2210 0457) is dead", ["QTV 2210 0457"]),
        ("Units QTV 2210 0457 and QTV 2210 0461 came back.", ["QTV 2210 0457", "QTV 2210 0461"]),
        ("Le boîtier (série QTV 2210 0457) est fissuré.", ["QTV 2210 0457"]),
        ("totally black, fuse is fine. QTV 2210 0457.", ["QTV 2210 0457"]),
    ],
)
def test_letters_and_digit_groups_in_capitals_need_no_label(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    [
        "We are ISO 9001 2015 certified.",
        "paid by VISA 4111 1111 1111 1111",
        "QTV 2210 0457 8812 9001 is our account",
        "we had it for 2022 2023 and then it broke",
        "Call me at TEL 0123 4567",
        "UPS 1234 5678 was the parcel",
    ],
)
def test_standards_cards_and_sentences_are_no_spaced_serial(ids, text):
    assert not [s for s in ids(text).serial_numbers if " " in s]


def test_digit_groups_alone_are_still_joined(ids):
    assert list(ids("S/N: 3318 0072 5510").serial_numbers) == ["331800725510"]


@pytest.mark.parametrize(
    "text, serial",
    [
        ("Serial number: KTF24/03172Q", "KTF24/03172Q"),
        ("Seriennummer KTF24/03172Q, gekauft über Ihren Händler", "KTF24/03172Q"),
        ("il mio binocolo (matricola KTF23/09925F) è sfocato", "KTF23/09925F"),
        ("The number under the hinge is KTF23/11842B.", "KTF23/11842B"),
        ("numer: ktf24/00517m", "ktf24/00517m"),
        ("my scope, KTF24/03172Q, fogs up", "KTF24/03172Q"),
    ],
)
def test_a_year_slash_number_and_check_letter_is_one_serial(ids, text, serial):
    found = ids(text)
    assert list(found.serial_numbers) == [serial]
    assert found.order_numbers == ()


def test_two_slash_serials_in_a_list(ids):
    found = ids("Units: KTF24/02210C and KTF24/02214H")
    assert list(found.serial_numbers) == ["KTF24/02210C", "KTF24/02214H"]


def test_two_values_written_alike_still_split_at_the_slash(ids):
    assert list(ids("POs 4500012345/4500012346 both").order_numbers) == ["4500012345", "4500012346"]
    assert list(ids("S/N QX2201A33/QX2201A34").serial_numbers) == ["QX2201A33", "QX2201A34"]


@pytest.mark.parametrize(
    "text, serials",
    [
        ("how do I send a module back? It's OC24-097215, bought two years ago", ["OC24-097215"]),
        ("rx power too low on both optics. qm25-010288 and qm25-010291", ["qm25-010288", "qm25-010291"]),
        ("Sure, the second one is AB24-118409.", ["AB24-118409"]),
        ("El módulo CO23-004417 no enlaza", ["CO23-004417"]),
    ],
)
def test_initials_glued_to_a_short_year_and_six_digits_are_a_serial(ids, text, serials):
    found = ids(text)
    assert list(found.serial_numbers) == serials
    assert found.order_numbers == ()


@pytest.mark.parametrize(
    "text, order",
    [("order OC-24-0456 arrived", "OC-24-0456"), ("PO24-123456 is late", "PO24-123456"), ("SO71-20834?", "SO71-20834")],
)
def test_orders_under_those_letters_stay_orders(ids, text, order):
    found = ids(text)
    assert found.order_numbers == (order,)
    assert found.serial_numbers == ()

"""Lists and ranges of several units in more languages: "X a Y" is a range in Portuguese, Spanish and
Italian but a pair in Czech, Slovak and Polish; "and" in Polish, Dutch, Italian, the Nordic languages...;
ranges and lists of serials written with a slash block (2105/00210)."""

from __future__ import annotations

import pytest

TAIL = "\nThe units do not start any more, please repair them."


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Os módulos (BT23K00410 a BT23K00413) caem do sistema.", [f"BT23K0041{i}" for i in range(4)]),
        ("números de série BT23K00410 a BT23K00412", [f"BT23K0041{i}" for i in range(3)]),
        ("S/N MX7720-0051 a MX7720-0053 fallan", ["MX7720-0051", "MX7720-0052", "MX7720-0053"]),
        ("S/N QT5501201 até QT5501203", ["QT5501201", "QT5501202", "QT5501203"]),
        ("serienummers QT5501201 t/m QT5501203", ["QT5501201", "QT5501202", "QT5501203"]),
        ("v.č. 2105/00210 až 2105/00212", ["2105/00210", "2105/00211", "2105/00212"]),
        ("S/N 2105/00210–00213", ["2105/00210", "2105/00211", "2105/00212", "2105/00213"]),
    ],
)
def test_ranges_in_more_languages(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        # Czech, Slovak and Polish mail: "a" is "and", the two units only.
        ("Moduly v.č. 2105/00210 a 2105/00217 nesvítí.", ["2105/00210", "2105/00217"]),
        ("Dva moduly, v.č. QT5501201 a QT5501209, se nespouštějí.", ["QT5501201", "QT5501209"]),
    ],
)
def test_a_between_two_units_in_slavic_mail_is_and(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("numery seryjne: 7711-0045 oraz 7711-0052", ["7711-0045", "7711-0052"]),
        ("serienummers 7711-0045 en 7711-0052", ["7711-0045", "7711-0052"]),
        ("numeri di serie 7711-0045 ed 7711-0052", ["7711-0045", "7711-0052"]),
        ("serienummer 7711-0045 och 7711-0052", ["7711-0045", "7711-0052"]),
        ("serienummer 7711-0045 og 7711-0052", ["7711-0045", "7711-0052"]),
        ("sarjanumerot 7711-0045 ja 7711-0052", ["7711-0045", "7711-0052"]),
    ],
)
def test_and_between_two_units_in_more_languages(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


def test_a_word_after_a_that_is_no_serial_ends_the_list(ids):
    assert list(ids("S/N BT23K00410 a partir de ontem não liga").serial_numbers) == ["BT23K00410"]


def test_a_label_value_row_after_a_table_is_not_read_as_its_column(ids):
    text = (
        "Model| Serial number| PO\n"
        "RX-40| LQ7730A11| 5512-07\n"
        "RX-40| LQ7730A19| 5512-07\n"
        "Serial No.| 66120457\n"
        "Order| PO-7710\n"
    )
    found = ids(text)
    assert list(found.serial_numbers) == ["66120457", "LQ7730A11", "LQ7730A19"]
    assert sorted(found.order_numbers) == ["5512-07", "PO-7710"]


def test_a_second_header_starts_a_second_table(ids):
    found = ids("Model | Serial\nRX-40 | LQ7730A11\nModel | Serial\nRX-50 | LQ7730A19")
    assert list(found.serial_numbers) == ["LQ7730A11", "LQ7730A19"]


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N: 3318 0072 5510", ["331800725510"]),
        ("SN kq31 7c02 55a1 is dead", ["kq317c0255a1"]),
        ("S/N 3318 0072 5510 and 3318 0072 5514", ["331800725510", "331800725514"]),
        ("S/N 3318 0072, PO 66120", ["33180072"]),
        # longer groups are several serials, not one printed in groups
        ("S/N 6612045 6612049", ["6612045", "6612049"]),
    ],
)
def test_a_serial_printed_in_groups_after_its_label(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


def test_groups_followed_by_a_longer_code_are_not_joined(ids):
    assert "331800412" not in ids("serial 3318 00412").serial_numbers


@pytest.mark.parametrize(
    "text",
    ["S/N 6612045 a 12 month old unit", "SN BT23K00410 a 2 year old module", "S/N BT23K00410 a few days ago"],
)
def test_a_before_a_short_number_spans_no_range(ids, text):
    assert len(ids(text).serial_numbers) == 1

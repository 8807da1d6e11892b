"""Serial ranges and lists written the way people type them: the last unit as dots and its changing digits,
a line break beside the range word, and the tails of more units after a slash with no label before them."""

from __future__ import annotations

import pytest

TAIL = "\nThe units do not power on any more."


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Betroffen sind die Seriennummern QW-2311-0041 bis ...0044.", [f"QW-2311-{n:04d}" for n in range(41, 45)]),
        ("序號 KLM2309B0201 至 ...0203，都不亮", ["KLM2309B0201", "KLM2309B0202", "KLM2309B0203"]),
        # the line breaks before the range word, or after it
        ("os de série QZ23.11.0418\naté QZ23.11.0420 falham", ["QZ23.11.0418", "QZ23.11.0419", "QZ23.11.0420"]),
        ("serials TQ2402-1200 to\nTQ2402-1202 fail", ["TQ2402-1200", "TQ2402-1201", "TQ2402-1202"]),
    ],
)
def test_a_range_written_with_dots_or_across_a_line_is_every_unit(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


def test_a_bullet_on_the_next_line_is_a_list_not_a_range(ids):
    text = "Serials:\nTQ2402-1200\n- TQ2402-1209\n- TQ2402-1215"
    assert list(ids(text).serial_numbers) == ["TQ2402-1200", "TQ2402-1209", "TQ2402-1215"]


def test_a_word_on_the_next_line_is_no_range_word_without_a_value_after_it(ids):
    assert list(ids("S/N TQ2402-1200\nto be honest it is bad").serial_numbers) == ["TQ2402-1200"]


def test_tails_after_a_slash_with_no_label_are_more_units(ids):
    found = ids("three meters arrived without a lid: QZ23.10.0301/0302/0305.")
    assert list(found.serial_numbers) == ["QZ23.10.0301", "QZ23.10.0302", "QZ23.10.0305"]
    assert not found.order_numbers


def test_tails_after_a_slash_make_no_serials_of_an_orders_number(ids):
    assert not ids("the invoice lists PO 4500012345/46 twice").serial_numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        # letters, a two-digit year and month with dots, the unit's number
        ("the meter QZ23.10.0301 stays dark", ["QZ23.10.0301"]),
        ("the meter qz23.10.0301 stays dark", ["qz23.10.0301"]),
        # letters, six digits and two check letters, in a list with no label
        ("reference lamps KV415520-KD, KV415521-LC and KV415524-MA", ["KV415520-KD", "KV415521-LC", "KV415524-MA"]),
        ("it flickers when warm, KV418800-PL and\nKV418801-PM", ["KV418800-PL", "KV418801-PM"]),
    ],
)
def test_more_makers_serial_shapes_are_read_with_no_label(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    ["see the nota fiscal NF24.05.1173", "our order SO123456-AB is late"],
)
def test_a_documents_letters_before_those_shapes_are_no_serial(ids, text):
    assert not ids(text).serial_numbers

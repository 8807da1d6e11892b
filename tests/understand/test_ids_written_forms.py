"""Identifiers as customers write them on unseen mail: labels in many languages, lists with comments,
ranges written with dots, and numbers that belong to no field (customer and article numbers)."""

from __future__ import annotations

import pytest

TAIL = "\nThe module has no link after installation, please replace it."


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Seriennummern: QX2201A33, QX2201A34", ["QX2201A33", "QX2201A34"]),
        ("Serienummer: QX2201A33", ["QX2201A33"]),
        ("N° de série : XK1209-33", ["XK1209-33"]),
        ("Numer seryjny: QX2201A33", ["QX2201A33"]),
        ("シリアル番号：QX2201A33", ["QX2201A33"]),
        ("序列號：QX2201A33", ["QX2201A33"]),
    ],
)
def test_serial_labels_in_more_languages(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N: QX2201A33, QX2201A34, as well as QX2201A35", ["QX2201A33", "QX2201A34", "QX2201A35"]),
        ("S/N: QX2201A33, QX2201A34 plus QX2201A35", ["QX2201A33", "QX2201A34", "QX2201A35"]),
        ("S/N QX2201A33 or QX2201A34", ["QX2201A33", "QX2201A34"]),
        ("Seriennummern QX2201A33 oder QX2201A34", ["QX2201A33", "QX2201A34"]),
        ("序列号：QX2201A33以及QX2201A34", ["QX2201A33", "QX2201A34"]),
    ],
)
def test_list_joining_words(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Serial numbers of the affected units are QX2201A33 and QX2201A34", ["QX2201A33", "QX2201A34"]),
        ("the serial on the sticker reads QX2201A33", ["QX2201A33"]),
        ("序列号分别是QX2201A33和QX2201A34", ["QX2201A33", "QX2201A34"]),
        ("Die Seriennummer lautet QX2201A33", ["QX2201A33"]),
    ],
)
def test_value_after_words_that_describe_the_label(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


def test_described_label_stops_at_a_number_between():
    """ "serial of unit 2 is X": a number between the label and the verb is not skipped over."""
    from mailbot.rules.understand import load_rules
    from mailbot.understand.identifiers import IdentifierReader
    from mailbot.understand.nlp import Pipeline
    from tests.understand.conftest import ROOT

    rules = load_rules(ROOT / "rules")
    a = Pipeline(rules).analyse("the serial of the unit 2 is broken")
    assert IdentifierReader(rules.identifiers).read(a).serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        (
            "Affected units (S/N):\n1. QX2201A33\n2. QX2201A34\n3. QX2201A35",
            ["QX2201A33", "QX2201A34", "QX2201A35"],
        ),
        ("Affected serials\n  * QX2201A33 - no link\n  * QX2201A34 - dead", ["QX2201A33", "QX2201A34"]),
        ("S/N:\nHX-2207-0031 (port 1 dark)\nHX-2207-0032 (no power)", ["HX-2207-0031", "HX-2207-0032"]),
    ],
)
def test_one_value_per_line_with_comments(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


def test_a_list_with_comments_ends_at_a_blank_line_or_another_shape(read):
    found = read("Serials:\n- QX2201A33 no link\n- QX2201A34 dead\n\nQX2201A35 works fine" + TAIL)
    assert found.serial_numbers == ("QX2201A33", "QX2201A34")
    found = read("S/N: QX2201A33 has no link\n4500012345 is our PO" + TAIL)
    assert found.serial_numbers == ("QX2201A33",)


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Serials: TQ88-1200...1204", [f"TQ88-{n}" for n in range(1200, 1205)]),
        ("Serials: TQ88-1200 until TQ88-1204", [f"TQ88-{n}" for n in range(1200, 1205)]),
        ("S/N range TQ88-1200 to TQ88-1204", [f"TQ88-{n}" for n in range(1200, 1205)]),
        ("serial numbers ranging from TQ88-1200 to TQ88-1204", [f"TQ88-{n}" for n in range(1200, 1205)]),
        ("Seriennummern von QX2201A33 bis QX2201A35", ["QX2201A33", "QX2201A34", "QX2201A35"]),
    ],
)
def test_more_ways_of_writing_a_range(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


def test_a_quantity_after_a_dash_is_no_range_end(read):
    assert read("Order 884213 - 4 pcs FS60" + TAIL).order_numbers == ("884213",)


@pytest.mark.parametrize(
    "text, tracking",
    [
        ("Tracking-Nr.: 00340434161234567890", ["00340434161234567890"]),
        ("Paketnummer: 00340434161234567890", ["00340434161234567890"]),
        ("numéro de suivi : 6A12345678901", ["6A12345678901"]),
        ("运单编号：SF1234567890123", ["SF1234567890123"]),
    ],
)
def test_tracking_labels_in_more_languages(read, text, tracking):
    found = read(text + TAIL)
    assert list(found.tracking_numbers) == tracking
    assert found.order_numbers == ()


@pytest.mark.parametrize(
    "text",
    [
        "Kundennummer: 10023",
        "Customer ID: 10023",
        "Account number 10023",
        "Article no. 112233",
        "Postcode 518000",
        "客户编号：10023",
    ],
)
def test_customer_article_and_post_codes_are_no_order(read, text):
    found = read(text + TAIL)
    assert (found.order_numbers, found.serial_numbers) == ((), ())


def test_a_customer_number_before_the_order_does_not_hide_it(read):
    assert read("Customer no. 10023, PO 884213" + TAIL).order_numbers == ("884213",)
    assert read("Art.-Nr. 112233, Bestellung 884213" + TAIL).order_numbers == ("884213",)


@pytest.mark.parametrize(
    "text, orders",
    [
        ("We bought these under ORD-2024-00871 last month.", ["ORD-2024-00871"]),
        ("PO-88213-A is ours", ["PO-88213-A"]),
        ("SO240311-07 was the sales order", ["SO240311-07"]),
        ("Commande CMD-24-0331 livrée", ["CMD-24-0331"]),
    ],
)
def test_orders_known_by_a_prefix_that_says_order(read, text, orders):
    found = read(text + TAIL)
    assert list(found.order_numbers) == orders
    assert found.product_models == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("The unit lt2507b00912 has failed.", ["lt2507b00912"]),
        ("FS60-22-0913 and FS60-22-0914 fail", ["FS60-22-0913", "FS60-22-0914"]),
        ("unit FS60-2231-0045-B is dead", ["FS60-2231-0045-B"]),
        ("unit fs60-2231-0045 is dead", ["fs60-2231-0045"]),
    ],
)
def test_unlabelled_serials_in_either_case_and_in_blocks(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize("text", ["Quote QT-2025-117 attached", "see NV-24-0087 for the delivery"])
def test_letters_before_number_blocks_are_no_serial(read, text):
    assert read(text + TAIL).serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N: <QX2201A33>", ["QX2201A33"]),
        ("S/N: 'QX2201A33'", ["QX2201A33"]),
        ("S/N „QX2201A33“", ["QX2201A33"]),
        ("序列号：「QX2201A33」", ["QX2201A33"]),
        ("序列号【QX2201A33】", ["QX2201A33"]),
        ("PO number ..... 4500012345\nS/N ........... QX2201A33", ["QX2201A33"]),
    ],
)
def test_quotes_brackets_and_dot_leaders_between_label_and_value(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


def test_the_verb_ordered_is_no_order_label(read):
    assert read("We ordered FS60 modules last year." + TAIL).order_numbers == ()
    assert read("We ordered 4 units, order 884213" + TAIL).order_numbers == ("884213",)


def test_tracking_stays_a_label_though_it_ends_like_a_verb(read):
    assert read("tracking 1Z999AA10123456784" + TAIL).tracking_numbers == ("1Z999AA10123456784",)


def test_a_year_alone_is_no_order(read):
    assert read("our order from 2023 is affected" + TAIL).order_numbers == ()


def test_a_bare_number_after_a_code_ends_the_list(read):
    found = read("S/N QX2201A33, 884213 is the PO" + TAIL)
    assert found.serial_numbers == ("QX2201A33",)
    found = read("S/N 20240311001, 20240311002" + TAIL)
    assert found.serial_numbers == ("20240311001", "20240311002")


@pytest.mark.parametrize(
    "text, orders, serials",
    [
        ("Delivery for order no.884213", ["884213"], []),
        ("Unit SN.QX2201A33, PO 884213", ["884213"], ["QX2201A33"]),
        ("Serial no.QX2201A33", [], ["QX2201A33"]),
        ("S/N-QX2201A33", [], ["QX2201A33"]),
        ("Serial-No.: QX2201A33", [], ["QX2201A33"]),
        ("Ser.No QX2201A33", [], ["QX2201A33"]),
    ],
)
def test_a_label_glued_to_its_value(read, text, orders, serials):
    found = read(text + TAIL)
    assert (list(found.order_numbers), list(found.serial_numbers)) == (orders, serials)


@pytest.mark.parametrize("text, serials", [("Serial: SN-2207-0031", ["SN-2207-0031"]), ("S/N: PO-88213", ["PO-88213"])])
def test_a_prefix_that_is_part_of_the_value_stays_on_it(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


def test_unglued_tokens_keep_their_offsets():
    from mailbot.rules.understand import load_rules
    from mailbot.understand.nlp import Pipeline
    from tests.understand.conftest import ROOT

    a = Pipeline(load_rules(ROOT / "rules")).analyse("order no.884213 and SN.QX2201A33, PO-88213-A")
    assert [a.text[lo:hi] for lo, hi in a.offsets] == list(a.words)
    assert "884213" in a.words and "QX2201A33" in a.words and "PO-88213-A" in a.words


def test_ordinal_indicator_in_a_label(read):
    assert read("Nº de serie: QX2201A33" + TAIL).serial_numbers == ("QX2201A33",)
    assert read("Pedido nº 884213" + TAIL).order_numbers == ("884213",)


def test_tracking_number_in_hyphenated_groups_after_its_label(read):
    assert read("FedEx tracking: 7712-3456-7890" + TAIL).tracking_numbers == ("7712-3456-7890",)
    assert read("Serial: 7712-3456-7890" + TAIL).tracking_numbers == ()

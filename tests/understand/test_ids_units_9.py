"""Where a mail puts a code decides what it is: a unit's number right after the product or after a word for
the unit, a serial after "série"/"serie" alone, and an order number after the paper the customer names it by."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."
CATALOG = ("Lumo 5", "Lumo 9 Pro")


@pytest.mark.parametrize(
    "text, serials",
    [
        ("our Lumo 5 KR/23/0711 lost its calibration", ["KR/23/0711"]),
        ("the Lumo 9 Pro (KR/24/1032) shows no picture", ["KR/24/1032"]),
        ("Units KR/23/0711 and KR/23/0712 both drift.", ["KR/23/0711", "KR/23/0712"]),
        # written like the unit after the product, so the second one is a unit as well
        ("Lumo 5 KR/23/0711 drifts; KR/23/0715 too.", ["KR/23/0711", "KR/23/0715"]),
    ],
)
def test_a_code_after_the_product_or_a_unit_word_is_the_units_serial(ids, text, serials):
    found = ids(text, CATALOG)
    assert list(found.serial_numbers) == serials
    assert not found.order_numbers


@pytest.mark.parametrize(
    "text, orders",
    [
        ("The Lumo 5 came late, order ZK/24/0412.", ["ZK/24/0412"]),
        ("Lumo 5 bought with ZS/2024/00954", ["ZS/2024/00954"]),  # a document's year written in full
        ("Lumo 5 PO-88120 is broken", ["PO-88120"]),  # letters that say order
        ("Lumo 5 broken. KR/23/0711", ["KR/23/0711"]),  # apart from the product: nothing says unit
    ],
)
def test_an_order_shaped_code_stays_an_order_where_nothing_makes_it_a_unit(ids, text, orders):
    found = ids(text, CATALOG)
    assert list(found.order_numbers) == orders
    assert not found.serial_numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Bom dia, a Lumo 5 não liga. Série QX240115-R.", ["QX240115-R"]),
        ("la Lumo 9 Pro llegó rota, serie QX240115-R, pedido 88213.", ["QX240115-R"]),
        ("La Lumo 5 série QX240115-R ne démarre plus.", ["QX240115-R"]),
        ("Séries QX240115-R (écran) e QX230990-D (base).", ["QX240115-R", "QX230990-D"]),
    ],
)
def test_serie_alone_introduces_a_units_code(ids, text, serials):
    assert list(ids(text, CATALOG).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    ["Die Geräte der Serie 5000 sind alle betroffen.", "It happens with the whole série 300 range."],
)
def test_serie_before_a_bare_short_number_is_a_product_line(ids, text):
    assert not ids(text, CATALOG).serial_numbers


@pytest.mark.parametrize(
    "text, orders",
    [
        ("we received the wrong item. Invoice SO2025-03310, please exchange.", ["SO2025-03310"]),
        ("invoice: SO-77120 attached", ["SO-77120"]),
        ("Rechnung KL-SO-44120 liegt bei.", ["KL-SO-44120"]),
        ("发票号码：SO2025-0931", ["SO2025-0931"]),
    ],
)
def test_an_order_named_by_its_invoice_is_still_the_order(ids, text, orders):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert not found.not_ours


@pytest.mark.parametrize(
    "text",
    [
        "Invoice INV-2025-0042 attached",
        "Rechnung 88120331 liegt bei",
        "Tel. 0711 55120",
        "發票 AB55123456 已開立",
        "delivery note SO-24-0771 is attached",  # a delivery note's number, whatever its letters
    ],
)
def test_an_invoices_own_number_stays_none_of_ours(ids, text):
    found = ids(text)
    assert not found.order_numbers
    assert found.not_ours


@pytest.mark.parametrize(
    "text, serials",
    [
        ("The Lumo 5 switches itself off after a while. qx240305-c. Thanks!", ["qx240305-c"]),
        ("The Lumo 5 is not seen by the PC any more.\nkr/24/0051\nOlga", ["kr/24/0051"]),
        ("The Lumo 5 switches itself off.\nQX240305-C\n", ["QX240305-C"]),
    ],
)
def test_a_code_written_as_a_sentence_of_its_own_is_the_units_serial(read_identifiers, text, serials):
    assert list(read_identifiers(text, CATALOG).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    [
        "The Lumo 5 switches itself off.\nKW-20931\nOlga",  # five digits: an order as likely as a unit
        "The Lumo 5 switches itself off.\nQSFP28-100G-SR4\nOlga",  # a model's shape
        "The Lumo 5 switches itself off.\nLT-QA-2024-0331\nOlga",  # a document's full year
        "The Lumo 5 switches itself off.\nHBSO-24-0771\nOlga",  # letters that say order
        "The Lumo 5 switches itself off.\nDE811234567\nOlga",  # a VAT id
        "The Lumo 5 switches off; see qx240305-c in our notes.\nOlga",  # inside a sentence
    ],
)
def test_other_codes_written_alone_are_no_serial(read_identifiers, text):
    assert not read_identifiers(text, CATALOG).serial_numbers


def test_a_code_alone_is_not_read_when_the_mail_gave_its_serial(read_identifiers):
    text = "Serial: QX240305-C. The Lumo 5 switches itself off.\nqx240399-d\nOlga"
    assert list(read_identifiers(text, CATALOG).serial_numbers) == ["QX240305-C"]

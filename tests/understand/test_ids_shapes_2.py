"""Identifiers of shapes a customer's own scheme gives them: a company's order numbers with letters and
number blocks, serials built from a production month, models named in Chinese text with no space, labels
in the cases and spellings other languages give them, and what an automatic reply echoes back."""

from __future__ import annotations

import pytest

TAIL = "\nThe module has no link after installation, please replace it."


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Any news about BW-207733? We are waiting.", ["BW-207733"]),
        ("the replacements for LMO-40211 have not arrived", ["LMO-40211"]),
        ("third broken unit from RKO-25-0412 this month", ["RKO-25-0412"]),
        ("TRS-112-0077 換貨進度?", ["TRS-112-0077"]),
        ("Wo bleibt GTS-2025-0388?", ["GTS-2025-0388"]),
    ],
)
def test_a_companys_order_numbers_with_letters_and_number_blocks(read_identifiers, text, orders):
    assert list(read_identifiers(text + TAIL).order_numbers) == orders


@pytest.mark.parametrize(
    "text",
    [
        "Quote QT-2025-117 attached",
        "see NV-24-0087 for the delivery",
        "Gedimino pr. 12, LT-04127 Vilnius",
        "your ticket TKT-550123 was opened",
        "test report RPT-204411 enclosed",
        "compliant with IEC-608251",
    ],
)
def test_other_documents_postcodes_and_standards_are_no_orders(read_identifiers, text):
    assert read_identifiers(text + TAIL).order_numbers == ()


def test_a_serial_whose_first_block_is_a_month_is_no_order(read_identifiers):
    """ "GHS-2304-0015": 2304 is April 2023, a production block, not a year before an order's number."""
    assert read_identifiers("unit GHS-2304-0015 is dead" + TAIL).order_numbers == ()


@pytest.mark.parametrize(
    "text, orders",
    [
        ("substituição ENC-2025/0871: quando?", ["ENC-2025/0871"]),
        ("dostawa ZAM-24-00931 niekompletna", ["ZAM-24-00931"]),
        ("QMSO250117的货到了吗", ["QMSO250117"]),
        ("about our ACPO-77120, the box was open", ["ACPO-77120"]),
    ],
)
def test_order_prefixes_in_more_languages_and_glued_to_a_company(read_identifiers, text, orders):
    assert list(read_identifiers(text + TAIL).order_numbers) == orders


def test_a_standard_glued_to_its_number_is_no_order(read_identifiers):
    assert read_identifiers("our plant is ISO14001 certified" + TAIL).order_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("our beacon TK2107334 blinks red", ["TK2107334"]),
        ("the pump RVX1911052 is leaking", ["RVX1911052"]),
    ],
)
def test_serials_of_letters_a_production_month_and_a_number(read_identifiers, text, serials):
    assert list(read_identifiers(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize("text", ["PO2107334 was delivered", "see INV2107334", "month 2107334 total"])
def test_a_documents_prefix_before_a_month_is_no_serial(read_identifiers, text):
    assert read_identifiers(text + TAIL).serial_numbers == ()


@pytest.mark.parametrize(
    "text, models",
    [
        ("我们的QZ-M40用了两天就坏了", ["QZ-M40"]),
        ("請問QZ-M40和QZ-M60送修要附什麼？", ["QZ-M40", "QZ-M60"]),
        ("訂的是QZ-M60，寄來的是QZ-M40", ["QZ-M60", "QZ-M40"]),
    ],
)
def test_catalog_models_written_against_chinese_text(read_identifiers, text, models):
    found = read_identifiers(text, ("QZ-M40", "QZ-M60"))
    assert list(found.product_models) == models
    assert found.order_numbers == ()


def test_a_catalog_model_is_not_read_inside_a_longer_code(read_identifiers):
    assert read_identifiers("批号QZ-M40-2207已发", ("QZ-M40",)).product_models == ()


def test_a_serial_in_brackets_after_a_catalog_model(read_identifiers):
    found = read_identifiers("Hello, the TideLog T5 (QR2301044) shows no fix since Monday.", ("TideLog T5",))
    assert found.product_models == ("TideLog T5",)
    assert found.serial_numbers == ("QR2301044",)


def test_words_after_a_catalog_model_are_no_serial(read_identifiers):
    found = read_identifiers("all the Lumina 60 in hall 2 went dark", ("Lumina 60",))
    assert found.serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("N.º de série: ZR-2210-B0456", ["ZR-2210-B0456"]),
        ("Encomenda| 77120\nN.º série| ZR-2210-B0456", ["ZR-2210-B0456"]),
        ("zařízení s výrobním číslem PL23-004417 nefunguje", ["PL23-004417"]),
        ("urządzenie o numerze seryjnym QK5521A02 nie działa", ["QK5521A02"]),
        ("прибор с серийным номером QK5521A02 не включается", ["QK5521A02"]),
    ],
)
def test_serial_labels_with_dots_and_in_other_cases(read_identifiers, text, serials):
    assert list(read_identifiers(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, orders",
    [
        ("la spedizione dell'ordine 77120 è incompleta", ["77120"]),
        ("per l'ordine 77120 mancano due pezzi", ["77120"]),
        ("El pedido era el 77120. ¿Qué hacemos?", ["77120"]),
        ("la commande était la 77120", ["77120"]),
        ("N.º de encomenda: 77120", ["77120"]),
    ],
)
def test_order_labels_with_an_article_elided_or_after_a_verb(read_identifiers, text, orders):
    assert list(read_identifiers(text + TAIL).order_numbers) == orders


def test_an_automatic_reply_keeps_only_its_rma_reference(read):
    """A responder echoes our numbers back: nothing in it asks for anything, only the RMA links it."""
    found = read(
        "Your message has been received.\nPurchase order: 4500077123\nReference: RMA-2026-00731\n"
        "This is an automatically generated message, please do not reply.",
        subject="Automatic reply: RMA-2026-00731",
        sender="ERP System <erp@buyer.example>",
        headers="Auto-Submitted: auto-replied\n",
    )
    assert found.kind == "auto_reply"
    assert found.rma_reference == "RMA-2026-00731"
    assert found.order_numbers == () and found.serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Ser#: PT4410B07", ["PT4410B07"]),
        ("SN's: PT4410B07, PT4410B08", ["PT4410B07", "PT4410B08"]),
        ("s/n's PT4410B07 and PT4410B08", ["PT4410B07", "PT4410B08"]),
        ("numero de serie: PT4410B07", ["PT4410B07"]),
        ("la macchina con matricola 5521-0093 non parte", ["5521-0093"]),
        ("IMEI 490154203237518 no signal", ["490154203237518"]),
        ("シリアル番号は PT4410B07 です", ["PT4410B07"]),
        ("일련번호는 PT4410B07 입니다", ["PT4410B07"]),
    ],
)
def test_more_serial_labels_and_particles(read_identifiers, text, serials):
    assert list(read_identifiers(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, orders",
    [
        ("P/O 66120 arrived damaged", ["66120"]),
        ("número de orden 66120", ["66120"]),
        ("注文番号は66120です", ["66120"]),
        ("Our ref: 66120\nYour ref: SO-2025-0331", ["66120", "SO-2025-0331"]),
    ],
)
def test_more_order_labels_and_references_in_a_heading(read_identifiers, text, orders):
    assert list(read_identifiers(text + TAIL).order_numbers) == orders


def test_a_reference_that_is_our_rma_is_no_order(read_identifiers):
    assert read_identifiers("Your ref: RMA-2025-00412" + TAIL).order_numbers == ()


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("菜鸟 LP00471122339901", ["LP00471122339901"]),
        ("returned it, LP00471122339901 is the parcel", ["LP00471122339901"]),
    ],
)
def test_cainiao_parcels(read_identifiers, text, numbers):
    assert list(read_identifiers(text + TAIL).tracking_numbers) == numbers


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("已经寄回，顺丰单号 803311247709", ["803311247709"]),
        ("韵达单号4317708822105，请查收", ["4317708822105"]),
        ("回寄单号：803311247709", ["803311247709"]),
    ],
)
def test_a_carriers_name_glued_to_slip_number_in_chinese(read_identifiers, text, numbers):
    assert list(read_identifiers(text + TAIL).tracking_numbers) == numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N ML7730C14, 15 and 16", ["ML7730C14", "ML7730C15", "ML7730C16"]),
        ("序列号ML7730C14、15、16", ["ML7730C14", "ML7730C15", "ML7730C16"]),
        ("S/N ML7730C14, 90 days in use", ["ML7730C14"]),  # a count, not a unit
        ("S/N ML7730C14, 08", ["ML7730C14"]),  # counts downwards: something else
        ("S/N ML7730C14, 20 pcs", ["ML7730C14"]),
        ("S/N 55120017, 18", ["55120017"]),  # a bare number after a bare number is no shortened unit
    ],
)
def test_later_units_written_as_their_changing_digits(read_identifiers, text, serials):
    assert list(read_identifiers(text + TAIL).serial_numbers) == serials

"""More makers' and carriers' shapes: orders with the customer's letters and a year block, a serial with a
plant letter (hyphenated or spaced), Deppon's parcels, Czech Post and a carrier's number on the next line;
and a number the sender asks about or calls their own is kept whatever kind of mail it is read as."""

from __future__ import annotations

import pytest

from mailbot.understand.identifiers import Identifiers

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, orders",
    [
        ("could you tell me when PO-KLX-24-0311 will ship?", ["PO-KLX-24-0311"]),
        ("¿cuándo despachan los equipos de la OC-PE-2410-07?", ["OC-PE-2410-07"]),
    ],
)
def test_an_order_with_the_customers_letters_and_a_year_block_is_read_with_no_label(ids, text, orders):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert not found.product_models and not found.serial_numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Serials in the box: KRP-2408-K-00611 and KRP-2408-K-00640", ["KRP-2408-K-00611", "KRP-2408-K-00640"]),
        ("the sticker on the back reads KRP 2407 K 00921. Bought last year", ["KRP 2407 K 00921"]),
        ("Serial: krp 2407 k 00921", ["krp 2407 k 00921"]),
        # a letter after the digit groups is the next word, not part of the serial
        ("BHI 2401 1187 A is broken", ["BHI 2401 1187"]),
    ],
)
def test_a_serial_with_a_plant_letter_is_read_hyphenated_or_spaced(ids, text, serials):
    found = ids(text)
    assert list(found.serial_numbers) == serials
    assert not found.product_models


def test_a_document_before_the_plant_letter_shape_is_no_serial(ids):
    assert not ids("see PO-2408-K-00611 for the price").serial_numbers


@pytest.mark.parametrize(
    "text, parcels",
    [
        ("已经用德邦寄出，单号 DPK301234567891。", ["DPK301234567891"]),
        ("balík Českou poštou RR123456785CZ stále neodešel", ["RR123456785CZ"]),
        # a made-up S10 number whose check digit is wrong is still the parcel the Czech Post label names
        ("balík Českou poštou RR123456789CZ stále neodešel", ["RR123456789CZ"]),
        ("le colis est parti par Postes Canada, numéro\n7023210012345678.", ["7023210012345678"]),
        ("o rastreio Jadlog 10084500011122 está parado", ["10084500011122"]),
    ],
)
def test_more_carriers_parcels_are_read(ids, text, parcels):
    found = ids(text)
    assert list(found.tracking_numbers) == parcels
    assert not found.serial_numbers and not found.order_numbers


def test_a_line_break_after_a_carrier_sentence_ends_it(ids):
    assert not ids("sent with UPS today.\n4500012345 is the order").tracking_numbers


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Hi, any update on PO 88410? We were quoted 3 weeks.", True),
        ("SO24-11288 什么时候发货？", True),
        ("UPS 1Z0000 for our SO-88410 shows an exception.", True),  # "our" before the label and number
        ("o rastreio da nossa OC 88410 está parado", True),
        ("Your order 88410 has shipped. Questions? Call us.", False),  # the question names no number
        ("Invoice for 88410 attached.", False),
        ("Our order: 88410", False),  # a supplier's acknowledgement: a document's field, not a sentence
    ],
)
def test_a_number_the_sender_asks_about_or_calls_their_own_is_theirs(understander, text, asked):
    number = next(n for n in ("SO-88410", "OC 88410", "SO24-11288", "88410") if n in text)
    assert understander.identifiers.names_own_number(text, Identifiers(order_numbers=(number,))) is asked

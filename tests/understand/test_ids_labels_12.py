"""Labels read the same in every major language and however they are typed: without their accents, with a
language's endings, a registered letter's or a parcel's number, a unit's number after "our" or "number"."""

from __future__ import annotations

import pytest

from mailbot.rules.understand import _without_marks

TAIL = "\nThe unit does not power on any more."
CATALOG = ("Lumo 5", "Lumo 9 Pro")


@pytest.mark.parametrize(
    "label, plain",
    [
        ("sipariş", "siparis"),
        ("zamówienie", "zamowienie"),
        ("número de serie", "numero de serie"),
        ("číslo objednávky", "cislo objednavky"),
        ("nr seryjny", "nr seryjny"),
        ("łącze", "lacze"),
        ("訂單號", "訂單號"),
    ],
)
def test_a_label_typed_without_its_accents(label, plain):
    assert _without_marks(label) == plain


@pytest.mark.parametrize(
    "text, orders",
    [
        # a Turkish order typed on a keyboard without ş, and the same with a possessive ending
        ("siparis QT7-88213 geldi, cihaz bozuk", ["QT7-88213"]),
        ("Siparişimiz RB-55120 geldi, cihaz bozuk", ["RB-55120"]),
        # Polish and Czech without their marks
        ("zamowienie nr KX-4410-7 przyszlo uszkodzone", ["KX-4410-7"]),
        ("cislo objednavky KX-4410-7", ["KX-4410-7"]),
    ],
)
def test_order_labels_typed_plain_or_with_endings(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, orders",
    [
        # day and month first, then an order book's number: no date, the year would be 387
        ("siparis 25.10.0387", ["25.10.0387"]),
        # a real date stays no order
        ("siparis tarihi 25.10.2024", []),
    ],
)
def test_a_dotted_order_number_is_no_date_unless_its_year_is_one(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, tracking",
    [
        # a registered letter's number, in Traditional Chinese, English and German: not a unit's "編號"
        ("已經用郵政寄出，掛號編號 RB334455667HK。", ["RB334455667HK"]),
        ("sent by registered mail RB334455667GB yesterday", ["RB334455667GB"]),
        # a carrier's own letters before its number, after "waybill" or "parcel"
        ("sent back with our courier, waybill ZXP-66120773", ["ZXP-66120773"]),
        ("the parcel ZXP-66120773 is still waiting for collection", ["ZXP-66120773"]),
        ("waybill QCG7713308 from today", ["QCG7713308"]),
    ],
)
def test_registered_letters_and_carriers_numbers(ids, text, tracking):
    found = ids(text)
    assert list(found.tracking_numbers) == tracking
    assert not found.serial_numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        # Indonesian and Afrikaans serial labels
        ("Nomor seri: 0077120345", ["0077120345"]),
        ("die reeksnommer is QB240811", ["QB240811"]),
        # a range "s/d" (sampai dengan: up to) in Indonesian
        ("nomor seri 0077120340 s/d 0077120342", ["0077120340", "0077120341", "0077120342"]),
    ],
)
def test_serial_labels_and_ranges_in_indonesian_and_afrikaans(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        # "our" written after the model, then the number in brackets
        ("Lumo 5 kami (0077120345) tidak bisa dinyalakan", ["0077120345"]),
        # "number" in Indonesian and Turkish between the model and its number
        ("Lumo 9 Pro nomor 0077120345 rusak", ["0077120345"]),
        ("Lumo 5 numara 0077120345 arızalı", ["0077120345"]),
        # a list of numbers alike after the model and a colon
        ("kalibrasi tahunan Lumo 5: 0077120345, 0077120349.", ["0077120345", "0077120349"]),
    ],
)
def test_a_models_unit_number_after_our_or_number(ids, text, serials):
    assert list(ids(text, CATALOG).serial_numbers) == serials


def test_a_count_after_a_model_and_colon_is_no_serial(ids):
    assert not ids("Lumo 5: 2024, and 12 more", CATALOG).serial_numbers


@pytest.mark.parametrize(
    "text, serials",
    [
        # a maker's letters, the year and month it was built, a unit number of two digits, maybe a letter
        ("the logger QFI240955 arrived cracked", ["QFI240955"]),
        ("背面號碼 QL240615B", ["QL240615B"]),
    ],
)
def test_a_serial_of_letters_year_month_and_a_short_number(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials

"""Serials of shapes the rules did not know: after the model code, after "unit" / "device" / "the one
with", under a heading line, and the codes those weak words must not take (models, orders, documents)."""

from __future__ import annotations

import pytest

TAIL = "\nThe module has no link after installation, please replace it."


@pytest.mark.parametrize(
    "text, serials",
    [
        ("FS60P-2403-0112 is dead", ["FS60P-2403-0112"]),
        ("FS60PLUS-2403-0112 is dead", ["FS60PLUS-2403-0112"]),
        ("OZSFP10G-2403-00112 and OZSFP10G-2403-00113 are dead", ["OZSFP10G-2403-00112", "OZSFP10G-2403-00113"]),
        ("FS60-2403A0112 is dead", ["FS60-2403A0112"]),
        ("xg-2403a0112 is dead", ["xg-2403a0112"]),
    ],
)
def test_serials_that_start_with_the_model_code(read, text, serials):
    found = read(text + TAIL)
    assert list(found.serial_numbers) == serials
    assert found.product_models == ()


@pytest.mark.parametrize("text", ["ORD24A-0303-0001 is late", "AUF24X-0042-0011 is late"])
def test_a_document_prefix_is_no_model_code(read, text):
    assert read(text + TAIL).serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("The unit K7Q2XM4401 keeps rebooting.", ["K7Q2XM4401"]),
        ("the device ABX00931 has no power", ["ABX00931"]),
        ("the one with 2403-0112-77 is dead", ["2403-0112-77"]),
        ("Hi, two modules failed: K7Q2XM4401 and K7Q2XM4402.", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("Affected units:\nK7Q2XM4401\nK7Q2XM4402\n\nThanks", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("Unit 1: K7Q2XM4401\nUnit 2: K7Q2XM4402", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("设备编号：K7Q2XM4401", ["K7Q2XM4401"]),
    ],
)
def test_serials_after_weak_words(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    [
        "the unit SFP-10G-LR does not link",
        "we bought 20 units under PO 4500012345",
        "the device at 192.168.1.20 lost power",
        "the unit was shipped on 2026-03-15",
        "the device FS60 is dead",
        "the units 1Z999AA10123456784 arrived broken",
        "unit INV-2026-00421",
        "Unit 3: no link since 2026-03-02",
    ],
)
def test_weak_words_take_only_what_is_a_serial(read, text):
    assert read(text + TAIL).serial_numbers == ()


def test_an_invoice_number_after_a_serial_label_is_not_a_serial(read):
    assert read("S/N INV-2026-00421" + TAIL).serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Serial number| K7Q2XM4401\nOrder| 4500012345", ["K7Q2XM4401"]),  # a two-column table
        ("Model| SN| Qty\nOZ-SFP-10G-LR| K7Q2XM4401 / K7Q2XM4402| 2", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("Qty| Model| S/N\n1| OZ-SFP-10G-LR| K7Q2XM4401, K7Q2XM4402", ["K7Q2XM4401", "K7Q2XM4402"]),
    ],
)
def test_serials_in_tables_turned_to_text(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Our first unit had S/N: K7Q2XM4401. Later K7Q2XM4409 failed too.", ["K7Q2XM4401", "K7Q2XM4409"]),
        ("SN K7Q2XM4401(第1台)、K7Q2XM4402(第2台)", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("S/N: k7q2xm4401; the other one, k7q2xm4402, too", ["k7q2xm4401", "k7q2xm4402"]),
    ],
)
def test_codes_written_like_a_labelled_serial_are_serials(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N: K7Q2XM4401\n\nOur other site runs K7Q2XM4409 without trouble.", ["K7Q2XM4401"]),
        ("S/N: K7Q2XM4401, ordered on PO 4500012345, 4500012346 too", ["K7Q2XM4401"]),
        ("S/N: 20240311, see you on 20240312", ["20240311"]),  # a bare number is never taken by its shape
    ],
)
def test_alike_codes_stay_in_their_paragraph_and_shape(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    [
        "sarjanumero: K7Q2XM4401",
        "SerNo K7Q2XM4401",
        "SNR: K7Q2XM4401",
        "Ser.Nr. K7Q2XM4401",
        "numéros de série : K7Q2XM4401",
        "números de serie: K7Q2XM4401",
        "nr seryjny K7Q2XM4401",
        "sériové číslo: K7Q2XM4401",
        "일련번호: K7Q2XM4401",
        "시리얼 번호: K7Q2XM4401",
        "SN (on the sticker) K7Q2XM4401",
    ],
)
def test_more_serial_labels(read, text):
    assert read(text + TAIL).serial_numbers == ("K7Q2XM4401",)


@pytest.mark.parametrize("text, serial", [("S/N: 2403.0112.77", "2403.0112.77"), ("ESN: K7Q2XM4401", "K7Q2XM4401")])
def test_dotted_serials_and_more_labels(read, text, serial):
    assert read(text + TAIL).serial_numbers == (serial,)


@pytest.mark.parametrize("text", ["Serial: 1.2.3456 firmware", "S/N 2.4.1", "Serial: 10.2.33"])
def test_versions_are_still_no_serials(read, text):
    assert read(text + TAIL).serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("OZ-SFP-10G-LR #K7Q2XM4401 has no link", ["K7Q2XM4401"]),
        ("2 x OZ-SFP-10G-LR: K7Q2XM4401, K7Q2XM4402", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("OZ-SFP-10G-LR - K7Q2XM4401", ["K7Q2XM4401"]),
    ],
)
def test_a_model_introduces_its_serials(read, text, serials):
    found = read(text + TAIL)
    assert list(found.serial_numbers) == serials
    assert found.product_models == ("OZ-SFP-10G-LR",)


@pytest.mark.parametrize(
    "text",
    [
        "MC-2200 (20240312) died",
        "OZ-SFP-10G-LR: 123456",
        "OZ-SFP-10G-LR 1000BASE-LX optics",
        "QSFP28-100G-SR4 100GBASE-SR4 module",
        "OZ-SFP-10G-LR and OZ-SFP-10G-ER both fail",
    ],
)
def test_after_a_model_only_a_lettered_serial_is_read(read, text):
    assert read(text + TAIL).serial_numbers == ()


def test_a_serial_before_its_model_in_brackets(read):
    found = read("K7Q2XM4401 (OZ-SFP-10G-LR) and K7Q2XM4402 (OZ-SFP-10G-LR) are dead" + TAIL)
    assert found.serial_numbers == ("K7Q2XM4401", "K7Q2XM4402")
    assert read("20240312 (OZ-SFP-10G-LR) died" + TAIL).serial_numbers == ()


@pytest.mark.parametrize(
    "text, serial, order, tracking",
    [
        (
            "seri numarası: K7Q2XM4401, sipariş no: 4711-2024, takip numarası: 1234567890",
            "K7Q2XM4401",
            "4711-2024",
            "1234567890",
        ),
        (
            "серийный номер: K7Q2XM4401, номер заказа: 4711-2024, трек-номер: 1234567890",
            "K7Q2XM4401",
            "4711-2024",
            "1234567890",
        ),
        (
            "sorozatszám: K7Q2XM4401, rendelésszám: 4711-2024, trackingnummer 3SABCD1234567",
            "K7Q2XM4401",
            "4711-2024",
            "3SABCD1234567",
        ),
        (
            "nomor seri K7Q2XM4401, nomor pesanan 4711-2024, nomor resi 1234567890",
            "K7Q2XM4401",
            "4711-2024",
            "1234567890",
        ),
    ],
)
def test_labels_in_more_languages(read, text, serial, order, tracking):
    found = read(text + TAIL)
    assert (found.serial_numbers, found.order_numbers, found.tracking_numbers) == ((serial,), (order,), (tracking,))


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Affected devices (2 pcs): K7Q2XM4401, K7Q2XM4402", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("Serial numbers (3 units): K7Q2XM4401, K7Q2XM4402", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("S/N (2 pcs) K7Q2XM4401", ["K7Q2XM4401"]),
        ("the unit (2 of 3) is dead and 20240312 too", []),
    ],
)
def test_a_count_in_brackets_between_label_and_value(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("K7Q2XM4401 to K7Q2XM4403 all fail", ["K7Q2XM4401", "K7Q2XM4402", "K7Q2XM4403"]),
        ("K7Q2XM4401 - K7Q2XM4402 all fail", ["K7Q2XM4401", "K7Q2XM4402"]),
        ("SO-24-0001 to SO-24-0005 were late", []),
        ("SFP-10G-LR to SFP-10G-ER upgrade", []),
    ],
)
def test_unlabelled_ranges_of_codes_that_are_only_serials(read, text, serials):
    assert list(read(text + TAIL).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    [
        "S / N: K7Q2XM4401",
        "S.N: K7Q2XM4401",
        "serial_no: K7Q2XM4401",
        "Serial Number(s) affected - K7Q2XM4401",
        "SN-K7Q2XM4401",
        "[SN] K7Q2XM4401",
        "*Serial:* K7Q2XM4401",
        "【序列号】K7Q2XM4401",
    ],
)
def test_labels_written_with_brackets_emphasis_and_dashes(read, text):
    found = read(text + TAIL)
    assert found.serial_numbers == ("K7Q2XM4401",)
    assert found.product_models == ()


@pytest.mark.parametrize(
    "text, serial", [("S/N: SN-2207-0031", "SN-2207-0031"), ("Serial: SN-22070031", "SN-22070031")]
)
def test_a_prefix_that_is_part_of_the_serial_stays(read, text, serial):
    assert read(text + TAIL).serial_numbers == (serial,)

"""Orders of unusual shapes and labels (a Chinese ERP's pinyin letters, a contract in Czech, Slovak and
Polish, an abbreviated reference), a value labelled once and written bare elsewhere, a document's number
next to a labelled order, and serials in dotted or dated forms."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, order",
    [
        ("请问 XS240601020 几时出货?", "XS240601020"),
        ("Shipment for XS240601020 please", "XS240601020"),
        ("采购 CG20240311-02 的货还没到", "CG20240311-02"),
        ("Our reference DD2026040101, thanks", "DD2026040101"),
        ("XSDD250506012 has not shipped", "XSDD250506012"),
    ],
)
def test_an_erp_orders_pinyin_letters_and_date_make_an_order(ids, text, order):
    found = ids(text)
    assert list(found.order_numbers) == [order]
    assert found.serial_numbers == ()


def test_pinyin_letters_without_a_date_are_no_order(ids):
    assert ids("Unit XS24139912 is dead").order_numbers == ()


@pytest.mark.parametrize(
    "text",
    [
        "Replacement ETA - QX24011200?\nIt is for order QX24011200.",
        "QX24011200 is late.\nOrder QX24011200 was paid in May.",
        "出货 QX24011200？\n订单号：QX24011200",
    ],
)
def test_a_value_labelled_once_is_that_field_where_it_stands_bare(ids, text):
    found = ids(text)
    assert found.order_numbers == ("QX24011200",)
    assert found.serial_numbers == ()


@pytest.mark.parametrize(
    "text, orders",
    [
        ("DHL holds it in customs (our PO NSO-77120 / your VIO-2024-1544).", ["NSO-77120", "VIO-2024-1544"]),
        (
            "mit Ihrer Lieferung zu LMO-2024-0977 (unsere Bestellung EK-B-55102) kamen falsche Teile",
            ["EK-B-55102", "LMO-2024-0977"],
        ),
    ],
)
def test_a_document_number_with_its_full_year_stays_an_order_next_to_a_labelled_one(ids, text, orders):
    found = ids(text)
    assert sorted(found.order_numbers) == sorted(orders)
    assert found.serial_numbers == ()


def test_a_units_code_with_a_short_year_next_to_a_labelled_order_is_still_a_serial(ids):
    found = ids("The cutter (KRS-23-0417) stops after an hour. Our PO MX-2026-00419.")
    assert found.serial_numbers == ("KRS-23-0417",)


@pytest.mark.parametrize(
    "text, order",
    [
        ("livrés sur votre commande, notre réf. RA-2024-118, en panne", "RA-2024-118"),
        ("reklamujeme 5 ks ze smlouvy RC-HT2024-0288, nefunguje", "RC-HT2024-0288"),
        ("podľa zmluvy ZM-2023-0071 sme dostali", "ZM-2023-0071"),
        ("w ramach umowy UM/2024/0113 dostarczono", "UM/2024/0113"),
        ("Vostro rif. RT-2024-0091, guasto", "RT-2024-0091"),
    ],
)
def test_more_labels_of_an_order(ids, text, order):
    assert order in ids(text).order_numbers


@pytest.mark.parametrize(
    "text, serial",
    [
        ("LX-Meter 3 센서 창이 깨졌습니다. 제품번호 sk24-01520.", "sk24-01520"),
        ("제조번호: AB2401-0077 입니다", "AB2401-0077"),
    ],
)
def test_a_korean_product_or_manufacturing_number_is_the_serial(ids, text, serial):
    assert ids(text).serial_numbers == (serial,)


def test_dotted_year_month_serials_one_per_line(ids):
    found = ids("trois convertisseurs en panne. Numéros :\nQM.2024.05.01140\nQM.2024.05.01141\n")
    assert list(found.serial_numbers) == ["QM.2024.05.01140", "QM.2024.05.01141"]


@pytest.mark.parametrize(
    "text, serial",
    [
        ("合同的SFP-25G-CWDM，有一只RT240410-D2链路起不来", "RT240410-D2"),
        ("one module, RT240410-D2, has no link", "RT240410-D2"),
    ],
)
def test_a_build_date_and_check_block_serial_is_no_model(ids, text, serial):
    found = ids(text)
    assert serial in found.serial_numbers
    assert serial not in found.product_models


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Order KW-20931 arrived, but KW-20944 is late.", ["KW-20931", "KW-20944"]),
        ("Bestellung MX-88120 kam an, MX-88133 fehlt noch.", ["MX-88120", "MX-88133"]),
        ("订单号 QX-55120 已收到，QX-55187 还没有发货", ["QX-55120", "QX-55187"]),
    ],
)
def test_an_orders_form_labelled_once_names_the_bare_orders_of_the_mail(ids, text, orders):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert found.product_models == ()


def test_another_companys_letters_of_the_same_shape_are_no_order(ids):
    found = ids("PO AB123456 arrived, unit CD654321 is broken")
    assert found.order_numbers == ("AB123456",)

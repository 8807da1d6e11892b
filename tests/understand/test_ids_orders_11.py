"""Orders as more makers and customers write them: a maker's order letters written onto the number with a
hyphen, the word for an order in Vietnamese, Hungarian and Finnish in its cases, a sales slip in Chinese, the
letters of "order" in more languages, a company's letters hyphened to a full year, a Chinese sale numbered
within its month; and a carrier's name before an order's label names no parcel."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, orders",
    [
        ("pedido OV-02217/25, el equipo no enciende", ["OV-02217/25"]),
        ("Número de pedido: OV-00931/24", ["OV-00931/24"]),
        ("Pedido PV-0771/25 chegou incompleto", ["PV-0771/25"]),
        ("OV - 01234/26 with spaces is no glued code", ["01234/26"]),
    ],
)
def test_order_letters_written_onto_the_number_are_kept(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Chào anh, đơn 0101/2025/HDKT-AB bao giờ giao?", ["0101/2025/HDKT-AB"]),
        ("Mã đơn 7733/2025/PO-HN, camera bị lỗi", ["7733/2025/PO-HN"]),
        ("Hợp đồng: 0042/2026/HDMB-XY", ["0042/2026/HDMB-XY"]),
        ("a megrendelésünk RK-4412 hiányos volt", ["RK-4412"]),
        ("Az ASZ-2211 rendelésben két doboz volt", []),  # the number before the word: not read as its value
        ("tilauksen AB-77120 kiikari on rikki", ["AB-77120"]),
        ("Meidän ostotilaus 4712009988 ja kaksi laitetta", ["4712009988"]),
        ("你好，销售单 KD-88123 的货少了一台", ["KD-88123"]),
    ],
)
def test_an_orders_word_in_more_languages_and_cases_is_its_label(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Hei, onko TIL-25-00917 jo lähetetty?", ["TIL-25-00917"]),
        ("mikor szállítják a BESZ-25-207 tételeit?", ["BESZ-25-207"]),
        ("ma érkezett, MR-2025/0881, a doboz sérült", ["MR-2025/0881"]),
        ("invoice/order XS2503-117, the scope has no trace", ["XS2503-117"]),
    ],
)
def test_an_orders_own_letters_and_year_are_read_with_no_label(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text",
    [
        "FV-2025/0881 is the invoice we paid",  # an invoice's letters before the year
        "XS2513-117 is no month",  # month 13
    ],
)
def test_a_documents_letters_or_no_date_is_no_order(ids, text):
    assert not ids(text).order_numbers


def test_an_order_read_with_no_label_beside_a_labelled_one_stays_an_order(ids):
    found = ids("Our purchase order 4712001234, your TIL-25-00333, arrived with the wrong model")
    assert sorted(found.order_numbers) == ["4712001234", "TIL-25-00333"]
    assert not found.serial_numbers


@pytest.mark.parametrize(
    "text, orders",
    [
        ("京东订单 458812937761，屏幕碎了", ["458812937761"]),
        ("UPS order 4500077120 came damaged", ["4500077120"]),
    ],
)
def test_a_carriers_name_before_an_orders_label_names_no_parcel(ids, text, orders):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert not found.tracking_numbers


@pytest.mark.parametrize(
    "text, orders, serials",
    [
        ("mikor szállítják a KX-7712 számú megrendelésünket?", ["KX-7712"], []),
        ("A HX2210-5531 gyári számú műszer nem mér.", [], ["HX2210-5531"]),
    ],
)
def test_a_number_before_the_hungarian_word_that_numbers_it(ids, text, orders, serials):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert list(found.serial_numbers) == serials

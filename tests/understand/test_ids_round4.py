"""Order and serial numbers whose writing misleads a reader by shape: an order's letters that are also a
label ("SO-24/01187"), a serial after its label's own words that looks like an order, and a company's
serials written as letters, a year and a number next to the order the mail names with its label."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not start any more, please repair it."


@pytest.mark.parametrize(
    "text, order",
    [
        ("Sure, it was SO-24/01187, invoiced in May.", "SO-24/01187"),
        ("Problem with our pedido SO-23/00912", "SO-23/00912"),
        ("Dotyczy zamówienia SO-26/00314.", "SO-26/00314"),
        ("See SO-25/07001 and SO-25/07002.", "SO-25/07001"),
    ],
)
def test_an_orders_letters_that_are_also_a_label_stay_in_the_number(ids, text, order):
    found = ids(text)
    assert order in found.order_numbers
    assert not any(o == order.split("-", 1)[1] for o in found.order_numbers)


def test_a_label_glued_to_a_code_that_is_no_shape_of_its_own_is_still_a_label(ids):
    found = ids("SN-K7Q2XM4401 has no light")
    assert found.serial_numbers == ("K7Q2XM4401",)


@pytest.mark.parametrize(
    "text, serial",
    [
        ("Numer seryjny z tabliczki: OC24-118877.", "OC24-118877"),
        ("Serial number on the sticker: AB23-004411", "AB23-004411"),
        ("S/N as printed on the box: PRS-22-0417", "PRS-22-0417"),
    ],
)
def test_the_value_a_serial_label_leads_to_is_a_serial_whatever_else_it_looks_like(ids, text, serial):
    found = ids(text)
    assert serial in found.serial_numbers
    assert serial not in found.order_numbers


def test_an_empty_serial_field_still_does_not_take_the_next_lines_value(ids):
    found = ids("Serial number:\nOrder: KS-24-0912")
    assert found.serial_numbers == ()


@pytest.mark.parametrize(
    "text, order, serials",
    [
        (
            "The cutter in hall 2 (KRS-23-0417) stops after an hour. Our PO MX-2026-00419.",
            "MX-2026-00419",
            ["KRS-23-0417"],
        ),
        (
            "The labels on the two boxes read CO24-004417 and CO24-004420; the order was PO-HLB-7731.",
            "PO-HLB-7731",
            ["CO24-004417", "CO24-004420"],
        ),
    ],
)
def test_a_companys_serial_shaped_like_an_order_is_a_serial_when_the_order_is_named(ids, text, order, serials):
    found = ids(text)
    assert found.order_numbers == (order,)
    assert list(found.serial_numbers) == serials


@pytest.mark.parametrize(
    "text, orders",
    [
        # Two orders, one with its label: the other's letters say it is an order.
        ("Our PO 4471-22 was confirmed as your SO-24-0931.", ["4471-22", "SO-24-0931"]),
        ("PO 7731-22 (your VO23-1120)", ["7731-22", "VO23-1120"]),
        # Two of the same shape: one label leads a list.
        ("Orders RKO-25-0412 and RKO-25-0419 are late.", ["RKO-25-0412", "RKO-25-0419"]),
    ],
)
def test_orders_that_say_they_are_orders_stay_orders(ids, text, orders):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert found.serial_numbers == ()


def test_with_no_order_named_a_code_shaped_like_an_order_is_read_as_before(ids):
    assert ids("Please check TRS-112-0077 status.").order_numbers == ("TRS-112-0077",)


@pytest.mark.parametrize(
    "text, order",
    [
        ("Kjøpt på ordre 2024-NO-0112, levert i mars.", "2024-NO-0112"),
        ("Compramos el equipo con el contrato LAB-HT-24-0077.", "LAB-HT-24-0077"),
        ("Das Gerät lief unter Vertrag KV-2025-118.", "KV-2025-118"),
        ("本所採購案號 TPE-P-113-0871，請協助。", "TPE-P-113-0871"),
        ("Gekocht in de winkel, bon nummer WS-2024-3310.", "WS-2024-3310"),
        ("Unsere Referenz MK-2026-4410, bitte angeben.", "MK-2026-4410"),
        ("We bought them on PO-RHX-40917 last spring.", "PO-RHX-40917"),
    ],
)
def test_more_ways_to_name_an_order(ids, text, order):
    assert ids(text).order_numbers == (order,)


@pytest.mark.parametrize(
    "text, serial",
    [
        ("烘箱不加热，编号 KX2207-0415，麻烦看一下", "KX2207-0415"),
        ("整机没反应 编号kx2207-0415", "kx2207-0415"),
        ("機台編號 TW-88-1203 無法開機", "TW-88-1203"),
    ],
)
def test_a_units_number_said_as_bianhao_is_its_serial(ids, text, serial):
    assert ids(text).serial_numbers == (serial,)


@pytest.mark.parametrize(
    "text, order",
    [("订单编号 XD2504180 的货少了", "XD2504180"), ("合同编号 HT-2025-0091，设备坏了", "HT-2025-0091")],
)
def test_an_orders_own_bianhao_label_is_still_an_orders(ids, text, order):
    found = ids(text)
    assert found.order_numbers == (order,) and found.serial_numbers == ()


def test_an_invoices_bianhao_is_no_serial(ids):
    found = ids("发票编号 FP20250418 已开")
    assert found.serial_numbers == () and found.order_numbers == ()


TABLE = (
    "Invoice        Your order       Our PO          Amount\n"
    "QXI-240877     QX-113-0733      AB-PO-2291      EUR 1,280.00\n"
    "QXI-240912     QX-113-0758      AB-PO-2310      EUR   740.00\n"
)


def test_a_tables_invoice_column_gives_no_serial_nor_order(ids):
    found = ids(TABLE)
    assert found.serial_numbers == ()
    assert set(found.order_numbers) == {"QX-113-0733", "AB-PO-2291", "QX-113-0758", "AB-PO-2310"}
    assert set(found.not_ours) == {"QXI-240877", "QXI-240912"}


def test_a_value_read_under_its_columns_header_is_no_model_as_well(ids):
    assert ids(TABLE).product_models == ()


def test_a_blocked_header_alone_makes_no_table(ids):
    found = ids("Invoice   Amount\nQXI-240877   EUR 1,280.00\nThe unit KS7Q2X44017 is dead.")
    assert found.serial_numbers == ("KS7Q2X44017",)


@pytest.mark.parametrize(
    "text, parcel",
    [
        ("退貨已寄出，黑貓單號 8812-4470-1235。", "8812-4470-1235"),
        ("已寄回，黑猫单号 703318224415", "703318224415"),
        ("Odeslali jsme to přes PPL, číslo balíku 40277115833.", "40277115833"),
        ("Číslo zásielky 16602211984410, prosím potvrďte.", "16602211984410"),
        ("wysłane kurierem, numer listu przewozowego 2000733142281U.", "2000733142281U"),
        ("O reenvio foi pela Jadlog (20077321184410).", "20077321184410"),
        ("Die Lieferung kam beschädigt an (Schenker-Sendung DE-4410-2281).", "DE-4410-2281"),
    ],
)
def test_parcels_of_more_carriers_and_languages(ids, text, parcel):
    found = ids(text)
    assert found.tracking_numbers == (parcel,)
    assert found.order_numbers == () and found.serial_numbers == ()


def test_a_country_letters_code_with_no_carrier_is_no_parcel(ids):
    assert ids("Please check DE-4410-2281 for us.").tracking_numbers == ()


@pytest.mark.parametrize(
    "text, orders, serials",
    [
        ("2024-TR-0117 numaralı siparişle aldığımız cihaz bozuldu.", ["2024-TR-0117"], []),
        ("KX24020508 seri numaralı cihaz çalışmıyor.", [], ["KX24020508"]),
        ("4410-2231 nolu sipariş eksik geldi.", ["4410-2231"], []),
        # "numaralı" before something else: no order, no serial
        ("3 numaralı hat çalışmıyor.", [], []),
    ],
)
def test_a_number_written_before_what_it_numbers_in_turkish(ids, text, orders, serials):
    found = ids(text)
    assert list(found.order_numbers) == orders and list(found.serial_numbers) == serials


@pytest.mark.parametrize("text, serial", [("arrived cracked. kq24050077. thanks", "kq24050077")])
def test_a_serial_typed_in_small_letters(ids, text, serial):
    assert ids(text).serial_numbers == (serial,)


@pytest.mark.parametrize(
    "text, serials",
    [
        ("HMI-700螢幕破了 KW-C3-250311-0217", ["KW-C3-250311-0217"]),
        ("the cracked one is kw-c3-241130-0044", ["kw-c3-241130-0044"]),
        # no date in the third block: no serial by its shape alone
        ("see KW-C3-241399-0410 now", []),
    ],
)
def test_a_serial_with_the_date_the_unit_was_built(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("Serial number on the box: QX-25G-SR", "product_models", "QX-25G-SR"),
        ("Serial on the box: 1Z4E7W810392901264", "tracking_numbers", "1Z4E7W810392901264"),
    ],
)
def test_a_model_or_a_parcel_after_a_serials_description_is_still_no_serial(ids, text, field, value):
    found = ids(text)
    assert found.serial_numbers == () and getattr(found, field) == (value,)


@pytest.mark.parametrize(
    "text, serials",
    [
        ("It stopped marking. The sticker on the side says KRS-24-0912.", ["KRS-24-0912"]),
        ("the number on the back says qp23050771, bought last year", ["qp23050771"]),
        ("Typenschild: MK-77-2301-0042", ["MK-77-2301-0042"]),
        ("the sticker is torn and the box is wet", []),
    ],
)
def test_a_units_plate_or_sticker_read_out(ids, text, serials):
    found = ids(text)
    assert list(found.serial_numbers) == serials and found.order_numbers == ()

"""A value right after its label is that field whatever its shape; shape rules are for unlabelled values."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Our PO/24/1187-B refers.", ["PO/24/1187-B"]),  # prefix, year block and number: an order unlabelled
        ("PO# PO/24/1187-B for the modules", ["PO/24/1187-B"]),
        ("Order no. kw-77a3 please", ["kw-77a3"]),  # lowercase, customer's own scheme
        ("合同号：ht-2024-0087号", ["ht-2024-0087"]),  # a Chinese contract number
        ("订单号 2024-SZ-0331", ["2024-SZ-0331"]),
        ("PO: 2026-03-15", []),  # never a date
        ("PO: +49 30 1234567", []),  # never a phone
    ],
)
def test_labelled_orders_whatever_the_shape(read, text, orders):
    assert list(read(text + "\nThe unit has no power.").order_numbers) == orders


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N: AX7-2231-0045", ["AX7-2231-0045"]),
        ("SN: kq-88-11a", ["kq-88-11a"]),  # typed in lowercase with hyphens
        ("Serial number: 7H.220.4411", ["7H.220.4411"]),
        ("序列号：hk-2024-0931-a", ["hk-2024-0931-a"]),
        ("Serial number: DE89370400440532013000", []),  # an IBAN
        ("S/N: v2.4.1", []),  # a firmware version
        ("S/N: 192.168.1.20", []),  # an IP address
        ("serial: DE123456789", []),  # a VAT id
    ],
)
def test_labelled_serials_whatever_the_shape(read, text, serials):
    assert list(read(text + "\nThe unit has no power.").serial_numbers) == serials


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N AX7-2231-0045/0046/0049", ["AX7-2231-0045", "AX7-2231-0046", "AX7-2231-0049"]),
        ("serials TQ88-1200 to 1203", ["TQ88-1200", "TQ88-1201", "TQ88-1202", "TQ88-1203"]),
        ("serial numbers from NV-24-0907 through NV-24-0909", ["NV-24-0907", "NV-24-0908", "NV-24-0909"]),
        ("SN from HK240607 through 09", ["HK240607", "HK240608", "HK240609"]),
    ],
)
def test_ranges_with_a_shared_prefix(read, text, serials):
    assert list(read(text + "\nThey have no power.").serial_numbers) == serials


def test_unlabelled_serial_with_number_blocks_is_no_model(read):
    found = read("Unit AX7-2231-0045 has no power, same as AX7-2231-0046.")
    assert found.product_models == ()


@pytest.mark.parametrize(
    "text, models",
    [
        ("Model: FS 60 Plus, S/N FS60-22-0913", ["FS 60 Plus"]),
        ("model SPL 1x4 has high loss", ["SPL 1x4"]),
        ("型号：HG 300 Pro，序列号：HG300-A-0912", ["HG 300 Pro"]),
    ],
)
def test_labelled_models_with_spaces(read, text, models):
    found = read(text + "\nIt does not power on.")
    assert list(found.product_models) == models
    assert not set(found.product_models) & set(found.serial_numbers)


def test_serial_that_starts_with_the_model_code(read):
    found = read("Model FS60, serial FS60-22-0913, it does not power on.")
    assert found.product_models == ("FS60",) and found.serial_numbers == ("FS60-22-0913",)


def _with_catalog(models: list[str]):  # type: ignore[no-untyped-def]
    from mailbot.mail.parse import parse
    from mailbot.understand import load_understander
    from tests.understand.conftest import ROOT, SERVICE, STAFF

    understander = load_understander(ROOT / "rules", [STAFF], [SERVICE], catalog=models)

    def read(body: str):  # type: ignore[no-untyped-def]
        data = f"From: a@customer.example\nTo: {SERVICE}\nSubject: Problem\nMessage-ID: <t@test>\n\n{body}"
        return understander.understand(parse(data.encode()))

    return read


def test_catalog_models_however_written_and_nothing_else():
    read = _with_catalog(["FS 60 Plus", "SPL-1x4", "TQ88"])
    found = read("Our fs60plus and two SPL 1x4 have no power; the Cisco C9300-48P is fine. SN TQ88-1200.")
    assert found.product_models == ("FS 60 Plus", "SPL-1x4")  # catalog spelling; a serial's model code is no model
    assert found.serial_numbers == ("TQ88-1200",)


def test_catalog_model_code_continued_by_blocks_is_not_the_model():
    found = _with_catalog(["FS 60 Plus"])("The FS 60 Plus units FS-60-A2231 and FS-60-A2232 have no power.")
    assert found.product_models == ("FS 60 Plus",)


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Contract no. HT-2024-0087 covers these units.", ["HT-2024-0087"]),
        ("采购合同：CG2024-118，设备不加热。", ["CG2024-118"]),
        ("Our PO-24-1187 and your SC/2024/00931.", ["PO-24-1187", "SC/2024/00931"]),  # customer's PO, our order
        ("see 4500012345 for details", ["4500012345"]),  # an SAP purchase order needs no label
    ],
)
def test_contracts_and_order_document_numbers(read, text, orders):
    assert list(read(text + "\nThe unit has no power.").order_numbers) == orders


@pytest.mark.parametrize(
    "text, tracking",
    [("Returned by GLS 12345678901 today.", ["12345678901"]), ("已寄回，中通 78312345678901。", ["78312345678901"])],
)
def test_more_carriers_introduce_tracking_numbers(read, text, tracking):
    found = read(text, subject="Re: [RMA-2026-00001] return")
    assert list(found.tracking_numbers) == tracking and found.order_numbers == ()

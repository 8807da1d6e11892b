"""Identifier extraction: every written form of order and serial numbers, and the traps."""

from __future__ import annotations

import pytest

from mailbot.understand.ranges import expand_range


@pytest.mark.parametrize(
    "text, orders",
    [
        ("PO 4500012345 arrived", ["4500012345"]),
        ("PO#: 88213 please", ["88213"]),
        ("Order No.: SO-2026-0815", ["SO-2026-0815"]),
        ("订单号：DD2026031501，谢谢", ["DD2026031501"]),
        ("this is about our order 7781.", ["7781"]),
        ("Purchase order number is 4500077777", ["4500077777"]),
        ("PO4500011111 is the one", ["4500011111"]),
        ("Bestellnummer 3310/2026 bitte", ["3310/2026"]),
        ("POs 4500012345/4500012346 both", ["4500012345", "4500012346"]),
        ("Ｐｏ　４５００１２３４５６", ["4500123456"]),  # full-width forms
    ],
)
def test_order_numbers_in_every_written_form(read, text, orders):
    assert list(read(text + "\nThe module has no link.").order_numbers) == orders


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N: OZ2403A0112", ["OZ2403A0112"]),
        ("serials OZ2403A0112, OZ2403A0113 and OZ2403A0119", ["OZ2403A0112", "OZ2403A0113", "OZ2403A0119"]),
        ("SN 2108A0001~2108A0003", ["2108A0001", "2108A0002", "2108A0003"]),
        ("units OZ5510 to OZ5512 fail", ["OZ5510", "OZ5511", "OZ5512"]),
        ("Serial numbers:\n- OZ2403A0112\n- OZ2403A0115\n\nThanks", ["OZ2403A0112", "OZ2403A0115"]),
        ("s/n lt2507b00912 + lt2507b00918", ["lt2507b00912", "lt2507b00918"]),
        ("序列号：OZ2404A0201、OZ2404A0202", ["OZ2404A0201", "OZ2404A0202"]),
        ("serial OZ2403A0112-OZ2403A0114", ["OZ2403A0112", "OZ2403A0113", "OZ2403A0114"]),
    ],
)
def test_serial_numbers_lists_and_ranges(read, text, serials):
    assert list(read(text + "\nThey show no link.").serial_numbers) == serials


def test_serials_in_an_html_like_table_row(read):
    found = read("Model | Serial\nOZ-SFP-10G-LR | OZ2403A0112\nOZ-SFP-10G-LR | OZ2403A0113\nno link on both")
    assert found.serial_numbers == ("OZ2403A0112", "OZ2403A0113")
    assert found.product_models == ("OZ-SFP-10G-LR",)


@pytest.mark.parametrize(
    "text, serials",
    [
        ("S/N: HG2305-0012 is broken", ["HG2305-0012"]),
        ("Serial: SN20230512-001, two units", ["SN20230512-001"]),
        ("serial TQ2207-0031 and TQ2207-0032", ["TQ2207-0031", "TQ2207-0032"]),
        ("serials OZ2403A0112-0114", ["OZ2403A0112", "OZ2403A0113", "OZ2403A0114"]),
    ],
)
def test_a_serial_ending_in_a_number_block_is_not_a_range(read, text, serials):
    """A hyphen before a lower number is part of the serial (batch-unit), not a range written in one word."""
    assert list(read(text + "\nThey show no link.").serial_numbers) == serials


def test_range_of_more_than_fifty_units_is_not_expanded(read):
    found = read("serials OZ2403A0100~OZ2403A0400 have no link")
    assert found.serial_numbers == ("OZ2403A0100", "OZ2403A0400")


TRAPS = """Hello,
the SFP has no link. Call me on +49 30 12345678 or fax 030-7654321, mobile 0171 2345678.
Our address: Hauptstr. 5, 80331 Munich. Invoice no. 2026-004512, VAT DE123456789.
We ordered 2000 pcs, wavelength 1310 nm, loss 0.35 dB, switch IP 10.20.30.41, date 2026-03-15.
Reference RMA-2026-00042 was closed last year. P.O. Box 10234.
"""


def test_traps_are_not_identifiers(read):
    found = read(TRAPS)
    assert found.order_numbers == () and found.serial_numbers == () and found.tracking_numbers == ()
    assert found.rma_reference == "RMA-2026-00042"


def test_tracking_numbers_have_their_own_field(read):
    found = read(
        "Sent back with UPS 1Z999AA10123456784, DHL waybill 1234567890 and SF1234567890123.",
        subject="Re: [RMA-2026-00001] return",
    )
    assert found.tracking_numbers == ("1Z999AA10123456784", "1234567890", "SF1234567890123")
    assert found.order_numbers == () and found.serial_numbers == ()


def test_models_exclude_connectors_third_party_and_documents(read):
    found = read(
        "Our OZ-SFP-10G-LR in a Cisco C9300-48P port, MPO-12 trunk, RJ-45 cable, LC-APC, "
        "quotation QT-OZ-2026-0098: no link."
    )
    assert found.product_models == ("OZ-SFP-10G-LR",)


def test_quoted_history_and_signature_are_not_read(read):
    body = (
        "The OZ-SFP-10G-LR S/N OZ2501A0150 is dead on arrival. PO 4500101299.\n\nBest regards,\nKevin\n"
        "Order desk: order 4500000001\n\nOn Mon, 30 Mar 2026, Sales <sales@optizon-example.com> wrote:\n"
        "> serial OZ2599Z0001, PO 4500999999\n"
    )
    found = read(body)
    assert found.order_numbers == ("4500101299",)
    assert found.serial_numbers == ("OZ2501A0150",)


@pytest.mark.parametrize(
    "first, last, expected",
    [
        ("2108A0001", "2108A0003", ["2108A0001", "2108A0002", "2108A0003"]),
        ("OZ5510", "14", ["OZ5510", "OZ5511", "OZ5512", "OZ5513", "OZ5514"]),
        ("AB0009", "AB0011", ["AB0009", "AB0010", "AB0011"]),
        ("AB0011", "AB0009", ["AB0011", "AB0009"]),  # backwards: keep what was written
        ("AB0001", "CD0003", ["AB0001", "CD0003"]),  # different prefixes
    ],
)
def test_expand_range(first, last, expected):
    assert expand_range(first, last, 50) == expected


def test_table_columns_pick_values_of_any_shape(read):
    body = (
        "Hello, the following units have no link:\n\n"
        "Item  Model            Serial No.     PO\n"
        "1     OZ-SFP-10G-LR    1234567890     4500012345\n"
        "2     OZ-SFP-10G-LR    1234567891     4500012345\n\nThanks\n"
    )
    found = read(body)
    assert found.serial_numbers == ("1234567890", "1234567891")
    assert found.order_numbers == ("4500012345",)
    tabbed = read("Model\tS/N\tFault\nOZ-MC-1000\t88001234\tno power\nOZ-MC-1000\t88001235\tno power\n")
    assert tabbed.serial_numbers == ("88001234", "88001235") and tabbed.defect_category == "no_power"


@pytest.mark.parametrize(
    "text, tracking",
    [
        ("FedEx 7712 3456 7890 today", ["7712 3456 7890"]),
        ("UPS tracking: 1Z 999 AA1 01 2345 678 4.", ["1Z 999 AA1 01 2345 678 4"]),
        ("顺丰运单号 SF1234567890123，请查收", ["SF1234567890123"]),
    ],
)
def test_tracking_numbers_written_in_groups(read, text, tracking):
    found = read(text, subject="Re: [RMA-2026-00001] return")
    assert list(found.tracking_numbers) == tracking
    assert found.order_numbers == () and found.serial_numbers == ()

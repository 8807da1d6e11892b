"""Parcels sent with carriers of more countries, named before the parcel's number."""

from __future__ import annotations

import pytest

TAIL = "\nPlease confirm when it arrives."


@pytest.mark.parametrize(
    "text, parcels",
    [
        ("Cihazı Yurtiçi Kargo 409912345678 ile gönderdik", ["409912345678"]),
        ("Enviamos por Sedex QB004512377BR hoje", ["QB004512377BR"]),
        ("Lo mandamos por Estafeta 8055123456789012345678", ["8055123456789012345678"]),
        ("Skickat med PostNord 00370712340000012345", ["00370712340000012345"]),
        ("Sent back via Ninja Van NVSG0045123390", ["NVSG0045123390"]),
        ("Dikirim lewat JNE 0145123390012", ["0145123390012"]),
        ("Shipped with Blue Dart 70451233900", ["70451233900"]),
        ("우체국 6071-2233-4455 으로 보냈습니다", ["6071-2233-4455"]),
    ],
)
def test_a_carriers_name_introduces_its_parcel_number(ids, text, parcels):
    found = ids(text)
    assert list(found.tracking_numbers) == parcels
    assert not found.serial_numbers and not found.order_numbers


def test_an_everyday_word_that_is_also_a_carriers_name_is_no_label(ids):
    found = ids("Please bring the unit 4500012345 back")
    assert not found.tracking_numbers
    assert list(found.order_numbers) == ["4500012345"]

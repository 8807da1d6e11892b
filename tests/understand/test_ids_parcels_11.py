"""Parcels as more customers name them: a carrier's name, then a sentence, then the number ("Delhivery site
shows no record for X"); the parcel's number in Finnish and Hungarian; carriers of Vietnam; and a parcel's
label holding the word for an order ("mã vận đơn") is the parcel's alone."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, parcels",
    [
        ("Delhivery site shows no record for 2290811255117.", ["2290811255117"]),
        ("Lähetin laitteen tänään, seurantakoodi JJFI61230310004412233.", ["JJFI61230310004412233"]),
        ("GLS-sel feladtuk, csomagszám 33412377001.", ["33412377001"]),
        ("Đã gửi qua Viettel Post, mã 884512049977.", ["884512049977"]),
        ("mã vận đơn 884512049978 nhé", ["884512049978"]),
        ("Tracking shows 7712 3456 7891 as delivered", ["7712 3456 7891"]),
    ],
)
def test_a_parcels_number_after_its_carrier_or_label(ids, text, parcels):
    found = ids(text)
    assert list(found.tracking_numbers) == parcels
    assert not found.order_numbers


def test_a_parcels_label_with_the_word_for_an_order_is_no_orders_label(ids):
    found = ids("Mã vận đơn GHN 884512049979, đơn 0011/2025/HD-AB")
    assert list(found.tracking_numbers) == ["884512049979"]
    assert list(found.order_numbers) == ["0011/2025/HD-AB"]


def test_a_finnish_posts_parcel_is_read_with_no_label(ids):
    found = ids("Kiikari lähti eilen, JJFI61230310004412299 on koodi.")
    assert list(found.tracking_numbers) == ["JJFI61230310004412299"]
    assert not found.serial_numbers and not found.order_numbers

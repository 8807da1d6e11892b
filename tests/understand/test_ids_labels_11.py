"""Labels in more of the languages customers write in: an order in Romanian, Croatian, Slovenian and Greek;
a serial in Finnish in its cases, Romanian, Croatian, Slovenian, Vietnamese, Swedish and Danish; a
consignment in Croatian and carriers of more countries by their names; more countries' tax and company ids
and an Indian delivery challan, none of ours. And a label's reading stops at another label: the value
after "Serijski broj:" is the serial's, not the parcel's of the carrier named in the sentence before."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Bună ziua, nr. comandă: 2231/2025 a sosit incompletă", ["2231/2025"]),
        ("Narudžba 2025-0932 je stigla oštećena", ["2025-0932"]),
        ("številka naročila: NR-88120", ["NR-88120"]),
        ("Αριθμός παραγγελίας: 77120-24", ["77120-24"]),
    ],
)
def test_an_orders_label_in_more_languages(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Laitteen sarjanumeron 88120455 löydät pohjasta", ["88120455"]),
        ("seria nr 77120934, aparatul nu pornește", ["77120934"]),
        ("Serijski broj: 55120934, uređaj ne radi", ["55120934"]),
        ("serijska številka 44120934 ne deluje", ["44120934"]),
        ("số seri 22120934 bị lỗi", ["22120934"]),
        ("tillverkningsnummer 11120934 startar inte", ["11120934"]),
    ],
)
def test_a_serials_label_in_more_languages(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, parcels",
    [
        ("Trimis cu Fan Courier 2290811255117", ["2290811255117"]),
        ("broj pošiljke 88451204997", ["88451204997"]),
        ("Lähetetty Matkahuolto 7712034455661", ["7712034455661"]),
    ],
)
def test_a_parcels_label_or_carrier_in_more_languages(ids, text, parcels):
    assert list(ids(text).tracking_numbers) == parcels


@pytest.mark.parametrize(
    "text, number",
    [
        ("Firma AB, org.nr 556677-8899", "556677-8899"),
        ("CVR 12345678", "12345678"),
        ("OIB: 12345678901", "12345678901"),
        ("Delivery challan no 77120 dated 3 Nov", "77120"),
        ("NPWP 01.234.567.8-901.000", "01.234.567.8-901.000"),
    ],
)
def test_more_countries_ids_and_a_delivery_challan_are_none_of_ours(ids, text, number):
    found = ids(text)
    assert number in found.not_ours
    assert not found.order_numbers and not found.serial_numbers and not found.tracking_numbers


def test_a_labels_reading_stops_at_another_label(ids):
    found = ids("Poslano s Hrvatska pošta. Serijski broj: KP-2231-0077.")
    assert list(found.serial_numbers) == ["KP-2231-0077"]
    assert not found.tracking_numbers

"""A parcel's number a few words after its carrier's name, and carriers named the short way."""

from __future__ import annotations

import pytest

TAIL = "\nPlease confirm when it arrives."


@pytest.mark.parametrize(
    "text, tracking",
    [
        ("Both units went with DPD this morning, 15501234567890.", "15501234567890"),
        ("Sent it via FedEx yesterday afternoon, 771298830045", "771298830045"),
        ("已用黑貓寄出，單號 904518830012，麻煩收到通知。", "904518830012"),
        ("Heute mit GLS verschickt, 68123456789012", "68123456789012"),
    ],
)
def test_the_number_a_few_words_after_a_carrier_is_its_parcel(ids, text, tracking):
    assert list(ids(text).tracking_numbers) == [tracking]


@pytest.mark.parametrize(
    "text",
    [
        "UPS came at 10, order 4500012345 is wrong",
        "We ship with DHL usually.\n Invoice 88123456 is attached",
        "DPD lost a parcel last year. 15501234567890 was its number",
    ],
)
def test_a_carriers_name_does_not_reach_another_fields_number_or_past_the_sentence(ids, text):
    assert ids(text).tracking_numbers == ()


@pytest.mark.parametrize(
    "text, tracking",
    [
        ("修理品の返送ですが、佐川の 3601-2345-6789 がまだ集荷中です。", "3601-2345-6789"),
        ("Spedito oggi con BRT, segnacollo 084912030045671.", "084912030045671"),
        ("Il pacco parte con SDA 381234567890", "381234567890"),
    ],
)
def test_carriers_of_japan_and_italy_by_their_short_names(ids, text, tracking):
    assert list(ids(text).tracking_numbers) == [tracking]

"""A unit sent in for service, a broken unit and a missing part asked to be sent, told in languages the
request lists missed (Polish, Czech, Turkish, Indonesian, Afrikaans, Cantonese): a request answered, even
before the customer has given its numbers or the lists can name the fault."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Dzień dobry, chciałbym oddać miernik do serwisu. Proszę o adres.",
        "Dobrý den, potřebujeme poslat přístroj do servisu. Jak postupovat?",
        "Merhaba, cihazımızı servise göndermek istiyoruz. Adres nedir?",
        "Selamat pagi, kami ingin mengirim alat kami untuk diservis. Mohon alamatnya.",
    ],
)
def test_a_unit_offered_for_service_is_a_request(read, body):
    found = read(f"{body}\n\nKarol", "Serwis")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "body",
    [
        "Goeiedag, die skerm van ons meter KFX-77 is gebreek toe dit geval het.",
        "Dzień dobry, nasz miernik jest zepsuty po upadku.",
        "您好，訂單 QX-7712 收到嘅儀器冇附送電源線，唔該補寄。",
        "Hello, the charger was not included in the box for our order 5581, please send the missing part.",
    ],
)
def test_a_broken_unit_or_a_missing_part_is_a_request(read, body):
    assert read(f"{body}\n\nPieter", "Meter").kind == "new_request"


def test_a_question_about_service_prices_is_not_a_request(read):
    body = "Hello, what does a calibration of a meter cost at your lab? We are planning to buy two units."
    assert read(f"{body}\n\nPieter", "Price").kind != "new_request"

"""A maker's own order letters before the number ("PV 46110", "OC 2024/0388", "BC 2024-117-Q") are how the
number is cited and are kept with it; an English "PO" before a number only names it."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Pedido PV 51230, o sonar chegou com defeito", ["PV 51230"]),
        ("o rastreio da nossa OC 2023/0712 está parado", ["OC 2023/0712"]),
        ("Merci d'avance. BC 2023-204-R", ["BC 2023-204-R"]),
        ("Verkooporder VO 77120 klopt niet", ["VO 77120"]),
    ],
)
def test_a_makers_order_letters_before_a_number_are_kept(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Our PO 77123 is late", ["77123"]),  # an English label names the number
        ("OC EP-7710 ist defekt", ["EP-7710"]),  # the number carries its own letters
        ("PV: 51230 is the order", ["51230"]),  # a colon makes the letters a label
        ("our order PV-51230 broke", ["PV-51230"]),  # written as one code, as before
    ],
)
def test_letters_that_only_label_the_number_are_not_kept(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize("text", ["Ship to Vancouver, BC V6B 1A1", "pv 51230 in small letters is no order letters"])
def test_a_province_or_small_letters_are_no_order_prefix(ids, text):
    assert not [o for o in ids(text).order_numbers if o.lower().startswith(("bc ", "pv "))]


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Hiya, ordered on the 2nd (QH-31877), says dispatched but nothing came", ["QH-31877"]),
        ("Bij mijn Lumo 5 (besteld via jullie webshop, QH-31877) blijft de zoom haken", ["QH-31877"]),
    ],
)
def test_a_code_in_brackets_by_the_verb_of_ordering_is_the_order(ids, text, orders):
    found = ids(text, ("Lumo 5",))
    assert list(found.order_numbers) == orders
    assert not found.serial_numbers


@pytest.mark.parametrize(
    "text",
    [
        "I ordered the wrong one (FS-60), sorry",  # a model's short number
        "we ordered two units (K7Q2XM4401) last week",  # a serial's own shape
        "ordered via DHL (1Z4E7W810392901264)",  # a carrier's parcel
    ],
)
def test_a_model_serial_or_parcel_in_brackets_by_the_verb_is_no_order(ids, text):
    assert not ids(text).order_numbers

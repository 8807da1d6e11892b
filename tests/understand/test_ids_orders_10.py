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

"""The learned component's guesses at an order number, where the rules leave the field empty."""

from __future__ import annotations

import pytest

from mailbot.understand.combine import Blend
from mailbot.understand.identifiers import Identifiers
from tests.understand.test_learned import _combiner


@pytest.mark.parametrize(
    "guess",
    [
        "NP2208C00417",  # a serial's shape: maker's letters, production month, unit number
        "1Z4A77E90312458861",  # a UPS parcel
        "RB640221345DE",  # a postal item (UPU S10, check digit valid)
    ],
)
def test_a_guess_written_like_another_field_is_no_order(guess):
    combiner = _combiner({"order_number": (guess,)}, blend=Blend())
    assert combiner.identifiers(Identifiers(), f"about {guess} again").order_numbers == ()


def test_a_guess_with_no_other_fields_shape_still_fills_the_order():
    combiner = _combiner({"order_number": ("77415-C",)}, blend=Blend())
    assert combiner.identifiers(Identifiers(), "about 77415-C again").order_numbers == ("77415-C",)

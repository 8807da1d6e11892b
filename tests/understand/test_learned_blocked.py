"""The guard that keeps a learned value out of a phone number, a post box or an invoice line
(mailbot.understand.combine.Combiner.blocked): numbers the rules leave alone after such labels."""

from __future__ import annotations

from pathlib import Path

from mailbot.rules.understand import load_rules
from mailbot.understand.combine import Blend, Combiner
from mailbot.understand.identifiers import IdentifierReader, Identifiers
from mailbot.understand.learned import Learned, build_pipeline

ROOT = Path(__file__).resolve().parents[2]


class _Reads(Learned):
    """A stand-in model that reads the same serials in every text (unit tests only)."""

    def __init__(self, serials: tuple[str, ...]) -> None:
        self.serials = serials
        self.nlp = build_pipeline()

    def spans(self, doc):  # type: ignore[no-untyped-def]
        return {"serial_number": self.serials}


def _fill(serials: tuple[str, ...], text: str) -> tuple[str, ...]:
    reader = IdentifierReader(load_rules(ROOT / "rules").identifiers)
    combiner = Combiner(_Reads(serials), reader, Blend(fill=frozenset({"serial_number"})))
    return combiner.identifiers(Identifiers(), text).serial_numbers


def test_a_phone_number_in_a_signature_is_no_serial() -> None:
    text = "The unit KQ24A00917 is dead.\n\nJake\nHelpdesk\n(406) 555-0132\nPhone: 555 0177-22"
    assert _fill(("555-0132", "0177-22", "KQ24A00917"), text) == ("KQ24A00917",)


def test_a_number_after_a_post_box_invoice_or_vat_label_is_no_serial() -> None:
    text = "PO Box 884, Bozeman MT 59771\nInvoice no. 2025-88812\nVAT DE 129273398\nunit KQ24A00918"
    assert _fill(("59771", "2025-88812", "129273398", "KQ24A00918"), text) == ("KQ24A00918",)


def test_a_value_that_stands_once_after_a_blocked_label_and_once_on_its_own_is_kept() -> None:
    text = "Serial KX77120455 failed.\nFax KX77120455 is written on our old fax"
    assert _fill(("KX77120455",), text) == ("KX77120455",)


def test_a_learned_serial_of_digits_alone_is_left_to_the_rules() -> None:
    # "OZ-SFP-10G-LR: 123456": after a model a bare number may be anything; the rules read digit serials
    # only after a serial label.
    assert _fill(("123456", "20240312"), "OZ-SFP-10G-LR: 123456 died on 20240312") == ()

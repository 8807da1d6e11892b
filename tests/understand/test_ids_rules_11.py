"""The reader's word lists are rules (identifiers.yml): "our" and its kin, the verbs that lead to a value,
the words of a document's source, an invoice's stems, the letters that say "order", and the words that
number what follows them. Changing the file changes the reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.rules.understand import IdentifierRules, load_rules
from mailbot.understand.identifiers import IdentifierReader, Identifiers
from mailbot.understand.nlp import Pipeline

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rules():  # type: ignore[no-untyped-def]
    return load_rules(ROOT / "rules")


def _reader(rules, **change) -> IdentifierReader:  # type: ignore[no-untyped-def]
    return IdentifierReader(rules.identifiers.model_copy(update=change))


def test_a_customer_calling_an_order_their_own_is_read_with_the_rules_words(rules):
    ids = Identifiers(order_numbers=("SO-55120",))
    text = "UPS 1Z0000 for naszego SO-55120 is stuck."
    assert _reader(rules).names_own_number(text, ids)
    kept = [w for w in rules.identifiers.own_words if w != "naszego"]
    assert not _reader(rules, own_words=kept).names_own_number(text, ids)


def test_an_introducing_verb_is_read_from_the_rules(rules):
    analysis = Pipeline(rules).analyse("The serial on the sticker reads 88120455, thanks")
    assert _reader(rules).read(analysis).serial_numbers == ("88120455",)
    kept = [w for w in rules.identifiers.introducers if w != "reads"]
    assert _reader(rules, introducers=kept).read(analysis).serial_numbers == ()


def test_a_number_before_its_numbering_word_is_read_from_the_rules(rules):
    analysis = Pipeline(rules).analyse("a KX-7712 számú megrendelésünket kérem")
    assert _reader(rules).read(analysis).order_numbers == ("KX-7712",)
    assert _reader(rules, numbered_words=[]).read(analysis).order_numbers == ()


def test_an_order_letters_code_stays_an_order_by_the_rules(rules):
    # A labelled order of another shape beside it: a code read with no label is rather a serial, unless
    # its letters say "order".
    text = "purchase order 4712001234. The other box, TIL-25-00333, arrived with a dead unit"
    analysis = Pipeline(rules).analyse(text)
    assert "TIL-25-00333" in _reader(rules).read(analysis).order_numbers
    kept = [w for w in rules.identifiers.order_letters if w != "TIL"]
    assert "TIL-25-00333" not in _reader(rules, order_letters=kept).read(analysis).order_numbers


def test_a_numbered_field_must_be_a_known_field():
    with pytest.raises(ValueError, match="unknown fields"):
        IdentifierRules.model_validate(
            {
                "order_number": {},
                "serial_number": {},
                "product_model": {},
                "tracking_number": {},
                "numbered_before": {"serial": ["seri"]},
            }
        )

"""The rules' vocabulary keeps of each word only what the matchers read: its text and its stem (NORM).
A new word adds its own string and its stem, not the lower case, shape, prefix and suffix spaCy would
compute for it, and phrases still match through inflections and capitals."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.rules import load
from mailbot.understand.nlp import Pipeline
from tests.conftest import REPO


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    rules = load(Path(REPO / "rules"), internal_domains=("desk.test",))
    assert rules.understand is not None
    return Pipeline(rules.understand)


def test_a_new_word_adds_its_text_and_its_stem_only(pipeline: Pipeline) -> None:
    strings = pipeline.nlp.vocab.strings
    before = len(strings)
    pipeline.analyse("Zorblaxing Quuxhopper")  # two words no rule or mail has used
    assert "Zorblaxing" in strings and "zorblax" in strings and "Quuxhopper" in strings
    assert len(strings) - before <= 4
    assert "Xxxxx" not in strings and "zorblaxing" not in strings  # no shape, no lower case


def test_phrases_still_match_on_the_stem_whatever_the_capitals(pipeline: Pipeline) -> None:
    found = pipeline.analyse("We would like REPLACEMENTS under WARRANTY please.")
    assert pipeline.nlp.vocab["REPLACEMENTS"].norm_ == "replacement"
    spans = found.phrases.get("KIND:request_phrases", [])
    assert {found.words[lo] for lo, _hi in spans} >= {"REPLACEMENTS", "WARRANTY"}

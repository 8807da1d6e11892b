"""Faults whose words begin or end with an accented letter, read by the categories' patterns: "l'équipement
reste éteint", "não vê o módulo", "a veces sí, a veces no", "pedí ... y llegaron", "est bloqué". The patterns
are searched with ASCII word boundaries, which do not see é, í or ł as letters; where such a letter stands
at a word's edge the pattern says so with a Unicode boundary, ``(?u:\\b)``."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.rules.understand import load_rules
from mailbot.understand.defects import DefectReader
from mailbot.understand.nlp import Pipeline

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def found():  # type: ignore[no-untyped-def]
    """found(text) -> the categories whose patterns match somewhere in ``text``."""
    rules = load_rules(ROOT / "rules")
    pipeline, reader = Pipeline(rules), DefectReader(rules.defects)

    def _found(text: str) -> set[str]:
        return {category for _s, _e, category in reader._pattern_spans(pipeline.analyse(text))}

    return _found


@pytest.mark.parametrize(
    "text, category",
    [
        # A word that begins with an accented letter after a space or an apostrophe.
        ("Bonjour, depuis l'orage l'équipement reste complètement éteint.", "no_power"),
        ("Dzień dobry, niestety światło jest dużo słabsze niż w drugiej lampie.", "optical_performance"),
        ("Olá, o display funciona às vezes sim, às vezes não.", "intermittent"),
        ("Nous constatons un écart de mesure de 3 unités sur la voie 2.", "other"),
        # A word that ends with an accented letter before a space or a full stop.
        ("Bom dia, o switch não vê o módulo desde ontem.", "no_link"),
        ("Dobrý den, přepínač modul nevidí.", "no_link"),
        ("Bonjour, la mesure est 12 % trop élevé.", "optical_performance"),
        ("Hola, el enlace a veces sí, a veces no.", "intermittent"),
        ("Olá, o kit chegou sem tripé.", "wrong_or_missing_item"),
        ("Hola, pedí dos cables LC y llegaron dos SC.", "wrong_or_missing_item"),
        ("Hola, pedimos 10 módulos LR pero nos llegó un SR.", "wrong_or_missing_item"),
        ("Hola, llegó un módulo SR, pero pedimos LR.", "wrong_or_missing_item"),
        ("Dzień dobry, kolega zamówił 5 kabli, a przyszły tylko 3.", "wrong_or_missing_item"),
        ("Bonjour, le moteur est bloqué depuis hier.", "other"),
    ],
)
def test_a_fault_word_with_an_accent_at_its_edge_is_read(found, text, category):  # type: ignore[no-untyped-def]
    assert category in found(text)


@pytest.mark.parametrize(
    "text, category",
    [
        # The word runs on past the accented letter: still one word, still read.
        ("Dzień dobry, zamówiliśmy 5 kabli, a przyszły tylko 3.", "wrong_or_missing_item"),
        ("Bonjour, la roue est bloquée.", "other"),
    ],
)
def test_a_word_that_runs_on_past_the_accent_is_still_read(found, text, category):  # type: ignore[no-untyped-def]
    assert category in found(text)


@pytest.mark.parametrize(
    "text, category",
    [
        # The accented letter inside a longer word is no word's edge.
        ("Bonjour, le moteur est bloquéx depuis hier.", "other"),
        ("Bom dia, o switch não vêem o módulo.", "no_link"),
    ],
)
def test_an_accented_letter_inside_a_word_is_no_edge(found, text, category):  # type: ignore[no-untyped-def]
    assert category not in found(text)

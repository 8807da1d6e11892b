"""A word boundary beside an accented or Chinese letter in a pattern compiled with ``re.ASCII``.

Under ``re.ASCII`` (the defect categories' patterns and the cue lists are compiled so, twice as fast) ``\\b``
and ``\\w`` know only the Latin letters: ``è`` or ``关`` is no word character, so ``è\\s+stat[oa]\\b`` may match
inside a word and ``\\bà`` or ``失败\\b`` hardly ever matches. Such a pattern is told by
``(?<![A-Za-z])``/``(?![A-Za-z])`` instead. Every pattern is walked as the regex parser reads it, so a
class, an escape or an alternation stands where it stands."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import mailbot.understand
from mailbot.rules.understand import load_rules
from mailbot.understand import defects, kind
from mailbot.understand.hanzi import fold

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python before 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[2]
_BOUNDARIES = (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)
_NAMES = {sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT, sre.GROUPREF, sre.GROUPREF_EXISTS)
_REPEATS = tuple(getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name))
_NESTED = tuple(getattr(sre, name) for name in ("SUBPATTERN", "ATOMIC_GROUP") if hasattr(sre, name))


def _letter(code: int) -> bool:
    """A letter that ``\\w`` knows in Unicode but not under ``re.ASCII``."""
    return code > 127 and chr(code).isalnum()


def _edge(items: Iterable[tuple[Any, Any]], last: bool) -> tuple[set[int], bool]:
    """The characters that may open (or close, ``last``) what ``items`` match, and whether it may be empty."""
    seq = list(items)
    out: set[int] = set()
    for op, av in reversed(seq) if last else seq:
        chars, empty = _item_edge(op, av, last)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item_edge(op: Any, av: Any, last: bool) -> tuple[set[int], bool]:
    if op == sre.LITERAL:
        return {av}, False
    if op == sre.IN:
        if any(o == sre.NEGATE for o, _ in av):
            return set(), False
        chars: set[int] = set()
        for o, v in av:
            if o == sre.LITERAL:
                chars.add(v)
            elif o == sre.RANGE:
                chars |= {c for c in range(max(v[0], 128), min(v[1], 0x2FFFF) + 1) if _letter(c)} or set()
        return chars, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op == sre.BRANCH:
        chars, empty = set(), False
        for alternative in av[1]:
            c, e = _edge(alternative, last)
            chars |= c
            empty = empty or e
        return chars, empty
    if op in _NESTED:
        return _edge(av[-1], last)
    if op in _REPEATS:
        if _filler(av[2]):
            return set(), False  # "[^.\n]{0,60}": some text between words, not a letter beside the boundary
        chars, empty = _edge(av[2], last)
        return chars, empty or av[0] == 0
    return set(), False  # any character, a category (\w, \d), a negated literal


def _filler(items: Any) -> bool:
    """Whether a repeated item is any text ("." or a negated class, alone or among alternatives that hold
    no letter): it stands for the words between two parts of a pattern, so what comes before it is not
    what stands beside a boundary after it."""
    seq = list(items)
    if len(seq) != 1:
        return False
    op, av = seq[0]
    if op in _NESTED:
        return _filler(av[-1])
    if op == sre.BRANCH:
        first = set().union(*(_edge(alternative, last=False)[0] for alternative in av[1]))
        return not any(chr(c).isalpha() for c in first) and any(_filler(alt[:1]) for alt in av[1])
    return op in (sre.ANY, sre.NOT_LITERAL) or (op == sre.IN and any(o == sre.NEGATE for o, _ in av))


def _walk(items: Any, before: set[int], after: set[int], ascii_: bool) -> Iterator[str]:
    """Where, in ``items``, a boundary stands next to a non-ASCII letter under ``re.ASCII``."""
    seq = list(items)
    for i, (op, av) in enumerate(seq):
        head, head_empty = _edge(seq[:i], last=True)
        tail, tail_empty = _edge(seq[i + 1 :], last=False)
        prev = head | (before if head_empty else set())
        nxt = tail | (after if tail_empty else set())
        if op == sre.AT and av in _BOUNDARIES and ascii_:
            near = "".join(sorted(chr(c) for c in prev | nxt if _letter(c)))
            if near:
                yield f"{_NAMES[av]} beside {near!r}"
        elif op == sre.BRANCH:
            for alternative in av[1]:
                yield from _walk(alternative, prev, nxt, ascii_)
        elif op in _NESTED:
            flags = ascii_
            if op == sre.SUBPATTERN:
                add, remove = av[1], av[2]
                flags = (ascii_ or bool(add & sre.SRE_FLAG_ASCII)) and not (add | remove) & sre.SRE_FLAG_UNICODE
            yield from _walk(av[-1], prev, nxt, flags)
        elif op in _REPEATS:
            inner_last, _ = _edge(av[2], last=True)
            inner_first, _ = _edge(av[2], last=False)
            yield from _walk(av[2], prev | inner_last, nxt | inner_first, ascii_)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _walk(av[1], set(), set(), ascii_)


def problems(pattern: str, flags: int) -> list[str]:
    """The boundaries of ``pattern`` that stand next to a non-ASCII letter while ``re.ASCII`` holds."""
    parsed = parser.parse(pattern, flags)
    ascii_ = bool((flags | parsed.state.flags) & re.ASCII)
    return list(dict.fromkeys(_walk(parsed, set(), set(), ascii_)))


def _rule_patterns() -> Iterator[tuple[str, str, int]]:
    """(where, pattern, flags) of every rule pattern, compiled as the readers compile it."""
    rules = load_rules(ROOT / "rules")
    for name, spec in rules.defects.categories.items():
        for rx in spec.patterns:
            yield f"defects.yml categories.{name}.patterns", fold(rx), defects._FLAGS
    for rx in rules.defects.symptoms:
        yield "defects.yml symptoms", fold(rx), re.IGNORECASE
    for name, compiled in vars(defects.Signs.compiled(rules.defects.signs)).items():
        if isinstance(compiled, re.Pattern):
            yield f"defects.yml signs.{name}", compiled.pattern, compiled.flags
    for cue, listed in rules.kinds.patterns.items():
        for compiled in kind.compile_cues({cue: listed})[cue]:
            yield f"kinds.yml patterns.{cue}", compiled.pattern, compiled.flags
    for field in ("order_number", "serial_number", "product_model", "tracking_number"):
        rule = getattr(rules.identifiers, field)
        for part in ("shapes", "standalone", "never"):
            for rx in getattr(rule, part):
                yield f"identifiers.yml {field}.{part}", rx, 0
    for part in ("rma_reference", "range_shape", "spaced_serial"):
        yield f"identifiers.yml {part}", getattr(rules.identifiers, part), 0
    for rx in rules.identifiers.never:
        yield "identifiers.yml never", rx, 0


def _module_patterns() -> Iterator[tuple[str, str, int]]:
    """(where, pattern, flags) of the compiled patterns the modules of mailbot/understand keep at their top."""
    for info in pkgutil.iter_modules(mailbot.understand.__path__):
        module = importlib.import_module(f"mailbot.understand.{info.name}")
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"mailbot/understand/{info.name}.py {attr}", value.pattern, value.flags


def _report(found: Iterable[tuple[str, str, int]]) -> list[str]:
    return [f"{where}: {pattern!r}: {p}" for where, pattern, flags in found for p in problems(pattern, flags)]


def test_rule_patterns_have_no_ascii_boundary_beside_a_non_ascii_letter() -> None:
    assert _report(_rule_patterns()) == []


def test_module_patterns_have_no_ascii_boundary_beside_a_non_ascii_letter() -> None:
    assert _report(_module_patterns()) == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"è\s+stat[oa]\b",  # the boundary after an ASCII word is fine; the one below is not
        r"\bè\s+stato",
        r"non\s+funziona\s+più\b",
        r"\b(?:à|a)\s+l'arrivée",
        r"\b(?:a|b)?é",
        r"apr[eè]\b",
        r"失败\b",
        r"\Bü",
        r"x(?:y|ä)+\b",
        r"(?a:\bß)",
    ],
)
def test_a_boundary_beside_an_accented_letter_is_found(pattern: str) -> None:
    if pattern == r"è\s+stat[oa]\b":
        assert problems(pattern, re.ASCII) == []
    else:
        assert problems(pattern, re.IGNORECASE | re.ASCII), pattern


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"\bnon\s+funziona\s+più\b", re.IGNORECASE),  # Unicode: the boundary knows ù
        (r"(?<![A-Za-z])più(?![A-Za-z])", re.ASCII),
        (r"(?:e|è)\s+stato\b", re.ASCII),  # the boundary stands after an ASCII letter only
        (r"\bcafé|\btea\b", re.ASCII),
        (r"[^é]\b", re.ASCII),
        (r"(?u:\bà)", re.IGNORECASE),
    ],
)
def test_a_boundary_beside_ascii_or_in_unicode_passes(pattern: str, flags: int) -> None:
    assert problems(pattern, flags) == []


def test_a_bad_rule_pattern_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard fails on a rule written with the mistake, naming the file and the pattern."""
    real = load_rules

    def with_bad(folder: Path) -> Any:
        rules = real(folder)
        spec = rules.defects.categories["no_power"]
        bad = spec.model_copy(update={"patterns": [*spec.patterns, r"\bnon\s+si\s+accende\s+più\b"]})
        categories = {**rules.defects.categories, "no_power": bad}
        return type(rules)(rules.identifiers, rules.defects.model_copy(update={"categories": categories}), rules.kinds)

    monkeypatch.setattr(f"{__name__}.load_rules", with_bad)
    report = _report(_rule_patterns())
    assert any("defects.yml categories.no_power.patterns" in r and "più" in r for r in report), report


@pytest.fixture(scope="module")
def cue():  # type: ignore[no-untyped-def]
    """cue(name, text) -> whether one of the cue list's patterns (kinds.yml) finds ``text``, as the kind reads it."""
    cues = kind.compile_cues(load_rules(ROOT / "rules").kinds.patterns)

    def _cue(name: str, text: str) -> bool:
        return any(p.search(fold(text)) for p in cues[name])

    return _cue


@pytest.mark.parametrize(
    "name, text",
    [
        # A warranty question that ends a word in an accented letter (Czech).
        ("not_a_unit", "Dobrý den, záruka pokrývá i poškození bleskem?"),
        ("not_a_unit", "Dobrý den, pokrývá záruka i poškození bleskem?"),
        # The state of a repair asked after an apostrophe (French), an order not yet come (Swedish).
        ("order_status_phrases", "Bonjour, quel est l'état de la réparation ?"),
        ("order_status_phrases", "Hej, vi har ännu inte fått den reparerade enheten."),
        # An Italian read receipt in the German word order the pattern reads.
        ("receipt_phrases", "Il messaggio è stato il 12/03/2026 10:15 letto."),
        # A unit that no longer switches on (Italian "più" before a space).
        ("request_phrases", "Buongiorno, il misuratore non si accende più da ieri."),
    ],
)
def test_a_cue_word_with_an_accent_at_its_edge_is_read(cue, name, text):  # type: ignore[no-untyped-def]
    assert cue(name, text)

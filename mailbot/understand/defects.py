"""Defect category (the taxonomy in defects.yml) and the sentences that describe the fault."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailbot.understand.pipeline import Analysis
from mailbot.understand.rules import DefectRules

_ENDS = {".", "!", "?", "。", "！", "？", ";", "；"}
_ABBREVIATIONS = {"no", "nr", "nos", "approx", "ca", "e.g", "i.e", "vs", "tel", "fig", "ref", "p.o", "art", "pos"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:-\d+(?:[.,]\d+)?)?|\d(?:\.\d+)?[eE]-\d+")
_UNITS = {"db", "dbm", "nm", "mw", "µw", "uw", "°c", "ps", "ber", "%", "ms"}
MAX_MEASURES = 3
MAX_SUMMARY = 600


@dataclass(frozen=True)
class DefectReading:
    category: str | None
    summary: str
    generic: bool  # "faulty", "not working": something is wrong, but not what


class DefectReader:
    """Built once from defects.yml; ``read`` is pure."""

    def __init__(self, rules: DefectRules) -> None:
        self.weights = {name: spec.weight for name, spec in rules.categories.items()}
        self.order = list(rules.categories)
        self.negations = {n.lower() for n in rules.negations}

    def hits(self, a: Analysis) -> list[tuple[int, int, str]]:
        """Non-overlapping, non-negated defect phrase spans (longest wins): (start, end, category)."""
        spans = [(s, e, key.partition(":")[2]) for key, found in a.phrases.items()
                 if key.startswith("DEFECT:") for s, e in found]
        spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        used: set[int] = set()
        out = []
        for start, end, category in spans:
            if used & set(range(start, end)) or self._negated(a, start):
                continue
            used.update(range(start, end))
            out.append((start, end, category))
        return sorted(out)

    def _negated(self, a: Analysis, start: int) -> bool:
        if a.words[start].lower() in self.negations:
            return False  # the phrase carries its own negation ("no link", "没有光")
        window = [w.lower() for w in a.words[max(0, start - 3):start]]
        if "\n" in window:
            window = window[window.index("\n") + 1:]
        return any(w in self.negations for w in window)

    def read(self, subject: Analysis, body: Analysis) -> DefectReading:
        body_hits = self.hits(body)
        score: dict[str, float] = {}
        first: dict[str, int] = {}
        for rank, (_s, _e, category) in enumerate(self.hits(subject) + body_hits):
            score[category] = score.get(category, 0.0) + self.weights[category]
            first.setdefault(category, rank)
        generic = bool(subject.phrases.get("GENERIC") or body.phrases.get("GENERIC"))
        if not score:
            return DefectReading(None, "", generic)
        category = max(score, key=lambda c: (score[c], -first[c]))
        starts = sorted({s for s, _e, _c in body_hits} | set(_measures(body)[:MAX_MEASURES]))
        summary = _sentences(body, starts) or _sentences(subject, [0])
        return DefectReading(category, summary, generic)


def _measures(a: Analysis) -> list[int]:
    """Positions of measured values ("1.8 dB", "-11.2 dBm", "1e-9"): a good summary keeps them."""
    return [i for i, w in enumerate(a.words[:-1]) if _NUMBER.fullmatch(w)
            and (a.words[i + 1].lower() in _UNITS or "e-" in w.lower())]


def _end(a: Analysis, i: int) -> bool:
    if a.words[i] in _ENDS:
        return not (a.words[i] == "." and i > 0 and a.words[i - 1].lower() in _ABBREVIATIONS)
    return _paragraph(a.words, i)


def _sentences(a: Analysis, starts: list[int]) -> str:
    """The sentences that hold the given token positions, in order, as written."""
    chosen: list[tuple[int, int]] = []
    for pos in starts:
        lo = pos
        while lo > 0 and not _end(a, lo - 1):
            lo -= 1
        hi = pos
        while hi < len(a.words) and not _end(a, hi):
            hi += 1
        span = (lo, min(hi + 1, len(a.words)))
        if span not in chosen:
            chosen.append(span)
    parts = []
    for lo, hi in chosen:
        text = "".join(w + (" " if sp else "") for w, sp in zip(a.words[lo:hi], a.spaces[lo:hi]))
        parts.append(" ".join(text.replace("\n", " ").split()))
    return " ".join(parts)[:MAX_SUMMARY]


def _paragraph(words: tuple[str, ...], i: int) -> bool:
    """A line break that ends a sentence: a blank line, or a line break after a colon."""
    if words[i] != "\n":
        return False
    return (i + 1 < len(words) and words[i + 1] == "\n") or (i > 0 and words[i - 1] in ("\n", ":", "："))

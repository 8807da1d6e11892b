"""The spaCy pipeline built once from the rules: a tokenizer that keeps identifiers whole, and matchers."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from mailbot.understand.rules import UnderstandRules

# A word: letters/digits, joined inside by . + - _ (so "OZ-SFP-10G-LR", "DD2026031501", "P.O" stay whole).
# CJK characters are one token each, as Chinese is written without spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_W = rf"[^\W{_CJK}]"
_TOKEN = re.compile(rf"{_W}(?:{_W}|[.+\-](?={_W}))*\+?|[{_CJK}]|\n|[^\s]")
_BLANK = re.compile(r"https?://\S+|www\.\S+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")

IDENTIFIER_FIELDS = ("order_number", "serial_number", "product_model", "tracking_number")
PHRASE_KINDS = ("auto_reply_subjects", "auto_reply_phrases", "bounce_subjects", "order_status_phrases",
                "unrelated_strong", "unrelated_weak", "request_phrases")


class RuleTokenizer:
    """Whitespace/punctuation tokenizer that never splits an identifier; newlines are tokens."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for found in _TOKEN.finditer(text):
            words.append(found.group())
            end = found.end()
            spaces.append(end < len(text) and text[end] in " \t\r\f\v")
        return Doc(self.vocab, words=words, spaces=spaces)


def prepare(text: str) -> str:
    """Normalise full-width forms (：，ＤＤ) to ASCII and blank out e-mail addresses and links."""
    return _BLANK.sub(" ", unicodedata.normalize("NFKC", text))


@dataclass(frozen=True)
class Analysis:
    """What the matchers found in one text: tokens, phrase spans by vocabulary, shape hits by token."""

    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    phrases: dict[str, list[tuple[int, int]]]
    shapes: dict[int, set[str]]


class Pipeline:
    """spacy.blank + the rule tokenizer + a Matcher for identifier shapes + a PhraseMatcher for vocabularies."""

    def __init__(self, rules: UnderstandRules) -> None:
        self.nlp: Language = spacy.blank("xx")
        self.nlp.tokenizer = RuleTokenizer(self.nlp.vocab)
        self.shapes = Matcher(self.nlp.vocab)
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        ids = rules.identifiers
        for name in IDENTIFIER_FIELDS:
            rule = getattr(ids, name)
            if rule.standalone:
                pattern = "^(?:" + "|".join(f"(?:{rx})" for rx in rule.standalone) + ")$"
                self.shapes.add(f"SHAPE:{name}", [[{"TEXT": {"REGEX": pattern}}]])
            self._vocab(f"LABEL:{name}", rule.labels)
        self.shapes.add("SHAPE:rma", [[{"TEXT": {"REGEX": f"^(?:{ids.rma_reference})$"}}]])
        self._vocab("BRAND", ids.third_party_brands)
        self._vocab("BLOCKED", ids.blocked_labels)
        for category, spec in rules.defects.categories.items():
            self._vocab(f"DEFECT:{category}", spec.phrases)
        self._vocab("GENERIC", rules.defects.generic)
        for kind in PHRASE_KINDS:
            self._vocab(f"KIND:{kind}", getattr(rules.kinds, kind))

    def _vocab(self, key: str, phrases: list[str]) -> None:
        docs = [self.nlp.make_doc(unicodedata.normalize("NFKC", p)) for p in phrases]
        docs = [d for d in docs if len(d)]
        if docs:
            self.phrases.add(key, docs)

    def analyse(self, text: str) -> Analysis:
        doc = self.nlp(prepare(text))
        strings = self.nlp.vocab.strings
        phrases: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for match_id, start, end in self.phrases(doc):
            phrases[strings[match_id]].append((start, end))
        shapes: dict[int, set[str]] = defaultdict(set)
        for match_id, start, _end in self.shapes(doc):
            shapes[start].add(strings[match_id].partition(":")[2])
        return Analysis(tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc),
                        dict(phrases), dict(shapes))

    def has(self, a: Analysis, key: str) -> bool:
        return bool(a.phrases.get(key))

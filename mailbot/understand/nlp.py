"""The spaCy pipeline built once from the rules: a tokenizer that keeps identifiers whole, and matchers."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from mailbot.rules.understand import UnderstandRules
from mailbot.understand.hanzi import fold
from mailbot.understand.pipecache import PipelineCache, cache_key

# A word: letters/digits, joined inside by . + - _ and / (so "OZ-SFP-10G-LR", "PO/24/1187-B", "P.O" stay whole).
# CJK characters are one token each, as Chinese is written without spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_W = rf"[^\W{_CJK}]"
_SLASH = r"(?<=[A-Za-z0-9])/(?=[A-Za-z0-9])"
_TOKEN = re.compile(rf"{_W}(?:{_W}|[.+\-](?={_W})|{_SLASH}|(?<=[a-zA-Z])'(?=[a-zA-Z]))*\+?|[{_CJK}]|\n|[^\s]")
# One norm for every way of writing a negated auxiliary, so "does not link" also finds "don't link".
_NORMS = (
    {w: "do" for w in ("do", "does", "did")}
    | {w: "be" for w in ("is", "are", "was", "were", "be")}
    | {w: "have" for w in ("has", "have", "had")}
    | {w: "do_not" for w in ("don't", "doesn't", "didn't", "dont", "doesnt", "didnt")}
    | {w: "be_not" for w in ("isn't", "aren't", "wasn't", "weren't", "isnt", "arent", "wasnt")}
    | {w: "will_not" for w in ("won't", "wont")}
    | {w: "can_not" for w in ("can't", "cant", "cannot", "couldn't", "couldnt")}
    | {w: "have_not" for w in ("hasn't", "haven't", "hadn't")}
)
_NEGATED = re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|will|can)\s+not\b", re.IGNORECASE)
_CONTRACTED = re.compile(r"\b(\w+)n't\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# The look-behind makes an address match start only where a run of address characters starts:
# without it a long run with no "@" costs quadratic time.
_BLANK = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")

IDENTIFIER_FIELDS = ("order_number", "serial_number", "product_model", "tracking_number")
PHRASE_KINDS = (
    "auto_reply_subjects",
    "auto_reply_phrases",
    "bounce_subjects",
    "order_status_phrases",
    "order_status_topics",
    "question_cues",
    "first_person",
    "unrelated_strong",
    "unrelated_weak",
    "sales_questions",
    "request_phrases",
    "machine_notice_phrases",
    "automated_phrases",
    "receipt_phrases",
    "notice_phrases",
    "business_documents",
    "attachment_pointers",
    "relay_phrases",
    "not_a_unit",
    "own_unit",
    "resolved_phrases",
    "fault_again",
    "shipment_held",
    "shipment_words",
)


def stem(word: str) -> str:
    """A crude English stem, so one phrase matches its inflections (damaged/damage, reboots/rebooting)."""
    w = word.lower()
    if w in _NORMS:
        return _NORMS[w]
    if len(w) <= 4 or not w.isascii() or not w.isalpha():
        return w
    for suffix in ("ing", "ed", "es", "s"):
        # "losing" is not "LOS" nor "coming" "com": a stem before -ing keeps at least four letters.
        if not w.endswith(suffix) or len(w) - len(suffix) < (4 if suffix == "ing" else 3):
            continue
        if suffix == "s" and w.endswith(("ss", "us", "is")):
            break
        if suffix == "es" and not w.endswith(("sses", "xes", "zes", "ches", "shes")):
            continue
        w = w[: -len(suffix)]
        if suffix in ("ing", "ed") and len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]  # dropped → drop, flapping → flap
        break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


class RuleTokenizer:
    """Whitespace/punctuation tokenizer that never splits an identifier; newlines are tokens.

    Each new word's lexeme gets its stem as NORM once, so the phrase matchers match on stems.
    """

    def __init__(self, vocab: Vocab, glued: frozenset[str] = frozenset()) -> None:
        """``glued``: label words (lower case) split off a value or another label word they are written
        against ("no.884213", "SN.QX2201A33", "S/N-QX2201A33", "Ser.No"), so the label is read as one."""
        self.vocab = vocab
        self.known: set[str] = set()
        self.glued = glued

    def __getstate__(self) -> dict[str, Any]:
        # Pickled (mailbot/understand/pipecache.py), the vocabulary keeps its strings but not its lexemes,
        # so not their stems either: every word is new again to the loaded tokenizer.
        return {**self.__dict__, "known": set()}

    def __call__(self, text: str) -> Doc:
        words, spaces = self.split(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def split(self, text: str, offsets: list[tuple[int, int]] | None = None) -> tuple[list[str], list[bool]]:
        words: list[str] = []
        spaces: list[bool] = []
        known, vocab = self.known, self.vocab
        for found in _TOKEN.finditer(text):
            start, end = found.span()
            parts = self._unglue(found.group()) if self.glued else None
            for word, lo, hi in parts or ((found.group(), 0, end - start),):
                words.append(word)
                if offsets is not None:
                    offsets.append((start + lo, start + hi))
                spaces.append(start + hi == end and end < len(text) and text[end] in " \t\r\f\v")
                if word not in known and len(known) < 500_000:
                    known.add(word)
                    vocab[word].norm_ = stem(word)
        return words, spaces

    def _unglue(self, word: str) -> list[tuple[str, int, int]] | None:
        """A label word and what is glued to it, as three tokens (word, start, end); None if not so."""
        found = _GLUED.fullmatch(word)
        if not found or not all(part in self.glued for part in found[1].lower().split("/")):
            return None
        rest = found[3]
        if not (any(c.isdigit() for c in rest) or rest.lower() in self.glued):
            return None
        if found[2] == "-" and "/" not in found[1] and not rest.isalpha() and ("-" in rest or rest.isdigit()):
            return None  # "SN-2207-0031", "PO-88213-A", "PO-884213": a prefix that is part of the value;
            # "SN-K7Q2XM4401" is a label and a code
        cut = len(found[1])
        return [(found[1], 0, cut), (found[2], cut, cut + 1), (rest, cut + 1, len(word))]


# A label word (maybe with a slash: S/N) glued by a dot or hyphen to a value or to another label word.
_GLUED = re.compile(rf"({_W}+?(?:/{_W}+)?)([.\-])({_W}.*)")

# Full-width forms (：，ＤＤ４５) read as ASCII, one character for one, so offsets still fit the original.
# The ordinal indicator of "Nº" reads as the letter o, as labels are written once normalised (NFKC).
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x2019: 0x27, 0x00A0: 0x20, 0x00BA: 0x6F}


def composed(text: str) -> str:
    """``text`` in composed form (NFC). A Mac or iPhone may write "é", "ü" or "ệ" as a letter and a combining
    mark, which no phrase, label or marker written with the one character matches ("não liga", "Grüße",
    "không lên nguồn"). Most mail is composed already, and the check that says so costs little."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def prepare(text: str) -> str:
    """Normalise full-width forms to ASCII and blank out e-mail addresses and links; keeps the length."""
    return _BLANK.sub(lambda m: " " * len(m.group()), text.translate(_WIDTH))


def variants(phrase: str) -> set[str]:
    """A phrase as written, with its negation spelled out, and contracted ("does not" / "doesn't")."""
    phrase = unicodedata.normalize("NFKC", phrase.translate(_WIDTH))
    out = {phrase, _CONTRACTED.sub(lambda m: {"wo": "will", "ca": "can"}.get(m[1].lower(), m[1]) + " not", phrase)}
    out.add(_NEGATED.sub(lambda m: {"will": "won", "can": "ca"}.get(m[1].lower(), m[1]) + "n't", phrase))
    return out


@dataclass(frozen=True)
class Analysis:
    """What the matchers found in one text: tokens, phrase spans by vocabulary, shape hits by token."""

    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    phrases: dict[str, list[tuple[int, int]]]
    shapes: dict[int, set[str]]
    text: str = ""  # the text as written
    offsets: tuple[tuple[int, int], ...] = ()  # each token's start and end in ``text``

    def original(self, lo: int, hi: int) -> str:
        """Tokens lo..hi-1 as the sender wrote them (full-width punctuation and all), on one line."""
        if hi <= lo:
            return ""
        return " ".join(self.text[self.offsets[lo][0] : self.offsets[hi - 1][1]].split())


@dataclass(frozen=True)
class _Built:
    """One vocabulary and the matchers made on it: replaced as a whole, so a reader never mixes two."""

    nlp: Language
    shapes: Matcher
    phrases: PhraseMatcher
    strings: int  # strings in the vocabulary once the rules were read


class Pipeline:
    """spacy.blank + the rule tokenizer + a Matcher for identifier shapes + a PhraseMatcher for vocabularies."""

    def __init__(
        self, rules: UnderstandRules, max_new_strings: int = 20_000, cache: PipelineCache | None = None
    ) -> None:
        """``max_new_strings``: how many strings the mails may add to the vocabulary before it is built
        anew. Every word read is interned in the StringStore and gets a lexeme, which spaCy never frees:
        about 2,500 strings and 2.6 MiB per 1,000 mails, without end in a daemon. Reading depends only on
        the rules, never on the words seen before, so a fresh vocabulary reads every mail the same.
        ``cache``: where the built pipeline is kept for the next process (mailbot/understand/pipecache.py)."""
        self.rules = rules
        self.max_new_strings = max_new_strings
        self.builds = 0
        self.cache = cache
        self._key = cache_key(rules) if cache is not None else ""
        self._built = self._build()

    @property
    def nlp(self) -> Language:
        return self._built.nlp

    def _build(self) -> _Built:
        """A fresh vocabulary and its matchers: from the cache when it holds them for these rules."""
        if self.cache is None:
            return self._make()
        loaded = self.cache.load(self._key, _Built)
        if isinstance(loaded, _Built):
            # Unpickled, spaCy gives the vocabulary a NORM getter over its norm table: none, as built.
            cast(Any, loaded.nlp.vocab).lex_attr_getters = {}
            self.builds += 1
            return loaded
        built = self._make()
        self.cache.store(self._key, built)
        return built

    def _make(self) -> _Built:
        rules = self.rules
        self.builds += 1
        nlp = spacy.blank("xx")
        # The matchers read a token's text (shapes) and its NORM, which the tokenizer sets to the stem:
        # none of the other lexical attributes spaCy computes for every new word (lower case, shape,
        # prefix, suffix, like_num, ...), each a Python call and most a new string. Without them a new
        # word costs a third of the time and two strings instead of four, from the rules' own phrases at
        # start-up to every word of every mail.
        cast(Any, nlp.vocab).lex_attr_getters = {}  # a Cython attribute the stubs leave out
        ids = rules.identifiers
        fields = [getattr(ids, name) for name in IDENTIFIER_FIELDS]
        labels = [lb for rule in fields for lb in rule.labels + rule.cased_labels]
        glued = {w for lb in labels for w in re.findall(r"\w+", lb)}
        glued |= {c for c in ids.connectors if c.isalpha()}
        nlp.tokenizer = RuleTokenizer(nlp.vocab, frozenset(w.lower() for w in glued if not w.isdigit()))
        shapes = Matcher(nlp.vocab)
        matcher = PhraseMatcher(nlp.vocab, attr="NORM")

        def vocab(key: str, phrases: list[str]) -> None:
            # Phrases are read folded like the mails (see ``analyse``): 壞了 and 坏了 are one phrase.
            docs = [nlp.make_doc(fold(v)) for p in phrases for v in variants(p)]
            docs = [d for d in docs if len(d)]
            if docs:
                matcher.add(key, docs)

        for name in IDENTIFIER_FIELDS:
            rule = getattr(ids, name)
            if rule.standalone:
                pattern = "^(?:" + "|".join(f"(?:{rx})" for rx in rule.standalone) + ")$"
                shapes.add(f"SHAPE:{name}", [[{"TEXT": {"REGEX": pattern}}]])
            vocab(f"LABEL:{name}", rule.labels)
            vocab(f"WEAK:{name}", rule.weak_labels)
            vocab(f"CASED:{name}", rule.cased_labels)
        shapes.add("SHAPE:rma", [[{"TEXT": {"REGEX": f"^(?:{ids.rma_reference})$"}}]])
        vocab("BRAND", ids.third_party_brands)
        vocab("BLOCKED", ids.blocked_labels)
        for category, spec in rules.defects.categories.items():
            vocab(f"DEFECT:{category}", spec.phrases)
        vocab("GENERIC", rules.defects.generic)
        vocab("DESCRIBED", rules.defects.description_labels)
        for kind in PHRASE_KINDS:
            vocab(f"KIND:{kind}", getattr(rules.kinds, kind))
        return _Built(nlp, shapes, matcher, len(nlp.vocab.strings))

    def analyse(self, text: str) -> Analysis:
        # Composed once here, the text kept is the one read: offsets and what is cut from it (an identifier,
        # a summary) agree, and a decomposed accent matches as the rules write it.
        text = composed(text)
        built = self._built  # one set throughout, even if another thread replaces it meanwhile
        if len(built.nlp.vocab.strings) - built.strings > self.max_new_strings:
            built = self._built = self._build()
        vocab = built.nlp.vocab
        tokenizer = cast(RuleTokenizer, built.nlp.tokenizer)  # set in _build; spaCy types it as a Callable
        offsets: list[tuple[int, int]] = []
        # The rules read traditional Chinese as simplified (序號 as 序号), one character for one, so the
        # offsets still point into ``text``: what is shown or stored is cut from the text as written.
        words, spaces = tokenizer.split(fold(prepare(text)), offsets)
        doc = Doc(vocab, words=words, spaces=spaces)
        strings = vocab.strings
        phrases: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for match_id, start, end in built.phrases(doc):
            phrases[strings[match_id]].append((start, end))
        # Every identifier shape needs a digit: run the shape Matcher on those tokens only (10x fewer).
        candidates = [i for i, w in enumerate(words) if _DIGIT.search(w)]
        shapes: dict[int, set[str]] = defaultdict(set)
        if candidates:
            small = Doc(vocab, words=[words[i] for i in candidates])
            for match_id, start, _end in built.shapes(small):
                shapes[candidates[start]].add(strings[match_id].partition(":")[2])
        return Analysis(tuple(words), tuple(spaces), dict(phrases), dict(shapes), text, tuple(offsets))

    def has(self, a: Analysis, key: str) -> bool:
        return bool(a.phrases.get(key))

"""Signs, in no particular language, that a person's mail is about a unit of ours.

The cue lists (rules/understand/kinds.yml, defects.yml) hold words of the languages most customers write in.
A customer who writes in another one (Hungarian, Finnish, Vietnamese typed without its accents) tells a
fault in words no list holds, and the mail would end as ``unrelated``: no ticket and no answer, the worst
outcome for a person with a broken unit. What such a mail still shows in any language is read here: the
unit named (a model of our catalog, its serial number, the order it came with), a photo of it, and the
signs a person gives when telling a fault (an error code, a reading with its unit, a question, words of
themselves). Together, and with no sign of a machine's or a seller's mail, they make it a request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mailbot.understand.identifiers import Identifiers
from mailbot.understand.nlp import Analysis
from mailbot.understand.patterncache import longest_first

Has = Callable[[Analysis, str], bool]

# An error code as units show it: "E-04", "Err 3", "ERR07", "F12", "AL 21", "0x1F" (shapes, in no language), or
# a code after a word for one in the languages customers write ("error 3", "hibakódot 12", "mã lỗi 05"): those
# words are rules (kinds.yml ``patterns: error_code_words``), given to ``error_codes``. Capitals only for the
# bare letter forms: "e 5" or "f 12" are words and numbers, not codes; a bare word for "fault" before a number
# ("hiba 2 napja", a fault for two days) is no code either.
_CODE_SHAPES = r"(?<![\w/.-])(?:E|Er|ERR|Err|F|AL|ALM)[ -]?\d{1,3}(?![\w/.,-]*\w)|(?<!\w)0x[0-9A-Fa-f]{1,4}(?!\w)"
# what follows a word for a code: "no.", "nr.", "số", a colon or "#", then the code ("E-12", "7", "AL 3")
_AFTER_WORD = r"\s*(?:no\.?|nr\.?|s[oố])?\s*[:#]?\s*[A-Z]{0,3}[- ]?\d{1,4}(?![\w.,-]*\d)"


def error_codes(words: Iterable[str] = ()) -> re.Pattern[str]:
    """The error codes' pattern: the shapes above, and a code after one of ``words`` (regexes, any case)."""
    alternatives = "|".join(f"(?:{w})" for w in words if w.strip())
    if not alternatives:
        return re.compile(_CODE_SHAPES)
    return re.compile(rf"{_CODE_SHAPES}|(?i:\b(?:{alternatives}){_AFTER_WORD})")


_SHAPES_ONLY = error_codes()
# A reading with its unit, as a person quotes what their unit shows or measures: "11.2 V", "-32 dBm", "95 °C".
_MEASURE = re.compile(
    r"(?<![\w.,])[-+]?\d+(?:[.,]\d+)?\s?(?:mV|kV|V|mA|A|kW|mW|W|dBm|dB|°C|°F|℃|MHz|kHz|Hz|Ω|ohms?|bar|psi|rpm|lux)"
    r"(?![\w°])"
)
_QUESTION = ("?", "？", "¿")
# Wording that shows a machine's, a seller's or a newsletter's mail: whatever unit it names, it asks for no
# service on one of the sender's units (the same lists that keep such mail unrelated elsewhere).
_ELSEWHERE = (
    "unrelated_strong",
    "unrelated_weak",
    "sales_questions",
    "notice_phrases",
    "automated_phrases",
    "machine_notice_phrases",
    "business_documents",
    "receipt_phrases",
    "auto_reply_phrases",
    "resolved_phrases",
)


@dataclass(frozen=True)
class UnitSigns:
    """What a mail shows of a unit and of a person telling something about it, in signs no language's words
    are needed for (``own_words`` alone is read from the first-person cue list)."""

    model: bool  # a model of our catalog (or one after a "Model:" label) named, in the text or the subject
    serial: bool  # a unit's serial number: only its owner reads it off the label
    order: bool  # the order the unit came with: bought, not asked about before buying
    photo: bool  # a photo or video attached (not a signature's logo)
    error_code: bool  # "E-04", "Err 3", "hibakód 12": what a failing unit shows
    measure: bool  # a reading with its unit ("11.2 V", "-32 dBm"): what a person measured on it
    question: bool  # a question mark in the sender's own text
    own_words: bool  # the sender speaks of themselves or their own unit ("we", "my", "chúng tôi", "meidän")

    def named(self) -> bool:
        """Whether a unit is named at all: a model, a serial or an order."""
        return self.model or self.serial or self.order

    def about_a_unit(self) -> bool:
        """A unit named and something told of it that only its owner tells. An error code beside a named
        unit is a fault in any language. A serial is read off the unit at hand: with any other sign it is
        the owner's mail. A photo of a named model shows the unit. An order or words of themselves beside a
        model are the sender's unit only with a reading they took of it: "we", a model and a question
        are as much a question before buying, and an order, a model and a question one where it stands."""
        if not self.named():
            return False
        if self.error_code:
            return True
        if self.serial and (self.model or self.photo or self.measure or self.question or self.own_words):
            return True
        if self.photo and self.model:
            return True
        return self.model and self.measure and (self.order or self.own_words)


def read_signs(
    subject: Analysis,
    current: Analysis,
    ids: Identifiers,
    photo: bool,
    has: Has,
    codes: re.Pattern[str] = _SHAPES_ONLY,
) -> UnitSigns:
    """The signs in the sender's own text and the subject. Numbers that are the unit's own names (its model,
    serial or order) are taken out before error codes (``codes``, from ``error_codes``) and readings are
    looked for: "FuenteLab 30V" or a serial "F12-0031" is no error code."""
    text = _without(f"{subject.text}\n{current.text}", (*ids.product_models, *ids.serial_numbers, *ids.order_numbers))
    return UnitSigns(
        model=bool(ids.product_models),
        serial=bool(ids.serial_numbers),
        order=bool(ids.order_numbers),
        photo=photo,
        error_code=codes.search(text) is not None,
        measure=_MEASURE.search(text) is not None,
        question=any(q in current.text for q in _QUESTION),
        own_words=has(current, "first_person") or has(current, "own_unit"),
    )


def speaks_elsewhere(texts: Iterable[Analysis], has: Has) -> bool:
    """Whether any text shows a machine's, a seller's or a newsletter's wording, or a thank-you for a repair:
    such a mail may name a model (a price list, a datasheet, a delivery notice) and stays unrelated."""
    return any(has(a, key) for a in texts for key in _ELSEWHERE)


def person_about_unit(
    subject: Analysis,
    current: Analysis,
    whole: Analysis,
    ids: Identifiers,
    photo: bool,
    has: Has,
    codes: re.Pattern[str] = _SHAPES_ONLY,
) -> bool:
    """Whether a person's mail is about a unit of ours by the signs above, with no wording of a machine, a
    seller or a newsletter anywhere in it (subject, text, quotes and footer). Asked only for a mail no rule
    placed, from an outside sender whose mail carries no list or bulk header."""
    if speaks_elsewhere((subject, current, whole), has):
        return False
    return read_signs(subject, current, ids, photo, has, codes).about_a_unit()


def _without(text: str, names: Iterable[str]) -> str:
    """The text with each of the unit's own names blanked out, however it is cased or spaced."""
    for name in longest_first({n for n in names if n}):
        pattern = r"\s*".join(re.escape(part) for part in name.split())
        text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return text

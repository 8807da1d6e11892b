"""Load rules/understand/*.yml into typed, validated objects; a bad file names its line and problem."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from mailbot.rules.yamlfile import load_model
from mailbot.values import DEFECT_CATEGORIES

# Whether a rule's regular expression is compiled to check it while the rules are read: some 540 of them,
# about a tenth of a second. Rules whose files passed the start-up check before, unchanged
# (mailbot/cli/startcheck.py), are read with it off: each pattern compiled once more to check it would
# only find again what the recorded check found.
_CHECK_PATTERNS: ContextVar[bool] = ContextVar("check_patterns", default=True)


@contextmanager
def patterns_checked_before() -> Iterator[None]:
    """Read the rules within this without compiling their regular expressions to check them."""
    token = _CHECK_PATTERNS.set(False)
    try:
        yield
    finally:
        _CHECK_PATTERNS.reset(token)


def _regex(value: str) -> str:
    if not _CHECK_PATTERNS.get():
        return value
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"bad regular expression {value!r}: {exc}") from None
    return value


# Each item is checked on its own, so an error points at the line of the bad pattern.
Regex = Annotated[str, AfterValidator(_regex)]
Phrases = list[str]


def _no_blank(values: list[str]) -> list[str]:
    for i, value in enumerate(values):
        if not str(value).strip():
            raise ValueError(f"item {i}: empty phrase")
    return [str(v) for v in values]


# Letters that Unicode does not split into a base letter and a mark, written as their base letter.
_BASE_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def _without_marks(phrase: str) -> str:
    """The phrase as it is typed without accents or other marks ("siparis" for "sipariş", "zamowienie" for
    "zamówienie", "numero de serie" for "número de serie"); Latin letters only, other scripts kept."""
    decomposed = unicodedata.normalize("NFD", phrase.translate(_BASE_LETTERS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _with_unmarked(values: list[str]) -> list[str]:
    """Every label, and after it the same label without its marks when that differs: many write a label
    with plain letters on a keyboard or phone that lacks them."""
    out = _no_blank(values)
    seen = set(out)
    for value in list(out):
        plain = _without_marks(value)
        if plain != value and len(plain) >= 5 and plain.isascii() and plain not in seen:
            seen.add(plain)
            out.append(plain)
    return out


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldRule(_Strict):
    """How one identifier field is written: its labels and the shapes of its values."""

    labels: Phrases = []
    shapes: list[Regex] = []
    standalone: list[Regex] = []
    never: list[Regex] = []
    # Words that may stand before a value but also before anything else ("the unit K7Q2XM4401" and
    # "the unit SFP-10G-LR"): what follows them is read only when it looks like this field alone.
    weak_labels: Phrases = []
    # Labels that are also everyday words ("so", "pin"): labels only when written in capitals (SO, PIN).
    cased_labels: Phrases = []

    _labels = field_validator("labels", mode="before")(classmethod(lambda cls, v: _with_unmarked(v or [])))


class IdentifierRules(_Strict):
    order_number: FieldRule
    serial_number: FieldRule
    product_model: FieldRule
    tracking_number: FieldRule
    rma_reference: Regex = r"RMA-\d{4}-\d{3,6}"
    range_shape: Regex = r"(?!)"
    # A serial printed as a prefix word and digit groups and copied with its spaces ("BHI 2401 1187"),
    # matched against the words joined by one space; see identifiers.yml.
    spaced_serial: Regex = r"(?!)"
    never: list[Regex] = []
    connectors: Phrases = []
    separators: Phrases = []
    range_words: Phrases = []
    max_range: int = Field(default=50, ge=1, le=10_000)
    quantity_units: Phrases = []
    third_party_brands: Phrases = []
    blocked_labels: Phrases = []
    # Words that may continue a model name written with spaces ("FS 60 Plus"); see identifiers.yml.
    model_words: Phrases = []
    # The operator's own product models, matched wherever they are written ("FS 60 Plus", "fs60plus").
    catalog: Phrases = []
    # A maker's order letters that are part of how its number is cited ("PV 46110"); see identifiers.yml.
    cited_order_prefixes: Phrases = []
    # The verbs a customer bought a unit with: a lettered code in brackets beside one is the order.
    ordered_words: Phrases = []
    # "our", "nossa", "unsere"...: a number the sender calls their own (see identifiers.yml `own_words`).
    own_words: Phrases = []
    # "our", "my" written after the thing owned ("FS 60 Plus kami (X)"); see identifiers.yml `own_after_words`.
    own_after_words: Phrases = []
    # "number" in the major languages, between a model and its unit's bare number; see identifiers.yml.
    number_words: Phrases = []
    # Words that end a label's description and lead to its value ("serials of the failed units are X"),
    # and the articles that may follow them ("el pedido era el X").
    introducers: Phrases = []
    value_articles: Phrases = []
    # Words that say whose word a labelled number is ("Auftragsnummer laut Rechnung X"): still the label's.
    source_words: Phrases = []
    # The stems an invoice's label is written with (invoice, Rechnung, facture, 发票).
    invoice_words: Phrases = []
    # The letters of a number that say it is an order (PO-, SO-, ORD-, TIL-...): it stays an order.
    order_letters: Phrases = []
    # A number written before the word that numbers it ("X numaralı sipariş", "X számú megrendelés"): the
    # numbering words, and per field the words before them or the starts of the words after them.
    numbered_words: Phrases = []
    numbered_before: dict[str, Phrases] = {}
    numbered_after: dict[str, Phrases] = {}

    @field_validator("numbered_before", "numbered_after")
    @classmethod
    def _known_fields(cls, value: dict[str, Phrases]) -> dict[str, Phrases]:
        fields = ("order_number", "serial_number", "product_model", "tracking_number")
        unknown = sorted(set(value) - set(fields))
        if unknown:
            raise ValueError(f"unknown fields {unknown}; allowed: {', '.join(fields)}")
        return value


class Category(_Strict):
    phrases: Phrases
    weight: float = Field(default=1.0, gt=0)
    # Regexes for what a customer says in many word orders ("the link goes down every few hours"),
    # searched in the text; each match counts like a phrase of the category.
    patterns: list[Regex] = []

    _phrases = field_validator("phrases", mode="before")(classmethod(lambda cls, v: _no_blank(v or [])))


class Signs(_Strict):
    """Words that tell one category's fault as another's (defects.yml ``signs``): regexes, each list joined
    into one alternation searched case-insensitively with Unicode word boundaries; ``meter``: words."""

    battery: list[Regex] = []  # a battery or its charging: its noise, wear or fault over time is no power
    until_restart: list[Regex] = []  # a fault that stays until a restart ...
    link_nouns: list[Regex] = []  # ... told of a link or a port: the link is lost, not intermittent
    starting: list[Regex] = []  # a start-up, its logo or self-test ...
    goes_off: list[Regex] = []  # ... and the unit going off or dark ...
    ran_a_while: list[Regex] = []  # ... unless it ran a while first: no power, not intermittent
    fell: list[Regex] = []  # a fall the fault came with: physical damage
    coding: list[Regex] = []  # a module's coding: a host rejecting it is software, not a link
    meter: Phrases = []  # the character after 光功率 that makes it an instrument's name (光功率计)


class DefectRules(_Strict):
    categories: dict[str, Category]
    signs: Signs = Signs()
    generic: Phrases = []
    negations: Phrases = []
    not_negating: Phrases = []  # words after a negation that make it negate nothing ("no longer", "没多久")
    hypothetical: Phrases = []  # words that make a fault one supposed ("if any parts are missing")
    prevented: Phrases = []  # words that make a fault one to be prevented ("to avoid damage in transit")
    clause_breaks: Phrases = []  # words that end a negation's clause ("and", "but", "但", "och")
    description_labels: Phrases = []
    # Faults described in plain words ("does not heat", "LED blinks red", "error E-21"): regexes that make
    # a mail a defect description of `symptom_category` when no phrase of a category matches.
    symptoms: list[Regex] = []
    symptom_category: str = "other"

    @field_validator("symptom_category")
    @classmethod
    def _known_symptom(cls, value: str) -> str:
        if value not in DEFECT_CATEGORIES:
            raise ValueError(f"unknown category {value!r}; allowed: {', '.join(DEFECT_CATEGORIES)}")
        return value

    @field_validator("categories")
    @classmethod
    def _known(cls, value: dict[str, Category]) -> dict[str, Category]:
        unknown = sorted(set(value) - set(DEFECT_CATEGORIES))
        if unknown:
            raise ValueError(f"unknown categories {unknown}; allowed: {', '.join(DEFECT_CATEGORIES)}")
        return value


class KindRules(_Strict):
    reply_prefixes: Phrases
    forward_prefixes: Phrases
    forward_markers: list[Regex] = []
    separator_markers: list[Regex] = []
    from_headers: Phrases = ["From"]
    sign_offs: Phrases = []
    postscripts: Phrases = []  # words that open a postscript below the sign-off (kinds.yml says why)
    auto_reply_subjects: Phrases = []
    auto_reply_phrases: Phrases = []
    bounce_subjects: Phrases = []
    order_status_phrases: Phrases = []
    order_status_topics: Phrases = []  # what a status question is about; counts only in a text that asks
    question_cues: Phrases = []
    first_person: Phrases = []
    unrelated_strong: Phrases = []
    unrelated_weak: Phrases = []
    sales_questions: Phrases = []  # asked before buying: business words that also make a topic no fault
    request_phrases: Phrases = []
    machine_notice_phrases: Phrases = []
    automated_phrases: Phrases = []  # a machine saying it is one: stronger than machine_notice_phrases
    receipt_phrases: Phrases = []  # read and deletion receipts: their subject heading and their sentence
    notice_phrases: Phrases = []  # carriers', surveys', e-signature and calendar notices: no request
    business_documents: Phrases = []
    form_senders: Phrases = []
    form_email_fields: Phrases = []
    form_name_fields: Phrases = []
    form_problem_fields: Phrases = []  # a support form's field for the person's problem
    answer_to_phrases: Phrases = []  # "please reply to <address>": the person the answer must reach instead
    attachment_pointers: Phrases = []  # "see attached", "见附件": a mail that lets its photo speak
    relay_phrases: Phrases = []  # a colleague's note of what a customer said ("the customer called")
    not_a_unit: Phrases = []  # a service, terms, a partner's notice, an event, press, a tender: no unit's fault
    own_unit: Phrases = []  # the sender's own unit named ("our modules", "the PSU I bought", 我的模块)
    resolved_phrases: Phrases = []  # a thank-you: the unit works again ("works perfectly again", 恢复正常)
    request_files: Phrases = []  # an attached file named as a request ("Reklamation.pdf"): patterns only
    fault_again: Phrases = []  # a fault told again or anew on an open case ("still", "again", "as well")
    shipment_held: Phrases = []  # a shipment stopped on its way: in customs, tracking not moving
    shipment_words: Phrases = []  # a parcel, its carrier, its tracking: asked after beside an order's number
    error_code_words: Phrases = []  # a word for an error code ("error 3", "hibakód 12"): patterns only
    # Regexes per cue list above (order_status_phrases, request_phrases, ...) for what is said in many
    # word orders ("when will the repaired unit be sent back?"); a match counts like one of its phrases.
    patterns: dict[str, list[Regex]] = {}

    @field_validator("patterns")
    @classmethod
    def _known_cues(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        lists = {name for name, info in cls.model_fields.items() if info.annotation == Phrases}
        unknown = sorted(set(value) - lists)
        if unknown:
            raise ValueError(f"unknown cue lists {unknown}; allowed: {', '.join(sorted(lists))}")
        return value


@dataclass(frozen=True)
class UnderstandRules:
    identifiers: IdentifierRules
    defects: DefectRules
    kinds: KindRules


def load_rules(rules_dir: Path) -> UnderstandRules:
    """Read identifiers.yml, defects.yml and kinds.yml from ``rules_dir/understand`` (or ``rules_dir``)."""
    base = rules_dir / "understand" if (rules_dir / "understand").is_dir() else rules_dir
    return UnderstandRules(
        identifiers=load_model(base / "identifiers.yml", IdentifierRules, default_empty=False),
        defects=load_model(base / "defects.yml", DefectRules, default_empty=False),
        kinds=load_model(base / "kinds.yml", KindRules, default_empty=False),
    )

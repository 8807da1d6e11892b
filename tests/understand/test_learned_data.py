"""The generated training mails vary where unseen mail varies: languages, identifier shapes, layouts,
and numbers that are not identifiers."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tools.training_data import (
    DEFECTS,
    Example,
    _compact,
    _forwarded,
    _in_language,
    _order_maker,
    _serial_maker,
    _signature,
    generate,
    make_company,
)
from tools.training_languages import LANGUAGES

_SAMPLE = list(generate(4000, seed=11))


def _values(label: str) -> list[str]:
    return [ex.text[a:b] for ex in _SAMPLE for a, b, lab in ex.spans if lab == label]


def test_thirteen_languages_each_with_every_kind_of_mail() -> None:
    languages = Counter(ex.language for ex in _SAMPLE)
    assert {"en", "zh", *(lang.code for lang in LANGUAGES)} <= set(languages)
    assert len({"en", "zh", *(lang.code for lang in LANGUAGES)}) == 13
    for lang in LANGUAGES:
        kinds = {ex.kind for ex in _SAMPLE if ex.language == lang.code}
        assert kinds == {"request", "status", "unrelated", "notice"}, lang.code


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_every_language_tells_every_fault_and_labels_every_field(lang) -> None:  # type: ignore[no-untyped-def]
    assert set(lang.faults) == set(DEFECTS)
    assert all(lang.faults[d] for d in DEFECTS)
    assert set(lang.labels) == {"ORDER", "SERIAL", "MODEL", "TRACKING"}
    assert all("{t}" in n for n in lang.notice)


def test_a_request_in_another_language_carries_its_fault_and_labelled_identifiers() -> None:
    r = random.Random(5)
    company = make_company(r)
    german = next(lang for lang in LANGUAGES if lang.code == "de")
    requests = [ex for ex in (_in_language(r, company, german) for _ in range(300)) if ex.kind == "request"]
    assert {ex.defect for ex in requests} >= set(DEFECTS)
    with_fault = [ex for ex in requests if ex.defect != "none"]
    assert all(any(f in ex.text for f in german.faults[ex.defect]) for ex in with_fault)
    labelled = [ex for ex in requests if ex.spans]
    assert len(labelled) > len(requests) // 2
    own_labels = {lab for labs in german.labels.values() for lab in labs}
    assert any(any(lab in ex.text for lab in own_labels) for ex in labelled)


def test_serial_shapes_include_blocks_lower_case_and_the_model_in_front() -> None:
    serials = _values("SERIAL")
    assert any(s.islower() for s in serials if re.search("[a-z]", s))
    assert any(len(re.findall(r"[-/_.]", s)) >= 2 for s in serials)  # three blocks or more
    assert any(s.isdigit() and len(s) == 7 for s in serials)
    assert any(re.fullmatch(r"\d{4}/\d{5}", s) for s in serials)  # month of making / running number
    r = random.Random(3)
    model = lambda _q: "DL-520 Line"  # noqa: E731
    made = {_serial_maker(random.Random(seed), model)(r) for seed in range(200)}
    assert any(s.upper().startswith("DL") and re.search(r"\d{4}", s) for s in made)


def test_compact_model_code_is_what_a_serial_starts_with() -> None:
    assert _compact("DL-520 Line") == "DL"
    assert _compact("Kx 120 Pro") == "KX"
    assert _compact("TX500-E") == "TX500"
    assert _compact("---") == "X"


def test_order_shapes_include_year_blocks_slashes_lower_case_and_chinese_contracts() -> None:
    orders = _values("ORDER")
    assert any(re.fullmatch(r"HT20\d{2}\d{2}\d{3}", o) or "-HT-" in o for o in orders)
    assert any(re.fullmatch(r"[A-Z]{2,3}-20\d{2}-\d{3,5}", o) for o in orders)  # a four-digit year block
    assert any(o.count("/") >= 1 for o in orders)
    assert any(o.islower() for o in orders if re.search("[a-z]", o))
    made = {_order_maker(random.Random(seed))(random.Random(seed)) for seed in range(300)}
    assert any(re.fullmatch(r"[a-z]\d{2}-\d{4,5}", o) for o in made)  # a letter, a year, a running number


def test_signatures_are_full_of_numbers_none_of_them_labelled() -> None:
    r = random.Random(8)
    company = make_company(r)
    blocks = [_signature(r, company) for _ in range(200)]
    joined = "\n".join(blocks)
    assert re.search(r"\+\d{2,3} ", joined) and "IBAN" in joined and re.search(r"VAT|USt-IdNr", joined)
    signed = [ex for ex in _SAMPLE if "IBAN" in ex.text or "Tel. +" in ex.text or "USt-IdNr." in ex.text]
    assert len(signed) > 100
    labelled = {ex.text[a:b] for ex in signed for a, b, _lab in ex.spans}
    for ex in signed:
        tail = ex.text[ex.text.rfind("IBAN") :] if "IBAN" in ex.text else ""
        numbers = re.findall(r"\d[\d ]{6,}\d", tail.split("\n")[0])
        assert not [n for n in numbers if n in labelled]


def test_a_forward_keeps_each_span_on_its_value() -> None:
    inner = Example("Hello\nSN: AB-1234-5678\nthanks", ((10, 22, "SERIAL"),), "none", "request", "en")
    assert inner.text[10:22] == "AB-1234-5678"
    for seed in range(5):
        fwd = _forwarded(random.Random(seed), inner)
        assert fwd.text.endswith(inner.text) and len(fwd.text) > len(inner.text)
        ((a, b, label),) = fwd.spans
        assert fwd.text[a:b] == "AB-1234-5678" and label == "SERIAL"
    forwarded = [ex for ex in _SAMPLE if "Forwarded message" in ex.text or "原始邮件" in ex.text]
    assert forwarded and all(ex.kind == "request" for ex in forwarded)

"""The learned component: the generated training set, the shipped model, and how it joins the rules."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.rules.understand import load_rules
from mailbot.understand import Understander
from mailbot.understand.combine import Blend, Combiner, candidate_lines
from mailbot.understand.defects import DefectReading
from mailbot.understand.identifiers import IdentifierReader, Identifiers
from mailbot.understand.learned import MODEL_DIR, Learned, available, build_pipeline
from tools.train import token_spans
from tools.training_data import DEFECT_CLASSES, KIND_CLASSES, SPAN_LABELS, generate

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "understand"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}")


# --- the generator -----------------------------------------------------------------------------------


def test_generator_is_reproducible_for_a_seed() -> None:
    assert list(generate(200, seed=7)) == list(generate(200, seed=7))
    assert list(generate(200, seed=7)) != list(generate(200, seed=8))


def test_generator_covers_every_label_class_and_language() -> None:
    examples = list(generate(2000))
    labels = Counter(label for ex in examples for _s, _e, label in ex.spans)
    assert set(labels) == set(SPAN_LABELS)
    assert {ex.defect for ex in examples} == set(DEFECT_CLASSES)
    assert {ex.kind for ex in examples} == set(KIND_CLASSES)
    languages = Counter(ex.language for ex in examples)
    assert (languages["zh"] + languages["mixed"]) / len(examples) >= 0.25
    assert any(re.search(r"[\u4e00-\u9fff]", ex.text) for ex in examples if ex.language == "zh")


def test_generated_spans_are_whole_tokens_of_the_rules_tokenizer() -> None:
    nlp = build_pipeline()
    checked = 0
    for ex in generate(500):
        _doc, spans = token_spans(nlp, ex.text, ex.spans)
        assert len(spans) == len(ex.spans)
        for span, (start, end, label) in zip(spans, ex.spans, strict=True):
            value = ex.text[start:end]
            assert value == value.strip() and value
            assert span.label_ == label
            assert span.text.split() == value.split()  # the span covers the value and nothing more
            checked += 1
    assert checked > 500


def test_generated_spans_never_label_a_date_or_an_rma_number() -> None:
    values = [ex.text[s:e] for ex in generate(1500) for s, e, _label in ex.spans]
    assert values
    assert not [v for v in values if _DATE.fullmatch(v) or v.startswith("RMA-")]
    texts = " ".join(ex.text for ex in generate(1500))
    assert _DATE.search(texts) and "RMA-" in texts  # they are in the mails, unlabelled


# --- the shipped model -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model() -> Learned:
    assert available(), f"no trained model in {MODEL_DIR}: run tools/train.py"
    return Learned()


def test_shipped_model_is_small_and_loads_offline(model: Learned) -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 50 * 1024 * 1024
    assert set(model.nlp.pipe_names) == {"ner", "defect", "kind"}
    assert set(model.ner.labels) == set(SPAN_LABELS)


def test_shipped_model_reads_an_unlabelled_serial_written_mid_sentence(model: Learned) -> None:
    text = "Hello,\nthe unit QX2411K00311 stopped working yesterday.\nOrder 4512340987.\nRegards"
    spans = model.spans(model.doc(text))
    assert spans.get("serial_number") == ("QX2411K00311",)
    assert spans.get("order_number") == ("4512340987",)


def test_shipped_model_reads_chinese_labels(model: Learned) -> None:
    spans = model.spans(model.doc("您好，设备序列号：ZK20240511003，订单号：HT-2024-0315。谢谢"))
    assert spans.get("serial_number") == ("ZK20240511003",)
    assert spans.get("order_number") == ("HT-2024-0315",)


def test_shipped_model_reads_lower_case_shapes_under_labels_in_another_language(model: Learned) -> None:
    text = (
        "Guten Tag,\ndas Gerät lässt sich nicht mehr einschalten.\nBestellnummer: vo25-0412\n"
        "Seriennummer: kx24b001234\nViele Grüße\nTel. +49 89 1234 567\nUSt-IdNr. DE123456789"
    )
    spans = model.spans(model.doc(text))
    assert spans.get("order_number") == ("vo25-0412",)
    assert spans.get("serial_number") == ("kx24b001234",)  # and neither the phone nor the VAT id


def test_shipped_model_reads_japanese_labels_and_year_block_orders(model: Learned) -> None:
    spans = model.spans(model.doc("注文番号 PO-2025-00417\nシリアル番号 QL2503A000187"))
    assert spans.get("order_number") == ("PO-2025-00417",)
    assert spans.get("serial_number") == ("QL2503A000187",)


def test_shipped_model_reads_a_chinese_contract_number_as_the_order(model: Learned) -> None:
    assert model.spans(model.doc("合同编号：DY-HT-2025-041")).get("order_number") == ("DY-HT-2025-041",)


def test_shipped_model_names_a_fault_told_in_german_or_french(model: Learned) -> None:
    german = model.classes(model.doc("Das Gerät lässt sich nicht mehr einschalten, bitte um Austausch."), "defect")
    assert max(german, key=lambda k: german[k]) == "no_power"
    french = model.classes(model.doc("Le module n'est pas reconnu par le switch."), "defect")
    assert max(french, key=lambda k: french[k]) == "no_link"


def test_shipped_model_names_a_fault_described_in_plain_words(model: Learned) -> None:
    text = "Hi, the oven does not heat any more and nothing lights up when switched on."
    cats = model.classes(model.doc(text), "defect")
    assert max(cats, key=lambda k: cats[k]) == "no_power"
    cats = model.classes(model.doc("Could you tell me when the replacement will be shipped?"), "defect")
    assert max(cats, key=lambda k: cats[k]) == "none"


# --- joining the rules -------------------------------------------------------------------------------


class _Fixed(Learned):
    """A stand-in model that reads the same spans and classes in every text (unit tests only)."""

    def __init__(self, spans: dict[str, tuple[str, ...]], defect: dict[str, float]) -> None:
        self.fixed_spans, self.fixed_defect = spans, defect
        self.nlp = build_pipeline()

    def spans(self, doc):  # type: ignore[no-untyped-def]
        return self.fixed_spans

    def classes(self, doc, which):  # type: ignore[no-untyped-def]
        return self.fixed_defect


def _combiner(
    spans: dict[str, tuple[str, ...]], defect: dict[str, float] | None = None, blend: Blend | None = None
) -> Combiner:
    reader = IdentifierReader(load_rules(ROOT / "rules").identifiers)
    everything = Blend(fill=frozenset({"order_number", "serial_number", "tracking_number"}), defect_threshold=0.6)
    return Combiner(_Fixed(spans, defect or {"none": 1.0}), reader, blend or everything)


def test_learned_values_fill_only_fields_the_rules_left_empty() -> None:
    combiner = _combiner({"order_number": ("PO-77-1234",), "serial_number": ("ZX99-1234-0001",)})
    ids = combiner.identifiers(Identifiers(order_numbers=("4500012345",)), "Order 4500012345, unit ZX99-1234-0001")
    assert ids.order_numbers == ("4500012345",)
    assert ids.serial_numbers == ("ZX99-1234-0001",)


def test_by_default_the_model_fills_orders_but_leaves_serials_to_the_rules() -> None:
    combiner = _combiner({"order_number": ("PO-77-1234",), "serial_number": ("ZX99-1234-0001",)}, blend=Blend())
    ids = combiner.identifiers(Identifiers(), "Order PO-77-1234, unit ZX99-1234-0001")
    assert ids.order_numbers == ("PO-77-1234",)
    assert ids.serial_numbers == ()


def test_learned_values_still_pass_the_never_lists() -> None:
    combiner = _combiner({"serial_number": ("192.168.10.20", "RMA-2026-00012", "2026-03-15", "AB12")})
    ids = combiner.identifiers(Identifiers(), "see 192.168.10.20 RMA-2026-00012 2026-03-15 AB12")
    assert ids.serial_numbers == ()


def test_a_value_the_rules_read_as_another_field_is_not_taken_again() -> None:
    combiner = _combiner({"serial_number": ("FS60-22-0913",)})
    ids = combiner.identifiers(Identifiers(order_numbers=("FS60-22-0913",)), "FS60-22-0913 please")
    assert ids.serial_numbers == ()


def test_classifier_names_the_category_only_where_no_phrase_matched() -> None:
    combiner = _combiner({}, {"no_power": 0.9, "none": 0.1})
    by_phrase = DefectReading("no_link", "no link", False, "phrases")
    assert combiner.defect(by_phrase, "whatever") == by_phrase
    found = combiner.defect(DefectReading(None, "", False, ""), "the heater stays cold")
    assert found.category == "no_power" and found.summary == "the heater stays cold"
    unsure = _combiner({}, {"no_power": 0.4, "none": 0.3, "other": 0.3})
    assert unsure.defect(DefectReading(None, "", False, ""), "hm").category is None
    by_default = _combiner({}, {"no_power": 0.9, "none": 0.1}, Blend())
    assert by_default.defect(DefectReading(None, "", False, ""), "the heater stays cold").category is None


def test_candidate_lines_keep_codes_and_the_label_line_before_them() -> None:
    text = "Hello,\n\nSerial numbers:\nAB12345\nlong story without codes\nPO 4500012345\nRegards"
    assert candidate_lines(text) == "Serial numbers:\nAB12345\nlong story without codes\nPO 4500012345"
    assert candidate_lines("no codes at all\nnone here") == ""


def test_candidate_lines_skip_codes_the_rules_already_read_and_times() -> None:
    text = "Serial numbers:\nAB12345\nsee you at 10:30 in 2026\nPO 4500012345"
    assert candidate_lines(text, ["ab12345"]) == "see you at 10:30 in 2026\nPO 4500012345"
    assert candidate_lines(text, ["AB12345", "4500012345"]) == ""


def test_understander_without_the_model_uses_the_rules_alone() -> None:
    rules = load_rules(ROOT / "rules")
    plain = Understander(rules, lambda _a: False, (), learned=False)
    assert plain.combiner is None
    assert Understander(rules, lambda _a: False, (), learned=True).combiner is not None


@pytest.mark.parametrize("argv", [["--help"], ["tickets"], ["show", "RMA-2026-00001"]])
def test_commands_that_read_no_mail_load_neither_spacy_nor_the_model(argv: list[str], tmp_path: Path) -> None:
    env = os.environ | {"MAILBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(ROOT / "run.py"), *argv],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "typer" in imported or "click" in imported  # the import log was read
    assert not {m for m in imported if m == "spacy" or m.startswith(("spacy.", "mailbot.understand"))}


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: Kim Lee <kim@customer-example.com>\nTo: service@us-example.com\nSubject: {subject}\n"
        f"Message-ID: <t1@customer-example.com>\n\n{body}\n"
    ).encode()


def test_a_follow_up_the_model_reads_as_a_status_question_becomes_order_status() -> None:
    from mailbot.mail.parse import parse

    rules = load_rules(ROOT / "rules")
    understander = Understander(rules, lambda _a: False, ("service@us-example.com",), learned=False)
    mail = parse(_mail("RMA-2026-00012", "Hello,\nany news on the exchange unit? We are waiting.\nKim"))
    assert understander.understand(mail).kind == "follow_up"
    understander.combiner = _combiner({}, {"status": 0.95, "request": 0.05})
    assert understander.understand(mail).kind == "order_status"
    understander.combiner = _combiner({}, {"status": 0.6, "request": 0.4}, Blend())
    assert understander.understand(mail).kind == "follow_up"


_PIECES = ["PO ", "S/N: ", "订单号：", "序列号", "4500012345", "AB12-3456-0001", "\n", "  ", "，", "RMA-2026-00001"]


@pytest.fixture(scope="module")
def shipped_reader() -> IdentifierReader:
    """The identifier rules as shipped, read once: reading rules/ costs about 0.2 s of CPU an example."""
    return IdentifierReader(load_rules(ROOT / "rules").identifiers)


@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), max_size=30))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_shipped_model_reads_any_text_without_error(
    model: Learned, shipped_reader: IdentifierReader, pieces: list[str]
) -> None:
    """Random and mangled text through the real model and the combination: well-formed, never an exception."""
    text = "".join(pieces)
    reader = shipped_reader
    combiner = Combiner(model, reader, Blend(fill=frozenset({"order_number", "serial_number", "tracking_number"})))
    ids = combiner.identifiers(Identifiers(), text)
    assert all(isinstance(v, str) and v.strip() == v and v for v in ids.order_numbers + ids.serial_numbers)
    found = combiner.defect(DefectReading(None, "", False, ""), text)
    assert found.category is None or found.category in DEFECT_CLASSES
    assert isinstance(combiner.status_question(text), bool)

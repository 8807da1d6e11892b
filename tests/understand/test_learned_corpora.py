"""Labelled mail as training data (tools/corpus_data.py): each label value found again in the text the
model is shown."""

from __future__ import annotations

from pathlib import Path

from mailbot.understand.combine import candidate_indexes, candidate_lines
from tools.corpus_data import KIND_OF, aligned, model_text, ner_view, read_corpus, spans_of
from tools.train import CORPORA
from tools.training_data import KIND_CLASSES, Example

ROOT = Path(__file__).resolve().parents[2]

_MAIL = b"""From: Jana Novak <jana@client-example.com>
To: service@maker-example.com
Subject: Return for order KX-4471
Message-ID: <a1@client-example.com>
Date: Mon, 02 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Hello,

the unit with serial ab 1207 0042 does not power on any more.
Phone: (207) 555-0199

Regards
Jana

On Friday, Service wrote:
> Order KX-9999 was shipped.
"""


# --- aligning labels to the text ---------------------------------------------------------------------


def test_a_value_is_found_as_whole_words_whatever_its_case_and_spacing() -> None:
    text = "Serial: AB 1207  0042, order kx-4471 (not xkx-44710)"
    spans = spans_of(text, {"serial_numbers": ["ab 1207 0042"], "order_numbers": ["KX-4471"]})
    assert [(text[a:b], label) for a, b, label in spans] == [("AB 1207  0042", "SERIAL"), ("kx-4471", "ORDER")]


def test_a_value_inside_a_longer_code_is_no_span_but_one_beside_chinese_text_is() -> None:
    assert spans_of("ref XAB1234Y only", {"serial_numbers": ["AB1234"]}) == ()
    text = "序列号AB1234的设备坏了"
    assert [text[a:b] for a, b, _ in spans_of(text, {"serial_numbers": ["AB1234"]})] == ["AB1234"]


def test_overlapping_values_keep_the_longer_one() -> None:
    text = "Unit FS60-22-0913"
    spans = spans_of(text, {"product_models": ["FS60"], "serial_numbers": ["FS60-22-0913"]})
    assert [(text[a:b], label) for a, b, label in spans] == [("FS60-22-0913", "SERIAL")]


def test_a_mail_whose_label_names_a_value_not_written_so_does_not_teach_the_ner() -> None:
    text = "Serials OZ5510 to OZ5513"
    assert not aligned(text, {"serial_numbers": ["OZ5510", "OZ5511", "OZ5512", "OZ5513"]})
    assert aligned(text, {"serial_numbers": ["OZ5510"], "order_numbers": []})


def test_the_model_is_shown_the_subject_and_the_senders_own_text_without_the_quote() -> None:
    understander_text = model_text(_understander(), _MAIL)
    assert understander_text.startswith("Return for order KX-4471\n")
    assert "ab 1207 0042" in understander_text
    assert "KX-9999" not in understander_text


def test_the_ner_is_shown_only_the_lines_with_codes_and_the_line_before_each() -> None:
    text = "Hi,\nplease see\nSerial:\nAB12345 broken\nlong story\n\nPO 4500012345\nbye"
    a, b = text.index("AB12345"), text.index("4500012345")
    view = ner_view(Example(text, ((a, a + 7, "SERIAL"), (b, b + 10, "ORDER")), "none", "request", "en"))
    assert view is not None
    assert view.text == candidate_lines(text) == "Serial:\nAB12345 broken\nPO 4500012345"
    assert [(view.text[s:e], label) for s, e, label in view.spans] == [("AB12345", "SERIAL"), ("4500012345", "ORDER")]
    assert ner_view(Example("Hello, no codes here", (), "none", "unrelated", "en")) is None


def test_candidate_indexes_are_the_lines_candidate_lines_keeps() -> None:
    lines = ["Hello", "Order:", "PO-2025-0117", "at 10:30", "thanks"]
    assert candidate_indexes(lines) == [1, 2]
    assert candidate_indexes(lines, known=["PO-2025-0117"]) == []


def test_every_labelled_kind_maps_to_a_class_of_the_kind_classifier() -> None:
    kinds = ("new_request", "forwarded", "follow_up", "order_status", "auto_reply", "bounce", "unrelated")
    assert set(KIND_OF) == set(kinds)
    assert set(KIND_OF.values()) == set(KIND_CLASSES)
    assert KIND_OF["order_status"] == "status" and KIND_OF["follow_up"] != "status"


def test_a_corpus_folder_yields_its_labelled_mails_with_spans(tmp_path: Path) -> None:
    (tmp_path / "001.eml").write_bytes(_MAIL)
    (tmp_path / "002.eml").write_bytes(_MAIL.replace(b"Subject: Return", b"Subject: Automatic reply: Return"))
    (tmp_path / "labels.jsonl").write_text(
        '{"file": "001.eml", "kind": "new_request", "order_numbers": ["KX-4471"], "serial_numbers":'
        ' ["AB 1207 0042"], "product_models": [], "tracking_numbers": [], "defect_category": "no_power",'
        ' "language": "en"}\n'
        '{"file": "002.eml", "kind": "auto_reply", "order_numbers": [], "serial_numbers": [],'
        ' "product_models": [], "tracking_numbers": [], "defect_category": null, "language": "en"}\n',
        encoding="utf-8",
    )
    first, second = read_corpus(tmp_path, ["maker-example.com"], ROOT / "rules")
    ex = first.example
    assert (ex.kind, ex.defect, first.teaches_ner) == ("request", "no_power", True)
    found = sorted((ex.text[a:b], label) for a, b, label in ex.spans)
    assert found == [("KX-4471", "ORDER"), ("ab 1207 0042", "SERIAL")]
    # A responder's echo keeps no identifiers by convention: it teaches the classifiers only.
    assert (second.example.kind, second.example.spans, second.teaches_ner) == ("notice", (), False)


def test_every_training_corpus_is_trained_on_and_no_corpus_kept_to_score_the_model() -> None:
    names = {name for name, _staff in CORPORA}
    training = {f"tests/understand/train{i}" for i in range(2, 10)}
    assert names == {"../shared/corpus-dev", "tests/understand/corpus", *training}
    assert not any("blind" in n for n in names)


def _understander():  # type: ignore[no-untyped-def]
    from mailbot.understand import load_understander

    return load_understander(ROOT / "rules", ["maker-example.com"], ["service@maker-example.com"], learned=False)

"""The hand-written labelled corpus in tests/understand/corpus meets the issue's targets."""

from __future__ import annotations

from pathlib import Path

from mailbot.mail.parse import parse
from mailbot.understand.evaluate import load_labels, score

CORPUS = Path(__file__).parent / "corpus"


def test_corpus_targets(understander):
    labels = load_labels(CORPUS / "labels.jsonl")
    pairs = [(lab, understander.understand(parse((CORPUS / lab.file).read_bytes())).as_json()) for lab in labels]
    report = score(pairs).as_json()
    fields, accuracy = report["fields"], report["accuracy"]
    assert fields["order_numbers"]["f1"] >= 0.97, report["errors"]
    assert fields["serial_numbers"]["f1"] >= 0.97, report["errors"]
    assert fields["product_models"]["f1"] >= 0.9, report["errors"]
    assert accuracy["kind"] >= 0.95, report["errors"]
    assert accuracy["defect_category"] >= 0.85, report["errors"]
    assert accuracy["customer_email"] >= 0.97, report["errors"]
    assert report["unsafe_auto_replies"] == []

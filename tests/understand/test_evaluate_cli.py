"""evaluate.py scoring, the label schema check, and the extract/eval commands through typer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailbot.cli.understanding import register
from mailbot.understand.evaluate import Label, LabelError, load_labels, norm, score
from mailbot.values import Extraction

CORPUS = Path(__file__).parent / "corpus"
MAIL = Path(__file__).resolve().parents[1] / "mail" / "samples"
KEYS = {
    "kind",
    "should_auto_reply",
    "customer_email",
    "forwarded_by",
    "order_numbers",
    "serial_numbers",
    "product_models",
    "tracking_numbers",
    "rma_reference",
    "defect_category",
    "defect_summary",
    "language",
    "missing_fields",
    "file",
    "message_id",
}


def app() -> typer.Typer:
    cli = typer.Typer()
    register(cli)

    @cli.callback()
    def main() -> None:  # a callback keeps typer in multi-command mode
        pass

    return cli


def label(**changes: object) -> Label:
    base = {
        "file": "a.eml",
        "kind": "new_request",
        "should_auto_reply": True,
        "customer_email": "A@x.example",
        "forwarded_by": None,
        "order_numbers": ["PO-1", "4500012345"],
        "serial_numbers": ["S1"],
        "product_models": [],
        "tracking_numbers": [],
        "rma_reference": None,
        "defect_category": "no_link",
        "defect_keywords": ["no link"],
        "language": "en",
        "missing_fields": [],
    }
    return Label.model_validate(base | changes)


def test_norm_ignores_case_and_surrounding_punctuation():
    assert norm(" (PO-1). ") == "po-1" and norm("DD2026，") == "dd2026" and norm(None) is None


def test_score_counts_sets_and_accuracies():
    found = Extraction(
        "new_request",
        False,
        "a@x.example",
        None,
        order_numbers=("po-1:", "999"),
        serial_numbers=("S1",),
        defect_category="no_power",
        defect_summary="There is NO LINK.",
        language="en",
    ).as_json()
    report = score([(label(should_auto_reply=False), found), (label(file="b.eml"), found)]).as_json()
    orders = report["fields"]["order_numbers"]
    assert (orders["tp"], orders["fp"], orders["fn"]) == (2, 2, 2)
    assert orders["precision"] == 0.5 and orders["recall"] == 0.5 and orders["f1"] == 0.5
    assert report["fields"]["serial_numbers"]["f1"] == 1.0
    assert report["accuracy"]["customer_email"] == 1.0  # case-insensitive
    assert report["accuracy"]["defect_category"] == 0.0
    assert report["accuracy"]["should_auto_reply"] == 0.5
    assert report["defect_keywords_coverage"] == 1.0
    assert report["unsafe_auto_replies"] == []
    assert {e["file"] for e in report["errors"]} == {"a.eml", "b.eml"}


def test_unsafe_auto_reply_is_reported():
    found = Extraction("new_request", True, None, None).as_json()
    report = score([(label(kind="bounce", should_auto_reply=False), found)]).as_json()
    assert report["unsafe_auto_replies"] == ["a.eml"]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"file": "a.eml"', "not valid JSON"),
        (json.dumps(label().model_dump() | {"kind": "complaint"}), "kind"),
        (json.dumps({k: v for k, v in label().model_dump().items() if k != "language"}), "language"),
        (json.dumps(label().model_dump() | {"extra": 1}), "extra"),
    ],
)
def test_bad_label_line_is_named(tmp_path, line, message):
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(label().model_dump()) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(LabelError) as err:
        load_labels(path)
    assert "labels.jsonl:2:" in str(err.value) and message in str(err.value)


def test_extract_json_has_exactly_the_keys():
    result = CliRunner().invoke(
        app(), ["extract", str(MAIL / "plain.eml"), str(MAIL / "gbk.eml"), "--json", "--staff-domain", "example.com"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [set(x) for x in lines] == [KEYS, KEYS]
    assert lines[1]["order_numbers"] == ["DD2026031501"] and lines[1]["language"] == "zh"
    assert lines[0]["message_id"] == "20260310091402.4711@fibernord.example.se"


def test_extract_readable_view_and_not_a_mail(tmp_path):
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01 no headers here")
    result = CliRunner().invoke(app(), ["extract", str(MAIL / "plain.eml"), str(junk)])
    assert result.exit_code == 0, result.output
    assert "4500077120" in result.output and "not a mail" in result.output


def test_eval_command_on_the_repo_corpus_and_json():
    result = CliRunner().invoke(app(), ["eval", str(CORPUS), "--staff-domain", "optizon-example.com", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["mails"] == len((CORPUS / "labels.jsonl").read_text().splitlines())
    readable = CliRunner().invoke(app(), ["eval", str(CORPUS), "--staff-domain", "optizon-example.com"])
    assert "serial_numbers" in readable.output and "Accuracy" in readable.output


def test_eval_bad_labels_exit_2(tmp_path):
    shutil.copy(MAIL / "plain.eml", tmp_path / "plain.eml")
    (tmp_path / "labels.jsonl").write_text('{"file": "plain.eml", "kind": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(app(), ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "labels.jsonl:1" in result.output


def test_bad_rules_dir_exits_2(tmp_path):
    result = CliRunner().invoke(app(), ["extract", str(MAIL / "plain.eml"), "--rules", str(tmp_path)])
    assert result.exit_code == 2 and "cannot read" in result.output


def _company(root: Path, name: str, staff: str, service: str = "") -> None:
    folder = root / name
    folder.mkdir()
    shutil.copy(MAIL / "plain.eml", folder / "plain.eml")
    line = label(file="plain.eml", kind="new_request").model_dump()
    (folder / "labels.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    own = service or f"service@{staff}"
    company = {"name": name, "service_address": own, "staff_domains": [staff], "noreply_addresses": []}
    (folder / "company.json").write_text(json.dumps(company), encoding="utf-8")


def test_eval_folder_of_companies_by_field_names_no_mail(tmp_path):
    _company(tmp_path, "acme", "acme-example.com")
    _company(tmp_path, "bolt", "bolt-example.com")
    result = CliRunner().invoke(app(), ["eval", str(tmp_path), "--by-field", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["mails"] == 2 and set(report["companies"]) == {"acme", "bolt"}
    assert "plain.eml" not in result.output and isinstance(report["unsafe_auto_replies"], int)
    readable = CliRunner().invoke(app(), ["eval", str(tmp_path), "--by-field", "--misses"])
    assert "Per company" in readable.output and "plain.eml" not in readable.output
    full = CliRunner().invoke(app(), ["eval", str(tmp_path), "--misses"])
    assert "acme/plain.eml" in full.output


def test_eval_company_addresses_are_its_own(tmp_path):
    _company(tmp_path, "fibernord", "x-example.com", service="anna.berg@fibernord.example.se")  # plain.eml's sender
    report = json.loads(CliRunner().invoke(app(), ["eval", str(tmp_path / "fibernord"), "--json"]).output)
    assert report["errors"][0]["fields"]["should_auto_reply"]["found"] is False  # we never answer ourselves


def test_compare_shows_better_and_worse_mails(tmp_path):
    before = {
        "fields": {"serial_numbers": {"f1": 0.5}},
        "accuracy": {"kind": 0.5},
        "errors": [{"file": "a.eml", "fields": {"serial_numbers": {}}}, {"file": "c.eml", "fields": {"kind": {}}}],
    }
    after = {
        "fields": {"serial_numbers": {"f1": 1.0}},
        "accuracy": {"kind": 0.5},
        "errors": [{"file": "b.eml", "fields": {"kind": {}}}, {"file": "c.eml", "fields": {"kind": {}}}],
    }
    (tmp_path / "a.json").write_text(json.dumps(before))
    (tmp_path / "b.json").write_text(json.dumps(after))
    result = CliRunner().invoke(app(), ["eval", "--compare", str(tmp_path / "a.json"), str(tmp_path / "b.json")])
    assert result.exit_code == 0, result.output
    assert "serial_numbers: 0.500 -> 1.000" in result.output
    assert "+ a.eml: fixed serial_numbers" in result.output and "- b.eml: broke kind" in result.output
    assert "c.eml" not in result.output and "better: 1 mails, worse: 1 mails" in result.output


def test_compare_refuses_figures_only_reports(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"fields": {}, "accuracy": {}}))
    result = CliRunner().invoke(app(), ["eval", "--compare", str(tmp_path / "a.json"), str(tmp_path / "a.json")])
    assert result.exit_code == 2 and "per-mail errors" in result.output


def test_company_catalog_is_used_unless_no_catalog(tmp_path):
    _company(tmp_path, "acme", "acme-example.com")
    company = json.loads((tmp_path / "acme" / "company.json").read_text())
    (tmp_path / "acme" / "company.json").write_text(json.dumps(company | {"catalog": ["XYZ 1"]}))
    with_catalog = json.loads(CliRunner().invoke(app(), ["eval", str(tmp_path), "--json"]).output)
    without = json.loads(CliRunner().invoke(app(), ["eval", str(tmp_path), "--json", "--no-catalog"]).output)
    assert with_catalog["fields"]["product_models"]["fp"] == 0  # the mail's model is not in the catalog
    assert without["fields"]["product_models"]["fp"] == 1


def test_eval_of_a_folder_that_is_not_there_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app(), ["eval", str(tmp_path / "no-such-corpus"), "--by-field"])
    assert result.exit_code == 2, result.output
    assert "does not exist" in result.output and "Traceback" not in result.output

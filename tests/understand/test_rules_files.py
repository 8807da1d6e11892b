"""A bad rules file stops start-up naming the file, the line and the problem; operators extend by YAML."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mailbot.mail.parse import parse
from mailbot.rules.yamlfile import FileError
from mailbot.understand import load_understander

RULES = Path(__file__).resolve().parents[2] / "rules" / "understand"


@pytest.fixture()
def rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules" / "understand"
    shutil.copytree(RULES, target)
    return target


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_rules_load(rules):
    load_understander(rules.parent, [], [])


def test_bad_regex_names_file_line_and_problem(rules):
    replace(rules / "identifiers.yml", "    - 'PO-?(?P<value>\\d{6,12})'", "    - 'PO-?(?P<value>\\d{6,12}'")
    with pytest.raises(FileError) as err:
        load_understander(rules.parent, [], [])
    line = next(
        i
        for i, t in enumerate((rules / "identifiers.yml").read_text().splitlines(), 1)
        if "(?P<value>" in t and not t.startswith("#")
    )
    assert err.value.path.endswith("identifiers.yml")
    assert err.value.line == line
    assert "regular expression" in err.value.problem


def test_unknown_category_and_yaml_syntax(rules):
    replace(rules / "defects.yml", "  software:", "  sofware:")
    with pytest.raises(FileError, match="defects.yml.*unknown categories"):
        load_understander(rules.parent, [], [])


def test_yaml_syntax_error_has_line(rules):
    replace(rules / "kinds.yml", "reply_prefixes: [", "reply_prefixes: [[")
    with pytest.raises(FileError) as err:
        load_understander(rules.parent, [], [])
    assert err.value.line is not None and "kinds.yml" in str(err.value)


def test_missing_file(rules):
    (rules / "identifiers.yml").unlink()
    with pytest.raises(FileError, match="cannot read"):
        load_understander(rules.parent, [], [])


def test_operator_adds_an_order_format_and_a_defect_phrase_by_yaml_only(rules):
    mail = parse(
        b"From: cu@customer.example\nSubject: x\n\nDeal K77-AB12 (ref #XK-ABCDEF) unit OZ2401A0001 "
        b"has a strange odour.\n"
    )
    before = load_understander(rules.parent, [], []).understand(mail)
    assert before.order_numbers == () and before.defect_category is None
    replace(rules / "identifiers.yml", "  labels: [PO, POs,", "  labels: [deal, ref, PO, POs,")
    replace(
        rules / "identifiers.yml",
        "  standalone:\n    - '(?:[A-Z]{1,3}-)?SO",
        "  standalone:\n    - 'XK-[A-Z]{6}'\n    - '(?:[A-Z]{1,3}-)?SO",
    )
    replace(rules / "defects.yml", "burnt, burned,", "burnt, burned, strange odour,")
    after = load_understander(rules.parent, [], []).understand(mail)
    assert after.order_numbers == ("K77-AB12", "XK-ABCDEF")
    assert after.defect_category == "physical_damage"
    assert after.serial_numbers == ("OZ2401A0001",)


def test_bad_defect_pattern_names_its_line(rules):
    replace(rules / "defects.yml", "    patterns:\n      - '", "    patterns:\n      - '(unclosed")
    with pytest.raises(FileError) as err:
        load_understander(rules.parent, [], [])
    line = next(i for i, t in enumerate((rules / "defects.yml").read_text().splitlines(), 1) if "(unclosed" in t)
    assert err.value.path.endswith("defects.yml") and err.value.line == line
    assert "regular expression" in err.value.problem


def test_kind_patterns_only_for_known_cue_lists(rules):
    replace(rules / "kinds.yml", "  order_status_phrases:\n    - '", "  order_status_phrasez:\n    - '")
    with pytest.raises(FileError, match="kinds.yml.*unknown cue lists.*order_status_phrasez"):
        load_understander(rules.parent, [], [])

"""The words that tell one category's fault as another's (a fall, a start-up, a battery, a module's coding)
are rules: defects.yml ``signs``, read at start-up like the categories; an operator extends them there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mailbot.mail.parse import parse
from mailbot.rules.understand import load_rules
from mailbot.rules.yamlfile import FileError
from mailbot.understand import load_understander
from mailbot.understand.defects import DefectReader

RULES = Path(__file__).resolve().parents[2] / "rules" / "understand"


@pytest.fixture()
def rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules" / "understand"
    shutil.copytree(RULES, target)
    return target


def test_the_shipped_signs_are_read() -> None:
    signs = DefectReader(load_rules(RULES.parent).defects).signs
    assert signs.fell.search("the unit fell off the bench")
    assert signs.starting.search("开机后自检报错") and signs.goes_off.search("然后自动关机")
    assert signs.battery.search("the battery dies after 20 minutes")
    assert signs.coding.search("can you recode it?")
    assert "计" in signs.meter


def test_a_fall_added_to_the_signs_is_read(rules: Path) -> None:
    """A fall told in Hungarian ("leesett az asztalról"), which the shipped signs do not name, added in defects.yml."""
    assert not DefectReader(load_rules(rules.parent).defects).signs.fell.search("a modul leesett az asztalról")
    text = (rules / "defects.yml").read_text(encoding="utf-8")
    text = text.replace("  fell:\n", "  fell:\n    - '\\bleesett\\b'\n", 1)
    (rules / "defects.yml").write_text(text, encoding="utf-8")
    assert DefectReader(load_rules(rules.parent).defects).signs.fell.search("a modul leesett az asztalról")


def test_an_unknown_sign_stops_start_up(rules: Path) -> None:
    text = (rules / "defects.yml").read_text(encoding="utf-8")
    (rules / "defects.yml").write_text(text.replace("  fell:\n", "  fallen:\n", 1), encoding="utf-8")
    with pytest.raises(FileError):
        load_understander(rules.parent, [], [])


def test_the_negation_word_lists_are_read() -> None:
    reader = DefectReader(load_rules(RULES.parent).defects)
    assert {"longer", "多"} <= reader.not_negating
    assert "whether" in reader.hypothetical and "avoid" in reader.prevented
    assert {"but", ",", "\n"} <= reader.clause_breaks  # the words from the rules, the marks from the reader


def _category(rules_dir: Path, body: str) -> str | None:
    understander = load_understander(rules_dir, ["optizon-example.com"], ["service@optizon-example.com"])
    data = (
        "From: Cu Stomer <cu@customer.example>\nTo: service@optizon-example.com\nSubject: Frage\n"
        "Message-ID: <t@test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}"
    ).encode()
    return understander.understand(parse(data)).defect_category


def test_a_word_added_to_hypothetical_makes_a_fault_supposed(rules: Path) -> None:
    """ "Wenn ein Gerät beschädigt ankommt": a German "if" the shipped list does not name, added in defects.yml."""
    body = "Hallo, wenn ein Gerät beschädigt ankommt, was sollen wir tun?\n"
    assert _category(rules.parent, body) == "physical_damage"
    text = (rules / "defects.yml").read_text(encoding="utf-8")
    text = text.replace('hypothetical: ["if", ', 'hypothetical: ["wenn", "if", ', 1)
    (rules / "defects.yml").write_text(text, encoding="utf-8")
    assert _category(rules.parent, body) is None

"""A start-up that reads mail spares the work a clean start-up already did on the same files: templates
that passed the check before, unchanged, are not compiled again; a changed template or rule is checked
and used at once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mailbot.app import build_context
from mailbot.cli.startcheck import RECORD, fingerprint, load_remembered
from mailbot.config import FileTransport, MaildirSource, Settings
from mailbot.mail.render import Renderer
from mailbot.rules.yamlfile import FileError
from tests.conftest import REPO


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A desk with its own copies of the rules and templates, on a SQLite database."""
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    shutil.copytree(REPO / "rules", tmp_path / "rules")
    return Settings(
        service_address="service@desk.test",
        staff_domains=("desk.test",),
        database_url=f"sqlite:///{tmp_path / 'mailbot.db'}",
        var_dir=tmp_path / "var",
        rules_dir=tmp_path / "rules",
        templates_dir=tmp_path / "templates",
        sources=(MaildirSource(name="inbox", path=tmp_path / "var" / "inbox"),),
        transport=FileTransport(path=tmp_path / "var" / "outbox"),
        secret="test-secret",
    )


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The template folders compiled whole by ``Renderer.check`` so far."""
    seen: list[Path] = []
    real = Renderer.check

    def counted(self: Renderer) -> int:
        seen.append(self.root)
        return real(self)

    monkeypatch.setattr(Renderer, "check", counted)
    return seen


def start(settings: Settings) -> None:
    build_context(settings, load=load_remembered).close()


def test_templates_that_passed_before_are_not_compiled_again(settings: Settings, checks: list[Path]) -> None:
    start(settings)
    assert checks == [settings.templates_dir] and (settings.var_dir / RECORD).is_file()
    start(settings)
    start(settings)
    assert len(checks) == 1


def test_a_template_changed_since_is_checked_and_a_broken_one_stops_start_up(
    settings: Settings, checks: list[Path]
) -> None:
    start(settings)
    template = settings.templates_dir / "en" / "customer_rma_issued.txt.j2"
    good = template.read_text()
    template.write_text(good.replace("\n", "\n{% if ticket %} never closed\n", 1))
    with pytest.raises(FileError) as raised:
        start(settings)
    assert raised.value.path == str(template)
    with pytest.raises(FileError):  # a failed check is never recorded
        start(settings)
    assert len(checks) == 3
    template.write_text(good + "\n")  # a harmless change is checked once, then remembered
    start(settings)
    start(settings)
    assert len(checks) == 4


def test_a_changed_rule_is_used_by_the_next_start(settings: Settings) -> None:
    phrase = "the flux capacitor hums"
    ctx = build_context(settings, load=load_remembered)
    assert ctx.rules.understand is not None
    assert phrase not in ctx.rules.understand.kinds.request_phrases
    ctx.close()
    kinds = settings.rules_dir / "understand" / "kinds.yml"
    text = kinds.read_text()
    assert text.count("\nrequest_phrases: [") == 1
    kinds.write_text(text.replace("\nrequest_phrases: [", f'\nrequest_phrases: ["{phrase}", ', 1))
    ctx = build_context(settings, load=load_remembered)
    assert ctx.rules.understand is not None
    assert phrase in ctx.rules.understand.kinds.request_phrases
    ctx.close()


def test_a_record_from_other_files_spares_nothing(settings: Settings, checks: list[Path]) -> None:
    settings.var_dir.mkdir(parents=True)
    (settings.var_dir / RECORD).write_text('{"passed": "0000"}\n')
    start(settings)
    (settings.var_dir / RECORD).write_text("{torn")
    start(settings)
    assert len(checks) == 2


def test_rule_patterns_that_passed_before_are_not_compiled_again_to_check_them(settings: Settings) -> None:
    """Reading rules that passed the check before leaves their regular expressions to understanding; the
    same files never passed, a broken pattern stops start-up naming its file."""
    defects = settings.rules_dir / "understand" / "defects.yml"
    text = defects.read_text()
    assert text.count("\nsymptoms:\n") == 1
    defects.write_text(text.replace("\nsymptoms:\n", "\nsymptoms:\n  - '(?:unclosed'\n", 1))
    with pytest.raises(FileError) as raised:
        start(settings)
    assert raised.value.path == str(defects) and "bad regular expression" in str(raised.value)
    # As if these very files had passed: nothing compiles the pattern while the rules are read.
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    (settings.var_dir / RECORD).write_text(json.dumps({"passed": fingerprint(settings)}) + "\n")
    _renderer, rules = load_remembered(settings)
    assert rules.understand is not None and "(?:unclosed" in rules.understand.defects.symptoms
    with pytest.raises(FileError):  # the check itself still compiles every pattern
        build_context(settings).close()

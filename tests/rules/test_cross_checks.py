"""Rule files checked against each other and against the workflow at start-up: errors name file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mailbot.rules import FileError, load
from mailbot.workflow.check import check, check_states, check_templates
from tests.conftest import REPO


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(REPO / "rules", target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_rules_pass_every_check():
    rules = load(REPO / "rules", rma_format="RMA-{year}-{sequence:05d}")
    check(rules, REPO / "templates")


def test_escalation_to_someone_outside_staff(rules_dir):
    edit(rules_dir / "reminders.yml", "  - manager@example.com", "  - boss@elsewhere.example")
    with pytest.raises(FileError, match="escalate_to: boss@elsewhere.example is not a member in staff.yml") as err:
        load(rules_dir)
    assert err.value.path.endswith("reminders.yml") and err.value.line is not None


def test_rma_format_the_reference_pattern_does_not_recognise(rules_dir):
    with pytest.raises(FileError, match="does not match 'SRV2026/0001'") as err:
        load(rules_dir, rma_format="SRV{year}/{sequence:04d}")
    assert err.value.path.endswith("identifiers.yml") and err.value.line is not None
    edit(
        rules_dir / "understand" / "identifiers.yml",
        "rma_reference: '(?:RMA|REQ)-\\d{4}-\\d{3,6}'",
        "rma_reference: 'SRV\\d{4}/\\d{4,6}'",
    )
    load(rules_dir, rma_format="SRV{year}/{sequence:04d}")  # both changed together: fine


def test_request_references_must_be_recognised_too(rules_dir):
    # A customer quoting the request reference of the first reply must reach the same ticket.
    load(rules_dir, rma_format="RMA-{year}-{sequence:05d}", request_format="REQ-{year}-{sequence:05d}")
    with pytest.raises(FileError, match="does not match 'ANF-2026-00001'") as err:
        load(rules_dir, rma_format="RMA-{year}-{sequence:05d}", request_format="ANF-{year}-{sequence:05d}")
    assert err.value.path.endswith("identifiers.yml")


def test_a_step_the_workflow_awaits_needs_a_reminder_rule(rules_dir):
    text = (rules_dir / "reminders.yml").read_text(encoding="utf-8")
    start = text.index("  shipment:")
    end = text.index("\n\n", start)
    (rules_dir / "reminders.yml").write_text(text[:start] + text[end + 2 :], encoding="utf-8")
    with pytest.raises(FileError, match="no rule for 'shipment': the workflow awaits it in state 'rma_issued'") as err:
        check_states(load(rules_dir))
    assert "\n  shipment:\n    due_after: 3\n    remind: [owner]\n" in err.value.problem  # what to add


def test_a_rule_for_something_never_awaited(rules_dir):
    edit(rules_dir / "reminders.yml", "awaited:\n", "awaited:\n  shipmnet: {due_after: 2}\n")
    with pytest.raises(FileError, match="awaited.shipmnet: the workflow never awaits 'shipmnet'") as err:
        check_states(load(rules_dir))
    assert err.value.line is not None


def test_states_named_in_rules_exist(rules_dir):
    edit(rules_dir / "reminders.yml", "close_status: closed", "close_status: finished")
    with pytest.raises(FileError, match="close_status: 'finished' is not a ticket state"):
        check_states(load(rules_dir))
    edit(rules_dir / "reminders.yml", "close_status: finished", "close_status: closed")
    edit(rules_dir / "digest.yml", "closed_states: [resolved, closed, rejected]", "closed_states: [resolved, done]")
    with pytest.raises(FileError, match="closed_states: 'done' is not a ticket state") as err:
        check_states(load(rules_dir))
    assert err.value.path.endswith("digest.yml")


def test_every_template_the_workflow_sends_exists_in_each_language(tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "zh" / "customer_received.txt.j2").unlink()
    with pytest.raises(FileError, match="template missing: the workflow sends 'customer_received' in zh"):
        check_templates(templates)


def test_one_answer_to_who_is_a_colleague(rules_dir):
    staff = rules_dir / "staff.yml"
    edit(staff, "authserv_ids: [mx.example.com]", "authserv_ids: [mx.example.com]\ndomains: [Example.COM]")
    rules = load(rules_dir, internal_domains=["branch.example.net"])
    assert rules.is_internal("sales@example.com")  # a member
    assert rules.is_internal("new.colleague@example.com")  # the company's domain, not in staff.yml
    assert rules.is_internal("someone@branch.example.net")  # a domain from the settings
    assert not rules.is_internal("buyer@customer.example") and not rules.is_internal("no address")
    assert rules.staff.member("new.colleague@example.com") is None  # a colleague has no role: no commands


def test_a_command_that_ends_an_awaited_step_needs_someone_allowed_to_give_it(rules_dir):
    staff = rules_dir / "staff.yml"
    edit(staff, "engineer: [received, ", "engineer: [")
    edit(staff, "manager: [approve, reject, received, ", "manager: [approve, reject, ")
    with pytest.raises(FileError, match="nobody in staff.yml may #received \\(no role has it\\)") as err:
        check(load(rules_dir), REPO / "templates")
    assert err.value.path.endswith("staff.yml") and err.value.line is not None
    assert "'receipt' of " in str(err.value) and "reminders.yml, line " in str(err.value)


def test_a_role_nobody_holds_does_not_count(rules_dir):
    staff = rules_dir / "staff.yml"
    edit(staff, "  - {email: engineer@example.com, name: Service Engineer, role: engineer}\n", "")
    edit(staff, "manager: [approve, reject, received, ", "manager: [approve, reject, ")
    with pytest.raises(FileError, match="may #received \\(roles with it: engineer; no member has one\\)"):
        check(load(rules_dir), REPO / "templates")


def test_a_template_a_rule_sends_names_the_rule_and_the_template(rules_dir, tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "zh" / "manager_digest.txt.j2").unlink()
    with pytest.raises(FileError, match="manager@example.com sends 'manager_digest' in zh, but .* does not exist") as e:
        check(load(rules_dir), templates)
    assert e.value.path.endswith("digest.yml") and e.value.line is not None
    assert str(templates / "zh" / "manager_digest.txt.j2") in str(e.value)
    shutil.copy(REPO / "templates" / "zh" / "manager_digest.txt.j2", templates / "zh")
    (templates / "zh" / "reminder_customer.txt.j2").unlink()
    with pytest.raises(FileError, match="awaited.customer_info sends 'reminder_customer' in zh") as e:
        check(load(rules_dir), templates)
    assert e.value.path.endswith("reminders.yml") and e.value.line is not None

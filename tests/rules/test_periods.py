"""Periods as policies word them, and the one deadlines setting in the profile that the reminders chase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from mailbot.rules import FileError, load
from mailbot.rules.periods import Period
from mailbot.rules.reminders import load_reminder_rules
from mailbot.workflow.check import check_states
from tests.conftest import REPO

PERIOD = TypeAdapter(Period)


@pytest.mark.parametrize(
    ("text", "least", "most", "unit", "shown"),
    [
        ("12 hours", None, 12, "hours", "12 hours"),
        ("1 hour", None, 1, "hours", "1 hour"),
        ("within 3 working days", None, 3, "working_days", "3 working days"),
        ("1 working day", None, 1, "working_days", "1 working day"),
        ("2-3 working days", 2, 3, "working_days", "2-3 working days"),
        ("3 to 10 Working Days", 3, 10, "working_days", "3-10 working days"),
        ("7 calendar days", None, 7, "calendar_days", "7 calendar days"),
        ("0.5 working days", None, 0.5, "working_days", "0.5 working days"),
        (3, None, 3, "working_days", "3 working days"),  # a bare number: working days, as reminders.yml always had
        (1.5, None, 1.5, "working_days", "1.5 working days"),
    ],
)
def test_periods_read_as_written(text, least, most, unit, shown):
    p = PERIOD.validate_python(text)
    assert (p.least, p.most, p.unit, str(p)) == (least, most, unit, shown)


@pytest.mark.parametrize("text", ["7 days", "soon", "3 weeks", "3-2 working days", "0 hours", True, "-1 hours"])
def test_a_period_that_does_not_say_its_unit_or_amount_is_refused(text):
    # "7 days" could be working or calendar days: the policy must say which.
    with pytest.raises(ValidationError):
        PERIOD.validate_python(text)


def test_the_templates_get_the_numbers_as_a_person_writes_them():
    assert PERIOD.validate_python("2-3 working days").as_context() == {
        "least": "2",
        "most": "3",
        "unit": "working_days",
    }
    assert PERIOD.validate_python("12 hours").as_context() == {"least": "", "most": "12", "unit": "hours"}


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(REPO / "rules", target)
    return target


def test_a_promise_with_its_unit_and_own_words(rules_dir):
    (rules_dir / "policy.yml").write_text(
        (REPO / "rules" / "examples" / "shenzhen-1year.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    terms = load(rules_dir).terms
    assert {k: str(v) for k, v in terms.deadlines.chased().items()} == {
        "preliminary": "12 hours",
        "return_to_customer": "3 working days",
        "to_manufacturer": "12 hours",
    }
    assert terms.deadlines.label("preliminary", "en") == "verify the fault with you"
    assert terms.deadlines.label("report", "en") == ""  # not promised: no words either


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("preliminary_working_days: [2, 3]", "deadlines.preliminary"),
        ("report_working_days: 7", "deadlines.report"),
        ("rep_confirm_working_days: 3", "deadlines.rep_confirmation"),
    ],
)
def test_an_earlier_period_setting_stops_start_up_naming_its_replacement(rules_dir, old, new):
    path = rules_dir / "policy.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("deadlines:\n", f"{old}\ndeadlines:\n"))
    with pytest.raises(FileError, match=f"is now {new}, one setting with its unit") as err:
        load(rules_dir)
    assert err.value.path.endswith("policy.yml")


def test_a_promised_step_nobody_knows_is_refused(rules_dir):
    path = rules_dir / "policy.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("deadlines:\n", "deadlines:\n  verdict: 2 hours\n"))
    with pytest.raises(FileError, match="verdict") as err:
        load(rules_dir)
    assert err.value.path.endswith("policy.yml") and err.value.line is not None


def test_reminders_count_in_any_unit_and_the_analysis_steps_have_no_follow_up_of_their_own():
    rules = load_reminder_rules(REPO / "rules" / "reminders.yml")
    # the analysis, report and return are due when the policy promises them, never on a default of ours
    assert [rules.rule(n).due_after for n in ("preliminary", "report", "return_to_customer")] == [None] * 3
    assert str(rules.rule("shipment").due_after) == "5 working days"
    assert str(rules.rule("preliminary").every) == "1 working day"


def _older_reminders(rules_dir: Path) -> str:
    """rules/reminders.yml as written before the return and refund steps existed."""
    text = (rules_dir / "reminders.yml").read_text(encoding="utf-8")
    older = text[: text.index("  # The goods sent back to the customer")]
    (rules_dir / "reminders.yml").write_text(older, encoding="utf-8")
    return older


def test_an_older_reminders_file_keeps_working_where_the_policy_promises_no_return_or_refund(rules_dir):
    _older_reminders(rules_dir)
    rules = load(rules_dir)
    assert "return_to_customer" not in rules.terms.deadlines.chased()
    check_states(rules)  # nothing promised, nothing to chase: start-up goes on


def test_an_older_reminders_file_stops_start_up_saying_what_to_add_once_the_return_is_promised(rules_dir):
    older = _older_reminders(rules_dir)
    (rules_dir / "policy.yml").write_text(
        (REPO / "rules" / "examples" / "shenzhen-1year.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(FileError) as err:
        check_states(load(rules_dir))
    assert err.value.path.endswith("reminders.yml")
    assert err.value.line > older.splitlines().index("awaited:")  # within the awaited: block
    assert "no rule for 'return_to_customer': the policy promises it within 3 working days" in err.value.problem
    assert "deadlines.return_to_customer" in err.value.problem
    # the YAML in the message, added as it stands, is what start-up needed
    added = err.value.problem.split("Add under awaited: (e.g. at the end of the file)\n", 1)[1]
    assert added.startswith("  return_to_customer:\n    remind: [owner]\n")
    assert "no rule for 'to_manufacturer': the policy promises it within 12 hours" in err.value.problem
    assert "\n  to_manufacturer:\n    remind: [owner]\n" in added  # every lacking rule in one message
    (rules_dir / "reminders.yml").write_text(older + added, encoding="utf-8")
    check_states(load(rules_dir))

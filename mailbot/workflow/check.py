"""Start-up checks of the rules against the workflow: states, awaited steps and templates must agree.

rules.load() checks the rule files against each other; what it cannot know is the state machine
(workflow/states.py) and which templates the workflow sends. A rule naming a state that does not
exist, a step the workflow awaits with no reminder rule, or a template missing in one language
would only show when a ticket got there, months later: here it stops start-up, naming the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from mailbot.mail.render import LANGUAGES
from mailbot.rules import Rules
from mailbot.rules.yamlfile import FileError, line_of, read_yaml
from mailbot.workflow import states
from mailbot.workflow.compose import TEMPLATES

# Mails the reminder sweep sends (mailbot/schedule/reminders.py), in every language.
REMINDER_TEMPLATES = ("reminder_customer", "reminder_staff", "reminder_escalation", "reminder_closed")


def _error(path: Path, loc: list[int | str], problem: str) -> FileError:
    line = line_of(read_yaml(path)[1], loc) if path.exists() else None
    return FileError(path, line, problem)


def check_states(rules: Rules) -> None:
    """Every step the workflow awaits has a reminder rule; every state a rule names exists."""
    reminders = rules.file("reminders.yml")
    awaited_by = {name: state for state, (name, _) in states.AWAITED.items()}
    for name, state in awaited_by.items():
        if name not in rules.reminders.awaited:
            raise _error(
                reminders,
                ["awaited"],
                f"awaited: no rule for {name!r}, which the workflow awaits "
                f"in state {state!r} (mailbot/workflow/states.py)",
            )
    for name in rules.reminders.awaited:
        if name not in awaited_by:
            known = ", ".join(sorted(awaited_by))
            raise _error(
                reminders, ["awaited", name], f"awaited.{name}: the workflow never awaits {name!r} (it awaits {known})"
            )
    if rules.reminders.close_status not in states.STATES:
        raise _error(reminders, ["close_status"], _unknown_state("close_status", rules.reminders.close_status))
    for i, state in enumerate(rules.digest.closed_states):
        if state not in states.STATES:
            raise _error(rules.file("digest.yml"), ["closed_states", i], _unknown_state("closed_states", state))


def _unknown_state(setting: str, state: str) -> str:
    return f"{setting}: {state!r} is not a ticket state (states: {', '.join(states.STATES)})"


def check_templates(templates_dir: Path, names: Iterable[str] = (*TEMPLATES, *REMINDER_TEMPLATES)) -> None:
    """Every mail the workflow and the reminders send exists in every language we answer in."""
    for name in names:
        for language in LANGUAGES:
            path = templates_dir / language / f"{name}.txt.j2"
            if not path.is_file():
                raise FileError(path, None, f"template missing: the workflow sends {name!r} in {language}")


def check(rules: Rules, templates_dir: Path) -> None:
    check_states(rules)
    check_templates(templates_dir)

"""Start-up checks of the rules against the workflow: states, awaited steps and templates must agree.

rules.load() checks the rule files against each other; what it cannot know is the state machine
(workflow/states.py) and which templates the workflow sends. A rule naming a state that does not
exist, a step the workflow awaits with no reminder rule, or a template missing in one language
would only show when a ticket got there, months later: here it stops start-up, naming the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from mailbot.mail.render import LANGUAGES, Renderer
from mailbot.rules import Rules
from mailbot.rules import load as load_rules
from mailbot.rules.staff import COMMANDS
from mailbot.rules.yamlfile import FileError, line_of, read_yaml
from mailbot.workflow import states
from mailbot.workflow.compose import TEMPLATES

if TYPE_CHECKING:
    from mailbot.config import Settings
    from mailbot.configfile import SettingsView

# Mails the reminder sweep sends (mailbot/schedule/reminders.py), in every language.
REMINDER_TEMPLATES = ("reminder_customer", "reminder_staff", "reminder_escalation", "reminder_closed")


def _error(path: Path, loc: list[int | str], problem: str) -> FileError:
    line = line_of(read_yaml(path)[1], loc) if path.exists() else None
    return FileError(path, line, problem)


# A rule to add, as it would stand in rules/reminders.yml under awaited: reminding whoever owes the step.
# A promised step is due when the policy says; any other needs a follow-up time of the company's own.
_RULE_TO_ADD = "  {name}:\n{due}    remind: [owner]\n    every: 1\n    times: 1\n    after_last: escalate\n"


def check_states(rules: Rules) -> None:
    """Every step the workflow awaits has a reminder rule; every state a rule names exists.

    A step that is awaited only where the policy promises a period (rules/policy.yml deadlines: the
    analysis, report, return, forwarding and refund) may be left out of a reminders.yml written before the step
    existed, as long as the policy promises nothing for it: nothing is told, so nothing is chased. Once
    the policy promises it, start-up stops and says which rule to add, where, in YAML."""
    reminders = rules.file("reminders.yml")
    awaited_by = {name: state for state in reversed(states.STATES) for name, _ in states.awaited_in(state)}
    promised = rules.terms.deadlines.chased()
    optional = set(type(rules.terms.deadlines).model_fields)
    lacking = [
        (name, state)
        for name, state in awaited_by.items()
        if name not in rules.reminders.awaited and not (name in optional and name not in promised)
    ]
    if lacking:
        whys = [
            f"the policy promises it within {promised[name]} (deadlines.{name}), so it must be chased"
            if name in promised
            else f"the workflow awaits it in state {state!r} (mailbot/workflow/states.py)"
            for name, state in lacking
        ]
        problems = "; ".join(f"no rule for {name!r}: {why}" for (name, _), why in zip(lacking, whys, strict=True))
        rules_to_add = "".join(
            _RULE_TO_ADD.format(name=name, due="" if name in promised else "    due_after: 3\n") for name, _ in lacking
        )
        raise _error(
            reminders,
            ["awaited"],
            f"awaited: {problems}. Add under awaited: (e.g. at the end of the file)\n{rules_to_add}",
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


def _fulfilling_commands() -> dict[str, str]:
    """Staff commands that end an awaited step, each with the step it ends (one staff owe, if any)."""
    owner = {name: role for state in states.STATES for name, role in states.awaited_in(state)}
    out: dict[str, str] = {}
    for command in COMMANDS:
        ends = [name for state in states.valid_states(command) for name in states.step(state, command).done]
        if ends:
            out[command] = next((n for n in ends if owner[n] != "customer"), ends[0])
    return out


def check_roles(rules: Rules) -> None:
    """Every command that ends an awaited step may be given by someone in staff.yml: otherwise a ticket
    would wait there for ever, however often the reminders go out."""
    staff = rules.file("staff.yml")
    for command, awaited in _fulfilling_commands().items():
        if any(rules.staff.may(member, command) for member in rules.staff.members):
            continue
        roles = sorted(role for role, commands in rules.staff.roles.items() if command in commands)
        who = f"roles with it: {', '.join(roles)}; no member has one" if roles else "no role has it"
        where = _where(rules.file("reminders.yml"), ["awaited", awaited])
        raise _error(
            staff,
            ["roles"],
            f"roles: nobody in staff.yml may #{command} ({who}), which ends the awaited {awaited!r} of {where}",
        )


def _where(path: Path, loc: list[int | str]) -> str:
    line = line_of(read_yaml(path)[1], loc) if path.exists() else None
    return f"{path}, line {line}" if line else str(path)


def check_rule_templates(rules: Rules, templates_dir: Path) -> None:
    """Every template a rule sends exists in each language the rule sends it in; the error names the
    rule's file and line and the missing template."""
    reminders = rules.file("reminders.yml")
    staff_language = (rules.reminders.staff_language,)
    for name, rule in rules.reminders.awaited.items():
        sends = [(rule.template, LANGUAGES if rule.to_customer else staff_language)]
        if rule.after_last == "escalate":
            sends.append(("reminder_escalation", staff_language))
        elif rule.after_last == "close":
            sends.append(("reminder_closed", LANGUAGES))
        for template, languages in sends:
            _template_for(templates_dir, template, languages, reminders, ["awaited", name], f"awaited.{name}")
    digest = rules.file("digest.yml")
    for i, manager in enumerate(rules.digest.managers):
        where: list[int | str] = ["managers", i, "language"]
        _template_for(templates_dir, "manager_digest", (manager.language,), digest, where, f"{manager.email}")


def _template_for(
    templates_dir: Path, template: str, languages: Iterable[str], rule_file: Path, loc: list[int | str], what: str
) -> None:
    for language in languages:
        path = templates_dir / language / f"{template}.txt.j2"
        if not path.is_file():
            raise _error(rule_file, loc, f"{what} sends {template!r} in {language}, but {path} does not exist")


def check(rules: Rules, templates_dir: Path) -> None:
    check_states(rules)
    check_roles(rules)
    check_rule_templates(rules, templates_dir)
    check_templates(templates_dir)


def load_checked(settings: Settings | SettingsView, *, templates: bool = True) -> tuple[Renderer, Rules]:
    """Every rule file read and cross-checked, every template compiled: what start-up refuses to run without.

    The one place both a full start-up and the remembered check of an empty pass validate from, so the
    two can never check different things. ``templates=False`` leaves out compiling every template, for
    a start-up whose templates passed this check before unchanged (``mailbot.cli.startcheck``).
    """
    renderer = Renderer(settings.templates_dir, cache_dir=settings.var_dir / "template-cache")
    if templates:
        renderer.check()
    own_domain = settings.service_address.rsplit("@", 1)[1]
    rules = load_rules(
        settings.rules_dir,
        internal_domains=(*settings.staff_domains, own_domain),
        rma_format=settings.rma_format,
        request_format=settings.request_format,
    )
    check(rules, settings.templates_dir)
    return renderer, rules

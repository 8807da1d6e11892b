"""Every file under rules/, read once at start-up into one frozen Rules value and checked against each other.

One module per file (policy, staff, routing, calendar, reminders, digest, orders, understand);
``load`` reads them all, so a broken file or a broken combination stops start-up naming the file(s)
and line, and every stage receives the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mailbot.rules.calendar import (
    CalendarRules,
    WorkCalendar,
    calendar_from_rules,
    load_calendar,
)
from mailbot.rules.digest import DigestRules, load_digest_rules
from mailbot.rules.orders import OrderColumns, load_columns
from mailbot.rules.policy import Terms
from mailbot.rules.reminders import ReminderRules, load_reminder_rules
from mailbot.rules.routing import RoutingFile
from mailbot.rules.staff import StaffFile
from mailbot.rules.understand import UnderstandRules
from mailbot.rules.understand import load_rules as load_understand_rules
from mailbot.rules.yamlfile import FileError, line_of, load_model, read_yaml

__all__ = ["FileError", "Rules", "load"]


@dataclass(frozen=True)
class Rules:
    """The company's rules as typed values. Only ``terms``, ``staff`` and ``routing`` are required
    to build one by hand (a test); the others default to an empty but valid rule set."""

    terms: Terms
    staff: StaffFile
    routing: RoutingFile
    calendar: WorkCalendar = field(default_factory=lambda: calendar_from_rules(CalendarRules()))
    reminders: ReminderRules = field(default_factory=lambda: ReminderRules(awaited={}))
    digest: DigestRules = field(default_factory=DigestRules)
    orders: OrderColumns = field(default_factory=OrderColumns)
    understand: UnderstandRules | None = None


def _check_reps(path: Path, routing: RoutingFile, staff: StaffFile) -> None:
    """Every rep named in routing must be a staff member, or nobody could confirm their tickets."""
    _, text = read_yaml(path)
    reps = [("default_rep",), *[("routes", i, "rep") for i in range(len(routing.routes))]]
    for loc in reps:
        value = routing.default_rep if len(loc) == 1 else routing.routes[loc[1]].rep
        if staff.member(value) is None:
            raise FileError(path, line_of(text, list(loc)), f"{value} is not a member in staff.yml")


def load(rules_dir: Path, policy_file: str = "policy.yml", *, understand: bool = True) -> Rules:
    """Read every rule file in ``rules_dir`` and cross-check them; any problem raises FileError."""
    rules_dir = Path(rules_dir)
    terms = load_model(rules_dir / policy_file, Terms)
    staff = load_model(rules_dir / "staff.yml", StaffFile)
    routing_path = rules_dir / "routing.yml"
    routing = load_model(routing_path, RoutingFile, default_empty=False)
    _check_reps(routing_path, routing, staff)
    return Rules(
        terms=terms,
        staff=staff,
        routing=routing,
        calendar=load_calendar(rules_dir / "calendar.yml"),
        reminders=load_reminder_rules(rules_dir / "reminders.yml"),
        digest=load_digest_rules(rules_dir / "digest.yml"),
        orders=load_columns(rules_dir / "orders.yml"),
        understand=load_understand_rules(rules_dir) if understand else None,
    )

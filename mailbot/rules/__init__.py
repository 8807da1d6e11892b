"""Every file under rules/, read once at start-up into one frozen Rules value and checked against each other.

One module per file (policy, staff, routing, calendar, reminders, digest, orders, understand);
``load`` reads them all, so a broken file or a broken combination stops start-up naming the file(s)
and line, and every stage receives the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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

__all__ = ["FileError", "Rules", "at_domains", "load"]


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
    directory: Path | None = None  # where the files were read, so later checks can name file and line
    internal_domains: frozenset[str] = frozenset()  # mail domains of the company, besides staff.yml's

    def is_internal(self, address: str | None) -> bool:
        """The one answer to "is this a colleague?": a member of staff.yml, or an address at one of the
        company's own domains (staff.yml ``domains`` and the settings' ``staff_domains``). Colleagues are
        never customers; only members have a role and may give commands."""
        low = (address or "").strip().lower()
        if "@" not in low:
            return False
        if self.staff.member(low) is not None:
            return True
        return at_domains(low, (*self.internal_domains, *self.staff.domains))

    def file(self, name: str) -> Path:
        """The path of one rule file, for error messages."""
        return (self.directory or Path("rules")) / name


def at_domains(address: str, domains: Iterable[str]) -> bool:
    """Is ``address`` at one of ``domains`` or a subdomain of one (cn.lumatek.com is lumatek.com's)?"""
    domain = address.strip().lower().rpartition("@")[2]
    return bool(domain) and any(domain == d or domain.endswith("." + d) for d in domains)


def _check_reps(path: Path, routing: RoutingFile, staff: StaffFile) -> None:
    """Every rep named in routing must be a staff member, or nobody could confirm their tickets."""
    _, text = read_yaml(path)
    reps: list[tuple[list[str | int], str]] = [(["default_rep"], routing.default_rep)]
    reps += [(["routes", i, "rep"], route.rep) for i, route in enumerate(routing.routes)]
    for loc, value in reps:
        if staff.member(value) is None:
            raise FileError(path, line_of(text, loc), f"{value} is not a member in staff.yml")


def _check_escalation(path: Path, reminders: ReminderRules, staff: StaffFile) -> None:
    """Escalations go to people who can act on them: members of staff.yml."""
    _, text = read_yaml(path)
    for i, address in enumerate(reminders.escalate_to):
        if staff.member(address) is None:
            raise FileError(
                path, line_of(text, ["escalate_to", i]), f"escalate_to: {address} is not a member in staff.yml"
            )


def _check_rma_format(base: Path, rma_format: str, understand: UnderstandRules, request_format: str = "") -> None:
    """The RMA numbers and request references we issue must be the ones we recognise when quoted."""
    pattern = re.compile(understand.identifiers.rma_reference)
    formats = [f for f in (rma_format, request_format) if f]
    samples = [f.format(year=year, sequence=seq) for f in formats for year in (2026, 2099) for seq in (1, 42, 99999)]
    missed = [s for s in samples if pattern.fullmatch(s) is None]
    if missed:
        path = base / "understand" / "identifiers.yml"
        line = line_of(read_yaml(path)[1], ["rma_reference"]) if path.exists() else None
        raise FileError(
            path,
            line,
            f"rma_reference {pattern.pattern!r} does not match {missed[0]!r}, "
            f"a number of the configured rma_format {rma_format!r} or request_format {request_format!r}",
        )


def load(
    rules_dir: Path,
    policy_file: str = "policy.yml",
    *,
    understand: bool = True,
    internal_domains: Iterable[str] = (),
    rma_format: str | None = None,
    request_format: str = "",
) -> Rules:
    """Read every rule file in ``rules_dir`` and cross-check them; any problem raises FileError naming
    the file and line. ``internal_domains`` (the settings' staff domains) count as the company's own;
    ``rma_format`` (a setting) is checked against the RMA number pattern of rules/understand."""
    rules_dir = Path(rules_dir)
    terms = load_model(rules_dir / policy_file, Terms)
    staff = load_model(rules_dir / "staff.yml", StaffFile)
    routing_path = rules_dir / "routing.yml"
    routing = load_model(routing_path, RoutingFile, default_empty=False)
    _check_reps(routing_path, routing, staff)
    reminders = load_reminder_rules(rules_dir / "reminders.yml")
    _check_escalation(rules_dir / "reminders.yml", reminders, staff)
    understood = load_understand_rules(rules_dir) if understand else None
    if understood is not None and rma_format is not None:
        _check_rma_format(rules_dir, rma_format, understood, request_format)
    return Rules(
        terms=terms,
        staff=staff,
        routing=routing,
        calendar=load_calendar(rules_dir / "calendar.yml"),
        reminders=reminders,
        digest=load_digest_rules(rules_dir / "digest.yml"),
        orders=load_columns(rules_dir / "orders.yml"),
        understand=understood,
        directory=rules_dir,
        internal_domains=frozenset(d.strip().lower().lstrip("@") for d in internal_domains if d.strip()),
    )

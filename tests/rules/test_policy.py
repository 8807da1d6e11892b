"""Policy files: defaults load, bad files name file + line + problem, cross-file checks."""

import shutil
from pathlib import Path

import pytest
import yaml

from mailbot.rules import load as load_rules
from mailbot.rules.policy import Family, Warranty
from mailbot.rules.yamlfile import FileError
from tests.workflow.fixtures import ROOT

MINIMAL = 'return_instructions:\n  address_follows: "We send you the return address."\n'


def _rules(tmp_path: Path, policy: str = MINIMAL, staff: str | None = None, routing: str | None = None) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path, dirs_exist_ok=True)  # the other rule files as shipped
    (tmp_path / "policy.yml").write_text(policy)
    (tmp_path / "staff.yml").write_text(
        staff
        if staff is not None
        else "authserv_ids: [mx.example.com]\nmembers:\n  - {email: rep@example.com, role: rep}\n"
    )
    (tmp_path / "routing.yml").write_text(routing if routing is not None else "default_rep: rep@example.com\n")
    members = (yaml.safe_load((tmp_path / "staff.yml").read_text()) or {}).get("members") or [{"email": "x@y"}]
    reminders = tmp_path / "reminders.yml"  # escalations go to a member of this staff.yml
    reminders.write_text(reminders.read_text().replace("manager@example.com", members[0]["email"]))
    return tmp_path


def test_shipped_rules_load():
    pol = load_rules(ROOT / "rules")
    assert pol.terms.rma_issue == "rep_confirms"
    assert pol.staff.member("Sales@Example.com").role == "rep"
    assert pol.routing.rep_for("x@unknown.org") == "sales@example.com"


def test_a_policy_without_a_complete_return_address_does_not_load(tmp_path):
    with pytest.raises(FileError, match="no address is given") as err:
        load_rules(_rules(tmp_path, "name: x\n"))
    assert err.value.path.endswith("policy.yml")
    half = "return_instructions:\n  address:\n    company: X\n    city: Shenzhen\n"
    with pytest.raises(FileError, match="street") as err:
        load_rules(_rules(tmp_path, half))
    assert err.value.path.endswith("policy.yml") and err.value.line == 3


def test_minimal_policy_promises_nothing(tmp_path):
    # No period, remedy, freight rule or claim window comes from code: only what the policy file states.
    pol = load_rules(_rules(tmp_path))
    t = pol.terms
    assert t.warranty.families == () and t.warranty.remedy is None and t.warranty.after_warranty == ()
    assert t.deadlines.chased() == {} and t.deadlines.refund is None
    assert t.freight.in_warranty is None and t.freight.out_of_warranty is None and t.damage_claims is None
    assert t.return_instructions.mark_box == "" and t.return_instructions.include == ()
    assert pol.terms.required_fields == ("order_number", "serial_number", "defect_description")


def test_bad_value_names_file_and_line(tmp_path):
    rules = _rules(tmp_path, "name: x\nwarranty:\n  families:\n    - name: a\n      months: -3\n" + MINIMAL)
    with pytest.raises(FileError) as err:
        load_rules(rules)
    assert err.value.path.endswith("policy.yml") and err.value.line == 5
    assert "months" in err.value.problem


def test_unknown_key_is_an_error(tmp_path):
    with pytest.raises(FileError) as err:
        load_rules(_rules(tmp_path, "name: x\nrma_isue: auto\n" + MINIMAL))
    assert err.value.line == 2 and "rma_isue" in err.value.problem


def test_unknown_role_command(tmp_path):
    staff = "authserv_ids: [mx]\nmembers: []\nroles:\n  rep: [approve, fly]\n"
    with pytest.raises(FileError) as err:
        load_rules(_rules(tmp_path, staff=staff))
    assert err.value.path.endswith("staff.yml") and "fly" in err.value.problem


def test_authentication_needs_authserv_id(tmp_path):
    with pytest.raises(FileError) as err:
        load_rules(_rules(tmp_path, staff="members:\n  - {email: rep@example.com, role: rep}\n"))
    assert "authserv_ids" in err.value.problem


def test_routing_rep_must_be_staff(tmp_path):
    routing = "default_rep: rep@example.com\nroutes:\n  - {domain: a.com, rep: ghost@example.com}\n"
    with pytest.raises(FileError) as err:
        load_rules(_rules(tmp_path, routing=routing))
    assert err.value.path.endswith("routing.yml") and err.value.line == 3 and "ghost" in err.value.problem


def test_routing_file_is_required(tmp_path):
    rules = _rules(tmp_path)
    (rules / "routing.yml").unlink()
    with pytest.raises(FileError, match="routing.yml"):
        load_rules(rules)


def test_routing_by_domain_company_order(tmp_path):
    staff = "authserv_ids: [mx]\nmembers:\n" + "".join(
        f"  - {{email: {n}@example.com, role: rep}}\n" for n in ("d", "c", "o", "z")
    )
    routing = (
        "default_rep: z@example.com\nroutes:\n  - {domain: acme.com, rep: d@example.com}\n"
        "  - {company: Globex, rep: c@example.com}\n  - {order_prefix: EU-, rep: o@example.com}\n"
    )
    r = load_rules(_rules(tmp_path, staff=staff, routing=routing)).routing
    assert r.rep_for("x@ACME.com") == "d@example.com"
    assert r.rep_for("x@b.com", "Globex Ltd") == "c@example.com"
    assert r.rep_for("x@b.com", "", ("EU-7",)) == "o@example.com"
    assert r.rep_for("x@b.com") == "z@example.com"


def test_route_needs_a_criterion(tmp_path):
    with pytest.raises(FileError, match="domain, company or order_prefix"):
        load_rules(_rules(tmp_path, routing="default_rep: rep@example.com\nroutes:\n  - {rep: rep@example.com}\n"))


def test_family_choice_by_model_glob():
    w = Warranty(families=(Family(name="acc", models=("*cable*",), months=0, extra_days=7), Family(name="rest")))
    assert w.family_for("LC-Patch-CABLE-3m").name == "acc"
    assert w.family_for("OTDR-5").name == "rest"
    assert w.family_for("").name == "rest"

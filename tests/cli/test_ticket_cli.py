"""`ticket RMA-… ACTION`: the same actions as the mail commands, through the store protocol."""

import contextlib
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailbot.cli import ticket as ticket_cmd
from mailbot.rules import load as load_rules
from tests.workflow.fixtures import (
    NOW,
    ROOT,
    extraction,
    findings_for,
    mail,
    records,
    render,
    rules,
    run,
    shipped,
)
from tests.workflow.fixtures import (
    Store as RealStore,
)

pytestmark = pytest.mark.clock  # run again at fixed instants by .ci/run (libfaketime)

POL = rules()


class Store:
    """The TicketActions protocol over the real store on in-memory SQLite."""

    rules = POL

    def __init__(self) -> None:
        self.fake = RealStore()
        self.recs = records(SN0001=shipped(date(2025, 6, 1)))
        self.applied = []

    def now(self):
        return NOW  # the workflow tests' clock, never the real one

    def load(self, rma, now):
        for t in self.fake.tickets.values():
            if t.rma == rma:
                return t, findings_for(POL, t.serial_numbers, self.recs, now.date())
        return None

    def apply(self, decision, *, actor, now):
        self.applied.append((decision, actor))
        self.fake.apply(decision, now)


def _setup(tmp_path: Path):
    store = Store()
    _, t = run(store.fake, POL, mail("li@cust.com", "dead"), extraction(), None, [])
    app = typer.Typer()

    @contextlib.contextmanager
    def open_store(settings, clock):
        load_rules(settings.rules_dir)  # the real store reads the rules at start-up too
        yield store

    ticket_cmd.register(app, open_store)

    @app.command("other")
    def _other() -> None:
        pass

    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(f'rules_dir = "{ROOT / "rules"}"\n')

    def cli(*args: str):
        return CliRunner().invoke(app, ["ticket", *args, "--config", str(cfg)])

    return store, t, cli


def test_approve_from_the_cli(tmp_path):
    store, t, cli = _setup(tmp_path)
    result = cli(t.rma, "approve", "--as", "Sales@Example.com")
    assert result.exit_code == 0, result.output
    assert (
        f"{t.rma} is now rma_issued" in result.output and "queued customer_rma_issued to li@cust.com" in result.output
    )
    decision, actor = store.applied[0]
    assert actor == "sales@example.com" and decision.events[0].detail["via"] == "cli"
    assert store.fake.tickets[t.id].status == "rma_issued"


def test_reject_with_reason_words(tmp_path):
    store, t, cli = _setup(tmp_path)
    result = cli(t.rma, "reject", "Not", "our", "product", "--as", "sales@example.com")
    assert result.exit_code == 0
    assert store.applied[0][0].replies[0].context == {"reason": "Not our product"}


def test_errors_change_nothing(tmp_path):
    store, t, cli = _setup(tmp_path)
    cases = [
        ((t.rma, "received", "--as", "engineer@example.com"), "invalid in this state"),
        ((t.rma, "approve", "--as", "engineer@example.com"), "not allowed for your role"),
        ((t.rma, "approve", "--as", "nobody@example.com"), "not a staff member"),
        (("RMA-2099-99999", "approve", "--as", "sales@example.com"), "ticket not found"),
        ((t.rma, "fly", "--as", "sales@example.com"), "unknown command"),
        ((t.rma, "warranty", "maybe", "--as", "sales@example.com"), "'in' or 'out'"),
    ]
    for args, message in cases:
        result = cli(*args)
        assert result.exit_code == 1 and message in result.output, (args, result.output)
    assert store.applied == [] and store.fake.tickets[t.id].status == "waiting_rep"


def test_report_with_attachment_and_text_file(tmp_path):
    store, t, cli = _setup(tmp_path)
    for who, action in (("sales@example.com", "approve"), ("engineer@example.com", "received")):
        assert cli(t.rma, action, "--as", who).exit_code == 0
    report = tmp_path / "RMA-report.pdf"
    report.write_bytes(b"%PDF-1.4")
    notes = tmp_path / "notes.txt"
    notes.write_text("Laser driver replaced.", encoding="utf-8")
    result = cli(t.rma, "report", "--attach", str(report), "--text-file", str(notes), "--as", ENG)
    assert result.exit_code == 0, result.output
    mail_out = store.applied[-1][0].replies[0]
    assert mail_out.attachments[0].filename == "RMA-report.pdf"
    assert mail_out.attachments[0].content_type == "application/pdf"
    assert mail_out.context["text"] == "Laser driver replaced."


def test_reply_sends_the_staff_text_to_the_customer_from_the_ticket(tmp_path):
    store, t, cli = _setup(tmp_path)
    text = tmp_path / "answer.txt"
    text.write_text("Yes, we can collect the unit in Porto next week.", encoding="utf-8")
    result = cli(t.rma, "reply", "--text-file", str(text), "--as", "sales@example.com")
    assert result.exit_code == 0, result.output
    decision = store.applied[-1][0]
    [out] = decision.replies
    assert (out.template, out.to) == ("customer_staff_reply", ("li@cust.com",))
    assert out.context["text"] == "Yes, we can collect the unit in Porto next week."
    assert decision.events[0].kind == "reply" and decision.status is None  # recorded, state unchanged
    assert "collect the unit in Porto" in render(out, store.fake.tickets[t.id])[1]
    empty = cli(t.rma, "reply", "--as", "sales@example.com")
    assert empty.exit_code == 1 and "#reply needs the text" in empty.output


def test_bad_rules_exit_2(tmp_path):
    _, t, cli = _setup(tmp_path)
    bad = tmp_path / "rules"
    bad.mkdir()
    (bad / "policy.yml").write_text("rma_issue: sometimes\n")
    (tmp_path / "mailbot.toml").write_text(f'rules_dir = "{bad}"\n')
    result = cli(t.rma, "approve", "--as", "sales@example.com")
    assert result.exit_code == 2 and "policy.yml:1" in result.output


ENG = "engineer@example.com"

"""The deadline promised is the deadline chased: periods in hours, working days and calendar days, counted
from where the policy counts them, reminding the one who acts and escalating with what is late and who holds it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, select

from mailbot.rules.calendar import CalendarRules, calendar_from_rules
from mailbot.rules.periods import Period
from mailbot.schedule.reminders import sweep
from mailbot.store.models import Deadline
from mailbot.values import OutgoingMail
from mailbot.workflow.workdays import add_period, add_working_days, as_utc
from tests.workflow.fixtures import NOW, extraction, mail, render, run, shipped
from tests.workflow.test_seed_walks import ENGINEER, REP, Walk

MANAGER = "manager@example.com"


def test_hours_run_on_the_clock_through_the_night_and_the_weekend():
    cal = calendar_from_rules(CalendarRules(timezone="Asia/Shanghai"))
    friday_evening = datetime(2026, 3, 6, 10, 0, tzinfo=UTC)  # 18:00 in Shanghai, the office just closed
    assert add_period(friday_evening, Period(most=12, unit="hours"), cal) == datetime(2026, 3, 6, 22, 0, tzinfo=UTC)
    # the same 12 as working days would wait for Monday's opening
    assert add_period(friday_evening, Period(most=1, unit="working_days"), cal) == add_working_days(
        friday_evening, 1, cal
    )
    assert add_period(friday_evening, 2, cal) == add_working_days(friday_evening, 2, cal)  # a number: working days


def test_calendar_days_keep_the_office_wall_clock_across_a_dst_change():
    cal = calendar_from_rules(CalendarRules(country="DE", timezone="Europe/Berlin"))
    before = datetime(2026, 3, 27, 9, 0, tzinfo=UTC)  # 10:00 in Berlin, Friday before the clocks go forward
    due = add_period(before, Period(most=7, unit="calendar_days"), cal)
    assert due == datetime(2026, 4, 3, 8, 0, tzinfo=UTC)  # 10:00 in Berlin again, now CEST
    # a range is told as given and due at its end
    assert add_period(before, Period(least=2, most=3, unit="calendar_days"), cal) == datetime(
        2026, 3, 30, 8, 0, tzinfo=UTC
    )


class Mails:
    """The sweep's enqueue: keeps the mails (rendered later with the production templates)."""

    def __init__(self) -> None:
        self.sent: list[OutgoingMail] = []

    def __call__(self, session: Session, mail: OutgoingMail, ticket: object) -> None:
        self.sent.append(mail)


def _received(seed: str) -> Walk:
    w = Walk(seed, shipped(date(2025, 8, 1)))
    w.customer("No power.", "c1@acme")
    if w.ticket.status == "waiting_rep":
        w.staff(REP, "#approve")
    w.customer("Sent, tracking 1Z999AA10123456784.", "c2@acme", tracking_numbers=("1Z999AA10123456784",))
    w.staff(ENGINEER, "#received")  # at NOW: Monday 2026-03-02 17:00 in Shanghai
    return w


def _due(w: Walk) -> dict[str, datetime]:
    rows = w.store.session.exec(select(Deadline).where(Deadline.done_at.is_(None))).all()  # type: ignore[union-attr]
    return {d.awaited: as_utc(d.due_at) for d in rows}


def test_seed_003_the_12_hours_and_the_3_working_days_are_chased_from_the_receipt():
    # "We will verify the fault with the customer within 12 hours after receiving the returned products. Our own
    #  products will be returned to the customers within 3 working days"
    w = _received("shenzhen-1year")
    cal = w.pol.calendar
    verify_by, return_by = NOW + timedelta(hours=12), add_working_days(NOW, 3, cal)
    assert _due(w) == {"preliminary": verify_by, "return_to_customer": return_by}
    box = Mails()

    def run_sweep(at: datetime) -> list:
        return sweep(lambda: Session(w.store.engine), w.pol.reminders, cal, box, at)

    assert run_sweep(verify_by - timedelta(minutes=1)) == []
    [reminded] = run_sweep(verify_by)
    # the engineer who booked the goods in is reminded, not the sales rep
    assert (reminded.awaited, reminded.action, reminded.to) == ("preliminary", "reminded", (ENGINEER,))
    # one reminder, then one interval later (a working day) the manager hears what is late and who holds it
    [escalated] = run_sweep(add_working_days(verify_by, 1, cal))
    assert (escalated.awaited, escalated.action, escalated.to) == ("preliminary", "escalated", (MANAGER,))
    mail = box.sent[-1]
    assert mail.template == "reminder_escalation" and mail.to == (MANAGER,)
    subject, text, _ = render(mail, w.ticket, rma=w.ticket.rma)
    assert "Overdue: the preliminary analysis" in subject
    assert f"1 reminder(s) to {ENGINEER} went unanswered" in text
    assert f"Late: the preliminary analysis\nHeld by: {ENGINEER}\n" in text
    # the verification went out late: the return is still due 3 working days after the receipt
    w.staff(ENGINEER, "#preliminary\nThe power board failed; we replace it.")
    assert _due(w) == {"return_to_customer": return_by}
    [late] = run_sweep(return_by)
    assert (late.awaited, late.to) == ("return_to_customer", (ENGINEER,))
    w.staff(ENGINEER, "#resolve repaired, shipped back by postal parcel")
    assert _due(w) == {}


def test_seed_000_the_report_is_due_7_working_days_after_the_receipt_whenever_the_preliminary_goes_out():
    # "Once the product is received, an preliminary analysis data will be given within 2-3 working days, follow by
    #  a detailed RMA Report within 7 working days."
    w = _received("optizone")
    cal = w.pol.calendar
    report_by = add_working_days(NOW, 7, cal)
    assert _due(w) == {"preliminary": add_working_days(NOW, 3, cal), "report": report_by}
    w.staff(ENGINEER, "#preliminary\nThe laser driver failed.")
    assert _due(w) == {"report": report_by}
    box = Mails()
    [reminded] = sweep(lambda: Session(w.store.engine), w.pol.reminders, cal, box, report_by)
    assert (reminded.awaited, reminded.to) == ("report", (ENGINEER,))
    subject, _, _ = render(box.sent[0], w.ticket, rma=w.ticket.rma)
    assert "waiting for the detailed RMA report" in subject


def test_a_ticket_booked_in_before_the_report_ran_from_the_receipt_gets_it_from_the_receipt():
    # Booked in by an earlier version, which started only the preliminary at the receipt.
    w = _received("optizone")
    report = w.store.session.exec(select(Deadline).where(Deadline.awaited == "report")).one()
    w.store.session.delete(report)
    w.store.session.commit()
    later = NOW + timedelta(days=2)
    m = mail(ENGINEER, "#preliminary\nThe laser driver failed.", mid="late@example.com")
    run(w.store, w.pol, m, extraction(kind="follow_up"), w.ticket, w.find(w.ticket.serial_numbers), now=later)
    assert _due(w) == {"report": add_working_days(NOW, 7, w.pol.calendar)}


@pytest.mark.parametrize("seed", ["optoste", "aopre", "optko"])
def test_a_policy_that_promises_no_analysis_period_has_nobody_chased_for_one(seed):
    w = _received(seed)
    assert set(_due(w)) == ({"refund"} if seed == "optko" else set())  # 004 promises the refund, no analysis
    if seed == "optko":
        w.staff(REP, "#resolve refunded")
    far = NOW + timedelta(days=60)
    assert sweep(lambda: Session(w.store.engine), w.pol.reminders, w.pol.calendar, Mails(), far) == []


def test_the_default_policy_promises_the_rep_confirmation_and_chases_that_period():
    # rules/policy.yml: "rep_confirmation: 3 working days", told in the first reply and due then
    w = Walk(None, shipped(date(2025, 8, 1)))  # type: ignore[arg-type]
    d = w.customer("No power.", "c1@acme")
    assert "Your sales representative will confirm the return within 3 working days;" in w.text(
        d, "customer_request_received"
    )
    assert _due(w) == {"rep_confirmation": add_working_days(NOW, 3, w.pol.calendar)}


def test_reminders_can_follow_an_hours_promise_in_hours():
    from mailbot.rules.reminders import ReminderRules

    w = _received("shenzhen-1year")
    verify_by = NOW + timedelta(hours=12)
    pace = ReminderRules.model_validate(
        {
            "escalate_to": [MANAGER],
            "awaited": {
                **{k: v.model_dump() for k, v in w.pol.reminders.awaited.items()},
                "preliminary": {"remind": ["owner"], "every": "4 hours", "times": 2, "after_last": "escalate"},
            },
        }
    )
    box = Mails()

    def at(t: datetime) -> list[tuple[str, str]]:
        done = sweep(lambda: Session(w.store.engine), pace, w.pol.calendar, box, t)
        return [(r.awaited, r.action) for r in done if r.awaited == "preliminary"]

    assert at(verify_by) == [("preliminary", "reminded")]
    assert at(verify_by + timedelta(hours=3, minutes=59)) == []
    assert at(verify_by + timedelta(hours=4)) == [("preliminary", "reminded")]
    assert at(verify_by + timedelta(hours=8)) == [("preliminary", "escalated")]  # at night too: hours are hours


def test_seed_004_the_refund_promised_from_the_receipt_is_chased_from_the_receipt():
    # "The refund will be returned to the original payment path within 3-10 working days after receiving the
    #  return": told with the receipt, due at the end of the range, owed by the rep who guides the return
    w = _received("optko")
    cal = w.pol.calendar
    refund_by = add_working_days(NOW, 10, cal)
    assert _due(w) == {"refund": refund_by}
    box = Mails()

    def run_sweep(at: datetime) -> list:
        return sweep(lambda: Session(w.store.engine), w.pol.reminders, cal, box, at)

    assert run_sweep(refund_by - timedelta(minutes=1)) == []
    [reminded] = run_sweep(refund_by)
    assert (reminded.awaited, reminded.action, reminded.to) == ("refund", "reminded", (REP,))
    [escalated] = run_sweep(add_working_days(refund_by, 1, cal))
    assert (escalated.awaited, escalated.action, escalated.to) == ("refund", "escalated", (MANAGER,))
    subject, text, _ = render(box.sent[-1], w.ticket, rma=w.ticket.rma)
    assert "Overdue: the refund to the customer's original payment method (or the exchange)" in subject
    assert f"Held by: {REP}\n" in text
    # the rep who guided it says it is done: nothing is chased any more
    w.staff(REP, "#resolve refunded to the original payment method")
    assert _due(w) == {}


def test_seed_004_a_preliminary_finding_does_not_restart_the_refund_clock():
    w = _received("optko")
    refund_by = add_working_days(NOW, 10, w.pol.calendar)
    m = mail(ENGINEER, "#preliminary\nThe unit is complete and unused.", mid="p@example.com")
    later = NOW + timedelta(days=2)
    run(w.store, w.pol, m, extraction(kind="follow_up"), w.ticket, w.find(w.ticket.serial_numbers), now=later)
    rows = w.store.session.exec(select(Deadline).where(Deadline.done_at.is_(None))).all()  # type: ignore[union-attr]
    assert [(d.awaited, as_utc(d.due_at), d.owner) for d in rows] == [("refund", refund_by, REP)]


def test_seed_003_an_agents_product_is_due_at_the_warranty_center_12_hours_after_the_receipt():
    # "the agent products will be sent to the manufacturer's warranty center within 12 hours"
    w = Walk("shenzhen-1year", shipped(date(2025, 8, 1)))
    w.customer("No power.", "c1@acme")
    w.staff(REP, "#approve")
    w.customer("Sent, tracking 1Z999AA10123456784.", "c2@acme", tracking_numbers=("1Z999AA10123456784",))
    w.staff(ENGINEER, "#received agent")
    cal = w.pol.calendar
    due = NOW + timedelta(hours=12)
    assert _due(w) == {"preliminary": due, "to_manufacturer": due}
    box = Mails()
    steps = sweep(lambda: Session(w.store.engine), w.pol.reminders, cal, box, due)
    assert {(s.awaited, s.action, s.to) for s in steps} >= {("to_manufacturer", "reminded", (ENGINEER,))}
    # one reminder, then 4 hours later the manager hears what is late and who holds it
    later = sweep(lambda: Session(w.store.engine), w.pol.reminders, cal, box, due + timedelta(hours=4))
    assert ("to_manufacturer", "escalated", (MANAGER,)) in {(s.awaited, s.action, s.to) for s in later}
    escalation = next(
        m for m in box.sent if m.template == "reminder_escalation" and "warranty center" in str(m.context)
    )
    text = render(escalation, w.ticket, rma=w.ticket.rma)[1]
    assert f"Late: sending the agent's product on to the manufacturer's warranty center\nHeld by: {ENGINEER}\n" in text

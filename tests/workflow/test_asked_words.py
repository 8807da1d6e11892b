"""What a customer is asked to send is what the profile requires (or what this ticket lacks), never a fixed list."""

from datetime import date, datetime

from sqlmodel import Session, select

from mailbot.schedule.reminders import sweep
from mailbot.store.models import Deadline
from mailbot.workflow.workdays import as_utc
from tests.workflow.fixtures import render, shipped
from tests.workflow.test_deadlines import Mails
from tests.workflow.test_seed_walks import ENGINEER, REP, Walk


def _closed_text(seed: str, language: str = "en") -> str:
    w = Walk(seed, shipped(date(2025, 8, 1)))
    w.customer("No power.", "c1@acme", language=language)
    if w.ticket.status == "waiting_rep":
        w.staff(REP, "#approve")
    w.customer("Sent, tracking 1Z999AA10123456784.", "c2@acme", tracking_numbers=("1Z999AA10123456784",))
    w.staff(ENGINEER, "#received")
    return w.text(w.staff(REP, "#close"), "customer_closed")


def test_the_closing_mail_asks_a_new_request_for_what_the_profile_requires():
    # 004 requires the order number and the defect, no serial; 001 the serial and the defect, no order
    assert "with the order number and a description of the defect." in _closed_text("optko")
    optoste = _closed_text("optoste")
    assert "with the serial number(s) and a description of the defect." in optoste
    assert "order number" not in optoste
    assert "with the order number, the serial number(s) and a description of the defect." in _closed_text("optizone")
    assert "并提供订单号和故障描述。" in _closed_text("optko", "zh")


def test_the_reminder_asks_for_what_is_still_missing_only():
    w = Walk("optko", shipped(date(2025, 8, 1)))
    w.customer("The unit has no power.", "c1@acme", order_numbers=())
    assert list(w.ticket.missing_fields) == ["order_number"]
    [row] = w.store.session.exec(select(Deadline).where(Deadline.awaited == "customer_info")).all()
    box = Mails()
    due: datetime = as_utc(row.due_at)
    sweep(lambda: Session(w.store.engine), w.pol.reminders, w.pol.calendar, box, due)
    [reminder] = box.sent
    assert reminder.template == "reminder_customer"
    text = render(reminder, w.ticket, rma=w.ticket.rma)[1]
    assert "Please reply to this mail with the order number." in text
    assert "serial" not in text

"""Business dates are the office's: the RMA year and warranty "today" come from the calendar's zone, not UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import mailbot.pipeline as pipeline
from tests.pipeline.helpers import customer_mail, drop, run_once, tickets

pytestmark = pytest.mark.clock

CUSTOMER = "kim@netz.example.com"
REQUEST = "The OZ-SFP-10G-LR from order SO-2026-0815 shows no link, no Rx light.\nS/N: OZ2311A0042\n\nKim\n"


def test_new_year_in_shanghai_numbers_the_next_year(make_ctx, clock):
    clock.now = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)  # 2027-01-01 04:00 in Asia/Shanghai
    ctx = make_ctx()
    assert ctx.rules.calendar.tz.key == "Asia/Shanghai"
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    [ticket] = tickets(ctx)
    # Before the rep confirms, the ticket carries its request reference: numbered in the office's year too
    assert ticket.rma == ticket.request_ref == "REQ-2027-00001"


def test_warranty_today_is_the_office_date(make_ctx, clock, monkeypatch):
    clock.now = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)
    ctx = make_ctx()
    asked: list[date] = []
    real = pipeline.findings_for_mail

    def spy(session, terms, known, new, today, orders=()):
        asked.append(today)
        return real(session, terms, known, new, today, orders)

    monkeypatch.setattr(pipeline, "findings_for_mail", spy)
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    assert asked == [date(2027, 1, 1)]

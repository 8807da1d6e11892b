"""Customer mails read naturally: "Dear Ms Costa," then a capitalised sentence; Chinese closes 此致 / 敬礼."""

from dataclasses import replace

import pytest

from mailbot.values import OutgoingMail
from tests.workflow.fixtures import NOW, render
from tests.workflow.test_promises import walk


@pytest.fixture(scope="module")
def ticket():
    t, _ = walk("optizone", "in")
    return t


@pytest.mark.parametrize(
    ("name", "dear"),
    [
        ("Ms Maria Costa", "Dear Ms Costa,"),
        ("Quispe, Miguel", "Dear Miguel Quispe,"),
        ("Dr. Wei Zhang", "Dear Dr Zhang,"),
        ("", "Dear customer,"),
    ],
)
def test_english_salutation_from_the_display_name(ticket, name, dear):
    out = OutgoingMail(template="customer_closed", to=("x@y.com",), context={}, language="en")
    _, body, html = render(out, replace(ticket, customer_name=name))
    assert body.startswith(f"{dear}\n\nWe have closed the RMA case ")
    assert dear in html


def test_chinese_salutation_and_closing(ticket):
    out = OutgoingMail(template="customer_closed", to=("x@y.com",), context={}, language="zh")
    _, body, _ = render(out, replace(ticket, customer_name="Quispe, Miguel", state_since=NOW))
    assert body.startswith("尊敬的Miguel Quispe：\n") and "此致\n敬礼\n" in body and "RMA RMA-" not in body


@pytest.mark.parametrize(
    ("lang", "state_words", "category_words"),
    [("en", "waiting for the rep's confirmation", "no power"), ("zh", "等待销售代表确认", "无法通电")],
)
def test_staff_mails_show_states_and_defect_categories_in_words(ticket, lang, state_words, category_words):
    t = replace(ticket, status="waiting_rep", defect_category="no_power")
    context = {"sender": "li@x.com", "excerpt": "?", "added": {}}
    msg = OutgoingMail(template="staff_customer_message", to=("sales@example.com",), context=context, language=lang)
    _, body, html = render(msg, t)
    assert state_words in body and "waiting_rep" not in body and "waiting_rep" not in html
    context = {"findings": [], "forwarded": False}
    ask = OutgoingMail(template="staff_confirm_request", to=("sales@example.com",), context=context, language=lang)
    body = render(ask, t)[1]
    assert category_words in body and "no_power" not in body


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "in warranty until 2026-08-01 (counted from the ship date), free of charge"),
        ("zh", "在保修期内，至 2026-08-01（依据发货日期），免费"),
    ],
)
def test_the_rep_reads_the_warranty_finding_in_words(ticket, lang, words):
    finding = {"serial": "SN0001", "status": "in", "until": "2026-08-01", "basis": "ship", "remedy": "free_repair"}
    context = {"findings": [{**finding, "charge": "none"}], "forwarded": False}
    ask = OutgoingMail(template="staff_confirm_request", to=("sales@example.com",), context=context, language=lang)
    body = render(ask, ticket)[1]
    assert words in body and "free_repair" not in body


@pytest.mark.parametrize(
    ("language", "waiting", "category"),
    [("en", "waiting for the rep", "no power"), ("zh", "等待销售代表确认", "无法通电")],
)
def test_managers_digest_names_states_and_categories_in_words(language, waiting, category):
    from tests.schedule.test_reminders import render as render_named

    row = {"rma": "RMA-2026-00001", "created": "2026-11-20", "status": "waiting_rep", "customer": "a@b.com"}
    counts = {"name": "no_power", "last7": 1, "last30": 1, "px7": 160, "px30": 160, "bar7": "#", "bar30": "#"}
    ctx = {
        "day": "2026-11-23",
        "new_count": 1,
        "open_total": 1,
        "overdue_total": 0,
        "manager_name": "",
        "now_text": "08:00",
        "since_text": "yesterday",
        "new_tickets": [row],
        "waiting_count": 0,
        "waiting": [],
        "overdue": [],
        "by_state": [{"name": "waiting_rep", "count": 1, "px": 160, "bar": "#"}],
        "by_category": [counts],
        "by_model": [{**counts, "name": "OTDR-5"}],
        "oldest_open": [row],
        "reply_address": "service@example.com",
        "service_address": "service@example.com",
        "service_name": "After-Sales Service",
    }
    _, text, html = render_named("manager_digest", language, ctx)
    for body in (text, html):
        assert "waiting_rep" not in body and "no_power" not in body
        assert waiting in body and category in body

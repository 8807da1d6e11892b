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

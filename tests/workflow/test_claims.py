"""Seed 004 (Optko): damage and mismatch claims "within 7 days after signing", checked against the delivery date.

"If the product you received is damaged or does not match the order, please contact our sales representative
within 7 days after signing, we may need to check the following information: 1. Picture information of the
package / box 2. Picture information of the package 3. Picture information of damaged / missed products"
"""

from dataclasses import replace
from datetime import date

import pytest
from pydantic import ValidationError

from mailbot.rules.policy import DamageClaims
from tests.workflow.fixtures import NOW, extraction, mail, run, shipped
from tests.workflow.test_examples import PHOTO
from tests.workflow.test_seed_walks import REP, Walk

# NOW is 2026-03-02: delivered 2026-02-27 is in time (last day 2026-03-06), 2026-02-20 is late (2026-02-27).
IN_TIME, LATE = date(2026, 2, 27), date(2026, 2, 20)


def claim(delivered: date | None, **found) -> tuple[Walk, object]:
    record = shipped(date(2026, 2, 18), **({"delivery_date": delivered} if delivered else {}))
    w = Walk("optko", record)
    d = w.customer("The parcel arrived crushed.", "c1@acme", defect_category="physical_damage", **found)
    return w, d


def test_the_photo_request_states_the_window_and_its_last_day_when_the_delivery_is_known():
    w, d = claim(IN_TIME)
    asked = w.text(d, "customer_missing_info")
    assert (
        "photos of the package, box, product (this is a damage or mismatch claim, to be reported within 7 days "
        "of receipt; delivered on 2026-02-27, so by 2026-03-06)" in asked
    )
    assert not [r for r in d.replies if r.template == "staff_late_claim"]
    assert "late_claim" not in w.ticket.data


def test_without_a_delivery_date_the_window_is_stated_without_a_day():
    w, d = claim(None)
    asked = w.text(d, "customer_missing_info")
    assert "to be reported within 7 days of receipt)" in asked and "delivered on" not in asked
    zh = Walk("optko", shipped(date(2026, 2, 18), delivery_date=IN_TIME))
    d = zh.customer("包裹破损", "c1@acme", defect_category="physical_damage", language="zh")
    window = "（本次为破损或货物不符的索赔，须在签收后 7 天内提出；签收日期 2026-02-27，截止 2026-03-06）"
    assert window in zh.text(d, "customer_missing_info")


def test_a_late_claim_is_told_by_the_rep_the_profile_names():
    # optko names the sales representative: the rep hears at once, the customer is not told a window it missed
    w, d = claim(LATE)
    notice = next(r for r in d.replies if r.template == "staff_late_claim")
    assert notice.to == (REP,)
    text = w.text(d, "staff_late_claim")
    assert "on 2026-03-02, 10 days after the delivery on 2026-02-20" in text
    assert "within 7 days of receipt (signing for the delivery); the last day was 2026-02-27" in text
    asked = w.text(d, "customer_missing_info")
    assert "photos of the package, box, product (this is a damage or mismatch claim)" in asked
    assert "7 days" not in asked
    assert w.ticket.data["late_claim"]["last_day"] == "2026-02-27"
    assert [e.kind for e in w.store.events].count("late_claim") == 1
    # The photos arrive: the rep is not told a second time, and nothing asks for the photos again
    d = w.customer("Photos attached.", "c2@acme", attachments=(PHOTO,), defect_summary="")
    assert w.ticket.status == "waiting_rep"
    assert not [r for r in d.replies if r.template == "staff_late_claim"]
    received = w.text(d, "customer_request_received")
    assert "photos" not in received and "7 days" not in received


def test_a_late_claim_is_told_by_the_policys_sentence_when_the_profile_says_so():
    w = Walk("optko", shipped(date(2026, 2, 18), delivery_date=LATE))
    note = "Damage and mismatch claims are accepted within 7 days after signing; yours came later."
    terms = w.pol.terms
    claims = terms.damage_claims.model_copy(update={"late_told_by": "mail", "late_note": note})
    w.pol = replace(w.pol, terms=terms.model_copy(update={"damage_claims": claims}))
    d = w.customer("The parcel arrived crushed.", "c1@acme", defect_category="physical_damage")
    asked = w.text(d, "customer_missing_info")
    assert note in asked
    assert not [r for r in d.replies if r.template == "staff_late_claim"]
    assert w.ticket.data["late_claim"]["delivered"] == "2026-02-20"


def test_a_profile_that_tells_late_claims_by_mail_must_give_the_sentence():
    with pytest.raises(ValidationError, match="late_note"):
        DamageClaims(report_within_days=7, late_told_by="mail")
    assert DamageClaims(report_within_days=7, late_told_by="mail", late_note="Too late.").late_note


def test_the_claim_day_is_the_day_the_ticket_was_opened():
    # A photo sent two weeks after the claim does not make an in-time claim late
    w, _ = claim(IN_TIME)
    m = mail("buyer@acme.com", "Photos attached.", mid="c9@acme", attachments=(PHOTO,))
    found = extraction(kind="follow_up", defect_summary="")
    later = NOW.replace(day=20)
    d, w.ticket = run(w.store, w.pol, m, found, w.ticket, w.find(w.ticket.serial_numbers), now=later)
    assert w.ticket.status == "waiting_rep"
    assert "late_claim" not in w.ticket.data and not [r for r in d.replies if r.template == "staff_late_claim"]

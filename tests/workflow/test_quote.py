"""Out of warranty: staff quote a paid repair, the customer accepts or refuses by reply (en, zh)."""

from dataclasses import replace
from datetime import date

import pytest

from mailbot.rules.policy import Quotation
from mailbot.values import Attachment
from mailbot.workflow.quote import answer
from tests.workflow.fixtures import Store, extraction, findings_for, mail, records, render, rules, run, shipped

REP, ENGINEER = "sales@example.com", "engineer@example.com"
QUOTE_PDF = (Attachment("quote.pdf", "application/pdf", b"%PDF-1.4 quote"),)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("We accept the quotation, please go ahead.", "accept"),
        ("OK, we agree.\n\nOn Mon, service wrote:\n> Please accept or refuse", "accept"),
        ("Sorry, we do not accept this price.", "refuse"),
        ("Too expensive, please return the unit.", "refuse"),
        ("同意报价，请维修。", "accept"),
        ("我们拒绝这个报价。", "refuse"),
        ("How long would the repair take?\n> accept or refuse", None),  # quoted history is not an answer
        ("We disagree with the diagnosis.", None),
    ],
)
def test_the_answer_is_read_from_the_customers_own_words(text, said):
    assert answer(text, Quotation()) == said


class Quoted:
    """A ticket under the optoste policy (seed 001), out of warranty, received and quoted."""

    def __init__(self) -> None:
        self.pol = rules("optoste")
        self.recs = records(SN0001=shipped(date(2024, 1, 1)))
        self.store = Store()
        found = extraction(order_numbers=())
        _, t = run(self.store, self.pol, mail("buyer@acme.com", "Broken"), found, None, self.find(("SN0001",)))
        for sender, text, att in (
            (REP, "#approve", ()),
            (ENGINEER, "#received", ()),
            (ENGINEER, "#quote EUR 240\nNew laser driver board and two hours of work.", QUOTE_PDF),
        ):
            d, t = self.staff(t, sender, text, att)
        self.ticket, self.decision = t, d

    def find(self, serials):
        return findings_for(self.pol, serials, self.recs, date(2026, 3, 2))

    def staff(self, t, sender, text, att=()):
        m = mail(sender, text, mid=f"s{len(self.store.sent)}@example.com", attachments=att)
        d, t = run(self.store, self.pol, m, extraction(kind="follow_up"), t, self.find(t.serial_numbers))
        assert d.replies[-1].context.get("ok"), d.replies[-1].context
        return d, t

    def customer(self, text, mid, language="en"):
        found = extraction(kind="follow_up", language=language, serial_numbers=(), order_numbers=())
        return run(self.store, self.pol, mail("buyer@acme.com", text, mid=mid), found, self.ticket, self.find(()))


def test_quote_goes_to_the_customer_with_text_attachment_and_the_refusal_outcome():
    q = Quoted()
    assert q.ticket.status == "quoted" and q.store.deadlines[q.ticket.id] == {"quote_answer"}
    sent = q.decision.replies[0]
    assert sent.template == "customer_quote" and sent.to == ("buyer@acme.com",) and sent.attachments == QUOTE_PDF
    _, body, _ = render(sent, q.ticket)
    assert "we quote: EUR 240" in body and "New laser driver board and two hours of work." in body
    # 001: "Out of Warranty: The customer is responsible for any freight & insurance charges for returned product."
    assert "If you refuse it, the goods are returned to you at your cost." in body


def test_acceptance_by_reply_moves_on_and_tells_the_owner():
    q = Quoted()
    d, t = q.customer("Hello, we accept the quotation.", "c1@acme")
    assert t.status == "quote_accepted" and q.store.deadlines[t.id] == set()
    ack, notice = d.replies
    assert ack.template == "customer_quote_answer" and ack.to == ("buyer@acme.com",)
    assert "We will go ahead with the repair" in render(ack, t)[1]
    assert notice.to == (REP,) and notice.context["added"] == {"quotation": "quote_accepted"}
    d, t = q.staff(t, ENGINEER, "#resolve repaired at the quoted price")
    assert t.status == "resolved"


def test_refusal_in_chinese_is_answered_with_the_policys_outcome():
    q = Quoted()
    d, t = q.customer("我们拒绝这个报价，请寄回。", "c1@acme", language="zh")
    assert t.status == "quote_refused"
    ack = d.replies[0]
    assert "The goods will be returned to you at your cost." in render(ack, t)[1]
    assert "产品将退回给您，费用由您承担。" in render(replace(ack, language="zh"), t)[1]


def test_a_question_while_quoted_reaches_the_owner_and_waits():
    q = Quoted()
    d, t = q.customer("How long would the repair take?", "c1@acme")
    assert t.status == "quoted" and [r.to for r in d.replies] == [(REP,)]


def test_quote_needs_an_amount_and_a_diagnosed_unit():
    q = Quoted()
    m = mail(ENGINEER, "#quote soon", mid="bad@example.com")
    d, _ = run(q.store, q.pol, m, extraction(kind="follow_up"), q.ticket, q.find(("SN0001",)))
    assert "#quote needs the amount" in " ".join(d.replies[-1].context["errors"])

"""Machine mail: an automatic answer to one of our mails is auto_reply; a machine's own notice (a carrier,
an invoice run, a portal statement) is unrelated. Neither is ever answered."""

from __future__ import annotations

import pytest

GENERATED = "Auto-Submitted: auto-generated\n"


@pytest.mark.parametrize(
    "sender, subject, body",
    [
        (
            "Parcelo Tracking <track@parcelo.example>",
            "Zending 88120045 bezorgd",
            "Uw zending 88120045 is vandaag om 11:42 afgeleverd bij de receptie.",
        ),
        (
            "Billing <billing@boxmakers.example>",
            "Invoice 2026-7731",
            "Dear customer,\nplease find invoice 2026-7731 for order PO-88213 attached.\nAmount due: 912.40 EUR",
        ),
        (
            "Dealer Portal <portal@partners.example>",
            "Your quarterly statement is ready",
            "Your statement for Q3 can be downloaded from the portal.\nThis is an automated message.",
        ),
        ("中通快递 <notice@zto.example>", "快件签收通知", "您的快件 7730012299 已于3月4日签收，感谢使用。"),
    ],
)
def test_machine_notice_of_its_own_is_unrelated(read, sender, subject, body):
    found = read(body, subject, sender=sender, headers=GENERATED)
    assert (found.kind, found.should_auto_reply, found.customer_email) == ("unrelated", False, None)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Eingang Ihrer Nachricht RMA-2026-00288", "Ihr Schreiben wurde erfasst.\nReferenz: RMA-2026-00288"),
        ("Re: module failure", "Your message has been received and will be handled shortly."),
        ("【系统通知】来信已登记", "您的邮件已收到，我们会尽快处理。此邮件由系统自动发送，请勿回复。"),
    ],
)
def test_generated_answer_to_our_mail_is_auto_reply(read, subject, body):
    found = read(body, subject, sender="ERP <erp@buyer.example>", headers=GENERATED)
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


def test_auto_replied_header_stays_auto_reply(read):
    found = read("I am on leave until Monday.", "Vacation", headers="Auto-Submitted: auto-replied\n")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Gelesen: Defektes Netzteil",
            "Ihre Nachricht\n\n  An: Einkauf\n  Betreff: Defektes Netzteil\n\nwurde am 02.03.2026 14:11 gelesen.",
        ),
        ("已讀取: 模組故障", "您的郵件\n收件者：buyer@lianfa.example\n主旨：模組故障\n已於 2026/3/2 下午 02:11 讀取。"),
        ("Gelezen: Voeding defect", "Uw bericht\n\nOnderwerp: Voeding defect\n\nwerd op 2-3-2026 14:11 gelezen."),
    ],
)
def test_read_receipt_with_the_date_in_its_sentence_is_never_answered(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


@pytest.mark.parametrize(
    "sender, subject, body, headers",
    [
        (
            "Sales <sales@cablemaker.example>",
            "Price list 2027",
            "Dear partner,\nattached is our price list for 2027, valid from 1 January.\n",
            "X-Auto-Response-Suppress: All\n",
        ),
        (
            "Statements <statements@bank.example>",
            "Your account statement",
            "Your account statement for May is ready in online banking.\nThis is an automated message.",
            "",
        ),
        (
            "Billing <billing@vendor.example>",
            "Invoice available",
            "The invoice for your order 4500661234 is available for download.\nThis is an automated message.",
            "",
        ),
    ],
)
def test_machine_saying_it_is_one_without_answering_us_is_unrelated(read, sender, subject, body, headers):
    found = read(body, subject, sender=sender, headers=headers)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Your e-mail", "We have received your message and will answer within two working days."),
        ("[#51207] Replacement modules", "Ticket 51207 has been updated. Please type your reply above this line."),
    ],
)
def test_acknowledgement_without_an_auto_header_stays_auto_reply(read, subject, body):
    found = read(body, subject, sender="Helpdesk <help@buyer.example>")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)

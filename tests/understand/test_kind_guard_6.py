"""A mailing is never answered: its sender's local part names it (newsletter@, marketing@, offers@) or a
mass-mailing service's campaign header marks it. A complaint sent that way is still recorded, silently."""

from __future__ import annotations

import pytest

from mailbot.mail.guard import machine_generated
from mailbot.mail.parse import parse


def _mail(sender: str, headers: str = "", body: str = "Hello"):  # type: ignore[no-untyped-def]
    data = (
        f"From: {sender}\nTo: service@optizon-example.com\nSubject: Hi\nMessage-ID: <g@test>\n{headers}"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()
    return parse(data)


@pytest.mark.parametrize(
    "sender",
    [
        "Shop <newsletter@shop.example>",
        "Shop <marketing@shop.example>",
        "Shop <offers@shop.example>",
        "Shop <news@shop.example>",
        "Shop <survey@shop.example>",
    ],
)
def test_a_mailings_sender_takes_no_answers(sender):
    reason = machine_generated(_mail(sender), ["service@optizon-example.com"])
    assert reason is not None and reason.category == "no_reply_sender" and not reason.stops_ticket


@pytest.mark.parametrize("header", ["X-Campaign: spring-2026\n", "X-Mailin-Campaign: 42\n", "X-MC-User: abc123\n"])
def test_a_campaign_header_marks_a_mass_mailing(header):
    reason = machine_generated(_mail("Shop <hello@shop.example>", header), ["service@optizon-example.com"])
    assert reason is not None and reason.category == "list_or_bulk" and not reason.stops_ticket


@pytest.mark.parametrize("sender", ["Anna News <anna.news@customer.example>", "Bob <bob@newsroom.example>"])
def test_a_person_whose_name_holds_such_a_word_is_answered(read, sender):
    found = read(
        "Hello, my TX-40 does not power on any more. Serial TX40-2304-0777. Can you repair it?", "TX-40", sender
    )
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_a_marketing_mail_with_repair_words_is_not_answered(read):
    found = read(
        "Broken instrument? Our spring offer: 20% off every repair this month.",
        "Spring offer",
        "Repairs <offers@repairshop.example>",
        "X-Campaign: spring\n",
    )
    assert found.should_auto_reply is False

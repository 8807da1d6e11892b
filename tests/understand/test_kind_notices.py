"""Machine-written mail that names an order, a delivery or a fault is never answered; a person's
complaint that carries the same wording in a footer or beside a fault of its own still is."""

from __future__ import annotations

import pytest

SIG = "\n\nKind regards\nTom Miller\nNetOps | Westlink\n"


@pytest.mark.parametrize(
    "footer",
    [
        "Subscribe to our newsletter: https://westlink.example/news",
        "If you no longer wish to receive e-mails from us, unsubscribe here.",
        "Join our webinar on 5G backhaul - register now!",
    ],
)
def test_newsletter_words_in_a_persons_footer_do_not_drop_the_complaint(read, footer):
    found = read("Hello,\n\nModule S/N FM23010045 has no link. Please advise." + SIG + footer, "Faulty module")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_a_newsletter_telling_of_faults_stays_unrelated(read):
    body = (
        "In this issue: why optics fail, no link troubleshooting and our new 800G line.\n\n"
        "To stop receiving these emails, click here."
    )
    found = read(body, "Monthly digest: transceiver failures explained", sender="News <news@optics.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Out of office Re: Order 4500012345", "I am out of the office until 5 March with no access to email."),
        (
            "Re: PO 4500012345 - Automatic reply",
            "Thank you. I am currently out of the office and will return on Monday.",
        ),
        ("Re: SFP no link on port 2", "I am on annual leave until 10 March and will respond on my return."),
    ],
)
def test_out_of_office_answering_an_order_or_a_fault_is_an_auto_reply(read, subject, body):
    found = read(body, subject, sender="Tom <tom@customer.example>")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


def test_a_person_away_who_tells_a_fault_of_their_own_is_a_request(read):
    body = "Hello,\n\nI am on leave next week. Module S/N FM23010045 has no link since Monday, please replace it."
    assert read(body + SIG, "Re: PO 4500012345").kind == "new_request"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Read: [RMA-2026-00042] Faulty SFP, no link",
            "Your message\n\nTo: Tom\nSubject: [RMA-2026-00042] Faulty SFP, no link\nSent: 3 March 2026\n\n"
            "was read on 3 March 2026.",
        ),
        (
            "Not read: Order 4500012345",
            "Your message\n\nTo: Tom\nSubject: Order 4500012345\n\nwas deleted without being read on 3 March 2026.",
        ),
    ],
)
def test_read_receipts_are_auto_replies(read, subject, body):
    found = read(body, subject, sender="Tom <tom@customer.example>")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "[Request received] Re: RMA-2026-00042",
            "Your request (4567) has been received and is being reviewed by our support staff.\n\n"
            "To add additional comments, reply to this email.",
        ),
        (
            "[Ticket#20260301-42] Faulty SFP modules",
            "Ticket 20260301-42 has been updated.\nNew comment by Anna: RMA requested from vendor.\n\n"
            "Please do not reply above this line.",
        ),
        (
            "[JIRA] (NET-123) SFP port down on core switch",
            "John Smith updated NET-123\nStatus: Open -> In Progress\nSummary: SFP port down, no link\n\n"
            "This message was sent by Atlassian Jira",
        ),
    ],
)
def test_ticket_tracker_notifications_are_never_answered(read, subject, body):
    found = read(body, subject, sender="Service Desk <servicedesk@customer.example>")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Your parcel could not be delivered",
            "We were unable to deliver your parcel. Please confirm your delivery address.\n\n"
            "When will you be at home? Reschedule your delivery now.",
        ),
        (
            "Your shipment has been delivered",
            "Your package has been delivered.\nTracking number 771234567890\n\n"
            "Has your shipment arrived? Rate your delivery experience.",
        ),
        (
            "How did we do? Order 4500012345",
            "Please rate your recent order. When did your goods arrive? Take our survey.",
        ),
        ("Please DocuSign: Replacement agreement", "Tom sent you a document to review and sign. REVIEW DOCUMENT"),
        (
            "Invitation: RMA review @ Tue 3 Mar",
            "Tom has invited you to a meeting.\nJoin Teams meeting\nAccept Tentative Decline",
        ),
        ("Recall: Faulty module FM23010045", 'Tom would like to recall the message, "Faulty module FM23010045".'),
    ],
)
def test_notices_that_ask_nothing_are_unrelated(read, subject, body):
    found = read(body, subject, sender="Notices <notices@service.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_person_who_forwards_a_carriers_notice_with_a_fault_is_a_request(read):
    body = (
        "Hello,\n\nthe box arrived crushed and module S/N FM23010045 is broken.\n\n"
        "---------- Forwarded message ---------\nFrom: UPS <pkinfo@ups.example>\nSubject: Delivered\n\n"
        "Your package has been delivered. Rate your delivery experience."
    )
    assert read(body, "Fwd: Delivered").kind == "new_request"


def test_one_away_phrase_in_a_persons_question_is_not_an_out_of_office(read):
    body = "Hello,\n\nOur customer is asking when the units will be back.\n\nRegards\nTom"
    found = read(body, "Re: [RMA-2026-00123] SFP no link on port 2")
    assert found.should_auto_reply is True


@pytest.mark.parametrize(
    "sender, subject, body",
    [
        (
            "PCN <pcn@chipvendor.example>",
            "PCN-2026-014: End of life notice for LD-220",
            "Dear customer,\n\nLD-220 will be discontinued. Last time buy: 30 June. The replacement part is LD-330.",
        ),
        (
            "Sales <sales@chipvendor.example>",
            "Shipment notice PO 4500012345",
            "Dear customer,\n\nyour order PO 4500012345 has been shipped today via DHL. Expected delivery: 5 March.",
        ),
        (
            "Li Wei <liwei@mail.example>",
            "Application for field service engineer",
            "Dear HR,\n\nI am applying for the position of service engineer. I have 5 years of experience repairing "
            "optical equipment and handling RMA returns.",
        ),
        (
            "Events <events@optics.example>",
            "Fibre splicing course",
            "Join our hands-on course. Learn how to repair broken fibres and test them with an OTDR. Book now.",
        ),
        (
            "Mark <mark@seo-growth.example>",
            "Your website ranking",
            "Hi,\nyour website is not on the first page of Google for 'SFP modules'. We can fix it: free audit.",
        ),
        (
            "Tom Buyer <tom@westlink.example.com>",
            "Supplier questionnaire 2026",
            "Hello,\n\nplease fill in the attached supplier questionnaire and return it by 31 March.",
        ),
    ],
)
def test_mail_that_speaks_of_repairs_or_replacements_but_asks_none_of_ours_is_unrelated(read, sender, subject, body):
    found = read(body, subject, sender=sender)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_customer_telling_of_their_own_order_shipped_to_them_broken_is_a_request(read):
    body = "Hello,\n\nyour shipment was delivered today but module S/N FM23010045 is broken.\n\nRegards\nTom"
    assert read(body, "Delivery PO 4500012345").kind == "new_request"

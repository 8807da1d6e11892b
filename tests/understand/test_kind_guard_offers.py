"""Mail that offers us something or asks about something other than a unit of the sender's: a repair shop's
or an agency's offer, a student's questions, a survey of a repair, a partner's downtime, a billing question,
a supplier registration, a payment phishing, a monitoring system's alert. None is answered; a customer's
complaint that shares their words still is."""

from __future__ import annotations

import pytest

QUIET = ("unrelated", "auto_reply", "bounce")


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Repairs for all brands",
            "Hello,\nwe are a repair specialist for defective servo drives and broken displays. Send us your faulty "
            "drives and we return them within a week.\nKarl",
        ),
        (
            "Field engineers",
            "Hi,\nwe are a staffing agency for service departments. Three experienced repair engineers are available "
            "from March.\nNora",
        ),
        (
            "Questions for my thesis",
            "Dear team,\nI am a student at TU Graz. For my master thesis on why power electronics fail, could I ask "
            "you five questions about your returns?\nPia",
        ),
        ("Other makes", "Hello, do you also repair drives from other manufacturers? Ours are mostly older ABB units."),
        (
            "Portal downtime",
            "Dear partners,\nour order portal will be unavailable on Sunday due to maintenance. We apologize for any "
            "inconvenience.\nIT",
        ),
        (
            "Invoice 2026-5521",
            "Hello,\ninvoice 2026-5521 shows the wrong price for item 20. Please send a corrected invoice.\nAccounts",
        ),
        (
            "Supplier setup",
            "Hello,\nplease fill in the attached supplier registration form with your bank details and return it "
            "to us.\nProcurement",
        ),
        (
            "Quality report",
            "Hi,\nattached are the failure statistics of all our suppliers for Q2. No action required.\nQuality",
        ),
    ],
)
def test_offers_and_questions_about_no_unit_are_never_answered(read, subject, body):
    found = read(body, subject, sender="Someone <someone@elsewhere.example>")
    assert found.kind in QUIET and found.should_auto_reply is False


@pytest.mark.parametrize(
    "sender, subject, body",
    [
        (
            "Feedback <feedback@servicepoll.example>",
            "Your repair",
            "How satisfied were you with the repair of your drive? Please rate us from 1 to 5.",
        ),
        (
            "Payments <billing@pay-secure.example>",
            "Payment declined",
            "We could not process your payment. Update your billing information to avoid service interruption.",
        ),
        (
            "Icinga <icinga@plant.example>",
            "PROBLEM - drive-07 is DOWN",
            "***** Icinga *****\n\nNotification Type: PROBLEM\n\nHost: drive-07\nState: DOWN\nInfo: no power",
        ),
    ],
)
def test_machine_written_notices_are_never_answered(read, sender, subject, body):
    found = read(body, subject, sender=sender)
    assert found.kind in QUIET and found.should_auto_reply is False


@pytest.mark.parametrize(
    "subject, body",
    [
        # a repair shop is a customer too when it names units it bought
        (
            "Dead drives",
            "Hello,\nwe are a repair shop and bought ten of your SD-40 drives in May. Three of them are dead. "
            "Please advise.\nKarl",
        ),
        # its alert forwarded in a person's words: the unit is theirs
        (
            "drive-07 down",
            "Hello,\nour SD-40 drive S/N SD4001234 has no power since this morning, the monitoring shows it down. "
            "Please replace it.\nKarl",
        ),
        (
            "Wrong drives and the invoice",
            "Hello,\nyou sent SD-20 drives instead of the SD-40 we ordered with PO 4500210099. Please exchange them.",
        ),
        (
            "Drive from another supplier?",
            "Hi, the SD-40 drive we received does not start. Other manufacturers' drives work on the same machine. "
            "What should we do?",
        ),
    ],
)
def test_a_complaint_among_those_words_is_still_answered(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Returns made easy",
            "Hi,\nour RMA portal automates warranty claims, replacements and repair tracking. Want to see how it "
            "works?\nEmma",
        ),
        (
            "Repair partner wanted",
            "Hello,\nwe are looking for a partner for repair services of servo drives in Austria. Do you offer such "
            "services?\nProcurement",
        ),
        (
            "Quality notice",
            "Dear customer,\nwe found a defect in lot 77 of the relays we supplied to you. Please send the affected "
            "relays back for replacement.\nSupplier Quality",
        ),
        ("Warranty for new drives", "Hello, can we buy an extended warranty with the 12 SD-40 drives on your quote?"),
        ("Donation", "Dear friends,\nour charity refurbishes broken laptops for schools. Would you donate used units?"),
        ("Credit note CN-5512", "Hello,\nattached is credit note CN-5512 for the returned goods.\nAccounting"),
        ("Issue 14", "In this issue: five reasons drives fail in summer. Read the full article on our website."),
        ("Bewerbung", "Sehr geehrte Damen und Herren,\nanbei meine Bewerbungsunterlagen als Servicetechniker."),
        (
            "Damage during transport",
            "Dear shipper,\ntwo of your pallets were damaged at our hub. Our claims team will contact you.",
        ),
    ],
)
def test_pitches_recalls_and_paperwork_are_never_answered(read, subject, body):
    found = read(body, subject, sender="Someone <someone@elsewhere.example>")
    assert found.kind in QUIET and found.should_auto_reply is False


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Call",
            "Hi, could we have a 15-minute call about the failing drives? Three of 20 show fault F07.\nJan",
        ),
        (
            "Extended warranty",
            "Hello, we have an extended warranty on the AN-300 analyzer. It shows error E42 at startup. Please advise.",
        ),
        ("Plant down", "Hello, our plant will be offline until the drive is fixed. It shows F07 and won't start."),
        (
            "Reaching out",
            "Hello,\nI am reaching out because the inverter stopped working after a storm. Can you repair it?",
        ),
        (
            "Partner",
            "Hello,\nas your partner we are disappointed: the last 5 drives we received had loose connectors. "
            "Please replace them.",
        ),
    ],
)
def test_complaints_in_those_words_are_still_answered(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Wrong quantity", "Hello, you sent the wrong amount of relays: 8 instead of 10. Please send the missing two."),
        ("Fan", "Hello,\nduring planned maintenance we found the fan of the PSU broken. Please send a new one."),
        (
            "Scanners",
            "Hello,\nwe are a logistics company and 3 of your scanners stopped working this week. Please advise.",
        ),
        ("SFP", "Hello, we are a service provider and your SFPs show no link in our switches. What now?"),
        ("Probes", "Hi,\nwe use your probes for a study and two of them failed after a day. Can you replace them?"),
        ("Charger", "Hi, I am a student and the charger I bought last week does not charge any more. Please help."),
        ("Zasilacze", "Dzień dobry,\nzamówiliśmy 10 zasilaczy, dwa nie działają. Proszę o wymianę."),
    ],
)
def test_customers_who_introduce_themselves_or_their_case_still_get_an_answer(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

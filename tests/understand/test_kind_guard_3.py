"""Mail that must never be answered: a vendor's pitch, a prize or a phishing notice, a carrier's failed
delivery, a question about warranty terms, an ERP's purchase order, a list digest, a calendar invitation
or its answer, a read, delivery or non-delivery report written as plain text. Beside each, the customer's
complaint that shares its words is still answered."""

from __future__ import annotations

import pytest

QUIET = ("unrelated", "auto_reply", "bounce")


def _never_answered(found) -> None:  # type: ignore[no-untyped-def]
    assert found.kind in QUIET and found.should_auto_reply is False


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "A question about your returns desk",
            "Hi,\nwe help industrial manufacturers cut their RMA turnaround by 35% with our cloud service desk. "
            "Would you be open to a 20-minute call on Thursday?\nBest\nRyan",
        ),
        (
            "Faster RMAs",
            "Hello,\nour returns software lets manufacturers handle defective returns twice as fast. Can I send "
            "you a short demo?\nMaria",
        ),
        (
            "Partnership",
            "Dear team,\nI am reaching out from Cargoflex: we ship broken and repaired units for you at half the "
            "price. Up for a quick call?\nLeo",
        ),
    ],
)
def test_a_vendors_pitch_is_never_answered(read, subject, body):
    _never_answered(read(body, subject, sender="Ryan <ryan@pitch.example>"))


@pytest.mark.parametrize(
    "sender, subject, body",
    [
        (
            "Prize Desk <desk@prize.example>",
            "Your reward",
            "Congratulations! Your company has been selected for a 300 EUR gift card. Answer 3 questions and "
            "claim now.",
        ),
        (
            "Mail Admin <admin@mail-admin.example>",
            "Action required",
            "Your mailbox will be suspended within 24 hours. Verify your login to keep receiving mail.",
        ),
        (
            "Parcel Service <care@parcel-service.example>",
            "Delivery problem",
            "Dear customer,\nyour package could not be delivered because the house number is missing. Pay the "
            "redelivery fee of 2.40 EUR to schedule a new attempt.",
        ),
        (
            "Chat <chat@teams-mail.example>",
            "Missed messages",
            "You have unread messages in your team chat. Lea: can you check the broken drive in hall 2?",
        ),
        (
            "Courier <info@courier.example>",
            "We missed you",
            "A delivery attempt was made today at 11:20. Nobody was there to sign for item 00340434161094087.",
        ),
    ],
)
def test_spam_phishing_and_carrier_notices_are_never_answered(read, sender, subject, body):
    found = read(body, subject, sender=sender)
    _never_answered(found)
    assert found.customer_email is None


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Warranty", "Hello,\ndoes your warranty also cover damage from a power surge, or only production faults?"),
        ("Guarantee", "Hi, what does the guarantee cover on the PX-90 drives? Water damage too?\nThanks"),
        ("保修咨询", "您好，请问你们的产品保修是几年？进水损坏包不包？\n谢谢"),
    ],
)
def test_a_question_about_warranty_terms_is_unrelated(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Warranty", "Hello,\nour PX-90 drive died after ten months. Does your warranty cover that?\nThanks"),
        ("保修咨询", "您好，我们的产品用了一周就坏了，保修期多久？\n谢谢"),
        ("Guarantee", "Hi, the two PX-90 drives we bought in May stopped working. What does the guarantee cover?"),
    ],
)
def test_a_unit_of_theirs_beside_the_warranty_question_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Purchase Order 4500210077",
            "Purchase Order 4500210077\nItem 10: PX-90 drive, qty 12, unit price 310.00 EUR\n"
            "Requested delivery: 2027-02-01\nPlease confirm.",
        ),
        (
            "Bestellung 4500877001",
            "Bestellung Nr. 4500877001\nPos. 10  Netzteil NT-48  Menge 30  Einzelpreis 41,00 EUR\n"
            "Bitte senden Sie uns eine Auftragsbestätigung.",
        ),
    ],
)
def test_an_erps_purchase_order_is_unrelated(read, subject, body):
    found = read(body, subject, sender="ERP <erp@buyer.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_person_asking_about_a_purchase_order_still_gets_an_answer(read):
    body = (
        "Hello,\nPurchase Order 4500210077\nItem 10: PX-90 drive, qty 12\n"
        "We have no confirmation yet. When will it ship?\nRegards\nAnn"
    )
    found = read(body, "PO 4500210077")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


def test_a_mailing_list_digest_is_unrelated(read):
    body = "Today's Topics:\n\n  1. SFP no link after firmware upgrade (Tom)\n  2. Re: PSU fan is broken (Ann)\n"
    found = read(body, "Optics-users Digest, Vol 18, Issue 4", sender="Optics-users <optics-request@lists.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Accepted: Review of the failed drives", "Ann Lee has accepted this invitation."),
        ("Abgelehnt: Besprechung Reklamation NT-48", "Ann Lee hat die Besprechung abgelehnt."),
        (
            "Invitation: Defective modules call @ Wed 14:00",
            "You have been invited to the following event.\nDefective modules call\nJoin Microsoft Teams Meeting",
        ),
        (
            "Defective PSU - root cause",
            "Agenda: the PSU that stopped working.\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "SUMMARY:Defective PSU - root cause\nEND:VEVENT\nEND:VCALENDAR",
        ),
    ],
)
def test_a_calendar_invitation_or_its_answer_is_never_answered(read, subject, body):
    _never_answered(read(body, subject))


@pytest.mark.parametrize(
    "subject, body, kind",
    [
        (
            "Przeczytano: Uszkodzony zasilacz",
            "Twoja wiadomość\n\n  Do: serwis\n  Temat: Uszkodzony zasilacz\n\nzostała przeczytana 2026-03-03.",
            "auto_reply",
        ),
        (
            "開封済み: 電源が入らない",
            "メッセージ\n\n  件名: 電源が入らない\n\nは 2026/03/03 10:40 に開封されました。",
            "auto_reply",
        ),
        (
            "Delivered: Broken drive PX-90",
            "Your message has been delivered to the following recipients:\nann@buyer.example\nSubject: Broken drive",
            "auto_reply",
        ),
        (
            "Zugestellt: Netzteil defekt",
            "Die Zustellung an folgende Empfänger oder Gruppen ist abgeschlossen:\nann@kunde.example",
            "auto_reply",
        ),
        (
            "Undeliverable: Broken drive PX-90",
            "Your message to ann@buyer.example couldn't be delivered to one or more recipients.",
            "bounce",
        ),
        (
            "Unzustellbar: Netzteil defekt",
            "Ihre Nachricht konnte nicht an einen oder mehrere Empfänger zugestellt werden.",
            "bounce",
        ),
        (
            "Non remis : Module défectueux",
            "Votre message n'a pas pu être remis à un ou plusieurs destinataires.",
            "bounce",
        ),
        (
            "No se puede entregar: Equipo averiado",
            "No se pudo entregar el mensaje a uno o varios destinatarios.",
            "bounce",
        ),
        (
            "Niedostarczalne: Uszkodzony moduł",
            "Nie można dostarczyć wiadomości do co najmniej jednego adresata.",
            "bounce",
        ),
        ("无法送达: 模块坏了", "无法将邮件传递到一个或多个收件人。", "bounce"),
        ("配信不能: 電源が入らない", "このメッセージは、次の受信者に配信できませんでした。", "bounce"),
    ],
)
def test_plain_text_reports_on_our_mail_are_never_answered(read, subject, body, kind):
    found = read(body, subject, sender="Ann Lee <ann@buyer.example>")
    assert (found.kind, found.should_auto_reply) == (kind, False)


@pytest.mark.parametrize(
    "subject, body",
    [
        # a customer who saw our mail bounce and writes the complaint again
        (
            "Undeliverable",
            "Hello,\nmy earlier mail bounced. Our PX-90 drive S/N PX9012345 does not start, please help.",
        ),
        ("Invitation", "Hi, the PX-90 drive we bought has no output since Monday. Could you call me?\nAnn"),
        ("Gift card order", "Hello, the card reader CR-5 we ordered arrived broken. Please replace it.\nAnn"),
        ("Parcel", "Hello,\nthe parcel with order 4500210077 arrived today and both drives inside are damaged."),
    ],
)
def test_a_complaint_sharing_their_words_is_still_answered(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

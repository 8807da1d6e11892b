"""A person who names a unit's serial number writes about that unit: a request, in whatever language the
fault is told, even where no fault or request word of ours is found. A machine's notice, an invoice, a
quotation or a newsletter that names a serial is no request, and neither is a colleague's note."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        # Dutch: the rear lens fogged after a night in the car
        (
            "Condens in de lens",
            "Goedemiddag,\n\nSinds gisteren zit er condens aan de binnenkant van de lens.\n"
            "Serienummer: TX40-2304-0117.\n\nGroet,\nPieter",
        ),
        # Portuguese: the front glass arrived scratched
        (
            "Vidro riscado",
            "Olá,\n\no vidro da frente chegou com uma marca grande. Número de série TX40-2304-0118.\n\nObrigado,\nAna",
        ),
        # Korean: the hood was not in the box
        ("구성품", "안녕하세요,\n\n상자에 후드가 들어있지 않았습니다. 시리얼 번호 TX40-2304-0119 입니다.\n\n민준"),
        # English, in words no fault list holds
        (
            "TX-40",
            "Hello,\n\nthe TX-40 will not fire since Monday, the guide light is there but nothing comes out.\n"
            "Serial TX40-2304-0120.\n\nCarlos",
        ),
    ],
)
def test_a_person_naming_a_serial_asks_about_the_unit(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)
    assert found.serial_numbers


@pytest.mark.parametrize(
    "subject, body, sender",
    [
        # a notice that says it is automatic
        (
            "Wartungshinweis",
            "Gerät TX40-2304-0121: nächste Wartung am 12. Mai.\n\nDies ist eine automatisch generierte E-Mail.",
            "Portal <portal@customer.example>",
        ),
        # an invoice question naming the serial
        (
            "Rechnung",
            "Hallo,\n\nbitte schicken Sie die Rechnung für das Gerät TX40-2304-0122 an unsere Buchhaltung.\n\n"
            "Grüße\nJana",
            "Jana <j@customer.example>",
        ),
        # a quotation asked for another unit like one they have
        (
            "Quote",
            "Hello,\n\nplease quote two more units like our TX40-2304-0123.\n\nBest\nLi",
            "Li <li@customer.example>",
        ),
        # a newsletter
        (
            "News",
            "Our spring newsletter: the TX40-2304-0124 demo unit toured Europe.\n\nUnsubscribe here.",
            "News <news@vendor.example>",
        ),
    ],
)
def test_a_serial_in_a_notice_invoice_quote_or_newsletter_opens_nothing(read, subject, body, sender):
    found = read(body, subject, sender)
    assert found.kind != "new_request"
    assert not found.should_auto_reply


def test_a_colleagues_note_naming_a_serial_is_not_the_customers_request(read):
    found = read("Lager: TX40-2304-0125 ist eingelagert.\n\nGruß\nTom", "Lager", "Tom <tom@optizon-example.com>")
    assert found.kind != "new_request"


def test_a_serial_answered_under_our_subject_is_placed_by_the_reply_rules(read):
    # the bare serial alone is a request; sent back under "Re:" it answers a question of ours
    alone = read("Serienummer: TX40-2304-0126.\n\nGroet,\nPieter", "Lens")
    reply = read("Serienummer: TX40-2304-0126.\n\nGroet,\nPieter", "Re: Lens")
    assert alone.kind == "new_request"
    assert reply.kind == "unrelated"


@pytest.mark.parametrize(
    "subject, body, sender",
    [
        (
            "お荷物お届けのご案内",
            "佐川急便です。お荷物のお届け予定をお知らせします。\n伝票番号：3301-2245-7781\n"
            "お届け予定：明日 午後\n\n※本メールは送信専用です。",
            "佐川急便 <info@sagawa.example>",
        ),
        (
            "Ditt paket",
            "Hej!\n\nDitt paket är på väg och kommer på torsdag.\nFölj ditt paket i appen.\n\n"
            "Detta meddelande går inte att svara på.",
            "Frakt <info@frakt.example>",
        ),
    ],
)
def test_a_carriers_notice_in_japanese_or_swedish_is_not_answered(read, subject, body, sender):
    # ("går inte att svara på", cannot be answered, holds the Swedish words of a unit that "does not work":
    # the notice is then recorded as a machine's answer; either way it opens no case and is not answered)
    found = read(body, subject, sender)
    assert found.kind in ("unrelated", "auto_reply")
    assert not found.should_auto_reply
    assert found.must_not_answer


def test_a_customer_asking_for_the_delivery_date_in_japanese_is_still_asked(read):
    found = read(
        "お世話になっております。\n注文番号 PO-2026-0412 のお届け予定日を教えてください。\n\n山田", "納期について"
    )
    assert found.kind == "order_status"
    assert found.should_auto_reply


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nour new test bench needs BX-20 optics. Could you quote 20 pieces, shipped to Lyon?",
        "Hi,\n\ncan you quote 12 pieces of the TX-40 with a short lead time? They must run in Cisco switches.",
        "Hello,\n\nour core upgrade needs 30 x TX-40. Are they coded for Juniper MX? Can you quote with the lead time?",
    ],
)
def test_a_quote_asked_for_new_units_is_not_answered(read, body):
    found = read(f"{body}\n\nBest\nMarie", "Quote request")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_quote_asked_for_repairing_a_unit_of_theirs_is_a_request(read):
    body = "Hello,\n\nour TX-40 serial TX40-2304-0130 has no power since yesterday. Could you quote the repair?"
    found = read(f"{body}\n\nBest\nMarie", "Quote request")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "body",
    [
        "Guten Tag,\n\ngibt es schon einen Termin für die Ersatzlieferung? Ihre RMA-2026-00911.",
        "Hola,\n\n¿ya tienen diagnóstico de la unidad? Referencia RMA-2026-00912.",
        "Olá,\n\nquando será enviada a unidade reparada? RMA-2026-00913.",
        "Hi,\n\nthree weeks since you received our unit under RMA-2026-00914. Is there any update?",
    ],
)
def test_asking_where_a_repair_stands_in_other_languages_is_a_status_question(read, body):
    found = read(f"{body}\n\nGruß\nAnna", "RMA-Anfrage")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "body",
    [
        "Hi，请问換貨的 TX-40 什麼時候會 ship？我們的 order 是 PO-2026-0415，thanks。",
        "Olá,\n\nquando será enviado o módulo de substituição do pedido PO-2026-0416?",
    ],
)
def test_asking_when_a_replacement_ships_under_an_order_is_a_status_question(read, body):
    assert read(f"{body}\n\nLan", "Exchange").kind == "order_status"


@pytest.mark.parametrize(
    "body",
    [
        # the fault told again under the RMA is news for the case
        "Guten Tag,\n\ndas Ersatzgerät ist wieder defekt, es startet nicht mehr. RMA-2026-00915.",
        "Hi,\n\nthe repaired unit from RMA-2026-00916 has no power again. Is there any update on a fix?",
    ],
)
def test_a_fault_told_again_under_an_rma_stays_a_follow_up(read, body):
    assert read(f"{body}\n\nAnna", "RMA").kind == "follow_up"


def test_a_new_fault_asked_when_it_can_be_shipped_back_is_a_request(read):
    body = "Olá,\n\no módulo TX-40 (série TX40-2304-0131) não liga. Quando será enviado um novo?"
    assert read(f"{body}\n\nAna", "Módulo sem energia").kind == "new_request"


def test_a_serial_from_a_no_reply_address_opens_no_case(read):
    # a portal's or monitor's message from an address that takes no answers, in words no list holds
    body = "Gerät TX40-2304-0132: Messwert außerhalb des Bereichs seit 03:10.\n\nStandort Halle 2"
    person = read(body, "Messwert", "Anna <anna@customer.example>")
    portal = read(body, "Messwert", "Portal <noreply@customer.example>")
    assert person.kind == "new_request"
    assert portal.kind != "new_request"
    assert not portal.should_auto_reply

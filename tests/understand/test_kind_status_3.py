"""Where a repair, a replacement or an order stands, asked in more of the languages customers write in, and
the follow-up that only adds to an open case (the parcel's number of the unit they sent us, an answer to
our question): the first is order_status, the second a follow-up. An order's delivery date asked without
any RMA is order_status too; a supplier's order acknowledgement that asks nothing stays unrelated."""

from __future__ import annotations

import pytest

RMA = "RMA-2026-00419"


@pytest.mark.parametrize(
    "body",
    [
        "Hello, any update on RMA-2026-00419? Our line is waiting for the unit.",
        "Hi,\nis there any update? It has been two weeks.",
        "Guten Tag,\nwo ist unser Austauschgerät? Wir warten seit drei Wochen.",
        "Guten Tag,\nwie weit ist die Reparatur inzwischen?",
        "Bonjour,\navez-vous des nouvelles de notre appareil ?",
        "Hola,\n¿cómo va la reparación del equipo?",
        "Buongiorno,\na che punto è la riparazione?",
        "Goedemiddag,\nhoe staat het met de reparatie van onze unit?",
        "Dzień dobry,\nna jakim etapie jest naprawa?",
        "Olá,\nalguma novidade sobre o reparo?",
        "Hej,\nhur går det med reparationen? När får vi tillbaka enheten?",
        "Merhaba,\nonarım durumu hakkında bir gelişme var mı?",
        "お世話になっております。その後いかがでしょうか。",
        "你好，维修得怎么样了？",
        "Hi, just checking in on the status of this one.",
        "Hi, can you let me know when the replacement will go out?",
        "Hallo, haben Sie schon etwas Neues zu unserem Gerät?",
        "Hola, ¿ya recibieron el equipo? ¿Cuándo lo tendremos de vuelta?",
        "Hej, finns det något nytt om reparationen?",
        "お世話になっております。修理品はいつ頃返却されますか。",
        "Buongiorno, quando ci rimandate lo strumento riparato?",
        "Dzień dobry, co z naszą naprawą?",
        # a bare chase, and the date the unit comes back asked for
        "Bonjour, des nouvelles ?",
        "Hola, ¿novedades?",
        "Ciao, novità?",
        "Hallo, al nieuws?",
        "Olá, novidades?",
        "Hello, could you tell us the expected return date?",
        "Guten Tag, bis wann können wir mit dem Gerät rechnen?",
        "Bonjour, avez-vous une date de retour prévue ?",
        "Hola, ¿tienen fecha para la devolución del equipo?",
    ],
)
def test_asking_where_the_case_stands_is_order_status(read, body):
    found = read(f"{body}\n\nLea", f"{RMA} TX-40")
    assert (found.kind, found.rma_reference, found.should_auto_reply) == ("order_status", RMA, True)


@pytest.mark.parametrize(
    "body",
    [
        # the parcel's number of the unit the customer sent us: information, not a question
        "Guten Tag,\nwir haben das Gerät heute verschickt, Sendungsnummer 00340434161234567890.",
        "Bonjour,\nl'appareil est parti ce matin, numéro de suivi 6A12345678901.",
        "Hola,\nenviamos el equipo ayer, número de seguimiento 1Z999AA10123456784.",
        "Buongiorno,\nabbiamo spedito il dispositivo, numero di tracking 1Z999AA10123456784.",
        "お世話になっております。本日発送しました。追跡番号は 1234-5678-9012 です。",
    ],
)
def test_telling_the_tracking_of_the_unit_sent_to_us_is_a_follow_up(read, body):
    found = read(f"{body}\n\nLea", f"Re: {RMA} TX-40")
    assert (found.kind, found.rma_reference) == ("follow_up", RMA)


@pytest.mark.parametrize(
    "body",
    [
        "Guten Tag,\nkönnen Sie uns bitte die Sendungsnummer des Ersatzgeräts schicken?",
        "Bonjour,\npouvez-vous nous envoyer le numéro de suivi ?",
        "お世話になっております。交換品の追跡番号を教えていただけますか。",
    ],
)
def test_asking_for_the_tracking_number_is_order_status(read, body):
    found = read(f"{body}\n\nLea", f"{RMA} TX-40")
    assert found.kind == "order_status"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Bestellung 4500772210", "Guten Tag,\nkönnen Sie uns den Liefertermin für die Bestellung 4500772210 nennen?"),
        ("OC 4500772210", "Hola, ¿nos pueden confirmar la fecha de despacho del pedido 4500772210?"),
        ("Zamówienie 4500772210", "Dzień dobry, jaki jest termin dostawy zamówienia 4500772210?"),
        ("Order 4500772210", "Hej, vilket leveransdatum har order 4500772210?"),
        ("注文 4500772210", "お世話になっております。注文 4500772210 の納期を教えてください。"),
    ],
)
def test_an_orders_delivery_date_asked_is_order_status(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Re: your order 4500772210", "Hi, our order 4500772210 has not been delivered yet, it was due last week."),
        ("Bestellung 4500772210", "Guten Tag, unsere Bestellung 4500772210 ist noch nicht angekommen."),
        ("Commande 4500772210", "Bonjour, nous n'avons toujours pas reçu la commande 4500772210."),
        ("Pedido 4500772210", "Hola, todavía no hemos recibido el pedido 4500772210."),
        ("Ordine 4500772210", "Buongiorno, non abbiamo ancora ricevuto l'ordine 4500772210."),
        ("Pedido 4500772210", "Olá, ainda não recebemos o pedido 4500772210."),
        ("Order 4500772210", "Hallo, we hebben bestelling 4500772210 nog steeds niet ontvangen."),
        ("Zamówienie 4500772210", "Dzień dobry, nadal nie otrzymaliśmy zamówienia 4500772210."),
        ("Order 4500772210", "Hej, vi har fortfarande inte fått order 4500772210."),
        ("Sipariş 4500772210", "Merhaba, 4500772210 nolu siparişimiz hâlâ gelmedi."),
        ("注文 4500772210", "お世話になっております。注文 4500772210 がまだ届いていません。"),
    ],
)
def test_a_reminder_that_an_order_has_not_arrived_is_order_status(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Order 4500772210", "Hello, order 4500772210 arrived but two of the five TX-40 do not switch on."),
        ("Bestellung 4500772210", "Guten Tag, die Lieferung zu 4500772210 ist da, aber ein Gerät ist defekt."),
        ("注文 4500772210", "お世話になっております。注文 4500772210 が届きましたが、1台が起動しません。"),
    ],
)
def test_a_delivered_order_with_a_failing_unit_stays_a_request(read, subject, body):
    assert read(body, subject).kind == "new_request"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Auftragsbestätigung 60011223",
            "AUFTRAGSBESTÄTIGUNG\nIhre Bestellung: 4500772210\nLiefertermin: KW 14\nVielen Dank für Ihren Auftrag.",
        ),
        ("Orderbevestiging 60011223", "Orderbevestiging 60011223\nLeverdatum: week 14\nMet vriendelijke groet"),
    ],
)
def test_an_order_acknowledgement_that_asks_nothing_stays_unrelated(read, subject, body):
    found = read(body, subject, sender="Orders <orders@supplier.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_an_answer_to_our_question_on_an_open_case_stays_a_follow_up(read):
    body = "Hallo,\ndie Firmware ist 2.4.11 und das Gerät hängt an einem 24-V-Netzteil.\nGruß, Lea"
    found = read(body, f"AW: {RMA} TX-40")
    assert (found.kind, found.rma_reference) == ("follow_up", RMA)


@pytest.mark.parametrize(
    "body",
    [
        "Hello, when will we get the TX-40 back? It is the one that does not power on, we need it urgently.",
        "Hi, the unit with the broken display: has it been repaired yet?",
        "您好，那台不开机的设备修好了吗？",
        "Guten Tag, wann bekommen wir das defekte Gerät zurück?",
    ],
)
def test_a_status_question_naming_the_unit_by_its_fault_is_order_status(read, body):
    found = read(body, f"{RMA} TX-40")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "body",
    [
        "Hi, the replacement does not power on either. When can you send another one?",
        "Hi, the unit is broken again, when can we send it back?",
        "Hi, we got the repaired unit back but it does not power on. When will you ship a working one?",
        "Hallo, das Ersatzgerät startet auch nicht. Wann können Sie ein neues schicken?",
        "Bonjour, après réparation l'appareil ne s'allume toujours pas. Quand pouvez-vous le reprendre ?",
    ],
)
def test_a_fault_told_again_beside_a_question_stays_a_follow_up(read, body):
    found = read(body, f"RE: {RMA} TX-40")
    assert (found.kind, found.rma_reference) == ("follow_up", RMA)

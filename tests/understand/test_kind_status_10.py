"""A person asking after an order of theirs on its way names the order and its parcel, carrier or delivery,
in whatever language, without any status phrase: an order-status question, answered."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        ("FedEx exception", "Hello, FedEx 771234567890 for our SO-55120 says 'consignee unknown'. Please check."),
        ("PO 73310", "Hi, any update on PO 73310? It was promised for last Friday."),
        ("Zásilka", "Dobrý den, balík k objednávce PO/26/0415 stále neodešel. Můžete to prověřit?"),
        ("Entrega", "Olá, o rastreio da nossa OC 2026/0112 não anda desde segunda. Podem verificar?"),
        ("Kargo", "Merhaba, 2026-SIP-0441 numaralı siparişimizin kargo takip numarası nedir?"),
        ("Pesanan", "Selamat pagi, pesanan PO-2026-0871 kami kapan dikirim? Mohon info nomor resi."),
        ("Αποστολή", "Καλημέρα, πότε θα γίνει η αποστολή της παραγγελίας PO-2026-0932;"),
        ("Przesyłka", "Dzień dobry, przesyłka do zamówienia ZAM/2026/118 nie dotarła. Proszę o sprawdzenie."),
        ("発送について", "注文番号 SO-2026-0310 の発送はいつ頃になりますか。"),
        ("배송 문의", "주문번호 PO-2026-0557 배송은 언제 되나요?"),
        ("急", "您好，订单 DD20260302 能先分批发货吗？我们急需两台。"),
        ("快递", "你好，订单 DD20260418 的快递显示退回，是怎么回事？"),
    ],
)
def test_a_question_after_an_order_on_its_way_is_order_status(read, subject, body):
    found = read(f"{body}\n\nAnna", subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body, sender",
    [
        # a shop's own shipping notice, a carrier's: they name the order and the parcel but ask nothing of us
        (
            "Your order has shipped",
            "Your order 4500771234 has been shipped. Track your shipment with DHL 1234567890.",
            "Shop <orders@shop.example>",
        ),
        ("Versand", "Ihre Bestellung 4500771234 wurde heute an DHL übergeben.", "Shop <versand@shop.example>"),
    ],
)
def test_a_shipping_notice_stays_unrelated(read, subject, body, sender):
    found = read(body, subject, sender=sender)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_shipping_question_that_names_no_order_is_no_order_status(read):
    assert read("Hello, do you ship to Iceland?\n\nAnna", "Shipping").kind == "unrelated"


def test_asking_where_to_send_a_unit_for_repair_is_a_request(read):
    assert read("請問 TX-40 送修要寄到哪裡？\n\n王", "送修").kind == "new_request"


def test_asking_where_a_parcel_has_got_to_is_order_status(read):
    assert read("你好，订单 DD20260418 的货寄到哪了？\n\n王", "订单").kind == "order_status"


def test_a_unit_named_by_its_serial_beside_its_order_is_no_shipping_question(read):
    body = (
        "Goedemiddag,\nonze lasermodule geeft sinds vanochtend geen straal meer. Serienummer TX40-2403-017, "
        "geleverd op order VO26-0871.\nKunnen we hem opsturen?\n\nSander"
    )
    assert read(body, "Lasermodule").kind == "new_request"


def test_an_order_that_never_came_asked_after_in_the_subject_is_order_status(read):
    body = "Hello,\nwe ordered 6 pcs TX-40 with order SO-26-0412 on 3 March. Nothing arrived yet. Can you check?\n\nMia"
    assert read(body, "Where is our order?").kind == "order_status"


def test_a_missing_part_of_a_delivery_stays_a_request(read):
    body = "Hello,\nour order SO-26-0412 arrived, but one of the six TX-40 is missing. Please send it.\n\nMia"
    assert read(body, "Missing unit in delivery").kind == "new_request"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("RMA-2026-00481", "Selamat siang, bagaimana status perbaikan RMA-2026-00481?"),
        ("RMA-2026-00481", "Καλημέρα, ποια είναι η κατάσταση της επισκευής RMA-2026-00481;"),
        ("Παραγγελία", "Καλημέρα, πότε θα σταλεί η παραγγελία PO-2026-0932;"),
        ("Bestellung", "Guten Tag, wann wird unsere Bestellung 4500123456 versandt?"),
        ("Dostawa", "Dzień dobry, kiedy otrzymamy naprawione urządzenie?"),
        ("Tamir", "Merhaba, cihazımızın tamir durumu nedir?"),
    ],
)
def test_where_an_order_or_a_repair_stands_asked_in_more_languages(read, subject, body):
    assert read(f"{body}\n\nAnna", subject).kind == "order_status"

"""Where an order or a parcel is, asked in languages the status lists missed: "when will the goods for PO …
be sent?" (Indonesian, Afrikaans, Romanian, Tagalog, Russian), a parcel waiting at a pick-up point or stuck
at a carrier's hub for days. A person waiting for their order is answered; a fault told is a request."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Selamat siang, kapan pesanan kami nomor PO-7781 akan dikirim? Terima kasih.",
        "Goeiemiddag, is ons bestelling 5512 al gestuur? Stuur asseblief die opsporingsnommer.",
        "Bună ziua, când va fi expediată comanda noastră 4471?",
        "Magandang araw, kailan ipapadala ang order namin na 3390?",
        "Здравствуйте, когда будет отправлен наш заказ 6620?",
    ],
)
def test_when_an_order_is_sent_asked_in_more_languages_is_order_status(read, body):
    found = read(f"{body}\n\nSari", "Order")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "body",
    [
        "Hi, the courier says our parcel is awaiting collection since Monday, but nobody told us where?",
        "Hallo, die Sendung wartet auf Abholung, aber wir haben keine Benachrichtigung bekommen. Wo genau?",
        "Dzień dobry, paczka czeka na odbiór w punkcie, którego nie znamy. Gdzie mamy ją odebrać?",
        "Merhaba, gönderi dört gündür transfer merkezinde bekliyor. Bir bilginiz var mı?",
        "Halo, paket kami tertahan di gudang kurir sejak Senin. Bisa dibantu cek?",
    ],
)
def test_a_parcel_waiting_at_a_depot_or_pick_up_point_is_order_status(read, body):
    found = read(f"{body}\n\nLena", "Parcel")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


def test_a_carriers_own_notice_of_a_parcel_awaiting_collection_is_not_order_status(read):
    body = "This is an automated message. Your parcel is awaiting collection at the depot. Do not reply to this email."
    assert read(body, "Parcel notification", sender="Courier <noreply@courier.example>").kind != "order_status"


def test_a_fault_told_in_indonesian_beside_a_shipment_word_stays_a_request(read):
    body = "Selamat pagi, unit yang baru dikirim tidak bisa menyala sama sekali. Mohon diganti. SN 0041207399."
    assert read(f"{body}\n\nBudi", "Unit rusak").kind == "new_request"

"""Machine mail in more languages, never answered: absence notices, ticket systems' acknowledgements that
quote our case, payment advices, newsletters and carriers' delivery notices."""

from __future__ import annotations

import pytest

RMA = "RMA-2026-00952"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Automatyczna odpowiedź: TX-40",
            "Dzień dobry, jestem na urlopie do 12.03. W pilnych sprawach proszę pisać do biura.",
        ),
        ("Otomatik yanıt: TX-40", "Merhaba, 10 Mart'a kadar yıllık izindeyim. Acil konular için ofisi arayınız."),
        ("Balasan otomatis: TX-40", "Terima kasih atas email Anda. Saya sedang cuti sampai 10 Maret."),
        ("自動応答: TX-40", "大変申し訳ございませんが、3月10日まで休暇中のため不在にしております。"),
        ("자동 회신: TX-40", "안녕하세요. 3월 10일까지 휴가 중입니다. 복귀 후 답변드리겠습니다."),
        ("Αυτόματη απάντηση: TX-40", "Καλημέρα, είμαι εκτός γραφείου έως τις 10 Μαρτίου."),
        ("Automatická odpověď: TX-40", "Dobrý den, do 10. 3. jsem na dovolené a mimo kancelář."),
    ],
)
def test_an_absence_notice_in_more_languages_is_an_automatic_reply(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


@pytest.mark.parametrize(
    "body",
    [
        f"Guten Tag,\nIhre Anfrage ist bei uns eingegangen und wird unter Ticket 88123 bearbeitet.\nBetreff: {RMA}",
        f"Bonjour,\nnous avons bien reçu votre message concernant {RMA}. Un conseiller vous répondra.",
        f"Hola,\nhemos recibido su solicitud sobre {RMA}. Le responderemos en breve.",
        f"Merhaba,\ntalebiniz alınmıştır. Referans: {RMA}.",
        f"お問い合わせを受け付けました。件名: {RMA}",
    ],
)
def test_a_help_desk_acknowledgement_quoting_our_case_is_never_answered(read, body):
    found = read(body, f"[#88123] {RMA}", sender="Helpdesk <helpdesk@customer.example>")
    assert found.kind == "auto_reply" and not found.should_auto_reply


# Each names an order and asks or tells something a person would: only the notice's own words keep it unrelated.
@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Zahlungsavis 2026-0311",
            "Sehr geehrte Damen und Herren,\nanbei das Zahlungsavis zu Rechnung 90031 für unsere Bestellung 4500123456."
            " Bitte prüfen Sie den Zahlungseingang und die Lieferung.",
        ),
        ("Bukti transfer", "Bapak/Ibu, terlampir bukti transfer untuk PO-2026-0088. Mohon segera diproses pengiriman."),
        ("Ödeme", "Sayın yetkili, 2026-SIP-0091 numaralı siparişimiz için ödeme bildirimi ektedir. Sevkiyat ne zaman?"),
    ],
)
def test_a_payment_advice_in_more_languages_is_unrelated(read, subject, body):
    found = read(body, subject, sender="Accounts <accounts@customer.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "body",
    [
        "Kein Signal mehr am Messplatz? Das neue TX-40 misst zuverlässig.\n\nNewsletter abbestellen: hier abmelden",
        "Twój miernik nie działa? Seria TX mierzy dokładnie.\n\nAby zrezygnować, wypisz się tutaj.",
        "Cihazınız çalışmıyor mu? TX serisi ile tanışın.\n\nAbonelikten çık",
        "電源が入らない? 新しいTXシリーズのご案内。\n\n配信停止はこちら",
    ],
)
def test_a_newsletter_without_list_headers_is_unrelated(read, body):
    found = read(body, "Spring news", sender="Optics News <info@optics-news.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "body",
    [
        "Ihre Sendung wurde zugestellt. Bestellung 4500123456, Sendungsnummer 00340434161234567890. Fragen?",
        "Kargonuz yola çıktı. Sipariş 4500123456, takip numarası 1234567890. Teslimat adresiniz doğru mu?",
        "배송이 완료되었습니다. 주문번호 PO-2026-0557, 운송장 번호 1234-5678-9012. 문의사항이 있으신가요?",
    ],
)
def test_a_carrier_delivery_notice_is_unrelated(read, body):
    found = read(body, "Delivery", sender="Carrier <info@carrier.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)

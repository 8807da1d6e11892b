"""Machines' and offices' mail in more languages: a document system's receipt that quotes our subject below
its own lines (its RMA links it), a message saying it was generated automatically, a purchase order sent as
a paper of its own, an invitation to a training course. None is a case; only the receipt is an auto-reply."""

from __future__ import annotations

import pytest

AUTO = "Auto-Submitted: auto-generated\n"


@pytest.mark.parametrize(
    "body",
    [
        "Wiadomość została zarejestrowana w systemie obiegu dokumentów.\nNumer sprawy: K/2025/118\n"
        "Temat: [RMA-2025-31007] Potwierdzenie\n\nWiadomość wygenerowana automatycznie.",
        "Your message has been registered in our document system.\nCase: DOC-88812\n"
        "Subject: [RMA-2025-31007] Your return\n\nThis message was generated automatically.",
        "Mesajınız kaydedilmiştir.\nDosya no: 2025/55\nKonu: [RMA-2025-31007] Onay\n\n"
        "Bu e-posta otomatik olarak oluşturulmuştur.",
    ],
)
def test_a_document_systems_receipt_of_our_mail_is_an_auto_reply_with_its_rma(read, body):
    found = read(body, "Registration confirmation", sender="office@client.example", headers=AUTO)
    assert (found.kind, found.should_auto_reply, found.rma_reference) == ("auto_reply", False, "RMA-2025-31007")


@pytest.mark.parametrize(
    "body",
    [
        "Hi, please find attached our PO 4400182 for 2 x meters. Please confirm lead time.",
        "Dzień dobry, w załączeniu przesyłamy zamówienie 2025/0912 na 3 szt. Prosimy o potwierdzenie terminu.",
        "Selamat siang, terlampir PO kami no. 0771/PRC/2025. Mohon konfirmasi waktu pengiriman.",
        "Goeiedag, aangeheg is ons bestelling 5561 vir twee eenhede. Bevestig asseblief die afleweringsdatum.",
    ],
)
def test_a_new_purchase_order_sent_to_us_is_unrelated(read, body):
    found = read(f"{body}\n\nProcurement", "Purchase order")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "body",
    [
        "Zapraszamy na szkolenie z pomiarów światłowodowych, Poznań, 4-5 marca. Zapisy na stronie.",
        "Kami mengundang Anda ke pelatihan pengukuran serat optik di Surabaya. Daftar di situs kami.",
        "Vi invitiamo al corso di formazione sulle misure ottiche a Bologna, 12 maggio.",
        "诚邀您参加光纤测量培训，地点：深圳，时间：6月3日。",
    ],
)
def test_an_invitation_to_a_training_course_is_unrelated(read, body):
    found = read(body, "Training", sender="Academy <info@academy.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)

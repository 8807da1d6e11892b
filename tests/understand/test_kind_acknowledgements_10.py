"""A customer's help desk that acknowledges our mail in its own language, replying in our case's thread: it
quotes our RMA, yet it is a machine and is never answered (answering it starts a loop of notices)."""

from __future__ import annotations

import pytest

RMA = "RMA-2026-00481"


@pytest.mark.parametrize(
    "body",
    [
        "Ihr Ticket 4471 wurde erstellt. Wir melden uns in Kürze.",
        "Votre ticket n° 4471 a été créé. Nous vous répondrons rapidement.",
        "Su caso 4471 ha sido registrado. Le contestaremos pronto.",
        "Talebiniz 4471 numarası ile oluşturuldu. Lütfen bu e-postayı yanıtlamayınız.",
        "Tiket Anda 4471 telah dibuat. Mohon tidak membalas email ini.",
        "チケット 4471 が作成されました。このメールには返信しないでください。",
        "티켓 4471 이 생성되었습니다. 이 메일은 발신 전용입니다.",
        "Το αίτημά σας 4471 καταχωρήθηκε. Μην απαντάτε σε αυτό το μήνυμα.",
        "Váš požadavek 4471 byl zaevidován. Neodpovídejte na tento e-mail.",
        "您的工单 4471 已生成，我们会尽快处理。",
    ],
)
def test_a_help_desk_acknowledgement_in_the_case_thread_is_never_answered(read, body):
    found = read(body, f"Re: {RMA}", sender="Service Desk <servicedesk@customer.example>")
    assert (found.kind, found.rma_reference, found.should_auto_reply) == ("auto_reply", RMA, False)


@pytest.mark.parametrize(
    "body",
    [
        "Guten Tag, das Gerät ist heute per DHL an Sie gegangen. Viele Grüße",
        "Dzień dobry, czy naprawa jest już zakończona?",
        "您好，设备已经寄出了，请查收。",
    ],
)
def test_a_persons_reply_in_the_case_thread_stays_a_follow_up(read, body):
    found = read(body, f"Re: {RMA}")
    assert (found.kind, found.should_auto_reply) == ("follow_up", True)

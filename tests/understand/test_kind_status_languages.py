"""Where a replacement, repair or order stands, asked in the languages customers write in: a question about
the case's progress is order_status; information added to the case without a question is a follow-up."""

from __future__ import annotations

import pytest

RMA = "RMA-2026-00377"


@pytest.mark.parametrize(
    "body",
    [
        # Chinese in traditional characters, and English words inside a Chinese sentence
        "您好，請問換貨的進度如何？我們產線在等。",
        "新的模組 sent 了嗎？麻煩給我們 tracking number，謝謝",
        "请问有进展了吗？已经等了十天。",
        # Japanese
        "いつもお世話になっております。交換品の発送予定を教えていただけますでしょうか。",
        "修理の状況はいかがでしょうか。",
        # Korean
        "수리품은 언제 보내주실 수 있나요? 운송장 번호도 알려주세요.",
        # Spanish, Portuguese, Italian
        "Hola, ¿en qué estado se encuentra la sustitución? Gracias.",
        "Tienen ya una fecha estimada de entrega del equipo?",
        "Bom dia, já foram enviadas as peças de substituição?",
        "Salve, ci sono novità sulla riparazione del proiettore?",
        # Dutch, German, Polish, Czech
        "Wanneer wordt het gerepareerde apparaat verzonden?",
        "Wo bleibt die reparierte Steuerung? Wir brauchen sie dringend.",
        "Ist das Ersatzteil schon verschickt?",
        "Dzień dobry, kiedy otrzymamy naprawione urządzenie?",
        "Dobrý den, kdy dorazí vyměněný kus?",
        # English: a bare chase under the case's subject
        "Any news?",
    ],
)
def test_question_about_the_case_progress_is_order_status(read, body):
    found = read(f"{body}\n\nHana", f"{RMA}")
    assert (found.kind, found.rma_reference, found.should_auto_reply) == ("order_status", RMA, True)


@pytest.mark.parametrize(
    "body",
    [
        "補充：模組是去年三月安裝的，明天用宅配寄出。",
        "型番のラベル写真を添付します。金曜日に発送します。",
        "사진 첨부합니다. 내일 택배로 보내겠습니다.",
        "Le enviamos las fotos de la placa. Mañana sale el paquete.",
        "Wir schicken das Gerät morgen zurück, die Fotos hängen an.",
        "Przesyłam zdjęcia tabliczki. Paczkę wyślemy w czwartek.",
        "Any news from the analysis of the returned unit?",
    ],
)
def test_information_added_to_the_case_stays_a_follow_up(read, body):
    assert read(f"{body}\n\nHana", f"Re: {RMA}").kind == "follow_up"


def test_italian_question_about_a_replacement_on_an_order_is_order_status(read):
    body = "Buongiorno, avete notizie sulla sostituzione dei moduli? Quando partono?\n\nMarta"
    assert read(body, "sostituzione ordine 4500123987").kind == "order_status"


def test_when_an_order_ships_out_is_order_status(read):
    assert read("您好，訂單 4500778812 什麼時候能出貨？\n\n林", "訂單").kind == "order_status"


def test_sending_a_unit_in_for_repair_is_no_question_about_a_shipment(read):
    assert read("SX-200 保固多久? 我要送修\n\n林", "送修").kind == "new_request"


@pytest.mark.parametrize(
    "body",
    [
        "So what's the status?",
        "Any progress?",
        "Could you let me know where things stand with this one?",
        "Is the new power supply on its way?",
        "Can you give us a quick update?",
        "How is the repair going?",
        "Gibt es schon Neuigkeiten?",
        "Wie ist der aktuelle Stand?",
        "¿Hay alguna novedad?",
        "Ci sono aggiornamenti?",
        "Is er al nieuws?",
        "請問目前進度？",
        "还要等多久？",
    ],
)
def test_a_chase_of_the_case_itself_is_order_status(read, body):
    assert read(f"Hi,\n\n{body}\n\nOla", f"{RMA}").kind == "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "What is the status of the failure analysis report?",
        "Could you give us an update on the root cause analysis?",
        "We still have no findings from your lab. Please send the 8D report.",
    ],
)
def test_a_question_about_the_findings_stays_a_follow_up(read, body):
    assert read(f"Hi,\n\n{body}\n\nOla", f"Re: {RMA}").kind == "follow_up"

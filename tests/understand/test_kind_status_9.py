"""Where a repair stands, asked in a new mail in languages whose status questions the lists missed: "have you
repaired it yet?", "how is the repair going?", "please confirm the delivery date". A person waiting for a
unit or an order is answered; a repair asked for ("can you repair it?") is still a request."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        # "have you already repaired ...?", in Portuguese, Spanish, Italian and French
        "Olá, já consertaram o meu rádio? Vou viajar na sexta.",
        "Buenas, ¿ya está reparado el medidor? Lo necesitamos el lunes.",
        "Ciao, è già stato riparato il proiettore?",
        "Bonjour, est-ce que le boîtier est déjà réparé ?",
        # "how is the repair going?", in Catalan, Portuguese, Spanish
        "Bon dia, com va la reparació de la bàscula? Gràcies.",
        "Oi, como está o conserto do sonar?",
        "Hola, ¿cómo va la reparación del equipo?",
    ],
)
def test_progress_of_a_repair_asked_is_order_status(read, body):
    found = read(f"{body}\n\nMarta", "reparação")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "body",
    [
        "Olá, vocês podem consertar o meu rádio? Não liga mais.",
        "Hola, ¿pueden reparar el medidor? No enciende.",
    ],
)
def test_a_repair_asked_for_stays_a_request(read, body):
    assert read(f"{body}\n\nMarta", "rádio").kind == "new_request"


def test_czech_request_to_confirm_the_delivery_date_is_order_status(read):
    body = "Dobrý den, prosím o potvrzení termínu dodání objednávky OBJ-2025/0771. Děkuji."
    found = read(f"{body}\n\nJana Horáková", "Objednávka OBJ-2025/0771")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


def test_czech_delivery_date_told_without_a_question_is_not_order_status(read):
    body = "Dobrý den, termín dodání objednávky OBJ-2025/0771 je 14. 3. Faktura v příloze."
    assert read(f"{body}\n\nJana Horáková", "Objednávka OBJ-2025/0771").kind != "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "Hi, has our order PO-55120 (4x calibration weights) shipped yet? Please send the tracking number.",
        "Hello, have the two meters been sent back after calibration? We have not received them yet.",
    ],
)
def test_chasing_a_shipment_beside_a_vague_fault_word_is_order_status(read, body):
    found = read(f"{body}\n\nSam", "our units")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


def test_chasing_a_shipment_with_a_fault_to_repair_stays_a_request(read):
    body = "Hi, the meter we got still reads 2% high after calibration. When will you replace it? Can you repair it?"
    assert read(f"{body}\n\nSam", "meter").kind == "new_request"

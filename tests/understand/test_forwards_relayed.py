"""Forwards a rep makes in ways the usual markers miss: the customer's words retold from a phone call or a
chat, a forward in Portuguese, Spanish, Italian or Dutch, a client that puts the From line above the
header block it opens. The customer is the forwarded complaint's author, never the rep."""

from __future__ import annotations

import pytest

REP = "Pat Reyes <pat.reyes@optizon-example.com>"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("customer call", "Took a call from a hospital in Bristol: their unit AX7-2231-0091 keeps rebooting. Pat"),
        ("Kunde", "Hallo Service,\nKunde aus Graz hat angerufen, das Gerät AX7-2231-0091 geht nicht mehr an.\nPat"),
        ("客户反馈", "客户微信说：“模块插上去没反应，能不能修？”序列号AX7-2231-0091。\n小李"),
        ("客戶反映", "客戶打電話來說機器壞了，序號AX7-2231-0091，請協助。"),
        ("appel", "Appel de ce matin, client à Lyon: deux modules ne fonctionnent plus. Pat"),
    ],
)
def test_a_reps_note_of_a_customers_complaint_is_a_forward_without_a_customer(read, subject, body):
    found = read(body, subject, sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by, found.should_auto_reply) == (
        "forwarded",
        None,
        "pat.reyes@optizon-example.com",
        True,  # the rep is answered and asked for the customer, never taken for them
    )


def test_a_reps_note_names_the_customers_address_when_it_gives_one(read):
    body = "Customer called, their unit is dead after a power cut. Reach them at ops@harbourlab.example. Pat"
    found = read(body, "phone call", sender=REP)
    assert (found.kind, found.customer_email) == ("forwarded", "ops@harbourlab.example")


def test_a_colleagues_mail_about_a_customer_without_a_fault_is_not_a_forward(read):
    found = read("Our customer in Leeds asks for a price list for next year.", "customer", sender=REP)
    assert found.kind != "forwarded"


HEAD = "{}: Ana Lima <ana@lima-obras.example>\n{}: 02/03/2026 09:14\n{}: lamp"


@pytest.mark.parametrize(
    "marker, head",
    [
        ("-------- Mensagem reencaminhada --------", HEAD.format("De", "Data", "Assunto")),
        ("-------- Mensaje reenviado --------", HEAD.format("De", "Fecha", "Asunto")),
        ("-------- Messaggio inoltrato --------", HEAD.format("Da", "Data", "Oggetto")),
        ("-------- Doorgestuurd bericht --------", HEAD.format("Van", "Datum", "Onderwerp")),
    ],
)
def test_a_forward_marked_in_another_language_names_the_customer(read, marker, head):
    complaint = "Buenas, la tira LX-40 parpadea y se apaga sola. ¿Nos ayudáis?"
    body = f"Segue para a assistência, obrigado.\n\n{marker}\n{head}\n\n{complaint}\n"
    found = read(body, "Fwd: tira", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == (
        "forwarded",
        "ana@lima-obras.example",
        "pat.reyes@optizon-example.com",
    )

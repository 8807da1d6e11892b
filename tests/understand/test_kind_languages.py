"""Requests, status questions and out-of-office replies in the European languages customers write in,
and order-status topics that count only in a text that asks."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Guten Tag,\n\ndas Gerät aus Bestellung 4500012345 geht seit gestern nicht mehr an. Bitte um Rückmeldung.",
        "Bonjour,\n\nle module de la commande 4500012345 ne s'allume plus. Merci de nous indiquer la marche à suivre.",
        "Hola,\n\nel equipo del pedido 4500012345 no enciende desde ayer. Quedamos a la espera.",
        "Buongiorno,\n\nl'apparato dell'ordine 4500012345 non si accende più. Attendiamo vostre istruzioni.",
        "Goedendag,\n\nhet apparaat van order 4500012345 werkt niet meer. Graag uw advies.",
        "Guten Tag,\n\nwir möchten das Modul aus Bestellung 4500012345 zur Reparatur einsenden.",
    ],
)
def test_request_in_another_language_is_a_request(read, body):
    found = read(f"{body}\n\nGrüße\nTom", "Bestellung 4500012345")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "body",
    [
        "Wann wird das Ersatzgerät versendet?",
        "Quand le remplacement sera-t-il expédié ?",
        "¿Cuándo enviarán el reemplazo?",
        "Quando verrà spedita la sostituzione?",
    ],
)
def test_status_question_in_another_language_on_an_rma(read, body):
    assert read(f"{body}\n\nTom", "RMA-2026-00123").kind == "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "Ich bin bis 20.03. nicht im Büro und habe keinen Zugriff auf E-Mails.",
        "Je suis absent du bureau jusqu'au 20 mars.",
        "Estoy fuera de la oficina hasta el 20 de marzo.",
        "Sono fuori ufficio fino al 20 marzo.",
    ],
)
def test_out_of_office_in_another_language_is_an_auto_reply(read, body):
    found = read(body, "Re: your request")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


@pytest.mark.parametrize(
    "body",
    [
        "订单确认：订单号DD2026031501，交期 2026-03-20。附件为订单确认书，请查收。",
        "Order confirmation for PO 4500012345. Delivery date: 20 March 2026. Attached the signed copy.",
    ],
)
def test_a_supplier_notice_naming_a_delivery_date_asks_nothing(read, body):
    found = read(body, "Order confirmation", sender="Sales <sales@supplier.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "body",
    [
        "请问订单DD2026031501的交期？",
        "Please send the order confirmation for PO 4500012345.",
        "What is the delivery date of PO 4500012345?",
    ],
)
def test_a_customer_asking_for_a_delivery_date_is_order_status(read, body):
    assert read(body, "PO").kind == "order_status"


def test_issue_beside_business_words_is_not_a_request(read):
    body = "Hello,\n\nThere is an issue with the invoice for PO 4500012345, please correct the payment terms.\n\nTom"
    assert read(body, "Invoice").kind == "unrelated"


def test_a_problem_told_without_a_number_or_an_ask_is_not_a_request(read):
    body = "Hello all,\n\nYesterday we had a problem with our mail server, some mails may have been lost.\n\nTom"
    assert read(body, "Mail server").kind == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "The device has failed after two weeks of use. Please support us.",
        "The converter doesn't work. Can you help us?",
    ],
)
def test_a_problem_told_without_a_number_that_asks_for_help_is_a_request(read, body):
    assert read(f"Hello,\n\n{body}\n\nRegards\nTom", "Converter").kind == "new_request"

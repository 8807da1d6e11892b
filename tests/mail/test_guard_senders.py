"""Senders nobody reads answers at: "no reply" in the languages senders write it, a list's own addresses
(RFC 3834 section 2: owner-*, *-request, LISTSERV) and notice senders. A person's address that merely
contains such a word still gets an answer."""

from __future__ import annotations

import pytest

from mailbot.mail.guard import machine_generated
from mailbot.mail.parse import parse

OWN = ["service@example.com"]


def _reason(address: str):  # type: ignore[no-untyped-def]
    data = f"From: Sender <{address}>\nTo: service@example.com\nSubject: broken SFP\n\nThe module is dead.\n"
    return machine_generated(parse(data.encode()), OWN)


@pytest.mark.parametrize(
    "address",
    [
        "nepasrepondre@banque.example",
        "ne-pas-repondre@transport.example",
        "nicht-antworten@paket.example",
        "keine.antwort@shop.example",
        "no-responder@tienda.example",
        "nao-responda@loja.example",
        "non-rispondere@corriere.example",
        "nie-odpowiadaj@sklep.example",
        "niet-beantwoorden@bezorg.example",
        "noresponse@portal.example",
        "owner-fiber-users@lists.example",
        "fiber-users-request@lists.example",
        "fiber-users-owner@lists.example",
        "LISTSERV@lists.example",
        "notifications@tracker.example",
        "alerts@monitoring.example",
        "notify@erp.example",
        "autoconfirm@shop.example",
    ],
)
def test_machine_and_list_senders_are_never_answered(address):
    reason = _reason(address)
    assert reason is not None and reason.category == "no_reply_sender" and not reason.stops_ticket


@pytest.mark.parametrize(
    "address",
    [
        "anna.alert@customer.example",  # a person named Alert
        "notification.team.lead@customer.example",
        "requests.desk@customer.example",
        "alertas.juan@cliente.example",
        "nora@customer.example",
    ],
)
def test_a_persons_address_with_such_a_word_passes(address):
    assert _reason(address) is None

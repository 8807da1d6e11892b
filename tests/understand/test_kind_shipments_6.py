"""Where a shipment stands, asked in the ways people chase one: held in customs, its tracking not moving,
marked delivered but not there, the delivery week to confirm, "please let us know when" without a question
mark. A carrier's own notice of the day it delivers a parcel asks us nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        # held in customs: the invoice the customs office wants is for the parcel
        (
            "replacement shipment",
            "Hello, our parcel with the replacement modules (EMS EE123456789CN) is stuck in customs in "
            "Rotterdam since Monday. Could you email us a proforma invoice for the clearance? Piet",
        ),
        (
            "PO 77120",
            "Hello,\n\nthe courier tells us our PO 4500077120 is being held by customs at Oslo airport. They "
            "need a commercial invoice from you, can you send it?\n\nRegards\nKari",
        ),
        # German: the parcel hangs somewhere for days
        (
            "Ersatzlieferung",
            "Guten Tag, unser Paket mit den reparierten Geräten hängt laut Sendungsverfolgung seit Freitag im "
            "Verteilzentrum fest. Könnten Sie beim Spediteur nachhaken? Gruß, Max",
        ),
        # Chinese: the waybill shows nothing, and no update since pickup
        ("单号查不到", "你好，你们给的顺丰单号SF1234567890123在官网上一直查不到，麻烦确认一下有没有寄出。"),
        ("物流", "您好，韵达的物流信息从上周三起就没有更新了，货到底在哪里？"),
        # marked delivered but not there
        (
            "Order 4500012390",
            "Hi, the tracking for my order shows delivered on Friday, but there was no parcel at my door. "
            "Can you look into it?",
        ),
    ],
)
def test_a_shipment_stopped_on_its_way_is_a_status_question(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        # Polish: asked indirectly, without a question mark
        (
            "Zamówienie 4711",
            "Dzień dobry, prosimy o informację, kiedy zamówienie 4500004711 zostanie wysłane do naszego magazynu.",
        ),
        # German: "teilen Sie uns bitte mit, wann ..."
        ("Bestellung 4712", "Hallo, teilen Sie uns bitte mit, wann die Bestellung 4500004712 versendet wird. Danke"),
        # Dutch: "laat ons weten wanneer ..."
        ("Order 4713", "Hallo, laat ons even weten wanneer order 4500004713 verzonden wordt. Groet, Joost"),
        # the delivery week to confirm
        ("Order 4714", "Hi, what is the delivery week for our order 4500004714? We need to plan the installation."),
        # Japanese: the delivery date, "please tell us" in a polite form
        ("発注書 4500004715", "いつもお世話になっております。発注書 4500004715 の件、出荷日をご教示いただけますか。"),
    ],
)
def test_when_an_order_ships_asked_in_any_form_is_a_status_question(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body, sender",
    [
        (
            "配達のご案内",
            "佐藤様宛のお荷物は明日のお届け予定です。ご不在の場合は再配達をご依頼ください。",
            "運送会社 <info@carrier-jp.example>",
        ),
        (
            "Your delivery",
            "Your parcel from Optics Ltd will be delivered today between 10:00 and 12:00. Tracking 1Z999AA10123456784",
            "Parcel Service <info@parcels.example>",
        ),
        (
            "Paketankündigung",
            "Ihr Paket von Muster GmbH wird heute voraussichtlich zwischen 9 und 11 Uhr zugestellt.",
            "Paketdienst <info@paket.example>",
        ),
    ],
)
def test_a_carriers_notice_of_a_delivery_is_not_answered(read, subject, body, sender):
    found = read(body, subject, sender)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_unit_that_hangs_is_no_shipment(read):
    found = read("Hallo, das Gerät hängt seit dem Update beim Start. Können Sie helfen? Gruß, Max", "TX-40")
    assert found.kind != "order_status"


def test_a_carriers_customs_notice_from_a_no_reply_address_is_not_answered(read):
    found = read(
        "Your shipment 1234567890 is held in customs. Please pay the duties online to release it.",
        "Customs hold",
        "Express <noreply@express.example>",
    )
    assert found.should_auto_reply is False
    assert found.kind != "order_status"

"""Faults, requests and order-status questions told in the customer's own words, not the taxonomy's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body, category",
    [
        ("The device keeps losing connection every couple of hours and we have to unplug it.", "intermittent"),
        # A connection that goes dead and stays down until a restart is lost, not coming and going.
        ("Works fine for a day then the connection goes dead until we power cycle it.", "no_link"),
        ("After a power cycle it works again for a while, then the same thing.", "intermittent"),
        ("设备用一段时间就断网，重新插拔后又好了。", "intermittent"),
        ("模块在使用中经常出现断线的情况，一天要断好几次。", "intermittent"),
        ("The receive level on channel 3 is -22 dBm while the others are at -8 dBm.", "optical_performance"),
        ("We measured 12.9 dB IL on the 1x8 splitter, the datasheet says max 10.5 dB.", "optical_performance"),
        ("Port 3 shows nothing on the far end, the link never comes up with the module inserted.", "no_link"),
        ("Our Cisco switch does not even recognise the transceivers.", "no_link"),
        ("The module reads -28 dBm at the receiver, way below what it should be.", "optical_performance"),
        ("Our splitter shows 3 dB more loss on port 4 than on the others.", "optical_performance"),
        ("收光功率偏低，只有-25dBm。", "optical_performance"),
        ("We only get -27 dBm at the OLT.", "optical_performance"),
        ("Light level is low on the far end.", "optical_performance"),
        ("The link LED stays off on both ends.", "no_link"),
        ("The module keeps going down.", "intermittent"),
        ("There is no sign of life when we plug it in.", "no_power"),
        ("The power adapter seems to be dead.", "no_power"),
        ("The lid came loose and one of the clips snapped off.", "physical_damage"),
        ("We ordered the LC version but received SC connectors instead.", "wrong_or_missing_item"),
        ("All parameters are gone each time we switch it off.", "software"),
    ],
)
def test_fault_in_plain_words_has_its_category(read, body, category):
    found = read(f"Hello,\n\n{body} Order 4500012345.\n\nRegards\nTom")
    assert (found.kind, found.defect_category) == ("new_request", category)


@pytest.mark.parametrize(
    "body",
    [
        "There are no visible signs of damage, but the unit does not power on.",
        "The box arrived fine, no damage to the packaging, but the unit does not power on.",
    ],
)
def test_negation_a_few_words_before_the_fault_still_counts(read, body):
    assert read(f"{body} PO 4500012345").defect_category == "no_power"


def test_negation_does_not_reach_past_the_clause(read):
    found = read("Nothing is missing, and the housing is cracked. PO 4500012345")
    assert found.defect_category == "physical_damage"


def test_thanks_right_after_the_greeting_does_not_end_the_message(read):
    found = read("Hello,\n\nThank you.\n\nThe unit drops the link every few hours. PO 4500012345\n\nRegards\nTom")
    assert (found.kind, found.defect_category, found.order_numbers) == ("new_request", "intermittent", ("4500012345",))


@pytest.mark.parametrize(
    "body",
    [
        "PO 4500012345: could you take the unit back?",
        "Our unit S/N FM23010045 behaves oddly since Monday. What should we do?",
        "The converter from order 4500012345 has stopped working.",
        "订单号DD2026032001的设备能帮忙修一下吗？",
        "The keyboard from order SO-3483929 registers double presses. Serial number: KF87-201923-12265\n"
        "Please let me know how to return the unit and whether you can send a replacement.",
    ],
)
def test_request_without_rma_vocabulary_is_a_request(read, body):
    assert read(f"Hello,\n\n{body}\n\nRegards\nTom").kind == "new_request"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("RMA-2026-0012", "Has the replacement for RMA-2026-0012 been dispatched yet?"),
        ("RMA-2026-0012", "Hi, where is the replacement for RMA-2026-0012?"),
        ("RMA-2026-0012", "When can we expect the repaired unit back?"),
        ("RMA-2026-0012", "请问RMA-2026-0012的替换件什么时候能寄出？"),
        ("Order", "Where is my order 4500013377? It was promised for last week."),
        ("订单", "你好，我们的订单DD2026032001什么时候能到？"),
        ("RMA-2026-0012", "Please let us know when the repaired unit will be sent back. RMA-2026-0012"),
        ("RMA-2026-0012", "请告知RMA-2026-0012的发货时间。"),
        ("Order 4500013377", "Please let us know whether it has been shipped. Order 4500013377"),
    ],
)
def test_order_status_question(read, subject, body):
    assert read(body, subject=subject).kind == "order_status"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Re: RMA-2026-0012", "Attached the photos you requested for RMA-2026-0012."),
        ("Re: RMA-2026-0012", "When we received the unit it was already scratched. RMA-2026-0012"),
        ("回复：[RMA-2026-0012] 退货进度", "模块已经寄出，顺丰运单号 SF1234567890123，请查收。"),
    ],
)
def test_a_statement_on_a_ticket_stays_a_follow_up(read, subject, body):
    assert read(body, subject=subject).kind == "follow_up"


@pytest.mark.parametrize(
    "body, tracking",
    [
        ("Shipped back by EMS EA123456789CN.", "EA123456789CN"),
        ("圆通 YT1234567890123 已发出", "YT1234567890123"),
        ("Our courier reference is JD0001234567890.", "JD0001234567890"),
        ("AWB 123-45678901", "123-45678901"),
        ("已寄回，顺丰单号：SF1234567890123。", "SF1234567890123"),
        ("Tracking number: 1Z999AA10123456784", "1Z999AA10123456784"),
        ("Sent back with DHL Express 1234567890 today.", "1234567890"),
    ],
)
def test_tracking_numbers_of_more_carriers(read, body, tracking):
    assert read(f"{body} RMA-2026-0012", subject="Re: RMA-2026-0012").tracking_numbers == (tracking,)


def test_a_date_after_a_carrier_is_no_tracking_number(read):
    assert read("Sent with DHL on 2026-03-30, RMA-2026-0012").tracking_numbers == ()


@pytest.mark.parametrize(
    "body, serials, orders",
    [
        ("Ser. no. TQ88-24-00031", ("TQ88-24-00031",), ()),
        ("出厂编号：HK2403A0045", ("HK2403A0045",), ()),
        ("Unit serial: nv24k00371", ("nv24k00371",), ()),
        ("Order confirmation no. AB-778812", (), ("AB-778812",)),
        ("采购订单号：CG-20240311-07", (), ("CG-20240311-07",)),
    ],
)
def test_more_labels_take_the_value_after_them(read, body, serials, orders):
    found = read(f"Hello,\n\n{body}\n\nRegards\nTom")
    assert (found.serial_numbers, found.order_numbers) == (serials, orders)


@pytest.mark.parametrize(
    "subject, body, kind",
    [
        ("Absence of light on port 2", "Hello, port 2 of the splitter from PO 4500012345 has no light.", "new_request"),
        ("On holiday, unit broken", "Hello, the unit is broken. PO 4500012345", "new_request"),
        ("Absence: 30.3.-3.4.", "I am out of the office until Friday and will be back on Monday.", "auto_reply"),
        ("Out of office: Re: PO 4500012345", "I am out of the office until Friday.", "auto_reply"),
    ],
)
def test_an_auto_reply_subject_heads_the_subject(read, subject, body, kind):
    assert read(body, subject=subject).kind == kind


def test_a_customers_ticket_system_acknowledging_our_mail_is_not_answered(read):
    found = read(
        "Your request has been received and will be handled by our purchasing team. Reference: RMA-2026-0012",
        subject="[Ticket 4471] Re: RMA-2026-0012",
    )
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)

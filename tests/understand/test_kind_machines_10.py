"""Machine and business mail that must never be answered: a buyer's purchase order whose lines read like a
vague fault, a carrier's pick-up notice, a notice sender's address."""

from __future__ import annotations

from mailbot.mail.guard import machine_generated
from mailbot.mail.parse import parse


def test_a_purchase_order_with_a_service_line_is_no_request(read):
    body = (
        "Purchase Order PO-77-0912\n\nVendor: Optizon\nDeliver to: Harbour Labs, Dock 3\n\n"
        "Item 1  Fibre cleaning kit      qty 20\nItem 2  Calibration service     qty 1\n\n"
        "Please confirm delivery date by return.\nPurchasing, Harbour Labs"
    )
    found = read(body, "New Purchase Order PO-77-0912", sender="purchasing@harbour-labs.example")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_purchase_order_note_that_tells_a_broken_unit_stays_a_request(read):
    body = "Hello,\nthe meter of our purchase order PO-77-0913 arrived with a cracked display. Please replace it.\nRia"
    found = read(body, "New purchase order PO-77-0913 - display cracked")
    assert found.kind == "new_request"


def test_a_chinese_carrier_pick_up_notice_is_unrelated(read):
    body = "【飞鸿快递】您的快件 FH5512340098 已由 西湖 网点揽收，预计 3月5日 送达。"
    found = read(body, "揽收通知", sender="飞鸿快递 <service@feihong-express.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_person_telling_their_parcel_was_picked_up_is_not_a_carrier(read):
    body = "您好，设备已经寄出，快递已揽收，单号 FH5512340098。\n\n王"
    found = read(body, "RMA-2026-00481 寄回")
    assert found.kind == "follow_up"


def _mail(sender: str) -> bytes:
    return f"From: {sender}\nTo: service@us.example\nSubject: Hello\nMessage-ID: <n@x>\n\nHello\n".encode()


def test_a_notice_address_takes_no_answers():
    for sender in ("notice@carrier.example", "notices@erp.example"):
        reason = machine_generated(parse(_mail(sender)), ())
        assert reason is not None and reason.category == "no_reply_sender"
    assert machine_generated(parse(_mail("notice.lee@customer.example")), ()) is None

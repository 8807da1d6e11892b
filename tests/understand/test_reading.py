"""Kinds, forwarded blocks, subjects, defect category and summary, language, missing fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.mail.parse import parse

MAIL = Path(__file__).resolve().parents[1] / "mail" / "samples"


def fixture(understander, name: str):  # type: ignore[no-untyped-def]
    return understander.understand(parse((MAIL / name).read_bytes()))


@pytest.mark.parametrize(
    "name, kind, auto",
    [
        ("plain.eml", "new_request", True),
        ("html_only.eml", "new_request", True),
        ("outlook.eml", "new_request", True),
        ("gbk.eml", "new_request", True),
        ("reply.eml", "follow_up", True),
        ("bounce.eml", "bounce", False),
        ("ooo.eml", "auto_reply", False),
        ("malformed.eml", "new_request", True),
    ],
)
def test_fixture_kinds(understander, name, kind, auto):
    found = fixture(understander, name)
    assert (found.kind, found.should_auto_reply) == (kind, auto)


def test_fixture_forwards_by_a_non_staff_sender_are_the_senders_requests(understander):
    # tests/mail uses example.com, which is not a staff domain here: the forwarder is the customer.
    found = fixture(understander, "forwarded.eml")
    assert found.kind == "new_request" and found.customer_email == "lena.vogt@example.com"
    assert found.order_numbers == ("7781",) and found.serial_numbers == ("MC22A00981",)


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------\nFrom: Jo Cu <jo@cust.example>\nDate: Mon, 30 Mar 2026\n"
        "Subject: dead unit\nTo: Rep <rep@optizon-example.com>\n",
        "-----Original Message-----\nFrom: Jo Cu <jo@cust.example>\nSent: Monday, March 30, 2026 9:00 AM\n"
        "To: Rep <rep@optizon-example.com>\nSubject: dead unit\n",
        "Begin forwarded message:\n\nFrom: Jo Cu <jo@cust.example>\nSubject: dead unit\nDate: 30 March 2026\n"
        "To: rep@optizon-example.com\n",
        "-------- 转发的邮件 --------\n发件人: Jo Cu <jo@cust.example>\n发送时间: 2026年3月30日 9:00\n"
        "收件人: rep@optizon-example.com\n主题: dead unit\n",
        "From: Jo Cu [mailto:jo@cust.example]\nSent: Monday, March 30, 2026 9:00 AM\nTo: Rep\nSubject: dead unit\n",
    ],
)
def test_staff_forward_in_every_client_style(read, marker):
    body = (
        f"Please open an RMA.\n\nRep\n\n{marker}\nHi, the OZ-MC-1000 S/N OZMC2401B0981 from PO 4500012345 "
        "does not power on.\n\nRegards,\nJo\n\nOn Sun, 29 Mar 2026, Rep <rep@optizon-example.com> wrote:\n"
        "> earlier order 4500099999, serial OZ9999Z9999\n"
    )
    found = read(body, subject="FW: dead unit", sender="Rep <rep@optizon-example.com>")
    assert found.kind == "forwarded"
    assert (found.customer_email, found.forwarded_by) == ("jo@cust.example", "rep@optizon-example.com")
    assert found.order_numbers == ("4500012345",) and found.serial_numbers == ("OZMC2401B0981",)
    assert found.defect_category == "no_power" and found.missing_fields == ()


def test_rfc822_attachment_is_the_forwarded_complaint(understander):
    from mailbot.understand import load_understander

    staff = load_understander(MAIL.parents[2] / "rules", ["example.com"], ["service@example.com"])
    found = staff.understand(parse((MAIL / "forwarded_rfc822.eml").read_bytes()))
    assert found.kind == "forwarded" and found.customer_email == "jorge.silva@telnorte.example.pt"
    assert found.forwarded_by == "lena.vogt@example.com"
    assert found.serial_numbers == ("PC26030101", "PC26030102", "PC26030103", "PC26030104")
    assert "insertion loss 1.8 dB at 1310 nm" in found.defect_summary


def test_outlook_reply_block_under_re_is_history(read):
    body = (
        "Thanks, we will check.\n\n-----Original Message-----\nFrom: Rep <rep@optizon-example.com>\n"
        "Sent: Monday\nTo: cu@customer.example\nSubject: order\n\nYour order 4500012345, S/N OZ2401A0001.\n"
    )
    found = read(body, subject="RE: order")
    assert found.order_numbers == () and found.serial_numbers == ()


@pytest.mark.parametrize(
    "subject",
    [
        "Re: [RMA-2026-00042] x",
        "AW: WG: [RMA-2026-00042] x",
        "回复：[RMA-2026-00042] x",
        "答复: [RMA-2026-00042] x",
        "SV: RIF: Antw: TR: [RMA-2026-00042] x",
    ],
)
def test_subject_prefixes_in_many_languages(understander, read, subject):
    assert understander.segmenter.subject(subject)[0] == "[RMA-2026-00042] x"
    found = read("Photos of the label attached.", subject=subject)
    assert (found.kind, found.rma_reference) == ("follow_up", "RMA-2026-00042")


@pytest.mark.parametrize(
    "text, category",
    [
        ("The unit does not power on, no LEDs.", "no_power"),
        ("The port stays down, the switch says unsupported transceiver.", "no_link"),
        ("Insertion loss is 1.8 dB at 1310 nm, out of spec.", "optical_performance"),
        ("The link drops several times a day and the module is overheating.", "intermittent"),
        ("The ferrule is cracked and the latch broken.", "physical_damage"),
        ("We received LR modules instead of SR, not what we ordered.", "wrong_or_missing_item"),
        ("After the firmware upgrade the web interface does not load.", "software"),
        ("The meter is due for recalibration.", "other"),
        ("插到交换机上不亮，没有光信号。", "no_link"),
        ("模块经常掉线。", "intermittent"),
        ("It doesn't link at all.", "no_link"),
        ("The modules were rebooting and flapping.", "intermittent"),
    ],
)
def test_defect_categories(read, text, category):
    found = read(f"Hi,\n{text}\nPO 4500012345, S/N OZ2401A0001.\n")
    assert found.defect_category == category
    assert found.defect_summary


def test_negated_damage_is_not_a_defect(read):
    found = read("The box arrived with no visible damage. The module shows no link. PO 4500012345 S/N OZ2401A0001")
    assert found.defect_category == "no_link"
    assert "no link" in found.defect_summary


def test_summary_keeps_measured_values(read):
    found = read(
        "Hello,\nthe patch cord fails the test.\nInsertion loss measured: 1.8 dB at 1310 nm.\n"
        "Order 4500012345, serial OZ2401A0001.\n"
    )
    assert "1.8 dB at 1310 nm" in found.defect_summary


def test_missing_fields_only_for_requests(read):
    found = read("Hi, the module is faulty, please send an RMA.")
    assert found.kind == "new_request"
    assert found.missing_fields == ("order_number", "serial_number", "defect_description")
    follow = read("Any news?", subject="Re: [RMA-2026-00042] x")
    assert follow.missing_fields == ()


@pytest.mark.parametrize(
    "body, lang",
    [
        ("The module has no link. Please help us with a replacement.", "en"),
        ("您好，我们的光模块插到交换机上不亮，没有光信号，请尽快安排退货。", "zh"),
        (
            "Hi team, the patch cords are broken and the connector is damaged.\n"
            "收到的跳线有5根接头损坏，外包装也压坏了。",
            "mixed",
        ),
        ("The module has no link, please help.\n\nMit freundlichen Grüßen\nHans", "en"),
    ],
)
def test_language(read, body, lang):
    assert read(body).language == lang


@pytest.mark.parametrize(
    "subject, body, headers, kind",
    [
        ("Automatic reply: hello", "I am out of the office.", "", "auto_reply"),
        ("Out of Office", "I am on leave until Monday.", "", "auto_reply"),
        ("News", "Great offers. Unsubscribe here.", "List-Id: <news.example>\n", "unrelated"),
        (
            "Request for quotation",
            "Please send your best price and lead time for 100 pcs OZ-SFP-10G-LR.",
            "",
            "unrelated",
        ),
        ("Your invoice", "Your invoice is overdue, click here to log in to the secure portal.", "", "unrelated"),
        ("Order status", "When will our PO 4500012345 ship? We have no order confirmation yet.", "", "order_status"),
    ],
)
def test_other_kinds(read, subject, body, headers, kind):
    found = read(body, subject=subject, headers=headers)
    assert found.kind == kind
    assert found.should_auto_reply is (kind == "order_status")


def test_mail_from_our_own_address_is_never_answered(read):
    found = read("The module has no link. PO 4500012345", sender="service@optizon-example.com")
    assert found.should_auto_reply is False


def test_customer_name_is_set(read):
    assert read("no link on OZ2401A0001", sender="Jo Cu <jo@cust.example>").customer_name == "Jo Cu"


def test_summary_is_the_text_as_written(read):
    found = read("您好，\n序列号：OZ2404A0201，插到交换机上不亮，没有光信号。\n订单号：DD2026040101")
    assert "插到交换机上不亮，没有光信号。" in found.defect_summary
    assert found.order_numbers == ("DD2026040101",)


@pytest.mark.parametrize("subject, forwarded", [("回复: 模块", False), ("转发: 模块", True)])
def test_chinese_original_mail_separator_depends_on_subject(read, subject, forwarded):
    body = (
        "请看下面。\n\n-----原始邮件-----\n发件人: 陈刚 <chengang@gz.example.cn>\n发送时间: 2026年3月31日\n"
        "收件人: rep@optizon-example.com\n主题: 模块\n\n订单号：DD2026033105，模块无法识别。\n"
    )
    found = read(body, subject=subject, sender="Rep <rep@optizon-example.com>")
    assert (found.kind == "forwarded") is forwarded
    assert found.order_numbers == (("DD2026033105",) if forwarded else ())

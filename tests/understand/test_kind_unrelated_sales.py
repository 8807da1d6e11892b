"""Questions before buying are never answered as requests: a datasheet asked for, a purchase planned. What
they name as a topic (an upgrade, firmware) is no fault of a unit of theirs. A complaint that mentions a
price or a purchase still is a request."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        ("产品咨询", "您好，我们数据中心明年要扩容升级，想了解一下贵司的400G光模块，方便发一份规格书吗？"),
        ("询问", "您好，我们计划采购一批25G模块，请问有没有技术资料？能发一份吗？"),
        (
            "Product question",
            "Hello, we are planning a firmware upgrade of our access network and consider buying your 25G "
            "optics. Could you send the datasheet?",
        ),
        ("Warranty", "Hi, how long is the warranty on the BX-20 modules? We are planning to buy 80 pieces."),
    ],
)
def test_question_before_buying_is_unrelated(read, subject, body):
    found = read(f"{body}\n\nBest\nLin", subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "body",
    [
        "您好，能发一份报价单吗？",  # asking to be sent a document is no question about a shipment
        "您好，可以发顺丰到付吗？我们下周下单。",
    ],
)
def test_asking_to_be_sent_something_is_not_a_status_question(read, body):
    assert read(f"{body}\n\n张", "询价").kind != "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "您好，寄回去的那台修好了吗？",
        "新模块发出了吗？",
        "上周说的换货，寄了没有？",
        "维修好的设备寄回来的快递单号能告诉我们一下吗？",
    ],
)
def test_chinese_status_questions_still_read(read, body):
    assert read(f"{body}\n\n张", "RMA-2026-00640").kind == "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "The firmware upgrade failed on all four modules we bought. We planned to buy more, but not like this. "
        "Please replace them.",
        "我们准备采购更多，但上次买的十个模块有三个升级失败了，麻烦处理一下。",
        "For the price we paid, the two units that already stopped working are a disappointment.",
    ],
)
def test_a_complaint_beside_sales_words_is_still_a_request(read, body):
    found = read(f"{body}\n\nLin", "Modules")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Bewerbung als Servicetechniker",
            "Sehr geehrte Damen und Herren,\nhiermit bewerbe ich mich als Servicetechniker. Ich repariere seit "
            "Jahren defekte Steuerungen. Mein Lebenslauf liegt bei.",
        ),
        (
            "Service engineer",
            "Hello, I would like to apply for the position of service engineer. I handled returns and failure "
            "analysis of defective units for six years.",
        ),
    ],
)
def test_job_application_is_unrelated_whatever_repairs_it_tells(read, subject, body):
    found = read(f"{body}\n\nJonas", subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Fewer warranty claims",
            "Hi, I found your company on LinkedIn. We help manufacturers cut returns and warranty costs with our "
            "software. Shall we book a demo next week?",
        ),
        (
            "Your service agreement",
            "Dear customer, your service contract expires on 30 June. Contact us to renew it on the same terms.",
        ),
        ("维保合同到期提醒", "您好，贵司的设备维保合同将于下月到期，如需续约请联系我们。"),
    ],
)
def test_vendor_outreach_and_renewal_reminders_are_unrelated(read, subject, body):
    found = read(f"{body}\n\nMaya", subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("RFQ optics", "Hello, please quote 60 pcs 25G SFP28 SR with DDM, extended temperature."),
        ("询价", "您好，请报价50个25G模块，需要支持DDM，宽温。"),
        ("Calibration", "Hi, we need a quote for calibration of three spectrum analysers."),
        ("License", "Hello, what is the price of the firmware upgrade for our two controllers?"),
    ],
)
def test_a_price_asked_for_features_that_read_like_faults_is_unrelated(read, subject, body):
    found = read(f"{body}\n\nRina", subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_repair_quoted_for_a_unit_that_fails_is_a_request(read):
    found = read("Our MX-40 controller has no power since Monday. Please quote for the repair.\n\nRina", "MX-40")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

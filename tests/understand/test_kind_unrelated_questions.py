"""A mail that tells no fault of a unit of the sender's is never answered as a request: a complaint about a
service of ours (the hotline, the website, a download link), a question about our terms or a product's
features asked in general, a partner's notice of its own trouble, an event, a journalist's question, a
tender, an advertised repair service. A terse complaint about a unit of theirs stays a request."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        # a service of ours, not a unit
        ("Hotline", "Hi, I called your hotline three times on Tuesday and it does not work, the line is dead."),
        ("Website", "Hello, your website does not work, the contact page only shows an error."),
        ("Manual", "Dear team, the download link for the user manual is broken. Can you fix it?"),
        ("网站", "你好，你们官网打不开了，说明书下载不了，怎么办？"),
        # terms or features asked in general
        ("咨询", "您好，请问你们的光模块保修期多久？"),
        ("Question", "Hello, does the ZR-800 transceiver support DDM? We want to monitor the optics."),
        ("Compatibility", "Hi, is the PX-12 compatible with Arista switches, or does it need a firmware upgrade?"),
        ("Garantie", "Guten Tag, wie lange ist die Garantie auf Ihre Netzteile? Gilt sie auch bei Defekt?"),
        # a partner's notice of its own trouble
        (
            "Delay",
            "Dear partner, because of a breakdown of our truck near Lyon your delivery will be one day late. "
            "We apologise for the inconvenience.",
        ),
        (
            "IT notice",
            "Dear customer, our ordering system is down because of an outage and does not work until noon. "
            "Orders sent in the meantime may be processed late.",
        ),
        # events, press, tenders, advertising
        ("Recap", "Thanks for visiting our booth! A recap of our talk: how to find defective transceivers fast."),
        ("Press", "Hello, I am a journalist at Fiber Today, writing an article on why optics fail. Any comment?"),
        (
            "Tender",
            "Dear supplier, you are invited to bid in our tender for the repair of 300 access routers, including "
            "replacement of faulty power supplies. Bids close on 30 March.",
        ),
        ("Service", "Broken screen? Dead battery? Our new repair service fixes it in two days. Book now!"),
        ("Firmware", "Good morning, is there a new firmware for the LT-3 bridge yet?"),
        ("Invitation", "Invitation: a free training on finding broken fibre splices, 4 June, 20 seats left."),
        ("兼容性", "请问你们的25G模块能兼容中兴的交换机吗？"),
        # how a thing is done, or what a model comes with, asked in general
        ("Howto", "Hi, how can we flash new software onto the KM-7 controller? Is there a guide?"),
        ("固件", "请问你们的交换机怎么刷固件？"),
        ("DOM", "Do your 40G optics come with digital diagnostics?"),
        ("Warranty", "What is the warranty on the CX-9 charger?"),
        ("Gewährleistung", "Wie lange beträgt die Gewährleistung bei Ihnen? Bieten Sie einen Reparaturservice an?"),
        # more partners' notices, services and offers
        ("通知", "各位客户：因物流车辆故障，本周货物将延迟送达，敬请谅解。"),
        (
            "Hinweis",
            "Liebe Kunden, wegen einer Systemstörung verzögern sich heute die Rechnungen. Wir bitten um Verständnis.",
        ),
        ("Chat", "Your live chat does not work, nobody answered in twenty minutes."),
        ("Shop", "New in our shop: refurbished switches, tested for faults, with two years of warranty. Shop now!"),
        ("Offer", "Dear vendor, please submit your offer for the repair contract of the street lighting by 2 April."),
    ],
)
def test_no_fault_of_a_unit_is_unrelated(read, subject, body):
    found = read(f"{body}\n\nRegards\nJo Marsh", subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("PSU", "Hello, the power supply I bought last month is dead."),
        ("模块", "我的模块坏了"),
        ("Defekt", "Gerät defekt, was tun?"),
        ("Broken", "Two of our modules stopped working after a week."),
        # a service named beside a unit of theirs: still a complaint about the unit
        ("Hotline", "Our camera shows no picture any more and your hotline does not answer. What should we do?"),
        ("Link", "The optics you sent are not compatible with our Huawei switch, the port stays down."),
        ("保修", "我们买的电源坏了，还在保修期内吗？请帮忙处理。"),
        ("Website", "I bought the lens on your website and it arrived with a cracked front element."),
        # compatibility told of a unit at hand: the host refuses it
        ("Compatibility", "The transceivers are not compatible with the Nokia card, it rejects them at once."),
        ("SFP", "SFP not recognised by the Juniper box. Is it compatible at all?"),
        ("不兼容", "光模块跟中兴交换机不兼容，插上去识别不了。"),
        # a general question beside a failing told of the thing at hand
        ("Reset", "How can we reset the controller? It keeps freezing since Friday."),
        ("Garantie", "Does the charger come with a warranty? It died on the second day."),
        ("重启", "怎么更新固件？电源老是重启。"),
        ("Defekt", "Unser Modul ist seit gestern defekt. Wie lange beträgt die Gewährleistung?"),
    ],
)
def test_a_fault_of_their_unit_stays_a_request(read, subject, body):
    found = read(f"{body}\n\nRegards\nJo Marsh", subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_a_web_form_naming_the_site_stays_a_request(read):
    body = "Form data\nName: Kim Ode\nEmail: kim@home.example\nProblem: the adapter got hot and now nothing happens\n"
    found = read(body, "[Website form] Service request", sender="Website <webform@optizon-example.com>")
    assert found.kind == "new_request"

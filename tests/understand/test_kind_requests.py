"""First requests in words the fault lists do not hold: a quality complaint, a unit that does not work
said in a language we read poorly, a web form relayed by a site on another host."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Quality",
            "Dear Sir,\n\nWe are not satisfied with the modules of PO 4500012345. Several units behave abnormally.",
        ),
        ("Performance", "Hi,\nthe modules from PO 4500012345 do not perform as expected."),
        ("8D报告", "您好，请提供订单4500012345的8D报告。"),
        ("S/N FM23010045", "Transceiver bad. What next?"),
        ("质量", "您好，\n对贵司订单4500012345的产品质量很不满意，多个模块异常。"),
        ("返厂", "您好，\n以下序列号的模块需要返厂：\nFM23010045\n请安排。"),
        ("模块", "您好，我们购买的模块有点问题，订单4500012345。"),
        ("测试", "您好，来料测试NG，序列号FM23010045。"),
        ("模块", "您好，我司采购的模块在使用中发现无法建立连接，序列号FM23010045。"),
        ("模块", "你好，你们的模块用了三个月就挂了，序列号FM23010045。"),
    ],
)
def test_a_complaint_without_a_faults_own_word_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Módulo com problema", "Olá,\no módulo FM23010045 não liga. Pedido 4500012345.\nObrigado"),
        ("Неисправный модуль", "Здравствуйте,\nмодуль FM23010045 не работает. Заказ 4500012345.\nСпасибо"),
        ("Uszkodzony moduł", "Dzień dobry,\nmoduł FM23010045 nie działa. Zamówienie 4500012345.\nPozdrawiam"),
        ("Arızalı modül", "Merhaba,\nFM23010045 seri numaralı modül çalışmıyor. Sipariş 4500012345."),
        ("モジュール", "お世話になっております。\nモジュールFM23010045が動作しません。注文4500012345。"),
        ("모듈", "안녕하세요,\n모듈 FM23010045 불량입니다. 주문 4500012345."),
        ("Module", "Hallo,\nde module FM23010045 geeft geen licht. Order 4500012345."),
        ("Modulo", "Buongiorno,\nil modulo FM23010045 non va. Ordine 4500012345."),
        ("Lieferung", "Hallo,\nin der Lieferung zu Auftrag 4500012345 fehlen 2 Module."),
        ("Module", "Bonjour,\nle module chauffe beaucoup. N° de série FM23010045."),
        ("Pedido", "Hola,\nfaltan 2 módulos en el pedido 4500012345."),
        ("Mô-đun", "Xin chào,\nmô-đun FM23010045 bị lỗi. Đơn hàng 4500012345."),
        ("Modul", "Halo,\nmodul FM23010045 rusak. Pesanan 4500012345."),
        ("โมดูล", "สวัสดีครับ\nโมดูล FM23010045 ใช้งานไม่ได้ คำสั่งซื้อ 4500012345"),
        ("وحدة", "مرحبا،\nالوحدة FM23010045 لا تعمل. الطلب 4500012345."),
    ],
)
def test_a_unit_that_fails_in_other_languages_is_a_request(read, subject, body):
    assert read(body, subject).kind == "new_request"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Oferta", "Hola,\n¿le falta stock? Le ofrecemos módulos compatibles al mejor precio."),
        ("报价", "您好，我司有一批模块，价格优惠，欢迎询价。"),
    ],
)
def test_a_sales_mail_with_such_words_stays_unrelated(read, subject, body):
    assert read(body, subject, sender="Sales <sales@vendor.example>").kind == "unrelated"


FORM = "Name: Tom Miller\nEmail: tom@westlink.example.com\nMessage: {}\n"


@pytest.mark.parametrize(
    "sender",
    ["Website <noreply@optizon-web.example>", "WordPress <wordpress@optizon-shop.example>"],
)
def test_a_form_relayed_by_a_site_on_another_host_is_the_persons_request(read, sender):
    found = read(FORM.format("Module S/N FM23010045 has no link."), "New enquiry from website", sender=sender)
    assert (found.kind, found.customer_email, found.should_auto_reply) == (
        "new_request",
        "tom@westlink.example.com",
        True,
    )


def test_a_robots_own_address_in_its_footer_is_no_form(read):
    body = "Your invoice 2291 is ready.\n\nName: Vendor Ltd\nEmail: info@vendor.example\n"
    found = read(body, "Your invoice", sender="Vendor <noreply@vendor.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("模組問題", "您好，\n我們購買的光模組有兩個壞了，訂單4500012345，請協助處理。\n謝謝"),
        ("退貨", "您好，訂單4500012345的模組要退貨。"),
        ("維修", "您好，序號FM23010045的模組需要維修。"),
        ("異常", "您好，模組收光異常，序號FM23010045。"),
        ("斷線", "您好，連線常常斷線，序號FM23010045。"),
        ("保固", "您好，模組還在保固期內，序號FM23010045，請問怎麼處理？"),
    ],
)
def test_a_request_in_traditional_characters_is_a_request(read, subject, body):
    assert read(body, subject).kind == "new_request"


def test_a_status_question_in_traditional_characters(read):
    found = read("您好，請問換貨什麼時候發出？", "RMA-2026-00123 模組不亮")
    assert found.kind == "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "你好，这个模块不好使，订单4500012345。",
        "你好，模块有毛病，序列号FM23010045。",
        "您好，模組怪怪的，序號FM23010045。",
        "您好，模組沒有訊號，序號FM23010045。",
    ],
)
def test_a_fault_said_colloquially_in_chinese_is_a_request(read, body):
    assert read(body, "模块").kind == "new_request"


@pytest.mark.parametrize(
    "line",
    [
        "The module is not ok. S/N FM23010045.",
        "Cannot use the module, order 4500012345.",
        "Module no function. S/N FM23010045.",
        "The module is spoilt. S/N FM23010045.",
        "Module NG. S/N FM23010045.",
        "Modules are not normal, PO 4500012345.",
        "We found 3 pcs bad in PO 4500012345.",
        "S/N FM23010045 is not up to spec.",
    ],
)
def test_a_fault_in_second_language_english_is_a_request(read, line):
    assert read(f"Hi,\n{line}\nThanks", "Module").kind == "new_request"


def test_a_sales_mail_saying_it_is_not_ok_to_wait_stays_unrelated(read):
    body = "Hello,\nit is not good to wait for prices. Ask for our quotation today!"
    assert read(body, "Best prices", sender="Sales <sales@vendor.example>").kind == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Die Module laufen nicht. Auftrag 4500012345.",
        "Das SFP ist tot. SN FM23010045.",
        "Wir haben eine Störung mit dem Modul FM23010045.",
        "Falschlieferung bei Auftrag 4500012345: LR statt SR.",
        "Wir möchten die Module aus Auftrag 4500012345 zurückgeben.",
        "Wir reklamieren folgende Mängel an Auftrag 4500012345: 3 Module ohne Funktion.",
    ],
)
def test_a_complaint_in_everyday_german_is_a_request(read, body):
    assert read(f"Hallo,\n\n{body}\n\nMit freundlichen Grüßen\nJ. Weber", "Auftrag").kind == "new_request"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Fehler in der Rechnung", "Hallo,\n\nin Ihrer Rechnung ist ein Fehler beim Preis.\n\nGruß"),
        ("Offre", "Bonjour,\n\nnous pouvons vous avoir un meilleur prix sur nos modules.\n\nCordialement"),
    ],
)
def test_business_mail_in_other_languages_stays_unrelated(read, subject, body):
    assert read(body, subject, sender="Sales <sales@vendor.example>").kind == "unrelated"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("订单", "您好，\n上周订单4500012345的交换机模块已经收到，谢谢。"),
        ("资料", "您好，\n我们机房的交换机要换新的，想先看看你们的资料。"),
    ],
)
def test_a_network_switch_in_chinese_is_not_a_request_to_exchange(read, subject, body):
    """Japanese 交換 (exchange) is folded to 交换 like any traditional character; bare, it would also match
    交换机, the everyday Chinese word for a network switch. Only its Japanese forms count."""
    assert read(body, subject).kind == "unrelated"


def test_a_japanese_request_for_an_exchange_is_a_request(read):
    found = read("お世話になっております。\nモジュールFM23010045を交換してください。注文4500012345。", "交換依頼")
    assert found.kind == "new_request"

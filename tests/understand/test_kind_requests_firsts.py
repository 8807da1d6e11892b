"""First requests the fault lists alone miss: a question about how to send a unit in, a failing unit in
Dutch, Czech, Portuguese, Spanish or Japanese words, a complaint that calls itself one, a support form
whatever its wording, and a phone's mail that only points at its photo."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mailbot.mail.parse import parse


@pytest.mark.parametrize(
    "subject, body",
    [
        ("RX-9", "Hi, how do we send the RX-9 back to you? It has a rattle inside."),
        ("RX-9", "Is there a form to fill in before sending our two RX-9 back for repair?"),
        ("RX-9", "Guten Tag,\nwie schicken wir Ihnen den RX-9 zurück? Geht das ohne Nummer?\nGruß, B. Kern"),
        ("RX-9", "Hallo,\nkönnen wir das Gerät einschicken oder kommt ein Techniker vorbei?"),
        ("RX-9", "Goedemiddag,\nhoe kunnen we de RX-9 opsturen naar jullie?\nGroet, Pieter"),
        ("RX-9", "您好，請問RX-9送修要準備什麼？運費怎麼算？"),
        ("RX-9", "你好，这台RX-9要怎么寄给你们？"),
    ],
)
def test_asking_how_to_send_a_unit_in_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("RX-9", "Goedemorgen,\nde RX-9 (serienummer QP2207731) gaat niet meer aan sinds de storm.\nJan"),
        ("RX-9", "Hallo,\nde RX-9 uit order 4500077123 valt soms uit bij koude start. Kunnen jullie ernaar kijken?"),
        ("RX-9", "Dobrý den,\npřístroj QP2207731 nejde zapnout. Co mám udělat?\nKarel"),
        ("RX-9", "Olá,\na RX-9 QP2207731 não acende desde ontem."),
        ("RX-9", "Hola,\nde las 12 unidades del pedido 4500077123 ya van tres que fallan."),
        ("RX-9", "お世話になっております。RX-9 QP2207731 ですが、使用中に電源が落ちることがあります。"),
        ("Beschwerde", "Sehr geehrte Damen und Herren,\nder dritte RX-9 aus Auftrag 4500077123 will nicht mehr."),
        ("queja", "Buenas,\nquiero hablar con un responsable sobre el pedido 4500077123."),
        ("Update", "Hi,\nafter the update our RX-9 QP2207731 is stuck on the logo screen."),
    ],
)
def test_a_failing_unit_or_a_complaint_in_the_customers_own_words_is_a_request(read, subject, body):
    assert read(body, subject).kind == "new_request"


def test_a_read_receipt_in_traditional_chinese_is_never_answered(read):
    body = "您的郵件\n收件者：buyer@lintai.example\n主旨：詢問送修\n已於 2026/3/3 下午 02:11 讀取。"
    found = read(body, "已讀取: 詢問送修")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)


SITE = "Optizon Website <web@optizon-example.com>"


@pytest.mark.parametrize(
    "body",
    [
        "Name: Ola Dahl\nEmail: ola@dahlfisk.example\nSerial: QP2207731\nMessage: screen frozen since Sunday",
        "### Service form\n\nName| Ola Dahl\nEmail| ola@dahlfisk.example\nSerial|\nProblem| 表示が消える",
        "Nome: Ola Dahl\nEmail: ola@dahlfisk.example\nDescrição do problema: luz fraca desde a montagem",
    ],
)
def test_a_support_form_with_a_unit_or_a_problem_is_the_persons_request(read, body):
    found = read(body, "Website form", sender=SITE)
    assert (found.kind, found.customer_email, found.should_auto_reply) == ("new_request", "ola@dahlfisk.example", True)


def test_a_form_asking_for_a_price_stays_unrelated(read):
    body = "Name: Ola Dahl\nEmail: ola@dahlfisk.example\nMessage: what is your best price for 20 pcs?"
    assert read(body, "Website form", sender=SITE).kind == "unrelated"


def _with_photo(understander, body: str, subject: str, filename: str | None, sender: str = "Ivo <ivo@ivo-bau.example>"):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = sender, "service@optizon-example.com", subject, "<p@t>"
    msg.set_content(body)
    msg.add_attachment(b"\xff\xd8\xff\xe0fakejpeg", maintype="image", subtype="jpeg", filename=filename)
    return understander.understand(parse(msg.as_bytes()))


@pytest.mark.parametrize(
    "subject, body, filename",
    [
        ("photo", "see attached", "IMG_4471.jpg"),
        ("Fw: pics", "", "front panel cracked.jpg"),
        ("图片", "详见附件", "外壳变形.jpg"),
        ("Bild", "siehe Anhang\n\nVon meinem iPhone gesendet", "Display dunkel.jpg"),
        ("unit", "as per the filename", "RX9 fan noisy in warranty.jpg"),
    ],
)
def test_a_phones_mail_that_only_points_at_its_photo_is_a_request(understander, subject, body, filename):
    found = _with_photo(understander, body, subject, filename)
    assert (found.kind, found.customer_email, found.should_auto_reply) == ("new_request", "ivo@ivo-bau.example", True)


def test_a_photo_under_a_long_text_is_read_for_the_text(understander):
    body = "Dear partners, our spring catalogue is out, with twelve new lamps and a summer offer on all cables."
    assert _with_photo(understander, body, "photos of our new range", "range.jpg").kind == "unrelated"


def test_a_photo_of_an_invoice_is_not_a_request(understander):
    assert _with_photo(understander, "see attached invoice", "invoice 2231", "scan.jpg").kind == "unrelated"


def test_an_image_without_a_name_or_a_pointer_is_not_a_request(understander):
    assert _with_photo(understander, "", "Hello", None).kind == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hej, vår RX-9 fungerar inte längre efter flytten. Serienummer QP2207731.",
        "Hei, apparatet QP2207731 virker ikke etter oppdateringen.",
        "Hei, laite QP2207731 ei käynnisty enää.",
        "Jó napot, a QP2207731 készülék nem kapcsol be.",
        "Bună ziua, aparatul QP2207731 nu pornește de ieri.",
        "Καλημέρα, η συσκευή QP2207731 δεν ανάβει.",
        "안녕하세요, RX-9 전원이 안 들어와요. 켜지지 않습니다.",
        "Dzień dobry, nasze urządzenie QP2207731 przestało działać w piątek.",
        "Merhaba, RX-9 cihazımız açılmıyor.",
        "Buonasera, il nostro RX-9 si spegne da solo dopo mezz'ora.",
        "Bonjour, notre RX-9 s'éteint tout seul après dix minutes.",
        "Goedendag, ons apparaat QP2207731 is stuk.",
        "Hallo, der RX-9 verliert ständig die Verbindung zum Netz.",
        "Hola, la pantalla del RX-9 se queda en negro al arrancar.",
        "你好，RX-9充不了电了。",
        "Hi, our RX-9 has been acting up since Monday.",
    ],
)
def test_a_unit_that_stops_working_in_more_languages_is_a_request(read, body):
    assert read(body, "RX-9").kind == "new_request"


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Invoice 2231", "Hi, we have a problem with the invoice 2231, the amount is wrong."),
        ("Payment", "Hello, there is an issue with our payment, can you resend the bank details?"),
        ("Offer", "Hi, we distribute cables at the best price. Have a look at it!"),
    ],
)
def test_a_problem_with_an_invoice_or_an_offer_is_not_a_request(read, subject, body):
    assert read(body, subject).kind == "unrelated"


def test_a_phones_inline_photo_counts_but_a_signatures_logo_does_not(understander):
    def mail(filename: str) -> bytes:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "Ivo <ivo@ivo-bau.example>", "service@optizon-example.com", "photo"
        msg.set_content("see attached")
        msg.add_attachment(b"\xff\xd8", maintype="image", subtype="jpeg", filename=filename, disposition="inline")
        return msg.as_bytes()

    assert understander.understand(parse(mail("IMG_0042.JPG"))).kind == "new_request"
    assert understander.understand(parse(mail("image001.png"))).kind == "unrelated"


def test_a_few_chinese_words_with_a_photo_named_in_chinese_are_chinese(understander):
    found = _with_photo(understander, "如附件", "图", "底座断裂的照片.jpg")
    assert (found.kind, found.language) == ("new_request", "zh")


@pytest.mark.parametrize(
    "body",
    [
        "Hi, is it normal that our RX-9 gets this hot after an hour? S/N QP2207731",
        "Guten Tag, ist das normal, dass unser RX-9 so laut ist?",
        "Hola, ¿es normal que el RX-9 tarde diez minutos en arrancar?",
        "您好，RX-9开机要十分钟，这样是否正常？",
        "Hi, could you check our RX-9 QP2207731? It has been odd since the storm.",
        "Hello, we need a technician for the two RX-9 in our plant.",
        "Hi, is our RX-9 QP2207731 still under guarantee? The knob came loose.",
        "Hi, the RX-9 we received is not as described, it has one input instead of two.",
    ],
)
def test_asking_whether_a_unit_is_all_right_or_for_someone_to_look_at_it_is_a_request(read, body):
    assert read(body, "RX-9").kind == "new_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi, can you check whether our invoice 2231 was paid?",
        "Hello, can you check the price for 20 RX-9?",
        "Hi, is it normal that your quotes take two weeks?",
        "Dear all, we guarantee the best price on all cables.",
    ],
)
def test_the_same_words_about_an_invoice_or_a_price_are_not_a_request(read, body):
    assert read(body, "Question").kind == "unrelated"


@pytest.mark.parametrize(
    "body",
    ["您好，我們買的RX-9不會動了。", "您好，RX-9開不起來，序號QP2207731。", "你好，你们的RX-9质量太差了，才用三天。"],
)
def test_a_unit_that_will_not_start_in_everyday_chinese_is_a_request(read, body):
    assert read(body, "RX-9").kind == "new_request"


PHONE_TAILS = ["Von meinem Samsung Galaxy gesendet", "Inviato da iPhone", "发自我的华为手机", "iPhoneから送信"]


@pytest.mark.parametrize("tail", PHONE_TAILS)
def test_a_phones_signature_line_is_not_the_senders_text(understander, tail):
    found = _with_photo(understander, f"see photo\n\n{tail}", "RX-9", "20260302_101500.jpg")
    assert found.kind == "new_request"

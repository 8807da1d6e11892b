"""First requests in the customer's own plain words, with no fault phrase of the lists and no label: a unit
that beeps or switches off for no reason, a measuring unit that reads wrong, a delivery short of a part or
broken on arrival, an exchange asked for in an inflected language, a question about how to proceed; in an
HTML-only mail, under an unrelated old thread's subject, or pointing at an attached report. And the other
side: a question before buying, a price or a notice stays unrelated."""

from __future__ import annotations

import pytest

from mailbot.mail.parse import parse


@pytest.mark.parametrize(
    "subject, body",
    [
        # Portuguese, Spanish, Italian, French, German, Dutch: it beeps or switches off for no reason
        ("TX-40", "Bom dia,\no nosso TX-40 fica apitando e desliga sozinho de vez em quando.\nSérie ZT7781204"),
        ("TX-40", "Hola,\nel TX-40 se apaga sin motivo dos veces al día. Número de serie ZT7781204."),
        ("TX-40", "Buongiorno,\nil TX-40 si riavvia senza motivo durante la notte. Matricola ZT7781204."),
        ("TX-40", "Bonjour,\nle TX-40 redémarre tout seul plusieurs fois par semaine.\nN° de série ZT7781204"),
        ("TX-40", "Hallo,\nunser TX-40 piept ständig und schaltet sich ab. Seriennummer ZT7781204."),
        ("TX-40", "Goedendag,\nde TX-40 herstart vanzelf, soms drie keer per dag. Serienummer ZT7781204."),
        # a measuring unit that measures wrongly
        ("Gauge 12", "Bonjour,\nnotre Gauge 12 donne des valeurs trop grandes depuis lundi.\nCommande 4500331177"),
        ("Gauge 12", "Guten Tag,\ndie Gauge 12 zeigt falsche Messwerte seit dem Umzug. Auftrag 4500331177."),
        ("Gauge 12", "Hi,\nour Gauge 12 reads too high by about 0.02 mm since last week. Order 4500331177."),
    ],
)
def test_a_unit_failing_in_plain_words_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        # a delivery short of a part, the wrong part or broken on arrival
        ("Pedido 4500998812", "Boa tarde,\nno pedido 4500998812 faltaram os suportes de parede. Podem enviar?"),
        ("Zamówienie 4500998812", "Dzień dobry,\nw paczce brakuje zasilacza do TX-40. Proszę o dosłanie."),
        ("Objednávka 4500998812", "Dobrý den,\nv zásilce chybí napájecí kabel k TX-40. Děkuji, Petr"),
        ("Zásielka", "Dobrý deň,\nTX-40 prišiel s prasknutým krytom, krabica bola poškodená.\nŠtefan"),
        ("Order 4500998812", "Hej,\nkabeln till TX-40 saknas i leveransen. Kan ni skicka den?\nAnna"),
        ("Sipariş 4500998812", "Merhaba,\nTX-40 kutusu hasarlı geldi ve ön panel kırık.\nMehmet"),
        ("注文 4500998812", "お世話になっております。\nTX-40 の電源ケーブルが入っていませんでした。"),
        ("订单 4500998812", "你好，器件收到后无法使用，外壳也有破损。"),
        # an exchange or a repair asked for in the inflected words of Polish, Czech and Turkish
        ("TX-40", "Dzień dobry,\nprzyszedł TX-40 w złej wersji. Proszę o wymianę.\nPaweł"),
        ("TX-40", "Dobrý den,\nžádáme o výměnu TX-40 z objednávky 4500998812.\nJana"),
        ("TX-40", "Merhaba,\nTX-40 cihazının değiştirilmesini rica ediyoruz, çalışmıyor.\nAyşe"),
        ("TX-40", "Merhaba,\nTX-40 bilgisayarı tanımıyor, kablo değiştirdik.\nAyşe"),
        ("TX-40", "Hej,\nTX-40 känner inte igen kortet längre.\nErik"),
    ],
)
def test_a_short_or_broken_delivery_or_an_exchange_in_plain_words_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\nthe TX-40 from order 4500998812 has a loose display. What is the procedure?\nTom",
        "Bonjour,\npouvez-vous nous indiquer la marche à suivre pour le TX-40 n° ZT7781204 ?",
        "Hallo,\nunser TX-40 (ZT7781204) hat einen Wackelkontakt. Wie gehen wir vor?",
        "Hola,\nel TX-40 del pedido 4500998812 hace un ruido raro. ¿Cuál es el procedimiento?",
        "Buongiorno,\nil TX-40 ZT7781204 ha il display sfarfallante: come dobbiamo procedere?",
        "Olá,\no TX-40 ZT7781204 está com o visor piscando. Qual é o procedimento?",
        "Dzień dobry,\nTX-40 ZT7781204 ma luźny wyświetlacz. Jak postępować?",
        "Hej,\nvår TX-40 ZT7781204 har en glapp i kontakten. Hur går vi tillväga?",
        "Merhaba,\nTX-40 ZT7781204 ekranı titriyor. Ne yapmalıyız?",
        "お世話になっております。TX-40 ZT7781204 の返送方法を教えてください。",
        "您好，TX-40 ZT7781204 的寄修流程是什么？",
    ],
)
def test_asking_how_to_proceed_with_a_unit_is_a_request(read, body):
    found = read(body, "TX-40")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "body",
    [
        # an error shown at start-up
        "Bonjour,\nle TX-40 affiche une erreur E17 au démarrage. N° série ZT7781204.",
        "Buongiorno,\nil TX-40 dà errore E17 all'accensione. Matricola ZT7781204.",
        "Hallo,\nde TX-40 geeft foutmelding E17 bij het opstarten.",
        "Dzień dobry,\nTX-40 pokazuje błąd E17 przy starcie. Numer seryjny ZT7781204.",
        "Olá,\no TX-40 mostra erro E17 ao ligar. Série ZT7781204.",
        "Hej,\nTX-40 visar fel E17 vid start. Serienummer ZT7781204.",
        "Merhaba,\nTX-40 açılışta E17 hatası veriyor. Seri no ZT7781204.",
        "お世話になっております。TX-40 が起動時に E17 エラーを表示します。",
        # a screen gone dark, a unit that hangs, rattles, flickers or no longer works
        "Bonjour,\nl'écran du TX-40 reste noir depuis ce matin.",
        "Buongiorno,\nil display del TX-40 resta nero da ieri.",
        "Olá,\na tela do TX-40 fica preta desde ontem.",
        "Hej,\nskärmen på TX-40 är svart sedan igår.",
        "Merhaba,\nTX-40 ekranı dünden beri kapalı kalıyor.",
        "お世話になっております。TX-40 の画面が真っ暗になりました。",
        "Hallo,\nder TX-40 hängt sich ständig auf. Was können Sie tun?",
        "Guten Tag,\nbeim TX-40 klappert etwas im Gehäuse und die Anzeige springt.",
        "Bonjour,\nle TX-40 fait un bruit bizarre et chauffe beaucoup.",
        "Dzień dobry,\nwyświetlacz TX-40 miga i gaśnie.",
        "お世話になっております。購入した TX-40 が動作しなくなりました。",
        # sending the unit in, asked in each language's own words
        "Bonjour, comment faire pour vous renvoyer le TX-40 ?",
        "Hola, ¿cómo os lo envío para que lo reviséis?",
        "Hallo, hoe stuur ik de TX-40 naar jullie op?",
        "Olá, como faço para enviar o TX-40 para conserto?",
        "Hej, hur skickar jag TX-40 till er för reparation?",
    ],
)
def test_an_error_a_dark_screen_or_sending_a_unit_in_is_a_request(read, body):
    found = read(body, "TX-40")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "body",
    [
        # the unit bought some months ago gives no sign of life
        "Hallo, das Gerät, das wir im März gekauft haben, gibt keinen Mucks mehr von sich.",
        "Buongiorno, lo strumento acquistato a marzo non dà più segni di vita.",
        "Hola, el aparato que compramos en marzo ya no hace nada.",
        "Bonjour, l'appareil acheté en mars ne donne plus signe de vie.",
        "Hallo, het apparaat dat we in maart kochten doet helemaal niets meer.",
        "Dzień dobry, urządzenie kupione w marcu przestało cokolwiek robić.",
        "Dzień dobry, TX-40 padł po burzy.",
        "Olá, o aparelho que compramos em março não faz mais nada.",
        "Hej, apparaten vi köpte i mars gör ingenting längre.",
        "Merhaba, mart ayında aldığımız cihaz artık hiçbir şey yapmıyor.",
        # running hot, smelling burnt
        "Buongiorno, lo strumento puzza di bruciato e scalda molto.",
        "Dzień dobry, urządzenie bardzo się grzeje i czuć spaleniznę.",
        "Olá, o aparelho esquenta muito e cheira a queimado.",
        "Hej, enheten blir väldigt varm och luktar bränt.",
        "Merhaba, cihaz çok ısınıyor ve yanık kokusu geliyor.",
        "機器が非常に熱くなり、焦げ臭いにおいがします。",
        # a battery that no longer lasts
        "Hallo, der Akku hält nur noch zehn Minuten.",
        "Bonjour, la batterie ne tient plus que dix minutes.",
        "Hola, la batería solo dura diez minutos.",
        "你好，电池现在只能用十分钟。",
    ],
)
def test_a_dead_hot_or_short_lived_unit_told_in_plain_words_is_a_request(read, body):
    found = read(body, "TX-40")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def _raw(subject: str, parts: str, extra: str = "") -> bytes:
    return (
        f"From: Cu Stomer <cu@customer.example>\nTo: service@optizon-example.com\nSubject: {subject}\n"
        f"Message-ID: <r3@customer.example>\n{extra}MIME-Version: 1.0\n{parts}"
    ).encode()


def test_a_request_in_an_html_only_mail_is_a_request(understander):
    html = (
        "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Bom dia,</p><p>o TX-40 (série ZT7781204)"
        " fica apitando e <b>desliga sozinho</b> sem motivo.</p><p>Rui</p></body></html>\n"
    )
    found = understander.understand(parse(_raw("TX-40", html)))
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_a_request_replying_to_an_old_unrelated_thread_is_a_request(read):
    body = (
        "Hi,\nthe TX-40 we got with this order keeps switching off for no reason. Can you have a look?\nTom\n\n"
        "On Mon, 3 Feb 2026, Sales <sales@optizon-example.com> wrote:\n> Thank you for your order 4500998812.\n"
    )
    found = read(body, "Re: Your order 4500998812 - thank you")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_a_report_pointed_at_in_an_attachment_is_a_request(understander):
    parts = (
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
        "Guten Tag,\nim Anhang unser Reklamationsformular zum TX-40 (ZT7781204), er piept ständig.\nGruß\n"
        "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=Reklamation.pdf\n\n"
        "JVBERi0xLjQK\n--b--\n"
    )
    found = understander.understand(parse(_raw("Reklamation TX-40", parts)))
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def _with_file(text: str, filename: str, content_type: str = "application/pdf") -> str:
    filename = filename if filename.startswith("*=") else f"={filename}"
    return (
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
        f"{text}\n--b\nContent-Type: {content_type}\nContent-Disposition: attachment; filename{filename}\n\n"
        "JVBERi0xLjQK\n--b--\n"
    )


@pytest.mark.parametrize(
    "text, filename",
    [
        ("Hi, details in the attached file.", "RMA_request_ZT7781204.pdf"),
        ("Guten Tag, anbei der Bericht zu unserem TX-40.", "Fehlerbericht.pdf"),
        ("Bonjour, voir le rapport ci-joint pour notre TX-40 ZT7781204.", "rapport_defaut.pdf"),
        ("Hola, adjunto el formulario.", "reclamacion_TX-40.docx"),
        # a name outside ASCII is sent RFC 2231-encoded, as mail clients do
        ("添付をご確認ください。", "*=utf-8''%E4%B8%8D%E5%85%B7%E5%90%88%E5%A0%B1%E5%91%8A.xlsx"),
    ],
)
def test_a_mail_pointing_at_a_file_named_as_a_request_is_a_request(understander, text, filename):
    found = understander.understand(parse(_raw("TX-40", _with_file(text, filename))))
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, text, filename",
    [
        ("Brochure", "Hello, attached our new brochure.", "brochure.pdf"),
        ("Invoice 90012", "Please find attached invoice 90012 for order 4500998812.", "invoice_90012.pdf"),
        ("Offer", "Hello, attached our offer for the repair kits, prices valid until June.", "repair_kits_offer.pdf"),
        ("Settings", "Hello, attached the default settings file you asked for.", "default_settings.cfg"),
    ],
)
def test_a_file_that_is_no_request_leaves_the_mail_unrelated(understander, subject, text, filename):
    found = understander.understand(parse(_raw(subject, _with_file(text, filename))))
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_unit_that_shows_nothing_in_an_html_only_mail_is_a_request(understander):
    html = (
        "Content-Type: text/html; charset=utf-8\n\n<html><body><div>Guten Tag,<br>unser TX-40 zeigt seit Montag"
        " nichts mehr an.<br>Gruß, Eva</div></body></html>\n"
    )
    found = understander.understand(parse(_raw("TX-40", html)))
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        # questions before buying, a price for a service, a procedure to become a partner
        ("Calibration", "Hi, we need a quote for calibration of two TX-40, what is the price?"),
        ("TX-40", "Olá, qual é o prazo de garantia do TX-40? Estamos pensando em comprar dez."),
        ("Distributor", "Hello, what is the procedure to become a distributor of your products in Chile?"),
        ("TX-40", "Dzień dobry, prosimy o ofertę cenową na 5 szt. TX-40."),
        ("TX-40", "Hi, how much does the TX-40 cost and what is the delivery time?"),
        ("TX-40", "Hej, vad kostar TX-40 och när kan ni leverera?"),
        ("TX-40", "Merhaba, TX-40 hakkında sorularınız varsa bize sorun. Yeni katalog ekte."),
        ("TX-40", "Dzień dobry, czy możemy zamówić TX-40 zamiast TX-30? Jaka jest cena?"),
        ("TX-40", "Olá, o TX-40 funciona com problema de tensão instável na rede? Queremos comprar."),
        ("TX-40", "Bonjour, est-ce que le voyant clignote quand la batterie est faible ? Nous envisageons d'acheter."),
        ("TX-40", "Buongiorno, quanto costa il TX-40? Qual è la procedura per ordinare?"),
        ("Oferta", "Merhaba, TX-40 için fiyat teklifi rica ederiz."),
        # a supplier's invoice and a newsletter that speaks of faults
        ("Faktura 2026/0412", "Dzień dobry,\nw załączeniu faktura do zamówienia 4471/2026. Termin płatności 14 dni."),
        ("News", "Is your analyser beeping for no reason? Our new firmware fixes it.\nUnsubscribe here."),
    ],
)
def test_a_question_before_buying_a_price_or_a_notice_stays_unrelated(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)

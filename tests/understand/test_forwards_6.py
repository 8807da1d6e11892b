"""Forwards whose client line or subject prefix was not read: Apple Mail's and iOS' "forwarded message begins"
line in more interface languages (zh-TW "開始轉寄的郵件：", Korean, Nordic, Polish, Czech, Turkish),
plain or quoted with ">", and Outlook's "VS:", which forwards in Norwegian and replies in Finnish."""

from __future__ import annotations

import pytest

REP = "Ola Nordmann <ola.nordmann@optizon-example.com>"
CUSTOMER = "ingrid@fjordnett.example"
WRITER = f"Ingrid Dahl <{CUSTOMER}>"
FAULT = (
    "Hei,\n\nthe media converter MC-1000 with serial MC1000X55512 has no link since the storm.\n"
    "Our order was PO-8812. Please send a replacement.\n\nIngrid Dahl\nFjordnett AS\n"
)
NOTE = "Kan dere ta denne? Takk.\n\nOla\n\n"


def _apple(marker: str, sender: str, subject: str, date: str, to: str, quoted: bool = False) -> str:
    head = f"{sender} {WRITER}\n{subject} no link\n{date} 2. mars 2026 09:14\n{to} {REP}\n"
    if quoted:
        lines = (head + "\n" + FAULT).splitlines()
        return NOTE + marker + "\n\n" + "\n".join(f"> {x}" if x else ">" for x in lines) + "\n"
    return NOTE + marker + "\n\n" + head + "\n" + FAULT


APPLE = {
    "zh_tw": ("開始轉寄的郵件：", "寄件者：", "主旨：", "日期：", "收件者："),
    "ko": ("전달된 메일:", "보낸 사람:", "제목:", "날짜:", "받는 사람:"),
    "sv": ("Vidarebefordrat mejl:", "Från:", "Ämne:", "Datum:", "Till:"),
    "da": ("Start på videresendt besked:", "Fra:", "Emne:", "Dato:", "Til:"),
    "nb": ("Begynnelse på videresendt melding:", "Fra:", "Emne:", "Dato:", "Til:"),
    "fi": ("Välitetty viesti alkaa:", "Lähettäjä:", "Aihe:", "Päiväys:", "Vastaanottaja:"),
    "pl": ("Początek przekazywanej wiadomości:", "Od:", "Temat:", "Data:", "Do:"),
    "cs": ("Začátek přeposlané zprávy:", "Od:", "Předmět:", "Datum:", "Komu:"),
    "tr": ("İletilen iletinin başlangıcı:", "Kimden:", "Konu:", "Tarih:", "Kime:"),
}


@pytest.mark.parametrize("language", sorted(APPLE))
def test_an_apple_mail_forward_in_its_interface_language_names_the_customer(read, language):
    marker, sender, subject, date, to = APPLE[language]
    extraction = read(_apple(marker, sender, subject, date, to), subject="no link", sender=REP)
    assert extraction.customer_email == CUSTOMER
    assert extraction.kind == "forwarded"


@pytest.mark.parametrize("language", ["zh_tw", "ko", "sv"])
def test_an_ios_forward_quoted_under_its_line_names_the_customer(read, language):
    marker, sender, subject, date, to = APPLE[language]
    extraction = read(_apple(marker, sender, subject, date, to, quoted=True), subject="no link", sender=REP)
    assert extraction.customer_email == CUSTOMER


def test_a_colleagues_vs_over_an_outside_writers_header_block_is_a_forward(read):
    head = f"Fra: {WRITER}\nSendt: mandag 2. mars 2026 09:14\nTil: {REP}\nEmne: ingen link\n"
    extraction = read(NOTE + head + "\n" + FAULT, subject="VS: ingen link", sender=REP)
    assert extraction.customer_email == CUSTOMER
    assert extraction.kind == "forwarded"
    assert extraction.forwarded_by == "ola.nordmann@optizon-example.com"


def test_a_customers_finnish_vs_reply_stays_the_customers_reply(read):
    """A customer's "VS:" quoting our mail is their reply: they are the customer, nobody forwards."""
    body = (
        "Hei,\n\nthe converter still has no link, serial MC1000X55512.\n\nIngrid\n\n"
        "Lähettäjä: Service <service@optizon-example.com>\nLähetetty: maanantai 2. maaliskuuta 2026 9.14\n"
        f"Vastaanottaja: {WRITER}\nAihe: RMA-2026-00042\n\nWe have opened your case.\n"
    )
    extraction = read(body, subject="VS: RMA-2026-00042", sender=WRITER)
    assert extraction.customer_email == CUSTOMER
    assert extraction.forwarded_by is None


def test_a_colleagues_vs_reply_over_a_colleagues_mail_is_no_forward(read):
    """A "VS:" over another colleague's header block hands no outside writer over: it stays the reply."""
    body = (
        "Thanks, done.\n\nOla\n\nFra: Kari Berg <kari.berg@optizon-example.com>\nSendt: mandag 2. mars 2026 09:14\n"
        f"Til: {REP}\nEmne: stock\n\nCan you check the stock of MC-1000?\n"
    )
    extraction = read(body, subject="VS: stock", sender=REP)
    assert extraction.forwarded_by is None

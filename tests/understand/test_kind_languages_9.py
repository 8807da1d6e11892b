"""A repair, a replacement or the warranty asked for, and where an order stands, in the words of Mexican
Spanish, Hungarian, Vietnamese (typed with and without its accents), Finnish, Romanian, Czech, Swedish and
Hindi-English written in Latin letters: answered as a request or a status question, never dropped as
unrelated. A price asked for in the same languages stays a sales question, never a request (those cases guard the
new words: they must not turn a purchase into a case).

Each sentence is written for the kind of mail, not copied from a corpus."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Aparato",
            "Buenas tardes, el aparato que compré ya no jala desde el lunes. ¿Me lo pueden revisar? Saludos, Lupita",
        ),
        ("Garancia", "Jó napot! A készülék elromlott, garanciában szeretném javíttatni. Mit tegyek? Üdv, Zsófi"),
        ("Máy", "Chào anh, máy em mua tháng trước hư rồi, nhờ anh sửa giúp em với. Cảm ơn anh"),
        ("Bao hanh", "Chao anh, may em mua thang truoc bi hu roi, nho anh sua giup em voi. Cam on anh"),
        (
            "Takuu",
            "Hei, laite hajosi viime viikolla. Onko se vielä takuussa, ja mitä meidän pitäisi tehdä? Terveisin Aino",
        ),
        ("Garanție", "Bună ziua, aparatul s-a stricat după două săptămâni. Ce trebuie să fac? Mulțumesc, Andrei"),
        ("Aparat", "Buna ziua, aparatul s-a stricat dupa doua saptamani. Ce trebuie sa fac? Multumesc, Andrei"),
        ("Přístroj", "Dobrý den, přístroj přestal fungovat po měsíci. Prosím o pomoc. Jana"),
        (
            "Apparaten",
            "Hej, apparaten har gett upp efter en vecka. Vi behöver hjälp, kan ni hjälpa oss? Hälsningar Erik",
        ),
        ("Machine", "Hello sir, machine kharab ho gaya hai, kya karein? Thanks, Rohit"),
    ],
)
def test_a_repair_asked_in_these_languages_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Pedido 4500077001",
            "Hola, mi pedido 4500077001 sigue sin llegar. ¿Me pueden pasar el número de guía? Gracias",
        ),
        ("Rendelés 4500077002", "Jó napot! Hol tart a rendelésem (4500077002)? Még nem érkezett meg. Köszönöm"),
        ("Đơn hàng 4500077003", "Chào anh, đơn hàng 4500077003 khi nào giao hàng ạ? Em chưa nhận được hàng."),
        ("Don hang 4500077004", "Chao anh, don hang 4500077004 khi nao giao hang a? Em chua nhan duoc hang."),
        ("Tilaus 4500077005", "Hei, tilaus 4500077005 ei ole vielä saapunut. Onko tilaus lähetetty? Kiitos"),
        ("Comanda 4500077006", "Bună ziua, încă nu am primit comanda 4500077006. Când ajunge? Mulțumesc"),
        (
            "Objednávka 4500077007",
            "Dobrý den, zboží z objednávky 4500077007 zatím nepřišlo. Jaký je stav objednávky? Díky",
        ),
        ("Beställning 4500077008", "Hej, beställning 4500077008 har ännu inte kommit. Tack"),
        ("Order 4500077009", "Hello ji, order 4500077009 abhi tak nahi mila. Kab tak milega? Thanks"),
    ],
)
def test_where_an_order_stands_in_these_languages_is_a_status_question(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Rendelés 4500077011", "Jó napot! Mi a szállítási határidő a 4500077011 rendelésre? Köszönöm"),
        ("Don hang 4500077012", "Chao anh, thoi gian giao hang cua don 4500077012 la khi nao a?"),
        ("Tilaus 4500077013", "Hei, mikä on tilauksen 4500077013 toimitusaika? Kiitos"),
        ("Comanda 4500077014", "Buna ziua, care este termenul de livrare? Data livrarii pentru 4500077014? Multumesc"),
    ],
)
def test_the_delivery_date_asked_in_these_languages_is_a_status_question(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Ajánlat", "Jó napot! Mennyibe kerül 5 darab a 12 voltos tápegységből? Szeretnénk vásárolni. Üdv"),
        ("Hinta", "Hei, paljonko maksaa teidän virtalähde? Haluaisimme ostaa kolme kappaletta. Kiitos"),
        ("Báo giá", "Chào anh, em muốn mua 10 bộ nguồn, giá bao nhiêu ạ? Xin báo giá giúp em."),
        ("Bao gia", "Chao anh, em muon mua 10 bo nguon, gia bao nhieu a? Xin bao gia giup em."),
        ("Ofertă", "Bună ziua, cât costă sursa de 12 V? Dorim să cumpărăm două bucăți."),
        ("Poptávka", "Dobrý den, kolik stojí zdroj 12 V? Chtěli bychom koupit tři kusy."),
        ("Offert", "Hej, jag vill köpa två nätaggregat. Vad kostar de?"),
        ("Cotización", "Hola, ¿cuánto sale la fuente de 12 V? ¿Me pueden cotizar cinco piezas?"),
        ("Price", "Hello, 12 V power supply kitne ka hai? Quotation bhej do please."),
    ],
)
def test_a_price_asked_in_these_languages_is_no_request(read, subject, body):
    found = read(body, subject)
    assert found.kind != "new_request"
    assert found.kind != "order_status"

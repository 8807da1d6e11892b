"""Where an order or a repair stands, asked in Finnish, Hungarian and Vietnamese."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Tilaus", "Hei, joko tilaamamme kaksi kaukoputkea on lähetetty? Kiitos, Mikko"),
        ("Huolto", "Hei, milloin korjattu laite saapuu takaisin meille?"),
        ("Javítás", "Jó napot! Hol tart a két héttel ezelőtt beküldött tápegység javítása?"),
        ("Rendelés", "Érdeklődnék, mikor érkezik a múlt hónapban leadott rendelésünk?"),
        ("Máy đo", "Chào anh, máy đo bên em gửi sửa hôm thứ hai đã xong chưa?"),
    ],
)
def test_a_question_where_it_stands_is_order_status(read, subject, body):
    found = read(body, subject, sender="Asiakas <asiakas@shop.example>")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)

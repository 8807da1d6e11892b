"""First requests in Hungarian, Finnish and Mexican Spanish, told in words of their own languages."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Tápegység", "Jó napot! A tápegység kimeneti feszültsége ugrál és a kijelző időnként villog."),
        ("Sérült készülék", "A tápegység előlapja letört a szállítás során. Kérem, jelezzék, mi a teendő."),
        ("Takuu", "Hei, kiikarini tarkennus on jumissa. Miten toimin, jos haluan sen takuuhuoltoon?"),
        ("Registrador con lectura errónea", "Buenas, el registrador de la cámara fría marca fijo 12 grados."),
    ],
)
def test_a_fault_told_in_the_customers_language_is_a_request(read, subject, body):
    found = read(body, subject, sender="Ügyfél <ugyfel@labor.example>")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

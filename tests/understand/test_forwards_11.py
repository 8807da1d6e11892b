"""Forms and forwards written with decomposed accents or in the clients' other languages."""

from __future__ import annotations

import unicodedata


def _decomposed(text: str) -> str:
    """The text as a Mac may write it: each accented letter as a letter and a combining mark."""
    return unicodedata.normalize("NFD", text)


def test_a_web_forms_labels_written_with_combining_accents_are_read(read):
    body = _decomposed(
        "Imię i nazwisko: Paweł Nowak\n"
        "Adres e-mail zwrotny: pawel.nowak@lodz-serwis.example\n"
        "Störung: Das Gerät zeigt seit gestern nur noch Striche.\n"
    )
    found = read(body, "Kontaktformular", sender="Website <noreply@optizon-example.com>")
    assert body != unicodedata.normalize("NFC", body)
    assert (found.kind, found.customer_email, found.customer_name) == (
        "new_request",
        "pawel.nowak@lodz-serwis.example",
        unicodedata.normalize("NFC", "Paweł Nowak"),
    )


def test_a_colleagues_forward_from_a_hungarian_thunderbird_names_the_customer(read):
    body = (
        "Szia, ezt továbbítom, kérlek nézzétek meg.\nPéter\n\n"
        "-------- Továbbított üzenet --------\n"
        "Tárgy: Tápegység hiba\n"
        "Dátum: Mon, 2 Nov 2026 09:10:00 +0100\n"
        "Feladó: Kovács Béla <kovacs.bela@gyarto-kft.example>\n"
        "Címzett: peter@optizon-example.com\n\n"
        "Jó napot, az SFP modul nem ad linket, sorozatszám FM23010045.\nBéla\n"
    )
    found = read(body, "Tov: Tápegység hiba", sender="Péter <peter@optizon-example.com>")
    assert (found.kind, found.customer_email, found.forwarded_by) == (
        "forwarded",
        "kovacs.bela@gyarto-kft.example",
        "peter@optizon-example.com",
    )


def test_a_colleagues_forward_from_apple_mail_in_hungarian_without_an_address_asks_the_colleague(read):
    body = (
        "Nézzétek meg légyszi.\n\n"
        "Kezdete a továbbított üzenetnek:\n\n"
        "Feladó: Kovács Béla\n"
        "Dátum: 2026. november 2. 9:10:00 CET\n"
        "Tárgy: modul\n\n"
        "Az SFP modul nem ad linket. FM23010045\n"
    )
    found = read(body, "Fwd: modul", sender="Péter <peter@optizon-example.com>")
    assert (found.kind, found.customer_email, found.forwarded_by, found.should_auto_reply) == (
        "forwarded",
        None,
        "peter@optizon-example.com",
        True,
    )

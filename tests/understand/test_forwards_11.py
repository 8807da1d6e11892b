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

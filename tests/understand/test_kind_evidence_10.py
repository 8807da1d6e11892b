"""Words for an error code are rules (kinds.yml ``patterns: error_code_words``): a code after one of them, in
more languages, is a sign that a person's mail is about a faulty unit of theirs."""

from __future__ import annotations

import pytest

from mailbot.understand.evidence import error_codes


@pytest.mark.parametrize(
    "text, found",
    [
        ("hibakódot 12 ír ki", True),
        ("mã lỗi 05", True),
        ("Fehlercode 12 im Display", True),
        ("ekranda hata kodu 12 görünüyor", True),
        ("wyświetla kod błędu 7", True),
        ("muncul kode error 4", True),
        ("εμφανίζει κωδικό σφάλματος 3", True),
        ("shows Err 3 since Monday", True),
        ("hiba 2 napja", False),  # a fault for two days, no code
        ("Fehler seit 2 Tagen", False),
    ],
)
def test_a_code_after_a_word_for_one_is_an_error_code(understander, text, found):
    assert (understander.error_codes.search(text) is not None) == found


def test_without_the_rules_words_only_the_codes_shapes_count():
    assert error_codes().search("hata kodu 12") is None
    assert error_codes().search("E-07") is not None


def test_a_person_naming_a_unit_and_its_error_code_in_turkish_is_a_request(catalog_understander):
    from mailbot.mail.parse import parse

    data = (
        "From: Ayşe <ayse@lab.example>\nTo: service@optizon-example.com\nSubject: TQ88\nMessage-ID: <t@t>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Merhaba, TQ88 cihazımız açılışta hata kodu 12 veriyor.\n\nAyşe\n"
    ).encode()
    found = catalog_understander.understand(parse(data))
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

"""Text written in decomposed form (NFD): a Mac or iPhone may send "ã", "ü" or "ồ" as a letter followed by a
combining mark. The mail is read as if written with the composed letters, so the rules' phrases, labels,
sign-offs and forward markers match, and what is cut from the text (a summary, an identifier) is cut in the
right place."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from mailbot.mail.parse import parse
from mailbot.understand.nlp import composed

ROOT = Path(__file__).resolve().parents[2]
SERIAL = "Serial KX4471-0931, order PO-7713."


def _nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text  # the example must hold a letter that decomposes
    return decomposed


@pytest.mark.parametrize(
    ("fault", "category"),
    [
        ("Olá, o medidor KX-20 não liga desde ontem.", "no_power"),
        ("Chào anh, máy KX-20 không lên nguồn nữa.", "no_power"),
        ("Chào anh, bộ chuyển đổi KX-20 không có tín hiệu.", "no_link"),
        ("Bonjour, le moniteur KX-20 ne démarre plus depuis lundi.", "no_power"),
    ],
)
def test_a_decomposed_fault_is_read_as_written_composed(read, fault, category):
    assert read(f"{_nfd(fault)}\n{SERIAL}\n").defect_category == category


def test_the_summary_and_an_identifier_after_decomposed_letters_are_cut_whole(read):
    extraction = read(_nfd("Olá,\no medidor KX-20 não liga desde ontem.\nNúmero de série: KX4471-0931\n"))
    assert extraction.serial_numbers == ("KX4471-0931",)
    assert "não liga" in extraction.defect_summary
    assert unicodedata.is_normalized("NFC", extraction.defect_summary)


def test_a_decomposed_sign_off_still_ends_the_message(understander):
    body = _nfd(
        "Hallo,\ndas Messgerät KX-20 startet nicht mehr.\n\nViele Grüße\nJürgen Köhler\n"
        "Köhler Anlagenbau, Tel. +49 30 1234567\n"
    )
    data = (
        "From: Juergen <jk@kunde.example>\nTo: service@optizon-example.com\nSubject: Defekt\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}"
    ).encode()
    reading = understander.segmenter.read(parse(data))
    assert "startet nicht mehr" in reading.current
    assert "Anlagenbau" not in reading.current


def test_a_decomposed_forward_marker_opens_the_forward(understander):
    body = _nfd(
        "Pouvez-vous regarder ?\n\nClaire\n\nDébut du message réexpédié :\n\n"
        "De: Hélène Brûlé <helene@atelier-leger.example>\nObjet: Écran noir\n"
        "Date: 2 mars 2026 à 09:14:00 UTC+1\nÀ: Claire <claire@optizon-example.com>\n\n"
        "Bonjour,\nle moniteur KX-20 ne démarre plus. Série KX4471-0931, commande PO-7713.\n"
    )
    data = (
        "From: Claire <claire@optizon-example.com>\nTo: service@optizon-example.com\nSubject: Fwd: Écran noir\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{body}"
    ).encode()
    extraction = understander.understand(parse(data))
    assert extraction.kind == "forwarded"
    assert extraction.customer_email == "helene@atelier-leger.example"
    assert extraction.defect_category == "no_power"


def test_composed_text_is_returned_as_it_is():
    text = "Grüße, não liga"
    assert composed(text) is text
    assert composed(unicodedata.normalize("NFD", text)) == text


def test_the_rules_are_written_composed():
    """Mail is read composed, so a rule written decomposed would never match."""
    for path in sorted((ROOT / "rules").rglob("*.yml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert unicodedata.is_normalized("NFC", line), f"{path.name}:{number} is not composed (NFC)"

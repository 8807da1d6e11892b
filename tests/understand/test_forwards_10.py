"""Forwards written in decomposed form (NFD), as a Mac or iPhone may send them: the header keys with an accent
("Från:", "Ämne:") still open the forwarded block, and a From line with a name only still finds the writer's
address in the signature below."""

from __future__ import annotations

import unicodedata

from mailbot.mail.parse import parse

REP = "Ola Rep <ola.rep@optizon-example.com>"


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: {REP}\nTo: service@optizon-example.com\nSubject: {subject}\nMessage-ID: <t@test>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{unicodedata.normalize('NFD', body)}"
    ).encode()


SWEDISH = (
    "Kan ni kolla?\n\nFrån: Åsa Öberg <asa.oberg@kund.example>\nSkickat: den 2 mars 2026 09:14\n"
    f"Till: {REP}\nÄmne: KX-20 startar inte\n\n"
    "Hej, KX-20 startar inte längre. Serienummer KX4471-0931, order PO-7713.\n"
)
GERMAN = (
    "Bitte kümmern.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Jürgen Köhler\n"
    f"Datum: Mo., 2. März 2026 um 09:14\nBetreff: KX-20 startet nicht\nAn: {REP}\n\n"
    "Hallo, der KX-20 startet nicht mehr. Seriennummer KX4471-0931, Auftrag PO-7713.\n\n"
    "Viele Grüße\nJürgen Köhler\nKöhler Anlagenbau GmbH\nj.koehler@koehler-anlagenbau.example\n"
)


def test_a_decomposed_swedish_forward_names_its_writer(understander):
    extraction = understander.understand(parse(_mail("VB: KX-20 startar inte", SWEDISH)))
    assert extraction.kind == "forwarded"
    assert extraction.customer_email == "asa.oberg@kund.example"
    assert extraction.forwarded_by == "ola.rep@optizon-example.com"
    assert extraction.defect_category == "no_power"


def test_a_decomposed_forward_with_a_name_only_from_line_takes_the_signature_address(understander):
    extraction = understander.understand(parse(_mail("Fwd: KX-20 startet nicht", GERMAN)))
    assert extraction.kind == "forwarded"
    assert extraction.customer_email == "j.koehler@koehler-anlagenbau.example"
    assert extraction.serial_numbers == ("KX4471-0931",)

"""A review or a survey asked for after a repair names the repair but asks us nothing: it is never
answered, in whatever language it comes. A customer who answers one with a fault is still heard."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Your opinion", "Hello Sam, how was your repair? Please leave us a review, it takes one minute."),
        ("Ihre Meinung", "Guten Tag, wie zufrieden waren Sie mit der Reparatur Ihres Geräts? Bitte bewerten Sie uns."),
        ("Votre avis", "Bonjour, votre réparation est terminée. Donnez-nous votre avis en une minute."),
        ("Su opinión", "Hola, su reparación ha finalizado. Cuéntenos su experiencia, su opinión nos importa."),
        ("アンケート", "修理サービスに関するアンケートにご協力をお願いいたします。"),
        ("Ocena", "Dzień dobry, naprawa została zakończona. Oceń nas, twoja opinia jest dla nas ważna."),
    ],
)
def test_a_review_asked_after_a_repair_is_not_answered(read, subject, body):
    found = read(body, subject, "Service Survey <care@surveys.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_customer_who_threatens_a_review_is_heard(read):
    found = read(
        "Hello, the TX-40 you repaired does not power on again. Replace it or I will write a review. Serial "
        "TX40-2304-0999.",
        "TX-40 dead again",
    )
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

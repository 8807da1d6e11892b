"""What the warranty covers or how long it lasts, asked in general (before buying, for an insurance, for a
fleet): a question about our terms, never a request for service on a unit, in whatever language. A unit of
the asker's that failed keeps the same question a request."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Boa tarde, a garantia do medidor cobre danos por queda? Estamos a fazer um orçamento.",
        "Hi, how many years warranty do you give on the PA-12, and does it cover water damage?",
        "Goedendag, dekt de garantie ook schade door blikseminslag?",
        "Dobrý den, vztahuje se záruka i na poškození vodou? Zvažujeme nákup.",
    ],
)
def test_warranty_terms_asked_in_general_are_unrelated(read, body):
    found = read(f"{body}\n\nKim", "garantia")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_warranty_question_about_an_own_failed_unit_stays_a_request(read):
    body = "Hello, our PA-12 we bought in May has no power since the storm. Does the warranty cover lightning?"
    assert read(f"{body}\n\nKim", "PA-12").kind == "new_request"


def test_acknowledgement_subject_over_an_automatic_text_is_an_auto_reply(read):
    body = "This is an automatic acknowledgement. Your message will be handled within 2 working days."
    found = read(body, "Acknowledgement: your email has been received", sender="desk@hospital.example")
    assert (found.kind, found.should_auto_reply) == ("auto_reply", False)

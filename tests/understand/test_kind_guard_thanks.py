"""A thank-you after a repair or a replacement ("it works perfectly again") opens no case and is not answered;
a thank-you that tells a fault now, asks something or names one of our RMA numbers is read as before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Thank you",
            "Hello,\nthank you for the quick repair of our analyzer, it works perfectly again. Great service!",
        ),
        ("Danke", "Hallo,\nvielen Dank, das Netzteil funktioniert wieder einwandfrei.\nGruß"),
        ("Merci", "Bonjour,\nmerci beaucoup, l'onduleur fonctionne à nouveau.\nCordialement"),
        ("谢谢", "您好，换过的模块已经好了，谢谢！"),
    ],
)
def test_a_thank_you_that_the_unit_works_again_is_unrelated(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Re: repair",
            "Hello,\nthank you, the first drive works again, but the second still does not start. S/N SD4001235.",
        ),
        ("Thanks", "Hello,\nthanks, the analyzer works again. Could you also send us the calibration report?"),
    ],
)
def test_a_thank_you_with_a_fault_or_a_question_is_still_answered(read, subject, body):
    found = read(body, subject)
    assert found.kind == "new_request" and found.should_auto_reply is True


def test_a_thank_you_on_an_open_case_stays_a_follow_up(read):
    found = read("Hello,\nthe replacement works fine now, thank you.\nJan", "Re: RMA-2026-00812 replacement")
    assert found.kind == "follow_up"

"""A colleague's own notice to colleagues (a meeting, a stocktaking, a list of units in repair asked for): no
customer's words handed on, no unit named, no fault told. Its repair and service words are the team's work,
never a case to open or answer; a colleague writing of a unit by its number, or relaying a call, still is."""

from __future__ import annotations

import pytest

COLLEAGUE = "Ewa Nowak <e.nowak@optizon-example.com>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Quarterly quality meeting",
            "Dear all,\n\nquality meeting on Friday 3 pm in room 2; after-sales please bring the repair figures.",
        ),
        (
            "Inwentaryzacja",
            "Cześć,\n\nw piątek inwentaryzacja magazynu od 13:00. Serwis proszę o listę urządzeń w naprawie.",
        ),
        ("月度例会", "各位：\n\n周四上午十点开月度例会，请维修组准备返修统计。"),
        (
            "Betriebsausflug",
            "Hallo zusammen,\n\nam Freitag Betriebsausflug, die Werkstatt bitte Reparaturen bis Donnerstag fertig.",
        ),
    ],
)
def test_a_colleagues_internal_notice_is_unrelated(read, subject, body):
    found = read(body, subject, sender=COLLEAGUE)
    assert (found.kind, found.should_auto_reply, found.missing_fields) == ("unrelated", False, ())


def test_a_colleague_naming_a_units_serial_is_still_read_as_a_case(read):
    body = "Hi team,\n\nour demo unit serial KX2207D0415 does not power on any more. Please repair it.\n\nEwa"
    assert read(body, "Demo unit dead", sender=COLLEAGUE).kind != "unrelated"


def test_a_colleague_relaying_a_customers_call_is_still_forwarded(read):
    body = "Had a call from a customer in Gdańsk: their meter does not power on, please open a repair.\n\nEwa"
    assert read(body, "Call from customer", sender=COLLEAGUE).kind == "forwarded"

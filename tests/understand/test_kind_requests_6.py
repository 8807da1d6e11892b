"""People's own requests read as unrelated before: a unit that no longer does its job ("won't get a fix
anymore"), parts missing from the box, and a fault told in answer to one of our newsletters, the only
address of ours the person found."""

from __future__ import annotations

import pytest

NEWSLETTER_QUOTE = (
    "\n\n> From: Optics Ltd <news@optizon-example.com>\n> Subject: Autumn catalogue\n>\n"
    "> Our autumn catalogue is here.\n> Unsubscribe | View in browser\n"
)


@pytest.mark.parametrize(
    "subject, body",
    [
        ("tx-40", "hi, my TX-40 won't find any satellites anymore, even out on open water.\n\nJoe"),
        ("Fernglas", "Hallo, mein Fernglas fokussiert seit dem Urlaub nicht mehr richtig. Gruß Uwe"),
        ("Telémetro", "Hola, el telémetro ya no mide más allá de 50 metros. Saludos"),
        ("Ladegerät", "Hallo, das Ladegerät lädt seit gestern nicht mehr. Was nun? Gruß Uwe"),
        ("Caricatore", "Buongiorno, il caricatore non carica più da ieri. Grazie"),
        ("Ładowarka", "Dzień dobry, ładowarka już nie ładuje od wczoraj. Pozdrawiam"),
    ],
)
def test_a_unit_that_no_longer_works_is_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "order 4500012399",
            "Hello, there was no strap and no lens caps in the box when I unpacked the TX-40 today. "
            "Could you send them? Kim",
        ),
        ("Bestellung 4500012398", "Hallo, im Karton fehlt das Netzteil. Bitte nachliefern. Gruß, Lea"),
        ("订单4500012397", "你好，收到的盒子里没有电源线，麻烦补发一下。谢谢"),
    ],
)
def test_parts_missing_from_the_box_are_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_no_longer_needing_something_is_no_fault(read):
    found = read("Hello, please take me off your mailing list, I don't need the catalogue anymore. Thanks", "Catalogue")
    assert found.kind != "new_request"


@pytest.mark.parametrize(
    "body",
    [
        "Hi, sorry to use this address. Our TX-40 fell off the bench, now the housing is cracked and the "
        "display flickers. Can you repair it?\n\nPeter",
        "Hallo, ich antworte hier, weil ich keine andere Adresse habe. Unser TX-40 ist defekt, das Display "
        "bleibt schwarz. Können Sie es reparieren?\n\nGruß, Anna",
    ],
)
def test_a_fault_told_in_answer_to_a_newsletter_is_a_request(read, body):
    found = read(body + NEWSLETTER_QUOTE, "Re: Autumn catalogue")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


def test_the_newsletter_itself_stays_unrelated(read):
    body = (
        "Our autumn catalogue is here: new rangefinders, and a repair service for faulty units.\n"
        "Unsubscribe | View in browser"
    )
    found = read(body, "Re: Autumn catalogue", "Optics News <news@shop.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_thank_you_for_a_newsletter_is_no_request(read):
    found = read("Thanks, nice catalogue!" + NEWSLETTER_QUOTE, "Re: Autumn catalogue")
    assert found.kind == "unrelated"

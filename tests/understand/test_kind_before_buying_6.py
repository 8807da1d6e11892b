"""Questions asked before buying, about the warranty's terms or about selling our products are no request:
no unit of the sender's fails, so nothing is answered as a ticket. A person whose own unit fails, bought
second hand or not, still opens one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "subject, body",
    [
        # which of two models to buy, and the warranty of each
        (
            "TX-40 or TX-60?",
            "Hello,\n\nI hunt at dusk in thick forest. Which model would you recommend, and is the warranty "
            "the same for both?\n\nThanks, Mia",
        ),
        # deciding between two models, bought from a shop rather than from the maker
        (
            "Two models",
            "Hi, I'm trying to decide between the TX-40 and the TX-60. Does either come with a warranty if I "
            "buy from a web shop instead of you? Cheers, Tom",
        ),
        # German: before ordering thirty units, how long the warranty is
        (
            "Garantie",
            "Guten Tag,\n\nbevor wir bestellen: wie lange ist die Garantie, und wer ist zuständig, wenn ein Gerät "
            "ausfällt, der Händler oder Sie?\n\nGruß\nJana",
        ),
        # Polish: does the switch support stacking, what warranty in Poland
        ("Rejestrator", "Dzień dobry, czy rejestrator R-8 obsługuje zapis na kartę SD? Dziękuję, Marek"),
        # Spanish: second hand, is the warranty still valid
        (
            "Garantía",
            "Hola, estoy pensando en un TX-40 de segunda mano. ¿La garantía es transferible al nuevo dueño? Gracias",
        ),
        # Chinese: a student asks whether the warranty follows the machine or the buyer
        ("旧机器的保修", "你好，网上有人转让一台旧的OTDR，想问一下保修可以转让吗？还是只对第一个买家有效？"),
        # Japanese: which is recommended before buying
        ("購入前の質問", "TX-40とTX-60、屋外で使うならどちらがおすすめですか。保証期間も教えてください。"),
    ],
)
def test_a_question_before_buying_is_not_answered(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Warranty question",
            "Hello, is the 5 year warranty on your rangefinders transferable if I sell it on? "
            "And does the TX-40 have a tripod thread? Best, Sam",
        ),
        (
            "Garantie übertragbar?",
            "Hallo, ist die Garantie übertragbar, wenn ich das Gerät gebraucht gekauft habe? Danke, Uwe",
        ),
    ],
)
def test_the_warranty_terms_asked_in_general_are_no_request(read, subject, body):
    assert read(body, subject).kind == "unrelated"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Distribution in Chile",
            "Dear team,\n\nwe are an instrument dealer in Santiago and would like to become your distributor. "
            "What are your conditions and how do you handle warranty support?\n\nRegards\nLuis",
        ),
        (
            "Distribuidor",
            "Hola, somos una empresa de fibra óptica y queremos ser su distribuidor en Perú. ¿Qué condiciones "
            "ofrecen y cómo funciona la garantía? Saludos",
        ),
        ("越南经销", "你好，我司在越南做光通信工程，希望成为你们在越南的经销商，想了解经销条件和售后政策。"),
    ],
)
def test_someone_who_wants_to_sell_our_products_opens_no_ticket(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "subject, body",
    [
        # bought second hand, and it fails: a request all the same
        (
            "TX-40 no power",
            "Hello, I bought a TX-40 second hand last month and now it does not power on at all. "
            "Can you repair it? Serial TX40-2304-0501. Thanks, Ben",
        ),
        # a warranty claim with the fault told
        (
            "Garantie",
            "Guten Tag, unser TX-40 schaltet sich nach fünf Minuten ab. Wir möchten ihn unter Garantie "
            "reparieren lassen. Gruß, Eva",
        ),
        # a fault told before a second order
        (
            "Before we order more",
            "Hi, before we order more units: two of the TX-40 you sent us are dead on arrival. "
            "Please replace them. Order 4500012345. Dan",
        ),
    ],
)
def test_a_failing_unit_is_still_a_request(read, subject, body):
    found = read(body, subject)
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

"""A person's mail about a unit of ours told in words no cue list holds: the unit named by its catalog model,
serial or order, an error code or a reading with its unit, a photo. Read as a request in any language, and
answered; a price question, a newsletter or a machine's notice that names a model stays unrelated.

The fault sentences below use words no list of rules/understand holds ("kijelzőjén E-07 jelenik meg",
"näyttö vilkkuu"), so only the signs of mailbot.understand.evidence can place them."""

from __future__ import annotations

import pytest

from mailbot.mail.parse import parse
from mailbot.understand import Understander, load_understander
from mailbot.understand.evidence import UnitSigns, read_signs
from mailbot.understand.identifiers import Identifiers
from tests.understand.conftest import ROOT, SERVICE, STAFF

CATALOG = ["Helio 300", "Vento PX-90", "Lumo 12V"]
QUIET = ("unrelated", "auto_reply", "bounce")


@pytest.fixture(scope="module")
def reader() -> Understander:
    return load_understander(ROOT / "rules", [STAFF], [SERVICE], catalog=CATALOG)


def _mail(body: str, subject: str, photo: str = "", sender: str = "Ana Sz <ana@kunde.example>") -> bytes:
    head = f"From: {sender}\nTo: {SERVICE}\nSubject: {subject}\nMessage-ID: <e9@test>\nMIME-Version: 1.0\n"
    if not photo:
        return (f"{head}Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}").encode()
    return (
        f"{head}Content-Type: multipart/mixed; boundary=XB\n\n--XB\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}\n--XB\nContent-Type: image/jpeg\nContent-Disposition: attachment; "
        f"filename={photo}\nContent-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQ==\n--XB--\n"
    ).encode()


@pytest.mark.parametrize(
    "subject, body, photo",
    [
        # Hungarian: the model and the error code on its display
        ("Helio 300", "Jó napot! A Helio 300 kijelzőjén E-07 jelenik meg, amikor bekapcsolom.\nÜdv, Szabó Anna", ""),
        # Finnish: the model, a reading in volts and "our"
        ("Vento PX-90", "Hei, meidän Vento PX-90 näyttää vain 3,1 V lähdössä, pitäisi olla 12.\nTerveisin Aino", ""),
        # Vietnamese without accents: the model and a code after "ma loi"
        ("Helio 300", "Chao shop, may Helio 300 hien ma loi 41 tren man hinh tu hom qua.\nCam on", ""),
        # Romanian: the model and a photo of it
        ("Lumo 12V", "Bună ziua, trimit poza cu Lumo 12V, uitați-vă la carcasă.\nMulțumesc, Ioana", "IMG_4471.jpg"),
        # Czech, answering our earlier mail: the serial read off the label, and a question
        ("Re: Helio 300", "Dobrý den, výrobní číslo SN: HX24A01177, displej ukazuje jen pruhy. Víte, proč?\nPetr", ""),
        # Swedish: the order, the model and what it measures
        ("Order 4500123456", "Hej, Helio 300 från order 4500123456 visar 87 °C efter en kvart.\nMvh Lars", ""),
    ],
)
def test_a_unit_named_and_told_of_in_any_language_is_a_request(reader, subject, body, photo):
    found = reader.understand(parse(_mail(body, subject, photo)))
    assert (found.kind, found.should_auto_reply) == ("new_request", True)


@pytest.mark.parametrize(
    "subject, body",
    [
        # a price asked for a named model, in Hungarian and Vietnamese
        ("Helio 300", "Jó napot! Mennyibe kerül a Helio 300, 12 V kivitelben? Köszönöm, Anna"),
        ("Helio 300", "Chào anh, cho em xin báo giá Helio 300 loại 24 V ạ. Cảm ơn"),
        # a newsletter that shows the model's readings
        ("Lumo 12V news", "Meet the new Lumo 12V: 40 W at 12 V. Unsubscribe from this newsletter here."),
        # a machine's notice naming the order, the model and its voltage
        (
            "Order 4500123456",
            "This is an automated message. Order 4500123456: 2 x Helio 300, 230 V, left our warehouse today.",
        ),
        # "we", a model and a question: as much a question before buying
        ("Vento PX-90", "Hei, me olemme koulu. Sopiiko Vento PX-90 meidän laboratorioon?"),
        # a model with a number and a unit in its name: no reading of the sender's
        ("Lumo 12V", "Hei, meillä on kaksi Lumo 12V laitetta. Onko niille uusia käyttöohjeita?"),
    ],
)
def test_a_model_named_beside_a_sellers_or_machines_words_stays_unanswered(reader, subject, body):
    found = reader.understand(parse(_mail(body, subject)))
    assert found.kind in QUIET
    assert not found.should_auto_reply


def _signs(**given: bool) -> UnitSigns:
    names = ("model", "serial", "order", "photo", "error_code", "measure", "question", "own_words")
    return UnitSigns(**{n: given.get(n, False) for n in names})


@pytest.mark.parametrize(
    "given, expected",
    [
        ({"model": True, "error_code": True}, True),
        ({"serial": True, "question": True}, True),
        ({"photo": True, "model": True}, True),
        ({"model": True, "measure": True, "own_words": True}, True),
        ({"model": True, "measure": True, "order": True}, True),
        ({"error_code": True}, False),  # no unit named: a code alone may be anything's
        ({"model": True, "question": True, "own_words": True}, False),  # "we", a model, a question: before buying
        ({"order": True, "model": True, "question": True}, False),  # where an order stands
        ({"model": True, "measure": True}, False),  # a product's own figures
        ({"serial": True}, False),  # a serial and nothing told of it
    ],
)
def test_which_signs_together_tell_of_a_unit(given, expected):
    assert _signs(**given).about_a_unit() is expected


@pytest.mark.parametrize(
    "text, code, measure",
    [
        ("Kijelző: E-07", True, False),
        ("shows Err 3 since Monday", True, False),
        ("hibakódot 12 ír ki", True, False),
        ("mã lỗi 05", True, False),
        ("felkod 7", True, False),
        ("hiba 2 napja", False, False),  # a fault for two days, no code
        ("kimenet 3,1 V", False, True),
        ("-32 dBm a bemeneten", False, True),
        ("87 °C", False, True),
        ("Lumo 12V", False, False),  # the model's own name, taken out first
        ("we have 2 units", False, False),
    ],
)
def test_error_codes_and_readings_are_read_apart_from_the_units_names(reader, text, code, measure):
    analyse = reader.pipeline.analyse
    models = ("Lumo 12V",) if "Lumo" in text else ()
    ids = Identifiers(product_models=models)
    signs = read_signs(analyse(""), analyse(text), ids, False, lambda a, k: False, reader.error_codes)
    assert (signs.error_code, signs.measure) == (code, measure)

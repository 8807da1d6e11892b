"""The customer of a web-form notification whose plugin encodes the whole "Name <address>" of its From into
the display name: the mail has no sender address, yet it is our form's notification when that name holds our
form sender's address, and the person is the one its fields name."""

from __future__ import annotations

import base64

from mailbot.mail.parse import parse
from mailbot.values import InboundMail


def _encoded(value: str) -> str:
    """The whole "Name <address>" as two encoded words split inside the address, as such a plugin folds it:
    no addr-spec is left outside the encoding."""
    cut = value.index("@") + 3
    words = (value[:cut], value[cut:])
    return "\n ".join(f"=?utf-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def _mail(body: str, sender: str) -> InboundMail:
    data = (
        f"From: {sender}\nTo: service@optizon-example.com\nSubject: Repair request\nMessage-ID: <f@test>\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}"
    )
    return parse(data.encode())


FORM = (
    "A repair request was sent from the website.\n\n"
    "Name: Jonas Berg\nE-mail: jonas.berg@labor-nord.example\nProduct: SFP-10G-LR\n"
    "Serial: LT2507B00912\nProblem: the module shows no link since Monday.\n"
)


def test_a_form_whose_from_is_all_display_name_names_the_person_in_its_fields(read):
    extraction = read(FORM, subject="Repair request", sender=_encoded("Website Formular <noreply@optizon-example.com>"))
    assert extraction.customer_email == "jonas.berg@labor-nord.example"


def test_a_form_field_line_in_japanese_is_read_the_same(read):
    body = (
        "修理依頼フォームから送信されました。\n\nお名前：山本 花子\n"
        "メール：hanako@kyoto-lab.example\n症状：電源が入りません。\n"
    )
    extraction = read(body, subject="修理依頼", sender=_encoded("Webフォーム <noreply@optizon-example.com>"))
    assert extraction.customer_email == "hanako@kyoto-lab.example"


def test_an_outside_address_in_the_display_name_makes_no_form_of_it(understander):
    """Only our own form sender's address counts: another site's name says nothing of who wrote."""
    mail = _mail(FORM, _encoded("Website Formular <noreply@other-shop.example>"))
    assert mail.sender is None
    assert understander.forms.person(mail) is None


def test_our_address_in_the_display_name_makes_a_form_of_it(understander):
    mail = _mail(FORM, _encoded("Website Formular <noreply@optizon-example.com>"))
    person = understander.forms.person(mail)
    assert person is not None and person.email == "jonas.berg@labor-nord.example"


def test_our_address_in_the_display_name_of_a_mail_without_form_fields_names_nobody(read):
    body = "Your weekly stock report is attached.\n"
    extraction = read(body, subject="Stock report", sender=_encoded("Website Formular <noreply@optizon-example.com>"))
    assert extraction.customer_email is None

"""Who the customer is when the From line is not them: a website's form written from our own noreply
address, a shared mailbox or a colleague who reports for someone else, a ticket system's Reply-To, an
auto-responder. The customer is the person the answer must reach."""

from __future__ import annotations

import pytest

from mailbot.mail.parse import parse

NOREPLY = "Optizon Website <noreply@optizon-example.com>"
FAULT_TEXT = "The transceiver SFP-10G-LR shows no link since yesterday, order PO-4471. Please help."


@pytest.mark.parametrize(
    "label",
    [
        "E-Mail",
        "Email address",
        "邮箱",
        "電子郵件",
        "Correo",
        "Correo electrónico",
        "Courriel",
        "E-Mail-Adresse",
        "Adresse e-mail",
    ],
)
def test_a_form_names_the_person_in_its_email_field_in_any_language(read, label):
    body = f"New message from the contact form\n\nName: Jonas Berg\n{label}: jonas@berg-it.example\n"
    body += f"Message: {FAULT_TEXT}\n"
    found = read(body, "Contact form: support request", sender=NOREPLY)
    assert found.customer_email == "jonas@berg-it.example"


def test_a_form_with_a_full_width_colon_and_a_mailto_value_names_the_person(read):
    body = f"网站留言\n\n姓名：张伟\n邮箱：<mailto:zhangwei@hualin-tech.example>\n留言：{FAULT_TEXT}\n"
    found = read(body, "网站留言", sender=NOREPLY)
    assert found.customer_email == "zhangwei@hualin-tech.example"


def test_a_form_value_written_as_a_link_names_the_person(read):
    body = f"Name: Jonas Berg\nEmail: jonas@berg-it.example <mailto:jonas@berg-it.example>\nMessage: {FAULT_TEXT}\n"
    assert read(body, "Contact form", sender=NOREPLY).customer_email == "jonas@berg-it.example"


def test_a_forms_reply_to_names_the_person(read):
    body = f"Name: Jonas Berg\nMessage: {FAULT_TEXT}\n"
    found = read(body, "Contact form", sender=NOREPLY, headers="Reply-To: Jonas Berg <jonas@berg-it.example>\n")
    assert found.customer_email == "jonas@berg-it.example"


def test_an_html_table_form_names_the_person(understander):
    html = (
        "<html><body><p>New submission</p><table>"
        "<tr><td><b>Name</b></td><td>Jonas Berg</td></tr>"
        "<tr><td><b>E-Mail-Adresse</b></td>"
        "<td><a href='mailto:jonas@berg-it.example'>jonas@berg-it.example</a></td></tr>"
        f"<tr><td><b>Nachricht</b></td><td>{FAULT_TEXT}</td></tr>"
        "</table></body></html>"
    )
    data = (
        f"From: {NOREPLY}\nTo: service@optizon-example.com\nSubject: Kontaktformular\nMessage-ID: <f@t>\n"
        f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html}"
    )
    found = understander.understand(parse(data.encode()))
    assert found.customer_email == "jonas@berg-it.example"


def test_a_form_without_any_outside_address_names_nobody(read):
    body = f"Name: Jonas Berg\nPhone: +49 30 1234567\nMessage: {FAULT_TEXT}\n"
    found = read(body, "Contact form", sender=NOREPLY)
    assert (found.customer_email, found.should_auto_reply) == (None, False)


def test_a_customers_ticket_system_reply_to_is_where_the_answer_goes(read):
    headers = "Reply-To: IT Helpdesk <helpdesk+T4471@berg-it.example>\n"
    found = read(FAULT_TEXT, "[T#4471] no link", sender="Jonas Berg <jonas@berg-it.example>", headers=headers)
    # The person stays the customer, so their own later mails are theirs; the ticket system only relays.
    assert found.customer_email == "jonas@berg-it.example"


@pytest.mark.parametrize(
    "note",
    [
        "Please reply to jonas@berg-it.example who reported this.",
        "Please answer Jonas directly: jonas@berg-it.example",
        "Bitte antworten Sie direkt an jonas@berg-it.example, er hat den Fehler gemeldet.",
    ],
)
def test_a_shared_mailbox_that_names_the_reporter_sends_the_answer_to_them(read, note):
    body = f"Hello,\n\n{FAULT_TEXT}\n{note}\n\nRegards\nBerg IT purchasing\n"
    found = read(body, "no link", sender="Berg IT Purchasing <purchasing@berg-it.example>")
    assert found.customer_email == "jonas@berg-it.example"


def test_a_shared_mailbox_without_a_named_reporter_is_the_customer(read):
    body = f"Hello,\n\n{FAULT_TEXT}\nOur engineer Jonas (jonas@other-it.example) is on site tomorrow.\n"
    found = read(body, "no link", sender="Berg IT Purchasing <purchasing@berg-it.example>")
    assert found.customer_email == "purchasing@berg-it.example"


def test_an_auto_reply_names_the_responder(read):
    body = "I am out of the office until Monday 9 March with limited access to e-mail.\nJonas Berg\n"
    found = read(body, "Automatic reply: RMA-2026-0042", sender="Jonas Berg <jonas@berg-it.example>")
    assert (found.kind, found.customer_email) == ("auto_reply", "jonas@berg-it.example")


def test_a_form_field_of_an_unknown_label_whose_value_is_one_address_names_the_person(read):
    body = f"Imię i nazwisko: Jonas Berg\nAdres zwrotny: <jonas@berg-it.example>\nWiadomość: {FAULT_TEXT}\n"
    assert read(body, "Formularz", sender=NOREPLY).customer_email == "jonas@berg-it.example"


def test_a_form_field_naming_our_own_address_is_not_the_person(read):
    body = f"Name: Jonas Berg\nSent to: service@optizon-example.com\nMessage: {FAULT_TEXT}\n"
    found = read(body, "Contact form", sender=NOREPLY)
    assert (found.customer_email, found.should_auto_reply) == (None, False)


def test_a_request_to_answer_one_of_our_own_addresses_keeps_the_sender(read):
    body = f"{FAULT_TEXT}\nPlease reply to pat.reyes@optizon-example.com as well, he sold us the unit.\n"
    found = read(body, "no link", sender="Jonas Berg <jonas@berg-it.example>")
    assert found.customer_email == "jonas@berg-it.example"


def test_an_address_far_from_the_words_about_answering_keeps_the_sender(read):
    body = f"{FAULT_TEXT}\nI did not get a reply to my first mail. Our site office is site@berg-it.example.\n"
    found = read(body, "no link", sender="Jonas Berg <jonas@berg-it.example>")
    assert found.customer_email == "jonas@berg-it.example"


@pytest.mark.parametrize(
    "headers",
    [
        "Reply-To: Jonas Berg <jonas@berg-it.example>\n",
        "X-Original-From: Jonas Berg <jonas@berg-it.example>\nReply-To: support@optizon-example.com\n",
    ],
)
def test_a_group_of_ours_that_rewrites_the_from_line_keeps_the_writer_as_customer(read, headers):
    sender = "'Jonas Berg' via Optizon Support <support@optizon-example.com>"
    found = read(f"Hello,\n{FAULT_TEXT}\nJonas", "no link", sender=sender, headers=headers)
    assert found.customer_email == "jonas@berg-it.example"


def test_a_colleagues_mail_with_an_outside_reply_to_but_no_group_stays_the_colleagues(read):
    """A Reply-To alone does not make an outside address the writer: no list rewrote the From line."""
    headers = "Reply-To: Jonas Berg <jonas@berg-it.example>\n"
    found = read(
        f"Hello,\n{FAULT_TEXT}\nPat", "no link", sender="Pat Reyes <pat.reyes@optizon-example.com>", headers=headers
    )
    assert found.customer_email == "pat.reyes@optizon-example.com"


def test_a_customers_helpdesk_auto_reply_names_the_helpdesk(read):
    body = "Your request has been received and ticket #4471 created. We will get back to you shortly."
    headers = "Auto-Submitted: auto-replied\n"
    found = read(
        body, "[Ticket #4471] RE: RMA-2026-0042", sender="Berg Helpdesk <helpdesk@berg-it.example>", headers=headers
    )
    assert (found.kind, found.customer_email) == ("auto_reply", "helpdesk@berg-it.example")


def test_a_form_field_holding_a_name_and_an_address_names_the_person(read):
    body = f"Kontakt: Jonas Berg <jonas@berg-it.example>, Tel. 030 1234567\nFehlerbeschreibung: {FAULT_TEXT}\n"
    assert read(body, "Kontaktformular", sender=NOREPLY).customer_email == "jonas@berg-it.example"


def test_the_from_line_not_the_sender_header_is_the_customer(read):
    headers = "Sender: Berg IT Purchasing <purchasing@berg-it.example>\n"
    found = read(
        f"Hello,\n{FAULT_TEXT}\nJonas", "no link", sender="Jonas Berg <jonas@berg-it.example>", headers=headers
    )
    assert found.customer_email == "jonas@berg-it.example"


def test_our_own_notice_naming_an_address_without_form_fields_is_not_a_persons_form(read):
    body = (
        "Shipment notice\nConsignee contact: jonas@berg-it.example\nParcel 00340434161234567890 left our warehouse.\n"
    )
    found = read(body, "Shipment notice", sender=NOREPLY)
    assert found.customer_email != "jonas@berg-it.example"


@pytest.mark.parametrize(
    "sender, body",
    [
        (
            "Forms <form-submission@formhost.example>",
            f"Name: Jonas Berg\nEmail Address: jonas@berg-it.example\nMessage: {FAULT_TEXT}\n",
        ),
        (
            "Survey Tool <notifications@surveyhost.example>",
            f"Your name\nJonas Berg\n\nYour email\njonas@berg-it.example\n\nDescribe the problem\n{FAULT_TEXT}\n",
        ),
    ],
)
def test_a_hosted_form_services_notification_names_the_person(read, sender, body):
    assert read(body, "New form entry", sender=sender).customer_email == "jonas@berg-it.example"


def test_a_form_plugins_from_line_names_the_person(read):
    body = f"From: Jonas Berg <jonas@berg-it.example>\nSubject: no link\n\nMessage Body:\n{FAULT_TEXT}\n"
    found = read(body, 'Optizon "no link"', sender="WordPress <wordpress@optizon-example.com>")
    assert found.customer_email == "jonas@berg-it.example"


def test_an_auto_reply_naming_a_deputy_still_names_the_responder(read):
    body = (
        "I am out of the office until Monday 9 March with limited access to e-mail.\n"
        "For urgent matters please reply to deputy@berg-it.example.\nJonas Berg\n"
    )
    found = read(body, "Automatic reply: RMA-2026-0042", sender="Jonas Berg <jonas@berg-it.example>")
    assert (found.kind, found.customer_email) == ("auto_reply", "jonas@berg-it.example")

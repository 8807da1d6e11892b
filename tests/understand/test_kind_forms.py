"""Contact forms hosted elsewhere and forms that put a field's value under its label."""

from __future__ import annotations

FORM = (
    "Name: Tom Miller\nEmail: tom@westlink.example.com\nCompany: Westlink\n"
    "Message: One of the SFP modules (S/N FM23010045) has no link. Please help.\n"
)


def test_a_hosted_forms_person_is_the_reply_to_named_in_its_email_field(read):
    found = read(
        FORM,
        "Contact form: Tom Miller",
        sender="Jotform <noreply@jotform.example>",
        headers="Reply-To: tom@westlink.example.com\n",
    )
    assert (found.kind, found.customer_email, found.should_auto_reply) == (
        "new_request",
        "tom@westlink.example.com",
        True,
    )


def test_a_reply_to_not_named_in_the_body_is_not_taken_for_a_form(read):
    body = "Hello,\n\nModule S/N FM23010045 has no link.\n\nRegards\nTom"
    found = read(
        body, "Faulty module", sender="Tom <tom@westlink.example.com>", headers="Reply-To: rma@westlink.example.com\n"
    )
    assert found.customer_email == "tom@westlink.example.com"


def test_a_form_value_on_the_line_under_its_label(read):
    body = (
        "Your name\nTom Miller\n\nYour email\ntom@westlink.example.com\n\n"
        "Your message\nThe module FM23010045 has no link.\n"
    )
    found = read(body, "Website enquiry", sender="Website <website@optizon-example.com>")
    assert (found.customer_email, found.customer_name) == ("tom@westlink.example.com", "Tom Miller")

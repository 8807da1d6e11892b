"""parse(): mails whose header block is written oddly are read, and a mail without a Message-ID is keyed by
all of its bytes, so two different such mails are never taken for one."""

from __future__ import annotations

import base64

from mailbot.mail.parse import parse

BODY = b"The SFP in port 3 shows no link.\r\nS/N: OZ2311A0042\r\n"


def _mail(subject: bytes, body: bytes = BODY) -> bytes:
    return (
        b"From: Kim <kim@netz.example.com>\r\nTo: service@lumatek-example.com\r\nSubject: "
        + subject
        + b"\r\n\r\n"
        + body
    )


def test_utf8_bom_before_the_headers_is_read():
    mail = parse(b"\xef\xbb\xbf" + _mail(b"with a BOM"))
    assert mail.sender is not None and mail.sender.email == "kim@netz.example.com"
    assert mail.subject == "with a BOM"
    assert "no link" in mail.text


def test_cr_cr_lf_line_ends_are_read():
    mail = parse(_mail(b"doubled CR").replace(b"\r\n", b"\r\r\n"))
    assert mail.sender is not None and mail.sender.email == "kim@netz.example.com"
    assert mail.subject == "doubled CR"
    assert "no link" in mail.text


def test_obsolete_space_before_the_colon_is_read():
    mail = parse(_mail(b"obsolete syntax").replace(b"From:", b"From  :").replace(b"Subject:", b"Subject :"))
    assert mail.sender is not None and mail.sender.email == "kim@netz.example.com"
    assert mail.subject == "obsolete syntax"


def test_fallback_key_covers_the_whole_mail():
    one = parse(_mail(b"same", b"first body\r\n").replace(b"\r\n", b"\r\r\n"))
    two = parse(_mail(b"same", b"second body\r\n").replace(b"\r\n", b"\r\r\n"))
    assert one.message_id != two.message_id
    assert parse(_mail(b"x")).message_id == parse(_mail(b"x")).message_id  # the same bytes: the same key


def test_nul_byte_in_a_charset_name_is_read_as_an_unknown_charset():
    data = (
        b"From: kim@netz.example.com\r\nTo: service@lumatek-example.com\r\nSubject: =?utf\x00-8?q?hi?=\r\n"
        b'Message-ID: <nul-cs@netz.example.com>\r\nContent-Type: text/plain; charset="utf\x00-8"\r\n\r\nhello\r\n'
    )
    mail = parse(data)
    assert mail.text.strip() == "hello"
    assert "hi" in mail.subject


def test_three_thousand_encoded_words_in_to_are_read():
    to = b",\r\n ".join(b"=?utf-8?q?N=C3=A4me_%d?= <x%d@y.example>" % (i, i) for i in range(3000))
    mail = parse(b"From: kim@netz.example.com\r\nTo: " + to + b"\r\nSubject: many\r\n\r\nhello\r\n")
    assert len(mail.to) == 3000
    assert mail.to[-1].email == "x2999@y.example"


def test_a_failure_inside_the_conversion_is_reported_as_unreadable(monkeypatch):
    import pytest

    import mailbot.mail.parse as parse_module
    from mailbot.mail.parse import MalformedMail

    def broken(*args, **kwargs):
        raise IndexError("deep inside the parser")

    monkeypatch.setattr(parse_module, "_walk", broken)
    with pytest.raises(MalformedMail, match="IndexError: deep inside the parser"):
        parse(_mail(b"x"))


def test_a_picture_whose_type_header_is_encoded_words_stays_an_attachment():
    """Content-Type and Content-Disposition written whole as encoded words: the part is the picture it says it
    is (not text/plain by RFC 2045's fallback), so its bytes never replace the mail's text."""
    jpeg = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4).decode()
    ctype = "=?utf-8?b?" + base64.b64encode('image/jpeg; name="现场1.jpg"'.encode()).decode() + "?="
    disp = "=?utf-8?b?" + base64.b64encode('attachment; filename="现场1.jpg"'.encode()).decode() + "?="
    data = (
        "From: Liu <liu@plant.example>\r\nTo: service@lumatek-example.com\r\nSubject: fault\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>The heater does not start, error E-21.</p>\r\n"
        f"--b1\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: {disp}\r\n\r\n{jpeg}\r\n--b1--\r\n"
    ).encode()
    mail = parse(data)
    assert "heater does not start" in mail.text
    assert "JFIF" not in mail.text
    [picture] = mail.attachments
    assert picture.content_type == "image/jpeg"
    assert picture.filename == "现场1.jpg"
    assert picture.payload.startswith(b"\xff\xd8")


def test_an_encoded_value_that_is_no_type_is_left_to_the_rfc_fallback():
    bogus = "=?utf-8?b?" + base64.b64encode(b"nonsense").decode() + "?="
    data = (
        "From: Kim <kim@netz.example.com>\r\nTo: service@lumatek-example.com\r\nSubject: s\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: {bogus}\r\n\r\nThe SFP shows no link.\r\n"
    ).encode()
    assert "no link" in parse(data).text

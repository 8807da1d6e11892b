"""parse(): real-looking fixtures in tests/mail/samples and hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.mail.parse import MalformedMail, parse

MAIL = Path(__file__).resolve().parent / "samples"


def load(name: str):
    return parse((MAIL / name).read_bytes())


def test_plain_mail_headers_and_body():
    mail = load("plain.eml")
    assert mail.message_id == "20260310091402.4711@fibernord.example.se"
    assert mail.sender is not None and mail.sender.email == "anna.berg@fibernord.example.se"
    assert mail.to[0].email == "service@example.com"
    assert mail.date is not None and mail.date.utcoffset() is not None
    assert "PO 4500077120" in mail.text
    assert mail.header("return-path") == "<anna.berg@fibernord.example.se>"


def test_html_only_becomes_text_with_table_rows_and_latin1_recovered():
    mail = load("html_only.eml")
    assert "<table" in mail.html
    rows = [line for line in mail.text.splitlines() if "PC26020011" in line]
    assert rows and "PC-LC-SC-SM-2M" in rows[0]  # model and serial stay on one row
    assert "Almacén" in mail.text


def test_gbk_declared_as_gb2312_is_recovered():
    mail = load("gbk.eml")
    assert mail.sender is not None and mail.sender.name == "王喆"  # 喆 is not in GB2312
    assert "订单号：DD2026031501" in mail.text
    assert mail.subject == "光模块故障 退货申请"


def test_outlook_prefers_plain_part():
    mail = load("outlook.eml")
    assert mail.content_type == "multipart/alternative"
    assert "<html" not in mail.text and "QS2501B0040" in mail.text


def test_rfc822_attachment_parsed_as_forwarded_mail_with_safe_filename():
    mail = load("forwarded_rfc822.eml")
    assert len(mail.forwarded) == 1
    inner = mail.forwarded[0]
    assert inner.sender is not None and inner.sender.email == "jorge.silva@telnorte.example.pt"
    assert "insertion loss 1.8 dB" in inner.text
    assert [a.filename for a in mail.attachments] == ["Patch cords.eml"]


def test_bounce_keeps_report_type_and_returned_message():
    mail = load("bounce.eml")
    assert mail.content_type == "multipart/report"
    assert mail.forwarded and "RMA-2026-00043" in mail.forwarded[-1].subject


def test_missing_message_id_gets_stable_synthetic_key():
    first = load("malformed.eml")
    again = load("malformed.eml")
    assert first.message_id.startswith("mailbot-") and first.message_id.endswith("@local")
    assert first.message_id == again.message_id
    assert len(first.message_id) == len("mailbot-") + 32 + len("@local")


def test_malformed_mime_is_read_leniently():
    mail = load("malformed.eml")
    assert "serial ZZ0000001" in mail.text
    assert mail.defects  # the parser's complaints are kept for the record


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary", b"just some words\nno headers"])
def test_not_a_mail_raises_malformed(data):
    with pytest.raises(MalformedMail):
        parse(data)


def test_attachment_filename_sanitised():
    data = (
        b"From: a@b.example\nSubject: x\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nhi\n'
        b"--b\nContent-Type: application/octet-stream\n"
        b'Content-Disposition: attachment; filename="..\\\\..\\\\evil\\x01name' + b"x" * 400 + b'.pdf"\n'
        b"Content-Transfer-Encoding: base64\n\nAAEC\n--b--\n"
    )
    mail = parse(data)
    name = mail.attachments[0].filename
    assert "\\" not in name and "/" not in name and "\x01" not in name
    assert len(name) <= 120 and name.endswith(".pdf")
    assert mail.attachments[0].payload == b"\x00\x01\x02"


def test_deep_nesting_and_big_body_do_not_crash():
    nested = b"From: a@b.example\nSubject: deep\n"
    for i in range(60):
        nested += f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode()
    nested += b"Content-Type: text/plain\n\ninnermost\n"
    mail = parse(nested)
    assert mail.subject == "deep"
    big = b"From: a@b.example\nSubject: big\n\n" + b"The SFP is dead. " * 700_000
    assert len(parse(big).text) > 10_000_000


@pytest.mark.parametrize("header", [b"Message-ID: <>\n", b"Message-ID:   \n", b"Message-ID: <a b>\n"])
def test_empty_or_odd_message_ids(header):
    mail = parse(b"From: a@b.example\n" + header + b"Subject: x\n\nhi\n")
    assert mail.message_id and "<" not in mail.message_id and " " not in mail.message_id


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_raw_eight_bit_headers_are_recovered(encoding):
    mail = parse("From: 陈刚 <chen@gz.example.cn>\nSubject: 转发: 模块掉线\n\n你好\n".encode(encoding))
    assert mail.subject == "转发: 模块掉线"
    assert mail.sender is not None and mail.sender.name == "陈刚"


def test_broken_encoded_word_that_trips_mail_parser_is_read_anyway():
    data = bytearray((MAIL / "forwarded_zh.eml").read_bytes())
    pos = 1996 % (len(data) + 1)
    data[pos : pos + 1] = b"\x00"  # a case found by the property test: mail-parser raised HeaderParseError
    mail = parse(bytes(data))
    assert mail.message_id == "zhfw.0001@example.com"


def _from_line(value: str) -> bytes:
    return (
        f"From: {value}\r\nTo: service@example.com\r\nSubject: broken unit\r\n"
        "Message-ID: <hostile.1@evil.example>\r\n\r\nIt does not power on.\r\n"
    ).encode()


def test_sender_is_the_address_never_an_address_in_the_encoded_display_name():
    mail = parse(_from_line("=?utf-8?q?sales=40company.example?= <eve@evil.example>"))
    assert mail.sender is not None and mail.sender.email == "eve@evil.example"
    assert mail.sender.name == "sales@company.example"


def test_unquoted_address_shaped_display_name_is_not_the_sender():
    mail = parse(_from_line("sales@company.example <eve@evil.example>"))
    assert mail.sender is not None and mail.sender.email == "eve@evil.example"


def test_encoded_crlf_in_display_name_never_survives_as_a_line_break():
    raw = _from_line("=?utf-8?q?Eve=0D=0ABcc=3A_victim=40third.example?= <eve@evil.example>")
    cc = b"Cc: =?utf-8?b?WA0KQmNjOiB4QHkueg==?= <c@ok.example>"  # "X\r\nBcc: x@y.z" as the name
    raw = raw.replace(b"To: service@example.com", b"To: service@example.com\r\n" + cc)
    mail = parse(raw)
    assert mail.sender is not None and mail.sender.email == "eve@evil.example"
    assert [a.email for a in mail.cc] == ["c@ok.example"]
    for addr in (mail.sender, *mail.cc, *mail.to):
        assert not any(ch in addr.name for ch in "\r\n\x00")
        assert not any(ch in str(addr) for ch in "\r\n")
    assert "victim@third.example" not in {a.email for a in (*mail.to, *mail.cc)}


@pytest.mark.parametrize(
    "value",
    ["big bug bb@bug.com", "<>", "undisclosed-recipients:;", "x <a@b.example> <evil@x.example>", "nobody"],
)
def test_what_is_not_an_address_gives_no_sender(value):
    assert parse(_from_line(value)).sender is None


def test_address_lists_groups_and_folding_are_read():
    raw = _from_line("Anna <anna@fibernord.example.se>").replace(
        b"To: service@example.com", b'To: Team: a@x.example,\r\n "Berg, Bo" <BO@x.example>;, service@example.com'
    )
    mail = parse(raw)
    assert [a.email for a in mail.to] == ["a@x.example", "bo@x.example", "service@example.com"]
    assert mail.to[1].name == "Berg, Bo"

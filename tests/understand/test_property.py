"""Random and mutated mails never crash parse + understand, and the result is always well-formed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mailbot.mail.guard import machine_generated
from mailbot.mail.parse import MalformedMail, parse
from mailbot.values import DEFECT_CATEGORIES, KINDS, Extraction

FIXTURES = [p.read_bytes() for p in sorted((Path(__file__).resolve().parents[1] / "mail" / "samples").glob("*.eml"))]
CHUNKS = [
    "PO 4500012345",
    "S/N OZ2401A0001",
    "~",
    " to ",
    "订单号：",
    "序列号",
    "RMA-2026-00042",
    "no link",
    "\n> quoted\n",
    "-----Original Message-----\nFrom: a@b.example\nSent: x\n",
    "=?utf-8?B?",
    "--b\n",
    "Content-Type: multipart/mixed; boundary=b\n",
    "\r\n",
    "\x00",
    "ä",
    "😀",
    "Re: ",
    "Fwd: ",
    "Begin forwarded message:\n\n> From: Jan\n> To: rep@optizon-example.com\n>\n> ",
    "---- 转发邮件信息 ----\n发件人：李雷 <l@k.example>\n",
    "\nFrom: Jan Novak\nDate: x\n\n",
    "Name: Jan\nEmail: jan@kunde.example\n",
    "E-mail: <>\n",
    "S/N AX7-2231-0045/0046/0049",
    "from TQ88-1200 through 09",
    "Model: FS 60 Plus",
    "PO/24/1187-B",
    "does not heat, LED blinks red, error E-21",
    "This is an automatic confirmation. Please do not reply to this message.",
    "payment advice",
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(understander, data: bytes) -> None:  # type: ignore[no-untyped-def]
    try:
        mail = parse(data)
    except MalformedMail as exc:
        assert exc.reason
        return
    found = understander.understand(mail)
    assert isinstance(found, Extraction)
    assert found.kind in KINDS
    assert found.defect_category is None or found.defect_category in DEFECT_CATEGORIES
    assert found.language in ("en", "zh", "mixed")
    assert set(found.missing_fields) <= {"order_number", "serial_number", "defect_description"}
    for values in (found.order_numbers, found.serial_numbers, found.product_models, found.tracking_numbers):
        assert all(isinstance(v, str) and v for v in values)
    assert isinstance(found.defect_summary, str)
    if machine_generated(mail, ["service@optizon-example.com"]):
        person = understander.forms.person(mail)
        if person is None:
            assert found.should_auto_reply is False
        else:  # our website's form: the person who filled it in may be answered, its noreply sender never
            # (a form with nothing asked in it is unrelated and names no customer at all)
            assert found.customer_email in (person.email, None) and found.customer_email != mail.sender.email
            assert found.customer_email == person.email or found.kind in ("unrelated", "bounce")
    assert mail.message_id and "<" not in mail.message_id


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(understander, data):
    check(understander, data)


@SETTINGS
@given(
    st.sampled_from(FIXTURES),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=20)), max_size=6),
    st.integers(0, 10_000),
)
def test_mutated_fixtures(understander, base, edits, cut):
    data = bytearray(base)
    for pos, chunk in edits:
        pos %= len(data) + 1
        data[pos : pos + len(chunk)] = chunk
    check(understander, bytes(data[: max(cut, len(data) // 3)]))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(CHUNKS), st.text(max_size=40)), max_size=30))
def test_generated_mails_with_a_catalog(catalog_understander, pieces):
    check(catalog_understander, b"From: a@b.example\nSubject: x\n\n" + "".join(pieces).encode("utf-8", "replace"))


@SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(CHUNKS), st.text(max_size=40)), max_size=40),
    st.sampled_from(["Re: x", "FW: x", "回复：x", "", "Automatic reply"]),
    st.sampled_from(["utf-8", "gbk", "iso-8859-1", "x-unknown", "gb2312"]),
)
@example(["Name: Jan\nEmail: jan@kunde.example\n", "does not heat, LED blinks red, error E-21"], "Re: x", "utf-8")
@example(["Name: Jan\nEmail: jan@kunde.example\n"], "Re: x", "utf-8")
def test_generated_mails(understander, pieces, subject, charset):
    body = "".join(pieces)
    head = f"From: a@b.example\nSubject: {subject}\nContent-Type: text/plain; charset={charset}\n\n"
    check(understander, head.encode("utf-8") + body.encode(charset if charset != "x-unknown" else "utf-8", "replace"))
    form = "From: noreply@optizon-example.com\nReply-To: , <x>\n"  # our website's form, with a broken Reply-To
    head = f"{form}Subject: {subject}\nContent-Type: text/plain; charset={charset}\n\n"
    check(understander, head.encode("utf-8") + body.encode(charset if charset != "x-unknown" else "utf-8", "replace"))


def test_huge_and_hostile_bodies_finish(understander):
    """10 MB of text, a 5 MB line with no spaces, a big HTML table: each is read, none hangs."""
    bodies = [
        b"From: a@b.example\nSubject: big\n\n" + b"The SFP has no link, PO 4500012345. " * 280_000,
        b"From: a@b.example\nSubject: line\n\n" + b"a" * 5_000_000,
        b"From: a@b.example\nSubject: t\nContent-Type: text/html\n\n<table>"
        + b"<tr><td>OZ2401A0001</td><td>no link</td></tr>" * 60_000,
    ]
    for data in bodies:
        check(understander, data)
    assert understander.understand(parse(bodies[0])).order_numbers == ("4500012345",)

"""The bytes the outbox stores (``Rendered.raw``, written by mailbot/mail/serialize.py) against the
``EmailMessage`` path (``Rendered.message`` and ``email.generator``): every product template, in both
languages, with ASCII and non-ASCII names and subjects, long reference chains, long lines, an HTML part
or none, attachments or none. Same bytes, and read back by the standard library and by mail-parser to
the headers, bodies and structure the mail was rendered with."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import jinja2
import mailparser
import pytest

from mailbot.mail import serialize
from mailbot.mail.render import Rendered, Renderer
from mailbot.mail.serialize import encode_text, policy_for
from mailbot.values import Attachment, OutgoingMail

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
NOW = datetime(2026, 3, 14, 9, 26, 53, tzinfo=UTC)


def _filler(value: str) -> type[jinja2.ChainableUndefined]:
    """An undefined template variable that prints ``value`` (so every template renders without its
    ticket), and is false, empty and chainable otherwise."""

    class Filler(jinja2.ChainableUndefined):
        def __str__(self) -> str:
            return value

        def __call__(self, *args: Any, **kwargs: Any) -> Filler:
            return self

        def __lt__(self, other: Any) -> bool:
            return False

        __le__ = __gt__ = __ge__ = __lt__

    return Filler


def _templates(language: str) -> list[str]:
    return sorted(
        p.name.removesuffix(".txt.j2") for p in (TEMPLATES / language).glob("*.txt.j2") if not p.name.startswith("_")
    )


def _renderer(filler: str) -> Renderer:
    renderer = Renderer(TEMPLATES)
    for env in (renderer.text_env, renderer.html_env):
        env.undefined = _filler(filler)
    return renderer


LONG_REFS = tuple(f"ref{k:03d}.{'x' * 30}@mail.example.org" for k in range(30))
NAMES = {
    "ascii": ("Maria Costa", "Service Desk"),
    "latin": ("Anna Müller-Lüdenscheidt", "Kundendienst Größe"),
    "cjk": ("王小明", "售后服务中心"),
}
FILLERS = {
    "short": "Example",
    "non-ascii": "Größe 测试",
    "long line": "word " * 40 + "终" * 30,  # lines past 78: quoted-printable or base64
}


def _render(renderer: Renderer, template: str, language: str, names: tuple[str, str], **extra: Any) -> Rendered:
    customer, sender_name = names
    mail = OutgoingMail(
        template=template,
        to=("buyer@customer.example",),
        cc=("Colleague <colleague@customer.example>",) if extra.get("cc") else (),
        language=language,
        context={"customer_name": customer, "rma": "RMA-2026-00042"},
        in_reply_to=extra.get("in_reply_to"),
        references=extra.get("references", ()),
        attachments=extra.get("attachments", ()),
    )
    return renderer.render(
        mail,
        {"sender_name": sender_name, "service_name": sender_name, "company": "Example Optics"},
        sender="service@example.com",
        message_id="rma-2026-00042.0123456789abcdef@example.com",
        now=NOW,
        rma="RMA-2026-00042",
    )


def _generated(rendered: Rendered) -> bytes:
    return rendered.message.as_bytes(policy=policy_for(rendered.subject))


def _unfolded(value: str) -> str:
    return " ".join(value.split())


def _read_back(raw: bytes, rendered: Rendered) -> None:
    """Read with the standard library: the headers, bodies and structure the mail was made with."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert not msg.defects
    assert str(msg["Subject"]) == rendered.subject  # every space too (tests/mail/test_subject_encoding.py)
    assert msg["Message-ID"] == "<rma-2026-00042.0123456789abcdef@example.com>"
    assert msg["Content-Language"] == rendered.language
    assert msg["Date"].datetime == NOW
    headers = dict(rendered.headers)
    given = email.policy.default.header_factory("From", headers["From"])
    assert msg["From"].addresses == given.addresses
    assert msg["From"].addresses[0].display_name in dict(NAMES.values()).values()
    if "References" in headers:
        assert msg["References"].split() == headers["References"].split()
    plain = msg.get_body(("plain",))
    assert plain is not None and plain.get_content() == rendered.text
    html = msg.get_body(("html",))
    if rendered.html:
        assert html is not None
        assert html.get_content().splitlines() == rendered.html.splitlines()
        assert msg.get_content_type() == ("multipart/mixed" if rendered.attachments else "multipart/alternative")
    else:
        assert html is None
    got = [(p.get_filename(), p.get_payload(decode=True)) for p in msg.iter_attachments() if p.get_filename()]
    assert got == [(a.filename, a.payload) for a in rendered.attachments]


def _mailparser_same(raw: bytes, reference: bytes) -> None:
    """mail-parser reads both to the same headers, bodies and attachments."""
    ours, theirs = mailparser.parse_from_bytes(raw), mailparser.parse_from_bytes(reference)
    assert ours.headers == theirs.headers
    assert ours.text_plain == theirs.text_plain
    assert ours.text_html == theirs.text_html
    assert [(a["filename"], a["payload"]) for a in ours.attachments] == [
        (a["filename"], a["payload"]) for a in theirs.attachments
    ]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("names", sorted(NAMES))
def test_every_template_writes_the_bytes_of_the_message_path(language: str, names: str) -> None:
    templates = _templates(language)
    assert len(templates) > 20  # the product's templates, not an empty folder
    shapes = {"alternative": 0, "plain": 0}
    for filler_kind, filler in FILLERS.items():
        renderer = _renderer(filler)
        for n, template in enumerate(templates):
            extra: dict[str, Any] = {}
            if n % 2:
                extra.update(in_reply_to="CAF+x=y@mail.customer.example", references=LONG_REFS[: 1 + n])
            if n % 3 == 0:
                extra["cc"] = True
            rendered = _render(renderer, template, language, NAMES[names], **extra)
            raw, reference = rendered.raw, _generated(rendered)
            assert raw == reference, (template, filler_kind)
            _read_back(raw, rendered)
            shapes["alternative" if rendered.html else "plain"] += 1
    assert shapes["alternative"] and shapes["plain"]  # both shapes met


@pytest.mark.parametrize("language", ["en", "zh"])
def test_attachments_after_the_text_or_the_alternative(language: str) -> None:
    files = (
        Attachment(filename="report.pdf", content_type="application/pdf", payload=b"%PDF-1.7\x00\xff" * 300),
        Attachment(filename="报告 – final.txt", content_type="text/plain", payload="行一\r\nline two\n".encode()),
        Attachment(filename="odd", content_type="", payload=b""),
    )
    renderer = _renderer("Example")
    for template in ("customer_rma_issued", "customer_attachments_not_kept", "operator_alert"):
        for names in NAMES.values():
            rendered = _render(renderer, template, language, names, attachments=files, references=LONG_REFS)
            raw, reference = rendered.raw, _generated(rendered)
            assert raw == reference, template
            _read_back(raw, rendered)
            _mailparser_same(raw, reference)


def test_mail_parser_reads_every_shape_alike() -> None:
    renderer = _renderer("Größe " * 30)
    for language in ("en", "zh"):
        for template in _templates(language)[:6]:
            rendered = _render(renderer, template, language, NAMES["cjk"], references=LONG_REFS)
            _mailparser_same(rendered.raw, _generated(rendered))


def test_the_message_and_the_bytes_share_their_boundaries() -> None:
    rendered = _render(_renderer("x"), "customer_rma_issued", "en", NAMES["ascii"])
    assert rendered.html and len(rendered.boundaries) == 1
    assert rendered.message.get_boundary() == rendered.boundaries[0]
    assert b'boundary="' + rendered.boundaries[0].encode() + b'"' in rendered.raw
    again = _render(_renderer("x"), "customer_rma_issued", "en", NAMES["ascii"])
    assert again.boundaries != rendered.boundaries  # drawn per mail


@pytest.mark.parametrize(
    ("text", "cte"),
    [
        ("Hello\nWorld", "7bit"),
        ("", "7bit"),
        ("Grüße\n您好", "8bit"),
        ("a" * 78, "7bit"),
        ("a" * 79, "quoted-printable"),
        ("您好" * 30, "base64"),
        ("x" * 100 + "\n" + "short\n" * 20, "quoted-printable"),  # more than the ten lines sniffed
        ("From here\n.\r\nlone\rcarriage", "7bit"),
    ],
)
def test_a_body_is_encoded_as_set_content_encodes_it(text: str, cte: str) -> None:
    msg = EmailMessage(policy=email.policy.default)
    msg.set_content(text)
    written = msg.as_bytes().split(b"\n\n", 1)[1]
    assert encode_text(text) == (cte, written)
    assert msg["Content-Transfer-Encoding"] == cte


def test_only_lf_line_ends_are_written() -> None:
    rendered = _render(_renderer("x"), "customer_closed", "en", NAMES["ascii"])
    crlf = serialize.MAIL_POLICY.clone(linesep="\r\n")
    with pytest.raises(ValueError, match="LF line ends"):
        serialize.serialize(rendered.headers, rendered.body, None, (), "en", (), crlf)

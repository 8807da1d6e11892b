"""Rendering a reply: the message that comes out reads back with its headers, parts and attachments intact."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

from mailbot.mail.render import Rendered, Renderer
from mailbot.values import Attachment, OutgoingMail

NOW = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def _renderer(tmp_path: Path) -> Renderer:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "note.txt.j2").write_text("Subject: Prüfbericht für {{ who }}\n\nHallo {{ who }},\n{{ body }}\n")
    (tmp_path / "en" / "note.html.j2").write_text("<p>Hallo {{ who }}</p><pre>{{ body }}</pre>\n")
    (tmp_path / "en" / "plain.txt.j2").write_text("Subject: Plain\n\nJust text.\n")
    return Renderer(tmp_path)


def _render(renderer: Renderer, mail: OutgoingMail) -> email.message.EmailMessage:
    rendered = renderer.render(
        mail,
        {"sender_name": "Service Desk"},
        sender="service@example.com",
        message_id="abc@example.com",
        now=NOW,
        rma=None,
    )
    parsed = email.message_from_bytes(rendered.message.as_bytes(), policy=email.policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    return parsed


def test_text_html_and_attachment_read_back(tmp_path: Path) -> None:
    # A body that looks like a MIME boundary must not cut the message.
    body = "--===============0000000000000000000000000000000==\nend"
    report = Attachment(filename="report.pdf", content_type="application/pdf", payload=b"%PDF-1.4 \x00\xff data")
    mail = OutgoingMail(
        template="note",
        to=("anna@example.org",),
        cc=("rep@example.com",),
        context={"who": "Anna", "body": body},
        in_reply_to="their@example.org",
        references=("first@example.org", "their@example.org"),
        attachments=(report,),
    )
    msg = _render(_renderer(tmp_path), mail)

    assert msg["Subject"] == "Prüfbericht für Anna"
    assert msg["From"] == "Service Desk <service@example.com>"
    assert msg["To"] == "anna@example.org" and msg["Cc"] == "rep@example.com"
    assert msg["Date"].datetime == NOW
    assert msg["Message-ID"] == "<abc@example.com>"
    assert msg["In-Reply-To"] == "<their@example.org>"
    assert msg["References"] == "<first@example.org> <their@example.org>"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["Content-Language"] == "en"
    assert msg.get_content_type() == "multipart/mixed"
    alternative, attached = msg.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    assert msg.get_boundary() != alternative.get_boundary()
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    assert text.get_content() == f"Hallo Anna,\n{body}\n"
    assert "<p>Hallo Anna</p>" in html.get_content() and body in html.get_content()
    assert attached.get_filename() == "report.pdf"
    assert attached.get_content() == report.payload


def test_text_only_is_not_multipart(tmp_path: Path) -> None:
    msg = _render(_renderer(tmp_path), OutgoingMail(template="plain", to=("bob@example.org",)))
    assert msg.get_content_type() == "text/plain"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Content-Language"] == "en"
    assert msg.get_content() == "Just text.\n"


def test_each_message_gets_its_own_boundary(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path)
    mail = OutgoingMail(template="note", to=("anna@example.org",), context={"who": "A", "body": "b"})
    boundaries = {_render(renderer, mail).get_boundary() for _ in range(3)}
    assert len(boundaries) == 3


# --- the bytes we send are those of the plain email.policy.default path ---------------------------

LONG_REFS = tuple(f"rma-2026-{n:05d}.{'ab' * 12}@service.example.com" for n in range(25))
VARIED = [
    OutgoingMail(template="note", to=("anna@example.org",), context={"who": "Anna", "body": "short"}),
    OutgoingMail(  # non-ASCII subject and body, CJK, a long line, long References, an attachment
        template="note",
        to=("buyer@customer.example", "second.buyer+rma@customer.example"),
        cc=("rep@example.com",),
        language="zh",
        context={"who": "王小明", "body": "您好，" * 200 + "\n" + "x" * 1200},
        in_reply_to="CAF+abc=def@mail.gmail.com",
        references=LONG_REFS,
        attachments=(Attachment(filename="报告.pdf", content_type="application/pdf", payload=b"%PDF\x00\xff" * 50),),
    ),
    OutgoingMail(  # a display name and an odd message id: the parsing path
        template="plain",
        to=("Anna Müller <anna@example.org>", '"Costa, Maria" <maria@example.net>'),
        in_reply_to='"quoted local"@example.org',
        references=("a@b", "with space@example.org", "=?utf-8?q?x?=@example.org"),
    ),
    OutgoingMail(template="long", to=("anna@example.org",), context={"who": "Anna " * 30, "body": "b"}),
    OutgoingMail(template="encoded", to=("anna@example.org",), context={"who": "A", "body": "b"}),
]


def _without(raw: bytes, name: str) -> bytes:
    """``raw`` with its top-level header field ``name`` (and its continuation lines) taken out."""
    head, _, body = raw.partition(b"\n\n")
    kept, dropping = [], False
    for line in head.split(b"\n"):
        if not line[:1].isspace():
            dropping = line.lower().startswith(name.lower().encode() + b":")
        if not dropping:
            kept.append(line)
    return b"\n".join(kept) + b"\n\n" + body


def _bytes(renderer: Renderer, mail: OutgoingMail, n: int, length: int) -> bytes:
    out = _rendered(renderer, mail, n)
    return out.message.as_bytes(policy=out.message.policy.clone(max_line_length=length))


def _rendered(renderer: Renderer, mail: OutgoingMail, n: int) -> Rendered:
    return renderer.render(
        mail,
        {"sender_name": "Service Desk"},
        sender="service@example.com",
        message_id=f"rma-2026-{n:05d}.0123456789abcdef@service.example.com",
        now=NOW,
        rma="RMA-2026-00001" if n % 2 else None,
    )


def test_same_bytes_as_the_plain_default_policy(tmp_path: Path, monkeypatch) -> None:
    renderer = _renderer(tmp_path)
    (tmp_path / "en" / "long.txt.j2").write_text("Subject: Report for {{ who }}\n\n{{ body }}\n")
    (tmp_path / "en" / "encoded.txt.j2").write_text("Subject: For {{ who }} =?utf-8?q?abc?= ok\n\n{{ body }}\n")
    import mailbot.mail.render as render

    def same_boundaries() -> None:  # the generator's random boundaries would differ between the two
        counter = iter(range(10**6))
        monkeypatch.setattr(render, "_boundary", lambda: f"==============={next(counter):032x}==")

    for length in (78, 998):
        for n, mail in enumerate(VARIED):
            same_boundaries()
            ours = _bytes(renderer, mail, n, length)
            same_boundaries()
            with monkeypatch.context() as plain:
                plain.setattr(render, "MAIL_POLICY", email.policy.default)
                plain.setattr(
                    render, "_make_multipart", lambda msg, sub, boundary: getattr(msg, f"make_{sub}")(boundary=boundary)
                )
                theirs = _bytes(renderer, mail, n, length)
            if ours != theirs:
                # A non-ASCII display name is encoded whole and a subject's "=?…?=" text stays text, so
                # that both read back as given (tests/mail/test_subject_encoding.py).
                assert _without(_without(ours, "To"), "Subject") == _without(_without(theirs, "To"), "Subject")
                parsed = email.message_from_bytes(ours, policy=email.policy.default)
                assert str(parsed["Subject"]) == _rendered(renderer, mail, n).subject
                read = parsed["To"].addresses
                assert [(a.display_name, a.addr_spec) for a in read] == [
                    (a.display_name, a.addr_spec)
                    for a in email.policy.default.header_factory("To", ", ".join(mail.to)).addresses
                ]

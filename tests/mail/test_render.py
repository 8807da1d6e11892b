"""Rendering a reply: the message that comes out reads back with its headers, parts and attachments intact."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

from mailbot.mail.render import Renderer
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

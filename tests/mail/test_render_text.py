"""The plain text a rendered mail records is exactly what a reader decodes from the message sent."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.mail.render import Renderer
from mailbot.values import Attachment, OutgoingMail

NOW = datetime(2027, 2, 3, 4, 5, 6, tzinfo=UTC)

BODIES = [
    "",
    "one line without an end",
    "two lines\nending\n",
    "windows\r\nline ends\r\nand an old Mac\rone\n",
    "trailing spaces   \nand a tab\t\n\n\n",
    "Grüße aus Köln, 東京の倉庫\nnon-ASCII over\n",
    "x" * 200 + "\na long line, quoted-printable or base64\n",
    "é" * 120 + "\n",
    "form\x0cfeed, vertical\x0btab and line\u2028separator stay in their lines\n",
    "=3D looks encoded =?utf-8?q?no?=\n.\n..\nFrom the start of a line\n",
]


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("body", BODIES)
def test_recorded_text_is_what_the_message_decodes_to(tmp_path: Path, body: str, html: bool) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "memo.txt.j2").write_text("Subject: Memo\n\n{{ body }}", encoding="utf-8")
    if html:
        (tmp_path / "en" / "memo.html.j2").write_text("<pre>{{ body }}</pre>\n", encoding="utf-8")
    attachments = (Attachment("slip.pdf", "application/pdf", b"%PDF-1.4 slip"),) if html else ()
    mail = OutgoingMail(template="memo", to=("lee@shop.example",), context={"body": body}, attachments=attachments)
    out = Renderer(tmp_path).render(
        mail, {"sender_name": "Desk"}, sender="desk@depot.example", message_id="m9@depot.example", now=NOW, rma=None
    )
    sent = email.message_from_bytes(out.message.as_bytes(), policy=email.policy.default)
    assert isinstance(sent, email.message.EmailMessage)
    part = sent.get_body(("plain",))
    assert part is not None
    assert out.text == part.get_content()
    assert out.text == out.message.get_body(("plain",)).get_content()  # type: ignore[union-attr]

"""Property: for any subject, names, addresses, reference chain, text, HTML and attachments a template can
produce, the bytes written directly (``Rendered.raw``) are those of the ``EmailMessage`` path, and they
read back to the text the mail was rendered with."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import mailparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.mail.render import Renderer
from mailbot.mail.serialize import policy_for
from mailbot.values import Attachment, OutgoingMail

NOW = datetime(2026, 5, 1, 23, 59, 59, tzinfo=UTC)

# Text as templates produce it: any character, with the awkward ones made likely (line ends of every
# kind, lines that start with "From " or ".", long runs without a space, non-ASCII of 2, 3 and 4 bytes).
_PIECES = st.sampled_from(["\n", "\r", "\r\n", "\n\n", "From ", ".", "\n.\n", " ", "\t", "=", "=?utf-8?q?x?="])
_RUNS = st.builds(lambda c, n: c * n, st.sampled_from(["a", "é", "测", "😀", " ", "="]), st.integers(1, 120))
TEXT = st.lists(st.one_of(st.text(max_size=30), _PIECES, _RUNS), max_size=12).map("".join)
WORDS = st.lists(st.one_of(st.text(max_size=12), _RUNS, st.sampled_from(["RMA", "Re:", "[x]", "测试"])), max_size=8)
LOCAL = st.from_regex(r"[a-z0-9][a-z0-9.+_-]{0,20}[a-z0-9]", fullmatch=True).filter(lambda s: ".." not in s)
ADDRESS = st.builds(lambda local, host: f"{local}@{host}.example", LOCAL, st.sampled_from(["mail", "x-y", "a.b"]))
MSG_ID = st.builds(lambda local, host: f"{local}@{host}", LOCAL, st.sampled_from(["mail.example", "h.example.org"]))


def _templates(root: Path) -> Renderer:
    for language in ("en", "zh"):
        (root / language).mkdir(parents=True, exist_ok=True)
        (root / language / "prop.txt.j2").write_text("Subject: {{ subject }}\n{{ body }}", encoding="utf-8")
        (root / language / "prop.html.j2").write_text("{{ html }}", encoding="utf-8")
        (root / language / "bare.txt.j2").write_text("Subject: {{ subject }}\n{{ body }}", encoding="utf-8")
    return Renderer(root)


@st.composite
def mails(draw: st.DrawFn) -> tuple[OutgoingMail, dict[str, Any], str | None]:
    html = draw(st.booleans())
    attachments = draw(
        st.lists(
            st.builds(
                Attachment,
                filename=st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != ""),
                content_type=st.sampled_from(["application/pdf", "text/plain", "image/png", "", "application/zip"]),
                payload=st.binary(max_size=400),
            ),
            max_size=2,
        )
    )
    mail = OutgoingMail(
        template="prop" if html else "bare",
        to=tuple(draw(st.lists(ADDRESS, min_size=1, max_size=3))),
        cc=tuple(draw(st.lists(ADDRESS, max_size=2))),
        language=draw(st.sampled_from(["en", "zh"])),
        context={"subject": " ".join(draw(WORDS)), "body": draw(TEXT), "html": draw(TEXT)},
        in_reply_to=draw(st.none() | MSG_ID),
        references=tuple(draw(st.lists(MSG_ID, max_size=25))),
        attachments=tuple(attachments),
    )
    context = {"sender_name": draw(st.text(max_size=40).filter(lambda s: "\r" not in s and "\n" not in s))}
    rma = draw(st.none() | st.just("RMA-2026-00007"))
    return mail, context, rma


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=mails())
def test_random_mails_are_written_as_the_message_path_writes_them(tmp_path: Path, case: Any) -> None:
    mail, context, rma = case
    renderer = _templates(tmp_path)
    rendered = renderer.render(
        mail, context, sender="service@example.com", message_id="m.0123@example.com", now=NOW, rma=rma
    )
    try:
        expected = rendered.message.as_bytes(policy=policy_for(rendered.subject))
    except ValueError as exc:  # a header the policy refuses (a file name with a line end): refused alike
        with pytest.raises(type(exc), match=re.escape(str(exc))):
            rendered.raw  # noqa: B018
        return
    raw = rendered.raw
    assert raw == expected

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    plain = msg.get_body(("plain",))
    assert plain is not None and plain.get_content() == rendered.text
    assert str(msg["Subject"]) == rendered.subject
    assert [a.addr_spec for a in msg["To"].addresses] == list(mail.to)
    assert str(msg["References"] or "").split() == [f"<{r}>" for r in mail.references[-20:]]
    html = msg.get_body(("html",))
    assert (html is not None) == bool(rendered.html)
    if html is not None and rendered.html is not None:
        assert html.get_content() == b"\n".join(rendered.html.encode().splitlines()).decode() + "\n"
    attached = [p.get_payload(decode=True) for p in msg.iter_attachments()]
    assert attached == [a.payload for a in mail.attachments]
    assert raw.count(b"\r") == 0  # LF line ends; lone CRs in a text became line ends
    parsed = mailparser.parse_from_bytes(raw)
    assert parsed.message_id == "<m.0123@example.com>"
    assert len(parsed.attachments) == len(mail.attachments)

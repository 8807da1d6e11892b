"""The bytes of the mails mailbot sends, written directly for the few shapes it sends.

Every outgoing mail is a text/plain part, alone or in a multipart/alternative with a text/html part,
optionally with attachments in a multipart/mixed around it (mailbot/mail/render.py). Building an
``EmailMessage`` for it (``set_content``, ``add_alternative``, each header parsed into an object) and
writing it with ``email.generator`` was more than half of the CPU spent rendering a mail. This module
writes the same bytes straight away:

- headers go through the same policy as the message (``MAIL_POLICY.header_store_parse``, then the
  writing policy's ``fold_binary``), so a non-ASCII display name or subject is encoded (RFC 2047, every
  space kept: mailbot/mail/headercache.py) and a long References folded exactly as the generator does;
  the headers that are always the same (the parts' Content-Type and Content-Transfer-Encoding,
  MIME-Version, Content-Language…) are folded once;
- a text body gets the transfer encoding ``email.contentmanager`` picks for ``set_content(text)`` (7bit,
  8bit, quoted-printable or base64, from its line lengths and characters) and is encoded as it encodes it;
- parts are joined by their boundaries as ``email.generator`` joins them.

An attachment part is still made by the standard library (``set_content(bytes, …)`` and the generator):
they are rare (a staff member's command with a file) and their base64 costs the same either way.

Lines end in LF, as the outbox has always stored them; the SMTP transport turns them into CRLF. The
differential tests (tests/mail/test_serialize*.py) hold these bytes to the ``EmailMessage`` path's.
"""

from __future__ import annotations

import binascii
import email.policy
import re
from collections.abc import Sequence
from email import quoprimime
from email.generator import BytesGenerator
from email.message import EmailMessage
from io import BytesIO
from typing import Any

from mailbot.mail.headercache import MAIL_POLICY, multipart_type
from mailbot.values import Attachment

# CPython folds a long ASCII subject right after "Subject:", which mail clients show with a leading
# space; ASCII headers may run to 998 characters (RFC 5322). Non-ASCII ones keep the 78-column
# folding so their encoded words stay within RFC 2047's 75 characters.
WIDE = MAIL_POLICY.clone(max_line_length=998)


def policy_for(subject: str) -> email.policy.EmailPolicy:
    """The policy a mail with ``subject`` is written with."""
    return WIDE if subject.isascii() else MAIL_POLICY


# The boundary render.py draws: 15 "=", 32 hex digits, "==". All such boundaries are as long and made of
# the same characters, so a header with one folds exactly as with any other (checked once, see _multipart).
BOUNDARY = re.compile(r"={15}[0-9a-f]{32}==")
_SAMPLE = "=" * 15 + "0" * 32 + "=="

# A body line the generator would cut: the contentmanager's limit is the message's policy (78), whatever
# policy the message is later written with.
_BODY_POLICY = MAIL_POLICY


def header(policy: email.policy.EmailPolicy, name: str, value: Any) -> bytes:
    """``Name: value`` as ``msg[name] = value`` and a BytesGenerator with ``policy`` write it."""
    return policy.fold_binary(*MAIL_POLICY.header_store_parse(name, value))


_FIXED: dict[tuple[int, str, str], bytes] = {}


def _fixed(policy: email.policy.EmailPolicy, name: str, value: str) -> bytes:
    """A header that recurs in every mail (a part's Content-Type, MIME-Version…), folded once per policy."""
    if policy is not WIDE and policy is not MAIL_POLICY:
        return header(policy, name, value)
    key = (id(policy), name, value)
    made = _FIXED.get(key)
    if made is None:
        made = _FIXED[key] = header(policy, name, value)
    return made


_MULTIPART: dict[tuple[int, str], tuple[bytes, bytes] | None] = {}


def _multipart(policy: email.policy.EmailPolicy, subtype: str, boundary: str) -> bytes:
    """``Content-Type: multipart/<subtype>; boundary="<boundary>"`` as written (the header render.py made)."""
    if BOUNDARY.fullmatch(boundary) and (policy is WIDE or policy is MAIL_POLICY):
        key = (id(policy), subtype)
        if key not in _MULTIPART:
            sample = policy.fold_binary("Content-Type", multipart_type(subtype, _SAMPLE))
            probe = "=" * 15 + "0123456789abcdef" * 2 + "=="
            real = policy.fold_binary("Content-Type", multipart_type(subtype, probe))
            before, found, after = sample.partition(_SAMPLE.encode())
            usable = found and sample.count(found) == 1 and before + probe.encode() + after == real
            _MULTIPART[key] = (before, after) if usable else None  # else: every boundary folded as it comes
        halves = _MULTIPART[key]
        if halves is not None:
            return halves[0] + boundary.encode("ascii") + halves[1]
    return policy.fold_binary("Content-Type", multipart_type(subtype, boundary))


def encode_text(text: str, policy: email.policy.EmailPolicy = _BODY_POLICY) -> tuple[str, bytes]:
    """(Content-Transfer-Encoding, body as written) of ``set_content(text)`` on a message with ``policy``.

    As ``email.contentmanager`` decides: the lines (split as ``bytes.splitlines`` splits, on LF, CR or
    CRLF) joined by LF; 7bit when every line fits and all is ASCII, 8bit when every line fits and the
    policy allows 8bit; otherwise quoted-printable or base64, whichever the first ten lines make shorter."""
    width = policy.max_line_length
    assert width is not None  # mails are written folded (MAIL_POLICY's 78 columns)
    lines = text.encode("utf-8").splitlines()
    longest = max((len(line) for line in lines), default=0)
    if longest <= width:
        body = b"\n".join(lines) + b"\n"
        if body.isascii():
            return "7bit", body
        if policy.cte_type == "8bit":
            return "8bit", body
    sniff = b"\n".join(lines[:10]) + b"\n"
    sniff_qp = quoprimime.body_encode(sniff.decode("latin-1"), width)
    if len(sniff_qp) > len(binascii.b2a_base64(sniff)):
        data = b"\n".join(lines) + b"\n"
        step = width // 4 * 3
        return "base64", b"".join(binascii.b2a_base64(data[i : i + step]) for i in range(0, len(data), step))
    if len(lines) <= 10:
        return "quoted-printable", sniff_qp.encode("ascii")
    whole = (b"\n".join(lines) + b"\n").decode("latin-1")
    return "quoted-printable", quoprimime.body_encode(whole, width).encode("ascii")


def _text_part(policy: email.policy.EmailPolicy, subtype: str, text: str, own_version: bool) -> list[bytes]:
    """A text part's headers and body (``own_version``: the MIME-Version ``add_alternative`` gives a part)."""
    cte, body = encode_text(text)
    out = [
        _fixed(policy, "Content-Type", f'text/{subtype}; charset="utf-8"'),
        _fixed(policy, "Content-Transfer-Encoding", cte),
    ]
    if own_version:
        out.append(_fixed(policy, "MIME-Version", "1.0"))
    out += [b"\n", body]
    return out


def attachment_part(att: Attachment) -> EmailMessage:
    """The part ``add_attachment(att.payload, maintype, subtype, filename=att.filename)`` adds."""
    maintype, _, subtype = att.content_type.partition("/")
    part = EmailMessage(policy=MAIL_POLICY)
    part.set_content(
        att.payload, maintype=maintype or "application", subtype=subtype or "octet-stream", filename=att.filename
    )
    if "content-disposition" not in part:
        part["Content-Disposition"] = "attachment"
    return part


def _generated(part: EmailMessage, policy: email.policy.EmailPolicy) -> bytes:
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=policy).flatten(part, unixfrom=False, linesep="\n")
    return out.getvalue()


def _joined(boundary: str, parts: list[bytes]) -> bytes:
    """A multipart's body as the generator writes it: each part after its boundary line, then the last."""
    mark = b"--" + boundary.encode("ascii")
    return mark + b"\n" + (b"\n" + mark + b"\n").join(parts) + b"\n" + mark + b"--\n"


def serialize(
    headers: Sequence[tuple[str, Any]],
    text: str,
    html: str | None,
    attachments: Sequence[Attachment],
    language: str,
    boundaries: Sequence[str],
    policy: email.policy.EmailPolicy,
) -> bytes:
    """The mail render.py describes, as ``EmailMessage.as_bytes(policy=policy)`` writes the message it builds.

    ``headers``: the top headers in order (From … X-Auto-Response-Suppress), as given to ``msg[name]``;
    ``boundaries``: the multipart/alternative one (when ``html``), then the multipart/mixed one (when
    ``attachments``)."""
    if policy.linesep != "\n":
        raise ValueError("mails are written with LF line ends (the SMTP transport makes them CRLF)")
    out = [header(policy, name, value) for name, value in headers]
    drawn = iter(boundaries)
    if not html and not attachments:
        cte, body = encode_text(text)
        out += [
            _fixed(policy, "Content-Type", 'text/plain; charset="utf-8"'),
            _fixed(policy, "Content-Transfer-Encoding", cte),
            _fixed(policy, "MIME-Version", "1.0"),
            _fixed(policy, "Content-Language", language),
            b"\n",
            body,
        ]
        return b"".join(out)
    inner = b"".join(_text_part(policy, "plain", text, own_version=False))
    if html:
        boundary = next(drawn)
        body = _joined(boundary, [inner, b"".join(_text_part(policy, "html", html, own_version=True))])
        kind = "alternative"
        if attachments:  # the alternative becomes the first part of the mixed
            inner = _multipart(policy, kind, boundary) + b"\n" + body
    if attachments:
        boundary = next(drawn)
        body = _joined(boundary, [inner, *(_generated(attachment_part(att), policy) for att in attachments)])
        kind = "mixed"
    out += [
        _fixed(policy, "MIME-Version", "1.0"),
        _multipart(policy, kind, boundary),
        _fixed(policy, "Content-Language", language),
        b"\n",
        body,
    ]
    return b"".join(out)

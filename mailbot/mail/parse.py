"""Raw mail bytes → InboundMail; the only module that touches mail-parser."""

from __future__ import annotations

import email
import hashlib
import logging
import re
from dataclasses import replace
from datetime import UTC, datetime
from email.header import Header, decode_header
from email.headerregistry import AddressHeader
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import mailparser
from flufl.bounce import all_failures
from mailparser.exceptions import MailParserError

from mailbot.mail.text import (
    decode_bytes,
    decode_header_value,
    html_to_text,
    sanitise_filename,
)
from mailbot.values import Address, Attachment, InboundMail

MAX_DEPTH = 12  # deeper MIME nesting is ignored (recorded as a defect), never followed
_HEADER_LINE = re.compile(rb"^(From |[!-9;-~]+:)")  # a header field name, or an mbox "From " line
_MSGID = re.compile(r"<([^<>\s]+)>")
_T = TypeVar("_T")
_ANGLE = re.compile(r"<([^<>\s]+)>")
# What we accept as an address to read and to answer: one @, no spaces, quotes or control characters.
_ADDR_SPEC = re.compile(r"[^@\s\"<>()\[\],;:\\\x00-\x1f\x7f]+@[^@\s\"<>()\[\],;:\\\x00-\x1f\x7f]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_ADDRESS_HEADER = 256_000  # characters of one address header read (longer lists are cut between addresses)
_OBS_COLON = re.compile(rb"^([!-9;-~]+)[ \t]+:", re.MULTILINE)  # RFC 5322 obs-optional: "Subject :"
_BOM = b"\xef\xbb\xbf"
_HOST = re.compile(r"(?:[\w-]+\.)+[\w-]{2,}\.?")
MAX_BOUNCE_BYTES = 512 * 1024
_SYSTEM_LOCALPART = re.compile(r"daemon|postmaster|mailer|bounce|no-?reply|mail-?system|smtp|relay|admin", re.I)
_BOUNCE_WORDS = re.compile(
    r"undeliver|not (be )?delivered|delivery (status|failure|has failed|failed|notification|problem|error)|"
    r"returned mail|returning message|failure notice|non-?delivery|permanent (fatal )?error|fatal error|"
    r"qmail-send|mail system|user unknown|unknown user|no such (user|mailbox)|mailbox (unavailable|full)|"
    r"failed recipient|could not deliver|delivery to the following|delayed|mail delivery",
    re.I,
)
# mail-parser logs every part type it does not know at WARNING; we keep its defects instead.
logging.getLogger("mailparser").setLevel(logging.ERROR)
# flufl.bounce logs every detector that raises with a traceback; we treat that as "no answer".
logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)
log = logging.getLogger(__name__)


class MalformedMail(Exception):
    """The bytes are not a mail at all (no header block, nothing decodable)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def parse(data: bytes) -> InboundMail:
    """Parse one mail leniently; raise MalformedMail only when there is no mail to speak of."""
    if not data or not data.strip():
        raise MalformedMail("empty input")
    original, data = data, _readable(data)
    if not _HEADER_LINE.match(data.lstrip(b"\r\n")[:1000]):
        raise MalformedMail("no header block: the first line is not a mail header")
    defects: list[str] = []
    try:
        message = mailparser.MailParser.from_bytes(data).message
    except (MailParserError, RecursionError) as exc:
        # Too deep for the full parser: keep the headers and treat the body as plain text.
        defects.append(f"structure not parsed: {exc}")
        message = BytesHeaderParser().parsebytes(data)
        message.set_payload(_body_bytes(data).decode("utf-8", "replace"))
    except Exception as exc:
        defects.append(f"mail-parser failed ({type(exc).__name__}: {exc}); read with the standard parser")
        message = email.message_from_bytes(data)
    if message is None or not message.keys():
        raise MalformedMail("no header fields could be read")
    try:
        mail = _convert(message, data, defects, key_basis=original)
    except RecursionError as exc:
        raise MalformedMail(f"unreadable: structure too deep ({exc})") from exc
    except Exception as exc:
        # A parser corner we have not met yet: the mail is quarantined with this reason, the run goes on.
        raise MalformedMail(f"unreadable: {type(exc).__name__}: {exc}") from exc
    failures = _bounce_failures(message, mail, len(data))
    return replace(mail, bounce_failures=failures) if failures else mail


def _readable(data: bytes) -> bytes:
    """Undo what ends a header block early: a UTF-8 BOM, CR CR LF line ends, a space before the colon."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if b"\r\r\n" in data:
        data = data.replace(b"\r\r\n", b"\r\n")
    head, sep, body = _split_head(data)
    if sep and _OBS_COLON.search(head):
        data = _OBS_COLON.sub(rb"\1:", head) + sep + body
    return data


def _split_head(data: bytes) -> tuple[bytes, bytes, bytes]:
    """The header block, the blank line after it and the body; no blank line: all head."""
    ends = [(data.find(sep), sep) for sep in (b"\r\n\r\n", b"\n\n") if sep in data]
    if not ends:
        return data, b"", b""
    index, sep = min(ends)
    return data[:index], sep, data[index + len(sep) :]


def _may_be_bounce(mail: InboundMail) -> bool:
    """A cheap first look: a machine-like sender, a delivery-report subject or wording near the top."""
    local = mail.sender.email.partition("@")[0] if mail.sender else ""
    return (
        not local
        or bool(_SYSTEM_LOCALPART.search(local))
        or mail.content_type == "multipart/report"
        or bool(_BOUNCE_WORDS.search(mail.subject))
        or bool(_BOUNCE_WORDS.search(mail.text[:4000]))
    )


def _bounce_failures(message: Message, mail: InboundMail, size: int) -> tuple[tuple[str, bool], ...]:
    """What Mailman's bounce detectors (flufl.bounce) read in ``message``: ``(address, permanent)``.

    They know the free-text formats of many mail systems that send no RFC 3464 report. They
    expect tidy headers, so they get text values and our reading of From; a detector that still
    fails costs nothing but its answer. Only real addresses are kept (uuencoded junk can match).
    """
    if size > MAX_BOUNCE_BYTES or not _may_be_bounce(mail):
        return ()  # the detectors read every line with dozens of patterns: only where a bounce is likely
    items = [
        (name, (mail.sender.email if mail.sender else "") if name.lower() == "from" else decode_header_value(value))
        for name, value in message.items()
    ]
    for name in {name for name, _ in items}:
        del message[name]
    for name, value in items:
        message[name] = value
    try:
        temporary, permanent = all_failures(message)
    except Exception as exc:
        log.debug("bounce detectors gave up on %s: %s", mail.message_id, exc)
        return ()
    found: dict[str, bool] = {}
    for raw, is_permanent in [*((a, False) for a in temporary), *((a, True) for a in permanent)]:
        address = raw.decode("utf-8", "replace").strip().strip("<>").lower()
        if _ADDR_SPEC.fullmatch(address) and _HOST.fullmatch(address.rsplit("@", 1)[1]):
            found[address] = found.get(address, False) or is_permanent
    return tuple(sorted(found.items()))


def _body_bytes(data: bytes) -> bytes:
    """Everything after the first blank line (the body as it travelled)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        _head, found, body = data.partition(sep)
        if found:
            return body
    return b""


def _convert(
    message: Message, raw: bytes, defects: list[str], depth: int = 0, key_basis: bytes | None = None
) -> InboundMail:
    headers = tuple((str(name).lower(), decode_header_value(value)) for name, value in message.items())
    hdr: dict[str, str] = {}
    for name, value in headers:
        hdr.setdefault(name, value)
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    forwarded: list[InboundMail] = []
    _walk(message, plain, html, attachments, forwarded, defects, depth)
    defects.extend(type(d).__name__ for d in getattr(message, "defects", []))
    html_text = "\n".join(html)
    text = "\n\n".join(p for p in plain if p.strip()) or (html_to_text(html_text) if html_text else "")
    return InboundMail(
        message_id=_message_id(hdr, raw if key_basis is None else key_basis),
        subject=" ".join(hdr.get("subject", "").split()),
        sender=_first(_addresses(_raw_values(message, "from")[:1])),
        to=_addresses(_raw_values(message, "to")),
        cc=_addresses(_raw_values(message, "cc")),
        reply_to=_addresses(_raw_values(message, "reply-to")[:1]),
        date=_date(hdr.get("date")),
        in_reply_to=_first(_ids(hdr.get("in-reply-to", ""))),
        references=_ids(hdr.get("references", "")),
        headers=headers,
        text=text,
        html=html_text,
        attachments=tuple(attachments),
        content_type=message.get_content_type().lower(),
        raw_size=len(raw),
        forwarded=tuple(forwarded),
        defects=tuple(dict.fromkeys(defects)),
    )


def _walk(
    part: Message,
    plain: list[str],
    html: list[str],
    attachments: list[Attachment],
    forwarded: list[InboundMail],
    defects: list[str],
    depth: int,
) -> None:
    """Collect body text, attachments and attached mails; iterative over siblings, bounded in depth."""
    if depth > MAX_DEPTH:
        defects.append("MIME nesting too deep; inner parts ignored")
        return
    part = _with_plain_type_headers(part)
    ctype = part.get_content_type().lower()
    if ctype == "message/delivery-status" and isinstance(part.get_payload(), list):
        # A bounce's status fields, one block per recipient: kept whole for mailbot.mail.dsn.
        blocks = b"\n".join(block.as_bytes() for block in part.get_payload() if isinstance(block, Message))
        attachments.append(Attachment("delivery-status.txt", ctype, blocks))
        return
    if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
        _attached_mail(part, attachments, forwarded, defects, depth)
        return
    if ctype.startswith("multipart/") and not part.is_multipart():
        # Declared multipart but no boundary found: the body is all there is, read it as text.
        raw_body = part.get_payload()
        if isinstance(raw_body, str):
            plain.append(decode_bytes(raw_body.encode("utf-8", "surrogateescape"), part.get_content_charset()))
        return
    if part.is_multipart():
        payload = part.get_payload()
        for sub in payload if isinstance(payload, list) else []:
            if isinstance(sub, Message):
                _walk(sub, plain, html, attachments, forwarded, defects, depth + 1)
        return
    disposition = (part.get_content_disposition() or "").lower()
    filename = _filename(part)
    raw = _payload(part)
    if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
        text = decode_bytes(raw, part.get_content_charset())
        (html if ctype == "text/html" else plain).append(text)
        return
    if ctype.startswith("text/") and not filename and disposition != "attachment" and ctype != "text/rfc822-headers":
        plain.append(decode_bytes(raw, part.get_content_charset()))
        return
    name = sanitise_filename(filename or "", fallback=f"part-{len(attachments) + 1}")
    attachments.append(Attachment(name, ctype, raw, inline=disposition == "inline"))


def _with_plain_type_headers(part: Message) -> Message:
    """``part`` with a Content-Type or Content-Disposition written whole as RFC 2047 encoded words decoded.

    Some webmail and form plugins encode the whole header value (``=?utf-8?b?aW1hZ2UvanBlZzsg...?=`` for
    ``image/jpeg; name="..."``). Read as written, the type is invalid, which RFC 2045 makes text/plain, and a
    picture's bytes would be taken for the mail's text. Encoded words are not allowed there, so a value that
    decodes to a valid type is what the sender meant. Only single (non-multipart) parts are rewritten.
    """
    if part.is_multipart():
        return part
    for name in ("Content-Type", "Content-Disposition"):
        value = part.get(name)
        if not isinstance(value, str) or not value.lstrip().startswith("=?"):
            continue
        decoded = decode_header_value(value).strip()
        if not decoded or decoded.startswith("=?") or (name == "Content-Type" and "/" not in decoded.split(";")[0]):
            continue
        # The default type needs no reset: it is text/plain except in a multipart/digest, whose entries
        # without a Content-Type the parser has already read as attached mails (multipart, left alone above).
        part.replace_header(name, decoded)
    return part


def _attached_mail(
    part: Message, attachments: list[Attachment], forwarded: list[InboundMail], defects: list[str], depth: int
) -> None:
    inner = part.get_payload()
    inner_msg = inner[0] if isinstance(inner, list) and inner else None
    if not isinstance(inner_msg, Message):
        return
    try:
        data = inner_msg.as_bytes()
    except Exception:
        data = b""
    fwd = _convert(inner_msg, data, [], depth + 1)
    forwarded.append(fwd)
    name = sanitise_filename(_filename(part) or "", fallback=f"forwarded-{len(forwarded)}.eml")
    attachments.append(Attachment(name, "message/rfc822", data))


def _payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    return decode_header_value(name) if name else None


def _raw_values(message: Message, name: str) -> list[str]:
    """Every value of header ``name`` as it travelled: encoded words NOT decoded (8-bit bytes are)."""
    out = []
    for value in message.get_all(name) or []:
        if isinstance(value, Header):  # raw 8-bit bytes wrapped by the parser
            text = "".join(decode_bytes(c, None) if isinstance(c, bytes) else c for c, _ in decode_header(value))
        else:
            text = str(value)
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:  # raw 8-bit bytes kept as surrogates
                text = decode_bytes(text.encode("utf-8", "surrogateescape"), None)
        if len(text) > MAX_ADDRESS_HEADER:  # cut between two addresses, never inside one
            text = text[:MAX_ADDRESS_HEADER].rsplit(",", 1)[0]
        out.append(text)
    return out


def _addresses(values: list[str]) -> tuple[Address, ...]:
    """The mailboxes of address headers, parsed by the stdlib's RFC 5322 parser before any decoding.

    The address comes only from the addr-spec; the display name is decoded afterwards and never
    read for an address, so an encoded ``sales@company`` or an encoded CR/LF in a name stays a name.
    """
    out: list[Address] = []
    for value in values:
        try:
            tree = AddressHeader.value_parser(value)
            mailboxes = list(tree.all_mailboxes)
        except Exception:  # the stdlib parser on hostile input: no address rather than a crash
            continue
        for box in mailboxes:
            found = _mailbox(box)
            if found is not None:
                out.append(found)
    return tuple(out)


def _mailbox(box: Any) -> Address | None:
    if box.token_type == "mailbox":
        addr, name = box.addr_spec, _display_name(box)
    else:
        # An invalid mailbox: only ``words <one@address>`` is still read (e.g. an unquoted
        # ``a@b <c@d>``), the address taken from the angle brackets alone.
        angles = _ANGLE.findall(str(box))
        if len(angles) != 1:
            return None
        addr = angles[0]
        name = _clean_name(decode_header_value(str(box).split("<", 1)[0]))
    addr = addr.strip().lower()
    if not _ADDR_SPEC.fullmatch(addr):
        return None
    return Address(name, addr)


def _display_name(box: Any) -> str:
    """The decoded display name; encoded words in a wrong charset are decoded again with recovery."""
    name = box.display_name or ""
    if any("\udc80" <= ch <= "\udcff" for ch in name):
        for word in _encoded_words(box):
            bad = "".join(str(t) for t in word if t.token_type == "vtext")
            try:
                good = decode_bytes(bad.encode(word.charset or "ascii", "surrogateescape"), word.charset)
            except (LookupError, UnicodeError):
                continue
            name = name.replace(bad, good)
    return _clean_name(name)


def _encoded_words(token: Any) -> list[Any]:
    found: list[Any] = []
    for child in token:
        if getattr(child, "token_type", "") == "encoded-word":
            found.append(child)
        elif isinstance(child, list):
            found.extend(_encoded_words(child))
    return found


def _clean_name(name: str) -> str:
    """No control character (CR, LF, NUL...) and no undecodable byte survives into a name."""
    name = _CONTROL.sub(" ", name)
    name = "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in name)
    return " ".join(name.split())


def _first(items: tuple[_T, ...]) -> _T | None:
    return items[0] if items else None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _message_id(hdr: dict[str, str], raw: bytes) -> str:
    value = hdr.get("message-id", "")
    found = _MSGID.search(value)
    bare = value.strip().strip("<>").split()
    mid = found.group(1) if found else bare[0] if bare else ""
    if mid:
        return _storable_id(mid)
    # No Message-ID: key the mail by all of its bytes. Any part of it alone (the From line, a body the
    # parser could not find) is shared by different mails, and the later ones would be dropped as duplicates.
    return f"mailbot-{hashlib.sha256(raw).hexdigest()[:32]}@local"


def _ids(value: str) -> tuple[str, ...]:
    return tuple(_storable_id(mid) for mid in _MSGID.findall(value))


def _storable_id(mid: str) -> str:
    """A Message-ID fit for a database key: as written, or a stable stand-in for one that is over the
    998 characters RFC 5322 allows or holds control characters (PostgreSQL refuses a NUL byte)."""
    if len(mid) <= 998 and mid.isprintable():
        return mid
    return f"mailbot-{hashlib.sha256(mid.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}@unstorable"

"""An e-mail policy that makes and folds the same header once, for the mails we build ourselves.

The standard library's ``email.policy.default`` builds a new Python class for every header it parses
(``HeaderRegistry.__getitem__`` calls ``type()`` each time), parses the value, and folds it again on every
``as_bytes``. A reminder sweep writes hundreds of mails whose headers are mostly the same (From, Date,
Auto-Submitted, the parts' Content-Type and Content-Transfer-Encoding): that was most of the time spent
rendering a mail. This policy keeps one class per header name, one parsed header per (name, value), and
one folded line per (policy, header): the bytes are those ``email.policy.default`` writes, but for a
Subject and an address header with a non-ASCII display name, which are written so that every space of
the text reads back (see "subjects and display names" below).

Header objects are immutable (a ``str`` with its parse tree), so sharing one between messages is safe;
a message changes a header by replacing it, never in place.

The headers unique to each mail (To, Subject, Message-ID, In-Reply-To, References) gain nothing from a
cache: for those, a value made only of the characters below is kept as the plain string it is. For such
a value the parse tree prints back as the value itself, so ``email.policy.default`` writes
``Name: value`` when that fits on a line; ``EmailPolicy`` writes a plain string the same way when it
fits, and parses and folds it like any other header when it does not. Reading the header back
(``msg["To"]``) parses it then, as for a received mail. Anything else (a display name, a non-ASCII
subject, an encoded word, a comment) takes the parsing path.
"""

from __future__ import annotations

import binascii
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email import utils
from email.headerregistry import BaseHeader, HeaderRegistry, UniqueAddressHeader, UniqueUnstructuredHeader
from email.policy import EmailPolicy
from email.utils import format_datetime
from typing import Any, cast

# Parsed headers and folded lines kept: the recurring ones (From, Auto-Submitted, the parts' Content-Type…,
# a few dozen), not every Message-ID ever made. A kept header holds its parse tree, some 8 KiB: 4,096 of
# them were ~30 MiB held by a `once` pass once it had written a thousand mails, its peak RSS growing with
# the number of mails until the cache first filled up.
MAX_KEPT = 256


# RFC 5322 atext, and dot-atoms of it: nothing the address and message-id parsers would quote, decode,
# drop or mark as a defect. "=?" (an encoded word's start) is refused separately, see _plain.
_DOT_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_ADDRESS = f"{_DOT_ATOM}@{_DOT_ATOM}"
_MSG_ID = f"<{_DOT_ATOM}@{_DOT_ATOM}>"
_PLAIN = {
    "to": re.compile(f"{_ADDRESS}(?:, {_ADDRESS})*"),
    "cc": re.compile(f"{_ADDRESS}(?:, {_ADDRESS})*"),
    "subject": re.compile(r"[!-~]+(?: [!-~]+)*"),  # printable ASCII words, single spaces
    "message-id": re.compile(_MSG_ID),
    "in-reply-to": re.compile(_MSG_ID),
    "references": re.compile(f"{_MSG_ID}(?: {_MSG_ID})*"),
}


def _plain(name: str, value: object) -> bool:
    """Whether ``value`` is written as given by ``email.policy.default`` whenever it fits on a line."""
    if type(value) is not str or "=?" in value:
        return False
    pattern = _PLAIN.get(name.lower())
    return pattern is not None and pattern.fullmatch(value) is not None


# --- subjects and display names written so that every space survives ------------------------------

# The standard library folds a long non-ASCII subject into encoded words (RFC 2047) and puts the space
# between two words that land in different encoded words *between* them, as folding whitespace. A reader
# drops whitespace between adjacent encoded words (RFC 2047 §6.2), so "Größe 测试" came back "Größe测试".
# Here every space of the text is either inside an encoded word (``=?utf-8?q?Gr=C3=B6=C3=9Fe_?=``) or a
# single space between two plain words; the only other whitespace written is the one space that separates
# two encoded words, or an encoded word from a plain word, which readers drop or keep as the RFC says.
#
# A fold (line break) is made only between two encoded words or between two plain words: mail-parser
# (email.header.decode_header) strips the indentation of each line, so a break between a plain word and an
# encoded word would lose the space there. A plain word that would need such a break is encoded instead.
# Encoded words are at most 75 characters and a line holding one at most 76 (RFC 2047 §2); a line of
# plain words only folds at the policy's width. Each encoded word takes Q, or B where that is clearly shorter.

_EW_SPAN = len("=?utf-8?q?") + len("?=")
# Characters a Q-encoded word may carry as themselves wherever it stands (in a phrase too, RFC 2047 §5(3)).
_Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
_WORD_TEXT = re.compile(r"[!-~]+")  # a word of an unstructured header written as itself
# An encoded word may end a line at most this long (RFC 2047 §2).
_EW_LINE = 76


def _q_cost(ch: str) -> tuple[int, int]:
    """(length in Q, length in UTF-8 bytes) of one character."""
    data = ch.encode("utf-8", "surrogatepass")
    return sum(1 if b in _Q_SAFE or b == 0x20 else 3 for b in data), len(data)


def _ew_length(q: int, size: int) -> int:
    """The length of the encoded word of a text ``q`` long in Q and ``size`` bytes long (see encoded_word)."""
    b = (size + 2) // 3 * 4
    return _EW_SPAN + (q if q - b < 5 else b)


def encoded_word(text: str) -> str:
    """``text`` as one encoded word: Q, which a person can still read, unless B is 5 or more shorter (the
    standard library's choice)."""
    data = text.encode("utf-8")
    q = "".join(chr(b) if b in _Q_SAFE else "_" if b == 0x20 else f"={b:02X}" for b in data)
    b64 = binascii.b2a_base64(data, newline=False).decode("ascii")
    return f"=?utf-8?q?{q}?=" if len(q) - len(b64) < 5 else f"=?utf-8?b?{b64}?="


def _fit(text: str, start: int, width: int, backwards: bool = False) -> int:
    """How many characters of ``text`` from ``start`` (or, ``backwards``, at its end and not before
    ``start``) the longest encoded word of at most ``width`` holds."""
    q = size = best = 0
    for count, ch in enumerate(reversed(text[start:]) if backwards else text[start:], 1):
        dq, dsize = _q_cost(ch)
        q, size = q + dq, size + dsize
        if _EW_SPAN + min(q, (size + 2) // 3 * 4) > width:
            break  # neither Q nor B of a longer text fits
        if _ew_length(q, size) <= width:
            best = count  # a word that turns from Q to B can be shorter than the one before it
    return best


@dataclass
class _Item:
    """A plain word, or a text written as encoded words; one space is written before each item."""

    plain: bool
    text: str
    free: bool = False  # a line may break before it whatever comes before (a new address, an angle-addr)
    encodable: bool = True  # a plain item that may become an encoded one (not an address)
    phrase: bool = False  # a display name: one encoded word where it can, else words cut at spaces


def _glued(items: list[_Item], i: int) -> bool:
    """Whether no line may break between item ``i - 1`` and item ``i``."""
    return i == 0 or (not items[i].free and items[i - 1].plain != items[i].plain)


def _layout(name: str, items: list[_Item], width: int, linesep: str) -> str | int:
    """The header folded, or the index of a plain item that must be encoded for it to fold."""
    ew_width = min(_EW_LINE, width)
    lines: list[str] = []
    line, with_ew = f"{name}:", False
    for i, item in enumerate(items):
        after = i + 1 < len(items) and _glued(items, i + 1)  # the next item must follow on this line
        if item.plain:
            need = want = 0
            if after and items[i + 1].text:
                # Room for the next text's first encoded word: one character at least, the whole text
                # if it fits one word and this word can move to the next line to make room for it.
                need = 1 + _ew_length(*_q_cost(items[i + 1].text[0]))
                whole = len(encoded_word(items[i + 1].text))
                want = 1 + whole if whole <= 75 and not _glued(items, i) else need
            limit = ew_width if (with_ew or after) else width
            if len(line) + 1 + len(item.text) + want <= limit:
                line += " " + item.text
                continue
            limit = ew_width if after else width
            if want > need and 1 + len(item.text) + want <= limit:
                lines.append(line)
                line, with_ew = " " + item.text, False
                continue
            if len(line) + 1 + len(item.text) + need <= (ew_width if (with_ew or after) else width):
                line += " " + item.text
                continue
            if not _glued(items, i) and (1 + len(item.text) + need <= limit or not item.encodable):
                lines.append(line)
                line, with_ew = " " + item.text, False
                continue
            if not item.encodable:  # an address that does not fit: a longer line (RFC 5322 allows 998)
                line += " " + item.text
                continue
            return i
        text, pos, first = item.text, 0, True
        tail_room = 1 + len(items[i + 1].text) if after else 0  # " word" after the last encoded word
        while pos < len(text):
            room = min(75, ew_width - len(line) - 1)
            take = _fit(text, pos, room)
            if item.phrase and pos + take < len(text):
                # The standard library reads a space between two encoded words of a display name (where
                # RFC 2047 reads none): a name goes whole on a line of its own where it fits one word,
                # and is otherwise cut after a space, so that such a reader only sees that space doubled.
                if first and not _glued(items, i) and _fit(text, pos, 75) == len(text) - pos:
                    take = 0
                elif " " in text[pos + 1 : pos + take]:
                    take = text.rindex(" ", pos + 1, pos + take) + 1 - pos
            if pos + take == len(text) and tail_room and _fit(text, pos, room - tail_room) < take:
                # The rest fits here but not with the plain word after it: its end goes to a line of
                # its own with that word.
                tail = _fit(text, pos, min(75, ew_width - 1 - tail_room), backwards=True)
                if tail == 0 or (tail == take and ((first and _glued(items, i)) or not line)):
                    return i + 1
                take -= tail
                if take:
                    line += " " + encoded_word(text[pos : pos + take])
                    pos += take
                lines.append(line)
                line, with_ew = "", False
                first = False
                continue
            if take == 0 and not line:
                take = 1  # a line too narrow for any encoded word (a policy of a few columns): one character
            if take == 0:
                if first and _glued(items, i) and i > 0:
                    return i - 1  # cannot happen: a plain word before keeps room for one character
                lines.append(line)
                line, with_ew = "", False
                first = False
                continue
            line += " " + encoded_word(text[pos : pos + take])
            with_ew, pos, first = True, pos + take, False
            if pos < len(text):
                lines.append(line)
                line, with_ew = "", False
    lines.append(line)
    return linesep.join(lines) + linesep


def _merged(items: list[_Item], i: int) -> list[_Item]:
    """``items`` with plain item ``i`` encoded, joined to the encoded text on either side of it."""
    start, end, text = i, i + 1, items[i].text
    if i > 0 and not items[i - 1].plain and not items[i].free:
        start, text = i - 1, items[i - 1].text + " " + text
    if end < len(items) and not items[end].plain and not items[end].free:
        text, end = text + " " + items[end].text, end + 1
    return [*items[:start], _Item(False, text, items[start].free), *items[end:]]


def _words(text: str) -> list[_Item]:
    """``text`` as items: words written plain where they may be, the rest (and every space that is not
    the single space between two items) in encoded text."""
    pieces = re.split("( +)", text)
    words, gaps = pieces[0::2], pieces[1::2]
    plain = [bool(w) and "=?" not in w and _WORD_TEXT.fullmatch(w) is not None for w in words]
    if gaps and not words[0]:
        plain[1] = False  # leading spaces travel inside the first word's encoding
    if gaps and not words[-1]:
        plain[-2] = False  # and trailing ones inside the last's
    items = [_Item(plain[0], words[0])]
    for j, gap in enumerate(gaps):
        nxt = words[j + 1]
        last = items[-1]
        if last.plain and plain[j + 1] and len(gap) > 1:
            plain[j + 1] = False  # runs of spaces travel encoded
        if last.plain and plain[j + 1]:
            items.append(_Item(True, nxt))
        elif last.plain:
            items.append(_Item(False, gap[1:] + nxt))
        elif plain[j + 1]:
            last.text += gap[:-1]
            items.append(_Item(True, nxt))
        else:
            last.text += gap + nxt
    return items


def _folded(name: str, items: list[_Item], policy: EmailPolicy) -> str:
    width = policy.max_line_length or sys.maxsize
    while True:
        done = _layout(name, items, width, policy.linesep)
        if isinstance(done, str):
            return done
        items = _merged(items, done)


def fold_text(name: str, value: str, policy: EmailPolicy) -> str:
    """``Name: value`` folded for ``policy``, an unstructured header (Subject) whose every character and
    space reads back: by ``email.policy.default``, ``decode_header``/``make_header`` and mail-parser."""
    if (
        _PLAIN["subject"].fullmatch(value)
        and "=?" not in value
        and len(name) + 2 + len(value) <= (policy.max_line_length or sys.maxsize)
    ):
        return f"{name}: {value}{policy.linesep}"
    return _folded(name, _words(value), policy)


class TextHeader(UniqueUnstructuredHeader):
    """A Subject set on a mail we send: its text exactly as given (an ``=?…?=`` in it is text, not an
    encoded word to decode), folded by ``fold_text``."""

    @classmethod
    def made(cls, name: str, value: str) -> Any:
        """The header for ``value`` taken as text (``cls`` is the class the registry made, with BaseHeader)."""
        if utils._has_surrogates(value):  # type: ignore[attr-defined]
            value = utils._sanitize(value)  # type: ignore[attr-defined]
        header: Any = str.__new__(cast(Any, cls), value)
        header.init(name, parse_tree=None, defects=[])
        return header

    def fold(self, *, policy: Any) -> str:
        name = cast(Any, self).name
        if policy.utf8:  # UTF-8 headers (RFC 6532) need no encoded words: the standard library's way
            if cast(Any, self)._parse_tree is None:
                return cast(str, policy.header_factory(name, str(self)).fold(policy=policy))
            return cast(str, cast(Any, super()).fold(policy=policy))
        return fold_text(name, str(self), policy)


class AddressesHeader(UniqueAddressHeader):
    """From, To or Cc of a mail we send, parsed as the standard library parses it; a non-ASCII display
    name is written in encoded words that keep its spaces (the standard library's folding lost them, and
    wrote an ASCII word of a name that needed quoting or was a comment as a bare atom)."""

    def fold(self, *, policy: Any) -> str:
        items = None if policy.utf8 else _address_items(self)
        if items is None:
            return cast(str, cast(Any, super()).fold(policy=policy))
        return _folded(cast(Any, self).name, items, policy)


def _address_items(header: Any) -> list[_Item] | None:
    """The items of an address list with a non-ASCII display name, or None when the standard library's
    writing is kept (ASCII names, groups, non-ASCII mailboxes, defects)."""
    if header.defects or any(g.display_name is not None for g in header.groups):
        return None
    addresses = header.addresses
    if not any(a.display_name and not a.display_name.isascii() for a in addresses):
        return None
    items: list[_Item] = []
    for n, address in enumerate(addresses):
        spec = address.addr_spec
        if not spec.isascii() or "\n" in spec or "\r" in spec:
            return None
        comma = "," if n + 1 < len(addresses) else ""
        name = address.display_name
        if not name:
            items.append(_Item(True, spec + comma, free=True, encodable=False))
            continue
        if name.isascii():
            items.append(_Item(True, str(address) + comma, free=True, encodable=False))
            continue
        # The whole name in encoded words: a reader of phrases like the standard library's reads a space
        # between two encoded words, so a name is best one encoded word, not atoms and words mixed.
        items.append(_Item(False, name, free=True, phrase=True))
        items.append(_Item(True, f"<{spec}>{comma}", free=True, encodable=False))
    return items


class _CachedRegistry(HeaderRegistry):
    """``HeaderRegistry`` with its header classes made once per name and its headers once per value."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type] = {}
        self._made: dict[tuple[str, str], Any] = {}
        # Defined below: how a Subject and the address headers are written (spaces kept).
        self.map_to_type("subject", TextHeader)
        for name in ("from", "to", "cc"):
            self.map_to_type(name, AddressesHeader)

    def map_to_type(self, name: str, cls: type) -> None:
        super().map_to_type(name, cls)
        self._classes.clear()
        self._made.clear()

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        cls = self._classes.get(key)
        if cls is None:
            cls = self._classes[key] = super().__getitem__(name)
        return cls

    def __call__(self, name: str, value: Any) -> Any:
        if not isinstance(value, str) or isinstance(value, BaseHeader):
            return self[name](name, value)
        key = (name, value)
        made = self._made.get(key)
        if made is None:
            if len(self._made) >= MAX_KEPT:
                self._made.clear()  # a sweep's worth of unique values must not grow without bound
            made = self._made[key] = self[name](name, value)
        return made


class CachedPolicy(EmailPolicy):
    """``EmailPolicy`` whose folding of a header it made itself is remembered (see the module docstring)."""

    def header_store_parse(self, name: str, value: Any) -> tuple[str, Any]:
        if _plain(name, value):
            return (name, value)  # kept as a string: written as is, or parsed if it must be folded
        if name.lower() == "subject" and type(value) is str:
            if len(value.splitlines()) > 1:
                raise ValueError("Header values may not contain linefeed or carriage return characters")
            # The text as given: parsing it would decode an "=?…?=" in it, which then reads back changed.
            return (name, cast(Any, self.header_factory)[name].made(name, value))
        if name.lower() == "date" and isinstance(value, datetime):
            # The Date header of a datetime is format_datetime's text (DateHeader.parse makes exactly
            # that and parses it as unstructured); each mail's own instant, so not worth a cache. Read
            # back, it is parsed from that text, so to the second, as the mail that is sent.
            return (name, format_datetime(value))
        return cast(tuple[str, Any], super().header_store_parse(name, value))

    def fold(self, name: str, value: str) -> str:
        return cast(str, self._remembered("str", name, value, super().fold))

    def fold_binary(self, name: str, value: str) -> bytes:
        return cast(bytes, self._remembered("bytes", name, value, super().fold_binary))

    def _remembered(self, kind: str, name: str, value: str, fold: Callable[[str, str], Any]) -> Any:
        if not isinstance(value, BaseHeader):
            return fold(name, value)  # a raw line of a parsed message: not ours to remember
        # The header object is the key (kept alive by the entry, so its id is not reused), with the
        # settings folding depends on: the same header folds differently at 78 and 998 columns.
        key = (kind, id(value), name, self.max_line_length, self.linesep, self.utf8, self.cte_type)
        kept = _FOLDED.get(key)
        if kept is not None and kept[0] is value:
            return kept[1]
        folded = fold(name, value)
        if len(_FOLDED) >= MAX_KEPT:
            _FOLDED.clear()
        _FOLDED[key] = (value, folded)
        return folded


_FOLDED: dict[tuple[Any, ...], tuple[BaseHeader, Any]] = {}

# email.policy.default with the caches: build outgoing messages with it (EmailMessage(policy=MAIL_POLICY)).
MAIL_POLICY = CachedPolicy(header_factory=_CachedRegistry())


# --- a multipart's Content-Type with a fresh boundary, without parsing it ----------------------------

# The boundary render.py draws: 15 "=", 32 hex digits, "==". Every such boundary parses into the same
# tree, one quoted string whose text is the boundary, so a tree parsed once for a sample boundary with
# that text swapped is the tree a parse would give. Parsing it was a fifth of rendering a mail.
_BOUNDARY = re.compile(r"={15}[0-9a-f]{32}==")
_SAMPLE = "=" * 15 + "0" * 32 + "=="
# subtype → (header parsed for _SAMPLE, where _SAMPLE sits in its tree), or None where it is refused
_TEMPLATES: dict[str, tuple[Any, tuple[int, ...]] | None] = {}


def _path(node: Any, text: str) -> tuple[int, ...] | None:
    """Where in a parse tree the terminal ``text`` is (child indices from the root), if it is there."""
    if isinstance(node, str):  # a terminal
        return () if node == text else None
    for index, child in enumerate(node):
        found = _path(child, text)
        if found is not None:
            return (index, *found)
    return None


def _swapped(node: Any, path: tuple[int, ...], text: str) -> Any:
    """A copy of the nodes along ``path`` with the terminal at its end made ``text``; the rest is shared
    (parse trees are not changed once made)."""
    if not path:
        terminal: Any = type(node)  # Terminal(value, token_type)
        return terminal(text, node.token_type)
    copied = type(node)(node)
    copied.__dict__.update(node.__dict__)  # a content type's maintype and subtype, the defects
    copied[path[0]] = _swapped(node[path[0]], path[1:], text)
    return copied


def _made(template: Any, path: tuple[int, ...], value: str, boundary: str) -> Any:
    header = str.__new__(type(template), value)
    params = {**template.params, "boundary": boundary}
    header.init(template.name, parse_tree=_swapped(template._parse_tree, path, boundary), defects=[], params=params)
    return header


def _template(subtype: str) -> tuple[Any, tuple[int, ...]] | None:
    """The header parsed for the sample boundary, once checked against a real parse of another boundary."""
    if subtype not in _TEMPLATES:
        template = MAIL_POLICY.header_factory("Content-Type", f'multipart/{subtype}; boundary="{_SAMPLE}"')
        path = _path(template._parse_tree, _SAMPLE)
        same = path is not None and not template.defects
        if path is not None:
            probe = "=" * 15 + "0123456789abcdef" * 2 + "=="
            value = f'multipart/{subtype}; boundary="{probe}"'
            made, parsed = _made(template, path, value, probe), MAIL_POLICY.header_factory("Content-Type", value)
            same = same and str(made) == str(parsed) and dict(made.params) == dict(parsed.params)
            same = same and not parsed.defects and made.content_type == parsed.content_type
            for length in (40, 78, 998):
                policy = MAIL_POLICY.clone(max_line_length=length)
                same = same and made.fold(policy=policy) == parsed.fold(policy=policy)
        # Another Python's parser may build a different tree: then every boundary is parsed as before.
        _TEMPLATES[subtype] = (template, path) if same and path is not None else None
    return _TEMPLATES[subtype]


def multipart_type(subtype: str, boundary: str) -> Any:
    """The Content-Type header ``multipart/<subtype>; boundary="<boundary>"``, as ``set_param`` makes it.

    Give it to ``replace_header`` after ``make_alternative()`` / ``make_mixed()`` without a boundary."""
    value = f'multipart/{subtype}; boundary="{boundary}"'
    prepared = _template(subtype) if _BOUNDARY.fullmatch(boundary) else None
    if prepared is None:
        return MAIL_POLICY.header_factory("Content-Type", value)
    return _made(*prepared, value, boundary)

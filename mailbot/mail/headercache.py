"""An e-mail policy that makes and folds the same header once, for the mails we build ourselves.

The standard library's ``email.policy.default`` builds a new Python class for every header it parses
(``HeaderRegistry.__getitem__`` calls ``type()`` each time), parses the value, and folds it again on every
``as_bytes``. A reminder sweep writes hundreds of mails whose headers are mostly the same (From, Date,
Auto-Submitted, the parts' Content-Type and Content-Transfer-Encoding): that was most of the time spent
rendering a mail. This policy keeps one class per header name, one parsed header per (name, value), and
one folded line per (policy, header): the bytes are those ``email.policy.default`` writes.

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

import re
from collections.abc import Callable
from datetime import datetime
from email.headerregistry import BaseHeader, HeaderRegistry
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


class _CachedRegistry(HeaderRegistry):
    """``HeaderRegistry`` with its header classes made once per name and its headers once per value."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type] = {}
        self._made: dict[tuple[str, str], Any] = {}

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

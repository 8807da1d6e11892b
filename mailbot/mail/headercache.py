"""An e-mail policy that makes and folds the same header once, for the mails we build ourselves.

The standard library's ``email.policy.default`` builds a new Python class for every header it parses
(``HeaderRegistry.__getitem__`` calls ``type()`` each time), parses the value, and folds it again on every
``as_bytes``. A reminder sweep writes hundreds of mails whose headers are mostly the same (From, Date,
Auto-Submitted, the parts' Content-Type and Content-Transfer-Encoding): that was most of the time spent
rendering a mail. This policy keeps one class per header name, one parsed header per (name, value), and
one folded line per (policy, header): the bytes are those ``email.policy.default`` writes.

Header objects are immutable (a ``str`` with its parse tree), so sharing one between messages is safe;
a message changes a header by replacing it, never in place.
"""

from __future__ import annotations

from collections.abc import Callable
from email.headerregistry import BaseHeader, HeaderRegistry
from email.policy import EmailPolicy
from typing import Any, cast

# Parsed headers and folded lines kept: the recurring ones (From, Auto-Submitted, the parts' Content-Type…,
# a few dozen), not every Message-ID ever made. A kept header holds its parse tree, some 8 KiB: 4,096 of
# them were ~30 MiB held by a `once` pass once it had written a thousand mails, its peak RSS growing with
# the number of mails until the cache first filled up.
MAX_KEPT = 256


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

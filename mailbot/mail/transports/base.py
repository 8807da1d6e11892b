"""The narrow interface every transport implements, and the two ways a delivery can fail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class TemporaryFailure(Exception):
    """Try again later (4xx, connection refused, timeout)."""


class RelayUnavailable(TemporaryFailure):
    """The relay itself cannot be reached or stopped answering: every mail would fail the same way now,
    so delivery stops for this round instead of spending one timeout per queued mail."""


class LinkLost(RelayUnavailable):
    """The link broke (or the relay went silent) in the middle of a mail's transaction: the relay may
    have taken the mail, so it is in doubt, like a mail whose sender died before hearing the answer."""


class PermanentFailure(Exception):
    """Do not try again (5xx); the message is the server's answer."""


class Transport(Protocol):
    """Hands one rendered mail to the next hop. Returns only once the hop has accepted it."""

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None: ...

    def close(self) -> None: ...

"""The narrow interface every mail source implements."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from mailbot.values import RawMail


class SourceUnavailable(Exception):
    """The source cannot be reached now (connection refused, dropped, timed out); try again later."""


class MailSource(Protocol):
    """A mailbox the pipeline reads. ``fetch`` yields mails not yet done, oldest first.

    ``mark_done`` is called only after the mail's effects are committed; it moves or flags the
    mail on the server and never deletes it. ``quarantine`` keeps a mail that could not be
    processed out of the way of the mails behind it (the database has its copy and reason).
    """

    name: str

    def fetch(self) -> Iterator[RawMail]: ...

    def mark_done(self, raw: RawMail) -> None: ...

    def quarantine(self, raw: RawMail, reason: str) -> None: ...

    def wait(self, timeout: float) -> bool:
        """Block until new mail may have arrived (IMAP IDLE) or ``timeout`` seconds pass.

        Returns True if something arrived. Sources without push simply wait out the timeout.
        """
        ...

    def close(self) -> None: ...

"""The relay's copy folder, read over IMAP: proof that a mail in doubt after a crash was delivered.

A worker killed after the relay took a mail's final "." and before it could mark the relay's "250" leaves
the mail in doubt: the relay may have it or not. Where the relay (or the MTA behind it) files a copy of
every mail it accepted into a folder (Postfix ``always_bcc`` into a mailbox, Exchange journaling), that
folder answers the question: the mail is searched by its Message-ID before it is sent once more.

One short connection per delivery round: it is asked only about rows found mid-send, which a crash leaves
(a worker killed with a claimed batch leaves every row of it), and all of them are looked up on it.
"""

from __future__ import annotations

import email.parser
import email.policy
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from imapclient import IMAPClient

from mailbot.config import ConfigError, ImapSource
from mailbot.config import RelayCopy as RelayCopyConfig
from mailbot.mail.sources.imap_conn import NETWORK_ERRORS, connect, logout

log = logging.getLogger(__name__)
SETTING = "delivery.relay_copy"
_HEADER = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"


@dataclass(frozen=True)
class RelayCopy:
    """The folder ``folder`` in the mailbox of the inbox ``source`` (its server and login)."""

    source: ImapSource
    folder: str
    grace: timedelta

    @classmethod
    def of(cls, cfg: RelayCopyConfig, source: ImapSource) -> RelayCopy:
        return cls(source=source, folder=cfg.folder, grace=timedelta(seconds=cfg.grace_seconds))

    def holds(self, message_id: str) -> bool | None:
        """Whether the folder holds a mail with this Message-ID; None when the server could not be asked
        (the caller then does what it would do without the folder)."""
        found = self.holding([message_id])
        return None if found is None else found[message_id]

    def holding(self, message_ids: Iterable[str]) -> dict[str, bool] | None:
        """For each Message-ID, whether the folder holds a mail with it, all asked on one connection;
        None when the server could not be asked (the caller then does what it would do without the folder)."""
        asked = list(dict.fromkeys(message_ids))
        if not asked:
            return {}
        client: IMAPClient | None = None
        try:
            client = connect(self.source)
            client.select_folder(self.folder, readonly=True)
            # SEARCH HEADER is a substring match (RFC 3501 6.4.4): the angle brackets anchor it, and the
            # header of each hit is read back so that only the very same Message-ID counts.
            hits: set[int] = set()
            for message_id in asked:
                hits.update(client.search(["HEADER", "Message-ID", f"<{_bare(message_id)}>"]))
            fetched = client.fetch(sorted(hits), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if hits else {}
            held = {_message_id(data.get(_HEADER, b"")) for data in fetched.values()}
            return {message_id: _bare(message_id) in held for message_id in asked}
        except NETWORK_ERRORS as exc:
            log.warning("%s: could not search %r on %s: %s", SETTING, self.folder, self.source.host, exc)
            return None
        finally:
            if client is not None:
                logout(client)

    def check(self) -> None:
        """At start-up: the folder must exist (a typo would make every proof come back "not there").
        A server that cannot be reached now is only logged: the daemon rides out an outage."""
        try:
            client = connect(self.source)
        except NETWORK_ERRORS as exc:
            log.warning("%s: cannot reach %s to check folder %r now: %s", SETTING, self.source.host, self.folder, exc)
            return
        try:
            exists = client.folder_exists(self.folder)
        except NETWORK_ERRORS as exc:
            log.warning("%s: cannot check folder %r on %s now: %s", SETTING, self.folder, self.source.host, exc)
            return
        finally:
            logout(client)
        if not exists:
            raise ConfigError(
                f"{SETTING}.folder: no folder {self.folder!r} in the mailbox of inbox {self.source.name!r} "
                f"({self.source.username} on {self.source.host}); the relay must file its copies there"
            )


def _message_id(header_block: bytes) -> str:
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(header_block)
    return _bare(str(headers.get("Message-ID", "")))


def _bare(message_id: str) -> str:
    return " ".join(message_id.split()).strip("<>").strip()

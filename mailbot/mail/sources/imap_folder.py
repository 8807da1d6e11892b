"""Folder operations on one IMAP connection: find a mail again, move it (MOVE or COPY+EXPUNGE), make folders."""

from __future__ import annotations

import logging
from email.parser import BytesHeaderParser

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from mailbot.values import RawMail

log = logging.getLogger(__name__)


def locate(client: IMAPClient, raw: RawMail, uidvalidity: int, name: str) -> int | None:
    """The mail's UID now; after a UIDVALIDITY change it is found again by its Message-ID."""
    validity, _, uid = raw.key.partition(":")
    if int(validity) == uidvalidity:
        return int(uid)
    message_id = _message_id(raw.data)
    found = client.search(["HEADER", "Message-ID", message_id]) if message_id else []
    if not found:
        log.warning("%s: %s is no longer in the folder; nothing to move", name, raw.key)
        return None
    return min(found)


def move(client: IMAPClient, uid: int | list[int], folder: str, known: set[str]) -> None:
    """Move mails in one command; without MOVE, copy them, flag them and expunge only those UIDs (UIDPLUS)."""
    uids = uid if isinstance(uid, list) else [uid]
    ensure_folder(client, folder, known)
    if client.has_capability("MOVE"):
        client.move(uids, folder)
        return
    client.copy(uids, folder)
    client.add_flags(uids, [b"\\Deleted"], silent=True)
    if client.has_capability("UIDPLUS"):
        client.uid_expunge(uids)
    # Without UIDPLUS an EXPUNGE would also remove mails other people flagged \Deleted: leave it.


def ensure_folder(client: IMAPClient, folder: str, known: set[str]) -> None:
    """Create ``folder`` if missing; ``known`` remembers folders already checked on this server."""
    if folder in known:
        return
    if not client.folder_exists(folder):
        try:
            client.create_folder(folder)
            log.info("created folder %s", folder)
        except IMAPClientError:
            if not client.folder_exists(folder):  # another worker may have just created it
                raise
    known.add(folder)


def _message_id(data: bytes) -> str | None:
    value = BytesHeaderParser().parsebytes(data).get("Message-ID")
    return str(value).strip() if value else None

"""Whether an IMAP inbox holds mail a pass would read, asked of the server without reading any.

`once` started by a timer mostly finds nothing; asking first lets it skip building the pipeline. The
question is the one ImapMailSource's own pass asks (mailbot.mail.sources.imap, `_plan`): with the
position saved in the database and the folder's UIDVALIDITY unchanged, a UID SEARCH for mails past
that position that are neither deleted nor flagged done. Whatever else the pass would do (a first
start, a renumbered folder) counts as mail waiting, and so does any failure: the full pass then
connects again and reports it as it always has.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mailbot.mail.sources.imap_conn import Link
from mailbot.mail.sources.imap_cursor import Position

if TYPE_CHECKING:
    from mailbot.mail.sources.imap_conn import InboxConfig

log = logging.getLogger(__name__)

NOT_DELETED = ["NOT", "DELETED"]  # mails someone already deleted are not ours to process


def not_done(cfg: InboxConfig) -> list[str]:
    """Search criteria leaving out mails flagged done (when done mails keep their place in the folder)."""
    return ["NOT", "KEYWORD", cfg.done_flag] if cfg.on_done == "flag" else []


def after(position: Position, cfg: InboxConfig) -> list[object]:
    """The search for mails past ``position`` that a pass would read."""
    return ["UID", f"{position.last_uid + 1}:*", *NOT_DELETED, *not_done(cfg)]


def mail_waiting(cfg: InboxConfig, saved: Position | None) -> bool:
    """False only when the server says no mail waits beyond ``saved`` in the folder it was saved for."""
    if saved is None:
        return True  # a first start reads by the `initial` policy and saves where it ends: the full pass
    link = Link(cfg)
    try:
        with link.op("check for mail") as client:
            if link.uidvalidity != saved.uidvalidity:
                return True  # renumbered: the full pass reads the folder again
            found = client.search(after(saved, cfg))
            return any(uid > saved.last_uid for uid in found)  # "n:*" always matches the last mail
    except Exception as exc:  # the full pass meets the same problem and reports it as it always has
        log.debug("%s: could not tell whether mail waits: %s", cfg.name, exc)
        return True
    finally:
        link.close()

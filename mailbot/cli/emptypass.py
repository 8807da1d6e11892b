"""`once` with nothing to do: answered without building the pipeline.

A pass over inboxes that hold no mail, with an outbox that holds nothing to render or send, changes
nothing; building the whole Context for it (the ORM, the pipeline, the understander's rules) costs a
second. `once` asks here first and takes the full path at the least doubt: an IMAP inbox (only a
connection can tell whether mail waits, and the full path owns that conversation), a Maildir folder
missing or unreadable, a database not made or whose schema is behind, or any outgoing mail not yet
settled (to render, queued, or in the middle of sending).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailbot.config import Settings


def inboxes_empty(settings: Settings) -> bool:
    """True when every inbox is a Maildir whose new/ and cur/ hold no mail (what MaildirSource.fetch reads)."""
    from mailbot.config import MaildirSource

    for source in settings.sources:
        if not isinstance(source, MaildirSource):
            return False
        try:
            for sub in ("new", "cur"):
                if any(entry.is_file() for entry in (source.path / sub).iterdir()):
                    return False
        except OSError:
            return False  # the full path reports the folder as it always has
    return True


def outbox_settled(settings: Settings) -> bool:
    """True when the database is current and no outgoing mail waits to be rendered or sent."""
    from mailbot.store.queries import unsettled_outbox
    from mailbot.store.readonly import driver_errors, reading, schema_is_current

    refused: tuple[type[Exception], ...] = (ValueError, *driver_errors(settings.database_url))
    try:
        with reading(settings.database_url) as reader:
            return reader is not None and schema_is_current(reader) and unsettled_outbox(reader) == 0
    except refused:
        return False  # the full path opens the database and reports what is wrong


def nothing_to_do(settings: Settings) -> bool:
    return inboxes_empty(settings) and outbox_settled(settings)

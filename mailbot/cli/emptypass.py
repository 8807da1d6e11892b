"""`once` with nothing to do: answered without building the pipeline.

A pass over inboxes that hold no mail, with an outbox that holds nothing to render or send, changes
nothing; building the whole Context for it (the ORM, the pipeline, the understander's rules) costs a
second. `once` asks here first and takes the full path at the least doubt: a Maildir folder missing or
unreadable, an IMAP inbox that has mail past its saved position, was never read, was renumbered or
cannot be asked (mailbot.mail.sources.imap_check), a database not made or whose schema is behind, or
any outgoing mail not yet settled (to render, queued, or in the middle of sending).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mailbot.configfile import ImapView, MaildirView

if TYPE_CHECKING:
    from mailbot.configfile import SettingsView


def maildir_empty(source: MaildirView) -> bool:
    """True when the Maildir's new/ and cur/ hold no mail (what MaildirSource.fetch reads)."""
    try:
        for sub in ("new", "cur"):
            if any(entry.is_file() for entry in (source.path / sub).iterdir()):
                return False
    except OSError:
        return False  # the full path reports the folder as it always has
    return True


def nothing_to_do(settings: SettingsView) -> bool:
    """True when the database is current, no outgoing mail waits, and no inbox holds mail to read.
    The local questions come first; an IMAP server is asked only when nothing else settles it."""
    from mailbot.store.queries import source_position, unsettled_outbox
    from mailbot.store.readonly import driver_errors, reading, schema_is_current

    imap = [s for s in settings.sources if isinstance(s, ImapView)]
    if not all(maildir_empty(s) for s in settings.sources if isinstance(s, MaildirView)):
        return False
    refused: tuple[type[Exception], ...] = (ValueError, *driver_errors(settings.database_url))
    try:
        with reading(settings.database_url) as reader:
            if reader is None or not schema_is_current(reader) or unsettled_outbox(reader) != 0:
                return False
            positions = {s.name: source_position(reader, s.name) for s in imap}
    except refused:
        return False  # the full path opens the database and reports what is wrong
    if not imap:
        return True
    from mailbot.mail.sources.imap_check import mail_waiting
    from mailbot.mail.sources.imap_cursor import Position

    for source in imap:
        saved = positions[source.name]
        if mail_waiting(source, None if saved is None else Position(*saved)):
            return False
    return True

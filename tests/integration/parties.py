"""The people around a ticket as real mailboxes: one Dovecot holding everyone's INBOX, the SMTP relay
delivering into it, and a reader that fetches what each party has newly received, as a mail client would."""

from __future__ import annotations

import email
import email.policy
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from mailbot.config import SmtpTransport
from tests.integration.conftest import _require_dovecot, _server_dir
from tests.integration.helpers_imap import imap_config
from tests.integration.relay import SmtpRelay
from tests.integration.servers import Dovecot


@contextmanager
def mail_servers(users: Iterable[str]) -> Iterator[tuple[Dovecot, SmtpRelay]]:
    """A private Dovecot with a mailbox per user and an aiosmtpd relay that delivers into it."""
    _require_dovecot()
    dovecot = Dovecot(_server_dir(), users=tuple(users))
    dovecot.start()
    relay = SmtpRelay(dovecot)
    try:
        relay.start()
        yield dovecot, relay
    finally:
        relay.stop()
        dovecot.stop()
        shutil.rmtree(dovecot.root, ignore_errors=True)


def empty_mailboxes(dovecot: Dovecot) -> None:
    """Delete every mail in every folder of every user: a clean start on a shared server."""
    for user in dovecot.users:
        with dovecot.client(user) as imap:
            for _flags, _sep, folder in imap.list_folders():
                imap.select_folder(folder)
                uids = imap.search("ALL")
                if uids:
                    imap.delete_messages(uids)
                    imap.expunge()


def production_settings(dovecot: Dovecot, relay: SmtpRelay, service: str) -> dict[str, object]:
    """The settings that point mailbot at the real servers: ``service``'s INBOX in, the relay out."""
    return dict(
        service_address=service,
        sources=(imap_config(dovecot.port, service, initial="all"),),
        transport=SmtpTransport(host="127.0.0.1", port=relay.port, tls="none", timeout=5),
    )


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def text_of(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()


class Inboxes:
    """Reads each party's INBOX; ``new()`` returns only what arrived since the previous call."""

    def __init__(self, dovecot: Dovecot, parties: Iterable[str]) -> None:
        self.dovecot = dovecot
        self.parties = tuple(parties)
        self.seen = {p: 0 for p in self.parties}

    def all(self, party: str) -> list[EmailMessage]:
        return [parse(raw) for raw in self.dovecot.messages(party)]

    def new(self) -> dict[str, list[EmailMessage]]:
        fresh: dict[str, list[EmailMessage]] = {}
        for party in self.parties:
            mails = self.all(party)
            fresh[party] = mails[self.seen[party] :]
            self.seen[party] = len(mails)
        return fresh

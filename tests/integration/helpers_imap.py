"""Building IMAP sources against the private Dovecot for the tests."""

from __future__ import annotations

from datetime import UTC, datetime
from email.parser import BytesHeaderParser

from mailbot.config import ImapSource
from mailbot.mail.sources.imap import ImapMailSource
from mailbot.store.source_state import SourceStateStore
from tests.integration.servers import PASSWORD

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def imap_config(port: int, user: str = "service@example.com", **overrides: object) -> ImapSource:
    values: dict[str, object] = dict(
        name=user.split("@")[0],
        host="127.0.0.1",
        port=port,
        tls="none",
        username=user,
        password=PASSWORD,
        initial="all",
        timeout=5,
    )
    values.update(overrides)
    return ImapSource(**values)


def imap_source(
    port: int,
    sessions,
    user: str = "service@example.com",
    *,
    progress: bool = False,
    idle_renew: float | None = None,
    **overrides: object,
) -> ImapMailSource:
    extra = {} if idle_renew is None else {"idle_renew": idle_renew}
    return ImapMailSource(
        imap_config(port, user, **overrides), SourceStateStore(sessions), clock=lambda: NOW, progress=progress, **extra
    )


def message_ids(raws) -> list[str]:
    parser = BytesHeaderParser()
    return [str(parser.parsebytes(getattr(r, "data", r))["Message-ID"]) for r in raws]

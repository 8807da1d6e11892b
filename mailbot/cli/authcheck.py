"""Does the receiving MTA write our Authentication-Results, and strip forged ones? Looked at in the
newest mails of each inbox, at the daemon's start and by `check`: a misconfigured MTA otherwise shows
only as staff commands refused one by one, or as forged headers ignored mail by mail."""

from __future__ import annotations

import email.policy
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from pathlib import Path

from mailbot.config import ImapSource, MaildirSource, Settings
from mailbot.mail import authres

log = logging.getLogger(__name__)

NEWEST = 5  # mails looked at per inbox
_HEADER_BYTES = 256 * 1024  # a header block longer than this is not a mail our MTA wrote to


@dataclass(frozen=True)
class SourceCheck:
    source: str
    survey: authres.InboxSurvey | None  # None: the inbox could not be read
    problems: tuple[str, ...]


def header_pairs(data: bytes) -> list[tuple[str, str]]:
    """A mail's header fields in order, top first (only the header block is needed)."""
    message = BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
    return [(name, str(value)) for name, value in message.items()]


def _maildir_newest(path: Path, count: int) -> list[bytes]:
    """The newest mails of a Maildir inbox: waiting ones, then those already done (.Processed)."""
    files = [
        p
        for sub in ("new", "cur", ".Processed/new", ".Processed/cur")
        if (path / sub).is_dir()
        for p in (path / sub).iterdir()
        if p.is_file()
    ]
    files.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    heads = []
    for p in files[:count]:
        try:
            with p.open("rb") as f:
                heads.append(f.read(_HEADER_BYTES))
        except FileNotFoundError:  # taken meanwhile
            continue
    return heads


def _imap_newest(cfg: ImapSource, count: int) -> list[bytes]:
    """The header blocks of the newest mails in the inbox folder, then in the done folder (read-only:
    no flag changes, nothing moved)."""
    from mailbot.mail.sources.imap_conn import connect, logout

    client = connect(cfg)
    heads: list[bytes] = []
    try:
        folders = [cfg.folder] + ([cfg.done_folder] if cfg.on_done == "move" else [])
        for folder in folders:
            if len(heads) >= count or not client.folder_exists(folder):
                continue
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search("ALL"))[-(count - len(heads)) :]
            if uids:
                fetched = client.fetch(uids, ["BODY.PEEK[HEADER]"])
                heads.extend(fetched[uid][b"BODY[HEADER]"] for uid in sorted(fetched, reverse=True))
    finally:
        logout(client)
    return heads


def newest_headers(cfg: ImapSource | MaildirSource, count: int = NEWEST) -> list[list[tuple[str, str]]]:
    raw = _imap_newest(cfg, count) if isinstance(cfg, ImapSource) else _maildir_newest(cfg.path, count)
    return [header_pairs(data) for data in raw]


def check_sources(settings: Settings, authserv_ids: Sequence[str], count: int = NEWEST) -> list[SourceCheck]:
    """Each inbox's newest mails against our authserv-id(s); nothing to check when none is configured."""
    if not authserv_ids:
        return []
    checks = []
    for cfg in settings.sources:
        try:
            mails = newest_headers(cfg, count)
        except Exception as exc:  # an unreachable inbox is the health check's business, not this one's
            checks.append(SourceCheck(cfg.name, None, (f"inbox {cfg.name}: could not look at its mails: {exc}",)))
            continue
        found = authres.survey(mails, authserv_ids)
        checks.append(SourceCheck(cfg.name, found, tuple(authres.survey_problems(cfg.name, found, authserv_ids))))
    return checks


def warn_at_start(settings: Settings, authserv_ids: Sequence[str]) -> list[SourceCheck]:
    """Log, once at start, each inbox whose newest mails show the MTA misconfigured."""
    checks = check_sources(settings, authserv_ids)
    for check in checks:
        for problem in check.problems:
            (log.warning if check.survey is not None else log.info)("%s", problem)
    return checks

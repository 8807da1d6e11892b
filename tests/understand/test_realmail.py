"""Real-world mails (public fixtures of mail libraries, see shared/realmail/SOURCES.md): each is read or
rejected with a reason, nothing raises, and no machine is answered.

The folder is not part of the repository; the test is skipped where it is absent.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from mailbot.mail.dsn import parse_dsn
from mailbot.mail.guard import machine_generated
from mailbot.mail.parse import MalformedMail, parse
from mailbot.understand import load_understander
from tests.conftest import REPO

OWN = ["service@lumatek-example.com"]
# Beside the repository, or where MAILBOT_REALMAIL_DIR says (a checkout elsewhere, e.g. in CI).
_CANDIDATES = tuple(
    Path(p)
    for p in (
        os.environ.get("MAILBOT_REALMAIL_DIR"),
        REPO.parent / "shared" / "realmail",
        REPO.parent.parent / "shared" / "realmail",
    )
    if p
)
REALMAIL = next((p for p in _CANDIDATES if p.is_dir()), None)
FILES = sorted(p for p in REALMAIL.rglob("*") if p.is_file() and p.name != "SOURCES.md") if REALMAIL else []
# Mails the fixture authors name as machine mail: bounces, delivery and read reports, auto-replies.
_MACHINE_NAME = re.compile(
    r"bounce|delivery[-_]?status|dsn|multipart_report|report_\d|mdn|disposition|autorepl|vacation"
)

pytestmark = pytest.mark.skipif(REALMAIL is None, reason="shared/realmail is not beside the repository")


@pytest.fixture(scope="module")
def understander():
    return load_understander(REPO / "rules", ["lumatek-example.com"], OWN)


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", FILES, ids=[_id(p) for p in FILES])
def test_every_real_mail_is_read_or_rejected_with_a_reason(path, understander):
    try:
        mail = parse(path.read_bytes())
    except MalformedMail as exc:
        assert exc.reason.strip()  # rejected, and we can say why
        return
    found = understander.understand(mail)
    reason = machine_generated(mail, OWN)
    parse_dsn(mail)  # a bounce's report is read without raising, whatever the mail
    if reason is not None or found.kind in ("bounce", "auto_reply"):
        assert not found.should_auto_reply, (str(reason), found.kind)
    if _MACHINE_NAME.search(path.name.lower()):
        assert not found.should_auto_reply, f"machine mail answered: {mail.sender} {mail.subject!r}"
    if found.should_auto_reply:
        assert mail.sender is not None and "@" in mail.sender.email  # there is someone to answer


def test_the_folder_holds_the_sets_named_in_its_sources():
    assert REALMAIL is not None
    sources = (REALMAIL / "SOURCES.md").read_text(encoding="utf-8")
    for folder in (p for p in REALMAIL.iterdir() if p.is_dir()):
        assert f"| {folder.name} |" in sources
    assert len(FILES) > 300

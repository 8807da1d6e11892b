"""Shared fixtures for the understanding tests: one understander built from the shipped rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.mail.parse import parse
from mailbot.understand import Understander, load_understander

ROOT = Path(__file__).resolve().parents[2]
STAFF = "optizon-example.com"
SERVICE = f"service@{STAFF}"


@pytest.fixture(scope="session")
def understander() -> Understander:
    return load_understander(ROOT / "rules", [STAFF], [SERVICE])


@pytest.fixture(scope="session")
def catalog_understander() -> Understander:
    """An understander whose operator lists product models (with spaces, hyphens, odd characters)."""
    return load_understander(
        ROOT / "rules", [STAFF], [SERVICE], catalog=["FS 60 Plus", "SPL-1x4", "TQ88", "a+b", "(", ""]
    )


@pytest.fixture(scope="session")
def read(understander):  # type: ignore[no-untyped-def]
    """read(body, subject=..., sender=..., headers=...) -> Extraction for a plain-text mail."""

    def _read(body: str, subject: str = "Problem", sender: str = "Cu Stomer <cu@customer.example>", headers: str = ""):
        data = (
            f"From: {sender}\nTo: {SERVICE}\nSubject: {subject}\nMessage-ID: <t@test>\n{headers}"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{body}"
        ).encode()
        return understander.understand(parse(data))

    return _read

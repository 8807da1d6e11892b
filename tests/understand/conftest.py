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


@pytest.fixture(scope="session")
def read_identifiers():  # type: ignore[no-untyped-def]
    """read_identifiers(text, catalog=()) -> Identifiers: the identifier rules alone on one text, no other
    stage, so an identifier test fails only for the identifier rules."""
    from mailbot.rules.understand import load_rules
    from mailbot.understand.identifiers import IdentifierReader
    from mailbot.understand.nlp import Pipeline

    rules = load_rules(ROOT / "rules")
    pipeline = Pipeline(rules)
    readers: dict[tuple[str, ...], IdentifierReader] = {}

    def _read(text: str, catalog: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
        if catalog not in readers:
            readers[catalog] = IdentifierReader(rules.identifiers, catalog)
        return readers[catalog].read(pipeline.analyse(text))

    return _read


@pytest.fixture
def ids(request, read_identifiers):  # type: ignore[no-untyped-def]
    """ids(text, catalog=()) -> Identifiers of `text` followed by the test module's TAIL (a fault sentence,
    so the text reads as a complaint the way a whole mail would)."""
    tail = getattr(request.module, "TAIL", "")
    return lambda text, catalog=(): read_identifiers(text + tail, catalog)


def defect_category(understander: Understander, body: str, subject: str = "Problem") -> str | None:
    """The defect rules' category for one subject and body, no other stage (the defect tests' one reader)."""
    analyse = understander.pipeline.analyse
    return understander.defects.read(analyse(subject), analyse(body)).category

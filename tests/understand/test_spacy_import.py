"""spaCy as understanding imports it: without its command line, which stays importable for the tools."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_understanding_does_not_import_the_command_line() -> None:
    out = _run(
        """
        import sys
        import mailbot.understand
        import spacy
        print(sorted(m for m in sys.modules if m == "spacy.cli" or m.startswith(("spacy.cli.", "weasel"))))
        print(hasattr(spacy, "cli"), "spacy.lang.xx" in sys.modules or bool(spacy.blank("xx")))
        """
    )
    assert out.splitlines() == ["[]", "False True"]


def test_the_command_line_is_still_there_when_asked_for() -> None:
    out = _run(
        """
        import mailbot.understand
        import spacy
        import spacy.cli
        from spacy.cli.info import info
        print(spacy.cli.__file__.endswith("__init__.py"), callable(spacy.cli.download), spacy.info.__module__)
        print(isinstance(spacy.info(markdown=False, silent=True), dict))
        """
    )
    assert out.splitlines() == ["True True mailbot.understand.spacyload", "True"]


def test_spacy_already_imported_is_left_as_it_is() -> None:
    out = _run(
        """
        import sys
        import spacy
        import mailbot.understand
        print("spacy.cli" in sys.modules, spacy.info.__module__)
        """
    )
    assert out.splitlines() == ["True spacy.cli.info"]

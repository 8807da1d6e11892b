"""The held-out corpora are generated: each generator's --check must pass on the files in git.

--check rebuilds every mail in memory and compares it byte for byte with the file on disk, then
checks every label against its mail (schema, kind rules, identifiers present in the text).
Its error lines can quote labelled values, so a failure here reports only the error count:
run the generator by hand to see them (its author may; those tuning the rules should not).
"""

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
GENERATORS = sorted([*HERE.glob("blind*/make_blind*.py"), *HERE.glob("train*/make_train*.py")])


def test_every_blind_corpus_has_a_generator() -> None:
    folders = sorted(p.name for pattern in ("blind*", "train*") for p in HERE.glob(pattern) if p.is_dir())
    assert folders and folders == sorted(g.parent.name for g in GENERATORS)


@pytest.mark.parametrize("script", GENERATORS, ids=lambda p: p.parent.name)
def test_generator_check_passes(script: Path) -> None:
    done = subprocess.run(
        [sys.executable, script.name, "--check"], cwd=script.parent, capture_output=True, text=True, timeout=240
    )
    summary = done.stdout.rstrip().rsplit("\n", 1)[-1]
    assert done.returncode == 0 and summary == "check: ok", f"{script.name}: {summary or done.stderr[-300:]}"

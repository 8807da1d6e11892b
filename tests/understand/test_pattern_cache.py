"""The rules' regular expressions kept compiled on disk: the next build gets the very same patterns
without parsing them, and a broken, foreign or unwritable file only costs the compiling."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.understand import patterncache
from mailbot.understand.patterncache import PREFIX, compiled_from, longest_first

ROOT = Path(__file__).resolve().parents[2]
# Written for these tests: groups, names, look-arounds, flags, CJK, a set of phrases joined.
PATTERNS = [
    (r"(?P<order>PO|SO)[-\s]?(\d{4,8})(?!\d)", 0),
    (r"(?<!\w)(?:does\s+not|doesn't)\s+link(?!\w)", re.IGNORECASE),
    (r"序[号號]\s*[:：]\s*([A-Z0-9]{6,})", 0),
    (r"^(?:-{2,}|_{3,})\s*(?:original|forwarded)\s+message", re.IGNORECASE | re.MULTILINE),
    ("|".join(re.escape(p) for p in longest_first({"S/N", "serial no.", "SN", "Seriennummer"})), re.IGNORECASE),
]


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # Python's own cache would answer before the file is asked
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*"))


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed, not taken from the file")

    monkeypatch.setattr(re._parser, "parse", refuse)  # type: ignore[attr-defined]


def test_the_next_build_gets_the_same_patterns_without_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _compile_all()
    with compiled_from(tmp_path):
        first = _compile_all()
    assert first == plain and len(_files(tmp_path)) == 1
    _no_parsing(monkeypatch)
    with compiled_from(tmp_path):
        again = _compile_all()
    assert again == plain
    assert [p.groupindex for p in again] == [p.groupindex for p in plain]
    assert again[0].match("PO-4500123").groups() == ("PO", "4500123")  # type: ignore[union-attr]
    assert again[2].search("序號：K7Q2XM4401").group(1) == "K7Q2XM4401"  # type: ignore[union-attr]
    with pytest.raises(AssertionError):  # outside, compiling is as usual
        _compile_all()


def test_a_bad_pattern_raises_as_usual_and_nothing_is_kept_of_it(tmp_path: Path) -> None:
    re.purge()
    with pytest.raises(re.error), compiled_from(tmp_path):
        re.compile("(?:unclosed")
    assert _files(tmp_path) == []


def test_a_torn_or_foreign_file_costs_only_the_compiling(tmp_path: Path) -> None:
    plain = _compile_all()
    with compiled_from(tmp_path):
        _compile_all()
    [kept] = _files(tmp_path)
    kept.write_bytes(kept.read_bytes()[:100])
    with compiled_from(tmp_path):
        assert _compile_all() == plain
    assert len(marshal.loads(kept.read_bytes())) == len(PATTERNS)  # replaced whole
    (tmp_path / f"{PREFIX}0000000000000000.marshal").write_bytes(b"another Python's")
    # Entries the engine refuses (code that is not the pattern's) are compiled as usual.
    entries = {
        key: (flags, bytes(12), *rest) for key, (flags, _code, *rest) in marshal.loads(kept.read_bytes()).items()
    }
    kept.write_bytes(marshal.dumps(entries))
    with compiled_from(tmp_path):
        assert _compile_all() == plain
    assert _files(tmp_path) == [kept]  # another Python's file goes when this one is written


def test_a_folder_that_cannot_be_written_costs_only_the_compiling(tmp_path: Path) -> None:
    plain = _compile_all()
    (tmp_path / "cache").write_text("a file where the folder should be")
    with compiled_from(tmp_path / "cache"):
        assert _compile_all() == plain
    with compiled_from(None):
        assert _compile_all() == plain


def test_one_build_at_a_time_uses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = re._compiler.compile  # type: ignore[attr-defined]
    with compiled_from(tmp_path / "a"), compiled_from(tmp_path / "b"):
        _compile_all()
    assert re._compiler.compile is real  # type: ignore[attr-defined]
    assert len(_files(tmp_path / "a")) == 1 and not (tmp_path / "b").exists()


def test_phrases_of_one_length_come_in_one_order() -> None:
    phrases = ["SN", "S/N", "Nr", "serial", "PO", "序号"]
    assert longest_first(phrases) == longest_first(reversed(phrases)) == ["serial", "S/N", "Nr", "PO", "SN", "序号"]


def test_a_process_with_another_hash_seed_finds_every_pattern_of_the_rules(tmp_path: Path) -> None:
    """Patterns joined from sets of phrases are written alike by every process: once the caches are
    warm (the first process also builds the rule pipeline), a process whose sets iterate in another
    order finds each of its patterns in the file and writes nothing."""
    script = (
        "import sys; from pathlib import Path\n"
        "from mailbot.rules.understand import load_rules\n"
        "from mailbot.understand import Understander\n"
        "rules = load_rules(Path(sys.argv[1]))\n"
        "Understander(rules, lambda address: False, ['service@desk.test'], cache_dir=Path(sys.argv[2]))\n"
    )
    stamps = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", script, str(ROOT / "rules"), str(tmp_path)], env=env, check=True, cwd=ROOT
        )
        [kept] = _files(tmp_path)
        stamps.append((kept.name, kept.stat().st_mtime_ns, kept.stat().st_ino))
    assert stamps[1] == stamps[2]


def test_the_translation_is_the_engine_s(tmp_path: Path) -> None:
    """What is kept is what this Python's ``re`` compiles, for every pattern the rules make."""
    with compiled_from(tmp_path):
        _compile_all()
    [kept] = _files(tmp_path)
    for (pattern, flags), entry in marshal.loads(kept.read_bytes()).items():
        assert patterncache._translate(pattern, flags) == entry

"""The built rule pipeline kept on disk: loaded by the next process, never used for other rules, and a
broken entry or folder only costs the building."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from mailbot.rules.understand import UnderstandRules, load_rules
from mailbot.understand.nlp import Pipeline
from mailbot.understand.pipecache import PREFIX, SUFFIX, PipelineCache, cache_key

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Hello,\n\nthe module doesn't link since Monday. S/N QX2201A33, order no. 4500012345. 序號：K7Q2XM4401，壞了。"
ODD = "the zorblat flimmers again on unit 7"


@pytest.fixture(scope="module")
def rules() -> UnderstandRules:
    return load_rules(ROOT / "rules")


@pytest.fixture(scope="module")
def fresh(rules: UnderstandRules) -> Pipeline:
    return Pipeline(rules)


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))


def _no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Pipeline) -> None:
        raise AssertionError("built, not loaded")

    monkeypatch.setattr(Pipeline, "_make", refuse)


def test_the_next_pipeline_is_loaded_and_reads_the_same(
    rules: UnderstandRules, fresh: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Pipeline(rules, cache=PipelineCache(tmp_path / "cache"))
    assert [p.name for p in _entries(tmp_path / "cache")] == [f"{PREFIX}{cache_key(rules)}{SUFFIX}"]
    _no_building(monkeypatch)
    loaded = Pipeline(rules, cache=PipelineCache(tmp_path / "cache"))
    assert loaded.builds == 1
    assert loaded.analyse(TEXT) == first.analyse(TEXT) == fresh.analyse(TEXT)
    assert loaded.analyse(TEXT).phrases  # the matchers came along: the text has labels and a fault
    assert loaded.nlp.vocab.lex_attr_getters == {}  # as built: no attribute computed for a new word


def test_a_loaded_pipeline_renews_its_vocabulary_from_the_cache(
    rules: UnderstandRules, fresh: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Pipeline(rules, cache=PipelineCache(tmp_path))
    _no_building(monkeypatch)
    pipeline = Pipeline(rules, max_new_strings=50, cache=PipelineCache(tmp_path))
    for i in range(20):
        pipeline.analyse(" ".join(f"word{i}x{j}" for j in range(10)))
    assert pipeline.builds > 1
    assert pipeline.analyse(TEXT) == fresh.analyse(TEXT)


def test_changed_rules_are_built_and_replace_the_entry(rules: UnderstandRules, tmp_path: Path) -> None:
    Pipeline(rules, cache=PipelineCache(tmp_path))
    before = _entries(tmp_path)
    changed = dataclasses.replace(
        rules, defects=rules.defects.model_copy(update={"generic": [*rules.defects.generic, "zorblat flimmer"]})
    )
    assert cache_key(changed) != cache_key(rules)
    pipeline = Pipeline(changed, cache=PipelineCache(tmp_path))
    assert pipeline.analyse(ODD).phrases.get("GENERIC")  # the new phrase is read: not the old entry
    after = _entries(tmp_path)
    assert len(before) == len(after) == 1 and before != after
    assert not Pipeline(rules, cache=PipelineCache(tmp_path)).analyse(ODD).phrases.get("GENERIC")


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle at all", pickle.dumps({"a": "dict"}), b"\x80\x05\x95\x10\x00\x00"],
    ids=["empty", "garbage", "foreign", "torn"],
)
def test_a_broken_entry_is_built_again_and_replaced(
    rules: UnderstandRules, fresh: Pipeline, tmp_path: Path, content: bytes
) -> None:
    cache = PipelineCache(tmp_path)
    cache.path(cache_key(rules)).write_bytes(content)
    pipeline = Pipeline(rules, cache=cache)
    assert pipeline.analyse(TEXT) == fresh.analyse(TEXT)
    assert cache.path(cache_key(rules)).read_bytes() != content
    assert cache.load(cache_key(rules), type(pipeline._built)) is not None  # a good entry now


def test_a_folder_that_cannot_be_written_costs_only_the_building(
    rules: UnderstandRules, fresh: Pipeline, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    pipeline = Pipeline(rules, cache=PipelineCache(blocked / "cache"))
    assert pipeline.analyse(TEXT) == fresh.analyse(TEXT)
    assert blocked.read_text() == "a file where the folder should be"


def test_the_cache_folder_is_the_service_own(rules: UnderstandRules, tmp_path: Path) -> None:
    Pipeline(rules, cache=PipelineCache(tmp_path / "var" / "cache"))
    assert (tmp_path / "var" / "cache").stat().st_mode & 0o077 == 0
    assert not list((tmp_path / "var" / "cache").glob(".pipeline-*"))  # no temporary file left behind

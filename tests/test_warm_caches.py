"""The test contexts start with the rule pipeline a service that has read mail keeps under var/ (conftest's
warm_var): if the copy stopped matching what the shipped rules build, every test would build it again,
unnoticed but for the time the suite takes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mailbot.app import PIPELINE_CACHE
from mailbot.understand.nlp import Pipeline


def _refuse(self: Pipeline) -> None:
    raise AssertionError("built, not loaded")


def test_a_test_context_loads_the_built_pipeline(make_ctx: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx()
    monkeypatch.setattr(Pipeline, "_make", _refuse)
    assert ctx.understander.get().pipeline is not None


@pytest.mark.cold_caches
def test_a_context_marked_cold_starts_without_it(make_ctx: Callable[..., Any]) -> None:
    ctx = make_ctx()
    assert not (ctx.settings.var_dir / PIPELINE_CACHE).exists()

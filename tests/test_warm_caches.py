"""The test contexts start as a service that has read and answered mail (conftest's warm_var and
load_sharing_rules): if what they are handed stopped matching what the shipped rules and templates give,
every test would build it again, unnoticed but for the time the suite takes, or run on other rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import jinja2
import pytest

from mailbot.app import PIPELINE_CACHE
from mailbot.understand.nlp import Pipeline
from mailbot.workflow.check import load_checked
from tests.conftest import load_sharing_rules


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("built, not loaded")


def test_a_test_context_loads_the_built_pipeline(make_ctx: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx()
    monkeypatch.setattr(Pipeline, "_make", _refuse)
    re.purge()  # every pattern of the rules comes from the pattern file, none is parsed
    monkeypatch.setattr(re._parser, "parse", _refuse)  # type: ignore[attr-defined]
    assert ctx.understander.get().pipeline is not None


def test_a_test_context_loads_the_compiled_templates(
    make_ctx: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_ctx()
    monkeypatch.setattr(jinja2.Environment, "compile", _refuse)
    assert ctx.renderer.check() > 0
    for path in sorted(ctx.settings.templates_dir.rglob("*.j2")):
        rel = path.relative_to(ctx.settings.templates_dir).as_posix()
        (ctx.renderer.html_env if rel.endswith(".html.j2") else ctx.renderer.text_env).get_template(rel)


@pytest.mark.cold_caches
def test_a_context_marked_cold_starts_without_them(make_ctx: Callable[..., Any]) -> None:
    ctx = make_ctx()
    assert not (ctx.settings.var_dir / PIPELINE_CACHE).exists()
    assert not any((ctx.settings.var_dir / "template-cache").rglob("*.cache"))


OVERRIDES = [{}, {"staff_domains": ("other-example.com",)}, {"rma_format": "RMA-{year}-{sequence:06d}"}]


@pytest.mark.parametrize("overrides", OVERRIDES)
def test_the_shared_rules_are_those_the_service_loads(make_settings: Callable[..., Any], overrides: dict) -> None:
    settings = make_settings(**overrides)
    first, again = load_sharing_rules(settings)[1], load_sharing_rules(settings)[1]
    assert first is again and first == load_checked(settings)[1]

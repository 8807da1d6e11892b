"""A pass that has mail keeps the built rule pipeline under the var folder; the next process loads it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mailbot.app import PIPELINE_CACHE
from mailbot.mail.parse import parse
from mailbot.understand.nlp import Pipeline
from tests.pipeline.helpers import customer_mail

MAIL = customer_mail(
    "maria@fibrenet.example.pt",
    "RMA request: SFP no link",
    "Hello,\n\nthe SFP module OZ-SFP-10G-LR, serial QX2201A33, has had no link since Monday.\nOrder 4500012345.",
)


@pytest.mark.cold_caches
def test_the_next_context_reads_with_the_kept_pipeline(
    make_ctx: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_ctx()
    found = first.understander.understand(parse(MAIL))
    folder = first.settings.var_dir / PIPELINE_CACHE
    assert len(list(folder.glob("pipeline-*.pickle"))) == 1

    def refuse(self: Pipeline) -> None:
        raise AssertionError("built, not loaded")

    monkeypatch.setattr(Pipeline, "_make", refuse)
    again = make_ctx()
    assert again.understander.understand(parse(MAIL)) == found
    assert found.kind == "new_request" and found.serial_numbers == ("QX2201A33",)

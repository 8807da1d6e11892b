"""The kind cues read folded text: traditional characters and Japanese kanji as simplified, one for one.

A cue written in one script must match the other, and a traditional or Japanese cue must not, once
folded, fall onto a common simplified word of another meaning (交換 → 交换 of 交换机, a network switch)."""

from __future__ import annotations

import re

import pytest

from mailbot.understand.kind import compile_cues


def test_cue_patterns_are_folded_like_the_text():
    cues = compile_cues({"order_status_phrases": ["換貨.{0,4}進度"]})
    (pattern,) = cues["order_status_phrases"]
    assert pattern.pattern == "换货.{0,4}进度"
    assert pattern.flags & re.IGNORECASE


@pytest.mark.parametrize(
    "body",
    [
        "您好，請問維修進度如何？",  # the status pattern is written in simplified characters only
        "新的模組什麼時候能寄到？",
    ],
)
def test_a_question_in_traditional_characters_meets_a_simplified_pattern(read, body):
    assert read(f"{body}\n\n陳先生", "RMA-2026-00512").kind == "order_status"


@pytest.mark.parametrize(
    "body",
    [
        "您好，请问你们的交换机支持哪些光模块？",  # 换 of 交换机 (a switch) is no exchange
        "您好，請問你們的交換機支援哪些光模組？",
        "你们的模块能保证在零下40度正常工作吗？",  # 保证 "assure" is not the Japanese 保証 (warranty)
        "感谢贵司当机立断，订单已经确认，下周安排付款。",  # 当机立断 "decisively" is not 當機 (crashes)
    ],
)
def test_folded_cues_do_not_fall_onto_common_simplified_words(read, body):
    found = read(f"{body}\n\n王经理", "咨询")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    "text",
    ["保証期間内ですので、ご対応をお願いします。", "昨日からずっと當機了，重開也沒用。", "请帮忙换一个新的。"],
)
def test_the_narrowed_cues_still_read_what_they_were_for(understander, text):
    found = understander.pipeline.analyse(text)
    assert found.phrases.get("KIND:request_phrases") or any(
        p.search(found.text) for p in understander.cues["request_phrases"]
    )

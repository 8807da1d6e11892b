"""Traditional Chinese (Taiwan, Hong Kong) is read by the same, mostly simplified, rules.

The text the rules read is folded one character for one (序號 → 序号), so the offsets still point into the
mail as written and every value or summary shown comes back in the sender's own characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailbot.rules.understand import load_rules
from mailbot.understand.hanzi import fold
from mailbot.understand.nlp import Pipeline

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(load_rules(ROOT / "rules"))


def _mail(body: str) -> str:
    return f"您好，\n\n{body}\n\n謝謝\n陳先生"


def test_fold_maps_traditional_to_simplified_one_for_one():
    assert fold("序號 訂單號 壞了 無法開機 沒有訊號 畫面模糊 退貨 維修 追蹤碼") == (
        "序号 订单号 坏了 无法开机 没有讯号 画面模糊 退货 维修 追踪码"
    )


@pytest.mark.parametrize(
    "text",
    ["序号坏了，无法开机", "The unit is dead, S/N QX2201A33", "Gerät defekt — Größe ÄÖÜ", "シリアル番号を教えて", ""],
)
def test_simplified_and_other_text_is_unchanged(text):
    assert fold(text) == text


@given(st.text())
def test_fold_keeps_the_length(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "text, key",
    [
        ("追蹤單號：SF1234567890123", "LABEL:tracking_number"),  # only 追踪单号 is in the rules
        ("光模組時通時斷", "DEFECT:intermittent"),  # only 时通时断
        ("交換機沒有信號", "DEFECT:no_link"),  # only 没有信号
        ("通電後燈不亮", "DEFECT:no_power"),  # only 通电后灯不亮
        ("螢幕壞了", "GENERIC"),  # only 坏了
        ("序號：QX2201A33", "LABEL:serial_number"),
        ("訂單號：884213", "LABEL:order_number"),
        ("追蹤碼：SF1234567890123", "LABEL:tracking_number"),
        ("無法開機", "DEFECT:no_power"),
        ("畫面模糊", "DEFECT:optical_performance"),
        ("我要退貨", "KIND:request_phrases"),
        ("需要維修", "KIND:request_phrases"),
    ],
)
def test_traditional_phrases_are_read(pipeline, text, key):
    assert key in pipeline.analyse(text).phrases


def test_tokens_map_back_to_the_text_as_written(pipeline):
    text = "追蹤單號：SF1234567890123，畫面模糊"
    a = pipeline.analyse(text)
    assert len(a.words) == len(a.offsets)
    assert a.original(0, len(a.words)) == text
    assert [text[lo:hi] for lo, hi in a.offsets][:4] == ["追", "蹤", "單", "號"]


def test_identifiers_come_back_as_written(read):
    body = "序號：QX2201A33\n訂單號：884213\n追蹤單號：SF1234567890123\n\n機器壞了，無法開機，請安排維修。"
    found = read(_mail(body))
    assert found.serial_numbers == ("QX2201A33",)
    assert found.order_numbers == ("884213",)
    assert found.tracking_numbers == ("SF1234567890123",)
    assert (found.kind, found.defect_category) == ("new_request", "no_power")


def test_a_fault_told_in_traditional_is_a_request_with_its_own_words(read):
    found = read(_mail("我們買的光模組時通時斷，用了幾天就這樣。"))
    assert (found.kind, found.defect_category) == ("new_request", "intermittent")
    assert "光模組時通時斷" in found.defect_summary  # the summary is cut from the mail as written


@pytest.mark.parametrize("body", ["這台設備想要退貨，請問流程？", "設備故障，需要寄回維修。"])
def test_return_and_repair_in_traditional_are_requests(read, body):
    assert read(_mail(body)).kind == "new_request"


def test_simplified_reading_is_unchanged(pipeline):
    text = "序列号：QX2201A33，通电后灯不亮"
    a = pipeline.analyse(text)
    assert "".join(a.words).replace("：", ":") == text.replace(" ", "").replace("：", ":").replace("，", ",")
    assert "LABEL:serial_number" in a.phrases and "DEFECT:no_power" in a.phrases

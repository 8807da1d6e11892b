"""Replies however they are laid out: the new text is read, the quoted history is not."""

from __future__ import annotations

OUR_QUOTE = (
    "On Tue, 3 Mar 2026, Service <service@optizon-example.com> wrote:\n"
    "> Dear customer, we need the serial number of the unit with PO 4500099999.\n"
    "> The unit SN OZ0000A0001 was tested: no link.\n" + "> more history\n" * 40
)


def test_one_liner_above_a_long_quote(read):
    found = read("Serial is AX7-2231-0046, sorry.\n\n" + OUR_QUOTE, subject="Re: RMA-2026-00042")
    assert found.kind == "follow_up" and found.serial_numbers == ("AX7-2231-0046",)
    assert found.order_numbers == () and found.defect_category is None


def test_bottom_posted_reply(read):
    body = OUR_QUOTE + "\nThe heater does not heat anymore, error E-21. S/N AX7-2231-0045.\n\nJan"
    found = read(body, subject="Re: question")
    assert found.serial_numbers == ("AX7-2231-0045",) and found.defect_category == "other"
    assert found.order_numbers == ()


def test_answers_between_quoted_lines(read):
    body = (
        "Service wrote:\n> Please send the serial number and the order.\n\nS/N: AX7-2231-0045, order 4500012345\n\n"
        "> And describe the fault.\n\nThe display stays black.\n"
    )
    found = read(body, subject="Re: your request")
    assert found.serial_numbers == ("AX7-2231-0045",) and found.order_numbers == ("4500012345",)
    assert "defect_description" not in found.missing_fields


def test_bottom_posted_chinese_reply(read):
    found = read(
        "在 2026年3月3日，Service 写道：\n> 请提供序列号。\n\n序列号：HK-2024-0931，设备不加热。\n", "回复：问题"
    )
    assert found.serial_numbers == ("HK-2024-0931",) and found.defect_category == "other"

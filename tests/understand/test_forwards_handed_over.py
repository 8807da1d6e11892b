"""A customer's mail handed over by a colleague in ways the forward markers alone miss: a forward of a
colleague's forward, a QQ "原始邮件" block under a subject without 转发, traditional Chinese Outlook
headers under "原始郵件". The customer is the first outside author, never a colleague."""

from __future__ import annotations

REP = "Lin Wei <lin.wei@optizon-example.com>"
OUTSIDE = "tomas@brightfarm.example"


def test_a_forward_of_a_colleagues_forward_names_the_outside_customer(read):
    body = (
        "Can service take this one?\n\n---------- Forwarded message ---------\n"
        "From: Ana Soto <ana.soto@optizon-example.com>\nDate: Tue, 3 Mar 2026\nSubject: Fwd: pump\n\n"
        "Lin, a customer of yours.\n\n---------- Forwarded message ---------\n"
        f"From: Tomas Berg <{OUTSIDE}>\nDate: Tue, 3 Mar 2026\nSubject: pump\n\n"
        "The pump controller is dead. S/N AX7-2231-0045.\n"
    )
    found = read(body, "Fwd: Fwd: pump", sender=REP)
    assert (found.kind, found.customer_email) == ("forwarded", OUTSIDE)
    assert found.forwarded_by == "lin.wei@optizon-example.com"
    assert found.serial_numbers == ("AX7-2231-0045",)  # the customer's own words are read, not only the note


def test_a_colleagues_forward_without_an_outside_author_names_nobody(read):
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Ana Soto <ana.soto@optizon-example.com>\n"
        "Date: Tue, 3 Mar 2026\nSubject: pump\n\nA customer phoned: pump controller dead, no address given.\n"
    )
    found = read(body, "Fwd: pump", sender=REP)
    assert found.kind == "forwarded"
    assert found.customer_email is None
    assert found.should_auto_reply  # the colleague is asked for the customer


def test_a_qq_original_mail_block_under_a_plain_subject_is_handed_over(read):
    body = (
        "麻烦售后跟进。\n\n------------------ 原始邮件 ------------------\n"
        f'发件人: "贝托马"<{OUTSIDE}>;\n发送时间: 2026年3月3日(星期二) 下午3:20\n'
        '收件人: "林伟"<lin.wei@optizon-example.com>;\n主题: 水泵\n\n水泵控制器不能开机了。\n'
    )
    found = read(body, "水泵控制器", sender=REP)
    assert (found.kind, found.customer_email) == ("forwarded", OUTSIDE)


def test_a_colleagues_reply_above_a_customers_mail_stays_a_reply(read):
    body = (
        "已回复客户，稍后处理。\n\n------------------ 原始邮件 ------------------\n"
        f'发件人: "贝托马"<{OUTSIDE}>;\n发送时间: 2026年3月3日\n主题: 水泵\n\n水泵控制器不能开机了。\n'
    )
    assert read(body, "回复: 水泵控制器", sender=REP).kind != "forwarded"


def test_traditional_chinese_outlook_headers_under_a_forward_subject(read):
    body = (
        "請協助處理\n\n-----原始郵件-----\n"
        f"寄件者: 貝托馬 <{OUTSIDE}>\n寄件日期: 2026年3月3日 下午 03:20\n收件者: 林偉 <lin.wei@optizon-example.com>\n"
        "主旨: 水泵\n\n水泵控制器壞了，無法開機。\n"
    )
    found = read(body, "轉寄: 水泵", sender=REP)
    assert (found.kind, found.customer_email) == ("forwarded", OUTSIDE)

"""Forwards from every mail client a rep may use: the customer is the forwarded complaint's author."""

from __future__ import annotations

import pytest

REP = "Rep One <rep@optizon-example.com>"
COMPLAINT = "Hello, our unit does not power on. S/N AX7-2231-0045.\n"

CLIENTS = {
    "apple_mail": "FYI\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
    "> From: Jan Novak <jan@kunde.example>\n> Date: 3 March 2026 at 10:12:44 CET\n"
    "> To: Rep One <rep@optizon-example.com>\n> Subject: unit\n>\n> " + COMPLAINT,
    "foxmail": "请处理\n\n------------------ 原始邮件 ------------------\n"
    '发件人: "王伟"<jan@kunde.example>;\n发送时间: 2026年3月3日(星期二) 上午10:12\n'
    '收件人: "Rep"<rep@optizon-example.com>;\n主题: 设备故障\n\n' + COMPLAINT,
    "netease": "请处理\n\n---- 转发邮件信息 ----\n发件人：李雷 <jan@kunde.example>\n"
    "日期：2026年03月03日 10:12\n收件人：rep@optizon-example.com\n主题：设备故障\n\n" + COMPLAINT,
    "thunderbird": "Please open a ticket.\n\n-------- Forwarded Message --------\nSubject: \tunit\n"
    "Date: \tTue, 3 Mar 2026 10:12:44 +0100\nFrom: \tJan Novak <jan@kunde.example>\n"
    "To: \trep@optizon-example.com\n\n" + COMPLAINT,
    "outlook_web": "Please open a ticket.\n\n________________________________\n"
    "From: Jan Novak <jan@kunde.example>\nSent: Tuesday, March 3, 2026 10:12\n"
    "To: Rep One <rep@optizon-example.com>\nSubject: unit\n\n" + COMPLAINT,
}


@pytest.mark.parametrize("client", sorted(CLIENTS))
def test_forward_from_each_client_names_the_customer(read, client):
    found = read(CLIENTS[client], subject="Fwd: unit", sender=REP)
    assert (found.kind, found.customer_email, found.forwarded_by) == (
        "forwarded",
        "jan@kunde.example",
        "rep@optizon-example.com",
    )
    assert found.serial_numbers == ("AX7-2231-0045",)


NAME_ONLY = (
    "Please help this customer.\n\n---------- Forwarded message ---------\nFrom: Jan Novak\n"
    "Date: Tue, 3 Mar 2026 at 10:12\nSubject: unit\nTo: Rep One <rep@optizon-example.com>\n\n" + COMPLAINT
)


def test_name_only_from_line_takes_the_signature_address(read):
    found = read(NAME_ONLY + "\nJan Novak\nPurchasing, Kunde GmbH\njan.novak@kunde.example\n", "Fwd: unit", REP)
    assert found.kind == "forwarded" and found.customer_email == "jan.novak@kunde.example"


def test_name_only_from_line_without_signature_is_never_the_rep(read):
    found = read(NAME_ONLY, subject="Fwd: unit", sender=REP)
    assert found.kind == "forwarded" and found.customer_email is None
    assert found.forwarded_by == "rep@optizon-example.com"


def test_staff_predicate_passed_in_decides_who_is_a_colleague():
    from mailbot.mail.parse import parse
    from mailbot.understand import load_understander
    from tests.understand.conftest import ROOT

    understander = load_understander(ROOT / "rules", [], [], is_internal=lambda a: (a or "").endswith("@acme.example"))
    body = CLIENTS["outlook_web"].replace("optizon-example.com", "acme.example")
    mail = parse(f"From: Rep <rep@acme.example>\nSubject: Fwd: unit\n\n{body}".encode())
    found = understander.understand(mail)
    assert (found.kind, found.customer_email, found.forwarded_by) == (
        "forwarded",
        "jan@kunde.example",
        "rep@acme.example",
    )

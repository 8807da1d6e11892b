"""The customers' status link: in every customer mail, read only, one ticket, forged or expired → not valid."""

from __future__ import annotations

import email
import email.policy
import re

from mailbot.mail.statuslink import make_token, verify
from tests.pipeline.helpers import run_once
from tests.web.conftest import Site


def _status_path(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    match = re.search(r"http://testserver(/status/[a-z0-9.]+)", text)
    assert match, text
    html = msg.get_body(("html",))
    if html is not None:
        assert match.group(1) in html.get_content()
    return match.group(1)


def test_customer_mails_carry_a_working_status_link(site: Site):
    site.customer_request()
    [ack] = [o for o in site.outbox() if o.recipients == ["maria@fibrenet.example.pt"]]
    path = _status_path(ack.raw)
    page = site.client.get(path)
    assert page.status_code == 200
    assert "REQ-2026-00001" in page.text
    assert "OZ2311A0042" in page.text
    for internal in ("sales@example.com", "engineer@example.com", "Sign out", "/tickets/"):
        assert internal not in page.text
    assert page.headers["cache-control"] == "private, no-store"


def test_staff_mails_carry_no_customer_link(site: Site):
    site.customer_request()
    staff = [o for o in site.outbox() if o.recipients != ["maria@fibrenet.example.pt"]]
    assert staff and all(b"/status/" not in o.raw for o in staff)


def test_forged_and_foreign_links_are_not_valid(site: Site):
    site.customer_request()
    site.customer_request("Tom <tom@acme-example.de>", "S/N MC22009911 dead, order SO-2026-0999\n", subject="dead")
    key = site.ctx.thread_key
    good = make_token(key, "RMA-2026-00001")
    other_payload = make_token(key, "RMA-2026-00002").split(".")[0]
    for token in (
        good[:-2] + ("aa" if not good.endswith("aa") else "bb"),
        f"{other_payload}.{good.split('.')[1]}",
        make_token(b"another-site", "RMA-2026-00001"),
        "RMA-2026-00001",
        "",
        "x" * 300,
    ):
        page = site.client.get(f"/status/{token}")
        assert page.status_code == 404 and "link not valid" in page.text, token
        assert "RMA-2026" not in page.text
    assert verify(key, good) == "RMA-2026-00001"


def test_the_link_expires_90_days_after_closing(site: Site):
    site.customer_request()
    site.sign_in("manager@example.com")
    csrf = site.csrf("/tickets/REQ-2026-00001")
    closed = site.client.post("/tickets/REQ-2026-00001/action", data={"csrf": csrf, "action": "close"})
    assert "is now closed" in closed.text
    path = f"/status/{make_token(site.ctx.thread_key, 'REQ-2026-00001')}"
    site.clock.advance(days=89)
    assert site.client.get(path).status_code == 200
    site.clock.advance(days=2)
    run_once(site.ctx)
    assert site.client.get(path).status_code == 404


def test_without_a_public_address_mails_carry_no_link(make_ctx):
    from tests.pipeline.helpers import customer_mail, drop, outbox
    from tests.web.conftest import COMPLETE

    ctx = make_ctx()
    drop(ctx, customer_mail("maria@fibrenet.example.pt", "Faulty SFP", COMPLETE))
    run_once(ctx)
    rows = outbox(ctx)
    assert rows and all(b"/status/" not in o.raw and b"online" not in o.raw for o in rows)


def test_what_is_missing_is_asked_in_the_mails_own_words(site: Site):
    """The page asks for a missing field as the mails do ("the serial number(s)"), never as an identifier."""
    site.customer_request(
        body="Hello,\n\none OZ-SFP-10G-LR from order SO-2026-0815 gives no link, port stays down.\n\nMaria\n"
    )
    [ask] = [o for o in site.outbox() if o.recipients == ["maria@fibrenet.example.pt"]]
    page = site.client.get(_status_path(ask.raw))
    assert page.status_code == 200
    assert "Please send us: the serial number(s)" in page.text
    assert "serial_number" not in page.text and "Please send us: serial number" not in page.text


def test_a_missing_field_is_asked_in_the_customers_language(site: Site):
    site.customer_request(
        "王伟 <wang@guangxun.example.cn>",
        "您好，\n\n订单号 SO-2026-0815 中的一个 OZ-SFP-10G-LR 光模块无法建立链路，端口一直不亮。\n\n王伟\n",
        subject="光模块故障",
    )
    [ask] = [o for o in site.outbox() if o.recipients == ["wang@guangxun.example.cn"]]
    page = site.client.get(_status_path(ask.raw))
    assert page.status_code == 200
    assert "请提供: 序列号" in page.text
    assert "serial" not in page.text.lower().split("<ol")[1]

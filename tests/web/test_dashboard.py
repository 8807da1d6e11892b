"""Managers' dashboard, the digest's link to it, /healthz and /metrics."""

from __future__ import annotations

import email
import email.policy
import re

from mailbot.schedule.digest import send_due
from tests.web.conftest import Site


def test_dashboard_is_for_managers_and_shows_live_figures(site: Site):
    site.customer_request()
    site.customer_request("Tom <tom@acme-example.de>", "S/N MC22009911 does not power on, PO 4500098761\n", subject="x")
    assert site.client.get("/dashboard").status_code == 401
    site.sign_in("sales@example.com")
    assert site.client.get("/dashboard").status_code == 403
    site.sign_in("manager@example.com")
    page = site.client.get("/dashboard")
    assert page.status_code == 200
    assert re.search(r'id="open-total">2<', page.text)
    assert "<script" not in page.text and "<svg" in page.text
    assert "waiting_rep" in page.text  # the open-by-state chart's label


def test_digest_links_to_the_dashboard(site: Site):
    site.customer_request()
    rules = site.ctx.rules
    send = site.ctx.apply_env.send
    from mailbot.store.outbox import enqueue

    def queue(session, mail, ticket):
        return enqueue(session, mail, ticket=ticket, env=send, now=site.clock())

    send_due(site.ctx.sessions, rules.digest.managers, rules.calendar, queue, site.clock(), force=True)
    digests = [o for o in site.outbox() if o.template == "manager_digest"]
    assert digests
    for row in digests:
        msg = email.message_from_bytes(row.raw, policy=email.policy.default)
        assert "http://testserver/dashboard" in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert 'href="http://testserver/dashboard"' in msg.get_body(("html",)).get_content()  # type: ignore[union-attr]


def test_healthz_and_metrics(site: Site):
    site.customer_request()
    health = site.client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"ok": True, "database": "ok", "sources": {"inbox": "ok"}}
    metrics = site.client.get("/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    assert 'mailbot_mails{reason="",status="processed"} 1.0' in metrics.text
    assert "mailbot_outbox_mails{" in metrics.text
    assert "mailbot_open_tickets 1.0" in metrics.text


def test_healthz_reports_a_missing_inbox(site: Site):
    assert not site.ctx.settings.sources[0].path.exists()  # no mail was ever delivered: no Maildir
    health = site.client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["sources"] == {"inbox": "unreachable"}

"""Staff sign-in: a one-time link through the outbox, a session cookie, CSRF on every form, limits."""

from __future__ import annotations

from tests.web.conftest import Site


def test_signin_by_mailed_link_gives_a_session(site: Site):
    assert site.client.get("/tickets").status_code == 401
    site.sign_in("sales@example.com")
    page = site.client.get("/tickets")
    assert page.status_code == 200
    assert "Sales Desk" in page.text
    cookie = next(c for c in site.client.cookies.jar if c.name == "mb_session")
    assert cookie.has_nonstandard_attr("HttpOnly")


def test_the_link_works_once(site: Site):
    link = site.signin_link("manager@example.com")
    token = site.csrf(link)
    assert site.client.post(link, data={"csrf": token}, follow_redirects=False).status_code == 303
    site.client.cookies.delete("mb_session")
    again = site.client.post(link, data={"csrf": token}, follow_redirects=False)
    assert again.status_code == 400
    assert "not valid" in again.text
    assert site.client.get("/tickets").status_code == 401


def test_the_link_expires(site: Site):
    link = site.signin_link("manager@example.com")
    site.clock.advance(minutes=16)
    token = site.csrf(link)
    assert site.client.post(link, data={"csrf": token}, follow_redirects=False).status_code == 400


def test_strangers_get_the_same_answer_and_no_mail(site: Site):
    token = site.csrf("/signin")
    answer = site.client.post("/signin", data={"email": "mallory@evil.example", "csrf": token})
    assert answer.status_code == 200
    assert 'id="sent"' in answer.text
    assert site.outbox() == []


def test_signin_requests_are_rate_limited(site: Site):
    token = site.csrf("/signin")
    codes = [
        site.client.post("/signin", data={"email": "sales@example.com", "csrf": token}).status_code for _ in range(4)
    ]
    assert codes == [200, 200, 200, 429]
    assert len([o for o in site.outbox() if o.template == "staff_signin"]) == 3


def test_a_form_without_the_csrf_token_is_refused(site: Site):
    site.csrf("/signin")
    assert site.client.post("/signin", data={"email": "sales@example.com"}).status_code == 403
    assert site.client.post("/signin", data={"email": "sales@example.com", "csrf": "forged"}).status_code == 403
    assert site.outbox() == []


def test_pages_carry_a_content_security_policy(site: Site):
    page = site.client.get("/signin")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"

"""Authentication-Results: only our server's verdict, only a pass for the sender's own domain."""

import logging

from mailbot.mail.authres import authenticated, check, parse

IDS = ["mx.example.com"]


def test_parse_with_comments_version_and_quotes():
    res = parse(
        "mx.example.com 1; dkim=pass (2048-bit key; unprotected) header.d=example.com "
        'header.s="sel1"; spf=softfail (domain of x) smtp.mailfrom=x@y.org; dmarc=pass'
    )
    assert res.authserv_id == "mx.example.com"
    assert [(r.method, r.result) for r in res.results] == [("dkim", "pass"), ("spf", "softfail"), ("dmarc", "pass")]
    assert res.results[0].props == {"header.d": "example.com", "header.s": "sel1"}


def test_dkim_pass_for_sender_domain():
    assert authenticated(["mx.example.com; dkim=pass header.d=example.com"], "sales@example.com", IDS)
    assert authenticated(["MX.EXAMPLE.COM; dkim=pass header.i=@example.com"], "Sales@Example.com", IDS)


def test_spf_pass_for_sender_domain():
    assert authenticated(["mx.example.com; spf=pass smtp.mailfrom=bounce@example.com"], "a@example.com", IDS)
    assert authenticated(["mx.example.com; spf=pass smtp.mailfrom=example.com"], "a@example.com", IDS)


def test_subdomain_sender_aligned_with_parent_signature():
    assert authenticated(["mx.example.com; dkim=pass header.d=example.com"], "a@eu.example.com", IDS)
    assert not authenticated(["mx.example.com; dkim=pass header.d=eu.example.com"], "a@example.com", IDS)


def test_foreign_authserv_id_is_ignored():
    assert not authenticated(["evil.example.net; dkim=pass header.d=example.com"], "sales@example.com", IDS)


def test_pass_for_another_domain_does_not_count():
    headers = ["mx.example.com; dkim=pass header.d=attacker.org; spf=pass smtp.mailfrom=x@attacker.org"]
    assert not authenticated(headers, "sales@example.com", IDS)
    assert not authenticated(["mx.example.com; dkim=pass header.d=notexample.com"], "a@example.com", IDS)


def test_fail_and_none_results_do_not_count():
    for verdict in ("fail", "softfail", "neutral", "none", "temperror"):
        assert not authenticated(
            [f"mx.example.com; dkim={verdict} header.d=example.com; spf={verdict} smtp.mailfrom=a@example.com"],
            "a@example.com",
            IDS,
        )


def test_missing_or_garbage_headers():
    assert not authenticated([], "a@example.com", IDS)
    assert not authenticated([";;;", "", "mx.example.com; none"], "a@example.com", IDS)
    assert not authenticated(["mx.example.com; dkim=pass header.d=example.com"], "", IDS)


def test_second_header_from_our_server_counts():
    headers = ["other.host; spf=pass smtp.mailfrom=a@example.com", "mx.example.com; dkim=pass header.d=example.com"]
    assert authenticated(headers, "a@example.com", IDS)


OUR_FAIL = ("authentication-results", "mx.example.com; dkim=fail header.d=example.com; spf=fail")
OUR_RECEIVED = ("received", "from evil.example.net by mx.example.com; Mon, 30 Nov 2026 08:00:00 +0000")
FORGED_PASS = ("authentication-results", "mx.example.com; dkim=pass header.d=example.com")


def test_forged_header_with_our_id_below_our_real_verdict_is_ignored(caplog):
    headers = [OUR_FAIL, OUR_RECEIVED, FORGED_PASS, ("received", "from laptop by evil.example.net")]
    with caplog.at_level(logging.WARNING, logger="mailbot.mail.authres"):
        verdict = check(headers, "sales@example.com", IDS, message_id="m1@evil.example.net")
    assert not verdict.authenticated
    assert verdict.ignored == 1
    assert not authenticated(headers, "sales@example.com", IDS)
    assert "RFC 8601" in caplog.text and "m1@evil.example.net" in caplog.text


def test_our_headers_above_our_received_line_all_count():
    # Two milters of our MX (SPF, then DKIM) each add a header above the MX's Received line.
    spf = ("authentication-results", "mx.example.com; spf=fail smtp.mailfrom=example.com")
    dkim = ("authentication-results", "mx.example.com; dkim=pass header.d=example.com")
    headers = [("received", "from mx.example.com by store.example.com"), spf, dkim, OUR_RECEIVED]
    verdict = check(headers, "sales@example.com", IDS)
    assert verdict.authenticated and verdict.ignored == 0 and len(verdict.ours) == 2

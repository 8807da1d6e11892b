"""Nothing a person writes is dropped: quarantine can be undone, transient errors leave the mail in the inbox,
and distinct mails are never taken for duplicates."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from mailbot.pipeline import process_source, requeue
from tests.pipeline.helpers import customer_mail, drop, inbound, run_once, tickets

CUSTOMER = "kim@netz.example.com"
REQUEST = "The OZ-SFP-10G-LR from order SO-2026-0815 shows no link.\nS/N: OZ2311A0042\n\nKim\n"


class _Breaks:
    """An understander that raises ``exc`` while ``broken`` is set, else does the real work."""

    def __init__(self, real, exc: Exception) -> None:
        self.real, self.exc, self.broken = real, exc, True

    def understand(self, mail):
        if self.broken:
            raise self.exc
        return self.real.understand(mail)


def _inbox(ctx):
    path = ctx.settings.sources[0].path
    return [p for sub in ("new", "cur") for p in (path / sub).iterdir()]


def test_requeue_after_a_fix_processes_the_quarantined_mail(make_ctx, monkeypatch):
    ctx = make_ctx()
    broken = _Breaks(ctx.understander, ValueError("rule bug"))
    ctx = dataclasses.replace(ctx, understander=broken)
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST, message_id="<q1@netz.example.com>"))
    [outcome] = run_once(ctx)
    assert outcome.status == "quarantined"
    assert tickets(ctx) == []

    broken.broken = False  # the rule is fixed
    [again] = requeue(ctx, message_id="q1@netz.example.com")
    assert again.status == "processed"
    assert len(tickets(ctx)) == 1
    [row] = inbound(ctx)
    assert row.status == "processed"
    assert requeue(ctx, message_id="q1@netz.example.com") == []  # nothing left to requeue


def test_requeue_all_with_a_reason_takes_only_the_matching_mails(make_ctx, monkeypatch):
    ctx = make_ctx()
    broken = _Breaks(ctx.understander, ValueError("rule bug"))
    ctx = dataclasses.replace(ctx, understander=broken)
    drop(ctx, customer_mail(CUSTOMER, "one", REQUEST, message_id="<a@netz.example.com>"))
    run_once(ctx)
    broken.exc = KeyError("other")
    drop(ctx, customer_mail(CUSTOMER, "two", REQUEST, message_id="<b@netz.example.com>"))
    run_once(ctx)
    broken.broken = False
    outcomes = requeue(ctx, reason="rule bug")
    assert [o.message_id for o in outcomes] == ["a@netz.example.com"]
    assert {r.message_id: r.status for r in inbound(ctx)} == {
        "a@netz.example.com": "processed",
        "b@netz.example.com": "quarantined",
    }


def test_a_quarantined_mail_seen_again_is_not_a_duplicate(make_ctx, monkeypatch):
    ctx = make_ctx()
    broken = _Breaks(ctx.understander, ValueError("rule bug"))
    ctx = dataclasses.replace(ctx, understander=broken)
    data = customer_mail(CUSTOMER, "SFP without link", REQUEST, message_id="<q2@netz.example.com>")
    drop(ctx, data)
    run_once(ctx)
    broken.broken = False
    drop(ctx, data)  # the operator moves it back into the inbox
    [outcome] = run_once(ctx)
    assert outcome.status == "processed"
    assert [r.status for r in inbound(ctx)] == ["processed"]


@pytest.mark.parametrize("message", ["database is locked", "could not connect to server"])
def test_transient_database_errors_leave_the_mail_in_the_inbox(make_ctx, monkeypatch, message):
    ctx = make_ctx()
    broken = _Breaks(ctx.understander, OperationalError("SELECT 1", {}, Exception(message)))
    ctx = dataclasses.replace(ctx, understander=broken)
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    [source] = __import__("mailbot.app", fromlist=["make_sources"]).make_sources(ctx)
    report = process_source(source, ctx)
    assert report.outcomes == ()
    assert report.errors and message in report.errors[0]
    assert len(_inbox(ctx)) == 1
    assert inbound(ctx) == []
    broken.broken = False
    [outcome] = run_once(ctx)
    assert outcome.status == "processed"


def test_an_integrity_error_without_the_row_is_quarantined_not_called_a_duplicate(make_ctx, monkeypatch):
    ctx = make_ctx()
    broken = _Breaks(ctx.understander, IntegrityError("INSERT", {}, Exception("NOT NULL constraint failed")))
    ctx = dataclasses.replace(ctx, understander=broken)
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST, message_id="<ie@netz.example.com>"))
    [outcome] = run_once(ctx)
    assert outcome.status == "quarantined"
    assert "IntegrityError" in outcome.reason
    assert [r.status for r in inbound(ctx)] == ["quarantined"]


def test_three_oddly_written_mails_from_one_sender_are_three_mails(make_ctx):
    ctx = make_ctx()
    head = b"From: Kim <kim@netz.example.com>\r\nTo: service@lumatek-example.com\r\n"
    mails = [
        b"\xef\xbb\xbf" + head + b"Subject: SFP no link\r\n\r\nOZ-SFP-10G-LR, S/N: OZ2311A0042, no link.\r\n",
        (head + b"Subject: second SFP\r\n\r\nOZ-SFP-10G-LR, S/N: OZ2311A0043, no link.\r\n").replace(
            b"\r\n", b"\r\r\n"
        ),
        (head + b"Subject: third SFP\r\n\r\nOZ-SFP-10G-LR, S/N: OZ2311A0044, no link.\r\n").replace(
            b"From:", b"From  :"
        ),
    ]
    for data in mails:
        drop(ctx, data)
    outcomes = run_once(ctx)
    assert [o.status for o in outcomes] == ["processed"] * 3
    assert len({r.message_id for r in inbound(ctx)}) == 3
    assert len(tickets(ctx)) == 3


def _raw(message_id: bytes, subject: bytes = b"SFP no link", body: bytes = b"S/N: OZ2311A0042, no link.\r\n") -> bytes:
    return (
        b"From: Kim <kim@netz.example.com>\r\nTo: service@lumatek-example.com\r\nSubject: "
        + subject
        + b"\r\nMessage-ID: "
        + message_id
        + b"\r\n\r\n"
        + body
    )


def test_unstorable_values_are_normalised_before_the_database(make_ctx):
    """SQLite takes these; PostgreSQL refuses a NUL byte and a VARCHAR overflow (run with MAILBOT_TEST_DATABASE_URL)."""
    ctx = make_ctx()
    long_id = b"<" + b"x" * 1200 + b"@netz.example.com>"
    drop(ctx, _raw(long_id))
    drop(ctx, _raw(b"<nul\x00inside@netz.example.com>", subject=b"second"))
    drop(
        ctx,
        _raw(
            b"<plain@netz.example.com>", subject=b"third \x00 nul", body=b"S/N: OZ2311A0045, no link \x00 at all.\r\n"
        ),
    )
    outcomes = run_once(ctx)
    assert [o.status for o in outcomes] == ["processed"] * 3, [o.reason for o in outcomes]
    rows = inbound(ctx)
    assert len(rows) == 3
    assert all(len(r.message_id) <= 998 and "\x00" not in r.message_id for r in rows)
    assert all("\x00" not in r.subject + r.text for r in rows)
    assert _inbox(ctx) == []
    drop(ctx, _raw(long_id))  # the same mail again is still recognised
    assert [o.status for o in run_once(ctx)] == ["duplicate"]


def test_a_mail_whose_quarantine_cannot_be_written_is_moved_aside_and_the_loop_goes_on(make_ctx, monkeypatch):
    import mailbot.pipeline as pipeline

    ctx = make_ctx()
    real = ctx.understander

    class FailsOnFirst:
        def understand(self, mail):
            if mail.subject == "first":
                raise ValueError("cannot read")
            return real.understand(mail)

    def quarantine_fails(*args, **kwargs):
        raise ValueError("value refused by the database")

    ctx = dataclasses.replace(ctx, understander=FailsOnFirst())
    monkeypatch.setattr(pipeline, "quarantine", quarantine_fails)
    drop(ctx, customer_mail(CUSTOMER, "first", REQUEST))
    drop(ctx, customer_mail(CUSTOMER, "second", REQUEST))
    outcomes = run_once(ctx)
    assert [o.status for o in outcomes] == ["quarantined", "processed"]
    assert "not recorded" in outcomes[0].reason
    assert _inbox(ctx) == []
    aside = ctx.settings.sources[0].path / ".Quarantine" / "cur"
    assert len(list(aside.iterdir())) == 1


def test_a_mail_over_the_size_limit_is_quarantined_before_it_is_parsed(make_ctx, monkeypatch):
    import mailbot.pipeline as pipeline
    from mailbot.config import Limits

    ctx = make_ctx(limits=Limits(max_raw_mail_bytes=50_000))
    parsed = []
    real_parse = pipeline.parse
    monkeypatch.setattr(pipeline, "parse", lambda data: parsed.append(len(data)) or real_parse(data))
    big = customer_mail(
        CUSTOMER, "huge", REQUEST, attachments=(("scan.bin", "application/octet-stream", b"\0" * 60_000),)
    )
    drop(ctx, big)
    drop(ctx, customer_mail(CUSTOMER, "small", REQUEST))
    outcomes = run_once(ctx)
    assert [o.status for o in outcomes] == ["quarantined", "processed"]
    assert "too large" in outcomes[0].reason and "50000" in outcomes[0].reason
    assert all(size < 50_000 for size in parsed)  # the big one was never parsed


def test_a_nul_byte_in_a_charset_name_does_not_stop_the_mail(make_ctx):
    ctx = make_ctx()
    drop(
        ctx,
        b"From: kim@netz.example.com\r\nTo: service@lumatek-example.com\r\nSubject: SFP no link\r\n"
        b'Message-ID: <nul-cs@netz.example.com>\r\nContent-Type: text/plain; charset="utf\x00-8"\r\n\r\n'
        b"OZ-SFP-10G-LR S/N: OZ2311A0042 shows no link.\r\n",
    )
    [outcome] = run_once(ctx)
    assert outcome.status == "processed"

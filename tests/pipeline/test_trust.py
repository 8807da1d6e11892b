"""Trust through the whole path: spoofed commands change nothing, strangers see nothing, forwards
belong to the real customer."""

from __future__ import annotations

from sqlmodel import select

from mailbot.mail.threadtoken import make_message_id
from mailbot.store.models import Event, Outbox
from tests.pipeline.helpers import (
    body_of,
    customer_mail,
    drop,
    run_once,
    sent_mails,
    tickets,
)

CUSTOMER = "kim@netz.example.com"
REQUEST = "The OZ-SFP-10G-LR from order SO-2026-0815 shows no link, no Rx light.\nS/N: OZ2311A0042\n\nKim\n"


def _open(ctx):
    drop(ctx, customer_mail(CUSTOMER, "SFP without link", REQUEST))
    run_once(ctx)
    [ticket] = tickets(ctx)
    return ticket


def test_spoofed_approve_changes_nothing(make_ctx, clock):
    ctx = make_ctx()
    ticket = _open(ctx)
    assert ticket.status == "waiting_rep"
    before = len(sent_mails(ctx))
    clock.advance(minutes=5)
    # From says the rep, but the receiving server saw no DKIM/SPF pass for example.com.
    drop(
        ctx,
        customer_mail(
            "sales@example.com",
            f"Re: [{ticket.rma}] confirm",
            "#approve\n",
            headers={"Authentication-Results": "mx.example.com; dkim=fail; spf=softfail"},
        ),
    )
    run_once(ctx)

    [after] = tickets(ctx)
    assert after.status == "waiting_rep"
    assert all("authorised" not in m["Subject"] for m in sent_mails(ctx)[before:])
    [told] = sent_mails(ctx)[before:]  # the real rep learns the command was not accepted, and why
    assert told["To"] == "sales@example.com" and told["Subject"].startswith(f"[{ticket.rma}] Not accepted")
    assert "dkim=fail" in body_of(told)
    with ctx.sessions() as s:
        kinds = s.exec(select(Event.kind).where(Event.ticket_id == ticket.id)).all()
    assert "spoofed_command" in kinds


def test_authentication_results_from_another_server_do_not_count(make_ctx, clock):
    ctx = make_ctx()
    ticket = _open(ctx)
    clock.advance(minutes=5)
    drop(
        ctx,
        customer_mail(
            "sales@example.com",
            f"Re: [{ticket.rma}] confirm",
            "#approve\n",
            headers={"Authentication-Results": "evil.example.net; dkim=pass header.d=example.com"},
        ),
    )
    run_once(ctx)
    assert tickets(ctx)[0].status == "waiting_rep"


def test_stranger_quoting_an_rma_gets_a_ticket_of_their_own(make_ctx, clock):
    ctx = make_ctx()
    ticket = _open(ctx)
    clock.advance(minutes=5)
    drop(
        ctx,
        customer_mail(
            "eve@elsewhere.example.org",
            f"Re: [{ticket.rma}] status?",
            f"What is the status of {ticket.rma}? Please send me the details.\n",
        ),
    )
    run_once(ctx)

    mine, theirs = tickets(ctx)
    assert mine.rma == ticket.rma and mine.status == "waiting_rep"
    assert theirs.customer_email == "eve@elsewhere.example.org" and theirs.rma != ticket.rma
    to_eve = [m for m in sent_mails(ctx) if m["To"] == "eve@elsewhere.example.org"]
    assert to_eve
    for mail in to_eve:
        text = mail.as_string()
        assert ticket.rma not in mail["Subject"]
        assert "OZ2311A0042" not in text and "SO-2026-0815" not in text and CUSTOMER not in text


def test_forged_reference_to_our_message_id_does_not_open_the_thread(make_ctx, clock):
    ctx = make_ctx()
    _open(ctx)
    with ctx.sessions() as s:
        ours = s.exec(select(Outbox).where(Outbox.recipients.is_not(None))).first()  # type: ignore[union-attr]
    clock.advance(minutes=5)
    drop(
        ctx,
        customer_mail(
            "eve@elsewhere.example.org",
            "Re: your mail",
            "Serial OZ2311A9999 also broken",
            in_reply_to=f"<{ours.message_id}>",
        ),
    )
    run_once(ctx)
    assert len(tickets(ctx)) == 2
    assert "OZ2311A9999" not in tickets(ctx)[0].serial_numbers


def test_rep_forward_belongs_to_the_customer_and_is_assigned_to_the_rep(make_ctx):
    ctx = make_ctx()
    forward = (
        "Please handle this one.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Kim Weber <kim@netz.example.com>\n"
        "Date: Mon, 16 Nov 2026 08:12\n"
        "Subject: SFP without link\n"
        "To: Sales Desk <sales@example.com>\n\n" + REQUEST
    )
    drop(
        ctx,
        customer_mail(
            "sales@example.com",
            "Fwd: SFP without link",
            forward,
            headers={"Authentication-Results": "mx.example.com; dkim=pass header.d=example.com"},
        ),
    )
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert ticket.customer_email == CUSTOMER
    assert ticket.forwarded_by == "sales@example.com"
    assert ticket.assigned_rep == "sales@example.com"
    recipients = [m["To"] for m in sent_mails(ctx)]
    assert CUSTOMER in recipients  # the customer hears from us directly
    assert "sales@example.com" in recipients
    to_customer = next(m for m in sent_mails(ctx) if m["To"] == CUSTOMER)
    assert ticket.rma in to_customer["Subject"] and "Please handle this one" not in body_of(to_customer)


def _colleague_forward(auth: str) -> bytes:
    """A colleague at the company's own domain, not listed in staff.yml, forwards Kim's complaint."""
    forward = (
        "Kim called me about this, can you take it?\n\n"
        "---------- Forwarded message ---------\n"
        "From: Kim Weber <kim@netz.example.com>\n"
        "Date: Mon, 16 Nov 2026 08:12\n"
        "Subject: SFP without link\n"
        "To: Anna Berg <anna.berg@lumatek-example.com>\n\n" + REQUEST
    )
    return customer_mail(
        "Anna Berg <anna.berg@lumatek-example.com>",
        "Fwd: SFP without link",
        forward,
        headers={"Authentication-Results": f"mx.example.com; {auth}"},
    )


def test_colleague_outside_staff_yml_forward_opens_the_customers_ticket(make_ctx):
    ctx = make_ctx()
    assert ctx.rules.staff.member("anna.berg@lumatek-example.com") is None
    drop(ctx, _colleague_forward("dkim=pass header.d=lumatek-example.com"))
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert ticket.customer_email == CUSTOMER
    assert ticket.forwarded_by == "anna.berg@lumatek-example.com"
    assert ticket.assigned_rep == ctx.rules.routing.rep_for(CUSTOMER, "", ("SO-2026-0815",))
    recipients = [m["To"] for m in sent_mails(ctx)]
    assert CUSTOMER in recipients
    assert all("Kim called me" not in body_of(m) for m in sent_mails(ctx) if m["To"] == CUSTOMER)


def test_unauthenticated_colleague_forward_writes_to_nobody(make_ctx):
    ctx = make_ctx()
    drop(ctx, _colleague_forward("dkim=fail; spf=fail"))
    run_once(ctx)

    # Nothing a person wrote is dropped: the customer's ticket opens, but a forward we cannot confirm
    # never makes us write to the address it names; the colleague's real address is told why.
    [ticket] = tickets(ctx)
    assert ticket.customer_email == CUSTOMER
    recipients = [m["To"] for m in sent_mails(ctx)]
    assert CUSTOMER not in recipients
    assert "anna.berg@lumatek-example.com" in recipients


def test_forged_signed_reference_cannot_join_a_ticket_on_the_embedded_default(make_ctx, clock, tmp_path):
    """With no secret configured the key once came from the database URL, a constant anyone could
    compute; now it is random, so a Message-ID signed with the old key is just an unknown id."""
    url = f"sqlite:///{tmp_path / 'embedded.db'}"
    ctx = make_ctx(database_url=url, secret=None)
    ticket = _open(ctx)
    stranger = "eve@elsewhere.example.org"
    forged = make_message_id(("mailbot-default:" + url).encode(), ticket.rma, stranger, "f00d", "lumatek-example.com")
    clock.advance(minutes=5)
    drop(ctx, customer_mail(stranger, "Re: your mail", "Serial OZ2311A9999 also broken", in_reply_to=f"<{forged}>"))
    run_once(ctx)
    first, *others = tickets(ctx)
    assert first.customer_email == CUSTOMER and stranger not in first.participants
    assert [t.customer_email for t in others] == [stranger]
    assert all(stranger not in (m["Cc"] or "") for m in sent_mails(ctx))


def test_forged_authentication_results_below_our_real_fail_does_not_approve(make_ctx, clock, caplog):
    ctx = make_ctx()
    ticket = _open(ctx)
    clock.advance(minutes=5)
    forged = customer_mail(
        "sales@example.com",
        f"Re: [{ticket.rma}] confirm",
        "#approve\n",
        headers={"Authentication-Results": "mx.example.com; dkim=pass header.d=example.com"},
    )
    # What our MX prepends: its verdict, above the Received line it adds; the forged one came below.
    ours = (
        b"Authentication-Results: mx.example.com; dkim=none; spf=fail smtp.mailfrom=example.com\r\n"
        b"Received: from evil.example.net by mx.example.com; Mon, 30 Nov 2026 08:00:00 +0000\r\n"
    )
    drop(ctx, ours + forged)
    with caplog.at_level("WARNING", logger="mailbot.mail.authres"):
        run_once(ctx)
    [after] = tickets(ctx)
    assert after.status == "waiting_rep"
    with ctx.sessions() as s:
        kinds = s.exec(select(Event.kind).where(Event.ticket_id == ticket.id)).all()
    assert "spoofed_command" in kinds and "approved" not in " ".join(kinds)
    assert "RFC 8601" in caplog.text


def test_unauthenticated_forward_opens_the_ticket_but_writes_only_to_staff(make_ctx):
    ctx = make_ctx()
    forward = (
        "Please handle this one.\n\n---------- Forwarded message ---------\n"
        "From: Kim Weber <kim@netz.example.com>\nDate: Mon, 16 Nov 2026 08:12\nSubject: SFP without link\n"
        "To: Sales Desk <sales@example.com>\n\n" + REQUEST
    )
    drop(ctx, customer_mail("sales@example.com", "Fwd: SFP without link", forward))  # no Authentication-Results
    [outcome] = run_once(ctx)
    assert outcome.status == "processed" and outcome.created_ticket
    [ticket] = tickets(ctx)
    assert ticket.customer_email == CUSTOMER
    with ctx.sessions() as s:
        kinds = s.exec(select(Event.kind).where(Event.ticket_id == ticket.id)).all()
    assert "unauthenticated_forward" in kinds
    sent = sent_mails(ctx)
    assert sent and all(CUSTOMER not in (m["To"] or "") + (m["Cc"] or "") for m in sent)
    assert any("Not accepted" in m["Subject"] and m["To"] == "sales@example.com" for m in sent)


def test_staff_address_in_an_encoded_display_name_is_not_the_sender(make_ctx, clock):
    """DKIM passes for the attacker's own domain; the name says the rep. The address decides."""
    ctx = make_ctx()
    ticket = _open(ctx)
    clock.advance(minutes=5)
    raw = customer_mail(
        "eve@evil.example",
        f"Re: [{ticket.rma}] confirm",
        "#approve\n",
        headers={"Authentication-Results": "mx.example.com; dkim=pass header.d=evil.example"},
    )
    raw = raw.replace(b"From: eve@evil.example", b"From: =?utf-8?q?sales=40example.com?= <eve@evil.example>", 1)
    drop(ctx, raw)
    run_once(ctx)
    assert tickets(ctx)[0].status == "waiting_rep"
    with ctx.sessions() as s:
        actors = s.exec(select(Event.actor).where(Event.ticket_id == ticket.id)).all()
    assert "sales@example.com" not in actors  # the mail was never taken for the rep's
    assert all(m["To"] != "sales@example.com" or "Not accepted" not in m["Subject"] for m in sent_mails(ctx))

"""Mail in, RMA ticket, reply out: the whole path on the embedded default (Maildir in, files out)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import MAIL, REPO
from tests.pipeline.helpers import (
    body_of,
    customer_mail,
    drop,
    inbound,
    outbox,
    run_once,
    sent_mails,
    tickets,
)

COMPLETE = """Hello,

one of the OZ-SFP-10G-LR transceivers from our last delivery does not bring the link up.
The port stays down and the switch reports no Rx light, also after swapping the patch cord.

Order No.: SO-2026-0815
S/N: OZ2311A0042

Please send an RMA number.

Regards,
Maria Costa
"""

NO_SERIAL = """Hi,

the MC-2200 media converter delivered with PO 4500098761 does not power on: no LEDs at all,
tried two different power supplies.

Thanks,
Tom
"""


def auto_issue_rules(tmp_path: Path) -> Path:
    """A copy of rules/ whose policy issues the RMA at once when nothing is missing."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    policy = rules / "policy.yml"
    policy.write_text(policy.read_text().replace("rma_issue: rep_confirms", "rma_issue: auto"))
    return rules


def test_complete_request_is_acknowledged_and_the_rep_asked_to_confirm(make_ctx):
    ctx = make_ctx()
    drop(ctx, customer_mail("Maria Costa <maria@fibrenet.example.pt>", "Faulty SFP module", COMPLETE))
    outcomes = run_once(ctx)

    assert [o.status for o in outcomes] == ["processed"]
    [ticket] = tickets(ctx)
    # Until the rep confirms, the ticket and its mails carry a request reference, not an RMA number.
    assert ticket.rma == ticket.request_ref == "REQ-2026-00001"
    assert ticket.customer_email == "maria@fibrenet.example.pt"
    assert "SO-2026-0815" in ticket.order_numbers
    assert "OZ2311A0042" in ticket.serial_numbers
    ack, ask = sent_mails(ctx)
    assert ack["To"] == "maria@fibrenet.example.pt"
    assert "[REQ-2026-00001]" in ack["Subject"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["In-Reply-To"] and ack["References"]
    assert "REQ-2026-00001" in body_of(ack) and "do not ship anything yet" in body_of(ack)
    assert "RMA-" not in body_of(ack)
    assert ack.get_body(("html",)) is not None
    assert ask["To"] == ticket.assigned_rep
    assert "[REQ-2026-00001]" in ask["Subject"]
    assert [o.status for o in outbox(ctx)] == ["sent", "sent"]
    # The processed mail was moved, not deleted.
    inbox = Path(ctx.settings.sources[0].path)
    assert not list((inbox / "new").iterdir())
    assert len(list((inbox / ".Processed" / "cur").iterdir())) == 1


def test_auto_issue_policy_sends_rma_and_return_instructions_at_once(make_ctx, tmp_path):
    ctx = make_ctx(rules_dir=auto_issue_rules(tmp_path))
    drop(ctx, customer_mail("Maria Costa <maria@fibrenet.example.pt>", "Faulty SFP module", COMPLETE))
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert ticket.status == "rma_issued" and ticket.request_ref is None  # no confirmation step: RMA at once
    [reply] = sent_mails(ctx)
    assert "[RMA-2026-00001]" in reply["Subject"]
    text = body_of(reply)
    assert "RMA-2026-00001" in text and "How to return the goods" in text
    assert "OZ2311A0042" in text  # the warranty finding names each serial


def test_request_without_serial_asks_for_it(make_ctx):
    ctx = make_ctx()
    drop(ctx, customer_mail("tom@kabelwerk.example.de", "Media converter dead", NO_SERIAL))
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert "serial_number" in ticket.missing_fields
    [reply] = [m for m in sent_mails(ctx) if m["To"] == "tom@kabelwerk.example.de"]
    text = body_of(reply)
    assert "serial number" in text.lower()
    assert ticket.rma in reply["Subject"]


def test_reply_in_thread_updates_same_ticket(make_ctx, clock):
    ctx = make_ctx()
    drop(
        ctx,
        customer_mail(
            "tom@kabelwerk.example.de", "Media converter dead", NO_SERIAL, message_id="<first@kabelwerk.example.de>"
        ),
    )
    run_once(ctx)
    [ask] = [m for m in sent_mails(ctx) if m["To"] == "tom@kabelwerk.example.de"]
    clock.advance(hours=2)
    drop(
        ctx,
        customer_mail(
            "tom@kabelwerk.example.de",
            f"Re: {ask['Subject']}",
            "Here it is: S/N: MC22A0091\n\nTom",
            in_reply_to=ask["Message-ID"],
        ),
    )
    run_once(ctx)

    [ticket] = tickets(ctx)
    assert "MC22A0091" in ticket.serial_numbers
    assert "serial_number" not in ticket.missing_fields
    assert len(inbound(ctx)) == 2
    assert all(m.ticket_id == ticket.id for m in inbound(ctx))


def test_bounce_and_out_of_office_get_no_reply(make_ctx):
    ctx = make_ctx()
    drop(ctx, (MAIL / "bounce.eml").read_bytes())
    drop(ctx, (MAIL / "ooo.eml").read_bytes())
    outcomes = run_once(ctx)

    assert len(outcomes) == 2
    assert all(o.status in ("ignored", "processed") for o in outcomes)
    assert outbox(ctx) == []
    assert sent_mails(ctx) == []
    assert tickets(ctx) == []


def test_malformed_mail_is_quarantined_and_the_run_goes_on(make_ctx):
    ctx = make_ctx()
    drop(ctx, b"\x00\x01\x02 this is not a mail at all \xff\xfe")
    drop(ctx, customer_mail("maria@fibrenet.example.pt", "Faulty SFP module", COMPLETE))
    outcomes = run_once(ctx)

    assert sorted(o.status for o in outcomes) == ["processed", "quarantined"]
    assert len(tickets(ctx)) == 1
    [kept] = [m for m in inbound(ctx) if m.status == "quarantined"]
    assert kept.reason and kept.raw_sha256
    assert ctx.apply_env.blobs.get(kept.raw_sha256).startswith(b"\x00\x01\x02")
    inbox = Path(ctx.settings.sources[0].path)
    assert len(list((inbox / ".Quarantine" / "cur").iterdir())) == 1


def test_same_inbox_twice_opens_nothing_new(make_ctx):
    ctx = make_ctx()
    data = customer_mail(
        "maria@fibrenet.example.pt", "Faulty SFP module", COMPLETE, message_id="<once@fibrenet.example.pt>"
    )
    drop(ctx, data)
    run_once(ctx)
    drop(ctx, data)  # the same mail delivered again (a client re-sent it, an inbox was re-imported)
    outcomes = run_once(ctx)

    assert [o.status for o in outcomes] == ["duplicate"]
    assert len(tickets(ctx)) == 1
    assert len(outbox(ctx)) == 2  # acknowledgement + confirmation request, once each
    assert len(sent_mails(ctx)) == 2


def test_mail_without_message_id_is_keyed_by_content(make_ctx):
    ctx = make_ctx()
    data = customer_mail("maria@fibrenet.example.pt", "Faulty SFP module", COMPLETE)
    data = b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"Message-ID"))
    drop(ctx, data)
    drop(ctx, data)
    outcomes = run_once(ctx)

    assert sorted(o.status for o in outcomes) == ["duplicate", "processed"]
    assert len(tickets(ctx)) == 1


def test_attachments_over_the_limits_are_recorded_and_the_customer_told(make_ctx):
    from sqlmodel import select

    from mailbot.config import Limits
    from mailbot.store.models import AttachmentRow

    ctx = make_ctx(limits=Limits(max_attachments=2, max_mail_bytes=5000))
    photos = tuple((f"photo{n}.jpg", "image/jpeg", bytes([n]) * 2000) for n in range(4))
    drop(ctx, customer_mail("maria@fibrenet.example.pt", "Faulty SFP module", COMPLETE, attachments=photos))
    [outcome] = run_once(ctx)

    assert outcome.status == "processed" and outcome.rma
    with ctx.sessions() as s:
        rows = s.exec(select(AttachmentRow).order_by(AttachmentRow.id)).all()
    assert [(r.filename, r.kept) for r in rows] == [
        ("photo0.jpg", True),
        ("photo1.jpg", True),
        ("photo2.jpg", False),
        ("photo3.jpg", False),
    ]
    assert all(r.size == 2000 for r in rows)
    [notice] = [m for m in sent_mails(ctx) if "could not be kept" in m["Subject"]]
    assert notice["To"] == "maria@fibrenet.example.pt"
    assert "photo2.jpg" in body_of(notice) and "photo3.jpg" in body_of(notice)
    assert "photo1.jpg" not in body_of(notice)


def test_each_inbox_answers_from_its_own_address(make_ctx, tmp_path):
    from mailbot.config import MaildirSource
    from mailbot.mail.sources.maildir import deliver_to_maildir

    ctx = make_ctx(
        sources=(
            MaildirSource(name="service", path=tmp_path / "service", address="service@lumatek-example.com"),
            MaildirSource(name="emea", path=tmp_path / "emea", address="rma-emea@lumatek-example.com"),
        )
    )
    deliver_to_maildir(
        tmp_path / "emea",
        customer_mail("tom@kabelwerk.example.de", "Dead unit", NO_SERIAL, to="rma-emea@lumatek-example.com"),
    )
    deliver_to_maildir(tmp_path / "service", customer_mail("maria@fibrenet.example.pt", "Faulty", COMPLETE))
    run_once(ctx)

    senders = {m["To"]: m["From"] for m in sent_mails(ctx)}
    assert "rma-emea@lumatek-example.com" in senders["tom@kabelwerk.example.de"]
    assert "service@lumatek-example.com" in senders["maria@fibrenet.example.pt"]

"""The caching e-mail policy writes the very bytes email.policy.default writes, and parses a header once."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage

from mailbot.mail.headercache import MAIL_POLICY

LONG_REFS = " ".join(f"<rma-2026-{n:05d}.{'a' * 24}@service.example>" for n in range(12))


def build(policy: email.policy.Policy, subject: str) -> EmailMessage:
    msg = EmailMessage(policy=policy)
    msg["From"] = "Lumatek Service <service@example.com>"
    msg["To"] = "Buyer One <buyer1@customer.example>, buyer2@customer.example"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 23 Nov 2026 02:00:00 +0000"
    msg["Message-ID"] = "<rma-2026-00001.abc@service.example>"
    msg["References"] = LONG_REFS
    msg.set_content("Dear customer,\n\nwe are still waiting · 仍在等待\n")
    msg.add_alternative("<p>Dear customer</p>", subtype="html")
    msg.set_boundary("fixed-boundary")  # the generator's random one would differ between the two
    return msg


def test_same_bytes_as_the_default_policy_at_both_line_lengths():
    for subject in (
        "[RMA-2026-00001] Reminder: " + "still waiting " * 8,
        "[RMA-2026-00001] 提醒：我们仍在等待您的回复" * 3,
    ):
        for length in (78, 998):
            ours = build(MAIL_POLICY, subject).as_bytes(policy=MAIL_POLICY.clone(max_line_length=length))
            theirs = build(email.policy.default, subject).as_bytes(
                policy=email.policy.default.clone(max_line_length=length)
            )
            assert ours == theirs
            # Asked again, the remembered folding is the one for this line length, not the other's.
            assert build(MAIL_POLICY, subject).as_bytes(policy=MAIL_POLICY.clone(max_line_length=length)) == theirs


def test_a_header_value_is_parsed_once_and_shared():
    one, two = build(MAIL_POLICY, "Hello"), build(MAIL_POLICY, "Hello")
    assert one["From"] is two["From"] and one["To"] is two["To"]
    assert one["To"].addresses[0].addr_spec == "buyer1@customer.example"  # still a parsed address header
    assert build(email.policy.default, "Hello")["From"] is not build(email.policy.default, "Hello")["From"]


def test_a_parsed_mail_is_refolded_as_by_the_default_policy():
    raw = build(email.policy.default, "x " * 60).as_bytes()
    ours = email.message_from_bytes(raw, policy=MAIL_POLICY).as_bytes()  # type: ignore[arg-type]
    assert ours == email.message_from_bytes(raw, policy=email.policy.default).as_bytes()  # type: ignore[arg-type]


def test_the_caches_stay_small_however_many_mails_are_made():
    """Headers unique to each mail (To, Subject, Message-ID, References) are not kept without bound: the
    memory the caches hold after 2,000 mails is a small fixed amount, not a parse tree per mail made."""
    import gc
    import tracemalloc

    def mail(n: int) -> bytes:
        msg = EmailMessage(policy=MAIL_POLICY)
        msg["From"] = "Lumatek Service <service@example.com>"
        msg["To"] = f"buyer{n}@customer{n}.example"
        msg["Subject"] = f"[RMA-2026-{n:07d}] Reminder: we are still waiting for the information we asked for"
        msg["Message-ID"] = f"<rma-2026-{n:07d}.{'b' * 40}@service.example>"
        msg["References"] = f"<ack-{n}@service.example> <first-{n}@customer.example>"
        msg.set_content("Dear customer,\n")
        return msg.as_bytes()

    mail(0)  # the recurring headers made once, before measuring
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(1, 2001):
            mail(n)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 4 * 2**20, f"{held / 2**20:.1f} MiB kept after 2,000 mails"

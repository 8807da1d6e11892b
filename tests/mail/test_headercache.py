"""The caching e-mail policy writes the very bytes email.policy.default writes, and parses a header once."""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime, timedelta, timezone
from email.headerregistry import ContentTypeHeader
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mailbot.mail.headercache import MAIL_POLICY, multipart_type

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


def without(raw: bytes, name: str) -> bytes:
    """``raw`` with its top-level header field ``name`` (and the field's continuation lines) taken out."""
    head, _, body = raw.partition(b"\n\n")
    kept, dropping = [], False
    for line in head.split(b"\n"):
        if not line[:1].isspace():
            dropping = line.lower().startswith(name.lower().encode() + b":")
        if not dropping:
            kept.append(line)
    return b"\n".join(kept) + b"\n\n" + body


def test_same_bytes_as_the_default_policy_at_both_line_lengths():
    for subject in (
        "[RMA-2026-00001] Reminder: " + " ".join(["still waiting"] * 8),
        "[RMA-2026-00001] 提醒：我们仍在等待您的回复" * 3,
    ):
        for length in (78, 998):
            ours = build(MAIL_POLICY, subject).as_bytes(policy=MAIL_POLICY.clone(max_line_length=length))
            theirs = build(email.policy.default, subject).as_bytes(
                policy=email.policy.default.clone(max_line_length=length)
            )
            if subject.isascii():
                assert ours == theirs
            else:  # a non-ASCII subject is encoded so that its spaces survive (tests/mail/test_subject_encoding.py)
                assert without(ours, "Subject") == without(theirs, "Subject") and ours != theirs
                assert str(email.message_from_bytes(ours, policy=email.policy.default)["Subject"]) == subject
            # Asked again, the remembered folding is the one for this line length, not the other's.
            assert build(MAIL_POLICY, subject).as_bytes(policy=MAIL_POLICY.clone(max_line_length=length)) == ours


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


# --- values kept as plain strings must be written exactly as email.policy.default writes them -------

ATEXT = "ABCxyz019!#$%&'*+/=?^_`{|}~-"
_atom = st.text(ATEXT, min_size=1, max_size=12)
_dot_atom = st.lists(_atom, min_size=1, max_size=4).map(".".join)
_address = st.builds(lambda local, domain: f"{local}@{domain}", _dot_atom, _dot_atom)
_msg_id = _address.map(lambda a: f"<{a}>")
_word = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=30)
# Anything at all too, so that what the plain path refuses is shown to go the parsing way.
_any = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
)
VALUES = {
    "To": st.one_of(st.lists(_address, min_size=1, max_size=6).map(", ".join), _any),
    "Cc": st.one_of(_address, _any),
    "Subject": st.one_of(st.lists(_word, min_size=1, max_size=20).map(" ".join), _any),
    "Message-ID": st.one_of(_msg_id, _any),
    "In-Reply-To": st.one_of(_msg_id, _any),
    "References": st.one_of(st.lists(_msg_id, min_size=1, max_size=20).map(" ".join), _any),
}


def _written(policy: email.policy.EmailPolicy, name: str, value: str, length: int) -> bytes | str:
    msg = EmailMessage(policy=policy)
    try:
        msg[name] = value
        return msg.as_bytes(policy=policy.clone(max_line_length=length))
    except Exception as exc:  # the same refusal either way (e.g. a defect the generator cannot write)
        return type(exc).__name__


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(sorted(VALUES)), data=st.data(), length=st.sampled_from([40, 78, 998]))
@example(name="Subject", data=None, length=78).via("text that looks like an encoded word")
def test_unique_headers_written_as_the_default_policy_writes_them(name, data, length):
    """The same bytes, but for a subject or a non-ASCII display name the default policy would write so
    that a space is lost (or an "=?…?=" in the text decoded): those read back to what was given."""
    value = "x =?utf-8?q?abc?= y" if data is None else data.draw(VALUES[name])
    ours, theirs = _written(MAIL_POLICY, name, value, length), _written(email.policy.default, name, value, length)
    if ours == theirs:
        return
    assert isinstance(ours, bytes) and isinstance(theirs, bytes), (ours, theirs)
    assert without(ours, name) == without(theirs, name)
    read = email.message_from_bytes(ours, policy=email.policy.default)[name]
    if name == "Subject":
        assert str(read) == value
        return
    assert name in ("To", "Cc")
    given_ = email.policy.default.header_factory(name, value)
    assert [a.addr_spec for a in read.addresses] == [a.addr_spec for a in given_.addresses]
    assert ["".join(a.display_name.split()) for a in read.addresses] == [
        "".join(a.display_name.split()) for a in given_.addresses
    ]


def test_a_plain_unique_value_is_kept_as_a_string_and_read_back_parsed():
    msg = EmailMessage(policy=MAIL_POLICY)
    msg["To"] = "anna@example.org, bob@example.net"
    msg["Subject"] = "[RMA-2026-00001] Reminder: we are still waiting"
    msg["Message-ID"] = "<rma-2026-00001.0123abcd@service.example>"
    msg["Cc"] = "Anna Costa <anna@example.org>"  # a display name: parsed as before
    raw = dict(msg.raw_items())
    assert type(raw["To"]) is str and type(raw["Subject"]) is str and type(raw["Message-ID"]) is str
    assert not isinstance(raw["Cc"], str) or hasattr(raw["Cc"], "name")
    assert [a.addr_spec for a in msg["To"].addresses] == ["anna@example.org", "bob@example.net"]


def _multipart(policy: email.policy.EmailPolicy, boundary: str, ours: bool) -> EmailMessage:
    msg = EmailMessage(policy=policy)
    msg["Subject"] = "Hello"
    msg.set_content("text\n")
    if ours:
        msg.make_alternative()
        msg.replace_header("Content-Type", multipart_type("alternative", boundary))
    else:
        msg.make_alternative(boundary=boundary)
    msg.add_alternative("<p>html</p>", subtype="html")
    return msg


@pytest.mark.parametrize(
    "boundary",
    [
        "=" * 15 + "0123456789abcdef" * 2 + "==",
        "=" * 15 + "f" * 32 + "==",
        "other-boundary",
        "=" * 15 + "A" * 32 + "==",
    ],
)
def test_multipart_type_is_what_set_param_makes(boundary):
    ours, theirs = _multipart(MAIL_POLICY, boundary, True), _multipart(email.policy.default, boundary, False)
    assert ours["Content-Type"] == theirs["Content-Type"] and ours.get_boundary() == boundary
    assert dict(ours["Content-Type"].params) == dict(theirs["Content-Type"].params)
    assert ours["Content-Type"].content_type == "multipart/alternative"
    for length in (40, 78, 998):
        assert ours.as_bytes(policy=MAIL_POLICY.clone(max_line_length=length)) == theirs.as_bytes(
            policy=email.policy.default.clone(max_line_length=length)
        )


def test_multipart_type_does_not_parse_each_boundary(monkeypatch):
    multipart_type("alternative", "=" * 15 + "1" * 32 + "==")  # the sample parsed and checked once
    parsed = []
    real = ContentTypeHeader.value_parser
    monkeypatch.setattr(ContentTypeHeader, "value_parser", staticmethod(lambda v: parsed.append(v) or real(v)))
    header = multipart_type("alternative", "=" * 15 + "2" * 32 + "==")
    assert parsed == [] and header.params["boundary"] == "=" * 15 + "2" * 32 + "=="


@pytest.mark.parametrize(
    "when",
    [
        datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
        datetime(2026, 11, 23, 10, 0, 5, 123456, tzinfo=timezone(timedelta(hours=8))),
        datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        datetime(2026, 1, 2, 3, 4, 5),  # naive: "-0000", as format_datetime writes it
    ],
)
def test_a_date_is_kept_as_its_text_and_written_as_the_default_policy_writes_it(when):
    ours, theirs = EmailMessage(policy=MAIL_POLICY), EmailMessage(policy=email.policy.default)
    ours["Date"] = theirs["Date"] = when
    assert type(dict(ours.raw_items())["Date"]) is str
    for length in (30, 78, 998):
        assert ours.as_bytes(policy=MAIL_POLICY.clone(max_line_length=length)) == theirs.as_bytes(
            policy=email.policy.default.clone(max_line_length=length)
        )
    assert ours["Date"].datetime == when.replace(microsecond=0)

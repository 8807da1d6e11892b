"""Signed Message-IDs: round trip, tamper-proof, case-tolerant."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailbot.mail.threadtoken import make_message_id, verify

KEY = b"s3cret"


def test_round_trip_and_recipient_normalised():
    mid = make_message_id(KEY, "RMA-2026-00042", "Li.Wei@Customer.COM", "0a1b", "example.com")
    assert mid.endswith("@example.com") and " " not in mid
    assert verify(KEY, mid) == ("RMA-2026-00042", "li.wei@customer.com")
    assert verify(KEY, f"<{mid}>") == ("RMA-2026-00042", "li.wei@customer.com")
    assert verify(KEY, mid.upper()) == ("RMA-2026-00042", "li.wei@customer.com")


def test_wrong_key_or_tampering_fails():
    mid = make_message_id(KEY, "RMA-2026-00042", "a@b.com", "1", "example.com")
    assert verify(b"other", mid) is None
    other = make_message_id(KEY, "RMA-2026-00043", "a@b.com", "1", "example.com")
    # splice the payload of one token onto the MAC of another
    p1, p2 = mid.split("."), other.split(".")
    assert verify(KEY, ".".join([p1[0], p2[1], p1[2], p1[3]])) is None
    assert verify(KEY, "random-id@mail.example.com") is None
    assert verify(KEY, "") is None
    assert verify(KEY, "mb.!!!.1.abc@x") is None


def test_bad_nonce_is_refused():
    with pytest.raises(ValueError):
        make_message_id(KEY, "RMA-1", "a@b.com", "has space", "example.com")


@given(
    rma=st.text(min_size=1, max_size=30).filter(lambda s: "\0" not in s),
    user=st.from_regex(r"[a-z0-9._+-]{1,20}", fullmatch=True),
    nonce=st.from_regex(r"[a-z0-9]{1,12}", fullmatch=True),
)
def test_round_trip_any_value(rma, user, nonce):
    mid = make_message_id(KEY, rma, f"{user}@x.org", nonce, "example.com")
    assert verify(KEY, mid) == (rma, f"{user}@x.org")

"""The IMAP cursor never moves past a mail that is not done, and skips what the start policy left out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mailbot.mail.sources.imap_cursor import Cursor, batches


def test_position_waits_for_the_oldest_open_mail():
    cursor = Cursor(uidvalidity=7, start=10)
    cursor.hand_out([11, 12, 13], window_end=13)
    assert cursor.position() == 10
    assert cursor.done(12) is None  # 11 is still open
    assert cursor.done(11) == 12
    assert cursor.done(13) == 13
    assert cursor.done(13) is None  # done twice: no change


def test_skipped_uids_in_the_window_are_passed_over():
    cursor = Cursor(uidvalidity=7, start=0)
    cursor.hand_out([2, 5], window_end=6)  # 1, 3, 4, 6 were not selected (e.g. already seen)
    assert cursor.done(2) == 4
    assert cursor.done(5) == 6


def test_empty_pass_moves_to_window_end():
    cursor = Cursor(uidvalidity=7, start=3)
    cursor.hand_out([], window_end=9)
    assert cursor.position() == 9


@given(st.lists(st.integers(1, 60), unique=True, min_size=1), st.data())
def test_never_past_an_open_mail(uids, data):
    cursor = Cursor(uidvalidity=1, start=0)
    cursor.hand_out(sorted(uids), window_end=max(uids))
    done = data.draw(st.lists(st.sampled_from(uids), unique=True))
    for uid in done:
        cursor.done(uid)
    still_open = set(uids) - set(done)
    if still_open:
        assert cursor.position() < min(still_open)
    else:
        assert cursor.position() == max(uids)


def test_batches_respect_count_and_bytes_and_keep_order():
    sizes = {1: 10, 2: 10, 3: 500, 4: 10, 5: 10, 6: 10}
    assert batches([1, 2, 3, 4, 5, 6], sizes, most=3, max_bytes=100) == ((1, 2), (3,), (4, 5, 6))
    assert batches([], {}, most=3, max_bytes=100) == ()

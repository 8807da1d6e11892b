"""Subjects and display names of the mails mailbot sends read back with every space where it was.

The standard library folded a long non-ASCII subject into encoded words with the space between two words
left between two encoded words, where readers drop it (RFC 2047 §6.2): a customer's "Größe 测试" came back
"Größe测试" in the reply. Each subject here is written as the outbox writes it and read back by
``email.policy.default``, by compat32's ``decode_header``/``make_header`` and by mail-parser."""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
import unicodedata
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import mailparser
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mailbot.mail.headercache import MAIL_POLICY, encoded_word
from mailbot.mail.render import Renderer
from mailbot.mail.serialize import WIDE, header, policy_for
from mailbot.values import OutgoingMail

ENCODED_WORD = re.compile(r"=\?utf-8\?([qb])\?([^?]*)\?=")
NOW = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


def _subject_line(policy: email.policy.EmailPolicy, subject: str) -> bytes:
    return header(policy, "Subject", subject)


def _readers(line: bytes) -> tuple[str, str, str]:
    """The subject as policy.default, compat32 (decode_header on the unfolded value) and mail-parser read it."""
    raw = line + b"\n"
    modern = email.message_from_bytes(raw, policy=email.policy.default)
    legacy = email.message_from_bytes(raw)
    unfolded = legacy["Subject"].replace("\n", "")  # RFC 5322 unfolding: the line breaks go, nothing else
    parsed = mailparser.parse_from_bytes(raw + b"body\n")
    return str(modern["Subject"]), str(make_header(decode_header(unfolded))), parsed.subject.replace("\n", "")


def _check_lines(line: bytes, width: int) -> None:
    text = line.decode("ascii")  # encoded words: nothing but ASCII on the wire
    assert text.endswith("\n") and not text.endswith("\n\n")
    for n, row in enumerate(text[:-1].split("\n")):
        assert n == 0 or row.startswith(" ")  # a continuation line starts with the folding space
        assert not row.endswith(" ")
        words = ENCODED_WORD.findall(row)
        assert len(row) <= (min(width, 76) if words else width), row
        for kind, payload in words:
            assert len(payload) + 12 <= 75
            data = email.header.decode_header(f"=?utf-8?{kind}?{payload}?=")[0][0]
            assert isinstance(data, bytes)
            data.decode("utf-8")  # whole characters in each word


def _round_trip(subject: str, policy: email.policy.EmailPolicy = MAIL_POLICY) -> bytes:
    line = _subject_line(policy, subject)
    _check_lines(line, policy.max_line_length or 998)
    modern, legacy, parsed = _readers(line)
    assert modern == subject
    assert legacy == subject
    assert parsed == unicodedata.normalize("NFC", subject).strip()  # mail-parser strips and normalizes
    return line


def test_the_space_between_two_encoded_words_is_kept() -> None:
    subject = "[RMA-2026-00012] Re: Größe 测试 " + "Gerät kaputt 设备损坏了 " * 4 + "über"
    line = _round_trip(subject)
    assert re.search(rb"\?=\n =\?utf-8\?", line)  # folded between two encoded words, the case that lost spaces
    assert b"[RMA-2026-00012] Re: =?utf-8?" in line  # the ASCII words before stay readable


def test_an_encoded_word_carries_the_space_after_its_word() -> None:
    assert encoded_word("Größe ") == "=?utf-8?q?Gr=C3=B6=C3=9Fe_?="
    assert encoded_word("测试测试 ").startswith("=?utf-8?b?")  # CJK is shorter in B
    assert encoded_word("") == "=?utf-8?q??="


def test_ascii_subjects_are_written_as_they_are() -> None:
    subject = "[RMA-2026-00012] Re: your return of the device, serial SN-42"
    assert _subject_line(WIDE, subject) == f"Subject: {subject}\n".encode()
    assert _subject_line(MAIL_POLICY, subject) == f"Subject: {subject}\n".encode()


def test_a_long_ascii_subject_folds_between_words_and_not_after_the_colon() -> None:
    subject = "Reminder: " + " ".join(f"word{n}" for n in range(40))
    line = _round_trip(subject)
    assert line.startswith(b"Subject: Reminder: word0") and b"=?" not in line


def test_text_that_looks_like_an_encoded_word_reads_back_as_written() -> None:
    for subject in ("Re: =?utf-8?q?abc?= is not encoded", "=?iso-8859-1?q?caf=E9?=", "a =? b ?= c"):
        _round_trip(subject)
        _round_trip(subject, WIDE)


def test_runs_of_spaces_and_leading_or_trailing_spaces_are_kept() -> None:
    for subject in ("  leading", "trailing  ", " both ", "two  spaces", "Größe   drei", "x \u3000 y", " ", "tab\there"):
        _round_trip(subject)


def test_mixed_subject_keeps_ascii_words_plain_and_encodes_the_rest() -> None:
    line = _round_trip("[RMA-2026-00007] 设备 serial SN-77 不工作")
    assert line.startswith(b"Subject: [RMA-2026-00007] =?utf-8?b?")
    assert re.search(rb"\?= serial\s+SN-77 =\?", line)


def test_a_word_longer_than_a_line_is_cut_into_encoded_words() -> None:
    for subject in ("x" * 200, "测" * 90, "😀" * 40, "Ä" * 120, "Re: " + "ab" * 60 + " Größe"):
        _round_trip(subject)
        _round_trip(subject, WIDE)


_AWKWARD = st.sampled_from(
    [
        *("Größe", "测试", "设备损坏了请帮助我们", "😀", "👩\u200d👩\u200d👧", "Re:", "[RMA-2026-00012]"),
        *("=?utf-8?q?x?=", "=?", "?=", "_", "="),
    ]
)
_LONG = st.builds(lambda c, n: c * n, st.sampled_from(["a", "é", "测", "😀", " ", "-"]), st.integers(1, 90))
_ANY = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    max_size=20,
)
SUBJECTS = st.lists(st.one_of(_AWKWARD, _LONG, _ANY), max_size=12).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(subject=SUBJECTS)
@example(subject="Größe 测试 " * 8)
@example(subject=" 设备 ")
def test_any_subject_reads_back_exactly(subject: str) -> None:
    _round_trip(subject)
    if subject.isascii():
        _round_trip(subject, WIDE)


# --- display names ----------------------------------------------------------------------------------


def _check_name(name: str) -> None:
    line = header(MAIL_POLICY, "From", Address(display_name=name, addr_spec="service@example.com"))
    _check_lines(line, 78)
    raw = line + b"\n"
    modern = email.message_from_bytes(raw, policy=email.policy.default)["From"].addresses
    assert [a.addr_spec for a in modern] == ["service@example.com"]
    # policy.default reads a space between two encoded words of a name (RFC 2047 reads none) and makes
    # each run of spaces one: a name is one encoded word where it fits, else cut after a space where
    # it has one, so that reader sees every character and, for a name in one word, the name itself.
    if len(ENCODED_WORD.findall(line.decode())) == 1 and " ".join(name.split()) == name:
        assert modern[0].display_name == name
    assert "".join(modern[0].display_name.split()) == "".join(name.split())
    legacy = email.message_from_bytes(raw)["From"].replace("\n", "")
    ((got, addr),) = email.utils.getaddresses([legacy])
    assert addr == "service@example.com"
    assert str(make_header(decode_header(got))) == name
    assert mailparser.parse_from_bytes(raw + b"body\n").from_ == [
        (unicodedata.normalize("NFC", name), "service@example.com")
    ]


def test_a_long_display_name_keeps_its_spaces() -> None:
    _check_name("Kundendienst Größe 售后服务中心 " * 3 + "Abteilung für Rücksendungen")
    _check_name('"Costa, Maria" (Größe) <x>')


def test_a_short_display_name_is_one_encoded_word() -> None:
    line = header(MAIL_POLICY, "From", Address(display_name="Kundendienst Größe", addr_spec="s@example.com"))
    assert line == b"From: =?utf-8?q?Kundendienst_Gr=C3=B6=C3=9Fe?= <s@example.com>\n"
    _check_name("王小明")


# A name with control characters is refused by mail-parser whatever its encoding (on purpose): not drawn.
_NAME_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=20)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.one_of(_AWKWARD, _LONG, _NAME_TEXT), min_size=1, max_size=6))
def test_any_non_ascii_display_name_reads_back(words: list[str]) -> None:
    name = " ".join(words) + " é"
    _check_name(name)


# --- the mails mailbot sends ---------------------------------------------------------------------------


def test_a_reply_quotes_the_customers_subject_with_its_spaces(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "reply.txt.j2").write_text("Subject: Re: {{ subject }}\n\nThank you.\n", encoding="utf-8")
    renderer = Renderer(tmp_path)
    customer = "Größe des Ersatzteils falsch 测试 设备损坏了 bitte um Rückruf wegen der Rücksendung 请尽快处理"
    rendered = renderer.render(
        OutgoingMail(template="reply", to=("kunde@example.org",), context={"subject": customer}),
        {"sender_name": "Kundendienst Größe 售后服务中心 für Rücksendungen und Reparaturen"},
        sender="service@example.com",
        message_id="m.1@example.com",
        now=NOW,
        rma="RMA-2026-00012",
    )
    assert rendered.subject == f"[RMA-2026-00012] Re: {customer}"
    raw = rendered.raw
    assert raw == rendered.message.as_bytes(policy=policy_for(rendered.subject))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert str(msg["Subject"]) == rendered.subject
    assert mailparser.parse_from_bytes(raw).subject == rendered.subject
    legacy = email.message_from_bytes(raw)
    assert str(make_header(decode_header(legacy["Subject"].replace("\n", "")))) == rendered.subject
    ((name, _),) = email.utils.getaddresses([legacy["From"].replace("\n", "")])
    assert str(make_header(decode_header(name))) == "Kundendienst Größe 售后服务中心 für Rücksendungen und Reparaturen"
    head = raw.split(b"\n\n", 1)[0].decode("ascii")
    assert all(len(row) <= 78 for row in head.split("\n"))

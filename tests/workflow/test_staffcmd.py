"""The staff command grammar: forgiving of client noise, strict about what it executes."""

import pytest

from mailbot.workflow.commands import Command, parse


def test_commands_at_top_then_body_until_quote():
    p = parse("#received\n#note box was dented\n\nAll units arrived.\nRegards\n\nOn Mon, Bob wrote:\n> #approve")
    assert p.ok and [c.name for c in p.commands] == ["received", "note"]
    assert p.commands[1].arg == "box was dented"
    assert p.body == "All units arrived.\nRegards"


def test_quoted_or_later_commands_are_not_read():
    assert parse("Thanks!\n#approve").commands == ()
    assert parse("> #approve\n").commands == ()
    assert parse("").commands == () and not parse("").ok


@pytest.mark.parametrize(
    "text",
    [
        "**#Approve**",
        "  #APPROVE  ",
        "\u200b#approve",
        "\u00a0#approve",
        "＃approve",
        "\n\n#approve\r\n",
    ],
)
def test_client_noise_is_forgiven(text):
    p = parse(text)
    assert p.ok and p.commands == (Command("approve", "", p.commands[0].line),)


def test_arguments_are_checked():
    assert parse("#reject").errors == ("line 1: #reject needs a reason",)
    assert "takes no argument" in parse("#approve now please").errors[0]
    assert "unknown command #aprove" in parse("#aprove").errors[0]
    assert "'in' or 'out'" in parse("#warranty maybe").errors[0]
    assert "one e-mail address" in parse("#assign bob").errors[0]
    assert parse("#resolve").errors and parse("#note").errors


def test_one_bad_command_spoils_the_batch():
    p = parse("#approve\n#frobnicate")
    assert not p.ok and len(p.commands) == 2 and p.errors == ("line 2: unknown command #frobnicate",)


def test_arguments_normalised():
    p = parse("#assign <Bob@Example.com>\n#warranty OUT\n#reject Not our product: see label")
    assert [c.arg for c in p.commands] == ["bob@example.com", "out", "Not our product: see label"]


def test_signature_and_chinese_quote_header_end_the_body():
    p = parse("#preliminary\nLaser diode degraded.\n-- \nEngineer")
    assert p.body == "Laser diode degraded."
    p = parse("#preliminary\n激光器老化。\n在 2026年3月1日 张三 写道：\n> hi")
    assert p.body == "激光器老化。"


def test_hashtag_like_text_is_not_a_command():
    assert parse("#1 priority: please look").commands == ()


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.text())
def test_parse_never_raises_and_never_reads_past_the_top(text):
    p = parse(text)
    assert len(p.errors) <= len(p.commands)
    for cmd in p.commands:
        assert cmd.line >= 1
        line = text.replace("\r\n", "\n").split("\n")[cmd.line - 1]
        assert "#" in line.replace("＃", "#")


@given(st.text(alphabet=st.characters(blacklist_characters="\r\n"), min_size=1))
def test_anything_after_a_quote_marker_is_never_a_command(tail):
    p = parse("> quoted\n#approve " + tail)
    assert p.commands == ()


def test_the_engineer_who_books_in_owns_the_analysis_and_the_report_clock_runs_from_receipt():
    from datetime import timedelta

    from sqlmodel import select

    from mailbot.rules.periods import Period
    from mailbot.store.models import Deadline
    from mailbot.workflow.compose import promised_periods
    from mailbot.workflow.workdays import add_working_days, as_utc
    from tests.workflow.fixtures import NOW, Store, extraction, mail, rules, run

    pol = rules("optizone")
    # 000's "2-3 working days" (due at the end of the range) and "7 working days"
    assert promised_periods(pol.terms) == {
        "preliminary": Period(least=2, most=3, unit="working_days"),
        "report": Period(most=7, unit="working_days"),
    }
    # 004 promises no analysis period, none is chased: only its refund, "within 3-10 working days"
    assert promised_periods(rules("optko").terms) == {"refund": Period(least=3, most=10, unit="working_days")}
    store = Store(pol)
    _, t = run(store, pol, mail("buyer@acme.com", "Broken"), extraction(), None)
    for who, text, at in (
        ("sales@example.com", "#approve", NOW),
        ("engineer@example.com", "#received", NOW),
        ("engineer@example.com", "#preliminary\nLaser driver failed.", NOW + timedelta(days=2)),
    ):
        d, t = run(store, pol, mail(who, text, mid=f"{text}@x"), extraction(kind="follow_up"), t, now=at)
        if text == "#received":
            assert {(s.awaited, s.owner) for s in d.deadlines_start} >= {
                ("preliminary", "engineer@example.com"),
                ("report", "engineer@example.com"),
            }
    [report] = store.session.exec(select(Deadline).where(Deadline.awaited == "report")).all()
    # two days later the preliminary went out: the report is still due 7 working days after the receipt
    assert (report.owner, as_utc(report.started_at)) == ("engineer@example.com", NOW)
    assert as_utc(report.due_at) == add_working_days(NOW, 7, pol.calendar) and report.done_at is None


def test_received_says_agent_or_nothing():
    assert parse("#received Agent").commands == (Command("received", "agent", 1),)
    assert parse("#received").ok
    bad = parse("#received tomorrow")
    assert not bad.ok and "'agent' for a product we sell as an agent" in bad.errors[0]
    assert not parse("#forwarded now").ok  # the text goes below the command

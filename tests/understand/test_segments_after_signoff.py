"""What a customer writes below the sign-off still counts; the signature itself never does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.mail.parse import parse
from mailbot.rules.understand import load_rules
from mailbot.understand.segments import Segmenter, own_lines

from .conftest import ROOT, SERVICE


@pytest.fixture(scope="module")
def current(understander):  # type: ignore[no-untyped-def]
    """current(body) -> the text the sender wrote now, as the segmenter reads it."""

    def _current(body: str, subject: str = "Problem") -> str:
        data = (
            f"From: Cu Stomer <cu@customer.example>\nTo: {SERVICE}\nSubject: {subject}\nMessage-ID: <t@test>\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}"
        ).encode()
        return understander.segmenter.read(parse(data)).current

    return _current


SIGNATURE = "Anna Smith\nPurchasing Manager\nNorthwind Networks Ltd\nTel: +44 20 7946 0958\n"


# --- the sender's own lines below the sign-off are read ------------------------------------------------


@pytest.mark.parametrize(
    "body, serials",
    [
        # en: serials pasted under the name, on one line
        (
            "Hello,\n\nTwo units do not power up.\n\nBest regards,\nAnna\n\nS/N: LT2507B00912, LT2507B00913\n",
            {"LT2507B00912", "LT2507B00913"},
        ),
        # en: a "Serial numbers:" list below the whole signature
        (
            f"Hi,\n\nThe modules show no link.\n\nKind regards,\n{SIGNATURE}\nSerial numbers:\n"
            "AX7-2231-0045\nAX7-2231-0046\n",
            {"AX7-2231-0045", "AX7-2231-0046"},
        ),
        # en: a postscript after the signature
        (
            f"Hello,\n\nThe unit is dead on arrival.\n\nThanks,\n{SIGNATURE}\nP.S. the serial is LT2507B00912\n",
            {"LT2507B00912"},
        ),
        # de: Seriennummer under the German closing and the company block
        (
            "Hallo,\n\ndas Gerät geht nicht mehr an.\n\nMit freundlichen Grüßen\nJan Becker\nBecker GmbH\n\n"
            "Seriennummer: FS60-22-0913-B\n",
            {"FS60-22-0913-B"},
        ),
        # fr: a numéro de série after "Cordialement"
        (
            "Bonjour,\n\nle module ne s'allume plus.\n\nCordialement,\nMarie Dubois\n\nN° de série : LT2507B00914\n",
            {"LT2507B00914"},
        ),
        # zh: 附： postscript with the serial after 此致
        ("您好，\n\n设备无法开机。\n\n此致\n李雷\n\n附：序列号 LT2507B00915\n", {"LT2507B00915"}),
        # zh: a bare 序列号 line under the signature
        ("您好，\n\n模块没有光。\n\n谢谢\n王芳\n深圳光讯科技有限公司\n\n序列号：LT2507B00916\n", {"LT2507B00916"}),
    ],
)
def test_serials_below_the_sign_off_are_read(read, body, serials):
    assert serials <= set(read(body).serial_numbers)


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nThe unit is broken.\n\nRegards,\nTom\n\nPS: our order number is 4500012345\n",
        "Hallo,\n\ndas Gerät ist defekt.\n\nViele Grüße\nTom\n\nBestellnummer: 4500012345\n",
        "Bonjour,\n\nl'appareil est en panne.\n\nCordialement,\nTom\n\nPS : numéro de commande 4500012345\n",
        "您好，\n\n设备坏了。\n\n谢谢\n张伟\n\n补充：订单号 4500012345\n",
    ],
)
def test_orders_below_the_sign_off_are_read(read, body):
    assert "4500012345" in read(body).order_numbers


def test_a_postscript_keeps_its_whole_paragraph(current):
    text = current("Hi,\n\nNo link on port 2.\n\nCheers,\nTom\n\nP.S. it also fails\non port 3 since Monday\n\nTom\n")
    assert "on port 3 since Monday" in text
    assert not text.endswith("Tom")  # the name after the postscript's blank line stays cut


# --- the signature proper stays out ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "signature",
    [
        "Anna Smith\nTel: +44 20 7946 0958\nMobile: +44 7700 900123\nFax: +44 20 7946 0959",
        "Becker GmbH\nUSt-IdNr.: DE 123456789\nVAT: GB 123 4567 89",
        "Northwind Networks Ltd\nRegistered in England and Wales, company no. 04512345\n"
        "HRB 123456, Amtsgericht München",
        "Becker GmbH\nHauptstraße 5\n80331 München\nPO Box 4471\nPostfach 10 20 30",
        "深圳光讯科技有限公司\n地址：深圳市南山区科技园南路 18 号\n邮政编码：518057\n电话：0755-26781234",
        "This e-mail is confidential. Ref: 4500012345/LEGAL. If you are not the intended recipient, delete it.",
        "Order Management Team\nProduct Manager EMEA\nwww.northwind.example",
        "Tom Lee\nCustomer service: quote your S/N LT2507B00990 or order 4500012399",
        "Sent from my iPhone",
    ],
)
def test_signature_lines_stay_cut(current, signature):
    text = current(f"Hello,\n\nThe module shows no light.\n\nBest regards,\n{signature}\n")
    assert text == "Hello,\n\nThe module shows no light."


def test_a_disclaimer_ref_yields_no_order(read):
    found = read(
        "Hello,\n\nThe splitter is cracked.\n\nBest regards,\nAnna\n\n"
        "CONFIDENTIAL. Ref: 4500012345. This message is for the addressee only.\n"
    )
    assert not found.order_numbers


@pytest.mark.parametrize(
    "history",
    [
        "> S/N: LT2507B00999\n> Order: 4500099999\n",
        "On Mon, 30 Nov 2026 at 10:00, Service <service@optizon-example.com> wrote:\nS/N: LT2507B00999\n"
        "Order: 4500099999\n",
        "________________________________\nS/N: LT2507B00999\nOrder: 4500099999\n",
        "-----Original Message-----\nS/N: LT2507B00999\nOrder: 4500099999\n",
    ],
)
def test_a_reply_quoted_below_the_signature_stays_out(current, history):
    text = current(f"Hello,\n\nStill no link.\n\nRegards,\nTom\nTel: +44 20 7946 0958\n\n{history}")
    assert "LT2507B00999" not in text and "4500099999" not in text


def test_a_postscript_ends_at_a_signature_key_under_it(current):
    text = current("Hi,\n\nNo link.\n\nRegards,\nP.S. S/N LT2507B00912\nTel: +44 20 7946 0958\nVAT: GB 123 4567 89\n")
    assert text.endswith("P.S. S/N LT2507B00912")


def test_a_labelled_list_keeps_value_lines_only(current):
    text = current(
        "Hi,\n\nDead units.\n\nRegards,\nTom\nSerial numbers:\nLT2507B00912 to LT2507B00915\n80331 München\n"
    )
    assert "LT2507B00915" in text and "München" not in text


def test_a_labelled_list_ends_at_the_next_signature_key(current):
    text = current("Hi,\n\nDead units.\n\nRegards,\nTom\n\nSerial numbers:\nLT2507B00912\nTel: +44 20 7946 0958\n")
    assert "LT2507B00912" in text and "+44" not in text


def test_the_labels_are_the_identifier_rules_handed_in():
    """The segmenter keeps no label list of its own: without identifier rules only postscripts count."""
    rules = load_rules(ROOT / "rules")
    body = "Hello,\n\nDead unit.\n\nRegards,\nTom\n\nS/N: LT2507B00912\n\nPS: please hurry\n"
    assert Segmenter(rules.kinds)._clean(body) == "Hello,\n\nDead unit.\n\nPS: please hurry"
    labelled = Segmenter(rules.kinds, rules.identifiers)._clean(body)
    assert labelled == "Hello,\n\nDead unit.\n\nS/N: LT2507B00912\nPS: please hurry"


# --- properties -----------------------------------------------------------------------------------------

_PIECES = [
    "Anna Smith",
    "Tel: +44 20 7946 0958",
    "VAT: GB 123 4567 89",
    "80331 München",
    "Order desk: order 4500000001",
    "S/N: LT2507B00912",
    "LT2507B00913",
    "P.S. one more thing",
    "PS: 序列号 LT2507B00914",
    "Serial numbers:",
    "",
    "On Mon, Tom wrote:",
    "-----Original Message-----",
    "From: Service <service@optizon-example.com>",
    "Regards,",
]


_SIGNATURE_LINES = {"Anna Smith", "Tel: +44 20 7946 0958", "VAT: GB 123 4567 89", "80331 München"}
_SIGNATURE_LINES |= {"Order desk: order 4500000001"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_kept_lines_are_in_order_and_never_past_history(understander, pieces):
    cues = understander.segmenter.after
    kept = own_lines(pieces, cues)
    stops = [i for i, p in enumerate(pieces) if cues.stop.fullmatch(p)]
    rest = iter(pieces[: stops[0]] if stops else pieces)
    assert all(any(k == p for p in rest) for k in kept)  # a subsequence of what stands before any history


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([p for p in _PIECES if not p.startswith(("P.S.", "PS:"))]), max_size=12))
def test_without_a_postscript_no_signature_line_is_kept(understander, pieces):
    assert not _SIGNATURE_LINES & set(own_lines(pieces, understander.segmenter.after))

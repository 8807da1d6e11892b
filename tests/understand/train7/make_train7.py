"""Generate the train7 corpus (once the blind7 held-out set): hand-written service mail for eight fictional makers.

Every mail below is written by hand in its own fixture function; blindkit builds the MIME,
the labels and the README, and `--check` verifies the files on disk against this script.

    python make_train7.py           # write everything, then self-check
    python make_train7.py --check   # only check
"""

from __future__ import annotations

import os
import sys
from email.message import Message
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from blindkit import (  # noqa: E402
    Corpus,
    L,
    addr,
    alt,
    attachment,
    bnd,
    delivery_status,
    envelope,
    ew,
    html_doc,
    jpeg,
    mail,
    mid,
    mixed,
    multipart,
    pdf,
    png,
    q,
    rfc822,
    rng,
    text,
    textfile,
    xlsx,
)

HERE = os.path.dirname(os.path.abspath(__file__))

C = Corpus(
    here=HERE,
    script="make_train7.py",
    title="blind7: held-out corpus of service mail for eight electronics, optics and instrument makers",
    domains="`.example`",
    languages="German, French, Spanish, Portuguese, Italian, Czech, Polish, Korean or Japanese",
    serial_shapes={
        "daeyang": r"DYP-\d{4}-[A-Z]-\d{5}",
        "moravaoptik": r"MV\d{4}/\d{4}",
        "sertao": r"ST\d{2}\.\d{2}\.\d{4}",
        "hongyu": r"HYO\d{4}[A-Z]\d{4}",
        "chengguang": r"CG20\d{2}-\d{6}",
        "shuguang": r"SGT/\d{4}/\d{4}",
        "northgate": r"NG\d{6}-[A-Z]{2}",
        "alpenglanz": r"ALM-\d{4}-\d{4}",
    },
    notes=[
        "Serial conventions: Daeyang `DYP-2403-K-00817` (prefix, year+month, plant letter, five digits); "
        "Morava Optik `MV2437/0417` (year+week, slash, four digits); Sertão dotted `ST24.05.1173`; "
        "Hongyu `HYO2403A0917` (year+month, line letter, four digits; often typed in lowercase); "
        "Chengguang `CG2024-003817`; Shuguang slash blocks `SGT/2410/0573`; Northgate `NG418203-QX` "
        "(six digits and two check letters); Alpenglanz `ALM-2341-0045` (year+week).  Identifiers are "
        "labelled as written, in the customer's case and with the customer's spaces in place of hyphens or slashes (`DYP 2407 K 00921`); ranges (`0045/0046/0049`, `1200 to 1209`, "
        "`from ...07 through ...12`) are expanded to every unit.",
        "Order conventions vary per company: the maker's sales order next to the customer's PO "
        "(`PO/24/1187-B`, `OC 2024/0388`, `PO#4500123456`), Chinese contract numbers (合同号) and "
        "Taiwanese order numbers (訂單).  The makers' own internal case numbers are not RMA references; "
        "only mailbot's `RMA-YYYY-NNNNN` is labelled as `rma_reference`.",
    ],
)


# ---------------------------------------------------------------- helpers --


def who(x: Any) -> str:
    """An address given as 'e@x', (name, e), or (name, e, charset)."""
    if isinstance(x, str):
        return x
    return addr(x[0], x[1], x[2] if len(x) > 2 else None)


def dom(x: Any) -> str:
    e = x if isinstance(x, str) else x[1]
    return e.rsplit("@", 1)[1]


def subj_of(s: str, cs: str = "utf-8") -> str:
    if s.isascii():
        return s
    if cs in ("iso-2022-jp", "euc-kr", "big5", "gb2312", "gbk", "gb18030"):
        return ew(s, cs)
    return ew(s, "utf-8")


def jis(body: str, sub: str = "plain") -> Message:
    """ISO-2022-JP text, 7bit as Japanese clients send it."""
    m = text(body, "iso-2022-jp", "8bit", sub=sub)
    m.replace_header("Content-Transfer-Encoding", "7bit")
    return m


def P(
    co: dict[str, Any],
    frm: Any,
    subj: str,
    body: str,
    date: str,
    *,
    cs: str = "utf-8",
    cte: str = "qp",
    label: str | None = None,
    style: str = "generic",
    to: str | None = None,
    extra: tuple[tuple[str, str], ...] = (),
    atts: tuple[Message, ...] = (),
    html: str | bool | None = None,
    scs: str | None = None,
) -> Message:
    """A mail written by one sender: plain, HTML-only (html=True, body is HTML) or alternative."""
    if cs == "iso-2022-jp":
        part = jis(body)
    elif html is True:
        part = text(body, cs, cte, sub="html", label=label)
    elif html:
        part = alt(text(body, cs, cte, label=label), text(html, cs, cte, sub="html", label=label), style)
    else:
        part = text(body, cs, cte, label=label)
    if atts:
        part = mixed([part, *atts], style)
    return mail(date, who(frm), to or co["service_address"], subj_of(subj, scs or cs), part, style, dom(frm), extra)


FWD_HEAD = {
    "outlook": ("FW: ", "-----Original Message-----\nFrom: {f}\nSent: {d}\nTo: {t}\nSubject: {s}\n\n"),
    "owa": ("FW: ", "________________________________\nFrom: {f}\nSent: {d}\nTo: {t}\nSubject: {s}\n\n"),
    "gmail": ("Fwd: ", "---------- Forwarded message ---------\nFrom: {f}\nDate: {d}\nSubject: {s}\nTo: {t}\n\n"),
    "tb": ("Fwd: ", "-------- Forwarded Message --------\nSubject: \t{s}\nDate: \t{d}\nFrom: \t{f}\nTo: \t{t}\n\n"),
    "foxmail": (
        "转发：",
        "------------------ 原始邮件 ------------------\n发件人: {f};\n发送时间: {d}\n收件人: {t};\n主题: {s}\n\n",
    ),
    "netease": (
        "转发：",
        "-------- 转发邮件信息 --------\n发件人：{f}\n发送日期：{d}\n收件人：{t}\n主题：{s}\n\n",
    ),
}


def FW(
    co: dict[str, Any],
    rep: Any,
    client: str,
    note: str,
    ofrom: Any,
    odate: str,
    osubj: str,
    obody: str,
    date: str,
    *,
    oto: str | None = None,
    cs: str = "utf-8",
    cte: str = "qp",
    label: str | None = None,
    subj: str | None = None,
    to: str | None = None,
) -> Message:
    """A forward by a staff member in the layout of a given mail client."""
    oto = oto or dom_addr(rep)
    if isinstance(ofrom, str):
        fshow = ofrom
    elif ofrom[1] is None:
        fshow = ofrom[0]
    elif client in ("foxmail", "netease"):
        fshow = f'"{ofrom[0]}"<{ofrom[1]}>' if client == "foxmail" else f'"{ofrom[0]}" <{ofrom[1]}>'
    else:
        fshow = f"{ofrom[0]} <{ofrom[1]}>"
    style = {"owa": "outlook", "netease": "netease", "foxmail": "foxmail"}.get(client, client)
    if client == "rfc822":
        inner = envelope(
            [
                ("Date", odate),
                ("From", who(ofrom)),
                ("To", oto),
                ("Subject", subj_of(osubj, cs)),
                ("Message-ID", mid("generic", dom(ofrom), "inner")),
                ("MIME-Version", "1.0"),
            ],
            text(obody, cs, cte, label=label),
        )
        body = mixed([text(note, cs, cte, label=label), rfc822(inner, filename=None)], "outlook")
        s = subj or "FW: " + osubj
        return mail(date, who(rep), to or co["service_address"], subj_of(s, cs), body, "outlook", dom(rep))
    if client == "apple":
        head = f"Begin forwarded message:\n\n> From: {fshow}\n> Subject: {osubj}\n> Date: {odate}\n> To: {oto}\n> \n"
        full = note + "\n\n" + head + q(obody) + "\n"
        s = subj or "Fwd: " + osubj
        return mail(
            date,
            who(rep),
            to or co["service_address"],
            subj_of(s, cs),
            text(full, cs, cte, label=label),
            "apple",
            dom(rep),
        )
    prefix, tmpl = FWD_HEAD[client]
    full = note + "\n\n" + tmpl.format(f=fshow, d=odate, t=oto, s=osubj) + obody + "\n"
    s = subj or prefix + osubj
    return mail(
        date, who(rep), to or co["service_address"], subj_of(s, cs), text(full, cs, cte, label=label), style, dom(rep)
    )


def dom_addr(rep: Any) -> str:
    return rep if isinstance(rep, str) else rep[1]


def AR(
    co: dict[str, Any],
    frm: Any,
    subj: str,
    body: str,
    date: str,
    *,
    cs: str = "utf-8",
    cte: str = "qp",
    extra: tuple[tuple[str, str], ...] = (("Auto-Submitted", "auto-replied"),),
) -> Message:
    """An automatic answer to one of our mails."""
    return P(co, frm, subj, body, date, cs=cs, cte=cte, extra=extra)


def returned(co: dict[str, Any], rcpt: str, subj: str, body: str, date: str) -> Message:
    """Our own mail, as a bounce hands it back."""
    return envelope(
        [
            ("Date", date),
            ("From", co["service_address"]),
            ("To", rcpt),
            ("Subject", subj_of(subj)),
            ("Message-ID", mid("generic", dom(co["service_address"]), "returned")),
            ("MIME-Version", "1.0"),
        ],
        text(body),
    )


def DSN(
    co: dict[str, Any],
    mta: str,
    rcpt: str,
    status: str,
    diag: str,
    explain: str,
    rsubj: str,
    rbody: str,
    date: str,
    rdate: str,
) -> Message:
    """A multipart/report delivery status notification for one of our replies."""
    human = text(explain, "us-ascii", "7bit")
    ds = delivery_status(
        [
            [("Reporting-MTA", f"dns; {mta}"), ("Arrival-Date", rdate)],
            [
                ("Final-Recipient", f"rfc822; {rcpt}"),
                ("Action", "failed"),
                ("Status", status),
                ("Diagnostic-Code", f"smtp; {diag}"),
            ],
        ]
    )
    ret = rfc822(returned(co, rcpt, rsubj, rbody, rdate), disp=None)
    body = multipart("report", [human, ds, ret], bnd("generic", "report"), params=" report-type=delivery-status;")
    return mail(
        date,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        co["service_address"],
        "Undelivered Mail Returned to Sender",
        body,
        "generic",
        mta,
        (("Auto-Submitted", "auto-replied"),),
    )


def NDR(
    co: dict[str, Any], frm: str, subj: str, explain: str, rcpt: str, rsubj: str, rbody: str, date: str, rdate: str
) -> Message:
    """A plain-text non-delivery report quoting our mail inline."""
    body = (
        explain
        + "\n\n------ This is a copy of the message, including all the headers. ------\n\n"
        + f"From: {co['service_address']}\nTo: {rcpt}\nDate: {rdate}\nSubject: {rsubj}\n\n{rbody}\n"
    )
    part = text(body, "us-ascii", "7bit") if body.isascii() else text(body, "utf-8", "8bit")
    return mail(
        date,
        frm,
        co["service_address"],
        subj_of(subj),
        part,
        "generic",
        dom(frm),
        (("Auto-Submitted", "auto-generated"),),
    )


def FORM(
    co: dict[str, Any],
    subj: str,
    fields: list[tuple[str, str]],
    cust: Any,
    date: str,
    *,
    intro: str = "A new service request was submitted on the website.",
    html: bool = False,
    cs: str = "utf-8",
) -> Message:
    """A web contact-form notification from the maker's noreply, the customer in Reply-To."""
    lines = "\n".join(f"{k}: {v}" for k, v in fields)
    body = f"{intro}\n\n{lines}\n\n--\nThis message was generated automatically by the website form.\n"
    extra = (("Reply-To", who(cust)),)
    if html:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in fields)
        h = html_doc(f"<p>{intro}</p><table>{rows}</table>")
        return P(co, co["noreply_addresses"][0], subj, body, date, cs=cs, html=h, style="php", extra=extra)
    return P(co, co["noreply_addresses"][0], subj, body, date, cs=cs, style="php", extra=extra)


def company(slug: str, **info: Any) -> dict[str, Any]:
    C.company(slug, **info)
    return C.companies[slug]


# =============================================================== Daeyang --

DY = company(
    "daeyang",
    name="대양포토닉스 주식회사 (Daeyang Photonics Co., Ltd.)",
    country="KR",
    staff_domains=["daeyang-photonics.example", "daeyang.example"],
    service_address="as@daeyang-photonics.example",
    noreply_addresses=["noreply@daeyang-photonics.example"],
    catalog=["DL 200", "DL 200 Pro", "OTDR-M7", "VOA 12", "LS-1550"],
)
dyc = C.fixture("daeyang")


@dyc
def dy_plain_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nOne of our two DL 200 Pro light sources stopped working this morning. It powers on, the display\n"
        "shows the boot logo and then it goes dark again after about 5 seconds. Fan spins, nothing else.\n\n"
        "Serial: DYP-2403-K-00817\nOur PO: PO-SGP-24-0391\n\nCan you tell us how to send it back?\n\n"
        "Best regards,\nRavi Menon\nLab Engineer, Straits Fibre Pte Ltd\n"
    )
    m = P(
        DY,
        ("Ravi Menon", "ravi.menon@straitsfibre.example"),
        "DL 200 Pro goes dark after boot",
        b,
        "Mon, 04 Nov 2024 09:12:40 +0800",
        style="outlook",
    )
    return m, L(
        "new_request",
        "ravi.menon@straitsfibre.example",
        orders=["PO-SGP-24-0391"],
        serials=["DYP-2403-K-00817"],
        models=["DL 200 Pro"],
        cat="no_power",
        kw=["goes dark again after about 5 seconds"],
    )


@dyc
def dy_korean_euckr() -> tuple[Message, dict[str, Any]]:
    b = (
        "안녕하세요, 대양포토닉스 AS 담당자님.\n\n지난달 구매한 OTDR-M7 1대가 측정 중 화면이 멈추고 재부팅됩니다.\n"
        "하루에 서너 번 정도 발생하고, 배터리로 쓸 때 더 자주 그렇습니다.\n\n"
        "시리얼 번호: DYP-2409-C-01342\n주문번호: DSO-24-1103\n\n수리 접수 부탁드립니다.\n\n"
        "김민재 드림\n(주)한결통신 기술팀\n"
    )
    m = P(
        DY,
        ("김민재", "mj.kim@hangyeol-tel.example", "euc-kr"),
        "OTDR-M7 재부팅 문제",
        b,
        "Tue, 05 Nov 2024 14:03:11 +0900",
        cs="euc-kr",
        cte="b64",
    )
    return m, L(
        "new_request",
        "mj.kim@hangyeol-tel.example",
        orders=["DSO-24-1103"],
        serials=["DYP-2409-C-01342"],
        models=["OTDR-M7"],
        cat="intermittent",
        kw=["재부팅"],
    )


@dyc
def dy_range_html() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Dear Daeyang service,</p><p>We received 6 units of <b>VOA 12</b> under our PO 7700-4412 and three of them "
        "show an attenuation that drifts by more than 2 dB within ten minutes of warm-up.</p>"
        "<p>Affected serials: DYP-2405-K-00231/00232/00236</p>"
        "<p>Please advise on return.</p><p>Kind regards<br>Elif Demir<br>Anatolia Network Test</p>"
    )
    m = P(
        DY,
        ("Elif Demir", "e.demir@anatolia-nt.example"),
        "VOA 12 attenuation drift, 3 units",
        h,
        "Wed, 06 Nov 2024 10:44:00 +0300",
        html=True,
    )
    return m, L(
        "new_request",
        "e.demir@anatolia-nt.example",
        orders=["7700-4412"],
        serials=["DYP-2405-K-00231", "DYP-2405-K-00232", "DYP-2405-K-00236"],
        models=["VOA 12"],
        cat="optical_performance",
        kw=["attenuation that drifts"],
        expanded=["DYP-2405-K-00232", "DYP-2405-K-00236"],
    )


@dyc
def dy_form() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        DY,
        "[Web] Service request #40417",
        [
            ("Name", "Paolo Ferri"),
            ("Company", "Ferri Cablaggi"),
            ("E-mail", "p.ferri@ferricablaggi.example"),
            ("Product", "LS-1550"),
            ("Serial number", "DYP-2311-K-00990"),
            ("Order number", ""),
            ("Description", "Output power is 3 dB below spec since the unit fell off the bench, connector looks bent"),
        ],
        ("Paolo Ferri", "p.ferri@ferricablaggi.example"),
        "Thu, 07 Nov 2024 02:15:09 +0000",
        html=True,
    )
    return m, L(
        "new_request",
        "p.ferri@ferricablaggi.example",
        serials=["DYP-2311-K-00990"],
        models=["LS-1550"],
        cat="physical_damage",
        kw=["fell off the bench", "connector looks bent"],
    )


@dyc
def dy_jp() -> tuple[Message, dict[str, Any]]:
    b = (
        "大洋フォトニクス サービスご担当者様\n\nいつもお世話になっております。\n"
        "DL 200 を1台使用しておりますが、電源スイッチを入れても全く反応がありません。\n"
        "ACアダプタは別の個体で正常を確認済みです。\n\n製造番号：DYP-2402-C-00415\n注文番号：JP-2024-0377\n\n"
        "修理の手順をご教示ください。\n\n株式会社ミナト計測\n佐々木 健\n"
    )
    m = P(
        DY,
        ("Sasaki Ken", "k.sasaki@minato-keisoku.example"),
        "DL 200 電源が入りません",
        b,
        "Fri, 08 Nov 2024 11:20:33 +0900",
        cs="iso-2022-jp",
    )
    return m, L(
        "new_request",
        "k.sasaki@minato-keisoku.example",
        orders=["JP-2024-0377"],
        serials=["DYP-2402-C-00415"],
        models=["DL 200"],
        cat="no_power",
        kw=["全く反応がありません"],
    )


@dyc
def dy_attach_photo() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\nthe OTDR-M7 we got last week arrived with a cracked front panel and the SC port cover missing.\n"
        "Photos attached. Serial dyp-2410-k-00077, delivery note DN 55120.\nOur order: PO 2024-EU-118\n\n"
        "Thanks,\nJoanna Wiśniewska\nNetLab Kraków\n"
    )
    m = P(
        DY,
        ("Joanna Wiśniewska", "joanna.w@netlab-krakow.example"),
        "damaged on arrival",
        b,
        "Mon, 11 Nov 2024 08:02:15 +0100",
        style="gmail",
        atts=(
            attachment("image/jpeg", "IMG_4471.jpg", jpeg("p1")),
            attachment("image/jpeg", "IMG_4472.jpg", jpeg("p2")),
        ),
    )
    return m, L(
        "new_request",
        "joanna.w@netlab-krakow.example",
        orders=["PO 2024-EU-118"],
        serials=["dyp-2410-k-00077"],
        models=["OTDR-M7"],
        cat="physical_damage",
        kw=["cracked front panel"],
    )


@dyc
def dy_no_serial() -> tuple[Message, dict[str, Any]]:
    b = (
        "Good afternoon,\n\nWe have a VOA 12 that does not respond to the remote commands over RS-232 any more, the\n"
        "front keys still work. Firmware was updated to 2.1 last month by our technician.\n\n"
        "I don't have the serial at hand, I'm working from home today.\n\nRegards\nTom Hadley\n"
    )
    m = P(
        DY,
        ("Tom Hadley", "tom.hadley@kestonlabs.example"),
        "VOA 12 remote control not working",
        b,
        "Tue, 12 Nov 2024 15:40:00 +0000",
        cte="7bit",
    )
    return m, L(
        "new_request",
        "tom.hadley@kestonlabs.example",
        models=["VOA 12"],
        cat="no_link",
        kw=["does not respond to the remote commands"],
    )


@dyc
def dy_two_models() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear team,\n\nplease open a repair for two instruments from order DSO-24-0877:\n\n"
        "1) DL 200, serial DYP-2404-K-00502 - restarts at random every few hours\n"
        "2) LS-1550, serial DYP-2404-K-00518 - output drops out for a few seconds now and then\n\n"
        "Both come back in one box.\n\nMarc Olivier\nFibrex SARL\n"
    )
    m = P(
        DY,
        ("Marc Olivier", "m.olivier@fibrex.example"),
        "2 units for repair - order DSO-24-0877",
        b,
        "Wed, 13 Nov 2024 09:55:41 +0100",
        style="tb",
    )
    return m, L(
        "new_request",
        "m.olivier@fibrex.example",
        orders=["DSO-24-0877"],
        serials=["DYP-2404-K-00502", "DYP-2404-K-00518"],
        models=["DL 200", "LS-1550"],
        cat="intermittent",
        kw=["restarts at random", "drops out for a few seconds"],
    )


@dyc
def dy_korean_mixed_alt() -> tuple[Message, dict[str, Any]]:
    b = (
        "AS팀 안녕하세요.\n\nLS-1550 (S/N DYP-2312-C-00164) 출력이 안 나옵니다. Power meter로 확인하면 -40 dBm 이하입니다.\n"
        "구매처 PO: HG-PO-2312-07\n\n확인 부탁드립니다.\n박서연\n"
    )
    h = html_doc(b.replace("\n", "<br>\n"), cs="utf-8")
    m = P(
        DY,
        ("박서연", "sy.park@nuri-optic.example"),
        "LS-1550 출력 없음",
        b,
        "Thu, 14 Nov 2024 16:20:12 +0900",
        html=h,
        cte="b64",
        style="outlook",
    )
    return m, L(
        "new_request",
        "sy.park@nuri-optic.example",
        orders=["HG-PO-2312-07"],
        serials=["DYP-2312-C-00164"],
        models=["LS-1550"],
        cat="optical_performance",
        kw=["출력이 안 나옵니다"],
    )


@dyc
def dy_wrong_item() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nWe ordered 2x DL 200 Pro on PO 31-00982 but the box contained one DL 200 Pro and one plain\n"
        "DL 200. Packing list says two Pro units. Which one should we send back?\n\n"
        "Serials in the box: DYP-2408-K-00611 and DYP-2408-K-00640\n\nCheers,\nNiamh Byrne\nByrne Telecom Services\n"
    )
    m = P(
        DY,
        ("Niamh Byrne", "niamh@byrnetelecom.example"),
        "Wrong model delivered on PO 31-00982",
        b,
        "Fri, 15 Nov 2024 10:01:00 +0000",
        style="apple",
    )
    return m, L(
        "new_request",
        "niamh@byrnetelecom.example",
        orders=["PO 31-00982"],
        serials=["DYP-2408-K-00611", "DYP-2408-K-00640"],
        models=["DL 200 Pro", "DL 200"],
        cat="wrong_or_missing_item",
        kw=["Wrong model delivered"],
    )


@dyc
def dy_fwd_outlook() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hi Jisoo,\n\nour OTDR-M7 (DYP-2406-K-00358) shows a dead zone of several hundred metres since yesterday,\n"
        "traces look flat after the first event. PO was PO-VN-2406-12.\n\nBest,\nNguyen Van An\nSaigon Fiber Works\n"
    )
    m = FW(
        DY,
        ("Jisoo Lee", "jisoo.lee@daeyang.example"),
        "outlook",
        "AS team, please take care of this customer. Thanks, Jisoo",
        ("Nguyen Van An", "an.nguyen@saigonfiber.example"),
        "Monday, November 18, 2024 8:41 AM",
        "OTDR-M7 dead zone problem",
        ob,
        "Mon, 18 Nov 2024 10:12:00 +0900",
    )
    return m, L(
        "forwarded",
        "an.nguyen@saigonfiber.example",
        "jisoo.lee@daeyang.example",
        orders=["PO-VN-2406-12"],
        serials=["DYP-2406-K-00358"],
        models=["OTDR-M7"],
        cat="optical_performance",
        kw=["dead zone of several hundred metres"],
    )


@dyc
def dy_fwd_gmail_korean() -> tuple[Message, dict[str, Any]]:
    ob = (
        "담당자님,\n\nVOA 12 두 대가 택배로 도착했는데 한 대는 박스가 찌그러져 있었고 손잡이가 부러졌습니다.\n"
        "시리얼: DYP-2409-K-00810, DYP-2409-K-00811\n주문: DSO-24-1187\n\n정우성\n"
    )
    m = FW(
        DY,
        ("Han Seojun", "seojun.han@daeyang-photonics.example"),
        "gmail",
        "AS팀 확인 부탁합니다.",
        ("정우성", "ws.jung@seoul-metro-net.example"),
        "2024년 11월 19일 (화) 오전 9:30",
        "VOA 12 파손 도착",
        ob,
        "Tue, 19 Nov 2024 11:02:45 +0900",
        cs="euc-kr",
        cte="b64",
    )
    return m, L(
        "forwarded",
        "ws.jung@seoul-metro-net.example",
        "seojun.han@daeyang-photonics.example",
        orders=["DSO-24-1187"],
        serials=["DYP-2409-K-00810", "DYP-2409-K-00811"],
        models=["VOA 12"],
        cat="physical_damage",
        kw=["손잡이가 부러졌습니다"],
    )


@dyc
def dy_fwd_noaddr() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hello Mr Lee,\n\nthe DL 200 we bought through your office keeps losing its wavelength setting after every\n"
        "power cycle and comes back to 1310 nm. Serial DYP-2401-C-00088.\n\nRegards\nAhmed Farouk\n"
    )
    m = FW(
        DY,
        ("Jisoo Lee", "jisoo.lee@daeyang.example"),
        "owa",
        "FYI - can AS contact him by phone? +20 2 555 0134",
        ("Ahmed Farouk", None),
        "Wednesday, November 20, 2024 7:15 PM",
        "DL 200 setting lost",
        ob,
        "Thu, 21 Nov 2024 08:30:00 +0900",
    )
    return m, L(
        "forwarded",
        None,
        "jisoo.lee@daeyang.example",
        serials=["DYP-2401-C-00088"],
        models=["DL 200"],
        cat="software",
        kw=["losing its wavelength setting"],
    )


@dyc
def dy_followup_bottom() -> tuple[Message, dict[str, Any]]:
    hist = (
        "On 12 Nov 2024, Daeyang AS wrote:\nYour request has been registered as RMA-2024-03117. Please ship the unit\n"
        "to our Suwon service centre and write the reference on the box.\n"
    )
    b = q(hist) + "\n\nThanks. Shipped today with CJ Logistics, waybill 568012347781.\n\nTom\n"
    m = P(
        DY,
        ("Tom Hadley", "tom.hadley@kestonlabs.example"),
        "Re: [RMA-2024-03117] VOA 12 remote control",
        b,
        "Fri, 22 Nov 2024 09:00:00 +0000",
    )
    return m, L(
        "follow_up", "tom.hadley@kestonlabs.example", models=["VOA 12"], tracking=["568012347781"], rma="RMA-2024-03117"
    )


@dyc
def dy_followup_top() -> tuple[Message, dict[str, Any]]:
    hist = (
        "Dear customer,\n\nthe repair of your OTDR-M7, serial DYP-2409-C-01342, is registered under RMA-2024-03102.\n"
        "Estimated turnaround is 10 working days.\n\nDaeyang Photonics After-Sales\n"
    )
    b = "진행 상황이 어떻게 되나요? 벌써 3주가 지났습니다.\n\n김민재\n\n" + q(hist)
    m = P(
        DY,
        ("김민재", "mj.kim@hangyeol-tel.example", "euc-kr"),
        "RE: RMA-2024-03102 수리 진행 문의",
        b,
        "Mon, 25 Nov 2024 10:12:00 +0900",
        cs="euc-kr",
        cte="b64",
    )
    return m, L("follow_up", "mj.kim@hangyeol-tel.example", rma="RMA-2024-03102")


@dyc
def dy_followup_inline() -> tuple[Message, dict[str, Any]]:
    b = (
        "> Could you confirm the return address and whether the power supply should be included?\n\n"
        "Yes, please include it.\n\n"
        "Return address: Fibrex SARL, 12 rue des Tanneurs, 67000 Strasbourg.\n\n"
        "> Please quote RMA-2024-03126 on all documents.\n\nOK, done. The box went out with DHL 4471093820.\n\nMarc\n"
    )
    m = P(
        DY,
        ("Marc Olivier", "m.olivier@fibrex.example"),
        "Re: RMA-2024-03126",
        b,
        "Tue, 26 Nov 2024 13:45:00 +0100",
        style="tb",
    )
    return m, L("follow_up", "m.olivier@fibrex.example", tracking=["4471093820"], rma="RMA-2024-03126")


@dyc
def dy_status() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\ncould you tell me when PO-SGP-24-0455 will ship? It's 2x VOA 12 and we were told week 47.\n\n"
        "Ravi Menon\nStraits Fibre Pte Ltd\n"
    )
    m = P(
        DY,
        ("Ravi Menon", "ravi.menon@straitsfibre.example"),
        "Delivery date for PO-SGP-24-0455?",
        b,
        "Wed, 27 Nov 2024 09:30:00 +0800",
        style="outlook",
    )
    return m, L("order_status", "ravi.menon@straitsfibre.example", orders=["PO-SGP-24-0455"], models=["VOA 12"])


@dyc
def dy_status_kr() -> tuple[Message, dict[str, Any]]:
    b = "안녕하세요.\n주문번호 DSO-24-1240 건 출고일 확인 부탁드립니다. 송장번호도 알려주시면 감사하겠습니다.\n\n오지훈 드림\n"
    m = P(
        DY,
        ("오지훈", "jihoon.oh@gwangmyeong-lab.example"),
        "출고 일정 문의",
        b,
        "Thu, 28 Nov 2024 08:50:00 +0900",
        cs="euc-kr",
        cte="8bit",
    )
    return m, L("order_status", "jihoon.oh@gwangmyeong-lab.example", orders=["DSO-24-1240"])


@dyc
def dy_status_tracking() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello, DHL tracking 6620185543 has not moved since Monday (customs Incheon). This is our order\n"
        "DSO-24-1199. Is there anything missing on the paperwork?\n\nBest regards\nLena Vogt\n"
    )
    m = P(
        DY,
        ("Lena Vogt", "lena.vogt@vogt-messtechnik.example"),
        "Shipment stuck in customs",
        b,
        "Fri, 29 Nov 2024 11:11:11 +0100",
        style="gmail",
    )
    return m, L("order_status", "lena.vogt@vogt-messtechnik.example", orders=["DSO-24-1199"], tracking=["6620185543"])


@dyc
def dy_ooo() -> tuple[Message, dict[str, Any]]:
    b = (
        "Thank you for your message. I am out of the office until 2 December with limited access to e-mail.\n"
        "For urgent matters please contact lab@straitsfibre.example.\n\nRavi Menon\n"
    )
    m = AR(
        DY,
        ("Ravi Menon", "ravi.menon@straitsfibre.example"),
        "Automatic reply: Re: [RMA-2024-03131] Repair quotation",
        b,
        "Sat, 30 Nov 2024 01:00:00 +0800",
    )
    return m, L("auto_reply", "ravi.menon@straitsfibre.example", rma="RMA-2024-03131")


@dyc
def dy_ticket_ack() -> tuple[Message, dict[str, Any]]:
    b = (
        "This is an automated message from the Anatolia Network Test purchasing helpdesk.\n\n"
        'We have received your e-mail "RMA-2024-03120 - return instructions" and created ticket #HD-88213.\n'
        "Please do not reply to this message.\n"
    )
    m = AR(
        DY,
        "helpdesk@anatolia-nt.example",
        "[HD-88213] Received: RMA-2024-03120 - return instructions",
        b,
        "Mon, 18 Nov 2024 07:12:00 +0300",
        extra=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")),
    )
    return m, L("auto_reply", "helpdesk@anatolia-nt.example", rma="RMA-2024-03120")


@dyc
def dy_bounce() -> tuple[Message, dict[str, Any]]:
    m = DSN(
        DY,
        "mx1.daeyang-photonics.example",
        "ahmed.f@cairo-telelab.example",
        "5.1.1",
        "550 5.1.1 <ahmed.f@cairo-telelab.example>: Recipient address rejected: User unknown",
        "This is the mail system at host mx1.daeyang-photonics.example.\n\nI'm sorry to have to inform you "
        "that your message could not be delivered to one or more recipients.\n",
        "Re: [RMA-2024-03140] DL 200 setting lost",
        "Dear Mr Farouk,\nplease find the return form attached.\n",
        "Thu, 21 Nov 2024 09:02:11 +0900",
        "Thu, 21 Nov 2024 09:01:58 +0900",
    )
    return m, L("bounce")


@dyc
def dy_newsletter() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<h2>FiberTech Asia 2025 - early bird registration</h2><p>Join 4,000 engineers in Busan, 11-13 March.</p>"
        "<p>Exhibitor list, conference programme and hotel partners inside.</p>"
        "<p><a href='https://fibertech-asia.example/unsub'>Unsubscribe</a></p>"
    )
    m = P(
        DY,
        ("FiberTech Asia", "news@fibertech-asia.example"),
        "Early bird ends Friday: FiberTech Asia 2025",
        h,
        "Tue, 19 Nov 2024 05:00:00 +0000",
        html=True,
        extra=(("List-Unsubscribe", "<https://fibertech-asia.example/unsub>"),),
    )
    return m, L("unrelated")


@dyc
def dy_payment_advice() -> tuple[Message, dict[str, Any]]:
    b = (
        "PAYMENT ADVICE\n\nPayer: Straits Fibre Pte Ltd\nBeneficiary: Daeyang Photonics Co., Ltd.\n"
        "Value date: 2024-11-20\nAmount: USD 18,420.00\n\nInvoice DY-INV-24-2291   PO-SGP-24-0391   USD 9,210.00\n"
        "Invoice DY-INV-24-2310   PO-SGP-24-0402   USD 9,210.00\n\nThis advice is generated by SAP. Do not reply.\n"
    )
    m = P(
        DY,
        "ap-noreply@straitsfibre.example",
        "Payment Advice 2000188127",
        b,
        "Wed, 20 Nov 2024 03:00:00 +0800",
        cte="7bit",
        style="sap",
    )
    return m, L("unrelated")


@dyc
def dy_vendor_pitch() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi there,\n\nI noticed Daeyang is growing its after-sales team. We build AI chatbots that resolve 60% of\n"
        "support tickets automatically. Would you have 15 minutes next week for a quick demo?\n\n"
        "Best,\nKyle\nGrowth Lead, Ticketly\n"
    )
    m = P(
        DY,
        ("Kyle Brennan", "kyle@ticketly-ai.example"),
        "Quick question about your support team",
        b,
        "Thu, 21 Nov 2024 16:30:00 +0000",
        cte="7bit",
    )
    return m, L("unrelated")


@dyc
def dy_carrier_notice() -> tuple[Message, dict[str, Any]]:
    b = (
        "[CJ대한통운] 고객님의 상품이 배송 출발하였습니다.\n운송장번호: 568019934412\n보내는 분: 대양포토닉스\n"
        "배송 예정: 11/22 14~16시\n"
    )
    m = P(
        DY,
        ("CJ대한통운", "noreply@cjlogistics.example"),
        "[CJ대한통운] 배송 출발 안내",
        b,
        "Fri, 22 Nov 2024 07:45:00 +0900",
        cs="euc-kr",
        cte="b64",
    )
    return m, L("unrelated")


@dyc
def dy_calendar() -> tuple[Message, dict[str, Any]]:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nSUMMARY:Quarterly distributor review\r\nDTSTART:20241203T020000Z\r\n"
        "DTEND:20241203T030000Z\r\nORGANIZER:mailto:karen.tan@straitsfibre.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    cal = text(ics, "utf-8", "b64", sub="calendar", params="; method=REQUEST")
    body = alt(text("Quarterly distributor review - agenda to follow.\n", "utf-8", "qp"), cal, "outlook")
    m = mail(
        "Mon, 25 Nov 2024 12:00:00 +0800",
        addr("Karen Tan", "karen.tan@straitsfibre.example"),
        DY["service_address"],
        "Invitation: Quarterly distributor review @ Tue 3 Dec 2024 10:00 - 11:00 (SGT)",
        body,
        "outlook",
        "straitsfibre.example",
    )
    return m, L("unrelated")


@dyc
def dy_spam() -> tuple[Message, dict[str, Any]]:
    b = "Dear Beneficiary,\n\nYour compensation fund of USD 4.5M is ready for release. Reply with your full name.\n"
    m = P(
        DY,
        "claims.office@un-compensation.example",
        "URGENT ATTENTION",
        b,
        "Sun, 24 Nov 2024 03:33:33 +0000",
        cte="7bit",
    )
    return m, L("unrelated")


@dyc
def dy_order_confirmation() -> tuple[Message, dict[str, Any]]:
    b = (
        "Purchase Order PO-SGP-24-0477\n\nVendor: Daeyang Photonics Co., Ltd.\nShip to: Straits Fibre Pte Ltd\n\n"
        "Line 1  Patch cords SC/APC 2m   qty 50\nLine 2  Calibration service      qty 1\n\n"
        "Please confirm delivery date by return.\nProcurement, Straits Fibre\n"
    )
    m = P(
        DY,
        "procurement@straitsfibre.example",
        "New Purchase Order PO-SGP-24-0477",
        b,
        "Tue, 26 Nov 2024 09:00:00 +0800",
        cte="7bit",
        style="sap",
        atts=(attachment("application/pdf", "PO-SGP-24-0477.pdf", pdf("po", "PO-SGP-24-0477")),),
    )
    return m, L("unrelated")


# =========================================================== Morava Optik --

MO = company(
    "moravaoptik",
    name="Morava Optik s.r.o.",
    country="CZ",
    staff_domains=["moravaoptik.example"],
    service_address="servis@moravaoptik.example",
    noreply_addresses=["no-reply@moravaoptik.example", "web@moravaoptik.example"],
    catalog=["FS 60", "FS 60 Plus", "Lumex 3", "TMC-120", "OptoCal 2"],
)
moc = C.fixture("moravaoptik")


@moc
def mo_czech_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dobrý den,\n\nnáš přístroj FS 60 Plus (výr. č. MV2437/0417) po zapnutí nenahřeje lampu, kontrolka bliká\n"
        "červeně a na displeji je chyba E-21. Objednávka PO/24/1187-B.\n\nProsím o instrukce k reklamaci.\n\n"
        "S pozdravem\nJan Dvořák\nLaboratoř Hydroprojekt a.s.\n"
    )
    m = P(
        MO,
        ("Jan Dvořák", "dvorak@hydroprojekt.example"),
        "Reklamace FS 60 Plus - chyba E-21",
        b,
        "Mon, 04 Nov 2024 08:15:00 +0100",
        cs="iso-8859-2",
        cte="qp",
        style="outlook",
    )
    return m, L(
        "new_request",
        "dvorak@hydroprojekt.example",
        orders=["PO/24/1187-B"],
        serials=["MV2437/0417"],
        models=["FS 60 Plus"],
        cat="other",
        kw=["nenahřeje lampu", "chyba E-21"],
    )


@moc
def mo_german_alt() -> tuple[Message, dict[str, Any]]:
    b = (
        "Sehr geehrte Damen und Herren,\n\nunser Lumex 3 (Seriennr. MV2411/0093) misst seit dem letzten Transport\n"
        "um ca. 8 % zu niedrig, auch nach Nullabgleich. Der Referenzfilter liefert nicht mehr den Sollwert.\n\n"
        "Ihre Auftragsbestätigung: ZAK-2024-0311, unsere Bestellung 4500871123.\n\n"
        "Mit freundlichen Grüßen\nSabine Kořínek\nUmweltlabor Passau GmbH\n"
    )
    h = html_doc("<p>" + b.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
    m = P(
        MO,
        ("Sabine Kořínek", "s.korinek@umweltlabor-passau.example"),
        "Lumex 3 misst zu niedrig",
        b,
        "Tue, 05 Nov 2024 09:40:00 +0100",
        html=h,
        style="outlook",
    )
    return m, L(
        "new_request",
        "s.korinek@umweltlabor-passau.example",
        orders=["ZAK-2024-0311", "4500871123"],
        serials=["MV2411/0093"],
        models=["Lumex 3"],
        cat="optical_performance",
        kw=["um ca. 8 % zu niedrig"],
    )


@moc
def mo_range_words() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello Morava team,\n\nwe have a batch problem: the TMC-120 controllers with serials MV2402/1200 to\n"
        "MV2402/1205 every now and then lose the temperature reading for a few minutes, display shows\n"
        "---- and then it comes back by itself. Order PO/24/0932-A.\n\nPlease arrange a collection.\n\nGreg Hollis\nHollis Process Ltd\n"
    )
    m = P(
        MO,
        ("Greg Hollis", "greg@hollisprocess.example"),
        "TMC-120 batch fault",
        b,
        "Wed, 06 Nov 2024 13:22:00 +0000",
        cte="7bit",
        style="gmail",
    )
    sn = rng("MV2402/", 1200, 1205, 4)
    return m, L(
        "new_request",
        "greg@hollisprocess.example",
        orders=["PO/24/0932-A"],
        serials=sn,
        models=["TMC-120"],
        cat="intermittent",
        kw=["every now and then lose the temperature reading"],
        expanded=sn[1:-1],
    )


@moc
def mo_polish() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dzień dobry,\n\nprzesyłka z FS 60 dotarła, ale w kartonie brakowało kabla zasilającego i kuwety.\n"
        "Numer seryjny MV2440/0551, zamówienie ZAK-2024-0398.\n\nPozdrawiam\nKatarzyna Nowak\n"
    )
    m = P(
        MO,
        ("Katarzyna Nowak", "k.nowak@labchem-gdansk.example"),
        "Brak akcesoriów - FS 60",
        b,
        "Thu, 07 Nov 2024 10:05:00 +0100",
        cs="iso-8859-2",
        cte="qp",
        style="tb",
    )
    return m, L(
        "new_request",
        "k.nowak@labchem-gdansk.example",
        orders=["ZAK-2024-0398"],
        serials=["MV2440/0551"],
        models=["FS 60"],
        cat="wrong_or_missing_item",
        kw=["brakowało kabla zasilającego"],
    )


@moc
def mo_form() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        MO,
        "Kontaktní formulář: Servis",
        [
            ("Jméno", "Petr Malý"),
            ("E-mail", "maly.petr@vodarny-zlin.example"),
            ("Přístroj", "OptoCal 2"),
            ("Výrobní číslo", "MV2319/0044"),
            ("Číslo objednávky", "PO/23/0411"),
            ("Popis závady", "software se při kalibraci zasekne na 47 % a přístroj je nutné restartovat"),
        ],
        ("Petr Malý", "maly.petr@vodarny-zlin.example"),
        "Fri, 08 Nov 2024 19:02:00 +0100",
        intro="Z webového formuláře byla odeslána nová zpráva.",
    )
    return m, L(
        "new_request",
        "maly.petr@vodarny-zlin.example",
        orders=["PO/23/0411"],
        serials=["MV2319/0044"],
        models=["OptoCal 2"],
        cat="software",
        kw=["zasekne na 47 %"],
    )


@moc
def mo_attach_log() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\nFS 60 Plus MV2428/0310 - the instrument does not talk to the PC any more, USB shows an unknown\n"
        "device. Log file attached. Our PO is 24/PL/7712.\n\nRegards,\nIngrid Sørensen\nNordic Water Lab\n"
    )
    m = P(
        MO,
        ("Ingrid Sørensen", "ingrid@nordicwaterlab.example"),
        "FS 60 Plus USB not recognised",
        b,
        "Mon, 11 Nov 2024 11:30:00 +0100",
        style="apple",
        atts=(textfile("fs60_log.txt", "2024-11-11 10:01 USB enum fail MV2428/0999\n"),),
    )
    return m, L(
        "new_request",
        "ingrid@nordicwaterlab.example",
        orders=["24/PL/7712"],
        serials=["MV2428/0310"],
        models=["FS 60 Plus"],
        cat="no_link",
        kw=["USB shows an unknown"],
    )


@moc
def mo_noorder_nodefect() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dobrý den,\nchtěli bychom poslat na opravu dva přístroje Lumex 3. Jak máme postupovat?\n"
        "Děkuji\nMartina Horáková\n"
    )
    m = P(
        MO,
        ("Martina Horáková", "horakova@envilab-brno.example"),
        "Oprava přístrojů",
        b,
        "Tue, 12 Nov 2024 07:58:00 +0100",
        cs="utf-8",
        cte="8bit",
    )
    return m, L("new_request", "horakova@envilab-brno.example", models=["Lumex 3"])


@moc
def mo_german_damage() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hallo,\n\ndas Gerät TMC-120, S/N mv2433/0781, ist uns heruntergefallen. Gehäuse gebrochen, Display\n"
        "hat einen Sprung. Bitte um Kostenvoranschlag für die Reparatur.\n\nGruß\nFlorian Huber\n"
    )
    m = P(
        MO,
        ("Florian Huber", "f.huber@huber-brauerei.example"),
        "Reparatur TMC-120",
        b,
        "Wed, 13 Nov 2024 15:15:00 +0100",
        cs="iso-8859-1",
        cte="qp",
    )
    return m, L(
        "new_request",
        "f.huber@huber-brauerei.example",
        serials=["mv2433/0781"],
        models=["TMC-120"],
        cat="physical_damage",
        kw=["Gehäuse gebrochen"],
    )


@moc
def mo_html_only_table() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Dear Sir or Madam,</p><p>please find the units for repair below:</p>"
        "<table border=1><tr><th>Model</th><th>Serial</th><th>Fault</th></tr>"
        "<tr><td>FS 60</td><td>MV2405/0121</td><td>lamp flickers, readings jump</td></tr>"
        "<tr><td>FS 60</td><td>MV2405/0129</td><td>lamp flickers, readings jump</td></tr></table>"
        "<p>Order reference: PO/24/0517-C</p><p>Best regards,<br>Adriana Popescu<br>AquaTest SRL</p>"
    )
    m = P(
        MO,
        ("Adriana Popescu", "adriana.popescu@aquatest.example"),
        "Repair request 2x FS 60",
        h,
        "Thu, 14 Nov 2024 09:09:00 +0200",
        html=True,
        cte="b64",
        style="outlook",
    )
    return m, L(
        "new_request",
        "adriana.popescu@aquatest.example",
        orders=["PO/24/0517-C"],
        serials=["MV2405/0121", "MV2405/0129"],
        models=["FS 60"],
        cat="intermittent",
        kw=["lamp flickers"],
    )


@moc
def mo_other_cal() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nOur OptoCal 2 (MV2301/0012) is due for its yearly calibration certificate. The unit works fine,\n"
        "we just need the recalibration done before February. Order PO/24/1302.\n\nThank you,\nRui Costa\n"
    )
    m = P(
        MO,
        ("Rui Costa", "rui.costa@metrolab-porto.example"),
        "Annual calibration OptoCal 2",
        b,
        "Fri, 15 Nov 2024 12:00:00 +0000",
        cte="7bit",
    )
    return m, L(
        "new_request",
        "rui.costa@metrolab-porto.example",
        orders=["PO/24/1302"],
        serials=["MV2301/0012"],
        models=["OptoCal 2"],
        cat="other",
        kw=["yearly calibration certificate"],
    )


@moc
def mo_fwd_tb() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hallo Herr Beneš,\n\nunser FS 60 Plus (MV2419/0208) startet nicht mehr, nur der Lüfter läuft kurz an.\n"
        "Bestellung PO/24/0770-D.\n\nViele Grüße\nMarkus Lang\nStadtwerke Linz Labor\n"
    )
    m = FW(
        MO,
        ("Tomáš Beneš", "benes@moravaoptik.example"),
        "tb",
        "Prosím založit reklamaci. Díky, T.",
        ("Markus Lang", "m.lang@stadtwerke-linz.example"),
        "18.11.2024 08:12",
        "FS 60 Plus startet nicht",
        ob,
        "Mon, 18 Nov 2024 09:00:00 +0100",
    )
    return m, L(
        "forwarded",
        "m.lang@stadtwerke-linz.example",
        "benes@moravaoptik.example",
        orders=["PO/24/0770-D"],
        serials=["MV2419/0208"],
        models=["FS 60 Plus"],
        cat="no_power",
        kw=["startet nicht mehr"],
    )


@moc
def mo_fwd_apple() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hi Eva,\n\nthe Lumex 3 you sold us shows ERR 4 whenever the sample chamber is closed and the result\n"
        "field stays empty. MV2422/0355.\n\nAndrea\n"
    )
    m = FW(
        MO,
        ("Eva Svobodová", "svobodova@moravaoptik.example"),
        "apple",
        "Sent from my iPhone",
        ("Andrea Bianchi", "a.bianchi@labanalisi-verona.example"),
        "20 November 2024 at 17:44:10 CET",
        "Lumex ERR 4",
        ob,
        "Wed, 20 Nov 2024 18:02:00 +0100",
    )
    return m, L(
        "forwarded",
        "a.bianchi@labanalisi-verona.example",
        "svobodova@moravaoptik.example",
        serials=["MV2422/0355"],
        models=["Lumex 3"],
        cat="software",
        kw=["ERR 4"],
    )


@moc
def mo_fwd_rfc822() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Dobrý den,\n\nTMC-120 MV2430/0602 nekomunikuje přes Modbus, kontrolka LINK nesvítí.\n"
        "Objednávka ZAK-2024-0355.\n\nLukáš Procházka\n"
    )
    m = FW(
        MO,
        ("Tomáš Beneš", "benes@moravaoptik.example"),
        "rfc822",
        "Přeposílám, viz příloha.",
        ("Lukáš Procházka", "prochazka@teplarna-olomouc.example"),
        "Thu, 21 Nov 2024 07:30:00 +0100",
        "TMC-120 nekomunikuje",
        ob,
        "Thu, 21 Nov 2024 08:15:00 +0100",
    )
    return m, L(
        "forwarded",
        "prochazka@teplarna-olomouc.example",
        "benes@moravaoptik.example",
        orders=["ZAK-2024-0355"],
        serials=["MV2430/0602"],
        models=["TMC-120"],
        cat="no_link",
        kw=["nekomunikuje přes Modbus"],
    )


@moc
def mo_followup_cz() -> tuple[Message, dict[str, Any]]:
    hist = "Dobrý den,\nVaše reklamace byla zaevidována pod číslem RMA-2024-04410.\nServis Morava Optik\n"
    b = "Dobrý den,\nzásilka odeslána přes PPL, číslo zásilky 40071234567.\nJan Dvořák\n\n" + q(hist)
    m = P(
        MO,
        ("Jan Dvořák", "dvorak@hydroprojekt.example"),
        "Re: RMA-2024-04410",
        b,
        "Fri, 22 Nov 2024 10:00:00 +0100",
        cs="iso-8859-2",
    )
    return m, L("follow_up", "dvorak@hydroprojekt.example", tracking=["40071234567"], rma="RMA-2024-04410")


@moc
def mo_followup_question() -> tuple[Message, dict[str, Any]]:
    hist = (
        "Dear Mr Hollis,\nwe have received the six TMC-120 controllers under RMA-2024-04418 and will report\n"
        "after inspection.\n"
    )
    b = "Any news on these? Production is waiting.\n\n" + q(hist)
    m = P(
        MO,
        ("Greg Hollis", "greg@hollisprocess.example"),
        "Re: [RMA-2024-04418] TMC-120 batch fault",
        b,
        "Mon, 25 Nov 2024 08:40:00 +0000",
        style="gmail",
    )
    return m, L("follow_up", "greg@hollisprocess.example", models=["TMC-120"], rma="RMA-2024-04418")


@moc
def mo_followup_thanks_new_info() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hallo,\n\nzu RMA-2024-04425: wir haben noch ein zweites Gerät mit dem gleichen Fehler gefunden,\n"
        "Seriennummer MV2411/0097. Kann es mit in die Reparatur?\n\nSabine Kořínek\n"
    )
    m = P(
        MO,
        ("Sabine Kořínek", "s.korinek@umweltlabor-passau.example"),
        "AW: RMA-2024-04425 Lumex 3",
        b,
        "Tue, 26 Nov 2024 14:10:00 +0100",
        style="outlook",
    )
    return m, L(
        "follow_up",
        "s.korinek@umweltlabor-passau.example",
        serials=["MV2411/0097"],
        models=["Lumex 3"],
        rma="RMA-2024-04425",
    )


@moc
def mo_status_cz() -> tuple[Message, dict[str, Any]]:
    b = "Dobrý den,\nkdy bude expedována objednávka ZAK-2024-0402? Slíbený termín byl 20. 11.\nDěkuji, M. Horáková\n"
    m = P(
        MO,
        ("Martina Horáková", "horakova@envilab-brno.example"),
        "Termín dodání ZAK-2024-0402",
        b,
        "Wed, 27 Nov 2024 09:15:00 +0100",
        cs="utf-8",
        cte="8bit",
    )
    return m, L("order_status", "horakova@envilab-brno.example", orders=["ZAK-2024-0402"])


@moc
def mo_status_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello, our DPD parcel 15501234567890 for PO/24/1187-B shows 'returned to depot'. Can you check\n"
        "and re-send?\nThanks, Jan\n"
    )
    m = P(
        MO,
        ("Jan Dvořák", "dvorak@hydroprojekt.example"),
        "parcel returned to depot?",
        b,
        "Thu, 28 Nov 2024 11:00:00 +0100",
    )
    return m, L("order_status", "dvorak@hydroprojekt.example", orders=["PO/24/1187-B"], tracking=["15501234567890"])


@moc
def mo_status_de() -> tuple[Message, dict[str, Any]]:
    b = "Guten Tag,\nwann können wir mit der Lieferung der Bestellung 4500871190 (2x OptoCal 2) rechnen?\nMfG F. Huber\n"
    m = P(
        MO,
        ("Florian Huber", "f.huber@huber-brauerei.example"),
        "Liefertermin Bestellung 4500871190",
        b,
        "Fri, 29 Nov 2024 08:00:00 +0100",
        cs="iso-8859-1",
    )
    return m, L("order_status", "f.huber@huber-brauerei.example", orders=["4500871190"], models=["OptoCal 2"])


@moc
def mo_ooo_de() -> tuple[Message, dict[str, Any]]:
    b = (
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 29.11. nicht im Büro. Ihre E-Mail wird\n"
        "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an labor@umweltlabor-passau.example.\n"
    )
    m = AR(
        MO,
        ("Sabine Kořínek", "s.korinek@umweltlabor-passau.example"),
        "Abwesenheitsnotiz: RMA-2024-04425 Kostenvoranschlag",
        b,
        "Wed, 27 Nov 2024 10:00:00 +0100",
        cs="iso-8859-1",
    )
    return m, L("auto_reply", "s.korinek@umweltlabor-passau.example", rma="RMA-2024-04425")


@moc
def mo_ooo_cz() -> tuple[Message, dict[str, Any]]:
    b = "Dobrý den, do 2. 12. čerpám dovolenou. V naléhavých případech volejte +420 585 000 111.\nL. Procházka\n"
    m = AR(
        MO,
        ("Lukáš Procházka", "prochazka@teplarna-olomouc.example"),
        "Automatická odpověď: Oprava dokončena",
        b,
        "Thu, 28 Nov 2024 07:00:00 +0100",
    )
    return m, L("auto_reply", "prochazka@teplarna-olomouc.example")


@moc
def mo_bounce_plain() -> tuple[Message, dict[str, Any]]:
    m = NDR(
        MO,
        "postmaster@vodarny-zlin.example",
        "Delivery Status Notification (Failure)",
        "Delivery has failed to these recipients or groups:\n\nmaly.petr@vodarny-zlin.example\n"
        "The recipient's mailbox is full and can't accept messages now.",
        "maly.petr@vodarny-zlin.example",
        "Re: [RMA-2024-04430] OptoCal 2",
        "Dobrý den, přikládáme štítek PPL pro zaslání přístroje.",
        "Mon, 25 Nov 2024 12:00:00 +0100",
        "Mon, 25 Nov 2024 11:59:40 +0100",
    )
    return m, L("bounce")


@moc
def mo_invoice() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dobrý den,\nv příloze zasíláme fakturu č. 2024110345 za servis kotle.\nSplatnost 14 dní.\n"
        "Topservis Přerov s.r.o.\n"
    )
    m = P(
        MO,
        ("Topservis Přerov", "fakturace@topservis-prerov.example"),
        "Faktura 2024110345",
        b,
        "Tue, 26 Nov 2024 06:00:00 +0100",
        cs="utf-8",
        cte="b64",
        atts=(attachment("application/pdf", "faktura_2024110345.pdf", pdf("inv", "Faktura")),),
    )
    return m, L("unrelated")


@moc
def mo_newsletter_de() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<h1>Laborpraxis Newsletter 47/2024</h1><p>Neue Normen für Trinkwasseranalytik.</p>"
        "<p>Webinar: Photometrie im Alltag</p>",
        lang="de",
    )
    m = P(
        MO,
        ("Laborpraxis", "newsletter@laborpraxis-news.example"),
        "Laborpraxis Newsletter 47/2024",
        h,
        "Mon, 18 Nov 2024 06:00:00 +0100",
        html=True,
        extra=(("List-Id", "<news.laborpraxis-news.example>"),),
    )
    return m, L("unrelated")


@moc
def mo_ppl_notice() -> tuple[Message, dict[str, Any]]:
    b = (
        "Vážený zákazníku,\nzásilka 40071239999 od odesílatele Morava Optik s.r.o. byla doručena.\n"
        "Děkujeme, že používáte PPL.\n"
    )
    m = P(
        MO,
        ("PPL CZ", "info@ppl-notify.example"),
        "Zásilka 40071239999 byla doručena",
        b,
        "Wed, 27 Nov 2024 15:30:00 +0100",
        cs="utf-8",
        cte="qp",
    )
    return m, L("unrelated")


@moc
def mo_supplier_offer() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dobrý den,\nnabízíme optické filtry na míru pro spektrofotometry, dodání do 3 týdnů.\n"
        "Ceník v příloze.\nS pozdravem\nFiltrtech s.r.o.\n"
    )
    m = P(
        MO,
        ("Filtrtech", "obchod@filtrtech.example"),
        "Nabídka optických filtrů",
        b,
        "Thu, 28 Nov 2024 09:00:00 +0100",
        cs="iso-8859-2",
        cte="qp",
        atts=(
            attachment(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "cenik.xlsx", xlsx("cenik")
            ),
        ),
    )
    return m, L("unrelated")


@moc
def mo_order_confirm_customer() -> tuple[Message, dict[str, Any]]:
    b = (
        "Auftragsbestätigung / Order confirmation\n\nIhre Bestellung 4500871201 vom 25.11.2024\n"
        "Pos. 10  Küvetten 10 mm   100 Stk.\n\nLieferung KW 49.\nUmweltlabor Passau GmbH - Einkauf\n"
    )
    m = P(
        MO,
        "einkauf@umweltlabor-passau.example",
        "Bestellung 4500871201",
        b,
        "Mon, 25 Nov 2024 13:00:00 +0100",
        cs="iso-8859-1",
        style="sap",
    )
    return m, L("unrelated")


@moc
def mo_spam() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<p>Congratulations! You have been selected for a <b>free iPhone 16</b>. Claim now.</p>")
    m = P(MO, "winner@prize-center.example", "You're our lucky winner", h, "Sat, 30 Nov 2024 02:02:02 +0000", html=True)
    return m, L("unrelated")


# ================================================================= Sertão --

ST = company(
    "sertao",
    name="Sertão Instrumentos Ópticos Ltda.",
    country="BR",
    staff_domains=["sertao-inst.example", "sertao.example"],
    service_address="assistencia@sertao-inst.example",
    noreply_addresses=["naoresponda@sertao-inst.example"],
    catalog=["MultiLux 4", "SPL 1x4", "SPL 1x8", "PM-300", "Fusio 9"],
)
stc = C.fixture("sertao")


@stc
def st_pt_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "Bom dia,\n\nA máquina de fusão Fusio 9 (série ST24.05.1173) não aquece o forno de proteção e o LED\n"
        "pisca vermelho, aparece o código E-21 no visor. Compramos pela OC 2024/0388.\n\n"
        "Como procedemos para enviar para reparo?\n\nAtt.,\nRafael Moura\nFibraNet Telecom - Recife\n"
    )
    m = P(
        ST,
        ("Rafael Moura", "rafael.moura@fibranet-pe.example"),
        "Fusio 9 com erro E-21",
        b,
        "Mon, 04 Nov 2024 09:00:00 -0300",
        cs="iso-8859-1",
        cte="qp",
        style="outlook",
    )
    return m, L(
        "new_request",
        "rafael.moura@fibranet-pe.example",
        orders=["OC 2024/0388"],
        serials=["ST24.05.1173"],
        models=["Fusio 9"],
        cat="other",
        kw=["não aquece o forno", "código E-21"],
    )


@stc
def st_pt_range() -> tuple[Message, dict[str, Any]]:
    b = (
        "Olá equipe Sertão,\n\nrecebemos 20 splitters SPL 1x8 no pedido PV-45021 e os de série ST24.07.2207\n"
        "até ST24.07.2211 estão com perda de inserção acima de 12 dB na porta 5.\n\n"
        "Aguardo instruções.\nCamila Rocha\nProvedor Conecta Sul\n"
    )
    m = P(
        ST,
        ("Camila Rocha", "camila@conectasul.example"),
        "SPL 1x8 com perda alta",
        b,
        "Tue, 05 Nov 2024 14:30:00 -0300",
        style="gmail",
    )
    sn = [f"ST24.07.{n}" for n in range(2207, 2212)]
    return m, L(
        "new_request",
        "camila@conectasul.example",
        orders=["PV-45021"],
        serials=sn,
        models=["SPL 1x8"],
        cat="optical_performance",
        kw=["perda de inserção acima de 12 dB"],
        expanded=sn[1:-1],
    )


@stc
def st_es_html() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<div>Estimados,</div><div><br></div><div>El medidor PM-300 con número de serie ST23.11.0448 no "
        "enciende desde ayer, ni con batería ni con el cargador.</div><div>Orden de compra: OC-UY-2311-55</div>"
        "<div><br></div><div>Saludos,<br>Martín Pereyra<br>Redes del Plata</div>"
    )
    m = P(
        ST,
        ("Martín Pereyra", "mpereyra@redesdelplata.example"),
        "PM-300 no enciende",
        h,
        "Wed, 06 Nov 2024 11:11:00 -0300",
        html=True,
        style="gmail",
    )
    return m, L(
        "new_request",
        "mpereyra@redesdelplata.example",
        orders=["OC-UY-2311-55"],
        serials=["ST23.11.0448"],
        models=["PM-300"],
        cat="no_power",
        kw=["no enciende"],
    )


@stc
def st_form() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        ST,
        "Novo chamado de assistência técnica",
        [
            ("Nome", "Juliana Prado"),
            ("E-mail", "juliana.prado@tecnofibra.example"),
            ("Telefone", "(11) 95555-0142"),
            ("Produto", "MultiLux 4"),
            ("Número de série", "st24.02.0731"),
            ("Nota fiscal / pedido", "NF 118.223"),
            ("Defeito", "a tela touch às vezes não responde, precisa tocar várias vezes"),
        ],
        ("Juliana Prado", "juliana.prado@tecnofibra.example"),
        "Thu, 07 Nov 2024 22:10:00 -0300",
        intro="Um novo chamado foi aberto pelo site.",
        html=True,
    )
    return m, L(
        "new_request",
        "juliana.prado@tecnofibra.example",
        orders=["NF 118.223"],
        serials=["st24.02.0731"],
        models=["MultiLux 4"],
        cat="intermittent",
        kw=["às vezes não responde"],
    )


@stc
def st_en_attach() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nthe Fusio 9 splicer we bought via your distributor arrived with the electrode cover broken\n"
        "off and a dented case. Pictures attached. Serial ST24.08.1502, PO 7781-AO.\n\nBest regards,\n"
        "João Neto\nAngola Telecom Services\n"
    )
    m = P(
        ST,
        ("João Neto", "joao.neto@ats-luanda.example"),
        "Damaged splicer on delivery",
        b,
        "Fri, 08 Nov 2024 10:00:00 +0100",
        style="outlook",
        atts=(attachment("image/jpeg", "foto1.jpg", jpeg("a")), attachment("image/png", "caixa.png", png("b"))),
    )
    return m, L(
        "new_request",
        "joao.neto@ats-luanda.example",
        orders=["PO 7781-AO"],
        serials=["ST24.08.1502"],
        models=["Fusio 9"],
        cat="physical_damage",
        kw=["electrode cover broken"],
    )


@stc
def st_pt_missing() -> tuple[Message, dict[str, Any]]:
    b = (
        "Boa tarde,\nno pedido PV-45107 vieram 10 caixas de SPL 1x4 mas faltou uma caixa, a nota diz 11.\n"
        "Obrigado,\nDiego Alves\n"
    )
    m = P(
        ST,
        ("Diego Alves", "diego.alves@netcampo.example"),
        "Falta de material PV-45107",
        b,
        "Mon, 11 Nov 2024 16:45:00 -0300",
        cs="utf-8",
        cte="8bit",
    )
    return m, L(
        "new_request",
        "diego.alves@netcampo.example",
        orders=["PV-45107"],
        models=["SPL 1x4"],
        cat="wrong_or_missing_item",
        kw=["faltou uma caixa"],
    )


@stc
def st_pt_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "Prezados,\n\ndepois da atualização para o firmware 3.2 o MultiLux 4 (ST24.03.0915) trava na tela de\n"
        "inicialização com a barra em 80%. Já tentei resetar pelo botão traseiro.\n\n"
        "Pedido de compra: OC 2024/0412\n\nAbraço,\nThiago Lima\n"
    )
    m = P(
        ST,
        ("Thiago Lima", "thiago@lima-redes.example"),
        "MultiLux 4 trava após atualização",
        b,
        "Tue, 12 Nov 2024 08:20:00 -0300",
        cs="iso-8859-1",
        cte="qp",
        style="tb",
    )
    return m, L(
        "new_request",
        "thiago@lima-redes.example",
        orders=["OC 2024/0412"],
        serials=["ST24.03.0915"],
        models=["MultiLux 4"],
        cat="software",
        kw=["trava na tela de"],
    )


@stc
def st_pt_nothing() -> tuple[Message, dict[str, Any]]:
    b = "Olá, gostaria de saber como funciona a garantia dos medidores PM-300. Tenho um com problema.\nAna\n"
    m = P(
        ST,
        ("Ana Beatriz", "anabia.tec@webmail-br.example"),
        "garantia",
        b,
        "Wed, 13 Nov 2024 19:00:00 -0300",
        style="gmail",
    )
    return m, L("new_request", "anabia.tec@webmail-br.example", models=["PM-300"])


@stc
def st_es_two() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hola,\n\nenviamos a reparación dos equipos del pedido PV-44980:\n- PM-300 ST24.01.0120: la lectura\n"
        "salta entre -7 y -25 dBm sin motivo\n- PM-300 ST24.01.0124: lo mismo, la lectura salta cada pocos segundos\n\n"
        "Gracias\nLucía Fernández\nFibraCórdoba\n"
    )
    m = P(
        ST,
        ("Lucía Fernández", "lucia.f@fibracordoba.example"),
        "Reparación 2 equipos PM-300",
        b,
        "Thu, 14 Nov 2024 12:12:00 -0300",
        cs="iso-8859-1",
        cte="qp",
    )
    return m, L(
        "new_request",
        "lucia.f@fibracordoba.example",
        orders=["PV-44980"],
        serials=["ST24.01.0120", "ST24.01.0124"],
        models=["PM-300"],
        cat="intermittent",
        kw=["salta entre -7 y -25 dBm"],
    )


@stc
def st_other_pt() -> tuple[Message, dict[str, Any]]:
    b = (
        "Bom dia,\n\nprecisamos trocar o idioma do menu do Fusio 9 ST24.06.1330 de inglês para português e não\n"
        "encontramos a opção. O equipamento funciona normalmente.\n\nAtenciosamente,\nBruno Teixeira\n"
    )
    m = P(
        ST,
        ("Bruno Teixeira", "bruno@telemax-mg.example"),
        "Idioma do menu Fusio 9",
        b,
        "Fri, 15 Nov 2024 09:30:00 -0300",
        style="outlook",
    )
    return m, L(
        "new_request",
        "bruno@telemax-mg.example",
        serials=["ST24.06.1330"],
        models=["Fusio 9"],
        cat="other",
        kw=["trocar o idioma do menu"],
    )


@stc
def st_fwd_gmail() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Fala Pedro,\n\no MultiLux 4 da equipe de campo parou de conectar no Bluetooth com o celular, não aparece\n"
        "mais na lista. Série ST24.04.1011, pedido PV-45033.\n\nValeu\nLeandro Souza\nInfovia Bahia\n"
    )
    m = FW(
        ST,
        ("Pedro Castro", "pedro.castro@sertao.example"),
        "gmail",
        "Pessoal da assistência, podem ver isso?",
        ("Leandro Souza", "leandro@infovia-ba.example"),
        "seg., 18 de nov. de 2024 às 10:02",
        "MultiLux sem Bluetooth",
        ob,
        "Mon, 18 Nov 2024 10:30:00 -0300",
    )
    return m, L(
        "forwarded",
        "leandro@infovia-ba.example",
        "pedro.castro@sertao.example",
        orders=["PV-45033"],
        serials=["ST24.04.1011"],
        models=["MultiLux 4"],
        cat="no_link",
        kw=["parou de conectar no Bluetooth"],
    )


@stc
def st_fwd_owa_es() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Buenas tardes,\n\nel SPL 1x4 número ST24.09.0088 llegó con la fibra de entrada cortada.\n"
        "Orden de compra OC-CL-2409-17.\n\nSaludos cordiales\nFrancisca Muñoz\nAndesNet Chile\n"
    )
    m = FW(
        ST,
        ("Marina Lopes", "marina.lopes@sertao-inst.example"),
        "owa",
        "Encaminho reclamação do cliente chileno.",
        ("Francisca Muñoz", "fmunoz@andesnet.example"),
        "terça-feira, 19 de novembro de 2024 15:20",
        "SPL 1x4 dañado",
        ob,
        "Tue, 19 Nov 2024 16:00:00 -0300",
    )
    return m, L(
        "forwarded",
        "fmunoz@andesnet.example",
        "marina.lopes@sertao-inst.example",
        orders=["OC-CL-2409-17"],
        serials=["ST24.09.0088"],
        models=["SPL 1x4"],
        cat="physical_damage",
        kw=["fibra de entrada cortada"],
    )


@stc
def st_fwd_apple_sig() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Pedro, o PM-300 ST24.02.0355 mostra 'LOW BAT' mesmo carregado e desliga sozinho.\n\n"
        "Renata Gomes\nrenata.gomes@fibrasul.example\n"
    )
    m = FW(
        ST,
        ("Pedro Castro", "pedro.castro@sertao.example"),
        "apple",
        "Enviado do meu iPhone",
        ("Renata Gomes", None),
        "20 de novembro de 2024 08:14:33 BRT",
        "PM-300 desligando",
        ob,
        "Wed, 20 Nov 2024 08:30:00 -0300",
    )
    return m, L(
        "forwarded",
        "renata.gomes@fibrasul.example",
        "pedro.castro@sertao.example",
        serials=["ST24.02.0355"],
        models=["PM-300"],
        cat="no_power",
        kw=["desliga sozinho"],
    )


@stc
def st_followup_bottom() -> tuple[Message, dict[str, Any]]:
    hist = "Prezado Rafael,\nseu chamado foi registrado como RMA-2024-05502.\nAssistência Sertão\n"
    b = q(hist) + "\n\nEnviado pelos Correios, rastreio QB123456789BR.\nRafael\n"
    m = P(
        ST,
        ("Rafael Moura", "rafael.moura@fibranet-pe.example"),
        "RE: RMA-2024-05502 Fusio 9",
        b,
        "Thu, 21 Nov 2024 11:00:00 -0300",
        style="outlook",
    )
    return m, L(
        "follow_up",
        "rafael.moura@fibranet-pe.example",
        models=["Fusio 9"],
        tracking=["QB123456789BR"],
        rma="RMA-2024-05502",
    )


@stc
def st_followup_es() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hola, ¿hay novedades sobre RMA-2024-05511? Necesitamos el equipo para una obra el lunes.\n\n"
        "Martín\n\nEl mié, 13 nov 2024 a las 10:00, Asistencia Sertão escribió:\n"
        + q("Recibimos su equipo PM-300 ST23.11.0448. Referencia RMA-2024-05511.")
    )
    m = P(
        ST,
        ("Martín Pereyra", "mpereyra@redesdelplata.example"),
        "Re: RMA-2024-05511",
        b,
        "Fri, 22 Nov 2024 09:45:00 -0300",
        style="gmail",
    )
    return m, L("follow_up", "mpereyra@redesdelplata.example", rma="RMA-2024-05511")


@stc
def st_followup_pt_inline() -> tuple[Message, dict[str, Any]]:
    b = (
        "> O orçamento do reparo é R$ 1.850,00. Podemos prosseguir?\n\nSim, podem prosseguir.\n\n"
        "> Favor confirmar o endereço de devolução.\n\nMesmo endereço da nota fiscal.\n\nThiago\n"
    )
    m = P(
        ST,
        ("Thiago Lima", "thiago@lima-redes.example"),
        "Re: [RMA-2024-05520] orçamento",
        b,
        "Mon, 25 Nov 2024 10:10:00 -0300",
        style="tb",
    )
    return m, L("follow_up", "thiago@lima-redes.example", rma="RMA-2024-05520")


@stc
def st_status_pt() -> tuple[Message, dict[str, Any]]:
    b = "Boa tarde, qual o prazo de entrega do pedido PV-45150? Já está faturado?\nDiego\n"
    m = P(
        ST,
        ("Diego Alves", "diego.alves@netcampo.example"),
        "Prazo pedido PV-45150",
        b,
        "Tue, 26 Nov 2024 15:00:00 -0300",
        cs="utf-8",
        cte="8bit",
    )
    return m, L("order_status", "diego.alves@netcampo.example", orders=["PV-45150"])


@stc
def st_status_jadlog() -> tuple[Message, dict[str, Any]]:
    b = (
        "Olá, o rastreio Jadlog 10084512345678 da nossa OC 2024/0455 está parado em Campinas desde sexta.\n"
        "Podem verificar com a transportadora?\nCamila\n"
    )
    m = P(ST, ("Camila Rocha", "camila@conectasul.example"), "Entrega atrasada", b, "Wed, 27 Nov 2024 09:00:00 -0300")
    return m, L("order_status", "camila@conectasul.example", orders=["OC 2024/0455"], tracking=["10084512345678"])


@stc
def st_status_es() -> tuple[Message, dict[str, Any]]:
    b = "Estimados, ¿cuándo despachan los 50 SPL 1x4 de la orden OC-UY-2411-02?\nGracias, Martín\n"
    m = P(
        ST,
        ("Martín Pereyra", "mpereyra@redesdelplata.example"),
        "Despacho orden OC-UY-2411-02",
        b,
        "Thu, 28 Nov 2024 10:00:00 -0300",
    )
    return m, L("order_status", "mpereyra@redesdelplata.example", orders=["OC-UY-2411-02"], models=["SPL 1x4"])


@stc
def st_ooo() -> tuple[Message, dict[str, Any]]:
    b = "Estou de férias até 06/12 sem acesso ao e-mail. Para urgências: suporte@conectasul.example\n"
    m = AR(
        ST,
        ("Camila Rocha", "camila@conectasul.example"),
        "Resposta automática: RMA-2024-05530",
        b,
        "Fri, 29 Nov 2024 08:00:00 -0300",
    )
    return m, L("auto_reply", "camila@conectasul.example", rma="RMA-2024-05530")


@stc
def st_ticket_ack() -> tuple[Message, dict[str, Any]]:
    b = (
        "Prezado(a),\n\nSua mensagem foi recebida pela Central de Fornecedores da Telemax e registrada sob o\n"
        "protocolo 2024-77812. Assunto original: Re: RMA-2024-05509 laudo técnico.\n\nNão responda este e-mail.\n"
    )
    m = AR(
        ST,
        "fornecedores@telemax-mg.example",
        "Protocolo 2024-77812 - mensagem recebida",
        b,
        "Mon, 25 Nov 2024 12:00:00 -0300",
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return m, L("auto_reply", "fornecedores@telemax-mg.example", rma="RMA-2024-05509")


@stc
def st_bounce() -> tuple[Message, dict[str, Any]]:
    m = DSN(
        ST,
        "mail.sertao-inst.example",
        "anabia.tec@webmail-br.example",
        "5.2.2",
        "552 5.2.2 Mailbox full",
        "Your message could not be delivered: the recipient's mailbox is full.\n",
        "Re: garantia [RMA-2024-05515]",
        "Olá Ana, para a garantia precisamos da nota fiscal.\n",
        "Thu, 14 Nov 2024 10:00:00 -0300",
        "Thu, 14 Nov 2024 09:59:00 -0300",
    )
    return m, L("bounce")


@stc
def st_nfe() -> tuple[Message, dict[str, Any]]:
    b = (
        "Prezado cliente,\n\nSegue em anexo a NF-e nº 000.118.455 referente ao pedido 99812 (OC 2024/0501).\n"
        "Chave de acesso: 3524 1112 3456 7800 0155 5500 1000 1184 5512 3456 7890\n\nDistribuidora Paulista\n"
    )
    m = P(
        ST,
        "nfe@distpaulista.example",
        "NF-e 118455 emitida",
        b,
        "Tue, 26 Nov 2024 07:00:00 -0300",
        cs="iso-8859-1",
        cte="qp",
        atts=(
            attachment("application/pdf", "DANFE_118455.pdf", pdf("nfe", "DANFE")),
            attachment("application/xml", "NFe118455.xml", b"<nfeProc>...</nfeProc>"),
        ),
    )
    return m, L("unrelated")


@stc
def st_newsletter() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h2>Revista Fibra Óptica BR - edição de novembro</h2><p>FTTH no interior: números de 2024.</p>")
    m = P(
        ST,
        ("Revista Fibra BR", "contato@revistafibra.example"),
        "Edição de novembro já disponível",
        h,
        "Wed, 20 Nov 2024 06:00:00 -0300",
        html=True,
    )
    return m, L("unrelated")


@stc
def st_correios() -> tuple[Message, dict[str, Any]]:
    b = "Seu objeto QB123456789BR foi entregue ao destinatário em 25/11/2024 às 14:02.\nCorreios\n"
    m = P(
        ST, ("Correios", "rastreamento@correios-aviso.example"), "Objeto entregue", b, "Mon, 25 Nov 2024 14:05:00 -0300"
    )
    return m, L("unrelated")


@stc
def st_boleto() -> tuple[Message, dict[str, Any]]:
    b = (
        "Olá, Sertão Instrumentos!\nSeu boleto de R$ 2.340,00 referente à mensalidade do ERP vence em 05/12.\n"
        "Linha digitável: 23790.12345 60000.123456 78901.234567 8 99990000234000\n"
    )
    m = P(
        ST,
        ("ERPNuvem Cobrança", "cobranca@erpnuvem.example"),
        "Boleto disponível - vencimento 05/12",
        b,
        "Thu, 28 Nov 2024 07:00:00 -0300",
    )
    return m, L("unrelated")


@stc
def st_pitch() -> tuple[Message, dict[str, Any]]:
    b = (
        "Oi, tudo bem?\nSomos uma agência de marketing digital especializada em indústria. Podemos agendar\n"
        "uma conversa de 20 minutos esta semana?\nAbs, Letícia\n"
    )
    m = P(
        ST,
        ("Letícia Ramos", "leticia@agencia-impulso.example"),
        "Parceria para a Sertão",
        b,
        "Fri, 29 Nov 2024 11:00:00 -0300",
    )
    return m, L("unrelated")


# ================================================================= Hongyu --

HY = company(
    "hongyu",
    name="宏昱光電股份有限公司 (Hongyu Optoelectronics Corp.)",
    country="TW",
    staff_domains=["hongyu-opto.example"],
    service_address="service@hongyu-opto.example",
    noreply_addresses=["noreply@hongyu-opto.example"],
    catalog=["HX 3000", "HX 3000S", "OLS-8", "PD 40", "CoreView 2"],
)
hyc = C.fixture("hongyu")


@hyc
def hy_big5_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好：\n\n敝公司上個月購買的 HX 3000S 光譜儀，開機後風扇一直全速轉，畫面停在自我檢測，\n"
        "約十分鐘後自動關機。\n\n序號：HYO2403A0917\n訂單編號：SO24-03117\n\n請協助安排維修，謝謝。\n\n"
        "林志明\n新竹科技檢測有限公司\n"
    )
    m = P(
        HY,
        ("林志明", "zm.lin@hsinchu-test.example", "big5"),
        "HX 3000S 無法完成開機",
        b,
        "Mon, 04 Nov 2024 10:20:00 +0800",
        cs="big5",
        cte="b64",
        style="outlook",
    )
    return m, L(
        "new_request",
        "zm.lin@hsinchu-test.example",
        orders=["SO24-03117"],
        serials=["HYO2403A0917"],
        models=["HX 3000S"],
        cat="no_power",
        kw=["約十分鐘後自動關機"],
        lang="zh",
    )


@hyc
def hy_big5_lowercase_serials() -> tuple[Message, dict[str, Any]]:
    b = (
        "客服您好，\n\n我們有三台 PD 40 功率計讀值不準，同一條光纖量出來差了 1.5 dB 以上。\n"
        "序號 hyo2406b0101、hyo2406b0102、hyo2406b0115\nPO#4500123456\n\n麻煩了\n陳怡君\n"
    )
    m = P(
        HY,
        ("陳怡君", "yichun.chen@taoyuan-fiber.example", "big5"),
        "PD 40 讀值偏差",
        b,
        "Tue, 05 Nov 2024 09:00:00 +0800",
        cs="big5",
        cte="qp",
    )
    return m, L(
        "new_request",
        "yichun.chen@taoyuan-fiber.example",
        orders=["4500123456"],
        serials=["hyo2406b0101", "hyo2406b0102", "hyo2406b0115"],
        models=["PD 40"],
        cat="optical_performance",
        kw=["讀值不準"],
        lang="zh",
    )


@hyc
def hy_mixed_utf8() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi Hongyu service,\n\n我們的 OLS-8 light source (S/N HYO2311C0442) 的 1550nm channel 沒有輸出，\n"
        "其他 channel 正常。Order no. SO23-11208.\n\nThanks\nKevin Wu 吳凱文\n"
    )
    m = P(
        HY,
        ("Kevin Wu", "kevin.wu@formosa-link.example"),
        "OLS-8 1550nm 沒有輸出",
        b,
        "Wed, 06 Nov 2024 14:00:00 +0800",
        style="gmail",
    )
    return m, L(
        "new_request",
        "kevin.wu@formosa-link.example",
        orders=["SO23-11208"],
        serials=["HYO2311C0442"],
        models=["OLS-8"],
        cat="optical_performance",
        kw=["沒有輸出"],
        lang="mixed",
    )


@hyc
def hy_en_html_range() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Hello,</p><p>Our CoreView 2 inspection scopes from order SO24-05220 have a USB problem: the PC "
        "software loses the camera every few minutes.</p><p>Units: HYO2405A0307 through HYO2405A0310</p>"
        "<p>Regards,<br>Priya Nair<br>Bangalore Fibre Systems</p>"
    )
    m = P(
        HY,
        ("Priya Nair", "priya.nair@blr-fibre.example"),
        "CoreView 2 camera disconnects",
        h,
        "Thu, 07 Nov 2024 12:30:00 +0530",
        html=True,
        style="outlook",
    )
    sn = ["HYO2405A0307", "HYO2405A0308", "HYO2405A0309", "HYO2405A0310"]
    return m, L(
        "new_request",
        "priya.nair@blr-fibre.example",
        orders=["SO24-05220"],
        serials=sn,
        models=["CoreView 2"],
        cat="no_link",
        kw=["loses the camera every few minutes"],
        expanded=sn[1:3],
    )


@hyc
def hy_jp() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hongyu Optoelectronics サービスご担当者様\n\nHX 3000 (シリアル HYO2402C0051) の測定波長が 2nm ずれています。\n"
        "校正をお願いできますでしょうか。注文番号は SO24-02019 です。\n\n東邦ファイバー株式会社\n高橋 美咲\n"
    )
    m = P(
        HY,
        ("Takahashi Misaki", "m.takahashi@toho-fiber.example"),
        "HX 3000 波長ずれ",
        b,
        "Fri, 08 Nov 2024 15:00:00 +0900",
        cs="iso-2022-jp",
    )
    return m, L(
        "new_request",
        "m.takahashi@toho-fiber.example",
        orders=["SO24-02019"],
        serials=["HYO2402C0051"],
        models=["HX 3000"],
        cat="optical_performance",
        kw=["2nm ずれています"],
    )


@hyc
def hy_big5_damage_attach() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好，今天收到貨，HX 3000 外箱破損，機器側板凹陷，開機正常但擔心內部光路。\n"
        "序號 HYO2409A1203，訂單 SO24-09871。照片如附件。\n\n台中光通 張先生\n"
    )
    m = P(
        HY,
        ("張家豪", "jh.chang@taichung-optic.example", "big5"),
        "到貨外箱破損",
        b,
        "Mon, 11 Nov 2024 17:00:00 +0800",
        cs="big5",
        cte="b64",
        style="foxmail",
        atts=(attachment("image/jpeg", "DSC0012.jpg", jpeg("d1")),),
    )
    return m, L(
        "new_request",
        "jh.chang@taichung-optic.example",
        orders=["SO24-09871"],
        serials=["HYO2409A1203"],
        models=["HX 3000"],
        cat="physical_damage",
        kw=["機器側板凹陷"],
        lang="zh",
    )


@hyc
def hy_form_en() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        HY,
        "New RMA request from website",
        [
            ("Name", "Daniel Okafor"),
            ("Email", "d.okafor@lagos-netlab.example"),
            ("Country", "Nigeria"),
            ("Model", "PD 40"),
            ("Serial No.", "HYO2404B0622"),
            ("PO / Order No.", "NG-PO-0912"),
            ("Problem", "Unit is missing the FC adapter cap and the carrying case we paid for"),
        ],
        ("Daniel Okafor", "d.okafor@lagos-netlab.example"),
        "Tue, 12 Nov 2024 03:30:00 +0000",
    )
    return m, L(
        "new_request",
        "d.okafor@lagos-netlab.example",
        orders=["NG-PO-0912"],
        serials=["HYO2404B0622"],
        models=["PD 40"],
        cat="wrong_or_missing_item",
        kw=["missing the FC adapter cap"],
    )


@hyc
def hy_big5_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "你好，CoreView 2 更新韌體到 v1.8 之後，分析軟體一直顯示「授權失效」無法使用。\n"
        "序號：HYO2407A0820\n\n高雄電信工程 黃小姐\n"
    )
    m = P(
        HY,
        ("黃淑芬", "sf.huang@kh-telecom.example", "big5"),
        "CoreView 2 授權失效",
        b,
        "Wed, 13 Nov 2024 11:00:00 +0800",
        cs="big5",
        cte="8bit",
    )
    return m, L(
        "new_request",
        "sf.huang@kh-telecom.example",
        serials=["HYO2407A0820"],
        models=["CoreView 2"],
        cat="software",
        kw=["授權失效"],
        lang="zh",
    )


@hyc
def hy_utf8_nolink() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好：\nHX 3000S 的網路埠接上交換器後燈號不亮，無法從遠端連線，USB 連線正常。\n"
        "序號 HYO2401A0019 / 訂單 SO24-01044\n謝謝\n李宗翰\n"
    )
    m = P(
        HY,
        ("李宗翰", "zh.li@tainan-photonics.example"),
        "網路埠無法連線",
        b,
        "Thu, 14 Nov 2024 09:20:00 +0800",
        cte="b64",
        style="gmail",
    )
    return m, L(
        "new_request",
        "zh.li@tainan-photonics.example",
        orders=["SO24-01044"],
        serials=["HYO2401A0019"],
        models=["HX 3000S"],
        cat="no_link",
        kw=["無法從遠端連線"],
        lang="zh",
    )


@hyc
def hy_big5_noserial() -> tuple[Message, dict[str, Any]]:
    b = "請問 OLS-8 送修要寄到哪裡？機器在工地，序號之後再補給您。\n王大明\n"
    m = P(
        HY,
        ("王大明", "dm.wang@yilan-net.example", "big5"),
        "送修地址詢問",
        b,
        "Fri, 15 Nov 2024 16:40:00 +0800",
        cs="big5",
        cte="qp",
    )
    return m, L("new_request", "dm.wang@yilan-net.example", models=["OLS-8"], lang="zh")


@hyc
def hy_fwd_outlook_big5() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Amy 您好，\n\n上週交的 PD 40 有一台按鍵失靈，要按很多次才有反應。\n序號 HYO2408B0733，訂單 SO24-08512。\n\n"
        "謝謝\n蔡明哲\n"
    )
    m = FW(
        HY,
        ("Amy Tsai", "amy.tsai@hongyu-opto.example"),
        "outlook",
        "麻煩客服處理，謝謝。",
        ("蔡明哲", "mz.tsai@pingtung-cable.example"),
        "2024年11月18日 上午 09:12",
        "PD 40 按鍵失靈",
        ob,
        "Mon, 18 Nov 2024 10:00:00 +0800",
        cs="big5",
        cte="b64",
    )
    return m, L(
        "forwarded",
        "mz.tsai@pingtung-cable.example",
        "amy.tsai@hongyu-opto.example",
        orders=["SO24-08512"],
        serials=["HYO2408B0733"],
        models=["PD 40"],
        cat="intermittent",
        kw=["按鍵失靈"],
        lang="zh",
    )


@hyc
def hy_fwd_rfc822_en() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Dear Hongyu,\n\nthe HX 3000 (HYO2312A0960) has a scratched input lens and a loose fibre port after\n"
        "shipping back from our trade show. PO 8812-TS.\n\nBest, Oliver Grant\n"
    )
    m = FW(
        HY,
        ("Ben Hsu", "ben.hsu@hongyu-opto.example"),
        "rfc822",
        "Please see the attached customer mail.",
        ("Oliver Grant", "o.grant@grantoptics.example"),
        "Tue, 19 Nov 2024 08:00:00 +0000",
        "HX 3000 damaged after show",
        ob,
        "Tue, 19 Nov 2024 17:00:00 +0800",
    )
    return m, L(
        "forwarded",
        "o.grant@grantoptics.example",
        "ben.hsu@hongyu-opto.example",
        orders=["PO 8812-TS"],
        serials=["HYO2312A0960"],
        models=["HX 3000"],
        cat="physical_damage",
        kw=["scratched input lens"],
    )


@hyc
def hy_fwd_gmail_mixed() -> tuple[Message, dict[str, Any]]:
    ob = "Ben,\n\nOLS-8 更新 firmware 之後 display 一片白，沒辦法操作。S/N hyo2405c0218.\n\nRegards,\nSteven Ho\n"
    m = FW(
        HY,
        ("Ben Hsu", "ben.hsu@hongyu-opto.example"),
        "gmail",
        "FYI, please open RMA.",
        ("Steven Ho", "steven.ho@ho-systems.example"),
        "Wed, Nov 20, 2024 at 9:14 AM",
        "OLS-8 display 白屏",
        ob,
        "Wed, 20 Nov 2024 09:30:00 +0800",
    )
    return m, L(
        "forwarded",
        "steven.ho@ho-systems.example",
        "ben.hsu@hongyu-opto.example",
        serials=["hyo2405c0218"],
        models=["OLS-8"],
        cat="software",
        kw=["display 一片白"],
        lang="mixed",
    )


@hyc
def hy_followup_big5() -> tuple[Message, dict[str, Any]]:
    hist = "林先生您好，您的維修案件編號為 RMA-2024-06612，請將機器寄回本公司。\n宏昱光電 客服部\n"
    b = "已經用黑貓寄出，託運單號 907712345678，請查收。\n林志明\n\n" + q(hist)
    m = P(
        HY,
        ("林志明", "zm.lin@hsinchu-test.example", "big5"),
        "回覆: RMA-2024-06612",
        b,
        "Thu, 21 Nov 2024 10:00:00 +0800",
        cs="big5",
        cte="b64",
        style="outlook",
    )
    return m, L("follow_up", "zm.lin@hsinchu-test.example", tracking=["907712345678"], rma="RMA-2024-06612", lang="zh")


@hyc
def hy_followup_en() -> tuple[Message, dict[str, Any]]:
    hist = "Dear Ms Nair,\nyour request is registered as RMA-2024-06620. Please send the four units.\n"
    b = "Hi, the units left today by FedEx 771234567890. ETA Monday.\nPriya\n\n" + q(hist)
    m = P(
        HY,
        ("Priya Nair", "priya.nair@blr-fibre.example"),
        "RE: [RMA-2024-06620] CoreView 2 camera disconnects",
        b,
        "Fri, 22 Nov 2024 12:00:00 +0530",
        style="outlook",
    )
    return m, L(
        "follow_up",
        "priya.nair@blr-fibre.example",
        models=["CoreView 2"],
        tracking=["771234567890"],
        rma="RMA-2024-06620",
    )


@hyc
def hy_followup_mixed_oneliner() -> tuple[Message, dict[str, Any]]:
    hist = (
        "Kevin 您好，\nRMA-2024-06631 的報價為 NT$ 8,500，含更換 1550nm 雷射模組。\n請回覆是否同意維修。\n"
        "宏昱光電 客服部\nservice@hongyu-opto.example\n"
    )
    b = "OK 同意維修，請盡快處理 thanks.\n\n-----Original Message-----\n" + hist
    m = P(
        HY,
        ("Kevin Wu", "kevin.wu@formosa-link.example"),
        "RE: RMA-2024-06631 報價",
        b,
        "Mon, 25 Nov 2024 09:00:00 +0800",
        style="outlook",
    )
    return m, L("follow_up", "kevin.wu@formosa-link.example", rma="RMA-2024-06631", lang="mixed")


@hyc
def hy_status_big5() -> tuple[Message, dict[str, Any]]:
    b = "您好，請問訂單 SO24-11302 的 HX 3000 什麼時候出貨？我們月底要驗收。\n陳怡君\n"
    m = P(
        HY,
        ("陳怡君", "yichun.chen@taoyuan-fiber.example", "big5"),
        "出貨日期詢問",
        b,
        "Tue, 26 Nov 2024 14:00:00 +0800",
        cs="big5",
        cte="qp",
    )
    return m, L(
        "order_status", "yichun.chen@taoyuan-fiber.example", orders=["SO24-11302"], models=["HX 3000"], lang="zh"
    )


@hyc
def hy_status_en() -> tuple[Message, dict[str, Any]]:
    b = "Hello, can you give me the FedEx tracking for PO#4500123789? Thanks, Daniel\n"
    m = P(
        HY,
        ("Daniel Okafor", "d.okafor@lagos-netlab.example"),
        "tracking number please",
        b,
        "Wed, 27 Nov 2024 08:00:00 +0100",
    )
    return m, L("order_status", "d.okafor@lagos-netlab.example", orders=["4500123789"])


@hyc
def hy_ooo_big5() -> tuple[Message, dict[str, Any]]:
    b = "您好，本人 11/25-11/29 出差，期間回覆較慢，急事請撥 03-555-0199。\n陳怡君\n"
    m = AR(
        HY,
        ("陳怡君", "yichun.chen@taoyuan-fiber.example", "big5"),
        "自動回覆: RMA-2024-06640 檢測報告",
        b,
        "Mon, 25 Nov 2024 09:00:00 +0800",
        cs="big5",
        cte="b64",
    )
    return m, L("auto_reply", "yichun.chen@taoyuan-fiber.example", rma="RMA-2024-06640")


@hyc
def hy_ooo_en() -> tuple[Message, dict[str, Any]]:
    b = "I'm travelling until Dec 3 and will answer your mail when I'm back.\nOliver\n"
    m = AR(HY, ("Oliver Grant", "o.grant@grantoptics.example"), "Out of Office", b, "Tue, 26 Nov 2024 01:00:00 +0000")
    return m, L("auto_reply", "o.grant@grantoptics.example")


@hyc
def hy_bounce_ndr() -> tuple[Message, dict[str, Any]]:
    m = NDR(
        HY,
        "postmaster@yilan-net.example",
        "Undeliverable: 送修地址",
        "Your message did not reach some or all of the intended recipients.\n\n"
        "dm.wang@yilan-net.example\n#550 5.4.1 Recipient address rejected: Access denied",
        "dm.wang@yilan-net.example",
        "RE: 送修地址詢問 [RMA-2024-06615]",
        "王先生您好，送修地址為新竹市科學園區工業東路 9 號。",
        "Fri, 15 Nov 2024 17:00:00 +0800",
        "Fri, 15 Nov 2024 16:59:30 +0800",
    )
    return m, L("bounce")


@hyc
def hy_tcat_notice() -> tuple[Message, dict[str, Any]]:
    b = "黑貓宅急便通知：您的包裹 907712340000 已配達，簽收人：宏昱光電。\n"
    m = P(
        HY,
        ("黑貓宅急便", "notice@tcat-notify.example", "big5"),
        "包裹配達通知",
        b,
        "Thu, 21 Nov 2024 15:00:00 +0800",
        cs="big5",
        cte="b64",
    )
    return m, L("unrelated", lang="zh")


@hyc
def hy_vendor_big5() -> tuple[Message, dict[str, Any]]:
    b = "您好，本公司專營精密鈑金與 CNC 加工，品質穩定、交期快速，歡迎來信索取報價。\n佳鋒精機 業務部\n"
    m = P(
        HY,
        ("佳鋒精機", "sales@jiafeng-cnc.example", "big5"),
        "精密加工合作提案",
        b,
        "Fri, 22 Nov 2024 10:00:00 +0800",
        cs="big5",
        cte="qp",
    )
    return m, L("unrelated", lang="zh")


@hyc
def hy_einvoice() -> tuple[Message, dict[str, Any]]:
    b = (
        "電子發票開立通知\n發票號碼：AB-12345678\n買受人：宏昱光電股份有限公司\n金額：NT$ 12,600\n"
        "訂單 PO#4500124001\n本郵件由系統自動發送，請勿直接回覆。\n"
    )
    m = P(HY, "einvoice@office-supply-tw.example", "電子發票開立通知 AB-12345678", b, "Mon, 25 Nov 2024 06:00:00 +0800")
    return m, L("unrelated", lang="zh")


@hyc
def hy_newsletter_en() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h1>Photonics Weekly</h1><p>Silicon photonics funding hits a record in Q3.</p>")
    m = P(
        HY,
        ("Photonics Weekly", "digest@photonics-weekly.example"),
        "Photonics Weekly #212",
        h,
        "Tue, 26 Nov 2024 00:00:00 +0000",
        html=True,
    )
    return m, L("unrelated")


@hyc
def hy_meeting_mixed() -> tuple[Message, dict[str, Any]]:
    b = "Hi all,\n下週二下午兩點開 Q4 業績檢討會，地點在 3F 會議室，請準時參加。\nThanks, Grace\n"
    m = P(
        HY, ("Grace Liu", "grace.liu@formosa-link.example"), "Q4 業績檢討會議通知", b, "Wed, 27 Nov 2024 09:00:00 +0800"
    )
    return m, L("unrelated", lang="mixed")


@hyc
def hy_spam_zh() -> tuple[Message, dict[str, Any]]:
    b = "恭喜您獲得 iPhone 抽獎資格！請點擊連結填寫資料領取。\n"
    m = P(
        HY,
        "lucky@promo-tw.example",
        "【中獎通知】請於24小時內領取",
        b,
        "Sat, 30 Nov 2024 02:00:00 +0800",
        cs="big5",
        cte="b64",
    )
    return m, L("unrelated", lang="zh")


# ============================================================= Chengguang --

CG = company(
    "chengguang",
    name="苏州澄光仪器有限公司 (Suzhou Chengguang Instruments Co., Ltd.)",
    country="CN",
    staff_domains=["cgyq.example", "chengguang-inst.example"],
    service_address="fuwu@cgyq.example",
    noreply_addresses=["noreply@cgyq.example", "webform@cgyq.example"],
    catalog=["OPM 5", "OPM 5A", "LS 1310", "VFL 10", "CG-OTDR 3"],
)
cgc = C.fixture("chengguang")


@cgc
def cg_gbk_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好：\n\n我司去年采购的 OPM 5A 光功率计（序列号 CG2024-003817）最近开机就黑屏，换了新电池也一样，\n"
        "充电指示灯不亮。\n\n合同号：CGHT20240215\n\n请告知返修流程，谢谢！\n\n张喆\n无锡华讯通信工程有限公司\n"
    )
    m = P(
        CG,
        ("张喆", "zhangzhe@wx-huaxun.example", "gbk"),
        "OPM 5A 开机黑屏",
        b,
        "Mon, 04 Nov 2024 09:10:00 +0800",
        cs="gbk",
        label="gb2312",
        cte="b64",
        style="foxmail",
    )
    return m, L(
        "new_request",
        "zhangzhe@wx-huaxun.example",
        orders=["CGHT20240215"],
        serials=["CG2024-003817"],
        models=["OPM 5A"],
        cat="no_power",
        kw=["开机就黑屏"],
        lang="zh",
    )


@cgc
def cg_range_gb2312() -> tuple[Message, dict[str, Any]]:
    b = (
        "澄光售后：\n\n订单号 XS-24-0871 的 10 台 VFL 10 红光笔，其中序列号 CG2024-005102 至 CG2024-005106 共五台\n"
        "出光很弱，2 米外几乎看不见红光。\n\n联系人：刘洋 13800000000\n"
    )
    m = P(
        CG,
        ("刘洋", "liuyang@hz-guangwang.example", "gb2312"),
        "VFL 10 出光弱",
        b,
        "Tue, 05 Nov 2024 10:00:00 +0800",
        cs="gb2312",
        cte="b64",
    )
    sn = rng("CG2024-", 5102, 5106, 6)
    return m, L(
        "new_request",
        "liuyang@hz-guangwang.example",
        orders=["XS-24-0871"],
        serials=sn,
        models=["VFL 10"],
        cat="optical_performance",
        kw=["出光很弱"],
        lang="zh",
        expanded=sn[1:-1],
    )


@cgc
def cg_gb18030_html() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<div>您好，</div><div>我们的 CG-OTDR 3 测试曲线出现大量毛刺，同一条光纤每次测的结果都不一样，"
        "时好时坏。</div><div>序列号：CG2023-011240</div><div>合同号：CGHT20231109</div>"
        "<div>谢谢</div><div>赵磊 成都天府光网</div>",
        cs="gb18030",
    )
    m = P(
        CG,
        ("赵磊", "zhaolei@tf-guangwang.example", "gb18030"),
        "CG-OTDR 3 测试曲线异常",
        h,
        "Wed, 06 Nov 2024 15:20:00 +0800",
        html=True,
        cs="gb18030",
        cte="b64",
        style="netease",
    )
    return m, L(
        "new_request",
        "zhaolei@tf-guangwang.example",
        orders=["CGHT20231109"],
        serials=["CG2023-011240"],
        models=["CG-OTDR 3"],
        cat="intermittent",
        kw=["时好时坏"],
        lang="zh",
    )


@cgc
def cg_form() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        CG,
        "官网在线报修",
        [
            ("姓名", "孙丽"),
            ("邮箱", "sunli@nj-dianxin.example"),
            ("电话", "025-5550123"),
            ("产品型号", "LS 1310"),
            ("序列号", "cg2024-007733"),
            ("合同号/订单号", "XS-24-1022"),
            ("故障描述", "输出功率跳变，插上光纤后读数不稳定"),
        ],
        ("孙丽", "sunli@nj-dianxin.example"),
        "Thu, 07 Nov 2024 20:00:00 +0800",
        intro="官网收到新的报修申请。",
    )
    return m, L(
        "new_request",
        "sunli@nj-dianxin.example",
        orders=["XS-24-1022"],
        serials=["cg2024-007733"],
        models=["LS 1310"],
        cat="intermittent",
        kw=["输出功率跳变"],
        lang="zh",
    )


@cgc
def cg_mixed_attach() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi 澄光 team，\n\nOPM 5 收到时 display 屏幕裂了，外包装完好。附件是照片。\nS/N: CG2024-009015，PO: SH-PO-2411-08\n\n"
        "Best regards\nJason 周\n"
    )
    m = P(
        CG,
        ("Jason Zhou", "jason.zhou@sh-netcom.example"),
        "OPM 5 屏幕裂",
        b,
        "Fri, 08 Nov 2024 11:00:00 +0800",
        style="outlook",
        atts=(attachment("image/jpeg", "屏幕.jpg", jpeg("s"), name_cs="utf-8"),),
    )
    return m, L(
        "new_request",
        "jason.zhou@sh-netcom.example",
        orders=["SH-PO-2411-08"],
        serials=["CG2024-009015"],
        models=["OPM 5"],
        cat="physical_damage",
        kw=["屏幕裂了"],
        lang="mixed",
    )


@cgc
def cg_missing_item() -> tuple[Message, dict[str, Any]]:
    b = "你好，合同号 CGHT20241008 的货到了，少了两个 VFL 10 的 2.5mm 转接头和说明书。麻烦补发。\n王芳\n"
    m = P(
        CG,
        ("王芳", "wangfang@jn-tongxin.example", "gbk"),
        "少发配件",
        b,
        "Mon, 11 Nov 2024 09:00:00 +0800",
        cs="gbk",
        cte="8bit",
    )
    return m, L(
        "new_request",
        "wangfang@jn-tongxin.example",
        orders=["CGHT20241008"],
        models=["VFL 10"],
        cat="wrong_or_missing_item",
        kw=["少了两个"],
        lang="zh",
    )


@cgc
def cg_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好！CG-OTDR 3 升级 V2.3 固件后，导出的 SOR 文件在电脑软件里打不开，提示格式错误。\n"
        "序列号 CG2024-002288，订单号 XS-24-0533。\n陈工\n"
    )
    m = P(
        CG,
        ("陈建国", "chenjg@gz-yidong-gc.example", "gb2312"),
        "OTDR 升级后文件打不开",
        b,
        "Tue, 12 Nov 2024 14:00:00 +0800",
        cs="gb2312",
        cte="qp",
        style="qq",
    )
    return m, L(
        "new_request",
        "chenjg@gz-yidong-gc.example",
        orders=["XS-24-0533"],
        serials=["CG2024-002288"],
        models=["CG-OTDR 3"],
        cat="software",
        kw=["打不开"],
        lang="zh",
    )


@cgc
def cg_nothing() -> tuple[Message, dict[str, Any]]:
    b = "你好，我们有一台光功率计坏了，想寄回维修，请问地址和流程？\n"
    m = P(
        CG,
        "13912345678@mail-163.example",
        "维修咨询",
        b,
        "Wed, 13 Nov 2024 21:00:00 +0800",
        cs="gbk",
        cte="b64",
        style="netease",
    )
    return m, L("new_request", "13912345678@mail-163.example", lang="zh")


@cgc
def cg_en_customer() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Chengguang,\n\nLS 1310 unit CG2024-004410 from contract CGHT20240611: the laser output switches off at\n"
        "random, sometimes after a few minutes, sometimes after hours, and the APC alarm LED comes on.\n\nRegards,\nHassan Karimi\nTehran Fibre Co.\n"
    )
    m = P(
        CG,
        ("Hassan Karimi", "h.karimi@tehran-fibre.example"),
        "LS 1310 output turns off",
        b,
        "Thu, 14 Nov 2024 08:30:00 +0330",
        cte="7bit",
    )
    return m, L(
        "new_request",
        "h.karimi@tehran-fibre.example",
        orders=["CGHT20240611"],
        serials=["CG2024-004410"],
        models=["LS 1310"],
        cat="intermittent",
        kw=["laser output switches off at"],
    )


@cgc
def cg_other() -> tuple[Message, dict[str, Any]]:
    b = "您好，OPM 5 序列号 CG2023-008801 的计量证书过期了，需要返厂重新校准并出具证书。\n合同号 CGHT20230422\n吴敏\n"
    m = P(CG, ("吴敏", "wumin@cz-jiliang.example"), "返厂校准", b, "Fri, 15 Nov 2024 10:00:00 +0800", cte="b64")
    return m, L(
        "new_request",
        "wumin@cz-jiliang.example",
        orders=["CGHT20230422"],
        serials=["CG2023-008801"],
        models=["OPM 5"],
        cat="other",
        kw=["重新校准"],
        lang="zh",
    )


@cgc
def cg_fwd_foxmail() -> tuple[Message, dict[str, Any]]:
    ob = (
        "小李你好，\n\n我们那台 OPM 5A 接上光纤后完全没读数，一直显示 LO，换了跳线也一样。\n"
        "序列号 CG2024-006190，合同号 CGHT20240705。\n\n杨帆\n"
    )
    m = FW(
        CG,
        ("李明", "liming@cgyq.example"),
        "foxmail",
        "售后同事请跟进一下这个客户，谢谢。",
        ("杨帆", "yangfan@hf-guangtong.example"),
        "2024年11月18日(星期一) 上午9:05",
        "OPM 5A 没读数",
        ob,
        "Mon, 18 Nov 2024 09:30:00 +0800",
        cs="gbk",
        label="gb2312",
        cte="b64",
    )
    return m, L(
        "forwarded",
        "yangfan@hf-guangtong.example",
        "liming@cgyq.example",
        orders=["CGHT20240705"],
        serials=["CG2024-006190"],
        models=["OPM 5A"],
        cat="optical_performance",
        kw=["完全没读数"],
        lang="zh",
    )


@cgc
def cg_fwd_netease() -> tuple[Message, dict[str, Any]]:
    ob = "您好，CG-OTDR 3 的网口连不上电脑，ping 不通，串口可以。\n序列号 CG2024-001176\n订单号 XS-24-0310\n周强\n"
    m = FW(
        CG,
        ("王涛", "wangtao@chengguang-inst.example"),
        "netease",
        "转售后处理。",
        ("周强", "zhouqiang@xa-tongxin.example"),
        "2024-11-19 10:12:33",
        "OTDR 网口故障",
        ob,
        "Tue, 19 Nov 2024 10:30:00 +0800",
        cs="gbk",
        cte="b64",
    )
    return m, L(
        "forwarded",
        "zhouqiang@xa-tongxin.example",
        "wangtao@chengguang-inst.example",
        orders=["XS-24-0310"],
        serials=["CG2024-001176"],
        models=["CG-OTDR 3"],
        cat="no_link",
        kw=["网口连不上电脑"],
        lang="zh",
    )


@cgc
def cg_fwd_noaddr() -> tuple[Message, dict[str, Any]]:
    ob = "李经理，VFL 10 摔了一下，外壳裂开，笔头松动。序列号 CG2024-005520。\n"
    m = FW(
        CG,
        ("李明", "liming@cgyq.example"),
        "foxmail",
        "客户微信发来的，帮忙登记。",
        ("何师傅", None),
        "2024年11月20日(星期三) 下午3:00",
        "红光笔摔坏",
        ob,
        "Wed, 20 Nov 2024 15:30:00 +0800",
        cs="gb18030",
        cte="b64",
    )
    return m, L(
        "forwarded",
        None,
        "liming@cgyq.example",
        serials=["CG2024-005520"],
        models=["VFL 10"],
        cat="physical_damage",
        kw=["外壳裂开"],
        lang="zh",
    )


@cgc
def cg_followup_gbk() -> tuple[Message, dict[str, Any]]:
    hist = "张工您好，您的返修已登记，RMA 编号 RMA-2024-07701，请在包裹内附上故障说明。\n澄光售后服务部\n"
    b = (
        "已寄出，顺丰单号 SF1412345678901，请注意查收。\n张喆\n\n------------------ 原始邮件 ------------------\n"
        + hist
    )
    m = P(
        CG,
        ("张喆", "zhangzhe@wx-huaxun.example", "gbk"),
        "回复：RMA-2024-07701 返修登记",
        b,
        "Thu, 21 Nov 2024 10:00:00 +0800",
        cs="gbk",
        label="gb2312",
        cte="b64",
        style="foxmail",
    )
    return m, L(
        "follow_up", "zhangzhe@wx-huaxun.example", tracking=["SF1412345678901"], rma="RMA-2024-07701", lang="zh"
    )


@cgc
def cg_followup_ask() -> tuple[Message, dict[str, Any]]:
    hist = "您好，RMA-2024-07712 已收到设备，检测后会报价。\n"
    b = "请问 RMA-2024-07712 检测结果出来了吗？已经一周了。\n刘洋\n\n" + q(hist)
    m = P(
        CG,
        ("刘洋", "liuyang@hz-guangwang.example", "gb2312"),
        "Re: RMA-2024-07712",
        b,
        "Fri, 22 Nov 2024 09:00:00 +0800",
        cs="gb2312",
        cte="b64",
    )
    return m, L("follow_up", "liuyang@hz-guangwang.example", rma="RMA-2024-07712", lang="zh")


@cgc
def cg_followup_bottom_mixed() -> tuple[Message, dict[str, Any]]:
    hist = "Dear Jason,\nRMA-2024-07720 - screen replacement quote: CNY 680.\n"
    b = q(hist) + "\n\nOK 同意，请尽快修好寄回。中通 75123456789012 是我们寄过去的单号。\nJason\n"
    m = P(
        CG,
        ("Jason Zhou", "jason.zhou@sh-netcom.example"),
        "RE: RMA-2024-07720 quote",
        b,
        "Mon, 25 Nov 2024 11:00:00 +0800",
        style="outlook",
    )
    return m, L(
        "follow_up", "jason.zhou@sh-netcom.example", tracking=["75123456789012"], rma="RMA-2024-07720", lang="mixed"
    )


@cgc
def cg_status() -> tuple[Message, dict[str, Any]]:
    b = "您好，请问合同号 CGHT20241102 的 5 台 OPM 5 什么时候能发货？\n孙丽\n"
    m = P(CG, ("孙丽", "sunli@nj-dianxin.example"), "催货", b, "Tue, 26 Nov 2024 09:00:00 +0800", cs="gbk", cte="qp")
    return m, L("order_status", "sunli@nj-dianxin.example", orders=["CGHT20241102"], models=["OPM 5"], lang="zh")


@cgc
def cg_status_jd() -> tuple[Message, dict[str, Any]]:
    b = "你好，订单 XS-24-1130 的京东物流单号 JDVA12345678901 三天没更新了，帮忙查一下。\n王芳\n"
    m = P(
        CG,
        ("王芳", "wangfang@jn-tongxin.example", "gbk"),
        "物流没有更新",
        b,
        "Wed, 27 Nov 2024 10:00:00 +0800",
        cs="gbk",
        cte="b64",
    )
    return m, L(
        "order_status", "wangfang@jn-tongxin.example", orders=["XS-24-1130"], tracking=["JDVA12345678901"], lang="zh"
    )


@cgc
def cg_status_en() -> tuple[Message, dict[str, Any]]:
    b = "Hello, has contract CGHT20241015 shipped yet? We need the AWB for customs. Hassan\n"
    m = P(
        CG, ("Hassan Karimi", "h.karimi@tehran-fibre.example"), "Shipping status", b, "Thu, 28 Nov 2024 08:00:00 +0330"
    )
    return m, L("order_status", "h.karimi@tehran-fibre.example", orders=["CGHT20241015"])


@cgc
def cg_ooo() -> tuple[Message, dict[str, Any]]:
    b = "您好，我正在休假，11月29日返回，期间邮件不能及时回复。\n赵磊\n"
    m = AR(
        CG,
        ("赵磊", "zhaolei@tf-guangwang.example", "gb18030"),
        "自动回复：RMA-2024-07730 维修报价",
        b,
        "Wed, 27 Nov 2024 09:00:00 +0800",
        cs="gb18030",
        cte="b64",
    )
    return m, L("auto_reply", "zhaolei@tf-guangwang.example", rma="RMA-2024-07730")


@cgc
def cg_erp_ack() -> tuple[Message, dict[str, Any]]:
    b = (
        "【系统通知】您发送的邮件已进入华讯通信供应商协同平台，单据号 SRM-2024-11873。\n"
        "原邮件主题：RMA-2024-07701 维修完成通知\n此邮件为系统自动发送，请勿回复。\n"
    )
    m = AR(
        CG,
        "srm-noreply@wx-huaxun.example",
        "【自动回复】邮件已接收",
        b,
        "Fri, 29 Nov 2024 10:00:00 +0800",
        cs="gbk",
        cte="b64",
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return m, L("auto_reply", "srm-noreply@wx-huaxun.example", rma="RMA-2024-07701")


@cgc
def cg_bounce_zh() -> tuple[Message, dict[str, Any]]:
    m = DSN(
        CG,
        "mx.cgyq.example",
        "13912345678@mail-163.example",
        "5.1.1",
        "550 User not found: 13912345678@mail-163.example",
        "This is an automatically generated Delivery Status Notification.\n\nDelivery to the following "
        "recipient failed permanently.\n",
        "回复：维修咨询 [RMA-2024-07715]",
        "您好，返修地址如下。",
        "Thu, 14 Nov 2024 09:00:00 +0800",
        "Thu, 14 Nov 2024 08:59:00 +0800",
    )
    return m, L("bounce")


@cgc
def cg_sf_notice() -> tuple[Message, dict[str, Any]]:
    b = "【顺丰速运】您的快件 SF1412345670000 已签收，签收人：前台。感谢使用顺丰。\n"
    m = P(
        CG,
        ("顺丰速运", "notify@sf-express-notice.example"),
        "快件签收通知",
        b,
        "Mon, 25 Nov 2024 14:00:00 +0800",
        cs="gbk",
        cte="b64",
    )
    return m, L("unrelated", lang="zh")


@cgc
def cg_invoice_zh() -> tuple[Message, dict[str, Any]]:
    b = "您好，附件为 11 月份电费发票，合同号 GD-2024-0331，请及时付款。\n苏州工业园区物业管理处\n"
    m = P(
        CG,
        ("园区物业", "caiwu@sip-wuye.example"),
        "11月电费发票",
        b,
        "Tue, 26 Nov 2024 08:00:00 +0800",
        cs="gbk",
        cte="b64",
        atts=(attachment("application/pdf", "fapiao.pdf", pdf("fp", "fapiao")),),
    )
    return m, L("unrelated", lang="zh")


@cgc
def cg_pitch_zh() -> tuple[Message, dict[str, Any]]:
    b = "您好！我们是专业的企业网站 SEO 优化公司，保证百度首页排名，欢迎咨询。\n"
    m = P(
        CG, "seo@youhua-pro.example", "让客户主动找到您", b, "Wed, 27 Nov 2024 11:00:00 +0800", cs="gb2312", cte="b64"
    )
    return m, L("unrelated", lang="zh")


@cgc
def cg_po_from_customer() -> tuple[Message, dict[str, Any]]:
    b = "澄光销售：\n附件是新的采购订单 PO-2024-1188，请确认价格和交期后回传盖章合同。\n采购部 许静\n"
    m = P(
        CG,
        ("许静", "xujing@hz-guangwang.example", "gb2312"),
        "采购订单 PO-2024-1188",
        b,
        "Thu, 28 Nov 2024 09:00:00 +0800",
        cs="gb2312",
        cte="b64",
        atts=(attachment("application/pdf", "PO-2024-1188.pdf", pdf("po2", "PO")),),
    )
    return m, L("unrelated", lang="zh")


@cgc
def cg_exhibition() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<p>2025 中国国际光电博览会（CIOE）展位预订已开放，<b>早鸟价</b>截止 12 月 15 日。</p>")
    m = P(
        CG,
        ("CIOE 组委会", "expo@cioe-expo.example"),
        "CIOE 2025 展位预订",
        h,
        "Fri, 29 Nov 2024 06:00:00 +0800",
        html=True,
    )
    return m, L("unrelated", lang="zh")


# =============================================================== Shuguang --

SG = company(
    "shuguang",
    name="成都蜀光电子科技有限公司 (Chengdu Shuguang Electronics Technology Co., Ltd.)",
    country="CN",
    staff_domains=["shuguang-et.example"],
    service_address="shouhou@shuguang-et.example",
    noreply_addresses=["system@shuguang-et.example"],
    catalog=["TDR 60", "TDR 60 Lite", "ES-2 Pro", "NC 8", "LinkBox 4"],
)
sgc = C.fixture("shuguang")


@sgc
def sg_plain_gbk() -> tuple[Message, dict[str, Any]]:
    b = (
        "蜀光售后你好：\n\n我们电力公司用的 TDR 60 电缆故障测试仪，按开机键没有任何反应，充电器指示灯也不亮，\n"
        "换了插座还是一样。\n\n设备编号：SGT/2410/0573\n合同号：SG-HT-2024-118\n\n麻烦尽快处理，现场等着用。\n\n"
        "四川电力检修公司 罗勇\n"
    )
    m = P(
        SG,
        ("罗勇", "luoyong@sc-dianli-jx.example", "gbk"),
        "TDR 60 无法开机",
        b,
        "Mon, 04 Nov 2024 08:30:00 +0800",
        cs="gbk",
        cte="b64",
        style="foxmail",
    )
    return m, L(
        "new_request",
        "luoyong@sc-dianli-jx.example",
        orders=["SG-HT-2024-118"],
        serials=["SGT/2410/0573"],
        models=["TDR 60"],
        cat="no_power",
        kw=["没有任何反应"],
        lang="zh",
    )


@sgc
def sg_range_through() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好，\n订单 SGXS240903-02 发来的 NC 8 网络测试仪，编号从 SGT/2409/0107 到 SGT/2409/0112 这六台，\n"
        "接上网线后链路灯一直不亮，测试结果显示“无连接”。\n请安排检测。\n重庆联讯 邓伟\n"
    )
    m = P(
        SG,
        ("邓伟", "dengwei@cq-lianxun.example"),
        "NC 8 六台无连接",
        b,
        "Tue, 05 Nov 2024 10:30:00 +0800",
        cte="b64",
        style="netease",
    )
    sn = [f"SGT/2409/{n:04d}" for n in range(107, 113)]
    return m, L(
        "new_request",
        "dengwei@cq-lianxun.example",
        orders=["SGXS240903-02"],
        serials=sn,
        models=["NC 8"],
        cat="no_link",
        kw=["链路灯一直不亮"],
        lang="zh",
        expanded=sn[1:-1],
    )


@sgc
def sg_mixed_html() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Hi 蜀光,</p><p>ES-2 Pro 的 touch screen 有时候没反应，要重启好几次才行，firmware 已经是最新。</p>"
        "<p>S/N: sgt/2406/0331<br>PO: CD-PO-2406-19</p><p>Thanks,<br>Leo 谢</p>"
    )
    m = P(
        SG,
        ("Leo Xie", "leo.xie@tf-softpark.example"),
        "ES-2 Pro touch screen issue",
        h,
        "Wed, 06 Nov 2024 13:00:00 +0800",
        html=True,
        cte="qp",
    )
    return m, L(
        "new_request",
        "leo.xie@tf-softpark.example",
        orders=["CD-PO-2406-19"],
        serials=["sgt/2406/0331"],
        models=["ES-2 Pro"],
        cat="intermittent",
        kw=["有时候没反应"],
        lang="mixed",
    )


@sgc
def sg_form_zh() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        SG,
        "【官网报修】新工单",
        [
            ("客户姓名", "马超"),
            ("联系邮箱", "machao@gs-tielu.example"),
            ("产品型号", "TDR 60 Lite"),
            ("设备编号", "SGT/2403/0918"),
            ("合同号", "SG-HT-2024-031"),
            ("故障现象", "测距不准，实际 300 米的故障点显示 520 米"),
        ],
        ("马超", "machao@gs-tielu.example"),
        "Thu, 07 Nov 2024 19:40:00 +0800",
        intro="官网收到一条新的报修工单：",
        html=True,
    )
    return m, L(
        "new_request",
        "machao@gs-tielu.example",
        orders=["SG-HT-2024-031"],
        serials=["SGT/2403/0918"],
        models=["TDR 60 Lite"],
        cat="other",
        kw=["测距不准"],
        lang="zh",
    )


@sgc
def sg_damage_gb18030() -> tuple[Message, dict[str, Any]]:
    b = (
        "你好，收到的 LinkBox 4 外壳摔裂了，一个 RJ45 口也压坏了，快递箱子被压扁。\n"
        "编号 SGT/2411/0020，订单号 SGXS241105-07。照片见附件。\n贵阳信通 龙婷\n"
    )
    m = P(
        SG,
        ("龙婷", "longting@gy-xintong.example", "gb18030"),
        "到货损坏",
        b,
        "Fri, 08 Nov 2024 15:00:00 +0800",
        cs="gb18030",
        cte="b64",
        style="qq",
        atts=(attachment("image/jpeg", "damage.jpg", jpeg("dm")),),
    )
    return m, L(
        "new_request",
        "longting@gy-xintong.example",
        orders=["SGXS241105-07"],
        serials=["SGT/2411/0020"],
        models=["LinkBox 4"],
        cat="physical_damage",
        kw=["外壳摔裂了"],
        lang="zh",
    )


@sgc
def sg_wrong_item() -> tuple[Message, dict[str, Any]]:
    b = "你好，我们订的是 TDR 60，发过来的是 TDR 60 Lite，合同 SG-HT-2024-142，请换货。\n昆明电缆 杨\n"
    m = P(
        SG,
        ("杨建", "yangjian@km-dianlan.example", "gbk"),
        "发错型号",
        b,
        "Mon, 11 Nov 2024 09:00:00 +0800",
        cs="gbk",
        cte="8bit",
    )
    return m, L(
        "new_request",
        "yangjian@km-dianlan.example",
        orders=["SG-HT-2024-142"],
        models=["TDR 60", "TDR 60 Lite"],
        cat="wrong_or_missing_item",
        kw=["发错型号"],
        lang="zh",
    )


@sgc
def sg_software_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello Shuguang support,\n\nThe PC suite for the NC 8 crashes when exporting a report to PDF (Windows 11).\n"
        "Unit SGT/2407/0640, our order SGXS240712-01.\n\nRegards,\nTuan Le\nMekong Networks\n"
    )
    m = P(
        SG,
        ("Tuan Le", "tuan.le@mekong-net.example"),
        "NC 8 software crash on export",
        b,
        "Tue, 12 Nov 2024 11:00:00 +0700",
        cte="7bit",
        style="gmail",
    )
    return m, L(
        "new_request",
        "tuan.le@mekong-net.example",
        orders=["SGXS240712-01"],
        serials=["SGT/2407/0640"],
        models=["NC 8"],
        cat="software",
        kw=["crashes when exporting a report"],
    )


@sgc
def sg_two_units_zh() -> tuple[Message, dict[str, Any]]:
    b = (
        "售后您好：\n以下两台设备需要返修：\n1. ES-2 Pro，编号 SGT/2405/0219，电池充不进电，用十分钟就关机；\n"
        "2. LinkBox 4，编号 SGT/2405/0402，POE 口没有输出。\n合同号 SG-HT-2024-077\n绵阳科信 何静\n"
    )
    m = P(SG, ("何静", "hejing@my-kexin.example"), "两台设备返修", b, "Wed, 13 Nov 2024 10:00:00 +0800", cte="b64")
    return m, L(
        "new_request",
        "hejing@my-kexin.example",
        orders=["SG-HT-2024-077"],
        serials=["SGT/2405/0219", "SGT/2405/0402"],
        models=["ES-2 Pro", "LinkBox 4"],
        cat="no_power",
        kw=["电池充不进电", "POE 口没有输出"],
        lang="zh",
    )


@sgc
def sg_no_serial_zh() -> tuple[Message, dict[str, Any]]:
    b = "你好，TDR 60 测出来的波形一直是一条直线，没有反射，请问是不是坏了？怎么送修？\n"
    m = P(
        SG,
        "wuxiaoming@mail-126.example",
        "TDR 波形问题",
        b,
        "Thu, 14 Nov 2024 22:00:00 +0800",
        cs="gbk",
        cte="b64",
        style="netease",
    )
    return m, L(
        "new_request", "wuxiaoming@mail-126.example", models=["TDR 60"], cat="other", kw=["一直是一条直线"], lang="zh"
    )


@sgc
def sg_fwd_foxmail() -> tuple[Message, dict[str, Any]]:
    ob = (
        "小王：\n你们上个月给我们的 LinkBox 4 经常掉线，一天断三四次，重启后恢复。\n编号 SGT/2409/0777，"
        "订单 SGXS240918-03。\n谢谢\n雅安广电 刘波\n"
    )
    m = FW(
        SG,
        ("王鹏", "wangpeng@shuguang-et.example"),
        "foxmail",
        "转售后，客户比较着急。",
        ("刘波", "liubo@ya-guangdian.example"),
        "2024年11月18日(星期一) 下午2:15",
        "LinkBox 掉线",
        ob,
        "Mon, 18 Nov 2024 14:40:00 +0800",
        cs="gbk",
        label="gb2312",
        cte="b64",
    )
    return m, L(
        "forwarded",
        "liubo@ya-guangdian.example",
        "wangpeng@shuguang-et.example",
        orders=["SGXS240918-03"],
        serials=["SGT/2409/0777"],
        models=["LinkBox 4"],
        cat="no_link",
        kw=["经常掉线"],
        lang="zh",
    )


@sgc
def sg_fwd_tb_en() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Dear Mr Wang,\n\nOur ES-2 Pro (SGT/2402/0055) display has dead pixel lines after a fall from a ladder.\n"
        "PO KZ-2402-11.\n\nBest regards,\nAidar Seitkali\nAstana Cable Service\n"
    )
    m = FW(
        SG,
        ("王鹏", "wangpeng@shuguang-et.example"),
        "tb",
        "Please quote the repair.",
        ("Aidar Seitkali", "aidar@astana-cable.example"),
        "19.11.2024 12:02",
        "ES-2 Pro display damage",
        ob,
        "Tue, 19 Nov 2024 15:00:00 +0800",
    )
    return m, L(
        "forwarded",
        "aidar@astana-cable.example",
        "wangpeng@shuguang-et.example",
        orders=["PO KZ-2402-11"],
        serials=["SGT/2402/0055"],
        models=["ES-2 Pro"],
        cat="physical_damage",
        kw=["dead pixel lines"],
    )


@sgc
def sg_fwd_owa_mixed() -> tuple[Message, dict[str, Any]]:
    ob = "Hi 王经理, NC 8 的 battery 充满之后只能用 20 分钟，SN SGT/2404/0150，合同 SG-HT-2024-055。Thanks\n"
    m = FW(
        SG,
        ("Helen Zhao", "helen.zhao@shuguang-et.example"),
        "owa",
        "Forward to after-sales, pls handle.",
        ("Frank Gao", "frank.gao@cd-hitech.example"),
        "2024年11月20日 9:00",
        "NC 8 battery",
        ob,
        "Wed, 20 Nov 2024 09:20:00 +0800",
    )
    return m, L(
        "forwarded",
        "frank.gao@cd-hitech.example",
        "helen.zhao@shuguang-et.example",
        orders=["SG-HT-2024-055"],
        serials=["SGT/2404/0150"],
        models=["NC 8"],
        cat="no_power",
        kw=["只能用 20 分钟"],
        lang="mixed",
    )


@sgc
def sg_followup_zh() -> tuple[Message, dict[str, Any]]:
    hist = "罗工您好，已为您登记返修单 RMA-2024-08801，请寄回设备。\n蜀光售后\n"
    b = "已经用德邦寄出，单号 DPK301234567890。\n罗勇\n\n" + q(hist)
    m = P(
        SG,
        ("罗勇", "luoyong@sc-dianli-jx.example", "gbk"),
        "回复：RMA-2024-08801",
        b,
        "Thu, 21 Nov 2024 09:00:00 +0800",
        cs="gbk",
        cte="b64",
        style="foxmail",
    )
    return m, L(
        "follow_up", "luoyong@sc-dianli-jx.example", tracking=["DPK301234567890"], rma="RMA-2024-08801", lang="zh"
    )


@sgc
def sg_followup_en_bottom() -> tuple[Message, dict[str, Any]]:
    hist = "Dear Tuan,\nplease send the NC 8 back under RMA-2024-08810. Address below.\n"
    b = q(hist) + "\n\nSent by EMS, EA123456789CN.\n\nTuan\n"
    m = P(
        SG,
        ("Tuan Le", "tuan.le@mekong-net.example"),
        "Re: RMA-2024-08810",
        b,
        "Fri, 22 Nov 2024 10:00:00 +0700",
        style="gmail",
    )
    return m, L("follow_up", "tuan.le@mekong-net.example", tracking=["EA123456789CN"], rma="RMA-2024-08810")


@sgc
def sg_followup_complaint() -> tuple[Message, dict[str, Any]]:
    b = (
        "RMA-2024-08815 修好寄回来的 TDR 60 Lite 还是同样的问题，测距还是不准！请给个说法。\n马超\n\n"
        "在 2024-11-15 10:00，shouhou@shuguang-et.example 写道：\n" + q("马工您好，设备已维修完毕并寄回。")
    )
    m = P(
        SG,
        ("马超", "machao@gs-tielu.example"),
        "RMA-2024-08815 维修后问题依旧",
        b,
        "Mon, 25 Nov 2024 09:00:00 +0800",
        cte="b64",
    )
    return m, L("follow_up", "machao@gs-tielu.example", models=["TDR 60 Lite"], rma="RMA-2024-08815", lang="zh")


@sgc
def sg_status_zh() -> tuple[Message, dict[str, Any]]:
    b = "您好，合同 SG-HT-2024-160 的货款已付，请问什么时候发货？\n"
    m = P(SG, ("何静", "hejing@my-kexin.example"), "发货时间", b, "Tue, 26 Nov 2024 10:00:00 +0800", cte="8bit")
    return m, L("order_status", "hejing@my-kexin.example", orders=["SG-HT-2024-160"], lang="zh")


@sgc
def sg_status_yt() -> tuple[Message, dict[str, Any]]:
    b = "您好，订单 SGXS241120-05 圆通单号 YT7412345678901 显示退回，是怎么回事？\n邓伟\n"
    m = P(
        SG,
        ("邓伟", "dengwei@cq-lianxun.example"),
        "快递显示退回",
        b,
        "Wed, 27 Nov 2024 11:00:00 +0800",
        cs="gb2312",
        cte="b64",
    )
    return m, L(
        "order_status", "dengwei@cq-lianxun.example", orders=["SGXS241120-05"], tracking=["YT7412345678901"], lang="zh"
    )


@sgc
def sg_status_mixed() -> tuple[Message, dict[str, Any]]:
    b = "Hi, PO CD-PO-2411-02 的 ES-2 Pro 什么时候 ship？我们下周要用。Leo\n"
    m = P(SG, ("Leo Xie", "leo.xie@tf-softpark.example"), "ES-2 Pro delivery?", b, "Thu, 28 Nov 2024 09:30:00 +0800")
    return m, L(
        "order_status", "leo.xie@tf-softpark.example", orders=["CD-PO-2411-02"], models=["ES-2 Pro"], lang="mixed"
    )


@sgc
def sg_ooo() -> tuple[Message, dict[str, Any]]:
    b = "您好，本人出差中，11 月 30 日前回复可能不及时，急事请电话联系。\n何静\n"
    m = AR(
        SG,
        ("何静", "hejing@my-kexin.example"),
        "自动回复: RMA-2024-08820 检测报告",
        b,
        "Wed, 27 Nov 2024 10:00:00 +0800",
        cs="gbk",
        cte="b64",
    )
    return m, L("auto_reply", "hejing@my-kexin.example", rma="RMA-2024-08820")


@sgc
def sg_oa_ack() -> tuple[Message, dict[str, Any]]:
    b = (
        "您的来信已收到，四川电力检修公司 OA 系统已自动登记（收文号 2024-收-3312）。\n"
        "来信主题：RMA-2024-08801 维修完成，请确认收货\n"
    )
    m = AR(
        SG,
        "oa-system@sc-dianli-jx.example",
        "来信已登记",
        b,
        "Thu, 28 Nov 2024 10:00:00 +0800",
        cs="gbk",
        cte="b64",
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return m, L("auto_reply", "oa-system@sc-dianli-jx.example", rma="RMA-2024-08801")


@sgc
def sg_bounce_zh_ndr() -> tuple[Message, dict[str, Any]]:
    m = NDR(
        SG,
        "postmaster@mail-126.example",
        "系统退信",
        "抱歉，您的邮件被退回。\n收件人 wuxiaoming@mail-126.example 不存在。\n"
        "Remote server returned: 550 Mailbox not found",
        "wuxiaoming@mail-126.example",
        "回复：TDR 波形问题 [RMA-2024-08812]",
        "您好，请将设备寄回成都。",
        "Fri, 15 Nov 2024 09:00:00 +0800",
        "Fri, 15 Nov 2024 08:59:00 +0800",
    )
    return m, L("bounce")


@sgc
def sg_deppon_notice() -> tuple[Message, dict[str, Any]]:
    b = "【德邦快递】您的快件 DPK309999999999 已由 成都天府 网点揽收，预计 11月29日 送达。\n"
    m = P(
        SG,
        ("德邦快递", "notice@deppon-notice.example"),
        "揽收通知",
        b,
        "Wed, 27 Nov 2024 16:00:00 +0800",
        cs="gbk",
        cte="b64",
    )
    return m, L("unrelated", lang="zh")


@sgc
def sg_training_zh() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<p>各位同事：</p><p>本周五下午 3 点在二楼培训室进行新版 ERP 操作培训，请准时参加。</p><p>行政部</p>")
    m = P(SG, ("行政部", "admin@shuguang-et.example"), "ERP 培训通知", h, "Mon, 25 Nov 2024 09:00:00 +0800", html=True)
    return m, L("unrelated", lang="zh")


@sgc
def sg_bank_zh() -> tuple[Message, dict[str, Any]]:
    b = "尊敬的客户：您尾号 8812 的账户于 11月26日 收到转账 人民币 36,000.00 元，付款方：绵阳科信，附言：SG-HT-2024-160 货款。\n"
    m = P(
        SG,
        ("招商银行", "95555@bank-notice.example"),
        "账户动账通知",
        b,
        "Tue, 26 Nov 2024 15:00:00 +0800",
        cs="gbk",
        cte="b64",
    )
    return m, L("unrelated", lang="zh")


@sgc
def sg_tender_zh() -> tuple[Message, dict[str, Any]]:
    b = "招标公告：某市电力公司 2025 年度仪器仪表框架采购项目，报名截止 12 月 10 日，详见附件。\n"
    m = P(
        SG,
        ("招标网", "info@zhaobiao-net.example"),
        "招标公告推送",
        b,
        "Thu, 28 Nov 2024 07:00:00 +0800",
        cs="gb18030",
        cte="b64",
    )
    return m, L("unrelated", lang="zh")


@sgc
def sg_spam_en() -> tuple[Message, dict[str, Any]]:
    b = "Dear Purchasing Manager,\nWe offer LED strip lights with best price and fast shipping. Catalog attached.\n"
    m = P(
        SG,
        ("Shenzhen Bright LED", "sales@sz-brightled.example"),
        "LED strip supplier",
        b,
        "Fri, 29 Nov 2024 03:00:00 +0800",
    )
    return m, L("unrelated")


# ============================================================== Northgate --

NG = company(
    "northgate",
    name="Northgate Photometrics Inc.",
    country="CA",
    staff_domains=["northgate-photo.example"],
    service_address="rma@northgate-photo.example",
    noreply_addresses=["donotreply@northgate-photo.example"],
    catalog=["Aurora 2", "Aurora 2 XL", "LM-9", "Beacon 50", "SkyCal"],
)
ngc = C.fixture("northgate")


@ngc
def ng_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi Northgate,\n\nOur Aurora 2 XL luminance meter won't hold a charge any more. Fully charged overnight,\n"
        "it dies after ten minutes in the field and then won't power up until plugged in.\n\n"
        "Serial NG418203-QX, bought on PO 88123 (your sales order SO-118842).\n\nThanks,\nMegan Clarke\n"
        "Lighting Lab, Prairie Polytechnic\n"
    )
    m = P(
        NG,
        ("Megan Clarke", "mclarke@prairiepoly.example"),
        "Aurora 2 XL battery dies",
        b,
        "Mon, 04 Nov 2024 10:00:00 -0600",
        cte="7bit",
        style="outlook",
    )
    return m, L(
        "new_request",
        "mclarke@prairiepoly.example",
        orders=["PO 88123", "SO-118842"],
        serials=["NG418203-QX"],
        models=["Aurora 2 XL"],
        cat="no_power",
        kw=["won't hold a charge"],
    )


@ngc
def ng_french() -> tuple[Message, dict[str, Any]]:
    b = (
        "Bonjour,\n\nNotre luxmètre LM-9 (no de série NG402217-HB) affiche des valeurs qui sautent de 20 % d'une\n"
        "mesure à l'autre sous la même lampe. Bon de commande BC-2024-0611.\n\nMerci de nous indiquer la marche\n"
        "à suivre pour le retour.\n\nCordialement,\nÉtienne Gagnon\nÉclairage Laurentides inc.\n"
    )
    m = P(
        NG,
        ("Étienne Gagnon", "egagnon@eclairage-laurentides.example"),
        "LM-9 - valeurs instables",
        b,
        "Tue, 05 Nov 2024 09:15:00 -0500",
        cs="iso-8859-1",
        cte="qp",
    )
    return m, L(
        "new_request",
        "egagnon@eclairage-laurentides.example",
        orders=["BC-2024-0611"],
        serials=["NG402217-HB"],
        models=["LM-9"],
        cat="intermittent",
        kw=["valeurs qui sautent de 20 %"],
    )


@ngc
def ng_range_slash() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nWe need to return Beacon 50 reference lamps NG415520-KD, NG415521-LC and NG415524-MA - the\n"
        "output dropped about 15% after 40 hours, well inside the rated life. Order PO-4471.\n\n"
        "Regards,\nOwen Fraser\nMaritime Test House\n"
    )
    m = P(
        NG,
        ("Owen Fraser", "ofraser@maritimetest.example"),
        "Beacon 50 output drop - 3 lamps",
        b,
        "Wed, 06 Nov 2024 12:00:00 -0400",
        style="gmail",
    )
    return m, L(
        "new_request",
        "ofraser@maritimetest.example",
        orders=["PO-4471"],
        serials=["NG415520-KD", "NG415521-LC", "NG415524-MA"],
        models=["Beacon 50"],
        cat="optical_performance",
        kw=["output dropped about 15%"],
    )


@ngc
def ng_form() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        NG,
        "Website RMA form: Aurora 2",
        [
            ("Full name", "Hiroshi Tanaka"),
            ("Email", "h.tanaka@lumen-vancouver.example"),
            ("Product", "Aurora 2"),
            ("Serial", "ng409981-tt"),
            ("Purchase order", "LV-PO-3390"),
            ("Issue", "Bluetooth pairing with the app fails, the unit is not found by the tablet"),
        ],
        ("Hiroshi Tanaka", "h.tanaka@lumen-vancouver.example"),
        "Thu, 07 Nov 2024 23:00:00 -0800",
    )
    return m, L(
        "new_request",
        "h.tanaka@lumen-vancouver.example",
        orders=["LV-PO-3390"],
        serials=["ng409981-tt"],
        models=["Aurora 2"],
        cat="no_link",
        kw=["Bluetooth pairing with the app fails"],
    )


@ngc
def ng_html_damage() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<div style='font-family:Calibri'>Good morning,<br><br>The SkyCal calibration head arrived today with the "
        "diffuser dome <b>cracked</b> and rattling inside the case. Serial: NG420010-AP. Sales order "
        "SO-119201.<br><br>Photos attached.<br><br>Sandra Pelletier<br>Pelletier Photometry</div>"
    )
    m = P(
        NG,
        ("Sandra Pelletier", "sandra@pelletier-photometry.example"),
        "SkyCal damaged in transit",
        h,
        "Fri, 08 Nov 2024 08:45:00 -0500",
        html=True,
        style="outlook",
        atts=(attachment("image/jpeg", "dome.jpg", jpeg("dome")),),
    )
    return m, L(
        "new_request",
        "sandra@pelletier-photometry.example",
        orders=["SO-119201"],
        serials=["NG420010-AP"],
        models=["SkyCal"],
        cat="physical_damage",
        kw=["diffuser dome cracked"],
    )


@ngc
def ng_missing() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi, the LM-9 kit on SO-119088 came without the USB-C cable and the calibration certificate.\n"
        "Could you send them? Serial NG419900-RE.\nThanks\nDev Patel\n"
    )
    m = P(
        NG,
        ("Dev Patel", "dev.patel@torontolightlab.example"),
        "missing items LM-9 kit",
        b,
        "Mon, 11 Nov 2024 14:00:00 -0500",
        style="apple",
    )
    return m, L(
        "new_request",
        "dev.patel@torontolightlab.example",
        orders=["SO-119088"],
        serials=["NG419900-RE"],
        models=["LM-9"],
        cat="wrong_or_missing_item",
        kw=["came without the USB-C cable"],
    )


@ngc
def ng_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello support,\n\nAfter installing NG Studio 5.2 the Aurora 2 shows 'sensor table corrupt' and refuses to\n"
        "measure. Serial NG411230-BX. PO 88340.\n\nCheers,\nLiam O'Connor\n"
    )
    m = P(
        NG,
        ("Liam O'Connor", "liam@oconnor-av.example"),
        "sensor table corrupt",
        b,
        "Tue, 12 Nov 2024 16:00:00 -0330",
        cte="7bit",
    )
    return m, L(
        "new_request",
        "liam@oconnor-av.example",
        orders=["PO 88340"],
        serials=["NG411230-BX"],
        models=["Aurora 2"],
        cat="software",
        kw=["sensor table corrupt"],
    )


@ngc
def ng_nothing() -> tuple[Message, dict[str, Any]]:
    b = "Hi, how do I send a meter back for service? Not sure of the model, it's the grey one.\nBill\n"
    m = P(NG, ("Bill Kowalski", "billk@kowalski-electric.example"), "service?", b, "Wed, 13 Nov 2024 18:00:00 -0600")
    return m, L("new_request", "billk@kowalski-electric.example")


@ngc
def ng_french_html_other() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Bonjour,</p><p>Nous aimerions faire recalibrer notre Aurora 2 (NG401187-CV) avant l'audit de janvier. "
        "L'appareil fonctionne bien.</p><p>BC 2024-117-Q</p><p>Merci,<br>Chantal Roy</p>",
        lang="fr",
    )
    m = P(
        NG,
        ("Chantal Roy", "chantal.roy@hydro-estrie.example"),
        "Étalonnage annuel",
        h,
        "Thu, 14 Nov 2024 10:00:00 -0500",
        html=True,
        cte="qp",
    )
    return m, L(
        "new_request",
        "chantal.roy@hydro-estrie.example",
        orders=["BC 2024-117-Q"],
        serials=["NG401187-CV"],
        models=["Aurora 2"],
        cat="other",
        kw=["recalibrer"],
    )


@ngc
def ng_chinese_customer() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好，\n我们从贵司经销商购买的 LM-9 照度计，显示屏在低温环境下（零下 10 度）会闪烁然后黑屏，回到室内就正常。\n"
        "序列号 NG416644-WQ，订单 SO-119150。\n哈尔滨冰雪照明 孟\n"
    )
    m = P(
        NG,
        ("孟凡", "mengfan@hrb-lighting.example", "gb2312"),
        "LM-9 低温黑屏",
        b,
        "Fri, 15 Nov 2024 09:00:00 +0800",
        cs="gb2312",
        cte="b64",
        style="netease",
    )
    return m, L(
        "new_request",
        "mengfan@hrb-lighting.example",
        orders=["SO-119150"],
        serials=["NG416644-WQ"],
        models=["LM-9"],
        cat="intermittent",
        kw=["会闪烁然后黑屏"],
        lang="zh",
    )


@ngc
def ng_fwd_outlook() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hi Rachel,\n\nthe two Beacon 50 lamps from SO-119010 flicker at about 2 Hz when warm, NG418800-PL and\n"
        "NG418801-PM.\n\nThanks,\nGreta Lindqvist\nNordic Lighting QA\n"
    )
    m = FW(
        NG,
        ("Rachel Singh", "rachel.singh@northgate-photo.example"),
        "outlook",
        "RMA team - over to you.",
        ("Greta Lindqvist", "greta@nordiclighting.example"),
        "Monday, November 18, 2024 3:10 AM",
        "Beacon 50 flicker",
        ob,
        "Mon, 18 Nov 2024 08:00:00 -0500",
    )
    return m, L(
        "forwarded",
        "greta@nordiclighting.example",
        "rachel.singh@northgate-photo.example",
        orders=["SO-119010"],
        serials=["NG418800-PL", "NG418801-PM"],
        models=["Beacon 50"],
        cat="intermittent",
        kw=["flicker at about 2 Hz"],
    )


@ngc
def ng_fwd_apple_fr() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Bonjour Marc,\nle SkyCal NG417733-JF ne se connecte plus au logiciel, le port USB n'est pas reconnu.\n"
        "Commande BC-2024-0702.\nMerci, Julie Tremblay\n"
    )
    m = FW(
        NG,
        ("Marc Bouchard", "marc.bouchard@northgate-photo.example"),
        "apple",
        "Envoyé de mon iPad",
        ("Julie Tremblay", "julie.tremblay@cegep-mtl.example"),
        "19 novembre 2024 à 11:02:44 HNE",
        "SkyCal - USB",
        ob,
        "Tue, 19 Nov 2024 11:30:00 -0500",
    )
    return m, L(
        "forwarded",
        "julie.tremblay@cegep-mtl.example",
        "marc.bouchard@northgate-photo.example",
        orders=["BC-2024-0702"],
        serials=["NG417733-JF"],
        models=["SkyCal"],
        cat="no_link",
        kw=["port USB n'est pas reconnu"],
    )


@ngc
def ng_fwd_gmail_nothing() -> tuple[Message, dict[str, Any]]:
    ob = "Rachel - we'd like to return one of the Aurora 2 meters, can you send us the paperwork?\nAl\n"
    m = FW(
        NG,
        ("Rachel Singh", "rachel.singh@northgate-photo.example"),
        "gmail",
        "",
        ("Al Brooks", "al.brooks@brooks-signs.example"),
        "Wed, Nov 20, 2024 at 2:02 PM",
        "return",
        ob,
        "Wed, 20 Nov 2024 14:30:00 -0500",
        subj="Fwd: return - Aurora 2",
    )
    return m, L(
        "forwarded", "al.brooks@brooks-signs.example", "rachel.singh@northgate-photo.example", models=["Aurora 2"]
    )


@ngc
def ng_followup() -> tuple[Message, dict[str, Any]]:
    hist = "Hi Megan,\nRMA-2024-09901 is open for your Aurora 2 XL. Ship to our Winnipeg depot.\n"
    b = "Shipped via Purolator 329012345678 this afternoon.\n\nMegan\n\n" + q(hist)
    m = P(
        NG,
        ("Megan Clarke", "mclarke@prairiepoly.example"),
        "RE: RMA-2024-09901",
        b,
        "Thu, 21 Nov 2024 15:00:00 -0600",
        style="outlook",
    )
    return m, L("follow_up", "mclarke@prairiepoly.example", tracking=["329012345678"], rma="RMA-2024-09901")


@ngc
def ng_followup_fr() -> tuple[Message, dict[str, Any]]:
    b = (
        "Bonjour,\n\nPour le dossier RMA-2024-09912 : le colis est parti par Postes Canada, numéro\n"
        "7023210039414604.\n\nÉtienne\n\nLe 15 nov. 2024 à 10:00, Northgate RMA a écrit :\n"
        + q("Votre demande porte le numéro RMA-2024-09912.")
    )
    m = P(
        NG,
        ("Étienne Gagnon", "egagnon@eclairage-laurentides.example"),
        "Re: RMA-2024-09912",
        b,
        "Fri, 22 Nov 2024 09:00:00 -0500",
        cs="iso-8859-1",
    )
    return m, L(
        "follow_up", "egagnon@eclairage-laurentides.example", tracking=["7023210039414604"], rma="RMA-2024-09912"
    )


@ngc
def ng_followup_inline() -> tuple[Message, dict[str, Any]]:
    b = (
        "On 19 Nov, Northgate RMA wrote:\n> Do you want us to replace the battery pack as well (CAD 95)?\n\n"
        "Yes please.\n\n> Is the return address unchanged?\n\nNo - please ship to 44 Water St, Halifax.\n\n"
        "Owen\n"
    )
    m = P(
        NG,
        ("Owen Fraser", "ofraser@maritimetest.example"),
        "Re: [RMA-2024-09920] Beacon 50 output drop",
        b,
        "Mon, 25 Nov 2024 10:00:00 -0400",
        style="gmail",
    )
    return m, L("follow_up", "ofraser@maritimetest.example", models=["Beacon 50"], rma="RMA-2024-09920")


@ngc
def ng_status() -> tuple[Message, dict[str, Any]]:
    b = "Hi, any update on PO 88410? We were quoted 3 weeks and it's been 5.\nMegan\n"
    m = P(NG, ("Megan Clarke", "mclarke@prairiepoly.example"), "PO 88410 status", b, "Tue, 26 Nov 2024 11:00:00 -0600")
    return m, L("order_status", "mclarke@prairiepoly.example", orders=["PO 88410"])


@ngc
def ng_status_ups() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello, UPS 1Z999AA10123456784 for our SO-119300 shows an exception 'address incorrect'. Our address\n"
        "is 2200 Kingsway, Vancouver. Please fix.\nHiroshi\n"
    )
    m = P(
        NG,
        ("Hiroshi Tanaka", "h.tanaka@lumen-vancouver.example"),
        "UPS exception",
        b,
        "Wed, 27 Nov 2024 12:00:00 -0800",
    )
    return m, L(
        "order_status", "h.tanaka@lumen-vancouver.example", orders=["SO-119300"], tracking=["1Z999AA10123456784"]
    )


@ngc
def ng_status_fr() -> tuple[Message, dict[str, Any]]:
    b = "Bonjour, pouvez-vous me confirmer la date d'expédition de la commande BC-2024-0744 (2 x LM-9) ?\nChantal\n"
    m = P(
        NG,
        ("Chantal Roy", "chantal.roy@hydro-estrie.example"),
        "Date d'expédition",
        b,
        "Thu, 28 Nov 2024 09:00:00 -0500",
        cs="iso-8859-1",
    )
    return m, L("order_status", "chantal.roy@hydro-estrie.example", orders=["BC-2024-0744"], models=["LM-9"])


@ngc
def ng_ooo() -> tuple[Message, dict[str, Any]]:
    b = "I am away until December 2nd. For purchasing questions contact buyers@prairiepoly.example.\n"
    m = AR(
        NG,
        ("Megan Clarke", "mclarke@prairiepoly.example"),
        "Automatic reply: RMA-2024-09901 repair complete",
        b,
        "Fri, 29 Nov 2024 09:00:00 -0600",
    )
    return m, L("auto_reply", "mclarke@prairiepoly.example", rma="RMA-2024-09901")


@ngc
def ng_ticket_ack_fr() -> tuple[Message, dict[str, Any]]:
    b = (
        "Ceci est un accusé de réception automatique. Votre courriel « RMA-2024-09930 soumission » a été reçu par\n"
        "le Service des approvisionnements (billet 55182).\n"
    )
    m = AR(
        NG,
        "approvisionnement@cegep-mtl.example",
        "Accusé de réception - billet 55182",
        b,
        "Tue, 26 Nov 2024 10:00:00 -0500",
        cs="iso-8859-1",
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return m, L("auto_reply", "approvisionnement@cegep-mtl.example", rma="RMA-2024-09930")


@ngc
def ng_bounce() -> tuple[Message, dict[str, Any]]:
    m = DSN(
        NG,
        "smtp.northgate-photo.example",
        "billk@kowalski-electric.example",
        "4.4.7",
        "Delivery expired after 5 days",
        "Your message could not be delivered within 5 days. Giving up.\n",
        "Re: service? [RMA-2024-09915]",
        "Hi Bill, please send us the serial number.",
        "Mon, 18 Nov 2024 18:00:00 -0600",
        "Wed, 13 Nov 2024 18:30:00 -0600",
    )
    return m, L("bounce")


@ngc
def ng_newsletter() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h2>IES Canada Bulletin</h2><p>Call for papers: Illumination Canada 2025.</p>")
    m = P(
        NG,
        ("IES Canada", "bulletin@ies-canada.example"),
        "IES Canada Bulletin - November",
        h,
        "Mon, 18 Nov 2024 06:00:00 -0500",
        html=True,
    )
    return m, L("unrelated")


@ngc
def ng_remittance() -> tuple[Message, dict[str, Any]]:
    b = (
        "REMITTANCE ADVICE\nPayment EFT 0044871 to Northgate Photometrics Inc.\n"
        "Invoice NG-INV-55123  PO 88123  CAD 4,812.50\nInvoice NG-INV-55190  PO 88340  CAD 1,210.00\n"
    )
    m = P(
        NG,
        "ap@prairiepoly.example",
        "Remittance advice EFT 0044871",
        b,
        "Tue, 26 Nov 2024 07:00:00 -0600",
        cte="7bit",
        atts=(attachment("application/pdf", "remit.pdf", pdf("rm", "Remittance")),),
    )
    return m, L("unrelated")


@ngc
def ng_purolator() -> tuple[Message, dict[str, Any]]:
    b = "Your Purolator shipment 329012349999 has been delivered. Signed by: RECEIVING.\n"
    m = P(
        NG,
        ("Purolator", "notifications@purolator-notify.example"),
        "Delivered: 329012349999",
        b,
        "Wed, 27 Nov 2024 13:00:00 -0500",
    )
    return m, L("unrelated")


@ngc
def ng_pitch() -> tuple[Message, dict[str, Any]]:
    b = "Hi team, we help photonics companies cut freight costs by 30%. Open to a call Thursday?\nJordan\n"
    m = P(
        NG,
        ("Jordan Miles", "jordan@freightwise.example"),
        "Cut your freight bill",
        b,
        "Thu, 28 Nov 2024 10:00:00 -0500",
    )
    return m, L("unrelated")


@ngc
def ng_invite() -> tuple[Message, dict[str, Any]]:
    b = (
        "You have been invited to: Northgate / Prairie Poly annual review\nWhen: Thu Dec 5, 2024 10am - 11am (CST)\n"
        "Join: https://meet.example/abc-defg-hij\n"
    )
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Annual review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    m = P(
        NG,
        ("Megan Clarke", "mclarke@prairiepoly.example"),
        "Invitation: Northgate / Prairie Poly annual review @ Thu Dec 5, 2024",
        b,
        "Fri, 29 Nov 2024 08:00:00 -0600",
        style="gmail",
        atts=(attachment("text/calendar", "invite.ics", ics.encode()),),
    )
    return m, L("unrelated")


# ============================================================= Alpenglanz --

AG = company(
    "alpenglanz",
    name="Alpenglanz Messtechnik GmbH",
    country="AT",
    staff_domains=["alpenglanz.example", "alpenglanz-mt.example"],
    service_address="service@alpenglanz.example",
    noreply_addresses=["noreply@alpenglanz.example"],
    catalog=["Gipfel 2", "SPX 400", "SPX 400e", "TH-12", "Kalibra 7"],
)
agc = C.fixture("alpenglanz")


@agc
def ag_de_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "Grüß Gott,\n\nunser Spektroradiometer SPX 400e (Seriennummer ALM-2341-0045) heizt den Detektor nicht\n"
        "mehr auf Betriebstemperatur, die Status-LED blinkt rot und im Display steht Fehler E-21.\n\n"
        "Bestellung BE-2024-0912, Ihr Auftrag AU-24-10573.\n\nBitte um Rückmeldung, wie wir das Gerät einschicken.\n\n"
        "Mit freundlichen Grüßen\nStefan Gruber\nLichtlabor Steiermark GmbH\n"
    )
    m = P(
        AG,
        ("Stefan Gruber", "s.gruber@lichtlabor-stmk.example"),
        "SPX 400e Fehler E-21",
        b,
        "Mon, 04 Nov 2024 08:00:00 +0100",
        cs="iso-8859-1",
        cte="qp",
        style="outlook",
    )
    return m, L(
        "new_request",
        "s.gruber@lichtlabor-stmk.example",
        orders=["BE-2024-0912", "AU-24-10573"],
        serials=["ALM-2341-0045"],
        models=["SPX 400e"],
        cat="other",
        kw=["heizt den Detektor nicht", "Fehler E-21"],
    )


@agc
def ag_de_range_bis() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hallo Service-Team,\n\nbei der Lieferung AU-24-10811 haben sechs TH-12 Sensoren eine falsche Anzeige,\n"
        "sie zeigen alle etwa 3 °C zu viel. Betroffen sind die Seriennummern ALM-2402-0207 bis ...0212.\n\n"
        "Danke und Gruß\nKlaus Berger\n"
    )
    m = P(
        AG,
        ("Klaus Berger", "k.berger@klimatechnik-berger.example"),
        "TH-12 zeigen zu viel an",
        b,
        "Tue, 05 Nov 2024 09:00:00 +0100",
        style="tb",
    )
    sn = rng("ALM-2402-", 207, 212, 4)
    return m, L(
        "new_request",
        "k.berger@klimatechnik-berger.example",
        orders=["AU-24-10811"],
        serials=sn,
        models=["TH-12"],
        cat="other",
        kw=["etwa 3 °C zu viel"],
        expanded=sn[1:],
    )


@agc
def ag_it() -> tuple[Message, dict[str, Any]]:
    b = (
        "Buongiorno,\n\nil nostro Gipfel 2 (matricola ALM-2325-0310) non si accende più dopo un temporale,\n"
        "nessun LED acceso, l'alimentatore è stato verificato.\nOrdine n. 2024/IT/0087.\n\nCordiali saluti\n"
        "Giulia Moretti\nMoretti Illuminotecnica\n"
    )
    m = P(
        AG,
        ("Giulia Moretti", "giulia@moretti-illuminotecnica.example"),
        "Gipfel 2 non si accende",
        b,
        "Wed, 06 Nov 2024 10:00:00 +0100",
        cs="iso-8859-1",
        cte="qp",
    )
    return m, L(
        "new_request",
        "giulia@moretti-illuminotecnica.example",
        orders=["2024/IT/0087"],
        serials=["ALM-2325-0310"],
        models=["Gipfel 2"],
        cat="no_power",
        kw=["non si accende più"],
    )


@agc
def ag_form_lower() -> tuple[Message, dict[str, Any]]:
    m = FORM(
        AG,
        "Serviceanfrage über Webformular",
        [
            ("Name", "Anna Leitner"),
            ("E-Mail", "a.leitner@lab-innsbruck.example"),
            ("Produkt", "Kalibra 7"),
            ("Seriennummer", "alm-2410-0003"),
            ("Bestellnummer", "PO/24/2231-A"),
            ("Fehlerbeschreibung", "Referenzquelle liefert nach dem Einschalten mehrere Prozent zu wenig Licht"),
        ],
        ("Anna Leitner", "a.leitner@lab-innsbruck.example"),
        "Thu, 07 Nov 2024 17:30:00 +0100",
        intro="Über das Kontaktformular wurde eine neue Serviceanfrage gesendet.",
        html=True,
    )
    return m, L(
        "new_request",
        "a.leitner@lab-innsbruck.example",
        orders=["PO/24/2231-A"],
        serials=["alm-2410-0003"],
        models=["Kalibra 7"],
        cat="optical_performance",
        kw=["mehrere Prozent zu wenig Licht"],
    )


@agc
def ag_en_alt_attach() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Alpenglanz service,\n\nThe SPX 400 we use on the production line loses the Ethernet connection to\n"
        "the PLC several times per shift; the link LED goes off for a second. Serial ALM-2318-0701.\n"
        "Wireshark capture attached. Our PO 45-88731.\n\nKind regards\nPetr Šimek\nAutoLight Components a.s.\n"
    )
    h = html_doc("<p>" + b.replace("\n", "<br>") + "</p>")
    m = P(
        AG,
        ("Petr Šimek", "petr.simek@autolight.example"),
        "SPX 400 Ethernet drops",
        b,
        "Fri, 08 Nov 2024 11:00:00 +0100",
        html=h,
        style="outlook",
        atts=(attachment("application/octet-stream", "capture.pcapng", b"\x0a\x0d\x0d\x0a" + b"\x00" * 60),),
    )
    return m, L(
        "new_request",
        "petr.simek@autolight.example",
        orders=["45-88731"],
        serials=["ALM-2318-0701"],
        models=["SPX 400"],
        cat="no_link",
        kw=["loses the Ethernet connection"],
    )


@agc
def ag_jp() -> tuple[Message, dict[str, Any]]:
    b = (
        "Alpenglanz サービス部 御中\n\nTH-12 センサー（製造番号 ALM-2407-0128）が輸送中に破損し、\n"
        "ケースにひびが入っておりました。注文番号 JP-PO-24-0551。\n写真を添付いたします。\n\n"
        "日本照明試験所\n山本 大輔\n"
    )
    m = P(
        AG,
        ("Yamamoto Daisuke", "d.yamamoto@nihon-shomei.example"),
        "TH-12 破損の件",
        b,
        "Mon, 11 Nov 2024 10:00:00 +0900",
        cs="iso-2022-jp",
        atts=(attachment("image/jpeg", "crack.jpg", jpeg("cr")),),
    )
    return m, L(
        "new_request",
        "d.yamamoto@nihon-shomei.example",
        orders=["JP-PO-24-0551"],
        serials=["ALM-2407-0128"],
        models=["TH-12"],
        cat="physical_damage",
        kw=["ケースにひびが入って"],
    )


@agc
def ag_de_missing() -> tuple[Message, dict[str, Any]]:
    b = (
        "Servus,\n\nim Paket zu Auftrag AU-24-10902 fehlte das Stativ für den Gipfel 2, obwohl es auf dem\n"
        "Lieferschein steht.\n\nLG\nMaximilian Hofer\n"
    )
    m = P(
        AG,
        ("Maximilian Hofer", "max.hofer@hofer-events.example"),
        "Stativ fehlt",
        b,
        "Tue, 12 Nov 2024 12:00:00 +0100",
        cte="8bit",
    )
    return m, L(
        "new_request",
        "max.hofer@hofer-events.example",
        orders=["AU-24-10902"],
        models=["Gipfel 2"],
        cat="wrong_or_missing_item",
        kw=["fehlte das Stativ"],
    )


@agc
def ag_de_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "Guten Tag,\n\nseit dem Update auf Firmware 4.0 speichert der Kalibra 7 keine Messprotokolle mehr,\n"
        "die Liste bleibt leer. Seriennr. ALM-2333-0019.\n\nMfG\nDr. Eva Steiner\nTU Graz, Institut für Lichttechnik\n"
    )
    m = P(
        AG,
        ("Eva Steiner", "eva.steiner@tugraz-lt.example"),
        "Kalibra 7 Protokolle fehlen",
        b,
        "Wed, 13 Nov 2024 14:00:00 +0100",
        cs="iso-8859-15",
        cte="qp",
    )
    return m, L(
        "new_request",
        "eva.steiner@tugraz-lt.example",
        serials=["ALM-2333-0019"],
        models=["Kalibra 7"],
        cat="software",
        kw=["speichert der Kalibra 7 keine Messprotokolle mehr"],
    )


@agc
def ag_mixed_zh() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello Alpenglanz,\n\n我们的 SPX 400 测量 standard lamp 的结果一直比证书值低 6% 以上。\n"
        "Serial: ALM-2311-0402, PO: GZ-PO-2311-06\n\nBest regards\nAmy 林\n"
    )
    m = P(
        AG,
        ("Amy Lin", "amy.lin@gz-lighting-test.example"),
        "SPX 400 repeatability problem",
        b,
        "Thu, 14 Nov 2024 15:00:00 +0800",
        cte="b64",
    )
    return m, L(
        "new_request",
        "amy.lin@gz-lighting-test.example",
        orders=["GZ-PO-2311-06"],
        serials=["ALM-2311-0402"],
        models=["SPX 400"],
        cat="optical_performance",
        kw=["低 6% 以上"],
        lang="mixed",
    )


@agc
def ag_nothing_de() -> tuple[Message, dict[str, Any]]:
    b = "Hallo, wir möchten ein Messgerät zur Überprüfung einsenden. Wie läuft das ab?\nDanke, Sophie Wagner\n"
    m = P(
        AG,
        ("Sophie Wagner", "sophie.wagner@wagner-elektro.example"),
        "Einsendung",
        b,
        "Fri, 15 Nov 2024 09:00:00 +0100",
    )
    return m, L("new_request", "sophie.wagner@wagner-elektro.example")


@agc
def ag_fwd_outlook_de() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hallo Herr Pichler,\n\nder Gipfel 2 (ALM-2330-0515) zeigt seit letzter Woche sporadisch 'Sensor Error',\n"
        "nach dem Aus- und Einschalten geht es wieder eine Zeit lang.\nBestellung BE-2024-0877.\n\n"
        "Gruß\nTobias Weiss\nBühnentechnik Salzburg\n"
    )
    m = FW(
        AG,
        ("Martin Pichler", "m.pichler@alpenglanz-mt.example"),
        "outlook",
        "Bitte RMA anlegen. Danke, MP",
        ("Tobias Weiss", "t.weiss@buehne-salzburg.example"),
        "Montag, 18. November 2024 08:30",
        "Gipfel 2 Sensor Error",
        ob,
        "Mon, 18 Nov 2024 09:00:00 +0100",
    )
    return m, L(
        "forwarded",
        "t.weiss@buehne-salzburg.example",
        "m.pichler@alpenglanz-mt.example",
        orders=["BE-2024-0877"],
        serials=["ALM-2330-0515"],
        models=["Gipfel 2"],
        cat="intermittent",
        kw=["sporadisch 'Sensor Error'"],
    )


@agc
def ag_fwd_rfc822_it() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Gentile Martin,\nil Kalibra 7 ALM-2404-0061 è arrivato con il vetro frontale rotto.\n"
        "Ordine 2024/IT/0102.\nSaluti, Luca Ricci\n"
    )
    m = FW(
        AG,
        ("Martin Pichler", "m.pichler@alpenglanz-mt.example"),
        "rfc822",
        "Zur Info, siehe Anhang.",
        ("Luca Ricci", "luca.ricci@ricci-lab.example"),
        "Tue, 19 Nov 2024 08:00:00 +0100",
        "Kalibra 7 danneggiato",
        ob,
        "Tue, 19 Nov 2024 08:40:00 +0100",
    )
    return m, L(
        "forwarded",
        "luca.ricci@ricci-lab.example",
        "m.pichler@alpenglanz-mt.example",
        orders=["2024/IT/0102"],
        serials=["ALM-2404-0061"],
        models=["Kalibra 7"],
        cat="physical_damage",
        kw=["vetro frontale rotto"],
    )


@agc
def ag_fwd_qq_zh() -> tuple[Message, dict[str, Any]]:
    ob = "Martin 你好，TH-12 的读数一直是 0，换了线也不行。序列号 ALM-2409-0333，订单号 GZ-PO-2409-02。\nAmy\n"
    m = FW(
        AG,
        ("Lisa Chen", "lisa.chen@alpenglanz.example"),
        "foxmail",
        "广州客户的 TH-12，请开 RMA。",
        ("Amy Lin", "amy.lin@gz-lighting-test.example"),
        "2024年11月20日(星期三) 上午10:00",
        "TH-12 读数为 0",
        ob,
        "Wed, 20 Nov 2024 04:00:00 +0100",
    )
    return m, L(
        "forwarded",
        "amy.lin@gz-lighting-test.example",
        "lisa.chen@alpenglanz.example",
        orders=["GZ-PO-2409-02"],
        serials=["ALM-2409-0333"],
        models=["TH-12"],
        cat="other",
        kw=["读数一直是 0"],
        lang="zh",
    )


@agc
def ag_followup_de() -> tuple[Message, dict[str, Any]]:
    hist = "Sehr geehrter Herr Gruber,\nIhre Reklamation wurde unter RMA-2024-10010 erfasst.\n"
    b = "Guten Morgen,\ndas Gerät ist per GLS unterwegs, Paketnummer 60123456789.\nS. Gruber\n\n" + q(hist)
    m = P(
        AG,
        ("Stefan Gruber", "s.gruber@lichtlabor-stmk.example"),
        "AW: RMA-2024-10010",
        b,
        "Thu, 21 Nov 2024 08:00:00 +0100",
        cs="iso-8859-1",
        style="outlook",
    )
    return m, L("follow_up", "s.gruber@lichtlabor-stmk.example", tracking=["60123456789"], rma="RMA-2024-10010")


@agc
def ag_followup_it() -> tuple[Message, dict[str, Any]]:
    b = (
        "Buongiorno, ci sono novità sulla riparazione RMA-2024-10022? Grazie, Giulia\n\n"
        "Il giorno 12/11/2024 service@alpenglanz.example ha scritto:\n"
        + q("Gentile cliente, abbiamo ricevuto il Gipfel 2. RMA-2024-10022.")
    )
    m = P(
        AG,
        ("Giulia Moretti", "giulia@moretti-illuminotecnica.example"),
        "R: RMA-2024-10022",
        b,
        "Fri, 22 Nov 2024 09:00:00 +0100",
    )
    return m, L("follow_up", "giulia@moretti-illuminotecnica.example", rma="RMA-2024-10022")


@agc
def ag_followup_bottom_en() -> tuple[Message, dict[str, Any]]:
    hist = "Dear Mr Šimek,\nRMA-2024-10031 - we found a faulty Ethernet PHY. Repair cost EUR 420. Proceed?\n"
    b = q(hist) + "\n\nYes, go ahead. PO 45-88990 for the repair cost.\n\nPetr\n"
    m = P(
        AG,
        ("Petr Šimek", "petr.simek@autolight.example"),
        "RE: RMA-2024-10031",
        b,
        "Mon, 25 Nov 2024 10:00:00 +0100",
        style="outlook",
    )
    return m, L("follow_up", "petr.simek@autolight.example", orders=["PO 45-88990"], rma="RMA-2024-10031")


@agc
def ag_status_de() -> tuple[Message, dict[str, Any]]:
    b = "Guten Tag, wann wird unsere Bestellung BE-2024-0950 (1x SPX 400e) geliefert?\nMfG Stefan Gruber\n"
    m = P(
        AG,
        ("Stefan Gruber", "s.gruber@lichtlabor-stmk.example"),
        "Liefertermin BE-2024-0950",
        b,
        "Tue, 26 Nov 2024 10:00:00 +0100",
        cs="iso-8859-1",
    )
    return m, L("order_status", "s.gruber@lichtlabor-stmk.example", orders=["BE-2024-0950"], models=["SPX 400e"])


@agc
def ag_status_dpd() -> tuple[Message, dict[str, Any]]:
    b = "Hallo, DPD-Paket 01505012345678 zu Auftrag AU-24-11020 hängt seit Tagen im Depot Wels. Was ist los?\nKlaus\n"
    m = P(
        AG,
        ("Klaus Berger", "k.berger@klimatechnik-berger.example"),
        "Paket hängt",
        b,
        "Wed, 27 Nov 2024 11:00:00 +0100",
    )
    return m, L(
        "order_status", "k.berger@klimatechnik-berger.example", orders=["AU-24-11020"], tracking=["01505012345678"]
    )


@agc
def ag_status_jp() -> tuple[Message, dict[str, Any]]:
    b = "いつもお世話になっております。\n注文番号 JP-PO-24-0602 の出荷予定日を教えていただけますでしょうか。\n山本\n"
    m = P(
        AG,
        ("Yamamoto Daisuke", "d.yamamoto@nihon-shomei.example"),
        "出荷予定日のお問い合わせ",
        b,
        "Thu, 28 Nov 2024 10:00:00 +0900",
        cs="iso-2022-jp",
    )
    return m, L("order_status", "d.yamamoto@nihon-shomei.example", orders=["JP-PO-24-0602"])


@agc
def ag_ooo_de() -> tuple[Message, dict[str, Any]]:
    b = "Ich bin bis 02.12.2024 auf Urlaub. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.\nKlaus Berger\n"
    m = AR(
        AG,
        ("Klaus Berger", "k.berger@klimatechnik-berger.example"),
        "Automatische Antwort: RMA-2024-10040",
        b,
        "Fri, 29 Nov 2024 09:00:00 +0100",
    )
    return m, L("auto_reply", "k.berger@klimatechnik-berger.example", rma="RMA-2024-10040")


@agc
def ag_ooo_it() -> tuple[Message, dict[str, Any]]:
    b = "Sono fuori ufficio fino al 3 dicembre. Per urgenze scrivere a info@moretti-illuminotecnica.example.\n"
    m = AR(
        AG,
        ("Giulia Moretti", "giulia@moretti-illuminotecnica.example"),
        "Risposta automatica: preventivo",
        b,
        "Thu, 28 Nov 2024 12:00:00 +0100",
    )
    return m, L("auto_reply", "giulia@moretti-illuminotecnica.example")


@agc
def ag_bounce_dsn() -> tuple[Message, dict[str, Any]]:
    m = DSN(
        AG,
        "mail.alpenglanz.example",
        "sophie.wagner@wagner-elektro.example",
        "5.7.1",
        "550 5.7.1 Message rejected as spam",
        "Your message was rejected by the receiving server as spam.\n",
        "Einsendung [RMA-2024-10018]",
        "Sehr geehrte Frau Wagner, anbei das Einsendeformular.",
        "Fri, 15 Nov 2024 10:00:00 +0100",
        "Fri, 15 Nov 2024 09:59:00 +0100",
    )
    return m, L("bounce")


@agc
def ag_newsletter() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h1>LiTG Newsletter</h1><p>Lichttechnische Gemeinschaftstagung 2025 in Wien.</p>", lang="de")
    m = P(
        AG,
        ("LiTG", "newsletter@litg-news.example"),
        "LiTG Newsletter November",
        h,
        "Mon, 18 Nov 2024 07:00:00 +0100",
        html=True,
    )
    return m, L("unrelated")


@agc
def ag_invoice_de() -> tuple[Message, dict[str, Any]]:
    b = (
        "Sehr geehrte Damen und Herren,\nanbei erhalten Sie die Rechnung RE-2024-3381 zu Ihrer Bestellung\n"
        "PO/24/0410 über Verpackungsmaterial.\nMit freundlichen Grüßen\nKarton & Co KG\n"
    )
    m = P(
        AG,
        ("Karton & Co", "rechnung@karton-co.example"),
        "Rechnung RE-2024-3381",
        b,
        "Tue, 19 Nov 2024 06:00:00 +0100",
        cs="iso-8859-1",
        atts=(attachment("application/pdf", "RE-2024-3381.pdf", pdf("re", "Rechnung")),),
    )
    return m, L("unrelated")


@agc
def ag_post_notice() -> tuple[Message, dict[str, Any]]:
    b = "Ihre Sendung 1012345678901234 wird heute zwischen 10:00 und 13:00 zugestellt.\nÖsterreichische Post\n"
    m = P(
        AG,
        ("Post AG", "sendungsinfo@post-at-notify.example"),
        "Ihre Sendung kommt heute",
        b,
        "Wed, 20 Nov 2024 07:00:00 +0100",
    )
    return m, L("unrelated")


@agc
def ag_webinar() -> tuple[Message, dict[str, Any]]:
    b = "Join our free webinar 'Spectral measurement for horticulture LEDs' on 10 December. Register now.\n"
    m = P(
        AG,
        ("Photon Academy", "events@photon-academy.example"),
        "Webinar invitation: horticulture LEDs",
        b,
        "Thu, 21 Nov 2024 08:00:00 +0000",
    )
    return m, L("unrelated")


@agc
def ag_customer_order() -> tuple[Message, dict[str, Any]]:
    b = (
        "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir gemäß Angebot AN-24-0771:\n"
        "1 Stk. Kalibrierservice, Lieferung bis KW 51. Bestellnummer BE-2024-0990.\n\nEinkauf Lichtlabor Steiermark\n"
    )
    m = P(
        AG,
        "einkauf@lichtlabor-stmk.example",
        "Bestellung BE-2024-0990",
        b,
        "Fri, 22 Nov 2024 09:00:00 +0100",
        cs="iso-8859-1",
        style="sap",
    )
    return m, L("unrelated")


@agc
def ag_phishing() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<p>Ihr Postfach ist voll. <a href='http://mailbox-fix.example'>Hier klicken</a> zur Erweiterung.</p>")
    m = P(
        AG,
        "it-support@mailbox-fix.example",
        "Postfach-Speicher 99 % voll",
        h,
        "Sat, 23 Nov 2024 03:00:00 +0100",
        html=True,
    )
    return m, L("unrelated")


@agc
def ag_supplier_mixed() -> tuple[Message, dict[str, Any]]:
    b = "Dear Sir,\n我司专业生产 optical diffuser 和 filter，可以 OEM，价格优惠，欢迎询价。\nBest, Sunny\n"
    m = P(
        AG,
        ("Sunny Wang", "sunny@nb-optics-oem.example"),
        "Optical diffuser supplier 光学扩散片",
        b,
        "Sun, 24 Nov 2024 10:00:00 +0800",
    )
    return m, L("unrelated", lang="mixed")


# ============================================= more layouts, all companies --


@cgc
def cg_qq_html_only() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<div>您好：</div><div>我单位的 LS 1310 稳定光源开机后激光指示灯亮，但是输出口测不到光，功率计显示 -60 dBm。</div>"
        "<div>序列号：CG2024-004471</div><div>订单号：XS-24-0766</div><div><br></div>"
        "<div>--------------</div><div>南昌光网维护中心 邹</div>",
        cs="gbk",
    )
    m = P(
        CG,
        ("邹老师", "1234567@qq.example", "gbk"),
        "LS 1310 没有光输出",
        h,
        "Mon, 18 Nov 2024 16:20:00 +0800",
        html=True,
        cs="gbk",
        cte="b64",
        style="qq",
    )
    return m, L(
        "new_request",
        "1234567@qq.example",
        orders=["XS-24-0766"],
        serials=["CG2024-004471"],
        models=["LS 1310"],
        cat="optical_performance",
        kw=["输出口测不到光"],
        lang="zh",
    )


@cgc
def cg_fwd_outlook_html() -> tuple[Message, dict[str, Any]]:
    orig = (
        "售后部：\n\n我司 CG-OTDR 3 一台，开机后自检报 E-05，然后自动关机。\n序列号 CG2024-000912，合同号 CGHT20240302。\n\n"
        "宁波海缆 徐工\n"
    )
    plain = (
        "请售后安排。\n\n发件人: 徐海涛 <xuht@nb-hailan.example>\n发送时间: 2024年11月21日 9:40\n"
        "收件人: 陈销售 <chen.xs@cgyq.example>\n主题: OTDR 开机报错\n\n" + orig
    )
    h = html_doc(
        "<div>请售后安排。</div><div><br></div><div style='border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0'>"
        "<b>发件人:</b> 徐海涛 &lt;xuht@nb-hailan.example&gt;<br><b>发送时间:</b> 2024年11月21日 9:40<br>"
        "<b>收件人:</b> 陈销售 &lt;chen.xs@cgyq.example&gt;<br><b>主题:</b> OTDR 开机报错</div><div><br></div>"
        + "".join(f"<p>{ln}</p>" for ln in orig.strip().split("\n") if ln)
    )
    body = alt(text(plain, "utf-8", "b64"), text(h, "utf-8", "b64", sub="html"), "outlook")
    m = mail(
        "Thu, 21 Nov 2024 10:05:00 +0800",
        addr("陈销售", "chen.xs@cgyq.example"),
        CG["service_address"],
        ew("转发: OTDR 开机报错"),
        body,
        "outlook",
        "cgyq.example",
    )
    return m, L(
        "forwarded",
        "xuht@nb-hailan.example",
        "chen.xs@cgyq.example",
        orders=["CGHT20240302"],
        serials=["CG2024-000912"],
        models=["CG-OTDR 3"],
        cat="no_power",
        kw=["自动关机"],
        lang="zh",
    )


@cgc
def cg_status_mixed() -> tuple[Message, dict[str, Any]]:
    b = "Hi, 合同号 CGHT20241120 的 VFL 10 请问 ETA 是哪天？需要安排 receiving。Thanks, Jason\n"
    m = P(
        CG,
        ("Jason Zhou", "jason.zhou@sh-netcom.example"),
        "CGHT20241120 ETA?",
        b,
        "Fri, 29 Nov 2024 10:00:00 +0800",
        style="outlook",
    )
    return m, L(
        "order_status", "jason.zhou@sh-netcom.example", orders=["CGHT20241120"], models=["VFL 10"], lang="mixed"
    )


@cgc
def cg_contract_confirm() -> tuple[Message, dict[str, Any]]:
    b = (
        "澄光公司：\n\n贵司 11 月 25 日发来的销售合同（合同号 CGHT20241125）我司已盖章确认，扫描件见附件，\n"
        "预付款 30% 将于本周内支付。\n\n杭州光网 采购部\n"
    )
    m = P(
        CG,
        ("许静", "xujing@hz-guangwang.example", "gb2312"),
        "合同回传 CGHT20241125",
        b,
        "Tue, 26 Nov 2024 15:00:00 +0800",
        cs="gb2312",
        cte="b64",
        atts=(attachment("application/pdf", "contract.pdf", pdf("ct", "contract")),),
    )
    return m, L("unrelated", lang="zh")


@sgc
def sg_table_gb18030() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>蜀光售后：</p><p>以下设备申请返修，故障都是升级固件后屏幕花屏、按键无反应：</p>"
        "<table border=1><tr><td>型号</td><td>设备编号</td></tr>"
        "<tr><td>ES-2 Pro</td><td>SGT/2408/0611</td></tr><tr><td>ES-2 Pro</td><td>SGT/2408/0614</td></tr>"
        "</table><p>合同号：SG-HT-2024-101</p><p>泸州供电 曾</p>",
        cs="gb18030",
    )
    m = P(
        SG,
        ("曾志", "zengzhi@lz-gongdian.example", "gb18030"),
        "ES-2 Pro 返修申请",
        h,
        "Tue, 19 Nov 2024 10:00:00 +0800",
        html=True,
        cs="gb18030",
        cte="b64",
    )
    return m, L(
        "new_request",
        "zengzhi@lz-gongdian.example",
        orders=["SG-HT-2024-101"],
        serials=["SGT/2408/0611", "SGT/2408/0614"],
        models=["ES-2 Pro"],
        cat="software",
        kw=["屏幕花屏"],
        lang="zh",
    )


@sgc
def sg_followup_oneliner_long() -> tuple[Message, dict[str, Any]]:
    hist = (
        "邓工您好：\n\n关于 RMA-2024-08830，六台 NC 8 检测结果如下：\n1. 网口芯片损坏，需更换主板；\n2. 保修期内免费维修；\n"
        "3. 预计 12 月 6 日寄回。\n\n如有疑问请随时联系。\n\n蜀光电子 售后服务部\n电话 028-5550100\n"
        "地址 成都市高新区天府大道 1000 号\n"
    )
    b = "收到，谢谢！\n\n" + q(hist)
    m = P(
        SG,
        ("邓伟", "dengwei@cq-lianxun.example"),
        "回复：RMA-2024-08830 检测结果",
        b,
        "Fri, 29 Nov 2024 09:00:00 +0800",
        cte="b64",
        style="netease",
    )
    return m, L("follow_up", "dengwei@cq-lianxun.example", rma="RMA-2024-08830", lang="zh")


@sgc
def sg_mixed_multi() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello 售后，\n\nPO CD-PO-2410-33 的 LinkBox 4 和 NC 8 都有问题：\n"
        "- LinkBox 4 SGT/2410/0081: 风扇噪音很大，有异响\n- NC 8 SGT/2410/0095: 测试报告里 cable length 一直是 0 m\n\n"
        "Thanks\nLeo\n"
    )
    m = P(
        SG, ("Leo Xie", "leo.xie@tf-softpark.example"), "LinkBox 4 / NC 8 issues", b, "Fri, 22 Nov 2024 14:00:00 +0800"
    )
    return m, L(
        "new_request",
        "leo.xie@tf-softpark.example",
        orders=["CD-PO-2410-33"],
        serials=["SGT/2410/0081", "SGT/2410/0095"],
        models=["LinkBox 4", "NC 8"],
        cat="other",
        kw=["风扇噪音很大", "cable length 一直是 0 m"],
        lang="mixed",
    )


@sgc
def sg_erp_ack_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Thank you for contacting Mekong Networks procurement. Your message regarding\n"
        "'RMA-2024-08810 repair report' has been logged as case MN-44021.\nThis mailbox is not monitored.\n"
    )
    m = AR(
        SG,
        "noreply-procure@mekong-net.example",
        "Case MN-44021 created",
        b,
        "Mon, 25 Nov 2024 10:00:00 +0700",
        extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")),
    )
    return m, L("auto_reply", "noreply-procure@mekong-net.example", rma="RMA-2024-08810")


@hyc
def hy_range_zh_through() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好：\n訂單 SO24-10210 的 OLS-8 共六台，序號 HYO2410A0107 至 ...0112，開機後都有一個波長的燈號\n"
        "閃爍不停，輸出功率也跟著跳動。\n請安排送修。\n桃園光纖 陳怡君\n"
    )
    m = P(
        HY,
        ("陳怡君", "yichun.chen@taoyuan-fiber.example", "big5"),
        "OLS-8 六台異常",
        b,
        "Wed, 20 Nov 2024 10:00:00 +0800",
        cs="big5",
        cte="b64",
        style="outlook",
    )
    sn = rng("HYO2410A", 107, 112, 4)
    return m, L(
        "new_request",
        "yichun.chen@taoyuan-fiber.example",
        orders=["SO24-10210"],
        serials=sn,
        models=["OLS-8"],
        cat="intermittent",
        kw=["閃爍不停"],
        lang="zh",
        expanded=sn[1:],
    )


@hyc
def hy_status_mixed_utf8() -> tuple[Message, dict[str, Any]]:
    b = "Hi Amy,\nSO24-11288 的 PD 40 可以先 partial shipment 嗎？我們急需兩台。\nKevin\n"
    m = P(
        HY,
        ("Kevin Wu", "kevin.wu@formosa-link.example"),
        "SO24-11288 partial shipment?",
        b,
        "Thu, 28 Nov 2024 10:00:00 +0800",
        style="gmail",
    )
    return m, L("order_status", "kevin.wu@formosa-link.example", orders=["SO24-11288"], models=["PD 40"], lang="mixed")


@dyc
def dy_ooo_korean() -> tuple[Message, dict[str, Any]]:
    b = "안녕하세요. 11월 25일부터 29일까지 휴가입니다. 급한 용무는 기술팀 대표번호로 연락 주세요.\n오지훈\n"
    m = AR(
        DY,
        ("오지훈", "jihoon.oh@gwangmyeong-lab.example", "euc-kr"),
        "부재중 자동응답: RMA-2024-03150",
        b,
        "Mon, 25 Nov 2024 09:00:00 +0900",
        cs="euc-kr",
        cte="b64",
    )
    return m, L("auto_reply", "jihoon.oh@gwangmyeong-lab.example", rma="RMA-2024-03150")


@stc
def st_range_slash_html() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Prezados,</p><p>três medidores PM-300 do pedido PV-45190 chegaram sem tampa de bateria: "
        "ST24.10.0301/0302/0305.</p><p>Att.<br>Renata Gomes<br>FibraSul</p>"
    )
    m = P(
        ST,
        ("Renata Gomes", "renata.gomes@fibrasul.example"),
        "PM-300 sem tampa de bateria",
        h,
        "Tue, 26 Nov 2024 10:00:00 -0300",
        html=True,
        cs="iso-8859-1",
        cte="qp",
    )
    return m, L(
        "new_request",
        "renata.gomes@fibrasul.example",
        orders=["PV-45190"],
        serials=["ST24.10.0301", "ST24.10.0302", "ST24.10.0305"],
        models=["PM-300"],
        cat="wrong_or_missing_item",
        kw=["sem tampa de bateria"],
        expanded=["ST24.10.0302", "ST24.10.0305"],
    )


@ngc
def ng_related_inline() -> tuple[Message, dict[str, Any]]:
    plain = (
        "Hi,\n\nSee the screenshot: since the firmware update the Aurora 2 XL reading freezes at the same value.\n"
        "NG419512-ZD, SO-119240.\n\nThanks\nPriyanka\n"
    )
    h = html_doc(
        "<p>Hi,</p><p>See the screenshot: since the firmware update the Aurora 2 XL reading freezes at the same "
        "value.</p><p><img src='cid:shot1@local'></p><p>NG419512-ZD, SO-119240.</p><p>Thanks<br>Priyanka</p>"
    )
    rel = multipart(
        "related",
        [
            text(h, "utf-8", "qp", sub="html"),
            attachment("image/png", "image001.png", png("shot"), inline=True, cid="shot1@local"),
        ],
        bnd("gmail", "rel"),
        params=' type="text/html";',
    )
    body = multipart("alternative", [text(plain, "utf-8", "qp"), rel], bnd("gmail", "alt"))
    m = mail(
        "Thu, 21 Nov 2024 13:00:00 -0500",
        addr("Priyanka Sharma", "priyanka@ottawa-daylight.example"),
        NG["service_address"],
        "Aurora 2 XL reading frozen",
        body,
        "gmail",
        "ottawa-daylight.example",
    )
    return m, L(
        "new_request",
        "priyanka@ottawa-daylight.example",
        orders=["SO-119240"],
        serials=["NG419512-ZD"],
        models=["Aurora 2 XL"],
        cat="software",
        kw=["reading freezes at the same value"],
    )


@moc
def mo_status_tracking_cz() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dobrý den,\nbalík Českou poštou RR123456789CZ k objednávce PO/24/1240-C stále neodešel, na sledování\n"
        "je jen 'Podání dat'. Můžete to prověřit?\nKatarzyna Nowak\n"
    )
    m = P(
        MO,
        ("Katarzyna Nowak", "k.nowak@labchem-gdansk.example"),
        "Sledování zásilky",
        b,
        "Fri, 29 Nov 2024 10:00:00 +0100",
        cs="iso-8859-2",
    )
    return m, L("order_status", "k.nowak@labchem-gdansk.example", orders=["PO/24/1240-C"], tracking=["RR123456789CZ"])


@agc
def ag_polish() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dzień dobry,\n\nnasz SPX 400 (nr seryjny ALM-2320-0888) pokazuje błąd kalibracji ciemnego prądu przy\n"
        "każdym starcie i pomiary są o 10 % za niskie. Zamówienie PO/24/3301-PL.\n\nPozdrawiam\nMarek Zieliński\n"
    )
    m = P(
        AG,
        ("Marek Zieliński", "m.zielinski@oswietlenie-lab.example"),
        "SPX 400 błąd kalibracji",
        b,
        "Mon, 25 Nov 2024 09:00:00 +0100",
        cs="iso-8859-2",
        cte="qp",
    )
    return m, L(
        "new_request",
        "m.zielinski@oswietlenie-lab.example",
        orders=["PO/24/3301-PL"],
        serials=["ALM-2320-0888"],
        models=["SPX 400"],
        cat="optical_performance",
        kw=["pomiary są o 10 % za niskie"],
    )


@agc
def ag_fwd_netease_zh() -> tuple[Message, dict[str, Any]]:
    ob = "Lisa 您好，\nGipfel 2 的电池仓盖断了，螺丝孔也裂了。序列号 ALM-2336-0420。\n深圳灯光测试 王\n"
    m = FW(
        AG,
        ("Lisa Chen", "lisa.chen@alpenglanz.example"),
        "netease",
        "深圳客户，请登记。",
        ("王磊", "wanglei@sz-dengguang.example"),
        "2024-11-26 15:02:11",
        "Gipfel 2 电池仓盖断了",
        ob,
        "Tue, 26 Nov 2024 09:00:00 +0100",
        cs="gbk",
        cte="b64",
    )
    return m, L(
        "forwarded",
        "wanglei@sz-dengguang.example",
        "lisa.chen@alpenglanz.example",
        serials=["ALM-2336-0420"],
        models=["Gipfel 2"],
        cat="physical_damage",
        kw=["电池仓盖断了"],
        lang="zh",
    )


@dyc
def dy_spaced_serial() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nOur OTDR-M7 shows 'Laser module fault' at every start and no trace can be taken. The label on\n"
        "the back reads DYP 2407 K 00921. Bought through your partner in Dubai, PO GS-4471/24.\n\n"
        "Regards\nFaisal Rahman\nGulf Splice Services\n"
    )
    m = P(
        DY,
        ("Faisal Rahman", "faisal@gulfsplice.example"),
        "OTDR-M7 laser module fault",
        b,
        "Tue, 26 Nov 2024 08:10:00 +0400",
        style="outlook",
    )
    return m, L(
        "new_request",
        "faisal@gulfsplice.example",
        orders=["PO GS-4471/24"],
        serials=["DYP 2407 K 00921"],
        models=["OTDR-M7"],
        cat="other",
        kw=["Laser module fault"],
    )


@sgc
def sg_spaced_serial() -> tuple[Message, dict[str, Any]]:
    b = (
        "你好，\nTDR 60 Lite 的电池鼓包了，后盖被顶开，不敢再充电。\n设备编号 SGT 2410 0588\n"
        "合同号 SG-HT-2024-150\n兰州铁路 马超\n"
    )
    m = P(
        SG,
        ("马超", "machao@gs-tielu.example"),
        "电池鼓包",
        b,
        "Wed, 27 Nov 2024 16:00:00 +0800",
        cs="gbk",
        cte="b64",
        style="foxmail",
    )
    return m, L(
        "new_request",
        "machao@gs-tielu.example",
        orders=["SG-HT-2024-150"],
        serials=["SGT 2410 0588"],
        models=["TDR 60 Lite"],
        cat="physical_damage",
        kw=["电池鼓包了"],
        lang="zh",
    )


if __name__ == "__main__":
    sys.exit(C.main("Write (or --check) the train7 corpus (once the blind7 held-out set)."))

"""Generate the train9 corpus (once the blind9 held-out set): hand-written service mail for eight fictional makers.

Every mail below is written by hand; blindkit builds the MIME, the labels and the README, and
`--check` verifies the files on disk against this script.

    python make_blind9.py           # write everything, then self-check
    python make_blind9.py --check   # only check
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import unicodedata
from collections.abc import Callable
from email.message import Message
from email.utils import format_datetime
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
    script="make_train9.py",
    title="blind9: held-out corpus of service mail for eight instrument and optics makers",
    domains="`.example`",
    languages="Japanese, Polish, Turkish, Indonesian or Afrikaans",
    serial_shapes={
        "kasumi": r"KSK-\d{4}-\d{2}-\d{4}",
        "wisla": r"(?:WP300|WM45)-\d{2}-\d{5}",
        "bogazici": r"BGZ\d{2}[A-Z]\d{5}",
        "nusantara": r"00\d{8}",
        "yuehui": r"YH\d{8}",
        "pulan": r"PL\.\d{4}\.\d{4}",
        "harbourlight": r"HL\d{6}[A-Z]",
        "karoo": r"KFI\d{6}",
    },
    notes=[
        "Serial conventions: Kasumi hyphenated blocks `KSK-2411-07-0382` (year+month, line, unit); "
        "Wisła serials start with the model code (`WP300-24-01187`, `WM45-24-00318`); Boğaziçi "
        "`BGZ24K00731` (often typed in lowercase); Nusantara ten digits with leading zeros "
        "(`0041207315`); Yuehui `YH24080045`; Pulan dotted `PL.2410.0773`; Harbourlight `HL240991K` "
        "(six digits and a check letter); Karoo `KFI241200`.  Identifiers are labelled as written; "
        "ranges (`…0045/0046/0049`, `1200 to 1209`) are expanded to every unit.",
        "Order conventions: slashes with year blocks (`ZS/24/1187-B`), Indonesian purchase orders with "
        "Roman months (`PO/NOP/2024/XI/0057`), dotted orders (`SP.2024.0412`), the maker's sales order next "
        "to the customer's PO, Chinese contract numbers (合同号) and Hong Kong order numbers (訂單).  "
        "Only mailbot's `RMA-YYYY-NNNNN` is labelled as `rma_reference`.",
    ],
)

Fx = Callable[[], tuple[Message, dict[str, Any]]]


def add(slug: str, name: str, fn: Fx) -> None:
    """Register one hand-written mail under its own name (the name seeds its ids and boundaries)."""
    fn.__name__ = name
    C.fixture(slug)(fn)


# ---------------------------------------------------------------- helpers --


def who(x: Any) -> str:
    """An address given as 'e@x', (name, e), or (name, e, charset)."""
    if isinstance(x, str):
        return x
    return addr(x[0], x[1], x[2] if len(x) > 2 else None)


def em(x: Any) -> str:
    return x if isinstance(x, str) else x[1]


def dom(x: Any) -> str:
    return em(x).rsplit("@", 1)[1]


def D(day: int, hm: str = "09:12", tz: str = "+0000") -> str:
    """A Date header for a day of November 2024 (December past 30) in the sender's time zone."""
    month, d = (11, day) if day <= 30 else (12, day - 30)
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    h, m = hm.split(":")
    return format_datetime(dt.datetime(2024, month, d, int(h), int(m), 17, tzinfo=dt.timezone(off)))


def subj_of(s: str, cs: str = "utf-8") -> str:
    if s.isascii():
        return s
    if cs in ("iso-2022-jp", "big5", "gb2312", "gbk", "gb18030"):
        return ew(s, cs)
    return ew(s, "utf-8")


def jis(body: str, sub: str = "plain") -> Message:
    """ISO-2022-JP text, 7bit as Japanese clients send it."""
    m = text(body, "iso-2022-jp", "8bit", sub=sub)
    m.replace_header("Content-Transfer-Encoding", "7bit")
    return m


def thread(n: str) -> tuple[tuple[str, str], ...]:
    """Reply headers pointing at one of mailbot's earlier mails."""
    ref = f"<rma.{n}@mailbot.example>"
    return (("In-Reply-To", ref), ("References", ref))


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
    nfd: bool = False,
) -> Message:
    """A mail written by one sender: plain, HTML-only (html=True, body is HTML) or alternative."""
    if nfd:
        body = unicodedata.normalize("NFD", body)
        subj = unicodedata.normalize("NFD", subj)
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
    "outlook_pl": (
        "PD: ",
        "-----Oryginalna wiadomość-----\nOd: {f}\nWysłano: {d}\nDo: {t}\nTemat: {s}\n\n",
    ),
    "outlook_tr": ("İLT: ", "-----Özgün İleti-----\nKimden: {f}\nGönderildi: {d}\nKime: {t}\nKonu: {s}\n\n"),
    "outlook_jp": ("FW: ", "-----Original Message-----\n差出人: {f}\n送信日時: {d}\n宛先: {t}\n件名: {s}\n\n"),
    "gmail": ("Fwd: ", "---------- Forwarded message ---------\nFrom: {f}\nDate: {d}\nSubject: {s}\nTo: {t}\n\n"),
    "gmail_id": ("Fwd: ", "---------- Pesan terusan ---------\nDari: {f}\nDate: {d}\nSubject: {s}\nTo: {t}\n\n"),
    "apple": ("Fwd: ", "Begin forwarded message:\n\n> From: {f}\n> Subject: {s}\n> Date: {d}\n> To: {t}\n\n"),
    "tb": ("Fwd: ", "-------- Forwarded Message --------\nSubject: \t{s}\nDate: \t{d}\nFrom: \t{f}\nTo: \t{t}\n\n"),
    "foxmail": (
        "转发：",
        "------------------ 原始邮件 ------------------\n发件人: {f};\n发送时间: {d}\n收件人: {t};\n主题: {s}\n\n",
    ),
    "netease": ("转发：", "-------- 转发邮件信息 --------\n发件人：{f}\n发送日期：{d}\n收件人：{t}\n主题：{s}\n\n"),
}


def fwd_from(x: Any) -> str:
    """The From line of a forwarded header block: 'Name <e>', a bare address, or a name alone."""
    if isinstance(x, str):
        return x
    return f"{x[0]} <{x[1]}>" if x[1] else x[0]


def FW(
    co: dict[str, Any],
    staff: Any,
    style: str,
    note: str,
    ofrm: Any,
    odate: str,
    osubj: str,
    obody: str,
    date: str,
    *,
    cs: str = "utf-8",
    cte: str = "qp",
    label: str | None = None,
    oto: str | None = None,
    ios: bool = False,
    sig: str = "",
    atts: tuple[Message, ...] = (),
    html: bool = False,
) -> Message:
    """A staff member forwarding a customer's mail inline, in the layout of a given client."""
    prefix, head = FWD_HEAD[style]
    block = head.format(f=fwd_from(ofrm), d=odate, t=oto or em(staff), s=osubj) + obody
    if ios:
        block = block.replace("> ", "").replace("\n\n", "\n\n", 1)
        block = "Begin forwarded message:\n\n" + q(block.split("\n\n", 1)[1])
    body = note + ("\n\n" + sig if sig else "") + "\n\n" + block
    if html:
        inner = "<div>{}</div><br><div>{}</div>".format(
            note.replace("\n", "<br>\n"), block.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        )
        return P(co, staff, prefix + osubj, html_doc(inner, cs=label or cs), date, cs=cs, cte=cte, label=label,
                 style="outlook", html=True, atts=atts)
    return P(co, staff, prefix + osubj, body, date, cs=cs, cte=cte, label=label, style=style, atts=atts)


def FW822(
    co: dict[str, Any],
    staff: Any,
    note: str,
    ofrm: Any,
    osubj: str,
    obody: str,
    odate: str,
    date: str,
    *,
    cs: str = "utf-8",
    ocs: str = "utf-8",
    olabel: str | None = None,
) -> Message:
    """A forward that attaches the customer's mail whole (message/rfc822)."""
    inner = mail(odate, who(ofrm), em(staff), subj_of(osubj, ocs), text(obody, ocs, "qp", label=olabel),
                 "generic", dom(ofrm), ())
    body = mixed([text(note, cs, "qp"), rfc822(inner, filename=None)], "outlook")
    return mail(date, who(staff), co["service_address"], subj_of("FW: " + osubj, ocs), body, "outlook", dom(staff))


def RE(
    co: dict[str, Any],
    frm: Any,
    subj: str,
    body: str,
    date: str,
    n: str,
    **kw: Any,
) -> Message:
    """A reply in an RMA thread (In-Reply-To set); body already holds any quoted history."""
    return P(co, frm, subj, body, date, extra=thread(n), **kw)


def AR(co: dict[str, Any], frm: Any, subj: str, body: str, date: str, *, cs: str = "utf-8", cte: str = "qp",
       label: str | None = None, kind: str = "auto-replied", n: str = "x") -> Message:
    """An out-of-office or ticket-system acknowledgement."""
    extra = (("Auto-Submitted", kind), ("X-Auto-Response-Suppress", "All"), *thread(n))
    return P(co, frm, subj, body, date, cs=cs, cte=cte, label=label, extra=extra)


def DSN(co: dict[str, Any], rcpt: str, subj: str, why: str, osubj: str, obody: str, date: str,
        *, mta: str = "postfix", cs: str = "utf-8") -> Message:
    """A delivery failure for one of the company's own mails to a customer."""
    d = co["domain"]
    inner = mail(date, co["service_address"], rcpt, subj_of(osubj, cs), text(obody, cs, "qp"), "generic", d, ())
    inner.replace_header("Message-ID", mid("sap", d, "returned"))  # the returned mail has its own id
    report = delivery_status(
        [
            [("Reporting-MTA", f"dns; mx1.{d}"), ("Arrival-Date", date)],
            [("Final-Recipient", f"rfc822; {rcpt}"), ("Action", "failed"), ("Status", "5.1.1"),
             ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected")],
        ]
    )
    parts = [text(why, "utf-8" if not why.isascii() else "us-ascii", "qp" if not why.isascii() else "7bit"), report,
             rfc822(inner, disp=None)]
    body = multipart("report", parts, bnd("generic", "rep"), params=" report-type=delivery-status;")
    frm = f"Mail Delivery System <MAILER-DAEMON@mx1.{d}>" if mta == "postfix" else f"postmaster@{d}"
    return mail(date, frm, co["service_address"], subj_of(subj), body, "generic", d,
                (("Auto-Submitted", "auto-replied"),))


def FORM(co: dict[str, Any], subj: str, fields: list[tuple[str, str]], reply_to: Any, date: str,
         *, intro: str = "", html: bool = False) -> Message:
    """A web contact-form notification from the company's own noreply, customer in Reply-To."""
    lines = [f"{k}: {v}" for k, v in fields]
    body = (intro + "\n\n" if intro else "") + "\n".join(lines) + "\n"
    extra = (("Reply-To", who(reply_to)), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"))
    if html:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>\n" for k, v in fields)
        h = html_doc((f"<p>{intro}</p>" if intro else "") + f"<table>\n{rows}</table>")
        part = alt(text(body, "utf-8", "qp"), text(h, "utf-8", "qp", sub="html"), "php")
    else:
        part = text(body, "utf-8", "qp")
    return mail(date, co["noreply_addresses"][0], co["service_address"], subj_of(subj), part, "php",
                co["domain"], extra)


def company(slug: str, **info: Any) -> dict[str, Any]:
    d = info["domain"]
    info.setdefault("service_address", f"service@{d}")
    info.setdefault("staff_domains", [d])
    info.setdefault("noreply_addresses", [f"noreply@{d}"])
    C.company(slug, **info)
    return C.companies[slug]


def FILE_PDF(name: str) -> Message:
    return attachment("application/pdf", name, pdf(name, name if name.isascii() else "scan"), rfc2231=not name.isascii())


def FILE_JPG(name: str) -> Message:
    return attachment("image/jpeg", name, jpeg(name), name_cs=None if name.isascii() else "utf-8")


def FILE_PNG(name: str) -> Message:
    return attachment("image/png", name, png(name))


def FILE_XLSX(name: str) -> Message:
    return attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name, xlsx(name))


_ = (rng, textfile, multipart)


def fx(slug: str) -> Callable[[Fx], Fx]:
    return C.fixture(slug)


# ================================================================ Kasumi (Japan) ==

KS = company(
    "kasumi",
    name="霞計測株式会社 (Kasumi Sokki K.K.)",
    domain="kasumi-sokki.example",
    country="Japan",
    catalog=["KL-120", "KL-120R", "Mizuho 8", "TR-5000"],
    serial_format="KSK-YYMM-LL-NNNN",
    order_format="JO-YY-NNNNN (sales order), customer POs vary",
    carriers=["Yamato", "Sagawa"],
)
ks = fx("kasumi")
JST = "+0900"


@ks
def ks_plain_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Kasumi service team,\n\nOne of our KL-120 light sources (S/N KSK-2406-02-0193) no longer powers up.\n"
        "When we press the switch nothing happens at all, no fan and no display. We tried two different power\n"
        "cords and another outlet. It was delivered under your order JO-24-00412.\n\nPlease advise how to return it.\n\n"
        "Best regards,\nSomchai Wongsawat\nSiam Fibre Lab Co., Ltd.\nTel +66 2 555 0199\n"
    )
    return P(KS, ("Somchai Wongsawat", "somchai@siamfibrelab.example"), "KL-120 will not power up", b, D(4, "10:02", "+0700")), L(
        "new_request", "somchai@siamfibrelab.example", orders=["JO-24-00412"], serials=["KSK-2406-02-0193"],
        models=["KL-120"], cat="no_power", kw=["no longer powers up"])


@ks
def ks_japanese_jis() -> tuple[Message, dict[str, Any]]:
    b = (
        "霞計測株式会社\nサービス部 御中\n\nいつもお世話になっております。東邦ネット技研の山本です。\n\n"
        "貴社製 TR-5000（製造番号 KSK-2403-05-0871）ですが、先週から測定値が大きくずれるようになりました。\n"
        "基準ファイバで確認しても損失が 0.8 dB ほど高く表示されます。\n"
        "注文番号は PO-TH-5521 です。修理をお願いできますでしょうか。\n\n"
        "よろしくお願いいたします。\n\n山本 健太\n東邦ネット技研株式会社\n"
    )
    return P(KS, ("山本 健太", "k.yamamoto@toho-netgiken.example"), "TR-5000 測定値のずれについて", b, D(5, "14:20", JST),
             cs="iso-2022-jp"), L(
        "new_request", "k.yamamoto@toho-netgiken.example", orders=["PO-TH-5521"], serials=["KSK-2403-05-0871"],
        models=["TR-5000"], cat="optical_performance", kw=["損失が 0.8 dB ほど高く表示されます"])


@ks
def ks_range_slash() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nthree KL-120R units from the same batch drop their output for a few seconds every hour or so,\n"
        "then recover by themselves. Serials KSK-2410-03-0045/0046/0049.\n"
        "Our PO was 4500871123, your order confirmation JO-24-00588.\n\nRegards\nPriya Raman\nChennai Photonics Pvt Ltd\n"
    )
    return P(KS, ("Priya Raman", "priya.raman@chennaiphotonics.example"), "Intermittent output drop - 3 units", b,
             D(6, "08:40", "+0530")), L(
        "new_request", "priya.raman@chennaiphotonics.example", orders=["4500871123", "JO-24-00588"],
        serials=["KSK-2410-03-0045", "KSK-2410-03-0046", "KSK-2410-03-0049"], models=["KL-120R"], cat="intermittent",
        kw=["drop their output for a few seconds"], expanded=["KSK-2410-03-0046", "KSK-2410-03-0049"])


@ks
def ks_form() -> tuple[Message, dict[str, Any]]:
    f = [("Name", "Daichi Mori"), ("Company", "Mori Cable Works"), ("Email", "d.mori@moricable.example"),
         ("Product", "Mizuho 8"), ("Serial number", "KSK-2407-01-0310"), ("Order number", "JO-24-00455"),
         ("Problem", "After the firmware update 2.3 the unit freezes on the start screen")]
    return FORM(KS, "Repair request form: Mizuho 8", f, ("Daichi Mori", "d.mori@moricable.example"), D(7, "23:51", JST),
                intro="A new repair request was submitted on kasumi-sokki.example."), L(
        "new_request", "d.mori@moricable.example", orders=["JO-24-00455"], serials=["KSK-2407-01-0310"],
        models=["Mizuho 8"], cat="software", kw=["freezes on the start screen"])


@ks
def ks_html_only() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Dear Sir or Madam,</p><p>The TR-5000 we received yesterday arrived with a <b>cracked front panel</b> and the "
        "connector port is bent. The outer carton was crushed on one corner.</p>"
        "<table border=1><tr><td>Serial</td><td>KSK-2410-06-1127</td></tr><tr><td>Order</td><td>JO-24-00601</td></tr></table>"
        "<p>Photos can be sent on request.</p><p>Kind regards,<br>Lena Hoffmann<br>Nordlicht Netz GmbH</p>"
    )
    return P(KS, ("Lena Hoffmann", "l.hoffmann@nordlicht-netz.example"), "Damaged on arrival", h, D(8, "11:15", "+0100"),
             html=True, style="outlook"), L(
        "new_request", "l.hoffmann@nordlicht-netz.example", orders=["JO-24-00601"], serials=["KSK-2410-06-1127"],
        models=["TR-5000"], cat="physical_damage", kw=["cracked front panel"])


@ks
def ks_attach_photo() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\nplease see the attached photos. The fibre clamp of our KL-120 snapped off when we opened the lid,\n"
        "the plastic hinge is broken.\nSerial: KSK-2405-02-0554\n\nThanks,\nTom Becker\n"
    )
    return P(KS, ("Tom Becker", "tbecker@pacificlink.example"), "broken hinge", b, D(11, "16:30", "-0800"),
             atts=(FILE_JPG("IMG_4471.jpg"), FILE_JPG("IMG_4472.jpg")), style="apple"), L(
        "new_request", "tbecker@pacificlink.example", serials=["KSK-2405-02-0554"], models=["KL-120"],
        cat="physical_damage", kw=["plastic hinge is broken"])


@ks
def ks_model_space_nolink() -> tuple[Message, dict[str, Any]]:
    b = (
        "Good afternoon,\n\nour Mizuho 8 no longer connects to the PC. The USB link is not recognised on three different\n"
        "laptops and the Ethernet port shows no link light. Serial KSK-2402-04-0229, bought through our distributor\n"
        "(their invoice 2024-INV-3391).\n\nRegards,\nHiroshi Tanaka\nOsaka Line Service\n"
    )
    return P(KS, ("Hiroshi Tanaka", "tanaka@osakaline.example"), "Mizuho 8 - no connection to PC", b, D(12, "13:05", JST)), L(
        "new_request", "tanaka@osakaline.example", orders=["2024-INV-3391"], serials=["KSK-2402-04-0229"],
        models=["Mizuho 8"], cat="no_link", kw=["Ethernet port shows no link light"])


@ks
def ks_plain_words() -> tuple[Message, dict[str, Any]]:
    b = (
        "hello\nthe box you sent us does nothing when i switch it on. the little lamp on the front blinks red\n"
        "and the screen says E-21. it is the TR-5000, number on the back KSK-2408-07-0912.\nwhat do i do?\nMaria\n"
    )
    return P(KS, ("Maria Santos", "maria.santos@ilhafibra.example"), "not working", b, D(13, "19:44", "-0300"),
             style="gmail"), L(
        "new_request", "maria.santos@ilhafibra.example", serials=["KSK-2408-07-0912"], models=["TR-5000"],
        cat="no_power", kw=["does nothing when i switch it on", "E-21"])


@ks
def ks_wrong_item() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Kasumi,\n\nWe ordered two KL-120R under our PO SG-PO-24-118 (your JO-24-00633) but the parcel contained\n"
        "two KL-120 instead, and the calibration certificates were missing.\n\nPlease arrange an exchange.\n\n"
        "Wei Ling Tan\nPurchasing, Merlion Optics Pte Ltd\n"
    )
    return P(KS, ("Tan Wei Ling", "weiling.tan@merlionoptics.example"), "Wrong model delivered", b, D(14, "09:30", "+0800")), L(
        "new_request", "weiling.tan@merlionoptics.example", orders=["SG-PO-24-118", "JO-24-00633"],
        models=["KL-120R", "KL-120"], cat="wrong_or_missing_item", kw=["two KL-120 instead"])


@ks
def ks_no_serial() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi support,\n\nthe KL-120 from order JO-24-00518 gets very hot and switches itself off after about twenty minutes.\n"
        "I am not at the site today so I cannot read the serial number, I will send it tomorrow.\n\nCheers,\nAaron Kelly\n"
    )
    return P(KS, ("Aaron Kelly", "aaron@kellycomms.example"), "Overheating KL-120", b, D(15, "07:55", "+1000")), L(
        "new_request", "aaron@kellycomms.example", orders=["JO-24-00518"], models=["KL-120"], cat="intermittent",
        kw=["switches itself off after about twenty minutes"])


@ks
def ks_lowercase_serial() -> tuple[Message, dict[str, Any]]:
    b = (
        "hi team, quick one from the field.\n\ntr-5000 s/n ksk-2409-11-0077 - the screen shows vertical lines and half of it is dark,\n"
        "touch still works. it fell from the van step last week, maybe related.\n\n-- \nJake Morrison | Field Tech\n"
    )
    return P(KS, ("Jake Morrison", "jake.m@outbacknet.example"), "screen lines", b, D(18, "06:12", "+0800"), style="gmail"), L(
        "new_request", "jake.m@outbacknet.example", serials=["ksk-2409-11-0077"], models=["tr-5000"],
        cat="physical_damage", kw=["screen shows vertical lines"])


@ks
def ks_label_value_shape() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear service,\n\nplease find our return request below.\n\nModel: KL-120R\nSerial No.: KSK2404090117\n"
        "Purchase order: 2024/OPT/0077\nFault: the laser will not switch on, the interlock LED stays amber\n\n"
        "Regards,\nAnna Kowalczyk\n"
    )
    return P(KS, ("Anna Kowalczyk", "anna.k@baltic-fiber.example"), "Return request", b, D(19, "12:48", "+0100")), L(
        "new_request", "anna.k@baltic-fiber.example", orders=["2024/OPT/0077"], serials=["KSK2404090117"],
        models=["KL-120R"], cat="no_power", kw=["laser will not switch on"])


@ks
def ks_calibration_other() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Kasumi service,\n\nour two Mizuho 8 are due for their yearly calibration and we would like to send them in\n"
        "together. Serials KSK-2311-02-0411 and KSK-2311-02-0415. Nothing is broken.\n"
        "Please send us the quotation and the return form.\n\nRegards,\n佐藤 美咲 (Misaki Sato)\nHokuriku Denko\n"
    )
    return P(KS, ("Misaki Sato", "m.sato@hokuriku-denko.example"), "Calibration of 2 units", b, D(20, "10:10", JST)), L(
        "new_request", "m.sato@hokuriku-denko.example", serials=["KSK-2311-02-0411", "KSK-2311-02-0415"],
        models=["Mizuho 8"], cat="other", kw=["yearly calibration"])


@ks
def ks_fwd_outlook_jp() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Kasumi Sokki\n鈴木様\n\nお世話になっております。\nKL-120 (KSK-2409-04-0266) の出力が時々ゼロになります。電源を入れ直すと戻ります。\n"
        "注文番号 JO-24-00571\n\n高橋\n"
    )
    m = FW(KS, ("鈴木 一郎", "i.suzuki@kasumi-sokki.example"), "outlook_jp", "サービス部の皆様\n\n下記お客様の件、対応をお願いします。\n鈴木",
           ("高橋 亮", "r.takahashi@kanto-tsushin.example"), "2024年11月21日 9:14", "KL-120 出力について", ob,
           D(21, "09:40", JST))
    return m, L("forwarded", "r.takahashi@kanto-tsushin.example", "i.suzuki@kasumi-sokki.example", orders=["JO-24-00571"],
                serials=["KSK-2409-04-0266"], models=["KL-120"], cat="intermittent", kw=["出力が時々ゼロになります"])


@ks
def ks_fwd_gmail() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hi Ken,\n\nThe TR-5000 (KSK-2407-03-0580) keeps showing \"License expired\" since the update and all\n"
        "test functions are locked. PO 88231.\n\nThanks\nDavid Cho\nKoreana Telecom Services\n"
    )
    m = FW(KS, ("Ken Ito", "ken.ito@kasumi-sokki.example"), "gmail", "FYI, please open a ticket.\nKen",
           ("David Cho", "david.cho@koreanatel.example"), "Fri, Nov 22, 2024 at 4:02 PM", "TR-5000 license locked", ob,
           D(22, "16:30", JST))
    return m, L("forwarded", "david.cho@koreanatel.example", "ken.ito@kasumi-sokki.example", orders=["88231"],
                serials=["KSK-2407-03-0580"], models=["TR-5000"], cat="software", kw=["License expired"])


@ks
def ks_fwd_rfc822() -> tuple[Message, dict[str, Any]]:
    ob = (
        "Hello,\n\nThe Mizuho 8 we bought in March (KSK-2403-01-0051) has a loose power socket, the plug falls out and\n"
        "the unit turns off. Can you repair it?\n\nNguyen Thi Hoa\nHanoi Fiber JSC\n"
    )
    m = FW822(KS, ("Yuki Nakamura", "y.nakamura@kasumi-sokki.example"), "Please handle the attached request.\n\nYuki",
              ("Nguyen Thi Hoa", "hoa.nguyen@hanoifiber.example"), "Mizuho 8 power socket", ob,
              D(25, "10:00", "+0700"), D(25, "12:20", JST))
    return m, L("forwarded", "hoa.nguyen@hanoifiber.example", "y.nakamura@kasumi-sokki.example",
                serials=["KSK-2403-01-0051"], models=["Mizuho 8"], cat="physical_damage", kw=["loose power socket"])


@ks
def ks_fu_bottom() -> tuple[Message, dict[str, Any]]:
    hist = ("Dear customer,\n\nyour request was registered as RMA-2024-31207. Please ship the unit to our Yokohama\n"
            "service centre.\n\nKasumi Sokki Service")
    b = q(hist) + "\n\nThank you. The unit went out today with Yamato, slip number 4471-2290-3318.\n\nPriya\n"
    return RE(KS, ("Priya Raman", "priya.raman@chennaiphotonics.example"), "Re: [RMA-2024-31207] Intermittent output drop",
              b, D(26, "15:20", "+0530"), "31207"), L(
        "follow_up", "priya.raman@chennaiphotonics.example", tracking=["4471-2290-3318"], rma="RMA-2024-31207")


@ks
def ks_fu_oneliner() -> tuple[Message, dict[str, Any]]:
    hist = (
        "Dear Mr Kelly,\n\nthank you for your message. We have opened RMA-2024-31188 for your KL-120.\nPlease send the serial\n"
        "number and a short description of the fault, then ship the unit to:\nKasumi Sokki K.K., Service Centre,\n"
        "2-14-8 Minato Mirai, Yokohama\n\nBest regards\nKasumi Sokki Service\n\n-----\nOn 15 Nov Aaron Kelly wrote:\n"
        "the KL-120 from order JO-24-00518 gets very hot"
    )
    b = "Serial is KSK-2405-08-0730, sorry for the delay.\n\nSent from my iPhone\n\n" + q(hist)
    return RE(KS, ("Aaron Kelly", "aaron@kellycomms.example"), "Re: RMA-2024-31188 Overheating KL-120", b,
              D(27, "08:01", "+1000"), "31188", style="apple"), L(
        "follow_up", "aaron@kellycomms.example", serials=["KSK-2405-08-0730"], models=["KL-120"], rma="RMA-2024-31188")


@ks
def ks_fu_inline() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\n> 1. Does the fault also happen on battery power?\n\nYes, also on battery.\n\n"
        "> 2. Which firmware version is installed?\n\n2.3.1\n\n> 3. Please confirm the return address.\n\n"
        "Same as in our first mail.\n\nDaichi\n"
    )
    return RE(KS, ("Daichi Mori", "d.mori@moricable.example"), "Re: [RMA-2024-31195] Repair request form: Mizuho 8", b,
              D(28, "17:35", JST), "31195"), L("follow_up", "d.mori@moricable.example", models=["Mizuho 8"],
                                               rma="RMA-2024-31195")


@ks
def ks_fu_japanese() -> tuple[Message, dict[str, Any]]:
    b = ("お世話になっております。\n\nRMA-2024-31230 の修理状況はいかがでしょうか。\n来週の現場で使用する予定のため、返却日を教えてください。\n\n"
         "山本\n")
    return RE(KS, ("山本 健太", "k.yamamoto@toho-netgiken.example"), "Re: 修理状況の確認", b, D(29, "11:11", JST), "31230",
              cs="iso-2022-jp"), L("follow_up", "k.yamamoto@toho-netgiken.example", rma="RMA-2024-31230")


@ks
def ks_status_en() -> tuple[Message, dict[str, Any]]:
    b = ("Hi,\n\ncould you tell me when order JO-24-00702 will ship? We were told end of November and have not\n"
         "received a tracking number yet.\n\nThanks\nLiam O'Brien\n")
    return P(KS, ("Liam O'Brien", "liam.obrien@corknet.example"), "Delivery date JO-24-00702?", b, D(26, "09:05", "+0000")), L(
        "order_status", "liam.obrien@corknet.example", orders=["JO-24-00702"])


@ks
def ks_status_jp() -> tuple[Message, dict[str, Any]]:
    b = ("ご担当者様\n\n注文番号 PO-TH-5603 の納期を教えていただけますでしょうか。\nまだ出荷のご連絡をいただいておりません。\n\n東邦ネット技研 山本\n")
    return P(KS, ("山本 健太", "k.yamamoto@toho-netgiken.example"), "納期のご確認", b, D(30, "10:40", JST), cs="iso-2022-jp"), L(
        "order_status", "k.yamamoto@toho-netgiken.example", orders=["PO-TH-5603"])


@ks
def ks_status_tracking() -> tuple[Message, dict[str, Any]]:
    b = ("Hello, the Sagawa tracking 3600-5512-8804 for our order JO-24-00688 has not moved for four days.\n"
         "Is the parcel lost?\n\nWei Ling\n")
    return P(KS, ("Tan Wei Ling", "weiling.tan@merlionoptics.example"), "Parcel stuck?", b, D(31, "14:00", "+0800")), L(
        "order_status", "weiling.tan@merlionoptics.example", orders=["JO-24-00688"], tracking=["3600-5512-8804"])


@ks
def ks_ooo_jp() -> tuple[Message, dict[str, Any]]:
    b = ("ただいま出張中のため、12月2日まで返信が遅れます。\n急ぎの場合は 03-5555-0101 までお電話ください。\n\n"
         "I am on a business trip until 2 December. Replies will be delayed.\n")
    return AR(KS, ("高橋 亮", "r.takahashi@kanto-tsushin.example"), "自動応答: [RMA-2024-31233] お預かりのご連絡", b,
              D(22, "09:41", JST), cs="iso-2022-jp", n="31233"), L(
        "auto_reply", "r.takahashi@kanto-tsushin.example", rma="RMA-2024-31233")


@ks
def ks_ticket_ack() -> tuple[Message, dict[str, Any]]:
    b = ("This is an automatic confirmation from the Koreana Telecom helpdesk.\n\nYour message \"[RMA-2024-31240] Repair"
         " received\" has been logged as ticket KT-778120.\nPlease keep the ticket number in the subject of any reply.\n\n"
         "Do not reply to this message.\n")
    return AR(KS, "helpdesk@koreanatel.example", "[KT-778120] Received: [RMA-2024-31240] Repair received", b,
              D(23, "08:00", "+0900"), kind="auto-generated", n="31240"), L(
        "auto_reply", "helpdesk@koreanatel.example", rma="RMA-2024-31240")


@ks
def ks_bounce() -> tuple[Message, dict[str, Any]]:
    why = ("This is the mail system at host mx1.kasumi-sokki.example.\n\nI'm sorry to have to inform you that your message"
           " could not\nbe delivered to one or more recipients.\n\n<j.park@old-domain.example>: host not found\n")
    return DSN(KS, "j.park@old-domain.example", "Undelivered Mail Returned to Sender", why, "Your repair request",
               "Dear customer, your request has been registered.", D(24, "03:12", JST)), L("bounce")


@ks
def ks_newsletter() -> tuple[Message, dict[str, Any]]:
    b = ("FIBER TODAY - weekly digest\n\n1. Hollow-core fibre trials in Europe\n2. Ten tips for cleaner connectors\n"
         "3. Event calendar: December\n\nUnsubscribe: https://news.fibertoday.example/u/8812\n")
    return P(KS, ("Fiber Today", "digest@news.fibertoday.example"), "Fiber Today #47: hollow-core trials", b, D(21, "05:00"),
             extra=(("List-Unsubscribe", "<https://news.fibertoday.example/u/8812>"), ("Precedence", "bulk"))), L("unrelated")


@ks
def ks_payment_advice() -> tuple[Message, dict[str, Any]]:
    b = ("PAYMENT ADVICE\n\nPayer: Merlion Optics Pte Ltd\nPayee: Kasumi Sokki K.K.\nAmount: JPY 1,284,000\n"
         "Reference: PO SG-PO-24-118 / Invoice KS-INV-24-1120\nValue date: 2024-11-29\n\nThis is a system generated advice.\n")
    return P(KS, ("Merlion AP", "ap@merlionoptics.example"), "Payment advice - SG-PO-24-118", b, D(29, "18:00", "+0800"),
             atts=(FILE_PDF("payment_advice_118.pdf"),)), L("unrelated")


@ks
def ks_order_confirmation() -> tuple[Message, dict[str, Any]]:
    b = ("Dear Kasumi Sokki,\n\nplease find attached our purchase order PO 4500879001 for 4 pcs TR-5000 and 10 pcs KL-120.\n"
         "Requested delivery: week 3/2025.\n\nBest regards\nPurchasing, Chennai Photonics Pvt Ltd\n")
    return P(KS, ("Chennai Photonics Purchasing", "purchase@chennaiphotonics.example"), "New purchase order 4500879001", b,
             D(28, "07:30", "+0530"), atts=(FILE_PDF("PO_4500879001.pdf"),)), L("unrelated")


@ks
def ks_carrier_notice() -> tuple[Message, dict[str, Any]]:
    b = ("お客様各位\n\n年末年始の配送について\n12月28日から1月3日まで、一部地域で集荷・配達を休止いたします。\n\nヤマト運輸\n")
    return P(KS, ("ヤマト運輸", "info@yamato-unyu.example"), "年末年始の配送スケジュールのお知らせ", b, D(30, "06:00", JST),
             cs="iso-2022-jp"), L("unrelated")


@ks
def ks_vendor_pitch() -> tuple[Message, dict[str, Any]]:
    b = ("Hi there,\n\nI noticed Kasumi Sokki exports to 30 countries. Our freight-forwarding platform cuts export\n"
         "paperwork by 60%. Would you have 15 minutes next week for a quick call?\n\nBest,\nRachel\nShipSmart\n")
    return P(KS, ("Rachel Green", "rachel@shipsmart.example"), "Quick question about your exports", b, D(19, "15:00", "-0500"),
             html="<p>Hi there,</p><p>I noticed Kasumi Sokki exports to 30 countries. Our freight-forwarding platform cuts"
             " export paperwork by 60%.</p><p>Best,<br>Rachel</p>"), L("unrelated")


@ks
def ks_seminar() -> tuple[Message, dict[str, Any]]:
    b = ("Dear colleague,\n\nyou are invited to the Tokyo Optical Test Seminar on 12 December at Big Sight, hall 4.\n"
         "Registration is free: https://seminar.optest.example/tokyo\n\nOrganising committee\n")
    return P(KS, ("OpTest Seminar", "invite@optest.example"), "Invitation: Tokyo Optical Test Seminar", b, D(16, "10:00", JST)), L(
        "unrelated")


# ================================================================ Wisła (Poland) ==

WI = company(
    "wisla",
    name="Wisła Pomiary Sp. z o.o.",
    domain="wisla-pomiary.example",
    country="Poland",
    catalog=["WP300", "WP300 Pro", "WM-45", "Delta 2"],
    serial_format="model code + YY + five digits (WP300-24-01187, WM45-24-00318)",
    order_format="ZS/YY/NNNN-X (sales order)",
    carriers=["DPD", "InPost"],
)
wi = fx("wisla")
PL = "+0100"


@wi
def wi_plain_pl() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dzień dobry,\n\nzgłaszam reklamację miernika WP300 o numerze seryjnym WP300-24-01187.\n"
        "Urządzenie nie włącza się, po podłączeniu zasilacza dioda nawet nie mruga.\n"
        "Zamówienie: ZS/24/1187-B.\n\nProszę o informację, jak odesłać sprzęt.\n\nPozdrawiam\nMarek Nowak\nNetKab Sp. j.\n"
    )
    return P(WI, ("Marek Nowak", "m.nowak@netkab.example"), "Reklamacja WP300", b, D(4, "08:15", PL)), L(
        "new_request", "m.nowak@netkab.example", orders=["ZS/24/1187-B"], serials=["WP300-24-01187"], models=["WP300"],
        cat="no_power", kw=["nie włącza się"])


@wi
def wi_po_and_so() -> tuple[Message, dict[str, Any]]:
    b = (
        "Szanowni Państwo,\n\nw dostawie do naszego zamówienia PO/24/0093 (Wasze potwierdzenie ZS/24/1203-A)\n"
        "brakuje zasilacza i kabla USB do miernika WM-45, nr seryjny WM45-24-00318.\n\nZ poważaniem\nKatarzyna Wiśniewska\nDział Zakupów, Elektro-Opt S.A.\n"
    )
    return P(WI, ("Katarzyna Wiśniewska", "k.wisniewska@elektro-opt.example"), "Brak akcesoriów w dostawie", b,
             D(5, "10:30", PL), style="outlook"), L(
        "new_request", "k.wisniewska@elektro-opt.example", orders=["PO/24/0093", "ZS/24/1203-A"],
        serials=["WM45-24-00318"], models=["WM-45"], cat="wrong_or_missing_item", kw=["brakuje zasilacza i kabla USB"])


@wi
def wi_nfd_mac() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dzień dobry,\n\nod wczoraj Delta 2 (numer WP300-24-00977 na naklejce, bo to zestaw z miernikiem) pokazuje\n"
        "błąd E-21 i restartuje się co kilka minut. Zamowienie ZS/24/1099-C.\n\nPozdrowienia\nTomasz Zięba\n"
    )
    return P(WI, ("Tomasz Zieba", "tzieba@mac-serwis.example"), "Delta 2 restartuje się", b, D(6, "21:02", PL),
             style="apple", nfd=True), L(
        "new_request", "tzieba@mac-serwis.example", orders=["ZS/24/1099-C"], serials=["WP300-24-00977"],
        models=["Delta 2"], cat="intermittent", kw=["E-21", "co kilka minut"])


@wi
def wi_range_to() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\nwe received ten WP300 Pro units with serials WP300-24-01200 to WP300-24-01209. All of them show the\n"
        "message \"Calibration data invalid\" after the start and refuse to measure. Order ZS/24/1244-A.\n\n"
        "Kind regards\nJonas Petraitis\nVilnius Fibre UAB\n"
    )
    s = rng("WP300-24-0", 1200, 1209, 4)
    return P(WI, ("Jonas Petraitis", "jonas@vilniusfibre.example"), "10x WP300 Pro - calibration data invalid", b,
             D(7, "11:44", "+0200")), L(
        "new_request", "jonas@vilniusfibre.example", orders=["ZS/24/1244-A"], serials=s, models=["WP300 Pro"],
        cat="software", kw=["Calibration data invalid"], expanded=s[1:-1])


@wi
def wi_form() -> tuple[Message, dict[str, Any]]:
    f = [("Imię i nazwisko", "Agnieszka Lewandowska"), ("E-mail", "a.lewandowska@swiatlowody-plus.example"),
         ("Produkt", "WP300"), ("Numer seryjny", "WP300-23-00654"), ("Numer zamówienia", "ZS/23/0871-B"),
         ("Opis usterki", "Pęknięta obudowa przy gnieździe, urządzenie spadło z drabiny")]
    return FORM(WI, "Formularz reklamacyjny - nowe zgłoszenie", f,
                ("Agnieszka Lewandowska", "a.lewandowska@swiatlowody-plus.example"), D(8, "22:10", PL), html=True), L(
        "new_request", "a.lewandowska@swiatlowody-plus.example", orders=["ZS/23/0871-B"], serials=["WP300-23-00654"],
        models=["WP300"], cat="physical_damage", kw=["Pęknięta obudowa"])


@wi
def wi_html_nolink() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<div>Dzień dobry,</div><div><br></div><div>WM-45 (nr <span style=\"color:#1f497d\">WM45-24-00402</span>) nie "
        "nawiązuje połączenia z aplikacją przez Bluetooth. Parowanie kończy się błędem, telefon widzi urządzenie tylko przez sekundę.</div>"
        "<div><br></div><div>Faktura FV/2024/11/0312</div><div><br></div><div>Pozdrawiam,<br>Piotr Kamiński</div>"
    )
    return P(WI, ("Piotr Kamiński", "piotr.kaminski@fotonika-pk.example"), "Bluetooth nie działa", h, D(11, "09:55", PL),
             html=True, style="gmail"), L(
        "new_request", "piotr.kaminski@fotonika-pk.example", orders=["FV/2024/11/0312"], serials=["WM45-24-00402"],
        models=["WM-45"], cat="no_link", kw=["Parowanie kończy się błędem"])


@wi
def wi_optical() -> tuple[Message, dict[str, Any]]:
    b = (
        "Witam,\n\nWP300 Pro WP300-24-01033 zaniża wyniki pomiaru mocy o ok. 1,5 dB względem wzorca.\n"
        "Sprawdzaliśmy na trzech różnych źródłach. Prosimy o kalibrację lub naprawę w ramach gwarancji.\n\n"
        "Zamówienie ZS/24/0998-A\n\nJan Wójcik\n"
    )
    return P(WI, ("Jan Wójcik", "jan.wojcik@telmax.example"), "WP300 Pro zaniża wyniki", b, D(12, "13:20", PL)), L(
        "new_request", "jan.wojcik@telmax.example", orders=["ZS/24/0998-A"], serials=["WP300-24-01033"],
        models=["WP300 Pro"], cat="optical_performance", kw=["zaniża wyniki pomiaru mocy"])


@wi
def wi_attach_xlsx() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dzień dobry,\n\nw załączniku lista 6 mierników WM-45 do naprawy (numery seryjne w arkuszu). Wszystkie mają\n"
        "ten sam problem: wyświetlacz gaśnie po kilku sekundach pracy na baterii.\nNasze zamówienie PO/24/0144.\n\n"
        "Ewa Mazur\nServis Sieci Sp. z o.o.\n"
    )
    return P(WI, ("Ewa Mazur", "ewa.mazur@serwissieci.example"), "Zbiorcza reklamacja WM-45", b, D(13, "08:05", PL),
             atts=(FILE_XLSX("lista_WM45.xlsx"),), style="outlook"), L(
        "new_request", "ewa.mazur@serwissieci.example", orders=["PO/24/0144"], models=["WM-45"], cat="no_power",
        kw=["wyświetlacz gaśnie po kilku sekundach"])


@wi
def wi_nothing() -> tuple[Message, dict[str, Any]]:
    b = ("Dzień dobry,\n\nchciałbym zgłosić urządzenie do serwisu. Proszę o formularz i adres do wysyłki.\n\nAdam Kaczmarek\n")
    return P(WI, ("Adam Kaczmarek", "adam.k@kaczmarek-tel.example"), "Serwis", b, D(14, "07:40", PL)), L(
        "new_request", "adam.k@kaczmarek-tel.example")


@wi
def wi_english_sk() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Sirs,\n\nthe Delta 2 delivered with our order ZS/24/1150-B is making a loud rattling noise inside when\n"
        "moved, something seems to be loose. Serial WM45-24-00277 according to the label on the bottom.\n\n"
        "With regards\nMartin Horváth\nBratislava Optonet s.r.o.\n"
    )
    return P(WI, ("Martin Horváth", "horvath@optonet-ba.example"), "Delta 2 - loose part inside", b, D(15, "10:05", PL)), L(
        "new_request", "horvath@optonet-ba.example", orders=["ZS/24/1150-B"], serials=["WM45-24-00277"],
        models=["Delta 2"], cat="physical_damage", kw=["loud rattling noise inside"])


@wi
def wi_other_firmware_q() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dzień dobry,\n\nprosimy o przegląd okresowy i wymianę akumulatora w mierniku WP300 (WP300-22-00118).\n"
        "Urządzenie działa poprawnie, ale akumulator ma już trzy lata.\n\nPozdrawiam\nRoman Dąbrowski\n"
    )
    return P(WI, ("Roman Dąbrowski", "r.dabrowski@dabnet.example"), "Przegląd okresowy WP300", b, D(18, "12:00", PL)), L(
        "new_request", "r.dabrowski@dabnet.example", serials=["WP300-22-00118"], models=["WP300"], cat="other",
        kw=["przegląd okresowy"])


@wi
def wi_lowercase_dotted() -> tuple[Message, dict[str, Any]]:
    b = (
        "czesc,\nmiernik wp300 nr wp300-24-01311 po aktualizacji do wersji 4.1 nie zapisuje pomiarow na karte,\n"
        "pokazuje 'SD error'. zam. ZS/24/1290-A\ndzieki\nKuba\n"
    )
    return P(WI, ("Jakub Zielinski", "kuba.zielinski@gmail-pl.example"), "sd error", b, D(19, "23:30", PL), style="gmail"), L(
        "new_request", "kuba.zielinski@gmail-pl.example", orders=["ZS/24/1290-A"], serials=["wp300-24-01311"],
        models=["wp300"], cat="software", kw=["SD error"])


@wi
def wi_two_units_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dzień dobry,\n\ndwa mierniki WP300 tracą łączność z sondą co kilkanaście minut, potem wszystko wraca.\n"
        "Numery: WP300-24-00881, WP300-24-00884.\nZamówienie ZS/24/0702-B z lipca.\n\nŁukasz Pawlak\nOptiLink\n"
    )
    return P(WI, ("Łukasz Pawlak", "l.pawlak@optilink.example"), "Przerywana praca WP300 (2 szt.)", b, D(20, "09:00", PL)), L(
        "new_request", "l.pawlak@optilink.example", orders=["ZS/24/0702-B"], serials=["WP300-24-00881", "WP300-24-00884"],
        models=["WP300"], cat="intermittent", kw=["tracą łączność z sondą co kilkanaście minut"])


@wi
def wi_fwd_outlook_pl() -> tuple[Message, dict[str, Any]]:
    ob = ("Dzień dobry Panie Pawle,\n\nWP300 Pro (WP300-24-01077) nie łączy się z siecią LAN, port nie świeci.\n"
          "Zamówienie PO/24/0211.\n\nGrzegorz Lis\nLisNet\n")
    m = FW(WI, ("Paweł Szymański", "p.szymanski@wisla-pomiary.example"), "outlook_pl", "Proszę o założenie zgłoszenia.\nPaweł",
           ("Grzegorz Lis", "g.lis@lisnet.example"), "czwartek, 21 listopada 2024 14:02", "WP300 Pro - brak LAN", ob,
           D(21, "15:10", PL))
    return m, L("forwarded", "g.lis@lisnet.example", "p.szymanski@wisla-pomiary.example", orders=["PO/24/0211"],
                serials=["WP300-24-01077"], models=["WP300 Pro"], cat="no_link", kw=["nie łączy się z siecią LAN"])


@wi
def wi_fwd_ios() -> tuple[Message, dict[str, Any]]:
    ob = ("Hi Ola,\n\nour WM-45 arrived today and the display glass is shattered. Serial WM45-24-00509.\n"
          "Order ZS/24/1311-A.\n\nBR\nErik Lund\n")
    m = FW(WI, ("Aleksandra Nowicka", "a.nowicka@wisla-pomiary.example"), "apple", "Serwis - prosze o obsluge.\n\nWysłane z iPhone'a",
           ("Erik Lund", "erik.lund@nordfiber.example"), "22 listopada 2024 o 09:14:22 CET", "WM-45 broken display", ob,
           D(22, "09:30", PL), ios=True)
    return m, L("forwarded", "erik.lund@nordfiber.example", "a.nowicka@wisla-pomiary.example", orders=["ZS/24/1311-A"],
                serials=["WM45-24-00509"], models=["WM-45"], cat="physical_damage", kw=["display glass is shattered"])


@wi
def wi_fwd_noaddr() -> tuple[Message, dict[str, Any]]:
    ob = ("Dzień dobry,\n\nDelta 2 nr WP300-24-00990 nie wykrywa włókna, pokazuje \"No fiber\" mimo podłączenia.\n\n"
          "Henryk Baran\nbaran.henryk@telekom-baran.example\n")
    m = FW(WI, ("Paweł Szymański", "p.szymanski@wisla-pomiary.example"), "owa", "Do serwisu, klient dzwonił też telefonicznie.",
           ("Henryk Baran", ""), "25 listopada 2024 08:50", "Delta 2", ob, D(25, "09:05", PL))
    return m, L("forwarded", "baran.henryk@telekom-baran.example", "p.szymanski@wisla-pomiary.example",
                serials=["WP300-24-00990"], models=["Delta 2"], cat="no_link", kw=["nie wykrywa włókna"])


@wi
def wi_fu_tracking() -> tuple[Message, dict[str, Any]]:
    hist = "Dzień dobry,\nzgłoszenie otrzymało numer RMA-2024-40112.\nSerwis Wisła Pomiary"
    b = "Dzień dobry,\nmiernik wysłany kurierem DPD, numer przesyłki 1000634125887U.\nMarek Nowak\n\n" + q(hist)
    return RE(WI, ("Marek Nowak", "m.nowak@netkab.example"), "Odp: [RMA-2024-40112] Reklamacja WP300", b, D(26, "08:20", PL),
              "40112"), L("follow_up", "m.nowak@netkab.example", models=["WP300"], tracking=["1000634125887U"], rma="RMA-2024-40112")


@wi
def wi_fu_status_pl() -> tuple[Message, dict[str, Any]]:
    b = "Dzień dobry,\n\nna jakim etapie jest naprawa RMA-2024-40119? Minęły już trzy tygodnie.\n\nJan Wójcik\n"
    return RE(WI, ("Jan Wójcik", "jan.wojcik@telmax.example"), "Status naprawy", b, D(27, "10:00", PL), "40119"), L(
        "follow_up", "jan.wojcik@telmax.example", rma="RMA-2024-40119")


@wi
def wi_fu_bottom_serials() -> tuple[Message, dict[str, Any]]:
    hist = ("Szanowna Pani,\nprosimy o numery seryjne urządzeń zgłoszonych w RMA-2024-40125.\nSerwis\n\n"
            "> W dniu 13.11 Ewa Mazur napisała:\n> w załączniku lista 6 mierników WM-45")
    b = q(hist) + "\n\nNumery: WM45-24-00610, WM45-24-00611, WM45-24-00615.\nPozostałe trzy podam jutro.\nEwa\n"
    return RE(WI, ("Ewa Mazur", "ewa.mazur@serwissieci.example"), "RE: [RMA-2024-40125] Zbiorcza reklamacja", b,
              D(28, "13:40", PL), "40125", style="outlook"), L(
        "follow_up", "ewa.mazur@serwissieci.example", serials=["WM45-24-00610", "WM45-24-00611", "WM45-24-00615"],
        rma="RMA-2024-40125")


@wi
def wi_fu_thanks() -> tuple[Message, dict[str, Any]]:
    b = "Dziękuję, urządzenie dotarło i działa.\n\n" + q("Urządzenie z RMA-2024-40101 zostało wysłane do Państwa.")
    return RE(WI, ("Łukasz Pawlak", "l.pawlak@optilink.example"), "Re: [RMA-2024-40101] wysyłka", b, D(29, "16:10", PL),
              "40101"), L("follow_up", "l.pawlak@optilink.example", rma="RMA-2024-40101")


@wi
def wi_status_pl() -> tuple[Message, dict[str, Any]]:
    b = "Dzień dobry,\n\nkiedy możemy spodziewać się dostawy do zamówienia ZS/24/1322-B? Termin minął w piątek.\n\nKatarzyna Wiśniewska\n"
    return P(WI, ("Katarzyna Wiśniewska", "k.wisniewska@elektro-opt.example"), "Termin dostawy ZS/24/1322-B", b,
             D(25, "11:00", PL)), L("order_status", "k.wisniewska@elektro-opt.example", orders=["ZS/24/1322-B"])


@wi
def wi_status_inpost() -> tuple[Message, dict[str, Any]]:
    b = ("Witam, paczka InPost 620045512309871234567890 do zamówienia PO/24/0230 od tygodnia ma status\n"
         "\"w drodze\". Czy możecie to sprawdzić?\nAdam\n")
    return P(WI, ("Adam Kaczmarek", "adam.k@kaczmarek-tel.example"), "Paczka w drodze od tygodnia", b, D(26, "19:20", PL)), L(
        "order_status", "adam.k@kaczmarek-tel.example", orders=["PO/24/0230"], tracking=["620045512309871234567890"])


@wi
def wi_status_en() -> tuple[Message, dict[str, Any]]:
    b = "Hello, has our order ZS/24/1344-A for two Delta 2 been shipped yet? Please send the tracking.\nErik\n"
    return P(WI, ("Erik Lund", "erik.lund@nordfiber.example"), "Shipping of ZS/24/1344-A", b, D(27, "09:12", PL)), L(
        "order_status", "erik.lund@nordfiber.example", orders=["ZS/24/1344-A"], models=["Delta 2"])


@wi
def wi_ooo() -> tuple[Message, dict[str, Any]]:
    b = ("Dzień dobry,\n\njestem na urlopie do 6 grudnia. W pilnych sprawach proszę pisać na biuro@telmax.example.\n\n"
         "Jan Wójcik\n")
    return AR(WI, ("Jan Wójcik", "jan.wojcik@telmax.example"), "Automatyczna odpowiedź: [RMA-2024-40119] Odbiór urządzenia",
              b, D(30, "08:01", PL), n="40119"), L("auto_reply", "jan.wojcik@telmax.example", rma="RMA-2024-40119")


@wi
def wi_erp_ack() -> tuple[Message, dict[str, Any]]:
    b = ("Wiadomość została zarejestrowana w systemie obiegu dokumentów Elektro-Opt S.A.\n"
         "Numer sprawy: EO/KANC/2024/7781\nTemat: [RMA-2024-40130] Potwierdzenie zgłoszenia\n\nWiadomość wygenerowana automatycznie.\n")
    return AR(WI, "kancelaria@elektro-opt.example", "Potwierdzenie rejestracji EO/KANC/2024/7781", b, D(21, "10:00", PL),
              kind="auto-generated", n="40130"), L("auto_reply", "kancelaria@elektro-opt.example", rma="RMA-2024-40130")


@wi
def wi_bounce() -> tuple[Message, dict[str, Any]]:
    why = ("Delivery has failed to these recipients or groups:\n\nserwis@optonet-old.example\n"
           "The email address you entered couldn't be found.\n")
    return DSN(WI, "serwis@optonet-old.example", "Undeliverable: Potwierdzenie zgłoszenia", why,
               "Potwierdzenie zgłoszenia", "Dzień dobry, potwierdzamy przyjęcie zgłoszenia.", D(22, "14:00", PL),
               mta="exchange"), L("bounce")


@wi
def wi_invoice() -> tuple[Message, dict[str, Any]]:
    b = ("W załączeniu przesyłamy fakturę FV/2024/11/0588 do zamówienia PO/24/0144.\nTermin płatności: 14 dni.\n\n"
         "Księgowość Serwis Sieci\n")
    return P(WI, ("Księgowość", "ksiegowosc@serwissieci.example"), "Faktura FV/2024/11/0588", b, D(29, "12:00", PL),
             atts=(FILE_PDF("FV_2024_11_0588.pdf"),)), L("unrelated")


@wi
def wi_newsletter() -> tuple[Message, dict[str, Any]]:
    b = ("Światłowody Dziś - newsletter nr 11/2024\n\nW tym wydaniu: nowe normy spawania, relacja z targów Expo Fiber.\n\n"
         "Wypisz się: https://swiatlowody-dzis.example/wypisz\n")
    return P(WI, ("Światłowody Dziś", "newsletter@swiatlowody-dzis.example"), "Newsletter 11/2024", b, D(15, "06:00", PL),
             extra=(("List-Id", "<newsletter.swiatlowody-dzis.example>"), ("Precedence", "list"))), L("unrelated")


@wi
def wi_payment() -> tuple[Message, dict[str, Any]]:
    b = ("Awizo płatności\n\nZapłacono: 18 450,00 PLN\nTytułem: ZS/24/1203-A, PO/24/0093\nData: 2024-11-27\n")
    return P(WI, ("Elektro-Opt Płatności", "platnosci@elektro-opt.example"), "Awizo płatności 2024-11-27", b,
             D(27, "17:00", PL)), L("unrelated")


@wi
def wi_courier() -> tuple[Message, dict[str, Any]]:
    b = ("Twoja paczka 1000634125990U została doręczona.\nOdbiorca: Wisła Pomiary\nDziękujemy, DPD Polska\n")
    return P(WI, ("DPD Polska", "powiadomienia@dpd-pl.example"), "Paczka doręczona", b, D(18, "13:13", PL)), L("unrelated")


@wi
def wi_training() -> tuple[Message, dict[str, Any]]:
    b = ("Zapraszamy na szkolenie z pomiarów reflektometrycznych, Kraków, 10-11 grudnia.\nZapisy: https://szkolenia.example\n")
    return P(WI, ("Akademia Światłowodu", "biuro@akademia-sw.example"), "Szkolenie OTDR - grudzień", b, D(12, "07:00", PL),
             html="<p>Zapraszamy na szkolenie z pomiarów reflektometrycznych, <b>Kraków, 10-11 grudnia</b>.</p>"), L("unrelated")


@wi
def wi_internal_cc() -> tuple[Message, dict[str, Any]]:
    b = ("Cześć,\n\nprzypominam o inwentaryzacji magazynu w piątek 29.11 od 14:00. Serwis proszę o listę urządzeń\n"
         "w naprawie.\n\nMonika\n")
    return P(WI, ("Monika Wrona", "m.wrona@wisla-pomiary.example"), "Inwentaryzacja 29.11", b, D(25, "16:00", PL)), L(
        "unrelated")


# ================================================================ Boğaziçi (Turkey) ==

BG = company(
    "bogazici",
    name="Boğaziçi Ölçüm Sistemleri A.Ş.",
    domain="bogazici-olcum.example",
    country="Turkey",
    catalog=["BX-210", "BX-210T", "Tarla 60", "Tarla 60 Plus"],
    serial_format="BGZ + YY + plant letter + five digits (BGZ24K00731)",
    order_format="SP.YYYY.NNNN (sales order, dotted)",
    carriers=["Yurtiçi Kargo", "Aras Kargo"],
)
bg = fx("bogazici")
TR = "+0300"


@bg
def bg_plain_tr() -> tuple[Message, dict[str, Any]]:
    b = (
        "Merhaba,\n\nBX-210 cihazımız (seri no BGZ24K00731) açılmıyor. Şarj cihazı takılıyken bile ekran tamamen\n"
        "kararık kalıyor, hiçbir ışık yanmıyor. Sipariş numarası SP.2024.0412.\n\nİyi çalışmalar,\nMehmet Yılmaz\n"
        "Anadolu Fiber Ltd. Şti.\n"
    )
    return P(BG, ("Mehmet Yılmaz", "mehmet.yilmaz@anadolufiber.example"), "BX-210 arıza bildirimi", b, D(4, "09:20", TR)), L(
        "new_request", "mehmet.yilmaz@anadolufiber.example", orders=["SP.2024.0412"], serials=["BGZ24K00731"],
        models=["BX-210"], cat="no_power", kw=["açılmıyor"])


@bg
def bg_lowercase() -> tuple[Message, dict[str, Any]]:
    b = (
        "selam, tarla 60 plus cihazinda gps baglantisi surekli kopuyor, 5-10 dakikada bir sinyal gidiyor geliyor.\n"
        "seri: bgz24m01022\nsiparis 24.11.0387\nAhmet\n"
    )
    return P(BG, ("Ahmet Kaya", "ahmetkaya@telsahasi.example"), "gps sorunu", b, D(5, "22:45", TR), style="gmail"), L(
        "new_request", "ahmetkaya@telsahasi.example", orders=["24.11.0387"], serials=["bgz24m01022"],
        models=["tarla 60 plus"], cat="intermittent", kw=["surekli kopuyor"])


@bg
def bg_dotted_po_and_so() -> tuple[Message, dict[str, Any]]:
    b = (
        "Sayın Yetkili,\n\n15.11.2024 tarihli teslimatta (satın alma siparişimiz 2024.PO.00871, sizin sipariş\n"
        "onayınız SP.2024.0455) BX-210T yerine BX-210 gönderilmiş. Ayrıca taşıma çantası eksik.\n\n"
        "Saygılarımızla\nZeynep Demir\nSatınalma - Ege Telekom A.Ş.\n"
    )
    return P(BG, ("Zeynep Demir", "zeynep.demir@egetelekom.example"), "Yanlış ürün teslimatı", b, D(6, "10:05", TR),
             style="outlook"), L(
        "new_request", "zeynep.demir@egetelekom.example", orders=["2024.PO.00871", "SP.2024.0455"],
        models=["BX-210T", "BX-210"], cat="wrong_or_missing_item", kw=["taşıma çantası eksik"])


@bg
def bg_html_optical() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Merhaba,</p><p>Tarla 60 ile yaptığımız ölçümlerde sonuçlar referans cihaza göre <i>%8 düşük</i> çıkıyor. "
        "Lens temizlendi, sonuç değişmedi.</p><ul><li>Seri no: BGZ23K00415</li><li>Sipariş: SP.2023.1187</li></ul>"
        "<p>Kalibrasyon mu gerekiyor?</p><p>Elif Şahin<br>Trakya Enerji</p>"
    )
    return P(BG, ("Elif Şahin", "elif.sahin@trakyaenerji.example"), "Tarla 60 ölçüm sapması", h, D(7, "14:10", TR),
             html=True), L(
        "new_request", "elif.sahin@trakyaenerji.example", orders=["SP.2023.1187"], serials=["BGZ23K00415"],
        models=["Tarla 60"], cat="optical_performance", kw=["%8 düşük"])


@bg
def bg_form() -> tuple[Message, dict[str, Any]]:
    f = [("Ad Soyad", "Burak Öztürk"), ("E-posta", "burak@ozturkmuhendislik.example"), ("Ürün", "BX-210T"),
         ("Seri Numarası", "BGZ24K00902"), ("Sipariş No", "SP.2024.0603"),
         ("Arıza Açıklaması", "Cihaz düştü, ekranın köşesi kırıldı ve kasada çatlak var")]
    return FORM(BG, "Servis talep formu", f, ("Burak Öztürk", "burak@ozturkmuhendislik.example"), D(8, "17:33", TR)), L(
        "new_request", "burak@ozturkmuhendislik.example", orders=["SP.2024.0603"], serials=["BGZ24K00902"],
        models=["BX-210T"], cat="physical_damage", kw=["ekranın köşesi kırıldı"])


@bg
def bg_en_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello Bogazici team,\n\nafter installing the desktop software v5.2 our BX-210T is no longer able to export\n"
        "reports; the program crashes with \"Unhandled exception 0xC0000005\" as soon as we click Export.\n"
        "Serial BGZ24K00811, order SP.2024.0533.\n\nRegards,\nNikos Papadakis\nAegean Networks\n"
    )
    return P(BG, ("Nikos Papadakis", "n.papadakis@aegeannet.example"), "Export crash", b, D(11, "11:00", "+0200")), L(
        "new_request", "n.papadakis@aegeannet.example", orders=["SP.2024.0533"], serials=["BGZ24K00811"],
        models=["BX-210T"], cat="software", kw=["program crashes"])


@bg
def bg_serial_range_dash() -> tuple[Message, dict[str, Any]]:
    b = (
        "Merhaba,\n\nsahada kullandığımız dört adet BX-210 cihazında Ethernet bağlantısı kurulamıyor, port ışığı\n"
        "hiç yanmıyor. Seri numaraları BGZ24K00731-00734 arası.\nSipariş SP.2024.0412\n\nMehmet Yılmaz\n"
    )
    s = rng("BGZ24K00", 731, 734, 3)
    return P(BG, ("Mehmet Yılmaz", "mehmet.yilmaz@anadolufiber.example"), "4 adet BX-210 bağlantı sorunu", b,
             D(12, "08:50", TR)), L(
        "new_request", "mehmet.yilmaz@anadolufiber.example", orders=["SP.2024.0412"], serials=s, models=["BX-210"],
        cat="no_link", kw=["Ethernet bağlantısı kurulamıyor"], expanded=s[1:])


@bg
def bg_no_order() -> tuple[Message, dict[str, Any]]:
    b = (
        "İyi günler,\n\nTarla 60 Plus cihazımızın pil kapağı kayboldu ve bir tanesini satın almak veya değiştirmek\n"
        "istiyoruz. Seri no BGZ23M00218.\n\nTeşekkürler\nCan Aydın\n"
    )
    return P(BG, ("Can Aydın", "can.aydin@aydintarim.example"), "Pil kapağı", b, D(13, "12:30", TR)), L(
        "new_request", "can.aydin@aydintarim.example", serials=["BGZ23M00218"], models=["Tarla 60 Plus"],
        cat="other", kw=["pil kapağı kayboldu"])


@bg
def bg_nfd_mac() -> tuple[Message, dict[str, Any]]:
    b = (
        "Merhaba,\n\nBX-210 seri BGZ24K00977 - cihaz calisirken birkac saniyeligine kapanip yeniden aciliyor.\n"
        "Özellikle soğuk havada oluyor. Sipariş SP.2024.0698.\n\nSelin Koç\n"
    )
    return P(BG, ("Selin Koc", "selin.koc@kocbilisim.example"), "Cihaz kendiliğinden kapanıyor", b, D(14, "19:00", TR),
             style="apple", nfd=True), L(
        "new_request", "selin.koc@kocbilisim.example", orders=["SP.2024.0698"], serials=["BGZ24K00977"],
        models=["BX-210"], cat="intermittent", kw=["kapanip yeniden aciliyor"])


@bg
def bg_attach_pdf() -> tuple[Message, dict[str, Any]]:
    b = (
        "Merhaba,\n\nekteki servis formunu doldurduk. Tarla 60 cihazının lazer çıkışı çok zayıf, hedefte nokta\n"
        "neredeyse görünmüyor. Seri BGZ24M00340, sipariş SP.2024.0379.\n\nHasan Çelik\n"
    )
    return P(BG, ("Hasan Çelik", "hasan.celik@celikharita.example"), "Servis formu ektedir", b, D(15, "09:45", TR),
             atts=(FILE_PDF("servis_formu.pdf"), FILE_JPG("lazer.jpg"))), L(
        "new_request", "hasan.celik@celikharita.example", orders=["SP.2024.0379"], serials=["BGZ24M00340"],
        models=["Tarla 60"], cat="optical_performance", kw=["lazer çıkışı çok zayıf"])


@bg
def bg_plain_words() -> tuple[Message, dict[str, Any]]:
    b = (
        "Merhaba, cihaz şarj olmuyor. Kabloyu takınca kırmızı ışık yanıp sönüyor ama pil yüzdesi artmıyor.\n"
        "BX-210, arkasındaki etikette BGZ24K01105 yazıyor.\nOsman\n"
    )
    return P(BG, ("Osman Arslan", "osman.arslan@arslanelektrik.example"), "şarj olmuyor", b, D(18, "20:05", TR)), L(
        "new_request", "osman.arslan@arslanelektrik.example", serials=["BGZ24K01105"], models=["BX-210"],
        cat="no_power", kw=["şarj olmuyor"])


@bg
def bg_nothing_en() -> tuple[Message, dict[str, Any]]:
    b = ("Hi,\n\nwe have a unit that needs repair. How do we start the return process?\n\nThanks\nFatma Kurt\n")
    return P(BG, ("Fatma Kurt", "fatma.kurt@kurtlab.example"), "Repair process", b, D(19, "10:20", TR)), L(
        "new_request", "fatma.kurt@kurtlab.example")


@bg
def bg_two_models() -> tuple[Message, dict[str, Any]]:
    b = (
        "Merhaba,\n\nSP.2024.0721 siparişiyle gelen Tarla 60 (BGZ24M01190) ve BX-210T (BGZ24K01201) cihazlarının\n"
        "ikisinde de dokunmatik ekran tepki vermiyor. Tuşlar çalışıyor.\n\nMurat Güneş\nGüneş Altyapı\n"
    )
    return P(BG, ("Murat Güneş", "murat@gunesaltyapi.example"), "Dokunmatik ekran sorunu", b, D(20, "15:15", TR)), L(
        "new_request", "murat@gunesaltyapi.example", orders=["SP.2024.0721"], serials=["BGZ24M01190", "BGZ24K01201"],
        models=["Tarla 60", "BX-210T"], cat="physical_damage", kw=["dokunmatik ekran tepki vermiyor"])


@bg
def bg_fwd_outlook_tr() -> tuple[Message, dict[str, Any]]:
    ob = ("Merhaba Deniz Hanım,\n\nBX-210T cihazı (BGZ24K00655) ağ üzerinden sunucuya bağlanamıyor, 'Timeout' hatası veriyor.\n"
          "Sipariş SP.2024.0500.\n\nKemal Aksoy\nMarmara Veri\n")
    m = FW(BG, ("Deniz Erdem", "deniz.erdem@bogazici-olcum.example"), "outlook_tr", "Servis ekibi, rica ederim ilgilenir misiniz?\nDeniz",
           ("Kemal Aksoy", "kemal.aksoy@marmaraveri.example"), "21 Kasım 2024 Perşembe 10:12", "BX-210T bağlantı hatası", ob,
           D(21, "10:40", TR))
    return m, L("forwarded", "kemal.aksoy@marmaraveri.example", "deniz.erdem@bogazici-olcum.example", orders=["SP.2024.0500"],
                serials=["BGZ24K00655"], models=["BX-210T"], cat="no_link", kw=["sunucuya bağlanamıyor"])


@bg
def bg_fwd_tb() -> tuple[Message, dict[str, Any]]:
    ob = ("Hello,\n\nthe Tarla 60 Plus we got last month powers off randomly in the field, sometimes after 5 minutes,\n"
          "sometimes after an hour. Serial bgz24m00870.\n\nRegards\nGeorgi Ivanov\nSofia Geodesy\n")
    m = FW(BG, ("Emre Polat", "emre.polat@bogazici-olcum.example"), "tb", "Servis - lütfen RMA açın.",
           ("Georgi Ivanov", "g.ivanov@sofiageodesy.example"), "22.11.2024 09:02", "Tarla 60 Plus random power off", ob,
           D(22, "11:00", TR))
    return m, L("forwarded", "g.ivanov@sofiageodesy.example", "emre.polat@bogazici-olcum.example",
                serials=["bgz24m00870"], models=["Tarla 60 Plus"], cat="intermittent", kw=["powers off randomly"])


@bg
def bg_fwd_gmail_html() -> tuple[Message, dict[str, Any]]:
    ob = ("Merhaba,\n\nBX-210 cihazının ekranında yazılım güncellemesinden sonra 'Lisans geçersiz' uyarısı çıkıyor.\n"
          "Seri BGZ24K00520 / sipariş SP.2024.0318\n\nAyşe Tekin\n")
    m = FW(BG, ("Deniz Erdem", "deniz.erdem@bogazici-olcum.example"), "gmail", "Servise iletiyorum.",
           ("Ayşe Tekin", "ayse.tekin@tekinlab.example"), "Pzt, 25 Kas 2024 08:15", "Lisans hatası", ob,
           D(25, "08:45", TR), html=True)
    return m, L("forwarded", "ayse.tekin@tekinlab.example", "deniz.erdem@bogazici-olcum.example", orders=["SP.2024.0318"],
                serials=["BGZ24K00520"], models=["BX-210"], cat="software", kw=["Lisans geçersiz"])


@bg
def bg_fu_between() -> tuple[Message, dict[str, Any]]:
    b = ("Merhaba,\n\n> Cihazın seri numarasını teyit eder misiniz?\n\nBGZ24K00731, etiketteki ile aynı.\n\n"
         "> Kargo ile mi göndereceksiniz?\n\nEvet, Yurtiçi Kargo ile gönderdik, takip no 302145678901.\n\nMehmet\n")
    return RE(BG, ("Mehmet Yılmaz", "mehmet.yilmaz@anadolufiber.example"), "Ynt: [RMA-2024-52011] BX-210 arıza bildirimi",
              b, D(26, "09:00", TR), "52011"), L(
        "follow_up", "mehmet.yilmaz@anadolufiber.example", serials=["BGZ24K00731"], models=["BX-210"],
        tracking=["302145678901"], rma="RMA-2024-52011")


@bg
def bg_fu_status() -> tuple[Message, dict[str, Any]]:
    b = "Merhaba, RMA-2024-52019 numaralı talebimiz ne durumda? Cihaz ne zaman geri gönderilir?\n\nElif\n"
    return RE(BG, ("Elif Şahin", "elif.sahin@trakyaenerji.example"), "Servis durumu", b, D(27, "13:00", TR), "52019"), L(
        "follow_up", "elif.sahin@trakyaenerji.example", rma="RMA-2024-52019")


@bg
def bg_fu_top_long() -> tuple[Message, dict[str, Any]]:
    hist = ("Sayın Zeynep Hanım,\n\nTalebiniz RMA-2024-52023 numarasıyla kaydedildi. Eksik parçaları aynı hafta\n"
            "göndereceğiz. Yanlış gönderilen cihazı lütfen SP.2024.0455 numarasını belirterek iade edin.\n\n"
            "Boğaziçi Ölçüm Servis\n\n" + q("15.11.2024 tarihli teslimatta BX-210T yerine BX-210 gönderilmiş."))
    b = "Teşekkürler, iade kargosu yarın çıkacak.\n\nZeynep\n\n" + q(hist)
    return RE(BG, ("Zeynep Demir", "zeynep.demir@egetelekom.example"), "RE: [RMA-2024-52023] Yanlış ürün teslimatı", b,
              D(28, "10:10", TR), "52023", style="outlook"), L(
        "follow_up", "zeynep.demir@egetelekom.example", rma="RMA-2024-52023")


@bg
def bg_fu_en() -> tuple[Message, dict[str, Any]]:
    b = ("Hi,\n\nregarding RMA-2024-52031: we also see the crash on a second laptop, and the same on serial\n"
         "BGZ24K00812. Should we send that unit too?\n\nNikos\n")
    return RE(BG, ("Nikos Papadakis", "n.papadakis@aegeannet.example"), "Re: Export crash", b, D(29, "12:00", "+0200"),
              "52031"), L("follow_up", "n.papadakis@aegeannet.example", serials=["BGZ24K00812"], rma="RMA-2024-52031")


@bg
def bg_status_tr() -> tuple[Message, dict[str, Any]]:
    b = "Merhaba,\n\nSP.2024.0790 numaralı siparişimiz ne zaman kargoya verilecek?\n\nMurat Güneş\n"
    return P(BG, ("Murat Güneş", "murat@gunesaltyapi.example"), "Sipariş durumu", b, D(26, "09:30", TR)), L(
        "order_status", "murat@gunesaltyapi.example", orders=["SP.2024.0790"])


@bg
def bg_status_aras() -> tuple[Message, dict[str, Any]]:
    b = ("İyi günler, Aras Kargo 3590012277 takip numaralı gönderi üç gündür transfer merkezinde bekliyor.\n"
         "Siparişimiz 24.11.0412. Bilginiz var mı?\nAhmet\n")
    return P(BG, ("Ahmet Kaya", "ahmetkaya@telsahasi.example"), "kargo gecikmesi", b, D(28, "18:00", TR)), L(
        "order_status", "ahmetkaya@telsahasi.example", orders=["24.11.0412"], tracking=["3590012277"])


@bg
def bg_status_en() -> tuple[Message, dict[str, Any]]:
    b = "Dear Sirs, could you confirm the delivery date for our order 2024.PO.00902? Thank you, Georgi Ivanov\n"
    return P(BG, ("Georgi Ivanov", "g.ivanov@sofiageodesy.example"), "Delivery date", b, D(29, "08:00", "+0200")), L(
        "order_status", "g.ivanov@sofiageodesy.example", orders=["2024.PO.00902"])


@bg
def bg_ooo() -> tuple[Message, dict[str, Any]]:
    b = ("Merhaba,\n\n2 Aralık tarihine kadar izindeyim. Acil konular için destek@egetelekom.example adresine yazabilirsiniz.\n\n"
         "Zeynep Demir\n")
    return AR(BG, ("Zeynep Demir", "zeynep.demir@egetelekom.example"), "Otomatik yanıt: [RMA-2024-52023] Kargo bilgisi", b,
              D(29, "10:00", TR), n="52023"), L("auto_reply", "zeynep.demir@egetelekom.example", rma="RMA-2024-52023")


@bg
def bg_ooo_en() -> tuple[Message, dict[str, Any]]:
    b = "Thank you for your email. I am out of the office with limited access to email until Monday.\n"
    return AR(BG, ("Nikos Papadakis", "n.papadakis@aegeannet.example"), "Automatic reply: Your service request", b,
              D(12, "11:05", "+0200")), L("auto_reply", "n.papadakis@aegeannet.example")


@bg
def bg_bounce() -> tuple[Message, dict[str, Any]]:
    why = ("This is the mail system at host mx1.bogazici-olcum.example.\n\n<info@kapanmis-firma.example>: mailbox full\n")
    return DSN(BG, "info@kapanmis-firma.example", "Undelivered Mail Returned to Sender", why, "Servis talebiniz hk.",
               "Merhaba, talebiniz alınmıştır.", D(20, "04:00", TR)), L("bounce")


@bg
def bg_efatura() -> tuple[Message, dict[str, Any]]:
    b = ("Sayın Boğaziçi Ölçüm Sistemleri A.Ş.,\n\nEGT2024000001877 numaralı e-faturanız oluşturulmuştur.\n"
         "İlgili sipariş: 2024.PO.00871\n\nBu e-posta otomatik gönderilmiştir.\n")
    return P(BG, ("e-Fatura Portalı", "efatura@egetelekom.example"), "e-Fatura bildirimi", b, D(22, "02:00", TR)), L("unrelated")


@bg
def bg_newsletter() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h1>Ölçüm Dünyası Bülteni</h1><p>Kasım sayısında: sahada GNSS, yeni standartlar.</p>"
                 "<p><a href=\"https://olcumdunyasi.example/abonelik\">Abonelikten çık</a></p>")
    return P(BG, ("Ölçüm Dünyası", "bulten@olcumdunyasi.example"), "Kasım bülteni", h, D(11, "07:00", TR), html=True,
             extra=(("List-Unsubscribe", "<mailto:cik@olcumdunyasi.example>"), ("Precedence", "bulk"))), L("unrelated")


@bg
def bg_kargo_notice() -> tuple[Message, dict[str, Any]]:
    b = "Gönderiniz 302145670011 teslim edilmiştir. Teslim alan: BOĞAZİÇİ ÖLÇÜM. Yurtiçi Kargo\n"
    return P(BG, ("Yurtiçi Kargo", "bilgi@yurtici-kargo.example"), "Gönderiniz teslim edildi", b, D(19, "15:30", TR)), L(
        "unrelated")


@bg
def bg_fair_invite() -> tuple[Message, dict[str, Any]]:
    b = ("Değerli katılımcı,\n\nİstanbul Telekom Fuarı standınız için yer seçimi 5 Aralık'ta başlıyor.\n\nFuar Organizasyon\n")
    return P(BG, ("TeleFuar", "organizasyon@telefuar.example"), "Stand yer seçimi", b, D(25, "09:00", TR)), L("unrelated")


@bg
def bg_order_confirm_customer() -> tuple[Message, dict[str, Any]]:
    b = ("Merhaba,\n\nekteki 2024.PO.00950 numaralı satın alma siparişimizi onaylamanızı rica ederiz.\n3 adet Tarla 60 Plus.\n\n"
         "Satınalma - Ege Telekom\n")
    return P(BG, ("Ege Telekom Satınalma", "satinalma@egetelekom.example"), "Satın alma siparişi 2024.PO.00950", b,
             D(27, "11:30", TR), atts=(FILE_PDF("2024.PO.00950.pdf"),)), L("unrelated")


@bg
def bg_spam() -> tuple[Message, dict[str, Any]]:
    b = "Tebrikler! Hesabınıza 5.000 TL hediye tanımlandı. Hemen tıklayın: http://kazan.example/x\n"
    return P(BG, "kampanya@kazan.example", "Hediye kazandınız", b, D(23, "03:33", TR)), L("unrelated")


# ================================================================ Nusantara (Indonesia) ==

NU = company(
    "nusantara",
    name="PT Nusantara Optika Presisi",
    domain="nusantara-optika.example",
    country="Indonesia",
    catalog=["FS 60", "FS 60 Plus", "FS 90", "NX-7"],
    serial_format="ten digits with leading zeros (0041207315)",
    order_format="SO-NOP-YY-NNNN (sales order); customer POs with Roman months",
    carriers=["JNE", "J&T"],
)
nu = fx("nusantara")
WIB = "+0700"


@nu
def nu_plain_id() -> tuple[Message, dict[str, Any]]:
    b = (
        "Selamat pagi Bapak/Ibu,\n\nKami ingin mengajukan klaim garansi untuk fusion splicer FS 60 Plus dengan nomor seri\n"
        "0041207315. Alat tidak bisa menyala sama sekali walaupun baterai sudah diisi penuh.\n"
        "Nomor PO kami: PO/NOP/2024/XI/0057.\n\nTerima kasih.\n\nSalam,\nBudi Santoso\nPT Jaringan Andalas\n"
    )
    return P(NU, ("Budi Santoso", "budi.santoso@jaringanandalas.example"), "Klaim garansi FS 60 Plus", b, D(4, "08:10", WIB)), L(
        "new_request", "budi.santoso@jaringanandalas.example", orders=["PO/NOP/2024/XI/0057"], serials=["0041207315"],
        models=["FS 60 Plus"], cat="no_power", kw=["tidak bisa menyala sama sekali"])


@nu
def nu_po_and_so() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dengan hormat,\n\nBarang yang kami terima untuk PO 031/PJB-PROC/X/2024 (SO-NOP-24-0311) tidak lengkap:\n"
        "kabel daya dan cleaver tidak ada di dalam kotak FS 90 nomor seri 0040981122.\n\n"
        "Hormat kami,\nSiti Rahmawati\nBagian Pengadaan, PT Pijar Bangsa\n"
    )
    return P(NU, ("Siti Rahmawati", "siti.rahmawati@pijarbangsa.example"), "Kelengkapan barang tidak sesuai", b,
             D(5, "13:00", WIB), style="outlook"), L(
        "new_request", "siti.rahmawati@pijarbangsa.example", orders=["031/PJB-PROC/X/2024", "SO-NOP-24-0311"],
        serials=["0040981122"], models=["FS 90"], cat="wrong_or_missing_item", kw=["kabel daya dan cleaver tidak ada"])


@nu
def nu_model_space_optical() -> tuple[Message, dict[str, Any]]:
    b = (
        "Halo tim servis,\n\nHasil sambungan FS 60 kami selalu loss tinggi, estimasi 0.15 dB padahal biasanya 0.02 dB.\n"
        "Elektroda sudah diganti. Nomor seri 0041300877.\n\nSalam\nAgus Wibowo\n"
    )
    return P(NU, ("Agus Wibowo", "agus.wibowo@wibowonet.example"), "Loss sambungan tinggi", b, D(6, "10:20", WIB)), L(
        "new_request", "agus.wibowo@wibowonet.example", serials=["0041300877"], models=["FS 60"],
        cat="optical_performance", kw=["loss tinggi"])


@nu
def nu_form() -> tuple[Message, dict[str, Any]]:
    f = [("Nama", "Dewi Lestari"), ("Perusahaan", "CV Lestari Fiber"), ("Email", "dewi@lestarifiber.example"),
         ("Produk", "NX-7"), ("Nomor Seri", "0042001456"), ("Nomor PO", "PO-LF/24/XI/012"),
         ("Keluhan", "Layar sentuh retak setelah jatuh dari meja")]
    return FORM(NU, "[Form Servis] Permintaan baru dari Dewi Lestari", f, ("Dewi Lestari", "dewi@lestarifiber.example"),
                D(7, "20:12", WIB), html=True), L(
        "new_request", "dewi@lestarifiber.example", orders=["PO-LF/24/XI/012"], serials=["0042001456"], models=["NX-7"],
        cat="physical_damage", kw=["Layar sentuh retak"])


@nu
def nu_html_only_table() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Yth. Nusantara Optika,</p><p>Mohon bantuan untuk unit berikut yang sering mati sendiri saat dipakai di lapangan:</p>"
        "<table border=\"1\"><tr><th>Model</th><th>No. Seri</th></tr><tr><td>FS 90</td><td>0040990012</td></tr>"
        "<tr><td>FS 90</td><td>0040990019</td></tr></table><p>PO: PO/TKM/2024/IX/0233</p><p>Rudi Hartono<br>PT Telkom Mitra</p>"
    )
    return P(NU, ("Rudi Hartono", "rudi.hartono@telkommitra.example"), "Unit sering mati sendiri", h, D(8, "09:00", WIB),
             html=True, style="outlook"), L(
        "new_request", "rudi.hartono@telkommitra.example", orders=["PO/TKM/2024/IX/0233"],
        serials=["0040990012", "0040990019"], models=["FS 90"], cat="intermittent", kw=["sering mati sendiri"])


@nu
def nu_english_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\nour NX-7 shows 'Firmware mismatch, update required' and the update tool stops at 45%.\n"
        "Unit serial 0042100088, purchased under SO-NOP-24-0402.\n\nThanks,\nRaj Kumar\nKL Fibre Sdn Bhd\n"
    )
    return P(NU, ("Raj Kumar", "raj.kumar@klfibre.example"), "NX-7 firmware update fails", b, D(11, "15:40", "+0800")), L(
        "new_request", "raj.kumar@klfibre.example", orders=["SO-NOP-24-0402"], serials=["0042100088"], models=["NX-7"],
        cat="software", kw=["update tool stops at 45%"])


@nu
def nu_nolink() -> tuple[Message, dict[str, Any]]:
    b = (
        "Selamat siang,\n\nNX-7 kami tidak bisa terhubung ke aplikasi di HP, WiFi unit tidak muncul di daftar jaringan.\n"
        "No seri 0042100102, PO/NOP/2024/X/0041.\n\nTerima kasih\nYusuf Hidayat\n"
    )
    return P(NU, ("Yusuf Hidayat", "yusuf.h@hidayatnet.example"), "NX-7 tidak terhubung", b, D(12, "12:05", WIB)), L(
        "new_request", "yusuf.h@hidayatnet.example", orders=["PO/NOP/2024/X/0041"], serials=["0042100102"],
        models=["NX-7"], cat="no_link", kw=["WiFi unit tidak muncul"])


@nu
def nu_plain_words() -> tuple[Message, dict[str, Any]]:
    b = (
        "pak, mesinnya kalau dipanaskan tidak panas-panas, lampunya kedip merah terus, di layar tulisannya E-21.\n"
        "FS 60 Plus nomor 0041207388\nmakasih\nAndi\n"
    )
    return P(NU, ("Andi Pratama", "andi.pratama@gmail-id.example"), "mesin error", b, D(13, "21:40", WIB), style="gmail"), L(
        "new_request", "andi.pratama@gmail-id.example", serials=["0041207388"], models=["FS 60 Plus"], cat="other",
        kw=["tidak panas-panas", "E-21"])


@nu
def nu_attach_photos() -> tuple[Message, dict[str, Any]]:
    b = (
        "Selamat sore,\n\nTerlampir foto kerusakan. Penutup angin (wind cover) FS 60 patah engselnya setelah pengiriman.\n"
        "Nomor seri 0041301010. PO/NOP/2024/XI/0072.\n\nHormat saya,\nMaya Sari\n"
    )
    return P(NU, ("Maya Sari", "maya.sari@sarinet.example"), "Kerusakan saat pengiriman", b, D(14, "16:00", WIB),
             atts=(FILE_JPG("foto1.jpg"), FILE_PNG("foto2.png"))), L(
        "new_request", "maya.sari@sarinet.example", orders=["PO/NOP/2024/XI/0072"], serials=["0041301010"],
        models=["FS 60"], cat="physical_damage", kw=["patah engselnya"])


@nu
def nu_no_serial_order() -> tuple[Message, dict[str, Any]]:
    b = "Halo, FS 90 kami rusak, tolong info cara kirim untuk servis.\nTerima kasih, Hendra\n"
    return P(NU, ("Hendra Gunawan", "hendra@gunawan-tek.example"), "servis FS 90", b, D(15, "11:11", WIB)), L(
        "new_request", "hendra@gunawan-tek.example", models=["FS 90"])


@nu
def nu_other_cal() -> tuple[Message, dict[str, Any]]:
    b = (
        "Yth. Bagian Servis,\n\nKami ingin melakukan kalibrasi tahunan dan perawatan rutin untuk tiga unit FS 60 Plus:\n"
        "0041207301, 0041207302, 0041207305.\nMohon penawaran harganya.\n\nSalam,\nIndra Kusuma\n"
    )
    return P(NU, ("Indra Kusuma", "indra.kusuma@kusumafiber.example"), "Kalibrasi tahunan", b, D(18, "08:30", WIB)), L(
        "new_request", "indra.kusuma@kusumafiber.example", serials=["0041207301", "0041207302", "0041207305"],
        models=["FS 60 Plus"], cat="other", kw=["kalibrasi tahunan"])


@nu
def nu_range_ke() -> tuple[Message, dict[str, Any]]:
    b = (
        "Selamat pagi,\n\nEnam unit FS 60 dari pengiriman terakhir (nomor seri 0041300880 s/d 0041300885) layarnya\n"
        "berkedip-kedip dan kadang mati beberapa detik. PO/NOP/2024/XI/0080.\n\nWayan Putra\nBali Netcom\n"
    )
    s = rng("00413008", 80, 85, 2)
    return P(NU, ("Wayan Putra", "wayan.putra@balinetcom.example"), "6 unit FS 60 layar berkedip", b, D(19, "07:45", "+0800")), L(
        "new_request", "wayan.putra@balinetcom.example", orders=["PO/NOP/2024/XI/0080"], serials=s, models=["FS 60"],
        cat="intermittent", kw=["kadang mati beberapa detik"], expanded=s[1:-1])


@nu
def nu_mixed_en_id() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear team,\n\nMohon dicek: arc tidak stabil, splicing often fails with 'Arc error'. FS 90 s/n 0040990150.\n"
        "Order SO-NOP-24-0377.\n\nRegards,\nLinda Wijaya\n"
    )
    return P(NU, ("Linda Wijaya", "linda.wijaya@wijayanet.example"), "Arc error FS 90", b, D(20, "10:00", WIB)), L(
        "new_request", "linda.wijaya@wijayanet.example", orders=["SO-NOP-24-0377"], serials=["0040990150"],
        models=["FS 90"], cat="other", kw=["Arc error"])


@nu
def nu_fwd_gmail_id() -> tuple[Message, dict[str, Any]]:
    ob = ("Pak Eko,\n\nFS 60 Plus kami (0041207420) tidak bisa dinyalakan setelah jatuh, casing retak di bagian bawah.\n"
          "PO/SMN/2024/XI/0019\n\nSalam\nFajar Nugroho\nPT Sumatera Net\n")
    m = FW(NU, ("Eko Prasetyo", "eko.prasetyo@nusantara-optika.example"), "gmail_id", "Tolong dibantu servis ya.\n\nEko",
           ("Fajar Nugroho", "fajar@sumateranet.example"), "Kam, 21 Nov 2024 pukul 10.15", "FS 60 Plus jatuh", ob,
           D(21, "10:30", WIB))
    return m, L("forwarded", "fajar@sumateranet.example", "eko.prasetyo@nusantara-optika.example",
                orders=["PO/SMN/2024/XI/0019"], serials=["0041207420"], models=["FS 60 Plus"], cat="physical_damage",
                kw=["casing retak"])


@nu
def nu_fwd_owa() -> tuple[Message, dict[str, Any]]:
    ob = ("Hello,\n\nThe NX-7 loses its Bluetooth connection to the tablet every few minutes. Serial 0042100211.\n\n"
          "Tran Van Minh\n")
    m = FW(NU, ("Rina Marlina", "rina.marlina@nusantara-optika.example"), "owa", "Servis, mohon ditindaklanjuti.",
           ("Tran Van Minh", "minh.tran@vietlink.example"), "Friday, November 22, 2024 9:41 AM", "NX-7 bluetooth", ob,
           D(22, "10:00", WIB))
    return m, L("forwarded", "minh.tran@vietlink.example", "rina.marlina@nusantara-optika.example",
                serials=["0042100211"], models=["NX-7"], cat="no_link", kw=["loses its Bluetooth connection"])


@nu
def nu_fwd_rfc822() -> tuple[Message, dict[str, Any]]:
    ob = ("Selamat siang,\n\nFS 90 nomor seri 0040990201 menampilkan 'Motor error' setiap kali mulai splicing.\n"
          "PO/NOP/2024/X/0055\n\nBambang\nPT Kalimantan Fiber\n")
    m = FW822(NU, ("Eko Prasetyo", "eko.prasetyo@nusantara-optika.example"), "Terlampir email dari pelanggan.",
              ("Bambang Susilo", "bambang@kalimantanfiber.example"), "FS 90 Motor error", ob, D(25, "11:00", "+0800"),
              D(25, "11:30", WIB))
    return m, L("forwarded", "bambang@kalimantanfiber.example", "eko.prasetyo@nusantara-optika.example",
                orders=["PO/NOP/2024/X/0055"], serials=["0040990201"], models=["FS 90"], cat="other", kw=["Motor error"])


@nu
def nu_fu_resi() -> tuple[Message, dict[str, Any]]:
    b = ("Selamat pagi,\n\nUnit sudah kami kirim via JNE, no resi CGKFP24110573.\n\nBudi\n\n"
         + q("Permintaan Anda terdaftar dengan nomor RMA-2024-61102. Silakan kirim unit ke alamat servis kami."))
    return RE(NU, ("Budi Santoso", "budi.santoso@jaringanandalas.example"), "Re: [RMA-2024-61102] Klaim garansi", b,
              D(26, "08:00", WIB), "61102"), L(
        "follow_up", "budi.santoso@jaringanandalas.example", tracking=["CGKFP24110573"], rma="RMA-2024-61102")


@nu
def nu_fu_status() -> tuple[Message, dict[str, Any]]:
    b = "Selamat siang, bagaimana perkembangan perbaikan RMA-2024-61110? Kami butuh alatnya minggu depan.\nAgus\n"
    return RE(NU, ("Agus Wibowo", "agus.wibowo@wibowonet.example"), "Perkembangan servis", b, D(27, "13:10", WIB), "61110"), L(
        "follow_up", "agus.wibowo@wibowonet.example", rma="RMA-2024-61110")


@nu
def nu_fu_bottom() -> tuple[Message, dict[str, Any]]:
    hist = "Yth. Ibu Dewi,\nMohon konfirmasi alamat pengiriman balik untuk RMA-2024-61115.\nNusantara Optika Servis"
    b = q(hist) + "\n\nAlamat sama dengan alamat di invoice, Jl. Gatot Subroto 12, Bandung.\n\nDewi\n"
    return RE(NU, ("Dewi Lestari", "dewi@lestarifiber.example"), "Re: [RMA-2024-61115] alamat", b, D(28, "09:00", WIB),
              "61115"), L("follow_up", "dewi@lestarifiber.example", rma="RMA-2024-61115")


@nu
def nu_fu_more_units() -> tuple[Message, dict[str, Any]]:
    b = ("Tambahan untuk RMA-2024-61120: unit 0040990014 juga mengalami hal yang sama, mohon digabung.\nRudi\n\n"
         + q("Pada 8 Nov Rudi Hartono menulis:\nMohon bantuan untuk unit berikut"))
    return RE(NU, ("Rudi Hartono", "rudi.hartono@telkommitra.example"), "RE: Unit sering mati sendiri", b,
              D(29, "10:30", WIB), "61120", style="outlook"), L(
        "follow_up", "rudi.hartono@telkommitra.example", serials=["0040990014"], rma="RMA-2024-61120")


@nu
def nu_status_id() -> tuple[Message, dict[str, Any]]:
    b = "Selamat pagi, mohon info kapan barang untuk PO/NOP/2024/XI/0091 dikirim?\nTerima kasih, Siti\n"
    return P(NU, ("Siti Rahmawati", "siti.rahmawati@pijarbangsa.example"), "Jadwal pengiriman", b, D(26, "08:45", WIB)), L(
        "order_status", "siti.rahmawati@pijarbangsa.example", orders=["PO/NOP/2024/XI/0091"])


@nu
def nu_status_jnt() -> tuple[Message, dict[str, Any]]:
    b = ("Halo, resi J&T JP7731204455 untuk SO-NOP-24-0420 belum bergerak sejak Senin. Apakah paketnya sudah\n"
         "diserahkan ke kurir?\nYusuf\n")
    return P(NU, ("Yusuf Hidayat", "yusuf.h@hidayatnet.example"), "Paket belum sampai", b, D(28, "15:00", WIB)), L(
        "order_status", "yusuf.h@hidayatnet.example", orders=["SO-NOP-24-0420"], tracking=["JP7731204455"])


@nu
def nu_status_en() -> tuple[Message, dict[str, Any]]:
    b = "Hi, any update on the shipment of SO-NOP-24-0433? We need it before 10 December. Raj\n"
    return P(NU, ("Raj Kumar", "raj.kumar@klfibre.example"), "Shipment SO-NOP-24-0433", b, D(29, "09:20", "+0800")), L(
        "order_status", "raj.kumar@klfibre.example", orders=["SO-NOP-24-0433"])


@nu
def nu_ooo() -> tuple[Message, dict[str, Any]]:
    b = ("Terima kasih atas email Anda. Saya sedang cuti sampai 3 Desember 2024.\nUntuk hal mendesak hubungi kantor kami.\n")
    return AR(NU, ("Budi Santoso", "budi.santoso@jaringanandalas.example"), "Balasan otomatis: [RMA-2024-61102] Unit diterima",
              b, D(27, "10:00", WIB), n="61102"), L("auto_reply", "budi.santoso@jaringanandalas.example", rma="RMA-2024-61102")


@nu
def nu_helpdesk_ack() -> tuple[Message, dict[str, Any]]:
    b = ("Request received.\n\nYour email has been received by Telkom Mitra Service Desk and logged as #SD-240091.\n"
         "Original subject: [RMA-2024-61120] Please send serial numbers\n")
    return AR(NU, "servicedesk@telkommitra.example", "[#SD-240091] Request received", b, D(20, "08:00", WIB),
              kind="auto-generated", n="61120"), L("auto_reply", "servicedesk@telkommitra.example", rma="RMA-2024-61120")


@nu
def nu_bounce() -> tuple[Message, dict[str, Any]]:
    why = "Your message couldn't be delivered.\n\nadmin@pt-lama.example wasn't found at pt-lama.example.\n"
    return DSN(NU, "admin@pt-lama.example", "Undeliverable: Konfirmasi servis", why, "Konfirmasi servis",
               "Permintaan servis Anda sudah kami terima.", D(21, "06:00", WIB), mta="exchange"), L("bounce")


@nu
def nu_payment() -> tuple[Message, dict[str, Any]]:
    b = ("BUKTI TRANSFER\n\nDari: PT Pijar Bangsa\nKe: PT Nusantara Optika Presisi\nJumlah: Rp 184.500.000\n"
         "Keterangan: Pembayaran PO 031/PJB-PROC/X/2024\n")
    return P(NU, ("Keuangan Pijar Bangsa", "keuangan@pijarbangsa.example"), "Bukti transfer PO 031/PJB-PROC/X/2024", b,
             D(22, "14:00", WIB), atts=(FILE_PDF("bukti_transfer.pdf"),)), L("unrelated")


@nu
def nu_newsletter() -> tuple[Message, dict[str, Any]]:
    b = "Info Serat Optik edisi November: teknologi FTTH terbaru, jadwal pelatihan Desember.\nBerhenti langganan: https://infoserat.example/stop\n"
    return P(NU, ("Info Serat Optik", "redaksi@infoserat.example"), "Info Serat Optik - November", b, D(12, "06:00", WIB),
             extra=(("List-Unsubscribe", "<https://infoserat.example/stop>"), ("Precedence", "bulk"))), L("unrelated")


@nu
def nu_tender() -> tuple[Message, dict[str, Any]]:
    b = ("Kepada Yth. Rekanan,\n\nKami mengundang Bapak/Ibu mengikuti tender pengadaan alat ukur fiber optik tahun 2025.\n"
         "Dokumen dapat diunduh di portal pengadaan.\n\nPanitia Pengadaan\n")
    return P(NU, ("Panitia Pengadaan", "pengadaan@pln-mitra.example"), "Undangan tender 2025", b, D(18, "09:00", WIB)), L(
        "unrelated")


@nu
def nu_jne_notice() -> tuple[Message, dict[str, Any]]:
    b = "Kiriman CGKFP24110600 telah diterima oleh GUDANG NUSANTARA pada 19-11-2024 14:02.\nJNE\n"
    return P(NU, ("JNE", "noreply@jne-express.example"), "Status kiriman: DITERIMA", b, D(19, "14:05", WIB)), L("unrelated")


@nu
def nu_po_new() -> tuple[Message, dict[str, Any]]:
    b = ("Dengan hormat,\n\nTerlampir PO/TKM/2024/XI/0301 untuk pembelian 2 unit FS 90.\nMohon konfirmasi ketersediaan.\n\n"
         "Rudi Hartono\n")
    return P(NU, ("Rudi Hartono", "rudi.hartono@telkommitra.example"), "PO baru PO/TKM/2024/XI/0301", b, D(25, "13:00", WIB),
             atts=(FILE_PDF("PO_TKM_0301.pdf"),)), L("unrelated")


# ================================================================ Yuehui (Guangdong, GBK) ==

YH = company(
    "yuehui",
    name="佛山粤辉光电科技有限公司 (Foshan Yuehui Optoelectronics Technology Co., Ltd.)",
    domain="yuehui-gd.example",
    country="China (Guangdong)",
    catalog=["YH-880", "YH-880A", "YH-2200"],
    serial_format="YH + YYMM + four digits (YH24080045)",
    order_format="合同号 YHHT-YYYY-NNNN; customer contract numbers vary",
    carriers=["顺丰 SF Express", "京东物流"],
)
yh = fx("yuehui")
CST = "+0800"


@yh
def yh_gbk_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好：\n\n我司于十月采购的 YH-880 光源（序列号 YH24080045）现在完全无法开机，按电源键没有任何反应，\n"
        "充电指示灯也不亮。合同号：YHHT-2024-1187。\n\n请尽快安排维修，谢谢！\n\n广州华通网络工程有限公司\n陈志强\n"
    )
    return P(YH, ("陈志强", "chenzq@huatong-gz.example"), "YH-880无法开机", b, D(4, "09:05", CST), cs="gbk",
             label="gb2312", cte="b64", style="foxmail"), L(
        "new_request", "chenzq@huatong-gz.example", orders=["YHHT-2024-1187"], serials=["YH24080045"], models=["YH-880"],
        cat="no_power", kw=["完全无法开机"], lang="zh")


@yh
def yh_gbk_misdeclared() -> tuple[Message, dict[str, Any]]:
    b = (
        "粤辉售后：\n\n你们好，我是深圳讯达的李喆。YH-880A 三台（YH24080045/0046/0049）测试时功率忽高忽低，\n"
        "每隔几分钟跳一次，重启后暂时正常。合同编号 GDYH20241103。\n\n麻烦安排返修。\n李喆\n"
    )
    s = ["YH24080045", "YH24080046", "YH24080049"]
    return P(YH, ("李喆", "lizhe@xunda-sz.example"), "YH-880A 功率不稳定（3台）", b, D(5, "14:30", CST), cs="gbk",
             label="gb2312", cte="b64", style="foxmail"), L(
        "new_request", "lizhe@xunda-sz.example", orders=["GDYH20241103"], serials=s, models=["YH-880A"],
        cat="intermittent", kw=["功率忽高忽低"], lang="zh", expanded=s[1:])


@yh
def yh_gb18030_optical() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好，\n\nYH-2200 测出来的插损比标准跳线高了 0.6dB 左右，换了几根跳线都一样，怀疑是内部校准偏了。\n"
        "序列号 YH24030217，合同号 YHHT-2024-0388。\n\n东莞光联通信 王晓燕\n"
    )
    return P(YH, ("王晓燕", "wangxy@guanglian-dg.example"), "YH-2200 测试值偏大", b, D(6, "10:00", CST), cs="gb18030",
             cte="qp"), L(
        "new_request", "wangxy@guanglian-dg.example", orders=["YHHT-2024-0388"], serials=["YH24030217"],
        models=["YH-2200"], cat="optical_performance", kw=["插损比标准跳线高了 0.6dB 左右"], lang="zh")


@yh
def yh_netease_8bit() -> tuple[Message, dict[str, Any]]:
    b = (
        "你好，收到的货少了东西：合同 YHHT-2024-1203 订了两台 YH-880，箱子里只有一台，另外适配器也没有。\n"
        "请核实补发。\n\n刘伟\n中山宏达电子\n"
    )
    return P(YH, ("刘伟", "liuwei@hongda-zs.example"), "到货数量不对", b, D(7, "16:45", CST), cs="gbk", cte="8bit",
             style="netease"), L(
        "new_request", "liuwei@hongda-zs.example", orders=["YHHT-2024-1203"], models=["YH-880"],
        cat="wrong_or_missing_item", kw=["箱子里只有一台"], lang="zh")


@yh
def yh_mixed_software() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi 粤辉 team,\n\nYH-2200 升级到 firmware V3.1 之后，开机一直卡在 logo 界面，进不去主菜单。\n"
        "S/N: YH24050331，PO: HT-DG-2024-077。\nPlease help, thanks!\n\nKevin Zhang 张凯\n"
    )
    return P(YH, ("Kevin Zhang", "kevin.zhang@dgtelecom.example"), "YH-2200 upgrade 后卡 logo", b, D(8, "11:20", CST),
             style="gmail"), L(
        "new_request", "kevin.zhang@dgtelecom.example", orders=["HT-DG-2024-077"], serials=["YH24050331"],
        models=["YH-2200"], cat="software", kw=["卡在 logo 界面"], lang="mixed")


@yh
def yh_qq_html() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<div>您好！</div><div>我们的 YH-880A 网口连不上电脑，网口灯不亮，换了网线也一样。</div>"
        "<div>序列号：<b>YH24060512</b></div><div>合同号：YHHT-2024-0744</div><div><br></div>"
        "<div>佛山南海通信 黄丽</div>", cs="gbk")
    return P(YH, ("黄丽", "1843320771@qq.example"), "网口连不上", h, D(11, "09:40", CST), cs="gbk", label="gb2312",
             cte="b64", html=True, style="qq"), L(
        "new_request", "1843320771@qq.example", orders=["YHHT-2024-0744"], serials=["YH24060512"], models=["YH-880A"],
        cat="no_link", kw=["网口灯不亮"], lang="zh")


@yh
def yh_attach_damage() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好：\n\n今天收到的 YH-2200 外壳摔裂了，屏幕也有裂纹，快递外箱明显被压过。附件是开箱照片。\n"
        "序列号 YH24090088，顺丰单号 SF1407734528817。\n\n珠海海联 赵敏\n"
    )
    return P(YH, ("赵敏", "zhaomin@hailian-zh.example"), "到货破损", b, D(12, "15:10", CST), cs="gbk", label="gb2312",
             cte="b64", atts=(FILE_JPG("开箱1.jpg"), FILE_JPG("开箱2.jpg")), style="foxmail"), L(
        "new_request", "zhaomin@hailian-zh.example", serials=["YH24090088"], models=["YH-2200"],
        tracking=["SF1407734528817"], cat="physical_damage", kw=["外壳摔裂了"], lang="zh")


@yh
def yh_plain_words() -> tuple[Message, dict[str, Any]]:
    b = "师傅你好，机器一开就自己关掉，红灯一直闪，屏幕上写着 E-21。YH-880 的，背面号码 YH24070190。怎么弄？\n老周\n"
    return P(YH, ("周师傅", "zhou.shifu@163-mail.example"), "机器有问题", b, D(13, "20:15", CST), cs="gbk", cte="b64",
             style="netease"), L(
        "new_request", "zhou.shifu@163-mail.example", serials=["YH24070190"], models=["YH-880"], cat="no_power",
        kw=["一开就自己关掉", "E-21"], lang="zh")


@yh
def yh_no_serial() -> tuple[Message, dict[str, Any]]:
    b = "您好，我们有一台 YH-2200 需要返厂维修，请问寄到哪里？序列号和合同号我明天补给你们。\n谢谢\n江门恒通 何静\n"
    return P(YH, ("何静", "hejing@hengtong-jm.example"), "返修咨询", b, D(14, "10:30", CST), cs="gbk", label="gb2312"), L(
        "new_request", "hejing@hengtong-jm.example", models=["YH-2200"], lang="zh")


@yh
def yh_other_cal() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好，\n\n我司两台 YH-880 计量证书下个月到期，需要送检校准，序列号 YH23110402、YH23110407。\n"
        "设备使用正常。请报价并告知送检流程。\n\n惠州联创 孙婷\n"
    )
    return P(YH, ("孙婷", "sunting@lianchuang-hz.example"), "设备送检校准", b, D(15, "09:00", CST), cs="gb18030", cte="b64"), L(
        "new_request", "sunting@lianchuang-hz.example", serials=["YH23110402", "YH23110407"], models=["YH-880"],
        cat="other", kw=["送检校准"], lang="zh")


@yh
def yh_en_customer() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Yuehui,\n\nthe YH-880A we bought via your distributor reads about 3 dB too low on all wavelengths.\n"
        "Serial YH24060530, our PO VN-PO-2411-08.\n\nRegards,\nPham Minh Duc\n"
    )
    return P(YH, ("Pham Minh Duc", "duc.pham@saigonoptic.example"), "Power reading too low", b, D(18, "08:30", "+0700")), L(
        "new_request", "duc.pham@saigonoptic.example", orders=["VN-PO-2411-08"], serials=["YH24060530"],
        models=["YH-880A"], cat="optical_performance", kw=["reads about 3 dB too low"])


@yh
def yh_fullwidth_labels() -> tuple[Message, dict[str, Any]]:
    b = (
        "粤辉客服您好：\n\n产品型号：YH-880A\n产品序列号：YH24080102\n合同号：YHHT-2024-1290\n"
        "故障现象：屏幕花屏，显示一半黑一半白，按键有反应\n\n汕头联讯 郑凯\n"
    )
    return P(YH, ("郑凯", "zhengkai@lianxun-st.example"), "报修", b, D(19, "13:50", CST), cs="gbk", label="gb2312",
             cte="qp"), L(
        "new_request", "zhengkai@lianxun-st.example", orders=["YHHT-2024-1290"], serials=["YH24080102"],
        models=["YH-880A"], cat="physical_damage", kw=["屏幕花屏"], lang="zh")


@yh
def yh_fwd_foxmail() -> tuple[Message, dict[str, Any]]:
    ob = ("小林你好，\n\nYH-2200（YH24050360）的光口偶尔掉线，接着又自己恢复，一天十几次。合同号 YHHT-2024-0512。\n\n"
          "南宁桂通 覃海\n")
    m = FW(YH, ("林小燕", "linxy@yuehui-gd.example"), "foxmail", "售后同事请跟进，谢谢。\n林小燕",
           ("覃海", "qinhai@guitong-nn.example"), "2024年11月21日(星期四) 上午10:02", "YH-2200 掉线", ob,
           D(21, "10:30", CST), cs="gbk", label="gb2312", cte="b64")
    return m, L("forwarded", "qinhai@guitong-nn.example", "linxy@yuehui-gd.example", orders=["YHHT-2024-0512"],
                serials=["YH24050360"], models=["YH-2200"], cat="intermittent", kw=["偶尔掉线"], lang="zh")


@yh
def yh_fwd_netease() -> tuple[Message, dict[str, Any]]:
    ob = ("您好，YH-880 开不了机，插电没反应。序列号 YH24070211。\n湛江海通 梁勇\n")
    m = FW(YH, ("吴俊", "wujun@yuehui-gd.example"), "netease", "转售后处理。", ("梁勇", "liangyong@haitong-zj.example"),
           "2024-11-22 09:15:33", "YH-880 开不了机", ob, D(22, "09:40", CST), cs="gbk", cte="8bit")
    return m, L("forwarded", "liangyong@haitong-zj.example", "wujun@yuehui-gd.example", serials=["YH24070211"],
                models=["YH-880"], cat="no_power", kw=["开不了机"], lang="zh")


@yh
def yh_fwd_name_only() -> tuple[Message, dict[str, Any]]:
    ob = ("粤辉你好，客户那边说 YH-880A 的软件授权过期了，所有测试功能锁住用不了。序列号 YH24060611。\n"
          "客户邮箱 tanglei@jiayuan-mm.example\n")
    m = FW(YH, ("林小燕", "linxy@yuehui-gd.example"), "foxmail", "请售后联系这位客户。",
           ("唐磊", ""), "2024年11月25日(星期一) 下午3:20", "软件授权过期", ob, D(25, "15:40", CST), cs="gbk", cte="b64")
    return m, L("forwarded", "tanglei@jiayuan-mm.example", "linxy@yuehui-gd.example", serials=["YH24060611"],
                models=["YH-880A"], cat="software", kw=["软件授权过期了"], lang="zh")


@yh
def yh_fu_sf() -> tuple[Message, dict[str, Any]]:
    b = ("您好，设备已经寄出，顺丰单号 SF1407735500213，请查收。\n\n陈志强\n\n"
         + q("您好，您的返修申请已登记，RMA 编号 RMA-2024-70105，请将设备寄至我司售后部。", "> "))
    return RE(YH, ("陈志强", "chenzq@huatong-gz.example"), "回复：[RMA-2024-70105] YH-880无法开机", b, D(26, "10:00", CST),
              "70105", cs="gbk", label="gb2312", cte="b64"), L(
        "follow_up", "chenzq@huatong-gz.example", models=["YH-880"], tracking=["SF1407735500213"], rma="RMA-2024-70105",
        lang="zh")


@yh
def yh_fu_progress() -> tuple[Message, dict[str, Any]]:
    b = "你好，RMA-2024-70112 维修得怎么样了？什么时候能寄回来？客户在催。\n李喆\n"
    return RE(YH, ("李喆", "lizhe@xunda-sz.example"), "维修进度", b, D(27, "11:00", CST), "70112", cs="gbk", cte="b64"), L(
        "follow_up", "lizhe@xunda-sz.example", rma="RMA-2024-70112", lang="zh")


@yh
def yh_fu_bottom_mixed() -> tuple[Message, dict[str, Any]]:
    hist = "Dear Kevin,\n\nPlease send us the log file for RMA-2024-70118.\n\nYuehui Service"
    b = q(hist) + "\n\nlog 已经放在附件里，另外 V3.0 也有同样的问题。\nKevin\n"
    return RE(YH, ("Kevin Zhang", "kevin.zhang@dgtelecom.example"), "Re: [RMA-2024-70118] log file", b, D(28, "14:20", CST),
              "70118", atts=(textfile("device.log", "boot 3.1 ... hang\n"),)), L(
        "follow_up", "kevin.zhang@dgtelecom.example", rma="RMA-2024-70118", lang="mixed")


@yh
def yh_fu_inline() -> tuple[Message, dict[str, Any]]:
    b = ("您好，\n\n> 请确认设备序列号。\nYH24090088\n> 外箱是否保留？\n保留了，照片见上封邮件。\n\n赵敏\n")
    return RE(YH, ("赵敏", "zhaomin@hailian-zh.example"), "答复: [RMA-2024-70121] 到货破损", b, D(29, "09:30", CST), "70121",
              cs="gbk", label="gb2312"), L(
        "follow_up", "zhaomin@hailian-zh.example", serials=["YH24090088"], rma="RMA-2024-70121", lang="zh")


@yh
def yh_status_zh() -> tuple[Message, dict[str, Any]]:
    b = "您好，合同号 YHHT-2024-1322 的货什么时候发？之前说本周发货，现在还没收到物流信息。\n刘伟\n"
    return P(YH, ("刘伟", "liuwei@hongda-zs.example"), "发货时间", b, D(26, "15:00", CST), cs="gbk", cte="8bit"), L(
        "order_status", "liuwei@hongda-zs.example", orders=["YHHT-2024-1322"], lang="zh")


@yh
def yh_status_jd() -> tuple[Message, dict[str, Any]]:
    b = "你好，京东物流单号 JDVA01234567890 显示一直在佛山分拣中心，是合同 YHHT-2024-1290 的货，麻烦帮忙查一下。\n郑凯\n"
    return P(YH, ("郑凯", "zhengkai@lianxun-st.example"), "物流查询", b, D(28, "10:40", CST), cs="gbk", label="gb2312",
             cte="b64"), L(
        "order_status", "zhengkai@lianxun-st.example", orders=["YHHT-2024-1290"], tracking=["JDVA01234567890"], lang="zh")


@yh
def yh_status_mixed() -> tuple[Message, dict[str, Any]]:
    b = "Hi, 请问 PO HT-DG-2024-091 的 delivery date 确定了吗？我们项目下周开工。Thanks, Kevin\n"
    return P(YH, ("Kevin Zhang", "kevin.zhang@dgtelecom.example"), "Delivery date?", b, D(29, "16:00", CST)), L(
        "order_status", "kevin.zhang@dgtelecom.example", orders=["HT-DG-2024-091"], lang="mixed")


@yh
def yh_ooo() -> tuple[Message, dict[str, Any]]:
    b = "您好，我于11月25日至11月29日出差，期间邮件回复可能延迟，急事请致电。\n王晓燕\n"
    return AR(YH, ("王晓燕", "wangxy@guanglian-dg.example"), "自动回复: [RMA-2024-70130] 维修报告", b, D(26, "09:00", CST),
              cs="gbk", label="gb2312", cte="b64", n="70130"), L(
        "auto_reply", "wangxy@guanglian-dg.example", rma="RMA-2024-70130", lang="zh")


@yh
def yh_oa_ack() -> tuple[Message, dict[str, Any]]:
    b = "【系统自动回复】您的来信已收到，我们将在2个工作日内处理。\n此邮件由系统自动发送，请勿回复。\n"
    return AR(YH, "service@hengtong-jm.example", "【自动回复】返修登记", b, D(15, "10:31", CST), cs="gbk",
              kind="auto-generated"), L("auto_reply", "service@hengtong-jm.example", lang="zh")


@yh
def yh_bounce() -> tuple[Message, dict[str, Any]]:
    why = "很抱歉，您的邮件无法送达以下收件人：\n\ncaigou@old-factory.example\n原因：用户不存在\n"
    return DSN(YH, "caigou@old-factory.example", "系统退信", why, "返修确认", "您好，返修已登记。", D(20, "08:00", CST),
               cs="utf-8"), L("bounce", lang="zh")


@yh
def yh_invoice() -> tuple[Message, dict[str, Any]]:
    b = "您好，附件是合同 YHHT-2024-1187 的增值税专用发票，请查收。\n广州华通财务部\n"
    return P(YH, ("华通财务", "caiwu@huatong-gz.example"), "发票寄送", b, D(21, "11:00", CST), cs="gbk", cte="b64",
             atts=(FILE_PDF("发票.pdf"),)), L("unrelated", lang="zh")


@yh
def yh_newsletter() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h2>光通信周刊</h2><p>本期：400G 模块降价、广东 5G 基站建设进展。</p><p><a href=\"#\">退订</a></p>", cs="gbk")
    return P(YH, ("光通信周刊", "weekly@guangtongxin.example"), "光通信周刊 第46期", h, D(18, "07:00", CST), cs="gbk",
             cte="b64", html=True, extra=(("List-Unsubscribe", "<mailto:unsub@guangtongxin.example>"),)), L(
        "unrelated", lang="zh")


@yh
def yh_sf_notice() -> tuple[Message, dict[str, Any]]:
    b = "【顺丰速运】您的快件 SF1407734599001 已签收，签收人：前台。感谢使用顺丰。\n"
    return P(YH, ("顺丰速运", "notice@sf-express.example"), "快件签收通知", b, D(19, "17:00", CST), cs="gbk"), L(
        "unrelated", lang="zh")


@yh
def yh_payment() -> tuple[Message, dict[str, Any]]:
    b = "付款通知\n\n付款单位：东莞光联通信\n金额：人民币 86,000.00 元\n用途：支付合同 YHHT-2024-0388 尾款\n"
    return P(YH, ("光联通信财务", "finance@guanglian-dg.example"), "付款通知", b, D(22, "15:00", CST), cs="gb18030"), L(
        "unrelated", lang="zh")


@yh
def yh_expo() -> tuple[Message, dict[str, Any]]:
    b = "尊敬的客户：\n\n第26届中国国际光电博览会将于明年9月在深圳举行，诚邀贵司参展。\n展会组委会\n"
    return P(YH, ("光博会组委会", "expo@cioe-expo.example"), "参展邀请", b, D(12, "09:00", CST), cs="gbk", label="gb2312"), L(
        "unrelated", lang="zh")


@yh
def yh_spam() -> tuple[Message, dict[str, Any]]:
    b = "代开各类发票，税点低，欢迎来电咨询。\n"
    return P(YH, "ad8832@spam-ad.example", "财务咨询", b, D(23, "02:00", CST), cs="gbk", cte="b64"), L("unrelated", lang="zh")


# ================================================================ Pulan (Shanghai, UTF-8) ==

PU = company(
    "pulan",
    name="上海浦澜精密仪器有限公司 (Shanghai Pulan Precision Instruments Co., Ltd.)",
    domain="pulan-sh.example",
    country="China (Shanghai)",
    catalog=["PL-Scope 2", "PL-Meter", "PLM-60"],
    serial_format="dotted PL.YYMM.NNNN",
    order_format="SO YY-MM-NNNN sales orders; 合同号 HT-SH-YYYY-NNNN; customer POs vary",
    carriers=["中通 ZTO", "京东物流", "DHL"],
)
pu = fx("pulan")


@pu
def pu_mixed_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi 浦澜售后，\n\n我们的 PL-Scope 2（S/N PL.2410.0773）today 突然不能开机了，插上 adapter 指示灯也不亮。\n"
        "我们的 PO#7700184421，你们的 SO24-11-0093。\n\nPlease advise 返修流程，thanks!\n\nJason Wu 吴俊杰\n上海联拓网络\n"
    )
    return P(PU, ("Jason Wu", "jason.wu@liantuo-sh.example"), "PL-Scope 2 不能开机", b, D(4, "10:15", CST)), L(
        "new_request", "jason.wu@liantuo-sh.example", orders=["7700184421", "SO24-11-0093"], serials=["PL.2410.0773"],
        models=["PL-Scope 2"], cat="no_power", kw=["不能开机"], lang="mixed")


@pu
def pu_zh_contract() -> tuple[Message, dict[str, Any]]:
    b = (
        "浦澜公司售后部：\n\n我单位购买的 PLM-60 (序列号 PL.2407.0215) 近期测量结果重复性很差，同一根光纤连续测三次\n"
        "差值超过 0.5dB。合同号：HT-SH-2024-0216。\n\n请安排工程师检查。\n\n苏州电信工程公司 周敏\n"
    )
    return P(PU, ("周敏", "zhoumin@sz-dianxin.example"), "PLM-60 测量重复性差", b, D(5, "09:30", CST), cte="b64"), L(
        "new_request", "zhoumin@sz-dianxin.example", orders=["HT-SH-2024-0216"], serials=["PL.2407.0215"],
        models=["PLM-60"], cat="optical_performance", kw=["测量结果重复性很差"], lang="zh")


@pu
def pu_range_mixed() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hello,\n\n这批 PL-Meter 有 4 台 USB 连不上电脑，device manager 里识别不到：\n"
        "PL.2409.1200 to PL.2409.1203\n合同号 HT-SH-2024-0301\n\n谢谢\nAmy Chen 陈静\n"
    )
    s = ["PL.2409.1200", "PL.2409.1201", "PL.2409.1202", "PL.2409.1203"]
    return P(PU, ("Amy Chen", "amy.chen@xinhai-tech.example"), "4台 PL-Meter USB 问题", b, D(6, "14:20", CST),
             style="outlook"), L(
        "new_request", "amy.chen@xinhai-tech.example", orders=["HT-SH-2024-0301"], serials=s, models=["PL-Meter"],
        cat="no_link", kw=["USB 连不上电脑"], lang="mixed", expanded=s[1:3])


@pu
def pu_html_mixed() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<div style=\"font-family:微软雅黑\">您好，</div><div>PLM-60 开机后一直显示 <b>Self test failed</b>，"
        "然后自动重启，循环。</div><div>序列号：PL.2408.0640</div><div>PO：SHPO-2024-1108</div>"
        "<div><br></div><div>宁波港通 孙磊</div>")
    return P(PU, ("孙磊", "sunlei@gangtong-nb.example"), "PLM-60 自检失败", h, D(7, "11:00", CST), html=True,
             style="outlook"), L(
        "new_request", "sunlei@gangtong-nb.example", orders=["SHPO-2024-1108"], serials=["PL.2408.0640"],
        models=["PLM-60"], cat="software", kw=["Self test failed"], lang="mixed")


@pu
def pu_form() -> tuple[Message, dict[str, Any]]:
    f = [("姓名", "郭涛"), ("公司", "杭州光谷通信"), ("邮箱", "guotao@guanggu-hz.example"), ("产品型号", "PL-Scope 2"),
         ("序列号", "PL.2405.0118"), ("订单号", "SO24-06-0211"), ("问题描述", "镜头有划痕，图像中间一直有一条黑线")]
    return FORM(PU, "官网报修表单：新的维修申请", f, ("郭涛", "guotao@guanggu-hz.example"), D(8, "21:30", CST),
                intro="以下为官网提交的报修信息："), L(
        "new_request", "guotao@guanggu-hz.example", orders=["SO24-06-0211"], serials=["PL.2405.0118"],
        models=["PL-Scope 2"], cat="physical_damage", kw=["镜头有划痕"], lang="zh")


@pu
def pu_dhl_damage_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Pulan,\n\nthe PL-Meter shipped to us by DHL (waybill 4018827731) arrived with the display cracked and\n"
        "one corner of the housing dented. Serial PL.2410.0812, our order 45-2024-1193.\n\n"
        "Regards\nSarah Lim\nPenang Optical Sdn Bhd\n"
    )
    return P(PU, ("Sarah Lim", "sarah.lim@penangoptical.example"), "Damaged in transit", b, D(11, "09:10", CST),
             atts=(FILE_JPG("damage.jpg"),)), L(
        "new_request", "sarah.lim@penangoptical.example", orders=["45-2024-1193"], serials=["PL.2410.0812"],
        models=["PL-Meter"], tracking=["4018827731"], cat="physical_damage", kw=["display cracked"])


@pu
def pu_wrong_item() -> tuple[Message, dict[str, Any]]:
    b = (
        "你好，我们订的是 PLM-60，合同号 HT-SH-2024-0355，结果收到的是 PL-Meter，型号发错了。\n"
        "另外说明书和校准证书也没有。请尽快换货。\n\n无锡通达 钱芳\n"
    )
    return P(PU, ("钱芳", "qianfang@tongda-wx.example"), "型号发错", b, D(12, "15:30", CST), cte="8bit"), L(
        "new_request", "qianfang@tongda-wx.example", orders=["HT-SH-2024-0355"], models=["PLM-60", "PL-Meter"],
        cat="wrong_or_missing_item", kw=["型号发错了"], lang="zh")


@pu
def pu_intermittent_zh() -> tuple[Message, dict[str, Any]]:
    b = "您好，PL-Scope 2 的图像时有时无，摇一下线缆就会闪，序列号 PL.2406.0377，麻烦看一下。\n合肥科讯 马超\n"
    return P(PU, ("马超", "machao@kexun-hf.example"), "图像时有时无", b, D(13, "10:00", CST)), L(
        "new_request", "machao@kexun-hf.example", serials=["PL.2406.0377"], models=["PL-Scope 2"], cat="intermittent",
        kw=["图像时有时无"], lang="zh")


@pu
def pu_nfd_mac_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\nsince the update to app version 2.4 our PL-Meter no longer saves results, every export ends with\n"
        "\"Write error 0x17\". Serial PL.2409.0921. Our order: PO-ZH-2024-88.\n\nBest\nJürg Müller\n"
    )
    return P(PU, ("Jurg Muller", "jmueller@alpfiber.example"), "Write error on PL-Meter", b, D(14, "08:20", "+0100"),
             style="apple", nfd=True), L(
        "new_request", "jmueller@alpfiber.example", serials=["PL.2409.0921"], models=["PL-Meter"], cat="software",
        kw=["Write error 0x17"], orders=["PO-ZH-2024-88"])


@pu
def pu_no_info() -> tuple[Message, dict[str, Any]]:
    b = "你好，我们有台设备坏了想寄修，需要提供什么资料？\n"
    return P(PU, ("徐先生", "xu.xiansheng@126-mail.example"), "寄修咨询", b, D(15, "12:00", CST)), L(
        "new_request", "xu.xiansheng@126-mail.example", lang="zh")


@pu
def pu_other_accessory() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi team, 我们想给 PLM-60（PL.2403.0099）更换一块新电池，设备本身 work fine，只是电池用了两年掉电快。\n"
        "可以报个价吗？\nThanks\nLeo Huang\n"
    )
    return P(PU, ("Leo Huang", "leo.huang@hxnet.example"), "更换电池报价", b, D(18, "16:40", CST)), L(
        "new_request", "leo.huang@hxnet.example", serials=["PL.2403.0099"], models=["PLM-60"], cat="other",
        kw=["更换一块新电池"], lang="mixed")


@pu
def pu_lower_serial() -> tuple[Message, dict[str, Any]]:
    b = "hi，pl-meter 序列号 pl.2410.1017 读数一直在跳，±2dB 来回变，光源是好的。订单 SO24-10-0450\nTony\n"
    return P(PU, ("Tony Xu", "tony.xu@xunet.example"), "读数跳", b, D(19, "22:10", CST), style="gmail"), L(
        "new_request", "tony.xu@xunet.example", orders=["SO24-10-0450"], serials=["pl.2410.1017"], models=["pl-meter"],
        cat="optical_performance", kw=["读数一直在跳"], lang="mixed")


@pu
def pu_two_orders() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好：\n\n采购订单 PO#7700185012 / 贵司销售单 SO24-11-0130 的 PL-Scope 2 (PL.2411.0031)，开箱后发现电源适配器\n"
        "是欧标插头，我们需要国标的，请调换适配器。\n\n上海联拓网络 采购部 何丽\n"
    )
    return P(PU, ("何丽", "heli@liantuo-sh.example"), "适配器规格不对", b, D(20, "09:40", CST)), L(
        "new_request", "heli@liantuo-sh.example", orders=["7700185012", "SO24-11-0130"], serials=["PL.2411.0031"],
        models=["PL-Scope 2"], cat="wrong_or_missing_item", kw=["是欧标插头"], lang="zh")


@pu
def pu_fwd_apple() -> tuple[Message, dict[str, Any]]:
    ob = ("王经理您好，\n\nPLM-60 (PL.2408.0702) 的 SFP 口一直 link down，换了模块也不行。合同 HT-SH-2024-0277。\n\n"
          "南京通服 冯刚\n")
    m = FW(PU, ("王蕾", "wanglei@pulan-sh.example"), "apple", "售后请处理一下，谢谢\n\n发自我的 iPhone",
           ("冯刚", "fenggang@tongfu-nj.example"), "2024年11月21日 GMT+8 上午9:48:12", "PLM-60 link down", ob,
           D(21, "10:10", CST))
    return m, L("forwarded", "fenggang@tongfu-nj.example", "wanglei@pulan-sh.example", orders=["HT-SH-2024-0277"],
                serials=["PL.2408.0702"], models=["PLM-60"], cat="no_link", kw=["link down"], lang="mixed")


@pu
def pu_fwd_tb() -> tuple[Message, dict[str, Any]]:
    ob = ("Hello,\n\nour PL-Scope 2 probe tip is broken off, it happened during normal use. Serial PL.2407.0555.\n"
          "PO 2024-SG-0912.\n\nAlan Tan\n")
    m = FW(PU, ("Eric Qian", "eric.qian@pulan-sh.example"), "tb", "FYI 售后跟进，客户在新加坡。",
           ("Alan Tan", "alan.tan@sgfibre.example"), "22/11/2024 11:03", "probe tip broken", ob, D(22, "11:30", CST))
    return m, L("forwarded", "alan.tan@sgfibre.example", "eric.qian@pulan-sh.example", orders=["2024-SG-0912"],
                serials=["PL.2407.0555"], models=["PL-Scope 2"], cat="physical_damage", kw=["probe tip is broken off"])


@pu
def pu_fwd_outlook_mixed() -> tuple[Message, dict[str, Any]]:
    ob = ("Hi Eric,\n\nPL-Meter (PL.2409.0980) 用着用着就关机，电池显示还有 80%。SO24-09-0377\n\nBR\n林峰\n")
    m = FW(PU, ("Eric Qian", "eric.qian@pulan-sh.example"), "outlook", "Service team pls check.",
           ("林峰", "linfeng@fengtai-tech.example"), "Monday, November 25, 2024 2:15 PM", "PL-Meter 自动关机", ob,
           D(25, "14:40", CST))
    return m, L("forwarded", "linfeng@fengtai-tech.example", "eric.qian@pulan-sh.example", orders=["SO24-09-0377"],
                serials=["PL.2409.0980"], models=["PL-Meter"], cat="intermittent", kw=["用着用着就关机"], lang="mixed")


@pu
def pu_fu_zto() -> tuple[Message, dict[str, Any]]:
    b = ("设备已寄出，中通快递 78345612098765。\n\n" + q("您的维修申请编号为 RMA-2024-80102，请寄回设备。"))
    return RE(PU, ("周敏", "zhoumin@sz-dianxin.example"), "回复: [RMA-2024-80102] PLM-60 测量重复性差", b,
              D(26, "09:00", CST), "80102"), L(
        "follow_up", "zhoumin@sz-dianxin.example", models=["PLM-60"], tracking=["78345612098765"], rma="RMA-2024-80102",
        lang="zh")


@pu
def pu_fu_progress_mixed() -> tuple[Message, dict[str, Any]]:
    b = "Hi, 想 follow up 一下 RMA-2024-80108 的进度，大概什么时候可以修好寄回？Thanks, Jason\n"
    return RE(PU, ("Jason Wu", "jason.wu@liantuo-sh.example"), "Re: 维修进度", b, D(27, "10:30", CST), "80108"), L(
        "follow_up", "jason.wu@liantuo-sh.example", rma="RMA-2024-80108", lang="mixed")


@pu
def pu_fu_bottom() -> tuple[Message, dict[str, Any]]:
    hist = "孙先生您好，\nRMA-2024-80111 已登记，请问故障是开机就出现还是使用一段时间后出现？\n浦澜售后"
    b = q(hist) + "\n\n开机就出现，每次都一样。\n孙磊\n"
    return RE(PU, ("孙磊", "sunlei@gangtong-nb.example"), "Re: [RMA-2024-80111] PLM-60 自检失败", b, D(28, "08:50", CST),
              "80111"), L("follow_up", "sunlei@gangtong-nb.example", models=["PLM-60"], rma="RMA-2024-80111", lang="zh")


@pu
def pu_fu_en_oneliner() -> tuple[Message, dict[str, Any]]:
    hist = ("Dear Ms Lim,\n\nthank you. Your case RMA-2024-80115 is open. Please keep the packaging for the carrier's\n"
            "inspection and send us the DHL damage report.\n\nPulan Service\n\n" + q("the PL-Meter shipped to us by DHL"))
    b = "Report attached.\n\n" + q(hist)
    return RE(PU, ("Sarah Lim", "sarah.lim@penangoptical.example"), "RE: [RMA-2024-80115] Damaged in transit", b,
              D(29, "09:20", CST), "80115", style="outlook", atts=(FILE_PDF("DHL_damage_report.pdf"),)), L(
        "follow_up", "sarah.lim@penangoptical.example", rma="RMA-2024-80115")


@pu
def pu_status_zh() -> tuple[Message, dict[str, Any]]:
    b = "您好，合同号 HT-SH-2024-0390 的两台 PLM-60 什么时候能发货？请告知物流单号。\n苏州电信工程公司 周敏\n"
    return P(PU, ("周敏", "zhoumin@sz-dianxin.example"), "发货咨询", b, D(26, "14:00", CST)), L(
        "order_status", "zhoumin@sz-dianxin.example", orders=["HT-SH-2024-0390"], models=["PLM-60"], lang="zh")


@pu
def pu_status_mixed() -> tuple[Message, dict[str, Any]]:
    b = "Hi, PO#7700185100 的货 ship 了吗？我们这边 warehouse 一直没收到。\nAmy\n"
    return P(PU, ("Amy Chen", "amy.chen@xinhai-tech.example"), "PO#7700185100 shipping status", b, D(28, "11:11", CST)), L(
        "order_status", "amy.chen@xinhai-tech.example", orders=["7700185100"], lang="mixed")


@pu
def pu_status_dhl() -> tuple[Message, dict[str, Any]]:
    b = "Hello, DHL 4018830092 shows 'held at customs' for our order 45-2024-1240. Do you need to send documents?\nSarah\n"
    return P(PU, ("Sarah Lim", "sarah.lim@penangoptical.example"), "Customs hold", b, D(29, "15:30", CST)), L(
        "order_status", "sarah.lim@penangoptical.example", orders=["45-2024-1240"], tracking=["4018830092"])


@pu
def pu_ooo_mixed() -> tuple[Message, dict[str, Any]]:
    b = "您好，我正在休假，12月2日回来。急事请联系 sales@liantuo-sh.example。\nI am on leave until 2 Dec.\n"
    return AR(PU, ("Jason Wu", "jason.wu@liantuo-sh.example"), "Automatic reply: [RMA-2024-80108] 维修完成通知", b,
              D(29, "10:00", CST), n="80108"), L("auto_reply", "jason.wu@liantuo-sh.example", rma="RMA-2024-80108",
                                                lang="mixed")


@pu
def pu_ticket_ack() -> tuple[Message, dict[str, Any]]:
    b = ("【工单系统】您的邮件已生成工单 GD-20241127-0042。\n原邮件主题：[RMA-2024-80111] 请确认故障现象\n请勿直接回复此邮件。\n")
    return AR(PU, "itsm@gangtong-nb.example", "【工单受理】GD-20241127-0042", b, D(27, "09:01", CST),
              kind="auto-generated", n="80111"), L("auto_reply", "itsm@gangtong-nb.example", rma="RMA-2024-80111", lang="zh")


@pu
def pu_bounce() -> tuple[Message, dict[str, Any]]:
    why = "This is the mail system at host mx1.pulan-sh.example.\n\n<wangqiang@expired-corp.example>: Host or domain name not found\n"
    return DSN(PU, "wangqiang@expired-corp.example", "Undelivered Mail Returned to Sender", why, "维修报价",
               "您好，附件为维修报价。", D(21, "03:00", CST)), L("bounce")


@pu
def pu_order_confirm() -> tuple[Message, dict[str, Any]]:
    b = "您好，附件是我司采购订单 PO#7700185230，共 5 台 PL-Meter，请回签确认交期。\n上海联拓网络 采购部\n"
    return P(PU, ("联拓采购", "purchase@liantuo-sh.example"), "采购订单 PO#7700185230", b, D(25, "10:00", CST),
             atts=(FILE_PDF("PO7700185230.pdf"),)), L("unrelated", lang="zh")


@pu
def pu_newsletter() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h2>Photonics Weekly 光子周报</h2><p>This week: 硅光量产、CPO 进展。</p><p><a href=\"#\">Unsubscribe</a></p>")
    return P(PU, ("Photonics Weekly", "news@photonicsweekly.example"), "Photonics Weekly 光子周报 #112", h, D(18, "06:30", CST),
             html=True, extra=(("List-Unsubscribe", "<https://photonicsweekly.example/u>"), ("Precedence", "bulk"))), L(
        "unrelated", lang="mixed")


@pu
def pu_payment() -> tuple[Message, dict[str, Any]]:
    b = "付款通知：已支付合同 HT-SH-2024-0216 款项人民币 120,000 元，请查收并开具发票。\n苏州电信工程公司 财务部\n"
    return P(PU, ("财务部", "caiwu@sz-dianxin.example"), "付款通知 HT-SH-2024-0216", b, D(22, "16:00", CST)), L(
        "unrelated", lang="zh")


@pu
def pu_meeting() -> tuple[Message, dict[str, Any]]:
    b = "各位同事：\n\n本周五下午三点在 3 楼会议室开季度质量会议，请售后部准备返修数据。\n行政部\n"
    return P(PU, ("行政部", "admin@pulan-sh.example"), "季度质量会议通知", b, D(25, "09:00", CST)), L("unrelated", lang="zh")


@pu
def pu_vendor() -> tuple[Message, dict[str, Any]]:
    b = "您好，我司专业生产精密注塑外壳，可按图定制，欢迎询价。\n东莞精塑 业务部\n"
    return P(PU, ("精塑业务", "sales@jingsu-dg.example"), "精密外壳定制", b, D(19, "10:00", CST)), L("unrelated", lang="zh")


@pu
def pu_zto_notice() -> tuple[Message, dict[str, Any]]:
    b = "【中通快递】您的包裹 78345612099001 已由前台代收。\n"
    return P(PU, ("中通快递", "notify@zto-express.example"), "包裹签收提醒", b, D(20, "17:00", CST)), L("unrelated", lang="zh")


# ================================================================ Harbourlight (Hong Kong) ==

HL = company(
    "harbourlight",
    name="港灣光學儀器有限公司 (Harbourlight Optical Instruments Ltd.)",
    domain="harbourlight-hk.example",
    country="Hong Kong",
    catalog=["HL-Vista 7", "HL-100", "HL-100S"],
    serial_format="HL + YYMM + two digits + check letter (HL240991K)",
    order_format="訂單 HKO-YY-NNNN; customer POs vary",
    carriers=["SF Express", "Hongkong Post", "Kerry Express"],
)
hl = fx("harbourlight")
HKT = "+0800"


@hl
def hl_big5_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "港灣光學客戶服務部：\n\n本公司上月購買的 HL-100 (序號 HL240991K) 今日開始無法開機，按下電源鍵完全沒有反應，\n"
        "充電燈亦不亮。訂單編號 HKO-24-3318。\n\n請安排維修，謝謝。\n\n九龍通訊工程有限公司\n陳家豪\n"
    )
    return P(HL, ("陳家豪", "chankaho@kowloontel.example"), "HL-100 無法開機", b, D(4, "10:20", HKT), cs="big5", cte="b64"), L(
        "new_request", "chankaho@kowloontel.example", orders=["HKO-24-3318"], serials=["HL240991K"], models=["HL-100"],
        cat="no_power", kw=["無法開機"], lang="zh")


@hl
def hl_mixed_cantonese() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi team,\n\n我哋部 HL-Vista 7 個 display 成日閃，有時黑咗幾秒又返嚟，好影響 field work。\n"
        "Serial: HL241003M，PO: HK/PO/2411/027\n\nThanks\nKelvin Leung\n"
    )
    return P(HL, ("Kelvin Leung", "kelvin.leung@harbourfibre.example"), "HL-Vista 7 display 成日閃", b, D(5, "09:15", HKT)), L(
        "new_request", "kelvin.leung@harbourfibre.example", orders=["HK/PO/2411/027"], serials=["HL241003M"],
        models=["HL-Vista 7"], cat="intermittent", kw=["display 成日閃"], lang="mixed")


@hl
def hl_range_trad() -> tuple[Message, dict[str, Any]]:
    b = (
        "您好，\n\n以下三部 HL-100S 測量讀數偏差約 1.2dB，已用標準光源核對：\nHL240921A、HL240922B、HL240925E\n"
        "訂單 HKO-24-3290\n\n新界電訊 黃美玲\n"
    )
    return P(HL, ("黃美玲", "wongmeiling@ntelecom.example"), "HL-100S 讀數偏差", b, D(6, "14:00", HKT), cs="big5", cte="qp"), L(
        "new_request", "wongmeiling@ntelecom.example", orders=["HKO-24-3290"],
        serials=["HL240921A", "HL240922B", "HL240925E"], models=["HL-100S"], cat="optical_performance",
        kw=["測量讀數偏差約 1.2dB"], lang="zh")


@hl
def hl_form() -> tuple[Message, dict[str, Any]]:
    f = [("Name", "Ho Wing Sze"), ("Email", "wingsze.ho@islandnet.example"), ("Phone", "+852 5555 0123"),
         ("Model", "HL-Vista 7"), ("Serial", "HL240805C"), ("Order no.", "HKO-24-2977"),
         ("Description", "屏幕玻璃破裂，機身有凹痕 (dropped from ladder)")]
    return FORM(HL, "Online service request #44871", f, ("Ho Wing Sze", "wingsze.ho@islandnet.example"), D(7, "23:05", HKT),
                html=True), L(
        "new_request", "wingsze.ho@islandnet.example", orders=["HKO-24-2977"], serials=["HL240805C"],
        models=["HL-Vista 7"], cat="physical_damage", kw=["屏幕玻璃破裂"], lang="mixed")


@hl
def hl_html_utf8_trad() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>港灣光學 您好：</p><p>HL-100 的藍牙無法與手機配對，App 一直顯示「搜尋中」。已重設裝置，問題依舊。</p>"
        "<p>序號：HL240712F<br>訂單：HKO-24-3011</p><p>澳門光網 李嘉欣</p>")
    return P(HL, ("李嘉欣", "leikayan@macaufibre.example"), "藍牙無法配對", h, D(8, "11:45", HKT), html=True, cte="b64"), L(
        "new_request", "leikayan@macaufibre.example", orders=["HKO-24-3011"], serials=["HL240712F"], models=["HL-100"],
        cat="no_link", kw=["藍牙無法與手機配對"], lang="zh")


@hl
def hl_software_en() -> tuple[Message, dict[str, Any]]:
    b = (
        "Dear Harbourlight support,\n\nAfter the firmware 1.8 update the HL-100S restarts every time we open the\n"
        "report menu. Serial HL240930K. PO HK/PO/2410/115.\n\nBest regards,\nMichael Tse\nPearl Delta Networks\n"
    )
    return P(HL, ("Michael Tse", "michael.tse@pearldelta.example"), "HL-100S restarts on report menu", b, D(11, "10:00", HKT)), L(
        "new_request", "michael.tse@pearldelta.example", orders=["HK/PO/2410/115"], serials=["HL240930K"],
        models=["HL-100S"], cat="software", kw=["restarts every time"])


@hl
def hl_missing_item() -> tuple[Message, dict[str, Any]]:
    b = "您好，訂單 HKO-24-3355 收到嘅 HL-Vista 7 冇附送充電器同埋保護套，請補寄。\n將軍澳通訊 吳志明\n"
    return P(HL, ("吳志明", "ngchiming@tkotel.example"), "配件欠缺", b, D(12, "16:20", HKT), cs="big5hkscs", label="Big5-HKSCS", cte="8bit"), L(
        "new_request", "ngchiming@tkotel.example", orders=["HKO-24-3355"], models=["HL-Vista 7"],
        cat="wrong_or_missing_item", kw=["冇附送充電器同埋保護套"], lang="zh")


@hl
def hl_plain_words() -> tuple[Message, dict[str, Any]]:
    b = "你好，部機一開就響「嘟嘟」聲，紅燈閃，個 mon 寫住 E-21，之後就熄咗。HL-100，背面號碼 HL240615B。\n阿強\n"
    return P(HL, ("張志強", "cheungck@gmail-hk.example"), "部機有問題", b, D(13, "20:30", HKT), style="gmail"), L(
        "new_request", "cheungck@gmail-hk.example", serials=["HL240615B"], models=["HL-100"], cat="no_power",
        kw=["E-21", "之後就熄咗"], lang="mixed")


@hl
def hl_attach_damage() -> tuple[Message, dict[str, Any]]:
    b = "您好，附上相片。HL-100S 光學接口嘅陶瓷套管裂咗，插唔入跳線。序號 HL240818D。\n荃灣光纖 梁嘉儀\n"
    return P(HL, ("梁嘉儀", "leungkayee@tsuenwanfibre.example"), "接口損壞", b, D(14, "12:10", HKT), cs="big5hkscs", label="Big5-HKSCS", cte="b64",
             atts=(FILE_JPG("photo_01.jpg"),)), L(
        "new_request", "leungkayee@tsuenwanfibre.example", serials=["HL240818D"], models=["HL-100S"],
        cat="physical_damage", kw=["陶瓷套管裂咗"], lang="zh")


@hl
def hl_no_serial_en() -> tuple[Message, dict[str, Any]]:
    b = "Hi, one of our HL-Vista 7 units needs repair. Order HKO-24-3102. I will send the serial and details later.\nPatrick\n"
    return P(HL, ("Patrick Lau", "patrick.lau@laueng.example"), "repair needed", b, D(15, "09:30", HKT)), L(
        "new_request", "patrick.lau@laueng.example", orders=["HKO-24-3102"], models=["HL-Vista 7"])


@hl
def hl_other_cert() -> tuple[Message, dict[str, Any]]:
    b = "您好，我司 HL-100 (HL240330A) 需要重新出具校準證書以配合客戶驗收，儀器本身正常。請報價。\n沙田工程 馮偉\n"
    return P(HL, ("馮偉", "fungwai@shatineng.example"), "校準證書", b, D(18, "10:00", HKT), cs="big5"), L(
        "new_request", "fungwai@shatineng.example", serials=["HL240330A"], models=["HL-100"], cat="other",
        kw=["重新出具校準證書"], lang="zh")


@hl
def hl_lowercase() -> tuple[Message, dict[str, Any]]:
    b = "hi, hl-100s serial hl240911g 個 usb 口插電腦冇反應，電腦認唔到部機。thx\nVincent\n"
    return P(HL, ("Vincent Yip", "vincent.yip@yipnet.example"), "usb 冇反應", b, D(19, "18:00", HKT)), L(
        "new_request", "vincent.yip@yipnet.example", serials=["hl240911g"], models=["hl-100s"], cat="no_link",
        kw=["電腦認唔到部機"], lang="mixed")


@hl
def hl_tw_style() -> tuple[Message, dict[str, Any]]:
    b = (
        "港灣光學 敬啟者：\n\n敝公司之 HL-Vista 7 (序號 HL240502H) 於現場使用時偶發當機，約每日二至三次，需拔除電池方可重啟。\n"
        "客戶訂單號 TW-PO-113-0871。\n\n台北光通 林佳穎 敬上\n"
    )
    return P(HL, ("林佳穎", "lin.chiaying@tpfiber.example"), "HL-Vista 7 偶發當機", b, D(20, "10:10", HKT), cs="big5",
             cte="qp"), L(
        "new_request", "lin.chiaying@tpfiber.example", orders=["TW-PO-113-0871"], serials=["HL240502H"],
        models=["HL-Vista 7"], cat="intermittent", kw=["偶發當機"], lang="zh")


@hl
def hl_fwd_outlook_big5() -> tuple[Message, dict[str, Any]]:
    ob = ("Mandy 你好，\n\nHL-100S (HL240901J) 顯示「Laser fault」，無法輸出光。訂單 HKO-24-3207。\n\n屯門電訊 何國強\n")
    m = FW(HL, ("Mandy Chow", "mandy.chow@harbourlight-hk.example"), "outlook", "Service team, please follow up.\nMandy",
           ("何國強", "hokwokkeung@tuenmuntel.example"), "Thursday, 21 November 2024 10:05", "HL-100S Laser fault", ob,
           D(21, "10:30", HKT), cs="big5", cte="b64")
    return m, L("forwarded", "hokwokkeung@tuenmuntel.example", "mandy.chow@harbourlight-hk.example",
                orders=["HKO-24-3207"], serials=["HL240901J"], models=["HL-100S"], cat="optical_performance",
                kw=["Laser fault"], lang="mixed")


@hl
def hl_fwd_gmail() -> tuple[Message, dict[str, Any]]:
    ob = ("Hi Daniel,\n\nThe HL-Vista 7 we received has a loose battery door and the rubber seal is torn.\n"
          "Serial HL241010A, PO SG/24/0419.\n\nCheers\nRavi Menon\n")
    m = FW(HL, ("Daniel Ho", "daniel.ho@harbourlight-hk.example"), "gmail", "pls handle, thanks",
           ("Ravi Menon", "ravi.menon@lionfibre.example"), "Fri, 22 Nov 2024 at 15:12", "Vista 7 seal torn", ob,
           D(22, "15:30", HKT))
    return m, L("forwarded", "ravi.menon@lionfibre.example", "daniel.ho@harbourlight-hk.example", orders=["SG/24/0419"],
                serials=["HL241010A"], models=["HL-Vista 7"], cat="physical_damage", kw=["rubber seal is torn"])


@hl
def hl_fwd_rfc822_big5() -> tuple[Message, dict[str, Any]]:
    ob = "您好，HL-100 (HL240420C) 開機後卡在啟動畫面，無法進入選單。\n觀塘網絡 鄭家樂\n"
    m = FW822(HL, ("Mandy Chow", "mandy.chow@harbourlight-hk.example"), "Please see the attached customer mail.",
              ("鄭家樂", "chengkalok@kwuntongnet.example"), "HL-100 卡在啟動畫面", ob, D(25, "09:00", HKT),
              D(25, "09:20", HKT), ocs="big5", olabel="big5")
    return m, L("forwarded", "chengkalok@kwuntongnet.example", "mandy.chow@harbourlight-hk.example",
                serials=["HL240420C"], models=["HL-100"], cat="software", kw=["卡在啟動畫面"], lang="zh")


@hl
def hl_fu_hkpost() -> tuple[Message, dict[str, Any]]:
    b = "您好，部機已經用香港郵政寄出，掛號編號 RR123456785HK。\n陳家豪\n\n" + q("您的維修申請編號為 RMA-2024-90103。")
    return RE(HL, ("陳家豪", "chankaho@kowloontel.example"), "回覆: [RMA-2024-90103] HL-100 無法開機", b, D(26, "10:00", HKT),
              "90103", cs="big5", cte="b64"), L(
        "follow_up", "chankaho@kowloontel.example", models=["HL-100"], tracking=["RR123456785HK"], rma="RMA-2024-90103",
        lang="zh")


@hl
def hl_fu_progress() -> tuple[Message, dict[str, Any]]:
    b = "Hi，想問下 RMA-2024-90108 修成點？幾時可以攞返？\nKelvin\n"
    return RE(HL, ("Kelvin Leung", "kelvin.leung@harbourfibre.example"), "Re: 進度", b, D(27, "11:30", HKT), "90108"), L(
        "follow_up", "kelvin.leung@harbourfibre.example", rma="RMA-2024-90108", lang="mixed")


@hl
def hl_fu_inline() -> tuple[Message, dict[str, Any]]:
    b = ("Hi,\n\n> Could you confirm the serial number of the second unit?\n\nHL240931L\n\n"
         "> Is the fault the same?\n\nYes, exactly the same.\n\nMichael\n")
    return RE(HL, ("Michael Tse", "michael.tse@pearldelta.example"), "RE: [RMA-2024-90112] HL-100S restarts on report menu",
              b, D(28, "09:45", HKT), "90112", style="outlook"), L(
        "follow_up", "michael.tse@pearldelta.example", serials=["HL240931L"], models=["HL-100S"], rma="RMA-2024-90112")


@hl
def hl_fu_bottom_big5() -> tuple[Message, dict[str, Any]]:
    hist = "黃小姐您好，\nRMA-2024-90115 已收到三部儀器，檢測需時約五個工作天。\n港灣光學客戶服務部"
    b = q(hist) + "\n\n收到，謝謝。請完成後通知。\n黃美玲\n"
    return RE(HL, ("黃美玲", "wongmeiling@ntelecom.example"), "回覆: [RMA-2024-90115] 收貨確認", b, D(29, "14:00", HKT),
              "90115", cs="big5"), L("follow_up", "wongmeiling@ntelecom.example", rma="RMA-2024-90115", lang="zh")


@hl
def hl_status_trad() -> tuple[Message, dict[str, Any]]:
    b = "您好，請問訂單 HKO-24-3380 幾時出貨？仲未收到送貨通知。\n吳志明\n"
    return P(HL, ("吳志明", "ngchiming@tkotel.example"), "出貨查詢", b, D(26, "15:00", HKT), cs="big5", cte="b64"), L(
        "order_status", "ngchiming@tkotel.example", orders=["HKO-24-3380"], lang="zh")


@hl
def hl_status_sf() -> tuple[Message, dict[str, Any]]:
    b = "Hi, SF 單號 SF1588200347712 顯示已到澳門但未派送，係訂單 HKO-24-3011 嘅貨，可唔可以幫手跟進？\n李嘉欣\n"
    return P(HL, ("李嘉欣", "leikayan@macaufibre.example"), "順豐未派送", b, D(28, "16:00", HKT)), L(
        "order_status", "leikayan@macaufibre.example", orders=["HKO-24-3011"], tracking=["SF1588200347712"], lang="mixed")


@hl
def hl_status_en() -> tuple[Message, dict[str, Any]]:
    b = "Dear Harbourlight, please let us know the delivery schedule for PO SG/24/0455 (2x HL-100S). Ravi\n"
    return P(HL, ("Ravi Menon", "ravi.menon@lionfibre.example"), "Delivery schedule", b, D(29, "10:00", HKT)), L(
        "order_status", "ravi.menon@lionfibre.example", orders=["SG/24/0455"], models=["HL-100S"])


@hl
def hl_ooo() -> tuple[Message, dict[str, Any]]:
    b = "本人於11月25日至29日休假，期間未能回覆電郵。如有急事請致電公司。\nI am on leave 25-29 Nov.\n"
    return AR(HL, ("陳家豪", "chankaho@kowloontel.example"), "自動回覆: [RMA-2024-90103] 維修完成", b, D(26, "10:01", HKT),
              cs="big5", cte="b64", n="90103"), L("auto_reply", "chankaho@kowloontel.example", rma="RMA-2024-90103",
                                                 lang="mixed")


@hl
def hl_ticket_ack() -> tuple[Message, dict[str, Any]]:
    b = ("Thank you for contacting Pearl Delta Networks IT. Your request #PD-55120 has been created.\n"
         "Subject: [RMA-2024-90112] Please confirm the second serial\n")
    return AR(HL, "support@pearldelta.example", "Request #PD-55120 created", b, D(27, "08:02", HKT), kind="auto-generated",
              n="90112"), L("auto_reply", "support@pearldelta.example", rma="RMA-2024-90112")


@hl
def hl_bounce() -> tuple[Message, dict[str, Any]]:
    why = "Delivery has failed to these recipients or groups:\n\nsales@closed-shop.example\nThe recipient's mailbox is full.\n"
    return DSN(HL, "sales@closed-shop.example", "Undeliverable: 維修報價", why, "維修報價", "您好，附上報價。",
               D(21, "02:00", HKT), mta="exchange"), L("bounce", lang="zh")


@hl
def hl_invoice() -> tuple[Message, dict[str, Any]]:
    b = "Dear Harbourlight,\n\nAttached is our remittance for invoice HLI-24-0881 / PO HK/PO/2410/115.\n\nAccounts Payable\n"
    return P(HL, ("Pearl Delta AP", "ap@pearldelta.example"), "Remittance advice", b, D(22, "17:00", HKT),
             atts=(FILE_PDF("remittance.pdf"),)), L("unrelated")


@hl
def hl_newsletter_big5() -> tuple[Message, dict[str, Any]]:
    h = html_doc("<h2>光纖通訊月刊</h2><p>本期：香港 10G 寬頻普及、海底電纜新項目。</p><p><a href=\"#\">取消訂閱</a></p>",
                 cs="big5")
    return P(HL, ("光纖通訊月刊", "monthly@fibremonthly.example"), "光纖通訊月刊 十一月號", h, D(15, "07:00", HKT), cs="big5",
             cte="b64", html=True, extra=(("List-Unsubscribe", "<mailto:leave@fibremonthly.example>"),)), L(
        "unrelated", lang="zh")


@hl
def hl_party() -> tuple[Message, dict[str, Any]]:
    b = "各位同事：\n\n公司聖誕聯歡晚會將於12月20日晚上7時舉行，請於12月10日前回覆出席。\n人事部\n"
    return P(HL, ("人事部", "hr@harbourlight-hk.example"), "聖誕聯歡晚會", b, D(25, "12:00", HKT)), L("unrelated", lang="zh")


@hl
def hl_kerry_notice() -> tuple[Message, dict[str, Any]]:
    b = "Your Kerry Express shipment KE24110077HK has been delivered. Signed by: RECEPTION\n"
    return P(HL, ("Kerry Express", "noreply@kerry-express.example"), "Delivered: KE24110077HK", b, D(19, "16:00", HKT)), L(
        "unrelated")


@hl
def hl_po_customer() -> tuple[Message, dict[str, Any]]:
    b = "您好，附件為本公司採購單 NT-PO-24-1188，訂購 HL-100S 四部，請確認交貨期。\n新界電訊 採購部\n"
    return P(HL, ("新界電訊採購", "purchase@ntelecom.example"), "採購單 NT-PO-24-1188", b, D(27, "10:00", HKT), cs="big5",
             atts=(FILE_PDF("NT-PO-24-1188.pdf"),)), L("unrelated", lang="zh")


# ================================================================ Karoo (South Africa) ==

KA = company(
    "karoo",
    name="Karoo Field Instruments (Pty) Ltd",
    domain="karoo-instruments.example",
    country="South Africa",
    catalog=["Veld 40", "Veld 40 Max", "KT-9", "Springbok S2"],
    serial_format="KFI + YY + four digits (KFI241200)",
    order_format="SO YY/NNNN (sales order); customer POs vary",
    carriers=["The Courier Guy", "RAM", "DHL"],
)
ka = fx("karoo")
SAST = "+0200"


@ka
def ka_plain() -> tuple[Message, dict[str, Any]]:
    b = (
        "Morning Karoo team,\n\nOur Veld 40 Max (serial KFI240388) died on site yesterday. No lights, no display, nothing\n"
        "when you press the power button, even with a freshly charged battery pack.\n"
        "Our PO 4700218831, your SO 24/0912.\n\nThanks\nPieter van der Merwe\nHighveld Surveying CC\n"
    )
    return P(KA, ("Pieter van der Merwe", "pieter@highveldsurvey.example"), "Veld 40 Max dead", b, D(4, "07:30", SAST)), L(
        "new_request", "pieter@highveldsurvey.example", orders=["4700218831", "SO 24/0912"], serials=["KFI240388"],
        models=["Veld 40 Max"], cat="no_power", kw=["No lights, no display"])


@ka
def ka_range_to() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\nAll ten KT-9 data loggers from our last order drop off the network every few hours and only come back\n"
        "after a reboot. Serials KFI241200 to 1209. Order SO 24/0977.\n\nRegards\nThabo Nkosi\nNkosi Water Systems\n"
    )
    s = rng("KFI24", 1200, 1209, 4)
    return P(KA, ("Thabo Nkosi", "thabo@nkosiwater.example"), "KT-9 loggers dropping off", b, D(5, "10:00", SAST)), L(
        "new_request", "thabo@nkosiwater.example", orders=["SO 24/0977"], serials=s, models=["KT-9"],
        cat="intermittent", kw=["drop off the network every few hours"], expanded=s[1:])


@ka
def ka_afrikaans() -> tuple[Message, dict[str, Any]]:
    b = (
        "Goeiemôre,\n\nOns Springbok S2 (reeksnommer KFI240701) se skerm is gebreek nadat dit van die bakkie af geval het.\n"
        "Bestelling SO 24/0655.\n\nGroete\nJohan Botha\nBotha Boerdery\n"
    )
    return P(KA, ("Johan Botha", "johan@bothaboerdery.example"), "Gebreekte skerm", b, D(6, "08:15", SAST)), L(
        "new_request", "johan@bothaboerdery.example", orders=["SO 24/0655"], serials=["KFI240701"],
        models=["Springbok S2"], cat="physical_damage", kw=["skerm is gebreek"])


@ka
def ka_form() -> tuple[Message, dict[str, Any]]:
    f = [("Full name", "Naledi Dlamini"), ("Company", "Ukhozi Mining"), ("Email", "naledi.dlamini@ukhozimining.example"),
         ("Product", "Veld 40"), ("Serial number", "KFI240455"), ("Purchase order", "UKM/PO/24/0311"),
         ("Describe the problem", "Distance readings are off by 2 to 3 metres compared to our reference")]
    return FORM(KA, "Website: new RMA request", f, ("Naledi Dlamini", "naledi.dlamini@ukhozimining.example"),
                D(7, "19:45", SAST)), L(
        "new_request", "naledi.dlamini@ukhozimining.example", orders=["UKM/PO/24/0311"], serials=["KFI240455"],
        models=["Veld 40"], cat="optical_performance", kw=["Distance readings are off by 2 to 3 metres"])


@ka
def ka_html_software() -> tuple[Message, dict[str, Any]]:
    h = html_doc(
        "<p>Hello,</p><p>Since installing KarooLink 3.0 the KT-9 will not sync. The app says <i>Device not supported</i>.</p>"
        "<p>Serial: KFI240912<br>PO: CPT-24-1187</p><p>Kind regards,<br>Sarah Jacobs<br>Cape Environmental</p>")
    return P(KA, ("Sarah Jacobs", "sarah.jacobs@capeenv.example"), "KT-9 sync problem", h, D(8, "13:20", SAST), html=True), L(
        "new_request", "sarah.jacobs@capeenv.example", orders=["CPT-24-1187"], serials=["KFI240912"], models=["KT-9"],
        cat="software", kw=["Device not supported"])


@ka
def ka_wrong_item() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi there,\n\nWe ordered a Veld 40 Max on SO 24/1002 but received a standard Veld 40. The tripod adapter is\n"
        "also missing from the box.\n\nCheers\nMichael O'Connor\nDublin Geomatics Ltd\n"
    )
    return P(KA, ("Michael O'Connor", "moconnor@dublingeo.example"), "Wrong unit received", b, D(11, "09:10", "+0000")), L(
        "new_request", "moconnor@dublingeo.example", orders=["SO 24/1002"], models=["Veld 40 Max", "Veld 40"],
        cat="wrong_or_missing_item", kw=["received a standard Veld 40"])


@ka
def ka_nolink_bluetooth() -> tuple[Message, dict[str, Any]]:
    b = (
        "Hi,\n\nThe Springbok S2 won't pair with the controller any more. Bluetooth shows it for a second then it\n"
        "disappears. Serial KFI240733.\n\nLerato Mokoena\n"
    )
    return P(KA, ("Lerato Mokoena", "lerato@mokoenasurvey.example"), "S2 not pairing", b, D(12, "11:40", SAST)), L(
        "new_request", "lerato@mokoenasurvey.example", serials=["KFI240733"], models=["Springbok S2"], cat="no_link",
        kw=["won't pair with the controller"])


@ka
def ka_plain_words() -> tuple[Message, dict[str, Any]]:
    b = ("hi, my machine wont charge. plug it in and the light flashes red and then goes off. its the Veld 40,\n"
         "number KFI240299 on the bottom.\nsipho\n")
    return P(KA, ("Sipho Khumalo", "sipho.k@gmail-za.example"), "wont charge", b, D(13, "21:00", SAST), style="gmail"), L(
        "new_request", "sipho.k@gmail-za.example", serials=["KFI240299"], models=["Veld 40"], cat="no_power",
        kw=["wont charge"])


@ka
def ka_other_service() -> tuple[Message, dict[str, Any]]:
    b = ("Good day,\n\nWe would like to book our two Veld 40 (KFI230811, KFI230814) in for their annual service and\n"
         "certification before the new mining season. Both working fine.\n\nRegards\nAnnelie du Plessis\n")
    return P(KA, ("Annelie du Plessis", "annelie@duplessis-mining.example"), "Annual service booking", b,
             D(14, "08:00", SAST)), L(
        "new_request", "annelie@duplessis-mining.example", serials=["KFI230811", "KFI230814"], models=["Veld 40"],
        cat="other", kw=["annual service"])


@ka
def ka_attach_log() -> tuple[Message, dict[str, Any]]:
    b = ("Hi support,\n\nLog attached. KT-9 KFI240920 resets itself at random, usually at night, battery is fine.\n"
         "Our order SO 24/0977.\n\nThabo\n")
    return P(KA, ("Thabo Nkosi", "thabo@nkosiwater.example"), "KT-9 random resets (log attached)", b, D(15, "06:50", SAST),
             atts=(textfile("kt9_log.txt", "reset at 02:14\nreset at 03:40\n"),)), L(
        "new_request", "thabo@nkosiwater.example", orders=["SO 24/0977"], serials=["KFI240920"], models=["KT-9"],
        cat="intermittent", kw=["resets itself at random"])


@ka
def ka_nothing() -> tuple[Message, dict[str, Any]]:
    b = "Hi, how do I send a unit in for repair? Where do I ship it? Thanks, Ruan\n"
    return P(KA, ("Ruan Venter", "ruan@venterbou.example"), "Repairs", b, D(18, "12:00", SAST)), L(
        "new_request", "ruan@venterbou.example")


@ka
def ka_optical_lens() -> tuple[Message, dict[str, Any]]:
    b = ("Dear Karoo,\n\nThe Veld 40 Max (KFI240402) laser dot is now blurry and the instrument cannot get a reading\n"
         "beyond 50 metres; it used to reach 400. PO NWG-2024-0219.\n\nKind regards\nGrace Mahlangu\nNorth West Geo\n")
    return P(KA, ("Grace Mahlangu", "grace@nwgeo.example"), "Range problem", b, D(19, "10:30", SAST)), L(
        "new_request", "grace@nwgeo.example", orders=["NWG-2024-0219"], serials=["KFI240402"], models=["Veld 40 Max"],
        cat="optical_performance", kw=["laser dot is now blurry"])


@ka
def ka_fwd_apple() -> tuple[Message, dict[str, Any]]:
    ob = ("Hi Jaco,\n\nThe KT-9 logger (KFI240955) arrived with a cracked housing and water got in during the first rain.\n"
          "PO 4700219002.\n\nRegards\nFatima Patel\nDurban Port Services\n")
    m = FW(KA, ("Jaco Steyn", "jaco.steyn@karoo-instruments.example"), "apple", "Service, please open an RMA.\n\nJaco",
           ("Fatima Patel", "fatima.patel@durbanport.example"), "21 November 2024 at 09:12:44 SAST", "KT-9 cracked housing",
           ob, D(21, "09:30", SAST))
    return m, L("forwarded", "fatima.patel@durbanport.example", "jaco.steyn@karoo-instruments.example",
                orders=["4700219002"], serials=["KFI240955"], models=["KT-9"], cat="physical_damage",
                kw=["cracked housing"])


@ka
def ka_fwd_owa() -> tuple[Message, dict[str, Any]]:
    ob = ("Hi,\n\nSpringbok S2 KFI240760 shows 'GNSS module error' at every start since the last firmware.\n\n"
          "Willem Pretorius\n")
    m = FW(KA, ("Nomsa Zulu", "nomsa.zulu@karoo-instruments.example"), "owa", "FYI - customer called as well.",
           ("Willem Pretorius", "willem@pretoriusland.example"), "Friday, 22 November 2024 08:02", "S2 error", ob,
           D(22, "08:20", SAST))
    return m, L("forwarded", "willem@pretoriusland.example", "nomsa.zulu@karoo-instruments.example",
                serials=["KFI240760"], models=["Springbok S2"], cat="software", kw=["GNSS module error"])


@ka
def ka_fwd_gmail_noaddr() -> tuple[Message, dict[str, Any]]:
    ob = ("Good day,\n\nOur Veld 40 goes off by itself after a few minutes in the sun. Serial KFI240318.\n"
          "Order SO 24/0844.\n\nDavid Naidoo\nNaidoo Civils\n")
    m = FW(KA, ("Jaco Steyn", "jaco.steyn@karoo-instruments.example"), "gmail", "From the stand at the expo, please log it.",
           ("David Naidoo", ""), "Mon, 25 Nov 2024 at 11:40", "Veld 40 switching off", ob, D(25, "12:00", SAST))
    return m, L("forwarded", None, "jaco.steyn@karoo-instruments.example", orders=["SO 24/0844"], serials=["KFI240318"],
                models=["Veld 40"], cat="intermittent", kw=["goes off by itself after a few minutes"])


@ka
def ka_fwd_outlook() -> tuple[Message, dict[str, Any]]:
    ob = ("Hello,\n\nThe Springbok S2 we received on SO 24/1010 came without the charger and the carry case.\n\n"
          "Regards\nKeabetswe Molefe\nkeabetswe@molefeeng.example\n")
    m = FW(KA, ("Nomsa Zulu", "nomsa.zulu@karoo-instruments.example"), "outlook", "Please send the missing items.",
           ("Keabetswe Molefe", "keabetswe@molefeeng.example"), "Tuesday, 26 November 2024 10:15", "Missing items", ob,
           D(26, "10:40", SAST))
    return m, L("forwarded", "keabetswe@molefeeng.example", "nomsa.zulu@karoo-instruments.example",
                orders=["SO 24/1010"], models=["Springbok S2"], cat="wrong_or_missing_item",
                kw=["came without the charger"])


@ka
def ka_fu_waybill() -> tuple[Message, dict[str, Any]]:
    hist = "Dear Pieter,\n\nyour return is registered as RMA-2024-95101.\n\nKaroo Service"
    b = q(hist) + "\n\nShipped with The Courier Guy today, waybill TCG8813307.\n\nPieter\n"
    return RE(KA, ("Pieter van der Merwe", "pieter@highveldsurvey.example"), "Re: [RMA-2024-95101] Veld 40 Max dead", b,
              D(26, "14:00", SAST), "95101"), L(
        "follow_up", "pieter@highveldsurvey.example", models=["Veld 40 Max"], tracking=["TCG8813307"],
        rma="RMA-2024-95101")


@ka
def ka_fu_afrikaans() -> tuple[Message, dict[str, Any]]:
    b = "Goeiemiddag, wanneer kry ons die Springbok S2 terug? Verwysing RMA-2024-95106.\nJohan\n"
    return RE(KA, ("Johan Botha", "johan@bothaboerdery.example"), "Herstel", b, D(28, "13:30", SAST), "95106"), L(
        "follow_up", "johan@bothaboerdery.example", models=["Springbok S2"], rma="RMA-2024-95106")


@ka
def ka_fu_oneliner() -> tuple[Message, dict[str, Any]]:
    hist = ("Hi Thabo,\n\nwe opened RMA-2024-95110 for the ten loggers. Please return them together with the power\n"
            "supplies. The courier collection can be booked by us.\n\nKaroo Service")
    b = "Yes please book the collection for Friday.\n\n-----Original Message-----\n" + hist
    return RE(KA, ("Thabo Nkosi", "thabo@nkosiwater.example"), "RE: [RMA-2024-95110] KT-9 loggers dropping off", b,
              D(29, "08:10", SAST), "95110", style="outlook"), L(
        "follow_up", "thabo@nkosiwater.example", models=["KT-9"], rma="RMA-2024-95110")


@ka
def ka_status() -> tuple[Message, dict[str, Any]]:
    b = "Hi, when will SO 24/1044 be delivered? We were promised this week.\nMichael\n"
    return P(KA, ("Michael O'Connor", "moconnor@dublingeo.example"), "Delivery of SO 24/1044", b, D(27, "09:00", "+0000")), L(
        "order_status", "moconnor@dublingeo.example", orders=["SO 24/1044"])


@ka
def ka_status_ram() -> tuple[Message, dict[str, Any]]:
    b = "Hi, RAM says parcel RAM-55120031 for our PO UKM/PO/24/0340 is 'awaiting collection' for 3 days now?\nNaledi\n"
    return P(KA, ("Naledi Dlamini", "naledi.dlamini@ukhozimining.example"), "Parcel not collected", b, D(28, "11:00", SAST)), L(
        "order_status", "naledi.dlamini@ukhozimining.example", orders=["UKM/PO/24/0340"], tracking=["RAM-55120031"])


@ka
def ka_status_afr() -> tuple[Message, dict[str, Any]]:
    b = "Goeiedag, is ons bestelling SO 24/1050 al gestuur? Asseblief stuur die opsporingsnommer.\nAnnelie\n"
    return P(KA, ("Annelie du Plessis", "annelie@duplessis-mining.example"), "Bestelling SO 24/1050", b, D(29, "09:40", SAST)), L(
        "order_status", "annelie@duplessis-mining.example", orders=["SO 24/1050"])


@ka
def ka_status_dhl() -> tuple[Message, dict[str, Any]]:
    b = "Hello, DHL 5520184471 for order CPT-24-1201 has been at customs in Joburg since Monday. Anything needed from us?\nSarah\n"
    return P(KA, ("Sarah Jacobs", "sarah.jacobs@capeenv.example"), "Shipment stuck in customs", b, D(30, "10:00", SAST)), L(
        "order_status", "sarah.jacobs@capeenv.example", orders=["CPT-24-1201"], tracking=["5520184471"])


@ka
def ka_ooo() -> tuple[Message, dict[str, Any]]:
    b = "I am out of office until 2 December with no access to email. For urgent matters contact ops@highveldsurvey.example.\n"
    return AR(KA, ("Pieter van der Merwe", "pieter@highveldsurvey.example"), "Out of Office: [RMA-2024-95101] Unit received",
              b, D(27, "10:00", SAST), n="95101"), L("auto_reply", "pieter@highveldsurvey.example", rma="RMA-2024-95101")


@ka
def ka_sap_ack() -> tuple[Message, dict[str, Any]]:
    b = ("This message was received by the Ukhozi Mining supplier portal and attached to vendor record 100233.\n"
         "Reference: [RMA-2024-95115] Return instructions\nNo reply is necessary.\n")
    return AR(KA, "supplierportal@ukhozimining.example", "Received: [RMA-2024-95115] Return instructions", b,
              D(20, "12:00", SAST), kind="auto-generated", n="95115"), L(
        "auto_reply", "supplierportal@ukhozimining.example", rma="RMA-2024-95115")


@ka
def ka_bounce() -> tuple[Message, dict[str, Any]]:
    why = "This is the mail system at host mx1.karoo-instruments.example.\n\n<info@gone-survey.example>: User unknown\n"
    return DSN(KA, "info@gone-survey.example", "Undelivered Mail Returned to Sender", why, "Your repair quote",
               "Good day, please find our quote attached.", D(19, "03:00", SAST)), L("bounce")


@ka
def ka_remittance() -> tuple[Message, dict[str, Any]]:
    b = "REMITTANCE ADVICE\n\nPaid: ZAR 48 300.00\nReference: PO 4700218831 / INV KFI-INV-7712\nDate: 2024-11-28\n"
    return P(KA, ("Highveld Accounts", "accounts@highveldsurvey.example"), "Remittance advice PO 4700218831", b,
             D(28, "16:00", SAST)), L("unrelated")


@ka
def ka_newsletter() -> tuple[Message, dict[str, Any]]:
    b = "SURVEY SA NEWS - November\n\n* New SAGI rules\n* Drone mapping course\n\nManage subscription: https://surveysa.example/prefs\n"
    return P(KA, ("Survey SA News", "news@surveysa.example"), "Survey SA News - November", b, D(15, "05:00", SAST),
             extra=(("List-Unsubscribe", "<https://surveysa.example/prefs>"), ("Precedence", "bulk"))), L("unrelated")


@ka
def ka_loadshedding() -> tuple[Message, dict[str, Any]]:
    b = "Dear customer,\n\nScheduled maintenance in your area on 3 December from 08:00 to 16:00.\n\nCity Power\n"
    return P(KA, ("City Power", "notices@citypower.example"), "Planned outage notice", b, D(26, "07:00", SAST)), L("unrelated")


@ka
def ka_order_new() -> tuple[Message, dict[str, Any]]:
    b = "Hi, please find attached our PO 4700219150 for 3 x Springbok S2. Please confirm lead time.\nProcurement, Durban Port Services\n"
    return P(KA, ("DPS Procurement", "procurement@durbanport.example"), "PO 4700219150", b, D(27, "08:30", SAST),
             atts=(FILE_PDF("PO4700219150.pdf"),)), L("unrelated")


@ka
def ka_courier_notice() -> tuple[Message, dict[str, Any]]:
    b = "Your waybill TCG8813400 has been delivered to KAROO FIELD INSTRUMENTS. Signed: M. Jacobs.\nThe Courier Guy\n"
    return P(KA, ("The Courier Guy", "tracking@thecourierguy.example"), "Waybill delivered", b, D(20, "15:00", SAST)), L(
        "unrelated")


@ka
def ka_recruiter() -> tuple[Message, dict[str, Any]]:
    b = "Hi, we place senior field technicians across Gauteng. Are you hiring in 2025? Happy to send CVs.\nTalentHub\n"
    return P(KA, ("TalentHub Recruiting", "hello@talenthub.example"), "Field technicians available", b, D(18, "09:00", SAST),
             html="<p>Hi, we place senior field technicians across Gauteng. Are you hiring in 2025?</p>"), L("unrelated")


@ka
def ka_internal() -> tuple[Message, dict[str, Any]]:
    b = "Team,\n\nthe workshop will close early on Friday for the year-end braai. Please finish open repairs by Thursday.\n\nJaco\n"
    return P(KA, ("Jaco Steyn", "jaco.steyn@karoo-instruments.example"), "Year-end braai", b, D(25, "16:00", SAST)), L(
        "unrelated")


@ka
def ka_phish() -> tuple[Message, dict[str, Any]]:
    b = "Your mailbox is almost full. Click here to verify your account within 24 hours: http://mail-verify.example/k\n"
    return P(KA, ("IT Helpdesk", "it-helpdesk@mail-verify.example"), "Mailbox quota warning", b, D(23, "01:00", SAST)), L(
        "unrelated")


# ================================================================ more of each company ==


@ks
def ks_social_notice() -> tuple[Message, dict[str, Any]]:
    b = ("You have 3 new connection requests and 12 profile views this week.\nSee who viewed your profile:"
         " https://bizconnect.example/me\n\nUnsubscribe from weekly summaries: https://bizconnect.example/u\n")
    return P(KS, ("BizConnect", "notifications@bizconnect.example"), "Your weekly summary", b, D(24, "06:00", "+0000"),
             extra=(("List-Unsubscribe", "<https://bizconnect.example/u>"), ("Precedence", "bulk"))), L("unrelated")


@nu
def nu_internal_stock() -> tuple[Message, dict[str, Any]]:
    b = ("Rekan-rekan,\n\nstok elektroda pengganti tinggal 20 set. Mohon tim servis tidak memakai stok demo.\n\nGudang\n")
    return P(NU, ("Gudang", "gudang@nusantara-optika.example"), "Stok elektroda", b, D(20, "16:00", WIB)), L("unrelated")


@ka
def ka_already_shipped() -> tuple[Message, dict[str, Any]]:
    b = ("Hi Karoo,\n\nI have already sent our faulty KT-9 back to your Centurion workshop with RAM, waybill RAM-55120110,\n"
         "before I saw that I should ask for an RMA first - sorry. Since the firmware update to 2.2 the logger\n"
         "stopped recording after two days, the memory shows 0 records although it is set to log every minute. Serial KFI241118, PO 4700219088.\n\n"
         "Regards\nFatima Patel\nDurban Port Services\n")
    return P(KA, ("Fatima Patel", "fatima.patel@durbanport.example"), "Unit already sent - KT-9", b, D(27, "12:30", SAST)), L(
        "new_request", "fatima.patel@durbanport.example", orders=["4700219088"], serials=["KFI241118"], models=["KT-9"],
        tracking=["RAM-55120110"], cat="software", kw=["stopped recording after two days"])


@pu
def pu_subject_only() -> tuple[Message, dict[str, Any]]:
    b = "如题，谢谢。\n\n合肥科讯 马超\n"
    return P(PU, ("马超", "machao@kexun-hf.example"), "报修：PL-Meter PL.2410.0906 开机无反应 合同HT-SH-2024-0412", b,
             D(21, "08:40", CST)), L(
        "new_request", "machao@kexun-hf.example", orders=["HT-SH-2024-0412"], serials=["PL.2410.0906"],
        models=["PL-Meter"], cat="no_power", kw=["开机无反应"], lang="zh")


@hl
def hl_mixed_po_so() -> tuple[Message, dict[str, Any]]:
    b = ("Hi Harbourlight,\n\n我哋 PO HK/PO/2411/052（你哋訂單 HKO-24-3401）收到兩部 HL-100，但係應該係 HL-100S，\n"
         "型號送錯咗，麻煩安排換貨。\n\nThanks\nKelvin Leung\n")
    return P(HL, ("Kelvin Leung", "kelvin.leung@harbourfibre.example"), "送錯型號", b, D(26, "11:20", HKT)), L(
        "new_request", "kelvin.leung@harbourfibre.example", orders=["HK/PO/2411/052", "HKO-24-3401"],
        models=["HL-100", "HL-100S"], cat="wrong_or_missing_item", kw=["型號送錯咗"], lang="mixed")


@yh
def yh_unrelated_recruit() -> tuple[Message, dict[str, Any]]:
    b = "您好，附件是应聘售后工程师岗位的简历，请查阅。\n应聘人：邓强\n"
    return P(YH, ("邓强", "dengqiang@job-mail.example"), "应聘售后工程师", b, D(24, "20:00", CST), cs="gbk", label="gb2312",
             atts=(FILE_PDF("resume.pdf"),)), L("unrelated", lang="zh")


if __name__ == "__main__":
    sys.exit(C.main(__doc__ or ""))

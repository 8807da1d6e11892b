"""Hand-written held-out corpus of after-sales mail for eight fictional electronics and optics makers.

Every mail is written by hand in its own fixture function below; the shared kit (../blindkit.py)
turns them into byte-identical .eml files, writes labels.jsonl, company.json and README.md, and
checks the labels against the mails.  Run without arguments to rewrite, with --check to verify.
"""

from __future__ import annotations

import os
import sys
from email.message import Message
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from blindkit import (
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
    mixed,
    multipart,
    pdf,
    png,
    q,
    related,
    rfc822,
    rng,
    text,
    textfile,
    xlsx,
)

HERE = os.path.dirname(os.path.abspath(__file__))

C = Corpus(
    here=HERE,
    script="make_train4.py",
    title="blind4: held-out corpus of service mail for eight electronics and optics makers",
    domains="`.example`",
    languages="German, French, Spanish, Italian, Polish, Dutch, Portuguese, Japanese, Swedish or Turkish",
    serial_shapes={
        "oculara": r"OC\d{2}-\d{6}",
        "messkraft": r"(?:SA3|OS5|PG2|AA1)-\d{4}-\d{5}",
        "zhirui": r"ZR\d{4}[A-Z]\d{5}",
        "takanawa": r"T[LB]\d{8}",
        "vireo": r"VLS-\d{2}-\d{4}",
        "bergvik": r"BV\d{8}",
        "taihe": r"TH-[A-Z]\d-\d{6}-\d{4}",
        "ningda": r"DH\d{4}-\d{4}",
    },
    notes=[
        "Machine mail is labelled by who sends it: an automatic answer from the person or system that was "
        "written to (out-of-office, read receipt, ERP or ticket acknowledgement, delivery report) is "
        "`auto_reply` or `bounce`; mail a machine sends on its own (carrier notice, newsletter, invoice, "
        "payment advice) is `unrelated`.  Web-form notifications come from the maker's noreply address; "
        "their customer is the address typed into the form.",
    ],
)

Fx = tuple[Message, dict[str, Any]]


def fake_docx() -> bytes:
    """A word-processing attachment: a zip header and deterministic filler."""
    return xlsx("docx")


def S(subject: str, cs: str = "utf-8", enc: str = "B") -> str:
    """A Subject value: ASCII as is, anything else as encoded words."""
    return subject if subject.isascii() else ew(subject, cs, enc)


def P(body: str, cs: str = "utf-8", cte: str = "qp", label: str | None = None) -> Message:
    """A text/plain part."""
    return text(body, cs=cs, cte=cte, label=label)


def H(inner: str, cs: str = "utf-8", cte: str = "qp", label: str | None = None) -> Message:
    """A text/html part around the given body markup."""
    return text(html_doc(inner, cs=label or cs), cs=cs, cte=cte, sub="html", label=label)


def multipart_report(parts: list[Message]) -> Message:
    """A delivery status notification body (RFC 3464)."""
    return multipart("report", parts, bnd("generic", "report"), params=" report-type=delivery-status;")


def M(
    date: str,
    frm: str,
    to: str,
    subject: str,
    body: Message,
    style: str = "generic",
    dom: str = "mail.example",
    extra: tuple[tuple[str, str], ...] = (),
    scs: str = "utf-8",
) -> Message:
    """A top-level mail with the usual header order."""
    return mail(date, frm, to, S(subject, scs), body, style=style, domain=dom, extra=extra)


# ======================================================================= oculara ==
# Oculara Photonics Ltd, UK: fibre transceivers.  Serials OC<yy>-<6 digits>; sales orders
# SO-<yy>/<5 digits>; customers quote their own PO numbers; UPS and Royal Mail.

OC = "rma@oculara.example"
C.company(
    "oculara",
    name="Oculara Photonics Ltd",
    staff_domains=["oculara.example"],
    service_address=OC,
    noreply_addresses=["noreply@oculara.example"],
    catalog=["QX-100G-LR4", "QX-100G-ER4L", "QX-25G-SR", "QX-400G-DR4", "SFX-10G-ER", "SFX-10G-LR"],
    conventions="serial OC25-004513; sales order SO-25/04417; UPS 1Z..., Royal Mail S10",
)


@C.fixture("oculara")
def oc_two_lr4_no_link() -> Fx:
    b = """Hello,

We received 12 x QX-100G-LR4 on sales order SO-25/04417 last week. Two of them never bring the link up,
whatever port or patch cord we try. The other ten are fine on the same fibre.

Faulty units:
  OC25-004513
  OC25-004517

Could you please arrange a return? We are in Bergen, Norway.

Kind regards
Ingrid Solberg
Network Operations, Fjordnett AS
"""
    m = M("Mon, 02 Nov 2026 08:41:10 +0100", addr("Ingrid Solberg", "ingrid.solberg@fjordnett.example"), OC,
          "Two LR4 modules - link won't come up", P(b), "outlook",
          "fjordnett.example")
    return m, L("new_request", "ingrid.solberg@fjordnett.example", orders=["SO-25/04417"],
                serials=["OC25-004513", "OC25-004517"], models=["QX-100G-LR4"], cat="no_link",
                kw=["never bring the link up"])


@C.fixture("oculara")
def oc_terse_phone_rx_low() -> Fx:
    b = """rx power way too low on both sr optics, around -14 dBm at the far end. oc25-010288 and oc25-010291

Sent from my iPhone
"""
    m = M("Mon, 02 Nov 2026 22:05:51 +0000", "dmitri.k@packetyard.example", OC, "sr optics", P(b, cte="7bit"),
          "apple", "packetyard.example")
    return m, L("new_request", "dmitri.k@packetyard.example", serials=["oc25-010288", "oc25-010291"],
                cat="optical_performance", kw=["rx power way too low"])


@C.fixture("oculara")
def oc_html_only_spanish_table() -> Fx:
    inner = """<p>Buenos días:</p>
<p>Les escribimos por el pedido <b>SO-25/04630</b>. Tres transceptores QX-25G-SR no enlazan con nuestros
conmutadores; los demás del mismo lote funcionan bien.</p>
<table border="1" cellpadding="3">
<tr><th>Número de serie</th><th>Puerto</th><th>Estado</th></tr>
<tr><td>OC25-006102</td><td>Eth1/7</td><td>sin enlace</td></tr>
<tr><td>OC25-006115</td><td>Eth1/8</td><td>sin enlace</td></tr>
<tr><td>OC25-006121</td><td>Eth2/1</td><td>sin enlace</td></tr>
</table>
<p>Quedamos a la espera de sus instrucciones para la devolución.</p>
<p>Saludos cordiales,<br>Marta Echeverría<br>Redes Cantábrico S.L.</p>"""
    m = M("Tue, 03 Nov 2026 10:12:03 +0100", addr("Marta Echeverría", "m.echeverria@redescantabrico.example"), OC,
          "Transceptores sin enlace - pedido SO-25/04630", H(inner), "outlook", "redescantabrico.example")
    return m, L("new_request", "m.echeverria@redescantabrico.example", orders=["SO-25/04630"],
                serials=["OC25-006102", "OC25-006115", "OC25-006121"], models=["QX-25G-SR"], cat="no_link",
                kw=["no enlazan", "sin enlace"])


@C.fixture("oculara")
def oc_webform_latch() -> Fx:
    b = """A new return request was submitted on oculara.example/support/return

Name:           Callum Reid
Company:        Skerry Broadband Ltd
E-mail:         callum.reid@skerrybb.example
Phone:          +44 1595 690 114
Order number:   SO-25/03871
Product:        SFX-10G-LR
Serial number:  OC24-118402
Description:    Box looked fine but the pull latch on the module is snapped off, we can't get
                it out of the cage now without pliers.

--\x20
This message was generated automatically. Please do not reply to this address.
"""
    m = M("Tue, 03 Nov 2026 14:30:00 +0000", addr("Oculara Web", "noreply@oculara.example"), OC,
          "[Return request] SO-25/03871 - Callum Reid", P(b, cte="7bit"), "generic", "oculara.example",
          extra=(("Reply-To", "callum.reid@skerrybb.example"),))
    return m, L("new_request", "callum.reid@skerrybb.example", orders=["SO-25/03871"], serials=["OC24-118402"],
                models=["SFX-10G-LR"], cat="physical_damage", kw=["latch on the module is snapped off"])


@C.fixture("oculara")
def oc_polish_wrong_item_photo() -> Fx:
    b = """Dzień dobry,

w paczce do zamówienia SO-25/04988 był niewłaściwy moduł: zamawialiśmy QX-25G-SR,
a przyszedł SFX-10G-ER (zdjęcie etykiety w załączniku). Numer seryjny z etykiety: OC25-003377.

Prosimy o wymianę.

Pozdrawiam
Tomasz Wróbel
"""
    body = mixed([P(b, cs="iso-8859-2"), attachment("image/jpeg", "etykieta.jpg", jpeg("lbl"))], "tb")
    m = M("Wed, 04 Nov 2026 07:58:44 +0100", addr("Tomasz Wróbel", "t.wrobel@siecmazur.example"), OC,
          "Zły moduł w paczce", body, "tb", "siecmazur.example", scs="iso-8859-2")
    return m, L("new_request", "t.wrobel@siecmazur.example", orders=["SO-25/04988"], serials=["OC25-003377"],
                models=["QX-25G-SR", "SFX-10G-ER"], cat="wrong_or_missing_item", kw=["niewłaściwy moduł"])


@C.fixture("oculara")
def oc_chinese_flapping() -> Fx:
    b = """您好，

我们在深圳机房用的 QX-100G-LR4 光模块（订单 SO-25/05102）最近时好时坏，每隔几个小时就断一次，
几秒钟后又自己恢复。换了跳线也一样。

序列号：OC25-008841、OC25-008846

麻烦安排检测或更换，谢谢！

陈立伟
深圳云桥数据有限公司
"""
    m = M("Wed, 04 Nov 2026 16:22:09 +0800", addr("陈立伟", "chenlw@yunqiaodata.example"), OC,
          "光模块时好时坏，申请退换", P(b, cte="b64"), "foxmail", "yunqiaodata.example")
    return m, L("new_request", "chenlw@yunqiaodata.example", orders=["SO-25/05102"],
                serials=["OC25-008841", "OC25-008846"], models=["QX-100G-LR4"], cat="intermittent",
                kw=["时好时坏", "断一次"], lang="zh")


@C.fixture("oculara")
def oc_own_words_port_dark() -> Fx:
    b = """Hi there

I'm not a network person, I look after IT for a small school. Our contractor put two of your
little plug-in modules into the new switch in the library and the light next to
the socket just stays dark. He swapped them into the other switch and same thing. The numbers on them
are OC25-001944 and OC25-001950. He says the order was PO-STM-2291.

What do we do?

Thanks
Helen Carver
St Mawgan Primary
"""
    m = M("Thu, 05 Nov 2026 12:47:33 +0000", addr("Helen Carver", "h.carver@stmawgan-school.example"), OC,
          "modules not working", P(b), "gmail", "stmawgan-school.example")
    return m, L("new_request", "h.carver@stmawgan-school.example", orders=["PO-STM-2291"],
                serials=["OC25-001944", "OC25-001950"], cat="no_link", kw=["just stays dark"])


@C.fixture("oculara")
def oc_turkish_hot() -> Fx:
    b = """Merhaba,

SO-25/04211 siparişiyle aldığımız QX-400G-DR4 modülü çok ısınıyor; yaklaşık 20 dakika sonra
switch portu kendiliğinden kapatıyor. Seri numarası: OC25-000718.

İade için ne yapmamız gerekiyor?

Saygılarımla,
Emre Aydın
"""
    m = M("Thu, 05 Nov 2026 09:03:19 +0300", addr("Emre Aydın", "emre.aydin@anadolunet.example"), OC,
          "QX-400G-DR4 aşırı ısınma", P(b, cs="iso-8859-9"), "outlook", "anadolunet.example", scs="iso-8859-9")
    return m, L("new_request", "emre.aydin@anadolunet.example", orders=["SO-25/04211"], serials=["OC25-000718"],
                models=["QX-400G-DR4"], cat="other", kw=["çok ısınıyor"])


@C.fixture("oculara")
def oc_ddm_zero() -> Fx:
    plain = """Hello Oculara support,

Since we upgraded the module firmware to 2.1 with your tool, the digital diagnostics on
OC25-005560 read all zeros (temperature, bias, tx and rx power). Traffic still passes.
Order SO-25/02247, model QX-100G-ER4L.

Is there a way to roll back?

Regards,
Kenji Watanabe
"""
    htm = plain.replace("\n\n", "</p><p>").replace("\n", " ")
    m = M("Fri, 06 Nov 2026 02:11:47 +0900", addr("Kenji Watanabe", "k.watanabe@tokai-ix.example"), OC,
          "DDM readings all zero after firmware update", alt(P(plain), H("<p>" + htm + "</p>"), "gmail"),
          "gmail", "tokai-ix.example")
    return m, L("new_request", "k.watanabe@tokai-ix.example", orders=["SO-25/02247"], serials=["OC25-005560"],
                models=["QX-100G-ER4L"], cat="software", kw=["read all zeros"])


@C.fixture("oculara")
def oc_crc_no_serial() -> Fx:
    b = """Hi,

two of the ten QX-400G-DR4 from our PO-KN-5521 give CRC errors every few minutes and the
counters keep climbing. The links never go fully down. I am not on site so I don't have the
serials at hand, can you start the case anyway?

Br,
Lars Nyqvist
"""
    m = M("Fri, 06 Nov 2026 15:36:02 +0100", addr("Lars Nyqvist", "lars.nyqvist@kustnat.example"), OC,
          "CRC errors on DR4 optics", P(b), "tb", "kustnat.example")
    return m, L("new_request", "lars.nyqvist@kustnat.example", orders=["PO-KN-5521"], models=["QX-400G-DR4"],
                cat="intermittent", kw=["CRC errors every few minutes"])


@C.fixture("oculara")
def oc_how_to_return() -> Fx:
    b = """Hello, how do I send a module back to you? It's OC24-097215, we bought it through a
reseller two years ago. Do you need the invoice?
Regards, Bram
"""
    m = M("Sat, 07 Nov 2026 10:20:55 +0100", addr("Bram de Vries", "bram@polderlink.example"), OC,
          "return a module", P(b, cte="7bit"), "apple", "polderlink.example")
    return m, L("new_request", "bram@polderlink.example", serials=["OC24-097215"])


@C.fixture("oculara")
def oc_range_tx_fault() -> Fx:
    b = """Good morning,

Four SFX-10G-ER from sales order SO-25/04755, serials OC25-007730 to OC25-007733, all show a
TX fault alarm on the switch and send no light at all. Brand new, out of the same tray.

Ship-to for the replacements is unchanged.

Anders
--
Anders Holm | Holm Fiber ApS | +45 7012 3344
"""
    m = M("Mon, 09 Nov 2026 08:05:12 +0100", addr("Anders Holm", "anders@holmfiber.example"), OC,
          "4 x SFX-10G-ER TX fault", P(b), "outlook", "holmfiber.example")
    return m, L("new_request", "anders@holmfiber.example", orders=["SO-25/04755"],
                serials=rng("OC25-", 7730, 7733, 6), models=["SFX-10G-ER"], cat="optical_performance",
                kw=["TX fault", "send no light"], expanded=["OC25-007731", "OC25-007732"])


@C.fixture("oculara")
def oc_fwd_outlook_er4l() -> Fx:
    b = """Hi RMA team,

please open a case for Nordlys below, he's one of my accounts.

Thanks
James

James Whitlock | Account Manager Nordics | Oculara Photonics Ltd

From: Sven Aalto <sven.aalto@nordlysnet.example>
Sent: Monday, 9 November 2026 11:02
To: James Whitlock <james.whitlock@oculara.example>
Subject: ER4L dropping

Hi James,

the QX-100G-ER4L you sold us in September (our order PO-NL-0937) lost link twice this week for
about a minute each time, 40 km span. Serial OC25-002291. The other end is fine.

Can you get it swapped?

Sven
"""
    m = M("Mon, 09 Nov 2026 11:40:27 +0000", addr("James Whitlock", "james.whitlock@oculara.example"), OC,
          "FW: ER4L dropping", P(b), "outlook", "oculara.example")
    return m, L("forwarded", "sven.aalto@nordlysnet.example", "james.whitlock@oculara.example",
                orders=["PO-NL-0937"], serials=["OC25-002291"], models=["QX-100G-ER4L"], cat="intermittent",
                kw=["lost link twice this week"])


@C.fixture("oculara")
def oc_fwd_rfc822_attached() -> Fx:
    ib = """Dear Oculara,

The QX-25G-SR units on our order SO-25/04402 arrived with the dust caps missing and two
of them have scratched connector faces, they look like they were used before.
Serials OC25-006630 and OC25-006634.

Regards
Fatima Zahra Bennani
"""
    inner = M("Mon, 09 Nov 2026 09:15:00 +0100", addr("Fatima Zahra Bennani", "fz.bennani@atlasfibre.example"),
              "priya.nair@oculara.example", "Used-looking modules", P(ib), "gmail", "atlasfibre.example")
    ob = "Forwarding the customer's mail as attachment, please handle. - Priya\n"
    body = mixed([P(ob, cte="7bit"), rfc822(inner, "Used-looking modules.eml")], "outlook")
    m = M("Mon, 09 Nov 2026 13:02:41 +0000", addr("Priya Nair", "priya.nair@oculara.example"), OC,
          "FW: Used-looking modules", body, "outlook", "oculara.example")
    return m, L("forwarded", "fz.bennani@atlasfibre.example", "priya.nair@oculara.example", orders=["SO-25/04402"],
                serials=["OC25-006630", "OC25-006634"], models=["QX-25G-SR"], cat="physical_damage",
                kw=["scratched connector faces"])


@C.fixture("oculara")
def oc_followup_bottom_serial() -> Fx:
    b = """On Tue, 3 Nov 2026 at 15:10, Oculara RMA <rma@oculara.example> wrote:
> Dear Mr Reid,
>
> thank you, your return is registered as RMA-2026-00318. Could you also send
> the serial number of the second module you mentioned on the phone?
>
> Oculara RMA desk

Sure, the second one is OC24-118409.

Callum
"""
    m = M("Wed, 04 Nov 2026 09:44:18 +0000", addr("Callum Reid", "callum.reid@skerrybb.example"), OC,
          "Re: RMA-2026-00318 registered", P(b), "gmail", "skerrybb.example")
    return m, L("follow_up", "callum.reid@skerrybb.example", serials=["OC24-118409"], rma="RMA-2026-00318")


@C.fixture("oculara")
def oc_followup_oneliner_tracking() -> Fx:
    b = """Sent back today with UPS 1ZA4R7920367104512.

Ingrid

-----Original Message-----
From: Oculara RMA <rma@oculara.example>
Sent: Tuesday, 3 November 2026 16:20
To: Ingrid Solberg <ingrid.solberg@fjordnett.example>
Subject: RMA-2026-00321 - return instructions

Dear Ms Solberg,

Your return is authorised under RMA-2026-00321 for the two units OC25-004513 and OC25-004517.
Please pack the modules in their ESD bags, write the RMA number on the box and send them to:

Oculara Photonics Ltd, Returns, Unit 4 Kelvin Park, Swindon SN3 4XY, United Kingdom

Once received, testing takes about five working days.

Best regards
Oculara RMA desk
"""
    m = M("Thu, 05 Nov 2026 15:02:51 +0100", addr("Ingrid Solberg", "ingrid.solberg@fjordnett.example"), OC,
          "RE: RMA-2026-00321 - return instructions", P(b), "outlook", "fjordnett.example")
    return m, L("follow_up", "ingrid.solberg@fjordnett.example", tracking=["1ZA4R7920367104512"],
                rma="RMA-2026-00321")


@C.fixture("oculara")
def oc_followup_interleaved() -> Fx:
    b = """Hi, answers inline.

> 1. Which switch model and software version?
Juniper QFX, Junos 23.4R2.

> 2. Does the fault follow the module when you move it?
Yes, it moved with the module to port 12.

> 3. Order number?
SO-25/04211

Emre

-----
From: rma@oculara.example
Subject: Re: QX-400G-DR4 aşırı ısınma [RMA-2026-00330]
"""
    m = M("Fri, 06 Nov 2026 11:27:40 +0300", addr("Emre Aydın", "emre.aydin@anadolunet.example"), OC,
          "Re: [RMA-2026-00330] questions", P(b, cs="utf-8"), "outlook", "anadolunet.example")
    return m, L("follow_up", "emre.aydin@anadolunet.example", orders=["SO-25/04211"], rma="RMA-2026-00330")


@C.fixture("oculara")
def oc_status_three_weeks() -> Fx:
    b = """Hello,

any news on RMA-2026-00277? We sent the module back three weeks ago and have heard nothing
since. Our spare stock is getting thin.

Thanks,
Dmitri
"""
    m = M("Tue, 10 Nov 2026 09:30:00 +0000", "dmitri.k@packetyard.example", OC, "RMA-2026-00277 ?", P(b),
          "apple", "packetyard.example")
    return m, L("order_status", "dmitri.k@packetyard.example", rma="RMA-2026-00277")


@C.fixture("oculara")
def oc_status_replacement_order() -> Fx:
    b = """Hi,

Where is our replacement shipment for SO-25/03988? The portal has said "in preparation" since
the 28th of October.

Regards
Lena Hoffmann
Einkauf, Rheinwelle Kommunikation GmbH
"""
    m = M("Tue, 10 Nov 2026 10:48:13 +0100", addr("Lena Hoffmann", "l.hoffmann@rheinwelle.example"), OC,
          "Replacement SO-25/03988 - status?", P(b), "exchange", "rheinwelle.example")
    return m, L("order_status", "l.hoffmann@rheinwelle.example", orders=["SO-25/03988"])


@C.fixture("oculara")
def oc_status_mixed_chinese() -> Fx:
    b = """Hi Oculara team,

请问 RMA-2026-00341 的 replacement 什么时候可以 ship？客户那边一直在催，谢谢。

Best,
Zhou Min 周敏
"""
    m = M("Wed, 11 Nov 2026 10:05:38 +0800", addr("Zhou Min", "zhoumin@hkxlink.example"), OC,
          "RMA-2026-00341 shipping date?", P(b, cte="b64"), "foxmail", "hkxlink.example")
    return m, L("order_status", "zhoumin@hkxlink.example", rma="RMA-2026-00341", lang="mixed")


@C.fixture("oculara")
def oc_ooo_english() -> Fx:
    b = """Thank you for your email. I am out of the office until Monday 16 November with limited
access to email. For urgent network issues please call our NOC on +44 20 7946 0321.

Regards
Callum Reid
"""
    m = M("Tue, 10 Nov 2026 16:00:02 +0000", addr("Callum Reid", "callum.reid@skerrybb.example"), OC,
          "Automatic reply: RMA-2026-00318 - module received", P(b, cte="7bit"), "outlook", "skerrybb.example",
          extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))
    return m, L("auto_reply", "callum.reid@skerrybb.example", rma="RMA-2026-00318")


@C.fixture("oculara")
def oc_ooo_german() -> Fx:
    b = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an einkauf@rheinwelle.example.

Mit freundlichen Grüßen
Lena Hoffmann
"""
    m = M("Wed, 11 Nov 2026 08:12:45 +0100", addr("Lena Hoffmann", "l.hoffmann@rheinwelle.example"), OC,
          "Abwesenheitsnotiz: Ihre Ersatzlieferung", P(b), "exchange", "rheinwelle.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "l.hoffmann@rheinwelle.example")


@C.fixture("oculara")
def oc_bounce_dsn() -> Fx:
    ib = """Dear customer,

your return RMA-2026-00335 for OC25-009012 is authorised. Please ship to the address below.
"""
    inner = M("Wed, 11 Nov 2026 09:00:00 +0000", addr("Oculara RMA", OC), "noc@baltikanet.example",
              "Return authorised", P(ib, cte="7bit"), "exchange", "oculara.example")
    human = """This is the mail system at host mx1.oculara.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<noc@baltikanet.example>: host mx.baltikanet.example[192.0.2.41] said: 550 5.1.1
    <noc@baltikanet.example>: Recipient address rejected: User unknown in
    virtual mailbox table
"""
    ds = delivery_status([
        [("Reporting-MTA", "dns; mx1.oculara.example"), ("Arrival-Date", "Wed, 11 Nov 2026 09:00:01 +0000")],
        [("Final-Recipient", "rfc822; noc@baltikanet.example"), ("Action", "failed"), ("Status", "5.1.1"),
         ("Diagnostic-Code", "smtp; 550 5.1.1 User unknown")],
    ])
    body = multipart_report([P(human, cte="7bit"), ds, rfc822(inner, disp=None)])
    m = M("Wed, 11 Nov 2026 09:00:03 +0000", addr("Mail Delivery System", "MAILER-DAEMON@mx1.oculara.example"), OC,
          "Undelivered Mail Returned to Sender", body, "generic", "mx1.oculara.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("bounce")


@C.fixture("oculara")
def oc_ups_notice() -> Fx:
    b = """UPS Update: Package Scheduled for Delivery Tomorrow

Shipper: OCULARA PHOTONICS LTD
Tracking Number: 1Z8V3F0F0344128808
Scheduled Delivery: Thursday, 12/11/2026, by end of day
Number of Packages: 1

Do not reply to this e-mail. UPS will not receive any reply message.
"""
    m = M("Wed, 11 Nov 2026 18:44:10 +0000", addr("UPS Quantum View", "auto-notify@ups.example"), OC,
          "UPS Update: Package Scheduled for Delivery Tomorrow", P(b, cte="7bit"), "generic", "ups.example")
    return m, L("unrelated")


@C.fixture("oculara")
def oc_presales_dr4_arista() -> Fx:
    b = """Hello,

we are planning a spine upgrade and need around 40 x QX-400G-DR4. Are they coded for Arista
7280R3? What is the lead time and could you quote in EUR delivered to Milan?

Grazie,
Giulia Ferraro
Procurement, Lombarda Cloud S.p.A.
"""
    m = M("Thu, 12 Nov 2026 09:15:22 +0100", addr("Giulia Ferraro", "g.ferraro@lombardacloud.example"),
          "sales@oculara.example", "Quote request 40 x 400G DR4", P(b), "outlook", "lombardacloud.example")
    return m, L("unrelated")


@C.fixture("oculara")
def oc_job_application() -> Fx:
    b = """Dear Hiring Team,

I am writing to apply for the Test Engineer position advertised on your website. I have four
years of experience qualifying optical transceivers at a contract manufacturer, including
eye-diagram and BER testing. My CV is attached.

Kind regards
Oluwaseun Adeyemi
"""
    body = mixed([P(b), attachment("application/pdf", "Adeyemi_CV.pdf", pdf("cv", "Curriculum Vitae"))], "gmail")
    m = M("Thu, 12 Nov 2026 20:31:09 +0000", addr("Oluwaseun Adeyemi", "seun.adeyemi@mailbox.example"), OC,
          "Application - Test Engineer", body, "gmail", "mailbox.example")
    return m, L("unrelated")


@C.fixture("oculara")
def oc_supplier_pcba_zh() -> Fx:
    b = """尊敬的采购经理：

您好！我司是东莞一家专业光模块 PCBA 代工厂，拥有 8 条 SMT 产线，可提供 SFP/QSFP 全系列
贴片、老化测试及包装服务。如有需要，欢迎来厂参观或索取报价。

东莞精贴电子科技有限公司
业务部 林小姐
"""
    m = M("Fri, 13 Nov 2026 10:02:18 +0800", addr("林小姐", "sales@jingtie-smt.example"), OC,
          "光模块PCBA代工合作", P(b, cs="gb2312", cte="b64"), "netease", "jingtie-smt.example", scs="gb2312")
    return m, L("unrelated", lang="zh")


@C.fixture("oculara")
def oc_invoice_complaint() -> Fx:
    b = """Hello accounts,

Invoice INV-25-11873 charges us freight twice (once per line). We agreed free shipping on
orders above GBP 2,000 in our framework agreement. Please send a corrected invoice; we will
hold payment until then.

Regards
Moira Gallagher
Accounts Payable, Erne Valley Telecom
"""
    m = M("Fri, 13 Nov 2026 11:50:37 +0000", addr("Moira Gallagher", "ap@ernevalley.example"),
          "accounts@oculara.example", "Invoice INV-25-11873 - freight charged twice", P(b), "exchange",
          "ernevalley.example")
    return m, L("unrelated")



@C.fixture("oculara")
def oc_italian_inline_photo() -> Fx:
    inner = """<p>Buongiorno,</p>
<p>vi scriviamo per il modulo SFX-10G-LR con numero di serie <b>OC25-011502</b> (ordine SO-25/05230):
il connettore LC è rotto, la linguetta si è staccata appena lo abbiamo inserito. Vedete la foto qui sotto.</p>
<p><img src="cid:foto1@lombardanet.example" alt="foto" width="320"></p>
<p>Grazie,<br>Stefano Colombo<br>Lombarda Net S.r.l.</p>"""
    body = related(H(inner), [attachment("image/jpeg", "foto1.jpg", jpeg("f1"), inline=True,
                                         cid="foto1@lombardanet.example")], "outlook")
    m = M("Thu, 12 Nov 2026 09:40:00 +0100", addr("Stefano Colombo", "s.colombo@lombardanet.example"), OC,
          "Modulo con connettore rotto", body, "outlook", "lombardanet.example")
    return m, L("new_request", "s.colombo@lombardanet.example", orders=["SO-25/05230"], serials=["OC25-011502"],
                models=["SFX-10G-LR"], cat="physical_damage", kw=["connettore LC è rotto"])


@C.fixture("oculara")
def oc_followup_quoted_bottom_order() -> Fx:
    prev = """Dear Mr Colombo,

thank you, we have registered RMA-2026-00352. Could you please tell us the order or invoice
number the module was bought on?

Kind regards
Oculara RMA desk"""
    b = "Il 12/11/2026 11:05, Oculara RMA ha scritto:\n" + q(prev)
    b += "\n\nCertamente: SO-25/05230, fattura del 2 ottobre.\n\nStefano\n"
    m = M("Thu, 12 Nov 2026 14:10:00 +0100", addr("Stefano Colombo", "s.colombo@lombardanet.example"), OC,
          "Re: RMA-2026-00352 - order number?", P(b), "tb", "lombardanet.example")
    return m, L("follow_up", "s.colombo@lombardanet.example", orders=["SO-25/05230"], rma="RMA-2026-00352")


@C.fixture("oculara")
def oc_fr_not_detected() -> Fx:
    plain = """Bonjour,

Depuis hier, le module QX-25G-SR n'est plus détecté par notre routeur : la commande d'inventaire
n'affiche plus rien sur ce port. Les autres ports fonctionnent. Commande SO-25/05311.

Je n'ai pas encore pu lire le numéro de série, le module est dans une baie chez un client.

Cordialement,
Amélie Garnier
"""
    htm = "<p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
    m = M("Fri, 13 Nov 2026 10:30:00 +0100", addr("Amélie Garnier", "amelie.garnier@reseau-armor.example"), OC,
          "Module non détecté", alt(P(plain, cs="iso-8859-1"), H(htm, cs="iso-8859-1"), "outlook"), "outlook",
          "reseau-armor.example", scs="iso-8859-1")
    return m, L("new_request", "amelie.garnier@reseau-armor.example", orders=["SO-25/05311"], models=["QX-25G-SR"],
                cat="no_link", kw=["n'est plus détecté par notre routeur"])


@C.fixture("oculara")
def oc_presales_big5() -> Fx:
    b = """您好：

請問貴公司的 QX-100G-LR4 是否相容於 Cisco Nexus 9300 系列？另外 SFX-10G-LR 的最低訂購量
與交期為何？我們預計明年第一季採購約 200 個。

謝謝
台北訊聯網路 採購部 簡先生
"""
    m = M("Mon, 16 Nov 2026 10:00:00 +0800", addr("簡志偉", "chien.cw@xunlian-net.example", "big5"),
          "sales@oculara.example", ew("產品相容性與報價詢問", "big5"), P(b, cs="big5", cte="b64"), "outlook",
          "xunlian-net.example")
    return m, L("unrelated", lang="zh")


# ===================================================================== messkraft ==
# Messkraft Prüftechnik GmbH, Germany: test instruments and audio analysers.  Serials carry the
# model code: SA3-2419-00871 (model, yyww, unit); order confirmations AB-2025-nnnnn, customers
# quote SAP purchase orders (45xxxxxxxx); DHL Express / DHL Paket / Deutsche Post.

MK = "service@messkraft.example"
C.company(
    "messkraft",
    name="Messkraft Prüftechnik GmbH",
    staff_domains=["messkraft.example", "messkraft-vertrieb.example"],
    service_address=MK,
    noreply_addresses=["noreply@messkraft.example", "webshop@messkraft.example"],
    catalog=["SA 3060", "SA 3090", "OS 5104", "OS 5208", "PG 2200", "AA 1200"],
    conventions="serial SA3-2419-00871; order confirmation AB-2025-11873; SAP PO 4500123456; DHL",
)


@C.fixture("messkraft")
def mk_sa_boot_hang() -> Fx:
    b = """Sehr geehrte Damen und Herren,

unser Spektrumanalysator SA 3060 (Seriennummer SA3-2419-00871, Auftragsbestätigung AB-2025-11873)
bleibt beim Hochfahren im Startbildschirm hängen. Das Logo erscheint, danach passiert nichts mehr,
auch nach Stunden nicht. Ein Werksreset über die Tastenkombination hat nichts geändert.

Bitte teilen Sie uns mit, wie wir das Gerät einsenden können.

Mit freundlichen Grüßen
Andreas Brenner
Prüffeld, Hagedorn Elektronik GmbH
"""
    m = M("Mon, 02 Nov 2026 07:55:30 +0100", addr("Andreas Brenner", "a.brenner@hagedorn-elektronik.example"), MK,
          "SA 3060 startet nicht mehr durch", P(b), "exchange", "hagedorn-elektronik.example")
    return m, L("new_request", "a.brenner@hagedorn-elektronik.example", orders=["AB-2025-11873"],
                serials=["SA3-2419-00871"], models=["SA 3060"], cat="software", kw=["bleibt beim Hochfahren"])


@C.fixture("messkraft")
def mk_os_french_dead() -> Fx:
    b = """Bonjour,

Notre oscilloscope OS 5104 ne s'allume plus depuis lundi : aucun voyant, aucun bruit de
ventilateur. Nous avons essayé un autre cordon secteur et une autre prise.

N° de série : OS5-2322-00412
Notre commande : CMD-FR-77120

Merci de nous indiquer la marche à suivre.

Cordialement,
Claire Dubois
Laboratoire d'essais, Ateliers Vosgiens
"""
    m = M("Tue, 03 Nov 2026 11:21:09 +0100", addr("Claire Dubois", "claire.dubois@ateliers-vosgiens.example"), MK,
          "Oscilloscope en panne", P(b, cs="iso-8859-1"), "outlook", "ateliers-vosgiens.example")
    return m, L("new_request", "claire.dubois@ateliers-vosgiens.example", orders=["CMD-FR-77120"],
                serials=["OS5-2322-00412"], models=["OS 5104"], cat="no_power", kw=["ne s'allume plus"])


@C.fixture("messkraft")
def mk_pg_italian_jumps() -> Fx:
    b = """Buongiorno,

il generatore PG 2200 che abbiamo acquistato a settembre (ordine 4500219034) ha un problema:
l'ampiezza in uscita salta ogni tanto di 2-3 dB e poi torna normale da sola. Succede a caso,
a volte dopo pochi minuti, a volte dopo ore.

Matricola PG2-2428-00033.

Cordiali saluti,
Davide Rinaldi
"""
    m = M("Tue, 03 Nov 2026 15:40:12 +0100", addr("Davide Rinaldi", "d.rinaldi@veneto-rf.example"), MK,
          "Generatore PG 2200 - uscita instabile", P(b), "gmail", "veneto-rf.example")
    return m, L("new_request", "d.rinaldi@veneto-rf.example", orders=["4500219034"], serials=["PG2-2428-00033"],
                models=["PG 2200"], cat="intermittent", kw=["salta ogni tanto"])


@C.fixture("messkraft")
def mk_dutch_cracked_display() -> Fx:
    b = """Goedemiddag,

Vandaag is de SA 3090 bezorgd (DHL 4719582036), maar het display is gebarsten en de doos had een
flinke deuk aan de zijkant. Foto's van de doos en het toestel in de bijlage.

Serienummer SA3-2436-01207, uw orderbevestiging AB-2025-12210.

Met vriendelijke groet,
Sanne Bakker
"""
    body = mixed([P(b), attachment("image/jpeg", "doos.jpg", jpeg("box")),
                  attachment("image/jpeg", "display.jpg", jpeg("lcd"))], "outlook")
    m = M("Wed, 04 Nov 2026 14:02:55 +0100", addr("Sanne Bakker", "sanne.bakker@deltameet.example"), MK,
          "Transportschade SA 3090", body, "outlook", "deltameet.example")
    return m, L("new_request", "sanne.bakker@deltameet.example", orders=["AB-2025-12210"],
                serials=["SA3-2436-01207"], models=["SA 3090"], tracking=["4719582036"], cat="physical_damage",
                kw=["display is gebarsten"])


@C.fixture("messkraft")
def mk_audio_hum() -> Fx:
    b = """Hi,

our AA 1200 now shows a hum at 50 Hz on the left input, about -62 dBV, with the inputs shorted.
The right input is clean. It wasn't there at incoming inspection. S/N AA1-2401-00077.

Thanks
Rob Whitfield
Acoustics Lab, Northgate University
"""
    m = M("Wed, 04 Nov 2026 16:18:40 +0000", addr("Rob Whitfield", "r.whitfield@acoustics-lab.example"), MK,
          "hum on one input", P(b, cte="7bit"), "tb", "acoustics-lab.example")
    return m, L("new_request", "r.whitfield@acoustics-lab.example", serials=["AA1-2401-00077"], models=["AA 1200"],
                cat="other", kw=["hum at 50 Hz on the left input"])


@C.fixture("messkraft")
def mk_html_calibration_range() -> Fx:
    inner = """<div style="font-family:Calibri,sans-serif">
<p>Guten Tag,</p>
<p>bei der Jahreskalibrierung sind fünf <b>OS 5208</b> aus einer Lieferung durchgefallen:
Kanal 3 liegt bei allen außerhalb der Toleranz (Verstärkungsfehler ca. 4 %).</p>
<p>Seriennummern OS5-2409-00120 bis OS5-2409-00124, Bestellung 4500207781.</p>
<table style="border-collapse:collapse" border="1">
<tr><td>Messgröße</td><td>Soll</td><td>Ist</td></tr>
<tr><td>CH3 DC-Verstärkung</td><td>&plusmn;1,5 %</td><td>+4,1 %</td></tr>
</table>
<p>Freundliche Grüße<br>Kalibrierlabor Oberland<br>Jana Vogt</p>
</div>"""
    m = M("Thu, 05 Nov 2026 09:47:02 +0100", addr("Jana Vogt", "j.vogt@kal-oberland.example"), MK,
          "Kalibrierung nicht bestanden - 5 Geräte", H(inner, cs="windows-1252"), "outlook", "kal-oberland.example")
    return m, L("new_request", "j.vogt@kal-oberland.example", orders=["4500207781"],
                serials=rng("OS5-2409-", 120, 124, 5), models=["OS 5208"], cat="other",
                kw=["außerhalb der Toleranz"], expanded=["OS5-2409-00121", "OS5-2409-00122", "OS5-2409-00123"])


@C.fixture("messkraft")
def mk_webform_shutdown() -> Fx:
    b = """Neue Serviceanfrage über das Kontaktformular

Anrede: Herr
Name: Murat Yilmaz
Firma: Yilmaz Antennentechnik
E-Mail: service@yilmaz-antennen.example
Gerät: SA 3090
Seriennummer: SA3-2440-01311
Auftragsnummer: AB-2025-12377
Fehlerbeschreibung: Gerät schaltet sich nach etwa 10 Minuten Messbetrieb einfach ab, danach
kann man es erst nach einer Pause wieder einschalten.
"""
    m = M("Thu, 05 Nov 2026 17:30:44 +0100", addr("Messkraft Webformular", "noreply@messkraft.example"), MK,
          "Serviceanfrage: SA 3090 (Murat Yilmaz)", P(b), "generic", "messkraft.example",
          extra=(("Reply-To", "service@yilmaz-antennen.example"),))
    return m, L("new_request", "service@yilmaz-antennen.example", orders=["AB-2025-12377"],
                serials=["SA3-2440-01311"], models=["SA 3090"], cat="intermittent",
                kw=["schaltet sich nach etwa 10 Minuten Messbetrieb einfach ab"])


@C.fixture("messkraft")
def mk_firmware_black_screen() -> Fx:
    b = """Hello service team,

after updating our OS 5208 to firmware 4.02 using the USB stick method, the scope boots to a black screen.
Fans run, the power LED is green, nothing on the display. Screenshot of the last
message before it restarted and the update log are attached.

Serial: OS5-2330-00951
Our PO: 4500213377

Regards,
Nikhil Rao
"""
    body = mixed([P(b), attachment("image/png", "update_screen.png", png("scr")),
                  textfile("update.log", "FW 4.02 flash start\nverify ... ok\nreboot\n")], "gmail")
    m = M("Fri, 06 Nov 2026 06:12:33 +0000", addr("Nikhil Rao", "nikhil.rao@penumbra-labs.example"), MK,
          "Black screen after firmware update", body, "gmail", "penumbra-labs.example")
    return m, L("new_request", "nikhil.rao@penumbra-labs.example", orders=["4500213377"],
                serials=["OS5-2330-00951"], models=["OS 5208"], cat="software", kw=["boots to a black screen"])


@C.fixture("messkraft")
def mk_japanese_missing_cable() -> Fx:
    b = """メスクラフト御中

いつもお世話になっております。
先日納品された PG 2200（注文確認書 AB-2025-12044）ですが、付属の電源ケーブルと
USB ケーブルが箱に入っていませんでした。
シリアル番号は PG2-2433-00102 です。

お手数ですが、至急ご送付いただけますでしょうか。

山本 美咲
"""
    m = M("Fri, 06 Nov 2026 10:41:27 +0900", addr("山本 美咲", "m.yamamoto@shinwa-denshi.example", "iso-2022-jp"),
          MK, "付属品が入っていません", P(b, cs="iso-2022-jp", cte="b64"), "generic", "shinwa-denshi.example",
          scs="iso-2022-jp")
    return m, L("new_request", "m.yamamoto@shinwa-denshi.example", orders=["AB-2025-12044"],
                serials=["PG2-2433-00102"], models=["PG 2200"], cat="wrong_or_missing_item",
                kw=["箱に入っていませんでした"])


@C.fixture("messkraft")
def mk_own_words_nothing() -> Fx:
    b = """Hallo,

seit gestern macht das Gerät gar nichts mehr, wenn ich auf den Knopf drücke. Gestern lief es noch.
Was soll ich tun?

Gruß
Wolfgang Reiter
"""
    m = M("Sat, 07 Nov 2026 09:05:48 +0100", "w.reiter@reiter-funk.example", MK, "SA 3060 kaputt",
          P(b, cs="iso-8859-15"), "tb", "reiter-funk.example", scs="iso-8859-15")
    return m, L("new_request", "w.reiter@reiter-funk.example", models=["SA 3060"], cat="no_power",
                kw=["macht das Gerät gar nichts mehr"])


@C.fixture("messkraft")
def mk_mixed_chinese_channel() -> Fx:
    b = """Hi 售后,

我们的 OS 5104 channel 2 完全没有 signal，其他 channel 都 OK，换了 probe 也一样。
S/N: OS5-2318-00299，PO 4500198820。
请问怎么寄回维修？

Thanks,
吴佳琪 Jiaqi Wu
"""
    m = M("Mon, 09 Nov 2026 13:25:10 +0800", addr("吴佳琪", "jiaqi.wu@suzhou-mems.example"), MK,
          "OS 5104 channel 2 没有信号", P(b, cte="b64"), "qq", "suzhou-mems.example")
    return m, L("new_request", "jiaqi.wu@suzhou-mems.example", orders=["4500198820"], serials=["OS5-2318-00299"],
                models=["OS 5104"], cat="other", kw=["完全没有 signal"], lang="mixed")


@C.fixture("messkraft")
def mk_swedish_flicker_lower() -> Fx:
    b = """Hej,

skärmen på vår analysator flimrar då och då, ibland blir den helt svart i några sekunder och
kommer sedan tillbaka. Serienummer sa3-2420-01102.

Mvh
Elin Lindqvist
Skickat från min iPad
"""
    m = M("Mon, 09 Nov 2026 08:33:51 +0100", addr("Elin Lindqvist", "elin.lindqvist@norrmatt.example"), MK,
          "Skärmen flimrar", P(b), "apple", "norrmatt.example")
    return m, L("new_request", "elin.lindqvist@norrmatt.example", serials=["sa3-2420-01102"], cat="intermittent",
                kw=["flimrar då och då"])


@C.fixture("messkraft")
def mk_fwd_thunderbird_audio() -> Fx:
    b = """Hallo Service,

bitte kümmert euch um die Anfrage unten, Kundin der Uni Kassel-Nord.

Danke, Jonas

-------- Weitergeleitete Nachricht --------
Betreff: 	AA 1200 rechter Kanal stumm
Datum: 	Mon, 9 Nov 2026 10:14:02 +0100
Von: 	Dr. Petra Lang <p.lang@uni-kassel-nord.example>
An: 	Jonas Keller <jonas.keller@messkraft-vertrieb.example>

Lieber Herr Keller,

an unserem AA 1200 (Seriennummer AA1-2352-00018) bleibt der rechte Ausgang stumm, der linke
funktioniert. Bestellt hatten wir über Bestellung 4500176502.

Viele Grüße
Petra Lang
"""
    m = M("Mon, 09 Nov 2026 11:02:19 +0100", addr("Jonas Keller", "jonas.keller@messkraft-vertrieb.example"), MK,
          "Fwd: AA 1200 rechter Kanal stumm", P(b), "tb", "messkraft-vertrieb.example")
    return m, L("forwarded", "p.lang@uni-kassel-nord.example", "jonas.keller@messkraft-vertrieb.example",
                orders=["4500176502"], serials=["AA1-2352-00018"], models=["AA 1200"], cat="other",
                kw=["rechte Ausgang stumm"])


@C.fixture("messkraft")
def mk_fwd_apple_dropped() -> Fx:
    b = """Service team - see below from Tri-State, can we get this moving today?

Mike

Begin forwarded message:

> From: Shawn Patterson <spatterson@tristate-test.example>
> Subject: SA 3090 damaged
> Date: November 9, 2026 at 4:51:03 PM EST
> To: Mike Brandt <mike.brandt@messkraft.example>
>
> Mike,
>
> Our tech knocked the SA 3090 off the bench cart. Case is cracked at the front left corner
> and the N connector is bent. It still powers up. Serial SA3-2415-00764.
> Happy to pay for the repair, just need a quote.
>
> Shawn
"""
    m = M("Tue, 10 Nov 2026 00:02:40 +0100", addr("Mike Brandt", "mike.brandt@messkraft.example"), MK,
          "Fwd: SA 3090 damaged", P(b), "apple", "messkraft.example")
    return m, L("forwarded", "spatterson@tristate-test.example", "mike.brandt@messkraft.example",
                serials=["SA3-2415-00764"], models=["SA 3090"], cat="physical_damage",
                kw=["Case is cracked", "N connector is bent"])


@C.fixture("messkraft")
def mk_followup_serial_german() -> Fx:
    b = """Guten Tag Frau Berger,

wie telefonisch besprochen, hier noch die Seriennummer des zweiten Geräts: OS5-2322-00415.
Es zeigt dasselbe Verhalten.

Gruß
Claire Dubois

Le 04/11/2026 à 10:02, Messkraft Service a écrit :
> Bonjour Madame Dubois,
> votre demande est enregistrée sous RMA-2026-00412.
"""
    m = M("Wed, 04 Nov 2026 16:40:27 +0100", addr("Claire Dubois", "claire.dubois@ateliers-vosgiens.example"), MK,
          "RE: RMA-2026-00412", P(b, cs="iso-8859-1"), "outlook", "ateliers-vosgiens.example")
    return m, L("follow_up", "claire.dubois@ateliers-vosgiens.example", serials=["OS5-2322-00415"],
                rma="RMA-2026-00412")


@C.fixture("messkraft")
def mk_followup_dhl_paket() -> Fx:
    b = """Das Gerät ist heute raus, DHL Sendungsnummer 00340434161094034567.

Andreas Brenner

Am 03.11.2026 um 09:12 schrieb Messkraft Service:
> Sehr geehrter Herr Brenner,
>
> Ihre Reparaturfreigabe lautet RMA-2026-00405. Bitte senden Sie das Gerät SA 3060
> mit einer Kopie dieser Nachricht an unser Servicecenter in Jena.
>
> Mit freundlichen Grüßen
> Messkraft Service
"""
    m = M("Wed, 04 Nov 2026 13:15:00 +0100", addr("Andreas Brenner", "a.brenner@hagedorn-elektronik.example"), MK,
          "AW: Reparaturfreigabe RMA-2026-00405", P(b), "exchange", "hagedorn-elektronik.example")
    return m, L("follow_up", "a.brenner@hagedorn-elektronik.example", tracking=["00340434161094034567"],
                rma="RMA-2026-00405")


@C.fixture("messkraft")
def mk_followup_thanks_works() -> Fx:
    b = """Hi, the AA 1200 came back yesterday and the hum is gone. Thanks for the quick turnaround,
you can close RMA-2026-00419.

Rob

> The unit has been repaired and shipped today.
"""
    m = M("Thu, 19 Nov 2026 10:22:11 +0000", addr("Rob Whitfield", "r.whitfield@acoustics-lab.example"), MK,
          "Re: your repair RMA-2026-00419", P(b, cte="7bit"), "tb", "acoustics-lab.example")
    return m, L("follow_up", "r.whitfield@acoustics-lab.example", models=["AA 1200"], rma="RMA-2026-00419")


@C.fixture("messkraft")
def mk_status_when_back() -> Fx:
    b = """Guten Morgen,

wann bekommen wir unser Gerät aus der Reparatur zurück? Vorgang RMA-2026-00398. Wir brauchen es
dringend für ein Kundenprojekt ab dem 23.11.

Danke und Gruß
Murat Yilmaz
"""
    m = M("Mon, 16 Nov 2026 07:49:03 +0100", addr("Murat Yilmaz", "service@yilmaz-antennen.example"), MK,
          "Reparaturstatus", P(b), "outlook", "yilmaz-antennen.example")
    return m, L("order_status", "service@yilmaz-antennen.example", rma="RMA-2026-00398")


@C.fixture("messkraft")
def mk_status_english_model() -> Fx:
    b = """Hello,

could you tell me the status of the repair of our OS 5208? Your reference RMA-2026-00407, it
has been with you since October 21st.

Thanks,
Nikhil
"""
    m = M("Tue, 17 Nov 2026 14:30:00 +0000", addr("Nikhil Rao", "nikhil.rao@penumbra-labs.example"), MK,
          "Repair status OS 5208", P(b), "gmail", "penumbra-labs.example")
    return m, L("order_status", "nikhil.rao@penumbra-labs.example", models=["OS 5208"], rma="RMA-2026-00407")


@C.fixture("messkraft")
def mk_status_french_order() -> Fx:
    b = """Bonjour,

Où en est l'expédition de l'appareil de remplacement pour notre commande CMD-FR-77120 ?
Avez-vous un numéro de suivi ?

Bien à vous,
Claire Dubois
"""
    m = M("Wed, 18 Nov 2026 09:11:45 +0100", addr("Claire Dubois", "claire.dubois@ateliers-vosgiens.example"), MK,
          "Suivi remplacement", P(b, cs="iso-8859-1"), "outlook", "ateliers-vosgiens.example")
    return m, L("order_status", "claire.dubois@ateliers-vosgiens.example", orders=["CMD-FR-77120"])


@C.fixture("messkraft")
def mk_erp_ack() -> Fx:
    b = """Dies ist eine automatisch erzeugte Nachricht.

Ihre E-Mail mit dem Betreff "Reparaturfreigabe RMA-2026-00405" ist in unserem Eingangssystem
unter der Vorgangsnummer EK-2026-118832 registriert worden. Bitte antworten Sie nicht auf
diese Nachricht.

Hagedorn Elektronik GmbH - Einkauf
"""
    m = M("Tue, 03 Nov 2026 09:12:30 +0100", addr("Hagedorn Einkauf", "einkauf-noreply@hagedorn-elektronik.example"),
          MK, "Eingangsbestätigung: Reparaturfreigabe RMA-2026-00405", P(b), "sap", "hagedorn-elektronik.example",
          extra=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")))
    return m, L("auto_reply", "einkauf-noreply@hagedorn-elektronik.example", rma="RMA-2026-00405")


@C.fixture("messkraft")
def mk_ooo_french() -> Fx:
    b = """Bonjour,

Je suis absente du bureau jusqu'au 20 novembre inclus. Pour toute urgence, merci de contacter
le laboratoire au 03 29 00 11 22.

Cordialement,
Claire Dubois
"""
    m = M("Thu, 12 Nov 2026 10:00:05 +0100", addr("Claire Dubois", "claire.dubois@ateliers-vosgiens.example"), MK,
          "Réponse automatique : RMA-2026-00412 réparation terminée", P(b, cs="iso-8859-1"), "outlook",
          "ateliers-vosgiens.example", extra=(("Auto-Submitted", "auto-replied"),), scs="iso-8859-1")
    return m, L("auto_reply", "claire.dubois@ateliers-vosgiens.example", rma="RMA-2026-00412")


@C.fixture("messkraft")
def mk_read_receipt() -> Fx:
    human = """Ihre Nachricht

  An: Jana Vogt
  Betreff: Ihre Einsendung RMA-2026-00421
  Gesendet: Montag, 16. November 2026 08:10:00 (UTC+01:00)

wurde am Montag, 16. November 2026 08:31:12 (UTC+01:00) gelesen.
"""
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload(
        "Reporting-UA: kal-oberland.example; Microsoft Outlook 16.0\r\n"
        "Final-Recipient: rfc822;j.vogt@kal-oberland.example\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    body = multipart("report", [P(human), mdn], bnd("outlook", "mdn"), params=" report-type=disposition-notification;")
    m = M("Mon, 16 Nov 2026 08:31:14 +0100", addr("Jana Vogt", "j.vogt@kal-oberland.example"), MK,
          "Gelesen: Ihre Einsendung RMA-2026-00421", body, "outlook", "kal-oberland.example")
    return m, L("auto_reply", "j.vogt@kal-oberland.example", rma="RMA-2026-00421")


@C.fixture("messkraft")
def mk_bounce_exchange_de() -> Fx:
    human = """Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

r.hartmann@funkwerk-sued.example
Der Empfänger wurde nicht gefunden. Das Postfach ist nicht mehr vorhanden.

Diagnoseinformationen für Administratoren:
Generierender Server: MX02.messkraft.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
"""
    ib = "Sehr geehrter Herr Hartmann,\n\nIhr Gerät OS 5104 ist repariert (RMA-2026-00388).\n"
    inner = M("Fri, 13 Nov 2026 14:00:00 +0100", addr("Messkraft Service", MK), "r.hartmann@funkwerk-sued.example",
              "Ihre Reparatur ist abgeschlossen", P(ib), "exchange", "messkraft.example")
    ds = delivery_status([
        [("Reporting-MTA", "dns;MX02.messkraft.example")],
        [("Final-Recipient", "rfc822;r.hartmann@funkwerk-sued.example"), ("Action", "failed"),
         ("Status", "5.1.10")],
    ])
    body = multipart_report([P(human), ds, rfc822(inner, disp=None)])
    m = M("Fri, 13 Nov 2026 14:00:09 +0100", addr("Microsoft Outlook", "postmaster@messkraft.example"), MK,
          "Unzustellbar: Ihre Reparatur ist abgeschlossen", body, "exchange", "messkraft.example")
    return m, L("bounce")


@C.fixture("messkraft")
def mk_dhl_invoice() -> Fx:
    b = """Sehr geehrte Kundin, sehr geehrter Kunde,

anbei erhalten Sie Ihre DHL Express Rechnung Nr. 9004417825 vom 15.11.2026 über 1.284,60 EUR.
Der Betrag wird am 29.11.2026 von Ihrem Konto abgebucht.

Ihr DHL Express Team
"""
    body = mixed([P(b), attachment("application/pdf", "Rechnung_9004417825.pdf", pdf("inv", "Rechnung"))])
    m = M("Sun, 15 Nov 2026 03:12:00 +0100", addr("DHL Express Rechnung", "e-billing@dhl-express.example"), MK,
          "Ihre DHL Express Rechnung 9004417825", body, "generic", "dhl-express.example")
    return m, L("unrelated")


@C.fixture("messkraft")
def mk_quote_request() -> Fx:
    b = """Sehr geehrte Damen und Herren,

für ein neues EMV-Labor benötigen wir ein Angebot über 3 x SA 3090 inklusive Vorverstärker-Option
und Kalibrierschein. Bitte auch Lieferzeit angeben.

Mit freundlichen Grüßen
Thomas Gruber
Gruber EMV-Prüfzentrum, Linz
"""
    m = M("Mon, 16 Nov 2026 10:30:31 +0100", addr("Thomas Gruber", "t.gruber@gruber-emv.example"),
          "vertrieb@messkraft.example", "Anfrage Angebot SA 3090", P(b), "outlook", "gruber-emv.example")
    return m, L("unrelated")


@C.fixture("messkraft")
def mk_user_seminar_invite() -> Fx:
    inner = """<h2>Einladung: Anwendertreffen Hochfrequenzmesstechnik 2027</h2>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>am 4. und 5. Februar 2027 laden wir an die Hochschule Mittweida-Ost ein. Themen: Rauschmessung,
Vektoranalyse, Automatisierung mit Python. Wir würden uns über einen Vortrag Ihres Hauses freuen.</p>
<p>Anmeldung bis 15.12.2026 unter <a href="https://hf-treffen.example/anmeldung">hf-treffen.example</a>.</p>
<p>Prof. Dr. Karin Seidel</p>"""
    m = M("Tue, 17 Nov 2026 12:00:00 +0100", addr("Prof. Dr. Karin Seidel", "k.seidel@hs-mittweida-ost.example"), MK,
          "Einladung Anwendertreffen 2027", H(inner), "generic", "hs-mittweida-ost.example")
    return m, L("unrelated")


@C.fixture("messkraft")
def mk_recruiter_offer() -> Fx:
    b = """Hi there,

I noticed you're hiring field service engineers in Bavaria. We specialise in placing
test & measurement technicians and currently have three pre-screened candidates available
immediately. Would you be open to a 15-minute call this week?

Best,
Chloe Harrington
TalentBridge Engineering Recruitment
"""
    m = M("Wed, 18 Nov 2026 09:14:50 +0000", addr("Chloe Harrington", "chloe@talentbridge.example"), MK,
          "Field service engineers - candidates available", P(b, cte="7bit"), "gmail", "talentbridge.example")
    return m, L("unrelated")


@C.fixture("messkraft")
def mk_fwd_gmail_polish() -> Fx:
    b = """Hallo Service,

bitte übernehmen, Kunde aus Polen, schreibt auf Polnisch. Kurz: das Gerät misst falsche Frequenzen.

Grüße
Jonas

---------- Forwarded message ---------
From: Marek Dąbrowski <marek.dabrowski@radiopomiar.example>
Date: Thu, 12 Nov 2026 at 10:02
Subject: SA 3060 - błędny pomiar
To: <jonas.keller@messkraft-vertrieb.example>

Dzień dobry,

nasz analizator SA 3060 (numer seryjny SA3-2421-00930) pokazuje częstotliwość przesuniętą o około
2 kHz względem wzorca. Zamówienie ZAM/2025/1187.

Pozdrawiam
Marek Dąbrowski
"""
    m = M("Thu, 12 Nov 2026 11:30:00 +0100", addr("Jonas Keller", "jonas.keller@messkraft-vertrieb.example"), MK,
          "Fwd: SA 3060 - błędny pomiar", P(b), "gmail", "messkraft-vertrieb.example")
    return m, L("forwarded", "marek.dabrowski@radiopomiar.example", "jonas.keller@messkraft-vertrieb.example",
                orders=["ZAM/2025/1187"], serials=["SA3-2421-00930"], models=["SA 3060"], cat="other",
                kw=["częstotliwość przesuniętą"])


@C.fixture("messkraft")
def mk_terse_pg_output() -> Fx:
    b = "PG 2200 output on ch2 dead, ch1 ok. PG2-2430-00118. need it back fast pls\n"
    m = M("Fri, 13 Nov 2026 07:12:00 +0000", "ops@signalforge.example", MK, "PG 2200 ch2", P(b, cte="7bit"),
          "gmail", "signalforge.example")
    return m, L("new_request", "ops@signalforge.example", serials=["PG2-2430-00118"], models=["PG 2200"],
                cat="other", kw=["output on ch2 dead"])


@C.fixture("messkraft")
def mk_bewerbung() -> Fx:
    b = """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die ausgeschriebene Stelle als Servicetechniker (m/w/d) in Jena.
Ich bin Elektroniker für Geräte und Systeme und arbeite seit fünf Jahren in der Reparatur von
Laborgeräten. Meine Unterlagen finden Sie im Anhang.

Mit freundlichen Grüßen
Lukas Hoffmeister
"""
    body = mixed([P(b), attachment("application/pdf", "Bewerbung_Hoffmeister.pdf", pdf("cv", "Bewerbung"))], "tb")
    m = M("Sat, 14 Nov 2026 18:20:00 +0100", addr("Lukas Hoffmeister", "l.hoffmeister@mailbox.example"),
          "karriere@messkraft.example", "Bewerbung als Servicetechniker", body, "tb", "mailbox.example")
    return m, L("unrelated")


# ======================================================================== zhirui ==
# 深圳芷锐电源科技有限公司: bench and high-voltage power supplies.  Serials ZR<yymm><batch letter>
# <5 digits>, often typed in lowercase; contracts ZRHT-<year>-<4 digits>, sales orders
# XS<yyyymmdd><3 digits>; SF Express, ZTO, China Post EMS.

ZR = "shouhou@zhirui-power.example"
C.company(
    "zhirui",
    name="深圳芷锐电源科技有限公司 (Shenzhen Zhirui Power Technology Co., Ltd.)",
    staff_domains=["zhirui-power.example"],
    service_address=ZR,
    noreply_addresses=["noreply@zhirui-power.example"],
    catalog=["ZPS-3005D", "ZPS-3010E", "ZPS-6010", "ZHV 1500", "ZHV 3000"],
    conventions="serial ZR2406A01234; contract ZRHT-2025-0318; sales order XS20250412007; SF / ZTO / EMS",
)


@C.fixture("zhirui")
def zr_gbk_dead_on() -> Fx:
    b = """芷锐售后你好：

我司上个月采购的 ZPS-3005D 直流电源（合同编号 ZRHT-2025-0318），其中一台今天开机没反应，
前面板指示灯不亮，风扇也不转。保险丝看过了是好的。

机身序列号：ZR2406A01234

请尽快安排维修或更换，谢谢。

王喆
常州堃源自动化设备有限公司
"""
    m = M("Mon, 02 Nov 2026 09:12:40 +0800", addr("王喆", "wangzhe@kunyuan-auto.example", "gbk", label="gb2312"), ZR,
          ew("ZPS-3005D开机没反应", "gbk", label="gb2312"), P(b, cs="gbk", label="gb2312", cte="b64"), "foxmail",
          "kunyuan-auto.example")
    return m, L("new_request", "wangzhe@kunyuan-auto.example", orders=["ZRHT-2025-0318"], serials=["ZR2406A01234"],
                models=["ZPS-3005D"], cat="no_power", kw=["开机没反应", "指示灯不亮"], lang="zh")


@C.fixture("zhirui")
def zr_voltage_drops() -> Fx:
    b = """你好，

ZPS-6010 输出电压一会儿正常一会儿掉到0，过几秒又恢复，负载是一台电机驱动器。
订单号 XS20250412007，序列号 ZR2404B00317。

麻烦看一下是什么问题。

李工
"""
    m = M("Mon, 02 Nov 2026 14:55:02 +0800", addr("李工", "ligong@hengtai-motor.example"), ZR,
          "ZPS-6010 输出不稳定", P(b, cte="qp"), "netease", "hengtai-motor.example")
    return m, L("new_request", "ligong@hengtai-motor.example", orders=["XS20250412007"], serials=["ZR2404B00317"],
                models=["ZPS-6010"], cat="intermittent", kw=["一会儿正常一会儿掉到0"], lang="zh")


@C.fixture("zhirui")
def zr_phone_cracked_case() -> Fx:
    b = """ZHV 1500外壳摔裂了，快递送到就这样，顺丰单号SF1402387765412
序列号zr2409c00871

发自我的华为手机
"""
    m = M("Tue, 03 Nov 2026 18:40:19 +0800", "13922841177@139mail.example", ZR, "外壳裂了", P(b, cte="b64"),
          "generic", "139mail.example")
    return m, L("new_request", "13922841177@139mail.example", serials=["zr2409c00871"], models=["ZHV 1500"],
                tracking=["SF1402387765412"], cat="physical_damage", kw=["外壳摔裂了"], lang="zh")


@C.fixture("zhirui")
def zr_html_fan_noise_list() -> Fx:
    inner = """<div>您好！</div>
<div>我们这批 ZPS-3010E 有三台风扇异响，声音像是轴承坏了，开机十分钟后特别明显。</div>
<div>序列号：ZR2407B00045/0046/0049</div>
<div>合同号：ZRHT-2025-0355</div>
<div><br></div>
<div>谢谢！</div>
<div>赵敏 / 采购部</div>"""
    m = M("Wed, 04 Nov 2026 10:20:31 +0800", addr("赵敏", "zhaomin@xinhe-lab.example"), ZR,
          "ZPS-3010E 风扇异响（3台）", H(inner, cte="b64"), "qq", "xinhe-lab.example")
    return m, L("new_request", "zhaomin@xinhe-lab.example", orders=["ZRHT-2025-0355"],
                serials=["ZR2407B00045", "ZR2407B00046", "ZR2407B00049"], models=["ZPS-3010E"], cat="other",
                kw=["风扇异响"], lang="zh", expanded=["ZR2407B00046", "ZR2407B00049"])


@C.fixture("zhirui")
def zr_webform_wrong_model() -> Fx:
    b = """【官网售后申请】

客户姓名：孙浩
公司：杭州嘉测电子
联系邮箱：sunhao@jiace-dz.example
联系电话：0571-8699 2310
订单号：XS20250428019
产品型号：ZPS-6010
序列号：ZR2405A00922
问题描述：我们订的是 ZPS-6010，收到的箱子里是 ZPS-3010E，型号不对，请换货。

（本邮件由系统自动发送，请勿直接回复）
"""
    m = M("Wed, 04 Nov 2026 16:03:44 +0800", addr("芷锐官网", "noreply@zhirui-power.example"), ZR,
          "官网售后申请 - 孙浩", P(b, cte="b64"), "generic", "zhirui-power.example",
          extra=(("Reply-To", "sunhao@jiace-dz.example"),))
    return m, L("new_request", "sunhao@jiace-dz.example", orders=["XS20250428019"], serials=["ZR2405A00922"],
                models=["ZPS-6010", "ZPS-3010E"], cat="wrong_or_missing_item", kw=["型号不对"], lang="zh")


@C.fixture("zhirui")
def zr_mixed_software() -> Fx:
    b = """Hi，

ZPS-3005D 的 remote control software 一直连不上，USB driver 装好了但是 device manager 里显示
unknown device。换了两台 PC 都一样。S/N ZR2406A01270.

Please help check，thanks！

Kevin 黄
"""
    m = M("Thu, 05 Nov 2026 11:30:15 +0800", addr("Kevin Huang", "kevin.huang@pcbtest-sz.example"), ZR,
          "remote software 连不上", P(b), "outlook", "pcbtest-sz.example")
    return m, L("new_request", "kevin.huang@pcbtest-sz.example", serials=["ZR2406A01270"], models=["ZPS-3005D"],
                cat="software", kw=["一直连不上", "unknown device"], lang="mixed")


@C.fixture("zhirui")
def zr_english_no_output() -> Fx:
    b = """Dear Sir/Madam,

We have one ZPS-6010 where the fan runs and the display lights up, but there is no output
voltage on the terminals at all, whatever we set. Sales order XS20250503011, serial number
ZR2405A01188.

Kindly advise the return procedure to China.

Best regards,
Rajesh Menon
Menon Instruments, Pune
"""
    m = M("Thu, 05 Nov 2026 08:14:27 +0530", addr("Rajesh Menon", "rajesh@menon-instruments.example"), ZR,
          "ZPS-6010 - no output", P(b, cte="7bit"), "gmail", "menon-instruments.example")
    return m, L("new_request", "rajesh@menon-instruments.example", orders=["XS20250503011"],
                serials=["ZR2405A01188"], models=["ZPS-6010"], cat="other", kw=["no output"])


@C.fixture("zhirui")
def zr_big5_overheat() -> Fx:
    b = """芷銳售後部 您好：

本公司購買的高壓電源 ZHV 1500 最近經常觸發過熱保護，室溫只有二十五度，
運行約半小時就自動關閉輸出。

序號：ZR2408A00563
合約編號：ZRHT-2025-0290

煩請協助處理，謝謝。

香港恆德科研儀器有限公司
陳嘉欣
"""
    m = M("Fri, 06 Nov 2026 15:44:10 +0800", addr("陳嘉欣", "kayan.chan@hangtak-sci.example", "big5"), ZR,
          ew("ZHV 1500 經常過熱保護", "big5"), P(b, cs="big5", cte="b64"), "outlook", "hangtak-sci.example")
    return m, L("new_request", "kayan.chan@hangtak-sci.example", orders=["ZRHT-2025-0290"], serials=["ZR2408A00563"],
                models=["ZHV 1500"], cat="other", kw=["過熱保護"], lang="zh")


@C.fixture("zhirui")
def zr_own_words_burnt_smell() -> Fx:
    b = """你们好

电源才用了两天，昨天下午闻到一股焦味，然后就再也打不开了。买的时候说质量很好的。
现在怎么办？要寄回去吗？

刘阿姨（学校实验室）
"""
    m = M("Sat, 07 Nov 2026 09:30:51 +0800", addr("刘玉芬", "liuyufen@qz-school.example"), ZR, "电源坏了",
          P(b, cs="gb18030", cte="qp"), "netease", "qz-school.example", scs="gb18030")
    return m, L("new_request", "liuyufen@qz-school.example", cat="no_power", kw=["再也打不开了", "焦味"], lang="zh")


@C.fixture("zhirui")
def zr_gb18030_missing_cable() -> Fx:
    b = """您好，

合同 ZRHT-2025-0402 的 10 台 ZHV 3000 今天到货，开箱检查发现其中一箱少了一根高压输出线和说明书。
对应机器序列号 ZR2409A00110。

请补发，谢谢。

周玥
"""
    m = M("Mon, 09 Nov 2026 13:18:22 +0800", addr("周玥", "zhouyue@tianqi-plasma.example", "gb18030"), ZR,
          ew("ZHV 3000 缺少配件", "gb18030"), P(b, cs="gb18030", cte="b64"), "foxmail", "tianqi-plasma.example")
    return m, L("new_request", "zhouyue@tianqi-plasma.example", orders=["ZRHT-2025-0402"], serials=["ZR2409A00110"],
                models=["ZHV 3000"], cat="wrong_or_missing_item", kw=["少了一根高压输出线"], lang="zh")


@C.fixture("zhirui")
def zr_spanish_knob() -> Fx:
    b = """Hola,

La fuente ZPS-6010 del pedido XS20250507004 llegó con la perilla de ajuste de corriente rota,
se ve que el paquete recibió un golpe. Número de serie ZR2405A01301.

¿Nos pueden enviar una perilla nueva o cambiar la unidad?

Saludos,
Alejandro Ruiz
Electrónica del Bajío, México
"""
    m = M("Mon, 09 Nov 2026 17:02:10 -0600", addr("Alejandro Ruiz", "aruiz@electrobajio.example"), ZR,
          "Fuente con perilla rota", P(b), "gmail", "electrobajio.example")
    return m, L("new_request", "aruiz@electrobajio.example", orders=["XS20250507004"], serials=["ZR2405A01301"],
                models=["ZPS-6010"], cat="physical_damage", kw=["perilla de ajuste de corriente rota"])


@C.fixture("zhirui")
def zr_xlsx_display_offset() -> Fx:
    b = """您好，附件是有问题的机器清单，共 3 台，详见附件。

最严重的是 ZR2405A00812 这台，面板显示的电压跟万用表量的差了 0.5V 左右，显示不准。
合同号 ZRHT-2025-0377。

谢谢
"""
    body = mixed([P(b, cte="b64"), attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "问题机器清单.xlsx", xlsx("list"), name_cs="utf-8")], "foxmail")
    m = M("Tue, 10 Nov 2026 10:45:36 +0800", addr("质检部", "qc@boyuan-elec.example"), ZR, "电压显示不准", body,
          "foxmail", "boyuan-elec.example")
    return m, L("new_request", "qc@boyuan-elec.example", orders=["ZRHT-2025-0377"], serials=["ZR2405A00812"],
                cat="other", kw=["显示不准"], lang="zh")


@C.fixture("zhirui")
def zr_fwd_foxmail_ripple() -> Fx:
    b = """售后同事：

客户反馈如下，请跟进处理。

刘洋 销售部

------------------ 原始邮件 ------------------
发件人: "张工"<zhanggong@ruida-laser.example>;
发送时间: 2026年11月10日(星期二) 上午9:20
收件人: "刘洋"<liu.yang@zhirui-power.example>;
主题: ZHV 3000 纹波问题

刘经理好，

上次买的 ZHV 3000 输出纹波很大，示波器上看有 2V 多，影响我们的激光器工作。
序列号 ZR2407C00020，合同 ZRHT-2025-0311。

张工
"""
    m = M("Tue, 10 Nov 2026 10:02:47 +0800", addr("刘洋", "liu.yang@zhirui-power.example"), ZR,
          "转发: ZHV 3000 纹波问题", P(b, cs="gbk", label="gb2312", cte="b64"), "foxmail", "zhirui-power.example")
    return m, L("forwarded", "zhanggong@ruida-laser.example", "liu.yang@zhirui-power.example",
                orders=["ZRHT-2025-0311"], serials=["ZR2407C00020"], models=["ZHV 3000"], cat="other",
                kw=["纹波很大"], lang="zh")


@C.fixture("zhirui")
def zr_fwd_name_only() -> Fx:
    b = """帮忙处理一下这个客户的问题，他只加了我微信，邮件是我转过来的。

------------------ 原始邮件 ------------------
发件人: "李先生";
发送时间: 2026年11月11日 14:05
主题: 电源不开机

你好，我们买的 ZPS-3005D 有一台不开机了，插上电什么反应都没有。订单 XS20250602031。

"""
    m = M("Wed, 11 Nov 2026 15:30:20 +0800", addr("陈静", "chen.jing@zhirui-power.example"), ZR,
          "Fw: 电源不开机", P(b, cte="b64"), "qq", "zhirui-power.example")
    return m, L("forwarded", None, "chen.jing@zhirui-power.example", orders=["XS20250602031"], models=["ZPS-3005D"],
                cat="no_power", kw=["不开机", "什么反应都没有"], lang="zh")


@C.fixture("zhirui")
def zr_followup_add_serial() -> Fx:
    b = """你好，补充一下第二台的序列号：ZR2406A01239，问题一样。

王喆

------------------ 原始邮件 ------------------
发件人: "芷锐售后"<shouhou@zhirui-power.example>;
主题: 回复：ZPS-3005D开机没反应 [RMA-2026-00502]

王先生您好，已为您登记售后单号 RMA-2026-00502，请提供故障机器的序列号。
"""
    m = M("Tue, 03 Nov 2026 09:40:00 +0800", addr("王喆", "wangzhe@kunyuan-auto.example", "gbk", label="gb2312"), ZR,
          ew("回复：ZPS-3005D开机没反应 [RMA-2026-00502]", "gbk", label="gb2312"),
          P(b, cs="gbk", label="gb2312", cte="b64"), "foxmail", "kunyuan-auto.example")
    return m, L("follow_up", "wangzhe@kunyuan-auto.example", serials=["ZR2406A01239"], models=["ZPS-3005D"],
                rma="RMA-2026-00502", lang="zh")


@C.fixture("zhirui")
def zr_followup_sf_sent() -> Fx:
    b = """已经寄回了，顺丰 SF1409931025587，麻烦查收。

在 2026-11-05 10:11，芷锐售后 写道：
> 赵女士您好，RMA-2026-00509 已审批，请将三台机器寄回深圳宝安工厂。
"""
    m = M("Thu, 05 Nov 2026 17:25:13 +0800", addr("赵敏", "zhaomin@xinhe-lab.example"), ZR,
          "Re: RMA-2026-00509 已审批", P(b, cte="b64"), "qq", "xinhe-lab.example")
    return m, L("follow_up", "zhaomin@xinhe-lab.example", tracking=["SF1409931025587"], rma="RMA-2026-00509",
                lang="zh")


@C.fixture("zhirui")
def zr_followup_interleaved_mixed() -> Fx:
    b = """见下面回复：

> 1. 电脑系统版本？
Windows 11 23H2

> 2. 是否试过 v3.2 driver？
试过了，still unknown device。

> 3. 请提供购买订单号
XS20250415022

Kevin

-----Original Message-----
From: 芷锐售后 <shouhou@zhirui-power.example>
Subject: RE: remote software 连不上 [RMA-2026-00511]
"""
    m = M("Fri, 06 Nov 2026 09:05:44 +0800", addr("Kevin Huang", "kevin.huang@pcbtest-sz.example"), ZR,
          "RE: remote software 连不上 [RMA-2026-00511]", P(b), "outlook", "pcbtest-sz.example")
    return m, L("follow_up", "kevin.huang@pcbtest-sz.example", orders=["XS20250415022"], rma="RMA-2026-00511",
                lang="mixed")


@C.fixture("zhirui")
def zr_status_when_back() -> Fx:
    b = """你好，我们寄去维修的电源什么时候能修好寄回来？单号 RMA-2026-00488，已经快三个星期了。

李工
"""
    m = M("Mon, 16 Nov 2026 10:10:10 +0800", addr("李工", "ligong@hengtai-motor.example"), ZR, "维修进度",
          P(b, cte="qp"), "netease", "hengtai-motor.example")
    return m, L("order_status", "ligong@hengtai-motor.example", rma="RMA-2026-00488", lang="zh")


@C.fixture("zhirui")
def zr_status_contract_reship() -> Fx:
    b = """您好，

合同 ZRHT-2025-0402 补发的高压线和说明书发出了吗？有没有快递单号？

周玥
"""
    m = M("Tue, 17 Nov 2026 14:22:35 +0800", addr("周玥", "zhouyue@tianqi-plasma.example", "gb18030"), ZR,
          ew("补发进度查询", "gb18030"), P(b, cs="gb18030", cte="b64"), "foxmail", "tianqi-plasma.example")
    return m, L("order_status", "zhouyue@tianqi-plasma.example", orders=["ZRHT-2025-0402"], lang="zh")


@C.fixture("zhirui")
def zr_status_english_eta() -> Fx:
    b = """Dear team,

Could you share the ETA and AWB of the replacement unit for order XS20250503011? Our customs
broker needs the details in advance.

Regards,
Rajesh
"""
    m = M("Wed, 18 Nov 2026 07:50:00 +0530", addr("Rajesh Menon", "rajesh@menon-instruments.example"), ZR,
          "Replacement ETA - XS20250503011", P(b, cte="7bit"), "gmail", "menon-instruments.example")
    return m, L("order_status", "rajesh@menon-instruments.example", orders=["XS20250503011"])


@C.fixture("zhirui")
def zr_ooo_chinese() -> Fx:
    b = """您好，我于11月12日至11月20日休年假，期间不能及时回复邮件。
紧急事务请联系采购部 0512-6655 8899。谢谢！

赵敏
"""
    m = M("Thu, 12 Nov 2026 08:00:01 +0800", addr("赵敏", "zhaomin@xinhe-lab.example"), ZR,
          "自动回复: RMA-2026-00509 检测结果", P(b, cte="b64"), "qq", "xinhe-lab.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "zhaomin@xinhe-lab.example", rma="RMA-2026-00509", lang="zh")


@C.fixture("zhirui")
def zr_helpdesk_ticket_ack() -> Fx:
    b = """[Ticket#20261104-0031] 您的邮件已收到

您好，

我们已收到您发送的邮件《RMA-2026-00511 需补充信息》，工单号 20261104-0031。
IT 服务台将在 1 个工作日内处理。本邮件为系统自动发送，请勿回复。

深圳测板科技 IT 服务台
"""
    m = M("Wed, 04 Nov 2026 16:40:09 +0800", addr("测板科技服务台", "helpdesk@pcbtest-sz.example"), ZR,
          "[Ticket#20261104-0031] 已收到：RMA-2026-00511 需补充信息", P(b, cte="b64"), "generic",
          "pcbtest-sz.example", extra=(("Auto-Submitted", "auto-generated"),))
    return m, L("auto_reply", "helpdesk@pcbtest-sz.example", rma="RMA-2026-00511", lang="zh")


@C.fixture("zhirui")
def zr_bounce_netease() -> Fx:
    human = """很抱歉您发送的邮件被退回，以下是该邮件的相关信息：

  收件人：wanggang@hengtai-motor.example
  退信原因：收件人邮箱不存在（550 User not found）

请检查收件人地址是否正确。
"""
    ib = "王工您好，您的维修机器已检测完成，请确认报价。\n"
    inner = M("Fri, 13 Nov 2026 09:00:00 +0800", addr("芷锐售后", ZR), "wanggang@hengtai-motor.example",
              "维修报价确认", P(ib, cte="b64"), "netease", "zhirui-power.example")
    ds = delivery_status([
        [("Reporting-MTA", "dns; mta3.zhirui-power.example")],
        [("Final-Recipient", "rfc822; wanggang@hengtai-motor.example"), ("Action", "failed"), ("Status", "5.1.1")],
    ])
    body = multipart_report([P(human, cte="b64"), ds, rfc822(inner, disp=None)])
    m = M("Fri, 13 Nov 2026 09:00:06 +0800", addr("系统退信", "postmaster@zhirui-power.example"), ZR, "系统退信",
          body, "netease", "zhirui-power.example")
    return m, L("bounce", lang="zh")


@C.fixture("zhirui")
def zr_einvoice_notice() -> Fx:
    b = """尊敬的客户：

您有一张电子发票已开具，发票号码 25442000000183726491，开票金额 ¥3,860.00，
销售方：深圳市捷运物流有限公司。请登录平台下载。

此邮件由系统自动发送，请勿回复。
"""
    m = M("Mon, 16 Nov 2026 02:03:00 +0800", addr("电子发票平台", "fapiao@einvoice-platform.example"), ZR,
          "您收到一张电子发票", P(b, cte="b64"), "generic", "einvoice-platform.example")
    return m, L("unrelated", lang="zh")


@C.fixture("zhirui")
def zr_expo_invitation() -> Fx:
    inner = """<p>尊敬的芷锐电源：</p>
<p>诚邀贵司参加 <b>2027 华南电子测试测量展</b>（2027年3月18-20日，深圳国际会展中心）。
目前 A 馆标准展位剩余不多，早鸟价截至 12 月 31 日。</p>
<p>组委会 招展部 何先生 0755-2366 1200</p>"""
    m = M("Tue, 17 Nov 2026 09:30:00 +0800", addr("华南测试测量展", "expo@scte-expo.example"), ZR,
          "邀请函：2027华南电子测试测量展", H(inner, cs="gbk", label="gb2312", cte="b64"), "generic",
          "scte-expo.example")
    return m, L("unrelated", lang="zh")


@C.fixture("zhirui")
def zr_bulk_quote() -> Fx:
    b = """您好，

我们计划采购 ZPS-3005D 200 台、ZPS-6010 50 台，用于职业院校实验室项目，请报含税到厂价，
并告知交期和付款方式。

谢谢！
湖南博学教学设备有限公司 唐经理
"""
    m = M("Wed, 18 Nov 2026 11:11:11 +0800", addr("唐经理", "tang@boxue-edu.example"), "sales@zhirui-power.example",
          "询价：ZPS-3005D 200台", P(b, cte="qp"), "netease", "boxue-edu.example")
    return m, L("unrelated", lang="zh")


@C.fixture("zhirui")
def zr_job_application() -> Fx:
    b = """HR 您好：

我叫许志强，电子信息工程专业，有三年开关电源硬件设计经验，熟悉 PFC 和 LLC 拓扑，
看到贵司在招聘电源研发工程师，特投递简历，附件为个人简历，期待您的回复。

许志强 138 0013 5566
"""
    body = mixed([P(b, cte="b64"), attachment("application/pdf", "许志强-简历.pdf", pdf("cv", "CV"), rfc2231=True)],
                 "qq")
    m = M("Thu, 19 Nov 2026 21:45:03 +0800", addr("许志强", "xuzhiqiang@qq.example"), "hr@zhirui-power.example",
          "应聘电源研发工程师-许志强", body, "qq", "qq.example")
    return m, L("unrelated", lang="zh")


@C.fixture("zhirui")
def zr_payment_advice() -> Fx:
    b = """PAYMENT ADVICE

Remitter: Menon Instruments Pvt Ltd
Beneficiary: Shenzhen Zhirui Power Technology Co., Ltd.
Amount: USD 4,212.00
Value date: 19-Nov-2026
Reference: INV ZR-EX-2025-0871

This is a system generated advice. Please do not reply.
"""
    m = M("Thu, 19 Nov 2026 12:30:00 +0530", addr("Trade Services", "tradeservices@bank-of-deccan.example"),
          "finance@zhirui-power.example", "Payment Advice - USD 4,212.00", P(b, cte="7bit"), "generic",
          "bank-of-deccan.example")
    return m, L("unrelated")


@C.fixture("zhirui")
def zr_8bit_mixed_beeping() -> Fx:
    b = """Hello 芷锐,

我们的 ZPS-3010E 开机后一直 beep beep 响，面板显示 OVP，但是 output 根本没接负载。
重启几次还是一样。序列号 ZR2408B00277，PO SZ-PO-25-1108。

Regards
Daniel 郭
"""
    m = M("Thu, 12 Nov 2026 15:30:00 +0800", addr("Daniel Guo", "daniel.guo@hwatest.example"), ZR,
          "ZPS-3010E 一直报 OVP", P(b, cte="8bit"), "gmail", "hwatest.example")
    return m, L("new_request", "daniel.guo@hwatest.example", orders=["SZ-PO-25-1108"], serials=["ZR2408B00277"],
                models=["ZPS-3010E"], cat="other", kw=["一直 beep beep 响", "显示 OVP"], lang="mixed")


@C.fixture("zhirui")
def zr_invoice_mismatch() -> Fx:
    b = """Hello,

The commercial invoice for our last shipment shows USD 6,480 but the proforma we paid against was
USD 6,180. Please check and send a corrected commercial invoice, our customs agent cannot clear
the goods with this difference.

Regards,
Alejandro Ruiz
Electrónica del Bajío
"""
    m = M("Mon, 16 Nov 2026 12:00:00 -0600", addr("Alejandro Ruiz", "aruiz@electrobajio.example"),
          "finance@zhirui-power.example", "Invoice amount does not match proforma", P(b), "gmail",
          "electrobajio.example")
    return m, L("unrelated")


# ====================================================================== takanawa ==
# Takanawa Optics K.K., Japan: lenses and industrial cameras.  Serials TL + 8 digits (lenses),
# TB + 8 digits (camera bodies); orders TO-<year>-<5 digits>; Japan Post EMS, Yamato, FedEx.

TK = "support@takanawa.example"
C.company(
    "takanawa",
    name="Takanawa Optics K.K. (高輪光学株式会社)",
    staff_domains=["takanawa.example", "takanawa-europe.example"],
    service_address=TK,
    noreply_addresses=["noreply@takanawa.example"],
    catalog=["FL 35/1.4", "FL 85/1.8", "ZM 24-70/2.8", "ZM 70-200/4", "IC-900", "IC-900M"],
    conventions="lens serial TL22091342, body serial TB21044587; order TO-2025-00812; EMS / Yamato / FedEx",
)


@C.fixture("takanawa")
def tk_af_hunts() -> Fx:
    b = """Hello,

My FL 35/1.4 (serial TL22091107) has started to hunt back and forth in low light and often
never locks focus at all. It's been like this since a trip to Iceland in September. Other
lenses on the same body are fine. I bought it from your online shop, order TO-2025-00744.

Is this covered under warranty?

Thanks,
Aiden Murphy
"""
    m = M("Mon, 02 Nov 2026 21:14:02 +0000", addr("Aiden Murphy", "aiden.murphy@corkphoto.example"), TK,
          "FL 35/1.4 focus problem", P(b), "gmail", "corkphoto.example")
    return m, L("new_request", "aiden.murphy@corkphoto.example", orders=["TO-2025-00744"], serials=["TL22091107"],
                models=["FL 35/1.4"], cat="optical_performance", kw=["never locks focus"])


@C.fixture("takanawa")
def tk_ja_camera_no_power() -> Fx:
    b = """高輪光学 サポートご担当者様

お世話になっております。
御社の産業用カメラ IC-900（シリアル TB21044587、注文番号 TO-2025-00812）ですが、
本日朝から電源が入らなくなりました。PoE 給電も外部電源も試しましたが LED が点灯しません。

修理の手順をご教示ください。

株式会社ミナト検査システム
技術部 小林 健
"""
    m = M("Tue, 03 Nov 2026 09:31:20 +0900", addr("小林 健", "k.kobayashi@minato-kensa.example", "iso-2022-jp"),
          TK, "IC-900 電源が入らない", P(b, cs="iso-2022-jp", cte="b64"), "outlook", "minato-kensa.example",
          scs="iso-2022-jp")
    return m, L("new_request", "k.kobayashi@minato-kensa.example", orders=["TO-2025-00812"], serials=["TB21044587"],
                models=["IC-900"], cat="no_power", kw=["電源が入らなくなりました"])


@C.fixture("takanawa")
def tk_pt_scratched_glass() -> Fx:
    b = """Olá,

Recebi hoje a lente ZM 70-200/4 (número de série TL22091342) e o vidro frontal veio riscado,
com uma marca bem visível no centro. A caixa estava intacta. Pedido TO-2025-00901.

Gostaria de trocar por uma nova.

Obrigado,
Rafael Costa
São Paulo
"""
    m = M("Tue, 03 Nov 2026 16:02:48 -0300", addr("Rafael Costa", "rafael.costa@fotosul.example"), TK,
          "Lente chegou riscada", P(b, cs="iso-8859-1"), "apple", "fotosul.example", scs="iso-8859-1")
    return m, L("new_request", "rafael.costa@fotosul.example", orders=["TO-2025-00901"], serials=["TL22091342"],
                models=["ZM 70-200/4"], cat="physical_damage", kw=["vidro frontal veio riscado"])


@C.fixture("takanawa")
def tk_own_words_soft_left() -> Fx:
    b = """hi, my pictures always come out a bit blurry on the left side, even on a tripod, the right side
is sharp. its the zoom, ZM 24-70/2.8, number on the back says tl23050771. i got it for my
birthday so no order number sorry

Lucy
"""
    m = M("Wed, 04 Nov 2026 19:40:33 +0000", "lucy.b.photos@mailbox.example", TK, "blurry pictures",
          P(b, cte="7bit"), "apple", "mailbox.example")
    return m, L("new_request", "lucy.b.photos@mailbox.example", serials=["tl23050771"], models=["ZM 24-70/2.8"],
                cat="optical_performance", kw=["blurry on the left side"])


@C.fixture("takanawa")
def tk_zh_glitch() -> Fx:
    b = """您好：

我们产线上的 IC-900M 工业相机图像偶尔出现花屏，大概一天三五次，重启相机后恢复。
相机序列号 TB22110034，订单号 TO-2025-01077。

请问是否需要寄回检测？

东莞视准自动化 品质部
钱晓东
"""
    m = M("Wed, 04 Nov 2026 10:55:19 +0800", addr("钱晓东", "qianxd@shizhun-auto.example"), TK,
          "IC-900M 图像偶尔花屏", P(b, cte="qp"), "netease", "shizhun-auto.example")
    return m, L("new_request", "qianxd@shizhun-auto.example", orders=["TO-2025-01077"], serials=["TB22110034"],
                models=["IC-900M"], cat="intermittent", kw=["偶尔出现花屏"], lang="zh")


@C.fixture("takanawa")
def tk_fr_html_focus_ring() -> Fx:
    inner = """<p>Bonjour,</p>
<p>La bague de mise au point de mon objectif <i>FL 85/1.8</i> est bloquée depuis une séance en extérieur,
impossible de la tourner même en mode manuel.</p>
<p>Numéro de série&nbsp;: TL21076630<br>
Commande&nbsp;: TO-2025-00688</p>
<p>Merci d'avance,<br>Julien Marchetti</p>"""
    m = M("Thu, 05 Nov 2026 08:20:42 +0100", addr("Julien Marchetti", "julien.marchetti@studio-lumen.example"), TK,
          "Objectif bloqué", H(inner), "outlook", "studio-lumen.example")
    return m, L("new_request", "julien.marchetti@studio-lumen.example", orders=["TO-2025-00688"],
                serials=["TL21076630"], models=["FL 85/1.8"], cat="other",
                kw=["est bloquée"])


@C.fixture("takanawa")
def tk_webform_not_detected() -> Fx:
    b = """Takanawa Support Portal - new case

Customer name : Piet Janssens
Customer mail : p.janssens@flandria-vision.example
Country       : Belgium
Product       : IC-900M
Serial        : TB23020511
Order         : TO-2025-00970
Problem       : Camera is not detected on the network at all. Link LED on the switch is off,
                tried 3 cables and 2 NICs.

Reply to this mail to contact the customer.
"""
    m = M("Thu, 05 Nov 2026 13:44:05 +0100", addr("Takanawa Support Portal", "noreply@takanawa.example"), TK,
          "New case: IC-900M - Piet Janssens", P(b, cte="7bit"), "generic", "takanawa.example",
          extra=(("Reply-To", "Piet Janssens <p.janssens@flandria-vision.example>"),))
    return m, L("new_request", "p.janssens@flandria-vision.example", orders=["TO-2025-00970"],
                serials=["TB23020511"], models=["IC-900M"], cat="no_link", kw=["not detected on the network"])


@C.fixture("takanawa")
def tk_dark_spot_photos() -> Fx:
    b = """Hi Takanawa,

Both copies of the FL 85/1.8 we bought for the studio (order TO-2025-00816) show a dark spot
in the same corner of every frame at f/8 and smaller. Looks like something inside the lens.
Sample photos attached. Serials TL22120408 and TL22120415.

Regards
Hannah Kowalczyk
Northlight Studio
"""
    body = mixed([P(b), attachment("image/jpeg", "DSC_0412.jpg", jpeg("a")),
                  attachment("image/jpeg", "DSC_0419.jpg", jpeg("b"))], "gmail")
    m = M("Fri, 06 Nov 2026 11:09:28 +0000", addr("Hannah Kowalczyk", "hannah@northlight-studio.example"), TK,
          "Dark spot in images", body, "gmail", "northlight-studio.example")
    return m, L("new_request", "hannah@northlight-studio.example", orders=["TO-2025-00816"],
                serials=["TL22120408", "TL22120415"], models=["FL 85/1.8"], cat="optical_performance",
                kw=["dark spot"])


@C.fixture("takanawa")
def tk_sdk_error() -> Fx:
    b = """Hello support,

After flashing firmware 1.3 to our IC-900 the grab call in your SDK returns error -1073 on
every second frame and the acquisition stops. With firmware 1.2 it was fine. Serial TB22070918.

Can we get the 1.2 image back, or is there a fix?

Thanks,
Ömer Şahin
Vision Systems, Ege Otomasyon
"""
    m = M("Fri, 06 Nov 2026 14:50:12 +0300", addr("Ömer Şahin", "omer.sahin@egeotomasyon.example"), TK,
          "SDK error after firmware 1.3", P(b), "outlook", "egeotomasyon.example")
    return m, L("new_request", "omer.sahin@egeotomasyon.example", serials=["TB22070918"], models=["IC-900"],
                cat="software", kw=["returns error -1073"])


@C.fixture("takanawa")
def tk_korean_missing_hood() -> Fx:
    b = """안녕하세요,

주문번호 TO-2025-01002로 구매한 ZM 24-70/2.8 상자에 렌즈 후드와 파우치가 들어있지 않았습니다.
시리얼 번호는 TL23080227 입니다.

빠른 발송 부탁드립니다.
김민준
"""
    m = M("Sat, 07 Nov 2026 10:15:40 +0900", addr("김민준", "minjun.kim@seoulshot.example"), TK,
          "구성품 누락 문의", P(b, cs="euc-kr", cte="b64"), "generic", "seoulshot.example", scs="euc-kr")
    return m, L("new_request", "minjun.kim@seoulshot.example", orders=["TO-2025-01002"], serials=["TL23080227"],
                models=["ZM 24-70/2.8"], cat="wrong_or_missing_item", kw=["들어있지 않았습니다"])


@C.fixture("takanawa")
def tk_terse_no_lens() -> Fx:
    b = "Body says no lens attached with the FL 85/1.8, other lenses fine. TL23114408\n"
    m = M("Sun, 08 Nov 2026 07:02:10 +0100", "mats.e@fjallfoto.example", TK, "lens", P(b, cte="7bit"), "apple",
          "fjallfoto.example")
    return m, L("new_request", "mats.e@fjallfoto.example", serials=["TL23114408"], models=["FL 85/1.8"], cat="other",
                kw=["no lens attached"])


@C.fixture("takanawa")
def tk_it_range_dead_pixels() -> Fx:
    b = """Buongiorno,

sei telecamere IC-900M dell'ordine TO-2025-00933, matricole da TB23060120 a TB23060125, hanno tutte
pixel morti nella stessa zona del sensore (circa 20 pixel bianchi in basso a destra).

Attendiamo istruzioni per il reso.

Cordiali saluti
Francesca Gallo
Ufficio Qualità, Visione Emiliana S.r.l.
"""
    m = M("Mon, 09 Nov 2026 09:26:55 +0100", addr("Francesca Gallo", "f.gallo@visione-emiliana.example"), TK,
          "Pixel morti su 6 telecamere", P(b), "outlook", "visione-emiliana.example")
    return m, L("new_request", "f.gallo@visione-emiliana.example", orders=["TO-2025-00933"],
                serials=rng("TB", 23060120, 23060125, 8), models=["IC-900M"], cat="optical_performance",
                kw=["pixel morti"], expanded=rng("TB", 23060121, 23060124, 8))


@C.fixture("takanawa")
def tk_fwd_gmail_aperture() -> Fx:
    b = """Hi support, a customer of ours from Lisbon, please take care.

Best,
Sofia Lindgren
Takanawa Europe B.V. - Key Accounts

---------- Forwarded message ---------
From: Tiago Neves <tiago.neves@lisboafoto.example>
Date: Mon, 9 Nov 2026 at 17:40
Subject: aperture stuck
To: Sofia Lindgren <sofia.lindgren@takanawa-europe.example>

Hi Sofia,

the aperture on my FL 35/1.4 is stuck wide open, every shot at f/8 comes out totally
overexposed. Serial TL22040991, bought in your Lisbon pop-up store (receipt LIS-88213).

Tiago
"""
    m = M("Tue, 10 Nov 2026 08:44:37 +0100", addr("Sofia Lindgren", "sofia.lindgren@takanawa-europe.example"), TK,
          "Fwd: aperture stuck", alt(P(b), H("<pre>" + b + "</pre>"), "gmail"), "gmail", "takanawa-europe.example")
    return m, L("forwarded", "tiago.neves@lisboafoto.example", "sofia.lindgren@takanawa-europe.example",
                orders=["LIS-88213"], serials=["TL22040991"], models=["FL 35/1.4"], cat="other",
                kw=["stuck wide open"])


@C.fixture("takanawa")
def tk_fwd_outlook_japanese() -> Fx:
    b = """サポート部 各位

以下、お客様からの修理依頼です。対応をお願いします。

営業部 中村

-----Original Message-----
From: 佐藤 直樹 <n.sato@hokuriku-seiki.example>
Sent: Tuesday, November 10, 2026 3:12 PM
To: 中村 亮 <r.nakamura@takanawa.example>
Subject: IC-900 映像が途切れる

中村様

IC-900（シリアル TB21119023）の映像が数分おきに途切れます。注文番号は TO-2025-00522 です。
ご確認をお願いいたします。

佐藤
"""
    m = M("Tue, 10 Nov 2026 16:05:00 +0900", addr("中村 亮", "r.nakamura@takanawa.example"), TK,
          "FW: IC-900 映像が途切れる", P(b, cte="b64"), "outlook", "takanawa.example")
    return m, L("forwarded", "n.sato@hokuriku-seiki.example", "r.nakamura@takanawa.example",
                orders=["TO-2025-00522"], serials=["TB21119023"], models=["IC-900"], cat="intermittent",
                kw=["数分おきに途切れます"])


@C.fixture("takanawa")
def tk_followup_ems() -> Fx:
    b = """Hi, the lens is on its way: EMS EJ618302745JP. I put a printout of the RMA in the box.

Aiden

On 4 Nov 2026, at 10:02, Takanawa Support <support@takanawa.example> wrote:
> Dear Mr Murphy, your repair is registered as RMA-2026-00611.
"""
    m = M("Thu, 05 Nov 2026 12:33:00 +0000", addr("Aiden Murphy", "aiden.murphy@corkphoto.example"), TK,
          "Re: RMA-2026-00611", P(b, cte="7bit"), "gmail", "corkphoto.example")
    return m, L("follow_up", "aiden.murphy@corkphoto.example", tracking=["EJ618302745JP"], rma="RMA-2026-00611")


@C.fixture("takanawa")
def tk_followup_ja_serial() -> Fx:
    b = """高輪光学 サポート様

追加の情報です。同じ症状のカメラがもう一台ありました。シリアルは TB21044590 です。
一緒に送ってもよろしいでしょうか。

小林

> 小林様
> 修理受付番号 RMA-2026-00604 にて承りました。
"""
    m = M("Wed, 04 Nov 2026 11:20:10 +0900", addr("小林 健", "k.kobayashi@minato-kensa.example", "iso-2022-jp"),
          TK, "Re: 修理受付 RMA-2026-00604", P(b, cs="iso-2022-jp", cte="b64"), "outlook", "minato-kensa.example",
          scs="iso-2022-jp")
    return m, L("follow_up", "k.kobayashi@minato-kensa.example", serials=["TB21044590"], rma="RMA-2026-00604")


@C.fixture("takanawa")
def tk_followup_top_posted() -> Fx:
    b = """One more thing: a second camera from the same line now shows the same glitches, serial
TB22110039. Can we add it to the same case?

Xiaodong

________________________________
From: Takanawa Support <support@takanawa.example>
Sent: Thursday, November 5, 2026 09:00
Subject: RMA-2026-00617 IC-900M image glitches

Dear Mr Qian, please send the camera with the RMA form attached.
"""
    m = M("Fri, 06 Nov 2026 08:18:49 +0800", addr("钱晓东", "qianxd@shizhun-auto.example"), TK,
          "RE: RMA-2026-00617 IC-900M image glitches", P(b), "outlook", "shizhun-auto.example")
    return m, L("follow_up", "qianxd@shizhun-auto.example", serials=["TB22110039"], models=["IC-900M"],
                rma="RMA-2026-00617")


@C.fixture("takanawa")
def tk_status_en() -> Fx:
    b = """Hello, any update on RMA-2026-00603? Tracking showed delivered to you on the 2nd.

Thanks
Hannah
"""
    m = M("Mon, 16 Nov 2026 10:02:00 +0000", addr("Hannah Kowalczyk", "hannah@northlight-studio.example"), TK,
          "Update?", P(b, cte="7bit"), "gmail", "northlight-studio.example")
    return m, L("order_status", "hannah@northlight-studio.example", rma="RMA-2026-00603")


@C.fixture("takanawa")
def tk_status_ja() -> Fx:
    b = """お世話になっております。

先週お送りした IC-900 の修理状況を教えていただけますでしょうか。
受付番号は RMA-2026-00604 です。ライン停止中のため、目処だけでも分かると助かります。

小林
"""
    m = M("Tue, 17 Nov 2026 09:00:30 +0900", addr("小林 健", "k.kobayashi@minato-kensa.example", "iso-2022-jp"),
          TK, "修理状況の確認", P(b, cs="iso-2022-jp", cte="b64"), "outlook", "minato-kensa.example",
          scs="iso-2022-jp")
    return m, L("order_status", "k.kobayashi@minato-kensa.example", models=["IC-900"], rma="RMA-2026-00604")


@C.fixture("takanawa")
def tk_status_pt() -> Fx:
    b = """Olá,

Quando será enviada a lente de substituição do pedido TO-2025-00901? Já se passaram duas semanas.

Rafael
"""
    m = M("Wed, 18 Nov 2026 15:20:20 -0300", addr("Rafael Costa", "rafael.costa@fotosul.example"), TK,
          "Substituição pedido TO-2025-00901", P(b, cs="iso-8859-1"), "apple", "fotosul.example", scs="iso-8859-1")
    return m, L("order_status", "rafael.costa@fotosul.example", orders=["TO-2025-00901"])


@C.fixture("takanawa")
def tk_ooo_ja() -> Fx:
    b = """【自動返信】

誠に勝手ながら、11月13日から11月16日まで出張のため不在にしております。
17日以降に順次ご返信いたします。

株式会社ミナト検査システム 小林
"""
    m = M("Fri, 13 Nov 2026 10:00:00 +0900", addr("小林 健", "k.kobayashi@minato-kensa.example", "iso-2022-jp"),
          TK, "自動応答: RMA-2026-00604 見積のご案内", P(b, cs="iso-2022-jp", cte="b64"), "outlook",
          "minato-kensa.example", extra=(("Auto-Submitted", "auto-replied"),), scs="iso-2022-jp")
    return m, L("auto_reply", "k.kobayashi@minato-kensa.example", rma="RMA-2026-00604")


@C.fixture("takanawa")
def tk_helpdesk_ack() -> Fx:
    b = """Hello,

Thank you for contacting Northlight Studio. Your request (#48213) "RMA-2026-00603 inspection
result" has been received and is being reviewed by our team.

To add additional comments, reply to this email.

Northlight Studio Support
"""
    m = M("Thu, 12 Nov 2026 09:01:12 +0000", addr("Northlight Studio", "support@northlight-studio.example"), TK,
          "[Northlight] Re: RMA-2026-00603 inspection result", P(b, cte="7bit"), "generic",
          "northlight-studio.example", extra=(("Auto-Submitted", "auto-generated"),))
    return m, L("auto_reply", "support@northlight-studio.example", rma="RMA-2026-00603")


@C.fixture("takanawa")
def tk_bounce_gmail_style() -> Fx:
    human = """** Address not found **

Your message wasn't delivered to m.oliveira@fotosul-rj.example because the domain
fotosul-rj.example couldn't be found. Check for typos or unnecessary spaces and try again.
"""
    inner = M("Mon, 16 Nov 2026 11:00:00 +0900", addr("Takanawa Support", TK), "m.oliveira@fotosul-rj.example",
              "Your repair quotation", P("Dear customer, please find the quotation attached.\n", cte="7bit"),
              "generic", "takanawa.example")
    ds = delivery_status([
        [("Reporting-MTA", "dns; mail.takanawa.example")],
        [("Final-Recipient", "rfc822; m.oliveira@fotosul-rj.example"), ("Action", "failed"), ("Status", "5.1.2")],
    ])
    body = multipart_report([P(human, cte="7bit"), ds, rfc822(inner, disp=None)])
    m = M("Mon, 16 Nov 2026 11:00:04 +0900", addr("Mail Delivery Subsystem", "mailer-daemon@takanawa.example"), TK,
          "Delivery Status Notification (Failure)", body, "generic", "takanawa.example")
    return m, L("bounce")


@C.fixture("takanawa")
def tk_yamato_notice() -> Fx:
    b = """ヤマト運輸よりお届け予定のお知らせです。

お問い合わせ伝票番号：4521-0937-6614
お届け予定日時：11月18日 午前中
ご依頼主：株式会社ミナト検査システム

※本メールは送信専用です。
"""
    m = M("Tue, 17 Nov 2026 18:00:00 +0900", addr("ヤマト運輸", "info@kuroneko-yamato.example", "iso-2022-jp"), TK,
          "お届け予定のお知らせ", P(b, cs="iso-2022-jp", cte="b64"), "generic", "kuroneko-yamato.example",
          scs="iso-2022-jp")
    return m, L("unrelated")


@C.fixture("takanawa")
def tk_magazine_newsletter() -> Fx:
    inner = """<h1>Lens Quarterly - November issue</h1>
<p>This month: we test five portrait primes, including the FL 85/1.8, against the competition.
Plus: why your autofocus hunts in low light, and how to fix it.</p>
<p><a href="https://lensquarterly.example/unsubscribe">Unsubscribe</a></p>"""
    m = M("Wed, 18 Nov 2026 06:00:00 +0000", addr("Lens Quarterly", "news@lensquarterly.example"), TK,
          "Lens Quarterly: five portrait primes tested", H(inner), "generic", "lensquarterly.example",
          extra=(("List-Unsubscribe", "<https://lensquarterly.example/unsubscribe>"), ("Precedence", "bulk")))
    return m, L("unrelated")


@C.fixture("takanawa")
def tk_presales_mount() -> Fx:
    b = """Hi, does the ZM 24-70/2.8 come in L-mount, or only in your own mount? And is there a
weather-sealed version planned? Thinking of buying two for my studio.

Cheers, Noah
"""
    m = M("Wed, 18 Nov 2026 20:12:44 +1100", addr("Noah Fitzgerald", "noah@harbourlight.example"), TK,
          "ZM 24-70/2.8 mount question", P(b, cte="7bit"), "apple", "harbourlight.example")
    return m, L("unrelated")


@C.fixture("takanawa")
def tk_glass_supplier_mixed() -> Fx:
    b = """Dear Purchasing Manager,

我们是成都的光学玻璃毛坯供应商，主要产品 H-K9L、H-ZF52 等，可按 drawing 做 moulded blanks，
MOQ 500 pcs，price very competitive。Catalogue in attachment，欢迎询价。

Best regards
Jessie 蒋
Chengdu Guangyuan Optical Glass Co.
"""
    body = mixed([P(b), attachment("application/pdf", "catalogue_2026.pdf", pdf("cat", "Catalogue"))], "foxmail")
    m = M("Thu, 19 Nov 2026 10:05:00 +0800", addr("Jessie Jiang", "jessie@gy-optglass.example"), TK,
          "Optical glass blanks 光学玻璃毛坯", body, "foxmail", "gy-optglass.example")
    return m, L("unrelated", lang="mixed")


@C.fixture("takanawa")
def tk_invoice_complaint_ja() -> Fx:
    b = """高輪光学 経理ご担当者様

11月分の請求書（請求番号 TKI-2611-0442）の金額が、見積書の金額より 12,000 円高くなっております。
送料が二重に計上されているようですので、ご確認のうえ再発行をお願いいたします。

株式会社北陸精機 経理部 森
"""
    m = M("Fri, 20 Nov 2026 13:40:00 +0900", addr("森 由美", "mori@hokuriku-seiki.example", "iso-2022-jp"),
          "keiri@takanawa.example", "請求書の金額について", P(b, cs="iso-2022-jp", cte="b64"), "outlook",
          "hokuriku-seiki.example", scs="iso-2022-jp")
    return m, L("unrelated")


@C.fixture("takanawa")
def tk_dutch_condensation() -> Fx:
    b = """Goedendag,

Na een nacht in de auto zit er binnen in mijn ZM 70-200/4 een waas op de achterste lens, en die
verdwijnt niet meer. Foto's worden daardoor flets en zonder contrast. Serienummer TL22111903.
Gekocht bij een dealer in Utrecht, bon nummer UT-2025-4471.

Met vriendelijke groet,
Eva Smit
"""
    m = M("Fri, 13 Nov 2026 12:00:00 +0100", addr("Eva Smit", "eva.smit@natuurfoto.example"), TK,
          "Waas in de lens", P(b), "tb", "natuurfoto.example")
    return m, L("new_request", "eva.smit@natuurfoto.example", orders=["UT-2025-4471"], serials=["TL22111903"],
                models=["ZM 70-200/4"], cat="optical_performance", kw=["flets en zonder contrast"])


@C.fixture("takanawa")
def tk_big5_mount_loose() -> Fx:
    b = """高輪光學 您好：

我們的工業相機 IC-900M 鏡頭接環鬆脫，外殼螺絲有兩顆斷掉，應該是安裝時撞到。
序號 TB22090412，訂單 TO-2025-00861。

請問可否付費維修？

新北精測科技 品保課 游小姐
"""
    m = M("Mon, 16 Nov 2026 09:40:00 +0800", addr("游淑惠", "yu.sh@xinbei-jc.example", "big5"), TK,
          ew("IC-900M 鏡頭接環鬆脫", "big5"), P(b, cs="big5", cte="b64"), "outlook", "xinbei-jc.example")
    return m, L("new_request", "yu.sh@xinbei-jc.example", orders=["TO-2025-00861"], serials=["TB22090412"],
                models=["IC-900M"], cat="physical_damage", kw=["鏡頭接環鬆脫"], lang="zh")


@C.fixture("takanawa")
def tk_festival_invitation_fr() -> Fx:
    b = """Madame, Monsieur,

Le Festival de la photographie de Saint-Malo (12-15 mai 2027) recherche des partenaires pour
son espace « Matériel ». Nous serions ravis d'accueillir Takanawa pour des prêts d'objectifs
aux visiteurs. Vous trouverez notre dossier de partenariat en pièce jointe.

Bien cordialement,
Élodie Renaud
Chargée des partenariats
"""
    body = mixed([P(b, cs="iso-8859-1"), attachment("application/pdf", "dossier_partenariat.pdf",
                                                    pdf("dp", "Dossier"))], "outlook")
    m = M("Tue, 17 Nov 2026 11:00:00 +0100", addr("Élodie Renaud", "partenariats@festiphoto-stmalo.example"), TK,
          "Partenariat Festival photo 2027", body, "outlook", "festiphoto-stmalo.example")
    return m, L("unrelated")


# ========================================================================= vireo ==
# Vireo Laser Systems Inc., USA: DPSS lasers and fibre laser markers.  Serials VLS-<yy>-<4 digits>,
# customers list consecutive units as VLS-22-0045/0046/0049; sales orders SO71-<5 digits>,
# customers' POs in their own formats; FedEx (12 digits, often grouped) and UPS.

VR = "rma@vireolaser.example"
C.company(
    "vireo",
    name="Vireo Laser Systems Inc.",
    staff_domains=["vireolaser.example"],
    service_address=VR,
    noreply_addresses=["portal@vireolaser.example", "noreply@vireolaser.example"],
    catalog=["DPL-532", "DPL-1064", "UVC-355", "FiberMark 30", "FiberMark 50"],
    conventions="serial VLS-22-0045; sales order SO71-20834; FedEx 7749 1023 8861; UPS 1Z...",
)


@C.fixture("vireo")
def vr_power_dropped() -> Fx:
    b = """Hi Vireo service,

Our DPL-532 (s/n VLS-23-0412) output power has dropped from the rated 50 mW to about 31 mW over
the last month, measured with a calibrated thermal head. Current setpoint unchanged. It is in a
Raman setup running about 6 h a day.

This was bought on our PO-UCB-661903 / your SO71-20834.

Thanks,
Dr. Priyanka Sethi
Sethi Lab, Bay Area Institute of Chemistry
"""
    m = M("Mon, 02 Nov 2026 09:40:10 -0800", addr("Priyanka Sethi", "psethi@baic-chem.example"), VR,
          "DPL-532 power drop", P(b), "outlook", "baic-chem.example")
    return m, L("new_request", "psethi@baic-chem.example", orders=["PO-UCB-661903", "SO71-20834"],
                serials=["VLS-23-0412"], models=["DPL-532"], cat="optical_performance", kw=["output power has dropped"])


@C.fixture("vireo")
def vr_range_no_beam() -> Fx:
    b = """Hello,

three of the FiberMark 30 marking heads we received on SO71-21177 will not fire: the emission
light comes on, the guide laser is there, but no beam comes out when we start a job.
Serials VLS-22-0045/0046/0049.

We need these for a line start next week, please advise ASAP.

Regards,
Carlos Mendoza
Production Engineering, Tri-County Tags
"""
    m = M("Mon, 02 Nov 2026 13:02:55 -0600", addr("Carlos Mendoza", "cmendoza@tricountytags.example"), VR,
          "3 x FiberMark 30 no beam", P(b), "exchange", "tricountytags.example")
    return m, L("new_request", "cmendoza@tricountytags.example", orders=["SO71-21177"],
                serials=["VLS-22-0045", "VLS-22-0046", "VLS-22-0049"], models=["FiberMark 30"],
                cat="optical_performance", kw=["no beam comes out"], expanded=["VLS-22-0046", "VLS-22-0049"])


@C.fixture("vireo")
def vr_own_words_no_mark() -> Fx:
    b = """Hello

We have one of your engraving machines, the FiberMark 50, in our trophy shop. It turns on and the
computer sees it, but when I press start nothing gets marked on the metal anymore. Last week it
was fine. I don't know what else to tell you, the sticker on the side says VLS-24-0188.

Pat O'Connell
O'Connell Trophies & Awards
"""
    m = M("Tue, 03 Nov 2026 15:30:00 -0500", addr("Pat O'Connell", "pat@oconnelltrophies.example"), VR,
          "engraver stopped working", P(b, cte="7bit"), "gmail", "oconnelltrophies.example")
    return m, L("new_request", "pat@oconnelltrophies.example", serials=["VLS-24-0188"], models=["FiberMark 50"],
                cat="optical_performance", kw=["nothing gets marked on the metal"])


@C.fixture("vireo")
def vr_es_shuts_off() -> Fx:
    b = """Buenas tardes,

El láser UVC-355 (serie VLS-23-0290) se apaga solo cada cierto tiempo, a veces a los diez minutos,
a veces a las dos horas, sin ningún mensaje de error. Después vuelve a encender sin problema.
Orden de compra: OC-2025-1187.

Agradecemos su ayuda.

Ing. Valentina Rojas
Laboratorio de Microfabricación, Universidad Andina del Sur
"""
    m = M("Tue, 03 Nov 2026 17:45:21 -0500", addr("Valentina Rojas", "vrojas@uandinasur.example"), VR,
          "UVC-355 se apaga solo", P(b), "gmail", "uandinasur.example")
    return m, L("new_request", "vrojas@uandinasur.example", orders=["OC-2025-1187"], serials=["VLS-23-0290"],
                models=["UVC-355"], cat="intermittent", kw=["se apaga solo cada cierto tiempo"])


@C.fixture("vireo")
def vr_de_broken_housing() -> Fx:
    b = """Hallo Vireo-Team,

der DPL-1064 aus Ihrem Auftrag SO71-21402 ist heute mit gebrochenem Gehäuse angekommen, der
Kühlkörper hat sich gelöst und klappert. Sendung FedEx 7749 1023 8861, die Kiste war außen
deutlich beschädigt. Seriennummer VLS-24-0051.

Bitte um Ersatz.

Beste Grüße
Dr. Felix Hartung
"""
    m = M("Wed, 04 Nov 2026 11:02:40 +0100", addr("Felix Hartung", "f.hartung@photonik-ilmenau.example"), VR,
          "Transportschaden DPL-1064", P(b), "tb", "photonik-ilmenau.example")
    return m, L("new_request", "f.hartung@photonik-ilmenau.example", orders=["SO71-21402"], serials=["VLS-24-0051"],
                models=["DPL-1064"], tracking=["7749 1023 8861"], cat="physical_damage", kw=["gebrochenem Gehäuse"])


@C.fixture("vireo")
def vr_zh_license_error() -> Fx:
    b = """您好，

我们的 FiberMark 30 打标机配套的打标软件今天突然打不开了，启动时提示授权错误，
重新插拔加密狗也没用。设备序列号 VLS-23-0733，合同号 SZ-VR-2025-041。

请尽快帮忙解决，生产线在等。

苏州恒刻激光 设备科
邓晓峰
"""
    m = M("Thu, 05 Nov 2026 10:22:09 +0800", addr("邓晓峰", "dengxf@hengke-laser.example"), VR,
          "打标软件提示授权错误", P(b, cs="gbk", label="gb2312", cte="b64"), "foxmail", "hengke-laser.example")
    return m, L("new_request", "dengxf@hengke-laser.example", orders=["SZ-VR-2025-041"], serials=["VLS-23-0733"],
                models=["FiberMark 30"], cat="software", kw=["提示授权错误", "打不开"], lang="zh")


@C.fixture("vireo")
def vr_portal_no_power() -> Fx:
    b = """Vireo Service Portal: new RMA request #W-20261105-07

Submitted by:   Grace Liu <grace.liu@cascadeoptics.example>
Organization:   Cascade Optics LLC
Product:        DPL-1064
Serial number:  VLS-22-0917
Order / PO:     CO-PO-33871
Issue summary:  Unit does not power on. Key switch turned, interlock closed, nothing on the
                front panel. Fuse checked.

Log in to the portal to respond.
"""
    m = M("Thu, 05 Nov 2026 12:14:33 -0800", addr("Vireo Service Portal", "portal@vireolaser.example"), VR,
          "[Portal] New RMA request #W-20261105-07", P(b, cte="7bit"), "generic", "vireolaser.example")
    return m, L("new_request", "grace.liu@cascadeoptics.example", orders=["CO-PO-33871"], serials=["VLS-22-0917"],
                models=["DPL-1064"], cat="no_power", kw=["does not power on"])


@C.fixture("vireo")
def vr_html_interlock_table() -> Fx:
    inner = """<p>Hi team,</p>
<p>We keep getting an <b>interlock fault</b> at random on two units, sometimes twice a shift, sometimes
not for days. Resetting clears it. Details:</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>Model</th><th>Serial</th><th>Line</th><th>Faults last 7 days</th></tr></thead>
<tbody>
<tr><td>FiberMark 50</td><td>VLS-23-0501</td><td>L2</td><td>5</td></tr>
<tr><td>FiberMark 50</td><td>VLS-23-0507</td><td>L4</td><td>2</td></tr>
</tbody></table>
<p>PO was 4410-88217.</p>
<p>Thanks<br>Brandon Okafor<br>Maintenance Lead</p>"""
    plain = ("Hi team, we keep getting an interlock fault at random on two units. FiberMark 50 VLS-23-0501 and "
             "VLS-23-0507. PO was 4410-88217.\n")
    m = M("Fri, 06 Nov 2026 07:30:00 -0500", addr("Brandon Okafor", "bokafor@midstate-metal.example"), VR,
          "Random interlock faults", alt(P(plain), H(inner), "outlook"), "outlook", "midstate-metal.example")
    return m, L("new_request", "bokafor@midstate-metal.example", orders=["4410-88217"],
                serials=["VLS-23-0501", "VLS-23-0507"], models=["FiberMark 50"], cat="intermittent",
                kw=["interlock fault"])


@C.fixture("vireo")
def vr_wrong_voltage_pdf() -> Fx:
    b = """Hello,

The DPL-532 we received on SO71-21365 came with the 110 V power supply, but we ordered the
230 V version for Australia (see our PO attached). Laser head serial VLS-24-0102.

Please send the correct power supply.

Regards,
Mia Thompson
"""
    body = mixed([P(b), attachment("application/pdf", "PO_AU-7718.pdf", pdf("po", "Purchase Order"))], "outlook")
    m = M("Sat, 07 Nov 2026 10:10:10 +1000", addr("Mia Thompson", "mia.thompson@coralphotonics.example"), VR,
          "Wrong power supply shipped", body, "outlook", "coralphotonics.example")
    return m, L("new_request", "mia.thompson@coralphotonics.example", orders=["SO71-21365"],
                serials=["VLS-24-0102"], models=["DPL-532"], cat="wrong_or_missing_item",
                kw=["came with the 110 V power supply"])


@C.fixture("vireo")
def vr_pl_no_power() -> Fx:
    b = """Dzień dobry,

laser DPL-1064 o numerze seryjnym VLS-23-0815 nie włącza się od wczoraj, dioda zasilania nie świeci.
Zamówienie ZAM/2025/0442.

Proszę o informację, jak przesłać urządzenie do serwisu.

Z poważaniem
Katarzyna Nowak
"""
    m = M("Mon, 09 Nov 2026 08:48:30 +0100", addr("Katarzyna Nowak", "k.nowak@laserlab-krakow.example"), VR,
          "Laser nie włącza się", P(b, cs="iso-8859-2"), "tb", "laserlab-krakow.example", scs="iso-8859-2")
    return m, L("new_request", "k.nowak@laserlab-krakow.example", orders=["ZAM/2025/0442"], serials=["VLS-23-0815"],
                models=["DPL-1064"], cat="no_power", kw=["nie włącza się"])


@C.fixture("vireo")
def vr_terse_dead_again() -> Fx:
    b = "our dpl-532 is dead again. same as last spring. what now?\n\n-- \nRon\n"
    m = M("Mon, 09 Nov 2026 16:20:00 -0700", "ron.b@desertspectra.example", VR, "dead again", P(b, cte="7bit"),
          "apple", "desertspectra.example")
    return m, L("new_request", "ron.b@desertspectra.example", models=["dpl-532"], cat="no_power", kw=["dead again"])


@C.fixture("vireo")
def vr_nl_oval_beam() -> Fx:
    b = """Beste,

Het bundelprofiel van onze UVC-355 is sinds kort ovaal in plaats van rond (M² gemeten 1,9, spec <1,3).
Serienummer VLS-22-0620, bestelling PO-TUE-20451.

Graag hoor ik hoe we verder gaan.

Met vriendelijke groet,
Joris van Leeuwen
"""
    m = M("Tue, 10 Nov 2026 10:03:14 +0100", addr("Joris van Leeuwen", "j.vanleeuwen@tu-eindhoven-oost.example"), VR,
          "Bundelprofiel UVC-355", P(b), "outlook", "tu-eindhoven-oost.example")
    return m, L("new_request", "j.vanleeuwen@tu-eindhoven-oost.example", orders=["PO-TUE-20451"],
                serials=["VLS-22-0620"], models=["UVC-355"], cat="optical_performance",
                kw=["ovaal in plaats van rond"])


@C.fixture("vireo")
def vr_fwd_outlook_university() -> Fx:
    b = """Service - forwarding from one of my accounts, thanks.
Dana Whitaker | Regional Sales Manager, Midwest | Vireo Laser Systems

From: Hoang, Minh <mhoang@lakeshore-u.example>
Sent: Tuesday, November 10, 2026 8:12 AM
To: Whitaker, Dana <dana.whitaker@vireolaser.example>
Subject: laser issue

Dana,

The UVC-355 in our cleanroom (VLS-24-0233) throws a "TEC temp out of range" error after about
20 minutes and stops emitting. Can you help? PO LU-2025-08812.

Minh
"""
    m = M("Tue, 10 Nov 2026 09:01:00 -0600", addr("Dana Whitaker", "dana.whitaker@vireolaser.example"), VR,
          "FW: laser issue", P(b), "outlook", "vireolaser.example")
    return m, L("forwarded", "mhoang@lakeshore-u.example", "dana.whitaker@vireolaser.example",
                orders=["LU-2025-08812"], serials=["VLS-24-0233"], models=["UVC-355"], cat="other",
                kw=["TEC temp out of range"])


@C.fixture("vireo")
def vr_fwd_name_only_signature() -> Fx:
    b = """Please open an RMA for this one, customer called me too.

Rick

-------- Forwarded Message --------
Subject: FiberMark 30 cracked lens
Date: Wed, 11 Nov 2026 07:55:12 -0500
From: Yusuf Karim

Hi Rick, the f-theta lens on our FiberMark 30 has a crack across it, we think something fell
on it during a move. Unit VLS-23-0377. Order SO71-20990.

Yusuf Karim
Karim Signs & Engraving
yusuf@karimsigns.example
"""
    m = M("Wed, 11 Nov 2026 08:30:44 -0500", addr("Rick Alvarez", "rick.alvarez@vireolaser.example"), VR,
          "Fwd: FiberMark 30 cracked lens", P(b), "tb", "vireolaser.example")
    return m, L("forwarded", "yusuf@karimsigns.example", "rick.alvarez@vireolaser.example", orders=["SO71-20990"],
                serials=["VLS-23-0377"], models=["FiberMark 30"], cat="physical_damage", kw=["has a crack across it"])


@C.fixture("vireo")
def vr_followup_fedex() -> Fx:
    b = """Shipped back this morning via FedEx, tracking 7816 4402 9175.

Priyanka

On Wed, Nov 4, 2026 at 10:20 AM Vireo RMA <rma@vireolaser.example> wrote:
> Dr. Sethi, your return RMA-2026-00706 is approved. Please ship the DPL-532 to our
> Boulder service center.
"""
    m = M("Thu, 05 Nov 2026 08:15:00 -0800", addr("Priyanka Sethi", "psethi@baic-chem.example"), VR,
          "Re: RMA-2026-00706 approved", P(b, cte="7bit"), "gmail", "baic-chem.example")
    return m, L("follow_up", "psethi@baic-chem.example", tracking=["7816 4402 9175"], rma="RMA-2026-00706")


@C.fixture("vireo")
def vr_followup_interleaved() -> Fx:
    b = """Carlos Mendoza wrote:
> Can you confirm the software version on the controller?
It's MarkStudio 5.4.1.

> Did you check the fibre connector for dust?
Yes, cleaned and inspected, no change.

> Are all three heads from the same order?
Yes, all SO71-21177.

Carlos
"""
    m = M("Wed, 04 Nov 2026 14:30:27 -0600", addr("Carlos Mendoza", "cmendoza@tricountytags.example"), VR,
          "RE: [RMA-2026-00709] FiberMark heads - questions", P(b), "exchange", "tricountytags.example")
    return m, L("follow_up", "cmendoza@tricountytags.example", orders=["SO71-21177"], rma="RMA-2026-00709")


@C.fixture("vireo")
def vr_followup_third_serial() -> Fx:
    b = """Also the third unit serial is VLS-23-0514, sorry I missed it.

Brandon

From: Vireo RMA <rma@vireolaser.example>
Sent: Friday, November 6, 2026 11:00 AM
Subject: RE: Random interlock faults - RMA-2026-00712
> Thank you, we have opened RMA-2026-00712 for VLS-23-0501 and VLS-23-0507.
"""
    m = M("Fri, 06 Nov 2026 13:40:00 -0500", addr("Brandon Okafor", "bokafor@midstate-metal.example"), VR,
          "RE: Random interlock faults - RMA-2026-00712", P(b), "outlook", "midstate-metal.example")
    return m, L("follow_up", "bokafor@midstate-metal.example", serials=["VLS-23-0514"], rma="RMA-2026-00712")


@C.fixture("vireo")
def vr_status_en() -> Fx:
    b = """Hi,

It has been four weeks since you received our laser under RMA-2026-00688. Could you please give
us an estimate? We have a grant deadline.

Best,
Grace Liu
"""
    m = M("Mon, 16 Nov 2026 11:00:00 -0800", addr("Grace Liu", "grace.liu@cascadeoptics.example"), VR,
          "Estimate for RMA-2026-00688", P(b), "gmail", "cascadeoptics.example")
    return m, L("order_status", "grace.liu@cascadeoptics.example", rma="RMA-2026-00688")


@C.fixture("vireo")
def vr_status_es() -> Fx:
    b = """Hola,

¿Ya tienen diagnóstico del UVC-355 que enviamos? Su referencia es RMA-2026-00715.

Gracias,
Valentina
"""
    m = M("Tue, 17 Nov 2026 09:12:00 -0500", addr("Valentina Rojas", "vrojas@uandinasur.example"), VR,
          "Consulta RMA-2026-00715", P(b), "gmail", "uandinasur.example")
    return m, L("order_status", "vrojas@uandinasur.example", models=["UVC-355"], rma="RMA-2026-00715")


@C.fixture("vireo")
def vr_status_zh() -> Fx:
    b = """你好，

请问我们寄回的打标机软件加密狗处理得怎么样了？RMA-2026-00718，什么时候能寄回？
生产线一直停着。

邓晓峰
"""
    m = M("Wed, 18 Nov 2026 09:40:09 +0800", addr("邓晓峰", "dengxf@hengke-laser.example"), VR, "进度查询",
          P(b, cs="gbk", label="gb2312", cte="b64"), "foxmail", "hengke-laser.example", scs="gbk")
    return m, L("order_status", "dengxf@hengke-laser.example", rma="RMA-2026-00718", lang="zh")


@C.fixture("vireo")
def vr_ooo_en() -> Fx:
    b = """I'm at Photonics West prep meetings through Nov 20 and will reply when I'm back. For
anything urgent in the lab please contact lab-manager@baic-chem.example.

Priyanka
"""
    m = M("Mon, 16 Nov 2026 07:00:00 -0800", addr("Priyanka Sethi", "psethi@baic-chem.example"), VR,
          "Out of Office: RMA-2026-00706 repair quote", P(b, cte="7bit"), "outlook", "baic-chem.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "psethi@baic-chem.example", rma="RMA-2026-00706")


@C.fixture("vireo")
def vr_ooo_es() -> Fx:
    b = """Estaré fuera de la oficina hasta el 23 de noviembre sin acceso al correo.
Para asuntos urgentes, comuníquese con secretaria@uandinasur.example.

Valentina Rojas
"""
    m = M("Wed, 18 Nov 2026 14:00:00 -0500", addr("Valentina Rojas", "vrojas@uandinasur.example"), VR,
          "Respuesta automática: Diagnóstico de su equipo", P(b), "gmail", "uandinasur.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "vrojas@uandinasur.example")


@C.fixture("vireo")
def vr_bounce_qmail() -> Fx:
    b = """Hi. This is the qmail-send program at mail.vireolaser.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<j.kim@oldfirm-photonics.example>:
192.0.2.77 does not like recipient.
Remote host said: 550 5.1.1 mailbox unavailable
Giving up on 192.0.2.77.

--- Below this line is a copy of the message.

Return-Path: <rma@vireolaser.example>
From: Vireo RMA <rma@vireolaser.example>
To: j.kim@oldfirm-photonics.example
Subject: RMA-2026-00701 repair complete

Dear Mr Kim, the DPL-1064 VLS-21-0099 has been repaired and is ready to ship.
"""
    m = M("Thu, 12 Nov 2026 10:00:02 -0700", "MAILER-DAEMON@mail.vireolaser.example", VR, "failure notice",
          P(b, cte="7bit"), "generic", "mail.vireolaser.example")
    return m, L("bounce")


@C.fixture("vireo")
def vr_fedex_billing() -> Fx:
    b = """FedEx Billing Online

Your invoice 8-214-77091 for account ****4471 is now available.
Invoice date: Nov 14, 2026    Amount due: USD 2,318.44    Due date: Dec 14, 2026

Please do not reply to this message.
"""
    m = M("Sat, 14 Nov 2026 04:00:00 -0600", addr("FedEx Billing Online", "billing@fedex.example"), VR,
          "FedEx invoice available", P(b, cte="7bit"), "generic", "fedex.example")
    return m, L("unrelated")


@C.fixture("vireo")
def vr_webinar_newsletter() -> Fx:
    inner = """<p><b>Laser Safety Officer Webinar Series</b></p>
<p>Join us December 3 for "ANSI Z136.1 updates for 2027". Free for members.</p>
<p><a href="https://lasersafety-assoc.example/register">Register now</a> |
<a href="https://lasersafety-assoc.example/optout">Opt out</a></p>"""
    m = M("Mon, 16 Nov 2026 12:00:00 -0500", addr("Laser Safety Association", "events@lasersafety-assoc.example"), VR,
          "Webinar: ANSI Z136.1 updates for 2027", H(inner), "generic", "lasersafety-assoc.example",
          extra=(("Precedence", "bulk"),))
    return m, L("unrelated")


@C.fixture("vireo")
def vr_distributor_brazil() -> Fx:
    b = """Dear Vireo team,

We are an industrial laser distributor based in Curitiba, Brazil, and would like to represent the
FiberMark line in the south of Brazil. Could you send us your distributor conditions and a price
list for FiberMark 30 and FiberMark 50?

Best regards,
Marcelo Teixeira
Sul Laser Distribuidora
"""
    m = M("Tue, 17 Nov 2026 10:30:00 -0300", addr("Marcelo Teixeira", "marcelo@sullaser.example"),
          "sales@vireolaser.example", "Distribution in Brazil", P(b), "outlook", "sullaser.example")
    return m, L("unrelated")


@C.fixture("vireo")
def vr_job_application() -> Fx:
    b = """Hello,

I'd like to apply for the Field Service Engineer role (Midwest). I'm a former Air Force avionics
technician with 3 years of experience servicing CO2 and fiber lasers. Resume attached.

Thank you,
Jordan Ellis
"""
    body = mixed([P(b, cte="7bit"), attachment("application/vnd.openxmlformats-officedocument.wordprocessingml"
                                               ".document", "Jordan_Ellis_Resume.docx", fake_docx())], "gmail")
    m = M("Wed, 18 Nov 2026 19:05:00 -0600", addr("Jordan Ellis", "jordan.ellis@mailbox.example"),
          "careers@vireolaser.example", "Field Service Engineer application", body, "gmail", "mailbox.example")
    return m, L("unrelated")


@C.fixture("vireo")
def vr_late_fee_complaint() -> Fx:
    b = """Hi,

We were charged a $150 late fee on invoice VLS-INV-55102, but our payment went out on the due date
(ACH confirmation attached to our portal). Please reverse the fee.

Thanks,
Dorothy Pike
Accounts Payable, Tri-County Tags
"""
    m = M("Thu, 19 Nov 2026 10:00:00 -0600", addr("Dorothy Pike", "ap@tricountytags.example"),
          "ar@vireolaser.example", "Late fee on VLS-INV-55102", P(b), "exchange", "tricountytags.example")
    return m, L("unrelated")


@C.fixture("vireo")
def vr_big5_taiwan_weak() -> Fx:
    b = """Vireo 您好：

本實驗室的 DPL-532 雷射輸出功率時高時低，每隔幾分鐘就掉到一半左右，再自己回升。
序號 VLS-22-0388，本校採購案號 NTU-P-114-0392。

煩請協助，謝謝。

清大光電所 蔡明哲
"""
    m = M("Fri, 13 Nov 2026 09:20:00 +0800", addr("蔡明哲", "mctsai@nthu-eo.example", "big5"), VR,
          ew("DPL-532 輸出功率不穩", "big5"), P(b, cs="big5", cte="qp"), "outlook", "nthu-eo.example")
    return m, L("new_request", "mctsai@nthu-eo.example", orders=["NTU-P-114-0392"], serials=["VLS-22-0388"],
                models=["DPL-532"], cat="intermittent", kw=["輸出功率時高時低"], lang="zh")


@C.fixture("vireo")
def vr_coating_supplier() -> Fx:
    b = """Hello Vireo purchasing,

We are an optical coating house in Jena (AR, HR and dichroic coatings from 266 nm to 2 µm) with
short lead times for prototype lots. Would you be interested in a second source for your 532 nm
and 1064 nm mirrors? Happy to quote against your drawings.

Best regards,
Katrin Wolff
Sales, Saale Coatings GmbH
"""
    m = M("Thu, 19 Nov 2026 09:00:00 +0100", addr("Katrin Wolff", "k.wolff@saale-coatings.example"),
          "purchasing@vireolaser.example", "Second source for laser mirrors", P(b), "outlook",
          "saale-coatings.example")
    return m, L("unrelated")


# ======================================================================= bergvik ==
# Bergvik Sensorteknik AB, Sweden: pressure, humidity, level sensors and load cells.  Serials
# BV<yymm><4 digits>, batches written as "BV23111200 to 1209"; orders <year>-SE-<4 digits>;
# PostNord (S10 for registered parcels), DB Schenker, UPS.

BG = "service@bergvik.example"
C.company(
    "bergvik",
    name="Bergvik Sensorteknik AB",
    staff_domains=["bergvik.example"],
    service_address=BG,
    noreply_addresses=["noreply@bergvik.example"],
    catalog=["TX40", "TX40-EX", "HM 220", "LS-9", "LC 5T"],
    conventions="serial BV24020311; order 2025-SE-0411; PostNord RR390548122SE",
)


@C.fixture("bergvik")
def bg_sv_wrong_value() -> Fx:
    b = """Hej,

Vår trycktransmitter TX40 (serienummer BV24020311) visar fel värde sedan förra veckan, ungefär
0,4 bar för högt jämfört med referensmanometern. Nollpunktsjustering hjälper bara en dag.
Ordernummer 2025-SE-0411.

Hur gör vi med retur?

Vänliga hälsningar
Karin Åberg
Underhåll, Mälarvatten AB
"""
    m = M("Mon, 02 Nov 2026 08:10:00 +0100", addr("Karin Åberg", "karin.aberg@malarvatten.example"), BG,
          "TX40 visar fel", P(b, cs="iso-8859-1"), "outlook", "malarvatten.example", scs="iso-8859-1")
    return m, L("new_request", "karin.aberg@malarvatten.example", orders=["2025-SE-0411"], serials=["BV24020311"],
                models=["TX40"], cat="other", kw=["visar fel värde"])


@C.fixture("bergvik")
def bg_range_humidity_high() -> Fx:
    b = """Hello,

We installed ten HM 220 humidity sensors from order 2025-SE-0388 in our climate rooms. All ten
read about 8 % RH too high against our chilled-mirror reference. Serials BV23111200 to 1209.

Can you recalibrate or replace them?

Regards
Sean Gallagher
Facilities, Emerald Pharma Ltd
"""
    m = M("Mon, 02 Nov 2026 11:45:00 +0000", addr("Sean Gallagher", "sean.gallagher@emeraldpharma.example"), BG,
          "HM 220 reading high (10 units)", P(b), "exchange", "emeraldpharma.example")
    return m, L("new_request", "sean.gallagher@emeraldpharma.example", orders=["2025-SE-0388"],
                serials=rng("BV", 23111200, 23111209, 8), models=["HM 220"], cat="other",
                kw=["read about 8 % RH too high"], expanded=rng("BV", 23111201, 23111209, 8))


@C.fixture("bergvik")
def bg_own_words_tank_zero() -> Fx:
    b = """Hi,

the level thing you sold us for the rainwater tank just says 0 all the time, even now when the
tank is full to the top after all the rain. It used to go up and down. Model LS-9 I think, the
label says BV24050112.

Thanks
Oskar
"""
    m = M("Tue, 03 Nov 2026 18:30:00 +0100", "oskar.lindh@gardshus.example", BG, "tank sensor",
          P(b, cte="7bit"), "apple", "gardshus.example")
    return m, L("new_request", "oskar.lindh@gardshus.example", serials=["BV24050112"], models=["LS-9"], cat="other",
                kw=["says 0 all the time"])


@C.fixture("bergvik")
def bg_de_cable_torn() -> Fx:
    b = """Guten Tag,

bei einer der gelieferten Wägezellen LC 5T ist das Anschlusskabel direkt am Gehäuse abgerissen,
vermutlich schon beim Transport (Schenker-Sendung SE-3301-7788). Seriennummer BV24030456,
unsere Bestellung BE-2025-7712.

Mit freundlichen Grüßen
Heike Schubert
"""
    m = M("Tue, 03 Nov 2026 10:20:44 +0100", addr("Heike Schubert", "h.schubert@waagenbau-nord.example"), BG,
          "Wägezelle beschädigt", P(b), "exchange", "waagenbau-nord.example")
    return m, L("new_request", "h.schubert@waagenbau-nord.example", orders=["BE-2025-7712"], serials=["BV24030456"],
                models=["LC 5T"], tracking=["SE-3301-7788"], cat="physical_damage",
                kw=["Anschlusskabel direkt am Gehäuse abgerissen"])


@C.fixture("bergvik")
def bg_zh_signal_flaky() -> Fx:
    b = """您好，

我们在化工厂使用的 TX40-EX 压力变送器信号时有时无，DCS 上经常报断线，过一会儿又正常。
已经换过电缆和安全栅。序列号 BV23090817，订单号 2025-SE-0297。

请问如何处理？

南京化工园 仪表车间 韩磊
"""
    m = M("Wed, 04 Nov 2026 09:05:30 +0800", addr("韩磊", "hanlei@njchem-park.example"), BG,
          "TX40-EX 信号时有时无", P(b, cte="qp"), "netease", "njchem-park.example")
    return m, L("new_request", "hanlei@njchem-park.example", orders=["2025-SE-0297"], serials=["BV23090817"],
                models=["TX40-EX"], cat="intermittent", kw=["信号时有时无"], lang="zh")


@C.fixture("bergvik")
def bg_webform_blank() -> Fx:
    b = """Bergvik contact form - category: Service / Return

Name:          Anneli Korhonen
E-mail:        anneli.korhonen@suomenvesi.example
Company:       Suomen Vesi Oy
Product:       TX40
Serial no.:    BV24010095
Order no.:     2025-SE-0365
Message:       Display stays blank and the loop current is zero, the unit seems completely dead.
               Wiring checked by our electrician.
"""
    m = M("Wed, 04 Nov 2026 14:14:14 +0100", addr("Bergvik web", "noreply@bergvik.example"), BG,
          "Contact form: Service / Return", P(b), "generic", "bergvik.example",
          extra=(("Reply-To", "anneli.korhonen@suomenvesi.example"),))
    return m, L("new_request", "anneli.korhonen@suomenvesi.example", orders=["2025-SE-0365"], serials=["BV24010095"],
                models=["TX40"], cat="no_power", kw=["Display stays blank", "completely dead"])


@C.fixture("bergvik")
def bg_html_modbus() -> Fx:
    inner = """<div dir="ltr">Hello Bergvik,<div><br></div>
<div>Two HM 220 transmitters (BV24040201, BV24040207) give <u>no response on Modbus</u> at all. Other
devices on the same RS-485 segment answer fine, address and baud rate match the label.</div>
<div><br></div><div>Our PO: IO-558812</div><div><br></div>
<div>Regards,<br>Dario Vukovic<br>BMS Integration, Adria Controls</div></div>"""
    m = M("Thu, 05 Nov 2026 09:33:00 +0100", addr("Dario Vukovic", "dario.vukovic@adriacontrols.example"), BG,
          "HM 220 - no Modbus response", H(inner), "gmail", "adriacontrols.example")
    return m, L("new_request", "dario.vukovic@adriacontrols.example", orders=["IO-558812"],
                serials=["BV24040201", "BV24040207"], models=["HM 220"], cat="no_link", kw=["no response on Modbus"])


@C.fixture("bergvik")
def bg_nl_missing_bracket() -> Fx:
    b = """Hallo,

Bij de levering van order 2025-SE-0420 (vier LS-9 niveausensoren) zat geen montagebeugel en geen
pakking, terwijl die volgens de pakbon wel meegeleverd hadden moeten worden.

Groet,
Bas Verhoeven
"""
    m = M("Thu, 05 Nov 2026 15:27:10 +0100", addr("Bas Verhoeven", "bas@verhoeven-pompen.example"), BG,
          "Onderdelen ontbreken", P(b), "outlook", "verhoeven-pompen.example")
    return m, L("new_request", "bas@verhoeven-pompen.example", orders=["2025-SE-0420"], models=["LS-9"],
                cat="wrong_or_missing_item", kw=["zat geen montagebeugel"])


@C.fixture("bergvik")
def bg_config_tool_crash() -> Fx:
    b = """Hi support,

BergvikConfig 3.8 crashes every time I try to read the settings of an HM 220 over the USB
adapter ("Unhandled exception: index out of range"). Writing a new config works, reading does
not. Serial BV24060033.

Thanks, Liam
"""
    body = mixed([P(b), attachment("image/png", "crash.png", png("crash"))], "tb")
    m = M("Fri, 06 Nov 2026 10:50:00 +0000", addr("Liam Doyle", "liam.doyle@greenhouse-tech.example"), BG,
          "Config tool crash", body, "tb", "greenhouse-tech.example")
    return m, L("new_request", "liam.doyle@greenhouse-tech.example", serials=["BV24060033"], models=["HM 220"],
                cat="software", kw=["crashes every time"])


@C.fixture("bergvik")
def bg_tr_loses_connection() -> Fx:
    b = """Merhaba,

2025-SE-0399 numaralı siparişle aldığımız LS-9 sensörü arada bir bağlantıyı kaybediyor, PLC'de
birkaç saniye hata görüyoruz ve sonra kendiliğinden düzeliyor. Seri no: BV24020508.

Teşekkürler,
Burak Çelik
"""
    m = M("Fri, 06 Nov 2026 12:02:00 +0300", addr("Burak Çelik", "burak.celik@marmarasu.example"), BG,
          "LS-9 bağlantı sorunu", P(b), "outlook", "marmarasu.example")
    return m, L("new_request", "burak.celik@marmarasu.example", orders=["2025-SE-0399"], serials=["BV24020508"],
                models=["LS-9"], cat="intermittent", kw=["arada bir bağlantıyı kaybediyor"])


@C.fixture("bergvik")
def bg_terse_cracked() -> Fx:
    b = "LS-9 arrived with cracked housing. bv24050077. order 2025-SE-0502\n\nSent from Outlook for Android\n"
    m = M("Sat, 07 Nov 2026 07:40:00 +0100", "jonas.holm@fjordfisk.example", BG, "damaged", P(b, cte="7bit"),
          "outlook", "fjordfisk.example")
    return m, L("new_request", "jonas.holm@fjordfisk.example", orders=["2025-SE-0502"], serials=["bv24050077"],
                models=["LS-9"], cat="physical_damage", kw=["cracked housing"])


@C.fixture("bergvik")
def bg_mixed_humidity_100() -> Fx:
    b = """Hello Bergvik,

我们的 HM 220 humidity reading 一直是 100%，即使在干燥的办公室里也一样。
Serial BV24070141，PO 2025-SE-0455。Please advise，谢谢！

Tina 林
"""
    m = M("Mon, 09 Nov 2026 14:12:00 +0800", addr("Tina Lin", "tina.lin@greenleaf-agri.example"), BG,
          "HM 220 reading always 100%", P(b, cte="b64"), "gmail", "greenleaf-agri.example")
    return m, L("new_request", "tina.lin@greenleaf-agri.example", orders=["2025-SE-0455"], serials=["BV24070141"],
                models=["HM 220"], cat="other", kw=["一直是 100%"], lang="mixed")


@C.fixture("bergvik")
def bg_fwd_apple_no_prefix() -> Fx:
    b = """Hej service,

kund till mig, kan ni ta hand om detta?

/Erik

Begin forwarded message:

From: Mikael Nyström <mikael.nystrom@skogsbruk-norr.example>
Subject: TX40 läcker
Date: 9 November 2026 at 13:22:40 CET
To: Erik Sandberg <erik.sandberg@bergvik.example>

Hej Erik,

Vår TX40 har börjat läcka olja vid membranet, det droppar på golvet. Serienummer BV23080614,
order 2025-SE-0276.

Mikael
"""
    m = M("Mon, 09 Nov 2026 14:05:11 +0100", addr("Erik Sandberg", "erik.sandberg@bergvik.example"), BG,
          "Fwd: TX40 läcker", P(b), "apple", "bergvik.example")
    return m, L("forwarded", "mikael.nystrom@skogsbruk-norr.example", "erik.sandberg@bergvik.example",
                orders=["2025-SE-0276"], serials=["BV23080614"], models=["TX40"], cat="physical_damage",
                kw=["läcka olja vid membranet"])


@C.fixture("bergvik")
def bg_fwd_outlook_norwegian() -> Fx:
    b = """Service, se under. Takk!
Ingvild

From: Ola Haugen <ola.haugen@vestlandmek.example>
Sent: tirsdag 10. november 2026 09:14
To: Ingvild Berg <ingvild.berg@bergvik.example>
Subject: Lastcelle gir ikke signal

Hei Ingvild,

LC 5T med serienummer BV24030460 gir ikke noe signal i det hele tatt, 0 mV uansett last.
Bestilt på ordre 2025-SE-0430.

Mvh Ola
"""
    m = M("Tue, 10 Nov 2026 09:30:00 +0100", addr("Ingvild Berg", "ingvild.berg@bergvik.example"), BG,
          "VS: Lastcelle gir ikke signal", P(b), "outlook", "bergvik.example")
    return m, L("forwarded", "ola.haugen@vestlandmek.example", "ingvild.berg@bergvik.example",
                orders=["2025-SE-0430"], serials=["BV24030460"], models=["LC 5T"], cat="other",
                kw=["gir ikke noe signal"])


@C.fixture("bergvik")
def bg_followup_postnord() -> Fx:
    b = """Hej,

Transmittern är skickad i dag med PostNord, kollinummer RR390548122SE.

Karin

> Från: Bergvik Service
> Ämne: RMA-2026-00802 godkänd
> Skicka enheten märkt med RMA-numret till Bergvik Sensorteknik, Västerås.
"""
    m = M("Wed, 04 Nov 2026 13:10:00 +0100", addr("Karin Åberg", "karin.aberg@malarvatten.example"), BG,
          "SV: RMA-2026-00802 godkänd", P(b), "outlook", "malarvatten.example")
    return m, L("follow_up", "karin.aberg@malarvatten.example", tracking=["RR390548122SE"], rma="RMA-2026-00802")


@C.fixture("bergvik")
def bg_followup_add_serial_bottom() -> Fx:
    b = """On 5 Nov 2026, at 11:00, Bergvik Service <service@bergvik.example> wrote:
> Dear Mr Vukovic, we opened RMA-2026-00811. Are there further units with the
> same problem?

Yes, a third one since this morning: BV24040215.

Dario
"""
    m = M("Fri, 06 Nov 2026 08:55:30 +0100", addr("Dario Vukovic", "dario.vukovic@adriacontrols.example"), BG,
          "Re: RMA-2026-00811", P(b), "gmail", "adriacontrols.example")
    return m, L("follow_up", "dario.vukovic@adriacontrols.example", serials=["BV24040215"], rma="RMA-2026-00811")


@C.fixture("bergvik")
def bg_followup_photos_only() -> Fx:
    b = """Here are the photos of the housing you asked for.

Jonas

-----Original message-----
From: service@bergvik.example
Subject: RMA-2026-00815 - photos please
Could you send photos of the damaged LS-9?
"""
    body = mixed([P(b, cte="7bit"), attachment("image/jpeg", "IMG_2201.jpg", jpeg("p1")),
                  attachment("image/jpeg", "IMG_2202.jpg", jpeg("p2"))], "outlook")
    m = M("Mon, 09 Nov 2026 07:15:00 +0100", "jonas.holm@fjordfisk.example", BG, "RE: RMA-2026-00815 - photos please",
          body, "outlook", "fjordfisk.example")
    return m, L("follow_up", "jonas.holm@fjordfisk.example", rma="RMA-2026-00815")


@C.fixture("bergvik")
def bg_status_sv() -> Fx:
    b = """Hej,

Hur går det med reparationen av vår transmitter, RMA-2026-00802? Vi behöver den tillbaka före
årsskiftet.

Karin
"""
    m = M("Mon, 16 Nov 2026 09:00:00 +0100", addr("Karin Åberg", "karin.aberg@malarvatten.example"), BG,
          "Status RMA-2026-00802", P(b, cs="iso-8859-1"), "outlook", "malarvatten.example")
    return m, L("order_status", "karin.aberg@malarvatten.example", rma="RMA-2026-00802")


@C.fixture("bergvik")
def bg_status_en_order() -> Fx:
    b = """Hi,

Has the replacement batch for order 2025-SE-0388 shipped yet? If so, please send tracking.

Sean
"""
    m = M("Tue, 17 Nov 2026 10:10:00 +0000", addr("Sean Gallagher", "sean.gallagher@emeraldpharma.example"), BG,
          "Replacement shipment?", P(b), "exchange", "emeraldpharma.example")
    return m, L("order_status", "sean.gallagher@emeraldpharma.example", orders=["2025-SE-0388"])


@C.fixture("bergvik")
def bg_status_de() -> Fx:
    b = """Guten Tag,

gibt es schon einen Termin für die Ersatzlieferung der Wägezelle? Unsere Referenz BE-2025-7712,
Ihre RMA-2026-00807.

Gruß
Heike Schubert
"""
    m = M("Wed, 18 Nov 2026 08:30:00 +0100", addr("Heike Schubert", "h.schubert@waagenbau-nord.example"), BG,
          "Ersatzlieferung?", P(b), "exchange", "waagenbau-nord.example")
    return m, L("order_status", "h.schubert@waagenbau-nord.example", orders=["BE-2025-7712"], rma="RMA-2026-00807")


@C.fixture("bergvik")
def bg_ooo_sv() -> Fx:
    b = """Hej!

Jag är på semester till och med 22 november och läser inte min e-post. Vid brådskande ärenden,
kontakta driftcentralen på 021-10 20 30.

Karin Åberg
"""
    m = M("Thu, 12 Nov 2026 07:00:00 +0100", addr("Karin Åberg", "karin.aberg@malarvatten.example"), BG,
          "Frånvaro: RMA-2026-00802 reparationsoffert", P(b), "outlook", "malarvatten.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "karin.aberg@malarvatten.example", rma="RMA-2026-00802")


@C.fixture("bergvik")
def bg_read_receipt() -> Fx:
    b = """Your message

  To: Sean Gallagher
  Subject: RMA-2026-00809 calibration certificates
  Sent: 13 November 2026 10:02

was read on 13 November 2026 10:40.
"""
    m = M("Fri, 13 Nov 2026 10:40:02 +0000", addr("Sean Gallagher", "sean.gallagher@emeraldpharma.example"), BG,
          "Read: RMA-2026-00809 calibration certificates", P(b, cte="7bit"), "exchange", "emeraldpharma.example")
    return m, L("auto_reply", "sean.gallagher@emeraldpharma.example", rma="RMA-2026-00809")


@C.fixture("bergvik")
def bg_bounce_ndr() -> Fx:
    human = """Delivery has failed to these recipients or groups:

p.virtanen@suomenvesi.example
The email address you entered couldn't be found. Please check the recipient's email address and try
to resend the message.
"""
    inner = M("Mon, 16 Nov 2026 09:00:00 +0100", addr("Bergvik Service", BG), "p.virtanen@suomenvesi.example",
              "Your return", P("Dear customer, your replacement TX40 ships today.\n", cte="7bit"), "exchange",
              "bergvik.example")
    ds = delivery_status([
        [("Reporting-MTA", "dns;EX01.bergvik.example")],
        [("Final-Recipient", "rfc822;p.virtanen@suomenvesi.example"), ("Action", "failed"), ("Status", "5.1.1")],
    ])
    body = multipart_report([P(human), ds, rfc822(inner, disp=None)])
    m = M("Mon, 16 Nov 2026 09:00:05 +0100", addr("Microsoft Outlook", "postmaster@bergvik.example"), BG,
          "Undeliverable: Your return", body, "exchange", "bergvik.example")
    return m, L("bounce")


@C.fixture("bergvik")
def bg_postnord_notice() -> Fx:
    b = """Hej!

Ditt paket från Mälarvatten AB är på väg och beräknas levereras 5 november.
Kollinummer: RR390548122SE

Följ ditt paket i PostNord-appen.

Detta meddelande går inte att svara på.
"""
    m = M("Wed, 04 Nov 2026 16:00:00 +0100", addr("PostNord", "noreply@postnord.example"), BG,
          "Ditt paket är på väg", P(b), "generic", "postnord.example")
    return m, L("unrelated")


@C.fixture("bergvik")
def bg_payment_advice() -> Fx:
    b = """Betalningsavisering

Betalare: Mälarvatten AB
Mottagare: Bergvik Sensorteknik AB
Belopp: 48 750,00 SEK
Betaldatum: 2026-11-20
Avser fakturor: 2025-81102, 2025-81117

Detta är ett automatiskt utskick från vårt ekonomisystem.
"""
    m = M("Fri, 20 Nov 2026 06:00:00 +0100", addr("Mälarvatten Ekonomi", "ekonomi-noreply@malarvatten.example"), BG,
          "Betalningsavisering 2026-11-20", P(b, cs="iso-8859-1"), "sap", "malarvatten.example", scs="iso-8859-1")
    return m, L("unrelated")


@C.fixture("bergvik")
def bg_presales_atex() -> Fx:
    b = """Hello,

Is the TX40-EX certified for ATEX zone 0, or only zone 1? We need 25 pcs for a tank farm project
in Rotterdam, range 0-16 bar, please quote with delivery time.

Kind regards
Femke de Graaf
"""
    m = M("Tue, 17 Nov 2026 13:33:00 +0100", addr("Femke de Graaf", "f.degraaf@havenprocess.example"),
          "sales@bergvik.example", "TX40-EX ATEX question + quote", P(b), "outlook", "havenprocess.example")
    return m, L("unrelated")


@C.fixture("bergvik")
def bg_fair_invitation() -> Fx:
    inner = """<p>Hej Bergvik Sensorteknik!</p>
<p>Välkommen som utställare på <b>Automationsmässan Jönköping 2027</b>, 11-13 maj. Boka er monter
före 31 januari och få 15 % rabatt.</p>
<p>Med vänlig hälsning<br>Elin Strand, projektledare</p>"""
    m = M("Wed, 18 Nov 2026 10:00:00 +0100", addr("Automationsmässan", "utstallare@automationsmassan.example"), BG,
          "Inbjudan: Automationsmässan 2027", H(inner), "generic", "automationsmassan.example")
    return m, L("unrelated")


@C.fixture("bergvik")
def bg_cable_supplier() -> Fx:
    b = """Dear Sir or Madam,

We are a Polish manufacturer of shielded sensor cables and M12 connectors, supplying several
Scandinavian instrument makers. We would be glad to send free samples and our price list.

Best regards
Agnieszka Mazur
Export Sales, KabTech Sp. z o.o.
"""
    m = M("Thu, 19 Nov 2026 09:20:00 +0100", addr("Agnieszka Mazur", "a.mazur@kabtech.example"), BG,
          "Sensor cables - cooperation", P(b), "outlook", "kabtech.example")
    return m, L("unrelated")


@C.fixture("bergvik")
def bg_french_no_order() -> Fx:
    b = """Bonjour,

Le capteur de pression que nous avons installé sur la chaudière affiche une valeur qui dérive de
plusieurs dixièmes de bar au cours de la journée. Modèle TX40-EX, je n'ai pas le numéro de
série sous la main ni la commande, c'était passé par notre installateur.

Que pouvez-vous faire ?

Cordialement,
Luc Bernard
Chaufferie collective Les Tilleuls
"""
    m = M("Fri, 13 Nov 2026 16:00:00 +0100", addr("Luc Bernard", "luc.bernard@les-tilleuls.example"), BG,
          "Capteur qui dérive", P(b, cs="iso-8859-15"), "outlook", "les-tilleuls.example", scs="iso-8859-15")
    return m, L("new_request", "luc.bernard@les-tilleuls.example", models=["TX40-EX"], cat="other",
                kw=["valeur qui dérive"])


@C.fixture("bergvik")
def bg_gb18030_load_jumps() -> Fx:
    b = """您好，

我们称重系统里的 LC 5T 称重传感器读数一直跳动，空载时也在正负 20kg 之间来回变，
换了接线盒也一样。序列号 BV24030471，订单 2025-SE-0512。

请问怎么处理？

青岛海港机械 电气组 高峰
"""
    m = M("Mon, 16 Nov 2026 14:20:00 +0800", addr("高峰", "gaofeng@qd-gangji.example", "gb18030"), BG,
          ew("LC 5T 读数跳动", "gb18030"), P(b, cs="gb18030", cte="b64"), "foxmail", "qd-gangji.example")
    return m, L("new_request", "gaofeng@qd-gangji.example", orders=["2025-SE-0512"], serials=["BV24030471"],
                models=["LC 5T"], cat="intermittent", kw=["读数一直跳动"], lang="zh")


@C.fixture("bergvik")
def bg_spontaneous_application() -> Fx:
    b = """Hej!

Jag heter Amira Haddad och läser sista året på civilingenjörsprogrammet i elektroteknik i Västerås.
Jag skulle gärna göra mitt examensarbete hos er, gärna inom signalbehandling för trycksensorer.
CV och betyg bifogas.

Vänliga hälsningar
Amira Haddad
"""
    body = mixed([P(b), attachment("application/pdf", "CV_Amira_Haddad.pdf", pdf("cv", "CV"))], "gmail")
    m = M("Tue, 17 Nov 2026 20:00:00 +0100", addr("Amira Haddad", "amira.haddad@student-mdu.example"), BG,
          "Examensarbete - spontanansökan", body, "gmail", "student-mdu.example")
    return m, L("unrelated")


# ========================================================================= taihe ==
# 台和光電股份有限公司, Taiwan: HMI panels, PLCs and motion controllers.  Serials
# TH-<line><digit>-<yymmdd>-<4 digits>; sales orders SH<ROC year><mmdd>-<2 digits> (SH1140318-02),
# customers' POs in their own formats; 黑貓宅急便, 新竹物流, 中華郵政 EMS, DHL.

TH = "service@taihe-opto.example"
C.company(
    "taihe",
    name="台和光電股份有限公司 (Taihe Optoelectronics Co., Ltd.)",
    staff_domains=["taihe-opto.example"],
    service_address=TH,
    noreply_addresses=["noreply@taihe-opto.example", "erp@taihe-opto.example"],
    catalog=["HMI-700", "HMI-1000", "PLC-16", "PLC-32", "MC 2000"],
    conventions="serial TH-A1-230915-0032; sales order SH1140318-02 (ROC year); 黑貓 / 新竹物流 / EMS",
)


@C.fixture("taihe")
def th_big5_screen_dark() -> Fx:
    b = """台和光電 客服部 您好：

本公司於九月採購之人機介面 HMI-700 一台，今日開機後螢幕完全不亮，電源燈也沒有亮，
量測 24V 輸入正常。

序號：TH-B2-240311-0087
訂單編號：SH1130927-05

敬請協助安排送修，謝謝。

宏裕機械股份有限公司
設備課 林志鈞
"""
    m = M("Mon, 02 Nov 2026 09:20:00 +0800", addr("林志鈞", "chihchun.lin@hongyu-mach.example", "big5"), TH,
          ew("HMI-700 螢幕完全不亮", "big5"), P(b, cs="big5", cte="b64"), "outlook", "hongyu-mach.example")
    return m, L("new_request", "chihchun.lin@hongyu-mach.example", orders=["SH1130927-05"],
                serials=["TH-B2-240311-0087"], models=["HMI-700"], cat="no_power", kw=["螢幕完全不亮"], lang="zh")


@C.fixture("taihe")
def th_plc_ethernet() -> Fx:
    b = """您好，

我們的 PLC-32 從上週開始 Ethernet 完全連不上，ping 不到，網路燈也不亮，
換過網路線和交換器都一樣。RS-485 通訊正常。

序號 TH-A1-231120-0514，採購單 PO-CY-2025-0871。

麻煩了，謝謝！
嘉義精密 自動化組 黃冠宇
"""
    m = M("Mon, 02 Nov 2026 14:40:10 +0800", addr("黃冠宇", "kuanyu.huang@chiayi-prec.example"), TH,
          "PLC-32 網路連不上", P(b, cte="qp"), "gmail", "chiayi-prec.example")
    return m, L("new_request", "kuanyu.huang@chiayi-prec.example", orders=["PO-CY-2025-0871"],
                serials=["TH-A1-231120-0514"], models=["PLC-32"], cat="no_link", kw=["完全連不上"], lang="zh")


@C.fixture("taihe")
def th_big5_touch_offset() -> Fx:
    b = """客服您好：

HMI-1000 觸控位置偏移，按左上角的按鈕會觸發到旁邊的按鈕，重新校正後隔天又偏掉。
序號 TH-B3-240520-0221，訂單 SH1130610-11。

請問是否需要寄回檢修？

台南永祐塑膠 陳先生
"""
    m = M("Tue, 03 Nov 2026 10:05:45 +0800", addr("陳建宏", "chen.jh@yongyou-plastic.example", "big5"), TH,
          ew("HMI-1000 觸控偏移", "big5"), P(b, cs="big5", cte="qp"), "outlook", "yongyou-plastic.example")
    return m, L("new_request", "chen.jh@yongyou-plastic.example", orders=["SH1130610-11"],
                serials=["TH-B3-240520-0221"], models=["HMI-1000"], cat="other", kw=["觸控位置偏移"], lang="zh")


@C.fixture("taihe")
def th_own_words_freezes() -> Fx:
    b = """你好

你們的控制器用一用就當掉，畫面停住不動，要拔電再插才會好，一天大概兩三次。
我們是小工廠不太懂，請問要怎麼處理？機器上的貼紙寫 TH-A2-230704-1130。

阿明
"""
    m = M("Tue, 03 Nov 2026 20:12:00 +0800", "aming.wu0713@mailbox.example", TH, "控制器一直當機",
          P(b, cte="b64"), "apple", "mailbox.example")
    return m, L("new_request", "aming.wu0713@mailbox.example", serials=["TH-A2-230704-1130"], cat="intermittent",
                kw=["用一用就當掉"], lang="zh")


@C.fixture("taihe")
def th_webform_cracked() -> Fx:
    b = """【台和光電 線上客服表單】

聯絡人：蔡佩珊
公司名稱：新竹晶創科技
電子郵件：peishan.tsai@jingchuang-tech.example
產品型號：MC 2000
產品序號：TH-C1-240805-0019
訂單編號：SH1130822-03
問題描述：今天收到貨，外殼有一角破裂，側面的接頭也歪了。黑貓單號 9012-3456-7890。

※ 此郵件由系統自動發送，請勿直接回覆。
"""
    m = M("Wed, 04 Nov 2026 16:30:00 +0800", addr("台和光電客服表單", "noreply@taihe-opto.example"), TH,
          "線上客服表單：MC 2000（蔡佩珊）", P(b, cte="b64"), "generic", "taihe-opto.example",
          extra=(("Reply-To", "peishan.tsai@jingchuang-tech.example"),))
    return m, L("new_request", "peishan.tsai@jingchuang-tech.example", orders=["SH1130822-03"],
                serials=["TH-C1-240805-0019"], models=["MC 2000"], tracking=["9012-3456-7890"],
                cat="physical_damage", kw=["外殼有一角破裂"], lang="zh")


@C.fixture("taihe")
def th_mixed_firmware_fail() -> Fx:
    b = """Hi 台和 support，

PLC-16 做 firmware upgrade 到 v2.3 的時候失敗，現在 RUN 燈一直閃紅燈，軟體也 detect 不到。
S/N: TH-A1-240118-0733

Please advise，thanks！
Eric 張
"""
    m = M("Thu, 05 Nov 2026 11:11:00 +0800", addr("Eric Chang", "eric.chang@formosa-auto.example"), TH,
          "PLC-16 firmware upgrade 失敗", P(b), "outlook", "formosa-auto.example")
    return m, L("new_request", "eric.chang@formosa-auto.example", serials=["TH-A1-240118-0733"], models=["PLC-16"],
                cat="software", kw=["firmware upgrade 到 v2.3 的時候失敗"], lang="mixed")


@C.fixture("taihe")
def th_vietnam_wrong_item() -> Fx:
    b = """Dear Taihe,

We ordered 5 pcs HMI-1000 (your sales order SH1140305-08) but the boxes contain HMI-700 units.
One of the serials is TH-B2-250210-0311. Please arrange exchange as our machines are waiting.

Best regards,
Nguyen Thi Lan
Purchasing, Saigon Pack Machinery
"""
    m = M("Thu, 05 Nov 2026 09:40:00 +0700", addr("Nguyen Thi Lan", "lan.nguyen@saigonpack.example"), TH,
          "Wrong model delivered", P(b, cte="7bit"), "gmail", "saigonpack.example")
    return m, L("new_request", "lan.nguyen@saigonpack.example", orders=["SH1140305-08"],
                serials=["TH-B2-250210-0311"], models=["HMI-1000", "HMI-700"], cat="wrong_or_missing_item",
                kw=["boxes contain HMI-700 units"])


@C.fixture("taihe")
def th_simplified_io_flaky() -> Fx:
    b = """台和客服你好：

我司设备上的 PLC-32 有几个输出点偶尔不动作，程序监控里显示已经输出了，但继电器没吸合，
重新上电后又正常。序列号 TH-A1-240226-0045，合同号 HT-DG-2025-116。

麻烦安排技术支持，谢谢。

东莞汇德机械 电气部 彭工
"""
    m = M("Fri, 06 Nov 2026 08:50:00 +0800", addr("彭志刚", "pengzg@huide-jx.example", "gbk", label="gb2312"), TH,
          ew("PLC-32 输出点偶尔不动作", "gbk", label="gb2312"), P(b, cs="gbk", label="gb2312", cte="b64"),
          "foxmail", "huide-jx.example")
    return m, L("new_request", "pengzg@huide-jx.example", orders=["HT-DG-2025-116"], serials=["TH-A1-240226-0045"],
                models=["PLC-32"], cat="intermittent", kw=["偶尔不动作"], lang="zh")


@C.fixture("taihe")
def th_html_backlight_range() -> Fx:
    inner = """<p>台和光電 您好：</p>
<p>本廠上月到貨的 HMI-700 共四台，背光閃爍，畫面一亮一暗，冷機時特別明顯。</p>
<table border="1" cellpadding="4">
<tr><th>項目</th><th>內容</th></tr>
<tr><td>序號</td><td>TH-B2-240915-0032～0035</td></tr>
<tr><td>訂單</td><td>SH1131002-14</td></tr>
<tr><td>使用環境</td><td>冷凍倉庫 -18°C</td></tr>
</table>
<p>冷鏈物流 設備部 王小姐</p>"""
    m = M("Fri, 06 Nov 2026 13:15:30 +0800", addr("王怡君", "yichun.wang@lenglian-log.example"), TH,
          "HMI-700 背光閃爍（4台）", H(inner, cte="b64"), "outlook", "lenglian-log.example")
    return m, L("new_request", "yichun.wang@lenglian-log.example", orders=["SH1131002-14"],
                serials=["TH-B2-240915-0032", "TH-B2-240915-0033", "TH-B2-240915-0034", "TH-B2-240915-0035"],
                models=["HMI-700"], cat="intermittent", kw=["背光閃爍"], lang="zh",
                expanded=["TH-B2-240915-0033", "TH-B2-240915-0034", "TH-B2-240915-0035"])


@C.fixture("taihe")
def th_japanese_settings_lost() -> Fx:
    b = """台和光電 サービス御中

PLC-16 のファームウェアを更新したところ、保存していたパラメータ設定がすべて消えてしまいました。
バックアップから戻しても、再起動すると初期値に戻ります。
シリアル番号：TH-A1-240301-0912、弊社注文番号：JP-PO-7781。

ご対応をお願いいたします。
大阪オートメーション 技術課 藤田
"""
    m = M("Mon, 09 Nov 2026 10:00:00 +0900", addr("藤田 亮", "fujita@osaka-auto.example", "iso-2022-jp"), TH,
          "PLC-16 設定が消える", P(b, cs="iso-2022-jp", cte="b64"), "outlook", "osaka-auto.example",
          scs="iso-2022-jp")
    return m, L("new_request", "fujita@osaka-auto.example", orders=["JP-PO-7781"], serials=["TH-A1-240301-0912"],
                models=["PLC-16"], cat="software", kw=["初期値に戻ります"])


@C.fixture("taihe")
def th_terse_screen_broken() -> Fx:
    b = "HMI-700螢幕破了 TH-B2-240102-0410\n\n從我的 iPhone 傳送\n"
    m = M("Mon, 09 Nov 2026 19:02:00 +0800", "kevin.lai.tw@mailbox.example", TH, "螢幕破了", P(b, cte="b64"), "apple",
          "mailbox.example")
    return m, L("new_request", "kevin.lai.tw@mailbox.example", serials=["TH-B2-240102-0410"], models=["HMI-700"],
                cat="physical_damage", kw=["螢幕破了"], lang="zh")


@C.fixture("taihe")
def th_malaysia_vibration() -> Fx:
    b = """Hello Taihe team,

Our MC 2000 motion controller makes axis 2 vibrate strangely at low speed, like it is hunting.
Same tuning on axis 1 is fine. I don't have the serial right now, the machine is at a customer's
site in Penang.

Thanks,
Arjun Pillai
"""
    m = M("Tue, 10 Nov 2026 15:00:00 +0800", addr("Arjun Pillai", "arjun@penang-robotics.example"), TH,
          "MC 2000 axis vibration", P(b), "gmail", "penang-robotics.example")
    return m, L("new_request", "arjun@penang-robotics.example", models=["MC 2000"], cat="other",
                kw=["vibrate strangely at low speed"])


@C.fixture("taihe")
def th_fwd_big5_outlook() -> Fx:
    b = """客服同仁好，

以下客戶反映，麻煩協助開立維修單，謝謝。

業務部 許雅婷

-----原始郵件-----
寄件者: 吳國豪 <guohao.wu@taichung-cnc.example>
寄件日期: 2026年11月10日 上午 10:21
收件者: 許雅婷 <yating.hsu@taihe-opto.example>
主旨: PLC-32 輸入點故障

許小姐您好，

PLC-32 第 3 組輸入點全部沒有反應，量測有訊號進來但程式讀不到。
序號 TH-A1-230810-0266，訂單 SH1120825-02。

吳國豪
"""
    m = M("Tue, 10 Nov 2026 11:00:00 +0800", addr("許雅婷", "yating.hsu@taihe-opto.example", "big5"), TH,
          ew("轉寄: PLC-32 輸入點故障", "big5"), P(b, cs="big5", cte="b64"), "outlook", "taihe-opto.example")
    return m, L("forwarded", "guohao.wu@taichung-cnc.example", "yating.hsu@taihe-opto.example",
                orders=["SH1120825-02"], serials=["TH-A1-230810-0266"], models=["PLC-32"], cat="other",
                kw=["全部沒有反應"], lang="zh")


@C.fixture("taihe")
def th_fwd_thunderbird() -> Fx:
    b = """請處理，客戶很急。

-------- 轉寄的郵件 --------
主旨: 	HMI-1000 無法開機
日期: 	Wed, 11 Nov 2026 08:10:00 +0800
寄件者: 	邱文彬 <wenbin.chiu@kaohsiung-steel.example>
收件者: 	sales-south@taihe-opto.example

你好，HMI-1000 早上起來就無法開機了，完全沒畫面。序號 TH-B3-240707-0150。

文彬
"""
    m = M("Wed, 11 Nov 2026 08:45:00 +0800", addr("南區業務 李建志", "chienchih.li@taihe-opto.example"), TH,
          "Fwd: HMI-1000 無法開機", P(b), "tb", "taihe-opto.example")
    return m, L("forwarded", "wenbin.chiu@kaohsiung-steel.example", "chienchih.li@taihe-opto.example",
                serials=["TH-B3-240707-0150"], models=["HMI-1000"], cat="no_power", kw=["無法開機"], lang="zh")


@C.fixture("taihe")
def th_followup_ems() -> Fx:
    b = """您好，故障品已用中華郵政 EMS 寄出，單號 EE482136079TW，請查收。

林志鈞

> 林先生您好，維修單號 RMA-2026-00903，請將 HMI-700 寄回本公司桃園廠。
"""
    m = M("Wed, 04 Nov 2026 10:30:00 +0800", addr("林志鈞", "chihchun.lin@hongyu-mach.example", "big5"), TH,
          ew("回覆: 維修單號 RMA-2026-00903", "big5"), P(b, cs="big5", cte="b64"), "outlook", "hongyu-mach.example")
    return m, L("follow_up", "chihchun.lin@hongyu-mach.example", tracking=["EE482136079TW"], rma="RMA-2026-00903",
                lang="zh")


@C.fixture("taihe")
def th_followup_mixed_order() -> Fx:
    b = """Hi，補充一下 PO number：FA-PO-25-0412，上次忘了寫。

Eric

-----Original Message-----
From: 台和光電客服 <service@taihe-opto.example>
Subject: RE: PLC-16 firmware upgrade 失敗 [RMA-2026-00911]
"""
    m = M("Fri, 06 Nov 2026 09:30:00 +0800", addr("Eric Chang", "eric.chang@formosa-auto.example"), TH,
          "RE: PLC-16 firmware upgrade 失敗 [RMA-2026-00911]", P(b), "outlook", "formosa-auto.example")
    return m, L("follow_up", "eric.chang@formosa-auto.example", orders=["FA-PO-25-0412"], models=["PLC-16"],
                rma="RMA-2026-00911", lang="mixed")


@C.fixture("taihe")
def th_followup_interleaved() -> Fx:
    b = """您好，回覆如下：

> 請問故障發生時的環境溫度？
大約 -18 度，冷凍庫裡。

> 是否四台都有相同現象？
是的，四台都一樣。

王怡君
"""
    m = M("Mon, 09 Nov 2026 14:00:00 +0800", addr("王怡君", "yichun.wang@lenglian-log.example"), TH,
          "Re: [RMA-2026-00914] 背光問題確認", P(b, cte="b64"), "outlook", "lenglian-log.example")
    return m, L("follow_up", "yichun.wang@lenglian-log.example", rma="RMA-2026-00914", lang="zh")


@C.fixture("taihe")
def th_status_big5() -> Fx:
    b = """您好，想詢問維修單 RMA-2026-00903 目前的進度，產線急需使用，請問大約何時可以寄回？

林志鈞
"""
    m = M("Mon, 16 Nov 2026 09:00:00 +0800", addr("林志鈞", "chihchun.lin@hongyu-mach.example", "big5"), TH,
          ew("詢問維修進度", "big5"), P(b, cs="big5", cte="qp"), "outlook", "hongyu-mach.example")
    return m, L("order_status", "chihchun.lin@hongyu-mach.example", rma="RMA-2026-00903", lang="zh")


@C.fixture("taihe")
def th_status_mixed() -> Fx:
    b = """Hi，請問換貨的 HMI-1000 什麼時候會 ship？我們的 order 是 SH1140305-08，thanks。

Lan
"""
    m = M("Tue, 17 Nov 2026 10:00:00 +0700", addr("Nguyen Thi Lan", "lan.nguyen@saigonpack.example"), TH,
          "Exchange status SH1140305-08", P(b), "gmail", "saigonpack.example")
    return m, L("order_status", "lan.nguyen@saigonpack.example", orders=["SH1140305-08"], models=["HMI-1000"],
                lang="mixed")


@C.fixture("taihe")
def th_status_en() -> Fx:
    b = """Hello, could you let me know where RMA-2026-00918 stands? We shipped the PLC back two weeks ago.

Regards,
Ryo Fujita
"""
    m = M("Wed, 18 Nov 2026 11:30:00 +0900", addr("藤田 亮", "fujita@osaka-auto.example", "iso-2022-jp"), TH,
          "RMA-2026-00918 status", P(b, cte="7bit"), "outlook", "osaka-auto.example")
    return m, L("order_status", "fujita@osaka-auto.example", rma="RMA-2026-00918")


@C.fixture("taihe")
def th_ooo_traditional() -> Fx:
    b = """您好，本人 11/12～11/16 出差，期間回信可能延遲，急事請來電 04-2358-1122 分機 31。謝謝！

吳國豪
"""
    m = M("Thu, 12 Nov 2026 08:00:00 +0800", addr("吳國豪", "guohao.wu@taichung-cnc.example"), TH,
          "自動回覆: RMA-2026-00916 檢測報告", P(b, cte="b64"), "outlook", "taichung-cnc.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "guohao.wu@taichung-cnc.example", rma="RMA-2026-00916", lang="zh")


@C.fixture("taihe")
def th_erp_ack() -> Fx:
    b = """此為系統自動通知，請勿回覆。

您寄給本公司採購部之郵件（主旨：RMA-2026-00903 維修報價）已收到，系統編號 MAIL-2026-118204。
承辦人員將於三個工作天內與您聯繫。

宏裕機械股份有限公司 ERP 系統
"""
    m = M("Thu, 12 Nov 2026 09:00:00 +0800", addr("宏裕機械ERP", "erp-notice@hongyu-mach.example", "big5"), TH,
          ew("收件通知：RMA-2026-00903 維修報價", "big5"), P(b, cs="big5", cte="b64"), "sap", "hongyu-mach.example",
          extra=(("Auto-Submitted", "auto-generated"),))
    return m, L("auto_reply", "erp-notice@hongyu-mach.example", rma="RMA-2026-00903", lang="zh")


@C.fixture("taihe")
def th_bounce_exim() -> Fx:
    b = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sales@old-partner-tw.example
    Domain old-partner-tw.example has no MX or A record

------ This is a copy of the message, including all the headers. ------

From: service@taihe-opto.example
To: sales@old-partner-tw.example
Subject: 維修完成通知

您好，您送修的 HMI-700 已完成維修。
"""
    m = M("Fri, 13 Nov 2026 10:00:00 +0800", addr("Mail Delivery System", "Mailer-Daemon@mx.taihe-opto.example"), TH,
          "Mail delivery failed: returning message to sender", P(b), "generic", "mx.taihe-opto.example",
          extra=(("X-Failed-Recipients", "sales@old-partner-tw.example"),))
    return m, L("bounce")


@C.fixture("taihe")
def th_einvoice_notice() -> Fx:
    b = """電子發票開立通知

賣方：新竹物流股份有限公司
發票號碼：AB-12345678
開立日期：2026/11/15
總計：NT$ 4,620

本郵件為系統自動發送，請勿直接回覆。
"""
    m = M("Sun, 15 Nov 2026 01:00:00 +0800", addr("電子發票通知", "einvoice@hct-logistics.example"), TH,
          "電子發票開立通知", P(b, cte="b64"), "generic", "hct-logistics.example")
    return m, L("unrelated", lang="zh")


@C.fixture("taihe")
def th_quote_request() -> Fx:
    b = """您好，

我們正在規劃新產線，需要 HMI-1000 十二台、PLC-32 六台，請提供報價及交期，並附規格書。

謝謝！
彰化順益機械 採購 柯小姐
"""
    m = M("Mon, 16 Nov 2026 14:20:00 +0800", addr("柯淑芬", "ko.sf@shunyi-mach.example", "big5"),
          "sales@taihe-opto.example", ew("詢價：HMI-1000、PLC-32", "big5"), P(b, cs="big5", cte="b64"), "outlook",
          "shunyi-mach.example")
    return m, L("unrelated", lang="zh")


@C.fixture("taihe")
def th_job_application() -> Fx:
    b = """人資部 您好：

我是應屆畢業生劉宗翰，主修電機工程，在學期間參與 PLC 控制專題，得知貴公司招募
現場應用工程師，特此寄上履歷，懇請撥冗參閱。

劉宗翰 敬上
"""
    body = mixed([P(b, cte="b64"), attachment("application/pdf", "履歷_劉宗翰.pdf", pdf("cv", "CV"), name_cs="utf-8")],
                 "gmail")
    m = M("Tue, 17 Nov 2026 22:10:00 +0800", addr("劉宗翰", "tsunghan.liu@mailbox.example"), "hr@taihe-opto.example",
          "應徵現場應用工程師", body, "gmail", "mailbox.example")
    return m, L("unrelated", lang="zh")


@C.fixture("taihe")
def th_seminar_invite() -> Fx:
    inner = """<p>敬邀 台和光電 先進：</p>
<p>「2027 智慧製造與工業通訊研討會」將於 2027 年 1 月 14 日於台中舉行，誠摯邀請貴公司
擔任講者，分享 HMI 與 PLC 整合之實務經驗。</p>
<p>台灣自動化學會 秘書處 敬上</p>"""
    m = M("Wed, 18 Nov 2026 10:00:00 +0800", addr("台灣自動化學會", "secretary@tw-automation-soc.example"), TH,
          "研討會講者邀請", H(inner, cte="b64"), "generic", "tw-automation-soc.example")
    return m, L("unrelated", lang="zh")


@C.fixture("taihe")
def th_pcb_supplier_simplified() -> Fx:
    b = """台和光电采购部 您好：

我司为深圳专业 PCB 及 SMT 一站式服务商，多层板 7 天交期，支持小批量打样，
已通过 ISO9001 与 IATF16949 认证。如有需求欢迎联系，附上公司简介。

深圳鼎鑫电路 业务部 谢小姐
"""
    m = M("Thu, 19 Nov 2026 09:30:00 +0800", addr("谢小姐", "xie@dingxin-pcb.example"), TH, "PCB/SMT 合作洽谈",
          P(b, cs="gb2312", cte="b64"), "netease", "dingxin-pcb.example", scs="gb2312")
    return m, L("unrelated", lang="zh")


@C.fixture("taihe")
def th_fwd_rfc822_english() -> Fx:
    ib = """Hi Taihe,

Two PLC-16 units from your sales order SH1140212-06 randomly reboot when our VFDs start up.
Serials TH-A1-250115-0078 and TH-A1-250115-0081. Grounding has been checked twice.

Regards,
Mark Sullivan
Sullivan Process Controls, Perth
"""
    inner = M("Thu, 12 Nov 2026 14:00:00 +0800", addr("Mark Sullivan", "mark@sullivan-pc.example"),
              "amy.cheng@taihe-opto.example", "PLC-16 random reboots", P(ib), "outlook", "sullivan-pc.example")
    ob = "煩請客服處理附件客戶來信，謝謝。\n\n海外業務 鄭雅雯\n"
    body = mixed([P(ob, cte="b64"), rfc822(inner, "PLC-16 random reboots.eml")], "outlook")
    m = M("Thu, 12 Nov 2026 15:10:00 +0800", addr("鄭雅雯", "amy.cheng@taihe-opto.example"), TH,
          "FW: PLC-16 random reboots", body, "outlook", "taihe-opto.example")
    return m, L("forwarded", "mark@sullivan-pc.example", "amy.cheng@taihe-opto.example", orders=["SH1140212-06"],
                serials=["TH-A1-250115-0078", "TH-A1-250115-0081"], models=["PLC-16"], cat="intermittent",
                kw=["randomly reboot"])


@C.fixture("taihe")
def th_presales_india() -> Fx:
    b = """Dear Sir,

We build packaging machines for export to Europe. Does the HMI-1000 carry CE and UL marking, and
can it run at 55 °C ambient? Please also share the price for 50 pcs per year.

Regards,
Vikram Desai
Desai Packaging Systems, Ahmedabad
"""
    m = M("Wed, 18 Nov 2026 11:00:00 +0530", addr("Vikram Desai", "vikram@desaipack.example"),
          "sales@taihe-opto.example", "HMI-1000 certifications and price", P(b), "gmail",
          "desaipack.example")
    return m, L("unrelated")


# ======================================================================== ningda ==
# 宁波宁达实验设备有限公司: drying ovens, incubators, climate and vacuum chambers.  Serials
# DH<yymm>-<4 digits>; contracts NDSY-HT-<yy>-<4 digits>, sales orders XSDD<yymmdd><3 digits>;
# SF Express, Deppon, China Post EMS / registered mail.

ND = "fuwu@ningda-lab.example"
C.company(
    "ningda",
    name="宁波宁达实验设备有限公司 (Ningbo Ningda Laboratory Equipment Co., Ltd.)",
    staff_domains=["ningda-lab.example"],
    service_address=ND,
    noreply_addresses=["noreply@ningda-lab.example"],
    catalog=["DHG-9070A", "DHG-9140A", "BPH-250", "HWS 150", "DZF-6050"],
    conventions="serial DH2309-0118; contract NDSY-HT-25-0077; sales order XSDD250418003; SF / Deppon / EMS",
)


@C.fixture("ningda")
def nd_temp_wont_rise() -> Fx:
    b = """宁达售后您好：

我们实验室的电热鼓风干燥箱 DHG-9070A 温度升不上去，设定 200℃，两个小时了只到 120℃ 左右，
风机正常在转。

出厂编号：DH2309-0118
合同号：NDSY-HT-25-0077

请安排师傅上门或告知如何处理。

浙江理工学院 材料实验室 孙老师
"""
    m = M("Mon, 02 Nov 2026 10:00:00 +0800", addr("孙晓燕", "sunxy@zjlg-mat.example"), ND,
          "DHG-9070A 温度升不上去", P(b, cte="b64"), "netease", "zjlg-mat.example")
    return m, L("new_request", "sunxy@zjlg-mat.example", orders=["NDSY-HT-25-0077"], serials=["DH2309-0118"],
                models=["DHG-9070A"], cat="other", kw=["温度升不上去"], lang="zh")


@C.fixture("ningda")
def nd_gbk_no_power() -> Fx:
    b = """你好，

新到的培养箱 BPH-250 插上电源，按开关一点反应都没有，面板不亮。插座试过别的电器是好的。
编号 DH2405-0630，订单 XSDD250418003。

麻烦尽快处理，我们的细胞实验等着用。

杭州昇瑞生物 实验室 钱玥
"""
    m = M("Mon, 02 Nov 2026 15:20:00 +0800", addr("钱玥", "qianyue@shengrui-bio.example", "gbk", label="gb2312"), ND,
          ew("培养箱通电没反应", "gbk", label="gb2312"), P(b, cs="gbk", label="gb2312", cte="qp"), "foxmail",
          "shengrui-bio.example")
    return m, L("new_request", "qianyue@shengrui-bio.example", orders=["XSDD250418003"], serials=["DH2405-0630"],
                models=["BPH-250"], cat="no_power", kw=["一点反应都没有", "面板不亮"], lang="zh")


@C.fixture("ningda")
def nd_glass_broken_deppon() -> Fx:
    b = """您好：

今天收到的 DHG-9140A 门上的观察窗玻璃碎了，外包装木箱也有明显撞击痕迹。德邦单号 DPK301234567890。
出厂编号 DH2410-0211，合同号 NDSY-HT-25-0102。已拍照留存。

请尽快安排更换。

苏州瑞康检测 设备管理 姚先生
"""
    body = mixed([P(b, cte="b64"), attachment("image/jpeg", "破损照片.jpg", jpeg("glass"), name_cs="utf-8")], "qq")
    m = M("Tue, 03 Nov 2026 11:30:00 +0800", addr("姚建国", "yaojg@ruikang-test.example"), ND, "到货玻璃破损",
          body, "qq", "ruikang-test.example")
    return m, L("new_request", "yaojg@ruikang-test.example", orders=["NDSY-HT-25-0102"], serials=["DH2410-0211"],
                models=["DHG-9140A"], tracking=["DPK301234567890"], cat="physical_damage", kw=["观察窗玻璃碎了"],
                lang="zh")


@C.fixture("ningda")
def nd_missing_shelves() -> Fx:
    b = """你好，订单 XSDD250506012 的 DHG-9140A 到了，装箱单上写配两块搁板，箱子里一块都没有，少了两块搁板。
编号 DH2411-0034。请补发。谢谢
"""
    m = M("Wed, 04 Nov 2026 09:10:00 +0800", addr("仓库 小何", "cangku@meida-food.example"), ND, "少搁板",
          P(b, cte="qp"), "netease", "meida-food.example")
    return m, L("new_request", "cangku@meida-food.example", orders=["XSDD250506012"], serials=["DH2411-0034"],
                models=["DHG-9140A"], cat="wrong_or_missing_item", kw=["少了两块搁板"], lang="zh")


@C.fixture("ningda")
def nd_program_lost() -> Fx:
    b = """宁达技术支持：

HWS 150 恒温恒湿箱的温控器里编好的 30 段程序，断电再开机后全部丢失了，每次都要重新输入。
出厂编号 DH2402-0515。

请问是不是控制器的问题？需要升级程序吗？

常州药检所 仪器室 冯工
"""
    m = M("Wed, 04 Nov 2026 14:45:00 +0800", addr("冯涛", "fengtao@cz-yaojian.example"), ND,
          "HWS 150 程序段丢失", P(b, cs="gb18030", cte="b64"), "foxmail", "cz-yaojian.example", scs="gb18030")
    return m, L("new_request", "fengtao@cz-yaojian.example", serials=["DH2402-0515"], models=["HWS 150"],
                cat="software", kw=["全部丢失了"], lang="zh")


@C.fixture("ningda")
def nd_mixed_rs485() -> Fx:
    b = """Hi 宁达，

我们用 RS485 把 DZF-6050 接到上位机，software 一直 connection 不上，读不到数据，
address 和 baud rate 都按说明书设置了。S/N DH2407-0777，PO NB-2025-0913。

Thanks！
Leo 陈
"""
    m = M("Thu, 05 Nov 2026 10:20:00 +0800", addr("Leo Chen", "leo.chen@nbsemi-lab.example"), ND,
          "DZF-6050 RS485 读不到数据", P(b), "outlook", "nbsemi-lab.example")
    return m, L("new_request", "leo.chen@nbsemi-lab.example", orders=["NB-2025-0913"], serials=["DH2407-0777"],
                models=["DZF-6050"], cat="no_link", kw=["读不到数据"], lang="mixed")


@C.fixture("ningda")
def nd_indonesia_fluctuates() -> Fx:
    b = """Dear Ningda team,

Our BPH-250 incubator temperature goes up and down by about 3 degrees at random times during
the day, then settles again. Set point is 37 °C. Serial number DH2404-0288, contract
NDSY-HT-25-0041.

Please help, we are running cell cultures.

Best regards,
Dewi Kartika
Laboratory Manager, Bandung Bio Research
"""
    m = M("Thu, 05 Nov 2026 13:00:00 +0700", addr("Dewi Kartika", "dewi.kartika@bandungbio.example"), ND,
          "Incubator temperature unstable", P(b), "gmail", "bandungbio.example")
    return m, L("new_request", "dewi.kartika@bandungbio.example", orders=["NDSY-HT-25-0041"], serials=["DH2404-0288"],
                models=["BPH-250"], cat="intermittent", kw=["goes up and down by about 3 degrees"])


@C.fixture("ningda")
def nd_own_words_yellow() -> Fx:
    b = """你好

箱子里面有股很重的味道，放进去烘的样品都变黄了，以前不会这样。是不是机器出问题了？
我是学校老师，不太懂这些，麻烦告诉我怎么办。

周老师
"""
    m = M("Fri, 06 Nov 2026 16:40:00 +0800", "zhoulaoshi1982@mailbox.example", ND, "烘箱有味道", P(b, cte="b64"),
          "qq", "mailbox.example")
    return m, L("new_request", "zhoulaoshi1982@mailbox.example", cat="other", kw=["样品都变黄了", "很重的味道"],
                lang="zh")


@C.fixture("ningda")
def nd_webform_vacuum() -> Fx:
    b = """【宁达官网 售后报修】

报修人：邵文杰
单位：宁波材料研究所
邮箱：shaowj@nb-material.example
电话：0574-8668 1234
产品型号：DZF-6050
出厂编号：DH2403-0099
合同编号：NDSY-HT-25-0066
故障描述：真空度抽不上去，最多到 -0.06MPa，密封圈看着没问题。

（系统自动发送，请勿回复）
"""
    m = M("Sat, 07 Nov 2026 09:00:00 +0800", addr("宁达官网", "noreply@ningda-lab.example"), ND,
          "售后报修：DZF-6050（邵文杰）", P(b, cte="b64"), "generic", "ningda-lab.example",
          extra=(("Reply-To", "shaowj@nb-material.example"),))
    return m, L("new_request", "shaowj@nb-material.example", orders=["NDSY-HT-25-0066"], serials=["DH2403-0099"],
                models=["DZF-6050"], cat="other", kw=["真空度抽不上去"], lang="zh")


@C.fixture("ningda")
def nd_terse_phone_dead() -> Fx:
    b = "HWS 150整机不通电了 编号dh2310-0452\n\n发自我的小米手机\n"
    m = M("Sun, 08 Nov 2026 20:30:00 +0800", "fangming_lab@139mail.example", ND, "不通电", P(b, cte="b64"),
          "generic", "139mail.example")
    return m, L("new_request", "fangming_lab@139mail.example", serials=["dh2310-0452"], models=["HWS 150"],
                cat="no_power", kw=["整机不通电"], lang="zh")


@C.fixture("ningda")
def nd_big5_humidity() -> Fx:
    b = """寧達售後 您好：

本公司購買之恆溫恆濕箱 HWS 150，濕度忽高忽低，設定 60%RH 時在 45% 到 75% 之間跳動，
溫度則正常。出廠編號 DH2406-0320，訂單 XSDD250611007。

請協助處理，謝謝。

香港檢測中心 李嘉慧
"""
    m = M("Mon, 09 Nov 2026 11:00:00 +0800", addr("李嘉慧", "kawai.lee@hk-testcentre.example", "big5"), ND,
          ew("HWS 150 濕度忽高忽低", "big5"), P(b, cs="big5", cte="b64"), "outlook", "hk-testcentre.example")
    return m, L("new_request", "kawai.lee@hk-testcentre.example", orders=["XSDD250611007"], serials=["DH2406-0320"],
                models=["HWS 150"], cat="intermittent", kw=["濕度忽高忽低"], lang="zh")


@C.fixture("ningda")
def nd_pt_dented_door() -> Fx:
    b = """Prezados,

A estufa DHG-9140A chegou hoje com a porta amassada e a dobradiça torta, a porta não fecha direito.
Número de série DH2409-0505, pedido NDSY-HT-25-0088.

Aguardo retorno.

Atenciosamente,
Beatriz Almeida
Laboratório Central, Agro Cerrado
"""
    m = M("Mon, 09 Nov 2026 14:30:00 -0300", addr("Beatriz Almeida", "beatriz@agrocerrado.example"), ND,
          "Estufa com porta amassada", P(b, cs="iso-8859-1"), "outlook", "agrocerrado.example", scs="iso-8859-1")
    return m, L("new_request", "beatriz@agrocerrado.example", orders=["NDSY-HT-25-0088"], serials=["DH2409-0505"],
                models=["DHG-9140A"], cat="physical_damage", kw=["porta amassada"])


@C.fixture("ningda")
def nd_fwd_qq() -> Fx:
    b = """售后部：

客户问题如下，请联系处理。

外贸部/国内销售 郑丽

------------------ 原始邮件 ------------------
发件人: "何志明"<hezhiming@jx-pharma.example>;
发送时间: 2026年11月10日(星期二) 下午2:10
收件人: "郑丽"<zhengli@ningda-lab.example>;
主题: 干燥箱超温

郑经理你好，

我们的 DHG-9070A 设定 105℃，实际经常冲到 130℃ 以上，超温报警一直响，样品都烤坏了。
编号 DH2311-0702，合同 NDSY-HT-24-0390。

何志明
"""
    m = M("Tue, 10 Nov 2026 15:00:00 +0800", addr("郑丽", "zhengli@ningda-lab.example"), ND, "转发：干燥箱超温",
          P(b, cte="b64"), "qq", "ningda-lab.example")
    return m, L("forwarded", "hezhiming@jx-pharma.example", "zhengli@ningda-lab.example", orders=["NDSY-HT-24-0390"],
                serials=["DH2311-0702"], models=["DHG-9070A"], cat="other", kw=["超温报警一直响"], lang="zh")


@C.fixture("ningda")
def nd_fwd_outlook_export() -> Fx:
    b = """Dear colleagues, please check the case below from our Kazakhstan dealer.

Best regards,
Vivian Xu | Export Sales | Ningbo Ningda Laboratory Equipment

From: Aigerim Nurlanovna <aigerim@steppe-lab.example>
Sent: Wednesday, November 11, 2026 12:40 PM
To: Vivian Xu <vivian.xu@ningda-lab.example>
Subject: Incubator door seal

Dear Vivian,

The door seal of the BPH-250 (serial DH2408-0140) came off after two weeks of use and the
incubator can't hold temperature now. Our order was XSDD250715002.

Regards,
Aigerim
"""
    m = M("Wed, 11 Nov 2026 14:00:00 +0800", addr("Vivian Xu", "vivian.xu@ningda-lab.example"), ND,
          "FW: Incubator door seal", P(b), "outlook", "ningda-lab.example")
    return m, L("forwarded", "aigerim@steppe-lab.example", "vivian.xu@ningda-lab.example", orders=["XSDD250715002"],
                serials=["DH2408-0140"], models=["BPH-250"], cat="physical_damage", kw=["door seal", "came off"])


@C.fixture("ningda")
def nd_followup_sf() -> Fx:
    b = """控制器已经拆下来寄回了，顺丰 SF1311087442569。

冯涛

在 2026-11-05 09:30，宁达售后 写道：
> 冯工您好，售后单号 RMA-2026-01007，请将温控器拆下寄回更换。
"""
    m = M("Fri, 06 Nov 2026 10:00:00 +0800", addr("冯涛", "fengtao@cz-yaojian.example"), ND,
          "回复：RMA-2026-01007 温控器更换", P(b, cs="gb18030", cte="b64"), "foxmail", "cz-yaojian.example",
          scs="gb18030")
    return m, L("follow_up", "fengtao@cz-yaojian.example", tracking=["SF1311087442569"], rma="RMA-2026-01007",
                lang="zh")


@C.fixture("ningda")
def nd_followup_add_serial() -> Fx:
    b = """另外还有一台也是同样的问题，编号 DH2309-0121，能一起处理吗？

孙晓燕

----- 原始邮件 -----
发件人：宁达售后 <fuwu@ningda-lab.example>
主题：RMA-2026-01002 上门维修安排
"""
    m = M("Tue, 03 Nov 2026 09:00:00 +0800", addr("孙晓燕", "sunxy@zjlg-mat.example"), ND,
          "回复：RMA-2026-01002 上门维修安排", P(b, cte="b64"), "netease", "zjlg-mat.example")
    return m, L("follow_up", "sunxy@zjlg-mat.example", serials=["DH2309-0121"], rma="RMA-2026-01002", lang="zh")


@C.fixture("ningda")
def nd_followup_interleaved_mixed() -> Fx:
    b = """Hi，回复如下：

> 上位机软件版本？
NDLink v2.0.6

> 是否用了转换器？
用的是 USB-RS485 converter，换过两个品牌都一样。

Leo
"""
    m = M("Fri, 06 Nov 2026 11:30:00 +0800", addr("Leo Chen", "leo.chen@nbsemi-lab.example"), ND,
          "RE: [RMA-2026-01010] RS485 问题确认", P(b), "outlook", "nbsemi-lab.example")
    return m, L("follow_up", "leo.chen@nbsemi-lab.example", rma="RMA-2026-01010", lang="mixed")


@C.fixture("ningda")
def nd_status_zh() -> Fx:
    b = """你好，培养箱修好了吗？售后单 RMA-2026-01004，什么时候能发回来？

钱玥
"""
    m = M("Mon, 16 Nov 2026 09:30:00 +0800", addr("钱玥", "qianyue@shengrui-bio.example", "gbk", label="gb2312"), ND,
          ew("维修进度", "gbk", label="gb2312"), P(b, cs="gbk", label="gb2312", cte="b64"), "foxmail",
          "shengrui-bio.example")
    return m, L("order_status", "qianyue@shengrui-bio.example", rma="RMA-2026-01004", lang="zh")


@C.fixture("ningda")
def nd_status_reship_zh() -> Fx:
    b = """您好，订单 XSDD250506012 补发的搁板寄出了吗？麻烦给个快递单号。

小何
"""
    m = M("Tue, 17 Nov 2026 10:00:00 +0800", addr("仓库 小何", "cangku@meida-food.example"), ND, "搁板补发进度",
          P(b, cte="qp"), "netease", "meida-food.example")
    return m, L("order_status", "cangku@meida-food.example", orders=["XSDD250506012"], lang="zh")


@C.fixture("ningda")
def nd_status_en() -> Fx:
    b = """Dear Ningda,

Could you tell us when the replacement door for order NDSY-HT-25-0088 will be shipped, and by
which carrier?

Thank you,
Beatriz
"""
    m = M("Wed, 18 Nov 2026 09:00:00 -0300", addr("Beatriz Almeida", "beatriz@agrocerrado.example"), ND,
          "Replacement door - shipping date", P(b), "outlook", "agrocerrado.example")
    return m, L("order_status", "beatriz@agrocerrado.example", orders=["NDSY-HT-25-0088"])


@C.fixture("ningda")
def nd_ooo_zh() -> Fx:
    b = """您好，我正在外地参加学术会议（11月12日-11月18日），邮件将在返校后回复。
如有急事请联系实验室电话 0571-8684 0022。

孙晓燕
"""
    m = M("Thu, 12 Nov 2026 08:00:00 +0800", addr("孙晓燕", "sunxy@zjlg-mat.example"), ND,
          "自动回复：RMA-2026-01002 维修完成确认", P(b, cte="b64"), "netease", "zjlg-mat.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "sunxy@zjlg-mat.example", rma="RMA-2026-01002", lang="zh")


@C.fixture("ningda")
def nd_ooo_en() -> Fx:
    b = """Thank you for your message. I am on leave until 25 November 2026. For laboratory matters,
please contact lab@bandungbio.example.

Dewi Kartika
"""
    m = M("Fri, 13 Nov 2026 08:00:00 +0700", addr("Dewi Kartika", "dewi.kartika@bandungbio.example"), ND,
          "Auto: Re: your incubator service visit", P(b), "gmail", "bandungbio.example",
          extra=(("Auto-Submitted", "auto-replied"),))
    return m, L("auto_reply", "dewi.kartika@bandungbio.example")


@C.fixture("ningda")
def nd_bounce_tencent() -> Fx:
    human = """退信通知

您发送的邮件未能送达以下收件人：
  liming@zj-hospital-lab.example

退信原因：收件人邮箱已满，无法接收新邮件（552 Mailbox full）。
"""
    inner = M("Fri, 13 Nov 2026 10:00:00 +0800", addr("宁达售后", ND), "liming@zj-hospital-lab.example",
              "保养提醒", P("李老师您好，贵单位的干燥箱已到年度保养时间。\n", cte="b64"), "netease",
              "ningda-lab.example")
    ds = delivery_status([
        [("Reporting-MTA", "dns; mx.ningda-lab.example")],
        [("Final-Recipient", "rfc822; liming@zj-hospital-lab.example"), ("Action", "failed"), ("Status", "5.2.2")],
    ])
    body = multipart_report([P(human, cte="b64"), ds, rfc822(inner, disp=None)])
    m = M("Fri, 13 Nov 2026 10:00:05 +0800", addr("系统退信", "postmaster@ningda-lab.example"), ND, "退信通知",
          body, "netease", "ningda-lab.example")
    return m, L("bounce", lang="zh")


@C.fixture("ningda")
def nd_sf_statement() -> Fx:
    b = """尊敬的月结客户：

您 2026 年 10 月的顺丰月结账单已生成，账单金额 ¥12,486.50，请于 11 月 25 日前完成付款。
月结卡号：5741******88

此邮件由系统自动发送，请勿回复。
"""
    m = M("Sun, 15 Nov 2026 06:00:00 +0800", addr("顺丰速运", "bill@sf-express.example"), ND, "顺丰月结账单通知",
          P(b, cte="b64"), "generic", "sf-express.example")
    return m, L("unrelated", lang="zh")


@C.fixture("ningda")
def nd_tender_inquiry() -> Fx:
    b = """宁达公司销售部：

我校拟采购 DHG-9140A 干燥箱 8 台，用于新建实验楼，请提供报价单、产品彩页及资质文件，
以便参加下月的公开招标。

联系人：国资处 蒋老师
"""
    m = M("Mon, 16 Nov 2026 10:30:00 +0800", addr("蒋老师", "jiang@ahnu-assets.example"), "sales@ningda-lab.example",
          "询价：DHG-9140A 8台", P(b, cte="b64"), "netease", "ahnu-assets.example")
    return m, L("unrelated", lang="zh")


@C.fixture("ningda")
def nd_invoice_title_complaint() -> Fx:
    b = """宁达财务：

你们开给我们的增值税专用发票抬头开错了，少了“有限”两个字，税号也不对，这样我们没法入账。
请作废重开，发票号 3302254120 00987654。

美达食品 财务部 卢会计
"""
    m = M("Tue, 17 Nov 2026 14:00:00 +0800", addr("卢会计", "finance@meida-food.example"), "caiwu@ningda-lab.example",
          "发票抬头开错了", P(b, cs="gbk", label="gb2312", cte="b64"), "netease", "meida-food.example")
    return m, L("unrelated", lang="zh")


@C.fixture("ningda")
def nd_heater_supplier() -> Fx:
    b = """宁达采购您好：

我司专业生产不锈钢电加热管、硅橡胶加热带，可按图定制，已为多家实验设备厂配套。
附件为产品目录和报价，欢迎索样。

盐城恒热电器 业务 顾先生
"""
    body = mixed([P(b, cte="b64"), attachment("application/pdf", "catalog.pdf", pdf("cat", "Catalog"))], "qq")
    m = M("Wed, 18 Nov 2026 09:00:00 +0800", addr("顾先生", "gu@hengre-heater.example"), ND, "电加热管供应",
          body, "qq", "hengre-heater.example")
    return m, L("unrelated", lang="zh")


@C.fixture("ningda")
def nd_newsletter_html() -> Fx:
    inner = """<h3>仪器资讯周刊 第 46 期</h3>
<ul><li>2026 年实验室设备采购趋势分析</li><li>干燥箱温度均匀性测试方法解读</li>
<li>新品速递：多款恒温恒湿箱上市</li></ul>
<p><a href="https://yiqi-news.example/unsub">退订</a></p>"""
    m = M("Thu, 19 Nov 2026 07:00:00 +0800", addr("仪器资讯周刊", "weekly@yiqi-news.example"), ND,
          "仪器资讯周刊 第46期", H(inner, cte="b64"), "generic", "yiqi-news.example",
          extra=(("List-Unsubscribe", "<https://yiqi-news.example/unsub>"), ("Precedence", "bulk")))
    return m, L("unrelated", lang="zh")


@C.fixture("ningda")
def nd_spanish_fan_noise() -> Fx:
    b = """Estimados señores:

El horno de secado DHG-9070A que compramos (contrato NDSY-HT-25-0059)
hace un ruido metálico muy fuerte en el ventilador desde la semana pasada, como si algo rozara.
Número de serie DH2312-0044.

Quedo atento a su respuesta.

Ing. Martín Sosa
Laboratorio de Suelos, Universidad del Litoral Norte
"""
    m = M("Fri, 13 Nov 2026 10:45:00 -0300", addr("Martín Sosa", "msosa@ulnorte.example"), ND,
          "Ruido en el ventilador del horno", P(b), "gmail", "ulnorte.example")
    return m, L("new_request", "msosa@ulnorte.example", orders=["NDSY-HT-25-0059"], serials=["DH2312-0044"],
                models=["DHG-9070A"], cat="other", kw=["ruido metálico muy fuerte"])


@C.fixture("ningda")
def nd_presales_polish() -> Fx:
    b = """Dzień dobry,

Jesteśmy dystrybutorem sprzętu laboratoryjnego w Polsce. Prosimy o ofertę na suszarki
DHG-9070A i cieplarki BPH-250 (po 10 sztuk), warunki gwarancji oraz informację, czy urządzenia
mają deklarację zgodności CE.

Z poważaniem
Joanna Lewandowska
LabMed Polska
"""
    m = M("Thu, 19 Nov 2026 10:00:00 +0100", addr("Joanna Lewandowska", "j.lewandowska@labmed-pl.example"),
          "export@ningda-lab.example", "Zapytanie ofertowe", P(b, cs="iso-8859-2"), "outlook", "labmed-pl.example")
    return m, L("unrelated")

if __name__ == "__main__":
    sys.exit(C.main(__doc__ or ""))

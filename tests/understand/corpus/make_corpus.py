"""Write the hand-written labelled test corpus (*.eml + labels.jsonl); run it after editing a mail."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
STAFF = "optizon-example.com"
SERVICE = f"service@{STAFF}"
BASE = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
MAILS: list[tuple[str, bytes, dict]] = []


def label(
    kind,
    sender=None,
    *,
    fwd_by=None,
    orders=(),
    serials=(),
    models=(),
    tracking=(),
    rma=None,
    category=None,
    keywords=(),
    lang="en",
    auto=None,
    missing=None,
):
    if missing is None:
        missing = []
        if kind in ("new_request", "forwarded"):
            missing += ["order_number"] if not orders else []
            missing += ["serial_number"] if not serials else []
            missing += ["defect_description"] if category is None else []
    return {
        "kind": kind,
        "should_auto_reply": kind in ("new_request", "forwarded", "follow_up", "order_status")
        if auto is None
        else auto,
        "customer_email": sender,
        "forwarded_by": fwd_by,
        "order_numbers": list(orders),
        "serial_numbers": list(serials),
        "product_models": list(models),
        "tracking_numbers": list(tracking),
        "rma_reference": rma,
        "defect_category": category,
        "defect_keywords": list(keywords),
        "language": lang,
        "missing_fields": missing,
    }


def mail(name, frm, subject, body, lab, *, html=None, charset="utf-8", extra=(), attach=None, to=SERVICE, cte=None):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE + timedelta(hours=len(MAILS)))
    msg["Message-ID"] = f"<corpus-{name}@test.example>"
    for key, value in extra:
        msg[key] = value
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte) if cte else msg.set_content(body, charset=charset)
    if html is not None:
        if body is None:
            msg.set_content(html, subtype="html", charset=charset)
        else:
            msg.add_alternative(html, subtype="html")
    for filename, ctype, payload in attach or ():
        if ctype == "message/rfc822":
            msg.add_attachment(payload, filename=filename)
        else:
            main, sub = ctype.split("/")
            msg.add_attachment(payload, maintype=main, subtype=sub, filename=filename)
    MAILS.append((name, msg.as_bytes(policy=SMTP), lab))


def inner(frm, to, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = frm, to, subject
    msg["Date"] = format_datetime(BASE - timedelta(days=1))
    msg.set_content(body)
    return msg


# --- new requests, English -------------------------------------------------------------------------
mail(
    "n01",
    "Kevin Walsh <k.walsh@metronet.example.ie>",
    "Faulty transceivers",
    """Hi,

We have two OZ-SFP-10G-SR modules from PO 4500101234 that show no link on our Arista switch.
The port stays down even with a known good patch cord.
S/N: OZ2501A0101, OZ2501A0102

Can you arrange a replacement?

Thanks,
Kevin Walsh
Metronet Ltd, Unit 4, Dublin D02 X285
Phone +353 1 555 0101 | Fax +353 1 555 0102
""",
    label(
        "new_request",
        "k.walsh@metronet.example.ie",
        orders=["4500101234"],
        serials=["OZ2501A0101", "OZ2501A0102"],
        models=["OZ-SFP-10G-SR"],
        category="no_link",
        keywords=["show no link", "port stays down"],
    ),
)

mail(
    "n02",
    "Ana Costa <ana.costa@fibralink.example.pt>",
    "Return request PO#: 77120",
    """Good morning,

PO#: 77120 - the media converter OZ-MC-1000 does not power on. No LEDs at all, we tried two
different power adapters. Serial number OZMC2402C0077.

Our address for the replacement: Rua das Flores 123, 4050-262 Porto.
Invoice no. 2026/INV/00451, VAT PT501234567.

Best regards,
Ana Costa
""",
    label(
        "new_request",
        "ana.costa@fibralink.example.pt",
        orders=["77120"],
        serials=["OZMC2402C0077"],
        models=["OZ-MC-1000"],
        category="no_power",
        keywords=["does not power on", "No LEDs"],
    ),
)

mail(
    "n03",
    "Raj Patel <raj.patel@skyfibre.example.in>",
    "High insertion loss on patch cords",
    """Dear service team,

during acceptance tests the patch cords OZ-PC-LC-LC-SM-2M from sales order SO-2026-1044 fail:
insertion loss 1.8 dB at 1310 nm, the spec is max 0.3 dB.
Serials OZPC26030001 to OZPC26030006.

Measured with EXFO FTB-1 and a light source at 1310/1550 nm.

Regards,
Raj
""",
    label(
        "new_request",
        "raj.patel@skyfibre.example.in",
        orders=["SO-2026-1044"],
        serials=[f"OZPC2603000{i}" for i in range(1, 7)],
        models=["OZ-PC-LC-LC-SM-2M"],
        category="optical_performance",
        keywords=["insertion loss 1.8 dB at 1310 nm"],
    ),
)

mail(
    "n04",
    "Jonas Berg <jonas@nordlys.example.no>",
    "QSFP28 module keeps dropping the link",
    """Hello,

one QSFP28-100G-LR4 (serial QS2507B1101) drops the link several times a day and the switch log shows
it overheating (78 C). Order 4500203344.

The other three units on the same switch are fine.

Jonas
""",
    label(
        "new_request",
        "jonas@nordlys.example.no",
        orders=["4500203344"],
        serials=["QS2507B1101"],
        models=["QSFP28-100G-LR4"],
        category="intermittent",
        keywords=["drops the link several times a day"],
    ),
)

mail(
    "n05",
    "Maria Rossi <m.rossi@retelink.example.it>",
    "Damaged in shipping",
    """Buongiorno,

the shipment for our order 7781 arrived today and the box was crushed. Two OZ-SW-2400 switches are
damaged: the front panel is cracked and one SFP cage is bent.
Serial numbers: SW24C00211, SW24C00212.

Photos attached.

Cordiali saluti,
Maria Rossi
""",
    label(
        "new_request",
        "m.rossi@retelink.example.it",
        orders=["7781"],
        serials=["SW24C00211", "SW24C00212"],
        models=["OZ-SW-2400"],
        category="physical_damage",
        keywords=["front panel is cracked"],
    ),
    attach=[("IMG_2041.jpg", "image/jpeg", b"\xff\xd8\xff\xe0fakejpeg")],
)

mail(
    "n06",
    "Tom Becker <t.becker@glasfaser-sued.example.de>",
    "Wrong modules delivered - Order No.: SO-2026-0815",
    """Hallo,

we ordered 20x OZ-SFP-10G-LR but received 20x OZ-SFP-10G-SR. This is not what we ordered.
Order No.: SO-2026-0815, delivery note 80012345.

Please advise how to return them.

Mit freundlichen Grüßen
Tom Becker
Glasfaser Süd GmbH, Hauptstr. 5, 80331 München
USt-IdNr. DE298765432
""",
    label(
        "new_request",
        "t.becker@glasfaser-sued.example.de",
        orders=["SO-2026-0815"],
        models=["OZ-SFP-10G-LR", "OZ-SFP-10G-SR"],
        category="wrong_or_missing_item",
        keywords=["not what we ordered"],
    ),
)

mail(
    "n07",
    "Lucas Martin <lucas.martin@reseau-ouest.example.fr>",
    "Firmware upgrade failed",
    """Bonjour,

after the firmware upgrade to 3.2.1 the OZ-OLT-8P (serial OLT8P2401055) no longer accepts logins on
the web interface; the management interface times out. PO 4500304455.

Cordialement,
Lucas
""",
    label(
        "new_request",
        "lucas.martin@reseau-ouest.example.fr",
        orders=["4500304455"],
        serials=["OLT8P2401055"],
        models=["OZ-OLT-8P"],
        category="software",
        keywords=["after the firmware upgrade"],
    ),
)

mail(
    "n08",
    "Sam Okafor <sam@lagoslink.example.ng>",
    "calibration",
    """Hi team, our OZ-OPM-200 power meter (SN OPM2312A0042) is due for recalibration, the calibration
certificate expired last month. Can we send it in? Our original order was 4500111999.

Sam
""",
    label(
        "new_request",
        "sam@lagoslink.example.ng",
        orders=["4500111999"],
        serials=["OPM2312A0042"],
        models=["OZ-OPM-200"],
        category="other",
        keywords=["due for recalibration"],
    ),
)

mail(
    "n09",
    "Priya Nair <priya@kochinet.example.in>",
    "RMA please",
    """Hello, please issue an RMA for 3 units from PO 4500998877. They are faulty.

Serials:
- OZ2409B0301
- OZ2409B0302
- OZ2409B0305

Priya
""",
    label(
        "new_request",
        "priya@kochinet.example.in",
        orders=["4500998877"],
        serials=["OZ2409B0301", "OZ2409B0302", "OZ2409B0305"],
    ),
)

mail(
    "n10",
    "Helpdesk Westnet <helpdesk@westnet.example.com>",
    "OZ-SFP28-25G-LR no light",
    """Module OZ-SFP28-25G-LR serial OZ2503A0990 gives no light on the Tx side, the far end sees LOS.
We do not have the order number at hand.

-- 
Westnet Helpdesk
1-800-555-0199
""",
    label(
        "new_request",
        "helpdesk@westnet.example.com",
        serials=["OZ2503A0990"],
        models=["OZ-SFP28-25G-LR"],
        category="no_link",
        keywords=["no light on the Tx side"],
    ),
)

mail(
    "n11",
    "Olga Ivanova <o.ivanova@baltnet.example.ee>",
    "CRC errors",
    """Hi,

we see high CRC errors and a low Rx power of -14.2 dBm on the QSFP28-100G-SR4 modules from order
4500556677 (S/N QS2601A0001 ~ QS2601A0004). The fibre plant was checked with an OTDR and is fine.

Olga Ivanova
Tel: +372 600 1234
""",
    label(
        "new_request",
        "o.ivanova@baltnet.example.ee",
        orders=["4500556677"],
        serials=["QS2601A0001", "QS2601A0002", "QS2601A0003", "QS2601A0004"],
        models=["QSFP28-100G-SR4"],
        category="optical_performance",
        keywords=["high CRC errors", "-14.2 dBm"],
    ),
)

mail(
    "n12",
    "Diego Fernández <diego@andesnet.example.cl>",
    "Problem with converters",
    """Hola,

2 converters OZ-MC-1000 from our PO 4500667788 reboot every few hours. Serials OZMC2405A0010 and
OZMC2405A0011. Power supply is stable (UPS), ambient temperature 24 °C.

Saludos,
Diego
""",
    label(
        "new_request",
        "diego@andesnet.example.cl",
        orders=["4500667788"],
        serials=["OZMC2405A0010", "OZMC2405A0011"],
        models=["OZ-MC-1000"],
        category="intermittent",
        keywords=["reboot every few hours"],
    ),
)

mail(
    "n13",
    "Wei Chen <wei.chen@sgfibre.example.sg>",
    "Missing accessories",
    """Hi,

The OZ-ODF-96 frames (order SO-2026-0990) arrived without the mounting brackets; the brackets are missing
in all 4 boxes. Everything else was included.

Thanks,
Wei
""",
    label(
        "new_request",
        "wei.chen@sgfibre.example.sg",
        orders=["SO-2026-0990"],
        models=["OZ-ODF-96"],
        category="wrong_or_missing_item",
        keywords=["the brackets are missing"],
    ),
)

mail(
    "n14",
    "Peter Novak <p.novak@sloveniafiber.example.si>",
    "broken connector",
    """Hello,
the LC connector of the OZ-PC-LC-SC-SM-5M cord is broken, the ferrule is cracked. Serial OZPC25120455.
Order 4500121212.
Peter
""",
    label(
        "new_request",
        "p.novak@sloveniafiber.example.si",
        orders=["4500121212"],
        serials=["OZPC25120455"],
        models=["OZ-PC-LC-SC-SM-5M"],
        category="physical_damage",
        keywords=["the ferrule is cracked"],
    ),
)

# HTML-only mail with a table of units
mail(
    "n15",
    "Carla Mendes <carla@brfibra.example.br>",
    "Defective units - PO 4500445566",
    None,
    label(
        "new_request",
        "carla@brfibra.example.br",
        orders=["4500445566"],
        serials=["OZ2502C0111", "OZ2502C0112", "OZ2502C0120"],
        models=["OZ-SFP-1G-LX"],
        category="no_link",
        keywords=["not recognized by the switch"],
    ),
    html="""<html><body><p>Hello,</p>
<p>The following units from PO 4500445566 are not recognized by the switch:</p>
<table><tr><th>Model</th><th>Serial No.</th><th>Qty</th></tr>
<tr><td>OZ-SFP-1G-LX</td><td>OZ2502C0111</td><td>1</td></tr>
<tr><td>OZ-SFP-1G-LX</td><td>OZ2502C0112</td><td>1</td></tr>
<tr><td>OZ-SFP-1G-LX</td><td>OZ2502C0120</td><td>1</td></tr></table>
<p>Best regards,<br>Carla Mendes<br>+55 11 5555 0100</p></body></html>""",
)

# serial range written with "to" and a short end
mail(
    "n16",
    "Ivan Horvat <ivan@adrianet.example.hr>",
    "Batch of bad modules",
    """Hi, the whole batch OZ5510 to OZ5514 from order 4500777001 has low Tx power, around -9 dBm instead
of -3 dBm. Model OZ-SFP-10G-ER.
Ivan
""",
    label(
        "new_request",
        "ivan@adrianet.example.hr",
        orders=["4500777001"],
        serials=["OZ5510", "OZ5511", "OZ5512", "OZ5513", "OZ5514"],
        models=["OZ-SFP-10G-ER"],
        category="optical_performance",
        keywords=["low Tx power"],
    ),
)

# a customer forwarding a colleague's mail: still a new request from the customer
mail(
    "n17",
    "Purchasing NorthCom <purchasing@northcom.example.ca>",
    "FW: switch dead",
    """Please see below from our field team and open an RMA. Our PO is 4500880011.

Regards,
Linda

-----Original Message-----
From: Mark Dubois <m.dubois@northcom.example.ca>
Sent: Tuesday, March 31, 2026 4:10 PM
To: Purchasing NorthCom <purchasing@northcom.example.ca>
Subject: switch dead

Linda, the OZ-SW-2400 at site 12 is completely dead, PSU failed. S/N SW24C00555.
Mark
""",
    label(
        "new_request",
        "purchasing@northcom.example.ca",
        orders=["4500880011"],
        serials=["SW24C00555"],
        models=["OZ-SW-2400"],
        category="no_power",
        keywords=["completely dead"],
    ),
)

# a request with quoted history holding other identifiers that must not be extracted
mail(
    "n18",
    "Kevin Walsh <k.walsh@metronet.example.ie>",
    "Re: Quotation OZ-Q-2026-0311",
    """Hi,

unrelated to the quote: one more OZ-SFP-10G-SR from PO 4500101299 is dead on arrival, serial OZ2501A0150.

Kevin

On Mon, 30 Mar 2026 at 10:00, Sales <sales@optizon-example.com> wrote:
> Dear Kevin,
> please find quotation OZ-Q-2026-0311 for 50x OZ-SFP-10G-LR, serials will be OZ2599Z0001 onwards.
> Order reference 4500999999.
""",
    label(
        "new_request",
        "k.walsh@metronet.example.ie",
        orders=["4500101299"],
        serials=["OZ2501A0150"],
        models=["OZ-SFP-10G-SR"],
        category="no_power",
        keywords=["dead on arrival"],
    ),
)

# --- Chinese and mixed -----------------------------------------------------------------------------
mail(
    "z01",
    "王磊 <wanglei@szguang.example.cn>",
    "光模块故障，申请退货",
    """您好：

我司订单号：DD2026040101，收到的 OZ-SFP-10G-LR 光模块插到交换机上端口不亮，没有光信号。
序列号：OZ2404A0201~OZ2404A0203。
请尽快处理，谢谢！

王磊
深圳光通科技有限公司
电话：0755-86001234
""",
    label(
        "new_request",
        "wanglei@szguang.example.cn",
        orders=["DD2026040101"],
        serials=["OZ2404A0201", "OZ2404A0202", "OZ2404A0203"],
        models=["OZ-SFP-10G-LR"],
        category="no_link",
        keywords=["没有光信号"],
        lang="zh",
    ),
    charset="gbk",
)

mail(
    "z02",
    "李静 <lijing@hzwang.example.cn>",
    "模块经常掉线",
    """你好，

采购订单 PO4500202020 的 QSFP28-100G-SR4 模块经常掉线，每天断开好几次，温度过高。
序列号 QS2508A0011、QS2508A0012。

李静
""",
    label(
        "new_request",
        "lijing@hzwang.example.cn",
        orders=["4500202020"],
        serials=["QS2508A0011", "QS2508A0012"],
        models=["QSFP28-100G-SR4"],
        category="intermittent",
        keywords=["经常掉线"],
        lang="zh",
    ),
    charset="gb18030",
    cte="quoted-printable",
)

mail(
    "z03",
    "Zhang Hua 张华 <zhanghua@bjnet.example.cn>",
    "Return request 退货申请",
    """Hi team,

The patch cords from order DD2026033002 are broken, the connector is damaged on 5 pieces.
收到的跳线 OZ-PC-SC-SC-MM-3M 有5根接头损坏，外包装也压坏了。
Serial: OZPC26033101

Thanks 谢谢
""",
    label(
        "new_request",
        "zhanghua@bjnet.example.cn",
        orders=["DD2026033002"],
        serials=["OZPC26033101"],
        models=["OZ-PC-SC-SC-MM-3M"],
        category="physical_damage",
        keywords=["the connector is damaged"],
        lang="mixed",
    ),
)

mail(
    "z04",
    "赵敏 <zhaomin@cdtel.example.cn>",
    "回复：[RMA-2026-00310] 退货进度",
    """您好，

模块已经寄出，顺丰运单号 SF1234567890123，请查收。

赵敏

在 2026年3月30日 10:00，After-Sales <service@optizon-example.com> 写道：
> 您的申请已登记为 RMA-2026-00310，订单号 DD2026031501。
""",
    label("follow_up", "zhaomin@cdtel.example.cn", tracking=["SF1234567890123"], rma="RMA-2026-00310", lang="zh"),
)

# --- forwarded by our staff --------------------------------------------------------------------------
mail(
    "f01",
    f"Lena Vogt <lena.vogt@{STAFF}>",
    "Fwd: OZ-MC-1000 does not power up",
    """Please open an RMA for this customer.

Lena

---------- Forwarded message ---------
From: Pieter de Vries <p.devries@glasnet.example.nl>
Date: Tue, 31 Mar 2026 at 17:05
Subject: OZ-MC-1000 does not power up
To: Lena Vogt <lena.vogt@optizon-example.com>

Hi Lena,

the OZ-MC-1000 we bought with order 7790 does not power up, no LEDs at all.
Serial number OZMC2401B0981.

Groeten,
Pieter
Tel +31 20 555 0123
""",
    label(
        "forwarded",
        "p.devries@glasnet.example.nl",
        fwd_by=f"lena.vogt@{STAFF}",
        orders=["7790"],
        serials=["OZMC2401B0981"],
        models=["OZ-MC-1000"],
        category="no_power",
        keywords=["does not power up"],
    ),
)

mail(
    "f02",
    f"Ken Sato <ken.sato@{STAFF}>",
    "FW: link flapping on 25G modules",
    """FYI, please create an RMA.

-----Original Message-----
From: Hiroshi Tanaka <h.tanaka@nippon-fiber.example.jp>
Sent: Tuesday, March 31, 2026 6:12 PM
To: Ken Sato <ken.sato@optizon-example.com>
Subject: link flapping on 25G modules

Ken-san,

four OZ-SFP28-25G-SR modules (S/N OZ2505D0401, OZ2505D0402, OZ2505D0407, OZ2505D0410) show link flapping
every few minutes. Our PO number is 4500660066.

Best regards,
Hiroshi Tanaka
""",
    label(
        "forwarded",
        "h.tanaka@nippon-fiber.example.jp",
        fwd_by=f"ken.sato@{STAFF}",
        orders=["4500660066"],
        serials=["OZ2505D0401", "OZ2505D0402", "OZ2505D0407", "OZ2505D0410"],
        models=["OZ-SFP28-25G-SR"],
        category="intermittent",
        keywords=["link flapping every few minutes"],
    ),
)

mail(
    "f03",
    f"Anna Schmidt <a.schmidt@{STAFF}>",
    "WG: Reklamation",
    """Hallo Service, bitte RMA anlegen.

Begin forwarded message:

From: Jürgen Wolf <j.wolf@stadtwerke-nord.example.de>
Subject: Reklamation
Date: 31. März 2026 um 08:12:00 MESZ
To: Anna Schmidt <a.schmidt@optizon-example.com>

Hello Anna,

the OZ-SFP-1G-SX modules from our order SO-2026-0777 arrived with the latch broken on 3 units.
Serials OZ2412E0031, OZ2412E0032, OZ2412E0039.

Viele Grüße
Jürgen Wolf
""",
    label(
        "forwarded",
        "j.wolf@stadtwerke-nord.example.de",
        fwd_by=f"a.schmidt@{STAFF}",
        orders=["SO-2026-0777"],
        serials=["OZ2412E0031", "OZ2412E0032", "OZ2412E0039"],
        models=["OZ-SFP-1G-SX"],
        category="physical_damage",
        keywords=["the latch broken"],
    ),
)

mail(
    "f04",
    f"李娜 <li.na@{STAFF}>",
    "转发：光模块不识别",
    """请处理一下这个客户的问题。

-------- 转发的邮件 --------
发件人: 陈刚 <chengang@gz-tong.example.cn>
发送时间: 2026年3月31日 17:20
收件人: 李娜 <li.na@optizon-example.com>
主题: 光模块不识别

李娜你好，
订单号：DD2026033105 的 OZ-SFP-10G-LR 模块插上交换机无法识别。
序列号 OZ2406C0501、OZ2406C0502。
""",
    label(
        "forwarded",
        "chengang@gz-tong.example.cn",
        fwd_by=f"li.na@{STAFF}",
        orders=["DD2026033105"],
        serials=["OZ2406C0501", "OZ2406C0502"],
        models=["OZ-SFP-10G-LR"],
        category="no_link",
        keywords=["无法识别"],
        lang="zh",
    ),
)

mail(
    "f05",
    f"Lena Vogt <lena.vogt@{STAFF}>",
    "FW: Patch cords with high return loss",
    "Customer complaint attached, please handle.\n\nLena\n",
    label(
        "forwarded",
        "jorge.silva@telnorte.example.pt",
        fwd_by=f"lena.vogt@{STAFF}",
        orders=["4500080001"],
        serials=["OZPC26030101", "OZPC26030102"],
        models=["OZ-PC-SC-LC-SM-3M"],
        category="optical_performance",
        keywords=["return loss of only 35 dB"],
    ),
    attach=[
        (
            "complaint.eml",
            "message/rfc822",
            inner(
                "Jorge Silva <jorge.silva@telnorte.example.pt>",
                f"lena.vogt@{STAFF}",
                "Patch cords with high return loss",
                "Hello Lena,\n\nthe patch cords OZ-PC-SC-LC-SM-3M from PO 4500080001 show a return loss of only 35 dB "
                "(spec 50 dB).\nSerials OZPC26030101 and OZPC26030102.\n\nJorge\n",
            ),
        )
    ],
)

mail(
    "f06",
    f"Ken Sato <ken.sato@{STAFF}>",
    "Fwd: order confirmation missing",
    """Can someone check this order?

---------- Forwarded message ---------
From: Mei Tanaka <mei@osaka-net.example.jp>
Date: Wed, 1 Apr 2026 at 09:00
Subject: order confirmation missing
To: Ken Sato <ken.sato@optizon-example.com>

Hello, we have not received the order confirmation for PO 4500123123 yet. When will it ship?
Mei
""",
    label(
        "forwarded",
        "mei@osaka-net.example.jp",
        fwd_by=f"ken.sato@{STAFF}",
        orders=["4500123123"],
        missing=["serial_number", "defect_description"],
    ),
)

# --- follow-ups ------------------------------------------------------------------------------------
mail(
    "u01",
    "Anna Berg <anna.berg@fibernord.example.se>",
    "Re: [RMA-2026-00042] Defective SFP modules",
    """Hello,

the modules are on their way, DHL waybill 1234567890.

Anna

On Tue, 31 Mar 2026 at 10:00, After-Sales Service <service@optizon-example.com> wrote:
> Dear Anna,
> your request has been registered as RMA-2026-00042.
> Order: 4500077120, serials OZ2403A0112, OZ2403A0117.
""",
    label("follow_up", "anna.berg@fibernord.example.se", tracking=["1234567890"], rma="RMA-2026-00042"),
)

mail(
    "u02",
    "Carlos Ruiz <c.ruiz@redsur.example.com>",
    "RE: [RMA-2026-00051] missing serial number",
    """Hi, the serial number is OZ2409F0042. The order was 4500132132.

Carlos

From: After-Sales Service <service@optizon-example.com>
Sent: Wednesday, April 1, 2026 8:00 AM
To: Carlos Ruiz <c.ruiz@redsur.example.com>
Subject: [RMA-2026-00051] missing serial number

Please send us the serial numbers of the units.
""",
    label(
        "follow_up", "c.ruiz@redsur.example.com", orders=["4500132132"], serials=["OZ2409F0042"], rma="RMA-2026-00051"
    ),
)

mail(
    "u03",
    "Jonas Berg <jonas@nordlys.example.no>",
    "AW: [RMA-2026-00077] status?",
    """Any news on the replacement? It has been two weeks.

Jonas
""",
    label("order_status", "jonas@nordlys.example.no", rma="RMA-2026-00077"),
)

mail(
    "u04",
    "Sam Okafor <sam@lagoslink.example.ng>",
    "Shipment for RMA-2026-00099",
    "Hello, we shipped the meter back today with FedEx tracking number 771234567890.\nSam\n",
    label("follow_up", "sam@lagoslink.example.ng", tracking=["771234567890"], rma="RMA-2026-00099"),
)

# --- order status --------------------------------------------------------------------------------
mail(
    "s01",
    "Olumide Ade <o.ade@lagosfibre.example.com>",
    "Order confirmation PO 4500013377",
    """Dear Sir/Madam,

we placed PO 4500013377 for 100 pcs OZ-SFP-10G-LR on 15 March but have not received an order
confirmation yet. Could you confirm the order and the expected delivery date?

Kind regards,
Olumide Ade
""",
    label("order_status", "o.ade@lagosfibre.example.com", orders=["4500013377"], models=["OZ-SFP-10G-LR"]),
)

mail(
    "s02",
    "刘洋 <liuyang@bjgt.example.cn>",
    "订单发货时间",
    """您好，请问我们的订单 DD2026032001 什么时候发货？谢谢。
刘洋
""",
    label("order_status", "liuyang@bjgt.example.cn", orders=["DD2026032001"], lang="zh"),
)

# --- auto replies, bounces, unrelated ---------------------------------------------------------------
mail(
    "a01",
    "Pieter de Vries <p.devries@glasnet.example.nl>",
    "Automatic reply: [RMA-2026-00044] Your return request",
    """I am out of the office until 14 April with limited access to e-mail.
For urgent matters please contact support@glasnet.example.nl or call +31 20 555 0100.
""",
    label("auto_reply", "p.devries@glasnet.example.nl", rma="RMA-2026-00044", auto=False),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
)

mail(
    "a02",
    "赵敏 <zhaomin@cdtel.example.cn>",
    "自动回复: [RMA-2026-00310] 您的退货申请",
    "您好，我目前休假中，4月8日回来后会尽快回复您的邮件。\n",
    label("auto_reply", "zhaomin@cdtel.example.cn", rma="RMA-2026-00310", lang="zh", auto=False),
)

mail(
    "a03",
    "Jan Kowalski <jan@polfiber.example.pl>",
    "Out of Office",
    "Thank you for your message. I am on annual leave and will be back on Monday 6 April.\n",
    label("auto_reply", "jan@polfiber.example.pl", auto=False),
    extra=[("X-Autoreply", "yes")],
)

mail(
    "b01",
    "Mail Delivery System <MAILER-DAEMON@mx.optizon-example.com>",
    "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx.optizon-example.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<nobody@gone.example.org>: host mail.gone.example.org said: 550 5.1.1 User unknown
""",
    label("bounce", None, auto=False),
    extra=[("Return-Path", "<>")],
    attach=[
        (
            "returned.eml",
            "message/rfc822",
            inner(
                SERVICE,
                "nobody@gone.example.org",
                "[RMA-2026-00120] Your return request",
                "Your request has been registered as RMA-2026-00120.\nOrder 4500555555, serial OZ2401A0001.\n",
            ),
        )
    ],
)

mail(
    "b02",
    "postmaster@partner.example.com",
    "Delivery Status Notification (Failure)",
    "Delivery to the following recipient failed permanently:\n\n    buyer@partner.example.com\n",
    label("bounce", None, auto=False),
)

mail(
    "x01",
    "FiberTrade Weekly <news@fibertrade.example.org>",
    "This week: 800G optics and OZ-SFP-10G-LR price drops",
    """FiberTrade Weekly - issue 14

* 800G optics are shipping in volume; insertion loss budgets get tighter.
* Price drops on 10G LR modules such as OZ-SFP-10G-LR.

You are receiving this email because you subscribed. Unsubscribe: https://fibertrade.example.org/u
""",
    label("unrelated", None, models=["OZ-SFP-10G-LR"], auto=False),
    extra=[("List-Unsubscribe", "<https://fibertrade.example.org/u>"), ("Precedence", "bulk")],
)

mail(
    "x02",
    "Accounts Payable <billing@secure-docs-portal.example.net>",
    "Overdue invoice - action required",
    """Dear customer,

your invoice INV-88213 is overdue. Click here to view the document in our secure portal and confirm
your payment details: http://secure-docs-portal.example.net/login

Accounts Payable
""",
    label("unrelated", None, auto=False),
)

mail(
    "x03",
    "Daniel Kim <daniel@bidcorp.example.kr>",
    "Request for quotation",
    """Hello,

we are preparing a bid and need your best price and lead time for:

- 200 pcs OZ-SFP-10G-LR
- 40 pcs QSFP28-100G-SR4

Please include your warranty terms.

Regards,
Daniel Kim
""",
    label("unrelated", None, models=["OZ-SFP-10G-LR", "QSFP28-100G-SR4"], auto=False),
)

mail(
    "x04",
    "Events Team <events@optics-expo.example.com>",
    "Invitation: Optics Expo 2026 webinar",
    """Join our free webinar on coherent optics. Register now to reserve your seat!
To manage your subscription, visit our preferences page.
""",
    label("unrelated", None, auto=False),
)


# --- second batch: other writing styles ----------------------------------------------------------------
mail(
    "n19",
    "Hans Müller <h.mueller@stadtnetz.example.de>",
    "Defekt: OZ-SFP-1G-LX S/N OZ2411D0777",
    "no link since yesterday. Auftrag 2026-4471.\n\nGruß\nHans\n",
    label(
        "new_request",
        "h.mueller@stadtnetz.example.de",
        orders=["2026-4471"],
        serials=["OZ2411D0777"],
        models=["OZ-SFP-1G-LX"],
        category="no_link",
        keywords=["no link since yesterday"],
    ),
)

mail(
    "n20",
    "Service Form <webform@partnerportal.example.com>",
    "RMA form submission",
    """Customer: Baltic Net OU
Contact e-mail: tiit@balticnet.example.ee
Purchase order: 4500700700
Product: OZ-SFP28-25G-ER
Serial number(s): OZ2506B0100, OZ2506B0101
Fault description: Tx power far too low, receiver at the far end reports -28 dBm.
Phone: +372 5555 1234
""",
    label(
        "new_request",
        "webform@partnerportal.example.com",
        orders=["4500700700"],
        serials=["OZ2506B0100", "OZ2506B0101"],
        models=["OZ-SFP28-25G-ER"],
        category="optical_performance",
        keywords=["Tx power far too low", "-28 dBm"],
    ),
)

mail(
    "n21",
    "Marie Dubois <marie.dubois@fibre-alpes.example.fr>",
    "Problème / problem with module",
    """Hello,

Sorry for my English. We install the OZ-SFP-10G-LR yesterday in a Huawei S6730-H24X6C switch. After 2 hours
the link goes down and up again, again and again. We changed the fibre, same. The module get very hot.

Our order #55512, the module serial is OZ2410A0321.

Merci d'avance,
Marie
""",
    label(
        "new_request",
        "marie.dubois@fibre-alpes.example.fr",
        orders=["55512"],
        serials=["OZ2410A0321"],
        models=["OZ-SFP-10G-LR"],
        category="intermittent",
        keywords=["the link goes down and up again"],
    ),
)

mail(
    "n22",
    "Chris Taylor <ctaylor@mountainisp.example.com>",
    "dead units",
    "3 of the 10 OZ-MC-1000 from PO 4500100100 are DOA, nothing lights up. SNs OZMC2403A0001-OZMC2403A0003\n",
    label(
        "new_request",
        "ctaylor@mountainisp.example.com",
        orders=["4500100100"],
        serials=["OZMC2403A0001", "OZMC2403A0002", "OZMC2403A0003"],
        models=["OZ-MC-1000"],
        category="no_power",
        keywords=["DOA"],
    ),
)

mail(
    "n23",
    "Aiko Yamamoto <aiko@kansai-net.example.jp>",
    "Re: quote / also a defect",
    """Hi Ken,

thanks for the quote. Separately: the OZ-SW-2400 we got last month (order 4500321321, S/N SW24C00901) cannot
be managed any more, the web GUI shows a blank page after the last firmware update and SNMP does not answer.

Aiko

Am 30.03.2026 um 10:00 schrieb Ken Sato <ken.sato@optizon-example.com>:
> Hello Aiko, the price for OZ-SW-2400 is 1.250 EUR, quotation 2026-Q-0042.
""",
    label(
        "new_request",
        "aiko@kansai-net.example.jp",
        orders=["4500321321"],
        serials=["SW24C00901"],
        models=["OZ-SW-2400"],
        category="software",
        keywords=["after the last firmware update"],
    ),
)

mail(
    "n24",
    "Luis Ortega <l.ortega@telsur.example.mx>",
    "Faltan piezas / missing parts PO 4500909090",
    """Hello,

we received the OZ-ODF-48 frames but the splice trays are missing and only 2 of 4 boxes arrived.

Best,
Luis Ortega
Av. Reforma 222, CP 06600, CDMX
""",
    label(
        "new_request",
        "l.ortega@telsur.example.mx",
        orders=["4500909090"],
        models=["OZ-ODF-48"],
        category="wrong_or_missing_item",
        keywords=["the splice trays are missing"],
    ),
)

mail(
    "z05",
    "孙伟 <sunwei@njtx.example.cn>",
    "关于订单 DD2026040505 的模块问题",
    """您好，

订单 DD2026040505 收到的 OZ-SFP-25G-SR 模块，有两个误码很高，光功率低。
序列号：OZ2507C0010，OZ2507C0011
测试结果：接收光功率 -12.5 dBm。

谢谢
孙伟
""",
    label(
        "new_request",
        "sunwei@njtx.example.cn",
        orders=["DD2026040505"],
        serials=["OZ2507C0010", "OZ2507C0011"],
        models=["OZ-SFP-25G-SR"],
        category="optical_performance",
        keywords=["光功率低"],
        lang="zh",
    ),
)

mail(
    "z06",
    "周杰 <zhoujie@whgx.example.cn>",
    "设备无法开机",
    """你好：
我们采购的 OZ-SW-2400 交换机（合同号 HT-2026-0311）到货后无法开机，电源指示灯不亮。
SN: SW24C01234
""",
    label(
        "new_request",
        "zhoujie@whgx.example.cn",
        orders=["HT-2026-0311"],
        serials=["SW24C01234"],
        models=["OZ-SW-2400"],
        category="no_power",
        keywords=["无法开机"],
        lang="zh",
    ),
)

mail(
    "f07",
    f"Rita Gomez <rita.gomez@{STAFF}>",
    "FW: urgent - modules not working",
    """Team, customer below needs help asap.

From: Paulo Reis <paulo.reis@lusonet.example.pt>
Sent: Wednesday, April 1, 2026 11:02
To: Rita Gomez <rita.gomez@optizon-example.com>
Subject: urgent - modules not working

Rita,
the 6 OZ-SFP-10G-SR from PO 4500454545 are not detected by our Juniper EX4300, the switch says
unsupported transceiver. Serials OZ2412A0500 to OZ2412A0505.
Paulo
""",
    label(
        "forwarded",
        "paulo.reis@lusonet.example.pt",
        fwd_by=f"rita.gomez@{STAFF}",
        orders=["4500454545"],
        serials=[f"OZ2412A050{i}" for i in range(6)],
        models=["OZ-SFP-10G-SR"],
        category="no_link",
        keywords=["unsupported transceiver"],
    ),
)

mail(
    "u05",
    "Kevin Walsh <k.walsh@metronet.example.ie>",
    "RE: [RMA-2026-00130] replacement",
    """Hi,
the replacement OZ2501A0199 also shows no link, same as before. Can you check?
Kevin

-----Original Message-----
From: After-Sales Service <service@optizon-example.com>
Sent: Tuesday, March 31, 2026 9:00 AM
Subject: [RMA-2026-00130] replacement shipped
The replacement was shipped with DHL 9876543210.
""",
    label(
        "follow_up",
        "k.walsh@metronet.example.ie",
        serials=["OZ2501A0199"],
        rma="RMA-2026-00130",
        category="no_link",
        keywords=["also shows no link"],
    ),
)

mail(
    "u06",
    "王磊 <wanglei@szguang.example.cn>",
    "回复: [RMA-2026-00311] 补充序列号",
    """序列号是 OZ2404A0204。

在 2026年4月1日 09:00，After-Sales <service@optizon-example.com> 写道：
> 请提供序列号。
""",
    label("follow_up", "wanglei@szguang.example.cn", serials=["OZ2404A0204"], rma="RMA-2026-00311", lang="zh"),
)

mail(
    "s03",
    "Buyer Alpha <buyer@alphanet.example.com>",
    "Where is our delivery?",
    """Hello,
our PO 4500812812 was due last week and we have no tracking details yet. Has it shipped?
Thanks
""",
    label("order_status", "buyer@alphanet.example.com", orders=["4500812812"]),
)

mail(
    "a04",
    "Klaus Weber <k.weber@netzwerk.example.de>",
    "Abwesenheitsnotiz: [RMA-2026-00140] Ihre Anfrage",
    """Vielen Dank für Ihre Nachricht. Ich bin bis zum 10.04.2026 nicht im Büro und habe keinen Zugriff auf meine
E-Mails. In dringenden Fällen wenden Sie sich bitte an info@netzwerk.example.de.
""",
    label("auto_reply", "k.weber@netzwerk.example.de", rma="RMA-2026-00140", auto=False),
    extra=[("Auto-Submitted", "auto-replied")],
)

mail(
    "a05",
    "Tom Reed <tom.reed@westcoast.example.com>",
    "Re: [RMA-2026-00150] Your return request",
    """Thank you for your email. I am currently out of the office with no access to email and will return
on April 14. For urgent matters please call +1 415 555 0100.
""",
    label("auto_reply", "tom.reed@westcoast.example.com", rma="RMA-2026-00150", auto=False),
)

mail(
    "b03",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
    "Delivery Status Notification (Failure)",
    """** Address not found **

Your message wasn't delivered to buyer@closed.example.com because the address couldn't be found.

----- Original message -----
Subject: [RMA-2026-00160] Your return request
RMA-2026-00160, order 4500777777, serial OZ2401A0999
""",
    label("bounce", None, auto=False),
)

mail(
    "x05",
    "营销中心 <market@promo-cn.example.cn>",
    "光模块工厂直销 价格优惠",
    """尊敬的客户：
我司专业生产各类光模块，价格优惠，欢迎询价！如需退订请回复TD。
""",
    label("unrelated", None, lang="zh", auto=False),
)

mail(
    "x06",
    "Jenny Lee <jenny@distri-asia.example.com>",
    "Distribution partnership",
    """Dear Sir,

we are a distributor in Malaysia and would like to discuss a partnership for your OZ-SFP product line.
Could you send your price list and catalogue?

Best regards,
Jenny Lee
""",
    label("unrelated", None, auto=False),
)


# --- third batch: tables, tricky numbers, more languages -----------------------------------------------
mail(
    "n25",
    "QA Lab <qa@datacentre-one.example.com>",
    "Failed incoming inspection",
    """Hello,

incoming inspection of delivery 2026-03-28 (our PO 4500606060) failed for these units:

Item  Model              Serial No.    Result
1     OZ-SFP28-25G-LR    88120011      Tx power -9.1 dBm (spec > -5)
2     OZ-SFP28-25G-LR    88120017      Tx power -8.7 dBm (spec > -5)

Report no. QA-2026-117 attached.

QA Lab, Data Centre One
""",
    label(
        "new_request",
        "qa@datacentre-one.example.com",
        orders=["4500606060"],
        serials=["88120011", "88120017"],
        models=["OZ-SFP28-25G-LR"],
        category="optical_performance",
        keywords=["-9.1 dBm"],
    ),
)

mail(
    "n26",
    "Ravi Kumar <ravi@indinet.example.in>",
    "Urgent!! switch rebooting",
    """Team,

Our OZ-SW-4800 keeps restarting every 20 min since the power outage. Serial SW48A00321, PO-4500454000.
Contact me on +91 98450 12345. Site pincode 560001.

Ravi
""",
    label(
        "new_request",
        "ravi@indinet.example.in",
        orders=["4500454000"],
        serials=["SW48A00321"],
        models=["OZ-SW-4800"],
        category="intermittent",
        keywords=["keeps restarting every 20 min"],
    ),
)

mail(
    "n27",
    "Eva Novak <eva.novak@pragnet.example.cz>",
    "reklamace / complaint",
    """Hello, attached photo. The OZ-PC-LC-LC-MM-1M cords arrived with bent boots and two have a scratched
ferrule end face. Objednávka (order) 4500313131. S/N on the bag: OZPC26021010, OZPC26021011.

S pozdravem
Eva Novak
IČO 12345678, DIČ CZ12345678
""",
    label(
        "new_request",
        "eva.novak@pragnet.example.cz",
        orders=["4500313131"],
        serials=["OZPC26021010", "OZPC26021011"],
        models=["OZ-PC-LC-LC-MM-1M"],
        category="physical_damage",
        keywords=["scratched ferrule"],
    ),
)

mail(
    "n28",
    "Nadia Haddad <nadia@cedarnet.example.lb>",
    "Module not recognised - RMA needed",
    None,
    label(
        "new_request",
        "nadia@cedarnet.example.lb",
        orders=["SO-2026-1201"],
        serials=["QS40A02231"],
        models=["OZ-QSFP-40G-SR4"],
        category="no_link",
        keywords=["is not recognised"],
    ),
    html="<p>Dear team, the <b>OZ-QSFP-40G-SR4</b> (SN: QS40A02231) is not recognised by our Cisco Nexus 93180YC-FX "
    "switch. Order reference: SO-2026-1201.</p><p>Regards, Nadia</p>",
)

mail(
    "z07",
    "黄丽 <huangli@xmtx.example.cn>",
    "跳线插损超标",
    """你好，
合同号 HT-2026-0402 的跳线 OZ-PC-LC-LC-SM-3M 测试插损 0.9dB，超标。
序列号 OZPC26040101 至 OZPC26040103。
""",
    label(
        "new_request",
        "huangli@xmtx.example.cn",
        orders=["HT-2026-0402"],
        serials=["OZPC26040101", "OZPC26040102", "OZPC26040103"],
        models=["OZ-PC-LC-LC-SM-3M"],
        category="optical_performance",
        keywords=["插损"],
        lang="zh",
    ),
)

mail(
    "u07",
    "Ana Costa <ana.costa@fibralink.example.pt>",
    "Re: [RMA-2026-00045] Return request PO#: 77120",
    """Thank you. We sent the converter with UPS 1Z999AA10123456784 today.

Ana

On 1 Apr 2026, at 09:00, After-Sales Service <service@optizon-example.com> wrote:
> Your return is registered as RMA-2026-00045 for serial OZMC2402C0077.
""",
    label(
        "follow_up",
        "ana.costa@fibralink.example.pt",
        orders=["77120"],
        tracking=["1Z999AA10123456784"],
        rma="RMA-2026-00045",
    ),
)


mail(
    "x07",
    "Customer Care <care@parcel-notice.example.net>",
    "Your parcel could not be delivered",
    """Dear customer,

we could not deliver your parcel. Customer account: CUST-88213456-EU. Pay the 1.99 EUR redelivery fee within
24 hours via our secure portal or the parcel is returned: http://parcel-notice.example.net/pay

Customer Care
""",
    label("unrelated", None, auto=False),
)


# --- fourth batch, written before looking at how the rules handle them ----------------------------------
mail(
    "n29",
    "Grace Mwangi <grace@eastlink.example.ke>",
    "Return of modules (two orders)",
    """Hello team,

We need to return modules from two orders.

From PO 4500010001: OZ-SFP-10G-LR, Serial Number(s):
1) OZ2402A0011
2) OZ2402A0012

From PO 4500010002: one OZ-SFP-10G-ER, serial OZ2403C0044.

All three have no link when plugged into our MikroTik CCR2004 router; other vendors' optics work in the same
ports.

Kind regards,
Grace Mwangi
Eastlink Ltd | P.O. Box 45678-00100 Nairobi | +254 722 000 111
""",
    label(
        "new_request",
        "grace@eastlink.example.ke",
        orders=["4500010001", "4500010002"],
        serials=["OZ2402A0011", "OZ2402A0012", "OZ2403C0044"],
        models=["OZ-SFP-10G-LR", "OZ-SFP-10G-ER"],
        category="no_link",
        keywords=["no link"],
    ),
)

mail(
    "n30",
    "Björn Larsson <bjorn@scandi-isp.example.se>",
    "Defective converter, PO No. 4500-123-456",
    """Hi,

the media converter OZ-MC-1000, Serial: MC1000X12345, stopped working after a thunderstorm; the power LED
is off and it gets no power even with a new adapter.

Björn
""",
    label(
        "new_request",
        "bjorn@scandi-isp.example.se",
        orders=["4500-123-456"],
        serials=["MC1000X12345"],
        models=["OZ-MC-1000"],
        category="no_power",
        keywords=["the power LED is off"],
    ),
)

mail(
    "u08",
    "Jonas Berg <jonas@nordlys.example.no>",
    "Re: [RMA-2026-00077] replacement received",
    """Hello,

we received the replacement QSFP28-100G-LR4, serial QS2509B2001. Unfortunately it also overheats and drops the
link after about an hour.

Jonas
""",
    label(
        "follow_up",
        "jonas@nordlys.example.no",
        serials=["QS2509B2001"],
        models=["QSFP28-100G-LR4"],
        rma="RMA-2026-00077",
        category="intermittent",
        keywords=["drops the link after about an hour"],
    ),
)

mail(
    "a06",
    "Sophie Laurent <s.laurent@fibre-paris.example.fr>",
    "Réponse automatique : [RMA-2026-00170] Votre demande",
    """Bonjour, je suis absente du bureau jusqu'au 15 avril. Pour toute urgence, contactez support@fibre-paris.example.fr.
""",
    label("auto_reply", "s.laurent@fibre-paris.example.fr", rma="RMA-2026-00170", auto=False),
)

mail(
    "x08",
    "OptiShop Deals <deals@optishop.example.com>",
    "Spring sale: OZ-SFP-10G-LR compatible optics -40%",
    """Spring sale! Compatible optics for every switch, e.g. replacements for OZ-SFP-10G-LR and QSFP28-100G-SR4.
Order now, free shipping.

To stop receiving these emails, unsubscribe here.
""",
    label("unrelated", None, models=["OZ-SFP-10G-LR", "QSFP28-100G-SR4"], auto=False),
)

mail(
    "f08",
    f"Mei Lin <mei.lin@{STAFF}>",
    "Fwd: 光模块问题 / module problem",
    """Please help this customer, he writes in Chinese and English.

Begin forwarded message:

From: 吴强 Wu Qiang <wuqiang@sz-link.example.cn>
Subject: 光模块问题 / module problem
Date: 1 April 2026 at 10:12:00 GMT+8
To: Mei Lin <mei.lin@optizon-example.com>

Hi Mei,
The OZ-SFP28-25G-SR modules from order DD2026032811 cannot link up with our Huawei switch.
模块插上以后端口不亮，交换机无法识别，请帮忙处理。
序列号：OZ2508A0100、OZ2508A0101
""",
    label(
        "forwarded",
        "wuqiang@sz-link.example.cn",
        fwd_by=f"mei.lin@{STAFF}",
        orders=["DD2026032811"],
        serials=["OZ2508A0100", "OZ2508A0101"],
        models=["OZ-SFP28-25G-SR"],
        category="no_link",
        keywords=["交换机无法识别"],
        lang="mixed",
    ),
)


def main() -> None:
    lines = []
    for name, data, lab in MAILS:
        (HERE / f"{name}.eml").write_bytes(data)
        lines.append(json.dumps({"file": f"{name}.eml", **lab}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(MAILS)} mails")


if __name__ == "__main__":
    main()

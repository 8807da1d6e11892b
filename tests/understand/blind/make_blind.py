#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind labelled mail corpus for the RMA mail-understanding step.

    python make_blind.py           # (re)write all company folders and README.md, then self-check
    python make_blind.py --check   # only verify the files on disk against this script

Every mail is written by hand in its own fixture function below.  Boundaries,
dates and Message-IDs are derived from fixed seeds, so two runs produce
byte-identical files.
"""
import os
import sys
import html
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))   # the shared kit: tests/understand/blindkit.py

import blindkit
from blindkit import (CATEGORIES, KEYS, KINDS, LANGS, MISSING, L, _h, alt, attachment, bnd,
                      delivery_status, envelope, ew, fake_bytes, html_doc, jpeg, mail, mid, mixed,
                      multipart, pdf, png, q, related, rfc822, rng, text, textfile, xlsx)

# Serial shapes per company, used only by the self-check to find serials that a
# new request or forward mentions but the label forgot (plain-digit serials are not checked).
SERIAL_SHAPES = {
    'brightwave': r'BW\d{4}[A-Z]\d{5}',
    'lumasplit': r'[A-Z]X\d-\d{4}-\d{4}',
    'fenmark': r'(?:FS\d+P?|EL\d+|D\d{4}[A-Z]|AWG\d+)-\d{2}-\d{5}',
    'huaguang': r'HG\d{8}-\d{3}',
    'kestrel': r'K\d{2}[A-Z]\d{4}',
    'leixin': r'LX\d{8}',
    'thermiq': r'(?:TQ6P|T32S|T16M|TC38|TC64|TL25)-\d{6}-\d{4}',
    'hengkong': r'E\d{9}|LD\d{4}-\d{4}',
}

CORPUS = blindkit.Corpus(
    HERE, 'make_blind.py', title='Blind labelled mail corpus',
    domains='`.example` / `-example.com`',
    languages='German, French, Spanish, Dutch, Swedish or Italian',
    serial_shapes=SERIAL_SHAPES)
company = CORPUS.company
fixture = CORPUS.fixture


def addr(name, email, cs=None, enc='B', label=None, quote=False):
    """This corpus was written before bare non-ASCII names were encoded: keep them as they were."""
    return blindkit.addr(name, email, cs, enc, label, quote, bare_utf8=False)


# ======================================================================
#                               FIXTURES
# ======================================================================

# ---------------------------------------------------------------------------
# 1. Brightwave Photonics -- optical transceivers (Cambridge, UK)
#    serials: BW + yymm + letter + 5 digits (BW2403K01172); sales orders SO-yy-nnnnn
# ---------------------------------------------------------------------------
company('brightwave',
        name='Brightwave Photonics Ltd',
        service_address='service@brightwave-example.com',
        staff_domains=['brightwave-example.com'],
        noreply_addresses=['noreply@brightwave-example.com', 'webforms@brightwave-example.com'],
        catalog=['BW-SFP10G-SR', 'BW-SFP10G-LR', 'BW-SFP10G-ER', 'BW-SFP28-SR', 'BW-SFP28-LR',
                 'BW-QSFP28-SR4', 'BW-QSFP28-LR4', 'BW-SFP-GE-T', 'BW-SFP-BX20-U',
                 'BW-SFP-BX20-D', 'BW-XFP-ZR', 'BW-DAC-10G-3M'])
BW = 'service@brightwave-example.com'


@fixture('brightwave')
def bw_terse_two_lr():
    body = text("""Hi,

two BW-SFP10G-LR modules stopped linking after a week in our core switch.
S/N BW2403K01172 and BW2403K01185
PO 7781-NL

Please send RMA.
Daniel
""", 'us-ascii', '7bit', quote_cs=False, params='; format=flowed')
    msg = envelope([
        ('Date', 'Tue, 05 Mar 2024 08:12:40 +0100'),
        ('From', addr('Daniel Okafor', 'd.okafor@nordlink-example.com')),
        ('To', BW),
        ('Subject', 'RMA request - 2x SFP'),
        ('Message-ID', mid('tb', 'nordlink-example.com')),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'd.okafor@nordlink-example.com', orders=['7781-NL'],
                  serials=['BW2403K01172', 'BW2403K01185'], models=['BW-SFP10G-LR'],
                  cat='no_link', kw=['stopped linking'])


@fixture('brightwave')
def bw_rambling_lr4_low_rx():
    body = text("""Hello Brightwave team,

I hope you\u2019re well. I\u2019m writing about a batch of BW-QSFP28-LR4 optics we bought in
November (your sales order SO-23-01877, our PO 4410093). They went into two Arista
7050X3 switches running EOS 4.30.1F between our Oslo and Drammen sites, and for
the first few weeks everything was fine.

Since about 20 February two of them show receive power around -14.2 dBm on lane 3
while the other three lanes read between -2.8 and -3.4 dBm, and we see
rising CRC errors on the link (roughly 1 200 per hour on Et49/1). The span is 6.1 km of G.652D,
measured at 3.9 dB total loss at 1310 nm in January, so well inside the 10 km budget.

What we already tried:
  - cleaned both ends with a one-click cleaner and inspected with a scope
  - swapped the patch cords and moved the link to ports 50/1 and 51/1
  - rebooted the switch (management IP 10.20.4.11) \u2013 no change

Serials are bw2311a00417 and bw2311a00422 (sorry for the lowercase, copied straight
from our inventory tool). Our internal ticket for this is INC0048813 in case you
need to reference it.

Could you let me know how to proceed with a return, and whether you can ship
replacements in advance? We only have one spare left.

Best regards
Sophie Lindqvist
Network Engineer | Fjordnet AS
Karl Johans gate 12, 0154 Oslo, Norway
+47 22 41 88 10 | sophie.lindqvist@fjordnet-example.com
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Sophie Lindqvist', 'sophie.lindqvist@fjordnet-example.com')),
        ('To', addr('Brightwave Service', BW)),
        ('Subject', 'QSFP28 LR4 - low RX power on lane 3, CRC errors'),
        ('Thread-Topic', 'QSFP28 LR4 - low RX power on lane 3, CRC errors'),
        ('Date', 'Mon, 04 Mar 2024 14:37:09 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'en-GB'),
        ('X-MS-Has-Attach', ''),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'sophie.lindqvist@fjordnet-example.com',
                  orders=['SO-23-01877', '4410093'], serials=['bw2311a00417', 'bw2311a00422'],
                  models=['BW-QSFP28-LR4'], cat='optical_performance',
                  kw=['receive power around -14.2 dBm', 'rising CRC errors'])


@fixture('brightwave')
def bw_html_table_distributor():
    h = html_doc("""<div style="font-family:Meiryo,Arial,sans-serif;font-size:10pt">
<p>Dear Brightwave RMA team,</p>
<p>Please find below two units our customer returned to us. Both were installed
new in February. Kindly issue an RMA number.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dce6f1"><th>No.</th><th>Model</th><th>Serial</th><th>Qty</th><th>Symptom</th></tr>
<tr><td>1</td><td>BW-SFP28-LR</td><td>BW2401C00911</td><td>1</td><td>not detected by switch, &quot;unsupported transceiver&quot; in log</td></tr>
<tr><td>2</td><td>BW-SFP-GE-T</td><td>BW2312B02210</td><td>1</td><td>port LED off, no link at 1G (auto-neg)</td></tr>
</table>
<p>Our PO: <b>PO-SKT-24-0312</b><br>
End user: Hanazono Cable TV (Osaka)</p>
<p>Best regards,</p>
<p>Kaito Mori<br>
Technical Support / Sankei Tsushin Co., Ltd.<br>
3-14-2 Shiba, Minato-ku, Tokyo 105-0014<br>
TEL 03-5442-7781 &nbsp;FAX 03-5442-7790</p>
</div>""", cs='utf-8')
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('Kaito Mori', 'mori@sankei-tsushin.example')),
        ('To', BW),
        ('Cc', addr('Marco Bellini', 'm.bellini@brightwave-example.com')),
        ('Subject', '[RMA Request] SFP28 LR / GE-T 2pcs'),
        ('Date', 'Wed, 13 Mar 2024 10:05:51 +0900'),
        ('Message-ID', mid('generic', 'sankei-tsushin.example')),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'mori@sankei-tsushin.example', orders=['PO-SKT-24-0312'],
                  serials=['BW2401C00911', 'BW2312B02210'], models=['BW-SFP28-LR', 'BW-SFP-GE-T'],
                  cat='no_link', kw=['not detected by switch', 'no link at 1G'])


@fixture('brightwave')
def bw_fwd_outlook_doa():
    body = text("""Service team,

please open an RMA for Rafael (Telemax is a key account, replacements should go out
with priority). Our sales order was SO-24-00931.

Thanks
Tom

Tom Hollis
Key Account Manager EMEA
Brightwave Photonics Ltd | +44 1223 555 614

-----Original Message-----
From: Rafael Costa [mailto:rcosta@telemax-example.com]
Sent: Monday, April 8, 2024 3:12 PM
To: Hollis, Tom <t.hollis@brightwave-example.com>
Subject: DOA optics

Hi Tom,

we received the 10 pcs BW-SFP10G-SR last Friday (our PO TMX-2024-118). Three of
them are dead on arrival - no light output at all, the laser does not seem to turn
on and the switch shows TX power -40 dBm. Serials:

BW2402F00310
BW2402F00317
BW2402F00325

The other seven work fine in the same ports. Can you replace them quickly? The
site goes live on the 22nd.

Rafael Costa
Telemax Comunica\u00e7\u00f5es | Rua do Ouro 118, 1100-063 Lisboa
+351 21 555 0192
""", 'windows-1252', 'qp', quote_cs=True)
    msg = envelope([
        ('From', addr('Hollis, Tom', 't.hollis@brightwave-example.com')),
        ('To', addr('Brightwave Service', BW)),
        ('Subject', 'FW: DOA optics'),
        ('Thread-Topic', 'DOA optics'),
        ('Thread-Index', 'AdqJ' + _h('ti', 20)),
        ('Date', 'Mon, 08 Apr 2024 16:20:44 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'rcosta@telemax-example.com', 't.hollis@brightwave-example.com',
                  orders=['SO-24-00931', 'TMX-2024-118'],
                  serials=['BW2402F00310', 'BW2402F00317', 'BW2402F00325'],
                  models=['BW-SFP10G-SR'], cat='no_link', kw=['no light output'])


@fixture('brightwave')
def bw_fwd_gmail_bidi():
    plain = """FYI - can service take this one? Aisha's team is waiting on us.

Priya

---------- Forwarded message ---------
From: Aisha Rahman <aisha@cloudridge-example.com>
Date: Wed, 17 Apr 2024 at 10:02
Subject: Bidi optics not working in pairs
To: Priya Nair <priya.nair@brightwave-example.com>


Hi Priya,

The BX20 pair we bought last month keeps misbehaving. The BW-SFP-BX20-U
(BW2403K00051) sits in our distribution switch and the BW-SFP-BX20-D
(BW2403K00052) at the remote cabinet, 14 km apart. The link flaps every few
minutes, sometimes it stays up for an hour, then goes down again.

I don't have the PO to hand, our purchasing department placed it.

Thanks,
Aisha

--
Aisha Rahman | Senior Network Engineer
Cloudridge Hosting Ltd. | Unit 7, Dock Road, Belfast BT3 9DT
"""
    htm = html_doc("""<div dir="ltr">FYI - can service take this one? Aisha's team is waiting on us.<div><br></div><div>Priya</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Aisha Rahman</strong> <span dir="auto">&lt;<a href="mailto:aisha@cloudridge-example.com">aisha@cloudridge-example.com</a>&gt;</span><br>Date: Wed, 17 Apr 2024 at 10:02<br>Subject: Bidi optics not working in pairs<br>To: Priya Nair &lt;<a href="mailto:priya.nair@brightwave-example.com">priya.nair@brightwave-example.com</a>&gt;<br></div><br><br><div dir="ltr">Hi Priya,<div><br></div><div>The BX20 pair we bought last month keeps misbehaving. The BW-SFP-BX20-U (BW2403K00051) sits in our distribution switch and the BW-SFP-BX20-D (BW2403K00052) at the remote cabinet, 14 km apart. The link flaps every few minutes, sometimes it stays up for an hour, then goes down again.</div><div><br></div><div>I don't have the PO to hand, our purchasing department placed it.</div><div><br></div><div>Thanks,</div><div>Aisha</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Aisha Rahman | Senior Network Engineer<br>Cloudridge Hosting Ltd. | Unit 7, Dock Road, Belfast BT3 9DT</div></div></div></div>""")
    body = alt(text(plain, 'UTF-8', 'qp'), text(htm, 'UTF-8', 'qp', sub='html'), 'gmail')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Priya Nair', 'priya.nair@brightwave-example.com')),
        ('Date', 'Wed, 17 Apr 2024 11:48:02 +0100'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Fwd: Bidi optics not working in pairs'),
        ('To', addr('Service', BW)),
    ], body)
    return msg, L('forwarded', 'aisha@cloudridge-example.com', 'priya.nair@brightwave-example.com',
                  serials=['BW2403K00051', 'BW2403K00052'], models=['BW-SFP-BX20-U', 'BW-SFP-BX20-D'],
                  cat='intermittent', kw=['link flaps every few minutes'])


@fixture('brightwave')
def bw_zh_gbk_not_recognised():
    body = text("""您好！

我司上月采购的 BW-SFP10G-ER 光模块共 8 只，插到华为 S6730 交换机上以后，有 2 只一直提示无法识别，
端口状态 down。换到别的端口、别的交换机也一样，其他 6 只正常。

序列号：BW2312B01093、BW2312B01094
订单号：PO20240108-03

请问如何办理退换？需要我们先寄回吗？

王磊
深圳讯捷通信技术有限公司  网络部
电话：0755-8601 2345  手机：138 2871 0456
地址：深圳市南山区科技园南区高新南七道 18 号
""", 'gbk', 'b64', label='GBK')
    msg = envelope([
        ('Date', 'Fri, 12 Jan 2024 09:31:17 +0800'),
        ('From', addr('王磊', 'wanglei@xunjie-tech.example', cs='gbk', label='GBK')),
        ('To', ew('光模块售后', 'gbk', label='GBK') + ' <%s>' % BW),
        ('Subject', ew('退货申请 - 光模块 BW-SFP10G-ER 无法识别', 'gbk', label='GBK')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Foxmail 7.2.25.228[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', mid('foxmail', 'xunjie-tech.example')),
    ], body)
    return msg, L('new_request', 'wanglei@xunjie-tech.example', orders=['PO20240108-03'],
                  serials=['BW2312B01093', 'BW2312B01094'], models=['BW-SFP10G-ER'],
                  cat='no_link', kw=['无法识别', '端口状态 down'], lang='zh')


@fixture('brightwave')
def bw_webform_xfp_hot():
    body = text("""A new service request was submitted on www.brightwave-example.com/support/rma

Name: Liam Walsh
Company: Helios Grid Ltd
Email: liam.walsh@heliosgrid-example.com
Phone: +44 161 555 0142
Country: United Kingdom
Product: BW-XFP-ZR
Serial number: BW2206D00077
Order number:
Message:
Module runs very hot (case temperature reads 78 C in DOM) and the link drops after about 20 minutes. Reseating it fixes it for a while. Host is an older Extreme X670 with XFP ports, other XFPs in the same chassis are fine.

--
Submitted 2024-05-02 07:44:19 UTC from 81.2.69.160
""", 'utf-8', '7bit')
    msg = envelope([
        ('Return-Path', '<noreply@brightwave-example.com>'),
        ('Date', 'Thu, 02 May 2024 07:44:20 +0000'),
        ('From', addr('Brightwave Website', 'noreply@brightwave-example.com')),
        ('Reply-To', addr('Liam Walsh', 'liam.walsh@heliosgrid-example.com')),
        ('To', BW),
        ('Subject', 'New RMA request from website: BW-XFP-ZR'),
        ('Message-ID', mid('php', 'brightwave-example.com')),
        ('X-Mailer', 'PHPMailer 6.8.1'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'liam.walsh@heliosgrid-example.com', serials=['BW2206D00077'],
                  models=['BW-XFP-ZR'], cat='intermittent',
                  kw=['link drops after about 20 minutes', 'runs very hot'])


@fixture('brightwave')
def bw_crushed_dac_photos():
    plain = """Hola / Hello,

Your DHL shipment 4829103756 arrived this morning and the box was crushed on one
corner. Two of the BW-DAC-10G-3M cables have bent connectors (see photos), the
latch on one of them is snapped off. We can't use them.

Pedido / order: PA-24-1190
N\u00famero de serie: there is no serial label on the cables, only a date code.

Please advise, should we return the two damaged ones or all ten?

Saludos,
Mar\u00eda Gonz\u00e1lez
Compras / Purchasing - Redes Andinas S.A.S.
Calle 93 #11-27, Bogot\u00e1 | +57 601 555 3380
"""
    body = mixed([
        text(plain, 'iso-8859-1', 'qp'),
        attachment('image/jpeg', 'IMG_20240520_091233.jpg', jpeg('a')),
        attachment('image/jpeg', 'IMG_20240520_091301.jpg', jpeg('b')),
    ], 'apple')
    msg = envelope([
        ('From', addr('Mar\u00eda Gonz\u00e1lez', 'mgonzalez@redesandinas.example', cs='iso-8859-1', enc='Q')),
        ('Subject', ew('Damaged cables on arrival / cables da\u00f1ados', 'iso-8859-1', 'Q')),
        ('Date', 'Mon, 20 May 2024 09:40:12 -0500'),
        ('To', BW),
        ('Message-Id', mid('apple', 'redesandinas.example')),
        ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))'),
    ], body)
    return msg, L('new_request', 'mgonzalez@redesandinas.example', orders=['PA-24-1190'],
                  models=['BW-DAC-10G-3M'], tracking=['4829103756'], cat='physical_damage',
                  kw=['box was crushed', 'bent connectors'])


@fixture('brightwave')
def bw_followup_toppost_ups():
    body = text("""Hi,

modules are on their way back to you, UPS 1Z8V94E20496617703.

Daniel

From: Brightwave Service <service@brightwave-example.com>
Sent: Thursday, March 7, 2024 11:02
To: Daniel Okafor <d.okafor@nordlink-example.com>
Subject: RMA-2024-00412 RMA request - 2x SFP

Dear Mr Okafor,

we have opened RMA-2024-00412 for the following units:

  BW2403K01172   BW-SFP10G-LR
  BW2403K01185   BW-SFP10G-LR

Please return them to: Brightwave Photonics Ltd, RMA Dept., Unit 4,
Cambridge Science Park, Cambridge CB4 0FY, United Kingdom, and write the RMA
number on the outside of the parcel.

Kind regards
Ellie Turner
Brightwave Photonics - Customer Service
""", 'us-ascii', '7bit')
    msg = envelope([
        ('Date', 'Fri, 08 Mar 2024 15:55:02 +0100'),
        ('From', addr('Daniel Okafor', 'd.okafor@nordlink-example.com')),
        ('To', addr('Brightwave Service', BW)),
        ('Subject', 'RE: RMA-2024-00412 RMA request - 2x SFP'),
        ('In-Reply-To', mid('generic', 'brightwave-example.com', 'orig')),
        ('References', mid('tb', 'nordlink-example.com', 'first') + ' ' + mid('generic', 'brightwave-example.com', 'orig')),
        ('Message-ID', mid('exchange', 'nordlink-example.com')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'd.okafor@nordlink-example.com', tracking=['1Z8V94E20496617703'],
                  rma='RMA-2024-00412')


@fixture('brightwave')
def bw_followup_bottom_posted():
    body = text("""On 06/03/2024 16:21, Brightwave Service wrote:
> Dear Sophie,
>
> thank you for the detailed report. RMA-2024-00437 has been created for
> bw2311a00417 and bw2311a00422. Before we ship advance replacements, could you
> please check whether the low power stays with the module when you swap the two
> optics between the ends of the link?
>
> Best regards
> Priya Nair
> Brightwave Photonics

Hi Priya,

we swapped them this morning, and yes, the low power follows the module in
both directions. So it is the optics, not the fibre.

Unfortunately a third one, bw2311a00430, started showing the same pattern on
lane 3 since yesterday evening. Could you add it to the same RMA?

Regards
Sophie
""", 'utf-8', '8bit', params='; format=flowed')
    msg = envelope([
        ('Message-ID', mid('tb', 'fjordnet-example.com')),
        ('Date', 'Thu, 07 Mar 2024 09:12:55 +0100'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0'),
        ('Subject', 'Re: [RMA-2024-00437] QSFP28 LR4 low RX power'),
        ('To', addr('Brightwave Service', BW)),
        ('References', mid('generic', 'brightwave-example.com', 'q')),
        ('In-Reply-To', mid('generic', 'brightwave-example.com', 'q')),
        ('From', addr('Sophie Lindqvist', 'sophie.lindqvist@fjordnet-example.com')),
    ], body)
    return msg, L('follow_up', 'sophie.lindqvist@fjordnet-example.com', serials=['bw2311a00430'],
                  rma='RMA-2024-00437', cat='optical_performance',
                  kw=['low power follows the module'])


@fixture('brightwave')
def bw_where_is_replacement():
    body = text("""Dear Brightwave team,

Regarding RMA-2024-00388: we sent the two units back on 26 March by FedEx
(tracking 773940125583), and your system shows they were received on 2 April.
Since then we have heard nothing. Where is the replacement? Our customer is asking
every day. Our order reference was PO-SKT-24-0312.

Please let me know the shipping date.

Best regards,
Kaito Mori
Sankei Tsushin Co., Ltd.
TEL 03-5442-7781
""", 'iso-2022-jp', '7bit')
    msg = envelope([
        ('From', addr('Kaito Mori', 'mori@sankei-tsushin.example')),
        ('To', BW),
        ('Subject', 'Where is replacement? RMA-2024-00388'),
        ('Date', 'Tue, 23 Apr 2024 17:22:08 +0900'),
        ('Message-ID', mid('generic', 'sankei-tsushin.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'mori@sankei-tsushin.example', orders=['PO-SKT-24-0312'],
                  tracking=['773940125583'], rma='RMA-2024-00388')


@fixture('brightwave')
def bw_ooo_sophie():
    body = text("""Thank you for your email. I am out of the office until Monday 29 April with
limited access to email.

For urgent network matters please contact our NOC at noc@fjordnet-example.com or
+47 22 41 88 00 (24/7).

Sophie Lindqvist
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Sophie Lindqvist', 'sophie.lindqvist@fjordnet-example.com')),
        ('To', addr('Brightwave Service', BW)),
        ('Subject', 'Automatic reply: RMA-2024-00437 received \u2013 QSFP28 LR4 low RX power'),
        ('Thread-Topic', 'RMA-2024-00437 received \u2013 QSFP28 LR4 low RX power'),
        ('Date', 'Mon, 22 Apr 2024 08:00:31 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Inbox-Rules-Loop', 'sophie.lindqvist@fjordnet-example.com'),
        ('MIME-Version', '1.0'),
    ], body)
    msg.replace_header('Subject', ew('Automatic reply: RMA-2024-00437 received \u2013 QSFP28 LR4 low RX power', 'utf-8', 'Q'))
    msg.replace_header('Thread-Topic', ew('RMA-2024-00437 received \u2013 QSFP28 LR4 low RX power', 'utf-8', 'Q'))
    return msg, L('auto_reply', 'sophie.lindqvist@fjordnet-example.com', rma='RMA-2024-00437')


@fixture('brightwave')
def bw_ticket_ack_cloudridge():
    h = html_doc("""<table width="600" style="font-family:Segoe UI,Arial;font-size:13px">
<tr><td style="background:#0b3d5c;color:#fff;padding:10px"><b>Cloudridge IT Service Desk</b></td></tr>
<tr><td style="padding:10px">
<p>Hello,</p>
<p>Thank you for contacting Cloudridge IT. Your e-mail has been logged as
<b>Request #88213</b> and assigned to the <i>Network Operations</i> queue.</p>
<p><b>Subject:</b> RE: RMA-2024-00451 approved - BX20 pair<br>
<b>Priority:</b> 3 - Normal<br>
<b>Expected first response:</b> within 8 business hours</p>
<p>Please keep [Request #88213] in the subject line of any reply.</p>
<p style="color:#888">This is an automated message. Please do not reply directly to this e-mail.</p>
</td></tr></table>""")
    body = text(h, 'utf-8', 'qp', sub='html')
    msg = envelope([
        ('From', addr('Cloudridge Service Desk', 'servicedesk@cloudridge-example.com')),
        ('To', BW),
        ('Subject', '[Request #88213] RE: RMA-2024-00451 approved - BX20 pair'),
        ('Date', 'Thu, 18 Apr 2024 09:14:40 +0100'),
        ('Message-ID', mid('generic', 'sd.cloudridge-example.com')),
        ('Auto-Submitted', 'auto-generated'),
        ('Precedence', 'bulk'),
        ('X-Mailer', 'ServiceDesk Plus'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'servicedesk@cloudridge-example.com', rma='RMA-2024-00451')


@fixture('brightwave')
def bw_bounce_postfix():
    returned = envelope([
        ('Date', 'Tue, 14 May 2024 10:02:11 +0100'),
        ('From', addr('Brightwave Service', BW)),
        ('To', 'j.kowalski@polnet-example.com'),
        ('Subject', 'RMA-2024-00502 - return instructions for BW-SFP28-SR'),
        ('Message-ID', mid('generic', 'brightwave-example.com', 'ret')),
        ('MIME-Version', '1.0'),
    ], text("""Dear Mr Kowalski,

RMA-2024-00502 has been opened for BW-SFP28-SR, serial BW2404A00788.
Please return the unit together with a copy of this mail.

Brightwave Photonics - Customer Service
""", 'us-ascii', '7bit'))
    report = multipart('report', [
        text("""This is the mail system at host mx1.brightwave-example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.kowalski@polnet-example.com>: host mx.polnet-example.com[192.0.2.45] said:
    550 5.1.1 <j.kowalski@polnet-example.com>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", 'us-ascii', '7bit', quote_cs=False, params='', disp='inline'),
        delivery_status([
            [('Reporting-MTA', 'dns; mx1.brightwave-example.com'),
             ('X-Postfix-Queue-ID', '4VfK2p1qZbz9sWp'),
             ('X-Postfix-Sender', 'rfc822; service@brightwave-example.com'),
             ('Arrival-Date', 'Tue, 14 May 2024 11:02:11 +0200 (CEST)')],
            [('Final-Recipient', 'rfc822; j.kowalski@polnet-example.com'),
             ('Original-Recipient', 'rfc822;j.kowalski@polnet-example.com'),
             ('Action', 'failed'),
             ('Status', '5.1.1'),
             ('Remote-MTA', 'dns; mx.polnet-example.com'),
             ('Diagnostic-Code', 'smtp; 550 5.1.1 <j.kowalski@polnet-example.com>: Recipient address rejected: User unknown in virtual mailbox table')],
        ]),
        rfc822(returned, disp=None, desc='Undelivered Message'),
    ], '4VfK2p1qZbz9sWp.1715677333/mx1.brightwave-example.com',
        preamble='This is a MIME-encapsulated message.\n', params=' report-type=delivery-status;')
    msg = envelope([
        ('Date', 'Tue, 14 May 2024 11:02:13 +0200 (CEST)'),
        ('From', 'MAILER-DAEMON@mx1.brightwave-example.com (Mail Delivery System)'),
        ('Subject', 'Undelivered Mail Returned to Sender'),
        ('To', BW),
        ('Auto-Submitted', 'auto-replied'),
        ('MIME-Version', '1.0'),
        ('Message-Id', '<20240514090213.2B1C39F9B6@mx1.brightwave-example.com>'),
    ], report)
    return msg, L('bounce')


@fixture('brightwave')
def bw_newsletter_fair():
    h = html_doc("""<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial">
<tr><td><img src="https://photonics-fair.example/img/header-2025.png" alt="Photonics Connect 2025" width="640"></td></tr>
<tr><td style="padding:20px">
<h2>Exhibitor registration for Photonics Connect 2025 is open</h2>
<p>Dear exhibitor,</p>
<p>Booth allocation for next year's show (Hall 3 and Hall 4, 11&ndash;13 March 2025) starts on
1 July. Early-bird rates of EUR 420/m&sup2; apply until 31 August. Returning exhibitors keep
priority on their 2024 location.</p>
<p><a href="https://photonics-fair.example/exhibit">Reserve your space</a></p>
<p>New this year: a dedicated pavilion for co-packaged optics and 800G transceivers, and the
Start-up Alley with subsidised 9 m&sup2; booths.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:20px">You receive this newsletter because you exhibited at Photonics Connect.
<a href="https://photonics-fair.example/unsubscribe?u=bw-4471">Unsubscribe</a> |
Photonics Connect GmbH, Messeallee 1, 80331 M&uuml;nchen, HRB 204417</td></tr></table>""")
    body = alt(text("""Exhibitor registration for Photonics Connect 2025 is open

Booth allocation for next year's show (Hall 3 and Hall 4, 11-13 March 2025) starts on 1 July.
Early-bird rates of EUR 420/m2 apply until 31 August.

Reserve your space: https://photonics-fair.example/exhibit

Unsubscribe: https://photonics-fair.example/unsubscribe?u=bw-4471
""", 'utf-8', 'qp'), text(h, 'utf-8', 'qp', sub='html'), 'php')
    msg = envelope([
        ('From', addr('Photonics Connect', 'news@photonics-fair.example')),
        ('To', BW),
        ('Subject', 'Photonics Connect 2025: exhibitor registration now open'),
        ('Date', 'Tue, 11 Jun 2024 06:00:00 +0000'),
        ('Message-ID', mid('generic', 'mailer.photonics-fair.example')),
        ('List-Unsubscribe', '<https://photonics-fair.example/unsubscribe?u=bw-4471>, <mailto:unsubscribe@photonics-fair.example>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Precedence', 'bulk'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('brightwave')
def bw_payment_advice():
    body = mixed([
        text("""Dear Supplier,

Please be advised that the following payment has been released to your account.

Payment date:     2024-04-30
Payment ref.:     FJN-PAY-0041893
Amount:           GBP 18,640.00

Document          Your invoice      Our PO       Amount
--------------------------------------------------------
Invoice           BW-INV-24-0771    4410093      GBP 11,920.00
Invoice           BW-INV-24-0802    4410117      GBP  6,720.00

Beneficiary bank: GB33 BUKB 2020 1555 5555 55

This is a system generated advice. Queries: ap@fjordnet-example.com

Fjordnet AS - Accounts Payable
Org.nr. 912 345 678 MVA
""", 'us-ascii', '7bit'),
        attachment('application/pdf', 'PaymentAdvice_FJN-PAY-0041893.pdf', pdf('p', 'Payment advice')),
    ], 'sap')
    msg = envelope([
        ('From', addr('Fjordnet Accounts Payable', 'ap@fjordnet-example.com')),
        ('To', 'accounts@brightwave-example.com'),
        ('Cc', BW),
        ('Subject', 'Payment advice FJN-PAY-0041893'),
        ('Date', 'Tue, 30 Apr 2024 04:15:00 +0200'),
        ('Message-ID', mid('sap', 'fjordnet-example.com')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('brightwave')
def bw_mixed_ber_sr4():
    body = text("""Hi Brightwave,

我们在新的 100G spine-leaf 网络里用了 20 只 BW-QSFP28-SR4，其中两只 pre-FEC BER 很高，大概 2E-5，
其它的都在 1E-9 以下。We already cleaned the MPO connectors and replaced the OM4 trunk, no change.

Please advise how to return them.

序列号: BW2404A00610, BW2404A00611
Sales order: SO-24-01102

Thanks & regards,
Li Na 李娜
华星数据中心 运维部
+86 21 5089 7712
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Li Na', 'lina@hx-datacenter.example')),
        ('To', BW),
        ('Subject', ew('QSFP28-SR4 BER 过高 / high BER', 'utf-8', 'B')),
        ('Date', 'Thu, 23 May 2024 14:02:45 +0800'),
        ('Message-ID', mid('netease', 'hx-datacenter.example')),
        ('X-Mailer', 'Coremail Webmail Server Version 2023.2.1'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'lina@hx-datacenter.example', orders=['SO-24-01102'],
                  serials=['BW2404A00610', 'BW2404A00611'], models=['BW-QSFP28-SR4'],
                  cat='optical_performance', kw=['BER 很高'], lang='mixed')


@fixture('brightwave')
def bw_formlike_get_recognised():
    body = text("""Company: Vltava Net s.r.o.
Contact: Peter Novak
Phone: +420 224 555 318
Model: BW-SFP-GE-T
Serial No.: BW2310E04417
Quantity: 1
Invoice: BW-INV-23-1180
Fault: The module isn't recognised by the switch any more after we upgraded the
switch firmware to 9.3(12). It worked for 6 months before the upgrade. Other
copper SFPs (other brand) work in the same port.

--
Peter Novak
Vltava Net s.r.o., Na Pankr\u00e1ci 1683/127, 140 00 Praha 4
""", 'iso-8859-2', 'qp')
    msg = envelope([
        ('From', addr('Peter Novak', 'p.novak@vltava-net.example')),
        ('To', BW),
        ('Subject', 'RMA - BW-SFP-GE-T'),
        ('Date', 'Tue, 28 May 2024 10:19:03 +0200'),
        ('Message-ID', mid('generic', 'vltava-net.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'p.novak@vltava-net.example', serials=['BW2310E04417'],
                  models=['BW-SFP-GE-T'], cat='no_link',
                  kw=["isn't recognised by the switch"])


@fixture('brightwave')
def bw_fwd_owa_wrong_model_it():
    htm = html_doc("""<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
Hi service,<br>forwarding from Giulia, they got SR instead of LR. Please arrange pickup and exchange.<br><br>Marco
</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Giulia Ferri &lt;g.ferri@retelombarda.example&gt;<br>
<b>Sent:</b> Tuesday, June 4, 2024 9:47 AM<br>
<b>To:</b> Marco Bellini &lt;m.bellini@brightwave-example.com&gt;<br>
<b>Subject:</b> Ordine 24/0877 - articolo errato</font>
<div>&nbsp;</div></div>
<div>
<p>Buongiorno Marco,</p>
<p>oggi abbiamo ricevuto la merce dell'ordine n. 24/0877, ma nella scatola ci sono 20 moduli
BW-SFP10G-SR invece dei BW-SFP10G-LR ordinati. Le etichette sulla scatola riportano
correttamente LR, i moduli dentro sono SR (850 nm).</p>
<p>Ci servono gli LR entro fine mese per il cantiere di Bergamo. Come procediamo con il reso?</p>
<p>Cordiali saluti<br>Giulia Ferri<br>Ufficio Acquisti &ndash; Rete Lombarda S.p.A.<br>
Via Stezzano 87, 24126 Bergamo &ndash; Tel. +39 035 555 2210<br>P.IVA IT01234560167</p>
</div>""")
    plain = """Hi service,
forwarding from Giulia, they got SR instead of LR. Please arrange pickup and exchange.

Marco

________________________________
From: Giulia Ferri <g.ferri@retelombarda.example>
Sent: Tuesday, June 4, 2024 9:47 AM
To: Marco Bellini <m.bellini@brightwave-example.com>
Subject: Ordine 24/0877 - articolo errato

Buongiorno Marco,

oggi abbiamo ricevuto la merce dell'ordine n. 24/0877, ma nella scatola ci sono 20 moduli BW-SFP10G-SR invece dei BW-SFP10G-LR ordinati. Le etichette sulla scatola riportano correttamente LR, i moduli dentro sono SR (850 nm).

Ci servono gli LR entro fine mese per il cantiere di Bergamo. Come procediamo con il reso?

Cordiali saluti
Giulia Ferri
Ufficio Acquisti \u2013 Rete Lombarda S.p.A.
Via Stezzano 87, 24126 Bergamo \u2013 Tel. +39 035 555 2210
P.IVA IT01234560167
"""
    body = alt(text(plain, 'utf-8', 'qp'), text(htm, 'utf-8', 'qp', sub='html'), 'outlook')
    msg = envelope([
        ('From', addr('Marco Bellini', 'm.bellini@brightwave-example.com')),
        ('To', addr('Brightwave Service', BW)),
        ('Subject', 'Fw: Ordine 24/0877 - articolo errato'),
        ('Thread-Topic', 'Ordine 24/0877 - articolo errato'),
        ('Date', 'Tue, 04 Jun 2024 08:03:29 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'it-IT'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'g.ferri@retelombarda.example', 'm.bellini@brightwave-example.com',
                  orders=['24/0877'], models=['BW-SFP10G-SR', 'BW-SFP10G-LR'],
                  cat='wrong_or_missing_item', kw=['invece dei BW-SFP10G-LR ordinati'])


@fixture('brightwave')
def bw_return_wrong_ordered():
    body = text("""Hello,

we ordered 6x BW-SFP28-LR on PO 2024-0456 but our design actually needs the short
reach version. The boxes are still sealed. Is it possible to return them and get
BW-SFP28-SR instead? Happy to pay a restocking fee if needed.

Thanks
Ben Carter
Procurement, Quantum Rack Systems
Tel 0118 496 0321
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Ben Carter', 'ben.carter@quantumrack-example.com')),
        ('To', BW),
        ('Subject', 'Return / exchange of unopened SFP28 modules'),
        ('Date', 'Wed, 19 Jun 2024 13:30:00 +0100'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'ben.carter@quantumrack-example.com', orders=['2024-0456'],
                  models=['BW-SFP28-LR', 'BW-SFP28-SR'])


@fixture('brightwave')
def bw_followup_interleaved_dom():
    body = mixed([text("""Hi Ellie, answers below.

On Thu, 18 Apr 2024 at 09:10, Brightwave Service <service@brightwave-example.com> wrote:
> Dear Aisha,
>
> RMA-2024-00451 has been approved. To help our lab, could you answer a few
> questions?
>
> 1. Which switch model and software release is the BX20-U installed in?

Juniper EX4300-48T, Junos 21.4R3-S5. The remote end is an EX2300-C.

> 2. Could you send DOM readings from both ends while the link is down?

Attached (dom_both_ends.txt). TX bias looks normal on both, but RX on the D side
drops to -40 dBm when the link flaps, then comes back at -9 dBm.

> 3. Has the fibre been tested recently?

OTDR in March, 5.8 dB end to end, no events.

> Kind regards
> Ellie Turner

Aisha
""", 'utf-8', 'qp'), textfile('dom_both_ends.txt', """# show interfaces diagnostics optics ge-0/0/47
Laser bias current                        :  22.410 mA
Laser output power                        :  0.3980 mW / -4.00 dBm
Module temperature                        :  41 degrees C
Receiver signal average optical power     :  0.0001 mW / -40.00 dBm
# module serial BW2403K00051, peer BW2403K00052
""")], 'gmail')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Aisha Rahman', 'aisha@cloudridge-example.com')),
        ('Date', 'Fri, 19 Apr 2024 16:41:20 +0100'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Re: RMA-2024-00451 Bidi optics not working in pairs'),
        ('To', addr('Brightwave Service', BW)),
        ('In-Reply-To', mid('generic', 'brightwave-example.com', 'q')),
    ], body)
    return msg, L('follow_up', 'aisha@cloudridge-example.com', rma='RMA-2024-00451',
                  cat='intermittent', kw=['drops to -40 dBm when the link flaps'])


@fixture('brightwave')
def bw_zh_gb2312_broken_case():
    body = text("""您好，

今天收到贵司发来的货（顺丰单号 SF1402983567712），拆开发现有一只 BW-SFP-BX20-D 外壳破损，
拉环也断了，拉不出来。模块上的序列号标签也被刮花了，看不清。照片见附件。

采购订单：CG-240402-17

请尽快安排补发或者更换，谢谢！

赵敏
成都天网宽带 采购部
028-8555 0173
""", 'gb2312', 'b64', label='gb2312')
    body = mixed([body, attachment('image/jpeg', '破损照片.jpg', jpeg('x'), name_cs='gb2312')], 'netease')
    msg = envelope([
        ('Date', 'Tue, 09 Apr 2024 16:20:09 +0800 (CST)'),
        ('From', addr('赵敏', 'zhaomin@tianwang-bb.example', cs='gb2312')),
        ('To', BW),
        ('Subject', ew('货物破损 BW-SFP-BX20-D', 'gb2312')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)'),
        ('MIME-Version', '1.0'),
        ('Message-ID', mid('netease', 'tianwang-bb.example')),
    ], body)
    return msg, L('new_request', 'zhaomin@tianwang-bb.example', orders=['CG-240402-17'],
                  models=['BW-SFP-BX20-D'], tracking=['SF1402983567712'],
                  cat='physical_damage', kw=['外壳破损', '拉环也断了'], lang='zh')


@fixture('brightwave')
def bw_spam_seo():
    h = html_doc("""<p>Hi there,</p>
<p>I was checking <b>brightwave-example.com</b> and noticed it is not ranking on page 1 for
&quot;optical transceiver supplier&quot;. Our team can get you there in 90 days &ndash; guaranteed.</p>
<ul><li>White-hat backlinks (DA 50+)</li><li>Technical SEO audit FREE</li><li>Pay only after results</li></ul>
<p>Shall I send you a quote? Just reply &quot;YES&quot;.</p>
<p>Regards,<br>Kevin | Growth Consultant</p>
<p style="font-size:9px">If you don't want to hear from me again, reply STOP.</p>""")
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('Kevin Hart', 'kevin@rankboost-seo.example')),
        ('To', BW),
        ('Subject', 'Quick question about brightwave-example.com'),
        ('Date', 'Sat, 25 May 2024 03:14:59 +0530'),
        ('Message-ID', mid('generic', 'rankboost-seo.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('brightwave')
def bw_german_outlook_hot_er():
    plain = """Sehr geehrte Damen und Herren,

wir haben ein Problem mit einem BW-SFP10G-ER Modul in unserer Richtfunk-Anbindung:
das Modul wird sehr hei\u00df und f\u00e4llt nach ca. 10 Minuten aus, danach kommt der Link
erst nach Ziehen und Stecken wieder. Ein zweites Modul im selben Port l\u00e4uft stabil.

Seriennummer: BW2309H00218
Bestellnummer: 4500087312
Ihre Auftragsbest\u00e4tigung: SO-23-02214

Bitte teilen Sie uns mit, wie wir das Modul einsenden sollen.

Mit freundlichen Gr\u00fc\u00dfen

Stefan Brandt
Netzbetrieb
Stadtwerke Lindau (B) GmbH & Co. KG
Auenstra\u00dfe 42, 88131 Lindau
Tel.: +49 8382 555-417
USt-IdNr.: DE812345678
"""
    htm = html_doc("""<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">wir haben ein Problem mit einem BW-SFP10G-ER Modul in unserer Richtfunk-Anbindung:
das Modul wird sehr hei&szlig; und f&auml;llt nach ca. 10 Minuten aus, danach kommt der Link
erst nach Ziehen und Stecken wieder. Ein zweites Modul im selben Port l&auml;uft stabil.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Seriennummer: BW2309H00218<br>Bestellnummer: 4500087312<br>Ihre Auftragsbest&auml;tigung: SO-23-02214<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bitte teilen Sie uns mit, wie wir das Modul einsenden sollen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Stefan Brandt</b><br>Netzbetrieb<br>Stadtwerke Lindau (B) GmbH &amp; Co. KG<br>Auenstra&szlig;e 42, 88131 Lindau<br>Tel.: +49 8382 555-417<br>USt-IdNr.: DE812345678<o:p></o:p></p>
</div>""", lang='DE', cs='iso-8859-1')
    body = alt(text(plain, 'iso-8859-1', 'qp'), text(htm, 'iso-8859-1', 'qp', sub='html'), 'outlook')
    msg = envelope([
        ('From', addr('Brandt, Stefan', 's.brandt@stadtwerke-lindau.example')),
        ('To', addr('service@brightwave-example.com', BW, quote=True)),
        ('Subject', 'Reklamation SFP+ ER Modul'),
        ('Thread-Topic', 'Reklamation SFP+ ER Modul'),
        ('Thread-Index', 'AdqkF' + _h('ti', 18)),
        ('Date', 'Mon, 10 Jun 2024 11:27:48 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Accept-Language', 'de-DE, en-US'),
        ('Content-Language', 'de-DE'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 's.brandt@stadtwerke-lindau.example',
                  orders=['4500087312', 'SO-23-02214'], serials=['BW2309H00218'],
                  models=['BW-SFP10G-ER'], cat='intermittent',
                  kw=['f\u00e4llt nach ca. 10 Minuten aus', 'wird sehr hei\u00df'])


# ---------------------------------------------------------------------------
# 2. Lumasplit Fasertechnik GmbH -- PLC/FBT fibre splitters, patch panels (Germany)
#    serials: three blocks line-yyww-seq (AX7-2231-0045); order confirmations AB-yynnnn
# ---------------------------------------------------------------------------
company('lumasplit',
        name='Lumasplit Fasertechnik GmbH',
        service_address='service@lumasplit.example',
        staff_domains=['lumasplit.example'],
        noreply_addresses=['noreply@lumasplit.example', 'kontaktformular@lumasplit.example'],
        catalog=['SPL 1x2', 'SPL 1x4', 'SPL 1x8', 'SPL 1x16 LGX', 'SPL 1x32 LGX', 'SPL 2x32 Rack',
                 'FBT 1x2 50/50', 'FBT 1x2 90/10', 'PP-24 LC Duplex', 'PP-48 SC', 'MSB 12',
                 'ODF-96 Rack'])
LS = 'service@lumasplit.example'


@fixture('lumasplit')
def ls_range_high_loss_de():
    body = text("""Guten Tag,

bei drei Splittern SPL 1x8 aus der letzten Lieferung messen wir an Ausgang 5 eine
Einf\u00fcged\u00e4mpfung von 13,9 dB (Datenblatt: max. 10,5 dB bei 1310 nm). Die anderen
Ausg\u00e4nge liegen alle bei 10,1 bis 10,3 dB. Gemessen mit Lichtquelle und Powermeter
(EXFO), Referenz vorher gesetzt.

Betroffene Seriennummern: AX7-2231-0045/0046/0049
Bestellnummer: PO/24/1187-B

K\u00f6nnen Sie uns bitte eine RMA-Nummer geben? Die Splitter sind f\u00fcr das
Ausbaugebiet Fulda-West eingeplant.

Mit freundlichen Gr\u00fc\u00dfen
i.A. Sabine Roth
Technische Planung

Stadtnetz Fulda GmbH
Heinrichstra\u00dfe 8 | 36037 Fulda
Telefon 0661 555-2214 | Fax 0661 555-2299
Amtsgericht Fulda HRB 5521 | USt-IdNr. DE298765432
""", 'iso-8859-15', 'qp')
    msg = envelope([
        ('From', addr('Roth, Sabine', 's.roth@stadtnetz-fulda.example')),
        ('To', addr('Lumasplit Service', LS)),
        ('Subject', ew('Reklamation SPL 1x8 - zu hohe D\u00e4mpfung Ausgang 5', 'iso-8859-15', 'Q')),
        ('Date', 'Wed, 17 Apr 2024 10:48:12 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Content-Language', 'de'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 's.roth@stadtnetz-fulda.example', orders=['PO/24/1187-B'],
                  serials=['AX7-2231-0045', 'AX7-2231-0046', 'AX7-2231-0049'],
                  expanded=['AX7-2231-0045', 'AX7-2231-0046', 'AX7-2231-0049'],
                  models=['SPL 1x8'], cat='optical_performance',
                  kw=['Einf\u00fcged\u00e4mpfung von 13,9 dB'])


@fixture('lumasplit')
def ls_html_cracked_lgx_nl():
    h = html_doc("""<p style="font-family:Arial;font-size:13px">Hello Lumasplit service,</p>
<p style="font-family:Arial;font-size:13px">Two of the SPL 1x32 LGX cassettes delivered last week arrived with a
<b>cracked housing</b>. On one of them two SC/APC adapters broke off the front plate when the
installer tried to connect. Photos below.</p>
<table style="font-family:Arial;font-size:13px;border:1px solid #999" cellspacing="0" cellpadding="5">
<tr><td style="border:1px solid #999"><b>Item</b></td><td style="border:1px solid #999"><b>Serial</b></td><td style="border:1px solid #999"><b>Damage</b></td></tr>
<tr><td style="border:1px solid #999">SPL 1x32 LGX</td><td style="border:1px solid #999">BX3-2307-1182</td><td style="border:1px solid #999">housing cracked at the top corner</td></tr>
<tr><td style="border:1px solid #999">SPL 1x32 LGX</td><td style="border:1px solid #999">BX3-2307-1190</td><td style="border:1px solid #999">cracked, 2 adapters broken off</td></tr>
</table>
<p style="font-family:Arial;font-size:13px">Purchase order: PO 24-NL-0091 (your invoice 24/INV/5521).</p>
<p><img src="cid:image001.jpg@01DA8F3C.5B2E9A10" width="320"><br><img src="cid:image002.jpg@01DA8F3C.5B2E9A10" width="320"></p>
<p style="font-family:Arial;font-size:13px">Met vriendelijke groet,<br>Pieter de Vries<br>Glasnet Noord B.V. | Zernikepark 12, 9747 AN Groningen | +31 50 555 8120</p>""")
    body = related(text(h, 'utf-8', 'qp', sub='html'), [
        attachment('image/jpeg', 'image001.jpg', jpeg('1'), inline=True, cid='image001.jpg@01DA8F3C.5B2E9A10'),
        attachment('image/jpeg', 'image002.jpg', jpeg('2'), inline=True, cid='image002.jpg@01DA8F3C.5B2E9A10'),
    ], 'outlook')
    msg = envelope([
        ('From', addr('Pieter de Vries', 'p.devries@glasnet-nl.example')),
        ('To', LS),
        ('Subject', 'Damaged LGX splitter cassettes - PO 24-NL-0091'),
        ('Date', 'Thu, 25 Apr 2024 15:10:33 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'p.devries@glasnet-nl.example', orders=['PO 24-NL-0091'],
                  serials=['BX3-2307-1182', 'BX3-2307-1190'], models=['SPL 1x32 LGX'],
                  cat='physical_damage', kw=['cracked housing', 'adapters broke off'])


@fixture('lumasplit')
def ls_fwd_outlook_de_short_delivery():
    body = text("""Hallo Service,

bitte um Kl\u00e4rung mit Lager und Versand \u2013 Herr Kramer hat nur 30 statt 40 St\u00fcck
bekommen. Unsere AB-240577, die Bestellung des Kunden steht unten.

Gru\u00df
Jonas

Jonas Weber
Vertrieb Nord
Lumasplit Fasertechnik GmbH | Tel. +49 40 555 7120 | Mobil +49 171 555 0388

-----Urspr\u00fcngliche Nachricht-----
Von: Uwe Kramer <u.kramer@glasfaser-nord.example>
Gesendet: Dienstag, 7. Mai 2024 08:41
An: Weber, Jonas <j.weber@lumasplit.example>
Betreff: Lieferung unvollst\u00e4ndig - Bestell-Nr. 4711-0092

Moin Herr Weber,

heute ist die Lieferung zu unserer Bestell-Nr. 4711-0092 angekommen. Bestellt
waren 40 St\u00fcck SPL 1x4, im Karton waren aber nur 30 St\u00fcck. Laut Lieferschein
sollen es 40 sein. Au\u00dferdem fehlen die Montagewinkel.

Bitte liefern Sie die fehlenden 10 St\u00fcck schnellstm\u00f6glich nach.

Mit freundlichen Gr\u00fc\u00dfen
Uwe Kramer
Glasfaser Nord GmbH & Co. KG \u2013 Materialwirtschaft
Am Hafen 3, 25813 Husum \u2013 Tel. 04841 555 901
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Weber, Jonas', 'j.weber@lumasplit.example')),
        ('To', addr('Lumasplit Service', LS)),
        ('Subject', ew('WG: Lieferung unvollst\u00e4ndig - Bestell-Nr. 4711-0092', 'utf-8', 'Q')),
        ('Thread-Topic', ew('Lieferung unvollst\u00e4ndig - Bestell-Nr. 4711-0092', 'utf-8', 'Q')),
        ('Thread-Index', 'AdqgE' + _h('ti', 18)),
        ('Date', 'Tue, 07 May 2024 09:02:50 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'de-DE'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'u.kramer@glasfaser-nord.example', 'j.weber@lumasplit.example',
                  orders=['AB-240577', '4711-0092'], models=['SPL 1x4'],
                  cat='wrong_or_missing_item', kw=['nur 30 St\u00fcck', 'fehlen die Montagewinkel'])


@fixture('lumasplit')
def ls_webform_fbt_ratio_de():
    body = text("""Neue Anfrage \u00fcber das Kontaktformular (Service / Reklamation)
-----------------------------------------------------------------
Anrede:         Herr
Name:           Florian Gei\u00dfler
Firma:          Elektro Gei\u00dfler e.K.
E-Mail:         info@elektro-geissler.example
Telefon:        09131 555 630
PLZ / Ort:      91052 Erlangen
Produkt:        FBT 1x2 90/10
Seriennummer:   CX1-2319-0311
Bestellnummer:  -
Nachricht:
Der Koppler soll 90/10 teilen, wir messen aber ziemlich genau 80/20 (Ausgang 1:
-1,2 dB, Ausgang 2: -7,3 dB bei 1550 nm). Zweites Exemplar aus anderem Los ist in
Ordnung. Bitte um R\u00fcckruf oder Mail.
-----------------------------------------------------------------
Datenschutzerkl\u00e4rung akzeptiert: ja
Gesendet am 21.05.2024 um 19:12 Uhr
""", 'utf-8', 'b64')
    msg = envelope([
        ('Return-Path', '<kontaktformular@lumasplit.example>'),
        ('From', addr('Lumasplit Kontaktformular', 'kontaktformular@lumasplit.example')),
        ('Reply-To', 'info@elektro-geissler.example'),
        ('To', LS),
        ('Subject', 'Kontaktformular: Service / Reklamation'),
        ('Date', 'Tue, 21 May 2024 19:12:07 +0200'),
        ('Message-ID', mid('generic', 'www.lumasplit.example')),
        ('X-Mailer', 'TYPO3 Form Framework'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'info@elektro-geissler.example', serials=['CX1-2319-0311'],
                  models=['FBT 1x2 90/10'], cat='optical_performance',
                  kw=['wir messen aber ziemlich genau 80/20'])


@fixture('lumasplit')
def ls_terse_lowercase():
    body = alt(text("""ax7-2240-0102 spl 1x4 - port 3 dead, no light at all. others ok.
how do i send it back?

sent from my phone, excuse typos
mark
""", 'UTF-8', '7bit'), text("""<div dir="auto">ax7-2240-0102 spl 1x4 - port 3 dead, no light at all. others ok.<div dir="auto">how do i send it back?</div><div dir="auto"><br></div><div dir="auto">sent from my phone, excuse typos</div><div dir="auto">mark</div></div>
""", 'UTF-8', '7bit', sub='html'), 'gmail')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Mark Ellison', 'mark.ellison.fibre@gmail.example')),
        ('Date', 'Sat, 01 Jun 2024 07:55:40 +0100'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'splitter faulty'),
        ('To', LS),
    ], body)
    return msg, L('new_request', 'mark.ellison.fibre@gmail.example', serials=['ax7-2240-0102'],
                  models=['spl 1x4'], cat='no_link', kw=['no light at all', 'port 3 dead'])


@fixture('lumasplit')
def ls_followup_dhl_de():
    body = text("""Hallo Frau Hoffmann,

die beiden Splitter sind heute mit DHL Express raus, Sendungsnummer 7312045566.
Die RMA-Nummer steht au\u00dfen auf dem Karton.

Gru\u00df aus Fulda
Sabine Roth

Von: Lumasplit Service <service@lumasplit.example>
Gesendet: Freitag, 19. April 2024 13:20
An: Roth, Sabine <s.roth@stadtnetz-fulda.example>
Betreff: RMA-2024-00217 Reklamation SPL 1x8

Sehr geehrte Frau Roth,

f\u00fcr die Splitter AX7-2231-0045, AX7-2231-0046 und AX7-2231-0049 haben wir die
RMA-2024-00217 angelegt. Bitte senden Sie die Ger\u00e4te an:

Lumasplit Fasertechnik GmbH, Service / RMA
Werner-Otto-Stra\u00dfe 14, 22179 Hamburg

Mit freundlichen Gr\u00fc\u00dfen
Lena Hoffmann
Service
""", 'iso-8859-15', 'qp')
    msg = envelope([
        ('From', addr('Roth, Sabine', 's.roth@stadtnetz-fulda.example')),
        ('To', addr('Lumasplit Service', LS)),
        ('Subject', 'AW: RMA-2024-00217 Reklamation SPL 1x8'),
        ('Thread-Topic', 'RMA-2024-00217 Reklamation SPL 1x8'),
        ('Date', 'Mon, 22 Apr 2024 14:05:19 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('In-Reply-To', mid('generic', 'lumasplit.example', 'q')),
        ('Content-Language', 'de'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 's.roth@stadtnetz-fulda.example', models=['SPL 1x8'], tracking=['7312045566'],
                  rma='RMA-2024-00217')


@fixture('lumasplit')
def ls_followup_oneliner_long_quote():
    body = text("""Approved by our manager, please go ahead with the replacement.

-- 
Pieter

On 26-04-2024 09:31, Lumasplit Service wrote:
> Dear Mr de Vries,
>
> thank you for the photos. We have opened RMA-2024-00231 for
>
>   SPL 1x32 LGX   BX3-2307-1182
>   SPL 1x32 LGX   BX3-2307-1190
>
> As the damage happened in transport, we will file the claim with the
> forwarder (UPS 1Z4W38A76812044918). We can ship replacements immediately
> against a new order at no charge if you confirm that the damaged cassettes
> will be returned within 14 days. Alternatively we can wait for the
> returned units and replace after inspection.
>
> Please let us know which option you prefer.
>
> Mit freundlichen Gr\u00fc\u00dfen / Kind regards
>
> Lena Hoffmann
> Service
> Lumasplit Fasertechnik GmbH
> Werner-Otto-Stra\u00dfe 14, 22179 Hamburg
> Tel. +49 40 555 7100
> Gesch\u00e4ftsf\u00fchrer: Dr. Henrik Lange | Amtsgericht Hamburg HRB 123456
>
""", 'utf-8', '8bit', params='; format=flowed')
    msg = envelope([
        ('Message-ID', mid('tb', 'glasnet-nl.example')),
        ('Date', 'Fri, 26 Apr 2024 11:02:44 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Subject', 'Re: RMA-2024-00231 Damaged LGX splitter cassettes - PO 24-NL-0091'),
        ('Content-Language', 'en-US'),
        ('To', addr('Lumasplit Service', LS)),
        ('References', mid('outlook', '', 'orig')),
        ('From', addr('Pieter de Vries', 'p.devries@glasnet-nl.example')),
        ('In-Reply-To', mid('generic', 'lumasplit.example', 'q')),
    ], body)
    return msg, L('follow_up', 'p.devries@glasnet-nl.example', orders=['PO 24-NL-0091'],
                  rma='RMA-2024-00231')


@fixture('lumasplit')
def ls_order_status_de():
    body = text("""Sehr geehrte Damen und Herren,

wir haben am 12.04. die defekten Splitter zu RMA-2024-00198 an Sie geschickt und
bis heute weder Ersatz noch eine Gutschrift erhalten. Wie ist der Stand? Wann wird
der Ersatz verschickt?

Unsere interne Vorgangsnummer: #20240418-7
Urspr\u00fcngliche Auftragsbest\u00e4tigung: AB-240391

Mit freundlichen Gr\u00fc\u00dfen
Dieter Schwarz
Einkauf
Netcom Rhein-Main GmbH, Hanauer Landstra\u00dfe 291, 60314 Frankfurt am Main
Tel. 069 555 40 12
""", 'windows-1252', 'qp')
    msg = envelope([
        ('From', addr('Dieter Schwarz', 'd.schwarz@netcom-rm.example')),
        ('To', LS),
        ('Subject', 'Wo bleibt der Ersatz? RMA-2024-00198'),
        ('Date', 'Tue, 14 May 2024 09:30:02 +0200'),
        ('Message-ID', mid('exchange', 'netcom-rm.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'd.schwarz@netcom-rm.example', orders=['AB-240391'],
                  rma='RMA-2024-00198')


@fixture('lumasplit')
def ls_ooo_de_no_header():
    body = text("""Vielen Dank f\u00fcr Ihre Nachricht.

Ich bin bis einschlie\u00dflich 02.08.2024 nicht im B\u00fcro und habe keinen Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F\u00e4llen wenden Sie sich bitte an Herrn Peters,
Tel. 0661 555-2201, planung@stadtnetz-fulda.example.

Mit freundlichen Gr\u00fc\u00dfen
Sabine Roth
""", 'iso-8859-1', 'qp')
    msg = envelope([
        ('From', addr('Roth, Sabine', 's.roth@stadtnetz-fulda.example')),
        ('To', addr('Lumasplit Service', LS)),
        ('Subject', ew('Abwesenheitsnotiz: RMA-2024-00217 R\u00fccksendung eingegangen', 'iso-8859-1', 'Q')),
        ('Date', 'Mon, 22 Jul 2024 07:12:00 +0200'),
        ('Message-ID', mid('exchange', 'stadtnetz-fulda.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 's.roth@stadtnetz-fulda.example', rma='RMA-2024-00217')


@fixture('lumasplit')
def ls_ooo_fr_auto_submitted():
    body = alt(text("""Bonjour,

Je suis absente du bureau du 12 au 23 ao\u00fbt inclus. Pendant mon absence, vous
pouvez contacter le service achats au 05 56 55 01 20 ou achats@fibre-aquitaine.example.

Cordialement,
Claire Dubois
""", 'utf-8', 'qp'), text(html_doc("""<p>Bonjour,</p><p>Je suis absente du bureau du 12 au 23 ao&ucirc;t inclus. Pendant mon absence, vous
pouvez contacter le service achats au 05 56 55 01 20 ou achats@fibre-aquitaine.example.</p><p>Cordialement,<br>Claire Dubois</p>"""), 'utf-8', 'qp', sub='html'), 'outlook')
    msg = envelope([
        ('From', addr('Claire Dubois', 'c.dubois@fibre-aquitaine.example')),
        ('To', LS),
        ('Subject', ew('R\u00e9ponse automatique\u00a0: RMA-2024-00240 coupleurs FBT', 'utf-8', 'Q')),
        ('Date', 'Tue, 13 Aug 2024 10:41:07 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('Content-Language', 'fr-FR'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'c.dubois@fibre-aquitaine.example', rma='RMA-2024-00240')


@fixture('lumasplit')
def ls_bounce_exchange_ndr_de():
    returned = envelope([
        ('From', addr('Lumasplit Service', LS)),
        ('To', 'k.jansen@elektro-jansen.example'),
        ('Subject', 'Ihre Reklamation vom 28.05.2024'),
        ('Date', 'Wed, 29 May 2024 14:11:30 +0200'),
        ('Message-ID', mid('outlook', '', 'ret')),
        ('MIME-Version', '1.0'),
    ], text("""Sehr geehrter Herr Jansen,

zu Ihrer Reklamation haben wir die RMA-2024-00251 angelegt (Splitter
AX7-2305-0220, Bestellnummer BE-2024-02291).

Mit freundlichen Gr\u00fc\u00dfen
Lumasplit Service
""", 'iso-8859-1', 'qp'))
    plain = """Ihre Nachricht hat einige oder alle Empf\u00e4nger nicht erreicht.

Betreff: Ihre Reklamation vom 28.05.2024
Gesendet: 29.05.2024 14:11

Folgende(r) Empf\u00e4nger konnte(n) nicht erreicht werden:

k.jansen@elektro-jansen.example am 29.05.2024 14:11
      Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.
      <mx01.lumasplit.example #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup>
"""
    htm = html_doc("""<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht konnte nicht an k.jansen@elektro-jansen.example zugestellt werden.</font></b></p>
<p><font size="2" face="Tahoma">Die E-Mail-Adresse wurde nicht gefunden. Pr&uuml;fen Sie die Adresse und senden Sie die Nachricht erneut.</font></p>
<p><font size="2" face="Tahoma">Diagnoseinformationen f&uuml;r Administratoren:<br>
Generierender Server: mx01.lumasplit.example<br>
k.jansen@elektro-jansen.example<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>""")
    report = multipart('report', [
        alt(text(plain, 'iso-8859-1', 'qp'), text(htm, 'iso-8859-1', 'qp', sub='html'), 'outlook'),
        delivery_status([
            [('Reporting-MTA', 'dns;mx01.lumasplit.example'),
             ('Received-From-MTA', 'dns;EXCH02.lumasplit.local'),
             ('Arrival-Date', 'Wed, 29 May 2024 12:11:30 +0000')],
            [('Original-Recipient', 'rfc822;k.jansen@elektro-jansen.example'),
             ('Final-Recipient', 'rfc822;k.jansen@elektro-jansen.example'),
             ('Action', 'failed'),
             ('Status', '5.1.10'),
             ('Diagnostic-Code', 'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')],
        ]),
        rfc822(returned, disp=None),
    ], bnd('outlook', 'rep'), params=' report-type=delivery-status;')
    msg = envelope([
        ('From', addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lumasplit.example')),
        ('To', addr('Lumasplit Service', LS)),
        ('Date', 'Wed, 29 May 2024 12:11:31 +0000'),
        ('Subject', 'Unzustellbar: Ihre Reklamation vom 28.05.2024'),
        ('Message-ID', mid('outlook', '', 'ndr')),
        ('Auto-Submitted', 'auto-replied'),
        ('Content-Language', 'de-DE'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('MIME-Version', '1.0'),
    ], report)
    return msg, L('bounce')


@fixture('lumasplit')
def ls_supplier_order_confirmation():
    body = mixed([text("""Sehr geehrte Damen und Herren,

vielen Dank f\u00fcr Ihren Auftrag. Anbei erhalten Sie unsere Auftragsbest\u00e4tigung.

Ihre Bestellung:       4500023311 vom 03.06.2024
Unsere Auftrags-Nr.:   AU-889120
Liefertermin:          KW 26/2024
Positionen:            12 km Glasfaserkabel 24F G.657.A1, 6 Trommeln

Bei R\u00fcckfragen stehen wir Ihnen gern zur Verf\u00fcgung.

Mit freundlichen Gr\u00fc\u00dfen
Ihr Auftragsservice
Kabelwerk S\u00fcd AG | Industriestra\u00dfe 5 | 73430 Aalen
IBAN DE89 3704 0044 0532 0130 00 | USt-IdNr. DE111222333
""", 'utf-8', 'qp'), attachment('application/pdf', 'AB_AU-889120.pdf', pdf('ab', 'Auftragsbestaetigung'))], 'sap')
    msg = envelope([
        ('From', addr('Kabelwerk S\u00fcd Auftragsservice', 'auftrag@kabelwerk-sued.example', cs='utf-8', enc='Q')),
        ('To', 'einkauf@lumasplit.example'),
        ('Cc', LS),
        ('Subject', ew('Auftragsbest\u00e4tigung AU-889120 zu Ihrer Bestellung 4500023311', 'utf-8', 'Q')),
        ('Date', 'Tue, 04 Jun 2024 06:30:12 +0200'),
        ('Message-ID', mid('sap', 'kabelwerk-sued.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('lumasplit')
def ls_price_inquiry():
    body = text("""Dear Sir or Madam,

for a FTTH project in Tallinn (approx. 4,000 homes passed) we need a quotation for:

  - 200 pcs SPL 1x8, SC/APC pigtails 1.5 m
  - 40 pcs SPL 1x32 LGX
  - 10 pcs ODF-96 Rack

Delivery to Tallinn, Incoterms DAP. Please also state lead time and validity.

Best regards,
Kristjan Tamm
Baltic Fibre Build O\u00dc | P\u00e4rnu mnt 139, 11317 Tallinn | +372 655 0143
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Kristjan Tamm', 'kristjan@balticfibre.example')),
        ('To', LS),
        ('Subject', 'RFQ: splitters for FTTH project Tallinn'),
        ('Date', 'Thu, 06 Jun 2024 12:44:21 +0300'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('lumasplit')
def ls_mixed_low_power_rack():
    body = text("""Dear Lumasplit team，您好！

我们是贵司在华南的 OEM 合作伙伴。上个月到货的 SPL 2x32 Rack 有一台输入 2 那一路，所有输出口功率都偏低，
比输入 1 低了将近 3 dB。We measured it at 1310 nm and 1550 nm, both wavelengths show the same
problem, so it should not be a cleaning issue.

序列号：DX2-2251-0007
合同号：HT2024-SZ-0385

请帮忙安排返修，谢谢。Please reply in English if it is easier for you.

陈晓峰 Chen Xiaofeng
广州锐光通信设备有限公司 技术部
020-3888 5521 / 139 2600 4471
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('陈晓峰', 'chenxf@ruiguang-comm.example', cs='utf-8')),
        ('To', LS),
        ('Subject', ew('SPL 2x32 Rack 输出功率偏低 / low output power', 'utf-8')),
        ('Date', 'Wed, 12 Jun 2024 16:28:40 +0800'),
        ('Message-ID', mid('foxmail', 'ruiguang-comm.example')),
        ('X-Mailer', 'Foxmail 7.2.25.254[cn]'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'chenxf@ruiguang-comm.example', orders=['HT2024-SZ-0385'],
                  serials=['DX2-2251-0007'], models=['SPL 2x32 Rack'], cat='optical_performance',
                  kw=['所有输出口功率都偏低'], lang='mixed')


@fixture('lumasplit')
def ls_zh_gb18030_missing_adapters():
    body = text("""您好：

我们订购的配线架 PP-24 LC Duplex 共 5 台昨天到货，开箱检查发现其中 2 台缺少配件：
每台少了 4 个 LC 双工适配器，另外安装螺丝包也没有。

订单号：DD20240315001
收货地址：上海市嘉定区安亭镇墨玉南路 888 号 3 号楼

请尽快补发缺少的配件。

顾佳琪
上海通弘网络工程有限公司
电话 021-6955 0812
""", 'gb18030', 'qp', label='GB18030')
    msg = envelope([
        ('From', addr('顾佳琪', 'gujiaqi@tonghong-net.example', cs='gb18030', label='GB18030')),
        ('To', LS),
        ('Subject', ew('配线架缺少配件', 'gb18030', label='GB18030')),
        ('Date', 'Mon, 18 Mar 2024 10:05:33 +0800'),
        ('Message-ID', mid('netease', 'tonghong-net.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'gujiaqi@tonghong-net.example', orders=['DD20240315001'],
                  models=['PP-24 LC Duplex'], cat='wrong_or_missing_item',
                  kw=['缺少配件', '少了 4 个 LC 双工适配器'], lang='zh')


@fixture('lumasplit')
def ls_fwd_ios_range_bis():
    body = text("""Please create RMA, customer is waiting. Thanks, Mehmet

Sent from my iPhone

Begin forwarded message:

> From: Thomas Berger <t.berger@berger-elektrotechnik.example>
> Date: 14 May 2024 at 18:02:11 CEST
> To: Mehmet Yilmaz <m.yilmaz@lumasplit.example>
> Subject: Splitter Reklamation PO/24/2210-A
>
> \ufeffHallo Mehmet,
>
> wie heute am Telefon besprochen: die f\u00fcnf SPL 1x16 LGX aus der Bestellung
> PO/24/2210-A zeigen alle an den Ausg\u00e4ngen 9 bis 16 zu hohe D\u00e4mpfung
> (ca. 15,8 dB statt 13,7 dB). Seriennummern AX7-2302-0410 bis -0414.
>
> Gru\u00df Thomas
>
> Berger Elektrotechnik GmbH
> Thomas Berger | Gesch\u00e4ftsf\u00fchrer
> Ringstra\u00dfe 22 | 74072 Heilbronn | 07131 555 880
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Mehmet Yilmaz', 'm.yilmaz@lumasplit.example')),
        ('Mime-Version', '1.0 (1.0)'),
        ('Date', 'Wed, 15 May 2024 07:18:52 +0200'),
        ('Subject', 'Fwd: Splitter Reklamation PO/24/2210-A'),
        ('Message-Id', mid('apple', 'lumasplit.example')),
        ('To', LS),
        ('X-Mailer', 'iPhone Mail (21E236)'),
    ], body)
    return msg, L('forwarded', 't.berger@berger-elektrotechnik.example', 'm.yilmaz@lumasplit.example',
                  orders=['PO/24/2210-A'], serials=rng('AX7-2302-', 410, 414, 4),
                  expanded=rng('AX7-2302-', 410, 414, 4), models=['SPL 1x16 LGX'],
                  cat='optical_performance', kw=['zu hohe D\u00e4mpfung'])


@fixture('lumasplit')
def ls_fwd_thunderbird_splicebox():
    htm = html_doc("""<p>Lena, kannst du das \u00fcbernehmen? Kunde Glasnet, bitte Ersatz schicken.</p>
<p>Katrin<br></p>
<div class="moz-forward-container"><br><br>-------- Forwarded Message --------
<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0">
<tbody>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th><td>MSB 12 splice boxes damaged</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Date: </th><td>Mon, 10 Jun 2024 08:15:02 +0200</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">From: </th><td>Pieter de Vries <a class="moz-txt-link-rfc2396E" href="mailto:p.devries@glasnet-nl.example">&lt;p.devries@glasnet-nl.example&gt;</a></td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">To: </th><td>Katrin Albers <a class="moz-txt-link-rfc2396E" href="mailto:k.albers@lumasplit.example">&lt;k.albers@lumasplit.example&gt;</a></td></tr>
</tbody></table><br><br>
<p>Hi Katrin,</p>
<p>the six MSB 12 splice boxes for PO 24-NL-0144 arrived on Friday. On four of them the lid hinge is broken
and the lids do not close any more &ndash; looks like the pallet was dropped, the outer carton is torn.
We noted the damage on the delivery receipt.</p>
<p>Can you send four new boxes? We do not need the damaged ones back, I think.</p>
<p>Groeten,<br>Pieter</p></div>""", cs='UTF-8')
    body = text(htm, 'UTF-8', '8bit', sub='html')
    msg = envelope([
        ('Message-ID', mid('tb', 'lumasplit.example')),
        ('Date', 'Mon, 10 Jun 2024 09:44:10 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Subject', 'Fwd: MSB 12 splice boxes damaged'),
        ('Content-Language', 'de-DE'),
        ('References', mid('outlook', '', 'orig')),
        ('To', addr('Lumasplit Service', LS)),
        ('From', addr('Katrin Albers', 'k.albers@lumasplit.example')),
        ('X-Forwarded-Message-Id', mid('outlook', '', 'orig')),
    ], body)
    return msg, L('forwarded', 'p.devries@glasnet-nl.example', 'k.albers@lumasplit.example',
                  orders=['PO 24-NL-0144'], models=['MSB 12'], cat='physical_damage',
                  kw=['lid hinge is broken', 'pallet was dropped'])


@fixture('lumasplit')
def ls_pdf_uniformity():
    body = mixed([text("""Hello,

we have one SPL 1x32 LGX (serial no. BX3-2311-0044) that fails our acceptance
test: uniformity across the 32 outputs is 2.9 dB, your datasheet says max. 1.5 dB.
Worst outputs are 27-32. The measurement report is attached.

This was delivered under your order confirmation AB-240802.

Regards,
Marta Kowalczyk
QA Engineer
FiberLink Polska Sp. z o.o.
ul. Przemys\u0142owa 14, 61-579 Pozna\u0144
tel. +48 61 555 20 47
NIP 7781234567
""", 'utf-8', 'qp'), attachment('application/pdf', 'Acceptance_test_BX3-2311-0044.pdf', pdf('r', 'Acceptance test'))], 'tb')
    msg = envelope([
        ('Message-ID', mid('tb', 'fiberlink-pl.example')),
        ('Date', 'Thu, 20 Jun 2024 13:01:55 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'en-GB'),
        ('To', LS),
        ('From', addr('Marta Kowalczyk', 'm.kowalczyk@fiberlink-pl.example')),
        ('Subject', 'SPL 1x32 LGX failed acceptance test (uniformity)'),
    ], body)
    return msg, L('new_request', 'm.kowalczyk@fiberlink-pl.example', orders=['AB-240802'],
                  serials=['BX3-2311-0044'], models=['SPL 1x32 LGX'], cat='optical_performance',
                  kw=['uniformity across the 32 outputs is 2.9 dB'])


@fixture('lumasplit')
def ls_dpd_damage_odf():
    body = mixed([text("""Hallo zusammen,

das ODF-96 Rack ist heute per DPD angekommen (Paketnummer 01505012345678) \u2013 der
Karton war an einer Seite eingedr\u00fcckt und das Geh\u00e4use ist verbogen, die
Einschubschiene klemmt. Fotos anbei. Schaden wurde beim Fahrer vermerkt.

Bestellnummer: BE-2024-03318
Seriennr. laut Typenschild: EX9-2409-0003

Bitte um Austausch.

Viele Gr\u00fc\u00dfe
Andreas Lutz
Lutz Netzwerktechnik | Hauptstr. 71 | 79104 Freiburg | 0761 555 7788
""", 'utf-8', 'qp'),
        attachment('image/jpeg', 'karton.jpg', jpeg('k')),
        attachment('image/jpeg', 'gehaeuse_verbogen.jpg', jpeg('g'))], 'generic')
    msg = envelope([
        ('From', addr('Andreas Lutz', 'lutz@lutz-netzwerk.example')),
        ('To', LS),
        ('Subject', 'Transportschaden ODF-96'),
        ('Date', 'Fri, 21 Jun 2024 15:47:03 +0200'),
        ('Message-ID', mid('generic', 'lutz-netzwerk.example')),
        ('User-Agent', 'Roundcube Webmail/1.6.6'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'lutz@lutz-netzwerk.example', orders=['BE-2024-03318'],
                  serials=['EX9-2409-0003'], models=['ODF-96 Rack'], tracking=['01505012345678'],
                  cat='physical_damage', kw=['Geh\u00e4use ist verbogen', 'Einschubschiene klemmt'])


@fixture('lumasplit')
def ls_return_project_cancelled():
    body = text("""Hi,

our project in Aarhus has been cancelled by the municipality, so we have 10x SPL 1x8
in unopened boxes that we no longer need. They were delivered with your order
confirmation AB-240655. Could we return them for credit? Nothing is wrong with them.

Kind regards
Mette S\u00f8rensen
Nordic Fiber ApS, Finlandsgade 20, 8200 Aarhus N
+45 86 55 12 40
""", 'iso-8859-1', 'qp')
    msg = envelope([
        ('From', addr('Mette S\u00f8rensen', 'ms@nordicfiber-dk.example', cs='iso-8859-1', enc='Q')),
        ('To', LS),
        ('Subject', 'Return of unused splitters (AB-240655)'),
        ('Date', 'Mon, 24 Jun 2024 10:10:10 +0200'),
        ('Message-ID', mid('exchange', 'nordicfiber-dk.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'ms@nordicfiber-dk.example', orders=['AB-240655'], models=['SPL 1x8'])


@fixture('lumasplit')
def ls_followup_bottom_de_tb():
    body = text("""Am 03.06.2024 um 10:14 schrieb Lumasplit Service:
> Sehr geehrter Herr Lutz,
>
> zu RMA-2024-00244 ben\u00f6tigen wir noch die Messprotokolle der beiden
> Splitter. K\u00f6nnen Sie uns diese zusenden?
>
> Mit freundlichen Gr\u00fc\u00dfen
> Lena Hoffmann

Hallo Frau Hoffmann,

anbei wie gew\u00fcnscht die Messprotokolle. \u00dcbrigens hat bei AX7-2231-0051
inzwischen auch Port 2 zu hohe D\u00e4mpfung, knapp 12 dB.

Viele Gr\u00fc\u00dfe
Andreas Lutz
""", 'utf-8', 'qp', params='; format=flowed')
    body = mixed([body, attachment('application/pdf', 'Messprotokolle.pdf', pdf('m', 'Messprotokoll'))], 'tb')
    msg = envelope([
        ('Message-ID', mid('tb', 'lutz-netzwerk.example')),
        ('Date', 'Tue, 04 Jun 2024 08:20:40 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Subject', 'Re: RMA-2024-00244 Messprotokolle'),
        ('To', LS),
        ('From', addr('Andreas Lutz', 'lutz@lutz-netzwerk.example')),
        ('In-Reply-To', mid('generic', 'lumasplit.example', 'q')),
    ], body)
    return msg, L('follow_up', 'lutz@lutz-netzwerk.example', serials=['AX7-2231-0051'],
                  rma='RMA-2024-00244', cat='optical_performance', kw=['zu hohe D\u00e4mpfung'])


@fixture('lumasplit')
def ls_new_fr_coupleurs():
    body = text("""Bonjour,

Nous avons re\u00e7u 12 coupleurs FBT 1x2 50/50 (bon de commande n\u00b0 BC-24-00731).
Deux d'entre eux pr\u00e9sentent un rapport de couplage d'environ 70/30 au lieu de 50/50,
mesur\u00e9 \u00e0 1550 nm avec notre photom\u00e8tre.

Num\u00e9ros de s\u00e9rie : CX1-2402-0118 et CX1-2402-0119

Pouvez-vous nous indiquer la proc\u00e9dure de retour ?

Cordialement,
Claire Dubois
Fibre Aquitaine SAS \u2013 Service technique
12 rue Lafaurie de Monbadon, 33000 Bordeaux
T\u00e9l. 05 56 55 01 34 \u2013 SIRET 812 345 678 00021
""", 'windows-1252', 'qp')
    msg = envelope([
        ('From', addr('Claire Dubois', 'c.dubois@fibre-aquitaine.example')),
        ('To', LS),
        ('Subject', 'Coupleurs FBT 1x2 non conformes'),
        ('Date', 'Wed, 31 Jul 2024 16:22:19 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'fr-FR'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'c.dubois@fibre-aquitaine.example', orders=['BC-24-00731'],
                  serials=['CX1-2402-0118', 'CX1-2402-0119'], models=['FBT 1x2 50/50'],
                  cat='optical_performance', kw=["rapport de couplage d'environ 70/30"])


@fixture('lumasplit')
def ls_fwd_as_attachment_de():
    inner = envelope([
        ('From', addr('J\u00fcrgen Maier', 'j.maier@kabel-sued.example', cs='iso-8859-1', enc='Q')),
        ('To', addr('Hoffmann, Lena', 'l.hoffmann@lumasplit.example')),
        ('Subject', 'Splitter komplett dunkel'),
        ('Date', 'Thu, 27 Jun 2024 17:55:08 +0200'),
        ('Message-ID', mid('exchange', 'kabel-sued.example', 'inner')),
        ('MIME-Version', '1.0'),
    ], text("""Hallo Frau Hoffmann,

der Splitter SPL 1x4 mit der Seriennummer ax7-2310-0777 ist komplett dunkel, an keinem
der vier Ausg\u00e4nge kommt Licht an. Eingangsseitig haben wir -3,1 dBm gemessen.
Bestellnummer war 4711-0158.

Gru\u00df
J\u00fcrgen Maier
Kabel S\u00fcd Montage GmbH, 0711 555 0920
""", 'iso-8859-1', 'qp'))
    body = mixed([
        text("""Hallo Service-Team,

bitte eine RMA f\u00fcr Herrn Maier anlegen, seine Mail h\u00e4ngt an.

Danke
Lena
""", 'iso-8859-1', 'qp'),
        rfc822(inner, filename='Splitter komplett dunkel.eml'),
    ], 'outlook')
    msg = envelope([
        ('From', addr('Hoffmann, Lena', 'l.hoffmann@lumasplit.example')),
        ('To', LS),
        ('Subject', 'WG: Splitter komplett dunkel'),
        ('Date', 'Fri, 28 Jun 2024 08:03:11 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'de-DE'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'j.maier@kabel-sued.example', 'l.hoffmann@lumasplit.example',
                  orders=['4711-0158'], serials=['ax7-2310-0777'], models=['SPL 1x4'],
                  cat='no_link', kw=['komplett dunkel', 'kommt Licht an'])


@fixture('lumasplit')
def ls_phishing_parcel():
    h = html_doc("""<div style="font-family:Arial;max-width:560px;border:1px solid #ffcc00;padding:16px">
<p><b>Ihr Paket konnte nicht zugestellt werden</b></p>
<p>Sehr geehrter Kunde,<br>Ihre Sendung <b>JJD0003456789012</b> wartet im Verteilzentrum. Wegen fehlender
Zollgeb&uuml;hren (1,99 &euro;) konnte die Zustellung nicht erfolgen.</p>
<p><a href="http://paket-zustellung-info.example/pay?id=88172" style="background:#d40511;color:#fff;padding:8px 14px;text-decoration:none">Jetzt bezahlen</a></p>
<p style="font-size:10px;color:#666">Wenn die Geb&uuml;hr nicht innerhalb von 48 Stunden beglichen wird, geht das Paket an den Absender zur&uuml;ck.</p>
</div>""")
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('Paketdienst', 'info@paket-zustellung-info.example')),
        ('To', LS),
        ('Subject', 'Zustellung fehlgeschlagen - Aktion erforderlich'),
        ('Date', 'Sun, 30 Jun 2024 22:41:05 +0000'),
        ('Message-ID', mid('generic', 'paket-zustellung-info.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


# ---------------------------------------------------------------------------
# 3. Fenmark Instruments -- lab power supplies, electronic loads, oscilloscopes (USA)
#    serials start with the model code (FS60-23-00871, D4104X-23-01877); order confirmations OC-nnnnn
# ---------------------------------------------------------------------------
company('fenmark',
        name='Fenmark Instruments Inc.',
        service_address='service@fenmark-example.com',
        staff_domains=['fenmark-example.com'],
        noreply_addresses=['noreply@fenmark-example.com', 'support-portal@fenmark-example.com'],
        catalog=['FS60', 'FS60 Plus', 'FS120', 'FS300-3', 'EL-400', 'EL-1200', 'DSO-2072E',
                 'DSO-4104X', 'DSO-4204X Pro', 'AWG-25'])
FM = 'service@fenmark-example.com'


@fixture('fenmark')
def fm_range_through_fs60():
    body = text("""Hello Fenmark Service,

We have a problem with a batch of six FS60 supplies used on our burn-in racks. After
roughly 30-40 minutes of warm-up the output shuts off randomly, the display shows OVP
for a second and then the unit comes back by itself. Load is 12 V / 3.5 A resistive,
well below the rating. Affected units are serial numbers from FS60-23-00807 through
FS60-23-00812 (all six from the same shipment).

Our purchase order was 4500012345. We'd like to send all six back together. Please
also note that our receiving dock closes at 3:30 pm.

Thanks,
Brian Kowalski
Test Engineering Supervisor
Great Lakes EMS, LLC
4200 Industrial Pkwy, Toledo, OH 43615
Office (419) 555-0147  |  Cell (419) 555-0188
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Brian Kowalski', 'bkowalski@greatlakes-ems.example')),
        ('To', FM),
        ('Subject', 'Six FS60 units shutting off - RMA needed'),
        ('Date', 'Mon, 15 Apr 2024 13:22:08 -0400'),
        ('Message-ID', mid('outlook', '')),
        ('X-MS-Has-Attach', ''),
        ('MIME-Version', '1.0'),
    ], body)
    sn = rng('FS60-23-', 807, 812, 5)
    return msg, L('new_request', 'bkowalski@greatlakes-ems.example', orders=['4500012345'],
                  serials=sn, expanded=sn, models=['FS60'], cat='intermittent',
                  kw=['output shuts off randomly'])


@fixture('fenmark')
def fm_terse_fs120_dead():
    body = text("""FS120 dead. No power at all, fuse checked and OK.
SN FS120-22-00415
PO# 88213

--
J. Alvarez
Alvarez Electronics Repair | 915-555-0112
""", 'us-ascii', '7bit')
    msg = envelope([
        ('Date', 'Tue, 16 Apr 2024 08:01:44 -0600'),
        ('From', 'jalvarez@alvarez-repair.example'),
        ('To', FM),
        ('Subject', 'RMA'),
        ('Message-ID', mid('generic', 'alvarez-repair.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'jalvarez@alvarez-repair.example', orders=['88213'],
                  serials=['FS120-22-00415'], models=['FS120'], cat='no_power', kw=['No power at all'])


@fixture('fenmark')
def fm_html_scope_selfcal():
    h = html_doc("""<div style="font-family:Verdana;font-size:12px">
<p>Dear Fenmark Support,</p>
<p>During our annual verification two of our oscilloscopes failed. Details:</p>
<table border="1" style="border-collapse:collapse;font-size:12px" cellpadding="6">
<thead><tr><th>Model</th><th>Serial No.</th><th>Finding</th></tr></thead>
<tbody>
<tr><td>DSO-4104X</td><td>D4104X-23-01877</td><td>Self-cal fails on CH3, DC offset +40 mV at 10 mV/div</td></tr>
<tr><td>DSO-4104X</td><td>D4104X-23-01902</td><td>CH1 bandwidth measured 620 MHz (spec 1 GHz)</td></tr>
</tbody></table>
<p>P.O. for the original purchase: <b>GLX-PO-24-0192</b>. Verification certificates from our metrology lab are
available on request (cert. no. MET-2024-5518 and MET-2024-5519).</p>
<p>Kind regards,<br>
Natasha Ivanova<br>
Calibration &amp; Metrology | Galaxion Aerospace<br>
1150 Airport Blvd, Wichita, KS 67209 | +1 316 555 0176</p>
</div>""")
    body = text(h, 'utf-8', 'qp', sub='html')
    msg = envelope([
        ('From', addr('Ivanova, Natasha', 'natasha.ivanova@galaxion-aero.example')),
        ('To', FM),
        ('Subject', 'DSO-4104X failed verification (2 units)'),
        ('Date', 'Wed, 24 Apr 2024 11:40:00 -0500'),
        ('Message-ID', mid('exchange', 'galaxion-aero.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'natasha.ivanova@galaxion-aero.example', orders=['GLX-PO-24-0192'],
                  serials=['D4104X-23-01877', 'D4104X-23-01902'], models=['DSO-4104X'],
                  cat='optical_performance', kw=['Self-cal fails on CH3', 'CH1 bandwidth measured 620 MHz'])


@fixture('fenmark')
def fm_portal_el400_fan():
    h = html_doc("""<h3 style="font-family:Arial">Support portal &ndash; new RMA request</h3>
<table style="font-family:Arial;font-size:13px" cellpadding="3">
<tr><td><b>Name:</b></td><td>Olivia Chen</td></tr>
<tr><td><b>Email:</b></td><td>olivia.chen@brightpath-power.example</td></tr>
<tr><td><b>Company:</b></td><td>BrightPath Power Systems</td></tr>
<tr><td><b>Phone:</b></td><td>(408) 555-0163</td></tr>
<tr><td><b>Product:</b></td><td>EL-400</td></tr>
<tr><td><b>Serial:</b></td><td>EL400-23-00078</td></tr>
<tr><td><b>Purchase order:</b></td><td></td></tr>
<tr><td valign="top"><b>Message:</b></td><td>The cooling fan makes a loud grinding noise as soon as the load draws more than about 5 A. Readings are still correct but it sounds like a bearing is going. It's under warranty (bought Sept. last year).</td></tr>
</table>
<p style="font-size:11px;color:#999">Ticket created by the Fenmark support portal. Reply to this e-mail to contact the customer.</p>""")
    body = alt(text("""Support portal - new RMA request

Name: Olivia Chen
Email: olivia.chen@brightpath-power.example
Company: BrightPath Power Systems
Phone: (408) 555-0163
Product: EL-400
Serial: EL400-23-00078
Purchase order:
Message: The cooling fan makes a loud grinding noise as soon as the load draws more than about 5 A. Readings are still correct but it sounds like a bearing is going. It's under warranty (bought Sept. last year).
""", 'utf-8', 'qp'), text(h, 'utf-8', 'qp', sub='html'), 'php')
    msg = envelope([
        ('From', addr('Fenmark Support Portal', 'support-portal@fenmark-example.com')),
        ('Reply-To', addr('Olivia Chen', 'olivia.chen@brightpath-power.example')),
        ('To', FM),
        ('Subject', '[Portal] RMA request - EL-400 - BrightPath Power Systems'),
        ('Date', 'Thu, 25 Apr 2024 21:03:19 +0000'),
        ('Message-ID', mid('php', 'portal.fenmark-example.com')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'olivia.chen@brightpath-power.example', serials=['EL400-23-00078'],
                  models=['EL-400'], cat='other', kw=['loud grinding noise'])


@fixture('fenmark')
def fm_fwd_apple_mail_firmware():
    plain = """Helen's scope seems to be bricked after the update. Can we RMA it or do we have
a recovery procedure? She needs it for a course starting next week.

Raj


Begin forwarded message:

From: "Dr. Helen Park" <hpark@chem.northfield-univ.example>
Subject: DSO-2072E black screen after update
Date: June 3, 2024 at 4:12:09 PM EDT
To: Raj Mehta <rmehta@fenmark-example.com>

Hi Raj,

I installed firmware 1.4.2 from your website on our DSO-2072E (serial
D2072E-24-00305) yesterday. Since then the scope boots into a black screen, the fan
runs and the power button LED is on, but nothing else happens. I tried the
recovery key combination from the manual, no luck.

Our P.O. was NU-24-11873 (purchased in January).

Best,
Helen

--
Helen Park, PhD
Department of Chemistry, Northfield University
Lab 3.114 | 555 College Ave, Northfield, MN 55057
"""
    htm = html_doc("""<div>Helen's scope seems to be bricked after the update. Can we RMA it or do we have a recovery procedure? She needs it for a course starting next week.</div><div><br></div><div>Raj</div><div><br><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline"><div style="margin:0px"><span style="font-family:-webkit-system-font,Helvetica Neue,Helvetica,sans-serif"><b>From: </b></span><span style="font-family:-webkit-system-font,Helvetica Neue,Helvetica,sans-serif">"Dr. Helen Park" &lt;hpark@chem.northfield-univ.example&gt;<br></span></div><div style="margin:0px"><span><b>Subject: </b></span><span><b>DSO-2072E black screen after update</b><br></span></div><div style="margin:0px"><span><b>Date: </b></span><span>June 3, 2024 at 4:12:09 PM EDT<br></span></div><div style="margin:0px"><span><b>To: </b></span><span>Raj Mehta &lt;rmehta@fenmark-example.com&gt;<br></span></div><br><div><div>Hi Raj,<br><br>I installed firmware 1.4.2 from your website on our DSO-2072E (serial D2072E-24-00305) yesterday. Since then the scope boots into a black screen, the fan runs and the power button LED is on, but nothing else happens. I tried the recovery key combination from the manual, no luck.<br><br>Our P.O. was NU-24-11873 (purchased in January).<br><br>Best,<br>Helen<br><br>--<br>Helen Park, PhD<br>Department of Chemistry, Northfield University<br>Lab 3.114 | 555 College Ave, Northfield, MN 55057</div></div></blockquote></div><br></div>""")
    body = alt(text(plain, 'us-ascii', '7bit'), text(htm, 'us-ascii', 'qp', sub='html'), 'apple')
    msg = envelope([
        ('From', addr('Raj Mehta', 'rmehta@fenmark-example.com')),
        ('@body', None),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))'),
        ('Subject', 'Fwd: DSO-2072E black screen after update'),
        ('Date', 'Tue, 4 Jun 2024 09:15:47 -0400'),
        ('References', mid('apple', 'chem.northfield-univ.example', 'orig')),
        ('To', 'Fenmark Service <%s>' % FM),
        ('Message-Id', mid('apple', 'fenmark-example.com')),
        ('X-Mailer', 'Apple Mail (2.3774.600.62)'),
    ], body)
    return msg, L('forwarded', 'hpark@chem.northfield-univ.example', 'rmehta@fenmark-example.com',
                  orders=['NU-24-11873'], serials=['D2072E-24-00305'], models=['DSO-2072E'],
                  cat='software', kw=['boots into a black screen'])


@fixture('fenmark')
def fm_fwd_outlook_name_only_sig():
    body = text("""Service,

Marcus called me about this one as well. Can you get an RMA going? He's a good
customer (OC-71190 was a 12-unit order). Thanks!

Greg Patterson | Regional Sales Manager, Midwest
Fenmark Instruments Inc. | (312) 555-0120

From: Marcus Webb
Sent: Wednesday, May 8, 2024 10:47 AM
To: Greg Patterson
Subject: FS300-3 resetting

Hi Greg,

One of the FS300-3 supplies from the last order keeps resetting itself every few
minutes - the relays click, all three outputs drop for a moment and come back. It
does this with no load connected too. Serial is FS300-23-00031.

We've moved it to a different outlet and a different bench, same thing.

Marcus Webb
Lab Manager, VoltLab Testing Services
marcus.webb@voltlab-example.com | 614-555-0139
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Greg Patterson', 'gpatterson@fenmark-example.com')),
        ('To', addr('Fenmark Service', FM)),
        ('Subject', 'FW: FS300-3 resetting'),
        ('Thread-Topic', 'FS300-3 resetting'),
        ('Thread-Index', 'AdqhT' + _h('ti', 18)),
        ('Date', 'Wed, 08 May 2024 11:30:12 -0500'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'marcus.webb@voltlab-example.com', 'gpatterson@fenmark-example.com',
                  orders=['OC-71190'], serials=['FS300-23-00031'], models=['FS300-3'],
                  cat='intermittent', kw=['keeps resetting itself'])


@fixture('fenmark')
def fm_fwd_name_only_no_address():
    plain = """Please open an RMA for this. Kevin doesn't do email much, best to call him.

Linda

________________________________
From: Kevin Doyle
Sent: Friday, May 17, 2024 2:05 PM
To: Linda Ortiz
Subject: cracked front panel

Linda - the FS60 Plus we got on PO 7716 came with the front panel cracked right
across the display window. Box looked OK from the outside. Serial FS60P-24-00112.
Want a new one, not a repair.

Kevin Doyle
Doyle Test Services
(512) 555-0193
"""
    body = text(plain, 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Linda Ortiz', 'lortiz@fenmark-example.com')),
        ('To', FM),
        ('Subject', 'Fw: cracked front panel'),
        ('Date', 'Fri, 17 May 2024 19:31:50 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'en-US'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', None, 'lortiz@fenmark-example.com', orders=['7716'],
                  serials=['FS60P-24-00112'], models=['FS60 Plus'], cat='physical_damage',
                  kw=['front panel cracked'])


@fixture('fenmark')
def fm_zh_scope_no_signal():
    body = text("""尊敬的 Fenmark 售后：

我们实验室去年采购的示波器 DSO-4104X 出现故障：通道1 接入信号发生器的 1kHz 方波后屏幕上没有任何波形，
其它三个通道正常。已经更换过探头和 BNC 线，也恢复过出厂设置，问题依旧。

序列号：D4104X-23-01877
合同号：HT-FM-2024-0117

麻烦告知返修流程和大概周期。

此致
敬礼

北京理工科大学 电子工程学院 实验中心
刘洋 老师
电话：010-6891 5523
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('刘洋', 'liuyang@bitech-univ.example', cs='utf-8')),
        ('To', FM),
        ('Subject', ew('示波器通道1无波形 返修咨询', 'utf-8')),
        ('Date', 'Tue, 07 May 2024 10:22:31 +0800'),
        ('Message-ID', mid('netease', 'bitech-univ.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'liuyang@bitech-univ.example', orders=['HT-FM-2024-0117'],
                  serials=['D4104X-23-01877'], models=['DSO-4104X'], cat='no_link',
                  kw=['没有任何波形'], lang='zh')


@fixture('fenmark')
def fm_mixed_ripple():
    body = text("""Hi Fenmark team,

我们苏州工厂用的两台 FS60 输出不稳定，ripple 很大，示波器上看大概 200 mVpp，datasheet 写的是 < 5 mVpp。
Both units were bought on PO 4500013377. 其它同批次的电源没问题。

S/N: fs60-23-00871, fs60-23-00874

Could you tell us where to send them? 谢谢！

Best regards / 此致
Zhou Ming 周明
Test Engineering, Suzhou plant
+86 512 6588 1290
""", 'utf-8', '8bit')
    msg = envelope([
        ('From', addr('Zhou Ming', 'zhou.ming@lakeside-mfg.example')),
        ('To', FM),
        ('Subject', ew('FS60 ripple too high / 纹波过大', 'utf-8', 'Q')),
        ('Date', 'Thu, 09 May 2024 15:47:12 +0800'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'zhou.ming@lakeside-mfg.example', orders=['4500013377'],
                  serials=['fs60-23-00871', 'fs60-23-00874'], models=['FS60'],
                  cat='optical_performance', kw=['ripple 很大', '200 mVpp'], lang='mixed')


@fixture('fenmark')
def fm_wrong_model_delivered():
    body = text("""Hi,

We ordered an FS120 (your order confirmation OC-71204, our PO BRK-2291) but the box
we received contains an FS60 - serial FS60-24-00233. The packing slip says FS120.

Please send the correct unit and a return label for the FS60.

Regards,
Amanda Brooks
Purchasing | Brookfield Robotics
88 Mill St, Worcester, MA 01603 | 508-555-0124
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Amanda Brooks', 'abrooks@brookfield-robotics.example')),
        ('To', FM),
        ('Subject', 'Wrong unit shipped - OC-71204'),
        ('Date', 'Mon, 13 May 2024 09:05:00 -0400'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'abrooks@brookfield-robotics.example',
                  orders=['OC-71204', 'BRK-2291'], serials=['FS60-24-00233'],
                  models=['FS120', 'FS60'], cat='wrong_or_missing_item',
                  kw=['we received contains an FS60'])


@fixture('fenmark')
def fm_return_grant_cancelled():
    body = text("""Dear Sir or Madam,

Unfortunately the research grant for our new teaching lab was withdrawn, and we
will not be able to use the FS300-3 supply that arrived last week (serial
FS300-24-00102, PO 24-3318). It has not been unpacked beyond checking the contents.

Is it possible to return it for a refund? Please let me know about any
restocking fee.

Yours faithfully,
Dr. Samuel Okonkwo
School of Engineering, Riverside Polytechnic
Phone +1 (951) 555-0107
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Samuel Okonkwo', 's.okonkwo@riverside-poly.example')),
        ('To', FM),
        ('Subject', 'Return request - unused FS300-3'),
        ('Date', 'Fri, 14 Jun 2024 16:20:18 -0700'),
        ('Message-ID', mid('exchange', 'riverside-poly.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 's.okonkwo@riverside-poly.example', orders=['24-3318'],
                  serials=['FS300-24-00102'], models=['FS300-3'])


@fixture('fenmark')
def fm_touchscreen_firmware_attachments():
    body = mixed([
        text("""Hello,

after updating our DSO-4204X Pro to firmware 2.1.0 the touchscreen menu doesn't respond
anymore - the knobs still work, but every touch is ignored. Also the LXI web page at
192.168.10.57 now returns "Error 500". Rolling back is not offered in the menu.

Serial: D4204X-24-00017
I attached a photo of the screen and the system log exported to USB.

We bought it through a distributor, I don't have the order number at hand.

Regards
Jan Nowak
R&D, Volta Drives sp. z o.o.
+48 71 555 33 21
""", 'utf-8', 'qp'),
        attachment('image/jpeg', 'screen.jpg', jpeg('s')),
        textfile('syslog_20240618.csv', 'time;level;msg\n2024-06-18 08:01:12;INFO;fw 2.1.0 boot\n2024-06-18 08:01:15;ERR;touch ctrl init timeout (0x1F)\n2024-06-18 08:01:20;ERR;httpd: worker crashed\n'),
    ], 'tb')
    msg = envelope([
        ('Message-ID', mid('tb', 'voltadrives.example')),
        ('Date', 'Tue, 18 Jun 2024 10:12:33 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'en-US'),
        ('To', FM),
        ('From', addr('Jan Nowak', 'jan.nowak@voltadrives.example')),
        ('Subject', 'DSO-4204X Pro touchscreen not responding after FW 2.1.0'),
    ], body)
    return msg, L('new_request', 'jan.nowak@voltadrives.example', serials=['D4204X-24-00017'],
                  models=['DSO-4204X Pro'], cat='software',
                  kw=["touchscreen menu doesn't respond", 'returns "Error 500"'])


@fixture('fenmark')
def fm_formlike_burning_smell():
    body = text("""RETURN REQUEST
==============
Customer ........ Apex Rental & Calibration
Contact ......... Gary Lindholm
Email ........... glindholm@apex-rental.example
Phone ........... 763-555-0150
Model ........... EL-1200
Serial # ........ EL1200-22-00310
PO# ............. 55170-R
Date of failure . 06/19/2024
Description ..... Unit made a burning smell during a 600 W test, display went
                  off and now it does not turn on at all. Mains fuse replaced,
                  still dead.
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Gary Lindholm', 'glindholm@apex-rental.example')),
        ('To', FM),
        ('Subject', 'Return request EL-1200'),
        ('Date', 'Thu, 20 Jun 2024 07:58:41 -0500'),
        ('Message-ID', mid('generic', 'apex-rental.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'glindholm@apex-rental.example', orders=['55170-R'],
                  serials=['EL1200-22-00310'], models=['EL-1200'], cat='no_power',
                  kw=['does not turn on at all', 'burning smell'])


@fixture('fenmark')
def fm_followup_fedex():
    body = text("""Shipped back today via FedEx 771988042231, 6 units in two boxes.

Brian

-----Original Message-----
From: Fenmark Service <service@fenmark-example.com>
Sent: Tuesday, April 16, 2024 2:10 PM
To: Brian Kowalski <bkowalski@greatlakes-ems.example>
Subject: RMA-2024-00712 Six FS60 units shutting off

Hello Brian,

RMA-2024-00712 covers FS60-23-00807 to FS60-23-00812. Please ship to
Fenmark Instruments, RMA Receiving, 2300 W Carson St, Torrance, CA 90501.

Fenmark Service
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Brian Kowalski', 'bkowalski@greatlakes-ems.example')),
        ('To', FM),
        ('Subject', 'RE: RMA-2024-00712 Six FS60 units shutting off'),
        ('Date', 'Thu, 18 Apr 2024 16:44:10 -0400'),
        ('Message-ID', mid('outlook', '')),
        ('In-Reply-To', mid('generic', 'fenmark-example.com', 'q')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'bkowalski@greatlakes-ems.example', models=['FS60'], tracking=['771988042231'],
                  rma='RMA-2024-00712')


@fixture('fenmark')
def fm_followup_interleaved():
    body = text("""Hi, see my answers inline.

Gary

On Fri, Jun 21, 2024 at 11:02 AM Fenmark Service <service@fenmark-example.com> wrote:

> Hello Gary,
>
> thanks for the report. Before we issue the RMA label for RMA-2024-00698:
>
> - Does the unit show anything at all on the display when switched on?

Nothing for the first minute. Today it suddenly powered up once, it now shows
E-07 on power-up and shuts off after a minute.

> - Was the load used within the rated input range (150 V max)?

Yes, 48 V source.

> - Is the unit still under the rental contract or owned by you?

Owned by us.

> Best regards
> Fenmark Service
""", 'UTF-8', '7bit')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Gary Lindholm', 'glindholm@apex-rental.example')),
        ('Date', 'Fri, 21 Jun 2024 14:37:02 -0500'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Re: RMA-2024-00698 Return request EL-1200'),
        ('To', addr('Fenmark Service', FM)),
    ], body)
    return msg, L('follow_up', 'glindholm@apex-rental.example', models=['EL-1200'], rma='RMA-2024-00698',
                  cat='intermittent', kw=['shuts off after a minute', 'E-07 on power-up'])


@fixture('fenmark')
def fm_followup_serial_correction():
    body = text("""Sorry, typo in my first mail - the serial is FS120-22-00451, not the one I wrote
before. Label on the back confirms it.

J. Alvarez

________________________________
From: Fenmark Service <service@fenmark-example.com>
Sent: Wednesday, April 17, 2024 9:30 AM
To: jalvarez@alvarez-repair.example
Subject: RMA-2024-00705 FS120 no power

Dear Mr. Alvarez,

we created RMA-2024-00705 for FS120 serial FS120-22-00415 (PO# 88213). Our
records show this serial was shipped to a different customer. Could you please
double-check the label?

Fenmark Service
""", 'us-ascii', '7bit')
    msg = envelope([
        ('Date', 'Wed, 17 Apr 2024 10:12:05 -0600'),
        ('From', 'jalvarez@alvarez-repair.example'),
        ('To', FM),
        ('Subject', 'RE: RMA-2024-00705 FS120 no power'),
        ('Message-ID', mid('generic', 'alvarez-repair.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'jalvarez@alvarez-repair.example', serials=['FS120-22-00451'], models=['FS120'],
                  rma='RMA-2024-00705')


@fixture('fenmark')
def fm_order_status():
    body = text("""Hi there,

Any update on my repair? RMA-2024-00688 - we sent the unit in five weeks ago and
the portal still says "in evaluation". Our PO was 4500012345 if that helps.

We need to know whether to rent a replacement for July.

Thanks
Brian
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Brian Kowalski', 'bkowalski@greatlakes-ems.example')),
        ('To', FM),
        ('Subject', 'Status of RMA-2024-00688?'),
        ('Date', 'Wed, 26 Jun 2024 08:15:30 -0400'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'bkowalski@greatlakes-ems.example', orders=['4500012345'],
                  rma='RMA-2024-00688')


@fixture('fenmark')
def fm_jira_ack():
    body = text("""Your request has been received and is being reviewed by our lab support team.

----
Request: LAB-4471  RE: RMA-2024-00712 return shipment
Status: Waiting for support

View request: https://voltlab-example.com/servicedesk/customer/portal/3/LAB-4471

This message was sent by Jira Service Management. Reply above this line to add a comment.
""", 'UTF-8', 'qp')
    msg = envelope([
        ('From', addr('VoltLab Service Desk', 'jira@voltlab-example.com')),
        ('To', FM),
        ('Subject', '[JIRA] (LAB-4471) RE: RMA-2024-00712 return shipment'),
        ('Date', 'Thu, 18 Apr 2024 20:45:01 +0000'),
        ('Message-ID', mid('generic', 'voltlab-example.com')),
        ('Auto-Submitted', 'auto-generated'),
        ('X-JIRA-FingerPrint', _h('fp', 32)),
        ('Precedence', 'bulk'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'jira@voltlab-example.com', rma='RMA-2024-00712')


@fixture('fenmark')
def fm_ooo_es_xautoreply():
    body = text("""Gracias por su mensaje.

Estar\u00e9 fuera de la oficina hasta el 19 de agosto. Para asuntos urgentes, por favor
contacte con mi compa\u00f1ero Javier Ruiz (jruiz@tecnolab-madrid.example, +34 91 555 40 22).

Un saludo,
Luc\u00eda Fern\u00e1ndez
""", 'iso-8859-1', 'qp')
    msg = envelope([
        ('From', addr('Luc\u00eda Fern\u00e1ndez', 'lfernandez@tecnolab-madrid.example', cs='iso-8859-1', enc='Q')),
        ('To', FM),
        ('Subject', ew('Respuesta autom\u00e1tica: RMA-2024-00720 generador de funciones', 'iso-8859-1', 'Q')),
        ('Date', 'Mon, 05 Aug 2024 09:00:12 +0200'),
        ('Message-ID', mid('generic', 'tecnolab-madrid.example')),
        ('X-Autoreply', 'yes'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'lfernandez@tecnolab-madrid.example', rma='RMA-2024-00720')


@fixture('fenmark')
def fm_bounce_qmail():
    body = Message()
    body.set_payload("""Hi. This is the qmail-send program at mail.ohio-labs.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jharmon@ohio-labs.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <service@fenmark-example.com>
Received: (qmail 28817 invoked from network); 2 Jul 2024 14:03:11 -0000
Received: from mx.fenmark-example.com (198.51.100.21)
  by mail.ohio-labs.example with SMTP; 2 Jul 2024 14:03:11 -0000
From: Fenmark Service <service@fenmark-example.com>
To: jharmon@ohio-labs.example
Subject: RMA-2024-00731 - repair quote for FS120-22-00677
Date: Tue, 2 Jul 2024 10:03:05 -0400

Dear Mr. Harmon,

the repair of your FS120 (RMA-2024-00731, serial FS120-22-00677) is
out of warranty. Please approve quotation Q-24-1187 (USD 310.00).

Fenmark Service
""")
    msg = envelope([
        ('Return-Path', '<>'),
        ('Date', '2 Jul 2024 14:03:12 -0000'),
        ('From', 'MAILER-DAEMON@mail.ohio-labs.example'),
        ('To', FM),
        ('Subject', 'failure notice'),
        ('Message-ID', '<20240702140312.28820.qmail@mail.ohio-labs.example>'),
    ], body)
    return msg, L('bounce')


@fixture('fenmark')
def fm_distributor_newsletter():
    h = html_doc("""<table width="600" align="center" style="font-family:Arial">
<tr><td style="background:#1c2b4a;color:#fff;padding:14px;font-size:20px">DigiParts Direct &ndash; July Deals</td></tr>
<tr><td style="padding:14px">
<p>Summer savings on test &amp; measurement:</p>
<ul>
<li>Bench multimeters from $189 &ndash; <a href="https://digiparts-direct.example/dmm">shop now</a></li>
<li>Soldering stations 20% off with code <b>SOLDER20</b></li>
<li>Free ground shipping on orders over $99</li>
</ul>
<p>Questions? Call 1-800-555-0199.</p>
<p style="font-size:10px;color:#888">DigiParts Direct, PO Box 4410, Austin, TX 78765.
<a href="https://digiparts-direct.example/u?e=service">Unsubscribe</a></p>
</td></tr></table>""")
    body = text(h, 'utf-8', 'qp', sub='html')
    msg = envelope([
        ('From', addr('DigiParts Direct', 'deals@digiparts-direct.example')),
        ('To', FM),
        ('Subject', 'July deals: up to 20% off bench instruments'),
        ('Date', 'Mon, 01 Jul 2024 12:00:00 +0000'),
        ('Message-ID', mid('generic', 'em.digiparts-direct.example')),
        ('List-Unsubscribe', '<https://digiparts-direct.example/u?e=service>'),
        ('Precedence', 'bulk'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('fenmark')
def fm_new_purchase_order():
    body = mixed([text("""Please find attached our Purchase Order 4500014210 for:

  5 x FS60 Plus   unit price USD 649.00
  2 x EL-400      unit price USD 1,190.00

Ship to: Great Lakes EMS, 4200 Industrial Pkwy, Toledo, OH 43615
Payment terms: Net 30. Please confirm delivery date by return.

Great Lakes EMS - Purchasing
purchasing@greatlakes-ems.example
""", 'us-ascii', '7bit'), attachment('application/pdf', 'PO_4500014210.pdf', pdf('po', 'PO 4500014210'))], 'sap')
    msg = envelope([
        ('From', addr('Great Lakes EMS Purchasing', 'purchasing@greatlakes-ems.example')),
        ('To', 'orders@fenmark-example.com'),
        ('Cc', FM),
        ('Subject', 'Purchase Order 4500014210'),
        ('Date', 'Tue, 02 Jul 2024 07:30:00 -0400'),
        ('Message-ID', mid('sap', 'greatlakes-ems.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('fenmark')
def fm_es_awg_drops():
    body = text("""Buenos d\u00edas,

Tenemos un generador AWG-25 que presenta un fallo: la salida
cae a 0 V de forma aleatoria durante unos segundos y luego se recupera sola. Ocurre en ambos canales,
con cualquier forma de onda. Hemos probado con otro cable de alimentaci\u00f3n.

N\u00famero de serie: AWG25-23-00410
Pedido: PO-ES-2024-118

\u00bfNos pueden indicar c\u00f3mo enviarlo a reparar?

Saludos cordiales,
Luc\u00eda Fern\u00e1ndez
Tecnolab Madrid S.L. \u2013 Laboratorio de ensayos
C/ de Alcal\u00e1 478, 28027 Madrid \u2013 Tel. +34 91 555 40 10 \u2013 CIF B-12345678
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Luc\u00eda Fern\u00e1ndez', 'lfernandez@tecnolab-madrid.example', cs='utf-8', enc='Q')),
        ('To', FM),
        ('Subject', 'Fallo generador AWG-25'),
        ('Date', 'Wed, 24 Jul 2024 12:41:09 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'es-ES'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'lfernandez@tecnolab-madrid.example', orders=['PO-ES-2024-118'],
                  serials=['AWG25-23-00410'], models=['AWG-25'], cat='intermittent',
                  kw=['cae a 0 V de forma aleatoria'])


@fixture('fenmark')
def fm_fwd_foxmail_zh():
    body = text("""Service team 你好，

转一个华南客户的报修，FS120 开机无反应，请安排 RMA，谢谢。

孙伟 Sun Wei
Fenmark 中国区销售
+86 755 8888 0165

------------------ 原始邮件 ------------------
发件人: "黄志强"<hzq@jiahe-elec.example>;
发送时间: 2024年5月22日(星期三) 下午3:18
收件人: "孙伟"<wsun@fenmark-example.com>;
主题: FS120电源开机无反应

孙经理您好：

上周收到的 FS120 电源，今天第一次使用，插上电源按开关没有任何反应，屏幕不亮，风扇也不转。
已经换过电源线和插座，保险丝也检查过是好的。

序列号：FS120-23-00902
采购单号：PO-SZ-240522

请帮忙处理，谢谢！

黄志强
东莞嘉和电子有限公司 品质部
0769-2288 5130
""", 'gbk', 'b64', label='gbk')
    msg = envelope([
        ('Date', 'Wed, 22 May 2024 16:02:45 +0800'),
        ('From', addr('孙伟', 'wsun@fenmark-example.com', cs='gbk')),
        ('To', addr('Fenmark Service', FM)),
        ('Subject', ew('转发：FS120电源开机无反应', 'gbk')),
        ('X-Priority', '3'),
        ('X-GUID', _h('guid', 8).upper() + '-' + _h('guid2', 4).upper()),
        ('X-Has-Attach', 'no'),
        ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', mid('foxmail', 'fenmark-example.com')),
    ], body)
    return msg, L('forwarded', 'hzq@jiahe-elec.example', 'wsun@fenmark-example.com',
                  orders=['PO-SZ-240522'], serials=['FS120-23-00902'], models=['FS120'],
                  cat='no_power', kw=['开机无反应', '屏幕不亮'], lang='zh')


# ---------------------------------------------------------------------------
# 4. Huaguang Precision (Shenzhen) -- reflow ovens, wave soldering, AOI (China)
#    serials: HG + yyyymmdd + '-' + seq (HG20230815-017); contracts HT2024-SZ-nnnn
# ---------------------------------------------------------------------------
company('huaguang',
        name='深圳华光精密设备有限公司 (Huaguang Precision Equipment Shenzhen Co., Ltd.)',
        service_address='service@huaguang-smt.example',
        staff_domains=['huaguang-smt.example'],
        noreply_addresses=['noreply@huaguang-smt.example', 'system@huaguang-smt.example'],
        catalog=['RF-8820', 'RF-1030N', 'RF 630 Mini', 'HG-WS350', 'HG-AOI320', 'HG-CB40'])
HG = 'service@huaguang-smt.example'


@fixture('huaguang')
def hg_zh_not_heating_gbk_as_gb2312():
    body = text("""华光售后部：

你们好！我厂今年三月买的回流焊 RF-8820，这两天出了毛病：早上开机以后，第3、4温区一直升不上温度，
别的温区都到设定值了，这两个区只有一百度出头。面板上红灯一直闪，屏幕上显示 E-21。关机重新开也一样。

设备铭牌：S/N HG20230815-017
合同号：HT2024-SZ-0412

产线现在停着，麻烦尽快安排工程师或者告诉我们怎么处理。

王堃
东莞市鑫达电子科技有限公司 设备科
电话：0769-8123 4455 / 135 0962 7781
""", 'gbk', '8bit', label='gb2312', quote_cs=False)
    msg = envelope([
        ('Date', 'Mon, 15 Apr 2024 08:47:19 +0800'),
        ('From', addr('王堃', 'wangkun@xinda-pcb.example', cs='gbk', label='gb2312')),
        ('To', HG),
        ('Subject', ew('回流焊不加热 报E-21', 'gbk', label='gb2312')),
        ('Message-ID', mid('foxmail', 'xinda-pcb.example')),
        ('X-mailer', 'Foxmail 6, 15, 201, 26 [cn]'),
        ('Mime-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'wangkun@xinda-pcb.example', orders=['HT2024-SZ-0412'],
                  serials=['HG20230815-017'], models=['RF-8820'], cat='other',
                  kw=['升不上温度', '红灯一直闪'], lang='zh')


@fixture('huaguang')
def hg_zh_html_table_gb18030():
    h = html_doc("""<div style="font-family:宋体;font-size:14px">
<p>华光公司售后服务部：</p>
<p>我司以下两台设备出现故障，具体如下表，请安排处理。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:14px">
<tr style="background:#eeeeee"><td>序号</td><td>设备型号</td><td>出厂编号</td><td>故障现象</td></tr>
<tr><td>1</td><td>HG-AOI320</td><td>HG20231120-011</td><td>检测软件打开就闪退，重装软件也不行</td></tr>
<tr><td>2</td><td>RF-1030N</td><td>HG20240105-003</td><td>触摸屏程序升级后温区参数丢失，无法保存</td></tr>
</table>
<p>订单号：DD20240227006</p>
<p>联系人：孙丽娟 &nbsp;电话：0512-6233 8812<br>苏州恒达电子科技有限公司 工程部</p>
</div>""", cs='GB18030')
    body = text(h, 'gb18030', 'b64', sub='html', label='GB18030')
    msg = envelope([
        ('Date', 'Thu, 29 Feb 2024 14:12:00 +0800 (CST)'),
        ('From', addr('孙丽娟', 'sunlijuan@hengda-elec.example', cs='gb18030', label='GB18030')),
        ('To', HG),
        ('Subject', ew('设备故障报修（两台）', 'gb18030', label='GB18030')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.13 build 20220113(d29e8a4b)'),
        ('MIME-Version', '1.0'),
        ('Message-ID', mid('netease', 'hengda-elec.example')),
    ], body)
    return msg, L('new_request', 'sunlijuan@hengda-elec.example', orders=['DD20240227006'],
                  serials=['HG20231120-011', 'HG20240105-003'], models=['HG-AOI320', 'RF-1030N'],
                  cat='software', kw=['打开就闪退', '温区参数丢失'], lang='zh')


@fixture('huaguang')
def hg_mixed_conveyor_stops():
    body = text("""Dear Huaguang service,

我们越南工厂 (Bac Ninh) 的 RF 630 Mini 最近有个问题：the conveyor motor stops suddenly during
production, 大概每天两三次，停下来以后等 10 分钟左右又能启动。板子卡在炉子里面已经烧坏了好几块。

Serial no.: hg20231102-005
合同号: HT2023-SZ-0977

Please advise ASAP, 谢谢！

Nguyen Van Hai / 阮文海
Maintenance Engineer, Sao Viet Electronics Co., Ltd
Que Vo Industrial Park, Bac Ninh, Vietnam
+84 222 3555 018
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Nguyen Van Hai', 'hai.nv@saoviet-elec.example')),
        ('To', HG),
        ('Subject', ew('RF 630 Mini conveyor 突然停止', 'utf-8')),
        ('Date', 'Tue, 19 Mar 2024 10:33:41 +0700'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'hai.nv@saoviet-elec.example', orders=['HT2023-SZ-0977'],
                  serials=['hg20231102-005'], models=['RF 630 Mini'], cat='intermittent',
                  kw=['conveyor motor stops suddenly'], lang='mixed')


@fixture('huaguang')
def hg_fwd_netease_trips_breaker():
    body = text("""售后同事好，

转客户邮件，鑫达那边一台 RF-8820 开机跳闸，麻烦安排上门或者寄件维修，客户比较急。

张丽
华光精密 华南销售部
手机：137 2844 5016

-------- 转发邮件信息 --------
发件人："钱志远" <qianzy@xinda-pcb.example>
发送日期：2024-04-02 09:15:33
收件人："张丽" <zhangli@huaguang-smt.example>
主题：回流焊开机跳闸

张经理：

我们新上的第二台 RF-8820 今天早上一开总电源就跳闸，空开直接跳，屏幕都没亮。
电工查了配电没有问题，另一台同型号的正常。

出厂编号：HG20240311-021
订单号：DD20240318012

钱志远
鑫达电子 设备部 13590 871 226
""", 'utf-8', 'b64')
    msg = envelope([
        ('Date', 'Tue, 2 Apr 2024 10:01:52 +0800 (GMT+08:00)'),
        ('From', addr('张丽', 'zhangli@huaguang-smt.example', cs='utf-8')),
        ('To', HG),
        ('Subject', ew('转发：回流焊开机跳闸', 'utf-8')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version 2023.1-cmXT5 build 20230821(1c0b6a9f)'),
        ('MIME-Version', '1.0'),
        ('Message-ID', mid('netease', 'huaguang-smt.example')),
    ], body)
    return msg, L('forwarded', 'qianzy@xinda-pcb.example', 'zhangli@huaguang-smt.example',
                  orders=['DD20240318012'], serials=['HG20240311-021'], models=['RF-8820'],
                  cat='no_power', kw=['开机跳闸', '屏幕都没亮'], lang='zh')


@fixture('huaguang')
def hg_fwd_qq_exmail_wave():
    plain = """麻烦售后处理一下，明远的波峰焊温度显示有问题。

何晓东
华东区域经理

------------------ 原始邮件 ------------------
发件人: "陆工"<2875519043@qq.example>;
发送时间: 2024年4月9日(星期二) 上午9:02
收件人: "何晓东"<hexd@huaguang-smt.example>;
主题: 波峰焊温度显示不正常

何经理你好，

我们的 HG-WS350 波峰焊最近锡炉温度显示忽高忽低，一会儿 250 一会儿 180，实际用测温仪量是稳定的 255 左右。
有时候还会因为显示温度低而报警停机。

机器编号 HG20221018-002，合同找不到了，应该是 2022 年底买的。

陆建华
苏州明远电子
"""
    h = html_doc("""<div>麻烦售后处理一下，明远的波峰焊温度显示有问题。</div><div><br></div><div>何晓东</div><div>华东区域经理</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"陆工"&lt;2875519043@qq.example&gt;;</div><div><b>发送时间:</b>&nbsp;2024年4月9日(星期二) 上午9:02</div><div><b>收件人:</b>&nbsp;"何晓东"&lt;hexd@huaguang-smt.example&gt;;</div><div></div><div><b>主题:</b>&nbsp;波峰焊温度显示不正常</div></div><div><br></div>何经理你好，<br><br>我们的 HG-WS350 波峰焊最近锡炉温度显示忽高忽低，一会儿 250 一会儿 180，实际用测温仪量是稳定的 255 左右。<br>有时候还会因为显示温度低而报警停机。<br><br>机器编号 HG20221018-002，合同找不到了，应该是 2022 年底买的。<br><br>陆建华<br>苏州明远电子""", cs='utf-8')
    body = alt(text(plain, 'utf-8', 'b64'), text(h, 'utf-8', 'b64', sub='html'), 'qq')
    msg = envelope([
        ('X-QQ-mid', 'bizesmtp' + _h('qqmid', 20)),
        ('From', addr('何晓东', 'hexd@huaguang-smt.example', cs='utf-8')),
        ('To', addr('售后服务', HG, cs='utf-8')),
        ('Subject', ew('转发：波峰焊温度显示不正常', 'utf-8')),
        ('Mime-Version', '1.0'),
        ('@body', None),
        ('Date', 'Tue, 9 Apr 2024 11:20:04 +0800'),
        ('X-Priority', '3'),
        ('Message-ID', mid('qq', '')),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'QQMail 2.x'),
        ('X-QQ-Mailer', 'QQMail 2.x'),
    ], body)
    return msg, L('forwarded', '2875519043@qq.example', 'hexd@huaguang-smt.example',
                  serials=['HG20221018-002'], models=['HG-WS350'], cat='intermittent',
                  kw=['温度显示忽高忽低'], lang='zh')


@fixture('huaguang')
def hg_zh_transport_damage_photos():
    body = mixed([text("""您好：

贵司发来的回流焊 RF-8820 今天到厂，开箱发现机壳右侧变形，观察窗玻璃破裂，
木箱底部也有明显撞击痕迹，怀疑运输途中摔过。已拍照（见附件），并在物流签收单上注明。

出厂编号：HG20240408-009
合同号：HT2024-SZ-0436
德邦物流单号：DPK301208841127

设备还没有通电，请告知下一步怎么处理，是否需要退回。

杨帆
江门市恒业照明电器有限公司 生产部
0750-3566 218
""", 'utf-8', 'b64'),
        attachment('image/jpeg', '机壳变形.jpg', jpeg('1'), rfc2231=True),
        attachment('image/jpeg', '玻璃破裂.jpg', jpeg('2'), rfc2231=True),
        attachment('image/jpeg', '木箱底部.jpg', jpeg('3'), rfc2231=True)], 'netease')
    msg = envelope([
        ('Date', 'Mon, 22 Apr 2024 16:41:27 +0800 (CST)'),
        ('From', addr('杨帆', 'yangfan@hengye-light.example', cs='utf-8')),
        ('To', HG),
        ('Subject', ew('设备到货破损 RF-8820', 'utf-8')),
        ('MIME-Version', '1.0'),
        ('Message-ID', mid('netease', 'hengye-light.example')),
    ], body)
    return msg, L('new_request', 'yangfan@hengye-light.example', orders=['HT2024-SZ-0436'],
                  serials=['HG20240408-009'], models=['RF-8820'], tracking=['DPK301208841127'],
                  cat='physical_damage', kw=['机壳右侧变形', '观察窗玻璃破裂'], lang='zh')


@fixture('huaguang')
def hg_zh_missing_accessories():
    body = text("""你好，

我们订的 RF 630 Mini 已经收到了，但是随机配件不全：少了 2 条导轨链条，还有说明书 U 盘也没有。
装箱单上都写了的。

订单号 DD20240420003
机器编号 HG20240415-014

麻烦尽快补寄，寄到：浙江省宁波市北仑区新碶街道明州路 66 号，收件人 何强，电话 0574-8688 1235。

何强
""", 'gbk', 'qp', label='GBK')
    msg = envelope([
        ('From', addr('何强', 'heqiang@mingzhou-tech.example', cs='gbk', label='GBK')),
        ('To', HG),
        ('Subject', ew('随机配件缺少', 'gbk', label='GBK')),
        ('Date', 'Thu, 25 Apr 2024 13:05:44 +0800'),
        ('Message-ID', mid('foxmail', 'mingzhou-tech.example')),
        ('X-Mailer', 'Foxmail 7.2.23.116[cn]'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'heqiang@mingzhou-tech.example', orders=['DD20240420003'],
                  serials=['HG20240415-014'], models=['RF 630 Mini'], cat='wrong_or_missing_item',
                  kw=['随机配件不全', '少了 2 条导轨链条'], lang='zh')


@fixture('huaguang')
def hg_webform_conveyor_hum():
    body = text("""【官网在线报修】

提交时间：2024-05-06 20:14:52
姓名：马晓波
公司：合肥同创电子有限公司
电话：0551-6377 2290
邮箱：maxiaobo@126.example
设备型号：HG-CB40
出厂编号：HG20230620-031
购买渠道：经销商
故障描述：接驳台传送带不转，电机有嗡嗡声，手推一下皮带能走一点。已经检查过急停没有按下。

-- 本邮件由系统自动发送，请直接回复客户邮箱 --
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('华光官网', 'system@huaguang-smt.example', cs='utf-8')),
        ('Reply-To', 'maxiaobo@126.example'),
        ('To', HG),
        ('Subject', ew('【在线报修】HG-CB40 - 合肥同创电子有限公司', 'utf-8')),
        ('Date', 'Mon, 06 May 2024 20:14:53 +0800'),
        ('Message-ID', mid('php', 'huaguang-smt.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'maxiaobo@126.example', serials=['HG20230620-031'],
                  models=['HG-CB40'], cat='other', kw=['传送带不转', '电机有嗡嗡声'], lang='zh')


@fixture('huaguang')
def hg_en_mexico_thermocouple():
    body = text("""Hello Huaguang team,

Our RF-1030N (S/N HG20231208-002) has a problem in heating zone 7: the zone
overshoots to 290 °C and then the alarm "TC OPEN Z7" appears and the heater is
switched off. When the alarm is reset the zone heats again and the cycle repeats.
Profile is a standard SAC305 recipe, peak setpoint 245 °C.

Purchase order: PO-MX-24-0087
Your contract no.: HT2024-SZ-0219

We have a 2nd shift waiting. Please send a technician or a replacement
thermocouple + controller board.

Saludos / Regards,
Ing. Roberto Salinas
Maintenance Manager - Electrónica del Bajío S.A. de C.V.
Av. Industrial 1450, Querétaro, Qro. 76120, México
Tel. +52 442 555 0188
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Roberto Salinas', 'rsalinas@ebajio.example')),
        ('To', HG),
        ('Cc', addr('Kevin Lin', 'kevin.lin@huaguang-smt.example')),
        ('Subject', 'RF-1030N zone 7 overshoot / TC OPEN alarm'),
        ('Date', 'Wed, 08 May 2024 09:12:10 -0600'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'rsalinas@ebajio.example', orders=['PO-MX-24-0087', 'HT2024-SZ-0219'],
                  serials=['HG20231208-002'], models=['RF-1030N'], cat='other',
                  kw=['overshoots to 290 °C', 'TC OPEN Z7'])


@fixture('huaguang')
def hg_zh_wrong_model_ordered():
    body = text("""你好，

我们上周签的合同 HT2024-SZ-0501，订的是 RF-8820，后来技术部门确认需要氮气机型，应该是 RF-1030N。
设备还没发货的话能不能直接改单？如果已经发了，我们收到后不拆包直接退回，差价我们补。

谢谢！
采购部 林小姐
0592-5133 7760
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('林雅琪', 'linyaqi@xm-haicheng.example', cs='utf-8')),
        ('To', HG),
        ('Cc', addr('张丽', 'zhangli@huaguang-smt.example', cs='utf-8')),
        ('Subject', ew('关于合同 HT2024-SZ-0501 机型更换', 'utf-8')),
        ('Date', 'Fri, 10 May 2024 11:26:09 +0800'),
        ('Message-ID', mid('foxmail', 'xm-haicheng.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'linyaqi@xm-haicheng.example', orders=['HT2024-SZ-0501'],
                  models=['RF-8820', 'RF-1030N'], lang='zh')


@fixture('huaguang')
def hg_zh_software_params():
    body = text("""售后你好：

我们的 RF-8820 触摸屏程序前几天按你们技术员发的文件升级到 V3.2，升级以后温区参数设定保存不了，
每次重启都恢复成默认值，只能每天早上重新输一遍。

铭牌上的编号是 HG20230915-008。

请问有没有补丁，或者可以降回原来的版本吗？

谢谢
曹志伟  (设备工程师)
青岛海晟电子  电话 0532-8096 2231
""", 'gb2312', 'b64', label='gb2312')
    msg = envelope([
        ('From', addr('曹志伟', 'caozw@haisheng-qd.example', cs='gb2312')),
        ('To', HG),
        ('Subject', ew('触摸屏升级后参数保存不了', 'gb2312')),
        ('Date', 'Tue, 14 May 2024 08:30:15 +0800'),
        ('Message-ID', mid('netease', 'haisheng-qd.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'caozw@haisheng-qd.example', serials=['HG20230915-008'],
                  models=['RF-8820'], cat='software', kw=['温区参数设定保存不了'], lang='zh')


@fixture('huaguang')
def hg_mixed_aoi_camera():
    body = text("""Hi 华光 team,

Our HG-AOI320 在 line 3 上偶尔报 "Camera disconnected"，then the inspection stops and we have to restart
the software. 大概一个班次会出现 3-4 次。We already replaced the USB3 cable once, 问题还在。

S/N: HG20240110-006
PO: PO-PG-240331

请帮忙看看是不是相机或者采集卡的问题。Thank you!

Tan Wei Ming 陈伟明
Process Engineer, Penang SMT Solutions Sdn Bhd
Bayan Lepas FIZ, 11900 Penang, Malaysia | +60 4 555 2107
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Tan Wei Ming', 'weiming.tan@penang-smt.example')),
        ('To', HG),
        ('Subject', 'HG-AOI320 Camera disconnected 问题'),
        ('Date', 'Fri, 17 May 2024 15:55:40 +0800'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    msg.replace_header('Subject', ew('HG-AOI320 Camera disconnected 问题', 'utf-8'))
    return msg, L('new_request', 'weiming.tan@penang-smt.example', orders=['PO-PG-240331'],
                  serials=['HG20240110-006'], models=['HG-AOI320'], cat='intermittent',
                  kw=['Camera disconnected'], lang='mixed')


@fixture('huaguang')
def hg_zh_followup_sf():
    body = text("""您好，坏的温控板已经寄回，顺丰单号 SF1388210459920，请注意查收。

王堃

在 2024-04-16 10:20:11，"华光售后" <service@huaguang-smt.example> 写道：
> 王工您好：
>
> 您反馈的 RF-8820（HG20230815-017）第3、4温区不加热问题已登记，
> 维修单号 RMA-2024-00318。经远程排查判断为温控板故障，备件已于今天发出（顺丰
> SF1388210433017），请收到后更换，并将旧板寄回：
> 深圳市宝安区福永街道凤凰第三工业区 A 栋 华光精密 售后部 收 0755-2730 5588
>
> 华光售后
""", 'gbk', 'b64', label='GBK')
    msg = envelope([
        ('Date', 'Fri, 19 Apr 2024 17:02:33 +0800'),
        ('From', addr('王堃', 'wangkun@xinda-pcb.example', cs='gbk', label='GBK')),
        ('To', addr('华光售后', HG, cs='gbk', label='GBK')),
        ('Subject', 'Re: ' + ew('RMA-2024-00318 回流焊不加热', 'gbk', label='GBK')),
        ('In-Reply-To', mid('generic', 'huaguang-smt.example', 'q')),
        ('Message-ID', mid('foxmail', 'xinda-pcb.example')),
        ('X-mailer', 'Foxmail 6, 15, 201, 26 [cn]'),
        ('Mime-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'wangkun@xinda-pcb.example', tracking=['SF1388210459920'],
                  rma='RMA-2024-00318', lang='zh')


@fixture('huaguang')
def hg_zh_followup_interleaved():
    body = text("""李工好，问题的回答我直接写在下面了。

> 1. 报警代码是多少？

E-21，今天还出现过一次 E-23。

> 2. 更换温控板以后是否恢复正常？

换了以后第3温区好了，但是第4温区还是不加热，升到 120 度左右就不动了。

> 3. 加热管电阻是否测量过？

量了，第4区两根加热管一根是 38 欧，另一根是开路。

> 李刚
> 华光售后服务部

钱志远
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('钱志远', 'qianzy@xinda-pcb.example', cs='utf-8')),
        ('To', addr('李刚', 'ligang@huaguang-smt.example', cs='utf-8')),
        ('Cc', HG),
        ('Subject', ew('回复：RMA-2024-00322 开机跳闸后续', 'utf-8')),
        ('Date', 'Tue, 23 Apr 2024 14:44:01 +0800'),
        ('Message-ID', mid('netease', 'xinda-pcb.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'qianzy@xinda-pcb.example', rma='RMA-2024-00322', cat='other',
                  kw=['第4温区还是不加热', '另一根是开路'], lang='zh')


@fixture('huaguang')
def hg_en_followup_oneliner_po():
    body = text("""Approved - PO for the repair fee is PO-MX-24-0112.

Roberto

On Mon, May 13, 2024 at 8:03 PM Huaguang Service <service@huaguang-smt.example> wrote:
> Dear Mr. Salinas,
>
> regarding RMA-2024-00330 (RF-1030N, HG20231208-002): our engineer found that
> the zone 7 thermocouple and the SSR were damaged by a loose terminal. The
> controller board is fine. As the loose terminal was caused by the customer's
> relocation of the machine, this repair is outside warranty:
>
>   thermocouple K-type 1 pc      USD   45.00
>   SSR 40A 1 pc                  USD   62.00
>   DHL express to Querétaro      USD   95.00
>   ------------------------------------------
>   total                         USD  202.00
>
> Please confirm with a purchase order. Parts will be shipped within 2 days
> of confirmation (DHL 2209417730 is reserved for this shipment).
>
> Best regards
> Kevin Lin
> International Sales & Service
> Huaguang Precision Equipment (Shenzhen) Co., Ltd.
""", 'utf-8', 'qp')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Roberto Salinas', 'rsalinas@ebajio.example')),
        ('Date', 'Tue, 14 May 2024 07:12:55 -0600'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Re: RMA-2024-00330 repair quotation'),
        ('To', addr('Huaguang Service', HG)),
    ], body)
    return msg, L('follow_up', 'rsalinas@ebajio.example', orders=['PO-MX-24-0112'], rma='RMA-2024-00330')


@fixture('huaguang')
def hg_mixed_followup_wrong_heater():
    body = text("""Hi 李工,

The spare heater we received today is the wrong voltage - 220V instead of 380V, our oven is the 380V
version. 请重新寄一个 380V 的，旧的这个我们会退回。

Thanks,
Nguyen Van Hai

From: 华光售后 <service@huaguang-smt.example>
Sent: Thursday, May 23, 2024 9:10 AM
To: Nguyen Van Hai <hai.nv@saoviet-elec.example>
Subject: RMA-2024-00341 备件发货通知

阮工您好：

RMA-2024-00341 的备件（加热管 2 支）已发出，顺丰国际 SF6041220881345，预计 3-5 个工作日到达。

华光售后
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Nguyen Van Hai', 'hai.nv@saoviet-elec.example')),
        ('To', addr('华光售后', HG, cs='utf-8')),
        ('Cc', addr('李刚', 'ligang@huaguang-smt.example', cs='utf-8')),
        ('Subject', ew('RE: RMA-2024-00341 备件发货通知', 'utf-8')),
        ('Date', 'Tue, 28 May 2024 11:03:29 +0700'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'hai.nv@saoviet-elec.example', rma='RMA-2024-00341',
                  cat='wrong_or_missing_item', kw=['wrong voltage', '220V instead of 380V'],
                  lang='mixed')


@fixture('huaguang')
def hg_zh_order_status():
    body = text("""华光售后：

你们好。我们 4 月 19 日寄回的温控板（RMA-2024-00318）到现在快一个月了，请问维修好了没有？什么时候能寄回来？
现在用的是你们临时发的备件，领导问正式的什么时候能到。

王堃
""", 'gbk', 'qp', label='gbk')
    msg = envelope([
        ('Date', 'Fri, 17 May 2024 09:12:40 +0800'),
        ('From', addr('王堃', 'wangkun@xinda-pcb.example', cs='gbk')),
        ('To', HG),
        ('Subject', ew('询问维修进度 RMA-2024-00318', 'gbk')),
        ('Message-ID', mid('foxmail', 'xinda-pcb.example')),
        ('X-mailer', 'Foxmail 6, 15, 201, 26 [cn]'),
        ('Mime-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'wangkun@xinda-pcb.example', rma='RMA-2024-00318', lang='zh')


@fixture('huaguang')
def hg_fwd_gmail_india_heater():
    body = text("""Hi service team, please register this one. Ravi is our customer in Chennai, the
machine is still under warranty (shipped Nov 2023).

Thanks
Kevin

---------- Forwarded message ---------
From: Ravi Menon <ravi.menon@pcbtech-india.example>
Date: Mon, 3 Jun 2024 at 14:22
Subject: RF-8820 Zone 5 not heating
To: Kevin Lin <kevin.lin@huaguang-smt.example>


Dear Kevin,

Zone 5 (top) of our RF-8820 is not heating since this morning. The zone stays at
about 95 deg C while setpoint is 230 deg C. We suspect the SSR is faulty, the
LED on it does not light up. Machine S/N HG20231020-012.

References: your contract HT2023-SZ-0899 / our PO PTI/PO/23-24/0412.

Kindly arrange spares urgently, line is down.

Regards,
Ravi Menon
PCB Tech India Pvt Ltd, SIPCOT Industrial Park, Sriperumbudur 602105
Mob: +91 98400 55512
""", 'UTF-8', 'qp')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Kevin Lin', 'kevin.lin@huaguang-smt.example')),
        ('Date', 'Mon, 3 Jun 2024 17:40:09 +0800'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Fwd: RF-8820 Zone 5 not heating'),
        ('To', HG),
    ], body)
    return msg, L('forwarded', 'ravi.menon@pcbtech-india.example', 'kevin.lin@huaguang-smt.example',
                  orders=['HT2023-SZ-0899', 'PTI/PO/23-24/0412'], serials=['HG20231020-012'],
                  models=['RF-8820'], cat='other', kw=['Zone 5 (top) of our RF-8820 is not heating'])


@fixture('huaguang')
def hg_zh_auto_shutdown():
    body = text("""华光的工程师你们好：

我们去年 12 月买的氮气回流焊 RF-1030N，最近一个星期经常出问题：设备运行两三个小时就自动停机，
屏幕上报"风机过载"，等半个小时冷却下来又能正常开机，再过两三个小时又停。夏天车间温度比较高，不知道有没有关系。

序列号：HG20240220-004
订单号：CG-2402-0033

希望尽快派人来看一下。

刘德明
惠州市盛达光电有限公司 工程部经理
电话：0752-2607 319  手机：139 2380 6612
""", 'utf-8', '8bit')
    msg = envelope([
        ('From', addr('刘德明', 'liudm@shengda-opto.example', cs='utf-8')),
        ('To', HG),
        ('Subject', ew('RF-1030N 运行几小时后自动停机', 'utf-8')),
        ('Date', 'Wed, 12 Jun 2024 10:48:02 +0800'),
        ('Message-ID', mid('netease', 'shengda-opto.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'liudm@shengda-opto.example', orders=['CG-2402-0033'],
                  serials=['HG20240220-004'], models=['RF-1030N'], cat='intermittent',
                  kw=['运行两三个小时就自动停机', '风机过载'], lang='zh')


@fixture('huaguang')
def hg_zh_ooo_no_header():
    body = text("""您好！

本人 7 月 22 日至 8 月 5 日休假，期间邮件回复可能不及时。
设备相关紧急事宜请联系设备部 钱志远 13590871226。

谢谢！
王堃
""", 'gbk', 'b64', label='GBK')
    msg = envelope([
        ('Date', 'Mon, 22 Jul 2024 09:01:12 +0800'),
        ('From', addr('王堃', 'wangkun@xinda-pcb.example', cs='gbk', label='GBK')),
        ('To', HG),
        ('Subject', ew('自动回复: 询问维修进度 RMA-2024-00318', 'gbk', label='GBK')),
        ('Message-ID', mid('foxmail', 'xinda-pcb.example')),
        ('Mime-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'wangkun@xinda-pcb.example', rma='RMA-2024-00318', lang='zh')


@fixture('huaguang')
def hg_zh_oa_ack():
    body = text("""【系统自动回复】

您好！您发送至 qianzy@xinda-pcb.example 的邮件已收到，邮件主题：
“RMA-2024-00322 维修报告”

本公司已启用邮件归档，业务邮件将由 OA 系统统一登记处理，处理编号：XD-OA-20240425-0173。
如需查询，请致电 0769-8123 4400。

此邮件为系统自动发送，请勿直接回复。
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('鑫达电子OA系统', 'oa@xinda-pcb.example', cs='utf-8')),
        ('To', HG),
        ('Subject', ew('【自动回复】RMA-2024-00322 维修报告', 'utf-8')),
        ('Date', 'Thu, 25 Apr 2024 16:00:03 +0800'),
        ('Message-ID', mid('generic', 'oa.xinda-pcb.example')),
        ('Auto-Submitted', 'auto-generated'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'oa@xinda-pcb.example', rma='RMA-2024-00322', lang='zh')


@fixture('huaguang')
def hg_zh_bounce_coremail():
    h = html_doc("""<div style="font-size:14px;font-family:微软雅黑">
<p><b>很抱歉您的邮件没有发送成功！</b></p>
<p>收件人：zhouqiang@xinda-pcb.example<br>
原因：收件人不存在（用户名错误或该帐号已被注销）<br>
错误代码：550 User not found: zhouqiang@xinda-pcb.example</p>
<p>您发送的邮件信息如下：<br>
发件人：service@huaguang-smt.example<br>
主　题：维修完成通知<br>
时　间：2024-06-18 15:22:07</p>
<p>----- 原邮件头 -----<br>
Message-ID: &lt;202406181522070473110@huaguang-smt.example&gt;<br>
X-Mailer: Foxmail 7.2.25.375[cn]</p>
<p style="color:#888">此邮件由系统自动发出，请勿回复。</p>
</div>""", cs='utf-8')
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('系统退信', 'postmaster@xinda-pcb.example', cs='utf-8')),
        ('To', HG),
        ('Subject', ew('系统退信/Systems bounce', 'utf-8')),
        ('Date', 'Tue, 18 Jun 2024 15:22:09 +0800'),
        ('Message-ID', mid('generic', 'xinda-pcb.example')),
        ('X-Coremail-Antispam', '1Uf129KBjvJXoW7Ar1rCF1DKw13GF4UArW3Awb_yoW8Ww47p'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('bounce', lang='zh')


@fixture('huaguang')
def hg_zh_spam_invoice():
    body = text("""尊敬的财务负责人：您好！

本公司因进项较多，现可优惠对外代开各地（国税/地税）增值税普通发票及专用发票，
点数优惠，可先验票后付款。

业务范围：材料费、运输费、广告费、会议费、餐饮费等。

联系人：陈经理  电话/微信：186 0000 4471
QQ：2917730051

（如有打扰，敬请谅解）
""", 'gb2312', 'b64')
    msg = envelope([
        ('From', addr('陈经理', 'chen8821@fapiao-svc.example', cs='gb2312')),
        ('To', HG),
        ('Subject', ew('财务：本公司长期代开各类发票', 'gb2312')),
        ('Date', 'Sat, 29 Jun 2024 02:17:45 +0800'),
        ('Message-ID', mid('generic', 'fapiao-svc.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated', lang='zh')


@fixture('huaguang')
def hg_zh_payment_notice():
    body = text("""华光精密财务部、销售部：

贵司合同 HT2024-SZ-0412（RF-8820 回流焊一台）的尾款人民币 28,600.00 元已于今日通过银行转账支付，
付款账号：4420 1575 4000 5200 1873（中国建设银行东莞分行），请查收并开具增值税专用发票。

我司开票信息：
名称：东莞市鑫达电子科技有限公司
税号：91441900MA4W1X2Y3Z
地址电话：东莞市长安镇乌沙社区兴发南路 22 号 0769-8123 4400

财务部 黄会计
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('黄会计', 'finance@xinda-pcb.example', cs='utf-8')),
        ('To', 'finance@huaguang-smt.example'),
        ('Cc', HG),
        ('Subject', ew('付款通知 - 合同 HT2024-SZ-0412 尾款', 'utf-8')),
        ('Date', 'Thu, 27 Jun 2024 15:31:00 +0800'),
        ('Message-ID', mid('foxmail', 'xinda-pcb.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated', lang='zh')


# ---------------------------------------------------------------------------
# 5. Kestrel Optics -- spectrometers, microscope cameras, light sources (Netherlands)
#    serials: K + yy + letter + 4 digits (K22B0411); sales orders 8 digits 700xxxxx
# ---------------------------------------------------------------------------
company('kestrel',
        name='Kestrel Optics B.V.',
        service_address='service@kestrel-optics.example',
        staff_domains=['kestrel-optics.example'],
        noreply_addresses=['noreply@kestrel-optics.example', 'no-reply@shop.kestrel-optics.example'],
        catalog=['KS-Mini 2', 'KS-NIR/512', 'KS-UV 200', 'KS-Raman 785', 'MC 5', 'MC 12 Color',
                 'MC 20 Pro', 'KLS-Halogen', 'KLS-Deut', 'KFC-600'])
KO = 'service@kestrel-optics.example'


@fixture('kestrel')
def ko_recalibration():
    body = text("""Dear Kestrel service,

our KS-Mini 2 (serial K22B0411) is due for recalibration - the certificate expired in
May and our QA auditor flagged it. Could you please send us an RMA number and an
estimate of the turnaround time? We would like to send it together with its
fibre and the USB cable.

Purchase order for the calibration: BE-24-55102.

With kind regards,
Dr. Mei-Ling Ho
Analytical Chemistry Group, Faculty of Science
Hollandse Universiteit, Science Park 904, 1098 XH Amsterdam
T +31 20 555 7412
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Ho, Mei-Ling', 'm.ho@hollandse-univ.example')),
        ('To', KO),
        ('Subject', 'Recalibration KS-Mini 2'),
        ('Date', 'Mon, 03 Jun 2024 10:11:25 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'm.ho@hollandse-univ.example', orders=['BE-24-55102'],
                  serials=['K22B0411'], models=['KS-Mini 2'], cat='other', kw=['due for recalibration'])


@fixture('kestrel')
def ko_camera_not_recognised_html():
    h = html_doc("""<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi,</p>
<p>Our MC 20 Pro camera stopped working on the Olympus microscope in our pathology lab.
There is <b>no video</b> in the viewer software and Windows shows it as &quot;Unknown USB Device (Device Descriptor Request Failed)&quot;.
We tried two PCs and three USB 3 ports. Screenshot below.</p>
<p><img src="cid:ii_lx8k2m0a0" alt="devmgr.png" width="480"></p>
<p>Serial: k23c1027<br>Your order number: 70018834</p>
<p>Kind regards,<br>Ahmed El-Sayed<br>Lab IT | St. Lucas Ziekenhuis<br>+31 70 555 3190</p>
</div>""")
    plain = """Hi,

Our MC 20 Pro camera stopped working on the Olympus microscope in our pathology lab.
There is no video in the viewer software and Windows shows it as "Unknown USB Device
(Device Descriptor Request Failed)". We tried two PCs and three USB 3 ports.
Screenshot below.

[image: devmgr.png]

Serial: k23c1027
Your order number: 70018834

Kind regards,
Ahmed El-Sayed
Lab IT | St. Lucas Ziekenhuis
+31 70 555 3190
"""
    body = multipart('related', [
        alt(text(plain, 'UTF-8', 'qp'), text(h, 'UTF-8', 'qp', sub='html'), 'gmail'),
        attachment('image/png', 'devmgr.png', png('dm'), inline=True, cid='ii_lx8k2m0a0'),
    ], bnd('gmail', 'rel'))
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Ahmed El-Sayed', 'a.elsayed@stlucas-zh.example')),
        ('Date', 'Tue, 04 Jun 2024 13:47:02 +0200'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'MC 20 Pro - no video, unknown USB device'),
        ('To', KO),
    ], body)
    return msg, L('new_request', 'a.elsayed@stlucas-zh.example', orders=['70018834'],
                  serials=['k23c1027'], models=['MC 20 Pro'], cat='no_link',
                  kw=['no video', 'Unknown USB Device'])


@fixture('kestrel')
def ko_de_nir_noise():
    body = text("""Guten Tag Frau Schulz, sehr geehrtes Service-Team,

bei unserem KS-NIR/512 ist das Dunkelrauschen seit einigen Wochen etwa 10-mal h\u00f6her
als im Pr\u00fcfprotokoll angegeben (gemessen bei 100 ms Integrationszeit, TEC auf -10 \u00b0C).
Die Detektortemperatur wird laut Software erreicht. Messungen im Bereich 1400\u20131600 nm
sind dadurch praktisch unbrauchbar.

Ger\u00e4t: KS-NIR/512, Seriennummer K21F0088
Bestellnummer: 4501187731
Software: KestrelView 4.1.3, Windows 11

Bitte um R\u00fcckmeldung, wie wir das Ger\u00e4t zur Pr\u00fcfung einsenden k\u00f6nnen.

Mit freundlichen Gr\u00fc\u00dfen
Dr. Matthias Greiner
Fraunhofer-nahes Institut f\u00fcr Prozessanalytik (IPA-N)
Am Technologiepark 4, 76131 Karlsruhe
Tel. +49 721 555 6630
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Greiner, Matthias', 'matthias.greiner@ipa-n.example')),
        ('To', KO),
        ('Cc', addr('Anna Schulz', 'a.schulz@kestrel-optics.example')),
        ('Subject', 'KS-NIR/512: erh\u00f6htes Dunkelrauschen'),
        ('Date', 'Wed, 05 Jun 2024 09:02:38 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'de-DE'),
        ('MIME-Version', '1.0'),
    ], body)
    msg.replace_header('Subject', ew('KS-NIR/512: erh\u00f6htes Dunkelrauschen', 'utf-8', 'Q'))
    return msg, L('new_request', 'matthias.greiner@ipa-n.example', orders=['4501187731'],
                  serials=['K21F0088'], models=['KS-NIR/512'], cat='optical_performance',
                  kw=['Dunkelrauschen', '10-mal h\u00f6her'])


@fixture('kestrel')
def ko_shop_form_lamp_flicker():
    body = text("""You have received a new message via the contact form on shop.kestrel-optics.example

Topic:   Service / Repair
Name:    Sofia Marchetti
Email:   sofia.marchetti@unipadova-example.com
Phone:   +39 049 555 8813
Product: KLS-Halogen
Serial:  K24A0132

Message:
Good morning, the halogen source we bought in February flickers after warming up and
then turns off completely after about 5 minutes. If we wait 10 minutes it turns on
again. The fan is running. Could you help?

IP: 147.162.x.x | Locale: it_IT
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Kestrel Web Shop', 'no-reply@shop.kestrel-optics.example')),
        ('Reply-To', addr('Sofia Marchetti', 'sofia.marchetti@unipadova-example.com')),
        ('To', KO),
        ('Subject', 'Contact form: Service / Repair (KLS-Halogen)'),
        ('Date', 'Thu, 06 Jun 2024 07:31:10 +0000'),
        ('Message-ID', mid('php', 'shop.kestrel-optics.example')),
        ('X-Mailer', 'Shopware Mailer'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'sofia.marchetti@unipadova-example.com', serials=['K24A0132'],
                  models=['KLS-Halogen'], cat='intermittent',
                  kw=['turns off completely after about 5 minutes', 'flickers'])


@fixture('kestrel')
def ko_fwd_outlook_uv_flat():
    body = text("""Hi Femke,

Forwarding Ingrid's mail - can you open an RMA? Sales order was 70017420.

Cheers,
Lars

Lars van Dijk
Account Manager Nordics | Kestrel Optics B.V.
+31 40 555 2281

-----Original Message-----
From: Ingrid Solberg <ingrid.solberg@nordfjord-inst.example>
Sent: Friday, June 7, 2024 8:55 AM
To: Lars van Dijk <l.vandijk@kestrel-optics.example>
Subject: KS-UV 200 - no signal

Hi Lars,

since Tuesday our KS-UV 200 (K22D0310) gives no signal at all, the whole spectrum is a
flat line at the dark level, with the deuterium lamp on and the cuvette empty. The
lamp itself is fine, we checked it with a second spectrometer.

Our reference: PO NFI-24-0331.

Best regards
Ingrid Solberg
Senior Engineer, Nordfjord Instrumentering AS
Tel +47 55 55 71 20
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Lars van Dijk', 'l.vandijk@kestrel-optics.example')),
        ('To', KO),
        ('Subject', 'FW: KS-UV 200 - no signal'),
        ('Date', 'Fri, 07 Jun 2024 11:18:40 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Thread-Topic', 'KS-UV 200 - no signal'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'ingrid.solberg@nordfjord-inst.example', 'l.vandijk@kestrel-optics.example',
                  orders=['70017420', 'NFI-24-0331'], serials=['K22D0310'], models=['KS-UV 200'],
                  cat='no_link', kw=['gives no signal at all', 'flat line'])


@fixture('kestrel')
def ko_fwd_thunderbird_wrong_camera_nl():
    body = text("""Service,

De klant heeft de verkeerde camera gekregen, graag omruilen. Order 70019102.

Groet,
Femke

-------- Forwarded Message --------
Subject: 	Verkeerde camera geleverd
Date: 	Mon, 10 Jun 2024 14:20:31 +0200
From: 	Jeroen Bakker <j.bakker@microlab-utrecht.example>
To: 	Femke de Jong <f.dejong@kestrel-optics.example>



Beste Femke,

Vandaag is onze bestelling binnengekomen, maar in de doos zit een MC 5
in plaats van de MC 12 Color die we besteld hebben. Serienummer op de doos: K24B0551.

Kunnen jullie de juiste camera sturen en een retourlabel voor deze?

Met vriendelijke groet,
Jeroen Bakker
MicroLab Utrecht B.V. | Yalelaan 42 | 3584 CM Utrecht | 030 555 1276
""", 'UTF-8', '8bit', params='; format=flowed')
    msg = envelope([
        ('Message-ID', mid('tb', 'kestrel-optics.example')),
        ('Date', 'Mon, 10 Jun 2024 15:02:11 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Subject', 'Fwd: Verkeerde camera geleverd'),
        ('Content-Language', 'nl'),
        ('References', mid('outlook', '', 'orig')),
        ('To', KO),
        ('From', addr('Femke de Jong', 'f.dejong@kestrel-optics.example')),
        ('X-Forwarded-Message-Id', mid('outlook', '', 'orig')),
    ], body)
    return msg, L('forwarded', 'j.bakker@microlab-utrecht.example', 'f.dejong@kestrel-optics.example',
                  orders=['70019102'], serials=['K24B0551'], models=['MC 5', 'MC 12 Color'],
                  cat='wrong_or_missing_item', kw=['in plaats van de MC 12 Color'])


@fixture('kestrel')
def ko_fwd_rfc822_raman_de():
    inner = envelope([
        ('From', addr('Dr. Katharina Vogt', 'k.vogt@biomed-jena.example')),
        ('To', addr('Anna Schulz', 'a.schulz@kestrel-optics.example')),
        ('Subject', 'KS-Raman 785 Laser defekt'),
        ('Date', 'Tue, 11 Jun 2024 16:40:22 +0200'),
        ('Message-ID', mid('generic', 'biomed-jena.example', 'inner')),
        ('MIME-Version', '1.0'),
    ], text("""Liebe Frau Schulz,

bei unserem KS-Raman 785 (Seriennummer K23E0019) schaltet der Laser nicht ein.
Die Interlock-LED leuchtet dauerhaft rot, obwohl der Deckel geschlossen ist und der
Schl\u00fcsselschalter auf ON steht. Das Spektrometer selbst wird erkannt.

Bestellung damals: PO 2024/0815

Viele Gr\u00fc\u00dfe
Katharina Vogt
BioMed Analytik Jena GmbH
""", 'iso-8859-1', 'qp'))
    body = mixed([
        text("""Hallo zusammen,

anbei die Mail von Frau Vogt, bitte RMA anlegen und ihr direkt antworten.

Danke, Anna
""", 'utf-8', '7bit'),
        rfc822(inner, filename='KS-Raman 785 Laser defekt.eml'),
    ], 'outlook')
    msg = envelope([
        ('From', addr('Anna Schulz', 'a.schulz@kestrel-optics.example')),
        ('To', KO),
        ('Subject', 'WG: KS-Raman 785 Laser defekt'),
        ('Date', 'Wed, 12 Jun 2024 08:15:54 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'k.vogt@biomed-jena.example', 'a.schulz@kestrel-optics.example',
                  orders=['2024/0815'], serials=['K23E0019'], models=['KS-Raman 785'],
                  cat='no_link', kw=['schaltet der Laser nicht ein'])


@fixture('kestrel')
def ko_zh_software_cannot_connect():
    body = text("""Kestrel 售后工程师您好：

我们课题组使用的 KS-Mini 2 光谱仪最近无法与电脑连接，KestrelView 软件提示"未找到设备"，
设备管理器里也看不到。换了两台电脑和 USB 线都一样，光谱仪上的绿灯是亮的。

序列号：K23C0940
合同编号：HDU-HT-2024-0356

请问是否需要寄回维修？邮寄地址和流程请告知。

谢谢！
杭州东湖大学 光电学院 周静
电话：0571-8699 3218
""", 'gb2312', 'qp')
    msg = envelope([
        ('From', addr('周静', 'zhoujing@hdu-optics.example', cs='gb2312')),
        ('To', KO),
        ('Subject', ew('KS-Mini 2 无法连接电脑', 'gb2312')),
        ('Date', 'Thu, 13 Jun 2024 09:44:18 +0800'),
        ('Message-ID', mid('netease', 'hdu-optics.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'zhoujing@hdu-optics.example', orders=['HDU-HT-2024-0356'],
                  serials=['K23C0940'], models=['KS-Mini 2'], cat='no_link',
                  kw=['无法与电脑连接', '未找到设备'], lang='zh')


@fixture('kestrel')
def ko_mixed_fibre_snapped():
    body = text("""Hello Kestrel,

我们的光纤跳线 KFC-600 在 SMA 接头处断了 - the fibre snapped right at the SMA connector when our
student removed it from the spectrometer. It was only used for 2 months. 跳线上没有序列号。

Order number: 70019355

Can we get a replacement under warranty? 如果不行，请报价一根新的。

Thanks,
Dr. Wang Hao 王浩
Nanjing Institute of Photonic Materials
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Wang Hao', 'wanghao@njipm.example')),
        ('To', KO),
        ('Subject', 'KFC-600 fibre broken / 光纤跳线断裂'),
        ('Date', 'Fri, 14 Jun 2024 16:02:09 +0800'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    msg.replace_header('Subject', ew('KFC-600 fibre broken / 光纤跳线断裂', 'utf-8'))
    return msg, L('new_request', 'wanghao@njipm.example', orders=['70019355'], models=['KFC-600'],
                  cat='physical_damage', kw=['the fibre snapped', '接头处断了'], lang='mixed')


@fixture('kestrel')
def ko_return_after_trial():
    body = text("""Dear Kestrel team,

Thank you for letting us evaluate the KS-UV 200 (serial K24C0077, your order
70019520). It works well, but our application turned out to need a wider
range, so we would like to return it within the 30-day evaluation period as
agreed with Tom\u00e1s.

Please send us the return instructions.

Best regards,
Hannah Wright
Process Development, Clearwater Pharma Ltd
Unit 3, Cambridge Road, Harlow CM20 2QG, UK
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Hannah Wright', 'hannah.wright@clearwater-pharma.example')),
        ('To', KO),
        ('Cc', addr('Tom\u00e1s Rivera', 't.rivera@kestrel-optics.example', cs='utf-8', enc='Q')),
        ('Subject', 'Return of evaluation unit KS-UV 200'),
        ('Date', 'Mon, 17 Jun 2024 10:00:41 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'hannah.wright@clearwater-pharma.example', orders=['70019520'],
                  serials=['K24C0077'], models=['KS-UV 200'])


@fixture('kestrel')
def ko_transport_damage_ups():
    body = mixed([text("""Hello,

The KS-Raman 785 delivered today by UPS (1Z9F72W06826541397) arrived damaged: the
outer carton had a puncture on one side and the
SMA input port of the instrument is bent, we cannot screw the probe on. Photos attached. We have not powered it up.

S/N: K24B0311
P.O. 2024-UV-118

Please advise how to proceed with a replacement.

Regards,
Daniel Fischer
Lab Manager | Alpine Food Testing AG
Industriestrasse 19, 6300 Zug, Switzerland | +41 41 555 21 90
""", 'utf-8', 'qp'),
        attachment('image/jpeg', 'DSC_0412.JPG', jpeg('a')),
        attachment('image/jpeg', 'DSC_0415.JPG', jpeg('b'))], 'outlook')
    msg = envelope([
        ('From', addr('Daniel Fischer', 'd.fischer@alpinefood-test.example')),
        ('To', KO),
        ('Subject', 'Damaged on arrival: KS-Raman 785'),
        ('Date', 'Tue, 18 Jun 2024 15:12:33 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'd.fischer@alpinefood-test.example', orders=['2024-UV-118'],
                  serials=['K24B0311'], models=['KS-Raman 785'], tracking=['1Z9F72W06826541397'],
                  cat='physical_damage', kw=['arrived damaged', 'SMA input port of the instrument is bent'])


@fixture('kestrel')
def ko_camera_firmware_bricked():
    body = text("""Hi,

I tried to update our MC 20 Pro to firmware 1.8 with the updater tool and
it failed at 63 % ("write error 0x0C"). Since then the status LED blinks orange and the camera
doesn't enumerate on USB anymore, so I can't retry the update.

Serial number is K23F0470. We bought it via Labshop Benelux, I don't know the order
number.

Thanks
Pieter-Jan Claes
KU-Leuven-affiliated imaging core | +32 16 55 44 12
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('Pieter-Jan Claes', 'pj.claes@imaging-core.example')),
        ('To', KO),
        ('Subject', 'MC 20 Pro bricked after firmware update'),
        ('Date', 'Wed, 19 Jun 2024 17:22:10 +0200'),
        ('Message-ID', mid('apple', 'imaging-core.example')),
        ('X-Mailer', 'Apple Mail (2.3774.600.62)'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'pj.claes@imaging-core.example', serials=['K23F0470'],
                  models=['MC 20 Pro'], cat='software',
                  kw=['it failed at 63 %', 'status LED blinks orange'])


@fixture('kestrel')
def ko_fr_deuterium_no_ignite():
    body = text("""Bonjour,

Notre source KLS-Deut ne d\u00e9marre plus : la lampe ne s'allume pas, le voyant \u00ab READY \u00bb
reste \u00e9teint et on entend seulement un clic toutes les 30 secondes.

N\u00b0 de s\u00e9rie : K22A0207
N\u00b0 de commande : CMD-24-0412

Pourriez-vous nous envoyer un num\u00e9ro de retour ?

Bien cordialement,
Julien Moreau
Laboratoire de Photonique Appliqu\u00e9e \u2013 Universit\u00e9 de Lyon-Est
43 bd du 11 Novembre 1918, 69100 Villeurbanne
04 72 55 18 30
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Julien Moreau', 'julien.moreau@lyon-est-univ.example')),
        ('To', KO),
        ('Subject', ew('Source KLS-Deut ne s\u2019allume plus', 'utf-8', 'Q')),
        ('Date', 'Thu, 20 Jun 2024 11:45:00 +0200'),
        ('Message-ID', mid('tb', 'lyon-est-univ.example')),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'julien.moreau@lyon-est-univ.example', orders=['CMD-24-0412'],
                  serials=['K22A0207'], models=['KLS-Deut'], cat='no_power',
                  kw=["la lampe ne s'allume pas"])


@fixture('kestrel')
def ko_followup_two_dhl():
    body = text("""Hello,

Sent back today with DHL Express, two boxes: 5920744180 (spectrometer) and
5920744191 (fibre + accessories). RMA number is written on both.

Ingrid

Sent from Outlook for iOS
________________________________
From: Kestrel Service <service@kestrel-optics.example>
Sent: Monday, June 10, 2024 9:41:27 AM
To: Ingrid Solberg <ingrid.solberg@nordfjord-inst.example>
Subject: RMA-2024-01103 KS-UV 200 - no signal

Dear Ms Solberg,

RMA-2024-01103 has been created for KS-UV 200 K22D0310. Please ship the
instrument with its accessories to Kestrel Optics B.V., attn. RMA,
De Run 5410, 5504 DE Veldhoven, The Netherlands.

Kind regards,
Kestrel Service
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Ingrid Solberg', 'ingrid.solberg@nordfjord-inst.example')),
        ('To', addr('Kestrel Service', KO)),
        ('Subject', 'Re: RMA-2024-01103 KS-UV 200 - no signal'),
        ('Date', 'Wed, 12 Jun 2024 14:33:07 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'ingrid.solberg@nordfjord-inst.example', models=['KS-UV 200'],
                  tracking=['5920744180', '5920744191'], rma='RMA-2024-01103')


@fixture('kestrel')
def ko_followup_bottom_apple_po():
    body = text("""
> On 3 Jul 2024, at 14:02, Kestrel Service <service@kestrel-optics.example> wrote:
>
> Dear Dr Ho,
>
> our lab has inspected the KS-Mini 2 under RMA-2024-01098. Besides the
> recalibration, the entrance slit is contaminated and needs to be replaced.
> Quotation Q-24-0733: slit replacement + calibration, EUR 640.00 excl. VAT.
> Please confirm with a purchase order.
>
> Kind regards
> Kestrel Service

Yes, please go ahead with the repair at the quoted price. Our PO for this is
4501190022.

Best,
Mei-Ling
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Mei-Ling Ho', 'm.ho@hollandse-univ.example')),
        ('Subject', 'Re: RMA-2024-01098 inspection result'),
        ('Date', 'Thu, 4 Jul 2024 09:15:22 +0200'),
        ('To', KO),
        ('In-Reply-To', mid('generic', 'kestrel-optics.example', 'q')),
        ('Message-Id', mid('apple', 'hollandse-univ.example')),
        ('X-Mailer', 'Apple Mail (2.3774.600.62)'),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))'),
    ], body)
    return msg, L('follow_up', 'm.ho@hollandse-univ.example', orders=['4501190022'],
                  rma='RMA-2024-01098')


@fixture('kestrel')
def ko_followup_second_camera():
    body = text("""Thanks for the quick RMA. Unfortunately the second MC 20 Pro in the same lab (serial
K23C1031) now shows only a black image as well, same symptoms. Can I add it to
RMA-2024-01110 and send both together?

Ahmed

On Wed, 5 Jun 2024 at 10:12, Kestrel Service <service@kestrel-optics.example> wrote:

> Dear Mr El-Sayed,
>
> RMA-2024-01110 has been opened for MC 20 Pro k23c1027.
>
> Kind regards
> Kestrel Service
""", 'UTF-8', 'qp')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Ahmed El-Sayed', 'a.elsayed@stlucas-zh.example')),
        ('Date', 'Thu, 6 Jun 2024 08:20:44 +0200'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Re: RMA-2024-01110 MC 20 Pro - no video'),
        ('To', KO),
    ], body)
    return msg, L('follow_up', 'a.elsayed@stlucas-zh.example', serials=['K23C1031'],
                  models=['MC 20 Pro'], rma='RMA-2024-01110', cat='no_link', kw=['only a black image'])


@fixture('kestrel')
def ko_order_status_de():
    body = text("""Sehr geehrte Damen und Herren,

k\u00f6nnen Sie mir bitte den aktuellen Stand zur Reparatur RMA-2024-01087 mitteilen? Das
Ger\u00e4t ist seit dem 21. Mai bei Ihnen und wir ben\u00f6tigen es dringend f\u00fcr eine
Messkampagne ab Mitte Juli. Wann bekommen wir es zur\u00fcck?

Unser Zeichen: TK-24-0891

Mit freundlichen Gr\u00fc\u00dfen
Matthias Greiner
""", 'iso-8859-1', 'qp')
    msg = envelope([
        ('From', addr('Greiner, Matthias', 'matthias.greiner@ipa-n.example')),
        ('To', KO),
        ('Subject', 'Sachstand RMA-2024-01087'),
        ('Date', 'Tue, 25 Jun 2024 08:05:10 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'matthias.greiner@ipa-n.example', rma='RMA-2024-01087')


@fixture('kestrel')
def ko_order_status_no_rma():
    body = text("""Hi,

has the replacement camera shipped yet? It's for order 70018834 - Femke told me last
week it would go out "in a few days". A tracking number would be great.

Ahmed
""", 'us-ascii', '7bit')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Ahmed El-Sayed', 'a.elsayed@stlucas-zh.example')),
        ('Date', 'Mon, 24 Jun 2024 12:01:40 +0200'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'replacement shipped?'),
        ('To', KO),
    ], body)
    return msg, L('order_status', 'a.elsayed@stlucas-zh.example', orders=['70018834'])


@fixture('kestrel')
def ko_ooo_nl():
    body = text("""Beste afzender,

Ik ben met vakantie tot en met 2 augustus en lees mijn e-mail niet. Uw bericht wordt
niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met ons
secretariaat via 030 555 1200.

Met vriendelijke groet,
Jeroen Bakker
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Jeroen Bakker', 'j.bakker@microlab-utrecht.example')),
        ('To', KO),
        ('Subject', 'Automatisch antwoord: RMA-2024-01115 omruiling camera'),
        ('Date', 'Mon, 15 Jul 2024 06:12:03 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('Content-Language', 'nl-NL'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'j.bakker@microlab-utrecht.example', rma='RMA-2024-01115')


@fixture('kestrel')
def ko_topdesk_ack():
    h = html_doc("""<p>Geachte heer/mevrouw,</p>
<p>Uw e-mail is geregistreerd als melding <b>M2407 0331</b> in TOPdesk.<br>
Onderwerp: RE: RMA-2024-01098 inspection result</p>
<p>U kunt de status van uw melding volgen via het selfserviceportaal.</p>
<p>Met vriendelijke groet,<br>Servicedesk Faculteit der Natuurwetenschappen</p>
<p style="font-size:9pt;color:gray">Dit is een automatisch gegenereerd bericht.</p>""")
    body = text(h, 'windows-1252', 'qp', sub='html')
    msg = envelope([
        ('From', addr('Servicedesk FNWI', 'servicedesk@hollandse-univ.example')),
        ('To', KO),
        ('Subject', 'Melding M2407 0331 geregistreerd: RE: RMA-2024-01098 inspection result'),
        ('Date', 'Thu, 04 Jul 2024 07:16:00 +0000'),
        ('Message-ID', mid('generic', 'topdesk.hollandse-univ.example')),
        ('X-Auto-Response-Suppress', 'All'),
        ('Precedence', 'auto_reply'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'servicedesk@hollandse-univ.example', rma='RMA-2024-01098')


@fixture('kestrel')
def ko_bounce_gmail_dsn():
    returned_hdrs = """Received: from mx.kestrel-optics.example (mx.kestrel-optics.example. [203.0.113.40])
        by mx.google.example with ESMTPS id 5b1f17b1804b1-4212f5a7c39si1102445e9.12
        for <hannah.wright.pd@gmail.example>; Fri, 05 Jul 2024 02:14:30 -0700 (PDT)
From: Kestrel Service <service@kestrel-optics.example>
To: hannah.wright.pd@gmail.example
Subject: RMA-2024-01121 return label KS-UV 200
Date: Fri, 5 Jul 2024 11:14:27 +0200
Message-ID: <ret-01121.%s@kestrel-optics.example>
""" % _h('r', 8)
    report = multipart('report', [
        alt(text("""
** Address not found **

Your message wasn't delivered to hannah.wright.pd@gmail.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""", 'UTF-8', '7bit'), text(html_doc("""<table><tr><td><h2 style="font-size:24px">Address not found</h2>
<p>Your message wasn't delivered to <a style="color:#212121">hannah.wright.pd@gmail.example</a> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response was:</p><p style="font-family:monospace">The email account that you tried to reach does not exist.</p></td></tr></table>"""), 'UTF-8', 'qp', sub='html'), 'gmail'),
        delivery_status([
            [('Reporting-MTA', 'dns; googlemail.example'),
             ('Received-From-MTA', 'dns; mx.kestrel-optics.example'),
             ('Arrival-Date', 'Fri, 05 Jul 2024 02:14:30 -0700 (PDT)')],
            [('Final-Recipient', 'rfc822; hannah.wright.pd@gmail.example'),
             ('Action', 'failed'),
             ('Status', '5.1.1'),
             ('Diagnostic-Code', "smtp; 550-5.1.1 The email account that you tried to reach does not exist."),
             ('Last-Attempt-Date', 'Fri, 05 Jul 2024 02:14:31 -0700 (PDT)')],
        ]),
        text(returned_hdrs, 'us-ascii', '7bit', sub='rfc822-headers'),
    ], bnd('gmail', 'rep'), params=' report-type=delivery-status;')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.example')),
        ('To', KO),
        ('Auto-Submitted', 'auto-replied'),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('References', '<ret-01121.%s@kestrel-optics.example>' % _h('r', 8)),
        ('In-Reply-To', '<ret-01121.%s@kestrel-optics.example>' % _h('r', 8)),
        ('Message-ID', mid('gmail', '')),
        ('Date', 'Fri, 05 Jul 2024 02:14:31 -0700 (PDT)'),
    ], report)
    return msg, L('bounce')


@fixture('kestrel')
def ko_predatory_journal():
    body = text("""Dear Dr. Service,

Greetings from the International Journal of Spectroscopy Advances (IJSA)!

We have gone through your valuable contribution and would like to invite you to submit a
manuscript (research article, review, short communication) for our upcoming issue
Volume 9, Issue 3. The article processing charge is only USD 199 for early submissions.

Submission deadline: 30 July 2024
Manuscript ID will be assigned within 24 hours.

Awaiting your kind response.

Regards,
Dr. Emily Rose
Editorial Office, IJSA
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('IJSA Editorial Office', 'editor@ijsa-journal.example')),
        ('To', KO),
        ('Subject', 'Call for Papers - Volume 9 Issue 3 [Invitation]'),
        ('Date', 'Sun, 07 Jul 2024 04:40:12 +0530'),
        ('Message-ID', mid('generic', 'ijsa-journal.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('kestrel')
def ko_price_request():
    body = text("""Hello Kestrel sales,

could you please send us your best price for

 - 5 x KS-Mini 2 incl. 2 m fibre
 - 2 x MC 20 Pro with C-mount adapter

for a university tender in Porto (deadline 19 July)? Our distributor ID is PT-0042.
Delivery DAP Porto.

Thank you,
Rui Carvalho
LusoScience Lda. | Rua do Bolh\u00e3o 210, 4000-111 Porto | +351 22 555 0180
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Rui Carvalho', 'rui.carvalho@lusoscience.example')),
        ('To', KO),
        ('Subject', 'Quotation request KS-Mini 2 / MC 20 Pro'),
        ('Date', 'Mon, 08 Jul 2024 10:22:10 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('kestrel')
def ko_zh_html_camera_freeze():
    h = html_doc("""<div style="font-family:微软雅黑,sans-serif;font-size:14px">
<p>Kestrel 售后部门：</p>
<p>我们是北京的代理商，终端用户反馈一台 <b>MC 12 Color</b> 显微相机工作一段时间后画面卡住，鼠标可以动但图像不更新，
需要重新拔插 USB 才能恢复，一天要出现好几次。用户电脑是 Win10，已经换过 USB 线。</p>
<p>相机序列号：K24A0215<br>
采购订单号：PO-BJ-2403-0117</p>
<p>请确认是否可以寄回检测，谢谢！</p>
<p>--<br>徐蕾 | 北京中科光仪科技有限公司 技术支持<br>电话：010-8286 4410 &nbsp;地址：北京市海淀区中关村南四街 12 号</p>
</div>""")
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('徐蕾', 'xulei@zkgy-tech.example', cs='utf-8')),
        ('To', KO),
        ('Subject', ew('MC 12 Color 相机画面卡住', 'utf-8')),
        ('Date', 'Wed, 10 Jul 2024 15:08:26 +0800'),
        ('Message-ID', mid('qq', '')),
        ('X-Mailer', 'QQMail 2.x'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'xulei@zkgy-tech.example', orders=['PO-BJ-2403-0117'],
                  serials=['K24A0215'], models=['MC 12 Color'], cat='intermittent',
                  kw=['画面卡住', '重新拔插 USB 才能恢复'], lang='zh')


# ---------------------------------------------------------------------------
# 6. Leixin Laser (Hangzhou) -- diode / DPSS laser modules and drivers (China)
#    serials: LX + yymm + 4 digits (LX22110457); sales orders LX-SO-yymm-nnn; contracts HT-LX-yyyymmdd
# ---------------------------------------------------------------------------
company('leixin',
        name='杭州磊芯激光科技有限公司 (Leixin Laser Technology Co., Ltd.)',
        service_address='service@leixin-laser.example',
        staff_domains=['leixin-laser.example'],
        noreply_addresses=['noreply@leixin-laser.example', 'crm-notify@leixin-laser.example'],
        catalog=['LXD-808/2W', 'LXD-980/10W', 'LXG-532/100', 'LXR-650/5L', 'LXB-405/200',
                 'LX 450 Pro', 'LX-DRV 3A'])
LX = 'service@leixin-laser.example'


@fixture('leixin')
def lx_zh_power_drop():
    body = text("""磊芯售后您好：

我司去年采购的 808nm 半导体激光器 LXD-808/2W，最近一个月输出功率明显下降，
同样 2.5A 驱动电流下，输出功率从 2W 掉到 1.3W 左右，用功率计测了几次都一样。
散热和水冷都正常，环境温度 25℃。

序列号：LX22110457
合同号：HT-LX-20240229

麻烦安排返修检测，谢谢。

赵工
武汉光谷精密仪器有限公司 研发中心
027-8755 6123
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('赵立新', 'zhaolx@ovprecision.example', cs='utf-8')),
        ('To', LX),
        ('Subject', ew('LXD-808/2W 激光器功率下降', 'utf-8')),
        ('Date', 'Mon, 06 May 2024 09:20:11 +0800'),
        ('Message-ID', mid('netease', 'ovprecision.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'zhaolx@ovprecision.example', orders=['HT-LX-20240229'],
                  serials=['LX22110457'], models=['LXD-808/2W'], cat='optical_performance',
                  kw=['输出功率明显下降', '从 2W 掉到 1.3W 左右'], lang='zh')


@fixture('leixin')
def lx_terse_no_beam():
    body = text("""LXG-532/100 no beam output, fan runs, key switch on. SN LX23050921, order LX-SO-2403-112.
Need replacement asap.

Tomasz
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('Tomasz Zielinski', 'tomasz@laserart-studio.example')),
        ('To', LX),
        ('Subject', 'green laser dead'),
        ('Date', 'Tue, 07 May 2024 22:14:05 +0200'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'tomasz@laserart-studio.example', orders=['LX-SO-2403-112'],
                  serials=['LX23050921'], models=['LXG-532/100'], cat='no_link', kw=['no beam output'])


@fixture('leixin')
def lx_mixed_range_tilde():
    body = text("""Hi Leixin,

我们上个月收到的 10 台一字线激光器 LXR-650/5L，全部有同样的问题：
the laser line is not straight - 在 1 米距离上线的弯曲超过 0.5 mm，你们规格书写的是 < 0.1 mm/m。
用于机器视觉定位，这个精度不能用。

型号：LXR-650/5L
序列号：LX24011200~1209（共 10 台）
订单号：DD20240305017

Please arrange replacement or rework. 谢谢！

Best regards
吴俊杰 Wu Junjie
深圳视准自动化有限公司
+86 755 2698 4410
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('吴俊杰', 'wujj@shizhun-auto.example', cs='utf-8')),
        ('To', LX),
        ('Subject', ew('LXR-650/5L line not straight 激光线弯曲', 'utf-8')),
        ('Date', 'Wed, 08 May 2024 14:30:55 +0800'),
        ('Message-ID', mid('foxmail', 'shizhun-auto.example')),
        ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
        ('MIME-Version', '1.0'),
    ], body)
    sn = rng('LX2401', 1200, 1209, 4)
    return msg, L('new_request', 'wujj@shizhun-auto.example', orders=['DD20240305017'],
                  serials=sn, expanded=sn, models=['LXR-650/5L'], cat='optical_performance',
                  kw=['the laser line is not straight', '线的弯曲超过 0.5 mm'], lang='mixed')


@fixture('leixin')
def lx_crm_form_fluctuates():
    body = text("""[Leixin CRM] New service case from website

Customer name : Dr. Laura Bianchi
E-mail        : laura.bianchi@optolab-milano.example
Country       : Italy
Telephone     : +39 02 5550 7712
Model         : LXB-405/200
Serial No.    : LX23100128
Order No.     :
Problem       : Output power fluctuates by about +/-20 % during exposure and sometimes the
                laser shuts down completely when the TEC gets hot (case ~45 C). After
                cooling down it starts again.

Case ID: WEB-240513-0042 (internal)
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('Leixin CRM', 'crm-notify@leixin-laser.example')),
        ('Reply-To', 'laura.bianchi@optolab-milano.example'),
        ('To', LX),
        ('Subject', '[Leixin CRM] New service case WEB-240513-0042'),
        ('Date', 'Mon, 13 May 2024 03:12:44 +0000'),
        ('Message-ID', mid('php', 'crm.leixin-laser.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'laura.bianchi@optolab-milano.example', serials=['LX23100128'],
                  models=['LXB-405/200'], cat='intermittent',
                  kw=['Output power fluctuates', 'shuts down completely when the TEC gets hot'])


@fixture('leixin')
def lx_fwd_foxmail_no_power():
    body = text("""售后：

客户的 LX 450 Pro 开机不亮，麻烦走一下返修流程，客户在苏州，可以顺丰到付。

陈磊
磊芯激光 华东销售
电话 138 5712 0046

------------------ 原始邮件 ------------------
发件人: "孙工"<sunhb@kerui-cnc.example>;
发送时间: 2024年5月14日(星期二) 上午10:46
收件人: "陈磊"<chenlei@leixin-laser.example>;
主题: 激光模组开机不亮

陈经理：

上周到货的 LX 450 Pro 激光模组，今天装到雕刻机上，插上电源没有任何反应，指示灯不亮，
用万用表量了 12V 电源是正常的，换了一台别的模组是好的。

序列号 LX23080615
采购单号 CG20240318-02

孙海波
苏州科瑞数控设备有限公司
""", 'gb18030', 'b64', label='gb18030')
    msg = envelope([
        ('Date', 'Tue, 14 May 2024 11:20:03 +0800'),
        ('From', addr('陈磊', 'chenlei@leixin-laser.example', cs='gb18030')),
        ('To', addr('售后服务', LX, cs='gb18030')),
        ('Subject', ew('转发: 激光模组开机不亮', 'gb18030')),
        ('X-Priority', '3'),
        ('X-Has-Attach', 'no'),
        ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', mid('foxmail', 'leixin-laser.example')),
    ], body)
    return msg, L('forwarded', 'sunhb@kerui-cnc.example', 'chenlei@leixin-laser.example',
                  orders=['CG20240318-02'], serials=['LX23080615'], models=['LX 450 Pro'],
                  cat='no_power', kw=['没有任何反应', '指示灯不亮'], lang='zh')


@fixture('leixin')
def lx_fwd_outlook_cracked_ferrule():
    plain = """Dear service colleagues,

Please handle the damaged unit for Mr. Hübner. Our SO is LX-SO-2404-087. Customer
would like a replacement by air.

Best regards
Amy Zhou
Export Sales | Leixin Laser Technology Co., Ltd. | +86 571 8690 2217

From: Frank Hübner <f.huebner@photonwerk-example.com>
Sent: Thursday, May 16, 2024 4:02 PM
To: Amy Zhou <amy.zhou@leixin-laser.example>
Subject: Damaged fibre connector LXD-980/10W

Dear Amy,

the LXD-980/10W module arrived today, unfortunately with a cracked ferrule on the SMA905
fibre connector - the outer packaging was dented at exactly that corner. We have not
switched the laser on because of the risk of burning the fibre end.

Serial: LX24030044
Our order (Bestellung): 4500031289

Photos are attached to my first mail to your colleague.

Mit freundlichen Grüßen / Best regards
Frank Hübner
Photonwerk GmbH | Laserstraße 3 | 07745 Jena | +49 3641 555 280
"""
    body = text(plain, 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Amy Zhou', 'amy.zhou@leixin-laser.example')),
        ('To', addr('Leixin Service', LX)),
        ('Subject', 'FW: Damaged fibre connector LXD-980/10W'),
        ('Date', 'Fri, 17 May 2024 09:05:27 +0800'),
        ('Message-ID', mid('outlook', '')),
        ('Thread-Topic', 'Damaged fibre connector LXD-980/10W'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'f.huebner@photonwerk-example.com', 'amy.zhou@leixin-laser.example',
                  orders=['LX-SO-2404-087', '4500031289'], serials=['LX24030044'],
                  models=['LXD-980/10W'], cat='physical_damage', kw=['cracked ferrule'])


@fixture('leixin')
def lx_fwd_gmail_driver_firmware():
    plain = """Hi team, forwarding from our Korean customer. Looks like a firmware issue with 2.05 -
can R&D check and we RMA the board if needed?

Daniel

---------- Forwarded message ---------
From: Park Ji-ho <jiho.park@hanbit-optics.example>
Date: Tue, 21 May 2024 at 15:33
Subject: LX-DRV 3A RS-232 problem
To: Daniel Wu <daniel.wu@leixin-laser.example>


Hello Daniel,

After updating the LX-DRV 3A driver board to firmware 2.05 (as recommended by your
engineer), the RS-232 commands are not accepted any more. Every command (e.g.
"SETI 1.50") returns "ERR 12". With the old firmware 2.01 everything worked.
Baud rate 115200, 8N1, same cable and software as before.

Board serial: LX23120301
PO: KP-24-0419

Best regards,
Park Ji-ho
Hanbit Optics Co., Ltd. / Senior Engineer
Tel. +82 42 555 8814
"""
    h = html_doc('<div dir="ltr">' + html.escape(plain).replace('\n', '<br>\n') + '</div>')
    body = alt(text(plain, 'UTF-8', 'qp'), text(h, 'UTF-8', 'qp', sub='html'), 'gmail')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Daniel Wu', 'daniel.wu@leixin-laser.example')),
        ('Date', 'Tue, 21 May 2024 16:01:18 +0800'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Fwd: LX-DRV 3A RS-232 problem'),
        ('To', LX),
    ], body)
    return msg, L('forwarded', 'jiho.park@hanbit-optics.example', 'daniel.wu@leixin-laser.example',
                  orders=['KP-24-0419'], serials=['LX23120301'], models=['LX-DRV 3A'],
                  cat='software', kw=['RS-232 commands are not accepted', 'returns "ERR 12"'])


@fixture('leixin')
def lx_fwd_cn_outlook_name_only_no_email():
    body = text("""售后同事：

下面是老客户刘工的邮件，他们那台绿光激光器有问题，请联系他处理，电话在签名里。

许建

-----原始邮件-----
发件人: 刘伟
发送时间: 2024年5月22日 9:30
收件人: 许建
主题: 绿光激光器功率不稳

许经理你好：

我们去年买的 LXG-532/100 绿光激光器，这周开始功率不稳定，光斑一闪一闪的，功率计上看在 40mW 到 100mW 之间跳，
开机半小时以后更明显。

序列号 LX23070118

刘伟
南京博光科技 实验室
手机 139 5172 0388
""", 'gbk', 'qp', label='gbk')
    msg = envelope([
        ('From', addr('许建', 'xujian@leixin-laser.example', cs='gbk')),
        ('To', LX),
        ('Subject', ew('转发: 绿光激光器功率不稳', 'gbk')),
        ('Date', 'Wed, 22 May 2024 10:12:48 +0800'),
        ('Message-ID', mid('outlook', '')),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', 'AdqsA' + _h('ti', 18)),
        ('Content-Language', 'zh-cn'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', None, 'xujian@leixin-laser.example', serials=['LX23070118'],
                  models=['LXG-532/100'], cat='intermittent', kw=['功率不稳定', '一闪一闪'], lang='zh')


@fixture('leixin')
def lx_zh_cracked_ems_sent():
    body = text("""您好！

我们的 LXD-808/2W 激光器在搬运过程中不小心掉到地上，外壳摔裂了，出光口的窗口片也碎了。
想请贵司帮忙维修，已经用 EMS 寄出，单号 EE318807265CN，请注意查收。

序列号：LX23020777
订单号：DD20230214009

维修费用请先报价，确认后我们付款。

冯晓云
西安瑞光医疗器械有限公司
029-8832 6671
""", 'gbk', 'b64', label='GBK')
    msg = envelope([
        ('From', addr('冯晓云', 'fengxy@ruiguang-med.example', cs='gbk', label='GBK')),
        ('To', LX),
        ('Subject', ew('激光器外壳摔裂 维修', 'gbk', label='GBK')),
        ('Date', 'Thu, 23 May 2024 15:40:30 +0800'),
        ('Message-ID', mid('netease', 'ruiguang-med.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'fengxy@ruiguang-med.example', orders=['DD20230214009'],
                  serials=['LX23020777'], models=['LXD-808/2W'], tracking=['EE318807265CN'],
                  cat='physical_damage', kw=['外壳摔裂了', '窗口片也碎了'], lang='zh')


@fixture('leixin')
def lx_wrong_model_shipped():
    body = text("""Hello,

We ordered 4 pcs LXB-405/200 (our PO# 71420, your order confirmation LX-SO-2405-031)
but received 4 pcs LX 450 Pro. The label on the carton says LXB-405/200, the modules
inside are marked 450 nm.

We need the 405 nm version for our curing process. Please send the correct ones and
advise how to return these.

Kind regards
Sarah Mitchell
Procurement, CureTech Systems Pty Ltd
12 Fennell St, Port Melbourne VIC 3207, Australia
Ph +61 3 5550 4412
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Sarah Mitchell', 'sarah.mitchell@curetech-example.com')),
        ('To', LX),
        ('Subject', 'Wrong lasers received - PO# 71420'),
        ('Date', 'Mon, 27 May 2024 10:15:00 +1000'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'sarah.mitchell@curetech-example.com',
                  orders=['71420', 'LX-SO-2405-031'], models=['LXB-405/200', 'LX 450 Pro'],
                  cat='wrong_or_missing_item', kw=['received 4 pcs LX 450 Pro'])


@fixture('leixin')
def lx_mixed_return_surplus():
    body = text("""Hi Amy,

关于合同 HT-LX-20240410，我们的项目数量减少了，多订了 5 台 LXG-532/100。
These 5 units are still in the original packing, never powered on. 能否退回？运费我们承担。

Thanks!
Linda 黄琳
宁波海光仪器 采购部
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('黄琳', 'huanglin@nbhaiguang.example', cs='utf-8')),
        ('To', LX),
        ('Cc', addr('Amy Zhou', 'amy.zhou@leixin-laser.example')),
        ('Subject', ew('退货申请 / return of surplus units', 'utf-8')),
        ('Date', 'Tue, 28 May 2024 13:02:19 +0800'),
        ('Message-ID', mid('qq', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'huanglin@nbhaiguang.example', orders=['HT-LX-20240410'],
                  models=['LXG-532/100'], lang='mixed')


@fixture('leixin')
def lx_zh_driver_write_fail():
    body = text("""你好，

LX-DRV 3A 驱动板，上位机软件可以连上，电流电压读数都正常，但是设置功率的时候提示"参数写入失败"，
重启驱动板和电脑都试过了，还是一样。之前用得好好的，上周突然就这样了。

板子上贴的序列号是 lx23120455

是不是要刷固件？还是要寄回去？

汤明
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('汤明', 'tangming@163.example', cs='utf-8')),
        ('To', LX),
        ('Subject', ew('驱动板设置功率提示写入失败', 'utf-8')),
        ('Date', 'Wed, 29 May 2024 21:47:03 +0800'),
        ('Message-ID', mid('netease', '163.example')),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'tangming@163.example', serials=['lx23120455'],
                  models=['LX-DRV 3A'], cat='software', kw=['参数写入失败'], lang='zh')


@fixture('leixin')
def lx_wavelength_drift_pdf():
    body = mixed([text("""Dear Sir/Madam,

We have three LXD-808/2W modules whose
centre wavelength has drifted out of specification. At 25 deg C heatsink and 2.5 A, we measure 815-816 nm against the
specified 808 +/- 3 nm, which no longer matches the absorption band of our Nd:YAG
crystals. Test report attached.

Serial Nos.: LX23040101, LX23040102, LX23040105
Purchase Order: PO/LX/2024/118 (Proforma Invoice PI-2024-0077)

Kindly arrange replacement under warranty.

Thanks and regards,
Venkatesh Iyer
Senior Engineer - Laser Systems
Sparsh Photonics Pvt. Ltd., Plot 41, Electronic City Phase 2, Bengaluru 560100
Tel: +91 80 5555 2210
""", 'us-ascii', '7bit'), attachment('application/pdf', 'Test_report_LXD808.pdf', pdf('tr', 'test report'))], 'outlook')
    msg = envelope([
        ('From', addr('Venkatesh Iyer', 'venkatesh.iyer@sparsh-photonics.example')),
        ('To', LX),
        ('Subject', 'Warranty claim - LXD-808/2W wavelength out of spec'),
        ('Date', 'Thu, 30 May 2024 11:41:12 +0530'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'venkatesh.iyer@sparsh-photonics.example', orders=['PO/LX/2024/118'],
                  serials=['LX23040101', 'LX23040102', 'LX23040105'], models=['LXD-808/2W'],
                  cat='optical_performance', kw=['centre wavelength has drifted out of specification'])


@fixture('leixin')
def lx_zh_followup_sf():
    body = text("""好的，激光器今天已经寄出了，顺丰 SF1309871245530，到付。

赵立新

在 2024年5月7日 14:02，service@leixin-laser.example 写道：
> 赵工您好：
>
> 您的返修申请已受理，维修单号 RMA-2024-00876。请将激光器（LXD-808/2W，LX22110457）
> 连同驱动电源一起寄至：杭州市余杭区文一西路 1500 号 5 幢 磊芯激光 售后部，
> 电话 0571-8690 2200。
>
> 磊芯激光 售后服务部
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('赵立新', 'zhaolx@ovprecision.example', cs='utf-8')),
        ('To', LX),
        ('Subject', ew('回复：RMA-2024-00876 返修受理通知', 'utf-8')),
        ('Date', 'Thu, 09 May 2024 16:20:40 +0800'),
        ('Message-ID', mid('netease', 'ovprecision.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'zhaolx@ovprecision.example', tracking=['SF1309871245530'],
                  rma='RMA-2024-00876', lang='zh')


@fixture('leixin')
def lx_followup_bottom_close():
    body = text("""On 12.06.2024 08:30, Leixin Service wrote:
> Dear Dr. Bianchi,
>
> the replacement LXB-405/200 for RMA-2024-00881 has been shipped today via
> DHL, waybill 3318026554. Please return the defective unit LX23100128 within
> 30 days.
>
> Best regards
> Leixin Laser Service

The replacement arrived this morning and works fine, thank you. The old unit
goes back to you next week. You can close the case.

Laura
""", 'utf-8', '8bit', params='; format=flowed')
    msg = envelope([
        ('Message-ID', mid('tb', 'optolab-milano.example')),
        ('Date', 'Mon, 17 Jun 2024 09:02:14 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Subject', 'Re: RMA-2024-00881 replacement shipped'),
        ('To', LX),
        ('From', addr('Laura Bianchi', 'laura.bianchi@optolab-milano.example')),
    ], body)
    return msg, L('follow_up', 'laura.bianchi@optolab-milano.example', rma='RMA-2024-00881')


@fixture('leixin')
def lx_mixed_followup_interleaved():
    body = text("""你好，回答见下面：

> 1. 请提供工作时的驱动电流和输出功率

Driving current 2.8A，功率只有 1.2W（新的时候是 2.1W）。

> 2. 冷却水温度是多少？

18℃, flow 1.5 L/min, 一直没变过。

> 3. 光纤端面是否检查过？

Checked with a fibre microscope, 端面干净，没有烧点。

Best regards
吴俊杰

----- Original Message -----
From: Leixin Service <service@leixin-laser.example>
Subject: RMA-2024-00890 需要补充信息
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('吴俊杰', 'wujj@shizhun-auto.example', cs='utf-8')),
        ('To', LX),
        ('Subject', ew('Re: RMA-2024-00890 需要补充信息', 'utf-8')),
        ('Date', 'Fri, 14 Jun 2024 10:05:33 +0800'),
        ('Message-ID', mid('foxmail', 'shizhun-auto.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'wujj@shizhun-auto.example', rma='RMA-2024-00890',
                  cat='optical_performance', kw=['功率只有 1.2W'], lang='mixed')


@fixture('leixin')
def lx_followup_fedex_outlook():
    body = text("""Hello,

The damaged LXD-980/10W went back to you today via FedEx, AWB 774912340012.

Regards
Frank Hübner

-----Original Message-----
From: Leixin Service <service@leixin-laser.example>
Sent: Monday, May 20, 2024 10:02 AM
To: Frank Hübner <f.huebner@photonwerk-example.com>
Subject: RMA-2024-00902 Damaged fibre connector LXD-980/10W

Dear Mr. Hübner,

please return the damaged unit LX24030044 under RMA-2024-00902.
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Frank H\u00fcbner', 'f.huebner@photonwerk-example.com', cs='utf-8', enc='Q')),
        ('To', LX),
        ('Subject', 'RE: RMA-2024-00902 Damaged fibre connector LXD-980/10W'),
        ('Date', 'Wed, 22 May 2024 17:30:02 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'f.huebner@photonwerk-example.com', models=['LXD-980/10W'], tracking=['774912340012'],
                  rma='RMA-2024-00902')


@fixture('leixin')
def lx_zh_order_status():
    body = text("""售后你好，

我们 5 月 9 日寄回的激光器（维修单号 RMA-2024-00876）修好了吗？大概什么时候能寄回来？
生产线等着用，麻烦给个时间。

赵立新
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('赵立新', 'zhaolx@ovprecision.example', cs='utf-8')),
        ('To', LX),
        ('Subject', ew('咨询维修进度', 'utf-8')),
        ('Date', 'Mon, 03 Jun 2024 08:55:12 +0800'),
        ('Message-ID', mid('netease', 'ovprecision.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'zhaolx@ovprecision.example', rma='RMA-2024-00876', lang='zh')


@fixture('leixin')
def lx_order_status_en():
    body = text("""Hi Leixin service,

could you please send me the tracking number for the replacement under
RMA-2024-00902? We got the confirmation that our returned unit arrived but
nothing since.

Thanks,
Frank
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Frank H\u00fcbner', 'f.huebner@photonwerk-example.com', cs='utf-8', enc='Q')),
        ('To', LX),
        ('Subject', 'Tracking for replacement?'),
        ('Date', 'Wed, 12 Jun 2024 09:11:45 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'f.huebner@photonwerk-example.com', rma='RMA-2024-00902')


@fixture('leixin')
def lx_zh_auto_reply():
    body = text("""您好，您的来信已收到，我目前在外出差，会尽快回复您。
紧急事务请拨打 0571-8690 2200 转 8012。

此邮件为自动回复。
""", 'gb2312', 'qp')
    msg = envelope([
        ('From', addr('冯晓云', 'fengxy@ruiguang-med.example', cs='gb2312')),
        ('To', LX),
        ('Subject', ew('自动回复：RMA-2024-00911 维修报价', 'gb2312')),
        ('Date', 'Tue, 04 Jun 2024 10:00:07 +0800'),
        ('Message-ID', mid('netease', 'ruiguang-med.example')),
        ('Auto-Submitted', 'auto-replied'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'fengxy@ruiguang-med.example', rma='RMA-2024-00911', lang='zh')


@fixture('leixin')
def lx_ooo_korean_customer_en():
    body = text("""Thank you for your e-mail.

I am on a business trip until June 28 and will have limited access to my mailbox.
For urgent matters, please contact Ms. Kim (sy.kim@hanbit-optics.example).

Best regards,
Park Ji-ho
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('Park Ji-ho', 'jiho.park@hanbit-optics.example')),
        ('To', LX),
        ('Subject', '[Auto Reply] Re: RMA-2024-00917 firmware recovery'),
        ('Date', 'Mon, 24 Jun 2024 01:12:33 +0000'),
        ('Message-ID', mid('generic', 'hanbit-optics.example')),
        ('Auto-Submitted', 'auto-replied (vacation)'),
        ('X-Autoreply', 'yes'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'jiho.park@hanbit-optics.example', rma='RMA-2024-00917')


@fixture('leixin')
def lx_bounce_old_sendmail():
    body = Message()
    body['Content-Type'] = 'text/plain; charset=us-ascii'
    body.set_payload("""The original message was received at Thu, 6 Jun 2024 10:41:02 +0800
from [10.8.1.22]

   ----- The following addresses had permanent fatal errors -----
<purchase@old-domain-optics.example>
    (reason: 553 5.3.0 <purchase@old-domain-optics.example>... No such user)

   ----- Transcript of session follows -----
... while talking to mail.old-domain-optics.example.:
>>> DATA
<<< 553 5.3.0 <purchase@old-domain-optics.example>... No such user
550 5.1.1 <purchase@old-domain-optics.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

   ----- Original message follows -----

From: Leixin Service <service@leixin-laser.example>
To: purchase@old-domain-optics.example
Subject: RMA-2024-00920 quotation for repair LXG-532/100
Date: Thu, 6 Jun 2024 10:40:58 +0800

Dear customer, please find the repair quotation for LX22090314 below.
""")
    msg = envelope([
        ('Date', 'Thu, 6 Jun 2024 10:41:05 +0800'),
        ('From', 'Mail Delivery Subsystem <MAILER-DAEMON@relay2.leixin-laser.example>'),
        ('Message-Id', '<202406060241.4562f5Ab018844@relay2.leixin-laser.example>'),
        ('To', LX),
        ('Subject', 'Returned mail: see transcript for details'),
    ], body)
    return msg, L('bounce')


@fixture('leixin')
def lx_zh_cioe_invitation():
    h = html_doc("""<div style="width:600px;margin:0 auto;font-family:微软雅黑">
<h2 style="color:#c00">第25届中国国际光电博览会 邀请函</h2>
<p>尊敬的客户：</p>
<p>第25届中国国际光电博览会将于 2024 年 9 月 11 日至 13 日在深圳国际会展中心（宝安新馆）举办。
本届展会展出面积 24 万平方米，涵盖激光、红外、光通信、精密光学等板块。</p>
<p>现诚邀贵司莅临参观，扫描下方二维码即可免费预登记。</p>
<p><img src="https://cioe-expo.example/qr/2024.png" width="160"></p>
<p style="font-size:12px;color:#999">如不希望再收到此类邮件，请<a href="https://cioe-expo.example/unsub">点击退订</a>。</p>
</div>""")
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('光博会组委会', 'invite@cioe-expo.example', cs='utf-8')),
        ('To', LX),
        ('Subject', ew('【邀请函】第25届中国国际光电博览会 9月11-13日 深圳', 'utf-8')),
        ('Date', 'Wed, 19 Jun 2024 10:00:00 +0800'),
        ('Message-ID', mid('generic', 'edm.cioe-expo.example')),
        ('List-Unsubscribe', '<https://cioe-expo.example/unsub>'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated', lang='zh')


@fixture('leixin')
def lx_freight_spam():
    body = text("""Dear Sir/Madam,

This is Jack from Global Swift Logistics. We are a professional freight forwarder
in Ningbo with very competitive rates for express and air freight:

  DHL / FedEx / UPS to USA, 0.5 kg from USD 8.5
  Air freight HGH -> FRA, +100 kg, USD 3.2/kg
  Sea freight LCL Ningbo -> Hamburg, USD 25/cbm

Free pickup in Hangzhou area. Tracking available 24/7.

Looking forward to your inquiry!

Jack Chen
Global Swift Logistics Co., Ltd.
WhatsApp/WeChat: +86 136 5555 0182
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('Jack Chen', 'jack@globalswift-logistics.example')),
        ('To', LX),
        ('Subject', 'Best freight rates from Ningbo/Hangzhou - DHL FedEx UPS'),
        ('Date', 'Thu, 20 Jun 2024 08:33:10 +0800'),
        ('Message-ID', mid('generic', 'globalswift-logistics.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


# ---------------------------------------------------------------------------
# 7. Norvik Industrial Networks -- industrial switches, media converters (Sweden)
#    serials: plain 5-6 digit numbers (88120, 204517); sales orders SOnnnnnn
# ---------------------------------------------------------------------------
company('norvik',
        name='Norvik Industrial Networks AB',
        service_address='service@norvik-example.com',
        staff_domains=['norvik-example.com'],
        noreply_addresses=['noreply@norvik-example.com', 'portal@norvik-example.com'],
        catalog=['NIS-8GT/2SFP', 'NIS-16P/4G', 'NIS-24G/4X Rack', 'NIS 5 Lite', 'NRS-5208',
                 'MC-100FX/SC', 'MC-1000SX/LC', 'MC-1000LX/LC', 'NPS-240'])
NV = 'service@norvik-example.com'


@fixture('norvik')
def nv_range_to_link_loss():
    body = text("""Hello Norvik support,

We have six NIS-8GT/2SFP switches in the cabinets of our new wastewater plant that
randomly lose link on ports 1-4 every few hours. The port LEDs go dark for 20-30
seconds, then the links come back. Ports 5-8 and the SFP uplinks are not affected.
Firmware is 2.4.7 on all of them. It happens on SN 88120 to 88125, all from the
same delivery.

Our order number: 4500019877

Could you please issue an RMA? We'd prefer an advance exchange as the plant is in
commissioning.

Best regards
Johan Ekström
Automation Engineer
Kretslopp V\u00e4st AB
Lindholmsall\u00e9n 9, 417 55 G\u00f6teborg
Tel 031-555 38 20 | Org.nr 556677-8899
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Johan Ekstr\u00f6m', 'johan.ekstrom@kretslopp-vast.example', cs='utf-8', enc='Q')),
        ('To', NV),
        ('Subject', 'Link loss on ports 1-4, six NIS-8GT/2SFP'),
        ('Date', 'Mon, 01 Jul 2024 08:41:19 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    sn = [str(i) for i in range(88120, 88126)]
    return msg, L('new_request', 'johan.ekstrom@kretslopp-vast.example', orders=['4500019877'],
                  serials=sn, expanded=sn[1:], models=['NIS-8GT/2SFP'], cat='intermittent',
                  kw=['randomly lose link on ports 1-4 every few hours'])


@fixture('norvik')
def nv_sv_no_fibre_link():
    body = text("""Hej!

Vi har en mediaomvandlare MC-100FX/SC som inte f\u00e5r n\u00e5gon l\u00e4nk p\u00e5 fiberporten l\u00e4ngre.
FX-lampan \u00e4r sl\u00e4ckt, TP-sidan fungerar. Vi har m\u00e4tt fibern (\u20134,1 dBm in) och bytt
till en annan omvandlare av samma modell, d\u00e5 fungerar det.

Serienummer: 204517
Ordernummer: SO300412

Hur g\u00f6r vi med retur?

Med v\u00e4nliga h\u00e4lsningar
Maria Holm
Drifttekniker, Ume\u00e5 Energi N\u00e4t
Box 224, 901 05 Ume\u00e5
090-555 71 30
""", 'windows-1252', 'qp')
    msg = envelope([
        ('From', addr('Maria Holm', 'maria.holm@umea-energinat.example')),
        ('To', NV),
        ('Subject', ew('Ingen l\u00e4nk p\u00e5 MC-100FX/SC', 'iso-8859-1', 'Q')),
        ('Date', 'Tue, 02 Jul 2024 13:20:40 +0200'),
        ('Message-ID', mid('exchange', 'umea-energinat.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'maria.holm@umea-energinat.example', orders=['SO300412'],
                  serials=['204517'], models=['MC-100FX/SC'], cat='no_link',
                  kw=['inte f\u00e5r n\u00e5gon l\u00e4nk p\u00e5 fiberporten'])


@fixture('norvik')
def nv_fr_switch_reboots():
    body = text("""Bonjour,

Un de nos commutateurs NRS-5208 install\u00e9s en gare de Lyon-Perrache red\u00e9marre tout seul
plusieurs fois par jour (4 \u00e0 6 fois). Les journaux montrent \u00ab cold start \u00bb sans autre
message. L'alimentation 24 V DC a \u00e9t\u00e9 contr\u00f4l\u00e9e, elle est stable.

Num\u00e9ro de s\u00e9rie : 197342
Bon de commande : BC 24/00318

Merci de nous indiquer la proc\u00e9dure de retour.

Cordialement,
St\u00e9phane Garnier
Technicien t\u00e9l\u00e9coms \u2013 R\u00e9gion Rh\u00f4ne-Alpes
Rail Services Rh\u00f4ne SAS, 10 cours de Verdun, 69002 Lyon
T\u00e9l. 04 78 55 90 12
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('St\u00e9phane Garnier', 's.garnier@railservices-rhone.example', cs='utf-8', enc='Q')),
        ('To', NV),
        ('Cc', addr('Jean-Marc Petit', 'jm.petit@norvik-example.com')),
        ('Subject', ew('NRS-5208 red\u00e9marre tout seul', 'utf-8', 'Q')),
        ('Date', 'Wed, 03 Jul 2024 10:02:11 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'fr-FR'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 's.garnier@railservices-rhone.example', orders=['BC 24/00318'],
                  serials=['197342'], models=['NRS-5208'], cat='intermittent',
                  kw=['red\u00e9marre tout seul'])


@fixture('norvik')
def nv_es_converter_dead():
    body = text("""Buenos d\u00edas,

El conversor de medios MC-1000LX/LC que instalamos en la EDAR de Alicante no enciende:
el LED PWR est\u00e1 apagado y no hay tr\u00e1fico. Hemos comprobado la fuente de 12 V con el
mult\u00edmetro (12,3 V) y el cable.

N\u00famero de serie: 211088
Pedido: 2024/PED/0931

Quedamos a la espera de sus instrucciones para la devoluci\u00f3n.

Un saludo,
Javier Molina
Aguas de Levante S.A. \u2013 Departamento de Telecontrol
Avda. de Elche 140, 03008 Alicante - Tel. 965 55 21 40
""", 'windows-1252', 'qp')
    msg = envelope([
        ('From', addr('Javier Molina', 'jmolina@aguas-levante.example')),
        ('To', NV),
        ('Subject', 'Conversor MC-1000LX/LC no enciende'),
        ('Date', 'Thu, 04 Jul 2024 09:30:00 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'es-ES'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'jmolina@aguas-levante.example', orders=['2024/PED/0931'],
                  serials=['211088'], models=['MC-1000LX/LC'], cat='no_power', kw=['no enciende', 'LED PWR est\u00e1 apagado'])


@fixture('norvik')
def nv_html_webui_after_upgrade():
    h = html_doc("""<p>Hi Norvik,</p>
<p>After upgrading three of our NIS-16P/4G switches to firmware <b>3.1.4</b> the web management UI is unreachable
(connection reset on both HTTP and HTTPS). Switching and PoE still work, SNMP answers, but we cannot change the
configuration anymore. The fourth switch, still on 3.0.9, is fine.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Location</th><th>Model</th><th>Serial</th><th>Mgmt IP</th></tr>
<tr><td>Gate A</td><td>NIS-16P/4G</td><td>230411</td><td>172.16.40.11</td></tr>
<tr><td>Gate B</td><td>NIS-16P/4G</td><td>230415</td><td>172.16.40.12</td></tr>
<tr><td>Warehouse</td><td>NIS-16P/4G</td><td>230419</td><td>172.16.40.13</td></tr>
</table>
<p>PO 7781/24. Is there a downgrade path, or do they need to come back?</p>
<p>Thanks,<br>Oliver Grant<br>Infrastructure Lead, Portside Logistics Ltd<br>Berth 7, Tilbury Docks, RM18 7EH &ndash; 01375 555 204</p>""")
    body = text(h, 'utf-8', 'qp', sub='html')
    msg = envelope([
        ('From', addr('Oliver Grant', 'oliver.grant@portside-logistics.example')),
        ('To', NV),
        ('Subject', 'NIS-16P/4G web UI unreachable after 3.1.4'),
        ('Date', 'Fri, 05 Jul 2024 14:12:45 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'oliver.grant@portside-logistics.example', orders=['7781/24'],
                  serials=['230411', '230415', '230419'], models=['NIS-16P/4G'], cat='software',
                  kw=['web management UI is unreachable'])


@fixture('norvik')
def nv_portal_de_broken_clip():
    body = text("""Norvik Service Portal - neue Serviceanfrage

Name: Klaus Wendt
E-Mail: k.wendt@wendt-automation.example
Firma: Wendt Automation GmbH
Telefon: +49 5251 555 230
Produkt: NIS 5 Lite
Seriennummer: 88412
Bestellnummer:
Beschreibung:
Beim Einbau ist der DIN-Schienen-Clip abgebrochen und das Geh\u00e4use an der Ecke gebrochen.
Das Ger\u00e4t war so schon in der Verpackung (Clip lag lose im Karton). Bitte um Ersatz.
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Norvik Service Portal', 'portal@norvik-example.com')),
        ('Reply-To', 'k.wendt@wendt-automation.example'),
        ('To', NV),
        ('Subject', 'Serviceanfrage: NIS 5 Lite'),
        ('Date', 'Mon, 08 Jul 2024 06:55:02 +0000'),
        ('Message-ID', mid('php', 'portal.norvik-example.com')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'k.wendt@wendt-automation.example', serials=['88412'],
                  models=['NIS 5 Lite'], cat='physical_damage',
                  kw=['DIN-Schienen-Clip abgebrochen', 'Geh\u00e4use an der Ecke gebrochen'])


@fixture('norvik')
def nv_fwd_outlook_psu_whistle():
    body = text("""Hi service,

Please take care of Mikko's power supply. It was part of SO300377.

/Erik

Erik Lund
Sales Manager Finland & Baltics | Norvik Industrial Networks AB
+46 8 555 120 33

-----Original Message-----
From: Mikko Laine <mikko.laine@savon-automaatio.example>
Sent: Tuesday, July 9, 2024 10:14 AM
To: Erik Lund <erik.lund@norvik-example.com>
Subject: NPS-240 noise

Hi Erik,

One of the NPS-240 DIN rail supplies makes a high-pitched whistling noise, clearly
audible in the control room, and it gets louder with load. Output voltage is still
correct (24.1 V). Serial 176650.

We'd like to swap it during the next service break.

Br,
Mikko Laine
Savon Automaatio Oy, Kuopio
+358 17 555 2041
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Erik Lund', 'erik.lund@norvik-example.com')),
        ('To', NV),
        ('Subject', 'FW: NPS-240 noise'),
        ('Date', 'Tue, 09 Jul 2024 11:02:29 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'mikko.laine@savon-automaatio.example', 'erik.lund@norvik-example.com',
                  orders=['SO300377'], serials=['176650'], models=['NPS-240'], cat='other',
                  kw=['high-pitched whistling noise'])


@fixture('norvik')
def nv_fwd_apple_sv_short_qty():
    plain = """Hej service,

kan ni skicka de tv\u00e5 saknade omvandlarna till Anders? Se nedan.

Sara


Vidarebefordrat brev:

Fr\u00e5n: Anders Berg <anders.berg@vasteras-fiber.example>
\u00c4mne: Saknas 2 st MC-1000SX/LC
Datum: 10 juli 2024 08:47:12 CEST
Till: Sara Nystr\u00f6m <sara.nystrom@norvik-example.com>

Hej Sara,

vi best\u00e4llde 12 st MC-1000SX/LC (ink\u00f6psorder 55-2024-118) men i leveransen
fanns bara 10 st. F\u00f6ljesedeln s\u00e4ger 12.

H\u00e4lsningar
Anders Berg
V\u00e4ster\u00e5s Fibern\u00e4t AB, 021-555 40 81
"""
    body = text(plain, 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Sara Nystr\u00f6m', 'sara.nystrom@norvik-example.com', cs='utf-8', enc='Q')),
        ('@body', None),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))'),
        ('Subject', 'VB: Saknas 2 st MC-1000SX/LC'),
        ('Date', 'Wed, 10 Jul 2024 09:20:03 +0200'),
        ('To', NV),
        ('Message-Id', mid('apple', 'norvik-example.com')),
        ('X-Mailer', 'Apple Mail (2.3774.600.62)'),
    ], body)
    return msg, L('forwarded', 'anders.berg@vasteras-fiber.example', 'sara.nystrom@norvik-example.com',
                  orders=['55-2024-118'], models=['MC-1000SX/LC'], cat='wrong_or_missing_item',
                  kw=['fanns bara 10 st'])


@fixture('norvik')
def nv_fwd_gmail_fr_sfp_ports():
    plain = """Bonjour l'\u00e9quipe service,

je vous transf\u00e8re le message de Nadia. Commande client CMD-2024-7713, notre SO300455.

Jean-Marc

---------- Forwarded message ---------
De : Nadia Benali <n.benali@datacenter-sud.example>
Date: jeu. 11 juil. 2024 \u00e0 16:05
Subject: Ports SFP+ HS sur NIS-24G/4X Rack
To: Jean-Marc Petit <jm.petit@norvik-example.com>


Bonjour Jean-Marc,

Sur notre NIS-24G/4X Rack (n\u00b0 de s\u00e9rie 240077), les ports SFP+ 25 \u00e0 28
ne montent plus du tout : pas de lien, LED \u00e9teintes, avec des modules qui fonctionnent dans un autre switch.
Les ports cuivre fonctionnent normalement.

Cordialement,
Nadia Benali
Datacenter Sud \u2013 Exploitation r\u00e9seau
"""
    h = html_doc('<div dir="ltr">' + html.escape(plain).replace('\n', '<br>\n') + '</div>')
    body = alt(text(plain, 'UTF-8', 'qp'), text(h, 'UTF-8', 'qp', sub='html'), 'gmail')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Jean-Marc Petit', 'jm.petit@norvik-example.com')),
        ('Date', 'Fri, 12 Jul 2024 08:44:00 +0200'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Fwd: Ports SFP+ HS sur NIS-24G/4X Rack'),
        ('To', NV),
    ], body)
    return msg, L('forwarded', 'n.benali@datacenter-sud.example', 'jm.petit@norvik-example.com',
                  orders=['CMD-2024-7713', 'SO300455'], serials=['240077'], models=['NIS-24G/4X Rack'],
                  cat='no_link', kw=['ne montent plus du tout', 'pas de lien'])


@fixture('norvik')
def nv_fwd_owa_es_name_only():
    h = html_doc("""<div style="font-family:Aptos,Arial;font-size:12pt">Hola equipo,<br>os reenv\u00edo lo de Javier, otro switch que se cuelga. Por favor abrid RMA.<br><br>Carlos Ib\u00e1\u00f1ez<br>Norvik Iberia</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" color="#000000" style="font-size:11pt"><b>De:</b> Javier Molina<br>
<b>Enviado:</b> lunes, 15 de julio de 2024 12:31<br>
<b>Para:</b> Carlos Ib\u00e1\u00f1ez<br>
<b>Asunto:</b> NRS-5208 se cuelga</font><div>&nbsp;</div></div>
<div>Hola Carlos,<br><br>
el NRS-5208 de la estaci\u00f3n de bombeo norte (n.\u00ba de serie 199810) se cuelga cada dos o tres d\u00edas:
deja de responder y hay que quitarle la alimentaci\u00f3n para que vuelva. Nada en el log.<br><br>
Un saludo,<br>Javier Molina<br>Aguas de Levante S.A. &ndash; Telecontrol<br>
jmolina@aguas-levante.example &ndash; 965 55 21 40</div>""")
    body = text(h, 'utf-8', 'qp', sub='html')
    msg = envelope([
        ('From', addr('Carlos Ib\u00e1\u00f1ez', 'carlos.ibanez@norvik-example.com', cs='utf-8', enc='Q')),
        ('To', NV),
        ('Subject', 'RV: NRS-5208 se cuelga'),
        ('Date', 'Mon, 15 Jul 2024 11:02:30 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'es-ES'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'jmolina@aguas-levante.example', 'carlos.ibanez@norvik-example.com',
                  serials=['199810'], models=['NRS-5208'], cat='intermittent',
                  kw=['se cuelga cada dos o tres d\u00edas', 'deja de responder'])


@fixture('norvik')
def nv_zh_fibre_port_down():
    body = text("""Norvik 售后您好：

我们在某地铁项目中使用的工业交换机 NIS-8GT/2SFP，有一台两个光口都不通，SFP 模块插上后指示灯不亮，
换了几个模块都一样，电口工作正常。

序列号：231190
合同号：HT2024-NB-0112

项目马上要验收，请尽快安排更换，谢谢！

联系人：郑凯
宁波轨交智能系统有限公司
电话：0574-8778 3206
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('郑凯', 'zhengkai@nb-railsys.example', cs='utf-8')),
        ('To', NV),
        ('Subject', ew('工业交换机光口不通', 'utf-8')),
        ('Date', 'Tue, 16 Jul 2024 10:11:08 +0800'),
        ('Message-ID', mid('qq', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'zhengkai@nb-railsys.example', orders=['HT2024-NB-0112'],
                  serials=['231190'], models=['NIS-8GT/2SFP'], cat='no_link',
                  kw=['两个光口都不通', '指示灯不亮'], lang='zh')


@fixture('norvik')
def nv_mixed_reboot_hot_cabinet():
    body = text("""Hi Norvik team,

我們香港的項目上 NIS 5 Lite 在機櫃溫度超過 55°C 的時候會自己重啟, it reboots about every 10 minutes
in the afternoon when the sun is on the cabinet. 晚上溫度降下來就正常。Datasheet says -40 to 75°C.

S/N: 91277
PO-HK-24-0088

Please advise. 謝謝。

Kelvin Leung 梁家俊
Harbour Tech Engineering Ltd
+852 5550 3318
""", 'big5', 'qp', label='big5')
    msg = envelope([
        ('From', addr('Kelvin Leung', 'kelvin.leung@harbourtech-hk.example')),
        ('To', NV),
        ('Subject', 'NIS 5 Lite reboot at high temperature'),
        ('Date', 'Wed, 17 Jul 2024 15:33:20 +0800'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'kelvin.leung@harbourtech-hk.example', orders=['PO-HK-24-0088'],
                  serials=['91277'], models=['NIS 5 Lite'], cat='intermittent',
                  kw=['it reboots about every 10 minutes'], lang='mixed')


@fixture('norvik')
def nv_return_wrong_size():
    body = text("""Hello,

we ordered an NIS-16P/4G under SO300501, but the cabinet design changed and we now
need the 24-port rack version instead. The switch is unopened in its original box.
Can we return it and exchange it for an NIS-24G/4X Rack?

Regards,
Ewa Nowicka
Projekt-Automatyka Sp. z o.o., ul. Fabryczna 12, 53-609 Wroc\u0142aw
+48 71 555 02 19
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Ewa Nowicka', 'e.nowicka@projekt-automatyka.example')),
        ('To', NV),
        ('Subject', 'Exchange request SO300501'),
        ('Date', 'Thu, 18 Jul 2024 09:00:31 +0200'),
        ('Message-ID', mid('tb', 'projekt-automatyka.example')),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'e.nowicka@projekt-automatyka.example', orders=['SO300501'],
                  models=['NIS-16P/4G', 'NIS-24G/4X Rack'])


@fixture('norvik')
def nv_postnord_damage():
    body = mixed([text("""Hello,

The NRS-5208 delivered yesterday by PostNord (shipment 00370726201234567890) is
damaged: the front panel is dented and one of the SFP cages is bent inwards so a
module cannot be inserted. The carton had a big dent at the same spot. Pictures
attached.

Serial: 205531
Our PO: 4500020113

Please send a replacement.

Kind regards
Lars Eriksen
Fjellnett Drift AS, Bergen
+47 55 55 81 20
""", 'utf-8', '7bit'),
        attachment('image/jpeg', 'IMG_4471.jpeg', jpeg('1')),
        attachment('image/jpeg', 'IMG_4472.jpeg', jpeg('2'))], 'apple')
    msg = envelope([
        ('From', addr('Lars Eriksen', 'lars.eriksen@fjellnett.example')),
        ('@body', None),
        ('Mime-Version', '1.0 (1.0)'),
        ('Subject', 'Transport damage NRS-5208'),
        ('Date', 'Fri, 19 Jul 2024 08:14:20 +0200'),
        ('Message-Id', mid('apple', 'fjellnett.example')),
        ('To', NV),
        ('X-Mailer', 'iPhone Mail (21F90)'),
    ], body)
    return msg, L('new_request', 'lars.eriksen@fjellnett.example', orders=['4500020113'],
                  serials=['205531'], models=['NRS-5208'], tracking=['00370726201234567890'],
                  cat='physical_damage', kw=['front panel is dented', 'SFP cages is bent'])


@fixture('norvik')
def nv_followup_dhl():
    body = text("""Hi,

The six switches went back today via DHL Express, waybill 8812094470.

/Johan

Fr\u00e5n: Norvik Service <service@norvik-example.com>
Skickat: den 3 juli 2024 14:10
Till: Johan Ekstr\u00f6m <johan.ekstrom@kretslopp-vast.example>
\u00c4mne: RMA-2024-02198 Link loss on ports 1-4, six NIS-8GT/2SFP

Hello Johan,

RMA-2024-02198 has been created for serials 88120-88125. Advance replacements
will ship tomorrow.

Norvik Service
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Johan Ekstr\u00f6m', 'johan.ekstrom@kretslopp-vast.example', cs='utf-8', enc='Q')),
        ('To', NV),
        ('Subject', 'SV: RMA-2024-02198 Link loss on ports 1-4, six NIS-8GT/2SFP'),
        ('Date', 'Mon, 08 Jul 2024 16:02:44 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'johan.ekstrom@kretslopp-vast.example', models=['NIS-8GT/2SFP'], tracking=['8812094470'],
                  rma='RMA-2024-02198')


@fixture('norvik')
def nv_followup_sv_third_switch():
    body = text("""Hej igen,

tyv\u00e4rr har nu \u00e4ven en sjunde switch b\u00f6rjat tappa l\u00e4nken p\u00e5 port 1-4, serienummer 88127.
Kan ni l\u00e4gga till den i samma \u00e4rende?

/Johan

Den 4 juli 2024 09:12 skrev Norvik Service <service@norvik-example.com>:
> Hej Johan,
>
> ers\u00e4ttningsenheterna f\u00f6r RMA-2024-02198 har skickats idag.
>
> Norvik Service
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Johan Ekstr\u00f6m', 'johan.ekstrom@kretslopp-vast.example', cs='utf-8', enc='Q')),
        ('To', NV),
        ('Subject', ew('Re: RMA-2024-02198 ers\u00e4ttningsenheter skickade', 'utf-8', 'Q')),
        ('Date', 'Thu, 11 Jul 2024 07:55:10 +0200'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'johan.ekstrom@kretslopp-vast.example', serials=['88127'],
                  rma='RMA-2024-02198', cat='intermittent', kw=['tappa l\u00e4nken p\u00e5 port 1-4'])


@fixture('norvik')
def nv_followup_fr_oneliner():
    body = text("""Merci, c'est not\u00e9. Nous attendons l'\u00e9tiquette de retour.

St\u00e9phane Garnier

-----Message d'origine-----
De : Norvik Service <service@norvik-example.com>
Envoy\u00e9 : vendredi 5 juillet 2024 10:21
\u00c0 : St\u00e9phane Garnier <s.garnier@railservices-rhone.example>
Objet : RMA-2024-02215 NRS-5208 red\u00e9marre tout seul

Bonjour Monsieur Garnier,

nous avons cr\u00e9\u00e9 le dossier RMA-2024-02215 pour le commutateur NRS-5208,
num\u00e9ro de s\u00e9rie 197342 (bon de commande BC 24/00318). Vous recevrez
l'\u00e9tiquette de retour UPS s\u00e9par\u00e9ment. Merci de joindre une copie de ce
message au colis.

Pour toute question : +46 8 555 120 00.

Cordialement,
Norvik Service
Norvik Industrial Networks AB, Kistag\u00e5ngen 20, 164 40 Kista, Sverige
""", 'windows-1252', 'qp')
    msg = envelope([
        ('From', addr('St\u00e9phane Garnier', 's.garnier@railservices-rhone.example', cs='utf-8', enc='Q')),
        ('To', NV),
        ('Subject', ew('RE: RMA-2024-02215 NRS-5208 red\u00e9marre tout seul', 'utf-8', 'Q')),
        ('Date', 'Fri, 05 Jul 2024 11:02:40 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 's.garnier@railservices-rhone.example', models=['NRS-5208'], rma='RMA-2024-02215')


@fixture('norvik')
def nv_order_status():
    body = text("""Hello,

any news on the replacement for RMA-2024-02201? The faulty converter was delivered to
you on 10 July according to the tracking. Original order SO300412.

Thanks
Maria Holm
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Maria Holm', 'maria.holm@umea-energinat.example')),
        ('To', NV),
        ('Subject', 'RMA-2024-02201 status'),
        ('Date', 'Mon, 22 Jul 2024 10:40:00 +0200'),
        ('Message-ID', mid('exchange', 'umea-energinat.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'maria.holm@umea-energinat.example', orders=['SO300412'],
                  rma='RMA-2024-02201')


@fixture('norvik')
def nv_ooo_sv():
    body = text("""Hej,

jag \u00e4r p\u00e5 semester till och med den 5 augusti och l\u00e4ser inte min e-post.
Br\u00e5dskande \u00e4renden: ring v\u00e4xeln 031-555 38 00.

Med v\u00e4nliga h\u00e4lsningar
Johan Ekstr\u00f6m
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Johan Ekstr\u00f6m', 'johan.ekstrom@kretslopp-vast.example', cs='utf-8', enc='Q')),
        ('To', NV),
        ('Subject', 'Autosvar: RMA-2024-02198 replacements shipped'),
        ('Date', 'Tue, 16 Jul 2024 07:00:10 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('Content-Language', 'sv-SE'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'johan.ekstrom@kretslopp-vast.example', rma='RMA-2024-02198')


@fixture('norvik')
def nv_ticket_ack_de():
    body = text("""Sehr geehrte Damen und Herren,

vielen Dank f\u00fcr Ihre Nachricht. Diese wurde unter der Ticketnummer
#2024071100123 erfasst und an die zust\u00e4ndige Abteilung weitergeleitet.

Betreff Ihrer Nachricht: RMA-2024-02230 Austauschger\u00e4t unterwegs

Bitte geben Sie bei R\u00fcckfragen immer die Ticketnummer an.

Ihr IT-Service
Wendt Automation GmbH

-- Diese Nachricht wurde automatisch erstellt. --
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Wendt IT-Service', 'ticket@wendt-automation.example')),
        ('To', NV),
        ('Subject', ew('[Ticket#2024071100123] Eingangsbest\u00e4tigung: RMA-2024-02230 Austauschger\u00e4t unterwegs', 'utf-8', 'Q')),
        ('Date', 'Thu, 11 Jul 2024 12:00:41 +0200'),
        ('Message-ID', mid('generic', 'otrs.wendt-automation.example')),
        ('Auto-Submitted', 'auto-generated'),
        ('X-OTRS-Loop', 'yes'),
        ('Precedence', 'bulk'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'ticket@wendt-automation.example', rma='RMA-2024-02230')


@fixture('norvik')
def nv_bounce_exim():
    body = Message()
    body['Content-Type'] = 'text/plain; charset=us-ascii'
    body['Content-Transfer-Encoding'] = '7bit'
    body.set_payload("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  l.eriksen@fjellnett-old.example
    host mx.fjellnett-old.example [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<l.eriksen@fjellnett-old.example>:
    550 5.1.1 Mailbox does not exist

------ This is a copy of the message, including all the headers. ------

Return-path: <service@norvik-example.com>
Received: from [10.12.0.31] (helo=ws-service-02)
	by mail.norvik-example.com with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <service@norvik-example.com>)
	id 1sSw9o-0007Qe-2N
	for l.eriksen@fjellnett-old.example; Mon, 22 Jul 2024 13:02:18 +0200
From: Norvik Service <service@norvik-example.com>
To: l.eriksen@fjellnett-old.example
Subject: RMA-2024-02240 replacement NRS-5208 (205531)
Date: Mon, 22 Jul 2024 13:02:15 +0200

Dear Mr Eriksen,

the replacement for serial 205531 ships today with DHL 8812099015.

Norvik Service
""")
    msg = envelope([
        ('Return-path', '<>'),
        ('From', 'Mail Delivery System <Mailer-Daemon@mail.norvik-example.com>'),
        ('To', NV),
        ('Subject', 'Mail delivery failed: returning message to sender'),
        ('Message-Id', '<E1sSw9p-0007Qh-0F@mail.norvik-example.com>'),
        ('Date', 'Mon, 22 Jul 2024 13:02:19 +0200'),
        ('X-Failed-Recipients', 'l.eriksen@fjellnett-old.example'),
        ('Auto-Submitted', 'auto-replied'),
    ], body)
    return msg, L('bounce')


@fixture('norvik')
def nv_magazine_newsletter():
    body = alt(text("""INDUSTRIAL ETHERNET WEEKLY - Issue 29/2024

* TSN in process automation: where are we in 2024?
* Interview: why utilities are moving to ring topologies
* Product round-up: 12 managed DIN-rail switches compared

Read online: https://ie-weekly.example/issue/2024-29
Unsubscribe: https://ie-weekly.example/unsubscribe
""", 'utf-8', 'qp'), text(html_doc("""<h1 style="font-family:Georgia">Industrial Ethernet Weekly</h1><p>Issue 29/2024</p>
<ul><li>TSN in process automation: where are we in 2024?</li><li>Interview: why utilities are moving to ring topologies</li>
<li>Product round-up: 12 managed DIN-rail switches compared</li></ul>
<p><a href="https://ie-weekly.example/unsubscribe">Unsubscribe</a></p>"""), 'utf-8', 'qp', sub='html'), 'php')
    msg = envelope([
        ('From', addr('Industrial Ethernet Weekly', 'newsletter@ie-weekly.example')),
        ('To', NV),
        ('Subject', 'IE Weekly 29/2024: TSN, ring topologies, DIN-rail switch round-up'),
        ('Date', 'Thu, 18 Jul 2024 05:00:00 +0000'),
        ('Message-ID', mid('generic', 'ie-weekly.example')),
        ('List-Unsubscribe', '<https://ie-weekly.example/unsubscribe>'),
        ('Precedence', 'list'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('norvik')
def nv_sv_payment_advice():
    body = text("""Betalningsavisering

Till: Norvik Industrial Networks AB
Betalningsdatum: 2024-07-25
Belopp: 148 220,00 SEK

Er faktura     V\u00e5r ink\u00f6psorder   Belopp
9004417        4500019877         112 400,00
9004452        4500020113          35 820,00

Bankgiro 5555-1234 | Org.nr 556677-8899

Kretslopp V\u00e4st AB, Ekonomiavdelningen
Detta meddelande \u00e4r automatiskt genererat.
""", 'iso-8859-1', 'qp')
    msg = envelope([
        ('From', addr('Kretslopp V\u00e4st Ekonomi', 'ekonomi@kretslopp-vast.example', cs='iso-8859-1', enc='Q')),
        ('To', 'ekonomi@norvik-example.com'),
        ('Cc', NV),
        ('Subject', 'Betalningsavisering 2024-07-25'),
        ('Date', 'Thu, 25 Jul 2024 04:10:00 +0200'),
        ('Message-ID', mid('sap', 'kretslopp-vast.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('norvik')
def nv_config_lost():
    body = text("""Hi,

Our NRS-5208 (serial 198004) loses its configuration after every power cycle - all
VLANs and the ring settings are gone and it comes up with factory defaults, even
though "save running-config" reports success. Running firmware 4.2.1.

PO 2024-118-NO

Olav Haugen
Systems Engineer, Nordvind Kraft AS
Postboks 33, 7401 Trondheim
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Olav Haugen', 'olav.haugen@nordvind-kraft.example')),
        ('To', NV),
        ('Subject', 'NRS-5208 forgets config'),
        ('Date', 'Tue, 23 Jul 2024 14:20:05 +0200'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'olav.haugen@nordvind-kraft.example', orders=['2024-118-NO'],
                  serials=['198004'], models=['NRS-5208'], cat='software',
                  kw=['loses its configuration after every power cycle'])


# ---------------------------------------------------------------------------
# 8. Thermiq Imaging -- handheld thermal cameras and OEM cores (UK)
#    serials: model code + yymmdd + seq (TQ6P-240117-0031); sales orders SO-TQ-nnnn
# ---------------------------------------------------------------------------
company('thermiq',
        name='Thermiq Imaging Ltd',
        service_address='service@thermiq.example',
        staff_domains=['thermiq.example'],
        noreply_addresses=['noreply@thermiq.example', 'rma-portal@thermiq.example'],
        catalog=['TQ640 Pro', 'TQ-320s', 'TQ 160 Mini', 'TQ-Core 384', 'TQ-Core 640', 'TQ-Lens 25',
                 'TQ-Dock'])
TQ = 'service@thermiq.example'


@fixture('thermiq')
def tq_temp_low_blackbody():
    body = text("""Dear Thermiq Service,

Our TQ640 Pro reads consistently 6-7 \u00b0C too low. Checked this week against our
calibrated blackbody (emissivity 0.98) at 100 \u00b0C: the camera shows 93.4 \u00b0C in the
centre spot, distance 1 m, emissivity set correctly, reflected temperature 21 \u00b0C.
At 35 \u00b0C the error is smaller (about 1.5 \u00b0C). The camera has never been dropped.

Serial number: TQ6P-240117-0031
PO# 60418

Can you please advise whether this needs a recalibration or a repair, and arrange
collection?

Kind regards,
Rachel Adams
Condition Monitoring Lead
Severn Power Services Ltd
Unit 12, Avonmouth Way, Bristol BS11 9YA
Tel: 0117 496 0331
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Rachel Adams', 'rachel.adams@severnpower.example')),
        ('To', TQ),
        ('Subject', 'TQ640 Pro reading low against blackbody'),
        ('Date', 'Mon, 08 Jul 2024 09:12:40 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'rachel.adams@severnpower.example', orders=['60418'],
                  serials=['TQ6P-240117-0031'], models=['TQ640 Pro'], cat='optical_performance',
                  kw=['reads consistently 6-7 \u00b0C too low'])


@fixture('thermiq')
def tq_terse_lowercase_dead():
    body = text("""hi - tq 160 mini won't turn on at all, battery charged overnight, no lights.
sn t16m-231120-0007

dave
""", 'UTF-8', '7bit')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Dave Hughes', 'dave.hughes.electrical@gmail.example')),
        ('Date', 'Tue, 09 Jul 2024 19:40:12 +0100'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'camera not working'),
        ('To', TQ),
    ], body)
    return msg, L('new_request', 'dave.hughes.electrical@gmail.example', serials=['t16m-231120-0007'],
                  models=['tq 160 mini'], cat='no_power', kw=["won't turn on at all", 'no lights'])


@fixture('thermiq')
def tq_html_cracked_window_fedex():
    h = html_doc("""<div style="font-family:Arial;font-size:10pt">
<p>Hello,</p>
<p>The TQ-320s we received today (FedEx 772304918841) has a <b>cracked germanium window</b> &ndash; see photo.
The FedEx box was crushed on one corner and the camera case inside has a dent.</p>
<p><img src="cid:part1.Xq2jFh0D.d8Kf1mPa@apexinspect.example" width="400" alt="crack"></p>
<p>Serial: T32S-230905-0112<br>
Your sales order: SO-TQ-7781<br>
Our P.O. 2024-0871</p>
<p>We need a replacement before 22 July for a client survey.</p>
<p>Regards,<br>Ian Buchanan<br>Apex Inspection Services | Glasgow | 0141 555 2290</p>
</div>""")
    body = related(text(h, 'utf-8', 'qp', sub='html'),
                   [attachment('image/jpeg', 'crack.jpg', jpeg('c'), inline=True,
                               cid='part1.Xq2jFh0D.d8Kf1mPa@apexinspect.example')], 'tb')
    msg = envelope([
        ('Message-ID', mid('tb', 'apexinspect.example')),
        ('Date', 'Wed, 10 Jul 2024 15:31:08 +0100'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('To', TQ),
        ('From', addr('Ian Buchanan', 'ian@apexinspect.example')),
        ('Subject', 'Damaged on delivery - TQ-320s'),
    ], body)
    return msg, L('new_request', 'ian@apexinspect.example', orders=['SO-TQ-7781', '2024-0871'],
                  serials=['T32S-230905-0112'], models=['TQ-320s'], tracking=['772304918841'],
                  cat='physical_damage', kw=['cracked germanium window', 'box was crushed'])


@fixture('thermiq')
def tq_portal_core_no_video():
    body = text("""RMA portal submission #P-24-3391

Name:            Henrik Vos
Email:           h.vos@dronetec-systems.example
Company:         DroneTec Systems B.V.
Phone:           +31 15 555 0712
Product:         TQ-Core 384
Serial number:   TC38-240201-0450
Order reference: PO 5120-OEM
Fault type:      No image
Details:         Core powers up (current draw 1.1 W as usual) and answers on UART, but there
                 is no video on the CVBS output and the USB-UVC stream is black. Swapped
                 cable and carrier board; a second core works in the same setup.

Attachments: none
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('Thermiq RMA Portal', 'rma-portal@thermiq.example')),
        ('Reply-To', addr('Henrik Vos', 'h.vos@dronetec-systems.example')),
        ('To', TQ),
        ('Subject', 'RMA portal submission #P-24-3391 (TQ-Core 384)'),
        ('Date', 'Thu, 11 Jul 2024 06:02:40 +0000'),
        ('Message-ID', mid('php', 'portal.thermiq.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'h.vos@dronetec-systems.example', orders=['5120-OEM'],
                  serials=['TC38-240201-0450'], models=['TQ-Core 384'], cat='no_link',
                  kw=['no video on the CVBS output'])


@fixture('thermiq')
def tq_de_reboots():
    body = text("""Guten Tag,

unsere W\u00e4rmebildkamera TQ640 Pro startet st\u00e4ndig neu \u2013 meistens nach 5 bis 15 Minuten
Betrieb, manchmal direkt beim Speichern eines Bildes. Akku ist neu (Originalakku),
Firmware 3.0.1. Mit Netzteil passiert es ebenfalls.

Seriennummer: TQ6P-231009-0114
Bestellnummer: 4500028841 (Ihr Auftrag SO-TQ-7702)

Bitte teilen Sie uns mit, wie wir die Kamera einschicken k\u00f6nnen.

Mit freundlichen Gr\u00fc\u00dfen
Petra Zimmermann
Instandhaltung / Thermografie
Chemiepark Rheinufer Service GmbH
Industriestra\u00dfe 200, 50389 Wesseling
Tel. +49 2236 555-4120
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Zimmermann, Petra', 'petra.zimmermann@chemiepark-rheinufer.example')),
        ('To', TQ),
        ('Subject', 'TQ640 Pro startet neu'),
        ('Date', 'Fri, 12 Jul 2024 08:20:00 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('Content-Language', 'de-DE'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'petra.zimmermann@chemiepark-rheinufer.example',
                  orders=['4500028841', 'SO-TQ-7702'], serials=['TQ6P-231009-0114'],
                  models=['TQ640 Pro'], cat='intermittent', kw=['startet st\u00e4ndig neu'])


@fixture('thermiq')
def tq_shutter_clicking():
    body = text("""Hello there,

Bit of an odd one. Our TQ-320s has started clicking constantly -
the shutter fires roughly every 2 seconds instead of every few minutes, it's loud enough that customers
ask about it, and the image freezes for a moment each time. Serial on the base
plate: T32S-231212-0009.

Bought from your web shop in January, order no. SO-TQ-7655.

Cheers,
Nathan Price
Price Building Surveys
07700 900412
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Nathan Price', 'nathan@price-surveys.example')),
        ('To', TQ),
        ('Subject', 'Shutter clicking non-stop'),
        ('Date', 'Sat, 13 Jul 2024 11:05:44 +0100'),
        ('Message-ID', mid('apple', 'price-surveys.example')),
        ('X-Mailer', 'Apple Mail (2.3774.600.62)'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'nathan@price-surveys.example', orders=['SO-TQ-7655'],
                  serials=['T32S-231212-0009'], models=['TQ-320s'], cat='other',
                  kw=['clicking constantly', 'shutter fires roughly every 2 seconds'])


@fixture('thermiq')
def tq_wifi_after_update():
    body = alt(text("""Hi Thermiq,

Since updating the Thermiq Viewer app to 5.2 and the camera firmware to 3.0.1, our
TQ640 Pro no longer connects over Wi-Fi. The app finds the camera but then says
"handshake failed (code 41)". Tried on an iPad and an Android phone, same result.
USB transfer still works.

Serial: TQ6P-240305-0077

Thanks,
Grace Liu
Facilities, Harbourview Hospital
""", 'utf-8', 'qp'), text(html_doc("""<div>Hi Thermiq,</div><div><br></div><div>Since updating the Thermiq Viewer app to 5.2 and the camera firmware to 3.0.1, our TQ640 Pro no longer connects over Wi-Fi. The app finds the camera but then says "handshake failed (code 41)". Tried on an iPad and an Android phone, same result. USB transfer still works.</div><div><br></div><div>Serial: TQ6P-240305-0077</div><div><br></div><div>Thanks,</div><div>Grace Liu</div><div>Facilities, Harbourview Hospital</div>"""), 'utf-8', 'qp', sub='html'), 'outlook')
    msg = envelope([
        ('From', addr('Grace Liu', 'grace.liu@harbourview-health.example')),
        ('To', TQ),
        ('Subject', 'Wi-Fi connection fails after firmware 3.0.1'),
        ('Date', 'Mon, 15 Jul 2024 14:02:18 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'grace.liu@harbourview-health.example', serials=['TQ6P-240305-0077'],
                  models=['TQ640 Pro'], cat='software',
                  kw=['no longer connects over Wi-Fi', 'handshake failed (code 41)'])


@fixture('thermiq')
def tq_fwd_outlook_recal_three():
    body = text("""Service team,

Please book these three in for recalibration - Northgate have a framework agreement,
sales order SO-TQ-7740.

Oliver

Oliver Reed | Key Account Manager | Thermiq Imaging Ltd | 01223 555 708

-----Original Message-----
From: Sunil Patel <sunil.patel@northgate-fm.example>
Sent: 15 July 2024 16:20
To: Oliver Reed <oliver.reed@thermiq.example>
Subject: Annual calibration - 3 cameras

Hi Oliver,

Our three TQ-320s cameras are due for their annual calibration at the end of the
month: serials T32S-230905-0110, -0111 and -0115. Could you arrange collection from
our Leeds depot (LS11 5QE)? Ideally one at a time so we always have two in the field.

Thanks,
Sunil Patel
Northgate Facilities Management | 0113 555 8020
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Oliver Reed', 'oliver.reed@thermiq.example')),
        ('To', TQ),
        ('Subject', 'FW: Annual calibration - 3 cameras'),
        ('Date', 'Tue, 16 Jul 2024 08:47:02 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    sn = ['T32S-230905-0110', 'T32S-230905-0111', 'T32S-230905-0115']
    return msg, L('forwarded', 'sunil.patel@northgate-fm.example', 'oliver.reed@thermiq.example',
                  orders=['SO-TQ-7740'], serials=sn, expanded=sn[1:], models=['TQ-320s'],
                  cat='other', kw=['annual calibration'])


@fixture('thermiq')
def tq_fwd_ios_dropped():
    body = text("""Can we quote Greg for a repair? He dropped it off a ladder.

Hannah

Sent from my iPhone

Begin forwarded message:

> From: Greg Wallace <greg@wallace-roofing.example>
> Date: 16 July 2024 at 12:41:03 BST
> To: Hannah Cole <h.cole@thermiq.example>
> Subject: Broken camera
>
> Hi Hannah,
>
> I'm afraid our TQ 160 Mini took a fall from a ladder this morning (about 3 m onto
> concrete). The lens is cracked and the screen shows lines across the image. Serial is
> T16M-240102-0033.
>
> Can it be repaired?
>
> Greg Wallace
> Wallace Roofing & Surveys
> 07700 900218
""", 'utf-8', '7bit')
    msg = envelope([
        ('From', addr('Hannah Cole', 'h.cole@thermiq.example')),
        ('@body', None),
        ('Mime-Version', '1.0 (1.0)'),
        ('Date', 'Tue, 16 Jul 2024 13:02:20 +0100'),
        ('Subject', 'Fwd: Broken camera'),
        ('Message-Id', mid('apple', 'thermiq.example')),
        ('To', TQ),
        ('X-Mailer', 'iPhone Mail (21F90)'),
    ], body)
    return msg, L('forwarded', 'greg@wallace-roofing.example', 'h.cole@thermiq.example',
                  serials=['T16M-240102-0033'], models=['TQ 160 Mini'], cat='physical_damage',
                  kw=['lens is cracked', 'took a fall from a ladder'])


@fixture('thermiq')
def tq_fwd_rfc822_it_freeze():
    inner = envelope([
        ('From', addr('Marco Galli', 'm.galli@visiontherm.example')),
        ('To', addr('Paolo Conti', 'p.conti@thermiq.example')),
        ('Subject', 'TQ-Core 640: immagine congelata'),
        ('Date', 'Wed, 17 Jul 2024 10:12:33 +0200'),
        ('Message-ID', mid('generic', 'visiontherm.example', 'inner')),
        ('MIME-Version', '1.0'),
    ], text("""Ciao Paolo,

il modulo TQ-Core 640 (matricola TC64-231130-0021) dopo circa 10 minuti di
funzionamento blocca l'immagine: il video resta congelato sull'ultimo fotogramma,
mentre la comunicazione seriale continua a rispondere. Dopo un riavvio funziona
di nuovo per 10 minuti.

Ordine n. 24/1173

Grazie,
Marco Galli
VisionTherm S.r.l. - Via Emilia 201, 40068 San Lazzaro di Savena (BO)
""", 'utf-8', 'qp'))
    body = mixed([
        text("""Hi service,

see attached mail from VisionTherm. Please open an RMA and reply to Marco directly.

Thanks
Paolo
""", 'us-ascii', '7bit'),
        rfc822(inner),
    ], 'tb')
    msg = envelope([
        ('Message-ID', mid('tb', 'thermiq.example')),
        ('Date', 'Wed, 17 Jul 2024 11:30:02 +0200'),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Subject', 'Fwd: TQ-Core 640: immagine congelata'),
        ('To', TQ),
        ('From', addr('Paolo Conti', 'p.conti@thermiq.example')),
    ], body)
    return msg, L('forwarded', 'm.galli@visiontherm.example', 'p.conti@thermiq.example',
                  orders=['24/1173'], serials=['TC64-231130-0021'], models=['TQ-Core 640'],
                  cat='intermittent', kw=["blocca l'immagine", 'resta congelato'])


@fixture('thermiq')
def tq_fwd_foxmail_zh_reads_high():
    body = text("""Service team,

请帮忙处理上海客户的测温偏差问题，客户希望寄回校准或者维修。Thanks.

张伟 Wei Zhang
Thermiq Imaging 亚太区销售

------------------ Original ------------------
From:  "方静"<fangjing@sh-dianli.example>;
Date:  Thu, Jul 18, 2024 09:20 AM
To:  "Wei Zhang"<wei.zhang@thermiq.example>;
Subject:  TQ640 Pro 测温偏高

张经理您好：

我们电力巡检用的 TQ640 Pro 热像仪，最近测温不准，比实际温度偏高 8 度左右。
我们用标准黑体炉在 50 度和 100 度两个点都验证过，都是偏高 8 度上下。

序列号：TQ6P-231215-0088
合同号：SH-HT-240115

方静
上海电力检测技术有限公司
021-6455 3871
""", 'gbk', 'b64', label='gbk')
    msg = envelope([
        ('Date', 'Thu, 18 Jul 2024 10:15:40 +0800'),
        ('From', addr('Wei Zhang', 'wei.zhang@thermiq.example')),
        ('To', addr('Thermiq Service', TQ)),
        ('Subject', ew('Fw: TQ640 Pro 测温偏高', 'gbk')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Foxmail 7.2.25.375[en]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', mid('foxmail', 'thermiq.example')),
    ], body)
    return msg, L('forwarded', 'fangjing@sh-dianli.example', 'wei.zhang@thermiq.example',
                  orders=['SH-HT-240115'], serials=['TQ6P-231215-0088'], models=['TQ640 Pro'],
                  cat='optical_performance', kw=['测温不准', '偏高 8 度左右'], lang='zh')


@fixture('thermiq')
def tq_fwd_owa_missing_parts():
    plain = """Hi all - Amira's lens kit came without the cap and the calibration USB. Can we ship
them out today? SO-TQ-7795.

Oliver

________________________________
From: Dr Amira Haddad <a.haddad@kingsfield-univ.example>
Sent: Friday, July 19, 2024 9:02 AM
To: Oliver Reed <oliver.reed@thermiq.example>
Subject: Lens kit incomplete

Dear Oliver,

The TQ-Lens 25 (serial TL25-240220-0015) arrived yesterday, but
the kit is incomplete: the lens cap is missing and so is the USB stick with the lens
calibration file, so the camera does not recognise the lens correction.

Best wishes,
Amira

Dr Amira Haddad | Lecturer in Building Physics
School of Architecture, Kingsfield University
"""
    body = text(plain, 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Oliver Reed', 'oliver.reed@thermiq.example')),
        ('To', TQ),
        ('Subject', 'Fw: Lens kit incomplete'),
        ('Date', 'Fri, 19 Jul 2024 09:31:50 +0000'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'a.haddad@kingsfield-univ.example', 'oliver.reed@thermiq.example',
                  orders=['SO-TQ-7795'], serials=['TL25-240220-0015'], models=['TQ-Lens 25'],
                  cat='wrong_or_missing_item', kw=['the kit is incomplete', 'the lens cap is missing'])


@fixture('thermiq')
def tq_zh_no_power_gb2312():
    body = text("""Thermiq 售后服务部：

您好！我单位的 TQ-320s 热像仪完全开不了机，长按电源键没有任何反应，
插上充电器以后充电指示灯也不亮。换了一块新电池也一样。

序列号：T32S-240110-0231
采购单号：PR-2401-0337

请问如何寄回维修？

谢谢！
广东省特种设备检测研究院 佛山分院
邓志华  0757-8226 4471
""", 'gb2312', 'qp', label='gb2312', quote_cs=False)
    msg = envelope([
        ('From', addr('邓志华', 'dengzh@gdtjy-fs.example', cs='gb2312')),
        ('To', TQ),
        ('Subject', ew('热像仪无法开机', 'gb2312')),
        ('Date', 'Mon, 22 Jul 2024 09:05:13 +0800'),
        ('Message-ID', mid('netease', 'gdtjy-fs.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'dengzh@gdtjy-fs.example', orders=['PR-2401-0337'],
                  serials=['T32S-240110-0231'], models=['TQ-320s'], cat='no_power',
                  kw=['完全开不了机', '充电指示灯也不亮'], lang='zh')


@fixture('thermiq')
def tq_mixed_dock_not_recognised():
    body = text("""Hi Thermiq,

我们买的 TQ-Dock 扩展坞连电脑识别不了, Windows 没有任何提示, the camera charges in the dock but
the PC doesn't see it. 换过 USB 线和电脑都不行。扩展坞上没找到序列号。

Order: SO-TQ-7810

Thanks,
Chen Yu 陈宇
Singapore Thermal Survey Pte Ltd
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Chen Yu', 'chenyu@sg-thermalsurvey.example')),
        ('To', TQ),
        ('Subject', 'TQ-Dock not recognised'),
        ('Date', 'Tue, 23 Jul 2024 16:20:44 +0800'),
        ('Message-ID', mid('gmail', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'chenyu@sg-thermalsurvey.example', orders=['SO-TQ-7810'],
                  models=['TQ-Dock'], cat='no_link', kw=['连电脑识别不了', "the PC doesn't see it"],
                  lang='mixed')


@fixture('thermiq')
def tq_reseller_return_unsold():
    body = text("""Hello,

We still have two TQ 160 Mini in stock from our PO# 60502 that we could not sell
(serials T16M-240215-0101 and T16M-240215-0102, both sealed). As discussed with
Hannah at the trade show, could we return them for credit against our next order?

Best regards,
Karen Doyle
Doyle Tools & Test Ltd, Unit 5 Ballymount Ind. Est., Dublin 12
+353 1 555 3310 | VAT IE1234567T
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Karen Doyle', 'karen@doyletools.example')),
        ('To', TQ),
        ('Subject', 'Return of unsold stock'),
        ('Date', 'Wed, 24 Jul 2024 10:30:00 +0100'),
        ('Message-ID', mid('exchange', 'doyletools.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'karen@doyletools.example', orders=['60502'],
                  serials=['T16M-240215-0101', 'T16M-240215-0102'], models=['TQ 160 Mini'])


@fixture('thermiq')
def tq_followup_royal_mail():
    body = text("""Hi,

Camera posted today, Royal Mail Special Delivery RN482917305GB. RMA number is on the box.

Dave

On Wed, 10 Jul 2024 at 09:15, Thermiq Service <service@thermiq.example> wrote:
> Dear Mr Hughes,
>
> thank you for your message. We have opened RMA-2024-03310 for your TQ 160 Mini
> t16m-231120-0007. Please send the camera with its charger to:
> Thermiq Imaging Ltd, Service Centre, 14 Cambridge Road, Milton CB24 6AZ.
>
> Kind regards
> Thermiq Service
""", 'UTF-8', '7bit')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Dave Hughes', 'dave.hughes.electrical@gmail.example')),
        ('Date', 'Thu, 11 Jul 2024 17:02:08 +0100'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Re: RMA-2024-03310 your TQ 160 Mini'),
        ('To', TQ),
    ], body)
    return msg, L('follow_up', 'dave.hughes.electrical@gmail.example', models=['TQ 160 Mini'], tracking=['RN482917305GB'],
                  rma='RMA-2024-03310')


@fixture('thermiq')
def tq_followup_bottom_still_low():
    body = mixed([text("""On Tue, 9 Jul 2024 at 11:40, Thermiq Service <service@thermiq.example> wrote:
> Dear Ms Adams,
>
> thank you. Before we collect the camera under RMA-2024-03302, could you
> please repeat the blackbody test with the latest firmware (3.0.1) and send us
> the test sheet?
>
> Kind regards
> Thermiq Service

Updated to 3.0.1 and repeated the test this morning - the camera is
still 6.5 \u00b0C low at 100 \u00b0C. Test sheet attached. Please go ahead with the collection.

Rachel
""", 'utf-8', 'qp'), attachment('application/pdf', 'blackbody_test_2024-07-10.pdf', pdf('bb', 'blackbody test'))], 'gmail')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Rachel Adams', 'rachel.adams@severnpower.example')),
        ('Date', 'Wed, 10 Jul 2024 10:22:51 +0100'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Re: RMA-2024-03302 TQ640 Pro reading low'),
        ('To', TQ),
    ], body)
    return msg, L('follow_up', 'rachel.adams@severnpower.example', models=['TQ640 Pro'], rma='RMA-2024-03302',
                  cat='optical_performance', kw=['still 6.5 \u00b0C low'])


@fixture('thermiq')
def tq_followup_interleaved_wifi_reboot():
    body = text("""Hello, answers inline.

-----Original Message-----
From: Thermiq Service <service@thermiq.example>
Sent: 16 July 2024 10:05
To: Grace Liu <grace.liu@harbourview-health.example>
Subject: RMA-2024-03315 Wi-Fi connection fails

> Has the camera been dropped or exposed to moisture?

No, it lives in a padded case in the plant room.

> Which firmware did you run before 3.0.1?

2.8.4, Wi-Fi worked fine with that.

> Anything else unusual?

Yes - since yesterday it also reboots when the Wi-Fi is on, usually within a
minute of enabling it. With Wi-Fi off it runs all day.

Grace
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Grace Liu', 'grace.liu@harbourview-health.example')),
        ('To', TQ),
        ('Subject', 'RE: RMA-2024-03315 Wi-Fi connection fails'),
        ('Date', 'Wed, 17 Jul 2024 08:44:30 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'grace.liu@harbourview-health.example', rma='RMA-2024-03315',
                  cat='intermittent', kw=['reboots when the Wi-Fi is on'])


@fixture('thermiq')
def tq_order_status():
    body = text("""Hello,

Where is my replacement? Under RMA-2024-03302 we were promised a loan camera within
a week, that was on 12 July. We have a survey at Hinkley on Monday.

PO# 60418 for reference.

Rachel Adams
Severn Power Services
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Rachel Adams', 'rachel.adams@severnpower.example')),
        ('To', TQ),
        ('Subject', 'Replacement camera?'),
        ('Date', 'Thu, 25 Jul 2024 15:12:09 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'rachel.adams@severnpower.example', orders=['60418'],
                  rma='RMA-2024-03302')


@fixture('thermiq')
def tq_ooo_uk():
    body = text("""Thank you for your email. I'm on annual leave until Monday 12 August.

For anything urgent about the Leeds contract please call the depot on 0113 555 8000.

Sunil
""", 'us-ascii', '7bit')
    msg = envelope([
        ('From', addr('Sunil Patel', 'sunil.patel@northgate-fm.example')),
        ('To', TQ),
        ('Subject', 'Out of Office: RMA-2024-03321 calibration collection'),
        ('Date', 'Mon, 29 Jul 2024 07:30:02 +0100'),
        ('Message-ID', mid('outlook', '')),
        ('Auto-Submitted', 'auto-replied'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'sunil.patel@northgate-fm.example', rma='RMA-2024-03321')


@fixture('thermiq')
def tq_fr_ticket_ack():
    body = text("""Bonjour,

Nous accusons r\u00e9ception de votre message. Votre demande a \u00e9t\u00e9 enregistr\u00e9e sous le
num\u00e9ro 24-001873 et sera trait\u00e9e dans les meilleurs d\u00e9lais.

Objet : RMA-2024-03330 devis de r\u00e9paration

Ceci est un message automatique, merci de ne pas y r\u00e9pondre.

Service Support \u2013 Thermo Inspection France
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Support Thermo Inspection', 'support@thermo-inspection.example')),
        ('To', TQ),
        ('Subject', ew('Accus\u00e9 de r\u00e9ception [24-001873] RMA-2024-03330 devis de r\u00e9paration', 'utf-8', 'Q')),
        ('Date', 'Tue, 30 Jul 2024 09:12:00 +0200'),
        ('Message-ID', mid('generic', 'helpdesk.thermo-inspection.example')),
        ('Precedence', 'bulk'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'support@thermo-inspection.example', rma='RMA-2024-03330')


@fixture('thermiq')
def tq_bounce_o365():
    returned_hdrs = """From: Thermiq Service <service@thermiq.example>
To: <mike.turner@coastalsurvey.example>
Subject: Your return label
Date: Wed, 31 Jul 2024 11:20:03 +0000
Message-ID: <%s@thermiq.example>
MIME-Version: 1.0
""" % _h('r', 16)
    plain = """Your message to mike.turner@coastalsurvey.example couldn't be delivered.

mike.turner wasn't found at coastalsurvey.example.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
  * Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: LO2P265MB5172.GBRP265.PROD.OUTLOOK.example
mike.turner@coastalsurvey.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    report = multipart('report', [
        alt(text(plain, 'us-ascii', 'qp'),
            text(html_doc('<p>Your message to <b>mike.turner@coastalsurvey.example</b> couldn\'t be delivered.</p><p>Unknown To address</p>'), 'us-ascii', 'qp', sub='html'), 'outlook'),
        delivery_status([
            [('Reporting-MTA', 'dns;LO2P265MB5172.GBRP265.PROD.OUTLOOK.example'),
             ('Received-From-MTA', 'dns;LO2P265MB5172.GBRP265.PROD.OUTLOOK.example'),
             ('Arrival-Date', 'Wed, 31 Jul 2024 11:20:04 +0000')],
            [('Final-Recipient', 'rfc822;mike.turner@coastalsurvey.example'),
             ('Action', 'failed'),
             ('Status', '5.1.10'),
             ('Diagnostic-Code', 'smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')],
        ]),
        text(returned_hdrs, 'us-ascii', '7bit', sub='rfc822-headers'),
    ], bnd('outlook', 'rep'), params=' report-type=delivery-status;')
    msg = envelope([
        ('From', addr('Microsoft Outlook', 'postmaster@thermiq.example')),
        ('To', TQ),
        ('Date', 'Wed, 31 Jul 2024 11:20:05 +0000'),
        ('Subject', 'Undeliverable: Your return label'),
        ('Message-ID', mid('outlook', '', 'ndr')),
        ('Auto-Submitted', 'auto-replied'),
        ('MIME-Version', '1.0'),
    ], report)
    return msg, L('bounce')


@fixture('thermiq')
def tq_reseller_inquiry():
    body = text("""Dear Thermiq team,

We are a distributor of test and measurement equipment in Poland and the Baltics
(35 staff, offices in Warsaw and Vilnius). We are interested in representing your
TQ640 Pro and TQ 160 Mini lines. Could you send us your distributor conditions,
price list and MOQ?

Best regards,
Tomasz Lewandowski
Business Development, MeasurePro Sp. z o.o.
ul. Pu\u0142awska 145, 02-715 Warszawa | +48 22 555 71 90
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Tomasz Lewandowski', 't.lewandowski@measurepro.example')),
        ('To', TQ),
        ('Subject', 'Distribution partnership - Poland & Baltics'),
        ('Date', 'Thu, 01 Aug 2024 10:02:20 +0200'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated')


@fixture('thermiq')
def tq_zh_supplier_marketing():
    body = text("""尊敬的采购负责人：

您好！我司是国内专业的非制冷红外探测器及机芯供应商，产品涵盖 384×288、640×512 分辨率，
像元间距 12μm，NETD ≤ 40mK，已批量供货国内外多家热像仪品牌。

现推出年中特惠，样品免费，批量订单享受 9 折优惠。如有需要，欢迎回复邮件或致电 027-8766 5120 索取规格书。

武汉芯热科技有限公司 市场部
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('芯热科技', 'market@xinre-ir.example', cs='utf-8')),
        ('To', TQ),
        ('Subject', ew('红外探测器/机芯供应 - 样品免费', 'utf-8')),
        ('Date', 'Fri, 02 Aug 2024 09:30:00 +0800'),
        ('Message-ID', mid('generic', 'xinre-ir.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated', lang='zh')


# ---------------------------------------------------------------------------
# 9. Hengkong Automation (Suzhou) -- PLC I/O modules and LED drivers (China)
#    serials: E + yymm + 5 digits for PLC modules (E231101200), LDyymm-nnnn for drivers;
#    contracts HK-HT-yyyy-nnnn, sales orders XSyymmdd-nn
# ---------------------------------------------------------------------------
company('hengkong',
        name='苏州恒控自动化科技有限公司 (Hengkong Automation Technology Co., Ltd.)',
        service_address='service@hengkong-auto.example',
        staff_domains=['hengkong-auto.example'],
        noreply_addresses=['noreply@hengkong-auto.example', 'weixin-notify@hengkong-auto.example'],
        catalog=['HK-DI16', 'HK-DO16R', 'HK-AI8', 'HK-AO4/I', 'HK-CPU 200', 'HK-CAN 2',
                 'LD-60W-12V', 'LD-150W-24V', 'LD-300W-48V'])
HK = 'service@hengkong-auto.example'


@fixture('hengkong')
def hk_zh_range_tilde_not_recognised():
    body = text("""恒控售后：

我们这批 HK-DI16 数字量输入模块一共 10 个，装到 HK-CPU 200 后面，上电后 CPU 识别不到扩展模块，
模块上的 ERR 灯一直闪，换了总线电缆也不行。原来的旧模块接上去是好的。

序列号：E231101200~1209
订单号：DD20240412007

现场调试等着用，请尽快回复处理方式。

谢谢
孔祥东
无锡联创智能装备有限公司 电气部
0510-8522 7310 / 186 5101 2270
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('孔祥东', 'kongxd@lianchuang-zn.example', cs='utf-8')),
        ('To', HK),
        ('Subject', ew('HK-DI16 模块 CPU 识别不到', 'utf-8')),
        ('Date', 'Mon, 15 Apr 2024 09:22:31 +0800'),
        ('Message-ID', mid('netease', 'lianchuang-zn.example')),
        ('MIME-Version', '1.0'),
    ], body)
    sn = rng('E2311', 1200, 1209, 5)
    return msg, L('new_request', 'kongxd@lianchuang-zn.example', orders=['DD20240412007'],
                  serials=sn, expanded=sn, models=['HK-DI16', 'HK-CPU 200'], cat='no_link',
                  kw=['CPU 识别不到扩展模块', 'ERR 灯一直闪'], lang='zh')


@fixture('hengkong')
def hk_zh_led_flicker_gbk():
    body = text("""你好：

贵司的 LED 驱动电源 LD-150W-24V，我们用在工厂车间的高棚灯上，最近有两台出现灯具闪烁，
一闪一闪的，晚上尤其明显，换成别的驱动电源灯就正常，说明灯珠没问题。

序列号：LD2309-0114、LD2309-0117
合同号：HK-HT-2024-0112

请安排更换。

蒋建国
常州光耀照明工程有限公司
电话 0519-8699 1205
""", 'gbk', '8bit', label='GBK', quote_cs=False)
    msg = envelope([
        ('Date', 'Wed, 17 Apr 2024 14:40:08 +0800'),
        ('From', addr('蒋建国', 'jiangjg@guangyao-light.example', cs='gbk', label='GBK')),
        ('To', HK),
        ('Subject', ew('驱动电源灯具闪烁', 'gbk', label='GBK')),
        ('Message-ID', mid('foxmail', 'guangyao-light.example')),
        ('X-Mailer', 'Foxmail 7.2.19.158[cn]'),
        ('Mime-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'jiangjg@guangyao-light.example', orders=['HK-HT-2024-0112'],
                  serials=['LD2309-0114', 'LD2309-0117'], models=['LD-150W-24V'], cat='intermittent',
                  kw=['灯具闪烁', '一闪一闪'], lang='zh')


@fixture('hengkong')
def hk_zh_driver_dead_lowercase():
    body = text("""售后部：

LD-300W-48V 驱动电源一台，装上去就不工作，没有输出，指示灯不亮，输入 220V 量过是正常的。

电源上的编号：ld2311-0042
销售订单 XS240318-07

请问怎么处理？

小吴
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('吴晓峰', 'wuxf@126.example', cs='utf-8')),
        ('To', HK),
        ('Subject', ew('电源不工作', 'utf-8')),
        ('Date', 'Fri, 19 Apr 2024 18:12:55 +0800'),
        ('Message-ID', mid('netease', '126.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'wuxf@126.example', orders=['XS240318-07'], serials=['ld2311-0042'],
                  models=['LD-300W-48V'], cat='no_power', kw=['没有输出', '指示灯不亮'], lang='zh')


@fixture('hengkong')
def hk_mixed_analog_offset():
    body = text("""Dear Hengkong,

我们越南工厂的 HK-AI8 模拟量输入模块读数偏差比较大: at 20.000 mA input (Fluke 707 calibrator) the module reads
19.68 mA, 4 mA 的时候读 3.91 mA。规格书写的精度是 ±0.1% FS, so it is clearly out of spec.
所有 8 个通道都一样。

S/N: E240200318
PO: PO-VN-24-0155

请问是否可以寄回校准或更换？

Thanks & best regards
Tran Minh Duc / 陈明德
Electrical Engineer, Saigon Packaging JSC
+84 28 3555 7102
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Tran Minh Duc', 'duc.tm@saigonpack.example')),
        ('To', HK),
        ('Subject', ew('HK-AI8 reading offset 读数偏差', 'utf-8')),
        ('Date', 'Tue, 23 Apr 2024 10:41:09 +0700'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'duc.tm@saigonpack.example', orders=['PO-VN-24-0155'],
                  serials=['E240200318'], models=['HK-AI8'], cat='optical_performance',
                  kw=['读数偏差比较大', 'clearly out of spec'], lang='mixed')


@fixture('hengkong')
def hk_en_cpu_stop_firmware():
    body = text("""Dear Hengkong support,

After updating our HK-CPU 200 to firmware V2.3.0 with your HKStudio tool, the CPU is
stuck in STOP mode and every program download fails with "checksum mismatch
(0x3A)". The RUN/STOP switch has no effect. The same project downloads fine to a
second CPU that is still on V2.1.4.

Serial: E230900077
Our PO: TR-PO-2024-0412 (your sales order XS240502-03)

Could you send a recovery image or should we return the unit?

Best regards,
Emre Y\u0131ld\u0131z
Automation Engineer, Anadolu Makina A.\u015e.
Organize Sanayi B\u00f6lgesi 4. Cad. No:12, Bursa
+90 224 555 4120
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Emre Y\u0131ld\u0131z', 'emre.yildiz@anadolu-makina.example', cs='utf-8', enc='Q')),
        ('To', HK),
        ('Cc', addr('Lisa Wang', 'lisa.wang@hengkong-auto.example')),
        ('Subject', 'HK-CPU 200 stuck in STOP after firmware V2.3.0'),
        ('Date', 'Thu, 02 May 2024 11:15:30 +0300'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'emre.yildiz@anadolu-makina.example',
                  orders=['TR-PO-2024-0412', 'XS240502-03'], serials=['E230900077'],
                  models=['HK-CPU 200'], cat='software',
                  kw=['stuck in STOP mode', 'program download fails'])


@fixture('hengkong')
def hk_weixin_form_relay():
    body = text("""【恒控服务号】新的报修工单

工单来源：微信服务号
提交时间：2024-05-06 21:33
联系人：沈浩
手机：138 1667 0245
邮箱：13816670245@139.example
公司：嘉兴立达包装机械
产品型号：HK-DO16R
序列号：e231200456
故障描述：第 5 路继电器输出不动作，能听到咔哒声但是触点不导通，其他 15 路正常。

（本邮件由系统自动生成，请勿直接回复本地址）
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('恒控服务号', 'weixin-notify@hengkong-auto.example', cs='utf-8')),
        ('Reply-To', '13816670245@139.example'),
        ('To', HK),
        ('Subject', ew('【新工单】HK-DO16R 嘉兴立达包装机械', 'utf-8')),
        ('Date', 'Mon, 06 May 2024 21:33:40 +0800'),
        ('Message-ID', mid('php', 'hengkong-auto.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', '13816670245@139.example', serials=['e231200456'],
                  models=['HK-DO16R'], cat='other', kw=['第 5 路继电器输出不动作'], lang='zh')


@fixture('hengkong')
def hk_zh_zto_damaged():
    body = mixed([text("""您好，

今天收到的两个 HK-AO4/I 模拟量输出模块，外壳碎裂，其中一个的接线端子排断了，没法用。
快递外箱也压扁了，应该是运输途中被压坏的。照片见附件。

中通快递单号：75123456789012
订单号：DD20240506011
序列号：E240100211，E240100212

请重新发两个新的过来，坏的我们寄回。

陶丽
昆山精诚自动化设备有限公司 采购部
0512-5766 0381
""", 'gb18030', 'qp', label='gb18030'),
        attachment('image/jpeg', 'IMG_20240509_103352.jpg', jpeg('1')),
        attachment('image/jpeg', 'IMG_20240509_103417.jpg', jpeg('2'))], 'qq')
    msg = envelope([
        ('From', addr('陶丽', 'taoli@jingcheng-ks.example', cs='gb18030')),
        ('To', HK),
        ('Subject', ew('到货模块破损', 'gb18030')),
        ('Date', 'Thu, 09 May 2024 10:40:02 +0800'),
        ('Message-ID', mid('qq', '')),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'QQMail 2.x'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'taoli@jingcheng-ks.example', orders=['DD20240506011'],
                  serials=['E240100211', 'E240100212'], models=['HK-AO4/I'], tracking=['75123456789012'],
                  cat='physical_damage', kw=['外壳碎裂', '接线端子排断了'], lang='zh')


@fixture('hengkong')
def hk_zh_wrong_module():
    body = text("""恒控销售/售后：

我司采购单 CG240520-033 订的是 16 个 HK-DO16R 继电器输出模块，今天到货拆开一看，
发来的全部是 HK-DI16 输入模块，型号不对。外箱标签写的也是 HK-DI16。

麻烦尽快按订单重新发货，发错的这批我们怎么退回？

顾明
南通海达机电 采购
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('顾明', 'guming@haida-jd.example', cs='utf-8')),
        ('To', HK),
        ('Cc', addr('周涛', 'zhoutao@hengkong-auto.example', cs='utf-8')),
        ('Subject', ew('发货型号错误 CG240520-033', 'utf-8')),
        ('Date', 'Wed, 22 May 2024 15:02:19 +0800'),
        ('Message-ID', mid('foxmail', 'haida-jd.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'guming@haida-jd.example', orders=['CG240520-033'],
                  models=['HK-DO16R', 'HK-DI16'], cat='wrong_or_missing_item',
                  kw=['型号不对', '发来的全部是 HK-DI16 输入模块'], lang='zh')


@fixture('hengkong')
def hk_zh_return_cancelled():
    body = text("""吴经理你好，

我们那个路灯改造项目取消了，合同 HK-HT-2024-0133 里的 20 个 LD-60W-12V 驱动电源还没有拆封，
想申请退货，不知道可不可以？运费我们出。

谢谢
邵晓红
扬州明辉照明 采购部
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('邵晓红', 'shaoxh@minghui-light.example', cs='utf-8')),
        ('To', HK),
        ('Cc', addr('吴静', 'wujing@hengkong-auto.example', cs='utf-8')),
        ('Subject', ew('申请退货 LD-60W-12V', 'utf-8')),
        ('Date', 'Mon, 27 May 2024 09:12:40 +0800'),
        ('Message-ID', mid('netease', 'minghui-light.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'shaoxh@minghui-light.example', orders=['HK-HT-2024-0133'],
                  models=['LD-60W-12V'], lang='zh')


@fixture('hengkong')
def hk_mixed_html_overheat_range():
    h = html_doc("""<div style="font-family:Tahoma;font-size:13px">
<p>Hi Hengkong team,</p>
<p>我们泰国工厂的 LED 驱动 LD-150W-24V 有三台出现 overheating shutdown：开灯大约 30 分钟后进入过热保护，
灯全灭，冷却 10 分钟后又亮。环境温度 35°C，驱动装在灯具散热片上，通风正常。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Model 型号</b></td><td>LD-150W-24V</td></tr>
<tr><td><b>Serial 序列号</b></td><td>LD2310-0201/0202/0205</td></tr>
<tr><td><b>PO 订单号</b></td><td>PO-TH-2405-019</td></tr>
<tr><td><b>Qty 数量</b></td><td>3</td></tr>
</table>
<p>Please advise. 谢谢！</p>
<p>Somchai Wong 黄志明<br>Siam Lighting Solutions Co., Ltd. | Amata City, Chonburi | +66 38 555 210</p>
</div>""")
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('Somchai Wong', 'somchai.w@siamlighting.example')),
        ('To', HK),
        ('Subject', ew('LD-150W-24V overheating / 过热保护', 'utf-8')),
        ('Date', 'Thu, 30 May 2024 13:44:20 +0700'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    sn = ['LD2310-0201', 'LD2310-0202', 'LD2310-0205']
    return msg, L('new_request', 'somchai.w@siamlighting.example', orders=['PO-TH-2405-019'],
                  serials=sn, expanded=sn, models=['LD-150W-24V'], cat='intermittent',
                  kw=['overheating shutdown', '进入过热保护'], lang='mixed')


@fixture('hengkong')
def hk_zh_can_intermittent():
    body = text("""恒控技术支持：

HK-CAN 2 通讯模块最近 CAN 总线通讯时断时续，每隔几分钟就报一次总线错误（BUS-OFF），
然后自己又恢复。总线上一共 6 个节点，终端电阻 120 欧两头都接了，用示波器看波形也正常。
换了一个备用模块后问题消失，所以怀疑是模块本身的问题。

序列号：E231000888
订单号：DD20240601002

麻烦给个返修单号。

陆伟
杭州智联物流装备 电控组
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('陆伟', 'luwei@zhilian-wl.example', cs='utf-8')),
        ('To', HK),
        ('Subject', ew('HK-CAN 2 通讯时断时续', 'utf-8')),
        ('Date', 'Tue, 04 Jun 2024 16:30:12 +0800'),
        ('Message-ID', mid('netease', 'zhilian-wl.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('new_request', 'luwei@zhilian-wl.example', orders=['DD20240601002'],
                  serials=['E231000888'], models=['HK-CAN 2'], cat='intermittent',
                  kw=['通讯时断时续', '报一次总线错误'], lang='zh')


@fixture('hengkong')
def hk_fwd_netease_no_power():
    body = text("""售后同事：

转客户邮件，梁工那边一个输入模块上电没反应，麻烦安排一下。

吴静
恒控自动化 华南办事处
手机 135 2270 6614

-------- 转发邮件信息 --------
发件人："梁永强" <liangyq@dg-yuanxing.example>
发送日期：2024-06-05 10:11:42
收件人："吴静" <wujing@hengkong-auto.example>
主题：HK-DI16 上电无反应

吴经理：

上个月买的 HK-DI16 模块，今天装到柜子里，上电以后 PWR 灯不亮，完全没反应，
24V 电源量过是好的，换到别的槽位也一样。

序列号 E240300115
订单号 DD20240322009

梁永强
东莞远兴机械 电气工程师
""", 'gbk', 'b64', label='gbk')
    msg = envelope([
        ('Date', 'Wed, 5 Jun 2024 11:02:09 +0800 (CST)'),
        ('From', addr('吴静', 'wujing@hengkong-auto.example', cs='gbk')),
        ('To', HK),
        ('Subject', ew('转发：HK-DI16 上电无反应', 'gbk')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)'),
        ('MIME-Version', '1.0'),
        ('Message-ID', mid('netease', 'hengkong-auto.example')),
    ], body)
    return msg, L('forwarded', 'liangyq@dg-yuanxing.example', 'wujing@hengkong-auto.example',
                  orders=['DD20240322009'], serials=['E240300115'], models=['HK-DI16'],
                  cat='no_power', kw=['PWR 灯不亮', '完全没反应'], lang='zh')


@fixture('hengkong')
def hk_fwd_qq_channel_zero():
    h = html_doc("""<div>售后：客户的模拟量模块通道3没信号，请处理。</div><div>黄鹏</div><div><br></div>
<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>
<div style="font-size: 12px;background:#efefef;padding:8px;">
<div><b>发件人:</b>&nbsp;"杨工"&lt;yanggong@taihu-water.example&gt;;</div>
<div><b>发送时间:</b>&nbsp;2024年6月11日(星期二) 下午2:25</div>
<div><b>收件人:</b>&nbsp;"黄鹏"&lt;huangpeng@hengkong-auto.example&gt;;</div>
<div><b>主题:</b>&nbsp;HK-AI8 通道3 读数一直是0</div></div><div><br></div>
<div>黄工您好，</div><div>水厂加药系统的 HK-AI8 模块，通道 3 的读数一直是 0，接信号发生器给 12mA 也不变，其他通道正常。</div>
<div>序列号：E231100702，合同号：HK-HT-2023-0981。</div><div>麻烦尽快处理，谢谢。</div><div>杨建明</div><div>太湖水务 自控科</div>""")
    body = text(h, 'utf-8', 'b64', sub='html')
    msg = envelope([
        ('From', addr('黄鹏', 'huangpeng@hengkong-auto.example', cs='utf-8')),
        ('To', addr('售后服务', HK, cs='utf-8')),
        ('Subject', ew('转发：HK-AI8 通道3 读数一直是0', 'utf-8')),
        ('Mime-Version', '1.0'),
        ('@body', None),
        ('Date', 'Tue, 11 Jun 2024 15:01:22 +0800'),
        ('X-Priority', '3'),
        ('Message-ID', mid('qq', '')),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'QQMail 2.x'),
    ], body)
    return msg, L('forwarded', 'yanggong@taihu-water.example', 'huangpeng@hengkong-auto.example',
                  orders=['HK-HT-2023-0981'], serials=['E231100702'], models=['HK-AI8'],
                  cat='no_link', kw=['读数一直是 0'], lang='zh')


@fixture('hengkong')
def hk_fwd_gmail_brazil_rattle():
    plain = """Hi service team,

Please see below from our Brazilian distributor. 3 of 50 drivers damaged in transit,
they ask for replacement with the next shipment.

Best,
Lisa Wang
Export Sales, Hengkong Automation
+86 512 6287 3390

---------- Forwarded message ---------
From: Rodrigo Alves <rodrigo.alves@luminar-br.example>
Date: Wed, 12 Jun 2024 at 08:14
Subject: Damaged drivers - BR-PO-7720
To: Lisa Wang <lisa.wang@hengkong-auto.example>


Hi Lisa,

We received the 50 pcs LD-300W-48V for BR-PO-7720. Three units rattle when shaken -
something is loose inside - and one of them has a dented housing. We did not power
them up. Serials: LD2402-0311, LD2402-0318, LD2402-0322.

Could you replace them in the next shipment?

Obrigado,
Rodrigo Alves
Luminar Distribuidora Ltda - S\u00e3o Paulo
"""
    h = html_doc('<div dir="ltr">' + html.escape(plain).replace('\n', '<br>\n') + '</div>')
    body = alt(text(plain, 'UTF-8', 'qp'), text(h, 'UTF-8', 'qp', sub='html'), 'gmail')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Lisa Wang', 'lisa.wang@hengkong-auto.example')),
        ('Date', 'Wed, 12 Jun 2024 20:02:11 +0800'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Fwd: Damaged drivers - BR-PO-7720'),
        ('To', HK),
    ], body)
    return msg, L('forwarded', 'rodrigo.alves@luminar-br.example', 'lisa.wang@hengkong-auto.example',
                  orders=['BR-PO-7720'], serials=['LD2402-0311', 'LD2402-0318', 'LD2402-0322'],
                  models=['LD-300W-48V'], cat='physical_damage',
                  kw=['something is loose inside', 'dented housing'])


@fixture('hengkong')
def hk_fwd_cn_outlook_program_lost():
    body = text("""售后部：

苏州精工的王工反映 CPU 断电后程序丢失，请派工程师或者安排返修。

周涛
恒控自动化 销售部

-----原始邮件-----
发件人: 王志刚 <wangzg@sz-jinggong.example>
发送时间: 2024年6月14日 8:47
收件人: 周涛 <zhoutao@hengkong-auto.example>
主题: HK-CPU 200 断电后程序丢失

周经理：

我们设备上的 HK-CPU 200，每次断电重新上电以后，程序就丢失了，CPU 进入 STOP 状态，
需要重新下载程序才能运行。电池我们换过新的，问题依旧。

序列号：E230800321
订单号：XS231106-02

王志刚
苏州精工智能装备
""", 'gb2312', 'qp', label='gb2312')
    msg = envelope([
        ('From', addr('周涛', 'zhoutao@hengkong-auto.example', cs='gb2312')),
        ('To', HK),
        ('Subject', ew('转发: HK-CPU 200 断电后程序丢失', 'gb2312')),
        ('Date', 'Fri, 14 Jun 2024 09:30:05 +0800'),
        ('Message-ID', mid('outlook', '')),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Content-Language', 'zh-cn'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('forwarded', 'wangzg@sz-jinggong.example', 'zhoutao@hengkong-auto.example',
                  orders=['XS231106-02'], serials=['E230800321'], models=['HK-CPU 200'],
                  cat='software', kw=['程序就丢失了', 'CPU 进入 STOP 状态'],
                  lang='zh')


@fixture('hengkong')
def hk_zh_followup_sf():
    body = text("""好的，10 个模块已经顺丰寄回，单号 SF1458820013764，请查收。

孔祥东

------------------ 原始邮件 ------------------
发件人: "恒控售后"<service@hengkong-auto.example>;
发送时间: 2024年4月16日(星期二) 上午10:05
收件人: "孔祥东"<kongxd@lianchuang-zn.example>;
主题: RMA-2024-00562 返修受理

孔工您好：

您反馈的 HK-DI16（E231101200~1209）已受理，返修单号 RMA-2024-00562，
请寄至：苏州市工业园区星湖街 328 号 恒控自动化 售后部 收，电话 0512-6287 3300。

恒控售后
""", 'utf-8', 'b64')
    msg = envelope([
        ('From', addr('孔祥东', 'kongxd@lianchuang-zn.example', cs='utf-8')),
        ('To', HK),
        ('Subject', ew('回复：RMA-2024-00562 返修受理', 'utf-8')),
        ('Date', 'Wed, 17 Apr 2024 16:12:09 +0800'),
        ('Message-ID', mid('netease', 'lianchuang-zn.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'kongxd@lianchuang-zn.example', tracking=['SF1458820013764'],
                  rma='RMA-2024-00562', lang='zh')


@fixture('hengkong')
def hk_zh_followup_jd():
    body = text("""您好，坏的两个模块已经用京东快递寄回，运单号 JDVA28417730215。麻烦收到后尽快发新的过来。

陶丽

在 2024-05-10 09:31:05，"恒控售后" <service@hengkong-auto.example> 写道：
>陶女士您好，
>
>您反馈的 HK-AO4/I 运输破损问题已登记，返修单号 RMA-2024-00570。请将破损模块寄回，
>我们收到后 2 个工作日内补发新品。
>
>恒控售后
""", 'gb18030', 'qp', label='gb18030')
    msg = envelope([
        ('From', addr('陶丽', 'taoli@jingcheng-ks.example', cs='gb18030')),
        ('To', HK),
        ('Subject', ew('Re: RMA-2024-00570 到货模块破损', 'gb18030')),
        ('Date', 'Sat, 11 May 2024 10:02:44 +0800'),
        ('Message-ID', mid('qq', '')),
        ('X-Mailer', 'QQMail 2.x'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'taoli@jingcheng-ks.example', tracking=['JDVA28417730215'],
                  rma='RMA-2024-00570', lang='zh')


@fixture('hengkong')
def hk_mixed_followup_interleaved():
    body = text("""Hi, answers below 见下：

> 1. 请确认驱动的输入电压

230V AC, 用万用表量过，正常。

> 2. 故障是否每次都出现？

Yes, every time after about 30 minutes 就进入过热保护, 夜里温度低的时候要 50 分钟左右。

> 3. 驱动安装位置是否有遮挡？

No, open air on the heatsink.

Somchai

On 3 Jun 2024 09:02, Hengkong Service <service@hengkong-auto.example> wrote:
> RMA-2024-00575 请提供以上信息。
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Somchai Wong', 'somchai.w@siamlighting.example')),
        ('To', HK),
        ('Subject', 'RE: RMA-2024-00575 LD-150W-24V overheating'),
        ('Date', 'Tue, 04 Jun 2024 11:30:41 +0700'),
        ('Message-ID', mid('outlook', '')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('follow_up', 'somchai.w@siamlighting.example', models=['LD-150W-24V'], rma='RMA-2024-00575',
                  cat='intermittent', kw=['进入过热保护'], lang='mixed')


@fixture('hengkong')
def hk_en_followup_bottom_close():
    body = text("""On Fri, 3 May 2024 at 14:10, Hengkong Service <service@hengkong-auto.example> wrote:
> Dear Mr Y\u0131ld\u0131z,
>
> for RMA-2024-00581 please try the attached recovery image (V2.1.4-R) with
> HKStudio > Tools > Recovery. If the CPU still stays in STOP, send it back.
>
> Best regards
> Hengkong Service

Thank you - the downgrade worked, the CPU runs again and the program downloads
without errors. No need to return the unit, please close the case.

Emre
""", 'utf-8', 'qp')
    msg = envelope([
        ('MIME-Version', '1.0'),
        ('From', addr('Emre Y\u0131ld\u0131z', 'emre.yildiz@anadolu-makina.example', cs='utf-8', enc='Q')),
        ('Date', 'Mon, 6 May 2024 09:05:18 +0300'),
        ('Message-ID', mid('gmail', '')),
        ('Subject', 'Re: RMA-2024-00581 recovery image'),
        ('To', HK),
    ], body)
    return msg, L('follow_up', 'emre.yildiz@anadolu-makina.example', rma='RMA-2024-00581')


@fixture('hengkong')
def hk_zh_order_status():
    body = text("""恒控售后：

你们好！4 月 17 日寄回的 10 个 HK-DI16 模块（RMA-2024-00562），到现在已经三个多星期了，
请问修好了吗？什么时候能寄回来？现场一直在等。

孔祥东
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('孔祥东', 'kongxd@lianchuang-zn.example', cs='utf-8')),
        ('To', HK),
        ('Subject', ew('维修进度查询', 'utf-8')),
        ('Date', 'Thu, 09 May 2024 08:40:30 +0800'),
        ('Message-ID', mid('netease', 'lianchuang-zn.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('order_status', 'kongxd@lianchuang-zn.example', models=['HK-DI16'],
                  rma='RMA-2024-00562', lang='zh')


@fixture('hengkong')
def hk_zh_spring_festival_autoreply():
    body = text("""您好！

春节放假通知：我司 2 月 8 日至 2 月 18 日放假，2 月 19 日（正月初十）正常上班。
放假期间邮件将在上班后统一处理，急事请拨打 186 5101 2270。

祝您新春快乐！
无锡联创智能装备有限公司
""", 'gbk', 'b64', label='GBK')
    msg = envelope([
        ('Date', 'Fri, 9 Feb 2024 10:12:01 +0800'),
        ('From', addr('孔祥东', 'kongxd@lianchuang-zn.example', cs='gbk', label='GBK')),
        ('To', HK),
        ('Subject', ew('自动回复：RMA-2024-00117 维修报告', 'gbk', label='GBK')),
        ('Message-ID', mid('netease', 'lianchuang-zn.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'kongxd@lianchuang-zn.example', rma='RMA-2024-00117', lang='zh')


@fixture('hengkong')
def hk_tr_en_ooo():
    body = text("""Merhaba,

10 Haziran - 17 Haziran tarihleri aras\u0131nda izinliyim. Acil durumlarda l\u00fctfen
otomasyon@anadolu-makina.example adresine yaz\u0131n\u0131z.

Hello,

I am on leave from 10 to 17 June. For urgent matters please write to
otomasyon@anadolu-makina.example.

Emre Y\u0131ld\u0131z
""", 'utf-8', 'qp')
    msg = envelope([
        ('From', addr('Emre Y\u0131ld\u0131z', 'emre.yildiz@anadolu-makina.example', cs='utf-8', enc='Q')),
        ('To', HK),
        ('Subject', ew('Otomatik yan\u0131t: RMA-2024-00581 case closed', 'utf-8', 'Q')),
        ('Date', 'Tue, 11 Jun 2024 08:00:12 +0300'),
        ('Message-ID', mid('outlook', '')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('auto_reply', 'emre.yildiz@anadolu-makina.example', rma='RMA-2024-00581')


@fixture('hengkong')
def hk_bounce_report_zh():
    returned = envelope([
        ('From', addr('恒控售后', HK, cs='utf-8')),
        ('To', 'chenmo@old-jiaxing-pack.example'),
        ('Subject', ew('RMA-2024-00590 返修完成通知', 'utf-8')),
        ('Date', 'Tue, 18 Jun 2024 10:20:00 +0800'),
        ('Message-ID', mid('generic', 'hengkong-auto.example', 'ret')),
        ('MIME-Version', '1.0'),
    ], text("""陈工您好，RMA-2024-00590 的模块 e231200456 已维修完成，今天顺丰寄出，单号 SF1458820099120。
""", 'utf-8', 'b64'))
    report = multipart('report', [
        text("""您好，这是 mx.hengkong-auto.example 上的邮件系统。

很遗憾，您的邮件无法投递给以下收件人：

<chenmo@old-jiaxing-pack.example>: 域名解析失败，找不到收件服务器
(Host or domain name not found. Name service error for name=old-jiaxing-pack.example type=MX)

原邮件附在下方。
""", 'utf-8', 'b64'),
        delivery_status([
            [('Reporting-MTA', 'dns; mx.hengkong-auto.example'),
             ('Arrival-Date', 'Tue, 18 Jun 2024 10:20:01 +0800 (CST)')],
            [('Final-Recipient', 'rfc822; chenmo@old-jiaxing-pack.example'),
             ('Action', 'failed'),
             ('Status', '5.4.4'),
             ('Diagnostic-Code', 'X-Postfix; Host or domain name not found. Name service error for name=old-jiaxing-pack.example type=MX: Host not found')],
        ]),
        rfc822(returned, disp=None, desc='Undelivered Message'),
    ], bnd('generic', 'rep'), params=' report-type=delivery-status;')
    msg = envelope([
        ('Date', 'Tue, 18 Jun 2024 10:20:02 +0800 (CST)'),
        ('From', 'MAILER-DAEMON@mx.hengkong-auto.example (Mail Delivery System)'),
        ('Subject', ew('退信：邮件无法投递 Undelivered Mail Returned to Sender', 'utf-8')),
        ('To', HK),
        ('Auto-Submitted', 'auto-replied'),
        ('MIME-Version', '1.0'),
        ('Message-Id', '<20240618022002.5C2A1E0431@mx.hengkong-auto.example>'),
    ], report)
    return msg, L('bounce', lang='zh')


@fixture('hengkong')
def hk_zh_po_confirmation():
    body = mixed([text("""恒控自动化 销售部：

附件为我司采购订单，请确认交期后回传盖章版。

采购订单号：DD20240620015
物料：HK-DI16 × 40，HK-DO16R × 20，HK-CPU 200 × 4
要求交期：2024 年 7 月 10 日前
付款方式：月结 60 天

无锡联创智能装备有限公司 采购部
电话：0510-8522 7300
""", 'utf-8', 'qp'), attachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                '采购订单DD20240620015.xlsx', xlsx('x'), rfc2231=True)], 'netease')
    msg = envelope([
        ('From', addr('联创采购部', 'purchase@lianchuang-zn.example', cs='utf-8')),
        ('To', 'sales@hengkong-auto.example'),
        ('Cc', HK),
        ('Subject', ew('采购订单 DD20240620015 请确认', 'utf-8')),
        ('Date', 'Thu, 20 Jun 2024 14:22:09 +0800'),
        ('Message-ID', mid('netease', 'lianchuang-zn.example')),
        ('MIME-Version', '1.0'),
    ], body)
    return msg, L('unrelated', lang='zh')


# ==== END OF FIXTURES ====


if __name__ == '__main__':
    sys.exit(CORPUS.main(__doc__.splitlines()[0]))

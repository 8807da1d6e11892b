#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Third blind labelled mail corpus for the RMA mail-understanding step.

    python make_train3.py           # (re)write all company folders and README.md, then self-check
    python make_train3.py --check   # only verify the files on disk against this script

Every mail is written by hand in its own fixture function below.  Boundaries,
dates and Message-IDs are derived from fixed seeds, so two runs produce
byte-identical files.  The companies, people, wording and identifier shapes here
are independent of the first two blind corpora, and the mails were written without
looking at the understanding rules.
"""

# The generator is data written verbatim (mail bodies keep their own long lines and
# trailing spaces), so neither the linter nor the formatter may rewrite it.
# ruff: noqa
# fmt: off
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))   # the shared kit: tests/understand/blindkit.py

import blindkit
from blindkit import (L, addr, alt, attachment, bnd, delivery_status, envelope, ew, html_doc, jpeg,
                      mail, mid, mixed, multipart, pdf, png, q, related, rfc822, rng, text, textfile, xlsx)

# Serial shapes per company, used only by the self-check to find serials that a
# new request or forward mentions but the label forgot (plain-digit serials are not checked).
SERIAL_SHAPES = {
    'ruiguang': r'RF\d{4}-\d{5}',
    'energitec': r'EV\d{2}[A-M]\d{6}',
    'duinlicht': r'(?:DL\d{3}[LCDM]|DLD2M)-\d{4}-\d{3}',
    'halvorsen': r'HT\d{2}[A-Z]\d{5}',
    'yuanzhan': r'YZ\d{10}',
    'kovosys': r'\d{4}/\d{5}',
}

CORPUS = blindkit.Corpus(
    HERE, 'make_train3.py', title='Third blind labelled mail corpus',
    domains='`.example`',
    languages='German, French, Spanish, Italian, Portuguese, Polish, Dutch or Czech',
    serial_shapes=SERIAL_SHAPES,
    notes=['The companies, people, wording and identifier shapes are independent of the first two '
           'blind corpora, and the mails were written from general knowledge of service mail, '
           'without reading the understanding rules.'])
company = CORPUS.company
fixture = CORPUS.fixture


def send(co, date, frm, subject, body, style='generic', to=None, extra=()):
    """A mail from frm (already an address string) to the company's service address."""
    email = frm.rsplit('<', 1)[-1].rstrip('>')
    return mail(date, frm, to or co, subject, body, style, email.split('@')[1], extra)


def plain(s, cs='utf-8', cte='qp', label=None):
    return text(s, cs, cte, label=label)


def htm(inner, cs='utf-8', cte='qp', lang=None, label=None):
    return text(html_doc(inner, lang=lang, cs=label or cs), cs, cte, 'html', label=label)


def both(s, inner, style='generic', cs='utf-8', cte='qp'):
    """multipart/alternative with a plain part and the same words in HTML."""
    return alt(text(s, cs, cte), htm(inner, cs, cte), style)


def paras(s):
    """The HTML a webmail makes of plain paragraphs."""
    out = []
    for p in s.strip('\n').split('\n\n'):
        out.append('<div>%s</div>' % '<br>\n'.join(html.escape(x) for x in p.split('\n')))
    return '\n<div><br></div>\n'.join(out)


AUTO = [('Auto-Submitted', 'auto-replied')]


def dsn(co, date, mta_from, subject, human, rcpt, status, diag, orig, mta, style='generic', ct_extra=''):
    """A delivery status notification (RFC 3464) returning one of our own mails."""
    report = multipart('report', [
        text(human, 'utf-8', '7bit' if human.isascii() else 'qp'),
        delivery_status([
            [('Reporting-MTA', 'dns; ' + mta)],
            [('Final-Recipient', 'rfc822; ' + rcpt), ('Action', 'failed'), ('Status', status),
             ('Diagnostic-Code', 'smtp; ' + diag)],
        ]),
        rfc822(orig, disp=None),
    ], bnd(style, 'report'), params=' report-type=delivery-status;')
    return mail(date, mta_from, co, subject, report, style, mta.split('.', 1)[1],
                [('Auto-Submitted', 'auto-replied')])


def ours(co, date, to, subject, body_s):
    """One of our own mails (an RMA acknowledgement), as returned inside a bounce."""
    return mail(date, co, to, subject, text(body_s, 'utf-8', '7bit' if body_s.isascii() else 'qp'), 'generic',
                co.split('@')[1])


# ======================================================================
#                               FIXTURES
# ======================================================================

# ---------------------------------------------------------------------------
# 1. 瑞光纖通 -- optical amplifiers, CWDM mux and fibre test gear (Hsinchu, Taiwan)
#    serials: RF + yyww + '-' + 5 digits (RF2419-00731); sales orders RG-<ROC year>-nnnn (RG-113-0457)
#    T-Cat 12 digits, Yamato 4-4-4, CJ Logistics 12 digits
# ---------------------------------------------------------------------------
company('ruiguang',
        name='瑞光纖通股份有限公司 (Ruiguang Fibercom Co., Ltd.)',
        service_address='service@ruiguang-fiber.example',
        staff_domains=['ruiguang-fiber.example'],
        noreply_addresses=['noreply@ruiguang-fiber.example', 'form@ruiguang-fiber.example'],
        catalog=['RG-EDFA 17', 'RG-EDFA 23', 'RGC-8 CWDM', 'RGC-18 CWDM', 'RG-OLS 1550', 'RG-PM 200'])
RG = 'service@ruiguang-fiber.example'


@fixture('ruiguang')
def rg_big5_edfa_gain_low():
    b = plain("""您好，

我們上個月採購的 RG-EDFA 23 一台（序號 RF2419-00731，訂單 RG-113-0457），
最近發現輸出功率只有 17 dBm 左右，規格應該是 23 dBm。
輸入訊號 -3 dBm 沒有變，換了跳線也一樣，增益明顯不夠。

麻煩協助安排檢修，謝謝。

林冠廷
宏遠寬頻 網路維運課
TEL 03-5781234 #215
""", 'big5', 'b64')
    return send(RG, 'Tue, 14 May 2024 10:21:37 +0800', addr('林冠廷', 'kt.lin@hongyuan-bb.example', 'big5'),
                ew('EDFA 輸出功率不足', 'big5'), b), \
        L('new_request', 'kt.lin@hongyuan-bb.example', orders=['RG-113-0457'], serials=['RF2419-00731'],
          models=['RG-EDFA 23'], cat='optical_performance', kw=['輸出功率只有 17 dBm', '增益明顯不夠'], lang='zh')


@fixture('ruiguang')
def rg_utf8_cwdm_table():
    inner = """<p>您好：</p>
<p>以下三台 RGC-8 CWDM 在 1551 nm 通道的插入損耗偏高，其他通道正常，請協助處理。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>序號</th><th>通道</th><th>實測插損</th><th>規格</th></tr>
<tr><td>RF2408-01122</td><td>1551</td><td>4.8 dB</td><td>&le; 2.5 dB</td></tr>
<tr><td>RF2408-01125</td><td>1551</td><td>5.1 dB</td><td>&le; 2.5 dB</td></tr>
<tr><td>RF2408-01131</td><td>1551</td><td>4.6 dB</td><td>&le; 2.5 dB</td></tr>
</table>
<p>訂單編號：RG-113-0392</p>
<p>張雅婷<br>台灣智網科技 工程部</p>"""
    return send(RG, 'Wed, 03 Jul 2024 15:02:11 +0800', addr('張雅婷', 'yating.chang@zhiwang-tech.example', 'utf-8'),
                ew('RGC-8 CWDM 插損異常 (3台)'), htm(inner, 'utf-8', 'b64'), 'outlook'), \
        L('new_request', 'yating.chang@zhiwang-tech.example', orders=['RG-113-0392'],
          serials=['RF2408-01122', 'RF2408-01125', 'RF2408-01131'], models=['RGC-8 CWDM'],
          cat='optical_performance', kw=['插入損耗偏高'], lang='zh')


@fixture('ruiguang')
def rg_korean_pm_dead():
    b = plain("""Dear Ruiguang service team,

One of the RG-PM 200 power meters we bought through you does not turn on any more.
We replaced the batteries with new AA cells and also tried the USB cable from a PC,
but the screen stays blank and nothing happens when pressing the power key.

Serial: RF2337-00452
Our PO: HS-PO-240611

Please tell us how to return it. We can ship by CJ Logistics from Seoul.

Best regards,
Park Ji-hoon
Hansol Optical Networks Co., Ltd.
Tel +82 2 555 0192
""", 'utf-8', '7bit')
    return send(RG, 'Mon, 17 Jun 2024 09:44:02 +0900', addr('Park Ji-hoon', 'jh.park@hansol-optnet.example'),
                'Power meter does not turn on', b, 'outlook'), \
        L('new_request', 'jh.park@hansol-optnet.example', orders=['HS-PO-240611'], serials=['RF2337-00452'],
          models=['RG-PM 200'], cat='no_power', kw=['does not turn on', 'screen stays blank'])


@fixture('ruiguang')
def rg_webform_big5():
    b = plain("""以下為官網客服表單內容：

姓名: 吳政宏
公司: 中科光電材料
電子郵件: ch.wu@zhongke-om.example
電話: 04-23590011
產品型號: RG-OLS 1550
產品序號: RF2402-00118
購買單號: RG-112-1207
問題描述: 光源開機後大約十幾分鐘就會自己關掉，重新開機又可以用一陣子，反覆發生。

送出時間: 2024/09/02 14:31
""", 'big5', 'qp')
    return send(RG, 'Mon, 02 Sep 2024 14:31:09 +0800', addr('瑞光纖通官網', 'form@ruiguang-fiber.example', 'big5'),
                ew('[客服表單] RG-OLS 1550 自動關機', 'big5'), b, 'php',
                extra=[('Reply-To', addr('吳政宏', 'ch.wu@zhongke-om.example', 'big5'))]), \
        L('new_request', 'ch.wu@zhongke-om.example', orders=['RG-112-1207'], serials=['RF2402-00118'],
          models=['RG-OLS 1550'], cat='intermittent', kw=['自己關掉', '反覆發生'], lang='zh')


@fixture('ruiguang')
def rg_mixed_missing_adapters():
    b = plain("""Hi Ruiguang team,

今天收到 RG-PM 200 x5 (order RG-113-0612)，但是 FC/APC adapter 只有三個，少了兩個，
另外有一台沒有附 calibration certificate。麻煩補寄，thanks!

Kevin Huang 黃凱文
Procurement, Lianyi Telecom
""", 'utf-8', 'qp')
    return send(RG, 'Thu, 22 Aug 2024 11:09:45 +0800', addr('Kevin Huang', 'kevin.huang@lianyi-tel.example'),
                'RG-113-0612 少 adapter', b, 'gmail'), \
        L('new_request', 'kevin.huang@lianyi-tel.example', orders=['RG-113-0612'], models=['RG-PM 200'],
          cat='wrong_or_missing_item', kw=['少了兩個', '沒有附 calibration certificate'], lang='mixed')


@fixture('ruiguang')
def rg_range_dark_units():
    sers = rng('RF2431-', 210, 214, 5)
    b = plain("""Hello,

We received five RG-EDFA 17 amplifiers last week, serials RF2431-00210 to RF2431-00214.
None of them starts up: the front panel LEDs stay dark and the fans never spin, on two
different 48 V supplies that power our other shelves fine. The DC input polarity was
checked twice.

Delivery note referred to sales order RG-113-0688.

Could you arrange replacements as soon as possible? The site goes live on 30 September.

Regards
Nguyen Van Minh
Saigon Fibre Solutions JSC
""", 'utf-8', '7bit')
    return send(RG, 'Fri, 06 Sep 2024 16:40:18 +0700', addr('Nguyen Van Minh', 'minh.nguyen@saigonfibre.example'),
                '5x RG-EDFA 17 DOA', b, 'tb'), \
        L('new_request', 'minh.nguyen@saigonfibre.example', orders=['RG-113-0688'], serials=sers,
          models=['RG-EDFA 17'], cat='no_power', kw=['None of them starts up', 'LEDs stay dark'],
          expanded=sers[1:-1])


@fixture('ruiguang')
def rg_photo_crushed_box():
    b = plain("""您好

今天下午黑貓送來的貨，外箱整個被壓扁，裡面的 RGC-18 CWDM 機殼凹了一角，
後面兩個 LC 接頭也斷了。照片附上。

黑貓單號 905318227640
訂單 RG-113-0540

請問要怎麼處理？

蔡佩君
""", 'utf-8', 'b64')
    msg = mixed([b, attachment('image/jpeg', 'IMG_3381.jpg', jpeg('a')),
                 attachment('image/jpeg', 'IMG_3382.jpg', jpeg('b'))], 'apple')
    return send(RG, 'Tue, 30 Jul 2024 17:12:50 +0800', addr('蔡佩君', 'peichun.tsai@jinhua-net.example', 'utf-8'),
                ew('貨到時外箱壓壞'), msg, 'apple'), \
        L('new_request', 'peichun.tsai@jinhua-net.example', orders=['RG-113-0540'], models=['RGC-18 CWDM'],
          tracking=['905318227640'], cat='physical_damage', kw=['外箱整個被壓扁', '機殼凹了一角', '接頭也斷了'],
          lang='zh')


@fixture('ruiguang')
def rg_gui_after_update():
    b = plain("""Hi,

After updating our RG-EDFA 23 to firmware v2.3.1 the web page at 192.168.10.50 only shows
"session expired" right after login, and all alarm thresholds went back to factory values.
SNMP still answers, so the unit itself runs. Rolling back to 2.2.9 is not offered in the menu.

Unit serial RF2350-00067.

Can you send the older image or a fix?

Thanks,
Arjun Mehta
Network Engineering, Coastline Telecom Pvt Ltd
+91 22 4012 7788
""", 'utf-8', '7bit')
    return send(RG, 'Wed, 16 Oct 2024 08:05:33 +0530', addr('Arjun Mehta', 'arjun.mehta@coastline-tel.example'),
                'Web GUI locked out after firmware update', b, 'gmail'), \
        L('new_request', 'arjun.mehta@coastline-tel.example', serials=['RF2350-00067'], models=['RG-EDFA 23'],
          cat='software', kw=['session expired', 'went back to factory values'])


@fixture('ruiguang')
def rg_return_unused():
    b = plain("""您好，

因為案場取消，上個月訂的 RG-OLS 1550 兩台都沒有拆封，想辦理退貨。
訂單編號 RG-113-0515，請告知退貨流程與運費怎麼算。

謝謝
周建志 採購
""", 'big5', '8bit')
    return send(RG, 'Mon, 12 Aug 2024 13:30:00 +0800', addr('周建志', 'jc.chou@dacheng-eng.example', 'big5'),
                ew('退貨申請 RG-113-0515', 'big5'), b), \
        L('new_request', 'jc.chou@dacheng-eng.example', orders=['RG-113-0515'], models=['RG-OLS 1550'], lang='zh')


@fixture('ruiguang')
def rg_fwd_outlook_japan():
    b = plain("""Service team,

Please handle the case below from our distributor in Osaka. They already sent the unit back by Yamato.

Best,
Jason Lee
Sales, Ruiguang Fibercom

________________________________
From: Takeshi Mori <t.mori@naniwa-kogaku.example>
Sent: Monday, November 4, 2024 2:17 PM
To: Jason Lee <jason.lee@ruiguang-fiber.example>
Subject: RGC-18 CWDM loss problem

Dear Jason-san,

Our customer reports that ports 1471 and 1491 of the RGC-18 CWDM (S/N RF2421-00388) show about
3 dB more loss than the test report, since installation one week ago. Other ports are fine.

We returned it today by Yamato, tracking 4520-1188-3074.

Best regards,
Takeshi Mori
Naniwa Kogaku K.K.
""", 'utf-8', 'qp')
    return send(RG, 'Mon, 04 Nov 2024 14:03:51 +0800', addr('Jason Lee', 'jason.lee@ruiguang-fiber.example'),
                'FW: RGC-18 CWDM loss problem', b, 'outlook'), \
        L('forwarded', 't.mori@naniwa-kogaku.example', 'jason.lee@ruiguang-fiber.example', serials=['RF2421-00388'],
          models=['RGC-18 CWDM'], tracking=['4520-1188-3074'], cat='optical_performance',
          kw=['3 dB more loss'])


@fixture('ruiguang')
def rg_fwd_gmail_meter_jumps():
    b = plain("""轉給客服，麻煩協助。

Amy

---------- Forwarded message ---------
寄件者：羅志明 <zm.luo@huayu-cable.example>
Date: 2024年10月8日 週二 上午9:52
Subject: 功率計讀數不穩
To: Amy Chen <amy.chen@ruiguang-fiber.example>


陳小姐您好，

我們的 RG-PM 200（序號 RF2329-00911）量同一條光纖，讀數一下 -12 dBm 一下 -19 dBm，
跳來跳去，有時候又正常，已經清潔過接頭。訂單是 RG-112-0871。

羅志明
""", 'utf-8', 'b64')
    return send(RG, 'Tue, 08 Oct 2024 10:15:22 +0800', addr('Amy Chen', 'amy.chen@ruiguang-fiber.example'),
                ew('Fwd: 功率計讀數不穩'), b, 'gmail'), \
        L('forwarded', 'zm.luo@huayu-cable.example', 'amy.chen@ruiguang-fiber.example', orders=['RG-112-0871'],
          serials=['RF2329-00911'], models=['RG-PM 200'], cat='intermittent', kw=['跳來跳去', '有時候又正常'],
          lang='zh')


@fixture('ruiguang')
def rg_fwd_ios_name_only():
    b = plain("""幫忙開 RMA，客人只有電話聯絡。

從我的 iPhone 傳送

開始轉寄的郵件：

寄件者: 陳先生
日期: 2024年11月20日 下午3:41:07 [GMT+8]
收件者: 王志豪 <zh.wang@ruiguang-fiber.example>
主旨: 光放大器風扇

王先生你好，機房那台 RG-EDFA 17 風扇聲音變很大，像是在磨東西，序號 RF2315-00502。
""", 'utf-8', 'qp')
    return send(RG, 'Wed, 20 Nov 2024 16:02:44 +0800', addr('王志豪', 'zh.wang@ruiguang-fiber.example', 'utf-8'),
                ew('轉寄: 光放大器風扇'), b, 'apple'), \
        L('forwarded', None, 'zh.wang@ruiguang-fiber.example', serials=['RF2315-00502'], models=['RG-EDFA 17'],
          cat='other', kw=['風扇聲音變很大'], lang='zh')


@fixture('ruiguang')
def rg_fwd_rfc822_thai():
    inner = mail('Thu, 12 Dec 2024 10:20:05 +0700', addr('Somchai Rattanakorn', 'somchai@siamlink-opt.example'),
                 'sales.th@ruiguang-fiber.example', 'Two OLS units, wrong wavelength',
                 text("""Hello,

We ordered 2x RG-OLS 1550 on PO SL-2024-1189 but the labels on both units say 1310 nm and the
output measures 1310 nm on our OSA. Serials RF2438-00071 and RF2438-00072.

Please exchange.

Somchai
""", 'utf-8', '7bit'), 'generic', 'siamlink-opt.example')
    b = mixed([text("""Forwarding the attached mail from Siam Link, please create an RMA for the exchange.

Lisa
""", 'utf-8', '7bit'), rfc822(inner, 'Two OLS units, wrong wavelength.eml')], 'tb')
    return send(RG, 'Thu, 12 Dec 2024 12:01:40 +0800', addr('Lisa Wu', 'sales.th@ruiguang-fiber.example'),
                'Fwd: Two OLS units, wrong wavelength', b, 'tb'), \
        L('forwarded', 'somchai@siamlink-opt.example', 'sales.th@ruiguang-fiber.example', orders=['SL-2024-1189'],
          serials=['RF2438-00071', 'RF2438-00072'], models=['RG-OLS 1550'], cat='wrong_or_missing_item',
          kw=['labels on both units say 1310 nm'])


@fixture('ruiguang')
def rg_followup_bottom():
    b = plain("""
> 您好，已收到您的申請，RMA 編號 RMA-2024-01873，請將產品寄回本公司新竹廠。
> 瑞光纖通 客服中心

東西上週五已經寄出了，想確認一下你們收到沒有？大概什麼時候可以修好寄回？

林冠廷
""", 'big5', 'b64')
    return send(RG, 'Tue, 28 May 2024 09:11:04 +0800', addr('林冠廷', 'kt.lin@hongyuan-bb.example', 'big5'),
                ew('回覆: [RMA-2024-01873] EDFA 輸出功率不足', 'big5'), b), \
        L('follow_up', 'kt.lin@hongyuan-bb.example', rma='RMA-2024-01873', lang='zh')


@fixture('ruiguang')
def rg_followup_oneliner_tcat():
    quoted = q("""寄件者: 瑞光纖通客服 <service@ruiguang-fiber.example>
寄件日期: 2024年8月1日 上午 10:02
主旨: [RMA-2024-02140] 貨到時外箱壓壞

蔡小姐您好，

已為您建立 RMA-2024-02140。請將 RGC-18 CWDM 連同原外箱寄回：
30078 新竹市東區科學園區研發二路 18 號 瑞光纖通 RMA 組 收

收到後我們會在三個工作天內回覆檢測結果，並安排更換新品。
如有任何問題，歡迎來電 03-5630088 分機 310。

瑞光纖通股份有限公司 客服中心""")
    b = plain("已寄回，黑貓單號 905402117738\n\n" + quoted + "\n", 'utf-8', 'b64')
    return send(RG, 'Fri, 02 Aug 2024 08:31:15 +0800', addr('蔡佩君', 'peichun.tsai@jinhua-net.example', 'utf-8'),
                ew('Re: [RMA-2024-02140] 貨到時外箱壓壞'), b, 'apple'), \
        L('follow_up', 'peichun.tsai@jinhua-net.example', tracking=['905402117738'], rma='RMA-2024-02140', lang='zh')


@fixture('ruiguang')
def rg_order_status_en():
    b = plain("""Hi,

Could you let me know when order RG-113-0733 (4x RGC-18 CWDM) will ship? The confirmation said
week 41 but we have no dispatch notice yet, and our installer is booked for the 21st.

Thanks
Priya Raman
Meshline Networks Sdn Bhd
""", 'utf-8', '7bit')
    return send(RG, 'Tue, 15 Oct 2024 11:27:09 +0800', addr('Priya Raman', 'priya@meshline-net.example'),
                'Shipping date for RG-113-0733?', b, 'outlook'), \
        L('order_status', 'priya@meshline-net.example', orders=['RG-113-0733'], models=['RGC-18 CWDM'])


@fixture('ruiguang')
def rg_order_status_zh():
    b = plain("""您好，請問訂單 RG-113-0801 的交期確定了嗎？業務說十一月中，但我們這邊還沒收到出貨通知。

謝謝
鄭美玲
""", 'big5', 'qp')
    return send(RG, 'Mon, 18 Nov 2024 14:50:31 +0800', addr('鄭美玲', 'ml.cheng@yida-comm.example', 'big5'),
                ew('詢問交期', 'big5'), b), \
        L('order_status', 'ml.cheng@yida-comm.example', orders=['RG-113-0801'], lang='zh')


@fixture('ruiguang')
def rg_ooo_zh():
    b = plain("""您好，我 8/12 至 8/19 休假中，期間不定時收信。
急件請聯絡 維運課 許先生 03-5781234 #220，謝謝。

林冠廷
""", 'big5', 'b64')
    return send(RG, 'Tue, 13 Aug 2024 09:00:12 +0800', addr('林冠廷', 'kt.lin@hongyuan-bb.example', 'big5'),
                ew('自動回覆: [RMA-2024-02233] 檢測結果通知', 'big5'), b, extra=AUTO), \
        L('auto_reply', 'kt.lin@hongyuan-bb.example', rma='RMA-2024-02233', lang='zh')


@fixture('ruiguang')
def rg_ticket_ack():
    b = plain("""This is an automated message from the Coastline Telecom IT Service Desk.

Your email has been logged as ticket CT-INC-558120 with the subject
"[RMA-2024-02577] Web GUI locked out after firmware update".

An engineer will respond within 2 business days. Please do not reply to this message.
""", 'utf-8', '7bit')
    return send(RG, 'Thu, 17 Oct 2024 09:12:40 +0530', addr('Coastline Service Desk', 'servicedesk@coastline-tel.example'),
                '[CT-INC-558120] Received: [RMA-2024-02577] Web GUI locked out after firmware update', b,
                extra=AUTO + [('X-Auto-Response-Suppress', 'All')]), \
        L('auto_reply', 'servicedesk@coastline-tel.example', rma='RMA-2024-02577')


@fixture('ruiguang')
def rg_bounce_exchange():
    orig = ours(RG, 'Mon, 25 Nov 2024 10:00:01 +0800', 'wl.hsu@dacheng-eng.example',
                'Your RMA-2024-02901 has been opened', 'Dear customer,\n\nYour return has been registered.\n')
    return dsn(RG, 'Mon, 25 Nov 2024 10:00:09 +0800',
               addr('Microsoft Outlook', 'postmaster@dacheng-eng.example'),
               'Undeliverable: Your return has been registered',
               """Your message to wl.hsu@dacheng-eng.example couldn't be delivered.

wl.hsu wasn't found at dacheng-eng.example.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", 'wl.hsu@dacheng-eng.example', '5.1.10',
               '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
               orig, 'mx01.dacheng-eng.example', 'outlook'), \
        L('bounce')


@fixture('ruiguang')
def rg_expo_invite():
    inner = """<p>親愛的廠商您好：</p>
<p>2025 台北國際光電週 (OPTO Taiwan) 將於 6 月 18 日至 20 日在南港展覽館舉行，
現正開放攤位登記，早鳥優惠至 1 月 31 日止。</p>
<p>Booth registration for OPTO Taiwan 2025 is now open &ndash; early bird rates until 31 January.</p>
<p><a href="https://expo.example/opto2025">立即報名 Register now</a></p>
<p style="font-size:11px;color:#888">如不想再收到本訊息，請<a href="https://expo.example/unsub">取消訂閱</a>。</p>"""
    return send(RG, 'Wed, 11 Dec 2024 09:30:00 +0800', addr('台北光電展 主辦單位', 'news@photonics-expo.example', 'utf-8'),
                ew('【早鳥優惠】2025 台北國際光電週攤位登記開跑'), htm(inner, 'utf-8', 'qp'), 'generic',
                extra=[('List-Unsubscribe', '<https://expo.example/unsub>'), ('Precedence', 'bulk')]), \
        L('unrelated', lang='mixed')


@fixture('ruiguang')
def rg_payment_advice():
    b = plain("""Remittance advice

Payer: Meshline Networks Sdn Bhd
Payee: Ruiguang Fibercom Co., Ltd.
Value date: 29/11/2024
Amount: USD 18,420.00

Invoice        Your order       Our PO          Amount
RGI-240877     RG-113-0733      MN-PO-2291      USD 11,280.00
RGI-240912     RG-113-0758      MN-PO-2310      USD  7,140.00

Beneficiary account: 0123-456-789012 (Cathay United Bank)

This advice was generated automatically by our accounts payable system.
""", 'utf-8', '7bit')
    return send(RG, 'Fri, 29 Nov 2024 18:02:00 +0800', addr('Meshline AP', 'ap@meshline-net.example'),
                'Payment advice 29/11/2024', b, 'sap'), \
        L('unrelated')


@fixture('ruiguang')
def rg_phishing_parcel():
    inner = """<p>Dear customer,</p>
<p>Your parcel could not be delivered because the address is incomplete.
Please confirm your details and pay the redelivery fee of NT$ 35 within 24 hours.</p>
<p><a href="http://tcat-redelivery.example/confirm">Confirm delivery</a></p>"""
    return send(RG, 'Sat, 21 Sep 2024 03:14:07 +0800', addr('T-Cat Delivery', 'notice@tcat-redelivery.example'),
                'Delivery failed - action required', htm(inner, 'utf-8', '7bit')), \
        L('unrelated')


@fixture('ruiguang')
def rg_job_application():
    b = plain("""人資部 您好：

我是陳柏翰，國立交通大學光電所碩士應屆畢業，對貴公司的光通訊研發工程師職缺非常有興趣，
附上履歷與成績單，希望有機會面談。

陳柏翰
0912-345-678
""", 'big5', 'b64')
    return send(RG, 'Mon, 08 Jul 2024 22:41:55 +0800', addr('陳柏翰', 'bohan.chen1999@mailbox.example', 'big5'),
                ew('應徵光通訊研發工程師 - 陳柏翰', 'big5'),
                mixed([b, attachment('application/pdf', '履歷_陳柏翰.pdf', pdf('cv', 'CV'), name_cs='big5')])), \
        L('unrelated', lang='zh')


@fixture('ruiguang')
def rg_meeting_invite():
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250115T020000Z
DTEND:20250115T030000Z
SUMMARY:Q1 business review Hansol / Ruiguang
LOCATION:Teams
UID:040000008200E00074C5B7101A82E0080000000010A2B3C4D5E6F7
END:VEVENT
END:VCALENDAR
"""
    body = mixed([text('Hi all, let us review Q4 volumes and the 2025 forecast.\n\nJi-hoon\n', 'utf-8', '7bit'),
                  text(ics, 'utf-8', '7bit', 'calendar', params='; method=REQUEST')], 'outlook')
    return send(RG, 'Tue, 17 Dec 2024 13:00:00 +0900', addr('Park Ji-hoon', 'jh.park@hansol-optnet.example'),
                'Q1 business review Hansol / Ruiguang', body, 'outlook'), \
        L('unrelated')


# ---------------------------------------------------------------------------
# 2. 北京远瞻激光雷达 -- mechanical and solid-state lidar (Beijing)
#    serials: YZ + yymmdd + 4 digits (YZ2405170082); contracts 合同号 YZHT-yyyy-nnnn
#    SF Express (SF + 13 digits), ZTO (14 digits), JD (JDV + 12 digits)
# ---------------------------------------------------------------------------
company('yuanzhan',
        name='北京远瞻激光雷达科技有限公司 (Yuanzhan Lidar Technology Beijing Co., Ltd.)',
        service_address='support@yuanzhan-lidar.example',
        staff_domains=['yuanzhan-lidar.example'],
        noreply_addresses=['noreply@yuanzhan-lidar.example', 'crm@yuanzhan-lidar.example'],
        catalog=['YZ-M16', 'YZ-M32', 'YZ-M32 Pro', 'YZ-Solid 120', 'YZ-IMU Box'])
YZ = 'support@yuanzhan-lidar.example'


@fixture('yuanzhan')
def yz_gbk_no_pointcloud():
    b = plain("""远瞻技术支持你好：

我司采购的 YZ-M32 Pro 一台，序列号 YZ2405170082，合同号 YZHT-2024-0318。
上电后电机正常旋转，但是上位机一直收不到点云，ping 192.168.1.201 也不通，
换了网线和交换机都一样，电脑 IP 已经设成 192.168.1.100。

请帮忙看一下是否需要返厂。

赵磊
智行无人驾驶 感知组
手机 139 1102 4471
""", 'gbk', 'b64')
    return send(YZ, 'Thu, 20 Jun 2024 10:12:44 +0800', addr('赵磊', 'zhaolei@zhixing-ad.example', 'gbk'),
                ew('M32 Pro 收不到点云', 'gbk'), b, 'foxmail'), \
        L('new_request', 'zhaolei@zhixing-ad.example', orders=['YZHT-2024-0318'], serials=['YZ2405170082'],
          models=['YZ-M32 Pro'], cat='no_link', kw=['收不到点云', 'ping 192.168.1.201 也不通'], lang='zh')


@fixture('yuanzhan')
def yz_gb2312_label_dead():
    b = plain("""你好，

一台 YZ-M16 上电以后指示灯不亮，电机也不转，电源适配器量过有 12V 输出。
序列号 YZ2312110347。麻烦尽快处理，项目下周要验收。

王喆
华测机器人
""", 'gbk', 'b64', label='gb2312')
    return send(YZ, 'Mon, 08 Jan 2024 16:25:03 +0800', addr('王喆', 'wangzhe@huace-robot.example', 'gbk', label='gb2312'),
                ew('M16不上电', 'gb2312'), b, 'netease'), \
        L('new_request', 'wangzhe@huace-robot.example', serials=['YZ2312110347'], models=['YZ-M16'],
          cat='no_power', kw=['指示灯不亮', '电机也不转'], lang='zh')


@fixture('yuanzhan')
def yz_gb18030_range_noise():
    sers = ['YZ2406030101'] + rng('YZ24060301', 2, 6, 2)
    b = plain("""您好，

合同 YZHT-2024-0412 的 6 台 YZ-M32，序列号 YZ2406030101~0106，
装车以后点云里有很多飘在空中的噪点，50 米以外的车基本扫不到，
同样的位置换成老批次的雷达就正常。

附件是录的数据包，麻烦分析一下。

孙晓峰
""", 'gb18030', 'b64')
    msg = mixed([b, attachment('application/octet-stream', 'test_0612.pcap', b'\xd4\xc3\xb2\xa1' + bytes(200))], 'foxmail')
    return send(YZ, 'Wed, 12 Jun 2024 18:40:21 +0800', addr('孙晓峰', 'sunxf@lingtu-nav.example', 'gb18030'),
                ew('M32 点云噪点多，测距近', 'gb18030'), msg, 'foxmail'), \
        L('new_request', 'sunxf@lingtu-nav.example', orders=['YZHT-2024-0412'], serials=sers, models=['YZ-M32'],
          cat='optical_performance', kw=['噪点', '50 米以外的车基本扫不到'], lang='zh', expanded=sers[1:])


@fixture('yuanzhan')
def yz_utf8_drops_offline():
    b = plain("""您好！

我们在跑车测试的时候，YZ-M32 Pro 大概每隔半小时掉线一次，持续十几秒又自己恢复，
有时候一整天都没问题。序列号 YZ2404220019，固件版本 2.1.8。
测试车牌 京A·D3712，测试日期 2024-07-15 和 2024-07-16 都出现过。

请问是不是网口松动？需要寄回吗？

刘思远
""", 'utf-8', 'qp')
    return send(YZ, 'Wed, 17 Jul 2024 09:33:08 +0800', addr('刘思远', 'liusiyuan@qingyun-auto.example', 'utf-8'),
                ew('雷达跑车时偶尔掉线'), b, 'gmail'), \
        L('new_request', 'liusiyuan@qingyun-auto.example', serials=['YZ2404220019'], models=['YZ-M32 Pro'],
          cat='intermittent', kw=['每隔半小时掉线一次', '又自己恢复'], lang='zh')


@fixture('yuanzhan')
def yz_mixed_blind_zone():
    b = plain("""Hi 远瞻 support,

我们的 YZ-Solid 120 (SN YZ2408090233) 的 FOV 左侧大概 15 度有一块 blind zone，
point cloud 那一块是空的，墙面也扫不出来。Calibration 文件重新导入过，没用。

Thanks,
Eric 周
""", 'utf-8', 'qp')
    return send(YZ, 'Fri, 23 Aug 2024 14:02:57 +0800', addr('Eric Zhou', 'eric.zhou@deepmap-tech.example'),
                'Solid 120 blind zone', b, 'outlook'), \
        L('new_request', 'eric.zhou@deepmap-tech.example', serials=['YZ2408090233'], models=['YZ-Solid 120'],
          cat='optical_performance', kw=['blind zone', 'point cloud 那一块是空的'], lang='mixed')


@fixture('yuanzhan')
def yz_webform_cracked():
    b = plain("""【官网售后申请】

姓名：何佳
单位：南方测绘仪器
手机：13826550917
邮箱：hejia@nanfang-survey.example
产品型号：YZ-IMU Box
序列号：YZ2311280457
购买渠道：京东自营
故障描述：设备从支架上掉下来，外壳摔裂了，一个安装螺丝孔断了。还能通电。

提交时间：2024-10-09 11:20:43
""", 'utf-8', 'b64')
    return send(YZ, 'Wed, 09 Oct 2024 11:20:45 +0800', addr('远瞻官网', 'crm@yuanzhan-lidar.example', 'utf-8'),
                ew('售后申请 - YZ-IMU Box - 何佳'), b, 'php',
                extra=[('Reply-To', 'hejia@nanfang-survey.example')]), \
        L('new_request', 'hejia@nanfang-survey.example', serials=['YZ2311280457'], models=['YZ-IMU Box'],
          cat='physical_damage', kw=['外壳摔裂了', '螺丝孔断了'], lang='zh')


@fixture('yuanzhan')
def yz_sdk_segfault():
    b = plain("""Hello Yuanzhan support,

since we moved to your SDK 3.2.0 the ROS 2 driver for our YZ-M16 crashes with a segmentation
fault about two seconds after start ("yz_driver_node: process has died [exit code -11]").
SDK 3.1.4 worked fine on the same Ubuntu 22.04 machine. Sensor serial YZ2402050611.

Is there a known issue? Log attached.

Kind regards
Jonas Brenner
Robotik Werkstatt Brenner GmbH, Augsburg
USt-IdNr. DE298765432
""", 'utf-8', 'qp')
    msg = mixed([b, textfile('driver_crash.log', '[INFO] yz_driver_node starting\n[ERROR] exit code -11\n')], 'tb')
    return send(YZ, 'Tue, 05 Nov 2024 15:48:10 +0100', addr('Jonas Brenner', 'j.brenner@robotik-brenner.example'),
                'ROS 2 driver crash with SDK 3.2.0', msg, 'tb'), \
        L('new_request', 'j.brenner@robotik-brenner.example', serials=['YZ2402050611'], models=['YZ-M16'],
          cat='software', kw=['crashes', 'exit code -11'])


@fixture('yuanzhan')
def yz_wrong_model_zh():
    b = plain("""你好，

今天到货的两台雷达是 YZ-M16，但我们合同 YZHT-2024-0466 签的是 YZ-M32，
外箱标签也写的 M32，打开里面是 M16。序列号 YZ2407010512、YZ2407010513。
请尽快安排换货。

钱宇
""", 'utf-8', 'b64')
    return send(YZ, 'Tue, 09 Jul 2024 17:05:29 +0800', addr('钱宇', 'qianyu@xinghe-uav.example', 'utf-8'),
                ew('发错型号'), b, 'qq'), \
        L('new_request', 'qianyu@xinghe-uav.example', orders=['YZHT-2024-0466'],
          serials=['YZ2407010512', 'YZ2407010513'], models=['YZ-M16', 'YZ-M32'], cat='wrong_or_missing_item',
          kw=['打开里面是 M16', '换货'], lang='zh')


@fixture('yuanzhan')
def yz_html_gbk_noise():
    inner = """<div style="font-family:微软雅黑">您好：</div>
<div>我们有一台 <b>YZ-M32</b> 转起来有“咔咔”的异响，而且越来越响，点云暂时还正常。</div>
<div>序列号：YZ2309180204</div>
<div>合同号：YZHT-2023-0977</div>
<div><br></div>
<div>冯海涛 | 城市数字孪生事业部</div>"""
    return send(YZ, 'Mon, 26 Feb 2024 10:40:00 +0800', addr('冯海涛', 'fenght@shuzhi-city.example', 'gbk'),
                ew('雷达异响', 'gbk'), htm(inner, 'gbk', 'qp'), 'netease'), \
        L('new_request', 'fenght@shuzhi-city.example', orders=['YZHT-2023-0977'], serials=['YZ2309180204'],
          models=['YZ-M32'], cat='other', kw=['异响', '越来越响'], lang='zh')


@fixture('yuanzhan')
def yz_hot_no_serial():
    b = plain("""你好，我们用的 YZ-Solid 120 工作半小时以后外壳特别烫，手放不上去，
这样正常吗？说明书上写工作温度 -40~85℃。序列号要去现场看，我明天再补。

田野
""", 'utf-8', '8bit')
    return send(YZ, 'Thu, 01 Aug 2024 20:13:52 +0800', addr('田野', 'tianye@ruitu-logistics.example', 'utf-8'),
                ew('外壳很烫'), b, 'qq'), \
        L('new_request', 'tianye@ruitu-logistics.example', models=['YZ-Solid 120'], cat='other',
          kw=['外壳特别烫'], lang='zh')


@fixture('yuanzhan')
def yz_scratched_window():
    b = plain("""您好，

今天顺丰送到的 YZ-M32 Pro，拆开发现光学窗口罩上有两道很深的划痕，包装泡棉也是破的。
运单号 SF1406628130475，合同 YZHT-2024-0530。照片见附件。

韩冰
""", 'utf-8', 'b64')
    msg = mixed([b, attachment('image/jpeg', 'window1.jpg', jpeg('w1')), attachment('image/jpeg', 'window2.jpg', jpeg('w2'))], 'qq')
    return send(YZ, 'Sat, 14 Sep 2024 13:44:31 +0800', addr('韩冰', 'hanbing@tuopu-map.example', 'utf-8'),
                ew('到货窗口罩划伤'), msg, 'qq'), \
        L('new_request', 'hanbing@tuopu-map.example', orders=['YZHT-2024-0530'], models=['YZ-M32 Pro'],
          tracking=['SF1406628130475'], cat='physical_damage', kw=['划痕', '泡棉也是破的'], lang='zh')


@fixture('yuanzhan')
def yz_fwd_foxmail_layers():
    b = plain("""售后同事好，客户反馈点云分层，麻烦跟进。

杨帆 华东区销售

------------------ 原始邮件 ------------------
发件人: "马骏"<majun@haiyun-port.example>;
发送时间: 2024年11月12日(星期二) 下午3:08
收件人: "杨帆"<yangfan@yuanzhan-lidar.example>;
主题: 雷达点云分层

杨经理：
码头那台 YZ-M32（YZ2403150077）扫集装箱侧面的时候，点云分成前后两层，间隔大概 10 公分，
外参标定做过两次了。合同号 YZHT-2024-0201。
""", 'gbk', 'b64')
    return send(YZ, 'Tue, 12 Nov 2024 16:20:18 +0800', addr('杨帆', 'yangfan@yuanzhan-lidar.example', 'gbk'),
                ew('转发: 雷达点云分层', 'gbk'), b, 'foxmail'), \
        L('forwarded', 'majun@haiyun-port.example', 'yangfan@yuanzhan-lidar.example', orders=['YZHT-2024-0201'],
          serials=['YZ2403150077'], models=['YZ-M32'], cat='optical_performance', kw=['点云分成前后两层'], lang='zh')


@fixture('yuanzhan')
def yz_fwd_netease_port():
    b = plain("""请技术支持处理。



---- 转发邮件信息 ----
发件人：徐明亮 <xuml@jiuzhou-agri.example>
发送日期：2024年09月03日 08:51
收件人：邓超 <dengchao@yuanzhan-lidar.example>
主题：M16网口没反应

邓工你好，
农机上那台 YZ-M16 网口灯不亮，电脑识别不到设备，雷达是在转的。SN：YZ2401200345
""", 'utf-8', 'b64')
    return send(YZ, 'Tue, 03 Sep 2024 09:30:40 +0800', addr('邓超', 'dengchao@yuanzhan-lidar.example', 'utf-8'),
                ew('Fw:M16网口没反应'), b, 'netease'), \
        L('forwarded', 'xuml@jiuzhou-agri.example', 'dengchao@yuanzhan-lidar.example', serials=['YZ2401200345'],
          models=['YZ-M16'], cat='no_link', kw=['网口灯不亮', '识别不到设备'], lang='zh')


@fixture('yuanzhan')
def yz_fwd_qq_name_only():
    b = plain("""帮忙登记一下，李工只加了微信，没有邮箱。

------------------&nbsp;原始邮件&nbsp;------------------
发件人: "李工";
发送时间: 2024年12月2日(星期一) 上午9:15
收件人: "唐宁"<tangning@yuanzhan-lidar.example>;
主题: 雷达有时候不出数据

唐经理，YZ-Solid 120 冷启动的时候经常不出数据，要重启两三次才好，热机以后就一直正常。
""".replace('&nbsp;', '\xa0'), 'utf-8', 'b64')
    return send(YZ, 'Mon, 02 Dec 2024 10:02:09 +0800', addr('唐宁', 'tangning@yuanzhan-lidar.example', 'utf-8'),
                ew('转发：雷达有时候不出数据'), b, 'qq'), \
        L('forwarded', None, 'tangning@yuanzhan-lidar.example', models=['YZ-Solid 120'], cat='intermittent',
          kw=['经常不出数据', '要重启两三次才好'], lang='zh')


@fixture('yuanzhan')
def yz_fwd_owa_korea():
    b = plain("""Hi support,
please see the Korean customer's request below, they need a firmware fix before SOP.
Thanks, Leo

From: Kim Min-seo <minseo.kim@hanbit-mobility.example>
Sent: Thursday, October 24, 2024 11:02
To: Leo Zhang <leo.zhang@yuanzhan-lidar.example>
Cc: Choi Dong-hyun <dh.choi@hanbit-mobility.example>
Subject: YZ-M32 Pro timestamp issue

Dear Leo,

With firmware 2.2.0 our YZ-M32 Pro units (YZ2405300881, YZ2405300884) report point timestamps
that jump back by one second every few minutes when PTP sync is on. With 2.1.8 it did not happen.
Our purchase order is HM-PO-24-0917.

Best regards,
Kim Min-seo
Hanbit Mobility, Perception Team
""", 'utf-8', 'qp')
    return send(YZ, 'Thu, 24 Oct 2024 11:40:03 +0800', addr('Leo Zhang', 'leo.zhang@yuanzhan-lidar.example'),
                'FW: YZ-M32 Pro timestamp issue', b, 'outlook'), \
        L('forwarded', 'minseo.kim@hanbit-mobility.example', 'leo.zhang@yuanzhan-lidar.example',
          orders=['HM-PO-24-0917'], serials=['YZ2405300881', 'YZ2405300884'], models=['YZ-M32 Pro'],
          cat='software', kw=['jump back by one second'])


@fixture('yuanzhan')
def yz_followup_interleaved():
    b = plain("""你好，回答见下面：

> 1. 请提供设备序列号；
序列号是 YZ2405170082

> 2. 设备指示灯状态？
绿灯常亮，蓝灯不闪

> 3. 是否可以提供抓包？
已经抓了，附件里

赵磊

-----原始邮件-----
发件人: 远瞻技术支持 <support@yuanzhan-lidar.example>
发送时间: 2024年6月21日 9:02
主题: [RMA-2024-03105] M32 Pro 收不到点云
""", 'gbk', 'b64')
    msg = mixed([b, attachment('application/octet-stream', 'cap.pcap', b'\xd4\xc3\xb2\xa1' + bytes(120))], 'foxmail')
    return send(YZ, 'Fri, 21 Jun 2024 11:45:30 +0800', addr('赵磊', 'zhaolei@zhixing-ad.example', 'gbk'),
                ew('回复: [RMA-2024-03105] M32 Pro 收不到点云', 'gbk'), msg, 'foxmail'), \
        L('follow_up', 'zhaolei@zhixing-ad.example', serials=['YZ2405170082'], rma='RMA-2024-03105', lang='zh')


@fixture('yuanzhan')
def yz_followup_sf():
    quoted = q("""何佳您好：

您的售后申请已受理，RMA 单号 RMA-2024-03377。请将 YZ-IMU Box 寄回：
北京市海淀区上地信息路 9 号 远瞻售后部 收，电话 010-62981133。
请在包裹内附上写有 RMA 单号的纸条。

远瞻技术支持""")
    b = plain("已经顺丰寄出，单号 SF1407715590238，麻烦查收。\n\n在 2024-10-10 09:15，远瞻技术支持 写道：\n" + quoted + "\n",
              'utf-8', 'qp')
    return send(YZ, 'Fri, 11 Oct 2024 14:22:16 +0800', 'hejia@nanfang-survey.example',
                ew('Re: RMA-2024-03377 售后申请已受理'), b, 'netease'), \
        L('follow_up', 'hejia@nanfang-survey.example', tracking=['SF1407715590238'], rma='RMA-2024-03377', lang='zh')


@fixture('yuanzhan')
def yz_order_status_zh():
    b = plain("""你好，合同 YZHT-2024-0527 的 10 台 YZ-M16 说是 8 月底发货，现在 9 月 5 号了还没有物流信息，
能帮忙查一下吗？

采购部 曹敏
""", 'utf-8', 'b64')
    return send(YZ, 'Thu, 05 Sep 2024 10:08:44 +0800', addr('曹敏', 'caomin@zhonglian-heavy.example', 'utf-8'),
                ew('催货 YZHT-2024-0527'), b, 'qq'), \
        L('order_status', 'caomin@zhonglian-heavy.example', orders=['YZHT-2024-0527'], models=['YZ-M16'], lang='zh')


@fixture('yuanzhan')
def yz_order_status_mixed():
    b = plain("""Hi team，

我们 PO 4500889123（对应你们合同 YZHT-2024-0611）的 20 台 YZ-M32 Pro，
ETA 能确认一下吗？客户那边 10 月中要上车。ZTO 还是 SF 发都可以。

Best,
Vivian 吴
""", 'utf-8', 'qp')
    return send(YZ, 'Mon, 23 Sep 2024 09:12:05 +0800', addr('Vivian Wu', 'vivian.wu@pinghu-eld.example'),
                'ETA for PO 4500889123', b, 'outlook'), \
        L('order_status', 'vivian.wu@pinghu-eld.example', orders=['4500889123', 'YZHT-2024-0611'],
          models=['YZ-M32 Pro'], lang='mixed')


@fixture('yuanzhan')
def yz_ooo_gbk():
    b = plain("""您好，本人于 10月1日-10月7日 国庆休假，邮件将延迟回复。紧急事务请致电 138 0100 2233。""",
              'gbk', 'b64')
    return send(YZ, 'Tue, 01 Oct 2024 08:00:03 +0800', addr('孙晓峰', 'sunxf@lingtu-nav.example', 'gbk'),
                ew('自动回复: [RMA-2024-03620] 检测报告', 'gbk'), b, 'foxmail', extra=AUTO), \
        L('auto_reply', 'sunxf@lingtu-nav.example', rma='RMA-2024-03620', lang='zh')


@fixture('yuanzhan')
def yz_ooo_german():
    b = plain("""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Januar nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
support@robotik-brenner.example.

Mit freundlichen Grüßen
Jonas Brenner
""", 'utf-8', 'qp')
    return send(YZ, 'Mon, 23 Dec 2024 09:14:00 +0100', addr('Jonas Brenner', 'j.brenner@robotik-brenner.example'),
                'Abwesenheitsnotiz: [RMA-2024-04011] ROS 2 driver crash with SDK 3.2.0', b, 'tb', extra=AUTO), \
        L('auto_reply', 'j.brenner@robotik-brenner.example', rma='RMA-2024-04011')


@fixture('yuanzhan')
def yz_bounce_qmail():
    b = text("""Hi. This is the qmail-send program at mail.tuopu-map.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<hanbing@tuopu-map.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@yuanzhan-lidar.example>
Received: (qmail 28817 invoked from network); 20 Nov 2024 02:11:07 -0000
From: support@yuanzhan-lidar.example
To: hanbing@tuopu-map.example
Subject: =?utf-8?B?5ZSu5ZCO5Y2V5bey5a6M5oiQ?=

Your repair is complete.
""", 'us-ascii', '7bit', quote_cs=False)
    return send(YZ, 'Wed, 20 Nov 2024 10:11:08 +0800', 'MAILER-DAEMON@mail.tuopu-map.example',
                'failure notice', b, extra=AUTO), \
        L('bounce')


@fixture('yuanzhan')
def yz_supplier_quote():
    b = plain("""远瞻采购部：

您好！附件为贵司询价的 905nm 增透膜光学窗口片报价单（报价单号 BJQ-20241108-03），
含税单价 46.5 元/片，MOQ 500 片，交期 25 天。有效期 30 天。

北京晶透光学 销售部 钟婷
""", 'utf-8', 'b64')
    msg = mixed([b, attachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '报价单.xlsx',
                               xlsx('q'), name_cs='utf-8')], 'netease')
    return send(YZ, 'Fri, 08 Nov 2024 16:30:12 +0800', addr('钟婷', 'zhongting@jingtou-optics.example', 'utf-8'),
                ew('光学窗口片报价'), msg, 'netease'), \
        L('unrelated', lang='zh')


@fixture('yuanzhan')
def yz_einvoice():
    b = plain("""尊敬的客户：

您好！北京远瞻激光雷达科技有限公司 开具的电子发票已发送，请查收附件。
发票号码：24112000000031847261
开票日期：2024年11月20日
价税合计：¥ 68,400.00
购方税号：91110108MA01XXXX2K

（本邮件由系统自动发送，请勿直接回复）
""", 'utf-8', 'b64')
    msg = mixed([b, attachment('application/pdf', 'invoice.pdf', pdf('inv', 'Invoice'))])
    return send(YZ, 'Wed, 20 Nov 2024 17:00:00 +0800', addr('电子发票平台', 'fapiao@einvoice-platform.example', 'utf-8'),
                ew('您收到一张电子发票'), msg, extra=[('Auto-Submitted', 'auto-generated')]), \
        L('unrelated', lang='zh')


@fixture('yuanzhan')
def yz_headhunter():
    b = plain("""您好，我是猎头顾问 Grace，目前有一家头部自动驾驶公司在招 Lidar 光学总监，
base 上海，package 很有竞争力，方便的话加我微信 grace_hr88 聊聊？
""", 'utf-8', 'qp')
    return send(YZ, 'Tue, 16 Jul 2024 12:00:00 +0800', addr('Grace Liu', 'grace@talentbridge-hr.example'),
                ew('Lidar 光学总监机会'), b), \
        L('unrelated', lang='mixed')


# ---------------------------------------------------------------------------
# 3. Aeschbach Messtechnik -- height gauges, touch probes, readouts (Biel, Switzerland)
#    serials: 7 plain digits engraved on the base (2204117); order confirmations A<yy>-nnnnn
#    customers' SAP POs 45xxxxxxxx; Swiss Post 99.xx.xxxxxx.xxxxxxxx, DHL Express 10 digits
# ---------------------------------------------------------------------------
company('aeschbach',
        name='Aeschbach Messtechnik AG',
        service_address='service@aeschbach-mess.example',
        staff_domains=['aeschbach-mess.example'],
        noreply_addresses=['noreply@aeschbach-mess.example', 'kontakt@aeschbach-mess.example'],
        catalog=['HM 600', 'HM 1000', 'HM 1000 Plus', 'CP 12', 'DX 2 Display'])
AE = 'service@aeschbach-mess.example'


@fixture('aeschbach')
def ae_de_display_dark():
    b = plain("""Guten Tag

Unser Höhenmessgerät HM 1000 (Ser.-Nr. 2204117) lässt sich seit heute Morgen
nicht mehr einschalten. Das Display bleibt schwarz, auch mit dem Netzteil direkt an der Steckdose.
Der Akku wurde letzte Woche noch normal geladen.

Das Gerät wurde mit unserer Bestellung 4500731204 geliefert. Bitte teilen Sie uns mit,
wie wir es einsenden sollen.

Freundliche Grüsse

Martin Gerber
Qualitätssicherung
Präzisionsteile Gerber AG, Grenchen
Tel. +41 32 654 21 90
MWST CHE-116.281.394
""", 'utf-8', 'qp')
    return send(AE, 'Tue, 05 Mar 2024 08:47:12 +0100', addr('Gerber Martin', 'm.gerber@gerber-praezision.example'),
                'HM 1000 defekt - lässt sich nicht einschalten', b, 'outlook'), \
        L('new_request', 'm.gerber@gerber-praezision.example', orders=['4500731204'], serials=['2204117'],
          models=['HM 1000'], cat='no_power', kw=['nicht mehr einschalten', 'Display bleibt schwarz'])


@fixture('aeschbach')
def ae_fr_mesures_fausses():
    b = plain("""Bonjour,

Notre colonne de mesure HM 600 (n° de série 2108833) donne depuis quelques jours des
valeurs trop grandes d'environ 0,015 mm sur nos cales étalons, alors qu'elle était juste
au dernier contrôle. Nous avons refait le point zéro sur le marbre sans amélioration.

Commande d'origine : A23-11842.

Pouvez-vous nous indiquer la marche à suivre pour un contrôle en atelier ?

Cordialement,
Sophie Rochat
Métrologie, Décolletage Rochat SA
""", 'utf-8', 'qp')
    return send(AE, 'Wed, 17 Apr 2024 14:12:09 +0200', addr('Sophie Rochat', 's.rochat@rochat-decolletage.example'),
                'HM 600 - écart de mesure', b, 'tb'), \
        L('new_request', 's.rochat@rochat-decolletage.example', orders=['A23-11842'], serials=['2108833'],
          models=['HM 600'], cat='other', kw=['valeurs trop grandes', 'environ 0,015 mm'])


@fixture('aeschbach')
def ae_it_probe_sometimes():
    b = plain("""Buongiorno,

il tastatore CP 12 montato sul nostro HM 1000 Plus a volte non rileva il contatto con il pezzo:
su dieci misure due o tre volte il valore non viene registrato e bisogna ripetere.
Con un altro tastatore in prestito il problema non c'è.

Numero di serie del tastatore: 2306214
Ordine: A24-01157

Grazie e cordiali saluti
Luca Bernasconi
Officina Meccanica Bernasconi Sagl, Mendrisio
""", 'utf-8', 'qp')
    return send(AE, 'Thu, 23 May 2024 10:05:44 +0200', addr('Luca Bernasconi', 'luca@bernasconi-mecc.example'),
                'Tastatore CP 12 non affidabile', b), \
        L('new_request', 'luca@bernasconi-mecc.example', orders=['A24-01157'], serials=['2306214'],
          models=['CP 12', 'HM 1000 Plus'], cat='intermittent', kw=['a volte non rileva il contatto'])


@fixture('aeschbach')
def ae_en_usb_not_seen():
    b = plain("""Hello,

our DX 2 Display is no longer detected by the PC when connected by USB. Windows 11 does not
show a COM port at all, and the measurement software says "no device". The cable works with
another readout, and the display itself measures normally.

Serial number 2209741, bought via your distributor Metrotec UK (their invoice 55102).

Regards,
Owen Price
Inspection Lead, Calder Precision Ltd
""", 'utf-8', '7bit')
    return send(AE, 'Mon, 10 Jun 2024 11:31:28 +0100', addr('Owen Price', 'owen.price@calder-precision.example'),
                'DX 2 not recognised over USB', b, 'outlook'), \
        L('new_request', 'owen.price@calder-precision.example', serials=['2209741'], models=['DX 2 Display'],
          cat='no_link', kw=['no longer detected by the PC', 'no device'])


@fixture('aeschbach')
def ae_de_html_transport():
    inner = """<p>Grüezi mitenand</p>
<p>Heute wurde uns das <b>HM 600</b> aus der Auftragsbestätigung A24-02209 geliefert. Leider ist
die Kartonverpackung eingedrückt, das Gehäuse am Sockel ist gebrochen und der Messschlitten klemmt.</p>
<p>Sendungsnummer Post: 99.60.118204.40081723</p>
<p>Fotos folgen separat. Bitte um Ersatzlieferung.</p>
<p>Beste Grüsse<br>Reto Imhof<br>Imhof Werkzeugbau GmbH</p>"""
    return send(AE, 'Fri, 12 Jul 2024 16:58:03 +0200', addr('Reto Imhof', 'r.imhof@imhof-werkzeugbau.example'),
                'Transportschaden HM 600', htm(inner, 'utf-8', 'qp', 'de'), 'outlook'), \
        L('new_request', 'r.imhof@imhof-werkzeugbau.example', orders=['A24-02209'], models=['HM 600'],
          tracking=['99.60.118204.40081723'], cat='physical_damage',
          kw=['Gehäuse am Sockel ist gebrochen', 'Messschlitten klemmt'])


@fixture('aeschbach')
def ae_de_missing_cable():
    b = plain("""Hallo

In der Lieferung zu A24-02771 (2x DX 2 Display) fehlen die beiden Datenkabel und ein Netzteil.
Im Lieferschein sind sie aufgeführt. Können Sie die Teile nachsenden?

Gruss
Sandra Käser
Einkauf, Käser Feinmechanik
""", 'iso-8859-1', 'qp')
    return send(AE, 'Tue, 20 Aug 2024 09:02:55 +0200', addr('Sandra Käser', 'einkauf@kaeser-fm.example', 'iso-8859-1', 'Q'),
                'Fehlende Teile A24-02771', b), \
        L('new_request', 'einkauf@kaeser-fm.example', orders=['A24-02771'], models=['DX 2 Display'],
          cat='wrong_or_missing_item', kw=['fehlen die beiden Datenkabel'])


@fixture('aeschbach')
def ae_en_firmware_units():
    b = plain("""Hi,

after the firmware update to 4.02 our HM 1000 Plus only shows inches. The unit menu still offers
mm but switching has no effect, and the setting is gone after restart. Before the update it was fine.
Serial 2111908.

Thanks for your help
Grace Oyelaran
QA, Ferrowell Components
""", 'utf-8', '7bit')
    return send(AE, 'Wed, 25 Sep 2024 13:40:17 +0100', addr('Grace Oyelaran', 'g.oyelaran@ferrowell.example'),
                'Unit stuck in inches after update', b, 'gmail'), \
        L('new_request', 'g.oyelaran@ferrowell.example', serials=['2111908'], models=['HM 1000 Plus'],
          cat='software', kw=['only shows inches', 'switching has no effect'])


@fixture('aeschbach')
def ae_zh_gbk_repeat():
    b = plain("""您好，

我司于 2024 年 3 月购买的 HM 600 高度规（序列号 2301457，订单号 A24-00518），
最近测量同一个量块，重复测十次结果相差 8 微米，之前只有 2 微米以内。
温度和大理石平台都没有变化。请问是否需要寄回瑞士检测？

苏州精研模具 质量部 陆文杰
""", 'gbk', 'b64')
    return send(AE, 'Thu, 10 Oct 2024 15:20:33 +0800', addr('陆文杰', 'luwj@jingyan-mould.example', 'gbk'),
                ew('HM 600 重复性变差', 'gbk'), b, 'foxmail'), \
        L('new_request', 'luwj@jingyan-mould.example', orders=['A24-00518'], serials=['2301457'], models=['HM 600'],
          cat='other', kw=['重复测十次结果相差 8 微米'], lang='zh')


@fixture('aeschbach')
def ae_mixed_air_cushion():
    b = plain("""Dear Aeschbach service,

我们的 HM 1000 Plus 开机后气垫不起来，推不动，之前一直正常。
Serial no. 2207315，PO 是 SZ-2023-4471。请问可以远程指导吗？还是要寄回？

Best regards
陈立 Chen Li
""", 'utf-8', 'qp')
    return send(AE, 'Mon, 04 Nov 2024 10:11:39 +0800', addr('Chen Li', 'chenli@huaqiang-precision.example'),
                'HM 1000 Plus 气垫问题', b, 'outlook'), \
        L('new_request', 'chenli@huaqiang-precision.example', orders=['SZ-2023-4471'], serials=['2207315'],
          models=['HM 1000 Plus'], cat='other', kw=['气垫不起来', '推不动'], lang='mixed')


@fixture('aeschbach')
def ae_webform_fr():
    b = plain("""Nouvelle demande de service depuis le site web

Nom : Benoît Favre
Société : Favre Horlogerie SA
E-mail : b.favre@favre-horlogerie.example
Téléphone : +41 32 913 44 20
Produit : HM 600
Numéro de série : 2112093
Description : L'écran s'allume puis s'éteint tout seul au bout de quelques minutes, pas toujours.
Parfois il tient toute la matinée.

Envoyé le 2024-11-14 à 09:41
""", 'utf-8', 'qp')
    return send(AE, 'Thu, 14 Nov 2024 09:41:22 +0100', addr('Aeschbach Website', 'kontakt@aeschbach-mess.example'),
                'Demande de service - HM 600', b, 'php',
                extra=[('Reply-To', addr('Benoît Favre', 'b.favre@favre-horlogerie.example'))]), \
        L('new_request', 'b.favre@favre-horlogerie.example', serials=['2112093'], models=['HM 600'],
          cat='intermittent', kw=["s'éteint tout seul", 'pas toujours'])


@fixture('aeschbach')
def ae_de_calibration_request():
    b = plain("""Guten Tag

Wir möchten unsere zwei Höhenmessgeräte HM 1000 (Ser.-Nr. 2012488 und 2012502) zur jährlichen
Kalibrierung mit SCS-Zertifikat einsenden. Die Geräte funktionieren einwandfrei.
Bitte senden Sie uns ein Angebot und die Einsendeunterlagen.

Freundliche Grüsse
Daniela Wyss
Prüfmittelverwaltung, Wyss Antriebstechnik AG
IBAN CH56 0483 5012 3456 7800 9
""", 'utf-8', 'qp')
    return send(AE, 'Mon, 13 Jan 2025 10:20:00 +0100', addr('Wyss Daniela', 'daniela.wyss@wyss-antriebe.example'),
                'Kalibrierung 2 Geräte', b, 'outlook'), \
        L('new_request', 'daniela.wyss@wyss-antriebe.example', serials=['2012488', '2012502'], models=['HM 1000'])


@fixture('aeschbach')
def ae_en_probe_table():
    b = plain("""Hello service team,

Three CP 12 probes came back from the shop floor with the stylus thread stripped - the
styli no longer screw in tight and wobble by hand. We suspect a bad batch of inserts.

  Probe   Serial     Bought
  #1      2310551    Nov 2023
  #2      2310552    Nov 2023
  #3      2310560    Nov 2023

Our PO for these was 4400-8812.

Regards
Henrik Dahl
Nordfjord Maritime Components AS
""", 'utf-8', '7bit')
    return send(AE, 'Tue, 03 Dec 2024 12:15:51 +0100', addr('Henrik Dahl', 'henrik.dahl@nordfjord-mc.example'),
                'CP 12 stylus threads stripped (3 pcs)', b, 'tb'), \
        L('new_request', 'henrik.dahl@nordfjord-mc.example', orders=['4400-8812'],
          serials=['2310551', '2310552', '2310560'], models=['CP 12'], cat='physical_damage',
          kw=['stylus thread stripped', 'wobble by hand'])


@fixture('aeschbach')
def ae_fwd_outlook_de():
    b = plain("""Hallo Service

Bitte RMA eröffnen, Kunde ist informiert.

Gruss
Patrick Aebi
Aussendienst Nordwestschweiz

Von: Claudia Frey <c.frey@frey-kunststoff.example>
Gesendet: Mittwoch, 6. März 2024 15:22
An: Aebi Patrick <p.aebi@aeschbach-mess.example>
Betreff: HM 1000 lädt nicht mehr

Hoi Patrick

Unser HM 1000 (2103361) lädt den Akku nicht mehr, die Ladeanzeige bleibt aus und nach ein paar
Minuten ist das Gerät tot. Am Netzteil liegt es nicht, das andere Gerät lädt damit normal.

Liebe Grüsse
Claudia
""", 'utf-8', 'qp')
    return send(AE, 'Wed, 06 Mar 2024 16:01:10 +0100', addr('Aebi Patrick', 'p.aebi@aeschbach-mess.example'),
                'WG: HM 1000 lädt nicht mehr', b, 'outlook'), \
        L('forwarded', 'c.frey@frey-kunststoff.example', 'p.aebi@aeschbach-mess.example', serials=['2103361'],
          models=['HM 1000'], cat='no_power', kw=['lädt den Akku nicht mehr', 'Gerät tot'])


@fixture('aeschbach')
def ae_fwd_apple_fr():
    b = plain("""Pour traitement SAV, merci.
Nicolas

Début du message réexpédié :

De: Julien Meylan <julien.meylan@meylan-usinage.example>
Objet: Clavier DX 2
Date: 19 septembre 2024 à 08:14:52 UTC+2
À: Nicolas Perrin <n.perrin@aeschbach-mess.example>

Salut Nicolas,

Sur notre DX 2 Display, les touches « ZERO » et « HOLD » ne réagissent plus qu'en appuyant très fort.
N° de série 2205017. Tu peux organiser un échange ?

Julien
""", 'utf-8', 'qp')
    return send(AE, 'Thu, 19 Sep 2024 09:02:33 +0200', addr('Nicolas Perrin', 'n.perrin@aeschbach-mess.example'),
                'Fwd: Clavier DX 2', b, 'apple'), \
        L('forwarded', 'julien.meylan@meylan-usinage.example', 'n.perrin@aeschbach-mess.example',
          serials=['2205017'], models=['DX 2 Display'], cat='other', kw=['ne réagissent plus'])


@fixture('aeschbach')
def ae_fwd_gmail_it():
    b = plain("""Ciao service,
giro la richiesta del cliente qui sotto.
Marco

---------- Forwarded message ---------
Da: Giulia Ferrari <g.ferrari@ferrari-stampi.example>
Date: mar 8 ott 2024 alle ore 11:37
Subject: Problema HM 1000 Plus
To: Marco Keller <m.keller@aeschbach-mess.example>


Buongiorno Marco,
il nostro HM 1000 Plus ogni tanto si blocca durante la misura e bisogna spegnerlo e riaccenderlo.
Succede due o tre volte al giorno. Matricola 2202260, ordine A22-09314.

Saluti, Giulia
""", 'utf-8', 'qp')
    return send(AE, 'Tue, 08 Oct 2024 12:10:01 +0200', addr('Marco Keller', 'm.keller@aeschbach-mess.example'),
                'Fwd: Problema HM 1000 Plus', b, 'gmail'), \
        L('forwarded', 'g.ferrari@ferrari-stampi.example', 'm.keller@aeschbach-mess.example', orders=['A22-09314'],
          serials=['2202260'], models=['HM 1000 Plus'], cat='intermittent', kw=['ogni tanto si blocca'])


@fixture('aeschbach')
def ae_followup_toppost_post():
    b = plain("""Guten Tag

Wir haben das Gerät heute mit der Post verschickt, Sendungsnummer 99.00.302817.60031295.

Freundliche Grüsse
Martin Gerber

-----Ursprüngliche Nachricht-----
Von: Aeschbach Service <service@aeschbach-mess.example>
Gesendet: Dienstag, 5. März 2024 10:12
An: Gerber Martin <m.gerber@gerber-praezision.example>
Betreff: RMA-2024-00388 HM 1000 defekt - lässt sich nicht einschalten

Sehr geehrter Herr Gerber

Wir haben Ihre Reparaturanfrage unter RMA-2024-00388 erfasst. Bitte senden Sie das Gerät an
Aeschbach Messtechnik AG, Service, Bözingenstrasse 80, 2502 Biel.
""", 'utf-8', 'qp')
    return send(AE, 'Wed, 06 Mar 2024 11:30:42 +0100', addr('Gerber Martin', 'm.gerber@gerber-praezision.example'),
                'AW: RMA-2024-00388 HM 1000 defekt - lässt sich nicht einschalten', b, 'outlook'), \
        L('follow_up', 'm.gerber@gerber-praezision.example', models=['HM 1000'], tracking=['99.00.302817.60031295'],
          rma='RMA-2024-00388')


@fixture('aeschbach')
def ae_followup_bottom_quote():
    b = plain("""On 2 Dec 2024, at 16:05, Aeschbach Service <service@aeschbach-mess.example> wrote:
> Dear Mr Price,
> the repair quotation for RMA-2024-02890 is attached (CHF 380.00 excl. VAT).
> Please confirm whether we may proceed.

Yes, please go ahead with the repair. Our PO for the repair is 7781-0332.

Owen
""", 'utf-8', '7bit')
    return send(AE, 'Tue, 03 Dec 2024 09:12:00 +0000', addr('Owen Price', 'owen.price@calder-precision.example'),
                'Re: Repair quotation RMA-2024-02890', b, 'apple'), \
        L('follow_up', 'owen.price@calder-precision.example', orders=['7781-0332'], rma='RMA-2024-02890')


@fixture('aeschbach')
def ae_order_status_de():
    b = plain("""Guten Tag

Können Sie mir den Liefertermin für unsere Bestellung 4500744019 (Ihre AB A24-03012, 1x HM 1000 Plus)
bestätigen? Im Portal steht noch "in Bearbeitung".

Danke und Gruss
Thomas Brunner
""", 'utf-8', 'qp')
    return send(AE, 'Mon, 21 Oct 2024 07:55:19 +0200', addr('Brunner Thomas', 't.brunner@brunner-cnc.example'),
                'Liefertermin Bestellung 4500744019', b, 'outlook'), \
        L('order_status', 't.brunner@brunner-cnc.example', orders=['4500744019', 'A24-03012'], models=['HM 1000 Plus'])


@fixture('aeschbach')
def ae_order_status_fr():
    b = plain("""Bonjour,

Où en est notre commande A24-03390 ? Nous n'avons pas reçu d'avis d'expédition et notre audit
client a lieu le 28.

Merci d'avance,
Sophie Rochat
""", 'utf-8', 'qp')
    return send(AE, 'Fri, 15 Nov 2024 10:44:50 +0100', addr('Sophie Rochat', 's.rochat@rochat-decolletage.example'),
                'Commande A24-03390 - délai ?', b, 'tb'), \
        L('order_status', 's.rochat@rochat-decolletage.example', orders=['A24-03390'])


@fixture('aeschbach')
def ae_ooo_fr():
    b = plain("""Bonjour,
Je suis absent jusqu'au lundi 29 juillet inclus. Pour toute urgence, merci de contacter
metrologie@rochat-decolletage.example.
Cordialement, Sophie Rochat
""", 'utf-8', 'qp')
    return send(AE, 'Mon, 15 Jul 2024 08:00:00 +0200', addr('Sophie Rochat', 's.rochat@rochat-decolletage.example'),
                'Réponse automatique : RMA-2024-01455 - rapport de contrôle', b, 'tb', extra=AUTO), \
        L('auto_reply', 's.rochat@rochat-decolletage.example', rma='RMA-2024-01455')


@fixture('aeschbach')
def ae_ooo_it():
    b = plain("""Sono fuori ufficio fino al 2 settembre con accesso limitato alla posta.
Per urgenze: +41 91 646 10 22.
Luca Bernasconi
""", 'utf-8', 'qp')
    return send(AE, 'Mon, 19 Aug 2024 09:30:11 +0200', addr('Luca Bernasconi', 'luca@bernasconi-mecc.example'),
                'Risposta automatica: Aggiornamento riparazione', b, extra=AUTO), \
        L('auto_reply', 'luca@bernasconi-mecc.example')


@fixture('aeschbach')
def ae_bounce_postfix():
    orig = ours(AE, 'Thu, 21 Nov 2024 14:00:02 +0100', 'qs@imhof-werkzeugbau.example',
                'Ihre Reparatur ist abgeschlossen', 'Guten Tag\n\nIhr Gerät ist repariert.\n')
    return dsn(AE, 'Thu, 21 Nov 2024 14:00:05 +0100', addr('Mail Delivery System', 'MAILER-DAEMON@mx.imhof-werkzeugbau.example'),
               'Undelivered Mail Returned to Sender',
               """This is the mail system at host mx.imhof-werkzeugbau.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<qs@imhof-werkzeugbau.example>: host mx.imhof-werkzeugbau.example[192.0.2.44] said:
    552 5.2.2 Mailbox full: qs@imhof-werkzeugbau.example (in reply to RCPT TO command)
""", 'qs@imhof-werkzeugbau.example', '5.2.2', '552 5.2.2 Mailbox full', orig, 'mx.imhof-werkzeugbau.example'), \
        L('bounce')


@fixture('aeschbach')
def ae_fair_newsletter():
    inner = """<h2>Control 2025 &ndash; Ihre Eintrittskarte wartet</h2>
<p>Vom 6. bis 9. Mai 2025 trifft sich die Qualitätssicherungs-Branche in Stuttgart.
Sichern Sie sich jetzt Ihr kostenloses Fachbesucher-Ticket mit dem Code CTRL25-AE.</p>
<p><a href="https://fair.example/control">Ticket holen</a> | <a href="https://fair.example/abmelden">Abmelden</a></p>"""
    return send(AE, 'Tue, 04 Feb 2025 10:00:00 +0100', addr('Messe-Newsletter', 'newsletter@qs-messen.example'),
                'Control 2025: Ihr Gratis-Ticket', htm(inner, 'utf-8', 'qp', 'de'),
                extra=[('List-Unsubscribe', '<https://fair.example/abmelden>')]), \
        L('unrelated')


@fixture('aeschbach')
def ae_supplier_order_confirmation():
    b = plain("""Auftragsbestätigung 2024-118733

Sehr geehrte Damen und Herren

Besten Dank für Ihre Bestellung B-24-0917 vom 12.11.2024.

Pos  Artikel                       Menge  Preis CHF
10   Granitplatte 630x400x100 DIN 876/00   2   1'840.00
20   Transportkiste Holz                  2     210.00

Liefertermin: KW 50/2024
Zahlungsbedingungen: 30 Tage netto

Hartgestein Jura AG, Verkauf Innendienst
""", 'utf-8', 'qp')
    return send(AE, 'Wed, 13 Nov 2024 11:03:00 +0100', addr('Hartgestein Jura AG', 'verkauf@hartgestein-jura.example'),
                'Auftragsbestätigung 2024-118733 zu Ihrer Bestellung B-24-0917', b, 'sap',
                to='einkauf@aeschbach-mess.example'), \
        L('unrelated')


@fixture('aeschbach')
def ae_vendor_offer():
    b = plain("""Hi there,

I noticed Aeschbach Messtechnik is growing its service team. We help precision manufacturers cut
RMA handling time by 40% with our AI-powered ticketing platform. Would you be open to a 15-minute
call next week?

Best,
Kyle Brennan
Growth Team, Ticketly
""", 'utf-8', '7bit')
    return send(AE, 'Thu, 09 Jan 2025 16:22:10 +0000', addr('Kyle Brennan', 'kyle@ticketly-growth.example'),
                'Quick question about your service team', b), \
        L('unrelated')


# ---------------------------------------------------------------------------
# 4. Energitec -- UPS (nobreaks), rack UPS and battery modules (Campinas, Brazil)
#    serials: EV + yy + month letter A-M + 6 digits (EV23K004781); sales orders PV-nnnnnn
#    Correios AA123456789BR, Jadlog 14 digits; CNPJ / CEP / phone look-alikes
# ---------------------------------------------------------------------------
company('energitec',
        name='Energitec Sistemas de Energia Ltda.',
        service_address='assistencia@energitec.example',
        staff_domains=['energitec.example'],
        noreply_addresses=['nao-responda@energitec.example', 'site@energitec.example'],
        catalog=['EV 1500', 'EV 3000', 'EV 3000 Bi', 'EV Rack 6k', 'BM 48'])
EN = 'assistencia@energitec.example'


@fixture('energitec')
def en_nao_liga():
    b = plain("""Bom dia,

Depois de uma queda de energia no sábado, o nobreak EV 1500 do nosso escritório não liga mais.
Apertamos o botão e nenhuma luz acende, nem o bip. Já testamos em outra tomada.

Número de série: EV23K004781
Pedido: PV-108734

Att.,
Renata Oliveira
Contábil Oliveira & Filhos
CNPJ 12.345.678/0001-90
(19) 3242-7788
""", 'utf-8', 'qp')
    return send(EN, 'Mon, 15 Apr 2024 09:10:32 -0300', addr('Renata Oliveira', 'renata@contabiloliveira.example'),
                'Nobreak não liga', b, 'outlook'), \
        L('new_request', 'renata@contabiloliveira.example', orders=['PV-108734'], serials=['EV23K004781'],
          models=['EV 1500'], cat='no_power', kw=['não liga mais', 'nenhuma luz acende'])


@fixture('energitec')
def en_apita_desliga():
    b = plain("""Olá, suporte

Nosso EV 3000 Bi fica apitando sem motivo e de vez em quando desliga a carga por alguns segundos,
mesmo com a rede normal. Acontece duas ou três vezes por semana, os servidores reiniciam.
Série EV22G003310.

Obrigado
Felipe Santos - TI
Clínica Vida Plena
""", 'utf-8', 'qp')
    return send(EN, 'Wed, 08 May 2024 17:22:04 -0300', addr('Felipe Santos', 'ti@vidaplena-clinica.example'),
                'EV 3000 Bi desligando a carga', b, 'gmail'), \
        L('new_request', 'ti@vidaplena-clinica.example', serials=['EV22G003310'], models=['EV 3000 Bi'],
          cat='intermittent', kw=['de vez em quando desliga a carga', 'fica apitando'])


@fixture('energitec')
def en_html_carcaca():
    inner = """<p>Prezados,</p>
<p>Recebemos hoje o <b>EV Rack 6k</b> do pedido PV-109010 e a caixa veio amassada. O nobreak chegou
com a carcaça trincada na lateral e o display solto por dentro.</p>
<p>Código de rastreio Correios: <b>QB482913775BR</b></p>
<p>Seguem fotos em anexo.</p>
<p>Atenciosamente,<br>Carlos Mendes<br>Infraestrutura &ndash; Grupo Serrano</p>"""
    msg = mixed([htm(inner, 'utf-8', 'qp', 'pt-BR'), attachment('image/jpeg', 'foto1.jpg', jpeg('f1')),
                 attachment('image/jpeg', 'foto2.jpg', jpeg('f2'))], 'outlook')
    return send(EN, 'Thu, 13 Jun 2024 15:40:51 -0300', addr('Carlos Mendes', 'carlos.mendes@gruposerrano.example'),
                'Avaria no transporte - PV-109010', msg, 'outlook'), \
        L('new_request', 'carlos.mendes@gruposerrano.example', orders=['PV-109010'], models=['EV Rack 6k'],
          tracking=['QB482913775BR'], cat='physical_damage', kw=['carcaça trincada', 'display solto'])


@fixture('energitec')
def en_faltou_cabo():
    b = plain("""Boa tarde,

No pedido PV-109102 recebemos dois EV Rack 6k, mas faltaram o cabo de comunicação USB e o par
de trilhos para montagem no rack de um deles. Podem enviar?

Débora Lima
Compras - Datacenter Paulista
""", 'iso-8859-1', 'qp')
    return send(EN, 'Tue, 25 Jun 2024 14:05:17 -0300', addr('Débora Lima', 'compras@dcpaulista.example', 'iso-8859-1', 'Q'),
                'Itens faltando PV-109102', b), \
        L('new_request', 'compras@dcpaulista.example', orders=['PV-109102'], models=['EV Rack 6k'],
          cat='wrong_or_missing_item', kw=['faltaram o cabo de comunicação USB'])


@fixture('energitec')
def en_snmp_sem_comunicacao():
    b = plain("""Prezados,

Instalamos a placa de rede no EV 3000 (série EV23B001207) e o software de monitoramento
não encontra o nobreak. A placa pega IP 10.0.0.45 por DHCP, responde ao ping, mas a página web e o SNMP não
respondem. Firmware da placa 3.4.1.

Podem ajudar?

Tiago Moura
Analista de redes, Cooperativa Agrícola Vale Verde
""", 'utf-8', 'qp')
    return send(EN, 'Tue, 02 Jul 2024 10:30:00 -0300', addr('Tiago Moura', 'tiago.moura@valeverde-coop.example'),
                'Placa SNMP sem comunicação', b, 'tb'), \
        L('new_request', 'tiago.moura@valeverde-coop.example', serials=['EV23B001207'], models=['EV 3000'],
          cat='no_link', kw=['não encontra o nobreak'])


@fixture('energitec')
def en_es_chile_autonomia():
    b = plain("""Estimados:

Tenemos un UPS EV 3000 Bi (serie EV23D002877) que al cortar la luz aguanta solo dos minutos con
la misma carga que antes sostenía veinte. Las baterías tienen un año y medio.
Orden de compra nuestra: OC-24-0456.

¿Cómo gestionamos la garantía desde Chile?

Saludos cordiales,
Ignacio Fuentes
Jefe de Mantención, Viña Los Robles
""", 'utf-8', 'qp')
    return send(EN, 'Mon, 22 Jul 2024 11:18:40 -0400', addr('Ignacio Fuentes', 'ifuentes@vinalosrobles.example'),
                'Garantía UPS EV 3000 Bi', b, 'gmail'), \
        L('new_request', 'ifuentes@vinalosrobles.example', orders=['OC-24-0456'], serials=['EV23D002877'],
          models=['EV 3000 Bi'], cat='other', kw=['aguanta solo dos minutos'])


@fixture('energitec')
def en_range_modulos():
    sers = rng('EV24C000', 512, 515, 3)
    b = plain("""Oi pessoal,

Os quatro módulos BM 48 (EV24C000512 a EV24C000515) ligados no EV Rack 6k às vezes somem do
sistema: aparece o alarme "bateria ausente" por alguns minutos e depois volta ao normal.
Trocamos os cabos de ligação e continua. Pedido PV-109377.

Abraço,
Marcelo Teixeira
Teixeira Telecom
""", 'utf-8', '8bit')
    return send(EN, 'Fri, 16 Aug 2024 16:02:19 -0300', addr('Marcelo Teixeira', 'marcelo@teixeiratelecom.example'),
                'Alarme bateria ausente intermitente', b), \
        L('new_request', 'marcelo@teixeiratelecom.example', orders=['PV-109377'], serials=sers,
          models=['BM 48', 'EV Rack 6k'], cat='intermittent', kw=['às vezes somem', 'depois volta ao normal'],
          expanded=sers[1:-1])


@fixture('energitec')
def en_firmware_travado():
    b = plain("""Bom dia,

Atualizei o firmware do EV Rack 6k para a versão 1.8.2 pelo pendrive, como no manual, e desde então
ele fica travado na tela "Inicializando..." e não sai mais disso. A saída continua em bypass.
Série EV24A000188.

Fico no aguardo,
André Nogueira
""", 'utf-8', 'qp')
    return send(EN, 'Wed, 04 Sep 2024 08:44:03 -0300', addr('André Nogueira', 'andre.nogueira@hosp-saolucas.example'),
                'Travado após atualização', b, 'outlook'), \
        L('new_request', 'andre.nogueira@hosp-saolucas.example', serials=['EV24A000188'], models=['EV Rack 6k'],
          cat='software', kw=['fica travado na tela', 'Atualizei o firmware'])


@fixture('energitec')
def en_lowercase_queimou():
    b = plain("""ev 1500 queimou ontem, deu um estalo e cheiro de queimado, agora nao liga. serie ev22h001930
comprado na loja de vcs em marco

joao
""", 'utf-8', '7bit')
    return send(EN, 'Sat, 05 Oct 2024 21:14:55 -0300', 'joaopedro.r@mail-br.example', 'nobreak queimou', b), \
        L('new_request', 'joaopedro.r@mail-br.example', serials=['ev22h001930'], models=['ev 1500'],
          cat='no_power', kw=['queimou', 'agora nao liga'])


@fixture('energitec')
def en_mixed_manaus():
    b = plain("""您好 Energitec,

我们 Manaus 工厂的 EV Rack 6k 一直报 "sobrecarga" 过载报警，但是实际负载只有 40% 左右，
设备序列号 EV23L006120，PV-108990。请安排工程师来看一下，谢谢！

Zhang Wei 张伟
Facility Manager, Huaxin Eletrônicos da Amazônia
""", 'utf-8', 'b64')
    return send(EN, 'Thu, 17 Oct 2024 13:25:31 -0400', addr('Zhang Wei', 'zhang.wei@huaxin-am.example'),
                'EV Rack 6k overload alarm', b, 'foxmail'), \
        L('new_request', 'zhang.wei@huaxin-am.example', orders=['PV-108990'], serials=['EV23L006120'],
          models=['EV Rack 6k'], cat='other', kw=['过载报警', '实际负载只有 40%'], lang='mixed')


@fixture('energitec')
def en_webform_zumbido():
    b = plain("""Formulário de assistência técnica - site Energitec

Nome: Patrícia Gomes
E-mail: patricia.gomes@escritoriopg.example
Telefone: (11) 98877-6655
CEP: 04538-132
Modelo: EV 3000 Bi
Nº de série: EV23F002214
Nota fiscal / pedido: PV-108511
Descrição do defeito: faz um zumbido alto o tempo todo, dá pra ouvir da outra sala. Funciona normal.
""", 'utf-8', 'qp')
    return send(EN, 'Mon, 28 Oct 2024 10:02:10 -0300', addr('Site Energitec', 'site@energitec.example'),
                'Nova solicitação de assistência #58214', b, 'php',
                extra=[('Reply-To', 'patricia.gomes@escritoriopg.example')]), \
        L('new_request', 'patricia.gomes@escritoriopg.example', orders=['PV-108511'], serials=['EV23F002214'],
          models=['EV 3000 Bi'], cat='other', kw=['zumbido alto'])


@fixture('energitec')
def en_troca_modelo():
    b = plain("""Olá,

Compramos um EV 1500 (pedido PV-109640) mas percebemos que a carga é maior do que prevíamos e
precisaríamos do EV 3000. O produto está lacrado. É possível fazer a troca pagando a diferença?

Obrigada
Luciana Prado
""", 'utf-8', 'qp')
    return send(EN, 'Tue, 12 Nov 2024 09:55:48 -0300', addr('Luciana Prado', 'luciana@pradoarquitetura.example'),
                'Troca de modelo', b, 'apple'), \
        L('new_request', 'luciana@pradoarquitetura.example', orders=['PV-109640'], models=['EV 1500', 'EV 3000'])


@fixture('energitec')
def en_fwd_outlook_pt():
    b = plain("""Pessoal da assistência, segue caso do cliente. Favor abrir RMA.

Rodrigo Alves | Vendas Sul

De: Juliana Kraus <juliana.kraus@kraus-moveis.example>
Enviado: segunda-feira, 18 de novembro de 2024 10:47
Para: Rodrigo Alves <rodrigo.alves@energitec.example>
Assunto: Nobreak desligando à noite

Rodrigo, bom dia.
O EV 3000 que compramos em agosto desliga sozinho algumas noites, sem queda de energia, e de manhã
tem que religar. Não é todo dia. Série EV24E001455, pedido PV-109208.
Juliana
""", 'utf-8', 'qp')
    return send(EN, 'Mon, 18 Nov 2024 11:20:09 -0300', addr('Rodrigo Alves', 'rodrigo.alves@energitec.example'),
                'ENC: Nobreak desligando à noite', b, 'outlook'), \
        L('forwarded', 'juliana.kraus@kraus-moveis.example', 'rodrigo.alves@energitec.example', orders=['PV-109208'],
          serials=['EV24E001455'], models=['EV 3000'], cat='intermittent', kw=['desliga sozinho algumas noites'])


@fixture('energitec')
def en_fwd_gmail_es():
    b = plain("""Equipe, segue pedido de troca do distribuidor argentino.

---------- Forwarded message ---------
De: Martín Castro <mcastro@electro-pampa.example>
Date: jue, 21 nov 2024 a las 15:02
Subject: Error en el envío OC EP-7719
To: <export@energitec.example>


Hola,
del pedido EP-7719 llegaron 6 unidades EV 1500 de 120 V, pero pedimos la versión de 220 V.
Necesitamos el cambio urgente.
Martín Castro - Electro Pampa SRL, Rosario
""", 'utf-8', 'qp')
    return send(EN, 'Thu, 21 Nov 2024 16:10:33 -0300', addr('Exportação Energitec', 'export@energitec.example'),
                'Fwd: Error en el envío OC EP-7719', b, 'gmail'), \
        L('forwarded', 'mcastro@electro-pampa.example', 'export@energitec.example', orders=['EP-7719'],
          models=['EV 1500'], cat='wrong_or_missing_item', kw=['pedimos la versión de 220 V'])


@fixture('energitec')
def en_fwd_rfc822_hospital():
    inner = mail('Tue, 26 Nov 2024 07:40:00 -0300', addr('Eng. Clínica HSC', 'engclinica@hsc-saude.example'),
                 'vendas.rj@energitec.example', 'Display apagado',
                 text("""Bom dia,
O display do EV Rack 6k da sala de exames apagou, mas as saídas continuam alimentando os equipamentos.
Série EV22M004410. Precisamos de assistência no local.
""", 'utf-8', 'qp'), 'outlook', 'hsc-saude.example')
    b = mixed([text('Encaminho o e-mail do hospital em anexo.\n\nBeatriz\n', 'utf-8', '7bit'),
               rfc822(inner, 'Display apagado.eml')], 'outlook')
    return send(EN, 'Tue, 26 Nov 2024 08:15:27 -0300', addr('Beatriz Rocha', 'vendas.rj@energitec.example'),
                'ENC: Display apagado', b, 'outlook'), \
        L('forwarded', 'engclinica@hsc-saude.example', 'vendas.rj@energitec.example', serials=['EV22M004410'],
          models=['EV Rack 6k'], cat='other', kw=['display', 'apagou'])


@fixture('energitec')
def en_fwd_name_only():
    b = plain("""Pessoal, o cliente mandou por WhatsApp, copiei aqui. Não tenho o e-mail dele.

-----Mensagem original-----
De: Sr. Almeida (Mercado Bom Preço)
Enviada em: 02/12/2024 14:20
Assunto: nobreak

o nobreak EV 3000 caiu da empilhadeira no depósito, a frente quebrou e uma das tomadas ficou solta.
Ainda liga. Pedido PV-109511.
""", 'utf-8', 'qp')
    return send(EN, 'Mon, 02 Dec 2024 14:48:01 -0300', addr('Fábio Cunha', 'fabio.cunha@energitec.example'),
                'ENC: nobreak', b), \
        L('forwarded', None, 'fabio.cunha@energitec.example', orders=['PV-109511'], models=['EV 3000'],
          cat='physical_damage', kw=['a frente quebrou', 'tomadas ficou solta'])


@fixture('energitec')
def en_followup_correios():
    b = plain("""Postei hoje nos Correios, código de rastreio QB501283664BR.

Renata

Em seg., 15 de abr. de 2024 às 11:02, Assistência Energitec <assistencia@energitec.example> escreveu:
> Prezada Renata,
> Abrimos o atendimento RMA-2024-00712 para o seu EV 1500.
> Envie o equipamento para Rua Dr. Quirino 1500, Campinas - SP, CEP 13015-081.
""", 'utf-8', 'qp')
    return send(EN, 'Tue, 16 Apr 2024 15:31:12 -0300', addr('Renata Oliveira', 'renata@contabiloliveira.example'),
                'Re: RMA-2024-00712 - Nobreak não liga', b, 'gmail'), \
        L('follow_up', 'renata@contabiloliveira.example', tracking=['QB501283664BR'], rma='RMA-2024-00712')


@fixture('energitec')
def en_followup_interleaved():
    b = plain("""Bom dia, respondendo abaixo.

> Qual a tensão de entrada no local?
127 V, medimos 124 V no quadro.

> O alarme aparece no display ou só no software?
Só no display, o software não mostra nada.

> Há quanto tempo o equipamento está instalado?
Um ano e dois meses.

Zhang Wei

> Atenciosamente,
> Suporte Energitec - RMA-2024-02655
""", 'utf-8', 'qp')
    return send(EN, 'Mon, 21 Oct 2024 09:03:44 -0400', addr('Zhang Wei', 'zhang.wei@huaxin-am.example'),
                'RE: [RMA-2024-02655] EV Rack 6k overload alarm', b, 'foxmail'), \
        L('follow_up', 'zhang.wei@huaxin-am.example', models=['EV Rack 6k'], rma='RMA-2024-02655')


@fixture('energitec')
def en_order_status_pt():
    b = plain("""Olá, qual a previsão de entrega do pedido PV-109455? Era para ter chegado ontem e o rastreio
da Jadlog (10084412337701) não atualiza desde segunda.

Obrigado,
Henrique
""", 'utf-8', 'qp')
    return send(EN, 'Thu, 07 Nov 2024 10:12:00 -0300', addr('Henrique Barros', 'henrique@barros-eng.example'),
                'Previsão de entrega PV-109455', b), \
        L('order_status', 'henrique@barros-eng.example', orders=['PV-109455'], tracking=['10084412337701'])


@fixture('energitec')
def en_order_status_es():
    b = plain("""Hola, ¿nos pueden confirmar la fecha de despacho de la OC EP-7802? Son 10 EV 3000 Bi.
Gracias, Martín
""", 'utf-8', 'qp')
    return send(EN, 'Tue, 10 Dec 2024 12:40:21 -0300', addr('Martín Castro', 'mcastro@electro-pampa.example'),
                'Fecha de despacho EP-7802', b, 'gmail'), \
        L('order_status', 'mcastro@electro-pampa.example', orders=['EP-7802'], models=['EV 3000 Bi'])


@fixture('energitec')
def en_ooo_pt():
    b = plain("""Olá! Estou de férias até 06/01 e sem acesso ao e-mail. Assuntos urgentes: ti@vidaplena-clinica.example
ou (19) 3251-4400.
Felipe Santos
""", 'utf-8', 'qp')
    return send(EN, 'Mon, 23 Dec 2024 08:00:10 -0300', addr('Felipe Santos', 'felipe.santos@vidaplena-clinica.example'),
                'Resposta automática: RMA-2024-03980 concluído', b, 'gmail', extra=AUTO), \
        L('auto_reply', 'felipe.santos@vidaplena-clinica.example', rma='RMA-2024-03980')


@fixture('energitec')
def en_ticket_ack_glpi():
    b = plain("""Prezado(a),

Seu chamado foi aberto com sucesso em nossa central de serviços.

Número do chamado: 48213
Título: [RMA-2024-02210] Instruções de envio
Status: Novo

Acompanhe pelo portal https://glpi.gruposerrano.example

-- Mensagem automática, não responda --
""", 'utf-8', 'qp')
    return send(EN, 'Fri, 14 Jun 2024 08:31:00 -0300', addr('Central de Serviços Serrano', 'chamados@gruposerrano.example'),
                '[GLPI #0048213] Novo chamado [RMA-2024-02210] Instruções de envio', b, 'php',
                extra=[('Auto-Submitted', 'auto-generated')]), \
        L('auto_reply', 'chamados@gruposerrano.example', rma='RMA-2024-02210')


@fixture('energitec')
def en_bounce_gmail():
    orig = ours(EN, 'Wed, 09 Oct 2024 12:00:00 -0300', 'joaopedro.r@mail-br.example',
                'Assistencia Energitec - instrucoes', 'Prezado cliente,\n\nsegue o procedimento.\n')
    return dsn(EN, 'Wed, 09 Oct 2024 12:00:03 -0300', addr('Mail Delivery Subsystem', 'mailer-daemon@mail-br.example'),
               'Delivery Status Notification (Failure)',
               """Address not found

Your message wasn't delivered to joaopedro.r@mail-br.example because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", 'joaopedro.r@mail-br.example', '5.1.1', '550 5.1.1 The email account that you tried to reach does not exist.',
               orig, 'mx.mail-br.example', 'gmail'), \
        L('bounce')


@fixture('energitec')
def en_boleto():
    b = plain("""Prezado cliente,

Segue o boleto referente à Nota Fiscal 000.045.821, pedido 77120, vencimento 15/12/2024,
valor R$ 4.380,00.

Beneficiário: Baterias Forte Ltda. - CNPJ 98.765.432/0001-10
Linha digitável: 34191.79001 01043.510047 91020.150008 8 99990000438000

Financeiro Baterias Forte
""", 'utf-8', 'qp')
    return send(EN, 'Fri, 29 Nov 2024 18:00:00 -0300', addr('Financeiro Baterias Forte', 'financeiro@bateriasforte.example'),
                'Boleto NF 45821', mixed([b, attachment('application/pdf', 'boleto.pdf', pdf('bol', 'Boleto'))]),
                to='compras@energitec.example'), \
        L('unrelated')


@fixture('energitec')
def en_promo_newsletter():
    inner = """<h1>Black Friday Distribuidor</h1>
<p>Baterias seladas 12 V 9 Ah com até 30% de desconto. Frete grátis acima de R$ 2.000.</p>
<p><a href="https://distrib.example/bf">Ver ofertas</a></p>
<p style="font-size:10px">Para não receber mais, <a href="https://distrib.example/sair">clique aqui</a>.</p>"""
    return send(EN, 'Fri, 22 Nov 2024 06:00:00 -0300', addr('Distribuidora Volt', 'ofertas@distribvolt.example'),
                'Black Friday: baterias com até 30% OFF', htm(inner, 'utf-8', 'qp', 'pt-BR'),
                extra=[('List-Unsubscribe', '<https://distrib.example/sair>'), ('Precedence', 'bulk')]), \
        L('unrelated')


# ---------------------------------------------------------------------------
# 5. Optyka Wrzos -- manual and AF camera lenses, lens dock (Kraków, Poland)
#    serials: 7 plain digits on the barrel (4210387); web-shop orders ZS/yyyy/nnnnn
#    InPost 24 digits, DPD 13 digits + letter, Poczta Polska RR...PL; NIP / REGON / IBAN look-alikes
# ---------------------------------------------------------------------------
company('wrzos',
        name='Optyka Wrzos Sp. z o.o.',
        service_address='serwis@wrzos-optyka.example',
        staff_domains=['wrzos-optyka.example'],
        noreply_addresses=['no-reply@wrzos-optyka.example', 'sklep@wrzos-optyka.example'],
        catalog=['WZ 35/1.4 AF', 'WZ 85/1.8 AF', 'WZ 24-70/2.8', 'WZ 14/2.8 FE', 'WZ Dock'])
WZ = 'serwis@wrzos-optyka.example'


@fixture('wrzos')
def wz_pl_miekkie_rogi():
    b = plain("""Dzień dobry,

kupiłem w Państwa sklepie obiektyw WZ 24-70/2.8 (zamówienie ZS/2024/01123, nr seryjny 4210387).
Na ogniskowej 24 mm lewa strona kadru jest wyraźnie nieostra nawet na f/8, prawa jest ostra.
Sprawdzałem na statywie, na dwóch korpusach, efekt ten sam.

Proszę o informację, jak wysłać obiektyw do serwisu.

Pozdrawiam
Tomasz Nowicki
tel. +48 601 223 904
""", 'utf-8', 'qp')
    return send(WZ, 'Mon, 11 Mar 2024 19:22:41 +0100', addr('Tomasz Nowicki', 'tomasz.nowicki@poczta-pl.example'),
                'Reklamacja WZ 24-70/2.8 - nieostra lewa strona', b, 'tb'), \
        L('new_request', 'tomasz.nowicki@poczta-pl.example', orders=['ZS/2024/01123'], serials=['4210387'],
          models=['WZ 24-70/2.8'], cat='optical_performance', kw=['lewa strona kadru jest wyraźnie nieostra'])


@fixture('wrzos')
def wz_pl_aparat_nie_widzi():
    b = plain("""Witam,

aparat przestał rozpoznawać obiektyw WZ 85/1.8 AF - na wyświetlaczu jest "F--" i nie da się zrobić
zdjęcia. Styki przeczyszczone, inne obiektywy działają. Numer seryjny 4302115.

Magdalena Wójcik
Fotografia ślubna MW
""", 'utf-8', 'qp')
    return send(WZ, 'Thu, 04 Apr 2024 10:05:11 +0200', addr('Magdalena Wójcik', 'kontakt@mw-fotografia.example'),
                'Aparat nie widzi obiektywu', b, 'gmail'), \
        L('new_request', 'kontakt@mw-fotografia.example', serials=['4302115'], models=['WZ 85/1.8 AF'],
          cat='no_link', kw=['przestał rozpoznawać obiektyw', 'F--'])


@fixture('wrzos')
def wz_en_decentred():
    b = plain("""Hi,

I'm afraid my new WZ 35/1.4 AF is decentred: at f/1.4 the right third of the frame is smeared, and
stopping down to f/4 only partly helps. Test shots of a brick wall attached.

Order ZS/2024/01877, serial 4308841.

Cheers,
Oliver Grant
""", 'utf-8', '7bit')
    msg = mixed([b, attachment('image/jpeg', 'wall_f14.jpg', jpeg('w14')), attachment('image/jpeg', 'wall_f4.jpg', jpeg('w4'))], 'apple')
    return send(WZ, 'Sat, 18 May 2024 12:41:09 +0100', addr('Oliver Grant', 'oliver@grantphoto.example'),
                'Decentred 35mm', msg, 'apple'), \
        L('new_request', 'oliver@grantphoto.example', orders=['ZS/2024/01877'], serials=['4308841'],
          models=['WZ 35/1.4 AF'], cat='optical_performance', kw=['decentred', 'smeared'])


@fixture('wrzos')
def wz_de_af_manchmal():
    b = plain("""Hallo,

der Autofokus meines WZ 85/1.8 AF pumpt manchmal hin und her und findet keinen Schärfepunkt,
meistens bei wenig Licht, aber nicht immer. Dann wieder funktioniert er tagelang einwandfrei.
Seriennummer 4301960, gekauft bei Ihnen (ZS/2024/00954).

Viele Grüße
Katharina Lenz
""", 'utf-8', 'qp')
    return send(WZ, 'Tue, 11 Jun 2024 21:33:02 +0200', addr('Katharina Lenz', 'k.lenz@lenz-bild.example'),
                'Autofokus unzuverlässig', b, 'tb'), \
        L('new_request', 'k.lenz@lenz-bild.example', orders=['ZS/2024/00954'], serials=['4301960'],
          models=['WZ 85/1.8 AF'], cat='intermittent', kw=['pumpt manchmal', 'aber nicht immer'])


@fixture('wrzos')
def wz_pl_html_pekniety():
    inner = """<div>Dzień dobry,</div>
<div><br></div>
<div>dziś odebrałam z paczkomatu obiektyw <b>WZ 14/2.8 FE</b>. Karton był zgnieciony, a przednia soczewka
jest pęknięta (zdjęcia w załączniku). Numer paczki InPost: 602312004589123400187741.</div>
<div>Zamówienie ZS/2024/02044.</div>
<div><br></div>
<div>Pozdrawiam,<br>Agnieszka Kowal</div>"""
    msg = mixed([htm(inner, 'utf-8', 'qp', 'pl'), attachment('image/jpeg', 'soczewka.jpg', jpeg('s'))], 'gmail')
    return send(WZ, 'Wed, 07 Aug 2024 18:12:30 +0200', addr('Agnieszka Kowal', 'agnieszka.kowal@poczta-pl.example'),
                'Uszkodzony obiektyw w przesyłce', msg, 'gmail'), \
        L('new_request', 'agnieszka.kowal@poczta-pl.example', orders=['ZS/2024/02044'], models=['WZ 14/2.8 FE'],
          tracking=['602312004589123400187741'], cat='physical_damage', kw=['przednia soczewka', 'jest pęknięta'])


@fixture('wrzos')
def wz_pl_zly_bagnet():
    b = plain("""Dzień dobry,

zamówiłem WZ 35/1.4 AF z mocowaniem Sony E (ZS/2024/02131), a przyszedł egzemplarz z bagnetem Canon RF.
Pudełko też jest opisane RF. Proszę o wymianę.

Paweł Zieliński
""", 'iso-8859-2', 'qp')
    return send(WZ, 'Fri, 23 Aug 2024 09:40:18 +0200', addr('Paweł Zieliński', 'pawel.zielinski@poczta-pl.example', 'iso-8859-2', 'Q'),
                'Zły bagnet', b), \
        L('new_request', 'pawel.zielinski@poczta-pl.example', orders=['ZS/2024/02131'], models=['WZ 35/1.4 AF'],
          cat='wrong_or_missing_item', kw=['przyszedł egzemplarz z bagnetem Canon RF'])


@fixture('wrzos')
def wz_en_dock_bricked():
    b = plain("""Hello Wrzos support,

I tried to update my WZ 24-70/2.8 with the WZ Dock utility 2.0.3 on macOS 14.5. The progress bar
stopped at 63% with "Write error 0x1F", and now the lens is not recognised by the camera or the Dock.
Lens serial 4207733.

Is there a recovery procedure?

Thanks,
Daniel Hughes
""", 'utf-8', '7bit')
    return send(WZ, 'Mon, 16 Sep 2024 22:10:47 +0100', addr('Daniel Hughes', 'dan.hughes@shutterline.example'),
                'Lens bricked during firmware update', b, 'gmail'), \
        L('new_request', 'dan.hughes@shutterline.example', serials=['4207733'], models=['WZ 24-70/2.8', 'WZ Dock'],
          cat='software', kw=['Write error 0x1F', 'stopped at 63%'])


@fixture('wrzos')
def wz_pl_dock_nie_swieci():
    b = plain("""Witam, stacja WZ Dock po podłączeniu do USB nie świeci się dioda i komputer jej w ogóle nie widzi.
Próbowałam trzech kabli i dwóch komputerów. Nr ser. 5100442, zamówienie ZS/2024/02380.
Ewa
""", 'utf-8', '8bit')
    return send(WZ, 'Tue, 01 Oct 2024 08:14:29 +0200', addr('Ewa Mazur', 'ewa.mazur@studio-mazur.example'),
                'WZ Dock nie działa', b), \
        L('new_request', 'ewa.mazur@studio-mazur.example', orders=['ZS/2024/02380'], serials=['5100442'],
          models=['WZ Dock'], cat='no_power', kw=['nie świeci się dioda'])


@fixture('wrzos')
def wz_mixed_haze():
    b = plain("""Hello Wrzos,

我们是上海的经销商，客户退回一支 WZ 85/1.8 AF（SN 4300278），镜片里面起雾了，
对着灯看有一层 haze，拍逆光明显发灰。客户说一直放在防潮箱。
Our PO: SH-WZ-2024-031

Thanks
Amy Xu 徐敏
""", 'utf-8', 'b64')
    return send(WZ, 'Thu, 10 Oct 2024 15:30:12 +0800', addr('Amy Xu', 'amy.xu@guangying-trade.example'),
                'WZ 85/1.8 AF 镜片起雾', b, 'outlook'), \
        L('new_request', 'amy.xu@guangying-trade.example', orders=['SH-WZ-2024-031'], serials=['4300278'],
          models=['WZ 85/1.8 AF'], cat='optical_performance', kw=['镜片里面起雾了', 'haze'], lang='mixed')


@fixture('wrzos')
def wz_zh_focus_ring():
    b = plain("""你好，

我在淘宝代购买的 WZ 14/2.8 FE，对焦环用了两个月就松了，转动时有咯噔的感觉，
有一段行程是空的，拍星空很难对准无穷远。序列号 4403318。
请问国内可以保修吗？

黄子轩
""", 'gb18030', 'b64')
    return send(WZ, 'Sun, 03 Nov 2024 23:02:55 +0800', addr('黄子轩', 'huangzx@xingkong-photo.example', 'gb18030'),
                ew('对焦环松动', 'gb18030'), b, 'qq'), \
        L('new_request', 'huangzx@xingkong-photo.example', serials=['4403318'], models=['WZ 14/2.8 FE'],
          cat='other', kw=['对焦环用了两个月就松了', '行程是空的'], lang='zh')


@fixture('wrzos')
def wz_fr_grincement():
    b = plain("""Bonjour,

Mon WZ 35/1.4 AF fait un grincement aigu à chaque mise au point, audible sur les vidéos.
L'image est parfaite. N° de série 4306612, commande ZS/2024/02207.

Merci,
Camille Dubois
""", 'utf-8', 'qp')
    return send(WZ, 'Wed, 13 Nov 2024 17:45:20 +0100', addr('Camille Dubois', 'camille.dubois@lumiere-prod.example'),
                'Bruit autofocus', b, 'gmail'), \
        L('new_request', 'camille.dubois@lumiere-prod.example', orders=['ZS/2024/02207'], serials=['4306612'],
          models=['WZ 35/1.4 AF'], cat='other', kw=['grincement aigu'])


@fixture('wrzos')
def wz_webform_pl():
    b = plain("""Nowe zgłoszenie reklamacyjne (formularz www)

Imię i nazwisko: Krzysztof Dąbrowski
E-mail: k.dabrowski@dabrowski-foto.example
Telefon: 512 330 118
Produkt: WZ 24-70/2.8
Numer seryjny: 4209902
Numer zamówienia: ZS/2024/02455
Opis usterki: Zoom chodzi bardzo ciężko między 35 a 50 mm i słychać tarcie.
Data zakupu: 2024-06-30
""", 'utf-8', 'qp')
    return send(WZ, 'Mon, 25 Nov 2024 12:00:41 +0100', addr('Sklep Wrzos', 'sklep@wrzos-optyka.example'),
                'Zgłoszenie reklamacyjne nr 2024/1187', b, 'php',
                extra=[('Reply-To', addr('Krzysztof Dąbrowski', 'k.dabrowski@dabrowski-foto.example'))]), \
        L('new_request', 'k.dabrowski@dabrowski-foto.example', orders=['ZS/2024/02455'], serials=['4209902'],
          models=['WZ 24-70/2.8'], cat='other', kw=['Zoom chodzi bardzo ciężko', 'słychać tarcie'])


@fixture('wrzos')
def wz_pl_czyszczenie():
    b = plain("""Dzień dobry,

chciałbym oddać do przeglądu i czyszczenia matrycy... przepraszam, soczewek, dwa obiektywy:
WZ 35/1.4 AF (4305120) i WZ 85/1.8 AF (4301007). Działają bez zarzutu, to przegląd przed sezonem.
Ile to kosztuje i jak długo trwa?

Robert Kamiński
NIP 677-212-45-09
""", 'utf-8', 'qp')
    return send(WZ, 'Thu, 16 Jan 2025 09:12:00 +0100', addr('Robert Kamiński', 'robert@kaminski-studio.example'),
                'Przegląd dwóch obiektywów', b), \
        L('new_request', 'robert@kaminski-studio.example', serials=['4305120', '4301007'],
          models=['WZ 35/1.4 AF', 'WZ 85/1.8 AF'])


@fixture('wrzos')
def wz_fwd_tb_pl():
    b = plain("""Do serwisu - klient z targów, proszę o kontakt.

Marta

-------- Przekazana wiadomość --------
Temat: 	obiektyw 85
Data: 	Wed, 4 Dec 2024 11:20:13 +0100
Nadawca: 	Jan Lis <jan.lis@lis-media.example>
Adresat: 	Marta Wrona <marta.wrona@wrzos-optyka.example>

Pani Marto, jak rozmawialiśmy na targach: WZ 85/1.8 AF (4302280) raz łapie ostrość, raz nie,
zwłaszcza przy ciągłym AF. Zamówienie było ZS/2024/01540.
Jan Lis
""", 'utf-8', 'qp')
    return send(WZ, 'Wed, 04 Dec 2024 11:48:55 +0100', addr('Marta Wrona', 'marta.wrona@wrzos-optyka.example'),
                'Fwd: obiektyw 85', b, 'tb'), \
        L('forwarded', 'jan.lis@lis-media.example', 'marta.wrona@wrzos-optyka.example', orders=['ZS/2024/01540'],
          serials=['4302280'], models=['WZ 85/1.8 AF'], cat='intermittent', kw=['raz łapie ostrość, raz nie'])


@fixture('wrzos')
def wz_fwd_outlook_rental():
    b = plain("""Hi team, please book these in for service. Rental house in Manchester, long-standing account.
Piotr

From: Hannah Cole <hannah@northlens-rental.example>
Sent: 10 December 2024 09:12
To: Piotr Sadowski <piotr.sadowski@wrzos-optyka.example>
Subject: Four 24-70s back from a shoot

Hi Piotr,

Four WZ 24-70/2.8 came back from a desert shoot with sand in the zoom and focus rings and visible
scratches on the front elements. Serials:
4208113
4208114
4208120
4208131
Our hire PO: NLR-4471.

Thanks,
Hannah
""", 'utf-8', 'qp')
    return send(WZ, 'Tue, 10 Dec 2024 10:31:09 +0100', addr('Piotr Sadowski', 'piotr.sadowski@wrzos-optyka.example'),
                'FW: Four 24-70s back from a shoot', b, 'outlook'), \
        L('forwarded', 'hannah@northlens-rental.example', 'piotr.sadowski@wrzos-optyka.example', orders=['NLR-4471'],
          serials=['4208113', '4208114', '4208120', '4208131'], models=['WZ 24-70/2.8'], cat='physical_damage',
          kw=['sand in the zoom and focus rings', 'scratches on the front elements'])


@fixture('wrzos')
def wz_fwd_apple_de():
    b = plain("""Bitte an den Service, danke!
Lukas

Anfang der weitergeleiteten Nachricht:

Von: Felix Hartmann <felix.hartmann@hartmann-fotografie.example>
Betreff: Falsches Objektiv geliefert
Datum: 16. Januar 2025 um 14:02:33 MEZ
An: Lukas Nowak <lukas.nowak@wrzos-optyka.example>

Hallo Herr Nowak,
statt des bestellten WZ 14/2.8 FE war im Karton ein WZ 35/1.4 AF. Bestellung ZS/2025/00041.
Gruß, Felix Hartmann
""", 'utf-8', 'qp')
    return send(WZ, 'Thu, 16 Jan 2025 14:30:00 +0100', addr('Lukas Nowak', 'lukas.nowak@wrzos-optyka.example'),
                'WG: Falsches Objektiv geliefert', b, 'apple'), \
        L('forwarded', 'felix.hartmann@hartmann-fotografie.example', 'lukas.nowak@wrzos-optyka.example',
          orders=['ZS/2025/00041'], models=['WZ 14/2.8 FE', 'WZ 35/1.4 AF'], cat='wrong_or_missing_item',
          kw=['war im Karton ein WZ 35/1.4 AF'])


@fixture('wrzos')
def wz_followup_dpd():
    b = plain("""Dzień dobry, obiektyw wysłany kurierem DPD, numer listu przewozowego 1000634852710U.
Pozdrawiam, Tomasz Nowicki

W dniu 12.03.2024 o 09:15, Serwis Wrzos pisze:
> Szanowny Panie,
> zgłoszenie zostało przyjęte pod numerem RMA-2024-00502. Prosimy o wysłanie obiektywu
> na adres: Optyka Wrzos Sp. z o.o., ul. Zabłocie 23, 30-701 Kraków.
""", 'utf-8', 'qp')
    return send(WZ, 'Wed, 13 Mar 2024 16:20:00 +0100', addr('Tomasz Nowicki', 'tomasz.nowicki@poczta-pl.example'),
                'Re: RMA-2024-00502 Reklamacja WZ 24-70/2.8', b, 'tb'), \
        L('follow_up', 'tomasz.nowicki@poczta-pl.example', models=['WZ 24-70/2.8'], tracking=['1000634852710U'],
          rma='RMA-2024-00502')


@fixture('wrzos')
def wz_followup_bottom_en():
    b = plain("""On Mon, 20 May 2024 at 09:30, Wrzos Service <serwis@wrzos-optyka.example> wrote:
> Dear Mr Grant,
> we have registered your return as RMA-2024-01210 and will inspect the lens on arrival.

Thanks - any news? It should have arrived last Thursday, Royal Mail says delivered.

Oliver
""", 'utf-8', '7bit')
    return send(WZ, 'Tue, 28 May 2024 08:02:51 +0100', addr('Oliver Grant', 'oliver@grantphoto.example'),
                'Re: RMA-2024-01210', b, 'apple'), \
        L('follow_up', 'oliver@grantphoto.example', rma='RMA-2024-01210')


@fixture('wrzos')
def wz_order_status_pl():
    b = plain("""Dzień dobry, zamówienie ZS/2024/02210 miało być wysłane w piątek, a status w sklepie dalej
"w realizacji". Kiedy mogę się spodziewać przesyłki?
Bartosz
""", 'utf-8', 'qp')
    return send(WZ, 'Mon, 18 Nov 2024 10:02:40 +0100', addr('Bartosz Wilk', 'bartosz.wilk@poczta-pl.example'),
                'Status zamówienia ZS/2024/02210', b), \
        L('order_status', 'bartosz.wilk@poczta-pl.example', orders=['ZS/2024/02210'])


@fixture('wrzos')
def wz_order_status_en():
    b = plain("""Hello, has my WZ 14/2.8 FE shipped yet? Order ZS/2024/02398. I'm travelling on the 5th and
would love to have it before then.
Thanks, Maya
""", 'utf-8', '7bit')
    return send(WZ, 'Fri, 29 Nov 2024 19:12:05 +0000', addr('Maya Collins', 'maya.collins@mailbox-uk.example'),
                'Has my order shipped?', b, 'gmail'), \
        L('order_status', 'maya.collins@mailbox-uk.example', orders=['ZS/2024/02398'], models=['WZ 14/2.8 FE'])


@fixture('wrzos')
def wz_ooo_pl():
    b = plain("""Dzień dobry, jestem na urlopie do 2 września. W pilnych sprawach proszę dzwonić: 601 223 904.
Tomasz Nowicki
""", 'utf-8', 'qp')
    return send(WZ, 'Mon, 19 Aug 2024 07:00:01 +0200', addr('Tomasz Nowicki', 'tomasz.nowicki@poczta-pl.example'),
                'Automatyczna odpowiedź: RMA-2024-00502 - obiektyw gotowy do odbioru', b, 'tb', extra=AUTO), \
        L('auto_reply', 'tomasz.nowicki@poczta-pl.example', rma='RMA-2024-00502')


@fixture('wrzos')
def wz_helpdesk_ack():
    b = plain("""Dear Wrzos Service,

Thank you for contacting Northlens Rental. Your request has been received and assigned ticket #8812.
Our team will get back to you within one working day.

Subject: RMA-2024-03710 four lenses received
""", 'utf-8', '7bit')
    return send(WZ, 'Fri, 13 Dec 2024 10:00:04 +0000', addr('Northlens Rental Support', 'support@northlens-rental.example'),
                'Ticket #8812: RMA-2024-03710 four lenses received', b,
                extra=[('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')]), \
        L('auto_reply', 'support@northlens-rental.example', rma='RMA-2024-03710')


@fixture('wrzos')
def wz_bounce_exim():
    b = text("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kontakt@studio-mazur.example
    host mx.studio-mazur.example [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<kontakt@studio-mazur.example>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

From: Serwis Wrzos <serwis@wrzos-optyka.example>
To: kontakt@studio-mazur.example
Subject: Potwierdzenie zgloszenia

Dzien dobry, potwierdzamy przyjecie zgloszenia.
""", 'us-ascii', '7bit', quote_cs=False)
    return send(WZ, 'Wed, 02 Oct 2024 09:00:12 +0200', addr('Mail Delivery System', 'Mailer-Daemon@mail.wrzos-optyka.example'),
                'Mail delivery failed: returning message to sender', b, extra=AUTO), \
        L('bounce')


@fixture('wrzos')
def wz_faktura():
    b = plain("""Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2024/11/0387 do zamówienia 4471/2024.
Termin płatności: 14 dni. Numer rachunku: PL61 1090 1014 0000 0712 1981 2874.

Szkło Optyczne Kraków S.A.
NIP 676-010-22-33, REGON 351234567
""", 'utf-8', 'qp')
    return send(WZ, 'Thu, 28 Nov 2024 14:22:00 +0100', addr('Szkło Optyczne Kraków', 'faktury@szklo-krakow.example'),
                'Faktura FV/2024/11/0387', mixed([b, attachment('application/pdf', 'FV_2024_11_0387.pdf', pdf('fv', 'FV'))]),
                to='ksiegowosc@wrzos-optyka.example'), \
        L('unrelated')


@fixture('wrzos')
def wz_contest_sponsor():
    b = plain("""Dzień dobry,

organizujemy 12. edycję konkursu "Krakowskie Światło" i szukamy partnerów nagród.
Czy Optyka Wrzos byłaby zainteresowana ufundowaniem obiektywu dla zwycięzcy? W zamian
logo na materiałach i na gali finałowej 14 marca.

Z poważaniem
Fundacja Fotografii Miejskiej
""", 'utf-8', 'qp')
    return send(WZ, 'Tue, 21 Jan 2025 11:10:00 +0100', addr('Fundacja Fotografii Miejskiej', 'biuro@fotografia-miejska.example'),
                'Propozycja współpracy - konkurs fotograficzny', b), \
        L('unrelated')


@fixture('wrzos')
def wz_phishing_inpost():
    inner = """<p>Twoja paczka oczekuje na dopłatę 1,99 zł. Bez dopłaty zostanie zwrócona do nadawcy w ciągu 24 godzin.</p>
<p><a href="http://inpost-doplata.example/pay">Zapłać teraz</a></p>"""
    return send(WZ, 'Sat, 07 Dec 2024 04:12:55 +0100', addr('InPost', 'powiadomienia@inpost-doplata.example'),
                'Paczka wstrzymana - wymagana dopłata', htm(inner, 'utf-8', 'qp', 'pl')), \
        L('unrelated')


# ---------------------------------------------------------------------------
# 6. Duinlicht Lasers -- line, cross and dot laser modules and drivers (Eindhoven, NL)
#    serials share the model's digits: DL + wavelength + variant letter + yymm + 3 digits (DL520L-2403-017)
#    sales orders VOyy-nnnn; PostNL 3S codes, DHL Parcel JVGL..., GLS; KvK / BTW / IBAN look-alikes
# ---------------------------------------------------------------------------
company('duinlicht',
        name='Duinlicht Lasers B.V.',
        service_address='service@duinlicht.example',
        staff_domains=['duinlicht.example'],
        noreply_addresses=['noreply@duinlicht.example', 'webshop@duinlicht.example'],
        catalog=['DL-405 Mini', 'DL-520 Line', 'DL-638 Cross', 'DL-780 Dot', 'DLD Driver 2'])
DL = 'service@duinlicht.example'


@fixture('duinlicht')
def dl_nl_geen_straal():
    b = plain("""Goedemiddag,

Eén van onze DL-520 Line modules geeft sinds vanochtend helemaal geen straal meer. De voeding
levert 5,1 V op de aansluiting, de andere modules op dezelfde voeding werken gewoon.
Serienummer DL520L-2403-017, geleverd op order VO24-0871.

Kunnen we hem opsturen voor reparatie?

Met vriendelijke groet,
Sander de Vries
Technische dienst, Houtbewerking Van Beek B.V.
KvK 17043321 | BTW NL812345671B01
""", 'utf-8', 'qp')
    return send(DL, 'Tue, 09 Apr 2024 13:20:44 +0200', addr('Sander de Vries', 's.devries@vanbeek-hout.example'),
                'Lasermodule geeft geen straal', b, 'outlook'), \
        L('new_request', 's.devries@vanbeek-hout.example', orders=['VO24-0871'], serials=['DL520L-2403-017'],
          models=['DL-520 Line'], cat='no_power', kw=['helemaal geen straal meer'])


@fixture('duinlicht')
def dl_nl_lijn_wazig():
    b = plain("""Hallo,

De lijn van onze nieuwe DL-520 Line is aan de uiteinden wazig en veel breder dan in het midden,
op 2 meter afstand ongeveer 4 mm tegen 1 mm. Scherpstellen met de focusring helpt niet.
Serienummer DL520L-2405-122. Inkoopordernummer 4500-33918.

Groet,
Lotte Janssen
""", 'utf-8', 'qp')
    return send(DL, 'Thu, 30 May 2024 10:48:19 +0200', addr('Lotte Janssen', 'lotte.janssen@agrovision.example'),
                'Laserlijn niet scherp', b, 'gmail'), \
        L('new_request', 'lotte.janssen@agrovision.example', orders=['4500-33918'], serials=['DL520L-2405-122'],
          models=['DL-520 Line'], cat='optical_performance', kw=['aan de uiteinden wazig', 'helpt niet'])


@fixture('duinlicht')
def dl_en_flicker():
    b = plain("""Hello,

The DL-638 Cross on our edger line flickers now and then - for a second or two the cross goes dim
and comes back. Sometimes it runs a full shift without it. We replaced the cable, no change.
S/N DL638C-2311-044.

Regards,
Erik Lindqvist
Maintenance, Norrsågen AB
""", 'utf-8', 'qp')
    return send(DL, 'Mon, 17 Jun 2024 07:42:10 +0200', addr('Erik Lindqvist', 'erik.lindqvist@norrsagen.example'),
                'Cross laser flickering', b, 'outlook'), \
        L('new_request', 'erik.lindqvist@norrsagen.example', serials=['DL638C-2311-044'], models=['DL-638 Cross'],
          cat='intermittent', kw=['flickers now and then', 'goes dim'])


@fixture('duinlicht')
def dl_de_rs485():
    b = plain("""Guten Tag,

unser DLD Driver 2 antwortet nicht mehr auf Befehle über RS-485. Die Laser lassen sich über den
Analogeingang noch ansteuern, aber die Software meldet "Timeout, kein Gerät an Adresse 3".
Adresse und Baudrate (19200) sind unverändert. Seriennummer DLD2M-2309-210.

Mit freundlichen Grüßen
Stefan Krüger
Krüger Sortiertechnik GmbH
""", 'utf-8', 'qp')
    return send(DL, 'Wed, 03 Jul 2024 15:06:33 +0200', addr('Stefan Krüger', 's.krueger@krueger-sortier.example'),
                'DLD Driver 2 keine Kommunikation', b, 'tb'), \
        L('new_request', 's.krueger@krueger-sortier.example', serials=['DLD2M-2309-210'], models=['DLD Driver 2'],
          cat='no_link', kw=['antwortet nicht mehr', 'kein Gerät an Adresse 3'])


@fixture('duinlicht')
def dl_en_range_cross():
    sers = rng('DL638C-2402-', 101, 108, 3)
    b = plain("""Dear Duinlicht,

Eight DL-638 Cross modules from order VO24-0512, serials DL638C-2402-101 through DL638C-2402-108,
project crosses whose arms are not at right angles - we measure 87 to 88 degrees on all of them.
Our fixture needs 90 +/- 0.5. Earlier batches were fine.

Best regards,
Priyanka Shah
Quality Engineer, Alder Textile Machinery Ltd
""", 'utf-8', '7bit')
    return send(DL, 'Tue, 23 Jul 2024 11:30:57 +0100', addr('Priyanka Shah', 'p.shah@alder-textile.example'),
                'VO24-0512 cross angle out of spec', b, 'outlook'), \
        L('new_request', 'p.shah@alder-textile.example', orders=['VO24-0512'], serials=sers, models=['DL-638 Cross'],
          cat='optical_performance', kw=['not at right angles', '87 to 88 degrees'], expanded=sers[1:-1])


@fixture('duinlicht')
def dl_nl_html_gebroken():
    inner = """<p>Beste Duinlicht,</p>
<p>Vandaag kwam het pakket met 2x <b>DL-780 Dot</b> binnen (PostNL 3SDLVA0084512). De doos was nat
en ingedeukt, bij één module is de lenshouder afgebroken en rammelt er iets binnenin.</p>
<p>Ordernummer VO24-1033.</p>
<p>Groetjes,<br>Anouk Bakker<br>Inkoop &ndash; Meettechniek Bakker</p>"""
    return send(DL, 'Fri, 09 Aug 2024 16:11:05 +0200', addr('Anouk Bakker', 'inkoop@bakker-meet.example'),
                'Beschadigde levering VO24-1033', htm(inner, 'utf-8', 'qp', 'nl'), 'outlook'), \
        L('new_request', 'inkoop@bakker-meet.example', orders=['VO24-1033'], models=['DL-780 Dot'],
          tracking=['3SDLVA0084512'], cat='physical_damage', kw=['lenshouder afgebroken', 'rammelt er iets binnenin'])


@fixture('duinlicht')
def dl_nl_verkeerd_model():
    b = plain("""Hoi,

We hebben DL-638 Cross besteld (order VO24-1101) maar in de doos zat een DL-780 Dot, serienummer
DL780D-2406-033. Graag omruilen, we hebben de kruislaser volgende week nodig.

Bedankt,
Mark Peters
""", 'utf-8', 'qp')
    return send(DL, 'Mon, 26 Aug 2024 09:01:02 +0200', addr('Mark Peters', 'mark@peters-montage.example'),
                'Verkeerd product geleverd', b), \
        L('new_request', 'mark@peters-montage.example', orders=['VO24-1101'], serials=['DL780D-2406-033'],
          models=['DL-638 Cross', 'DL-780 Dot'], cat='wrong_or_missing_item', kw=['in de doos zat een DL-780 Dot'])


@fixture('duinlicht')
def dl_en_config_tool():
    b = plain("""Hi,

The DLD Driver 2 setup tool (version 1.6.0) closes itself as soon as I click "Read from device" on
Windows 10. With 1.5.2 it worked. The driver itself runs with the old settings. S/N DLD2M-2401-088.
Error in the event log: "Faulting module name: ucrtbase.dll".

Thanks,
Callum Reid
""", 'utf-8', '7bit')
    return send(DL, 'Thu, 19 Sep 2024 14:14:14 +0100', addr('Callum Reid', 'callum.reid@reid-automation.example'),
                'Setup tool crashes', b, 'gmail'), \
        L('new_request', 'callum.reid@reid-automation.example', serials=['DLD2M-2401-088'], models=['DLD Driver 2'],
          cat='software', kw=['closes itself', 'Faulting module name'])


@fixture('duinlicht')
def dl_zh_gbk_power_drop():
    b = plain("""您好：

我司去年购买的 DL-405 Mini 共 3 支，最近激光越来越暗，用功率计测只有 12mW 左右，
标称是 50mW。序列号：DL405M-2308-061、DL405M-2308-062、DL405M-2308-075。
订单号 VO23-1420。请问是否可以保修？

东莞精诚自动化 设备部 罗工
""", 'gbk', 'b64')
    return send(DL, 'Wed, 09 Oct 2024 09:30:45 +0800', addr('罗建华', 'luojh@jingcheng-auto.example', 'gbk'),
                ew('激光功率下降', 'gbk'), b, 'foxmail'), \
        L('new_request', 'luojh@jingcheng-auto.example', orders=['VO23-1420'],
          serials=['DL405M-2308-061', 'DL405M-2308-062', 'DL405M-2308-075'], models=['DL-405 Mini'],
          cat='optical_performance', kw=['越来越暗', '只有 12mW 左右'], lang='zh')


@fixture('duinlicht')
def dl_mixed_replug():
    b = plain("""Hi Duinlicht,

我们产线上的 DL-405 Mini 有时候开机不出光，要 replug 一下 connector 才亮，
一天大概两三次。SN DL405M-2403-140。请问是 connector 的问题吗？

Thanks
Jack 李
""", 'utf-8', 'qp')
    return send(DL, 'Mon, 21 Oct 2024 16:40:12 +0800', addr('Jack Li', 'jack.li@hexin-pack.example'),
                'DL-405 Mini 有时候不出光', b, 'outlook'), \
        L('new_request', 'jack.li@hexin-pack.example', serials=['DL405M-2403-140'], models=['DL-405 Mini'],
          cat='intermittent', kw=['有时候开机不出光', '要 replug'], lang='mixed')


@fixture('duinlicht')
def dl_en_return_unused():
    b = plain("""Hello,

Our customer cancelled the machine order, so we would like to return three unused DL-780 Dot
modules from your order VO24-1210. They are still sealed. What restocking fee applies?

Kind regards,
Femke Visser
""", 'utf-8', '7bit')
    return send(DL, 'Tue, 05 Nov 2024 10:10:10 +0100', addr('Femke Visser', 'f.visser@visser-machines.example'),
                'Return of unused modules', b), \
        L('new_request', 'f.visser@visser-machines.example', orders=['VO24-1210'], models=['DL-780 Dot'])


@fixture('duinlicht')
def dl_webform_heet():
    b = plain("""Nieuw serviceverzoek via duinlicht.example

Naam: Ruud Hendriks
Bedrijf: Hendriks Betonwaren
E-mail: ruud@hendriks-beton.example
Telefoon: 06-41223344
Product: DL-638 Cross
Serienummer: DL638C-2405-019
Omschrijving: behuizing wordt na een uur zo heet dat je hem niet kunt aanraken, laser werkt wel.
""", 'utf-8', 'qp')
    return send(DL, 'Wed, 13 Nov 2024 08:55:00 +0100', addr('Duinlicht website', 'noreply@duinlicht.example'),
                'Serviceverzoek DL-638 Cross', b, 'php', extra=[('Reply-To', 'ruud@hendriks-beton.example')]), \
        L('new_request', 'ruud@hendriks-beton.example', serials=['DL638C-2405-019'], models=['DL-638 Cross'],
          cat='other', kw=['zo heet'])


@fixture('duinlicht')
def dl_fr_court_circuit():
    b = plain("""Bonjour,

Suite à un court-circuit sur notre armoire, le module DL-520 Line ne s'allume plus du tout.
Le fusible a été remplacé, l'alimentation est bonne. N° de série DL520L-2402-077.
Bon de commande : BC-2024-0619.

Cordialement,
Mathieu Lambert
Lambert Découpe SPRL, Liège
""", 'utf-8', 'qp')
    return send(DL, 'Thu, 28 Nov 2024 11:45:09 +0100', addr('Mathieu Lambert', 'm.lambert@lambert-decoupe.example'),
                'Module laser HS', b, 'tb'), \
        L('new_request', 'm.lambert@lambert-decoupe.example', orders=['BC-2024-0619'], serials=['DL520L-2402-077'],
          models=['DL-520 Line'], cat='no_power', kw=["ne s'allume plus"])


@fixture('duinlicht')
def dl_fwd_outlook_nl():
    b = plain("""Service, kunnen jullie dit oppakken? Klant wil graag snel een vervangend exemplaar.

Gr. Jeroen

Van: Wouter Smit <w.smit@smit-verpakking.example>
Verzonden: dinsdag 3 december 2024 08:52
Aan: Jeroen Mulder <jeroen.mulder@duinlicht.example>
Onderwerp: kabel laser afgebroken

Jeroen,
Bij de DL-780 Dot op lijn 2 is de kabel vlak bij de wartel afgebroken, de ader hangt eruit.
Serienummer DL780D-2402-118, besteld onder VO24-0409.
Wouter
""", 'utf-8', 'qp')
    return send(DL, 'Tue, 03 Dec 2024 09:15:40 +0100', addr('Jeroen Mulder', 'jeroen.mulder@duinlicht.example'),
                'FW: kabel laser afgebroken', b, 'outlook'), \
        L('forwarded', 'w.smit@smit-verpakking.example', 'jeroen.mulder@duinlicht.example', orders=['VO24-0409'],
          serials=['DL780D-2402-118'], models=['DL-780 Dot'], cat='physical_damage', kw=['kabel vlak bij de wartel afgebroken'])


@fixture('duinlicht')
def dl_fwd_gmail_en():
    b = plain("""FYI - firmware question from the US integrator, please advise.

---------- Forwarded message ---------
From: Rachel Kim <rkim@brightpath-vision.example>
Date: Wed, Dec 11, 2024 at 4:12 PM
Subject: Driver loses settings
To: <sales.us@duinlicht.example>


Hi,
After each power cycle our DLD Driver 2 (S/N DLD2M-2404-015) forgets the current limit and the
modulation mode and goes back to defaults. Firmware 3.1. PO BV-10772.
Rachel
""", 'utf-8', 'qp')
    return send(DL, 'Thu, 12 Dec 2024 08:30:21 +0100', addr('Duinlicht US Sales', 'sales.us@duinlicht.example'),
                'Fwd: Driver loses settings', b, 'gmail'), \
        L('forwarded', 'rkim@brightpath-vision.example', 'sales.us@duinlicht.example', orders=['BV-10772'],
          serials=['DLD2M-2404-015'], models=['DLD Driver 2'], cat='software',
          kw=['forgets the current limit', 'goes back to defaults'])


@fixture('duinlicht')
def dl_fwd_foxmail_zh():
    b = plain("""请售后补发，谢谢。Chen

------------------ 原始邮件 ------------------
发件人: "周倩"<zhouqian@hongda-laser.example>;
发送时间: 2024年12月16日(星期一) 上午10:05
收件人: "Chen Yu"<chen.yu@duinlicht.example>;
主题: 少了电源适配器

陈先生您好，订单 VO24-1288 的 5 支 DL-520 Line 收到了，但是只有 3 个电源适配器，少了 2 个。
""", 'utf-8', 'b64')
    return send(DL, 'Mon, 16 Dec 2024 11:02:40 +0800', addr('Chen Yu', 'chen.yu@duinlicht.example'),
                ew('转发：少了电源适配器'), b, 'foxmail'), \
        L('forwarded', 'zhouqian@hongda-laser.example', 'chen.yu@duinlicht.example', orders=['VO24-1288'],
          models=['DL-520 Line'], cat='wrong_or_missing_item', kw=['少了 2 个'], lang='zh')


@fixture('duinlicht')
def dl_fwd_rfc822_pl():
    inner = mail('Fri, 20 Dec 2024 09:10:00 +0100', addr('Michał Lewandowski', 'm.lewandowski@lewtech.example'),
                 'export@duinlicht.example', 'Brak komunikacji z laserem',
                 text("""Dzień dobry,
sterownik PLC nie widzi modułu DL-638 Cross przez wejście TTL - laser nie reaguje na sygnał włącz/wyłącz,
świeci cały czas. Nr seryjny DL638C-2404-090.
Pozdrawiam
""", 'utf-8', 'qp'), 'tb', 'lewtech.example')
    b = mixed([text('Zie bijlage, klant uit Polen.\n\nIris\n', 'utf-8', '7bit'), rfc822(inner)], 'tb')
    return send(DL, 'Fri, 20 Dec 2024 10:02:11 +0100', addr('Iris Bos', 'export@duinlicht.example'),
                'Fwd: Brak komunikacji z laserem', b, 'tb'), \
        L('forwarded', 'm.lewandowski@lewtech.example', 'export@duinlicht.example', serials=['DL638C-2404-090'],
          models=['DL-638 Cross'], cat='no_link', kw=['laser nie reaguje na sygnał'])


@fixture('duinlicht')
def dl_followup_postnl():
    quoted = q("""Van: Duinlicht Service <service@duinlicht.example>
Verzonden: woensdag 10 april 2024 09:05
Onderwerp: RMA-2024-00655 Lasermodule geeft geen straal

Beste Sander,

Je retour is geregistreerd onder RMA-2024-00655. Stuur de module in de originele verpakking naar
Duinlicht Lasers B.V., t.a.v. Service, De Run 4410, 5503 LN Veldhoven.
Vermeld het RMA-nummer duidelijk op de doos. Na ontvangst testen we de module binnen 5 werkdagen
en laten we je weten of het om garantie gaat.

Met vriendelijke groet,
Duinlicht Service""")
    b = plain("Vandaag verstuurd met PostNL, 3SDLVA0071220.\n\n" + quoted + "\n", 'utf-8', 'qp')
    return send(DL, 'Thu, 11 Apr 2024 14:02:10 +0200', addr('Sander de Vries', 's.devries@vanbeek-hout.example'),
                'RE: RMA-2024-00655 Lasermodule geeft geen straal', b, 'outlook'), \
        L('follow_up', 's.devries@vanbeek-hout.example', tracking=['3SDLVA0071220'], rma='RMA-2024-00655')


@fixture('duinlicht')
def dl_followup_interleaved_nl():
    b = plain("""Hallo,

> Kun je het serienummer van de tweede module doorgeven?
DL520L-2405-131

> Is de lijn ook wazig op kortere afstand?
Ja, ook op 50 cm.

Lotte

> Met vriendelijke groet,
> Duinlicht Service
""", 'utf-8', 'qp')
    return send(DL, 'Mon, 03 Jun 2024 09:15:30 +0200', addr('Lotte Janssen', 'lotte.janssen@agrovision.example'),
                'Re: [RMA-2024-01288] Laserlijn niet scherp', b, 'gmail'), \
        L('follow_up', 'lotte.janssen@agrovision.example', serials=['DL520L-2405-131'], rma='RMA-2024-01288')


@fixture('duinlicht')
def dl_order_status_nl():
    b = plain("""Goedemorgen, wanneer wordt order VO24-1190 verzonden? Track & trace hebben we nog niet ontvangen.
Groet, Anouk
""", 'utf-8', 'qp')
    return send(DL, 'Mon, 18 Nov 2024 08:40:00 +0100', addr('Anouk Bakker', 'inkoop@bakker-meet.example'),
                'Levering VO24-1190', b), \
        L('order_status', 'inkoop@bakker-meet.example', orders=['VO24-1190'])


@fixture('duinlicht')
def dl_order_status_en():
    b = plain("""Hi, could you confirm the ship date for our PO 31-7702 (your VO24-1245, 12x DL-405 Mini)?
Regards, Callum
""", 'utf-8', '7bit')
    return send(DL, 'Wed, 27 Nov 2024 13:13:13 +0000', addr('Callum Reid', 'callum.reid@reid-automation.example'),
                'Ship date PO 31-7702', b, 'gmail'), \
        L('order_status', 'callum.reid@reid-automation.example', orders=['31-7702', 'VO24-1245'], models=['DL-405 Mini'])


@fixture('duinlicht')
def dl_ooo_nl():
    b = plain("""Bedankt voor je bericht. Ik ben afwezig t/m 6 januari. Voor dringende zaken: 040-2901133.
Groet, Sander de Vries
""", 'utf-8', 'qp')
    return send(DL, 'Mon, 23 Dec 2024 10:20:00 +0100', addr('Sander de Vries', 's.devries@vanbeek-hout.example'),
                'Automatisch antwoord: RMA-2024-03902 reparatie gereed', b, 'outlook', extra=AUTO), \
        L('auto_reply', 's.devries@vanbeek-hout.example', rma='RMA-2024-03902')


@fixture('duinlicht')
def dl_ooo_order_subject():
    b = plain("""Thank you for your email. I am out of the office until Monday 2 December with no access to email.
For urgent purchasing matters please contact purchasing@reid-automation.example.
""", 'utf-8', '7bit')
    return send(DL, 'Thu, 28 Nov 2024 08:00:02 +0000', addr('Callum Reid', 'callum.reid@reid-automation.example'),
                'Out of Office: Order confirmation VO24-1245', b, 'gmail', extra=AUTO), \
        L('auto_reply', 'callum.reid@reid-automation.example')


@fixture('duinlicht')
def dl_bounce_exchange_nl():
    orig = ours(DL, 'Tue, 14 Jan 2025 11:00:00 +0100', 'mark@peters-montage.example',
                'Uw retour is ontvangen', 'Beste klant,\n\nuw retour is ontvangen.\n')
    return dsn(DL, 'Tue, 14 Jan 2025 11:00:04 +0100', addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@peters-montage.example'),
               'Onbestelbaar: Uw retour is ontvangen',
               """Uw bericht aan mark@peters-montage.example kan niet worden bezorgd.

Het postvak van mark is vol en kan geen berichten meer ontvangen.

Diagnostische informatie voor beheerders:
Server heeft '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' geretourneerd
""", 'mark@peters-montage.example', '5.2.2', '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException',
               orig, 'mail.peters-montage.example', 'outlook'), \
        L('bounce')


@fixture('duinlicht')
def dl_purchase_order_in():
    b = plain("""Inkooporder 4500991122

Leverancier: Duinlicht Lasers B.V.
Datum: 07-01-2025

Regel  Artikel          Aantal  Prijs
1      DL-520 Line      10      EUR 189,00
2      DLD Driver 2      2      EUR 420,00

Leverdatum: week 5
Vermeld ons inkoopordernummer op pakbon en factuur.

Dit bericht is automatisch gegenereerd door ons ERP-systeem.
""", 'utf-8', 'qp')
    return send(DL, 'Tue, 07 Jan 2025 06:00:00 +0100', addr('Van Beek Inkoop', 'erp@vanbeek-hout.example'),
                'Inkooporder 4500991122', mixed([b, attachment('application/pdf', 'PO4500991122.pdf', pdf('po', 'PO'))]),
                'sap', to='orders@duinlicht.example'), \
        L('unrelated')


@fixture('duinlicht')
def dl_webinar_invite():
    inner = """<p>Dear laser professional,</p>
<p>Join our free webinar <b>&ldquo;Eye safety classes explained: IEC 60825-1:2014 in practice&rdquo;</b>
on Thursday 20 February, 15:00 CET.</p>
<p><a href="https://webinar.example/laser-safety">Register</a> &middot; <a href="https://webinar.example/unsub">Unsubscribe</a></p>"""
    return send(DL, 'Tue, 28 Jan 2025 09:00:00 +0100', addr('Photonics Academy', 'events@photonics-academy.example'),
                'Webinar: laser eye safety classes explained', htm(inner, 'utf-8', 'qp'),
                extra=[('List-Unsubscribe', '<https://webinar.example/unsub>')]), \
        L('unrelated')


# ---------------------------------------------------------------------------
# 7. Halvorsen Test Systems -- power analyzers, electronic loads, probes (Austin, Texas)
#    serials: HT + yy + month letter + 5 digits (HT24B01937); sales orders SO-00nnnnn
#    FedEx 12 digits, UPS 1Z..., Purolator 12 digits; US government contract numbers
# ---------------------------------------------------------------------------
company('halvorsen',
        name='Halvorsen Test Systems, Inc.',
        service_address='repairs@halvorsen-test.example',
        staff_domains=['halvorsen-test.example'],
        noreply_addresses=['no-reply@halvorsen-test.example', 'webforms@halvorsen-test.example'],
        catalog=['HTS 8200', 'HTS 8204A', 'LoadPro 600', 'LoadPro 1200', 'PRB-10 Probe'])
HT = 'repairs@halvorsen-test.example'


@fixture('halvorsen')
def ht_dead_after_surge():
    b = plain("""Hello,

Our HTS 8200 power analyzer died after a building power surge over the weekend. It shows
no sign of life at all - no fan, no standby LED, nothing on the front panel. The line fuse looks intact.

Serial number: HT23J00412
Purchased on PO 4410-2291, your sales order SO-0093417.

Please send RMA instructions. We are in Tempe, AZ.

Thanks,
Derek Whitfield
Test Engineering Manager, Sonoran Power Electronics
(480) 555-0172
""", 'utf-8', '7bit')
    return send(HT, 'Mon, 08 Apr 2024 08:12:40 -0700', addr('Derek Whitfield', 'dwhitfield@sonoran-pe.example'),
                'HTS 8200 dead after power surge', b, 'outlook'), \
        L('new_request', 'dwhitfield@sonoran-pe.example', orders=['4410-2291', 'SO-0093417'], serials=['HT23J00412'],
          models=['HTS 8200'], cat='no_power', kw=['no sign of life', 'no standby LED'])


@fixture('halvorsen')
def ht_lan_not_found():
    b = plain("""Hi support,

We can no longer connect to our HTS 8204A over LAN. The front panel shows IP 10.1.20.31 and a link
light, but NI MAX and our Python scripts time out on TCPIP0::10.1.20.31::INSTR, and the web page
doesn't load. Other instruments on the same switch are fine. GPIB still works.

S/N HT22F01188, firmware 4.11.0.

Regards,
Nina Alvarez
Validation Lab, Ridgeline Motors
""", 'utf-8', '7bit')
    return send(HT, 'Wed, 24 Apr 2024 15:40:02 -0400', addr('Nina Alvarez', 'nalvarez@ridgeline-motors.example'),
                'LAN connection lost', b, 'gmail'), \
        L('new_request', 'nalvarez@ridgeline-motors.example', serials=['HT22F01188'], models=['HTS 8204A'],
          cat='no_link', kw=['no longer connect', 'time out'])


@fixture('halvorsen')
def ht_readings_off():
    b = plain("""Good afternoon,

During our quarterly check the HTS 8200 (HT23C00977) reads 0.8 % high on voltage against our
Fluke reference at 230 V / 50 Hz. Current and power are within spec. Last calibration was
03/12/2024 (cert no. 24-11873). Can you check and recalibrate under warranty?

P.O. 77812 covers shipping.

Bill Harmon
Metrology, Coastal Grid Services
""", 'utf-8', '7bit')
    return send(HT, 'Thu, 16 May 2024 13:05:19 -0500', addr('Bill Harmon', 'bharmon@coastalgrid.example'),
                'Voltage reading out of tolerance', b, 'exchange'), \
        L('new_request', 'bharmon@coastalgrid.example', orders=['77812'], serials=['HT23C00977'], models=['HTS 8200'],
          cat='other', kw=['reads 0.8 % high on voltage'])


@fixture('halvorsen')
def ht_loadpro_drops():
    b = plain("""Hi,

Our LoadPro 600 randomly drops its load to 0 A in CC mode for about half a second and then
resumes. It can happen after 5 minutes or after 3 hours; no error is shown. It ruins our
battery discharge tests. Serial HT24A00231.

Thanks,
Mei Tanaka
Cell Test Lab, Voltra Energy
""", 'utf-8', '7bit')
    return send(HT, 'Tue, 04 Jun 2024 10:28:44 -0700', addr('Mei Tanaka', 'mei.tanaka@voltra-energy.example'),
                'LoadPro 600 drops load randomly', b, 'outlook'), \
        L('new_request', 'mei.tanaka@voltra-energy.example', serials=['HT24A00231'], models=['LoadPro 600'],
          cat='intermittent', kw=['randomly drops its load', 'no error is shown'])


@fixture('halvorsen')
def ht_fedex_damaged():
    b = plain("""Hello,

The LoadPro 1200 from SO-0094102 arrived this morning via FedEx (tracking 774912308851) with the
carton crushed on one corner. The front handle is snapped off and the display glass is cracked.
Photos attached. We have not powered it up.

Please advise on replacement.

Jorge Medina
Receiving, Apex Charging Solutions
""", 'utf-8', '7bit')
    msg = mixed([b, attachment('image/jpeg', 'carton.jpg', jpeg('c')), attachment('image/jpeg', 'handle.jpg', jpeg('h')),
                 attachment('image/jpeg', 'display.jpg', jpeg('d'))], 'outlook')
    return send(HT, 'Fri, 21 Jun 2024 09:55:10 -0400', addr('Jorge Medina', 'receiving@apexcharging.example'),
                'Damaged in shipment - SO-0094102', msg, 'outlook'), \
        L('new_request', 'receiving@apexcharging.example', orders=['SO-0094102'], models=['LoadPro 1200'],
          tracking=['774912308851'], cat='physical_damage', kw=['handle is snapped off', 'display glass is cracked'])


@fixture('halvorsen')
def ht_missing_probes():
    b = plain("""Hi,

We received the HTS 8204A bundle on SO-0094288 but the four PRB-10 Probe sets listed on the
packing slip were not in the box. Only the analyzer and power cord. Can you ship them separately?

Thanks, Olivia
Olivia Brooks | Lab Operations | Northwind Aerospace
""", 'utf-8', '7bit')
    return send(HT, 'Tue, 09 Jul 2024 11:02:36 -0600', addr('Olivia Brooks', 'obrooks@northwind-aero.example'),
                'Missing probes on SO-0094288', b, 'gmail'), \
        L('new_request', 'obrooks@northwind-aero.example', orders=['SO-0094288'], models=['HTS 8204A', 'PRB-10 Probe'],
          cat='wrong_or_missing_item', kw=['were not in the box'])


@fixture('halvorsen')
def ht_license_lost():
    b = plain("""Hello,

After installing firmware 4.12.3 on our HTS 8204A (HT23H00655), the harmonics and flicker options
show "unlicensed" and the menus are greyed out. The license file from the original order still
imports without error but nothing changes. This blocks our compliance testing.

Regards,
Sanjay Patel
EMC Lab, Trident Appliances
""", 'utf-8', '7bit')
    return send(HT, 'Mon, 29 Jul 2024 14:44:01 -0500', addr('Sanjay Patel', 'spatel@trident-appl.example'),
                'Options unlicensed after firmware update', b, 'outlook'), \
        L('new_request', 'spatel@trident-appl.example', serials=['HT23H00655'], models=['HTS 8204A'],
          cat='software', kw=['show "unlicensed"', 'menus are greyed out'])


@fixture('halvorsen')
def ht_gov_contract_fans():
    b = plain("""Halvorsen Repair Dept,

Under contract FA8601-24-P-0117 we received three LoadPro 1200 loads. Two of them have a loud
grinding fan noise from the rear that gets worse as the load increases:

HT24C00310 - grinding noise
HT24C00314 - grinding noise
HT24C00318 - OK

Request warranty repair for the first two.

MSgt K. Donovan
Test Equipment Maintenance, 88th Support Squadron
DSN 785-5512
""", 'utf-8', '7bit')
    return send(HT, 'Wed, 14 Aug 2024 07:30:00 -0400', addr('Donovan, Kevin MSgt', 'kevin.donovan@support88.example'),
                'Warranty repair - LoadPro 1200 fan noise', b, 'exchange'), \
        L('new_request', 'kevin.donovan@support88.example', orders=['FA8601-24-P-0117'],
          serials=['HT24C00310', 'HT24C00314', 'HT24C00318'], models=['LoadPro 1200'], cat='other',
          kw=['grinding fan noise'])


@fixture('halvorsen')
def ht_html_selftest():
    inner = """<p>Hello Halvorsen team,</p>
<p>Two of our LoadPro 1200 units fail their power-on self-test and refuse to enable the input:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Serial</th><th>Message</th><th>Station</th></tr>
<tr><td>HT23K00502</td><td>Self-test FAIL: Err 214</td><td>Line 3</td></tr>
<tr><td>HT23K00519</td><td>Self-test FAIL: Err 214</td><td>Line 5</td></tr>
</table>
<p>Both are from PO 5530019.</p>
<p>Regards,<br>Hassan Farouk<br>Production Test, Meridian EV Components</p>"""
    return send(HT, 'Thu, 05 Sep 2024 16:21:18 -0400', addr('Hassan Farouk', 'hfarouk@meridian-evc.example'),
                'Self-test failures', htm(inner, 'utf-8', 'qp'), 'outlook'), \
        L('new_request', 'hfarouk@meridian-evc.example', orders=['5530019'], serials=['HT23K00502', 'HT23K00519'],
          models=['LoadPro 1200'], cat='other', kw=['fail their power-on self-test', 'Err 214'])


@fixture('halvorsen')
def ht_canada_purolator():
    b = plain("""Hi there,

The display on our HTS 8200 goes black at random moments - sometimes twice an hour, sometimes not
for a whole day - while the instrument keeps measuring (we can still read it over USB). Unit
HT22L00145. I have already shipped it to your Austin depot with Purolator, PIN 329045678123, to
save time. Our PO is MTL-24-3318.

Cheers,
Geneviève Roy
Laboratoire d'essais, Hydro-Boréal, Montréal
""", 'utf-8', 'qp')
    return send(HT, 'Tue, 24 Sep 2024 10:10:55 -0400', addr('Geneviève Roy', 'genevieve.roy@hydroboreal.example'),
                'Display blanking - unit already shipped', b, 'outlook'), \
        L('new_request', 'genevieve.roy@hydroboreal.example', orders=['MTL-24-3318'], serials=['HT22L00145'],
          models=['HTS 8200'], tracking=['329045678123'], cat='intermittent',
          kw=['goes black at random moments'])


@fixture('halvorsen')
def ht_es_usb_mexico():
    b = plain("""Buenas tardes,

La computadora ya no reconoce el puerto USB del HTS 8200: no aparece en el Administrador de
dispositivos y el software dice "instrumento no encontrado". Probamos con dos cables y tres PCs.
Número de serie HT23E00820. Orden de compra 4500127744.

Saludos,
Ing. Alejandro Ruiz
Laboratorio de Pruebas, Electrodomésticos del Norte, Monterrey
""", 'utf-8', 'qp')
    return send(HT, 'Thu, 10 Oct 2024 15:02:27 -0600', addr('Alejandro Ruiz', 'aruiz@electronorte.example'),
                'Puerto USB no reconocido', b, 'outlook'), \
        L('new_request', 'aruiz@electronorte.example', orders=['4500127744'], serials=['HT23E00820'], models=['HTS 8200'],
          cat='no_link', kw=['ya no reconoce el puerto USB', 'instrumento no encontrado'])


@fixture('halvorsen')
def ht_mixed_taiwan_oem():
    b = plain("""Hi Halvorsen,

我們的 HTS 8204A (HT24D00711) channel 3 的電流量測一直是 0，換 channel 1 的 shunt 接過去也是 0，
其他三個 channel 正常。這台是三月買的，PO TW-HV-0328。請問要寄回美國還是台灣代理修？

Thanks,
Vincent Lai 賴文彬
""", 'utf-8', 'b64')
    return send(HT, 'Mon, 21 Oct 2024 09:40:00 +0800', addr('Vincent Lai', 'vincent.lai@yuanmao-power.example'),
                'HTS 8204A channel 3 沒有讀值', b, 'outlook'), \
        L('new_request', 'vincent.lai@yuanmao-power.example', orders=['TW-HV-0328'], serials=['HT24D00711'],
          models=['HTS 8204A'], cat='other', kw=['channel 3 的電流量測一直是 0'], lang='mixed')


@fixture('halvorsen')
def ht_zh_gb18030_no_response():
    b = plain("""您好，

我司实验室的 LoadPro 600 电子负载，按电源键没有任何反应，风扇也不转，
保险丝检查过是好的。序列号 HT23G00488，采购订单 SZ-PO-24-1107。
请问如何办理返修？

深圳储能检测中心 龚工
""", 'gb18030', 'b64')
    return send(HT, 'Wed, 06 Nov 2024 10:22:33 +0800', addr('龚建', 'gongjian@szcn-test.example', 'gb18030'),
                ew('电子负载无法开机', 'gb18030'), b, 'foxmail'), \
        L('new_request', 'gongjian@szcn-test.example', orders=['SZ-PO-24-1107'], serials=['HT23G00488'],
          models=['LoadPro 600'], cat='no_power', kw=['没有任何反应', '风扇也不转'], lang='zh')


@fixture('halvorsen')
def ht_webform_overtemp():
    b = plain("""New repair request submitted at halvorsen-test.example/support

Name: Tyler Grant
Company: Bluebonnet Solar
Email: tgrant@bluebonnet-solar.example
Phone: 512-555-0199
Product: LoadPro 600
Serial number: HT24F00102
Order number: SO-0095010
Problem: OVERTEMP alarm comes on at only 30% load within ten minutes, room is 22 C.
""", 'utf-8', '7bit')
    return send(HT, 'Fri, 15 Nov 2024 17:33:08 -0600', addr('Halvorsen Web', 'webforms@halvorsen-test.example'),
                'Repair request: LoadPro 600 (HT24F00102)', b, 'php',
                extra=[('Reply-To', addr('Tyler Grant', 'tgrant@bluebonnet-solar.example'))]), \
        L('new_request', 'tgrant@bluebonnet-solar.example', orders=['SO-0095010'], serials=['HT24F00102'],
          models=['LoadPro 600'], cat='other', kw=['OVERTEMP alarm comes on at only 30% load'])


@fixture('halvorsen')
def ht_calibration_due():
    b = plain("""Hi,

Our two HTS 8200 analyzers (HT22B00361, HT22B00362) are due for annual calibration next month.
Both work fine. Please quote calibration with data (ISO 17025) and a return shipping label.

Thanks,
Rebecca Lin
Quality Systems, Lakeshore Drives
""", 'utf-8', '7bit')
    return send(HT, 'Mon, 02 Dec 2024 09:00:00 -0600', addr('Rebecca Lin', 'rlin@lakeshore-drives.example'),
                'Calibration quote request', b, 'outlook'), \
        L('new_request', 'rlin@lakeshore-drives.example', serials=['HT22B00361', 'HT22B00362'], models=['HTS 8200'])


@fixture('halvorsen')
def ht_fwd_outlook_wrong_model():
    b = plain("""Repairs team - customer got the wrong analyzer, can you set up an exchange? Sales order below.
Thanks, Mike

From: Laura Chen <lchen@pacificmicro.example>
Sent: Wednesday, December 4, 2024 10:41 AM
To: Mike Sorensen <msorensen@halvorsen-test.example>
Subject: Wrong unit received

Mike,
We ordered the 4-channel HTS 8204A on SO-0095233 but received a single-channel HTS 8200
(serial HT24H00920). Please let me know how to swap it.
Laura
""", 'utf-8', '7bit')
    return send(HT, 'Wed, 04 Dec 2024 11:05:39 -0800', addr('Mike Sorensen', 'msorensen@halvorsen-test.example'),
                'FW: Wrong unit received', b, 'outlook'), \
        L('forwarded', 'lchen@pacificmicro.example', 'msorensen@halvorsen-test.example', orders=['SO-0095233'],
          serials=['HT24H00920'], models=['HTS 8204A', 'HTS 8200'], cat='wrong_or_missing_item',
          kw=['received a single-channel HTS 8200'])


@fixture('halvorsen')
def ht_fwd_gmail_intermittent():
    b = plain("""See below, please open a case.

---------- Forwarded message ---------
From: Sam Okonkwo <sam.okonkwo@lagos-power.example>
Date: Tue, Dec 10, 2024 at 3:05 AM
Subject: PRB-10 probe
To: Export Sales <export@halvorsen-test.example>


Hello,
One PRB-10 Probe (HT24E01211) gives correct readings most of the time but jumps to 20-30% too low
when the cable is moved. Bought with SO-0094870.
Sam
""", 'utf-8', '7bit')
    return send(HT, 'Tue, 10 Dec 2024 08:12:00 -0600', addr('Export Sales', 'export@halvorsen-test.example'),
                'Fwd: PRB-10 probe', b, 'gmail'), \
        L('forwarded', 'sam.okonkwo@lagos-power.example', 'export@halvorsen-test.example', orders=['SO-0094870'],
          serials=['HT24E01211'], models=['PRB-10 Probe'], cat='intermittent', kw=['jumps to 20-30% too low', 'when the cable is moved'])


@fixture('halvorsen')
def ht_fwd_ios_name_only():
    b = plain("""Can you log this one? He called me, no email on file yet.

Sent from my iPhone

Begin forwarded message:

From: Dr. Raymond Okafor
Date: January 8, 2025 at 4:17:52 PM CST
To: Jenna Marsh <jmarsh@halvorsen-test.example>
Subject: Analyzer

Jenna - the HTS 8204A in our university lab freezes on the boot logo since the power outage on Monday.
Serial HT21K00384.
""", 'utf-8', 'qp')
    return send(HT, 'Wed, 08 Jan 2025 16:40:11 -0600', addr('Jenna Marsh', 'jmarsh@halvorsen-test.example'),
                'Fwd: Analyzer', b, 'apple'), \
        L('forwarded', None, 'jmarsh@halvorsen-test.example', serials=['HT21K00384'], models=['HTS 8204A'],
          cat='software', kw=['freezes on the boot logo'])


@fixture('halvorsen')
def ht_followup_ups():
    b = plain("""Shipped today via UPS Ground, tracking 1Z4E7W810392745518. Please confirm receipt.

Derek

-----Original Message-----
From: Halvorsen Repairs <repairs@halvorsen-test.example>
Sent: Monday, April 8, 2024 10:30 AM
To: Derek Whitfield <dwhitfield@sonoran-pe.example>
Subject: RMA-2024-00640 HTS 8200 dead after power surge

Derek, your RMA number is RMA-2024-00640. Ship to Halvorsen Test Systems, Repair Depot,
9100 Burleson Rd, Austin TX 78744.
""", 'utf-8', '7bit')
    return send(HT, 'Tue, 09 Apr 2024 14:15:20 -0700', addr('Derek Whitfield', 'dwhitfield@sonoran-pe.example'),
                'RE: RMA-2024-00640 HTS 8200 dead after power surge', b, 'outlook'), \
        L('follow_up', 'dwhitfield@sonoran-pe.example', models=['HTS 8200'], tracking=['1Z4E7W810392745518'],
          rma='RMA-2024-00640')


@fixture('halvorsen')
def ht_followup_eta():
    b = plain("""Hi, any update on this repair? It has been at your depot for three weeks and we need the
load for a customer audit on the 20th.

Mei

On Jun 6, 2024, at 9:02 AM, Halvorsen Repairs <repairs@halvorsen-test.example> wrote:

> Hi Mei,
> We received your LoadPro 600 under RMA-2024-01377 and will start diagnosis this week.
> Halvorsen Repairs
""", 'utf-8', '7bit')
    return send(HT, 'Thu, 27 Jun 2024 12:00:09 -0700', addr('Mei Tanaka', 'mei.tanaka@voltra-energy.example'),
                'Re: RMA-2024-01377 received', b, 'apple'), \
        L('follow_up', 'mei.tanaka@voltra-energy.example', rma='RMA-2024-01377')


@fixture('halvorsen')
def ht_order_status():
    b = plain("""Hello,

Can you give me an update on SO-0095340 (our PO 4410-2507)? The acknowledgement said ship date
12/06 but I don't see a tracking number yet.

Thanks,
Derek
""", 'utf-8', '7bit')
    return send(HT, 'Mon, 09 Dec 2024 08:30:41 -0700', addr('Derek Whitfield', 'dwhitfield@sonoran-pe.example'),
                'Status of SO-0095340', b, 'outlook'), \
        L('order_status', 'dwhitfield@sonoran-pe.example', orders=['SO-0095340', '4410-2507'])


@fixture('halvorsen')
def ht_order_status_ups():
    b = plain("""Hi - UPS shows our LoadPro 1200 order (1Z4E7W810392901264) as "label created" for 5 days now.
Has it actually left your dock? Order SO-0095118.
Jorge
""", 'utf-8', '7bit')
    return send(HT, 'Wed, 20 Nov 2024 10:40:00 -0500', addr('Jorge Medina', 'receiving@apexcharging.example'),
                'Is SO-0095118 shipped?', b, 'outlook'), \
        L('order_status', 'receiving@apexcharging.example', orders=['SO-0095118'], models=['LoadPro 1200'],
          tracking=['1Z4E7W810392901264'])


@fixture('halvorsen')
def ht_ooo():
    b = plain("""I'm out of the office through Friday, November 29, for the Thanksgiving holiday.
For urgent lab requests contact labsupport@ridgeline-motors.example.
- Nina
""", 'utf-8', '7bit')
    return send(HT, 'Mon, 25 Nov 2024 07:00:00 -0500', addr('Nina Alvarez', 'nalvarez@ridgeline-motors.example'),
                'Automatic reply: RMA-2024-03421 repair quote', b, 'gmail', extra=AUTO), \
        L('auto_reply', 'nalvarez@ridgeline-motors.example', rma='RMA-2024-03421')


@fixture('halvorsen')
def ht_servicenow_ack():
    b = plain("""Incident INC0078812 has been opened on your behalf.

Short description: RMA-2024-02977 Repair complete - return shipment
Priority: 4 - Low
Assignment group: Lab Equipment

You can view the incident here: https://northwind.service-now.example/nav_to.do?uri=incident.do

Thank you,
Northwind Aerospace IT Service Desk
""", 'utf-8', '7bit')
    return send(HT, 'Thu, 03 Oct 2024 10:02:11 -0600', addr('Northwind Service Desk', 'servicedesk@northwind-aero.example'),
                'Incident INC0078812 opened: RMA-2024-02977 Repair complete - return shipment', b,
                extra=[('Auto-Submitted', 'auto-generated')]), \
        L('auto_reply', 'servicedesk@northwind-aero.example', rma='RMA-2024-02977')


@fixture('halvorsen')
def ht_bounce_sendmail():
    orig = ours(HT, 'Fri, 17 Jan 2025 09:00:00 -0600', 'lab@coastal-grid.example', 'Repair status update',
                'Hello,\n\nyour instrument has been repaired.\n')
    return dsn(HT, 'Fri, 17 Jan 2025 09:00:02 -0600', addr('Mail Delivery Subsystem', 'MAILER-DAEMON@relay.halvorsen-test.example'),
               'Returned mail: see transcript for details',
               """The original message was received at Fri, 17 Jan 2025 09:00:00 -0600
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<lab@coastal-grid.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <lab@coastal-grid.example>... Host unknown (Name server: coastal-grid.example: host not found)
""", 'lab@coastal-grid.example', '5.1.2', '550 5.1.2 Host unknown', orig, 'relay.halvorsen-test.example'), \
        L('bounce')


@fixture('halvorsen')
def ht_supplier_ack():
    b = plain("""ORDER ACKNOWLEDGEMENT

Customer: Halvorsen Test Systems, Inc.
Your PO: HTS-P-118204
Our order: 60077135
Ship via: FedEx Ground

Line 1  Fan, 120 mm, 24 VDC, ball bearing   qty 500   $4.12   $2,060.00
Line 2  Finger guard, 120 mm                 qty 500   $0.38   $190.00

Estimated ship date: 01/24/2025
Thank you for your business.
""", 'utf-8', '7bit')
    return send(HT, 'Tue, 14 Jan 2025 13:00:00 -0600', addr('Airflow Components Orders', 'orders@airflow-comp.example'),
                'Order Acknowledgement 60077135 / PO HTS-P-118204', b, 'sap', to='purchasing@halvorsen-test.example'), \
        L('unrelated')


@fixture('halvorsen')
def ht_job_application():
    b = plain("""Dear Hiring Manager,

I am applying for the Repair Technician II position posted on your careers page. I have six years of
experience troubleshooting power electronics at board level and hold an IPC-7711/7721 certification.
My resume is attached.

Sincerely,
Marcus Bell
(737) 555-0148
""", 'utf-8', '7bit')
    return send(HT, 'Sun, 12 Jan 2025 20:41:00 -0600', addr('Marcus Bell', 'marcus.bell.tx@mailbox-us.example'),
                'Application - Repair Technician II', mixed([b, attachment('application/pdf', 'Marcus_Bell_Resume.pdf', pdf('r', 'Resume'))]),
                'gmail'), \
        L('unrelated')


@fixture('halvorsen')
def ht_spam_gift():
    inner = """<p>Congratulations! Your business has been selected for a <b>$500 Amazon gift card</b>.
Complete a 30-second survey to claim before midnight.</p>
<p><a href="http://survey-prize.example/claim">Claim now</a></p>"""
    return send(HT, 'Sat, 18 Jan 2025 02:02:02 +0000', addr('Rewards Center', 'rewards@survey-prize.example'),
                'You have been selected', htm(inner, 'utf-8', '7bit')), \
        L('unrelated')


# ---------------------------------------------------------------------------
# 8. Kovosys Automation -- PLC CPUs, I/O modules, HMI panels (Brno, Czech Republic)
#    serials: yymm/nnnnn on the rating plate (v.č. 2411/00382); job orders ZAK-yy-nnnn
#    PPL 11 digits, DPD 14 digits, Česká pošta RR...CZ; IČO / DIČ / IBAN look-alikes
# ---------------------------------------------------------------------------
company('kovosys',
        name='Kovosys Automation s.r.o.',
        service_address='servis@kovosys.example',
        staff_domains=['kovosys.example'],
        noreply_addresses=['noreply@kovosys.example', 'web@kovosys.example'],
        catalog=['KS-CPU 314', 'KS-DI16', 'KS-AO4', 'KS-Panel 7', 'KS-COM PN'])
KS = 'servis@kovosys.example'


@fixture('kovosys')
def ks_cz_cpu_nejde():
    b = plain("""Dobrý den,

procesorová jednotka KS-CPU 314 (v.č. 2311/00382) po výpadku proudu nejde zapnout, nesvítí ani
LED PWR. Napájení 24 V na svorkách je v pořádku, jiná CPU na stejném zdroji běží.
Dodáno na zakázku ZAK-24-0412.

Prosím o instrukce k reklamaci.

S pozdravem
Ing. Petr Dvořák
údržba, Strojírny Hodonín a.s.
tel. +420 602 118 447
IČO 25512345, DIČ CZ25512345
""", 'utf-8', 'qp')
    return send(KS, 'Tue, 12 Mar 2024 07:45:10 +0100', addr('Petr Dvořák', 'petr.dvorak@strojirny-hod.example'),
                'Reklamace KS-CPU 314 - nejde zapnout', b, 'outlook'), \
        L('new_request', 'petr.dvorak@strojirny-hod.example', orders=['ZAK-24-0412'], serials=['2311/00382'],
          models=['KS-CPU 314'], cat='no_power', kw=['nejde zapnout', 'nesvítí ani'])


@fixture('kovosys')
def ks_cz_profinet():
    b = plain("""Dobrý den,

komunikační modul KS-COM PN nenaváže spojení s nadřazeným systémem, LED BF svítí trvale červeně.
IP adresa 192.168.0.10 a jméno zařízení jsou nastavené podle projektu, kabel jsme měnili.
V.č. 2402/01107, FW 2.4.11.

Děkuji
Jana Novotná
Automatizace, Pivovar Zlatý Klas
""", 'utf-8', 'qp')
    return send(KS, 'Wed, 10 Apr 2024 13:02:44 +0200', addr('Jana Novotná', 'novotna@zlatyklas.example'),
                'KS-COM PN bez spojení', b, 'tb'), \
        L('new_request', 'novotna@zlatyklas.example', serials=['2402/01107'], models=['KS-COM PN'],
          cat='no_link', kw=['nenaváže spojení', 'LED BF svítí trvale červeně'])


@fixture('kovosys')
def ks_cz_di16_obcas():
    b = plain("""Dobrý den,

na lince 3 nám modul KS-DI16 občas „zapomene" vstup 7 - signál z čidla je, LED na modulu svítí,
ale v CPU se na pár set milisekund objeví nula. Stává se to párkrát za směnu, někdy vůbec.
Výrobní číslo 2310/00955. Objednávka OBJ-2023-771.

Martin Svoboda
""", 'utf-8', 'qp')
    return send(KS, 'Thu, 16 May 2024 09:30:00 +0200', addr('Martin Svoboda', 'svoboda@plastform.example'),
                'Občasný výpadek vstupu', b), \
        L('new_request', 'svoboda@plastform.example', orders=['OBJ-2023-771'], serials=['2310/00955'],
          models=['KS-DI16'], cat='intermittent', kw=['občas', 'Stává se to párkrát za směnu'])


@fixture('kovosys')
def ks_sk_panel_prasknuty():
    b = plain("""Dobrý deň,

dnes nám kuriér DPD doručil KS-Panel 7 z objednávky ZAK-24-0730 a displej je prasknutý naprieč,
krabica bola pretlačená. Číslo zásielky 15501284732210. Fotky posielam v prílohe.

S pozdravom
Lucia Horváthová
Elektro Horváth s.r.o., Žilina
""", 'utf-8', 'qp')
    msg = mixed([b, attachment('image/jpeg', 'panel.jpg', jpeg('p'))], 'gmail')
    return send(KS, 'Mon, 24 Jun 2024 14:20:31 +0200', addr('Lucia Horváthová', 'horvathova@elektro-horvath.example'),
                'Poškodený panel pri doručení', msg, 'gmail'), \
        L('new_request', 'horvathova@elektro-horvath.example', orders=['ZAK-24-0730'], models=['KS-Panel 7'],
          tracking=['15501284732210'], cat='physical_damage', kw=['displej je prasknutý'])


@fixture('kovosys')
def ks_de_ao4_wrong_value():
    b = plain("""Sehr geehrte Damen und Herren,

der Analogausgabemodul KS-AO4 gibt auf Kanal 2 bei Sollwert 0 % statt 4 mA konstant etwa 11,8 mA aus.
Die anderen Kanäle sind korrekt. Seriennummer 2401/00218, Bestellung 2024-AT-0311.

Mit freundlichen Grüßen
DI Andreas Huber
Huber Anlagenbau GmbH, Linz
""", 'utf-8', 'qp')
    return send(KS, 'Tue, 09 Jul 2024 10:11:12 +0200', addr('Andreas Huber', 'a.huber@huber-anlagenbau.example'),
                'KS-AO4 Kanal 2 falscher Ausgangswert', b, 'outlook'), \
        L('new_request', 'a.huber@huber-anlagenbau.example', orders=['2024-AT-0311'], serials=['2401/00218'],
          models=['KS-AO4'], cat='other', kw=['statt 4 mA konstant etwa 11,8 mA'])


@fixture('kovosys')
def ks_en_fw_update():
    b = plain("""Hello,

The firmware update of our KS-CPU 314 from 3.1 to 3.2 with KS-Studio stopped at 80 % with
"Flash verify failed". Since then the CPU only starts in bootloader mode (RUN and ERR blink
alternately) and the project cannot be downloaded. Serial 2404/00671.

Best regards,
Tomasz Brzeziński
Controls Engineer, Baltic Conveyor Systems
""", 'utf-8', 'qp')
    return send(KS, 'Wed, 07 Aug 2024 16:55:03 +0200', addr('Tomasz Brzeziński', 't.brzezinski@baltic-conveyor.example'),
                'CPU stuck in bootloader after FW update', b, 'outlook'), \
        L('new_request', 't.brzezinski@baltic-conveyor.example', serials=['2404/00671'], models=['KS-CPU 314'],
          cat='software', kw=['Flash verify failed', 'only starts in bootloader mode'])


@fixture('kovosys')
def ks_cz_chybi_konektory():
    b = plain("""Dobrý den, v zásilce k ZAK-24-0815 (10x KS-DI16) chybí svorkovnice ke třem modulům.
Prosím o doposlání.
Díky, Hana Králová - nákup
""", 'iso-8859-2', 'qp')
    return send(KS, 'Thu, 22 Aug 2024 08:10:00 +0200', addr('Hana Králová', 'nakup@kral-technik.example', 'iso-8859-2', 'Q'),
                'Chybějící svorkovnice', b), \
        L('new_request', 'nakup@kral-technik.example', orders=['ZAK-24-0815'], models=['KS-DI16'],
          cat='wrong_or_missing_item', kw=['chybí svorkovnice'])


@fixture('kovosys')
def ks_cz_range_not_detected():
    sers = ['2409/00120'] + ['2409/%05d' % i for i in range(121, 125)]
    b = plain("""Dobrý den,

pět nových modulů KS-DI16, v.č. 2409/00120–00124, CPU na sběrnici vůbec nevidí - v diagnostice
je slot prázdný, LED RUN na modulech nesvítí, zatímco starší moduly na stejné liště fungují.
Zakázka ZAK-24-0902.

Děkujeme,
Ondřej Marek
Marek Control s.r.o.
""", 'utf-8', 'qp')
    return send(KS, 'Tue, 01 Oct 2024 11:40:19 +0200', addr('Ondřej Marek', 'marek@marek-control.example'),
                'Moduly DI16 nejsou vidět na sběrnici', b, 'tb'), \
        L('new_request', 'marek@marek-control.example', orders=['ZAK-24-0902'], serials=sers, models=['KS-DI16'],
          cat='no_link', kw=['CPU na sběrnici vůbec nevidí'], expanded=sers[1:])


@fixture('kovosys')
def ks_zh_gbk_restart():
    b = plain("""您好，

我司包装机上使用的 KS-CPU 314，运行中偶尔会自动重启，大概两三天一次，重启后程序正常。
电源电压监测是稳定的 24.1V。序列号 2403/00544，订单 ZAK-24-0377。
请问是否需要返厂检测？

温州宏达包装机械 电气部 潘工
""", 'gbk', 'b64')
    return send(KS, 'Mon, 14 Oct 2024 09:12:40 +0800', addr('潘志强', 'panzq@hongda-pack.example', 'gbk'),
                ew('CPU偶尔自动重启', 'gbk'), b, 'foxmail'), \
        L('new_request', 'panzq@hongda-pack.example', orders=['ZAK-24-0377'], serials=['2403/00544'],
          models=['KS-CPU 314'], cat='intermittent', kw=['偶尔会自动重启', '两三天一次'], lang='zh')


@fixture('kovosys')
def ks_zh_panel_touch():
    b = plain("""你好：

KS-Panel 7 触摸屏点不准，点左边的按钮会跳到右边，重新校准也不行。
序列号 2405/00891。

谢谢
常州恒力机电 吴娟
""", 'utf-8', 'b64')
    return send(KS, 'Wed, 30 Oct 2024 15:00:18 +0800', addr('吴娟', 'wujuan@hengli-jd.example', 'utf-8'),
                ew('触摸屏点不准'), b, 'qq'), \
        L('new_request', 'wujuan@hengli-jd.example', serials=['2405/00891'], models=['KS-Panel 7'], cat='other',
          kw=['触摸屏点不准', '重新校准也不行'], lang='zh')


@fixture('kovosys')
def ks_mixed_pn_timeout():
    b = plain("""Hello Kovosys,

我们的 KS-COM PN 跟客户的 S7-1500 之间 PROFINET 一直 timeout，连不上，
GSDML 文件用的是你们官网最新的。SN 2406/01210。PO 是 NB-2024-0912。

Best regards
Frank 方
""", 'utf-8', 'qp')
    return send(KS, 'Tue, 12 Nov 2024 10:30:45 +0800', addr('Frank Fang', 'frank.fang@ningbo-autoline.example'),
                'KS-COM PN PROFINET 连不上', b, 'outlook'), \
        L('new_request', 'frank.fang@ningbo-autoline.example', orders=['NB-2024-0912'], serials=['2406/01210'],
          models=['KS-COM PN'], cat='no_link', kw=['timeout', '连不上'], lang='mixed')


@fixture('kovosys')
def ks_big5_housing_cracked():
    b = plain("""您好，

收到的 KS-AO4 兩個模組外殼在運送途中破裂，卡榫也斷掉，無法固定在導軌上。
訂單 ZAK-24-1011，照片如附件。

台中精機 採購課 許雅雯
""", 'big5', 'b64')
    msg = mixed([b, attachment('image/jpeg', 'ao4.jpg', jpeg('ao'))])
    return send(KS, 'Mon, 25 Nov 2024 11:11:11 +0800', addr('許雅雯', 'yawen.hsu@taichung-mach.example', 'big5'),
                ew('模組外殼破裂', 'big5'), msg, 'outlook'), \
        L('new_request', 'yawen.hsu@taichung-mach.example', orders=['ZAK-24-1011'], models=['KS-AO4'],
          cat='physical_damage', kw=['外殼在運送途中破裂', '卡榫也斷掉'], lang='zh')


@fixture('kovosys')
def ks_webform_license():
    b = plain("""Formulář servisního požadavku (kovosys.example)

Jméno: Radek Beneš
Firma: Beneš Automatizace
E-mail: benes@benes-aut.example
Telefon: 731 402 288
Produkt: KS-Panel 7
Výrobní číslo: 2404/00733
Popis závady: po nahrání nového projektu panel hlásí "License error 0x21" a nespustí vizualizaci.
""", 'utf-8', 'qp')
    return send(KS, 'Fri, 06 Dec 2024 13:45:00 +0100', addr('Kovosys web', 'web@kovosys.example'),
                'Servisní požadavek - KS-Panel 7', b, 'php', extra=[('Reply-To', 'benes@benes-aut.example')]), \
        L('new_request', 'benes@benes-aut.example', serials=['2404/00733'], models=['KS-Panel 7'], cat='software',
          kw=['License error 0x21', 'nespustí vizualizaci'])


@fixture('kovosys')
def ks_cz_upgrade_no_fault():
    b = plain("""Dobrý den,

rádi bychom poslali tři CPU KS-CPU 314 (v.č. 2201/00110, 2201/00111, 2201/00115) na upgrade
hardwarové revize kvůli nové verzi KS-Studia. Jednotky fungují bez problémů. Jaká je cena a termín?

Jiří Pokorný
""", 'utf-8', 'qp')
    return send(KS, 'Wed, 08 Jan 2025 09:09:09 +0100', addr('Jiří Pokorný', 'pokorny@vodarny-jih.example'),
                'Upgrade CPU', b), \
        L('new_request', 'pokorny@vodarny-jih.example', serials=['2201/00110', '2201/00111', '2201/00115'],
          models=['KS-CPU 314'])


@fixture('kovosys')
def ks_fwd_outlook_cz():
    b = plain("""Ahoj, prosím založit reklamaci, zákazník už čeká.
Lukáš

Od: Veronika Černá <cerna@mlekarna-vysocina.example>
Odesláno: pondělí 9. prosince 2024 8:14
Komu: Lukáš Veselý <vesely@kovosys.example>
Předmět: nefunkční panel

Dobrý den, pane Veselý,
KS-Panel 7 na plničce zůstal po víkendu úplně tmavý, nereaguje na nic, napájení jsme proměřili.
V.č. 2308/00402, objednávka byla ZAK-23-1104.
Černá
""", 'utf-8', 'qp')
    return send(KS, 'Mon, 09 Dec 2024 08:40:00 +0100', addr('Lukáš Veselý', 'vesely@kovosys.example'),
                'FW: nefunkční panel', b, 'outlook'), \
        L('forwarded', 'cerna@mlekarna-vysocina.example', 'vesely@kovosys.example', orders=['ZAK-23-1104'],
          serials=['2308/00402'], models=['KS-Panel 7'], cat='no_power', kw=['úplně tmavý', 'nereaguje na nic'])


@fixture('kovosys')
def ks_fwd_gmail_de():
    b = plain("""Servis, prosím výměnu - viz níže.

---------- Forwarded message ---------
Von: Andreas Huber <a.huber@huber-anlagenbau.example>
Date: Mi., 11. Dez. 2024 um 10:20 Uhr
Subject: Falsches Modul
To: <export@kovosys.example>


Guten Tag, statt 2x KS-AO4 wurden uns 2x KS-DI16 geliefert (Bestellung 2024-AT-0388).
Bitte um Austausch. Huber
""", 'utf-8', 'qp')
    return send(KS, 'Wed, 11 Dec 2024 11:02:33 +0100', addr('Kovosys Export', 'export@kovosys.example'),
                'Fwd: Falsches Modul', b, 'gmail'), \
        L('forwarded', 'a.huber@huber-anlagenbau.example', 'export@kovosys.example', orders=['2024-AT-0388'],
          models=['KS-AO4', 'KS-DI16'], cat='wrong_or_missing_item', kw=['statt 2x KS-AO4'])


@fixture('kovosys')
def ks_fwd_foxmail_zh():
    b = plain("""请售后处理，客户很急。—— 李娜（中国区销售）

------------------ 原始邮件 ------------------
发件人: "钟伟"<zhongwei@jiahe-robot.example>;
发送时间: 2024年12月18日(星期三) 下午4:22
收件人: "李娜"<li.na@kovosys.example>;
主题: KS-COM PN 模块故障

李经理，KS-COM PN 上电后指示灯全红，跟 CPU 没有通讯。序列号 2407/01388，合同号 JH-KS-2024-06。
""", 'gb18030', 'b64')
    return send(KS, 'Wed, 18 Dec 2024 17:01:00 +0800', addr('李娜', 'li.na@kovosys.example', 'gb18030'),
                ew('转发：KS-COM PN 模块故障', 'gb18030'), b, 'foxmail'), \
        L('forwarded', 'zhongwei@jiahe-robot.example', 'li.na@kovosys.example', orders=['JH-KS-2024-06'],
          serials=['2407/01388'], models=['KS-COM PN'], cat='no_link', kw=['指示灯全红', '没有通讯'], lang='zh')


@fixture('kovosys')
def ks_fwd_tb_en():
    b = plain("""Please log for repair.
Pavel

-------- Forwarded Message --------
Subject: 	Damaged CPU
Date: 	Thu, 9 Jan 2025 14:02:51 +0000
From: 	Gareth Evans <gareth.evans@evans-water.example>
To: 	Pavel Šťastný <stastny@kovosys.example>

Hi Pavel, a contractor dropped our spare KS-CPU 314 (2402/00311) - the front cover is cracked and
the SD card slot is bent. PO EW-2291.
Gareth
""", 'utf-8', 'qp')
    return send(KS, 'Thu, 09 Jan 2025 15:30:12 +0100', addr('Pavel Šťastný', 'stastny@kovosys.example'),
                'Fwd: Damaged CPU', b, 'tb'), \
        L('forwarded', 'gareth.evans@evans-water.example', 'stastny@kovosys.example', orders=['EW-2291'],
          serials=['2402/00311'], models=['KS-CPU 314'], cat='physical_damage',
          kw=['front cover is cracked', 'SD card slot is bent'])


@fixture('kovosys')
def ks_followup_ppl():
    b = plain("""Dobrý den, CPU jsme odeslali přes PPL, číslo balíku 40158023377.
Dvořák

-----Původní zpráva-----
Od: Kovosys servis <servis@kovosys.example>
Odesláno: úterý 12. března 2024 10:02
Předmět: RMA-2024-00477 Reklamace KS-CPU 314 - nejde zapnout

Dobrý den, reklamace je evidována pod číslem RMA-2024-00477.
""", 'utf-8', 'qp')
    return send(KS, 'Wed, 13 Mar 2024 12:01:40 +0100', addr('Petr Dvořák', 'petr.dvorak@strojirny-hod.example'),
                'RE: RMA-2024-00477 Reklamace KS-CPU 314 - nejde zapnout', b, 'outlook'), \
        L('follow_up', 'petr.dvorak@strojirny-hod.example', models=['KS-CPU 314'], tracking=['40158023377'],
          rma='RMA-2024-00477')


@fixture('kovosys')
def ks_followup_zh():
    b = plain("""你好，我们上周寄回的 CPU 检测结果出来了吗？机器还在等这个模块。

潘志强

在 2024-10-15 10:20，"Kovosys servis" 写道：
> 您好，已登记返修，编号 RMA-2024-02799。请寄回至 Kovosys Automation s.r.o., Brno。
""", 'gbk', 'b64')
    return send(KS, 'Mon, 28 Oct 2024 09:40:11 +0800', addr('潘志强', 'panzq@hongda-pack.example', 'gbk'),
                ew('回复: RMA-2024-02799 CPU偶尔自动重启', 'gbk'), b, 'foxmail'), \
        L('follow_up', 'panzq@hongda-pack.example', rma='RMA-2024-02799', lang='zh')


@fixture('kovosys')
def ks_order_status_cz():
    b = plain("""Dobrý den, kdy bude expedována zakázka ZAK-24-1120? Potvrzený termín byl 15. 11.
Díky, Králová
""", 'utf-8', 'qp')
    return send(KS, 'Tue, 19 Nov 2024 08:02:00 +0100', addr('Hana Králová', 'nakup@kral-technik.example'),
                'Termín expedice ZAK-24-1120', b), \
        L('order_status', 'nakup@kral-technik.example', orders=['ZAK-24-1120'])


@fixture('kovosys')
def ks_order_status_zh():
    b = plain("""你好，我们合同 NB-2024-1030 订的 KS-Panel 7 二十台，请问什么时候能发货？最好走 DHL。

方工
""", 'utf-8', 'b64')
    return send(KS, 'Thu, 05 Dec 2024 10:12:00 +0800', addr('Frank Fang', 'frank.fang@ningbo-autoline.example'),
                ew('询问发货时间'), b, 'outlook'), \
        L('order_status', 'frank.fang@ningbo-autoline.example', orders=['NB-2024-1030'], models=['KS-Panel 7'], lang='zh')


@fixture('kovosys')
def ks_ooo_cz():
    b = plain("""Dobrý den, do 3. 1. 2025 čerpám dovolenou. V naléhavých případech volejte 602 118 400.
Petr Dvořák
""", 'utf-8', 'qp')
    return send(KS, 'Fri, 20 Dec 2024 12:00:00 +0100', addr('Petr Dvořák', 'petr.dvorak@strojirny-hod.example'),
                'Automatická odpověď: RMA-2024-04055 oprava dokončena', b, 'outlook', extra=AUTO), \
        L('auto_reply', 'petr.dvorak@strojirny-hod.example', rma='RMA-2024-04055')


@fixture('kovosys')
def ks_autoack_zh():
    b = plain("""您好，您的邮件已收到，我们会尽快处理。此邮件为系统自动回复，请勿回复。

宁波奥特莱恩自动化""", 'utf-8', 'b64')
    return send(KS, 'Thu, 14 Nov 2024 09:00:05 +0800', addr('奥特莱恩', 'info@ningbo-autoline.example', 'utf-8'),
                ew('自动回复：您的邮件已收到'), b, extra=AUTO), \
        L('auto_reply', 'info@ningbo-autoline.example', lang='zh')


@fixture('kovosys')
def ks_bounce_zh():
    orig = ours(KS, 'Mon, 06 Jan 2025 10:00:00 +0100', 'wujuan@hengli-jd.example', 'Oprava dokoncena',
                'Dobry den,\n\nvase zarizeni je opraveno.\n')
    return dsn(KS, 'Mon, 06 Jan 2025 17:00:09 +0800', addr('系统管理员', 'postmaster@hengli-jd.example', 'utf-8'),
               ew('系统退信'),
               """很抱歉您的邮件没有发送成功。
收件人 wujuan@hengli-jd.example 的邮箱不存在或已被停用。

Sorry, your message could not be delivered. The recipient mailbox does not exist.
""", 'wujuan@hengli-jd.example', '5.1.1', '550 User not found', orig, 'mx.hengli-jd.example'), \
        L('bounce', lang='mixed')


@fixture('kovosys')
def ks_invoice_cz():
    b = plain("""Dobrý den,

v příloze zasíláme fakturu č. 2024100331 k objednávce 4711/24.
Splatnost 14 dní, IBAN CZ65 0800 0000 1920 0014 5399.

Elektrosoučástky Morava s.r.o., IČO 26998877, DIČ CZ26998877
""", 'utf-8', 'qp')
    return send(KS, 'Fri, 29 Nov 2024 15:15:00 +0100', addr('Elektrosoučástky Morava', 'fakturace@es-morava.example'),
                'Faktura 2024100331', mixed([b, attachment('application/pdf', 'faktura_2024100331.pdf', pdf('f', 'Faktura'))]),
                to='ucetni@kovosys.example'), \
        L('unrelated')


@fixture('kovosys')
def ks_msv_fair():
    inner = """<p>Vážení vystavovatelé,</p>
<p>přihlášky na <b>Mezinárodní strojírenský veletrh 2025</b> (Brno, 22.&ndash;26. září) přijímáme do 31. března
se zvýhodněnou cenou.</p>
<p><a href="https://veletrh.example/msv">Přihlásit se</a> &middot; <a href="https://veletrh.example/odhlasit">Odhlásit odběr</a></p>"""
    return send(KS, 'Tue, 14 Jan 2025 09:00:00 +0100', addr('Veletrhy Brno', 'info@veletrhy-brno.example'),
                'MSV 2025: zvýhodněné přihlášky do 31. 3.', htm(inner, 'utf-8', 'qp', 'cs'),
                extra=[('List-Unsubscribe', '<https://veletrh.example/odhlasit>')]), \
        L('unrelated')


@fixture('kovosys')
def ks_spam_fapiao():
    b = plain("""您好！本公司长期代开各类增值税发票，税点优惠，可先开票后付款，
详情请加 QQ 88xx1234 或致电 137xxxx8899 刘经理。
""", 'gb2312', 'b64')
    return send(KS, 'Sun, 05 Jan 2025 03:33:33 +0800', addr('刘经理', 'liu8899@free-mailbox.example', 'gb2312'),
                ew('代开发票', 'gb2312'), b), \
        L('unrelated', lang='zh')


# ==== END OF FIXTURES ====


if __name__ == '__main__':
    sys.exit(CORPUS.main(__doc__.splitlines()[0]))

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Second blind labelled mail corpus for the RMA mail-understanding step.

    python make_blind2.py           # (re)write all company folders and README.md, then self-check
    python make_blind2.py --check   # only verify the files on disk against this script

Every mail is written by hand in its own fixture function below.  Boundaries,
dates and Message-IDs are derived from fixed seeds, so two runs produce
byte-identical files.  The companies, people and identifier shapes here are
independent of the first blind corpus.
"""

# The generator is data written verbatim (mail bodies keep their own long lines and
# trailing spaces), so neither the linter nor the formatter may rewrite it.
# ruff: noqa
# fmt: off
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))   # the shared kit: tests/understand/blindkit.py

import blindkit
from blindkit import (CATEGORIES, KEYS, KINDS, LANGS, MISSING, L, _h, addr, alt, attachment, bnd,
                      delivery_status, envelope, ew, fake_bytes, html_doc, jpeg, mail, mid, mixed,
                      multipart, pdf, png, q, related, rfc822, rng, text, textfile, xlsx)

# Serial shapes per company, used only by the self-check to find serials that a
# new request or forward mentions but the label forgot (plain-digit serials are not checked).
SERIAL_SHAPES = {
    'ampero': r'(?:PSX\d{3}|RBX1K5|DCM48|LAB3010)-\d{4}-\d{4}',
    'quillon': r'QO\d{6}',
    'tianrui': r'TR\d{4}[A-Z]\d{4}',
    'meridal': r'(?:MDS2104|MDS4204P|MDM650|MFG2260)-\d{6}',
    'brennet': r'B\d{2}[A-Z]-[A-Z0-9]{4}-\d{4}',
    'jinggan': r'JG\d{9}',
    'corvane': r'CVN\d{7}',
    'chuanfeng': r'CF-\d{4}-\d{6}',
}

CORPUS = blindkit.Corpus(
    HERE, 'make_blind2.py', title='Second blind labelled mail corpus',
    domains='`.example`',
    languages='German, French, Spanish or Italian',
    serial_shapes=SERIAL_SHAPES)
company = CORPUS.company
fixture = CORPUS.fixture


# ======================================================================
#                               FIXTURES
# ======================================================================

# ---------------------------------------------------------------------------
# 1. Ampero Power Systems -- bench and DIN-rail power supplies (Leeds, UK)
#    serials: model code without space + yymm + 4 digits (PSX600-2311-0042)
#    sales orders AO-nnnnn; customers' own POs in many shapes; DPD UK / Parcelforce
# ---------------------------------------------------------------------------
company('ampero',
        name='Ampero Power Systems Ltd',
        service_address='service@ampero-power.example',
        staff_domains=['ampero-power.example'],
        noreply_addresses=['noreply@ampero-power.example', 'web@ampero-power.example'],
        catalog=['PSX 300-12', 'PSX 600-24', 'PSX 600-48', 'RBX 1k5', 'DCM 48-5', 'LAB 3010 D'])
AM = 'service@ampero-power.example'


@fixture('ampero')
def am_terse_psx_dead():
    body = text("""Morning,

PSX 600-24 serial PSX600-2311-0042 has died on us. Nothing on the output and
the fan doesn't even twitch when you flick the switch. Mains is fine, tried
two sockets.

Our PO/24/0932-C

Cheers
Liam Hargreaves
Maintenance, Holbeck Packaging
""", 'us-ascii', '7bit', quote_cs=False)
    msg = mail('Mon, 04 Nov 2024 07:41:10 +0000',
               addr('Liam Hargreaves', 'liam.h@holbeckpack.example'), AM,
               'PSX 600-24 dead', body, 'tb', 'holbeckpack.example',
               [('User-Agent', 'Mozilla Thunderbird')])
    return msg, L('new_request', 'liam.h@holbeckpack.example', orders=['PO/24/0932-C'],
                  serials=['PSX600-2311-0042'], models=['PSX 600-24'], cat='no_power',
                  kw=["fan doesn't even twitch", 'Nothing on the output'])


@fixture('ampero')
def am_range_slash_cutouts():
    body = text("""Hello Ampero service,

We fitted four PSX 300-12 in a conveyor cabinet last month. Three of them
cut out for a second or so every few minutes once the motors pull current,
then come back on their own. The fourth one is fine.

Bad ones: PSX300-2402-0117/0118/0121

Purchase order 77310-LB. Can we get replacements before the line restarts on the 18th?

Regards,
Sandra Whitcombe
Controls Engineer
""", 'utf-8', 'qp')
    sn = ['PSX300-2402-0117', 'PSX300-2402-0118', 'PSX300-2402-0121']
    msg = mail('Tue, 05 Nov 2024 10:02:55 +0000',
               addr('Whitcombe, Sandra', 's.whitcombe@brayfield-eng.example'), AM,
               'Faulty PSUs x3', body, 'outlook', 'brayfield-eng.example',
               [('X-Mailer', 'Microsoft Outlook 16.0')])
    return msg, L('new_request', 's.whitcombe@brayfield-eng.example', orders=['77310-LB'],
                  serials=sn, models=['PSX 300-12'], cat='intermittent',
                  kw=['cut out for a second or so'], expanded=sn[1:])


@fixture('ampero')
def am_range_to_bent_pins():
    body = text("""Hi,

Batch of ten DCM 48-5 converters arrived this morning and every single one has the
output pins bent over, looks like the tray was dropped on its corner. Serials run
DCM48-2310-1200 to 1209.

Your order ack was AO-88402. Photos can follow if needed.

Thanks,
Ben Okoro
Goods-in, Tarnside Rail Systems
""", 'utf-8', '8bit')
    sn = rng('DCM48-2310-', 1200, 1209, 4)
    msg = mail('Wed, 06 Nov 2024 09:15:00 +0000',
               addr('Ben Okoro', 'goodsin@tarnside-rail.example'), AM,
               'DCM 48-5 delivery damaged', body, 'gmail', 'tarnside-rail.example')
    return msg, L('new_request', 'goodsin@tarnside-rail.example', orders=['AO-88402'],
                  serials=sn, models=['DCM 48-5'], cat='physical_damage',
                  kw=['output pins bent over'], expanded=sn[1:])


@fixture('ampero')
def am_html_table_rattle():
    inner = """<p>Dear Sir or Madam,</p>
<p>please arrange a return for the unit below. It rattles when you tilt it, something
has come loose inside and it now trips our RCD.</p>
<table border="1" cellpadding="4">
<tr><th>Model</th><th>Serial</th><th>Our order</th></tr>
<tr><td>RBX 1k5</td><td>RBX1K5-2305-0310</td><td>HX-PO-55812</td></tr>
</table>
<p>Kind regards<br>Agnieszka Nowak<br>Facilities, Harrowgate Data Ltd</p>"""
    body = text(html_doc(inner), 'utf-8', 'qp', sub='html')
    msg = mail('Thu, 07 Nov 2024 14:33:21 +0000',
               addr('Agnieszka Nowak', 'a.nowak@harrowgate-data.example'), AM,
               'Return request RBX 1k5', body, 'exchange', 'harrowgate-data.example')
    return msg, L('new_request', 'a.nowak@harrowgate-data.example', orders=['HX-PO-55812'],
                  serials=['RBX1K5-2305-0310'], models=['RBX 1k5'], cat='physical_damage',
                  kw=['something has come loose inside', 'rattles when you tilt it'])


@fixture('ampero')
def am_webform_lab_e07():
    body = text("""A new service request was submitted on ampero-power.example.

Name: Tomasz Wiercinski
Company: Wiercinski Electronics Lab
Email: tomasz@wlab.example
Phone: +44 113 496 0711
Product: LAB 3010 D
Serial number: LAB3010-2401-0907
Order number: AO-87112
Problem description: after I ran the updater from your website the display only says E07 and none of the buttons respond. Unit worked fine before the update.

--
This message was sent automatically. Please reply to the customer directly.
""", 'utf-8', 'qp')
    msg = mail('Fri, 08 Nov 2024 16:20:44 +0000', addr('Ampero Website', 'web@ampero-power.example'), AM,
               'Service request: LAB 3010 D', body, 'php', 'ampero-power.example',
               [('Reply-To', addr('Tomasz Wiercinski', 'tomasz@wlab.example'))])
    return msg, L('new_request', 'tomasz@wlab.example', orders=['AO-87112'],
                  serials=['LAB3010-2401-0907'], models=['LAB 3010 D'], cat='software',
                  kw=['display only says E07', 'after I ran the updater'])


@fixture('ampero')
def am_wrong_variant():
    body = text("""Hi there,

We ordered 6 x PSX 600-48 on PO/24/1044-A (your sales order AO-88190) but the boxes
are labelled PSX 600-24 and the units inside are the 24 V version. We need 48 V.
Please tell me how to swap them.

Serials on the units we got: PSX600-2408-0511, PSX600-2408-0512, PSX600-2408-0513,
PSX600-2408-0514, PSX600-2408-0515, PSX600-2408-0516

Thank you
Rachel Dunmore
Purchasing, Kelso Marine Electrics
""", 'utf-8', 'qp')
    sn = ['PSX600-2408-05%02d' % i for i in range(11, 17)]
    msg = mail('Mon, 11 Nov 2024 08:58:02 +0000',
               addr('Rachel Dunmore', 'purchasing@kelso-marine.example'), AM,
               'Wrong voltage supplied', body, 'outlook', 'kelso-marine.example')
    return msg, L('new_request', 'purchasing@kelso-marine.example',
                  orders=['PO/24/1044-A', 'AO-88190'], serials=sn,
                  models=['PSX 600-48', 'PSX 600-24'], cat='wrong_or_missing_item',
                  kw=['units inside are the 24 V version'])


@fixture('ampero')
def am_lowercase_fuse():
    body = text("""hi

psx600-2311-0178 blows the fuse as soon as i switch it on. replaced fuse twice same thing
bought through your webshop order AO-87654

dave
sent from my phone
""", 'us-ascii', '7bit', quote_cs=False)
    msg = mail('Mon, 11 Nov 2024 21:47:19 +0000', 'dave.pryce77@mailbox.example', AM,
               'psu blows fuse', body, 'generic', 'mailbox.example')
    return msg, L('new_request', 'dave.pryce77@mailbox.example', orders=['AO-87654'],
                  serials=['psx600-2311-0178'], cat='no_power',
                  kw=['blows the fuse as soon as i switch it on'])


@fixture('ampero')
def am_photo_cracked_case():
    body = text("""Hello,

PSX 600-48 delivered by DPD yesterday (parcel 15501872263340), outer box was crushed and
the front panel of the supply is cracked right across, one terminal post snapped off.
Photos attached.

Serial PSX600-2409-0071, our PO 2024-ENG-0419.

Best regards
Marek Halvorsen
""", 'utf-8', 'qp')
    msg = mail('Tue, 12 Nov 2024 11:12:40 +0000',
               addr('Marek Halvorsen', 'marek.halvorsen@fjordtek.example'), AM,
               'Damaged on arrival', mixed([body, attachment('image/jpeg', 'IMG_4471.jpg', jpeg('a')),
                                           attachment('image/jpeg', 'IMG_4472.jpg', jpeg('b'))], 'apple'),
               'apple', 'fjordtek.example', [('X-Mailer', 'Apple Mail (2.3774.200.91.1.1)')])
    return msg, L('new_request', 'marek.halvorsen@fjordtek.example', orders=['2024-ENG-0419'],
                  serials=['PSX600-2409-0071'], models=['PSX 600-48'],
                  tracking=['15501872263340'], cat='physical_damage',
                  kw=['front panel of the supply is cracked', 'terminal post snapped off'])


@fixture('ampero')
def am_beeping_no_serial():
    body = text("""Hello

One of the RBX 1k5 from order AO-87950 keeps beeping and the battery LED flashes red even
after 24 h on charge. The others from the same order are quiet. It is racked in a
cabinet so I can't read the label easily - can you look it up from the order?

Jonas
IT, Millbrook School
""", 'utf-8', 'qp')
    msg = mail('Wed, 13 Nov 2024 13:05:09 +0000',
               addr('Jonas Feld', 'it-support@millbrook-school.example'), AM,
               'UPS beeping', body, 'exchange', 'millbrook-school.example')
    return msg, L('new_request', 'it-support@millbrook-school.example', orders=['AO-87950'],
                  models=['RBX 1k5'], cat='other',
                  kw=['keeps beeping', 'battery LED flashes red'])


@fixture('ampero')
def am_german_keine_spannung():
    body = text("""Guten Tag,

unser Netzteil PSX 600-48 (Seriennummer PSX600-2406-0233) ist seit gestern tot:
keine Spannung am Ausgang, die Power-LED bleibt dunkel. Sicherung ist in Ordnung.

Bestellnummer: BE-2024-3381

Bitte um Rücksendenummer.

Mit freundlichen Grüßen
Katrin Albers
Albers Mess- und Regeltechnik
""", 'iso-8859-1', 'qp')
    msg = mail('Thu, 14 Nov 2024 08:30:00 +0100',
               addr('Katrin Albers', 'k.albers@albers-mrt.example'), AM,
               'Reklamation Netzteil PSX 600-48', body, 'outlook', 'albers-mrt.example')
    return msg, L('new_request', 'k.albers@albers-mrt.example', orders=['BE-2024-3381'],
                  serials=['PSX600-2406-0233'], models=['PSX 600-48'], cat='no_power',
                  kw=['keine Spannung am Ausgang', 'Power-LED bleibt dunkel'])


@fixture('ampero')
def am_mixed_dcm_unstable():
    body = text("""Hi Ampero team,

我们上个月买的 DCM 48-5 有两个 output 不稳定，负载一大就掉电，过几秒又自己恢复。
S/N: DCM48-2403-0556, DCM48-2403-0561
PO: SZ-AM-240915

请问怎么安排返修？谢谢！

Kevin Zhou 周凯
""", 'utf-8', 'b64')
    msg = mail('Fri, 15 Nov 2024 10:44:31 +0800',
               addr('Kevin Zhou', 'kevin.zhou@hexa-auto.example'), AM,
               ew('DCM 48-5 掉电问题', 'utf-8'), body, 'foxmail', 'hexa-auto.example',
               [('X-Mailer', 'Foxmail 7.2.25.228[cn]')])
    return msg, L('new_request', 'kevin.zhou@hexa-auto.example', orders=['SZ-AM-240915'],
                  serials=['DCM48-2403-0556', 'DCM48-2403-0561'], models=['DCM 48-5'],
                  cat='intermittent', kw=['负载一大就掉电', 'output 不稳定'], lang='mixed')


@fixture('ampero')
def am_fwd_outlook_knob():
    body = text("""Service team - can you pick this up please, customer is a good account.

Martin

-----Original Message-----
From: Colin Ashby <colin.ashby@ridgeway-labs.example>
Sent: 18 November 2024 09:12
To: Martin Tennant <m.tennant@ampero-power.example>
Subject: LAB 3010 D problem

Martin,

the LAB 3010 D you sold us in the summer has gone odd: turning the voltage knob
does nothing, the numbers just sit there. Current knob still works.
Serial LAB3010-2402-0144, our order RL-24-0619.

Colin
""", 'utf-8', 'qp')
    msg = mail('Mon, 18 Nov 2024 09:40:02 +0000',
               addr('Martin Tennant', 'm.tennant@ampero-power.example'), AM,
               'FW: LAB 3010 D problem', body, 'outlook', 'ampero-power.example',
               [('X-Mailer', 'Microsoft Outlook 16.0')])
    return msg, L('forwarded', 'colin.ashby@ridgeway-labs.example', 'm.tennant@ampero-power.example',
                  orders=['RL-24-0619'], serials=['LAB3010-2402-0144'], models=['LAB 3010 D'],
                  cat='other', kw=['the numbers just sit there'])


@fixture('ampero')
def am_fwd_gmail_psx300():
    body = text("""FYI from the Glasgow distributor

---------- Forwarded message ---------
From: Fiona McLeish <fiona@clydepower-dist.example>
Date: Tue, 19 Nov 2024 at 15:02
Subject: dead unit
To: Priya Raman <p.raman@ampero-power.example>


Hi Priya, end user returned a PSX 300-12 to us, totally dead - no LED, nothing at the
terminals. Serial PSX300-2404-0932, it went out on our order CPD/7741.
Can Ampero take it direct?
Fiona
""", 'utf-8', 'qp')
    msg = mail('Tue, 19 Nov 2024 15:30:18 +0000',
               addr('Priya Raman', 'p.raman@ampero-power.example'), AM,
               'Fwd: dead unit', body,
               'gmail', 'ampero-power.example')
    return msg, L('forwarded', 'fiona@clydepower-dist.example', 'p.raman@ampero-power.example',
                  orders=['CPD/7741'], serials=['PSX300-2404-0932'], models=['PSX 300-12'],
                  cat='no_power', kw=['totally dead', 'no LED'])


@fixture('ampero')
def am_fwd_rfc822_missing_kit():
    inner = envelope([
        ('Date', 'Wed, 20 Nov 2024 08:05:00 +0000'),
        ('From', addr('Hugh Penrose', 'h.penrose@penrose-av.example')),
        ('To', addr('Gwen Lloyd', 'g.lloyd@ampero-power.example')),
        ('Subject', 'RBX 1k5 - rails missing'),
        ('Message-ID', mid('exchange', 'penrose-av.example', 'inner')),
        ('MIME-Version', '1.0'),
    ], text("""Gwen,

the two RBX 1k5 on our order PAV-3318 came without the rack rails and the
bag of cage nuts. Everything else is there. Can you send the rails on?

Hugh Penrose
Penrose AV
""", 'utf-8', 'qp'))
    note = text("""Forwarding Hugh's mail below - missing rails on his RBX order. Thanks, Gwen
""", 'utf-8', '7bit')
    msg = mail('Wed, 20 Nov 2024 08:31:44 +0000',
               addr('Gwen Lloyd', 'g.lloyd@ampero-power.example'), AM,
               'Fw: RBX 1k5 - rails missing', mixed([note, rfc822(inner, 'RBX 1k5 - rails missing.eml')], 'outlook'),
               'outlook', 'ampero-power.example')
    return msg, L('forwarded', 'h.penrose@penrose-av.example', 'g.lloyd@ampero-power.example',
                  orders=['PAV-3318'], models=['RBX 1k5'], cat='wrong_or_missing_item',
                  kw=['came without the rack rails'])


@fixture('ampero')
def am_fwd_name_only():
    body = text("""Can someone in service call this chap back? He rang me too. - Martin

Begin forwarded message:

From: Harold Bixby
Subject: power supply
Date: 21 November 2024 at 17:20:11 GMT
To: Martin Tennant

Mr Tennant,
the PSX 600-24 in our kiln controller keeps switching itself off for a moment, maybe
twice an hour, and the kiln controller resets. Serial is PSX600-2312-0090.

H. Bixby
""", 'utf-8', 'qp')
    msg = mail('Thu, 21 Nov 2024 18:02:37 +0000',
               addr('Martin Tennant', 'm.tennant@ampero-power.example'), AM,
               'Fwd: power supply', body, 'apple', 'ampero-power.example',
               [('X-Mailer', 'iPhone Mail (21G93)')])
    return msg, L('forwarded', None, 'm.tennant@ampero-power.example',
                  serials=['PSX600-2312-0090'], models=['PSX 600-24'], cat='intermittent',
                  kw=['keeps switching itself off for a moment'])


@fixture('ampero')
def am_followup_bottom_serial():
    body = text("""On 22/11/2024 10:04, Ampero Service wrote:
> Thank you for your message. We have opened RMA-2024-01187 for you.
> Could you send us the serial number of the unit and your order number?

Serial is PSX600-2311-0388.

> Could you also confirm the return address?

Same as the invoice address, Unit 4 Calder Way.

Neil
""", 'utf-8', '8bit')
    msg = mail('Fri, 22 Nov 2024 11:20:00 +0000', addr('Neil Braddock', 'neil@calderfab.example'), AM,
               'Re: RMA-2024-01187', body, 'tb', 'calderfab.example',
               [('In-Reply-To', '<rma-2024-01187.1@ampero-power.example>')])
    return msg, L('follow_up', 'neil@calderfab.example', serials=['PSX600-2311-0388'],
                  rma='RMA-2024-01187')


@fixture('ampero')
def am_followup_oneliner_dpd():
    body = text("""Sent back today with DPD, tracking 15501987334211.

Sandra

From: Ampero Service <service@ampero-power.example>
Sent: 25 November 2024 14:11
To: Whitcombe, Sandra <s.whitcombe@brayfield-eng.example>
Subject: RMA-2024-01190 - return instructions

Dear Ms Whitcombe,

Your return has been authorised under RMA-2024-01190 for PSX300-2402-0117,
PSX300-2402-0118 and PSX300-2402-0121.

Please pack the units in their original cartons and write the RMA number on the
outside of the box. Send to:
Ampero Power Systems Ltd, Returns, Unit 12 Thornes Park, Leeds LS11 5QP

Kind regards
Ampero Service
""", 'utf-8', 'qp')
    msg = mail('Tue, 26 Nov 2024 16:45:00 +0000',
               addr('Whitcombe, Sandra', 's.whitcombe@brayfield-eng.example'), AM,
               'RE: RMA-2024-01190 - return instructions', body, 'outlook', 'brayfield-eng.example')
    return msg, L('follow_up', 's.whitcombe@brayfield-eng.example', tracking=['15501987334211'],
                  rma='RMA-2024-01190')


@fixture('ampero')
def am_order_status():
    body = text("""Hello,

Any news on RMA-2024-01102? The repaired LAB 3010 D was promised for last week and we
have students needing it on Monday.

Thanks
Dr Ellen Vasquez
School of Physics
""", 'utf-8', 'qp')
    msg = mail('Wed, 27 Nov 2024 12:00:05 +0000', addr('Ellen Vasquez', 'e.vasquez@uni-northgate.example'), AM,
               'Where is our repaired unit? RMA-2024-01102', body, 'exchange', 'uni-northgate.example')
    return msg, L('order_status', 'e.vasquez@uni-northgate.example', models=['LAB 3010 D'],
                  rma='RMA-2024-01102')


@fixture('ampero')
def am_ooo():
    body = text("""Thank you for your email. I am out of the office until 2 December with no
access to email. For urgent matters please contact goodsin2@tarnside-rail.example.

Ben Okoro
""", 'utf-8', '7bit')
    msg = mail('Thu, 28 Nov 2024 09:00:12 +0000', addr('Ben Okoro', 'goodsin@tarnside-rail.example'), AM,
               'Automatic reply: RMA-2024-01195 collection arranged', body, 'gmail', 'tarnside-rail.example',
               [('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')])
    return msg, L('auto_reply', 'goodsin@tarnside-rail.example', rma='RMA-2024-01195')


@fixture('ampero')
def am_ticket_ack():
    body = text("""Hello,

This is an automated acknowledgement. Your email has been logged as ticket INC-55120
in the Harrowgate Data service desk.

Subject: RMA-2024-01240 return authorised
Priority: P4

You can follow progress at https://desk.harrowgate-data.example/ticket/INC-55120.
Please do not reply to this message.
""", 'utf-8', 'qp')
    msg = mail('Thu, 28 Nov 2024 15:22:40 +0000', addr('Harrowgate Service Desk', 'servicedesk@harrowgate-data.example'), AM,
               '[INC-55120] Logged: RMA-2024-01240 return authorised', body, 'sap', 'harrowgate-data.example',
               [('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')])
    return msg, L('auto_reply', 'servicedesk@harrowgate-data.example', rma='RMA-2024-01240')


@fixture('ampero')
def am_bounce_postfix():
    report = text("""This is the mail system at host mx1.ampero-power.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<r.dunmore@kelso-marine.example>: host mx.kelso-marine.example[203.0.113.44] said:
    550 5.1.1 <r.dunmore@kelso-marine.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", 'us-ascii', '7bit', quote_cs=False, params='')
    ds = delivery_status([
        [('Reporting-MTA', 'dns; mx1.ampero-power.example'), ('Arrival-Date', 'Fri, 29 Nov 2024 10:01:00 +0000')],
        [('Final-Recipient', 'rfc822; r.dunmore@kelso-marine.example'), ('Action', 'failed'),
         ('Status', '5.1.1'), ('Diagnostic-Code', 'smtp; 550 5.1.1 User unknown')]])
    orig = envelope([('Date', 'Fri, 29 Nov 2024 10:00:58 +0000'), ('From', AM),
                     ('To', 'r.dunmore@kelso-marine.example'),
                     ('Subject', 'RMA-2024-01201 replacement PSX 600-48 dispatched'),
                     ('Message-ID', mid('generic', 'ampero-power.example', 'orig'))],
                    text("""Dear Ms Dunmore,
six PSX 600-48 have been dispatched with Parcelforce PB7310448852GB.
""", 'utf-8', '7bit'))
    body = multipart('report', [report, ds, rfc822(orig, disp=None)], bnd('generic', 'rep'),
                     params=' report-type=delivery-status;')
    msg = mail('Fri, 29 Nov 2024 10:01:02 +0000',
               addr('Mail Delivery System', 'MAILER-DAEMON@mx1.ampero-power.example'), AM,
               'Undelivered Mail Returned to Sender', body, 'generic', 'mx1.ampero-power.example',
               [('Auto-Submitted', 'auto-replied')])
    return msg, L('bounce')


@fixture('ampero')
def am_newsletter():
    inner = """<h2>Power Electronics Weekly</h2>
<p>This week: GaN in bench supplies, the new EU ecodesign rules for external PSUs, and
our reader survey on DIN-rail converters.</p>
<p><a href="https://pew.example/unsubscribe">Unsubscribe</a></p>"""
    body = alt(text("Power Electronics Weekly\n\nThis week: GaN in bench supplies, the new EU ecodesign rules.\n\nUnsubscribe: https://pew.example/unsubscribe\n", 'utf-8', 'qp'),
               text(html_doc(inner), 'utf-8', 'qp', sub='html'), 'generic')
    msg = mail('Sat, 30 Nov 2024 06:00:00 +0000', addr('Power Electronics Weekly', 'news@pew.example'), AM,
               'This week: GaN bench supplies and ecodesign', body, 'generic', 'pew.example',
               [('List-Unsubscribe', '<https://pew.example/unsubscribe>'), ('Precedence', 'bulk')])
    return msg, L('unrelated')


@fixture('ampero')
def am_remittance():
    body = text("""REMITTANCE ADVICE

Payer: Kelso Marine Electrics Ltd
Payment date: 29/11/2024
Amount: GBP 4,812.00

Invoice      Your ref     Our PO          Amount
INV-240877   AO-88190     PO/24/1044-A    4,812.00

This payment will reach your account within 3 working days.
""", 'utf-8', '7bit')
    msg = mail('Fri, 29 Nov 2024 17:30:00 +0000', addr('Kelso Marine Accounts', 'accounts@kelso-marine.example'), AM,
               'Remittance advice 29/11/2024', mixed([body, attachment('application/pdf', 'Remittance_20241129.pdf', pdf('r', 'Remittance'))]),
               'sap', 'kelso-marine.example')
    return msg, L('unrelated')


@fixture('ampero')
def am_job_application():
    body = text("""Dear Hiring Manager,

I would like to apply for the Test Technician role advertised on your website.
I have four years of experience testing switch-mode supplies at a contract manufacturer.
My CV is attached.

Yours faithfully,
Oluwaseun Adeyemi
""", 'utf-8', 'qp')
    msg = mail('Sun, 01 Dec 2024 19:12:00 +0000', addr('Oluwaseun Adeyemi', 'seun.adeyemi@mailbox.example'), AM,
               'Application - Test Technician', mixed([body, attachment('application/pdf', 'CV_Adeyemi.pdf', pdf('cv', 'CV'))]),
               'gmail', 'mailbox.example')
    return msg, L('unrelated')


@fixture('ampero')
def am_sales_enquiry():
    body = text("""Hello,

Could you quote 20 x PSX 600-48 with delivery to Aberdeen, and tell me the lead time?
We may also need DIN-rail kits.

Best
Iain Gordon
Buyer, Northsea Controls
""", 'utf-8', 'qp')
    msg = mail('Mon, 02 Dec 2024 09:03:00 +0000', addr('Iain Gordon', 'buyer@northsea-controls.example'), AM,
               'Quote request PSX 600-48', body, 'outlook', 'northsea-controls.example')
    return msg, L('unrelated')


# ---------------------------------------------------------------------------
# 2. 武汉天锐激光 -- pulsed and CW fibre lasers (Wuhan)
#    serials: TR + yymm + line letter + 4 digits (TR2405A0231); contracts 合同号 TRHT + 6 digits
#    SF Express / Deppon tracking
# ---------------------------------------------------------------------------
company('tianrui',
        name='武汉天锐激光技术有限公司 (Tianrui Laser Technology Wuhan Co., Ltd.)',
        service_address='service@tianrui-laser.example',
        staff_domains=['tianrui-laser.example'],
        noreply_addresses=['noreply@tianrui-laser.example', 'crm@tianrui-laser.example'],
        catalog=['TRF-20Q', 'TRF-50Q', 'TRF-100 M', 'TRC-1500', 'TRC-3000', 'TRH-Q10'])
TR = 'service@tianrui-laser.example'


@fixture('tianrui')
def tr_gbk_power_half():
    body = text("""天锐售后你好：

我司去年买的一台 TRF-50Q，最近打标明显变浅，用功率计测了一下出光只有二十几瓦，
差不多掉了一半。镜片擦过了，没有用。
序列号：TR2309C0412
合同号：TRHT230918

麻烦安排一下返修，谢谢。
东莞精雕五金 设备部 何志强
""", 'gbk', 'b64')
    msg = mail('Mon, 04 Nov 2024 09:20:11 +0800', addr('何志强', 'hezq@jingdiao-hw.example', 'gbk'), TR,
               ew('TRF-50Q 功率下降', 'gbk'), body, 'foxmail', 'jingdiao-hw.example',
               [('X-Mailer', 'Foxmail 7.2.25.228[cn]')])
    return msg, L('new_request', 'hezq@jingdiao-hw.example', orders=['TRHT230918'],
                  serials=['TR2309C0412'], models=['TRF-50Q'], cat='optical_performance',
                  kw=['出光只有二十几瓦', '打标明显变浅'], lang='zh')


@fixture('tianrui')
def tr_gb2312_mislabel_dead():
    body = text("""您好，

我们的 TRC-1500 今天早上开机，按了电源键一点反应都没有，面板灯不亮，风扇也不转。
空开和电源线都检查过。机器序列号 TR2402A0087，合同号 TRHT240115。

请尽快回复。
李喆 13907118821
""", 'gbk', 'b64', label='gb2312')
    msg = mail('Tue, 05 Nov 2024 08:05:40 +0800', addr('李喆', 'lizhe@hanyang-weld.example', 'gbk', label='gb2312'), TR,
               ew('激光器开不了机', 'gbk', label='gb2312'), body, 'netease', 'hanyang-weld.example')
    return msg, L('new_request', 'lizhe@hanyang-weld.example', orders=['TRHT240115'],
                  serials=['TR2402A0087'], models=['TRC-1500'], cat='no_power',
                  kw=['一点反应都没有', '面板灯不亮'], lang='zh')


@fixture('tianrui')
def tr_range_tilde_stops():
    body = text("""售后部：

上个月到货的 4 台 TRF-20Q（序列号 TR2404B0110~0113）都有同样的问题：打着打着激光就停了，
过十几秒又自己恢复，一天要出现好几次，产线经常停。
采购单号 CG-2024-1156。

请派人来看或者寄回检测。
苏州美标电子 工程部 杨帆
""", 'utf-8', 'qp')
    sn = rng('TR2404B', 110, 113, 4)
    msg = mail('Wed, 06 Nov 2024 14:12:09 +0800', addr('杨帆', 'yangfan@meibiao-elec.example', 'utf-8'), TR,
               ew('四台激光器间歇性停光', 'utf-8'), body, 'qq', 'meibiao-elec.example')
    return msg, L('new_request', 'yangfan@meibiao-elec.example', orders=['CG-2024-1156'],
                  serials=sn, models=['TRF-20Q'], cat='intermittent',
                  kw=['打着打着激光就停了', '过十几秒又自己恢复'], lang='zh', expanded=sn[1:])


@fixture('tianrui')
def tr_gb18030_fibre_snapped():
    body = text("""你好，

今天收到的 TRF-100 M 外箱被压坏了，打开一看输出光纤在出线口那里折断了，保护套也裂了。
顺丰单号 SF1402837756104，合同号 TRHT241022，序列号 TR2410A0015。
照片见附件。

重庆渝锋机械 采购 郭敏
""", 'gb18030', 'qp')
    msg = mail('Thu, 07 Nov 2024 17:30:00 +0800', addr('郭敏', 'guomin@yufeng-mech.example', 'gb18030'), TR,
               ew('到货损坏', 'gb18030'),
               mixed([body, attachment('image/jpeg', 'fiber.jpg', jpeg('f'))], 'foxmail'),
               'foxmail', 'yufeng-mech.example')
    return msg, L('new_request', 'guomin@yufeng-mech.example', orders=['TRHT241022'],
                  serials=['TR2410A0015'], models=['TRF-100 M'], tracking=['SF1402837756104'],
                  cat='physical_damage', kw=['输出光纤在出线口那里折断了', '外箱被压坏了'], lang='zh')


@fixture('tianrui')
def tr_mixed_marking_shallow():
    body = text("""Hi 天锐 team,

我们的 TRF-20Q marking 越来越浅, 用 power meter 测只有 14W 左右, spec 应该是 20W.
Serial: TR2311C0702, PO: HK-PO-88213

Can you advise 是否需要寄回?

Thanks,
Jacky Lam
""", 'utf-8', 'b64')
    msg = mail('Fri, 08 Nov 2024 11:02:33 +0800', addr('Jacky Lam', 'jacky.lam@pearl-tooling.example'), TR,
               'TRF-20Q power low', body, 'outlook', 'pearl-tooling.example')
    return msg, L('new_request', 'jacky.lam@pearl-tooling.example', orders=['HK-PO-88213'],
                  serials=['TR2311C0702'], models=['TRF-20Q'], cat='optical_performance',
                  kw=['marking 越来越浅', '只有 14W 左右'], lang='mixed')


@fixture('tianrui')
def tr_english_system_error():
    body = text("""Dear Tianrui service,

After your engineer changed parameters on our TRF-100 M by remote session on Monday, the
laser shows "System Error 31" on start and will not arm. We cannot run production.

Serial number TR2401A0330, contract TRHT231207.

Best regards,
Nguyen Van Hieu
Maintenance Supervisor, Saigon Steelworks
""", 'utf-8', 'qp')
    msg = mail('Sat, 09 Nov 2024 10:15:00 +0700', addr('Nguyen Van Hieu', 'hieu.nv@saigon-steel.example'), TR,
               'URGENT - laser error after remote session', body, 'gmail', 'saigon-steel.example')
    return msg, L('new_request', 'hieu.nv@saigon-steel.example', orders=['TRHT231207'],
                  serials=['TR2401A0330'], models=['TRF-100 M'], cat='software',
                  kw=['System Error 31', 'will not arm'])


@fixture('tianrui')
def tr_missing_cap_manual():
    body = text("""你好，昨天收到两台 TRF-50Q，箱子里没有 QBH 防尘帽，也没有中文说明书和合格证，
合同号 TRHT241030，请补发。

佛山宏泰 陈小姐
""", 'gbk', 'qp')
    msg = mail('Mon, 11 Nov 2024 09:48:00 +0800', addr('陈静', 'chenjing@hongtai-fs.example', 'gbk'), TR,
               ew('缺少配件', 'gbk'), body, 'netease', 'hongtai-fs.example')
    return msg, L('new_request', 'chenjing@hongtai-fs.example', orders=['TRHT241030'],
                  models=['TRF-50Q'], cat='wrong_or_missing_item',
                  kw=['没有 QBH 防尘帽', '也没有中文说明书'], lang='zh')


@fixture('tianrui')
def tr_no_link_serial():
    body = text("""售后工程师您好：

TRC-3000 跟我们的上位机连不上了，串口线换了两根，电脑那边一直提示“设备无响应”，
激光器本身可以在面板上手动出光。网口也试过，ping 不通。
序列号 TR2403A0051

上海驰远自动化 钱工
""", 'utf-8', '8bit')
    msg = mail('Tue, 12 Nov 2024 15:26:18 +0800', addr('钱伟', 'qianwei@chiyuan-auto.example', 'utf-8'), TR,
               ew('通讯故障 TRC-3000', 'utf-8'), body, 'tb', 'chiyuan-auto.example')
    return msg, L('new_request', 'qianwei@chiyuan-auto.example', serials=['TR2403A0051'],
                  models=['TRC-3000'], cat='no_link',
                  kw=['跟我们的上位机连不上了', 'ping 不通'], lang='zh')


@fixture('tianrui')
def tr_html_only_leak():
    inner = """<div>天锐售后：</div>
<div>我们的 <b>TRC-3000</b> 底部在滴水，打开侧板看到内部水管接头有裂纹，一开水冷就往外渗。</div>
<div>序列号：TR2312A0198<br>合同号：TRHT231130</div>
<div>附近的电路板已经湿了，不敢再开机。</div>
<div>天津北辰重工 设备科 孙立新</div>"""
    body = text(html_doc(inner, cs='gbk'), 'gbk', 'b64', sub='html')
    msg = mail('Wed, 13 Nov 2024 10:40:21 +0800', addr('孙立新', 'sunlx@beichen-hi.example', 'gbk'), TR,
               ew('设备漏水', 'gbk'), body, 'exchange', 'beichen-hi.example')
    return msg, L('new_request', 'sunlx@beichen-hi.example', orders=['TRHT231130'],
                  serials=['TR2312A0198'], models=['TRC-3000'], cat='physical_damage',
                  kw=['内部水管接头有裂纹', '底部在滴水'], lang='zh')


@fixture('tianrui')
def tr_webform_screen_black():
    body = text("""官网售后表单有新的提交：

姓名: 周丽娟
公司: 宁波嘉禾包装
邮箱: zhoulj@jiahe-pack.example
电话: 0574-8712 3366
产品型号: TRH-Q10
序列号: TR2405C0921
订单号: TRHT240502
问题描述: 屏幕有时候突然黑掉，过一会儿又亮，黑屏的时候打标也停了。

（本邮件由系统自动发送，请直接回复客户）
""", 'utf-8', 'b64')
    msg = mail('Thu, 14 Nov 2024 13:13:13 +0800', addr('天锐官网', 'crm@tianrui-laser.example', 'utf-8'), TR,
               ew('【售后申请】TRH-Q10 周丽娟', 'utf-8'), body, 'php', 'tianrui-laser.example',
               [('Reply-To', 'zhoulj@jiahe-pack.example')])
    return msg, L('new_request', 'zhoulj@jiahe-pack.example', orders=['TRHT240502'],
                  serials=['TR2405C0921'], models=['TRH-Q10'], cat='intermittent',
                  kw=['屏幕有时候突然黑掉', '过一会儿又亮'], lang='zh')


@fixture('tianrui')
def tr_video_no_red_light():
    body = text("""你好：
TRF-50Q 的红光指示没有了，打开红光开关什么都看不到，但是打标正常。视频在附件。
序列号 tr2406b0344（标签有点模糊）。

义乌优品 吴先生
""", 'utf-8', 'qp')
    msg = mail('Fri, 15 Nov 2024 18:02:00 +0800', addr('吴宏', 'wuhong@youpin-yw.example', 'utf-8'), TR,
               ew('红光不亮', 'utf-8'),
               mixed([body, attachment('video/mp4', 'VID_20241115.mp4', fake_bytes('v', 3000))], 'qq'),
               'qq', 'youpin-yw.example')
    return msg, L('new_request', 'wuhong@youpin-yw.example', serials=['tr2406b0344'],
                  models=['TRF-50Q'], cat='optical_performance',
                  kw=['红光指示没有了'], lang='zh')


@fixture('tianrui')
def tr_fan_no_beam():
    body = text("""TRF-20Q, serial TR2310A0555. 开机风扇响，但是按出光一点光都没有，功率计是 0。
之前一直正常。请问怎么处理？

Lucy Tan 谭璐
""", 'utf-8', 'qp')
    msg = mail('Sat, 16 Nov 2024 09:09:09 +0800', addr('Lucy Tan', 'lucy.tan@fastmark-sg.example'), TR,
               'TRF-20Q 不出光', body, 'apple', 'fastmark-sg.example')
    return msg, L('new_request', 'lucy.tan@fastmark-sg.example', serials=['TR2310A0555'],
                  models=['TRF-20Q'], cat='optical_performance',
                  kw=['按出光一点光都没有', '功率计是 0'], lang='mixed')


@fixture('tianrui')
def tr_fwd_netease():
    body = text("""请售后跟进，客户比较着急。
刘婷

-------- 转发邮件信息 --------
发件人："蒋涛" <jiangtao@ruida-die.example>
发送日期：2024-11-18 08:52:17
收件人："刘婷" <liuting@tianrui-laser.example>
主题：激光器报警

刘经理，
我们的 TRC-1500 一开机就报“温度异常”，但是水温只有 22 度，等半小时也不消，没法出光。
序列号 TR2311A0219，合同号 TRHT231105。
蒋涛
""", 'gbk', 'b64')
    msg = mail('Mon, 18 Nov 2024 09:30:44 +0800', addr('刘婷', 'liuting@tianrui-laser.example', 'gbk'), TR,
               ew('Fw:激光器报警', 'gbk'), body, 'netease', 'tianrui-laser.example')
    return msg, L('forwarded', 'jiangtao@ruida-die.example', 'liuting@tianrui-laser.example',
                  orders=['TRHT231105'], serials=['TR2311A0219'], models=['TRC-1500'], cat='other',
                  kw=['一开机就报“温度异常”', '等半小时也不消'], lang='zh')


@fixture('tianrui')
def tr_fwd_foxmail_dead():
    body = text("""转售后处理，谢谢。

王晓峰 销售部

------------------ 原始邮件 ------------------
发件人: "马建国"<majg@xinda-sheet.example>;
发送时间: 2024年11月19日(星期二) 下午3:10
收件人: "王晓峰"<wangxf@tianrui-laser.example>;
主题: TRF-100 M 坏了

王经理你好，TRF-100 M 昨天打雷后就开不了机了，电源指示灯不亮。
序列号 TR2404A0120
""", 'utf-8', 'b64')
    msg = mail('Tue, 19 Nov 2024 16:01:00 +0800', addr('王晓峰', 'wangxf@tianrui-laser.example', 'utf-8'), TR,
               ew('转发：TRF-100 M 坏了', 'utf-8'), body, 'foxmail', 'tianrui-laser.example',
               [('X-Mailer', 'Foxmail 7.2.25.228[cn]')])
    return msg, L('forwarded', 'majg@xinda-sheet.example', 'wangxf@tianrui-laser.example',
                  serials=['TR2404A0120'], models=['TRF-100 M'], cat='no_power',
                  kw=['开不了机', '电源指示灯不亮'], lang='zh')


@fixture('tianrui')
def tr_fwd_qq_name_only():
    body = text("""客户电话打来的，邮件转给售后。 —陈磊

------------------ 原始邮件 ------------------
发件人: "张工";
发送时间: 2024年11月20日(星期三) 上午10:21
收件人: "陈磊";
主题: 焊接头

陈工，TRH-Q10 焊接头的保护镜片座松了，一震动光斑就偏，焊缝一会好一会不好。
合同号 TRHT240710。
张工 138-0571-2290
""", 'utf-8', 'qp')
    msg = mail('Wed, 20 Nov 2024 10:45:00 +0800', addr('陈磊', 'chenlei@tianrui-laser.example', 'utf-8'), TR,
               ew('转发: 焊接头', 'utf-8'), body, 'qq', 'tianrui-laser.example')
    return msg, L('forwarded', None, 'chenlei@tianrui-laser.example', orders=['TRHT240710'],
                  models=['TRH-Q10'], cat='intermittent',
                  kw=['一震动光斑就偏', '焊缝一会好一会不好'], lang='zh')


@fixture('tianrui')
def tr_fwd_ios_begin():
    body = text("""FYI, customer in Malaysia. Xiaofeng

Begin forwarded message:

From: Ahmad Faizal <faizal@penang-lasertech.example>
Date: 21 November 2024 at 11:40:02 GMT+8
To: Wang Xiaofeng <wangxf@tianrui-laser.example>
Subject: TRF-50Q beam problem

Hi Mr Wang, the beam from our TRF-50Q is not round anymore, it is like a half moon and
the cut edges are burnt. Serial TR2402C0077. Our PO PLT-24-0341.
Regards, Faizal
""", 'utf-8', 'qp')
    msg = mail('Thu, 21 Nov 2024 12:05:00 +0800', addr('Wang Xiaofeng', 'wangxf@tianrui-laser.example'), TR,
               'Fwd: TRF-50Q beam problem', body, 'apple', 'tianrui-laser.example',
               [('X-Mailer', 'iPhone Mail (21H16)')])
    return msg, L('forwarded', 'faizal@penang-lasertech.example', 'wangxf@tianrui-laser.example',
                  orders=['PLT-24-0341'], serials=['TR2402C0077'], models=['TRF-50Q'],
                  cat='optical_performance', kw=['like a half moon', 'not round anymore'])


@fixture('tianrui')
def tr_followup_between_quotes():
    body = text("""在 2024-11-22 10:20, 天锐售后 写道:
> 您好，已为您登记返修单 RMA-2024-02231。
> 请提供合同号以便核对保修。

合同号是 TRHT230918。

> 请告知寄回地址和联系人。

东莞市长安镇乌沙工业区，何志强 13829901172

""", 'gbk', 'qp')
    msg = mail('Fri, 22 Nov 2024 11:00:00 +0800', addr('何志强', 'hezq@jingdiao-hw.example', 'gbk'), TR,
               ew('回复：RMA-2024-02231', 'gbk'), body, 'foxmail', 'jingdiao-hw.example')
    return msg, L('follow_up', 'hezq@jingdiao-hw.example', orders=['TRHT230918'],
                  rma='RMA-2024-02231', lang='zh')


@fixture('tianrui')
def tr_followup_sf_oneliner():
    body = text("""已寄回，顺丰 SF1468870023391，请查收。

------------------ 原始邮件 ------------------
发件人: "天锐售后"<service@tianrui-laser.example>;
发送时间: 2024年11月25日(星期一) 上午9:00
收件人: "杨帆"<yangfan@meibiao-elec.example>;
主题: RMA-2024-02240 寄回说明

杨工您好：
您的返修申请已受理，返修单号 RMA-2024-02240，涉及序列号 TR2404B0110、TR2404B0111、
TR2404B0112、TR2404B0113。请用原包装寄回，并在箱外注明返修单号。
地址：武汉市东湖新技术开发区高新大道 999 号 天锐激光 售后部
""", 'utf-8', 'b64')
    msg = mail('Mon, 25 Nov 2024 14:30:00 +0800', addr('杨帆', 'yangfan@meibiao-elec.example', 'utf-8'), TR,
               ew('回复：RMA-2024-02240 寄回说明', 'utf-8'), body, 'qq', 'meibiao-elec.example')
    return msg, L('follow_up', 'yangfan@meibiao-elec.example', tracking=['SF1468870023391'],
                  rma='RMA-2024-02240', lang='zh')


@fixture('tianrui')
def tr_order_status():
    body = text("""你好，返修单 RMA-2024-02188 的激光器寄过去快三周了，请问修好了吗？什么时候能发回来？
我们这边产线一直在等。

天津北辰重工 孙立新
""", 'gbk', 'b64')
    msg = mail('Tue, 26 Nov 2024 09:15:00 +0800', addr('孙立新', 'sunlx@beichen-hi.example', 'gbk'), TR,
               ew('返修进度 RMA-2024-02188', 'gbk'), body, 'exchange', 'beichen-hi.example')
    return msg, L('order_status', 'sunlx@beichen-hi.example', rma='RMA-2024-02188', lang='zh')


@fixture('tianrui')
def tr_ooo_zh():
    body = text("""您好，我于11月25日至12月1日休假，期间不能及时回复邮件。急事请联系 0757-8332 1100。
陈静
""", 'gbk', 'b64')
    msg = mail('Wed, 27 Nov 2024 08:00:03 +0800', addr('陈静', 'chenjing@hongtai-fs.example', 'gbk'), TR,
               ew('自动回复: RMA-2024-02252 补发配件', 'gbk'), body, 'netease', 'hongtai-fs.example',
               [('Auto-Submitted', 'auto-replied')])
    return msg, L('auto_reply', 'chenjing@hongtai-fs.example', rma='RMA-2024-02252', lang='zh')


@fixture('tianrui')
def tr_ack_en_desk():
    body = text("""Your request has been received by Saigon Steelworks IT & Maintenance Desk.
Reference: SSW-REQ-004512
Title: RMA-2024-02199 return instructions
A team member will review it shortly. This mailbox is not monitored.
""", 'utf-8', '7bit')
    msg = mail('Wed, 27 Nov 2024 10:31:00 +0700', addr('SSW Desk', 'desk@saigon-steel.example'), TR,
               'Request received [SSW-REQ-004512]: RMA-2024-02199 return instructions', body, 'sap',
               'saigon-steel.example', [('Auto-Submitted', 'auto-generated')])
    return msg, L('auto_reply', 'desk@saigon-steel.example', rma='RMA-2024-02199')


@fixture('tianrui')
def tr_bounce_coremail():
    report = text("""您好，这是系统退信通知。

您发送给 lixm@jingdiao-hw.example 的邮件投递失败。
失败原因：收件人邮箱不存在 (550 Mailbox not found)

请检查收件人地址后重新发送。
""", 'utf-8', 'b64')
    ds = delivery_status([
        [('Reporting-MTA', 'dns; mx.tianrui-laser.example')],
        [('Final-Recipient', 'rfc822; lixm@jingdiao-hw.example'), ('Action', 'failed'),
         ('Status', '5.1.1'), ('Diagnostic-Code', 'smtp; 550 Mailbox not found')]])
    orig = envelope([('Date', 'Thu, 28 Nov 2024 10:00:00 +0800'), ('From', TR),
                     ('To', 'lixm@jingdiao-hw.example'), ('Subject', 'RMA-2024-02231 已收到'),
                     ('Message-ID', mid('generic', 'tianrui-laser.example', 'orig'))],
                    text('TRF-50Q TR2309C0412 已收到，检测中。\n', 'utf-8', 'b64'))
    body = multipart('report', [report, ds, rfc822(orig, disp=None)], bnd('netease', 'rep'),
                     params=' report-type=delivery-status;')
    msg = mail('Thu, 28 Nov 2024 10:00:05 +0800', addr('系统退信', 'postmaster@tianrui-laser.example', 'utf-8'), TR,
               ew('系统退信', 'utf-8'), body, 'netease', 'tianrui-laser.example')
    return msg, L('bounce', lang='zh')


@fixture('tianrui')
def tr_supplier_order_confirm():
    body = text("""天锐激光采购部：

贵司采购合同 TRCG-2024-0918（隔离器 200 只）已确认，预计 12 月 10 日发货。
合同号：HXGX-241126-03

华芯光学 销售部
""", 'utf-8', 'qp')
    msg = mail('Tue, 26 Nov 2024 16:00:00 +0800', addr('华芯光学销售部', 'sales@huaxin-optics.example', 'utf-8'), TR,
               ew('订单确认 合同号HXGX-241126-03', 'utf-8'), body, 'netease', 'huaxin-optics.example')
    return msg, L('unrelated', lang='zh')


@fixture('tianrui')
def tr_invoice_notice():
    body = text("""尊敬的客户：
您有一张电子发票已开具。发票号码：24427000000118832211，金额：￥3,860.00。
请登录平台下载。本邮件为系统自动发送。
""", 'gb18030', 'b64')
    msg = mail('Fri, 29 Nov 2024 11:11:11 +0800', addr('电子发票平台', 'fapiao@einvoice-platform.example', 'gb18030'), TR,
               ew('【电子发票】您收到一张新的电子发票', 'gb18030'), body, 'generic', 'einvoice-platform.example')
    return msg, L('unrelated', lang='zh')


@fixture('tianrui')
def tr_expo_invite():
    inner = """<h3>2025 光电博览会 诚邀参展</h3><p>展位预订火热进行中，早鸟价截止 12 月 31 日。</p>
<p><a href="https://expo.example/unsub">退订</a></p>"""
    body = text(html_doc(inner), 'utf-8', 'b64', sub='html')
    msg = mail('Sat, 30 Nov 2024 08:00:00 +0800', addr('光电博览会组委会', 'invite@expo.example', 'utf-8'), TR,
               ew('2025 光电博览会 诚邀参展', 'utf-8'), body, 'generic', 'expo.example',
               [('Precedence', 'bulk')])
    return msg, L('unrelated', lang='zh')


# ---------------------------------------------------------------------------
# 3. Meridal Instruments -- oscilloscopes, meters, generators (Columbus, Ohio)
#    serials start with the model code: MDS2104-118274; sales orders SO-nnnnnn next to
#    customers' SAP POs (45xxxxxxxx); UPS / FedEx
# ---------------------------------------------------------------------------
company('meridal',
        name='Meridal Instruments Corp.',
        service_address='service@meridal-instruments.example',
        staff_domains=['meridal-instruments.example'],
        noreply_addresses=['noreply@meridal-instruments.example', 'support-portal@meridal-instruments.example'],
        catalog=['MDS 2104', 'MDS 4204 Pro', 'MDM 650', 'MFG 2260', 'MPR-3 Probe'])
MD = 'service@meridal-instruments.example'


def md_simple(date, who, email, subject, body, style='outlook', domain=None, extra=()):
    return mail(date, addr(who, email), MD, subject, body, style, domain or email.split('@')[1], extra)


@fixture('meridal')
def md_scope_channel_dead():
    b = text("""Hi,

Channel 3 on our MDS 2104 shows a flat line no matter what we feed it. Swapped probes
and cables, same thing; channels 1, 2 and 4 are fine.
S/N MDS2104-118274
PO 4500183921 / your SO-771205

Thanks,
Greg Ostrowski
Test Lab, Lakeview Motors
""", 'us-ascii', '7bit', quote_cs=False)
    return md_simple('Mon, 04 Nov 2024 08:11:00 -0500', 'Greg Ostrowski', 'gostrowski@lakeview-motors.example',
                     'MDS 2104 channel 3 dead', b), \
        L('new_request', 'gostrowski@lakeview-motors.example', orders=['4500183921', 'SO-771205'],
          serials=['MDS2104-118274'], models=['MDS 2104'], cat='other',
          kw=['shows a flat line no matter what we feed it'])


@fixture('meridal')
def md_dmm_reads_wrong():
    b = text("""Hello Meridal,

Our MDM 650 reads about 3% high on DC volts compared with our reference calibrator, it
was spot on last quarter. Serial MDM650-230871. Bought on PO 4500190077.

Can it go back under warranty for recalibration?

Priya Natarajan
Quality Engineer
""", 'utf-8', 'qp')
    return md_simple('Tue, 05 Nov 2024 10:30:00 -0600', 'Priya Natarajan', 'pnatarajan@corvis-med.example',
                     'MDM 650 out of tolerance', b, 'exchange'), \
        L('new_request', 'pnatarajan@corvis-med.example', orders=['4500190077'],
          serials=['MDM650-230871'], models=['MDM 650'], cat='other',
          kw=['reads about 3% high on DC volts'])


@fixture('meridal')
def md_lowercase_freeze():
    b = text("""hey guys

my mds4204p-220913 freezes every time i save a screenshot to usb, screen locks up and
only a power cycle brings it back. happens maybe 1 out of 3 saves.

thx
Rob
""", 'us-ascii', '7bit', quote_cs=False)
    return md_simple('Tue, 05 Nov 2024 22:14:00 -0800', 'Rob Keane', 'robkeane@hamshack.example',
                     'scope keeps freezing', b, 'gmail'), \
        L('new_request', 'robkeane@hamshack.example', serials=['mds4204p-220913'], cat='software',
          kw=['freezes every time i save a screenshot to usb'])


@fixture('meridal')
def md_range_probes_missing():
    b = text("""Good morning,

We received 5 x MDS 2104 on PO 4500192310 (SO-772010). None of the boxes contained the
MPR-3 Probe sets that are on the packing list, and one box had no power cord either.
Units: MDS2104-121540 through MDS2104-121544.

Please ship the missing accessories.

Deborah Haines
Receiving, Buckeye Community College
""", 'utf-8', 'qp')
    sn = rng('MDS2104-', 121540, 121544, 6)
    return md_simple('Wed, 06 Nov 2024 09:01:00 -0500', 'Deborah Haines', 'dhaines@buckeye-cc.example',
                     'Missing probes on delivery', b, 'outlook'), \
        L('new_request', 'dhaines@buckeye-cc.example', orders=['4500192310', 'SO-772010'],
          serials=sn, models=['MDS 2104', 'MPR-3 Probe'], cat='wrong_or_missing_item',
          kw=['None of the boxes contained the', 'no power cord'], expanded=sn[1:4])


@fixture('meridal')
def md_generator_output_drops():
    b = text("""Hi support,

MFG 2260 (MFG2260-310044) - output on CH2 drops out for half a second at random, maybe
every 10-20 minutes. We see it as gaps on the scope. CH1 is OK. Firmware 2.14.

Ordered through Newark, their order 7719-22871.

Regards
Tomás Ribeiro
""", 'utf-8', 'qp')
    return md_simple('Thu, 07 Nov 2024 13:45:00 -0500', 'Tomás Ribeiro', 'tribeiro@ridgeline-rf.example',
                     'MFG 2260 output dropouts', b, 'apple'), \
        L('new_request', 'tribeiro@ridgeline-rf.example', orders=['7719-22871'],
          serials=['MFG2260-310044'], models=['MFG 2260'], cat='intermittent',
          kw=['drops out for half a second at random'])


@fixture('meridal')
def md_ups_crushed():
    b = text("""UPS dropped off our MDS 4204 Pro today (1Z8V27W40391227751). The carton was soaked
and the scope's screen has a crack in the lower left corner, one of the feet snapped.
Serial MDS4204P-224410, PO 4500193388.

Photos attached. Please advise.

Carla Jimenez
""", 'utf-8', 'qp')
    body = mixed([b, attachment('image/jpeg', 'scope_front.jpg', jpeg('s1')),
                  attachment('image/jpeg', 'carton.jpg', jpeg('s2'))], 'outlook')
    return md_simple('Fri, 08 Nov 2024 16:22:00 -0700', 'Carla Jimenez', 'cjimenez@mesa-aero.example',
                     'Damaged shipment', body, 'outlook'), \
        L('new_request', 'cjimenez@mesa-aero.example', orders=['4500193388'],
          serials=['MDS4204P-224410'], models=['MDS 4204 Pro'], tracking=['1Z8V27W40391227751'],
          cat='physical_damage', kw=["screen has a crack", 'one of the feet snapped'])


@fixture('meridal')
def md_html_lan_not_seen():
    inner = """<p>Hello,</p><p>our <b>MDS 4204 Pro</b> no longer shows up on the network. The LAN port
light stays off with any cable and switch port, and the scope shows &quot;No network&quot;.
USB works fine.</p><table border="1"><tr><td>Serial</td><td>MDS4204P-219002</td></tr>
<tr><td>Purchase order</td><td>PO-MX-2291</td></tr></table><p>Hannah Cole<br>Cole Embedded LLC</p>"""
    body = text(html_doc(inner), 'utf-8', 'qp', sub='html')
    return md_simple('Mon, 11 Nov 2024 11:00:00 -0500', 'Hannah Cole', 'hannah@cole-embedded.example',
                     'LAN not working', body, 'gmail'), \
        L('new_request', 'hannah@cole-embedded.example', orders=['PO-MX-2291'],
          serials=['MDS4204P-219002'], models=['MDS 4204 Pro'], cat='no_link',
          kw=['no longer shows up on the network', 'LAN port'])


@fixture('meridal')
def md_portal_webform():
    b = text("""New RMA request from the support portal

Contact name: Ahmed Rahimi
Contact email: arahimi@sonora-labs.example
Company: Sonora Labs
Product: MDM 650
Serial: MDM650-240215
Purchase order: 4500201144
Issue: Meter won't turn on. Fresh batteries, nothing on the display, not even when plugged in.

-- Meridal support portal (automated message)
""", 'utf-8', 'qp')
    return mail('Tue, 12 Nov 2024 15:03:00 -0500', addr('Meridal Support Portal', 'support-portal@meridal-instruments.example'),
                MD, 'Portal RMA request #88412 - MDM 650', b, 'php', 'meridal-instruments.example',
                [('Reply-To', addr('Ahmed Rahimi', 'arahimi@sonora-labs.example'))]), \
        L('new_request', 'arahimi@sonora-labs.example', orders=['4500201144'], serials=['MDM650-240215'],
          models=['MDM 650'], cat='no_power', kw=["Meter won't turn on", 'nothing on the display'])


@fixture('meridal')
def md_spanish_no_enciende():
    b = text("""Buenos días,

El osciloscopio MDS 2104 con número de serie MDS2104-119930 no enciende desde ayer. Se oye
un clic al pulsar el botón pero la pantalla queda negra.
Orden de compra: OC-2024-0871

Saludos cordiales,
Lucía Fernández
Laboratorio de Electrónica, Universidad del Norte
""", 'iso-8859-1', 'qp')
    return md_simple('Wed, 13 Nov 2024 09:40:00 -0600', 'Lucía Fernández', 'lfernandez@unorte.example',
                     'Osciloscopio no enciende', b, 'outlook'), \
        L('new_request', 'lfernandez@unorte.example', orders=['OC-2024-0871'], serials=['MDS2104-119930'],
          models=['MDS 2104'], cat='no_power', kw=['no enciende desde ayer', 'la pantalla queda negra'])


@fixture('meridal')
def md_no_order_no_serial():
    b = text("""Hello,

We have an MFG 2260 that has started making a loud buzzing noise from inside and the
case gets very hot on the left side. Don't have the paperwork to hand, it was bought
by a colleague who has left. What do we do?

Sam Whitfield
""", 'utf-8', 'qp')
    return md_simple('Thu, 14 Nov 2024 14:10:00 -0500', 'Sam Whitfield', 'swhitfield@harbor-sonar.example',
                     'generator buzzing', b, 'exchange'), \
        L('new_request', 'swhitfield@harbor-sonar.example', models=['MFG 2260'], cat='other',
          kw=['loud buzzing noise from inside', 'case gets very hot'])


@fixture('meridal')
def md_mixed_trigger():
    b = text("""Hello Meridal,

我们的 MDS 4204 Pro 触发不稳定，single trigger 有时候抓不到信号，波形左右乱跳。
S/N: MDS4204P-223150
PO: 4500195560

麻烦看看是不是 hardware 问题，谢谢。
Eric Liu 刘振宇
""", 'utf-8', 'b64')
    return md_simple('Fri, 15 Nov 2024 21:30:00 -0500', 'Eric Liu', 'eric.liu@bayview-semi.example',
                     ew('MDS 4204 Pro 触发问题', 'utf-8'), b, 'gmail'), \
        L('new_request', 'eric.liu@bayview-semi.example', orders=['4500195560'], serials=['MDS4204P-223150'],
          models=['MDS 4204 Pro'], cat='intermittent', kw=['触发不稳定', '波形左右乱跳'], lang='mixed')


@fixture('meridal')
def md_fwd_outlook_web():
    b = text("""Hi service, please handle - customer is on an eval agreement.
Jeff

________________________________
From: Marcus Bell <mbell@tristate-power.example>
Sent: Monday, November 18, 2024 7:55 AM
To: Jeff Landry <jlandry@meridal-instruments.example>
Subject: Probe problem

Jeff - the MPR-3 Probe that came with the demo scope gives a rounded, sloppy square wave even
after compensation, the other one is sharp. Can you swap it?
Marcus
""", 'utf-8', 'qp')
    return mail('Mon, 18 Nov 2024 08:20:00 -0500', addr('Jeff Landry', 'jlandry@meridal-instruments.example'), MD,
                'Fw: Probe problem', b, 'outlook', 'meridal-instruments.example'), \
        L('forwarded', 'mbell@tristate-power.example', 'jlandry@meridal-instruments.example',
          models=['MPR-3 Probe'], cat='other', kw=['rounded, sloppy square wave'])


@fixture('meridal')
def md_fwd_thunderbird():
    b = text("""Forwarding for RMA. -Anita

-------- Forwarded Message --------
Subject: 	MDM 650 display
Date: 	Tue, 19 Nov 2024 10:02:33 -0500
From: 	Kyle Brenner <kbrenner@ohio-hvac.example>
To: 	Anita Shah <ashah@meridal-instruments.example>

Anita, half the segments on the display of our MDM 650 are missing since it fell off
the ladder, the case is cracked too. S/N MDM650-228830, PO OH-1187.
Kyle
""", 'utf-8', '8bit')
    return mail('Tue, 19 Nov 2024 11:00:00 -0500', addr('Anita Shah', 'ashah@meridal-instruments.example'), MD,
                'Fwd: MDM 650 display', b, 'tb', 'meridal-instruments.example',
                [('User-Agent', 'Mozilla Thunderbird')]), \
        L('forwarded', 'kbrenner@ohio-hvac.example', 'ashah@meridal-instruments.example', orders=['OH-1187'],
          serials=['MDM650-228830'], models=['MDM 650'], cat='physical_damage',
          kw=['case is cracked', 'fell off'])


@fixture('meridal')
def md_fwd_attached_eml():
    inner = envelope([('Date', 'Wed, 20 Nov 2024 09:12:00 -0500'),
                      ('From', addr('Grace Obi', 'gobi@delta-pcb.example')),
                      ('To', addr('Jeff Landry', 'jlandry@meridal-instruments.example')),
                      ('Subject', 'Scope will not connect to PC'),
                      ('Message-ID', mid('gmail', 'delta-pcb.example', 'inner')), ('MIME-Version', '1.0')],
                     text("""Jeff, our MDS 2104 (MDS2104-120077) is not detected by the PC over USB any more;
the cable works with another unit. Order 4500199002.
Grace
""", 'utf-8', 'qp'))
    b = mixed([text('See attached from Grace at Delta PCB.\n', 'utf-8', '7bit'),
               rfc822(inner, 'Scope will not connect to PC.eml')], 'outlook')
    return mail('Wed, 20 Nov 2024 09:40:00 -0500', addr('Jeff Landry', 'jlandry@meridal-instruments.example'), MD,
                'FW: Scope will not connect to PC', b, 'outlook', 'meridal-instruments.example'), \
        L('forwarded', 'gobi@delta-pcb.example', 'jlandry@meridal-instruments.example', orders=['4500199002'],
          serials=['MDS2104-120077'], models=['MDS 2104'], cat='no_link',
          kw=['not detected by the PC over USB'])


@fixture('meridal')
def md_followup_bottom():
    b = text("""On Thu, Nov 21, 2024 at 9:02 AM Meridal Service <service@meridal-instruments.example> wrote:
> Hello Greg, your return is registered as RMA-2024-03318.
> Can you confirm whether the unit is still under the extended warranty?

Yes, extended warranty until 2026, contract EW-22871.

> Please also tell us if you need a loaner.

A loaner would help a lot, thank you.

Greg
""", 'utf-8', 'qp')
    return md_simple('Thu, 21 Nov 2024 10:15:00 -0500', 'Greg Ostrowski', 'gostrowski@lakeview-motors.example',
                     'Re: RMA-2024-03318', b, 'gmail'), \
        L('follow_up', 'gostrowski@lakeview-motors.example', rma='RMA-2024-03318')


@fixture('meridal')
def md_followup_fedex():
    b = text("""Shipped back today, FedEx 781234556019.

On Fri, Nov 22, 2024, Meridal Service wrote:
> Dear Ms Jimenez,
> RMA-2024-03321 has been approved for MDS4204P-224410. A prepaid label is attached.
> Please ship the unit in the original packaging.
> Meridal Service
""", 'utf-8', 'qp')
    return md_simple('Mon, 25 Nov 2024 15:00:00 -0700', 'Carla Jimenez', 'cjimenez@mesa-aero.example',
                     'RE: RMA-2024-03321', b, 'outlook'), \
        L('follow_up', 'cjimenez@mesa-aero.example', tracking=['781234556019'], rma='RMA-2024-03321')


@fixture('meridal')
def md_order_status():
    b = text("""Hi, checking on the status of RMA-2024-03290 - any ETA for the repaired MFG 2260?
Our SO-771588 if that helps.
Thanks, Tomás
""", 'utf-8', 'qp')
    return md_simple('Tue, 26 Nov 2024 09:00:00 -0500', 'Tomás Ribeiro', 'tribeiro@ridgeline-rf.example',
                     'Status RMA-2024-03290', b, 'apple'), \
        L('order_status', 'tribeiro@ridgeline-rf.example', orders=['SO-771588'], models=['MFG 2260'],
          rma='RMA-2024-03290')


@fixture('meridal')
def md_order_status_spanish():
    b = text("""Hola, ¿me pueden indicar en qué estado está la reparación RMA-2024-03302? Ya pasaron tres
semanas. Gracias.
Lucía Fernández
""", 'utf-8', 'qp')
    return md_simple('Wed, 27 Nov 2024 10:00:00 -0600', 'Lucía Fernández', 'lfernandez@unorte.example',
                     'Estado de reparación RMA-2024-03302', b, 'outlook'), \
        L('order_status', 'lfernandez@unorte.example', rma='RMA-2024-03302')


@fixture('meridal')
def md_ooo():
    b = text("""I am out of the office for Thanksgiving and will return on Monday, December 2.
Please contact receiving@buckeye-cc.example for deliveries.
""", 'utf-8', '7bit')
    return md_simple('Thu, 28 Nov 2024 00:01:00 -0500', 'Deborah Haines', 'dhaines@buckeye-cc.example',
                     'Out of Office: RMA-2024-03330 missing accessories shipped', b, 'exchange',
                     extra=[('Auto-Submitted', 'auto-replied')]), \
        L('auto_reply', 'dhaines@buckeye-cc.example', rma='RMA-2024-03330')


@fixture('meridal')
def md_ticket_ack():
    b = text("""Thank you for contacting Corvis Medical Procurement.
Case 00912877 has been created for your message "RMA-2024-03311 quotation for repair".
Expected response: 2 business days.
""", 'utf-8', '7bit')
    return md_simple('Thu, 28 Nov 2024 11:00:00 -0500', None, 'procurement-cases@corvis-med.example',
                     'Case 00912877 created: RMA-2024-03311 quotation for repair', b, 'sap',
                     extra=[('Auto-Submitted', 'auto-generated')]), \
        L('auto_reply', 'procurement-cases@corvis-med.example', rma='RMA-2024-03311')


@fixture('meridal')
def md_bounce_exchange():
    b = text("""Delivery has failed to these recipients or groups:

kbrenner@ohio-hvac.example
The email address you entered couldn't be found.

Diagnostic information for administrators:
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", 'utf-8', 'qp')
    orig = envelope([('Date', 'Fri, 29 Nov 2024 08:00:00 -0500'), ('From', MD), ('To', 'kbrenner@ohio-hvac.example'),
                     ('Subject', 'Your repair quote'), ('Message-ID', mid('exchange', 'meridal-instruments.example', 'o'))],
                    text('Repair quote for MDM650-228830 attached.\n', 'utf-8', '7bit'))
    body = multipart('report', [b, delivery_status([[('Reporting-MTA', 'dns; ex01.meridal-instruments.example')],
                                                    [('Final-Recipient', 'rfc822; kbrenner@ohio-hvac.example'),
                                                     ('Action', 'failed'), ('Status', '5.1.10')]]),
                                rfc822(orig, disp=None)], bnd('outlook', 'rep'), params=' report-type=delivery-status;')
    return mail('Fri, 29 Nov 2024 08:00:04 -0500', addr('Microsoft Outlook', 'postmaster@meridal-instruments.example'),
                MD, 'Undeliverable: Your repair quote', body, 'exchange', 'meridal-instruments.example'), \
        L('bounce')


@fixture('meridal')
def md_po_confirmation():
    b = text("""PURCHASE ORDER 4500204410

Vendor: Meridal Instruments Corp.
Item 10: MDS 2104, qty 2
Item 20: MPR-3 Probe, qty 4
Delivery: 2024-12-16

This order is governed by our standard terms. Please confirm within 48 hours.
""", 'utf-8', '7bit')
    return md_simple('Fri, 29 Nov 2024 14:00:00 -0500', 'Lakeview Motors Purchasing', 'sap-po@lakeview-motors.example',
                     'Purchase Order 4500204410', mixed([b, attachment('application/pdf', 'PO_4500204410.pdf', pdf('p', 'PO'))]),
                     'sap'), L('unrelated')


@fixture('meridal')
def md_webinar():
    b = alt(text('Join our webinar: Making sense of jitter. Dec 12, 1 pm ET.\nUnsubscribe: https://events.example/u\n', 'utf-8', '7bit'),
            text(html_doc('<h1>Making sense of jitter</h1><p>Dec 12, 1 pm ET.</p>'), 'utf-8', 'qp', sub='html'))
    return md_simple('Sat, 30 Nov 2024 07:00:00 -0500', 'Signal Integrity Events', 'events@si-events.example',
                     'Webinar: making sense of jitter', b, 'generic', extra=[('Precedence', 'bulk')]), L('unrelated')


@fixture('meridal')
def md_distributor_enquiry():
    b = text("""Hello,

We are an instrument distributor in Chile and would like to become a reseller for
Meridal. Could you send us your dealer price list and conditions?

Saludos,
Rodrigo Paredes
Andes Instrumentación
""", 'utf-8', 'qp')
    return md_simple('Sun, 01 Dec 2024 12:00:00 -0300', 'Rodrigo Paredes', 'rparedes@andes-inst.example',
                     'Distribution enquiry', b, 'gmail'), L('unrelated')


# ---------------------------------------------------------------------------
# 4. 深圳精感传感 -- pressure transmitters and laser displacement sensors (Shenzhen)
#    serials: JG + yymmdd + 3-digit unit (JG240815003), batches written as ranges;
#    contracts 合同号 JG-XS-yyyymmdd-nn; SF / JD Logistics
# ---------------------------------------------------------------------------
company('jinggan',
        name='深圳精感传感技术有限公司 (Jinggan Sensing Technology Shenzhen Co., Ltd.)',
        service_address='service@jinggan-sense.example',
        staff_domains=['jinggan-sense.example'],
        noreply_addresses=['noreply@jinggan-sense.example', 'form@jinggan-sense.example'],
        catalog=['JPT-200', 'JPT-350 Ex', 'JLD 30', 'JLD 80', 'JTC-K4'])
JG = 'service@jinggan-sense.example'


def jg(date, who, email, subject, body, style='foxmail', cs='utf-8', extra=()):
    frm = addr(who, email, cs if who and not who.isascii() else None)
    subj = subject if subject.isascii() else ew(subject, cs)
    return mail(date, frm, JG, subj, body, style, email.split('@')[1], extra)


@fixture('jinggan')
def jg_range_zero_drift():
    b = text("""精感售后：

我们 10 月份买的一批 JPT-200 压力变送器，装上去不到一个月零点就漂了，
不加压的时候显示 0.15MPa 左右，每天还不一样。
序列号 JG240815003 到 JG240815009，共 7 只。
合同号：JG-XS-20240902-01

请安排更换。
佛山顺德恒压水务 工程部 梁建华
""", 'gbk', 'b64')
    sn = ['JG240815%03d' % i for i in range(3, 10)]
    return jg('Mon, 04 Nov 2024 10:00:00 +0800', '梁建华', 'liangjh@hengya-water.example', 'JPT-200 零点漂移', b, cs='gbk'), \
        L('new_request', 'liangjh@hengya-water.example', orders=['JG-XS-20240902-01'], serials=sn,
          models=['JPT-200'], cat='other', kw=['零点就漂了', '不加压的时候显示 0.15MPa 左右'], lang='zh',
          expanded=sn[1:6])


@fixture('jinggan')
def jg_no_output_420():
    b = text("""你好，JLD 30 激光位移传感器接上 24V 以后指示灯不亮，4-20mA 也没有输出，量了一下电源是好的。
序列号 JG240611021，合同号 JG-XS-20240620-03。
昆山立讯精工 刘工
""", 'utf-8', 'qp')
    return jg('Tue, 05 Nov 2024 09:20:00 +0800', '刘洋', 'liuyang@lixun-jg.example', '传感器不工作', b, 'qq'), \
        L('new_request', 'liuyang@lixun-jg.example', orders=['JG-XS-20240620-03'], serials=['JG240611021'],
          models=['JLD 30'], cat='no_power', kw=['指示灯不亮', '4-20mA 也没有输出'], lang='zh')


@fixture('jinggan')
def jg_big5_taiwan_jump():
    b = text("""您好：

貴公司的 JLD 80 量測值會亂跳，同一個工件量十次差到 0.3mm，以前只差 0.01mm。
鏡頭擦過了，也換過安裝位置。
序號：JG240320117
訂單：TW-PO-113-0582

台中精密 品保課 林怡君
""", 'big5', 'b64')
    return jg('Wed, 06 Nov 2024 14:00:00 +0800', '林怡君', 'lin.yj@taichung-prec.example', '量測值亂跳', b, 'outlook', 'big5'), \
        L('new_request', 'lin.yj@taichung-prec.example', orders=['TW-PO-113-0582'], serials=['JG240320117'],
          models=['JLD 80'], cat='intermittent', kw=['量測值會亂跳', '同一個工件量十次差到 0.3mm'], lang='zh')


@fixture('jinggan')
def jg_thread_stripped():
    b = text("""售后你好，今天到的 JPT-350 Ex 有一只螺纹口是坏的，拧不进去，看着像运输时磕的，
外壳也有一块凹进去了。序列号 JG241009044，顺丰单号 SF1380227641902。
""", 'gb18030', 'qp')
    return jg('Thu, 07 Nov 2024 16:40:00 +0800', '赵明', 'zhaoming@sinochem-inst.example', 'JPT-350 Ex 到货损坏', b,
              'netease', 'gb18030'), \
        L('new_request', 'zhaoming@sinochem-inst.example', serials=['JG241009044'], models=['JPT-350 Ex'],
          tracking=['SF1380227641902'], cat='physical_damage', kw=['螺纹口是坏的', '外壳也有一块凹进去了'], lang='zh')


@fixture('jinggan')
def jg_rs485_no_comm():
    b = text("""JTC-K4 温度控制模块 RS485 读不到数据，Modbus 地址 1，波特率 9600 都按说明书设的，
PLC 一直报通讯超时。换了一只同型号的就好了，所以应该是模块坏了。
S/N: JG240708090  合同号 JG-XS-20240715-02
无锡汇川配套 技术部 顾磊
""", 'utf-8', 'b64')
    return jg('Fri, 08 Nov 2024 10:10:00 +0800', '顾磊', 'gulei@huichuan-pt.example', 'JTC-K4 通讯故障', b), \
        L('new_request', 'gulei@huichuan-pt.example', orders=['JG-XS-20240715-02'], serials=['JG240708090'],
          models=['JTC-K4'], cat='no_link', kw=['RS485 读不到数据', 'PLC 一直报通讯超时'], lang='zh')


@fixture('jinggan')
def jg_mixed_laser_spot_dim():
    b = text("""Hi 精感,

JLD 80 的 laser spot 变得很暗, 黑色工件基本测不到, 显示 "--- ", white 工件还可以.
Serial JG240505013, PO 4700221905.

Thanks
Alan Wu 吴立安
""", 'utf-8', 'qp')
    return jg('Mon, 11 Nov 2024 11:30:00 +0800', 'Alan Wu', 'alan.wu@apex-auto.example', 'JLD 80 spot very dim', b, 'outlook'), \
        L('new_request', 'alan.wu@apex-auto.example', orders=['4700221905'], serials=['JG240505013'],
          models=['JLD 80'], cat='optical_performance', kw=['laser spot 变得很暗', '黑色工件基本测不到'], lang='mixed')


@fixture('jinggan')
def jg_wrong_range_shipped():
    b = text("""你好，我们订的是 JPT-200 量程 0-1.6MPa，收到的铭牌写的是 0-10MPa，发错了。
合同号 JG-XS-20241021-05，数量 20 只，序列号 JG241025200 到 JG241025219。
麻烦换货。
""", 'gbk', 'qp', label='gb2312')
    sn = ['JG241025%03d' % i for i in range(200, 220)]
    return jg('Tue, 12 Nov 2024 09:00:00 +0800', '韩冰', 'hanbing@tiancheng-hvac.example', '发错量程', b,
              'netease', 'gbk'), \
        L('new_request', 'hanbing@tiancheng-hvac.example', orders=['JG-XS-20241021-05'], serials=sn,
          models=['JPT-200'], cat='wrong_or_missing_item', kw=['发错了'], lang='zh', expanded=sn[1:19])


@fixture('jinggan')
def jg_form_notification():
    b = text("""网站在线报修：

联系人：彭晓东
邮箱：pengxd@jiaxing-dye.example
电话：0573-8299 6610
产品型号：JPT-200
序列号：JG240702066
问题描述：用了两个月，表头显示时有时无，拍一下外壳又好了。

本邮件由网站系统自动发出。
""", 'utf-8', 'b64')
    return mail('Wed, 13 Nov 2024 15:15:00 +0800', addr('精感官网', 'form@jinggan-sense.example', 'utf-8'), JG,
                ew('在线报修：JPT-200', 'utf-8'), b, 'php', 'jinggan-sense.example',
                [('Reply-To', 'pengxd@jiaxing-dye.example')]), \
        L('new_request', 'pengxd@jiaxing-dye.example', serials=['JG240702066'], models=['JPT-200'],
          cat='intermittent', kw=['表头显示时有时无', '拍一下外壳又好了'], lang='zh')


@fixture('jinggan')
def jg_html_teach_fails():
    inner = """<p>你好，</p><p>JLD 30 升级固件 V2.3 以后示教功能用不了了，按 TEACH 键一直闪红灯，
设定值存不进去。回退不了旧版本。</p><p>序列号：JG240410055<br>合同号：JG-XS-20240418-01</p>
<p>东莞力拓包装 设备部 欧阳文</p>"""
    b = text(html_doc(inner), 'utf-8', 'qp', sub='html')
    return jg('Thu, 14 Nov 2024 10:45:00 +0800', '欧阳文', 'ouyangwen@lituo-pack.example', '升级后示教失败', b, 'exchange'), \
        L('new_request', 'ouyangwen@lituo-pack.example', orders=['JG-XS-20240418-01'], serials=['JG240410055'],
          models=['JLD 30'], cat='software', kw=['示教功能用不了了', '设定值存不进去'], lang='zh')


@fixture('jinggan')
def jg_english_export_cable():
    b = text("""Dear Jinggan service,

The JPT-350 Ex transmitters we received have the wrong cable gland - M20 instead of the
1/2" NPT on our order, and two of the six have no Ex certificate in the box.
Serials JG240911301 - JG240911306. Our PO KSA-3390-24.

Regards,
Faisal Al-Harbi
""", 'utf-8', 'qp')
    sn = ['JG240911%03d' % i for i in range(301, 307)]
    return jg('Fri, 15 Nov 2024 08:00:00 +0300', 'Faisal Al-Harbi', 'f.alharbi@gulf-process.example',
              'Wrong glands and missing certificates', b, 'outlook'), \
        L('new_request', 'f.alharbi@gulf-process.example', orders=['KSA-3390-24'], serials=sn,
          models=['JPT-350 Ex'], cat='wrong_or_missing_item', kw=['wrong cable gland', 'no Ex certificate in the box'],
          expanded=sn[1:5])


@fixture('jinggan')
def jg_no_serial_leak():
    b = text("""你好，上个月装在锅炉给水管上的 JPT-200，接头那里一直渗水，拧紧了还是渗，
变送器读数也跟着往下掉。标签被水泡了看不清。合同号 JG-XS-20240926-07。
""", 'utf-8', '8bit')
    return jg('Mon, 18 Nov 2024 13:20:00 +0800', '曹红', 'caohong@xinyuan-boiler.example', '变送器漏水', b, 'tb'), \
        L('new_request', 'caohong@xinyuan-boiler.example', orders=['JG-XS-20240926-07'], models=['JPT-200'],
          cat='physical_damage', kw=['接头那里一直渗水', '拧紧了还是渗'], lang='zh')


@fixture('jinggan')
def jg_fwd_qq():
    b = text("""客户邮件，请售后处理。——销售 黄蕾

------------------ 原始邮件 ------------------
发件人: "邓超"<dengchao@yongtai-steel.example>;
发送时间: 2024年11月19日(星期二) 上午8:30
收件人: "黄蕾"<huanglei@jinggan-sense.example>;
主题: JLD 80 问题

黄经理，JLD 80 装在轧机出口，高温环境下测量值一会儿正常一会儿跳到满量程，降温后又好了。
序列号 JG240228008。
邓超
""", 'utf-8', 'b64')
    return mail('Tue, 19 Nov 2024 09:00:00 +0800', addr('黄蕾', 'huanglei@jinggan-sense.example', 'utf-8'), JG,
                ew('转发：JLD 80 问题', 'utf-8'), b, 'qq', 'jinggan-sense.example'), \
        L('forwarded', 'dengchao@yongtai-steel.example', 'huanglei@jinggan-sense.example', serials=['JG240228008'],
          models=['JLD 80'], cat='intermittent', kw=['一会儿正常一会儿跳到满量程'], lang='zh')


@fixture('jinggan')
def jg_fwd_netease_sig_only():
    b = text("""转售后。许

-------- 转发邮件信息 --------
发件人："采购部"
发送日期：2024-11-20 10:00:01
收件人："许文斌" <xuwb@jinggan-sense.example>
主题：缺货

许经理，合同 JG-XS-20241105-02 的 30 只 JTC-K4 只到了 24 只，少了 6 只，请尽快补发。
南通华荣电气 采购部 邮箱 purchase@huarong-elec.example
""", 'gbk', 'b64')
    return mail('Wed, 20 Nov 2024 10:30:00 +0800', addr('许文斌', 'xuwb@jinggan-sense.example', 'gbk'), JG,
                ew('Fw:缺货', 'gbk'), b, 'netease', 'jinggan-sense.example'), \
        L('forwarded', 'purchase@huarong-elec.example', 'xuwb@jinggan-sense.example', orders=['JG-XS-20241105-02'],
          models=['JTC-K4'], cat='wrong_or_missing_item', kw=['只到了 24 只，少了 6 只'], lang='zh')


@fixture('jinggan')
def jg_fwd_gmail_english():
    b = text("""Please help this customer, Huang Lei

---------- Forwarded message ---------
From: Oliver Grant <ogrant@kiwi-dairy.example>
Date: Thu, 21 Nov 2024 at 07:14
Subject: pressure sensors reading zero
To: <huanglei@jinggan-sense.example>

Hi, two JPT-200 on our CIP line read zero all the time now, no matter the pressure.
Serials JG240517044 and JG240517045, our order NZ-24-1180.
Oliver
""", 'utf-8', 'qp')
    return mail('Thu, 21 Nov 2024 09:00:00 +0800', addr('Huang Lei', 'huanglei@jinggan-sense.example'), JG,
                'Fwd: pressure sensors reading zero', b, 'gmail', 'jinggan-sense.example'), \
        L('forwarded', 'ogrant@kiwi-dairy.example', 'huanglei@jinggan-sense.example', orders=['NZ-24-1180'],
          serials=['JG240517044', 'JG240517045'], models=['JPT-200'], cat='other',
          kw=['read zero all the time now'])


@fixture('jinggan')
def jg_followup_bottom():
    b = text("""在 2024/11/22 9:30, 精感售后 写道:
> 梁工您好，返修单号 RMA-2024-04105。请问 7 只都要寄回吗？

是的，7 只都寄回，今天用京东物流发出，单号 JDVA01987722301。

> 寄回时请附上故障说明。

已经放在箱子里了。
梁建华
""", 'gbk', 'b64')
    return jg('Fri, 22 Nov 2024 14:00:00 +0800', '梁建华', 'liangjh@hengya-water.example', '回复：RMA-2024-04105', b, cs='gbk'), \
        L('follow_up', 'liangjh@hengya-water.example', tracking=['JDVA01987722301'], rma='RMA-2024-04105', lang='zh')


@fixture('jinggan')
def jg_followup_toppost_serial():
    b = text("""补充一下序列号：JG240702066，照片见附件。

彭晓东

-----原始邮件-----
发件人："精感售后" <service@jinggan-sense.example>
发送时间：2024-11-25 10:00
主题：RMA-2024-04111 请补充信息

彭先生您好，请补充产品序列号和故障照片。
""", 'utf-8', 'qp')
    return jg('Mon, 25 Nov 2024 11:00:00 +0800', '彭晓东', 'pengxd@jiaxing-dye.example', '回复：RMA-2024-04111 请补充信息',
              mixed([b, attachment('image/jpeg', 'label.jpg', jpeg('l'))], 'netease'), 'netease'), \
        L('follow_up', 'pengxd@jiaxing-dye.example', serials=['JG240702066'], rma='RMA-2024-04111', lang='zh')


@fixture('jinggan')
def jg_order_status():
    b = text("""您好，RMA-2024-04098 换货的 20 只变送器发货了吗？能给个快递单号吗？工地下周要用。
韩冰
""", 'gbk', 'qp')
    return jg('Tue, 26 Nov 2024 09:30:00 +0800', '韩冰', 'hanbing@tiancheng-hvac.example', '换货进度', b, 'netease', 'gbk'), \
        L('order_status', 'hanbing@tiancheng-hvac.example', rma='RMA-2024-04098', lang='zh')


@fixture('jinggan')
def jg_order_status_mixed():
    b = text("""Hi, RMA-2024-04120 的 JLD 80 repair 好了吗? 什么时候 ship back? Thanks. Alan
""", 'utf-8', 'qp')
    return jg('Wed, 27 Nov 2024 10:00:00 +0800', 'Alan Wu', 'alan.wu@apex-auto.example', 'RMA-2024-04120 status', b, 'outlook'), \
        L('order_status', 'alan.wu@apex-auto.example', models=['JLD 80'], rma='RMA-2024-04120', lang='mixed')


@fixture('jinggan')
def jg_ooo():
    b = text("""您好，本人出差中，11月28日返回，邮件会延迟回复。顾磊\n""", 'utf-8', 'b64')
    return jg('Thu, 28 Nov 2024 08:00:00 +0800', '顾磊', 'gulei@huichuan-pt.example', '自动回复：RMA-2024-04102 已寄出', b,
              extra=[('Auto-Submitted', 'auto-replied')]), \
        L('auto_reply', 'gulei@huichuan-pt.example', rma='RMA-2024-04102', lang='zh')


@fixture('jinggan')
def jg_ooo_en():
    b = text("""I'm on leave until 3 December. For urgent process issues call the control room.
Oliver Grant\n""", 'utf-8', '7bit')
    return jg('Thu, 28 Nov 2024 06:00:00 +1300', 'Oliver Grant', 'ogrant@kiwi-dairy.example',
              'Auto: RMA-2024-04113 return approved', b, 'gmail', extra=[('Auto-Submitted', 'auto-replied')]), \
        L('auto_reply', 'ogrant@kiwi-dairy.example', rma='RMA-2024-04113')


@fixture('jinggan')
def jg_bounce_qmail():
    b = text("""Hi. This is the qmail-send program at mail.jinggan-sense.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<caohong@xinyuan-boiler.example>:
Mailbox quota exceeded

--- Below this line is a copy of the message.

From: service@jinggan-sense.example
To: caohong@xinyuan-boiler.example
Subject: 返修单已受理

JPT-200 返修单已受理。
""", 'utf-8', '8bit')
    return mail('Fri, 29 Nov 2024 10:00:00 +0800', 'MAILER-DAEMON@mail.jinggan-sense.example', JG,
                'failure notice', b, 'generic', 'mail.jinggan-sense.example'), L('bounce')


@fixture('jinggan')
def jg_unrelated_contract():
    b = text("""精感传感采购部：
贵司订购的不锈钢膜片 5000 片已发货，合同号 MP-HT-2024-1130，物流单号 ZT75310044221。
请注意查收。
东莞膜片厂 销售
""", 'utf-8', 'qp')
    return jg('Sat, 30 Nov 2024 09:00:00 +0800', '东莞膜片厂', 'sales@dg-diaphragm.example', '发货通知 合同号MP-HT-2024-1130', b), \
        L('unrelated', lang='zh')


@fixture('jinggan')
def jg_unrelated_resume():
    b = text("""HR 您好：
我是应届毕业生王雨欣，测控技术与仪器专业，应聘贵公司传感器测试工程师岗位，简历见附件。
""", 'utf-8', 'b64')
    return jg('Sat, 30 Nov 2024 20:00:00 +0800', '王雨欣', 'wangyuxin2001@qq.example', '应聘 测试工程师',
              mixed([b, attachment('application/pdf', 'resume.pdf', pdf('cv', 'resume'))], 'qq'), 'qq'), \
        L('unrelated', lang='zh')


@fixture('jinggan')
def jg_unrelated_spam():
    b = text("""老板您好，我司专业代开各类发票，税点低，欢迎来电咨询。\n""", 'gbk', 'b64')
    return jg('Sun, 01 Dec 2024 03:00:00 +0800', '李经理', 'lijl8828@bulk-mail.example', '合作', b, 'generic', 'gbk'), \
        L('unrelated', lang='zh')


@fixture('jinggan')
def jg_mixed_ex_cert_question():
    b = text("""精感你好,

JPT-350 Ex 铭牌上的 Ex 标志被刮花了, inspector 不认可, 能不能补一个 nameplate? 
序列号 JG240620088, 合同 JG-XS-20240701-04.

张海涛 Tony
""", 'utf-8', 'qp')
    return jg('Mon, 02 Dec 2024 10:00:00 +0800', '张海涛', 'tony.zhang@bohai-petro.example', '铭牌损坏', b, 'outlook'), \
        L('new_request', 'tony.zhang@bohai-petro.example', orders=['JG-XS-20240701-04'], serials=['JG240620088'],
          models=['JPT-350 Ex'], cat='physical_damage', kw=['Ex 标志被刮花了'], lang='mixed')


# ---------------------------------------------------------------------------
# 5. Quillon Optique -- beam expanders, objectives, mounts (Grenoble)
#    serials: QO + 6 digits, often typed lowercase or with a space (qo481122);
#    orders CMD-yy-nnnnn; Chronopost / Colissimo / DHL Express
# ---------------------------------------------------------------------------
company('quillon',
        name='Quillon Optique SAS',
        service_address='sav@quillon-optique.example',
        staff_domains=['quillon-optique.example'],
        noreply_addresses=['ne-pas-repondre@quillon-optique.example', 'contact-form@quillon-optique.example'],
        catalog=['BEX-5X 1064', 'BEX-10X 532', 'OBJ 20X NIR', 'Q-Mount 25', 'FTH-100 Theta'])
QO = 'sav@quillon-optique.example'


def qo(date, who, email, subject, body, style='outlook', extra=()):
    return mail(date, addr(who, email), QO, subject, body, style, email.split('@')[1], extra)


@fixture('quillon')
def qo_fr_rayure():
    b = text("""Bonjour,

Nous avons reçu hier l'expanseur BEX-5X 1064 (n° de série QO481122). La lentille de
sortie présente une rayure bien visible au centre, on la voit à l'oeil nu.
Notre bon de commande : BC 2024/117 - votre confirmation CMD-24-04412.

Merci de nous indiquer la marche à suivre.

Cordialement,
Élodie Marchand
Laboratoire LPMI
""", 'iso-8859-15', 'qp')
    return qo('Mon, 04 Nov 2024 09:30:00 +0100', 'Élodie Marchand', 'elodie.marchand@lpmi-lab.example',
              'Expanseur rayé à réception', b), \
        L('new_request', 'elodie.marchand@lpmi-lab.example', orders=['BC 2024/117', 'CMD-24-04412'],
          serials=['QO481122'], models=['BEX-5X 1064'], cat='physical_damage',
          kw=['présente une rayure bien visible'])


@fixture('quillon')
def qo_lowercase_hot_spot():
    b = text("""hello,
bex-10x 532 sn qo 502317 -> output beam has a dark ring in the middle and a hot spot off
to one side since we moved the setup. cleaned everything, no change. order CMD-24-03988
thanks
Pieter
""", 'us-ascii', '7bit', quote_cs=False)
    return qo('Tue, 05 Nov 2024 17:02:00 +0100', 'Pieter de Wit', 'p.dewit@delft-photon.example',
              'beam profile bad', b, 'gmail'), \
        L('new_request', 'p.dewit@delft-photon.example', orders=['CMD-24-03988'], serials=['qo 502317'],
          models=['bex-10x 532'], cat='optical_performance', kw=['dark ring in the middle', 'hot spot'])


@fixture('quillon')
def qo_objective_wrong_magnification():
    b = text("""Dear Quillon team,

We ordered OBJ 20X NIR (PO 88-221-DE) but the objectives engraved "10X" were in the box.
Serials on the barrels QO511090 and QO511091. We need the 20X for a customer demo.

Best regards
Jana Novak
""", 'utf-8', 'qp')
    return qo('Wed, 06 Nov 2024 10:00:00 +0100', 'Jana Novak', 'jana.novak@brno-imaging.example',
              'Wrong objectives delivered', b, 'tb'), \
        L('new_request', 'jana.novak@brno-imaging.example', orders=['88-221-DE'], serials=['QO511090', 'QO511091'],
          models=['OBJ 20X NIR'], cat='wrong_or_missing_item', kw=['engraved "10X" were in the box'])


@fixture('quillon')
def qo_mount_slips():
    b = text("""Bonjour le SAV,

Les montures Q-Mount 25 que nous avons reçues ne tiennent pas le réglage : au bout d'une
heure le faisceau a bougé de plusieurs millimètres à 2 m, la vis de blocage patine.
Numéros QO490301/0302/0305. Commande CMD-24-04020.

Bien à vous,
Hugo Lefèvre
""", 'utf-8', 'qp')
    sn = ['QO490301', 'QO490302', 'QO490305']
    return qo('Thu, 07 Nov 2024 14:20:00 +0100', 'Hugo Lefèvre', 'h.lefevre@optonord.example',
              'Montures Q-Mount 25 qui dérivent', b, 'apple'), \
        L('new_request', 'h.lefevre@optonord.example', orders=['CMD-24-04020'], serials=sn, models=['Q-Mount 25'],
          cat='other', kw=['ne tiennent pas le réglage', 'la vis de blocage patine'], expanded=sn[1:])


@fixture('quillon')
def qo_ftheta_coating_burn():
    b = text("""Hi,

Our FTH-100 Theta lens shows a brown burn mark on the coating after 3 weeks at 40 W, the
marking field has gone blurry in that corner. S/N QO470556, invoice/order CMD-24-03105.
Photo attached.

Regards
Mehmet Kaya
Kaya Lazer
""", 'utf-8', 'qp')
    return qo('Fri, 08 Nov 2024 11:11:00 +0300', 'Mehmet Kaya', 'mehmet@kaya-lazer.example', 'Lens coating burned',
              mixed([b, attachment('image/png', 'burn.png', png('b'))], 'outlook')), \
        L('new_request', 'mehmet@kaya-lazer.example', orders=['CMD-24-03105'], serials=['QO470556'],
          models=['FTH-100 Theta'], cat='optical_performance', kw=['brown burn mark on the coating', 'gone blurry'])


@fixture('quillon')
def qo_form_contact():
    b = text("""Nouveau message depuis le formulaire de contact

Nom : Sébastien Roux
Société : Photonix Bordeaux
E-mail : s.roux@photonix-bdx.example
Produit : BEX-10X 532
Numéro de série : QO498870
N° de commande : CMD-24-04101
Message : la bague de réglage de divergence est bloquée, impossible de la tourner même avec force.

--
Message généré automatiquement
""", 'utf-8', 'qp')
    return mail('Mon, 11 Nov 2024 08:30:00 +0100', addr('Quillon Optique', 'contact-form@quillon-optique.example'), QO,
                'Formulaire SAV - BEX-10X 532', b, 'php', 'quillon-optique.example',
                [('Reply-To', 's.roux@photonix-bdx.example')]), \
        L('new_request', 's.roux@photonix-bdx.example', orders=['CMD-24-04101'], serials=['QO498870'],
          models=['BEX-10X 532'], cat='other', kw=['la bague de réglage de divergence est bloquée'])


@fixture('quillon')
def qo_html_only_fringe():
    inner = """<div dir="ltr"><div>Guten Tag,</div><div><br></div><div>beim Aufweitungsteleskop BEX-5X 1064
sehen wir seit der Lieferung Interferenzstreifen im Strahl, die Fokusqualität ist deutlich schlechter
als beim alten Gerät.</div><div>Seriennummer: QO503300</div><div>Bestellung: 4510-88-QO</div>
<div><br></div><div>Viele Grüße<br>Jonas Baumann</div></div>"""
    b = text(html_doc(inner), 'utf-8', 'qp', sub='html')
    return qo('Tue, 12 Nov 2024 13:00:00 +0100', 'Jonas Baumann', 'j.baumann@laserwerk-ulm.example',
              'Interferenzstreifen BEX-5X 1064', b, 'gmail'), \
        L('new_request', 'j.baumann@laserwerk-ulm.example', orders=['4510-88-QO'], serials=['QO503300'],
          models=['BEX-5X 1064'], cat='optical_performance', kw=['Interferenzstreifen im Strahl'])


@fixture('quillon')
def qo_chronopost_empty_box():
    b = text("""Bonjour,

Colis Chronopost XW447812365FR livré ce matin : le carton était ouvert et il manque
l'objectif OBJ 20X NIR, seules les cales de mousse étaient dedans.
Commande CMD-24-04210.

Cordialement
Nadia Benali
Service achats, Institut Fresnel-Sud
""", 'iso-8859-1', 'qp')
    return qo('Wed, 13 Nov 2024 11:45:00 +0100', 'Nadia Benali', 'achats@fresnel-sud.example',
              'Colis incomplet', b, 'exchange'), \
        L('new_request', 'achats@fresnel-sud.example', orders=['CMD-24-04210'], models=['OBJ 20X NIR'],
          tracking=['XW447812365FR'], cat='wrong_or_missing_item', kw=["il manque", 'le carton était ouvert'])


@fixture('quillon')
def qo_mixed_chinese():
    b = text("""Hello Quillon,

我们实验室的 OBJ 20X NIR 成像越来越模糊, 边缘发虚, 换了 camera 也一样. 
S/N QO466021, PO SJTU-PO-24-0311.
请问可以返厂检测吗?

Dr. Chen Yue 陈悦
""", 'utf-8', 'b64')
    return qo('Thu, 14 Nov 2024 16:00:00 +0800', 'Chen Yue', 'chenyue@sh-optolab.example',
              ew('OBJ 20X NIR 成像模糊', 'utf-8'), b, 'foxmail'), \
        L('new_request', 'chenyue@sh-optolab.example', orders=['SJTU-PO-24-0311'], serials=['QO466021'],
          models=['OBJ 20X NIR'], cat='optical_performance', kw=['成像越来越模糊', '边缘发虚'], lang='mixed')


@fixture('quillon')
def qo_no_details():
    b = text("""Bonjour,
un de nos expanseurs Quillon a une lentille fêlée depuis une chute de la table optique.
Est-ce réparable et combien cela coûterait-il ?
Merci, Antoine Girard
""", 'utf-8', 'qp')
    return qo('Fri, 15 Nov 2024 10:00:00 +0100', 'Antoine Girard', 'antoine.girard@univ-lyon-phy.example',
              'Réparation lentille', b, 'tb'), \
        L('new_request', 'antoine.girard@univ-lyon-phy.example', cat='physical_damage', kw=['une lentille fêlée'])


@fixture('quillon')
def qo_spanish_montura():
    b = text("""Hola,

Las tres monturas Q-Mount 25 del pedido CMD-24-04333 llegaron sin los tornillos de fijación
ni las llaves Allen. Números de serie QO512040, QO512041 y QO512042.

Un saludo,
Marta Gil
Óptica Levante S.L.
""", 'utf-8', 'qp')
    return qo('Mon, 18 Nov 2024 09:00:00 +0100', 'Marta Gil', 'mgil@optica-levante.example',
              'Faltan tornillos', b, 'outlook'), \
        L('new_request', 'mgil@optica-levante.example', orders=['CMD-24-04333'],
          serials=['QO512040', 'QO512041', 'QO512042'], models=['Q-Mount 25'], cat='wrong_or_missing_item',
          kw=['llegaron sin los tornillos de fijación'])


@fixture('quillon')
def qo_fwd_outlook_fr():
    b = text("""Bonjour l'équipe SAV, je vous transfère la demande de notre client. Merci. Claire

De : Vincent Morel <v.morel@alpes-micro.example>
Envoyé : mardi 19 novembre 2024 08:41
À : Claire Dubois <c.dubois@quillon-optique.example>
Objet : Problème FTH-100 Theta

Bonjour Claire,
depuis la semaine dernière la lentille FTH-100 Theta donne un champ déformé : les carrés
sortent en trapèze sur le bord droit. N° QO455512, commande CMD-23-11870.
Vincent
""", 'utf-8', 'qp')
    return mail('Tue, 19 Nov 2024 09:10:00 +0100', addr('Claire Dubois', 'c.dubois@quillon-optique.example'), QO,
                'TR: Problème FTH-100 Theta', b, 'outlook', 'quillon-optique.example'), \
        L('forwarded', 'v.morel@alpes-micro.example', 'c.dubois@quillon-optique.example', orders=['CMD-23-11870'],
          serials=['QO455512'], models=['FTH-100 Theta'], cat='optical_performance',
          kw=['les carrés', 'champ déformé'])


@fixture('quillon')
def qo_fwd_apple_fr():
    b = text("""À traiter svp. Claire

Début du message réexpédié :

De: Lina Haddad <lina.haddad@maroc-laser.example>
Objet: BEX-10X 532 cassé
Date: 20 novembre 2024 à 10:02:11 UTC+1
À: Claire Dubois <c.dubois@quillon-optique.example>

Bonjour Claire, le tube du BEX-10X 532 est arrivé tordu, on ne peut plus visser la
lentille d'entrée. Série QO509981, commande CMD-24-04002.
Lina
""", 'utf-8', 'qp')
    return mail('Wed, 20 Nov 2024 10:30:00 +0100', addr('Claire Dubois', 'c.dubois@quillon-optique.example'), QO,
                'Fwd: BEX-10X 532 cassé', b, 'apple', 'quillon-optique.example'), \
        L('forwarded', 'lina.haddad@maroc-laser.example', 'c.dubois@quillon-optique.example', orders=['CMD-24-04002'],
          serials=['QO509981'], models=['BEX-10X 532'], cat='physical_damage', kw=['le tube du BEX-10X 532 est arrivé tordu'])


@fixture('quillon')
def qo_fwd_gmail_signature_address():
    b = text("""Forwarded from our agent in Italy. Laurent

---------- Forwarded message ---------
From: Ufficio Tecnico
Date: Thu, 21 Nov 2024 at 09:00
Subject: obiettivo
To: Laurent Petit <l.petit@quillon-optique.example>

Buongiorno, l'obiettivo OBJ 20X NIR matricola QO488870 ha una macchia interna che non
si pulisce, compare su tutte le immagini. Ordine CMD-24-02771.

Ufficio Tecnico - Ottica Padana srl
tecnico@ottica-padana.example
""", 'utf-8', 'qp')
    return mail('Thu, 21 Nov 2024 10:00:00 +0100', addr('Laurent Petit', 'l.petit@quillon-optique.example'), QO,
                'Fwd: obiettivo', b, 'gmail', 'quillon-optique.example'), \
        L('forwarded', 'tecnico@ottica-padana.example', 'l.petit@quillon-optique.example', orders=['CMD-24-02771'],
          serials=['QO488870'], models=['OBJ 20X NIR'], cat='optical_performance', kw=['macchia interna'])


@fixture('quillon')
def qo_followup_bottom():
    b = text("""Le 22/11/2024 à 09:12, SAV Quillon Optique a écrit :
> Bonjour, votre retour est enregistré sous RMA-2024-05012.
> Pouvez-vous nous envoyer une photo de la rayure ?

Photo jointe.

> Souhaitez-vous un échange ou un avoir ?

Un échange, s'il vous plaît.

Élodie Marchand
""", 'utf-8', 'qp')
    return qo('Fri, 22 Nov 2024 10:00:00 +0100', 'Élodie Marchand', 'elodie.marchand@lpmi-lab.example',
              'Re: RMA-2024-05012', mixed([b, attachment('image/jpeg', 'rayure.jpg', jpeg('r'))], 'tb'), 'tb'), \
        L('follow_up', 'elodie.marchand@lpmi-lab.example', rma='RMA-2024-05012')


@fixture('quillon')
def qo_followup_colissimo():
    b = text("""Renvoyé aujourd'hui en Colissimo 6A25539017743, merci.

Hugo

Le lun. 25 nov. 2024 à 11:00, SAV Quillon Optique <sav@quillon-optique.example> a écrit :
> Bonjour M. Lefèvre,
> Le retour RMA-2024-05020 est accepté pour QO490301, QO490302, QO490305.
> Merci d'indiquer le numéro RMA sur le colis.
""", 'utf-8', 'qp')
    return qo('Mon, 25 Nov 2024 16:00:00 +0100', 'Hugo Lefèvre', 'h.lefevre@optonord.example',
              'Re: RMA-2024-05020 retour accepté', b, 'gmail'), \
        L('follow_up', 'h.lefevre@optonord.example', tracking=['6A25539017743'], rma='RMA-2024-05020')


@fixture('quillon')
def qo_followup_new_fault():
    b = text("""Also the second unit QO511091 now has a loose front element, it rattles. Please add it
to the same return.

Jana

On 26 Nov 2024, at 09:00, Quillon SAV wrote:
> Dear Ms Novak, RMA-2024-05031 covers QO511090. Replacement 20X objectives ship this week.
""", 'utf-8', 'qp')
    return qo('Tue, 26 Nov 2024 11:00:00 +0100', 'Jana Novak', 'jana.novak@brno-imaging.example',
              'Re: RMA-2024-05031', b, 'apple'), \
        L('follow_up', 'jana.novak@brno-imaging.example', serials=['QO511091'], rma='RMA-2024-05031',
          cat='physical_damage', kw=['loose front element', 'it rattles'])


@fixture('quillon')
def qo_order_status_fr():
    b = text("""Bonjour, où en est la réparation RMA-2024-04977 ? Nous attendions le retour de l'expanseur
pour cette semaine. Cordialement, Pieter de Wit
""", 'utf-8', 'qp')
    return qo('Wed, 27 Nov 2024 09:00:00 +0100', 'Pieter de Wit', 'p.dewit@delft-photon.example',
              'Suivi RMA-2024-04977', b, 'gmail'), \
        L('order_status', 'p.dewit@delft-photon.example', rma='RMA-2024-04977')


@fixture('quillon')
def qo_ooo_fr():
    b = text("""Bonjour,
Je suis absente jusqu'au 2 décembre inclus. En cas d'urgence, contactez le secrétariat du laboratoire.
Élodie Marchand
""", 'utf-8', 'qp')
    return qo('Thu, 28 Nov 2024 07:00:00 +0100', 'Élodie Marchand', 'elodie.marchand@lpmi-lab.example',
              'Réponse automatique : RMA-2024-05012 échange expédié', b, 'tb',
              [('Auto-Submitted', 'auto-replied')]), \
        L('auto_reply', 'elodie.marchand@lpmi-lab.example', rma='RMA-2024-05012')


@fixture('quillon')
def qo_ack_zendesk():
    b = text("""##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

Subject: RMA-2024-05040 - retour accepté

To add additional comments, reply to this email.
""", 'utf-8', 'qp')
    return qo('Thu, 28 Nov 2024 10:00:00 +0100', 'Kaya Lazer Support', 'support@kaya-lazer.example',
              '[Kaya Lazer] Re: RMA-2024-05040 - retour accepté', b, 'generic',
              [('Auto-Submitted', 'auto-generated')]), \
        L('auto_reply', 'support@kaya-lazer.example', rma='RMA-2024-05040')


@fixture('quillon')
def qo_bounce_sendmail():
    b = text("""The original message was received at Fri, 29 Nov 2024 09:00:00 +0100
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<l.haddad@maroc-laser.example>
    (reason: 550 5.1.1 No such user)
""", 'us-ascii', '7bit', quote_cs=False)
    orig = envelope([('Date', 'Fri, 29 Nov 2024 09:00:00 +0100'), ('From', QO), ('To', 'l.haddad@maroc-laser.example'),
                     ('Subject', 'Votre retour'), ('Message-ID', mid('generic', 'quillon-optique.example', 'o'))],
                    text('Le tube de remplacement pour QO509981 est parti.\n', 'utf-8', 'qp'))
    body = multipart('report', [b, delivery_status([[('Reporting-MTA', 'dns; smtp.quillon-optique.example')],
                                                    [('Final-Recipient', 'RFC822; l.haddad@maroc-laser.example'),
                                                     ('Action', 'failed'), ('Status', '5.1.1')]]),
                                rfc822(orig, disp=None)], bnd('generic', 'rep'), params=' report-type=delivery-status;')
    return mail('Fri, 29 Nov 2024 09:00:03 +0100', addr('Mail Delivery Subsystem', 'MAILER-DAEMON@smtp.quillon-optique.example'),
                QO, 'Returned mail: see transcript for details', body, 'generic', 'smtp.quillon-optique.example'), L('bounce')


@fixture('quillon')
def qo_unrelated_avis_paiement():
    b = text("""AVIS DE VIREMENT

Nous vous informons du virement de 12 480,00 EUR en règlement de :
Facture FQ-24-3301 - votre commande CMD-24-04412 - notre BC 2024/117

Service comptabilité LPMI
""", 'utf-8', 'qp')
    return qo('Fri, 29 Nov 2024 15:00:00 +0100', 'Comptabilité LPMI', 'compta@lpmi-lab.example', 'Avis de virement', b, 'sap'), \
        L('unrelated')


@fixture('quillon')
def qo_unrelated_devis():
    b = text("""Bonjour,
pourriez-vous nous faire un devis pour 4 BEX-5X 1064 et 4 Q-Mount 25, livraison Toulouse ?
Merci, Paul Garnier, acheteur
""", 'utf-8', 'qp')
    return qo('Sat, 30 Nov 2024 10:00:00 +0100', 'Paul Garnier', 'p.garnier@aero-optics-tls.example',
              'Demande de devis', b, 'outlook'), L('unrelated')


@fixture('quillon')
def qo_unrelated_newsletter():
    b = alt(text('Photonics Today - December issue. Read online: https://photonics-today.example/dec\n', 'utf-8', '7bit'),
            text(html_doc('<h1>Photonics Today</h1><p>December issue</p>'), 'utf-8', 'qp', sub='html'))
    return qo('Sun, 01 Dec 2024 06:00:00 +0100', 'Photonics Today', 'newsletter@photonics-today.example',
              'Photonics Today - December issue', b, 'generic', [('Precedence', 'bulk')]), L('unrelated')


@fixture('quillon')
def qo_unrelated_invoice_supplier():
    b = text("""Please find attached invoice 2024-7781 for the optical glass blanks delivered on 25 November.
Payment terms 30 days.
Glasswerk Jena Sales
""", 'utf-8', '7bit')
    return qo('Mon, 02 Dec 2024 08:00:00 +0100', 'Glasswerk Jena', 'invoices@glasswerk-jena.example', 'Invoice 2024-7781',
              mixed([b, attachment('application/pdf', 'Invoice_2024-7781.pdf', pdf('i', 'Invoice'))]), 'sap'), L('unrelated')


# ---------------------------------------------------------------------------
# 6. Brennet Netzwerktechnik -- industrial switches, routers, media converters (Winterthur)
#    serials: hyphenated blocks B + yy + plant letter - 4 alphanumerics - 4 digits (B24Q-7H3K-0091);
#    order confirmations AB-yyyy-nnnnn; Swiss Post / DHL
# ---------------------------------------------------------------------------
company('brennet',
        name='Brennet Netzwerktechnik AG',
        service_address='rma@brennet-netz.example',
        staff_domains=['brennet-netz.example'],
        noreply_addresses=['noreply@brennet-netz.example', 'portal@brennet-netz.example'],
        catalog=['BNS 2410-P', 'BNS 4850-X', 'BNS 1208 Lite', 'BNR 900', 'BMC 1G-SFP'])
BN = 'rma@brennet-netz.example'


def bn(date, who, email, subject, body, style='outlook', extra=()):
    return mail(date, addr(who, email), BN, subject, body, style, email.split('@')[1], extra)


@fixture('brennet')
def bn_de_poe_ports():
    b = text("""Grüezi

Beim Switch BNS 2410-P liefern die Ports 5 bis 8 kein PoE mehr, die Kameras daran bleiben
dunkel. Ports 1-4 funktionieren. Neustart und Werkseinstellungen haben nichts gebracht.

Seriennummer: B24Q-7H3K-0091
Ihre Auftragsbestätigung: AB-2024-55871
Unsere Bestellung: 4711/24

Freundliche Grüsse
Reto Zimmermann
Elektro Zimmermann GmbH
""", 'iso-8859-1', 'qp')
    return bn('Mon, 04 Nov 2024 08:15:00 +0100', 'Reto Zimmermann', 'r.zimmermann@elektro-zimmermann.example',
              'Reklamation BNS 2410-P PoE', b), \
        L('new_request', 'r.zimmermann@elektro-zimmermann.example', orders=['AB-2024-55871', '4711/24'],
          serials=['B24Q-7H3K-0091'], models=['BNS 2410-P'], cat='other',
          kw=['liefern die Ports 5 bis 8 kein PoE mehr', 'Kameras daran bleiben'])


@fixture('brennet')
def bn_uplink_flaps():
    b = text("""Hi Brennet support,

Our BNS 4850-X core switch keeps dropping the 10G uplink on port 49 - link goes down for
2-3 seconds several times an hour, log shows "link down / link up". Optic and fibre replaced,
same result on port 50.

Serial B23K-2MX8-1170, PO NL-NET-2024-0339.

Regards,
Joost Verbeek
Network Ops, Rijnport Logistics
""", 'utf-8', 'qp')
    return bn('Tue, 05 Nov 2024 11:02:00 +0100', 'Joost Verbeek', 'j.verbeek@rijnport.example',
              'Uplink flapping on BNS 4850-X', b, 'exchange'), \
        L('new_request', 'j.verbeek@rijnport.example', orders=['NL-NET-2024-0339'], serials=['B23K-2MX8-1170'],
          models=['BNS 4850-X'], cat='no_link', kw=['keeps dropping the 10G uplink', 'link goes down for'])


@fixture('brennet')
def bn_range_converters_dead():
    b = text("""Bonjour,

Sur les 8 convertisseurs BMC 1G-SFP livrés la semaine passée, quatre ne s'allument pas du
tout : aucune LED, même avec une autre alimentation.
N° de série : B24R-0C1F-2231/2232/2235/2238
Commande AB-2024-56102.

Meilleures salutations
Camille Favre-Bulle
Services Industriels de Morges
""", 'utf-8', 'qp')
    sn = ['B24R-0C1F-2231', 'B24R-0C1F-2232', 'B24R-0C1F-2235', 'B24R-0C1F-2238']
    return bn('Wed, 06 Nov 2024 14:40:00 +0100', 'Camille Favre-Bulle', 'c.favre-bulle@sim-morges.example',
              'Convertisseurs sans LED', b, 'tb'), \
        L('new_request', 'c.favre-bulle@sim-morges.example', orders=['AB-2024-56102'], serials=sn,
          models=['BMC 1G-SFP'], cat='no_power', kw=["ne s'allument pas du", 'aucune LED'], expanded=sn[1:])


@fixture('brennet')
def bn_router_config_lost():
    b = text("""Hello,

BNR 900 router forgets its configuration after every power cut - comes back with factory
defaults and the site goes offline until someone drives there. Firmware 5.2.1.
SN b24m-9qq1-0440 (lower case on the label sticker)
Order: WKT-77125

Cheers
Mateo Rossi
""", 'utf-8', 'qp')
    return bn('Thu, 07 Nov 2024 09:30:00 +0100', 'Mateo Rossi', 'm.rossi@ticino-wind.example',
              'Router loses config', b, 'gmail'), \
        L('new_request', 'm.rossi@ticino-wind.example', orders=['WKT-77125'], serials=['b24m-9qq1-0440'],
          models=['BNR 900'], cat='software', kw=['forgets its configuration after every power cut'])


@fixture('brennet')
def bn_dhl_bent_din():
    b = text("""Guten Tag

Die Sendung DHL JJD000390007826554 kam heute an, der Karton war eingedrückt. Beim BNS 1208 Lite
ist die Hutschienen-Klammer abgebrochen und das Gehäuse verzogen, der Switch lässt sich nicht
mehr einrasten.

SN B24Q-4PLA-0318, Bestellung AB-2024-56330.

Gruss
Sabine Huber
""", 'utf-8', 'qp')
    return bn('Fri, 08 Nov 2024 15:00:00 +0100', 'Sabine Huber', 's.huber@huber-automation.example',
              'Transportschaden', mixed([b, attachment('image/jpeg', 'klammer.jpg', jpeg('k'))], 'outlook')), \
        L('new_request', 's.huber@huber-automation.example', orders=['AB-2024-56330'], serials=['B24Q-4PLA-0318'],
          models=['BNS 1208 Lite'], tracking=['JJD000390007826554'], cat='physical_damage',
          kw=['Hutschienen-Klammer abgebrochen', 'Gehäuse verzogen'])


@fixture('brennet')
def bn_portal_form():
    b = text("""RMA request submitted via partner portal

Partner: Alpnet Systems AG
Contact: Nina Brunner
E-Mail: n.brunner@alpnet-sys.example
Product: BNS 2410-P
Serial No.: B24Q-7H3K-0402
Order No.: AB-2024-55990
Fault: Switch reboots by itself every few hours, uptime never more than ~6h. Nothing in the log before it happens.

(automatic notification - do not reply to portal@)
""", 'utf-8', 'qp')
    return mail('Mon, 11 Nov 2024 10:20:00 +0100', addr('Brennet Partner Portal', 'portal@brennet-netz.example'), BN,
                'Portal RMA request - BNS 2410-P', b, 'php', 'brennet-netz.example',
                [('Reply-To', addr('Nina Brunner', 'n.brunner@alpnet-sys.example'))]), \
        L('new_request', 'n.brunner@alpnet-sys.example', orders=['AB-2024-55990'], serials=['B24Q-7H3K-0402'],
          models=['BNS 2410-P'], cat='intermittent', kw=['Switch reboots by itself every few hours'])


@fixture('brennet')
def bn_html_alt_sfp_cage():
    plain = text("""Hello,

Port 3 SFP cage on the BMC 1G-SFP is loose - the module wobbles and the link only comes up if
you hold it pushed in. Serial B23K-0C1F-1975. PO 2024-IT-0877.

Regards
Lars Eriksen
""", 'utf-8', 'qp')
    h = text(html_doc("""<p>Hello,</p><p>Port 3 SFP cage on the BMC 1G-SFP is loose - the module wobbles and the link
only comes up if you hold it pushed in. Serial B23K-0C1F-1975. PO 2024-IT-0877.</p><p>Regards<br>Lars Eriksen</p>"""),
             'utf-8', 'qp', sub='html')
    return bn('Tue, 12 Nov 2024 08:00:00 +0100', 'Lars Eriksen', 'lars.eriksen@fjell-energi.example',
              'SFP cage loose', alt(plain, h, 'outlook')), \
        L('new_request', 'lars.eriksen@fjell-energi.example', orders=['2024-IT-0877'], serials=['B23K-0C1F-1975'],
          models=['BMC 1G-SFP'], cat='physical_damage', kw=['SFP cage on the BMC 1G-SFP is loose', 'module wobbles'])


@fixture('brennet')
def bn_mixed_chinese_vlan():
    b = text("""Hi Brennet,

我们的 BNS 4850-X 升级到 firmware 7.1 以后 VLAN 20 的流量全部不通, 回退到 7.0 又正常.
SN: B24K-2MX8-1302
PO: SH-IT-20241008

请帮忙看一下是不是 bug. 谢谢!
Wang Jun 王军
""", 'utf-8', 'b64')
    return bn('Wed, 13 Nov 2024 16:30:00 +0800', 'Wang Jun', 'wangjun@sh-metro-it.example',
              'BNS 4850-X VLAN issue after upgrade', b, 'foxmail'), \
        L('new_request', 'wangjun@sh-metro-it.example', orders=['SH-IT-20241008'], serials=['B24K-2MX8-1302'],
          models=['BNS 4850-X'], cat='software', kw=['VLAN 20 的流量全部不通', '回退到 7.0 又正常'], lang='mixed')


@fixture('brennet')
def bn_missing_psu_module():
    b = text("""Hello,

the BNS 4850-X from order AB-2024-56411 was delivered with only one power supply module, the
second slot has a blank cover. We ordered the redundant PSU option.

Thanks
Kenji Watanabe
""", 'utf-8', '7bit')
    return bn('Thu, 14 Nov 2024 09:00:00 +0100', 'Kenji Watanabe', 'k.watanabe@alps-datacenter.example',
              'Second PSU missing', b, 'apple'), \
        L('new_request', 'k.watanabe@alps-datacenter.example', orders=['AB-2024-56411'], models=['BNS 4850-X'],
          cat='wrong_or_missing_item', kw=['only one power supply module'])


@fixture('brennet')
def bn_no_order_flicker():
    b = text("""Hallo zusammen

Bei unserem BNS 1208 Lite blinken alle Port-LEDs gleichzeitig und der Switch hängt sich dann auf,
ca. einmal am Tag, nur Strom aus/ein hilft. Seriennummer B22Q-4PLA-0077.

Gruss, Thomas Egli
""", 'utf-8', '8bit')
    return bn('Fri, 15 Nov 2024 07:45:00 +0100', 'Thomas Egli', 'thomas.egli@egli-holz.example',
              'Switch hängt sich auf', b, 'tb'), \
        L('new_request', 'thomas.egli@egli-holz.example', serials=['B22Q-4PLA-0077'], models=['BNS 1208 Lite'],
          cat='intermittent', kw=['der Switch hängt sich dann auf', 'einmal am Tag'])


@fixture('brennet')
def bn_terse_no_link_fibre():
    b = text("""BMC 1G-SFP B24R-0C1F-2240 no link on fibre side, copper ok. swapped SFP. AB-2024-56102. pls RMA
--
Noah Keller, SIG Network
""", 'us-ascii', '7bit', quote_cs=False)
    return bn('Mon, 18 Nov 2024 13:00:00 +0100', 'Noah Keller', 'noah.keller@sig-network.example',
              'RMA pls', b, 'generic'), \
        L('new_request', 'noah.keller@sig-network.example', orders=['AB-2024-56102'], serials=['B24R-0C1F-2240'],
          models=['BMC 1G-SFP'], cat='no_link', kw=['no link on fibre side'])


@fixture('brennet')
def bn_fwd_outlook_de():
    b = text("""Hallo RMA-Team, bitte übernehmen. Danke, Roman

Von: Andrea Meier <andrea.meier@stadtwerke-wil.example>
Gesendet: Dienstag, 19. November 2024 07:58
An: Roman Keller <r.keller@brennet-netz.example>
Betreff: Defekter Router

Hallo Herr Keller
Unser BNR 900 (SN B23M-9QQ1-0219) startet seit gestern nicht mehr, die Status-LED blinkt nur
rot. Bestellung AB-2023-49770.
Freundliche Grüsse, Andrea Meier
""", 'iso-8859-1', 'qp')
    return mail('Tue, 19 Nov 2024 08:30:00 +0100', addr('Roman Keller', 'r.keller@brennet-netz.example'), BN,
                'WG: Defekter Router', b, 'outlook', 'brennet-netz.example'), \
        L('forwarded', 'andrea.meier@stadtwerke-wil.example', 'r.keller@brennet-netz.example',
          orders=['AB-2023-49770'], serials=['B23M-9QQ1-0219'], models=['BNR 900'], cat='other',
          kw=['startet seit gestern nicht mehr', 'blinkt nur'])


@fixture('brennet')
def bn_fwd_rfc822_fr():
    inner = envelope([('Date', 'Wed, 20 Nov 2024 09:00:00 +0100'),
                      ('From', addr('Julien Perrin', 'j.perrin@lausanne-campus.example')),
                      ('To', addr('Marc Favre', 'm.favre@brennet-netz.example')),
                      ('Subject', 'Switch BNS 2410-P bruyant'),
                      ('Message-ID', mid('tb', 'lausanne-campus.example', 'in')), ('MIME-Version', '1.0')],
                     text("""Bonjour Marc,
le ventilateur du BNS 2410-P fait un bruit de crécelle depuis lundi et le switch chauffe.
N° B24Q-7H3K-0515, commande AB-2024-55620.
Julien
""", 'utf-8', 'qp'))
    b = mixed([text('Voir message joint, merci. Marc\n', 'utf-8', '7bit'), rfc822(inner)], 'outlook')
    return mail('Wed, 20 Nov 2024 09:30:00 +0100', addr('Marc Favre', 'm.favre@brennet-netz.example'), BN,
                'TR: Switch BNS 2410-P bruyant', b, 'outlook', 'brennet-netz.example'), \
        L('forwarded', 'j.perrin@lausanne-campus.example', 'm.favre@brennet-netz.example', orders=['AB-2024-55620'],
          serials=['B24Q-7H3K-0515'], models=['BNS 2410-P'], cat='other',
          kw=['fait un bruit de crécelle', 'le switch chauffe'])


@fixture('brennet')
def bn_fwd_gmail_name_only():
    b = text("""fyi - ticket from a reseller, no address given, he called me. Roman

---------- Forwarded message ---------
From: Stefan Ammann
Date: Thu, 21 Nov 2024 at 10:11
Subject: BNS 1208 Lite
To: Roman Keller <r.keller@brennet-netz.example>

Three BNS 1208 Lite lose the link to the PLCs every morning when the hall warms up, works again
after unplugging. SN B24Q-4PLA-0601, B24Q-4PLA-0602, B24Q-4PLA-0603.
""", 'utf-8', 'qp')
    return mail('Thu, 21 Nov 2024 10:40:00 +0100', addr('Roman Keller', 'r.keller@brennet-netz.example'), BN,
                'Fwd: BNS 1208 Lite', b, 'gmail', 'brennet-netz.example'), \
        L('forwarded', None, 'r.keller@brennet-netz.example',
          serials=['B24Q-4PLA-0601', 'B24Q-4PLA-0602', 'B24Q-4PLA-0603'], models=['BNS 1208 Lite'],
          cat='intermittent', kw=['lose the link to the PLCs every morning'])


@fixture('brennet')
def bn_followup_bottom_de():
    b = text("""Am 22.11.2024 um 08:10 schrieb Brennet RMA:
> Guten Tag Herr Zimmermann, Ihre Rücksendung ist unter RMA-2024-06120 erfasst.
> Bitte teilen Sie uns die Firmware-Version mit.

Firmware 4.8.2.

> Benötigen Sie ein Vorabaustauschgerät?

Ja bitte, an die Lieferadresse Industriestrasse 5, Frauenfeld.

Gruss
Reto Zimmermann
""", 'utf-8', 'qp')
    return bn('Fri, 22 Nov 2024 09:00:00 +0100', 'Reto Zimmermann', 'r.zimmermann@elektro-zimmermann.example',
              'AW: RMA-2024-06120', b, 'tb'), \
        L('follow_up', 'r.zimmermann@elektro-zimmermann.example', rma='RMA-2024-06120')


@fixture('brennet')
def bn_followup_post():
    b = text("""Paket ist unterwegs: Post 99.60.442211.30441827

Sabine Huber

-----Ursprüngliche Nachricht-----
Von: Brennet RMA <rma@brennet-netz.example>
Gesendet: Montag, 25. November 2024 10:00
Betreff: RMA-2024-06133 Rücksendung

Guten Tag Frau Huber, bitte senden Sie den BNS 1208 Lite B24Q-4PLA-0318 mit der RMA-Nummer zurück.
""", 'utf-8', 'qp')
    return bn('Mon, 25 Nov 2024 14:00:00 +0100', 'Sabine Huber', 's.huber@huber-automation.example',
              'AW: RMA-2024-06133 Rücksendung', b), \
        L('follow_up', 's.huber@huber-automation.example', tracking=['99.60.442211.30441827'], rma='RMA-2024-06133')


@fixture('brennet')
def bn_order_status():
    b = text("""Hello, any update on RMA-2024-06098? The replacement BNS 4850-X was due last Friday and our
maintenance window is on Saturday. Joost
""", 'utf-8', '7bit')
    return bn('Tue, 26 Nov 2024 08:30:00 +0100', 'Joost Verbeek', 'j.verbeek@rijnport.example',
              'RE: RMA-2024-06098 replacement status', b, 'exchange'), \
        L('order_status', 'j.verbeek@rijnport.example', models=['BNS 4850-X'], rma='RMA-2024-06098')


@fixture('brennet')
def bn_order_status_fr():
    b = text("""Bonjour, avez-vous des nouvelles des convertisseurs en réparation (RMA-2024-06110) ?
Merci. C. Favre-Bulle
""", 'utf-8', 'qp')
    return bn('Wed, 27 Nov 2024 09:00:00 +0100', 'Camille Favre-Bulle', 'c.favre-bulle@sim-morges.example',
              'Suivi réparation', b, 'tb'), \
        L('order_status', 'c.favre-bulle@sim-morges.example', rma='RMA-2024-06110')


@fixture('brennet')
def bn_ooo_de():
    b = text("""Ich bin bis 2. Dezember abwesend. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen: it@stadtwerke-wil.example
""", 'utf-8', 'qp')
    return bn('Thu, 28 Nov 2024 08:00:00 +0100', 'Andrea Meier', 'andrea.meier@stadtwerke-wil.example',
              'Abwesend: RMA-2024-06125 Eingangsbestätigung', b, 'exchange', [('Auto-Submitted', 'auto-replied')]), \
        L('auto_reply', 'andrea.meier@stadtwerke-wil.example', rma='RMA-2024-06125')


@fixture('brennet')
def bn_ack_servicenow():
    b = text("""Dear sender,

Incident INC0048812 has been opened for your e-mail "RMA-2024-06098 replacement shipped".
Assignment group: Network Operations. You will be informed about progress.

Rijnport Logistics IT Service Management
""", 'utf-8', 'qp')
    return bn('Thu, 28 Nov 2024 10:15:00 +0100', 'Rijnport ITSM', 'itsm@rijnport.example',
              'INC0048812 opened: RMA-2024-06098 replacement shipped', b, 'sap', [('Auto-Submitted', 'auto-generated')]), \
        L('auto_reply', 'itsm@rijnport.example', rma='RMA-2024-06098')


@fixture('brennet')
def bn_bounce_exim():
    b = text("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  noah.keller@sig-network.example
    host mx.sig-network.example [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<noah.keller@sig-network.example>:
    550 5.1.1 mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Subject: Ihre RMA
From: rma@brennet-netz.example

Ersatz BMC 1G-SFP versendet.
""", 'us-ascii', '7bit', quote_cs=False)
    return mail('Fri, 29 Nov 2024 09:00:00 +0100', addr('Mail Delivery System', 'Mailer-Daemon@mx.brennet-netz.example'),
                BN, 'Mail delivery failed: returning message to sender', b, 'generic', 'mx.brennet-netz.example',
                [('Auto-Submitted', 'auto-replied')]), L('bounce')


@fixture('brennet')
def bn_unrelated_order_confirmation():
    b = text("""Bestellbestätigung

Vielen Dank für Ihre Bestellung 4711/24 vom 28.11.2024.
Artikel: Netzwerkkabel Cat6a 2 m, 500 Stk.
Liefertermin: KW 50

Kabelhaus Ost AG
""", 'utf-8', 'qp')
    return bn('Fri, 29 Nov 2024 11:00:00 +0100', 'Kabelhaus Ost', 'orders@kabelhaus-ost.example',
              'Bestellbestätigung 4711/24', b, 'sap'), L('unrelated')


@fixture('brennet')
def bn_unrelated_job():
    b = text("""Sehr geehrte Damen und Herren

Hiermit bewerbe ich mich als Netzwerktechniker EFZ. Meine Unterlagen finden Sie im Anhang.

Freundliche Grüsse
Luca Bernasconi
""", 'utf-8', 'qp')
    return bn('Sat, 30 Nov 2024 18:00:00 +0100', 'Luca Bernasconi', 'luca.bernasconi@mailbox.example',
              'Bewerbung Netzwerktechniker', mixed([b, attachment('application/pdf', 'Bewerbung.pdf', pdf('b', 'Bewerbung'))]),
              'gmail'), L('unrelated')


@fixture('brennet')
def bn_unrelated_phishing():
    b = text(html_doc('<p>Your mailbox is almost full. <a href="http://mailbox-upgrade.example/login">Click here</a> to upgrade.</p>'),
             'utf-8', 'qp', sub='html')
    return bn('Sun, 01 Dec 2024 02:00:00 +0000', 'IT Helpdesk', 'helpdesk@mailbox-upgrade.example',
              'Mailbox quota warning', b, 'generic'), L('unrelated')


@fixture('brennet')
def bn_unrelated_price_request():
    b = text("""Hello, what is the price and lead time for 12 x BNS 2410-P and 2 x BNS 4850-X? Project in Graz.
Thanks, Florian Wagner
""", 'utf-8', '7bit')
    return bn('Mon, 02 Dec 2024 08:00:00 +0100', 'Florian Wagner', 'f.wagner@graz-bahn.example',
              'Price request', b, 'outlook'), L('unrelated')


# ---------------------------------------------------------------------------
# 7. Corvane Imaging -- machine-vision cameras and lenses (Waterloo, Ontario)
#    serials: CVN + 7 digits (CVN2204117), customers often type them lowercase;
#    sales orders CI-SO-nnnnn next to customers' POs; FedEx / Purolator / UPS
# ---------------------------------------------------------------------------
company('corvane',
        name='Corvane Imaging Inc.',
        service_address='support@corvane-imaging.example',
        staff_domains=['corvane-imaging.example'],
        noreply_addresses=['noreply@corvane-imaging.example', 'webform@corvane-imaging.example'],
        catalog=['CV-5M GigE', 'CV-12M USB3', 'CV-25M CXP', 'CVL 16mm F1.8', 'CV-IO Box'])
CV = 'support@corvane-imaging.example'


def cv(date, who, email, subject, body, style='outlook', extra=()):
    return mail(date, addr(who, email), CV, subject, body, style, email.split('@')[1], extra)


@fixture('corvane')
def cv_gige_not_found():
    b = text("""Hi Corvane,

Our CV-5M GigE stopped showing up in the viewer. The link LED on the RJ45 is off with every
cable and NIC we tried, but the power LED is green. Serial CVN2204117.
PO 88-4410, your sales order CI-SO-30917.

Thanks,
Amir Haddad
Vision Engineer, Maple Robotics
""", 'utf-8', 'qp')
    return cv('Mon, 04 Nov 2024 09:00:00 -0500', 'Amir Haddad', 'amir.haddad@maple-robotics.example',
              'Camera not detected', b), \
        L('new_request', 'amir.haddad@maple-robotics.example', orders=['88-4410', 'CI-SO-30917'],
          serials=['CVN2204117'], models=['CV-5M GigE'], cat='no_link',
          kw=['stopped showing up in the viewer', 'link LED on the RJ45 is off'])


@fixture('corvane')
def cv_dead_pixels_lower():
    b = text("""hello, cv-12m usb3 cvn2301456 has a cluster of white dots in the top left of every image,
more of them when it gets warm. started last week. order CI-SO-31022
regards, Bo
""", 'us-ascii', '7bit', quote_cs=False)
    return cv('Tue, 05 Nov 2024 18:30:00 -0500', 'Bo Lindqvist', 'bo@lindqvist-vision.example',
              'white dots on image', b, 'gmail'), \
        L('new_request', 'bo@lindqvist-vision.example', orders=['CI-SO-31022'], serials=['cvn2301456'],
          models=['cv-12m usb3'], cat='optical_performance', kw=['cluster of white dots'])


@fixture('corvane')
def cv_range_frame_drops():
    b = text("""Hello support,

Six CV-25M CXP cameras on our inspection line drop frames at random - the grabber reports
missing frames a few times per hour, never at the same time on all cameras.
Serials CVN2310880 to CVN2310885. PO 4400-77812.

Regards,
Heike Brandt
""", 'utf-8', 'qp')
    sn = ['CVN%07d' % i for i in range(2310880, 2310886)]
    return cv('Wed, 06 Nov 2024 10:40:00 +0100', 'Heike Brandt', 'h.brandt@glaswerk-inspect.example',
              'Random frame drops CV-25M CXP', b, 'exchange'), \
        L('new_request', 'h.brandt@glaswerk-inspect.example', orders=['4400-77812'], serials=sn,
          models=['CV-25M CXP'], cat='intermittent', kw=['drop frames at random'], expanded=sn[1:5])


@fixture('corvane')
def cv_lens_rattle_fedex():
    b = text("""Hi,

The CVL 16mm F1.8 lenses arrived by FedEx (tracking 772899104411). Two of the four have
something loose inside, you can hear it, and one has a chipped front glass.
Our PO QC-24-0192.

Photos attached.
Maria Santos
""", 'utf-8', 'qp')
    return cv('Thu, 07 Nov 2024 13:15:00 -0500', 'Maria Santos', 'msantos@atlantic-pack.example', 'Damaged lenses',
              mixed([b, attachment('image/jpeg', 'lens1.jpg', jpeg('l1')), attachment('image/jpeg', 'lens2.jpg', jpeg('l2'))])), \
        L('new_request', 'msantos@atlantic-pack.example', orders=['QC-24-0192'], models=['CVL 16mm F1.8'],
          tracking=['772899104411'], cat='physical_damage', kw=['something loose inside', 'chipped front glass'])


@fixture('corvane')
def cv_fr_qc_pas_alimentation():
    b = text("""Bonjour,

La caméra CV-12M USB3 (série CVN2209034) ne s'allume plus : aucune DEL, l'ordinateur ne la
voit pas, testé sur trois ports et deux câbles.
Bon de commande : BC-QC-55120

Merci,
Geneviève Tremblay
Vision industrielle, Usinage Beauce
""", 'utf-8', 'qp')
    return cv('Fri, 08 Nov 2024 09:10:00 -0500', 'Geneviève Tremblay', 'g.tremblay@usinage-beauce.example',
              'Caméra morte', b, 'outlook'), \
        L('new_request', 'g.tremblay@usinage-beauce.example', orders=['BC-QC-55120'], serials=['CVN2209034'],
          models=['CV-12M USB3'], cat='no_power', kw=["ne s'allume plus", 'aucune DEL'])


@fixture('corvane')
def cv_webform_sdk_crash():
    b = text("""Support request (website)

Name: Ravi Menon
Email: ravi.menon@agri-sort.example
Company: AgriSort
Product: CV-5M GigE
Serial number: CVN2303310
Order number: CI-SO-31188
Description: since installing SDK 4.2 the camera image goes black after about 10 minutes and the app freezes. Going back to SDK 4.1 fixes it.

-- sent from corvane-imaging.example
""", 'utf-8', 'qp')
    return mail('Mon, 11 Nov 2024 11:00:00 -0500', addr('Corvane Website', 'webform@corvane-imaging.example'), CV,
                'Website support request - CV-5M GigE', b, 'php', 'corvane-imaging.example',
                [('Reply-To', 'ravi.menon@agri-sort.example')]), \
        L('new_request', 'ravi.menon@agri-sort.example', orders=['CI-SO-31188'], serials=['CVN2303310'],
          models=['CV-5M GigE'], cat='software', kw=['since installing SDK 4.2', 'the app freezes'])


@fixture('corvane')
def cv_io_box_missing_cable():
    b = text("""Hello, the CV-IO Box we received on order CI-SO-31240 came without the trigger cable and
the DIN clip shown in the datasheet. Please send them. - Tyler Boone
""", 'utf-8', '7bit')
    return cv('Tue, 12 Nov 2024 14:00:00 -0600', 'Tyler Boone', 'tboone@prairie-grain.example',
              'Missing parts', b, 'apple'), \
        L('new_request', 'tboone@prairie-grain.example', orders=['CI-SO-31240'], models=['CV-IO Box'],
          cat='wrong_or_missing_item', kw=['came without the trigger cable'])


@fixture('corvane')
def cv_html_focus_soft():
    inner = """<p>Dear support,</p><p>Images from our CV-25M CXP are soft on the right half, sharp on the left,
whatever we do with the lens. Looks like the sensor is tilted. S/N <b>CVN2401007</b>,
PO <b>JP-2024-1187</b>.</p><p>Best regards,<br>Takeshi Mori</p>"""
    return cv('Wed, 13 Nov 2024 08:00:00 +0900', 'Takeshi Mori', 't.mori@kansai-fa.example', 'Image soft on one side',
              text(html_doc(inner), 'utf-8', 'qp', sub='html'), 'gmail'), \
        L('new_request', 't.mori@kansai-fa.example', orders=['JP-2024-1187'], serials=['CVN2401007'],
          models=['CV-25M CXP'], cat='optical_performance', kw=['soft on the right half', 'sensor is tilted'])


@fixture('corvane')
def cv_mixed_chinese_usb():
    b = text("""Hi Corvane,

CV-12M USB3 接到电脑上时断时续, USB 一会儿识别一会儿掉线, 换了 cable 和电脑都一样.
S/N CVN2305561, PO DG-VS-240930

谢谢! Leo Chen 陈立
""", 'utf-8', 'b64')
    return cv('Thu, 14 Nov 2024 20:00:00 +0800', 'Leo Chen', 'leo.chen@dg-vision.example',
              'CV-12M USB3 disconnects', b, 'foxmail'), \
        L('new_request', 'leo.chen@dg-vision.example', orders=['DG-VS-240930'], serials=['CVN2305561'],
          models=['CV-12M USB3'], cat='intermittent', kw=['USB 一会儿识别一会儿掉线', '时断时续'], lang='mixed')


@fixture('corvane')
def cv_no_order_overheat():
    b = text("""Hi there,

Our CV-5M GigE gets too hot to touch after half an hour and then the picture gets stripes
across it. Serial is cvn2207781. Not sure what the order number was, bought through a dealer.

Thanks, Jess
""", 'utf-8', 'qp')
    return cv('Fri, 15 Nov 2024 12:00:00 -0800', 'Jess Carter', 'jess@coastal-fish.example', 'Hot camera', b, 'gmail'), \
        L('new_request', 'jess@coastal-fish.example', serials=['cvn2207781'], models=['CV-5M GigE'], cat='other',
          kw=['gets too hot to touch', 'stripes'])


@fixture('corvane')
def cv_fwd_outlook():
    b = text("""Support - please open an RMA for this one. Thanks, Dana

From: Victor Ionescu <v.ionescu@danube-optics.example>
Sent: Monday, November 18, 2024 4:20 AM
To: Dana Price <dana.price@corvane-imaging.example>
Subject: connector broken

Dana, the CXP connector on our CV-25M CXP broke off the board when we unplugged the cable.
SN CVN2309902, order CI-SO-30777.
Victor
""", 'utf-8', 'qp')
    return mail('Mon, 18 Nov 2024 08:00:00 -0500', addr('Dana Price', 'dana.price@corvane-imaging.example'), CV,
                'FW: connector broken', b, 'outlook', 'corvane-imaging.example'), \
        L('forwarded', 'v.ionescu@danube-optics.example', 'dana.price@corvane-imaging.example',
          orders=['CI-SO-30777'], serials=['CVN2309902'], models=['CV-25M CXP'], cat='physical_damage',
          kw=['connector on our CV-25M CXP broke off the board'])


@fixture('corvane')
def cv_fwd_ios():
    b = text("""Can you take care of this? Sent from my iPhone

Begin forwarded message:

From: "Okonkwo, Chidi" <chidi.okonkwo@lagos-bottling.example>
Date: November 19, 2024 at 3:12:44 AM EST
To: Dana Price <dana.price@corvane-imaging.example>
Subject: Camera issue

Hello Dana, our CV-5M GigE shows very dark images even with the lens wide open and max gain.
Serial CVN2211450.
Regards, Chidi
""", 'utf-8', 'qp')
    return mail('Tue, 19 Nov 2024 07:30:00 -0500', addr('Dana Price', 'dana.price@corvane-imaging.example'), CV,
                'Fwd: Camera issue', b, 'apple', 'corvane-imaging.example'), \
        L('forwarded', 'chidi.okonkwo@lagos-bottling.example', 'dana.price@corvane-imaging.example',
          serials=['CVN2211450'], models=['CV-5M GigE'], cat='optical_performance', kw=['very dark images'])


@fixture('corvane')
def cv_fwd_foxmail():
    b = text("""Please help. Kevin (Corvane sales Asia)

------------------ Original ------------------
From: "王鹏"<wangpeng@sz-smt.example>;
Date: Wed, Nov 20, 2024 09:30 AM
To: "Kevin Ho"<kevin.ho@corvane-imaging.example>;
Subject: 相机问题

Kevin 你好, 我们的 CV-12M USB3 图像有横条纹, 曝光时间越短越明显.
序列号 CVN2302218, 订单 CI-SO-30650.
""", 'utf-8', 'b64')
    return mail('Wed, 20 Nov 2024 10:00:00 +0800', addr('Kevin Ho', 'kevin.ho@corvane-imaging.example'), CV,
                ew('Fw: 相机问题', 'utf-8'), b, 'foxmail', 'corvane-imaging.example'), \
        L('forwarded', 'wangpeng@sz-smt.example', 'kevin.ho@corvane-imaging.example', orders=['CI-SO-30650'],
          serials=['CVN2302218'], models=['CV-12M USB3'], cat='optical_performance',
          kw=['图像有横条纹', '曝光时间越短越明显'], lang='mixed')


@fixture('corvane')
def cv_followup_bottom():
    b = text("""On 2024-11-21 9:00 a.m., Corvane Support wrote:
> Hi Amir, RMA-2024-07044 is open. Did you try a different switch port with jumbo frames off?

Yes, tried two switches and a direct connection. Still no link.

> Which firmware is on the camera?

2.8.1

Amir
""", 'utf-8', 'qp')
    return cv('Thu, 21 Nov 2024 10:00:00 -0500', 'Amir Haddad', 'amir.haddad@maple-robotics.example',
              'Re: RMA-2024-07044', b, 'tb'), \
        L('follow_up', 'amir.haddad@maple-robotics.example', rma='RMA-2024-07044')


@fixture('corvane')
def cv_followup_purolator():
    b = text("""Shipped today via Purolator 329017745581. Heike

-----Original Message-----
From: Corvane Support <support@corvane-imaging.example>
Sent: Friday, November 22, 2024 2:00 PM
Subject: RMA-2024-07051 approved

Hello Ms Brandt, RMA-2024-07051 covers CVN2310880 through CVN2310885. Please ship to our Waterloo lab.
""", 'utf-8', 'qp')
    return cv('Mon, 25 Nov 2024 09:00:00 +0100', 'Heike Brandt', 'h.brandt@glaswerk-inspect.example',
              'RE: RMA-2024-07051 approved', b, 'exchange'), \
        L('follow_up', 'h.brandt@glaswerk-inspect.example', tracking=['329017745581'], rma='RMA-2024-07051')


@fixture('corvane')
def cv_order_status():
    b = text("""Hi, where is my repaired camera? RMA-2024-07012, it's been 4 weeks. Order CI-SO-30517. Bo
""", 'utf-8', '7bit')
    return cv('Tue, 26 Nov 2024 11:00:00 +0100', 'Bo Lindqvist', 'bo@lindqvist-vision.example',
              'RMA-2024-07012 status?', b, 'gmail'), \
        L('order_status', 'bo@lindqvist-vision.example', orders=['CI-SO-30517'], rma='RMA-2024-07012')


@fixture('corvane')
def cv_order_status_fr():
    b = text("""Bonjour, pouvez-vous me dire quand la caméra réparée (RMA-2024-07030) sera expédiée ?
Merci, Geneviève
""", 'utf-8', 'qp')
    return cv('Wed, 27 Nov 2024 09:00:00 -0500', 'Geneviève Tremblay', 'g.tremblay@usinage-beauce.example',
              'RMA-2024-07030 - date d’expédition', b), \
        L('order_status', 'g.tremblay@usinage-beauce.example', rma='RMA-2024-07030')


@fixture('corvane')
def cv_ooo():
    b = text("""Hello, I am travelling until Dec 4 with limited access to e-mail. Ravi\n""", 'utf-8', '7bit')
    return cv('Thu, 28 Nov 2024 01:00:00 -0500', 'Ravi Menon', 'ravi.menon@agri-sort.example',
              'Out of office Re: RMA-2024-07060 firmware fix', b, 'gmail', [('Auto-Submitted', 'auto-replied')]), \
        L('auto_reply', 'ravi.menon@agri-sort.example', rma='RMA-2024-07060')


@fixture('corvane')
def cv_ack_freshdesk():
    b = text(html_doc("""<p>Dear Customer,</p><p>We have received your request and assigned ticket <b>#30771</b>.
Subject: RMA-2024-07066 replacement lenses shipped</p><p>Atlantic Packaging Help Desk</p>"""), 'utf-8', 'qp', sub='html')
    return cv('Thu, 28 Nov 2024 10:00:00 -0500', 'Atlantic Packaging Help Desk', 'helpdesk@atlantic-pack.example',
              'Ticket #30771: RMA-2024-07066 replacement lenses shipped', b, 'generic',
              [('Auto-Submitted', 'auto-generated')]), \
        L('auto_reply', 'helpdesk@atlantic-pack.example', rma='RMA-2024-07066')


@fixture('corvane')
def cv_bounce_gmail_style():
    b = text("""** Address not found **

Your message wasn't delivered to jess.carter@coastal-fish.example because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", 'utf-8', 'qp')
    orig = envelope([('Date', 'Fri, 29 Nov 2024 08:00:00 -0500'), ('From', CV), ('To', 'jess.carter@coastal-fish.example'),
                     ('Subject', 'Your camera'), ('Message-ID', mid('generic', 'corvane-imaging.example', 'o'))],
                    text('CVN2207781 - repair quote attached.\n', 'utf-8', '7bit'))
    body = multipart('report', [b, delivery_status([[('Reporting-MTA', 'dns; mail-sor-f41.mail.example')],
                                                    [('Final-Recipient', 'rfc822; jess.carter@coastal-fish.example'),
                                                     ('Action', 'failed'), ('Status', '5.1.1')]]),
                                rfc822(orig, disp=None)], bnd('gmail', 'rep'), params=' report-type=delivery-status;')
    return mail('Fri, 29 Nov 2024 08:00:02 -0500', addr('Mail Delivery Subsystem', 'mailer-daemon@mail.example'), CV,
                'Delivery Status Notification (Failure)', body, 'gmail', 'mail.example'), L('bounce')


@fixture('corvane')
def cv_unrelated_po_ack():
    b = text("""Thank you for your order.

Order confirmation for PO 88-4410
Supplier order: CI-SO-30917 has been invoiced, invoice INV-55201.
This is an automated message from Maple Robotics accounts payable.
""", 'utf-8', '7bit')
    return cv('Fri, 29 Nov 2024 15:00:00 -0500', 'Maple Robotics AP', 'ap@maple-robotics.example',
              'Invoice received INV-55201', b, 'sap'), L('unrelated')


@fixture('corvane')
def cv_unrelated_tradeshow():
    b = alt(text('Vision Show 2025 - exhibitor registration is open. Book your booth: https://visionshow.example\n', 'utf-8', '7bit'),
            text(html_doc('<h1>Vision Show 2025</h1><p>Exhibitor registration is open.</p>'), 'utf-8', 'qp', sub='html'))
    return cv('Sat, 30 Nov 2024 07:00:00 -0500', 'Vision Show', 'exhibit@visionshow.example',
              'Exhibitor registration open', b, 'generic', [('Precedence', 'bulk')]), L('unrelated')


@fixture('corvane')
def cv_unrelated_sales():
    b = text("""Hi, could you recommend a camera and lens for reading date codes on bottles at 600/min?
We'd need pricing for 3 stations. Thanks, Priscila Souza
""", 'utf-8', '7bit')
    return cv('Sun, 01 Dec 2024 10:00:00 -0300', 'Priscila Souza', 'priscila@sp-bebidas.example',
              'Application question', b, 'gmail'), L('unrelated')


@fixture('corvane')
def cv_unrelated_linkedin_style():
    b = text("""Hi team, I came across Corvane and would love to show you how our lead-generation service can
book 20 meetings a month for you. Free 15 min call next week?
""", 'utf-8', '7bit')
    return cv('Mon, 02 Dec 2024 09:00:00 -0500', 'Brad Nolan', 'brad@growthleads.example', 'Quick question', b, 'generic'), \
        L('unrelated')


@fixture('corvane')
def cv_terse_no_image():
    b = text("""CVN2306020 (CV-5M GigE) connects but gives only a grey picture, no matter the exposure.
PO 88-4522.
Amir
""", 'utf-8', '7bit')
    return cv('Mon, 02 Dec 2024 11:00:00 -0500', 'Amir Haddad', 'amir.haddad@maple-robotics.example',
              'Second camera - grey image', b), \
        L('new_request', 'amir.haddad@maple-robotics.example', orders=['88-4522'], serials=['CVN2306020'],
          models=['CV-5M GigE'], cat='optical_performance', kw=['gives only a grey picture'])


# ---------------------------------------------------------------------------
# 8. 銓峰光電 -- laser-diode modules, drivers and TEC controllers (Hsinchu, Taiwan)
#    serials: CF-yymm-nnnnnn (CF-2310-008812); sales orders CFSO-<ROC year>-nnnn next to
#    customers' POs such as PO/24/0561-A; 黑貓宅急便 / 新竹物流 / DHL
# ---------------------------------------------------------------------------
company('chuanfeng',
        name='銓峰光電股份有限公司 (Chuanfeng Optoelectronics Co., Ltd.)',
        service_address='service@chuanfeng-opto.example',
        staff_domains=['chuanfeng-opto.example'],
        noreply_addresses=['noreply@chuanfeng-opto.example', 'webform@chuanfeng-opto.example'],
        catalog=['CF-LD 405-100', 'CF-LD 650-5', 'CF-LD 808-2W', 'CFD-200', 'CF-TEC 12'])
CF = 'service@chuanfeng-opto.example'


def cf(date, who, email, subject, body, style='outlook', cs='big5', extra=()):
    frm = addr(who, email, cs if who and not who.isascii() else None)
    subj = subject if subject.isascii() else ew(subject, cs)
    return mail(date, frm, CF, subj, body, style, email.split('@')[1], extra)


@fixture('chuanfeng')
def cf_big5_power_fade():
    b = text("""銓峰售後服務您好：

本公司上月購買的 CF-LD 405-100 雷射模組，使用兩週後輸出功率一直往下掉，
從 100mW 掉到 60mW 左右，電流調高也拉不回來。
序號：CF-2310-008812
訂單：PO/24/0561-A（貴司訂單 CFSO-113-0457）

請協助處理，謝謝。
新竹光譜儀器 研發部 陳冠宇
""", 'big5', 'b64')
    return cf('Mon, 04 Nov 2024 10:00:00 +0800', '陳冠宇', 'gy.chen@hc-spectra.example', '雷射功率衰減', b), \
        L('new_request', 'gy.chen@hc-spectra.example', orders=['PO/24/0561-A', 'CFSO-113-0457'],
          serials=['CF-2310-008812'], models=['CF-LD 405-100'], cat='optical_performance',
          kw=['輸出功率一直往下掉', '電流調高也拉不回來'], lang='zh')


@fixture('chuanfeng')
def cf_big5_driver_dead():
    b = text("""您好，CFD-200 驅動器昨天突然聞到燒焦味，之後就完全不能開機，電源燈也不亮。
序號 CF-2402-011530，訂單 CFSO-113-0612。
台南精機 黃志明
""", 'big5', 'qp')
    return cf('Tue, 05 Nov 2024 08:40:00 +0800', '黃志明', 'huang.zm@tainan-mech.example', '驅動器故障', b, 'netease'), \
        L('new_request', 'huang.zm@tainan-mech.example', orders=['CFSO-113-0612'], serials=['CF-2402-011530'],
          models=['CFD-200'], cat='no_power', kw=['完全不能開機', '聞到燒焦味'], lang='zh')


@fixture('chuanfeng')
def cf_range_slash_tec():
    b = text("""您好：

五台 CF-TEC 12 溫控器有三台溫度控制不住，設定 25 度會一直在 22 到 29 度之間來回跳。
序號 CF-2404-020115/020116/020119
採購單 PO/24/0718-C

桃園天晶科技 設備課 吳雅婷
""", 'utf-8', 'b64')
    sn = ['CF-2404-020115', 'CF-2404-020116', 'CF-2404-020119']
    return cf('Wed, 06 Nov 2024 13:30:00 +0800', '吳雅婷', 'yating.wu@tianjing-tech.example', '溫控器不穩', b,
              'outlook', 'utf-8'), \
        L('new_request', 'yating.wu@tianjing-tech.example', orders=['PO/24/0718-C'], serials=sn, models=['CF-TEC 12'],
          cat='intermittent', kw=['溫度控制不住', '來回跳'], lang='zh', expanded=sn[1:])


@fixture('chuanfeng')
def cf_tcat_broken_lens():
    b = text("""您好，今天黑貓送到的 CF-LD 650-5 外盒被壓扁，模組前端的準直鏡片裂開了，光斑變成一條線。
黑貓單號 903311872245，序號 CF-2409-030077，訂單 CFSO-113-0801。
照片如附件。
""", 'big5', 'b64')
    return cf('Thu, 07 Nov 2024 17:00:00 +0800', '蔡佩君', 'peijun.tsai@lumi-edu.example', '商品破損',
              mixed([b, attachment('image/jpeg', 'IMG_0921.jpg', jpeg('c'))], 'foxmail'), 'foxmail'), \
        L('new_request', 'peijun.tsai@lumi-edu.example', orders=['CFSO-113-0801'], serials=['CF-2409-030077'],
          models=['CF-LD 650-5'], tracking=['903311872245'], cat='physical_damage',
          kw=['準直鏡片裂開了', '外盒被壓扁'], lang='zh')


@fixture('chuanfeng')
def cf_english_modulation():
    b = text("""Hello Chuanfeng,

The TTL modulation input on our CF-LD 808-2W stopped responding - the laser stays on at
full power whatever the TTL level is. Analog control still works.
S/N CF-2311-015522, our PO/24/0412-B.

Best regards
Dr. Anna Kowalczyk
Laser Lab, Gdansk Tech
""", 'utf-8', 'qp')
    return cf('Fri, 08 Nov 2024 10:00:00 +0100', 'Anna Kowalczyk', 'a.kowalczyk@gdansk-tech.example',
              'TTL modulation not working', b), \
        L('new_request', 'a.kowalczyk@gdansk-tech.example', orders=['PO/24/0412-B'], serials=['CF-2311-015522'],
          models=['CF-LD 808-2W'], cat='other', kw=['TTL modulation input', 'stopped responding'])


@fixture('chuanfeng')
def cf_webform_utf8():
    b = text("""官網客服表單通知

姓名：林俊傑
Email：jj.lin@ntu-optolab.example
公司：台大光電實驗室
產品型號：CF-TEC 12
序號：CF-2403-019981
訂單號碼：CFSO-113-0390
問題描述：用 USB 連電腦的時候軟體一直顯示「裝置未連線」，換了兩台電腦都一樣，面板操作正常。

此信件由系統自動發送，請勿直接回覆。
""", 'utf-8', 'b64')
    return mail('Mon, 11 Nov 2024 09:30:00 +0800', addr('銓峰官網', 'webform@chuanfeng-opto.example', 'utf-8'), CF,
                ew('客服表單：CF-TEC 12', 'utf-8'), b, 'php', 'chuanfeng-opto.example',
                [('Reply-To', addr('林俊傑', 'jj.lin@ntu-optolab.example', 'utf-8'))]), \
        L('new_request', 'jj.lin@ntu-optolab.example', orders=['CFSO-113-0390'], serials=['CF-2403-019981'],
          models=['CF-TEC 12'], cat='no_link', kw=['軟體一直顯示「裝置未連線」'], lang='zh')


@fixture('chuanfeng')
def cf_mixed_flicker():
    b = text("""Hi 銓峰,

我們的 CF-LD 650-5 output 會閃爍, 大概每隔幾秒就 flicker 一下, 用示波器看 power 有掉下去.
SN: CF-2405-022310
PO: PO/24/0633-A

Thanks
Kevin Lee 李建宏
""", 'utf-8', 'qp')
    return cf('Tue, 12 Nov 2024 15:00:00 +0800', 'Kevin Lee', 'kevin.lee@tw-laserpoint.example',
              'CF-LD 650-5 flicker', b), \
        L('new_request', 'kevin.lee@tw-laserpoint.example', orders=['PO/24/0633-A'], serials=['CF-2405-022310'],
          models=['CF-LD 650-5'], cat='intermittent', kw=['output 會閃爍', '每隔幾秒就 flicker 一下'], lang='mixed')


@fixture('chuanfeng')
def cf_missing_heatsink():
    b = text("""您好，訂單 CFSO-113-0915 的 CF-LD 808-2W 收到了，但是說明書上寫的散熱座和電源線都沒有附，
請補寄。
高雄雷科 採購 許小姐
""", 'big5', 'qp')
    return cf('Wed, 13 Nov 2024 11:00:00 +0800', '許惠如', 'purchase@ks-laser.example', '配件短少', b, 'generic'), \
        L('new_request', 'purchase@ks-laser.example', orders=['CFSO-113-0915'], models=['CF-LD 808-2W'],
          cat='wrong_or_missing_item', kw=['散熱座和電源線都沒有附'], lang='zh')


@fixture('chuanfeng')
def cf_html_big5_wrong_wavelength():
    inner = """<div>銓峰您好：</div><div>我們訂的是 <b>CF-LD 405-100</b>，收到的標籤寫 405nm，但是實際量到的波長是 445nm 左右，
光的顏色也明顯偏藍，應該是出錯貨了。</div><div>序號：CF-2408-027700<br>訂單：PO/24/0902-D</div>
<div>中研院 物理所 王怡文</div>"""
    b = text(html_doc(inner, cs='big5'), 'big5', 'b64', sub='html')
    return cf('Thu, 14 Nov 2024 10:30:00 +0800', '王怡文', 'ywwang@phys-as.example', '波長不對', b, 'exchange'), \
        L('new_request', 'ywwang@phys-as.example', orders=['PO/24/0902-D'], serials=['CF-2408-027700'],
          models=['CF-LD 405-100'], cat='wrong_or_missing_item', kw=['實際量到的波長是 445nm 左右', '應該是出錯貨了'], lang='zh')


@fixture('chuanfeng')
def cf_no_serial_noise():
    b = text("""你好，CFD-200 開機以後一直發出很大的嗡嗡聲，外殼很燙，但是輸出電流正常。
貼紙被撕掉了看不到序號，是去年透過代理商買的。
台中 精準光學 周先生
""", 'big5', 'b64')
    return cf('Fri, 15 Nov 2024 09:00:00 +0800', '周文彬', 'wenbin.chou@jz-optics.example', '驅動器噪音', b, 'netease'), \
        L('new_request', 'wenbin.chou@jz-optics.example', models=['CFD-200'], cat='other',
          kw=['一直發出很大的嗡嗡聲', '外殼很燙'], lang='zh')


@fixture('chuanfeng')
def cf_gbk_mainland_customer():
    b = text("""你好，我们从贵司采购的 CF-LD 405-100 激光模块，点亮后光斑中间有黑点，像是镜头里面有脏东西，
擦外面没用。
序列号 CF-2406-024480，合同号 CFHT20240615。
厦门光启科技 研发 郑凯
""", 'gbk', 'b64')
    return cf('Mon, 18 Nov 2024 10:00:00 +0800', '郑凯', 'zhengkai@guangqi-xm.example', '光斑有黑点', b, 'foxmail', 'gbk'), \
        L('new_request', 'zhengkai@guangqi-xm.example', orders=['CFHT20240615'], serials=['CF-2406-024480'],
          models=['CF-LD 405-100'], cat='optical_performance', kw=['光斑中间有黑点'], lang='zh')


@fixture('chuanfeng')
def cf_firmware_lock():
    b = text("""Hello,

After updating the CF-TEC 12 with your tool v3.0 the controller only shows "ERR-FW" and all keys
are locked. Serial CF-2402-018840. Order PO/24/0220-A.

Regards,
Hiroshi Tanaka
""", 'utf-8', '7bit')
    return cf('Tue, 19 Nov 2024 09:00:00 +0900', 'Hiroshi Tanaka', 'h.tanaka@osaka-photonics.example',
              'Controller locked after update', b, 'tb'), \
        L('new_request', 'h.tanaka@osaka-photonics.example', orders=['PO/24/0220-A'], serials=['CF-2402-018840'],
          models=['CF-TEC 12'], cat='software', kw=['only shows "ERR-FW"', 'all keys'])


@fixture('chuanfeng')
def cf_fwd_outlook_big5():
    b = text("""麻煩售後處理，客戶很急。 業務 張美玲

-----Original Message-----
From: 劉家豪 <liu.jh@formosa-bio.example>
Sent: Wednesday, November 20, 2024 9:15 AM
To: 張美玲 <ml.chang@chuanfeng-opto.example>
Subject: 模組不亮

張小姐您好，CF-LD 650-5 接上電源之後完全不亮，量了輸入電壓是正常的 5V。
序號 CF-2407-025501，訂單 PO/24/0777-B。
劉家豪
""", 'big5', 'b64')
    return mail('Wed, 20 Nov 2024 10:00:00 +0800', addr('張美玲', 'ml.chang@chuanfeng-opto.example', 'big5'), CF,
                ew('FW: 模組不亮', 'big5'), b, 'outlook', 'chuanfeng-opto.example'), \
        L('forwarded', 'liu.jh@formosa-bio.example', 'ml.chang@chuanfeng-opto.example', orders=['PO/24/0777-B'],
          serials=['CF-2407-025501'], models=['CF-LD 650-5'], cat='no_power', kw=['接上電源之後完全不亮'], lang='zh')


@fixture('chuanfeng')
def cf_fwd_gmail_en():
    b = text("""Forwarding from our distributor in Germany. Meiling

---------- Forwarded message ---------
From: Felix Hartmann <f.hartmann@laser-distri.example>
Date: Thu, 21 Nov 2024 at 16:00
Subject: CFD-200 current unstable
To: Meiling Chang <ml.chang@chuanfeng-opto.example>

Hi Meiling, end customer reports the CFD-200 output current jumps by 50 mA every few minutes,
which kills their diode lifetime. SN CF-2312-016090, our order PO/24/0388-A.
Felix
""", 'utf-8', 'qp')
    return mail('Thu, 21 Nov 2024 23:00:00 +0800', addr('Meiling Chang', 'ml.chang@chuanfeng-opto.example'), CF,
                'Fwd: CFD-200 current unstable', b, 'gmail', 'chuanfeng-opto.example'), \
        L('forwarded', 'f.hartmann@laser-distri.example', 'ml.chang@chuanfeng-opto.example', orders=['PO/24/0388-A'],
          serials=['CF-2312-016090'], models=['CFD-200'], cat='intermittent', kw=['output current jumps by 50 mA every few minutes'])


@fixture('chuanfeng')
def cf_fwd_rfc822_big5():
    inner = envelope([('Date', 'Fri, 22 Nov 2024 08:30:00 +0800'),
                      ('From', addr('何宗翰', 'ho.th@yilan-agri.example', 'big5')),
                      ('To', addr('呂志偉', 'cw.lu@chuanfeng-opto.example', 'big5')),
                      ('Subject', ew('雷射模組外殼變形', 'big5')),
                      ('Message-ID', mid('generic', 'yilan-agri.example', 'in')), ('MIME-Version', '1.0')],
                     text("""呂先生您好，CF-LD 808-2W 放在車上一天，外殼變形、鏡頭歪掉了，出光方向偏了好幾度。
序號 CF-2403-019050。
""", 'big5', 'b64'))
    b = mixed([text('轉寄客戶來信，請協助。志偉\n', 'big5', 'b64'), rfc822(inner)], 'outlook')
    return mail('Fri, 22 Nov 2024 09:00:00 +0800', addr('呂志偉', 'cw.lu@chuanfeng-opto.example', 'big5'), CF,
                ew('轉寄: 雷射模組外殼變形', 'big5'), b, 'outlook', 'chuanfeng-opto.example'), \
        L('forwarded', 'ho.th@yilan-agri.example', 'cw.lu@chuanfeng-opto.example', serials=['CF-2403-019050'],
          models=['CF-LD 808-2W'], cat='physical_damage', kw=['外殼變形', '鏡頭歪掉了'], lang='zh')


@fixture('chuanfeng')
def cf_fwd_netease_name_only():
    b = text("""转给售后，客户只留了电话。 呂志偉

-------- 转发邮件信息 --------
发件人："孙经理"
发送日期：2024-11-22 14:00:00
收件人："呂志偉" <cw.lu@chuanfeng-opto.example>
主题：订单少货

合同 CFHT20241101 的 CF-TEC 12 订了 10 台只收到 8 台。孙 139 2270 1188
""", 'utf-8', 'b64')
    return mail('Fri, 22 Nov 2024 15:00:00 +0800', addr('呂志偉', 'cw.lu@chuanfeng-opto.example', 'utf-8'), CF,
                ew('Fw:订单少货', 'utf-8'), b, 'netease', 'chuanfeng-opto.example'), \
        L('forwarded', None, 'cw.lu@chuanfeng-opto.example', orders=['CFHT20241101'], models=['CF-TEC 12'],
          cat='wrong_or_missing_item', kw=['订了 10 台只收到 8 台'], lang='zh')


@fixture('chuanfeng')
def cf_followup_big5_bottom():
    b = text("""於 2024/11/25 上午 09:00, 銓峰售後服務 寫道:
> 陳先生您好，已建立維修單 RMA-2024-08155，請問模組目前的使用電流是多少？

大約 120mA。

> 請將模組寄回新竹總公司。

今天會用新竹物流寄出，單號 6600417832。

陳冠宇
""", 'big5', 'qp')
    return cf('Mon, 25 Nov 2024 11:00:00 +0800', '陳冠宇', 'gy.chen@hc-spectra.example', '回覆: RMA-2024-08155', b), \
        L('follow_up', 'gy.chen@hc-spectra.example', tracking=['6600417832'], rma='RMA-2024-08155', lang='zh')


@fixture('chuanfeng')
def cf_followup_oneliner_serial():
    b = text("""序號補上：CF-2404-020115、CF-2404-020116、CF-2404-020119 都一起寄回。

----- 原始郵件 -----
寄件者: 銓峰售後服務 <service@chuanfeng-opto.example>
日期: 2024/11/26 10:00
主旨: RMA-2024-08160 資料補充

吳小姐您好，維修單 RMA-2024-08160 已建立，請提供需要維修的溫控器序號。
""", 'utf-8', 'b64')
    return cf('Tue, 26 Nov 2024 13:00:00 +0800', '吳雅婷', 'yating.wu@tianjing-tech.example',
              '回覆: RMA-2024-08160 資料補充', b, 'outlook', 'utf-8'), \
        L('follow_up', 'yating.wu@tianjing-tech.example',
          serials=['CF-2404-020115', 'CF-2404-020116', 'CF-2404-020119'], rma='RMA-2024-08160', lang='zh')


@fixture('chuanfeng')
def cf_order_status_big5():
    b = text("""您好，想請問維修單 RMA-2024-08102 的驅動器修好了嗎？大概什麼時候可以寄回？謝謝。
黃志明
""", 'big5', 'b64')
    return cf('Wed, 27 Nov 2024 09:00:00 +0800', '黃志明', 'huang.zm@tainan-mech.example', '維修進度查詢', b, 'netease'), \
        L('order_status', 'huang.zm@tainan-mech.example', rma='RMA-2024-08102', lang='zh')


@fixture('chuanfeng')
def cf_order_status_en():
    b = text("""Dear Chuanfeng, could you tell me when the replacement for RMA-2024-08120 will ship? DHL number
would be great. Anna
""", 'utf-8', '7bit')
    return cf('Wed, 27 Nov 2024 10:00:00 +0100', 'Anna Kowalczyk', 'a.kowalczyk@gdansk-tech.example',
              'RMA-2024-08120 shipping date', b), \
        L('order_status', 'a.kowalczyk@gdansk-tech.example', rma='RMA-2024-08120')


@fixture('chuanfeng')
def cf_ooo_big5():
    b = text("""您好，本人於 11/28 至 12/2 休假，期間信件將無法即時回覆，急事請洽分機 221。王怡文\n""", 'big5', 'b64')
    return cf('Thu, 28 Nov 2024 08:00:00 +0800', '王怡文', 'ywwang@phys-as.example', '自動回覆: RMA-2024-08170 換貨通知', b,
              'exchange', extra=[('Auto-Submitted', 'auto-replied')]), \
        L('auto_reply', 'ywwang@phys-as.example', rma='RMA-2024-08170', lang='zh')


@fixture('chuanfeng')
def cf_ack_ticket():
    b = text("""This is an automatic reply from Osaka Photonics IT.
Your message "RMA-2024-08172 firmware recovery" was registered as request OP-22810.
""", 'utf-8', '7bit')
    return cf('Thu, 28 Nov 2024 10:00:00 +0900', 'Osaka Photonics IT', 'it-request@osaka-photonics.example',
              'Registered OP-22810: RMA-2024-08172 firmware recovery', b, 'sap',
              extra=[('Auto-Submitted', 'auto-generated')]), \
        L('auto_reply', 'it-request@osaka-photonics.example', rma='RMA-2024-08172')


@fixture('chuanfeng')
def cf_bounce_big5():
    report = text("""此信件無法傳送到下列收件者：

purchase@ks-laser.example
原因：收件者信箱已滿 (552 5.2.2 Mailbox full)
""", 'big5', 'b64')
    orig = envelope([('Date', 'Fri, 29 Nov 2024 09:00:00 +0800'), ('From', CF), ('To', 'purchase@ks-laser.example'),
                     ('Subject', ew('補寄配件通知', 'big5')), ('Message-ID', mid('generic', 'chuanfeng-opto.example', 'o'))],
                    text('CF-LD 808-2W 散熱座已寄出。\n', 'big5', 'b64'))
    body = multipart('report', [report, delivery_status([[('Reporting-MTA', 'dns; mail.chuanfeng-opto.example')],
                                                         [('Final-Recipient', 'rfc822; purchase@ks-laser.example'),
                                                          ('Action', 'failed'), ('Status', '5.2.2')]]),
                                rfc822(orig, disp=None)], bnd('generic', 'rep'), params=' report-type=delivery-status;')
    return mail('Fri, 29 Nov 2024 09:00:04 +0800', addr('系統管理員', 'postmaster@mail.chuanfeng-opto.example', 'big5'), CF,
                ew('無法傳遞的郵件', 'big5'), body, 'generic', 'mail.chuanfeng-opto.example'), L('bounce', lang='zh')


@fixture('chuanfeng')
def cf_unrelated_payment():
    b = text("""付款通知

本公司已於 2024/11/29 匯款 NT$ 86,400 至貴公司帳戶。
對應訂單：PO/24/0561-A，貴司訂單 CFSO-113-0457，發票號碼 AB12345678。

新竹光譜儀器 會計部
""", 'big5', 'b64')
    return cf('Fri, 29 Nov 2024 16:00:00 +0800', '新竹光譜會計部', 'acct@hc-spectra.example', '付款通知', b, 'sap'), \
        L('unrelated', lang='zh')


@fixture('chuanfeng')
def cf_unrelated_quote():
    b = text("""您好，想詢問 CF-LD 405-100 二十台的報價與交期，另外是否可以客製光纖輸出版本？
謝謝。 光禾科技 採購 鄭小姐
""", 'big5', 'qp')
    return cf('Sat, 30 Nov 2024 10:00:00 +0800', '鄭雅文', 'purchase@guanghe-tech.example', '報價詢問', b, 'netease'), \
        L('unrelated', lang='zh')


@fixture('chuanfeng')
def cf_unrelated_newsletter():
    b = alt(text('Photonics Taiwan 2025 參展商招募中，早鳥優惠至 12/31。\n', 'utf-8', 'b64'),
            text(html_doc('<h1>Photonics Taiwan 2025</h1><p>參展商招募中，早鳥優惠至 12/31。</p>'), 'utf-8', 'b64', sub='html'))
    return cf('Sun, 01 Dec 2024 08:00:00 +0800', '光電展主辦單位', 'expo@photonics-tw.example', 'Photonics Taiwan 2025 參展商招募',
              b, 'generic', 'utf-8', [('Precedence', 'bulk')]), L('unrelated', lang='mixed')


@fixture('chuanfeng')
def cf_unrelated_job():
    b = text("""您好，我是應屆畢業生林思妤，主修光電工程，想應徵貴公司的製程工程師，履歷如附件，謝謝。\n""", 'utf-8', 'b64')
    return cf('Mon, 02 Dec 2024 09:00:00 +0800', '林思妤', 'sy.lin2002@mailbox.example', '應徵製程工程師',
              mixed([b, attachment('application/pdf', 'CV.pdf', pdf('cv', 'CV'))], 'generic'), 'generic', 'utf-8'), \
        L('unrelated', lang='zh')


# ==== END OF FIXTURES ====


if __name__ == '__main__':
    sys.exit(CORPUS.main(__doc__.splitlines()[0]))

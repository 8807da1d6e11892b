#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development (training) mail corpus for the RMA mail-understanding step.

    python make_train2.py           # (re)write all company folders and README.md, then self-check
    python make_train2.py --check   # only verify the files on disk against this script

Unlike the blind corpora this one is meant to be read by whoever writes the rules: it
gathers the kinds of mail that are hardest to read, written the way customers, machines
and colleagues actually write them.  Every mail is written by hand below; boundaries,
dates and Message-IDs derive from fixed seeds, so two runs give byte-identical files.
"""

# The generator is data written verbatim, so neither the linter nor the formatter may rewrite it.
# ruff: noqa
# fmt: off
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))   # the shared kit: tests/understand/blindkit.py

import blindkit
from blindkit import L, addr, attachment, html_doc, jpeg, mail, mixed, pdf, text

SERIAL_SHAPES = {
    'veltrona': r'VX\d{2}-\d{6}',
    'haldor': r'HD\d{7}',
    'solmira': r'SM-\d{4}-[A-Z]\d{4}',
    'kestrel': r'K\d{3}[A-Z]{2}\d{4}',
    'hanxin': r'HX\d{10}',
    'dongyue': r'DY\d{2}[A-Z]\d{5}',
}

MIN_MAILS, MIN_COMPANIES = 170, 6


class TrainCorpus(blindkit.Corpus):
    """The blind corpora's kit with this corpus's own size: six companies, at least 170 mails."""

    def check(self, files, meta):
        errors = [e for e in super().check(files, meta) if not e.startswith(('corpus: only',))]
        zh = sum(1 for m in meta.values() if m['label']['language'] != 'en')
        if len(meta) < MIN_MAILS:
            errors.append(f'corpus: only {len(meta)} mails')
        if len(self.companies) < MIN_COMPANIES:
            errors.append(f'corpus: only {len(self.companies)} companies')
        if zh * 4 < len(meta):
            errors.append(f'corpus: only {zh} of {len(meta)} mails are Chinese or mixed')
        return errors

    def readme(self, meta):
        # the kit's wording describes the blind corpora; say what this one holds instead
        out = super().readme(meta)
        for a, b in (('HTML-only, multipart/alternative, with attachments', 'HTML-only, with attachments'),
                     ('auto-replies, bounces and unrelated mail', 'auto-replies and other machine mail, and unrelated mail'),
                     ('English, other European languages and Chinese (GBK, GB2312, GB18030, Big5, UTF-8; base64, '
                      'quoted-printable and 8bit)',
                      'English, other European languages, Japanese, Korean and Chinese (GBK declared as GB2312, '
                      'GB18030, Big5, UTF-8; base64 and quoted-printable)')):
            assert a in out, a
            out = out.replace(a, b)
        return out


CORPUS = TrainCorpus(
    HERE, 'make_train2.py',
    title='train2: a development corpus (readable by rule writers), unlike the blind ones',
    domains='`.example`',
    languages='German, French, Spanish, Italian, Portuguese, Polish, Dutch, Czech, Japanese or Korean',
    serial_shapes=SERIAL_SHAPES,
    notes=['This is a training set: rule writers may read every mail and label here to see how real '
           'customers write.  It concentrates on the hard cases: first requests in the customer\'s own '
           'words (terse, question only, complaints, second-language English, long stories, HTML tables, '
           'attachment names, a dozen languages), order-status questions worded many ways, follow-ups that '
           'only add information, machine mail that must never be answered (out-of-office, ERP and ticket '
           'acknowledgements, read receipts, carrier notices, newsletters, invoices and payment advices), '
           'unrelated human mail, web-form notifications and forwards by sales staff.',
           'Machine mail is labelled by who sends it: an automatic answer from the person or system we wrote '
           'to (out-of-office, read receipt, ERP or ticket-system acknowledgement) is `auto_reply`; mail a '
           'machine sends on its own (carrier notice, newsletter, invoice, payment advice, portal statement) '
           'is `unrelated`.  Both have `should_auto_reply` false.  Japanese and Korean mails are `en` like '
           'the other non-Chinese languages.'])

_COUNT = {}


def add(slug, name, lab, frm, subj, body, lay='plain', att=None, reply_to=None, extra=(), style='generic'):
    """Register one hand-written mail to the company's service address."""
    def fx():
        n = _COUNT[name]
        if lay == 'plain':
            b = text(body, 'utf-8', 'qp')
        elif lay == 'gb':        # GBK text declared as gb2312, as many Chinese clients send it
            b = text(body, 'gbk', 'b64', label='gb2312')
        elif lay == 'gb18030':
            b = text(body, 'gb18030', 'b64')
        elif lay == 'big5':
            b = text(body, 'big5', 'b64')
        elif lay == 'html':
            b = text(html_doc(body), 'utf-8', 'qp', sub='html')
        else:
            raise ValueError(lay)
        if att:
            ctype, fname = att
            data = pdf(fname, 'scan') if ctype == 'application/pdf' else jpeg(fname)
            b = mixed([b, attachment(ctype, fname, data, rfc2231=not fname.isascii())], style)
        hdrs = list(extra)
        if reply_to:
            hdrs.insert(0, ('Reply-To', reply_to))
        date = '{} Nov 2026 {:02d}:{:02d}:{:02d} +0100'.format(2 + n % 27, 7 + n % 11, (n * 7) % 60, (n * 13) % 60)
        email = frm.rsplit('<', 1)[-1].rstrip('>')
        sender = addr(frm.rsplit('<', 1)[0].strip(), email) if '<' in frm else frm
        return mail(date, sender, CO[slug], subj, b, style, email.split('@')[1], hdrs), lab
    fx.__name__ = name
    _COUNT[name] = len(_COUNT)
    CORPUS.fixture(slug)(fx)


CO = {}


def company(slug, name, domain, catalog, noreply):
    CO[slug] = f'service@{domain}'
    CORPUS.company(slug, name=name, service_address=CO[slug], staff_domains=[domain],
                   noreply_addresses=[f'{a}@{domain}' for a in noreply], catalog=catalog)


AUTO = (('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'))
BULK = (('Precedence', 'bulk'), ('List-Unsubscribe', '<mailto:unsubscribe@news.example>'))


# ------------------------------------------------------------------ Veltrona --
V = 'veltrona'
company(V, 'Veltrona Antriebstechnik GmbH', 'veltrona.example', ['VFD 220', 'VFD 400', 'Servo S3', 'BrakeUnit BU5'],
        ['noreply', 'kontaktformular'])

add(V, 'v_terse', L('new_request', 'm.kranz@kranz-foerder.example', lang='en'),
    'Markus Kranz <m.kranz@kranz-foerder.example>', 'umrichter tot',
    'Hallo,\nGerät ist tot. Was jetzt?\n\nKranz\n')
add(V, 'v_question_only', L('new_request', 'einkauf@holzbau-riedl.example', models=['VFD 400'], lang='en'),
    'Einkauf Riedl <einkauf@holzbau-riedl.example>', 'Frage',
    'Guten Tag,\nwie schicke ich Ihnen einen VFD 400 zurück? Brauche ich dafür eine Nummer von Ihnen?\n\nMfG\nS. Riedl\n')
add(V, 'v_quality_complaint', L('new_request', 'ops@brandtmuehle.example', orders=['VO-24-0917'], models=['VFD 220'],
    cat='other', kw=['schon der dritte'], lang='en'),
    'Jens Brandt <ops@brandtmuehle.example>', 'Beschwerde Qualität VFD 220',
    'Sehr geehrte Damen und Herren,\n\nich muss mich leider beschweren. Das ist schon der dritte VFD 220 aus der Lieferung VO-24-0917, '
    'der nach wenigen Wochen nicht mehr will. So etwas kannten wir von Ihnen früher nicht.\n'
    'Ich erwarte eine Lösung und nicht nur ein Formular.\n\nJens Brandt\nBetriebsleitung Brandtmühle\n')
add(V, 'v_polish', L('new_request', 'serwis@przenosniki-lis.example', serials=['VX23-004512'], models=['Servo S3'],
    cat='physical_damage', kw=['pęknięta obudowa'], lang='en'),
    'Tomasz Lis <serwis@przenosniki-lis.example>', 'Reklamacja serwonapęd',
    'Dzień dobry,\n\nprzesyłka dotarła wczoraj, Servo S3 nr seryjny VX23-004512 ma pęknięta obudowa przy złączu.\n'
    'Proszę o informację co dalej.\n\nPozdrawiam\nTomasz Lis\n')
add(V, 'v_czech', L('new_request', 'udrzba@pila-novak.example', serials=['VX24-000871'], cat='no_power',
    kw=['nejde zapnout'], lang='en'),
    'Petr Novák <udrzba@pila-novak.example>', 'Porucha měniče',
    'Dobrý den,\n\nměnič s výrobním číslem VX24-000871 nejde zapnout, displej zůstává černý. Co mám udělat?\n\nS pozdravem\nPetr Novák\n')
add(V, 'v_dutch', L('new_request', 'tech@vandijk-transport.example', orders=['VO-24-1102'], models=['BrakeUnit BU5'],
    cat='intermittent', kw=['valt soms uit'], lang='en'),
    'Ruud van Dijk <tech@vandijk-transport.example>', 'remweerstand unit probleem',
    'Goedemiddag,\n\nDe BrakeUnit BU5 uit order VO-24-1102 valt soms uit tijdens het afremmen, niet altijd. '
    'Kunnen jullie hiernaar kijken?\n\nMet vriendelijke groet,\nRuud van Dijk\n')
add(V, 'v_long_story', L('new_request', 'h.wegner@wegner-bau.example', orders=['VO-24-0788'], serials=['VX23-003390'],
    models=['VFD 400'], cat='software', kw=['Parameter weg'], lang='en'),
    'Hannes Wegner <h.wegner@wegner-bau.example>', 'Baustelle Lindau',
    'Hallo zusammen,\n\nkurz zur Vorgeschichte: wir haben im Sommer die Förderanlage in Lindau umgebaut, '
    'drei Antriebe neu, alles lief. Dann kam im Oktober der Stromausfall im ganzen Gewerbegebiet, '
    'und seitdem hat der VFD 400 (Seriennr. VX23-003390) jedes Mal nach dem Einschalten die Parameter weg. '
    'Wir haben ihn zweimal neu eingestellt, der Elektriker war auch da, der sagt das Gerät ist es.\n'
    'Bestellt hatten wir über Auftrag VO-24-0788. Können wir den einschicken oder kommt jemand?\n'
    'Ach ja, und die Kollegen lassen grüßen, die Schulung im Frühjahr war super.\n\nHannes Wegner\n')
add(V, 'v_html_table', L('new_request', 'qs@ferrox-stahl.example', orders=['VO-24-1011'],
    serials=['VX24-001204', 'VX24-001205'], models=['VFD 220'], cat='no_power', kw=['kein Display'], lang='en'),
    'QS Ferrox <qs@ferrox-stahl.example>', 'Reklamation',
    '<p>Sehr geehrte Damen und Herren,</p><p>anbei die betroffenen Geräte:</p>'
    '<table border="1"><tr><th>Pos.</th><th>Typ</th><th>Seriennummer</th><th>Fehler</th></tr>'
    '<tr><td>1</td><td>VFD 220</td><td>VX24-001204</td><td>kein Display</td></tr>'
    '<tr><td>2</td><td>VFD 220</td><td>VX24-001205</td><td>kein Display</td></tr></table>'
    '<p>Lieferung zu Auftrag VO-24-1011.</p><p>Ferrox Stahl GmbH, Qualitätssicherung</p>', lay='html')
add(V, 'v_attach_name', L('new_request', 'k.baum@baum-technik.example', lang='en'),
    'Karl Baum <k.baum@baum-technik.example>', 'Foto',
    'siehe Anhang\n\nGesendet von meinem iPhone\n', att=('image/jpeg', 'Umrichter Lüfter laut Typenschild.jpg'), style='apple')
add(V, 'v_second_language', L('new_request', 'maint@tekstil-aydin.example', serials=['VX22-009917'],
    cat='intermittent', kw=['sometimes stop'], lang='en'),
    'Mehmet Aydin <maint@tekstil-aydin.example>', 'problem with drive',
    'Hello sir,\n\nwe have your drive serial VX22-009917, motor is sometimes stop alone and after again is running. '
    'We are change the cable already, same problem. Please what we must do for repair?\n\nThank you\nMehmet\n')
add(V, 'v_form', L('new_request', 'a.huber@huber-saegewerk.example', serials=['VX23-002218'], models=['VFD 220'],
    cat='physical_damage', kw=['Klemme abgebrochen'], lang='en'),
    'Veltrona Kontaktformular <kontaktformular@veltrona.example>', 'Neue Anfrage über das Kontaktformular',
    'Über das Kontaktformular wurde folgende Anfrage gesendet:\n\nName: Anton Huber\nFirma: Huber Sägewerk\n'
    'E-Mail: a.huber@huber-saegewerk.example\nTelefon: +49 8041 55512\nProdukt: VFD 220\nSeriennummer: VX23-002218\n'
    'Nachricht: Klemme abgebrochen beim Anschließen, Gerät ist neu.\n\n--\nDiese E-Mail wurde automatisch erzeugt.\n',
    reply_to='a.huber@huber-saegewerk.example')
add(V, 'v_fwd_sales', L('forwarded', 'info@mahl-landtechnik.example', 'f.bauer@veltrona.example', orders=['VO-24-0955'],
    models=['Servo S3'], cat='no_link', kw=['keine Verbindung'], lang='en'),
    'Florian Bauer <f.bauer@veltrona.example>', 'WG: Servo Problem Mahl',
    'Hallo Service,\nbitte kümmert euch darum, Kunde ist wichtig.\nFlorian\n\n'
    '-----Ursprüngliche Nachricht-----\nVon: Mahl Landtechnik <info@mahl-landtechnik.example>\n'
    'Gesendet: Montag, 9. November 2026 08:12\nAn: Florian Bauer <f.bauer@veltrona.example>\nBetreff: Servo Problem\n\n'
    'Hallo Herr Bauer,\nder Servo S3 aus VO-24-0955 hat keine Verbindung zur Steuerung. Können Sie helfen?\nGruß Mahl\n',
    style='outlook')
add(V, 'v_status_where', L('order_status', 'm.kranz@kranz-foerder.example', rma='RMA-2026-00412', lang='en'),
    'Markus Kranz <m.kranz@kranz-foerder.example>', 'AW: RMA-2026-00412',
    'Wo bleibt das Austauschgerät? Anlage steht.\n\nKranz\n\n> Ihre Reklamation wurde unter RMA-2026-00412 erfasst.\n')
add(V, 'v_status_shipped', L('order_status', 'qs@ferrox-stahl.example', orders=['VO-24-1011'], lang='en'),
    'QS Ferrox <qs@ferrox-stahl.example>', 'Reparatur VO-24-1011 schon raus?',
    'Guten Morgen,\nsind die zwei Geräte zu VO-24-1011 schon verschickt worden? Eine Sendungsnummer wäre nett.\n\nGruß QS\n')
add(V, 'v_status_pl', L('order_status', 'serwis@przenosniki-lis.example', rma='RMA-2026-00398', lang='en'),
    'Tomasz Lis <serwis@przenosniki-lis.example>', 'RMA-2026-00398 - jakieś wieści?',
    'Dzień dobry,\nczy są jakieś wieści w sprawie naprawy? Kiedy możemy się spodziewać zwrotu?\n\nTomasz Lis\n')
add(V, 'v_status_nl', L('order_status', 'tech@vandijk-transport.example', rma='RMA-2026-00431', lang='en'),
    'Ruud van Dijk <tech@vandijk-transport.example>', 'Re: RMA-2026-00431',
    'Hoi,\nWanneer kunnen we de unit terug verwachten? Hebben jullie al een datum?\n\nRuud\n')
add(V, 'v_followup_photo', L('follow_up', 'h.wegner@wegner-bau.example', rma='RMA-2026-00433', lang='en'),
    'Hannes Wegner <h.wegner@wegner-bau.example>', 'AW: RMA-2026-00433 Ihre Anfrage',
    'Hallo,\nwie gewünscht noch das Foto vom Typenschild, und die Anlage läuft jetzt mit dem Ersatzgerät.\n\nWegner\n',
    att=('image/jpeg', 'IMG_4471.jpg'))
add(V, 'v_followup_cz', L('follow_up', 'udrzba@pila-novak.example', rma='RMA-2026-00440', lang='en'),
    'Petr Novák <udrzba@pila-novak.example>', 'Re: RMA-2026-00440',
    'Dobrý den,\ndoplňuji: zařízení bylo instalováno v březnu, napájení 400 V. Balík pošleme v pátek.\n\nPetr Novák\n')
add(V, 'v_ooo_de', L('auto_reply', 'f.stein@ferrox-stahl.example', rma='RMA-2026-00415'),
    'Frank Stein <f.stein@ferrox-stahl.example>', 'Abwesenheitsnotiz: RMA-2026-00415',
    'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11. nicht im Büro. '
    'In dringenden Fällen wenden Sie sich bitte an qs@ferrox-stahl.example.\n\nFrank Stein\n', extra=AUTO)
add(V, 'v_ooo_pl', L('auto_reply', 'zakupy@przenosniki-lis.example'),
    'Dział Zakupów <zakupy@przenosniki-lis.example>', 'Odpowiedź automatyczna: Oferta',
    'Dzień dobry,\njestem na urlopie do 23 listopada. Wiadomości nie są przekazywane.\n', extra=AUTO)
add(V, 'v_erp_ack', L('auto_reply', 'sap-workflow@brandtmuehle.example', rma='RMA-2026-00420'),
    'SAP Workflow <sap-workflow@brandtmuehle.example>', 'Eingangsbestätigung Beleg 4711029 / RMA-2026-00420',
    'Ihr Dokument wurde im System erfasst.\nBelegnummer: 4711029\nBestellung: 4500098812\nReferenz: RMA-2026-00420\n'
    'Status: In Prüfung\n\nDies ist eine automatisch generierte Nachricht. Bitte nicht antworten.\n',
    extra=(('Auto-Submitted', 'auto-generated'),), style='sap')
add(V, 'v_read_receipt', L('auto_reply', 'einkauf@holzbau-riedl.example'),
    'Einkauf Riedl <einkauf@holzbau-riedl.example>', 'Gelesen: Rücksendung VFD',
    'Ihre Nachricht\n\n  An: Einkauf Riedl\n  Betreff: Rücksendung VFD\n  Gesendet: 10.11.2026 09:02\n\n'
    'wurde am 10.11.2026 09:40 gelesen.\n', style='outlook')
add(V, 'v_invoice', L('unrelated'),
    'Buchhaltung Brandtmühle <rechnungen@brandtmuehle.example>', 'Zahlungsavis 2026-11-14',
    'Sehr geehrte Damen und Herren,\n\nwir haben folgende Zahlung veranlasst:\n\nBestellung 4500098812  Rechnung 24-8812  EUR 4.318,20\n'
    'Bestellung 4500098830  Rechnung 24-8840  EUR 1.104,00\n\nValuta 16.11.2026\n\nBuchhaltung\n', extra=(('Auto-Submitted', 'auto-generated'),))
add(V, 'v_carrier', L('unrelated'),
    'DPD Paketinfo <noreply@paket-info.example>', 'Ihr Paket 01905533718842 kommt heute',
    'Guten Tag,\n\nIhr Paket 01905533718842 von Ferrox Stahl GmbH wird heute zwischen 10:15 und 11:15 zugestellt.\n'
    'Sendung verfolgen: https://paket-info.example/t/01905533718842\n', extra=(('Auto-Submitted', 'auto-generated'),))
add(V, 'v_newsletter', L('unrelated'),
    'Antriebswelt Magazin <news@antriebswelt.example>', 'Antriebswelt 11/2026: Energieeffizienz im Fokus',
    'Die Themen dieser Ausgabe:\n- Frequenzumrichter richtig dimensionieren\n- Messe SPS: unsere Highlights\n\nAbmelden: https://antriebswelt.example/abmelden\n',
    extra=BULK)
add(V, 'v_sales_enquiry', L('unrelated'),
    'Lena Voigt <l.voigt@voigt-pumpen.example>', 'Anfrage Angebot 10 Stück',
    'Guten Tag,\nwir planen eine neue Pumpenstation und bräuchten ein Angebot über 10 Umrichter 7,5 kW inkl. Lieferzeit.\n\nLena Voigt\n')
add(V, 'v_job', L('unrelated'),
    'Julia Sommer <julia.sommer@mailbox.example>', 'Initiativbewerbung Servicetechnikerin',
    'Sehr geehrte Damen und Herren,\nanbei sende ich Ihnen meine Bewerbung als Servicetechnikerin.\n\nMit freundlichen Grüßen\nJulia Sommer\n',
    att=('application/pdf', 'Bewerbung_Sommer.pdf'))


# -------------------------------------------------------------------- Haldor --
H = 'haldor'
company(H, 'Haldor Marine Electronics AS', 'haldor-marine.example', ['NavEcho 7', 'NavEcho 9', 'WindSense W2', 'AIS-T3'],
        ['noreply', 'webshop'])

add(H, 'h_terse', L('new_request', 'skipper.olsen@fjordmail.example', models=['NavEcho 7'], lang='en'),
    'Per Olsen <skipper.olsen@fjordmail.example>', 'NavEcho 7',
    'screen black since yesterday, what now?\n\nPer\nSent from my phone\n')
add(H, 'h_question', L('new_request', 'j.halvor@westkyst-fiske.example', lang='en'),
    'Jonas Halvor <j.halvor@westkyst-fiske.example>', 'warranty?',
    'Hi, is the wind sensor still under warranty after 14 months? It stopped showing direction.\n\nJonas\n')
add(H, 'h_quality', L('new_request', 'fleet@nordsjo-charter.example', orders=['HMO-51207'], models=['AIS-T3'],
    cat='other', kw=['not acceptable'], lang='en'),
    'Fleet Manager Nordsjø Charter <fleet@nordsjo-charter.example>', 'Quality of AIS units',
    'Hello,\n\nFrankly the quality of the AIS-T3 units we bought under HMO-51207 is not acceptable. '
    'Two of six boats have already had trouble this season. I would like to know what you intend to do about it '
    'before we order for the rest of the fleet.\n\nRegards\nIngrid Sæther\nFleet Manager\n')
add(H, 'h_story', L('new_request', 'captain@mv-solvik.example', serials=['HD2304417'], models=['NavEcho 9'],
    cat='physical_damage', kw=['water inside'], lang='en'),
    'Captain Arne Solvik <captain@mv-solvik.example>', 'after the storm',
    'Good morning,\n\nWe were caught in a bad storm off Stad last week, three days of heavy seas, lost a liferaft and '
    'part of the railing, nobody hurt thank God. When we came into Ålesund and dried everything out the NavEcho 9 '
    'on the flybridge has water inside the display, you can see drops behind the glass. '
    'Serial on the back is HD2304417. It is supposed to be waterproof so I hope this is something you cover. '
    'We are in port until Friday.\n\nArne Solvik\nMV Solvik\n')
add(H, 'h_second_lang', L('new_request', 'tech@baltic-yacht.example', serials=['HD2211050'], cat='no_link',
    kw=['not see any boats'], lang='en'),
    'Andrius Kazlauskas <tech@baltic-yacht.example>', 'AIS not working',
    'Hello,\nour transponder HD2211050 is power on but we can not see any boats on the plotter, before it was ok. '
    'Antenna is new. Please can you say what to do, we need for next week regatta.\nBest regards Andrius\n')
add(H, 'h_html_table', L('new_request', 'service@marina-bergen.example', orders=['HMO-51388'],
    serials=['HD2402201', 'HD2402207'], models=['WindSense W2'], cat='intermittent', kw=['drops out'], lang='en'),
    'Marina Bergen Service <service@marina-bergen.example>', 'Return request',
    '<div>Hello Haldor team,</div><div>please see below.</div><table cellpadding="4">'
    '<tr><td><b>Order</b></td><td>HMO-51388</td></tr><tr><td><b>Product</b></td><td>WindSense W2</td></tr>'
    '<tr><td><b>Serials</b></td><td>HD2402201, HD2402207</td></tr>'
    '<tr><td><b>Issue</b></td><td>reading drops out every few minutes</td></tr></table><div>Thanks, Eirik</div>', lay='html')
add(H, 'h_attach', L('new_request', 'lars@lars-boats.example', lang='en'),
    'Lars Moen <lars@lars-boats.example>', 'FW: pics',
    '\n', att=('image/jpeg', 'cracked housing after install.jpg'))
add(H, 'h_missing_item', L('new_request', 'orders@seaside-supply.example', orders=['HMO-51410'], models=['NavEcho 7'],
    cat='wrong_or_missing_item', kw=['no mounting bracket'], lang='en'),
    'Seaside Supply <orders@seaside-supply.example>', 'HMO-51410 incomplete',
    'Hi,\nbox for the NavEcho 7 on HMO-51410 had no mounting bracket in it. Can you send one?\nThanks\nMaria\n')
add(H, 'h_form', L('new_request', 'kjetil@kjetilfiske.example', serials=['HD2309933'], models=['NavEcho 9'],
    cat='software', kw=['stuck on the logo'], lang='en'),
    'Haldor Webshop <webshop@haldor-marine.example>', '[Contact] New support message',
    'New message from haldor-marine.example/support\n\nName: Kjetil Berg\nEmail: kjetil@kjetilfiske.example\n'
    'Product: NavEcho 9\nSerial: HD2309933\nMessage: after the update it is stuck on the logo\n',
    reply_to='kjetil@kjetilfiske.example')
add(H, 'h_form2', L('new_request', 'b.dahl@dahl-marine.example', lang='en'),
    'Haldor Webshop <webshop@haldor-marine.example>', '[Contact] New support message',
    'New message from haldor-marine.example/support\n\nName: Bjørn Dahl\nEmail: b.dahl@dahl-marine.example\n'
    'Product: -\nSerial: -\nMessage: Who do I talk to about a return?\n', reply_to='b.dahl@dahl-marine.example')
add(H, 'h_fwd', L('forwarded', 'ole@ole-havfiske.example', 's.nygaard@haldor-marine.example', serials=['HD2206120'],
    models=['WindSense W2'], cat='physical_damage', kw=['cups broken'], lang='en'),
    'Siri Nygaard <s.nygaard@haldor-marine.example>', 'Fwd: wind sensor',
    'FYI, can service handle this one?\n\n---------- Forwarded message ---------\nFrom: Ole Hansen <ole@ole-havfiske.example>\n'
    'Date: Tue, 10 Nov 2026 at 07:41\nSubject: wind sensor\nTo: Siri Nygaard <s.nygaard@haldor-marine.example>\n\n'
    'Hi Siri, the WindSense W2 (HD2206120) has the cups broken after a bird hit it. Can it be fixed?\nOle\n', style='gmail')
add(H, 'h_status_eta', L('order_status', 'captain@mv-solvik.example', rma='RMA-2026-00502', lang='en'),
    'Captain Arne Solvik <captain@mv-solvik.example>', 'RE: RMA-2026-00502',
    'Any ETA on the repaired unit? We leave port on the 28th.\n\nArne\n')
add(H, 'h_status_news', L('order_status', 'fleet@nordsjo-charter.example', orders=['HMO-51207'], lang='en'),
    'Fleet Manager Nordsjø Charter <fleet@nordsjo-charter.example>', 'HMO-51207 replacements',
    'Hello, any news on the replacements for HMO-51207? Haven\'t heard anything for two weeks.\n\nIngrid\n')
add(H, 'h_status_tracking', L('order_status', 'service@marina-bergen.example', rma='RMA-2026-00511', lang='en'),
    'Marina Bergen Service <service@marina-bergen.example>', 'tracking number?',
    'Hi, could you send us the tracking number for RMA-2026-00511 please? Customer keeps asking.\n\nEirik\n')
add(H, 'h_followup', L('follow_up', 'tech@baltic-yacht.example', rma='RMA-2026-00507', lang='en'),
    'Andrius Kazlauskas <tech@baltic-yacht.example>', 'Re: RMA-2026-00507',
    'Hello, I forget to say: software version on the unit is 2.4.1. Also the green LED is blinking.\nAndrius\n\n'
    '> Thank you, your case number is RMA-2026-00507.\n')
add(H, 'h_followup2', L('follow_up', 'skipper.olsen@fjordmail.example', rma='RMA-2026-00515', lang='en'),
    'Per Olsen <skipper.olsen@fjordmail.example>', 'Re: RMA-2026-00515',
    'Here is the receipt from the dealer, bought in May.\nPer\n', att=('application/pdf', 'kvittering.pdf'))
add(H, 'h_ooo_no', L('auto_reply', 'ingrid@nordsjo-charter.example', rma='RMA-2026-00499'),
    'Ingrid Sæther <ingrid@nordsjo-charter.example>', 'Fraværende: RE: RMA-2026-00499',
    'Jeg er på ferie til 24. november og har begrenset tilgang til e-post.\n'
    'I am on holiday until 24 November with limited access to e-mail.\n', extra=AUTO)
add(H, 'h_ooo_en', L('auto_reply', 'eirik@marina-bergen.example'),
    'Eirik Lunde <eirik@marina-bergen.example>', 'Automatic reply: Return request',
    'Thank you for your email. I am out of the office at the boat show in Düsseldorf and will reply when I am back.\n', extra=AUTO)
add(H, 'h_ticket_ack', L('auto_reply', 'support@seaside-supply.example', rma='RMA-2026-00509'),
    'Seaside Supply Helpdesk <support@seaside-supply.example>', '[Ticket #20931] RE: RMA-2026-00509 received',
    'Hello,\n\nYour request has been received and a ticket has been opened: #20931.\nReference: RMA-2026-00509\n'
    'Purchase order: PO-7781\nOur team will get back to you within 2 business days.\n\n-- Seaside Supply Helpdesk (do not reply above this line)\n',
    extra=(('Auto-Submitted', 'auto-replied'),))
add(H, 'h_carrier', L('unrelated'),
    'Bring Tracking <no-reply@bring-track.example>', 'Sendingen din er levert',
    'Hei!\nSendingen 370722150016423187 er levert til mottaker 13.11.2026 kl. 14:02.\nMed vennlig hilsen Bring\n',
    extra=(('Auto-Submitted', 'auto-generated'),))
add(H, 'h_payment_advice', L('unrelated'),
    'Accounts Payable <ap@nordsjo-charter.example>', 'Remittance advice - PO HMO-51207',
    'Remittance advice\n\nPayment date: 12.11.2026\nPO HMO-51207  Invoice 90215  NOK 48 600,00\nTotal NOK 48 600,00\n\nThis message was generated automatically.\n',
    extra=(('Auto-Submitted', 'auto-generated'),))
add(H, 'h_newsletter', L('unrelated'),
    'Boat Show Norway <news@boatshow.example>', 'Last chance: exhibitor early bird',
    'Book your stand before 30 November and save 15%.\nTo unsubscribe click here: https://boatshow.example/u\n', extra=BULK,
    lay='html')
add(H, 'h_offer', L('unrelated'),
    'Chen Wei <sales@shenzhen-pcb.example>', 'PCB assembly quote for marine electronics',
    'Dear Manager,\nWe are a professional PCB factory with 15 years experience. Good quality, low price, fast delivery. '
    'May I send you our catalogue?\nBest regards\nChen Wei\n')
add(H, 'h_job', L('unrelated'),
    'Henrik Aas <henrik.aas@post.example>', 'Application: field service engineer',
    'Hello,\nI saw your advertisement for a field service engineer in Tromsø. My CV is attached.\nKind regards\nHenrik Aas\n',
    att=('application/pdf', 'CV_Henrik_Aas.pdf'))

add(H, 'h_dutch', L('new_request', 'werkplaats@jachtwerf-de-vries.example', serials=['HD2308815'], models=['AIS-T3'],
    cat='no_power', kw=['gaat niet meer aan'], lang='en'),
    'Jachtwerf De Vries <werkplaats@jachtwerf-de-vries.example>', 'AIS',
    'Goedemorgen,\nDe AIS-T3 (serienummer HD2308815) van een klant gaat niet meer aan na de winterstalling. '
    'Hoe kunnen we die opsturen?\nGroet, Sander\n')
add(H, 'h_followup3', L('follow_up', 'fleet@nordsjo-charter.example', rma='RMA-2026-00519', lang='en'),
    'Fleet Manager Nordsjø Charter <fleet@nordsjo-charter.example>', 'RE: RMA-2026-00519',
    'Adding the vessel names for your records: MS Havørn and MS Skarv. Both units are on the way to you.\nIngrid\n')
add(H, 'h_sales', L('unrelated'),
    'Tor Eriksen <tor@eriksen-yachtsales.example>', 'Dealer pricing',
    'Hello, we sell around 30 boats a year and would like dealer prices for your plotters. Who should I speak to?\nTor\n')


# ------------------------------------------------------------------- Solmira --
S = 'solmira'
company(S, 'Solmira Iluminação Lda.', 'solmira.example', ['Lumos 40', 'Lumos 80', 'Faro Street 120', 'Ritmo Strip'],
        ['noreply', 'formulario'])

add(S, 's_pt_terse', L('new_request', 'obras@construtora-alves.example', models=['Lumos 80'], cat='no_power',
    kw=['não acende'], lang='en'),
    'Rui Alves <obras@construtora-alves.example>', 'Lumos 80',
    'Bom dia,\nLumos 80 não acende. Como faço?\nRui\n')
add(S, 's_pt_br', L('new_request', 'compras@eletro-paulista.example', orders=['ENC-2024/0318'], cat='optical_performance',
    kw=['cor diferente'], lang='en'),
    'Fernanda Souza <compras@eletro-paulista.example>', 'Problema com as luminárias do pedido ENC-2024/0318',
    'Olá pessoal, tudo bem?\n\nRecebemos as luminárias do pedido ENC-2024/0318 e metade delas está com cor diferente, '
    'umas mais amarelas que as outras. O cliente final reclamou. Vocês trocam?\n\nAbraço,\nFernanda\n')
add(S, 's_es', L('new_request', 'mantenimiento@ayto-villalba.example', serials=['SM-2311-K0457', 'SM-2311-K0458'],
    models=['Faro Street 120'], cat='intermittent', kw=['parpadean'], lang='en'),
    'Ayuntamiento de Villalba - Mantenimiento <mantenimiento@ayto-villalba.example>', 'Farolas que parpadean',
    'Buenos días:\n\nDos farolas Faro Street 120 de la calle Mayor parpadean por la noche. Números de serie '
    'SM-2311-K0457 y SM-2311-K0458. ¿Cómo tramitamos la garantía?\n\nUn saludo,\nÁrea de Mantenimiento\n')
add(S, 's_it', L('new_request', 'ufficio.tecnico@illumina-verona.example', orders=['ENC-2024/0402'], models=['Ritmo Strip'],
    cat='physical_damage', kw=['bobine schiacciate'], lang='en'),
    'Ufficio Tecnico Illumina <ufficio.tecnico@illumina-verona.example>', 'merce danneggiata',
    'Buongiorno,\nla consegna dell\'ordine ENC-2024/0402 è arrivata con tre bobine schiacciate di Ritmo Strip. '
    'Allego le foto del cartone.\nCordiali saluti\nGiulia Ferri\n', att=('image/jpeg', 'cartone.jpg'))
add(S, 's_fr', L('new_request', 'sav@lumiere-lyon.example', serials=['SM-2402-B0019'], models=['Lumos 40'],
    cat='other', kw=['bourdonnement'], lang='en'),
    'SAV Lumière Lyon <sav@lumiere-lyon.example>', 'Retour produit',
    'Bonjour,\n\nnotre client se plaint d\'un bourdonnement sur un Lumos 40 (n° de série SM-2402-B0019). '
    'Pouvez-vous nous indiquer la marche à suivre pour un retour ?\n\nCordialement,\nNathalie Roux\n')
add(S, 's_question', L('new_request', 'info@hotel-mar-azul.example', lang='en'),
    'Hotel Mar Azul <info@hotel-mar-azul.example>', 'dúvida',
    'Boa tarde, as lâmpadas do jardim têm garantia de quantos anos? Algumas já não funcionam bem.\nObrigado\n')
add(S, 's_story_es', L('new_request', 'paco@bodegas-lerma.example', orders=['ENC-2024/0266'], models=['Lumos 80'],
    cat='no_power', kw=['se apagaron todas'], lang='en'),
    'Paco Lerma <paco@bodegas-lerma.example>', 'lo de la bodega',
    'Hola, os cuento: montamos las luces en la bodega nueva para la vendimia, quedó precioso, vino hasta el alcalde a la '
    'inauguración. Pero a la semana hubo una tormenta fuerte, saltó el diferencial y al volver la luz se apagaron todas '
    'las Lumos 80 de la nave 2 y ya no encienden. El electricista dice que los drivers. El pedido era el ENC-2024/0266. '
    '¿Qué hacemos?\nPaco\n')
add(S, 's_html_table_pt', L('new_request', 'qualidade@instaluz.example', orders=['ENC-2024/0377'],
    serials=['SM-2404-C1101'], models=['Lumos 40'], cat='wrong_or_missing_item', kw=['modelo errado'], lang='en'),
    'Instaluz Qualidade <qualidade@instaluz.example>', 'Reclamação',
    '<table><tr><td>Encomenda</td><td>ENC-2024/0377</td></tr><tr><td>Artigo</td><td>Lumos 40</td></tr>'
    '<tr><td>N.º série</td><td>SM-2404-C1101</td></tr><tr><td>Descrição</td><td>modelo errado, pedimos 4000K</td></tr></table>'
    '<p>Cumprimentos, Instaluz</p>', lay='html')
add(S, 's_attach_name', L('new_request', 'eng.marco@studio-bianchi.example', lang='en'),
    'Marco Bianchi <eng.marco@studio-bianchi.example>', 'foto',
    'vedi allegato\n', att=('image/jpeg', 'lampada_bruciata_garanzia.jpg'))
add(S, 's_form', L('new_request', 'carla.mendes@mendes-arq.example', serials=['SM-2309-A0788'], cat='optical_performance',
    kw=['luz muito fraca'], lang='en'),
    'Solmira Formulário <formulario@solmira.example>', 'Novo pedido de assistência',
    'Nome: Carla Mendes\nEmail: carla.mendes@mendes-arq.example\nTelefone: 912 345 678\nN.º de série: SM-2309-A0788\n'
    'Mensagem: luz muito fraca desde a instalação\n', reply_to='carla.mendes@mendes-arq.example')
add(S, 's_fwd_es', L('forwarded', 'compras@ilumina-sevilla.example', 'j.costa@solmira.example', orders=['ENC-2024/0299'],
    models=['Ritmo Strip'], cat='intermittent', kw=['se corta'], lang='en'),
    'João Costa <j.costa@solmira.example>', 'Fwd: Ritmo Strip',
    'Olá equipa de assistência, reencaminho. Obrigado, João\n\n-------- Mensagem reencaminhada --------\n'
    'De: Ilumina Sevilla <compras@ilumina-sevilla.example>\nData: 11/11/2026 10:02\nAssunto: Ritmo Strip\n\n'
    'Hola João, la Ritmo Strip del pedido ENC-2024/0299 se corta a mitad del tramo. ¿Nos ayudáis?\nSaludos\n', style='tb')
add(S, 's_fwd_fr', L('forwarded', None, 'j.costa@solmira.example', cat='no_power', kw=['ne fonctionnent plus'], lang='en'),
    'João Costa <j.costa@solmira.example>', 'TR: appel client',
    'Note d\'un appel de ce matin: client à Nantes, trois spots ne fonctionnent plus depuis lundi. '
    'Il n\'a pas de mail, il rappellera. João\n')
add(S, 's_status_pt', L('order_status', 'obras@construtora-alves.example', rma='RMA-2026-00610', lang='en'),
    'Rui Alves <obras@construtora-alves.example>', 'RE: RMA-2026-00610',
    'Então, já foi enviada a substituição? A obra termina dia 30.\nRui\n')
add(S, 's_status_es', L('order_status', 'mantenimiento@ayto-villalba.example', rma='RMA-2026-00602', lang='en'),
    'Ayuntamiento de Villalba - Mantenimiento <mantenimiento@ayto-villalba.example>', 'Consulta estado RMA-2026-00602',
    'Buenos días, ¿en qué estado está la reparación? ¿Hay fecha prevista de envío?\nGracias\n')
add(S, 's_status_it', L('order_status', 'ufficio.tecnico@illumina-verona.example', orders=['ENC-2024/0402'], lang='en'),
    'Ufficio Tecnico Illumina <ufficio.tecnico@illumina-verona.example>', 'sostituzione ENC-2024/0402',
    'Buongiorno, avete notizie sulla sostituzione delle bobine? Quando partono?\nGiulia\n')
add(S, 's_status_fr', L('order_status', 'sav@lumiere-lyon.example', rma='RMA-2026-00615', lang='en'),
    'SAV Lumière Lyon <sav@lumiere-lyon.example>', 'RE: RMA-2026-00615 - où en est-on ?',
    'Bonjour, où en est le dossier ? Le client s\'impatiente.\nNathalie\n')
add(S, 's_followup_pt', L('follow_up', 'compras@eletro-paulista.example', rma='RMA-2026-00611', lang='en'),
    'Fernanda Souza <compras@eletro-paulista.example>', 'Re: RMA-2026-00611',
    'Oi, seguem os números de lote que estavam nas caixas: L2310 e L2311. Abraço\n')
add(S, 's_followup_es', L('follow_up', 'paco@bodegas-lerma.example', rma='RMA-2026-00620', lang='en'),
    'Paco Lerma <paco@bodegas-lerma.example>', 'Re: RMA-2026-00620',
    'Otra cosa: son 14 luminarias en total, no 12 como os dije. Paco\n')
add(S, 's_ooo_pt', L('auto_reply', 'rui.alves@construtora-alves.example', rma='RMA-2026-00610'),
    'Rui Alves <rui.alves@construtora-alves.example>', 'Resposta automática: RE: RMA-2026-00610',
    'Estou ausente em obra sem acesso ao email até 25/11. Para assuntos urgentes ligue 21 000 1234.\n', extra=AUTO)
add(S, 's_ooo_es', L('auto_reply', 'compras@ilumina-sevilla.example'),
    'Ilumina Sevilla <compras@ilumina-sevilla.example>', 'Fuera de la oficina',
    '<p>Estaré fuera de la oficina hasta el lunes 23.</p><p>Un saludo</p>', lay='html', extra=AUTO)
add(S, 's_ooo_it', L('auto_reply', 'giulia.ferri@illumina-verona.example'),
    'Giulia Ferri <giulia.ferri@illumina-verona.example>', 'Risposta automatica: merce danneggiata',
    'Sono fuori ufficio fino al 20 novembre. Per urgenze scrivere a ufficio.tecnico@illumina-verona.example\n', extra=AUTO)
add(S, 's_ooo_fr', L('auto_reply', 'n.roux@lumiere-lyon.example', rma='RMA-2026-00615'),
    'Nathalie Roux <n.roux@lumiere-lyon.example>', 'Réponse automatique : RE: RMA-2026-00615',
    'Bonjour, je suis absente jusqu\'au 27/11 inclus. Merci de contacter sav@lumiere-lyon.example.\n', extra=AUTO)
add(S, 's_invoice', L('unrelated'),
    'Faturação CTT <faturas@fornecedor-embalagens.example>', 'Fatura FT 2026/1187',
    'Exmos. Senhores,\nJunto enviamos a fatura FT 2026/1187 referente à vossa encomenda PO-SOL-3391.\nValor: 1.284,50 EUR\n',
    att=('application/pdf', 'FT_2026_1187.pdf'), extra=(('Auto-Submitted', 'auto-generated'),))
add(S, 's_carrier', L('unrelated'),
    'SEUR <notificaciones@seur-envios.example>', 'Tu envío está en reparto',
    'Hola,\nTu envío 0458 2211 9930 llegará hoy. Remitente: Solmira Iluminação.\n', extra=(('Auto-Submitted', 'auto-generated'),))
add(S, 's_offer', L('unrelated'),
    'Lucía Martín <lucia@ferias-luz.example>', 'Stand en la feria Iluminación Madrid',
    'Hola, ¿os interesaría exponer en la feria de febrero? Os mando tarifas.\nLucía\n')
add(S, 's_enquiry', L('unrelated'),
    'Pedro Nunes <pedro.nunes@quinta-nunes.example>', 'Orçamento iluminação exterior',
    'Boa tarde, precisava de um orçamento para 20 candeeiros de jardim. Obrigado. Pedro Nunes\n')

add(S, 's_es_complaint', L('new_request', 'gerencia@reformas-ortega.example', orders=['ENC-2024/0421'], cat='other',
    kw=['no es normal'], lang='en'),
    'Luis Ortega <gerencia@reformas-ortega.example>', 'queja',
    'Buenas, de las 40 luminarias del pedido ENC-2024/0421 ya van 6 que fallan en dos meses. Esto no es normal. '
    'Quiero hablar con alguien responsable.\nLuis Ortega\n')
add(S, 's_newsletter', L('unrelated'),
    'LuxNews <boletim@luxnews.example>', 'Tendências de iluminação 2027',
    '<p>As tendências de iluminação para 2027 já chegaram.</p><p><a href="https://luxnews.example/sair">Cancelar subscrição</a></p>',
    lay='html', extra=BULK)


# ------------------------------------------------------------------- Kestrel --
K = 'kestrel'
company(K, 'Kestrel Audio Ltd', 'kestrel-audio.example', ['Hover 2', 'Hover 2 Pro', 'Perch Sub 10', 'Talon DI'],
        ['noreply', 'web'])

add(K, 'k_terse', L('new_request', 'dan.price@gigmail.example', lang='en'),
    'Dan Price <dan.price@gigmail.example>', '(no subject)',
    'speaker died mid gig. how do i send it back\n')
add(K, 'k_complaint', L('new_request', 'tech@rivervenue.example', orders=['KA-100482'], models=['Hover 2 Pro'],
    cat='other', kw=['really disappointed'], lang='en'),
    'Sam Okafor <tech@rivervenue.example>', 'Really disappointed',
    'Hi,\n\nI\'ve been recommending your stuff for years but I\'m really disappointed with the Hover 2 Pro pair '
    'we got on KA-100482. For the price I expected better. One of them already sounds off and the finish is peeling. '
    'What are you going to do about it?\n\nSam\n')
add(K, 'k_ja', L('new_request', 'sato@onkyo-studio.example', serials=['K240AB0193'], models=['Talon DI'],
    cat='no_power', kw=['電源が入りません'], lang='en'),
    '佐藤 健 <sato@onkyo-studio.example>', '修理のお願い',
    'Kestrel Audio ご担当者様\n\nいつもお世話になっております。\nTalon DI（シリアル K240AB0193）の電源が入りません。'
    '修理をお願いできますでしょうか。\n\nよろしくお願いいたします。\n佐藤\n')
add(K, 'k_ko', L('new_request', 'kim@seoul-sound.example', orders=['KA-100517'], models=['Perch Sub 10'],
    cat='intermittent', kw=['소리가 끊깁니다'], lang='en'),
    '김민수 <kim@seoul-sound.example>', '서브우퍼 문의',
    '안녕하세요.\n주문번호 KA-100517 로 구매한 Perch Sub 10 에서 가끔 소리가 끊깁니다. 교환이 가능한가요?\n감사합니다.\n김민수\n')
add(K, 'k_second_lang', L('new_request', 'rental@sonido-mx.example', serials=['K231CD0077'], cat='physical_damage',
    kw=['the grill is broke'], lang='en'),
    'Jorge Ramírez <rental@sonido-mx.example>', 'speaker arrive damaged',
    'Hello, the speaker with serial K231CD0077 arrive to us and the grill is broke, the box also. Is posible to change?\nJorge\n')
add(K, 'k_question', L('new_request', 'emma.w@villagehall.example', models=['Hover 2'], lang='en'),
    'Emma Walsh <emma.w@villagehall.example>', 'Hover 2 question',
    'Hello, is there anything we can do ourselves before sending a Hover 2 back to you, or does it have to come to you?\n\nEmma (village hall committee)\n')
add(K, 'k_html', L('new_request', 'av@conference-centre.example', orders=['KA-100533'], serials=['K240AB0201', 'K240AB0202'],
    models=['Talon DI'], cat='no_link', kw=['no signal'], lang='en'),
    'AV Team <av@conference-centre.example>', 'Faulty DIs',
    '<table style="border:1px solid #ccc"><tr><th>Ref</th><th>Unit</th><th>Serial</th><th>Fault</th></tr>'
    '<tr><td>KA-100533</td><td>Talon DI</td><td>K240AB0201</td><td>no signal on XLR out</td></tr>'
    '<tr><td>KA-100533</td><td>Talon DI</td><td>K240AB0202</td><td>no signal on XLR out</td></tr></table>'
    '<p>Cheers, the AV team</p>', lay='html')
add(K, 'k_attach', L('new_request', 'mike@mikesound.example', lang='en'),
    'Mike Tran <mike@mikesound.example>', 'see attached',
    'as per the file name\n', att=('image/jpeg', 'Hover two tweeter blown under warranty.jpg'))
add(K, 'k_wrong_item', L('new_request', 'orders@bandkit.example', orders=['KA-100541'], models=['Hover 2', 'Hover 2 Pro'],
    cat='wrong_or_missing_item', kw=['sent us the'], lang='en'),
    'BandKit Orders <orders@bandkit.example>', 'KA-100541',
    'Hi, you sent us the Hover 2 instead of the Hover 2 Pro we ordered on KA-100541. Please advise.\nThanks\n')
add(K, 'k_form', L('new_request', 'lucy.h@churchsound.example', serials=['K229EF0145'], cat='software',
    kw=['app will not connect'], lang='en'),
    'Kestrel Web <web@kestrel-audio.example>', 'Support form submission',
    '<h3>Support form</h3><table><tr><td>Name</td><td>Lucy Hart</td></tr><tr><td>Email</td><td>lucy.h@churchsound.example</td></tr>'
    '<tr><td>Serial</td><td>K229EF0145</td></tr><tr><td>Problem</td><td>the app will not connect since the update</td></tr></table>',
    lay='html', reply_to='lucy.h@churchsound.example')
add(K, 'k_form2', L('new_request', 'tanaka@livehouse-k.example', cat='no_power', kw=['電源が落ちる'], lang='en'),
    'Kestrel Web <web@kestrel-audio.example>', 'Support form submission',
    '<h3>Support form</h3><table><tr><td>Name</td><td>田中</td></tr><tr><td>Email</td><td>tanaka@livehouse-k.example</td></tr>'
    '<tr><td>Serial</td><td></td></tr><tr><td>Problem</td><td>ライブ中に電源が落ちる</td></tr></table>',
    lay='html', reply_to='tanaka@livehouse-k.example')
add(K, 'k_fwd', L('forwarded', 'ben@benshire-audio.example', 'r.patel@kestrel-audio.example', orders=['KA-100488'],
    models=['Perch Sub 10'], cat='physical_damage', kw=['dented'], lang='en'),
    'Raj Patel <r.patel@kestrel-audio.example>', 'FW: Perch sub',
    'Service - can you pick this up please. Raj\n\n________________________________\nFrom: Ben Shire <ben@benshire-audio.example>\n'
    'Sent: 12 November 2026 16:20\nTo: Raj Patel <r.patel@kestrel-audio.example>\nSubject: Perch sub\n\n'
    'Raj, the Perch Sub 10 from KA-100488 arrived dented on one corner. Ben\n', style='outlook')
add(K, 'k_fwd_phone', L('forwarded', None, 'r.patel@kestrel-audio.example', serials=['K233GH0510'], models=['Hover 2'],
    cat='intermittent', kw=['cuts out'], lang='en'),
    'Raj Patel <r.patel@kestrel-audio.example>', 'customer call - Hover 2',
    'Had a call from a school in Leeds: Hover 2, serial K233GH0510, cuts out when it gets warm. '
    'They will post it to us. Raj\n')
add(K, 'k_status_where', L('order_status', 'dan.price@gigmail.example', rma='RMA-2026-00702', lang='en'),
    'Dan Price <dan.price@gigmail.example>', 'RMA-2026-00702',
    'where\'s my replacement?? its been 3 weeks\n')
add(K, 'k_status_shipped', L('order_status', 'tech@rivervenue.example', orders=['KA-100482'], lang='en'),
    'Sam Okafor <tech@rivervenue.example>', 'Re: Really disappointed',
    'Has the replacement for KA-100482 shipped yet? Show on Saturday.\nSam\n')
add(K, 'k_status_ja', L('order_status', 'sato@onkyo-studio.example', rma='RMA-2026-00709', lang='en'),
    '佐藤 健 <sato@onkyo-studio.example>', 'Re: RMA-2026-00709 修理状況について',
    'お世話になっております。\n修理の進捗はいかがでしょうか。返送予定日を教えていただけますと幸いです。\n佐藤\n')
add(K, 'k_status_ko', L('order_status', 'kim@seoul-sound.example', rma='RMA-2026-00711', lang='en'),
    '김민수 <kim@seoul-sound.example>', 'RE: RMA-2026-00711',
    '안녕하세요, 교환품은 언제 발송되나요? 송장번호 부탁드립니다.\n')
add(K, 'k_followup', L('follow_up', 'av@conference-centre.example', rma='RMA-2026-00705', lang='en'),
    'AV Team <av@conference-centre.example>', 'RE: RMA-2026-00705',
    'Just to add - both units were bought through a reseller, invoice attached. They are packed and ready.\n',
    att=('application/pdf', 'invoice.pdf'))
add(K, 'k_followup2', L('follow_up', 'emma.w@villagehall.example', rma='RMA-2026-00713', lang='en'),
    'Emma Walsh <emma.w@villagehall.example>', 'Re: RMA-2026-00713',
    'We tried the reset you suggested, no change. Our caretaker can drop it off on Thursday if that helps.\nEmma\n')
add(K, 'k_ooo_ja', L('auto_reply', 'sato@onkyo-studio.example', rma='RMA-2026-00709'),
    '佐藤 健 <sato@onkyo-studio.example>', '自動応答: Re: RMA-2026-00709',
    'ただいま出張中のため、11月25日まで返信が遅れます。ご了承ください。\n', extra=AUTO)
add(K, 'k_ooo_ko', L('auto_reply', 'kim@seoul-sound.example'),
    '김민수 <kim@seoul-sound.example>', '부재중 자동응답',
    '11월 24일까지 휴가 중입니다. 급한 용무는 02-555-0101 로 연락 주세요.\n', extra=AUTO)
add(K, 'k_read_receipt', L('auto_reply', 'orders@bandkit.example'),
    'BandKit Orders <orders@bandkit.example>', 'Read: KA-100541',
    'Your message\n\nTo: orders@bandkit.example\nSubject: KA-100541\n\nwas read on 13/11/2026 10:12.\n', style='outlook')
add(K, 'k_zendesk', L('auto_reply', 'support@conference-centre.example', rma='RMA-2026-00705'),
    'Conference Centre Support <support@conference-centre.example>', 'Request received: RE: RMA-2026-00705',
    '##- Please type your reply above this line -##\n\nYour request (48812) has been received and is being reviewed by our support staff.\n'
    'To add additional comments, reply to this email.\n', extra=(('Auto-Submitted', 'auto-replied'),))
add(K, 'k_carrier', L('unrelated'),
    'Royal Parcels <tracking@royalparcels.example>', 'Your parcel is on its way',
    'Good news! Parcel RP448812907GB from Kestrel Audio Ltd is out for delivery today.\n', extra=(('Auto-Submitted', 'auto-generated'),))
add(K, 'k_newsletter', L('unrelated'),
    'ProAudio Weekly <newsletter@proaudioweekly.example>', 'This week: the best DI boxes of 2026',
    '<h1>ProAudio Weekly</h1><p>We tested 12 DI boxes so you don\'t have to.</p><p><a href="https://proaudioweekly.example/unsub">Unsubscribe</a></p>',
    lay='html', extra=BULK)
add(K, 'k_sales', L('unrelated'),
    'Oliver Grant <oliver@festival-hire.example>', 'Hire rates for summer',
    'Hi there, do you do hire or only sales? Looking for 8 tops and 4 subs for August. Thanks, Oliver\n')
add(K, 'k_job', L('unrelated'),
    'Aisha Khan <aisha.khan@mailbox.example>', 'Work experience request',
    'Dear Sir/Madam, I am a sound engineering student and would love to do two weeks of work experience with you. Aisha Khan\n')

add(K, 'k_long_story', L('new_request', 'gwen.morris@morris-weddings.example', orders=['KA-100560'], models=['Hover 2'],
    cat='other', kw=['crackling'], lang='en'),
    'Gwen Morris <gwen.morris@morris-weddings.example>', 'long story, sorry',
    'Hi there,\n\nSorry this is a bit of a ramble. My husband and I run a small wedding DJ business and we bought two '
    'Hover 2 from you in the spring (order KA-100560). They have been great all summer, we did about forty weddings. '
    'Last Saturday in the middle of the first dance the left one started crackling, really embarrassing, '
    'the bride\'s mother came over to complain. We swapped cables and channels and it follows the speaker. '
    'We have three bookings in December so we really need to know how quickly this can be sorted.\n\nThanks so much,\nGwen\n')
add(K, 'k_followup3', L('follow_up', 'gwen.morris@morris-weddings.example', rma='RMA-2026-00720', lang='en'),
    'Gwen Morris <gwen.morris@morris-weddings.example>', 'Re: RMA-2026-00720',
    'Hi, forgot to mention the crackle is worse at low volume. Courier is booked for Tuesday.\nGwen\n')
add(K, 'k_unsub_marketing', L('unrelated'),
    'Kestrel Dealers Portal <portal@dealer-hub.example>', 'Your monthly dealer statement is ready',
    'Your statement for November is ready to download in the dealer portal.\nThis is an automated message.\n',
    extra=(('Auto-Submitted', 'auto-generated'),))


# -------------------------------------------------------------------- Hanxin --
X = 'hanxin'
company(X, '苏州瀚芯电子有限公司 (Hanxin Electronics Suzhou Co., Ltd.)', 'hanxin-elec.example', ['HX-P200', 'HX-P300', 'HX-C10'],
        ['noreply', 'crm'])

add(X, 'x_terse', L('new_request', 'wanggong@qq.example', lang='zh'),
    '王工 <wanggong@qq.example>', '坏了',
    '模块坏了，怎么弄？\n', lay='gb', style='qq')
add(X, 'x_question', L('new_request', 'caigou@jiade-zn.example', models=['HX-P200'], lang='zh'),
    '采购部 刘 <caigou@jiade-zn.example>', '请问退货流程',
    '您好，请问HX-P200如果有问题，返修流程是怎样的？需要先申请吗？\n谢谢\n', lay='gb')
add(X, 'x_quality', L('new_request', 'zhiliang@tengda-auto.example', orders=['HXSO240512'], models=['HX-P300'],
    cat='other', kw=['不良率太高'], lang='zh'),
    '腾达汽车电子 质量部 <zhiliang@tengda-auto.example>', '关于HX-P300质量问题的投诉',
    '瀚芯的各位：\n\n贵司订单HXSO240512的HX-P300不良率太高，产线已经投诉多次了。请贵司尽快给出分析报告和改善措施，'
    '否则我们要考虑换供应商。\n\n质量部 张喆\n', lay='gb')
add(X, 'x_story', L('new_request', 'lichen@xinghe-tech.example', serials=['HX2405170331'], models=['HX-C10'],
    cat='intermittent', kw=['时好时坏'], lang='zh'),
    '李晨 <lichen@xinghe-tech.example>', '控制器问题',
    '你好，\n\n是这样的，我们上个月把老设备全部换成了贵司的方案，调试了两个星期，前面都挺好。'
    '后来车间搬了一次，重新接线以后这台HX-C10（序列号HX2405170331）就时好时坏，有时候一整天没事，有时候一个小时掉好几次。'
    '线我们查过三遍了，换了电源也一样。麻烦看看是不是板子有问题，要不要寄回去。\n\n李晨\n星河科技\n', lay='plain')
add(X, 'x_html_table', L('new_request', 'sh@huanyu-dz.example', orders=['HXSO240530'],
    serials=['HX2406020011', 'HX2406020012', 'HX2406020015'], models=['HX-P200'], cat='no_power', kw=['不上电'], lang='zh'),
    '环宇电子 售后 <sh@huanyu-dz.example>', '退货申请',
    '<p>您好，以下产品申请退回维修：</p><table border="1"><tr><th>订单号</th><th>型号</th><th>序列号</th><th>故障</th></tr>'
    '<tr><td>HXSO240530</td><td>HX-P200</td><td>HX2406020011</td><td>不上电</td></tr>'
    '<tr><td>HXSO240530</td><td>HX-P200</td><td>HX2406020012</td><td>不上电</td></tr>'
    '<tr><td>HXSO240530</td><td>HX-P200</td><td>HX2406020015</td><td>不上电</td></tr></table><p>谢谢！</p>', lay='html')
add(X, 'x_attach_name', L('new_request', 'zhou.min@163mail.example', lang='zh'),
    '周敏 <zhou.min@163mail.example>', '照片',
    '见附件\n', att=('image/jpeg', '模块外壳裂开-收货时就这样.jpg'), style='netease')
add(X, 'x_mixed', L('new_request', 'kevin.xu@sinoauto.example', serials=['HX2403110207'], models=['HX-P300'],
    cat='no_link', kw=['CAN通讯不上'], lang='mixed'),
    'Kevin Xu <kevin.xu@sinoauto.example>', 'HX-P300 CAN issue',
    'Hi team,\n\n这个HX-P300 (SN HX2403110207) CAN通讯不上, we already checked the termination resistor, 还是不行。'
    'Please advise how to return it.\n\nThanks\nKevin\n')
add(X, 'x_missing', L('new_request', 'cangku@jiade-zn.example', orders=['HXSO240548'], cat='wrong_or_missing_item',
    kw=['少了两个'], lang='zh'),
    '嘉德智能 仓库 <cangku@jiade-zn.example>', 'HXSO240548 少货',
    '你好，订单HXSO240548到货清点，少了两个，箱子是完好的。请补发。\n仓库 小赵\n', lay='gb18030')
add(X, 'x_software', L('new_request', 'rd@lingxi-robot.example', models=['HX-C10'], cat='software', kw=['升级失败'],
    lang='zh'),
    '灵犀机器人 研发 <rd@lingxi-robot.example>', 'HX-C10 固件',
    '用上位机给HX-C10升级失败以后就一直卡在boot，有办法恢复吗？不行的话只能返厂了。\n', lay='plain')
add(X, 'x_damage', L('new_request', 'wuliu@tengda-auto.example', orders=['HXSO240561'], cat='physical_damage',
    kw=['外箱压坏'], lang='zh'),
    '腾达 物流 <wuliu@tengda-auto.example>', '到货破损',
    '订单HXSO240561今天到货，外箱压坏，里面有几个模块引脚弯了。照片附上。\n', att=('image/jpeg', 'IMG_20261112_101522.jpg'),
    lay='gb')
add(X, 'x_form', L('new_request', 'chenyu@qq.example', serials=['HX2404080099'], cat='no_power', kw=['指示灯不亮'],
    lang='zh'),
    '瀚芯客服系统 <crm@hanxin-elec.example>', '【在线留言】新的售后申请',
    '留言时间：2026-11-10 21:33\n姓名：陈宇\n邮箱：chenyu@qq.example\n电话：138****5521\n产品序列号：HX2404080099\n'
    '问题描述：指示灯不亮，换了电源也一样\n', reply_to='chenyu@qq.example')
add(X, 'x_form2', L('new_request', 'fanglei@foxmail.example', lang='zh'),
    '瀚芯客服系统 <crm@hanxin-elec.example>', '【在线留言】新的售后申请',
    '留言时间：2026-11-12 09:05\n姓名：方磊\n邮箱：fanglei@foxmail.example\n电话：\n产品序列号：\n问题描述：想问一下保修期多久\n',
    reply_to='fanglei@foxmail.example')
add(X, 'x_fwd', L('forwarded', 'buyer@jinlong-motor.example', 'sales.zhang@hanxin-elec.example', orders=['HXSO240577'],
    models=['HX-P300'], cat='intermittent', kw=['偶尔重启'], lang='zh'),
    '张伟 <sales.zhang@hanxin-elec.example>', '转发: HX-P300 问题',
    '售后同事好，客户的问题麻烦跟进一下。\n张伟\n\n------------------ 原始邮件 ------------------\n'
    '发件人: "金龙电机 采购" <buyer@jinlong-motor.example>\n发送时间: 2026年11月11日 15:40\n'
    '收件人: "张伟" <sales.zhang@hanxin-elec.example>\n主题: HX-P300 问题\n\n'
    '张经理，订单HXSO240577的HX-P300偶尔重启，客户那边很着急。\n', style='foxmail')
add(X, 'x_fwd_wechat', L('forwarded', None, 'sales.li@hanxin-elec.example', serials=['HX2402280114'], cat='no_power',
    kw=['烧了'], lang='zh'),
    '李娜 <sales.li@hanxin-elec.example>', '客户微信反馈',
    '客户微信发来的，转给售后：\n\n“你们那个板子烧了，序列号HX2402280114，能修吗”\n\n客户是东莞的老客户，电话我这边有。\n李娜\n')
add(X, 'x_status_jindu', L('order_status', 'sh@huanyu-dz.example', rma='RMA-2026-00803', lang='zh'),
    '环宇电子 售后 <sh@huanyu-dz.example>', '回复：RMA-2026-00803 进度',
    '您好，请问维修进度怎样了？\n', lay='gb')
add(X, 'x_status_fahuo', L('order_status', 'zhiliang@tengda-auto.example', orders=['HXSO240512'], lang='zh'),
    '腾达汽车电子 质量部 <zhiliang@tengda-auto.example>', 'HXSO240512 补货发了吗',
    '补的货发出了吗？麻烦给个快递单号。\n', lay='gb')
add(X, 'x_status_mixed', L('order_status', 'kevin.xu@sinoauto.example', rma='RMA-2026-00806', lang='mixed'),
    'Kevin Xu <kevin.xu@sinoauto.example>', 'RE: RMA-2026-00806',
    'Hi, 请问replacement什么时候能到？ We need it before month end.\nKevin\n')
add(X, 'x_status_when', L('order_status', 'wanggong@qq.example', rma='RMA-2026-00810', lang='zh'),
    '王工 <wanggong@qq.example>', 'RMA-2026-00810',
    '修好了没有？什么时候寄回来？\n', lay='gb', style='qq')
add(X, 'x_followup', L('follow_up', 'lichen@xinghe-tech.example', rma='RMA-2026-00801', lang='zh'),
    '李晨 <lichen@xinghe-tech.example>', '回复: RMA-2026-00801',
    '补充一下：故障的时候电源灯是亮的，只是通讯灯灭。已经按你们说的打包好了，明天顺丰寄出。\n李晨\n')
add(X, 'x_followup2', L('follow_up', 'sh@huanyu-dz.example', rma='RMA-2026-00803', lang='zh'),
    '环宇电子 售后 <sh@huanyu-dz.example>', '回复：RMA-2026-00803',
    '另外还有一台同批次的也出现类似情况，要不要一起寄？\n', lay='gb')
add(X, 'x_ooo', L('auto_reply', 'zhangzhe@tengda-auto.example', rma='RMA-2026-00802', lang='zh'),
    '张喆 <zhangzhe@tengda-auto.example>', '自动回复: RMA-2026-00802',
    '您好，我正在休假，11月20日返回。紧急事务请联系质量部座机。\n', lay='gb', extra=AUTO)
add(X, 'x_ooo_en_zh', L('auto_reply', 'kevin.xu@sinoauto.example', lang='mixed'),
    'Kevin Xu <kevin.xu@sinoauto.example>', 'Automatic reply: CAN issue',
    'I am on business trip and will reply late. 出差中，回复可能延迟。\n', extra=AUTO)
add(X, 'x_erp', L('auto_reply', 'oa@jiade-zn.example', rma='RMA-2026-00808', lang='zh'),
    '嘉德智能OA系统 <oa@jiade-zn.example>', '【系统通知】来信已登记 RMA-2026-00808',
    '您的来信已登记到OA系统。\n登记号：OA-20261113-0042\n关联采购单：PO20261022-17\n关联单号：RMA-2026-00808\n'
    '此邮件由系统自动发送，请勿回复。\n', lay='gb', extra=(('Auto-Submitted', 'auto-generated'),))
add(X, 'x_read_receipt', L('auto_reply', 'caigou@jiade-zn.example', lang='zh'),
    '采购部 刘 <caigou@jiade-zn.example>', '已读: 请问退货流程',
    '这是邮件已读回执。\n您发送给 caigou@jiade-zn.example 的邮件已于 2026-11-13 09:21 被阅读。\n', lay='gb')
add(X, 'x_sf', L('unrelated', lang='zh'),
    '顺丰速运 <noreply@sf-express.example>', '您的快件已签收',
    '尊敬的客户：您的快件 SF1406229910817 已于11月12日16:20签收，签收人：前台。感谢使用顺丰速运。\n',
    extra=(('Auto-Submitted', 'auto-generated'),))
add(X, 'x_invoice', L('unrelated', lang='zh'),
    '腾达汽车电子 财务 <caiwu@tengda-auto.example>', '付款通知 PO20261015-03',
    '贵司好：\n采购单 PO20261015-03 对应发票 No.44208812 已安排付款，金额 86,400.00 元，预计11月18日到账。\n财务部\n', lay='gb')
add(X, 'x_newsletter', L('unrelated', lang='zh'),
    '电子工程周刊 <news@ee-weekly.example>', '本周热点：车规级芯片国产化进展',
    '<h2>电子工程周刊</h2><p>本周热点：车规级芯片国产化进展、功率模块散热设计……</p><p>退订请点击这里</p>', lay='html', extra=BULK)
add(X, 'x_offer', L('unrelated', lang='zh'),
    '深圳某某包装 <sales@baozhuang-sz.example>', '防静电包装袋报价',
    '贵司采购您好，我司专业生产防静电包装袋、泡棉，价格优惠，欢迎来电咨询。\n业务员 小吴\n', lay='gb')
add(X, 'x_job', L('unrelated', lang='zh'),
    '赵磊 <zhaolei@mailbox.example>', '应聘售后工程师',
    '您好，我在招聘网站看到贵司招聘售后技术支持，附件是我的简历，请查收。\n赵磊\n',
    att=('application/pdf', '简历-赵磊.pdf'))
add(X, 'x_enquiry', L('unrelated', lang='zh'),
    '孙经理 <sun@kaiyuan-trade.example>', '询价',
    '您好，我们想采购一批功率模块，能否发一份产品目录和价格表？\n孙\n', lay='gb')

add(X, 'x_question2', L('new_request', 'ma.tao@126mail.example', models=['HX-P300'], cat='other', kw=['发烫'], lang='zh'),
    '马涛 <ma.tao@126mail.example>', '问一下',
    '你们的HX-P300用一会儿就发烫，这个正常吗？不正常的话能换吗？\n', lay='gb18030', style='netease')
add(X, 'x_status_kuaidi', L('order_status', 'lichen@xinghe-tech.example', rma='RMA-2026-00801', lang='zh'),
    '李晨 <lichen@xinghe-tech.example>', '回复: RMA-2026-00801',
    '你好，寄回来的快递单号能发我一下吗？我们这边好安排人接收。\n李晨\n')


# ------------------------------------------------------------------- Dongyue --
D = 'dongyue'
company(D, '東岳精密股份有限公司 (Dongyue Precision Co., Ltd.)', 'dongyue-prec.example', ['DY-LM50', 'DY-LM80', 'DY-R3'],
        ['noreply', 'webform'])

add(D, 'd_terse', L('new_request', 'ahong@hinet-mail.example', lang='zh'),
    '阿宏 <ahong@hinet-mail.example>', '壞掉',
    '機器不會動了，要怎麼處理？\n', lay='big5')
add(D, 'd_question', L('new_request', 'purchase@chenghe-mfg.example', models=['DY-LM80'], lang='zh'),
    '承和製造 採購 <purchase@chenghe-mfg.example>', '詢問送修',
    '您好，請問DY-LM80送修需要附什麼資料？運費是誰負擔？\n謝謝\n', lay='big5')
add(D, 'd_quality', L('new_request', 'qa@yongxin-auto.example', orders=['DYS-113-0456'], models=['DY-R3'],
    cat='other', kw=['品質不穩定'], lang='zh'),
    '永信汽車 品保 <qa@yongxin-auto.example>', 'DY-R3 品質問題反映',
    '東岳 業務窗口您好：\n\n本公司向貴司採購之DY-R3（訂單DYS-113-0456）品質不穩定，已影響我方出貨。'
    '請貴司於本週內提出8D報告。\n\n品保課 林課長\n', lay='big5')
add(D, 'd_story', L('new_request', 'wu.jianguo@jianguo-cnc.example', serials=['DY23T00817'], models=['DY-LM50'],
    cat='optical_performance', kw=['定位偏了'], lang='zh'),
    '吳建國 <wu.jianguo@jianguo-cnc.example>', '線性模組',
    '你好，\n\n跟你們說一下狀況：我們廠裡那台舊的CNC改機，去年換了你們的DY-LM50，本來都很準。'
    '上個月颱風停電兩次，重新開機後就發現定位偏了大概0.05，我們師傅重新校正也沒用，找了代理商也說要送回原廠。'
    '序號是DY23T00817。要怎麼寄？\n\n吳建國\n建國精機\n', lay='plain')
add(D, 'd_mixed', L('new_request', 'jason.lin@tw-automation.example', orders=['DYS-113-0502'],
    serials=['DY24M00102', 'DY24M00103'], models=['DY-R3'], cat='intermittent', kw=['偶爾會停'], lang='mixed'),
    'Jason Lin <jason.lin@tw-automation.example>', 'DY-R3 RMA request',
    'Hi Dongyue team,\n\nPO DYS-113-0502 的兩台DY-R3 (SN DY24M00102, DY24M00103) 偶爾會停, '
    'error code 顯示 E-17. Please arrange RMA, thanks.\n\nJason Lin\n')
add(D, 'd_mixed2', L('new_request', 'amy.chen@hsinchu-optic.example', models=['DY-LM80'], cat='physical_damage',
    kw=['rail 有刮傷'], lang='mixed'),
    'Amy Chen <amy.chen@hsinchu-optic.example>', 'DY-LM80 收到有問題',
    'Hello, 今天收到的DY-LM80 rail 有刮傷, 外箱看起來 OK. Can you replace? 謝謝 Amy\n')
add(D, 'd_html', L('new_request', 'eq@taiyang-solar.example', orders=['DYS-113-0511'], serials=['DY24M00220'],
    models=['DY-LM50'], cat='no_power', kw=['無法開機'], lang='zh'),
    '泰陽光電 設備課 <eq@taiyang-solar.example>', '送修申請',
    '<p>您好，送修資料如下：</p><table border="1"><tr><td>訂單</td><td>DYS-113-0511</td></tr>'
    '<tr><td>型號</td><td>DY-LM50</td></tr><tr><td>序號</td><td>DY24M00220</td></tr><tr><td>狀況</td><td>無法開機</td></tr></table>'
    '<p>設備課 敬上</p>', lay='html')
add(D, 'd_attach', L('new_request', 'mike.huang@gmail-tw.example', lang='zh'),
    '黃先生 <mike.huang@gmail-tw.example>', '照片',
    '如附件\n', att=('image/jpeg', '滑台異音影片截圖.jpg'), style='gmail')
add(D, 'd_wrong', L('new_request', 'warehouse@chenghe-mfg.example', orders=['DYS-113-0530'], models=['DY-LM50', 'DY-LM80'],
    cat='wrong_or_missing_item', kw=['出錯貨'], lang='zh'),
    '承和製造 倉管 <warehouse@chenghe-mfg.example>', 'DYS-113-0530 出錯貨',
    '你好，DYS-113-0530 訂的是DY-LM80，寄來的是DY-LM50，出錯貨了，請安排換貨。\n', lay='big5')
add(D, 'd_second_lang_en', L('new_request', 'nguyen.tuan@vn-precision.example', serials=['DY22K01955'],
    cat='intermittent', kw=['sometime not move'], lang='en'),
    'Nguyen Van Tuan <nguyen.tuan@vn-precision.example>', 'need support',
    'Dear Dongyue,\nThe actuator DY22K01955 sometime not move when receive command, other time is normal. '
    'We are in Vietnam factory, how to do warranty?\nThanks and best regards\nTuan\n')
add(D, 'd_software', L('new_request', 'ctrl@yongxin-auto.example', models=['DY-R3'], cat='software',
    kw=['參數讀不到'], lang='zh'),
    '永信汽車 控制組 <ctrl@yongxin-auto.example>', 'DY-R3 軟體',
    '請問DY-R3用你們的設定軟體連上後參數讀不到，是不是要更新韌體？如果不行要送回嗎？\n', lay='big5')
add(D, 'd_form', L('new_request', 'ks.tsai@yahoo-tw.example', serials=['DY23T01402'], cat='no_power', kw=['沒有反應'],
    lang='zh'),
    '東岳官網 <webform@dongyue-prec.example>', '[官網表單] 維修申請',
    '表單內容\n姓名：蔡國勝\n電子郵件：ks.tsai@yahoo-tw.example\n產品序號：DY23T01402\n問題說明：通電後沒有反應\n',
    reply_to='ks.tsai@yahoo-tw.example')
add(D, 'd_form2', L('new_request', 'lee.shop@pchome-mail.example', models=['DY-LM50'], lang='mixed'),
    '東岳官網 <webform@dongyue-prec.example>', '[官網表單] 維修申請',
    '表單內容\n姓名：Lee\n電子郵件：lee.shop@pchome-mail.example\n產品序號：\n問題說明：DY-LM50 warranty 多久? 要送修\n',
    reply_to='lee.shop@pchome-mail.example')
add(D, 'd_form3', L('new_request', 'robotlab@ntu-lab.example', serials=['DY24M00344'], models=['DY-R3'], cat='physical_damage',
    kw=['接頭斷了'], lang='zh'),
    '東岳官網 <webform@dongyue-prec.example>', '[官網表單] 維修申請',
    '表單內容\n姓名：陳同學\n電子郵件：robotlab@ntu-lab.example\n產品序號：DY24M00344\n問題說明：DY-R3 接頭斷了\n',
    reply_to='robotlab@ntu-lab.example')
add(D, 'd_fwd', L('forwarded', 'sam.wang@kaohsiung-metal.example', 'peter.ho@dongyue-prec.example', orders=['DYS-113-0488'],
    models=['DY-LM80'], cat='optical_performance', kw=['重複精度變差'], lang='zh'),
    'Peter Ho <peter.ho@dongyue-prec.example>', 'FW: DY-LM80 精度問題',
    '服務部同仁好，請協助處理，謝謝。\nPeter\n\n-----Original Message-----\nFrom: 王先生 <sam.wang@kaohsiung-metal.example>\n'
    'Sent: Wednesday, November 11, 2026 2:15 PM\nTo: Peter Ho <peter.ho@dongyue-prec.example>\nSubject: DY-LM80 精度問題\n\n'
    'Peter 你好，DYS-113-0488 的DY-LM80 用了三個月重複精度變差，麻烦幫忙看一下。\n', style='outlook')
add(D, 'd_fwd_mixed', L('forwarded', 'purchasing@penang-assembly.example', 'peter.ho@dongyue-prec.example',
    serials=['DY23K00611'], cat='no_link', kw=['no communication'], lang='mixed'),
    'Peter Ho <peter.ho@dongyue-prec.example>', 'Fwd: urgent - actuator',
    '請服務部看一下，馬來西亞客戶。\n\n---------- Forwarded message ---------\nFrom: Penang Assembly <purchasing@penang-assembly.example>\n'
    'Date: Thu, 12 Nov 2026\nSubject: urgent - actuator\n\nHi Peter, actuator DY23K00611 no communication with PLC since this morning. Please help.\n',
    style='gmail')
add(D, 'd_fwd_line', L('forwarded', None, 'susan.kuo@dongyue-prec.example', models=['DY-LM50'], cat='physical_damage',
    kw=['外殼裂開'], lang='zh'),
    'Susan Kuo <susan.kuo@dongyue-prec.example>', '客戶LINE反映',
    '客戶用LINE傳來的：「DY-LM50 外殼裂開，掉下來摔到的，能修嗎？」\n客戶是台中的張老闆，聯絡方式在業務系統。\nSusan\n')
add(D, 'd_status_jindu', L('order_status', 'qa@yongxin-auto.example', rma='RMA-2026-00903', lang='zh'),
    '永信汽車 品保 <qa@yongxin-auto.example>', 'RE: RMA-2026-00903 進度',
    '請問目前維修進度？預計何時可寄回？\n', lay='big5')
add(D, 'd_status_ship', L('order_status', 'jason.lin@tw-automation.example', rma='RMA-2026-00905', lang='mixed'),
    'Jason Lin <jason.lin@tw-automation.example>', 'RE: RMA-2026-00905',
    'Hi, 替換品 shipped 了嗎? 麻煩給我 tracking number. Thanks\n')
add(D, 'd_status_eta', L('order_status', 'nguyen.tuan@vn-precision.example', rma='RMA-2026-00910', lang='en'),
    'Nguyen Van Tuan <nguyen.tuan@vn-precision.example>', 'RMA-2026-00910 ETA',
    'Dear, please let me know ETA for the repaired actuator. Production waiting.\nTuan\n')
add(D, 'd_status_order', L('order_status', 'warehouse@chenghe-mfg.example', orders=['DYS-113-0530'], lang='zh'),
    '承和製造 倉管 <warehouse@chenghe-mfg.example>', 'DYS-113-0530 換貨',
    '換的貨寄了沒？什麼時候會到？\n', lay='big5')
add(D, 'd_status_any', L('order_status', 'wu.jianguo@jianguo-cnc.example', rma='RMA-2026-00908', lang='zh'),
    '吳建國 <wu.jianguo@jianguo-cnc.example>', '回覆: RMA-2026-00908',
    '請問有消息了嗎？已經兩個禮拜了。\n吳\n')
add(D, 'd_followup', L('follow_up', 'jason.lin@tw-automation.example', rma='RMA-2026-00905', lang='mixed'),
    'Jason Lin <jason.lin@tw-automation.example>', 'RE: RMA-2026-00905',
    '補充: 兩台都是 firmware v3.2, 附上 error log. 今天下午會用黑貓寄出。\nJason\n',
    att=('application/pdf', 'error_log.pdf'))
add(D, 'd_followup2', L('follow_up', 'eq@taiyang-solar.example', rma='RMA-2026-00912', lang='zh'),
    '泰陽光電 設備課 <eq@taiyang-solar.example>', '回覆：RMA-2026-00912',
    '補充說明：故障前有聽到異音，機台使用約八個月。\n', lay='big5')
add(D, 'd_followup3', L('follow_up', 'qa@yongxin-auto.example', rma='RMA-2026-00903', lang='zh'),
    '永信汽車 品保 <qa@yongxin-auto.example>', 'RE: RMA-2026-00903',
    '附上產線拍的照片及不良數量統計表，供貴司分析。\n', att=('image/jpeg', '不良照片.jpg'), lay='big5')
add(D, 'd_ooo', L('auto_reply', 'lin.kz@yongxin-auto.example', rma='RMA-2026-00903', lang='zh'),
    '林課長 <lin.kz@yongxin-auto.example>', '自動回覆: RE: RMA-2026-00903',
    '您好，本人11/16-11/20出差，期間回覆較慢，急件請洽品保課分機 231。\n', lay='big5', extra=AUTO)
add(D, 'd_ooo_en', L('auto_reply', 'amy.chen@hsinchu-optic.example', lang='mixed'),
    'Amy Chen <amy.chen@hsinchu-optic.example>', 'Out of Office: 收到有問題',
    'I will be out of the office until Nov 23. 休假中，11/23 回來。\n', extra=AUTO)
add(D, 'd_ooo_html', L('auto_reply', 'sam.wang@kaohsiung-metal.example', lang='zh'),
    '王先生 <sam.wang@kaohsiung-metal.example>', '自動回覆',
    '<div style="font-family:微軟正黑體">您好，我目前不在辦公室，將於下週一回覆您的郵件。</div>', lay='html', extra=AUTO)
add(D, 'd_erp', L('auto_reply', 'erp@chenghe-mfg.example', rma='RMA-2026-00915', lang='zh'),
    '承和ERP系統 <erp@chenghe-mfg.example>', '【系統通知】來函已收 PO 4500-221 / RMA-2026-00915',
    '系統通知：您的來函已收件。\n採購單號：4500-221\n參考號：RMA-2026-00915\n本信件由系統自動發送，請勿直接回覆。\n',
    lay='big5', extra=(('Auto-Submitted', 'auto-generated'),))
add(D, 'd_read', L('auto_reply', 'purchase@chenghe-mfg.example', lang='zh'),
    '承和製造 採購 <purchase@chenghe-mfg.example>', '已讀取: 詢問送修',
    '您的郵件\n收件者：purchase@chenghe-mfg.example\n主旨：詢問送修\n已於 2026/11/13 上午 10:05 讀取。\n', lay='big5')
add(D, 'd_carrier', L('unrelated', lang='zh'),
    '黑貓宅急便 <notice@tcat-delivery.example>', '配達完了通知',
    '您的包裹 9066-1203-3381 已於 11/13 14:32 配達完成。感謝您使用黑貓宅急便。\n', lay='big5',
    extra=(('Auto-Submitted', 'auto-generated'),))
add(D, 'd_payment', L('unrelated', lang='zh'),
    '永信汽車 會計 <acct@yongxin-auto.example>', '付款通知 DYS-113-0456',
    '東岳精密 您好：\n訂單 DYS-113-0456 發票 AB12345678 款項 NT$ 128,000 已於 11/15 匯出，請查收。\n會計部\n', lay='big5')
add(D, 'd_newsletter', L('unrelated', lang='zh'),
    '自動化展 <info@autoexpo-tw.example>', '2027台北自動化展 早鳥報名開始',
    '<p>2027台北自動化展早鳥報名開始，攤位有限，欲報從速。</p><p>取消訂閱</p>', lay='html', extra=BULK)
add(D, 'd_offer', L('unrelated', lang='zh'),
    '陳業務 <chen@steel-supply.example>', '鋼材報價',
    '東岳採購您好，本公司提供各規格鋁擠型及鋼材，附上最新報價單，請參考。\n', lay='big5',
    att=('application/pdf', 'quote.pdf'))
add(D, 'd_job', L('unrelated', lang='zh'),
    '許雅婷 <yating.hsu@mailbox.example>', '應徵 國外業務',
    '您好，我想應徵貴公司國外業務一職，附上履歷，懇請撥冗參閱。\n許雅婷\n', lay='big5')
add(D, 'd_enquiry_mixed', L('unrelated', lang='mixed'),
    'Kenji Mori <mori@osaka-robotics.example>', 'Distributor enquiry',
    'Hello, we are a robotics integrator in Osaka and would like to become your distributor in Japan. 可以寄型錄嗎? Best regards, Mori\n')


if __name__ == '__main__':
    sys.exit(CORPUS.main(__doc__.splitlines()[0]))

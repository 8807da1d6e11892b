"""The blind10 corpus: hand-written after-sales mail for eight electronics, optics and instrument makers.

Every mail is written by hand in the per-company tables below (one row per mail: kind, sender,
subject, body, label, layout); the shared kit (../blindkit.py) turns them into byte-identical
.eml files, writes labels.jsonl, company.json and README.md, and checks the labels against the
mails.  Run without arguments to rewrite, with --check to verify.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from email.message import Message
from email.utils import parseaddr
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from blindkit import (
    Corpus,
    L,
    addr,
    alt,
    attachment,
    delivery_status,
    envelope,
    ew,
    html_doc,
    jpeg,
    mail,
    mixed,
    mid,
    multipart,
    pdf,
    related,
    rfc822,
    rng,
    text,
)

HERE = os.path.dirname(os.path.abspath(__file__))

C = Corpus(
    here=HERE,
    script="make_blind10.py",
    title="blind10: held-out corpus of service mail for eight electronics, optics and instrument makers",
    domains="`.example`",
    languages="Greek, Romanian, Spanish, French, Arabic-English or Tagalog-English",
    serial_shapes={
        "aigaion": r"AG\.\d{4}\.\d{4}",
        "carpatia": r"(?:CS60|MX20|TR8)-\d{2}-\d{5}",
        "atacama": r"AT\d{8}[0-9K]",
        "deltanil": r"ND/\d{2}/\d{2}/\d{4}",
        "bayanihan": r"BYN \d{4} \d{4}",
        "leman": r"L\d{2}-\d{4}-[A-Z]",
        "haihe": r"HH\d{4}[A-F]\d{4}",
        "dajia": r"DJ-\d{2}-\d{2}-\d{4}",
    },
    notes=[
        "Serial shapes: Aigaion dotted year-week and unit, Carpatia model code first, Atacama check character, "
        "Delta Nil slashes, Bayanihan spaces, Leman check letter, Haihe month and line letter, Dajia hyphen "
        "blocks; customers also write some of them in lowercase or with spaces."
    ],
)

# ---------------------------------------------------------------- layout --


def inner_mail(date_: str, frm: str, to: str, subject: str, body: Message, domain: str) -> Message:
    """A mail carried inside another (forwarded as an attachment, returned in a bounce): its
    Message-ID must differ from the outer one, as it does in real mail."""
    hdrs = [("Date", date_), ("From", frm), ("To", to), ("Subject", subject)]
    hdrs += [("Message-ID", mid("tb", domain, "inner")), ("MIME-Version", "1.0")]
    return envelope(hdrs, body)


def build(slug: str, co: dict[str, Any], row: dict[str, Any]) -> Message:
    o = row
    cs = o.get("cs", "utf-8")
    cte = o.get("cte", "qp")
    style = o.get("style", "generic")
    body = o["body"]
    to = o.get("to", co["service_address"])
    if o.get("inline_img"):
        # HTML with a pasted screenshot, as Outlook and Foxmail send it
        inner = "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in body.split("\n"))
        inner += '<p><img src="cid:image001.jpg@01DB3A2F.5C1E0A40"></p>'
        leaf: Message = related(
            text(html_doc(inner, cs=cs), cs=cs, cte=cte, sub="html"),
            [attachment("image/jpeg", "image001.jpg", jpeg("inline"), inline=True, cid="image001.jpg@01DB3A2F.5C1E0A40")],
            style,
        )
    elif o.get("html"):
        inner = "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in body.split("\n"))
        leaf = text(html_doc(inner, cs=o.get("cslabel") or cs), cs=cs, cte=cte, sub="html", label=o.get("cslabel"))
    elif o.get("alt"):
        inner = "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in body.split("\n"))
        leaf = alt(
            text(body, cs=cs, cte=cte, label=o.get("cslabel")),
            text(html_doc(inner, cs=o.get("cslabel") or cs), cs=cs, cte=cte, sub="html", label=o.get("cslabel")),
            style,
        )
    else:
        leaf = text(body, cs=cs, cte=cte, label=o.get("cslabel"))
    parts: list[Message] = []
    if o.get("photos"):
        for i in range(o["photos"]):
            if o.get("photo_name"):
                fname = o["photo_name"].replace(".jpg", f"{i + 1}.jpg")
                parts.append(attachment("image/jpeg", fname, jpeg(f"p{i}"), rfc2231=True))
            else:
                parts.append(attachment("image/jpeg", f"DSC_{2200 + i * 3}.jpg", jpeg(f"p{i}")))
    if o.get("pdf"):
        parts.append(attachment("application/pdf", o["pdf"], pdf("pdf", o["pdf"])))
    if o.get("rfc"):
        ofrm, osubj, obody = o["rfc"]
        ocs = o.get("rfc_cs", "utf-8")
        ofrm_addr = parseaddr(ofrm)
        if not ofrm_addr[0].isascii():
            ofrm = addr(ofrm_addr[0], ofrm_addr[1], ocs)
        inner_msg = inner_mail(
            o["date"], ofrm, o.get("rfc_to", parseaddr(o["frm"])[1]),
            osubj if osubj.isascii() else ew(osubj, ocs), text(obody, cs=ocs, cte="b64" if ocs != "utf-8" else "qp"),
            ofrm_addr[1].split("@")[1],
        )
        parts.append(rfc822(inner_msg, filename="message.eml"))
    if o.get("dsn"):
        rcpt = o["dsn"]
        report = multipart(
            "report",
            [
                text(body, cs="utf-8", cte="qp"),
                delivery_status(
                    [
                        [("Reporting-MTA", "dns; " + o.get("mta", parseaddr(o["frm"])[1].split("@")[1]))],
                        [
                            ("Final-Recipient", "rfc822; " + rcpt),
                            ("Action", "failed"),
                            ("Status", o.get("status", "5.1.1")),
                            ("Diagnostic-Code", "smtp; " + o.get("diag", "550 5.1.1 user unknown")),
                        ],
                    ]
                ),
                rfc822(
                    inner_mail(
                        o["date"], co["service_address"], rcpt,
                        ew(o.get("orig_subj", "Re: your service request"), maxlen=200)
                        if not o.get("orig_subj", "").isascii() else o.get("orig_subj", "Re: your service request"),
                        text(o.get("orig_body", "Hello,\nplease send us the serial number of the unit.\n"), cte="qp"),
                        co["domain"],
                    ),
                    disp=None,
                ),
            ],
            "=_dsn_" + slug + o["name"],
            params=" report-type=delivery-status;",
        )
        return mail(o["date"], o["frm"], to, o["subj"], report, style, co["domain"])
    top = mixed([leaf, *parts], style) if parts else leaf
    extra = list(o.get("extra", ()))
    if o.get("replyto"):
        extra.append(("Reply-To", o["replyto"]))
    subj = o["subj"]
    if not subj.isascii():
        scs = o.get("subj_cs", cs if cs in ("gbk", "gb18030", "big5") else "utf-8")
        subj = ew(subj, scs, label=o.get("cslabel") if scs == cs else None)
    frm = o["frm"]
    if not frm.isascii() and "<" in frm and "=?" not in frm:
        nm, em = frm.rsplit("<", 1)
        frm = addr(nm.strip().strip('"'), em.rstrip(">"), o.get("name_cs"))
    return mail(o["date"], frm, to, subj, top, style, o.get("dom", "mail.example"), extra)


def register(slug: str, info: dict[str, Any], rows: list[dict[str, Any]], prefix: str = "m") -> None:
    if slug not in C.companies:
        C.company(slug, **info)
    for i, row in enumerate(rows, 1):
        row.setdefault("name", f"{prefix}{i:02d}")
        # mails arrive 7-13 Nov 2026, after every date quoted in their text; the weekday is the real one
        day = 7 + i % 7
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date(2026, 11, day).weekday()]
        row.setdefault(
            "date", f"{wd}, {day} Nov 2026 {7 + i % 10:02d}:{(i * 11) % 60:02d}:{(i * 17) % 60:02d} {info['tz']}"
        )

        def fn(row: dict[str, Any] = row) -> tuple[Message, dict[str, Any]]:
            return build(slug, info, row), dict(row["label"])

        fn.__name__ = f"{slug}_{row['name']}"
        C.fixture(slug)(fn)


def R(kind: str, frm: str, subj: str, body: str, **o: Any) -> dict[str, Any]:
    lab = o.pop("lab", {})
    o.update(kind=kind, frm=frm, subj=subj, body=body)
    o["label"] = L(kind, **lab)
    return o


OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


# ------------------------------------------------------------ aigaion (GR) --

AG = "aigaion-thermal.example"
register(
    "aigaion",
    {
        "name": "Αιγαίον Θερμογραφία Α.Ε. Aigaion Thermal S.A. (Patras, Greece) - thermal cameras and pyrometers",
        "domain": AG,
        "tz": "+0200",
        "service_address": "service@" + AG,
        "staff_domains": [AG],
        "noreply_addresses": ["noreply@" + AG, "web@" + AG],
        "catalog": ["AG-Therm 320", "AG-Therm 640 Pro", "PyroStar 900", "PS-Mini", "IRC-12"],
    },
    [
        R("new_request", "Νίκος Παπαδάκης <npapadakis@kriti-energy.example>", "Θερμοκάμερα δεν ανάβει",
          "Καλημέρα σας,\n\nη θερμοκάμερα AG-Therm 320 που αγοράσαμε τον Μάρτιο δεν ανάβει πια. Φόρτισα τη μπαταρία "
          "όλη τη νύχτα, πατάω το κουμπί και δεν γίνεται τίποτα, ούτε το λαμπάκι.\n"
          "Σειριακός: AG.2411.0207\nΠαραγγελία: AGS/25/0918\n\nΕυχαριστώ,\nΝίκος Παπαδάκης\nΤηλ. 2810 334 512",
          lab=dict(cust="npapadakis@kriti-energy.example", orders=["AGS/25/0918"], serials=["AG.2411.0207"],
                   models=["AG-Therm 320"], cat="no_power", kw=["δεν ανάβει πια"])),
        R("new_request", "Eleni Georgiou <e.georgiou@thess-steel.example>", "PyroStar 900 reads 40 degrees too low",
          "Hello,\nour PyroStar 900 on the rolling line shows about 40 °C less than the reference thermocouple since last week. "
          "We cleaned the lens, no change. Firmware 3.1.4.\nSerial ag.2403.1120, your invoice 26-00417, our PO TS-PO-2026/233.\n"
          "Eleni Georgiou\nQuality Dept.",
          lab=dict(cust="e.georgiou@thess-steel.example", orders=["TS-PO-2026/233"], serials=["ag.2403.1120"],
                   models=["PyroStar 900"], cat="other", kw=["40 °C less than the reference"])),
        R("new_request", "Dimitris K. <dkaralis@mail.example>", "kamera",
          "Geia sas, i kamera AG-Therm 640 Pro deixnei mono mia roz eikona, den vlepei tipota. Seiriako AG.2420.0031. "
          "Tin agorasa apo to e-shop sas, paraggelia 100482.\nDimitris",
          lab=dict(cust="dkaralis@mail.example", orders=["100482"], serials=["AG.2420.0031"], models=["AG-Therm 640 Pro"],
                   cat="optical_performance", kw=["mono mia roz eikona"])),
        R("new_request", "Maria Vlachou <mvlachou@patra-hosp.example>", "Δύο PS-Mini με σπασμένο καπάκι",
          "Καλησπέρα,\nπαραλάβαμε σήμερα 6 θερμόμετρα PS-Mini (παραγγελία AGS/26/0144) και τα δύο έχουν σπασμένο το καπάκι "
          "της μπαταρίας. Σειριακοί AG.2436.0511 και AG.2436.0514. Επισυνάπτω φωτογραφίες.\nΜαρία Βλάχου\nΠανεπιστημιακό Νοσοκομείο",
          photos=2,
          lab=dict(cust="mvlachou@patra-hosp.example", orders=["AGS/26/0144"], serials=["AG.2436.0511", "AG.2436.0514"],
                   models=["PS-Mini"], cat="physical_damage", kw=["σπασμένο το καπάκι"])),
        R("new_request", "Stavros Lekkas <slekkas@aegean-ship.example>", "IRC-12 units drop the WiFi link",
          "Dear service,\nthe IRC-12 cameras in our engine rooms lose the WiFi connection to the app every hour or so and we must "
          "power cycle them. Affected units AG.2425.0300 to AG.2425.0304. IP range 10.20.4.11-15. Order AGS/26/0077.\n"
          "Best regards,\nStavros Lekkas\nAegean Shipping Technical Office",
          lab=dict(cust="slekkas@aegean-ship.example", orders=["AGS/26/0077"],
                   serials=["AG.2425.0300", "AG.2425.0301", "AG.2425.0302", "AG.2425.0303", "AG.2425.0304"],
                   models=["IRC-12"], cat="no_link", kw=["lose the WiFi connection"],
                   expanded=["AG.2425.0301", "AG.2425.0302", "AG.2425.0303"])),
        R("new_request", "Γιώργος Αντωνίου <g.antoniou@larisa-agro.example>", "Πρόβλημα με PyroStar 900",
          "Γεια σας. Το PyroStar 900 κολλάει στην οθόνη εκκίνησης μετά την ενημέρωση λογισμικού σε 3.2.0. "
          "Αριθμός σειράς AG 2409 0877. Αγορά μέσω του αντιπροσώπου σας στη Λάρισα.",
          html=True,
          lab=dict(cust="g.antoniou@larisa-agro.example", serials=["AG 2409 0877"], models=["PyroStar 900"],
                   cat="software", kw=["κολλάει στην οθόνη εκκίνησης"])),
        R("new_request", "Kostas Ioannou <kioannou@volos-build.example>", "Repair request",
          "Hi, we would like to send a thermal camera for repair. How do I get an RMA number? Thanks, Kostas",
          lab=dict(cust="kioannou@volos-build.example")),
        R("new_request", "noreply@" + AG, "Φόρμα επικοινωνίας: αίτημα σέρβις",
          "Νέο μήνυμα από τη φόρμα της ιστοσελίδας\n\nΌνομα: Αθηνά Μαρκοπούλου\nEmail: a.markopoulou@kavala-lab.example\n"
          "Τηλέφωνο: 2510 228 901\nΠροϊόν: AG-Therm 320\nΣειριακός αριθμός: AG.2402.0090\nΑρ. παραγγελίας: AGS/24/1190\n"
          "Μήνυμα: Η εικόνα τρεμοπαίζει και κάθε λίγα λεπτά σβήνει μόνη της η κάμερα.\n",
          replyto="Athina Markopoulou <a.markopoulou@kavala-lab.example>",
          lab=dict(cust="a.markopoulou@kavala-lab.example", orders=["AGS/24/1190"], serials=["AG.2402.0090"],
                   models=["AG-Therm 320"], cat="intermittent", kw=["σβήνει μόνη της"])),
        R("new_request", "Petros Nikolaou <pnikolaou@rhodes-hotels.example>", "Wrong lens delivered",
          "Hello Aigaion team,\n\nwe ordered the AG-Therm 640 Pro with the 12° telephoto lens and received the standard 25° lens. "
          "Serial AG.2431.0145. We bought it with PO RH-2026-0087 on 14/10/2026. Please exchange.\n\nPetros Nikolaou\n"
          "VAT EL099887766 | IBAN GR16 0110 1250 0000 0001 2300 695",
          alt=True, style="outlook",
          lab=dict(cust="pnikolaou@rhodes-hotels.example", orders=["RH-2026-0087"], serials=["AG.2431.0145"],
                   models=["AG-Therm 640 Pro"], cat="wrong_or_missing_item", kw=["received the standard 25° lens"])),
        R("new_request", "Andreas Spyrou <aspyrou@cy-solar.example>", "IRC-12 housing cracked after install",
          "Good morning, one IRC-12 (sn AG.2428.0662) has a crack in the front window, we found it while mounting. "
          "Invoice 26-01102. Can you replace only the window?\nAndreas",
          lab=dict(cust="aspyrou@cy-solar.example", serials=["AG.2428.0662"], models=["IRC-12"],
                   cat="physical_damage", kw=["crack in the front window"])),
        R("new_request", "Sofia Tzanetou <stzanetou@ioannina-uni.example>", "Θερμοκάμερα - λάθος μετρήσεις",
          "Καλημέρα, η AG-Therm 320 του εργαστηρίου μας (αρ. σειράς AG.2350.0412) δείχνει την ίδια θερμοκρασία "
          "παντού, 23,5 βαθμούς, ό,τι κι αν κοιτάξει. Την αγοράσαμε με την παραγγελία AGS/24/0330.\nΣοφία",
          cte="b64",
          lab=dict(cust="stzanetou@ioannina-uni.example", orders=["AGS/24/0330"], serials=["AG.2350.0412"],
                   models=["AG-Therm 320"], cat="other", kw=["την ίδια θερμοκρασία παντού"])),
        R("forwarded", "Yannis Dimou <ydimou@" + AG + ">", "FW: Pyrometer problem",
          "Service, please take this one, customer from Chalkida.\n\nYannis Dimou | Sales Northern Greece\n\n"
          "________________________________\nFrom: Christos Raptis <craptis@chalkida-cement.example>\n"
          "Sent: Thursday, November 5, 2026 10:12 AM\nTo: Yannis Dimou <ydimou@" + AG + ">\nSubject: Pyrometer problem\n\n"
          "Yanni, the PyroStar 900 at kiln 2 gives random jumps of 200 degrees, then back to normal. Serial AG.2344.0019, "
          "it was on our order CC/PO/26/0051.\nChristos",
          style="outlook",
          lab=dict(cust="craptis@chalkida-cement.example", fwd="ydimou@" + AG, orders=["CC/PO/26/0051"],
                   serials=["AG.2344.0019"], models=["PyroStar 900"], cat="intermittent", kw=["random jumps of 200 degrees"])),
        R("forwarded", "Irini Pappa <ipappa@" + AG + ">", "Fwd: θερμοκάμερα",
          "Για το σέρβις.\n\nBegin forwarded message:\n\n> From: Βασίλης Κωστόπουλος <vkostopoulos@kozani-power.example>\n"
          "> Subject: θερμοκάμερα\n> Date: 4 November 2026 at 18:03:11 EET\n> To: Irini Pappa <ipappa@" + AG + ">\n>\n"
          "> Ειρήνη καλησπέρα, η AG-Therm 640 Pro δεν φορτίζει, το καλώδιο USB-C είναι καινούριο. Σειριακός AG.2418.0250.\n> Βασίλης",
          style="apple",
          lab=dict(cust="vkostopoulos@kozani-power.example", fwd="ipappa@" + AG, serials=["AG.2418.0250"],
                   models=["AG-Therm 640 Pro"], cat="no_power", kw=["δεν φορτίζει"])),
        R("forwarded", "Yannis Dimou <ydimou@" + AG + ">", "FW: call from Xanthi",
          "Colleagues, a customer called me this morning: Mr. Tsolakis from the Xanthi tobacco plant. His PS-Mini shows "
          "'Err 04' at start and turns off. He has no serial at hand, the order was AGS/25/0702. He is reachable at "
          "2541 077 130, no email given.\n\nYannis",
          style="outlook",
          lab=dict(fwd="ydimou@" + AG, orders=["AGS/25/0702"], models=["PS-Mini"], cat="other", kw=["'Err 04' at start"])),
        R("follow_up", "Nikos Papadakis <npapadakis@kriti-energy.example>", "Re: RMA-2026-70412 Θερμοκάμερα δεν ανάβει",
          "Σας ευχαριστώ. Τη στείλαμε σήμερα με ACS, αριθμός αποστολής 7204518832.\n\n"
          "Στις 5/11/2026 ο Aigaion Service έγραψε:\n> Αγαπητέ κ. Παπαδάκη, το αίτημά σας καταχωρήθηκε ως RMA-2026-70412.",
          lab=dict(cust="npapadakis@kriti-energy.example", tracking=["7204518832"], rma="RMA-2026-70412")),
        R("follow_up", "Eleni Georgiou <e.georgiou@thess-steel.example>", "Re: RMA-2026-70433",
          "> Please confirm the emissivity setting used on the line.\n\nIt is 0.85, as in the manual.\n\n"
          "> And the distance to the target?\n\nAbout 1.8 m.\n\nEleni",
          lab=dict(cust="e.georgiou@thess-steel.example", rma="RMA-2026-70433")),
        R("follow_up", "Maria Vlachou <mvlachou@patra-hosp.example>", "Re: Δύο PS-Mini με σπασμένο καπάκι",
          "Πότε θα έρθουν τα καινούρια καπάκια; Δεν έχουμε νέα εδώ και μια εβδομάδα.\n\nΜαρία",
          extra=[("In-Reply-To", "<rma-2026-70451@" + AG + ">")],
          lab=dict(cust="mvlachou@patra-hosp.example", models=["PS-Mini"])),
        R("order_status", "Lambros Fotiou <lfotiou@athens-fire.example>", "Παραγγελία AGS/26/0301 - πότε αποστέλλεται;",
          "Καλημέρα, πληρώσαμε την προκαταβολή για 4 τεμ. AG-Therm 320 στις 20/10. Πότε θα σταλούν;\nΛάμπρος Φωτίου",
          lab=dict(cust="lfotiou@athens-fire.example", orders=["AGS/26/0301"], models=["AG-Therm 320"])),
        R("order_status", "Kostas Ioannou <kioannou@volos-build.example>", "where is our camera",
          "Hello, we sent our camera to you for repair three weeks ago and heard nothing since. Can you tell me where it is? "
          "We sent it with DHL 4815529087.\nKostas",
          lab=dict(cust="kioannou@volos-build.example", tracking=["4815529087"])),
        R("auto_reply", "stzanetou@ioannina-uni.example", "Αυτόματη απάντηση: RMA-2026-70460",
          "Βρίσκομαι εκτός γραφείου έως 16/11. Για επείγοντα θέματα επικοινωνήστε με τη γραμματεία στο 26510 07777.",
          extra=OOO, lab=dict(cust="stzanetou@ioannina-uni.example", rma="RMA-2026-70460")),
        R("auto_reply", "helpdesk@aegean-ship.example", "[Ticket #88213] We received your message",
          "This is an automatic confirmation. Your message about RMA-2026-70418 was logged as ticket #88213. "
          "Please do not reply to this message.",
          extra=[("Auto-Submitted", "auto-generated")],
          lab=dict(cust="helpdesk@aegean-ship.example", rma="RMA-2026-70418")),
        R("bounce", "MAILER-DAEMON@mx1." + AG, "Undelivered Mail Returned to Sender",
          "This is the mail system at host mx1." + AG + ".\n\nI'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients.\n\n<d.karalis@mail.example>: host mail.example said: 550 5.1.1 "
          "<d.karalis@mail.example>: Recipient address rejected: User unknown",
          dsn="d.karalis@mail.example", mta="mx1." + AG,
          diag="550 5.1.1 <d.karalis@mail.example>: Recipient address rejected: User unknown",
          orig_subj="RMA-2026-70420 - kamera"),
        R("unrelated", "Thanasis Roussos <troussos@crete-pv.example>", "Τιμή για AG-Therm 640 Pro",
          "Καλησπέρα, θα θέλαμε προσφορά για 3 τεμάχια AG-Therm 640 Pro με φακό 12°. ΑΦΜ 801234567.\nΘανάσης"),
        R("unrelated", "accounts@thess-steel.example", "Payment advice TS-PO-2026/233",
          "Payment advice\n\nWe have transferred EUR 4,380.00 to your account GR16 0110 1250 0000 0001 2300 695 "
          "for invoice 26-00390, our PO TS-PO-2026/233.\n\nThessaloniki Steel S.A. - Accounts Payable",
          lab=dict()),
        R("unrelated", "Expo Thessaloniki <info@thess-expo.example>", "Πρόσκληση: Έκθεση Βιομηχανίας 2027",
          "Σας προσκαλούμε να συμμετάσχετε ως εκθέτης στην Έκθεση Βιομηχανίας, 10-13 Μαρτίου 2027. Περίπτερα από 12 τ.μ.",
          html=True),
        R("unrelated", "Angeliki Moraiti <amoraiti@mail.example>", "Αίτηση για θέση τεχνικού",
          "Καλησπέρα σας, σας στέλνω το βιογραφικό μου για τη θέση τεχνικού σέρβις θερμοκαμερών. Έχω 4 χρόνια εμπειρία "
          "σε επισκευές AG-Therm 320 σε αντιπρόσωπο.\nΑγγελική Μωραΐτη",
          pdf="CV_Moraiti.pdf"),
        R("unrelated", "Lenses Hellas <sales@lenses-hellas.example>", "Germanium windows - new price list",
          "Dear purchasing, attached our 2027 price list for germanium windows 25 mm and 35 mm. Lead time 6 weeks.",
          pdf="Pricelist_2027.pdf"),
        R("unrelated", "Tasos Vidalis <tvidalis@mail.example>", "Εγγύηση",
          "Καλησπέρα, η εγγύηση του PyroStar 900 καλύπτει και τον φακό ή μόνο τα ηλεκτρονικά; Σκέφτομαι να αγοράσω ένα."),
    ],
)

# ----------------------------------------------------------- carpatia (RO) --

CP = "carpatia-electro.example"
register(
    "carpatia",
    {
        "name": "Carpatia Electronica S.R.L. (Cluj-Napoca, Romania) - soldering stations, multimeters and component testers",
        "domain": CP,
        "tz": "+0200",
        "service_address": "service@" + CP,
        "staff_domains": [CP],
        "noreply_addresses": ["noreply@" + CP],
        "catalog": ["CS60 Digital", "MX20", "MX20 True RMS", "TR8 Pro", "HotAir 850"],
    },
    [
        R("new_request", "Andrei Popescu <andrei.popescu@iasi-auto.example>", "Statie de lipit nu incalzeste",
          "Buna ziua,\n\nstatia CS60 Digital nu mai incalzeste deloc, afisajul arata 25 de grade si ledul clipeste rosu. "
          "Am schimbat varful, aceeasi problema.\nSerie: CS60-24-01187\nComanda: CMD-2026-0871\n\nMultumesc,\nAndrei Popescu\n"
          "Tel. 0744 512 390",
          lab=dict(cust="andrei.popescu@iasi-auto.example", orders=["CMD-2026-0871"], serials=["CS60-24-01187"],
                   models=["CS60 Digital"], cat="no_power", kw=["nu mai incalzeste deloc"])),
        R("new_request", "Ioana Marinescu <ioana.m@timis-lab.example>", "Multimetre MX20 True RMS - afișaj defect",
          "Bună ziua, din lotul livrat luna trecută, trei multimetre MX20 True RMS au afișajul cu segmente lipsă: "
          "MX20-25-00412, MX20-25-00413 și MX20-25-00415. Comanda noastră PO 2026/TL/117, a dumneavoastră CMD-2026-0790.\n"
          "Ioana Marinescu\nLaborator Timișoara",
          cte="b64",
          lab=dict(cust="ioana.m@timis-lab.example", orders=["PO 2026/TL/117", "CMD-2026-0790"],
                   serials=["MX20-25-00412", "MX20-25-00413", "MX20-25-00415"], models=["MX20 True RMS"],
                   cat="physical_damage", kw=["afișajul cu segmente lipsă"])),
        R("new_request", "Mihai Dumitru <mihai.dumitru@mail.example>", "tester tranzistori",
          "salut, am cumparat de la voi un TR8 Pro acum 2 luni, seria tr8-25-03321. de ieri nu mai recunoaste nicio piesa, "
          "arata mereu 'unknown or damaged part'. ce pot face?",
          lab=dict(cust="mihai.dumitru@mail.example", serials=["tr8-25-03321"], models=["TR8 Pro"],
                   cat="other", kw=["nu mai recunoaste nicio piesa"])),
        R("new_request", "Cristina Stan <cristina.stan@brasov-edu.example>", "Pistol aer cald - lipsa duze",
          "Buna ziua,\nam primit azi statia HotAir 850 comandata prin factura proforma CMD-2026-0911, dar in cutie lipsesc "
          "cele trei duze si suportul. Seria de pe cutie: HA850 26 0147.\nCristina Stan\nLiceul Tehnologic Brasov",
          alt=True, style="gmail",
          lab=dict(cust="cristina.stan@brasov-edu.example", orders=["CMD-2026-0911"], serials=["HA850 26 0147"],
                   models=["HotAir 850"], cat="wrong_or_missing_item", kw=["lipsesc cele trei duze"])),
        R("new_request", "Radu Ionescu <radu.ionescu@craiova-rail.example>", "MX20 resets itself",
          "Hello, our MX20 (serial MX20-24-00098) switches off and on by itself when the probes move, looks like a loose "
          "contact inside. Bought through order CMD-2025-1402.\nRadu Ionescu",
          lab=dict(cust="radu.ionescu@craiova-rail.example", orders=["CMD-2025-1402"], serials=["MX20-24-00098"],
                   models=["MX20"], cat="intermittent", kw=["switches off and on by itself"])),
        R("new_request", "noreply@" + CP, "Formular service nou - Gheorghe Pavel",
          "Formular trimis de pe site\n\nNume: Gheorghe Pavel\nE-mail: g.pavel@constanta-port.example\nTelefon: 0723 448 119\n"
          "Produs: CS60 Digital\nNumar serie: CS60-25-02210\nNumar comanda: CMD-2026-0655\n"
          "Descriere: dupa actualizarea de firmware v2.07 ecranul ramane alb si statia nu mai porneste meniul\n",
          replyto="g.pavel@constanta-port.example",
          lab=dict(cust="g.pavel@constanta-port.example", orders=["CMD-2026-0655"], serials=["CS60-25-02210"],
                   models=["CS60 Digital"], cat="software", kw=["ecranul ramane alb"])),
        R("new_request", "Elena Vasile <elena.vasile@sibiu-med.example>", "Cerere retur",
          "Buna ziua, dorim sa returnam un aparat pentru reparatie. Cum procedam?\nElena Vasile",
          lab=dict(cust="elena.vasile@sibiu-med.example")),
        R("new_request", "Wang Jun <wangjun@sz-repair.example>", "CS60 Digital 烙铁 problem",
          "Hello Carpatia, 我们代理的 CS60 Digital 有两台 heating 很慢, 10 分钟才到 300 度. Serial CS60-25-01930 和 CS60-25-01931. "
          "Our PO SZR-26-044. 请帮忙看一下, thanks.",
          lab=dict(cust="wangjun@sz-repair.example", orders=["SZR-26-044"], serials=["CS60-25-01930", "CS60-25-01931"],
                   models=["CS60 Digital"], cat="other", kw=["heating 很慢"], lang="mixed")),
        R("new_request", "Florin Matei <florin.matei@galati-ship.example>", "TR8 Pro broken screen",
          "Hi,\nthe TR8 Pro arrived with the LCD broken, the courier box was crushed. FAN Courier AWB 2291047735101. "
          "Serial TR8-26-00051. Order CMD-2026-0972.\nPhotos attached.\nFlorin",
          photos=3,
          lab=dict(cust="florin.matei@galati-ship.example", orders=["CMD-2026-0972"], serials=["TR8-26-00051"],
                   tracking=["2291047735101"], models=["TR8 Pro"], cat="physical_damage", kw=["arrived with the LCD broken"])),
        R("new_request", "Alexandru Rusu <a.rusu@chisinau-tech.example>", "MX20 True RMS nu comunica cu PC",
          "Buna ziua, interfata USB a MX20 True RMS nu mai este vazuta de programul MXLog pe Windows 11, nici pe alt laptop. "
          "Serie MX20-25-00870. Am cumparat cu comanda CMD-2026-0344.",
          lab=dict(cust="a.rusu@chisinau-tech.example", orders=["CMD-2026-0344"], serials=["MX20-25-00870"],
                   models=["MX20 True RMS"], cat="no_link", kw=["nu mai este vazuta de programul"])),
        R("new_request", "Daniel Petre <daniel.petre@oradea-el.example>", "HotAir 850",
          "Buna, am cumparat HotAir 850 si am platit comanda CMD-2026-0503. Ventilatorul face un zgomot puternic si aerul "
          "iese doar caldut. Seria nu o gasesc pe carcasa.\nDaniel",
          lab=dict(cust="daniel.petre@oradea-el.example", orders=["CMD-2026-0503"], models=["HotAir 850"],
                   cat="other", kw=["Ventilatorul face un zgomot puternic"])),
        R("forwarded", "Bogdan Sima <bogdan.sima@" + CP + ">", "Fwd: Probleme statie CS60",
          "Va rog preluati.\n\n-------- Forwarded Message --------\nSubject: \tProbleme statie CS60\nDate: \tWed, 4 Nov 2026 09:14:22 +0200\n"
          "From: \tVictor Enache <v.enache@ploiesti-serv.example>\nTo: \tBogdan Sima <bogdan.sima@" + CP + ">\n\n"
          "Buna Bogdan, statia CS60 Digital din atelier se opreste singura dupa 20 de minute. Seria CS60-23-00766.\nVictor",
          style="tb",
          lab=dict(cust="v.enache@ploiesti-serv.example", fwd="bogdan.sima@" + CP, serials=["CS60-23-00766"],
                   models=["CS60 Digital"], cat="intermittent", kw=["se opreste singura dupa 20 de minute"])),
        R("forwarded", "Bogdan Sima <bogdan.sima@" + CP + ">", "FW: multimetru",
          "Clientul nu a lasat adresa, doar semnatura de mai jos.\n\nFrom: Laurentiu Oprea\nSent: 3 noiembrie 2026 16:40\n"
          "To: Bogdan Sima\nSubject: multimetru\n\nBogdan, MX20 de la noi arata 0.00 pe toate domeniile, seria MX20-24-00311.\n\n"
          "Laurentiu Oprea\nElectro Service Arad\nlaurentiu.oprea@arad-es.example",
          style="outlook", html=True,
          lab=dict(cust="laurentiu.oprea@arad-es.example", fwd="bogdan.sima@" + CP, serials=["MX20-24-00311"],
                   models=["MX20"], cat="other", kw=["arata 0.00 pe toate domeniile"])),
        R("forwarded", "Ana Lupu <ana.lupu@" + CP + ">", "Fw: TR8 Pro order CMD-2026-0620",
          "See below please.\n\n",
          rfc=("Sorin Neagu <sorin.neagu@bacau-uni.example>", "TR8 Pro order CMD-2026-0620",
               "Hello, of the 10 TR8 Pro from order CMD-2026-0620 one does not power on at all, serial TR8-26-00188.\nSorin Neagu"),
          lab=dict(cust="sorin.neagu@bacau-uni.example", fwd="ana.lupu@" + CP, orders=["CMD-2026-0620"],
                   serials=["TR8-26-00188"], models=["TR8 Pro"], cat="no_power", kw=["does not power on at all"])),
        R("follow_up", "Andrei Popescu <andrei.popescu@iasi-auto.example>", "Re: RMA-2026-30871",
          "Am trimis statia azi prin Cargus, AWB 1094528837.\n\nAndrei\n\n-----Original Message-----\n"
          "From: Carpatia Service\nSubject: RMA-2026-30871\n\nVa rugam trimiteti statia la adresa noastra din Cluj.",
          lab=dict(cust="andrei.popescu@iasi-auto.example", tracking=["1094528837"], rma="RMA-2026-30871")),
        R("follow_up", "Ioana Marinescu <ioana.m@timis-lab.example>", "RE: RMA-2026-30880 Multimetre",
          "Buna ziua, unde sunt aparatele? Au trecut 3 saptamani.\n\nIoana",
          lab=dict(cust="ioana.m@timis-lab.example", rma="RMA-2026-30880")),
        R("follow_up", "Radu Ionescu <radu.ionescu@craiova-rail.example>", "Re: MX20 resets itself",
          "OK, thank you, the repaired unit works fine now.\n\nOn 6 Nov 2026 Carpatia Service wrote:\n"
          "> Your MX20 was repaired under RMA-2026-30902 and shipped back today.",
          extra=[("In-Reply-To", "<svc-30902@" + CP + ">")],
          lab=dict(cust="radu.ionescu@craiova-rail.example", models=["MX20"])),
        R("order_status", "Achizitii Dacia Parts <achizitii@pitesti-parts.example>", "Status comanda PO-4501-2026",
          "Buna ziua, va rugam sa ne comunicati data livrarii pentru comanda noastra PO-4501-2026 (20 buc. MX20).",
          lab=dict(cust="achizitii@pitesti-parts.example", orders=["PO-4501-2026"], models=["MX20"])),
        R("order_status", "Daniel Petre <daniel.petre@oradea-el.example>", "Cand ajunge coletul?",
          "Buna, am comandat acum 10 zile o statie si inca nu a sosit. Imi puteti da numarul AWB?",
          lab=dict(cust="daniel.petre@oradea-el.example")),
        R("auto_reply", "ioana.m@timis-lab.example", "Răspuns automat: RMA-2026-30880",
          "Sunt în concediu până pe 18 noiembrie, cu acces limitat la e-mail.",
          extra=OOO, lab=dict(cust="ioana.m@timis-lab.example", rma="RMA-2026-30880")),
        R("auto_reply", "noreply@craiova-rail.example", "Confirmare primire mesaj",
          "Mesajul dumneavoastra a fost inregistrat in sistemul nostru de tichete cu numarul 2026-11-0417. "
          "Nu raspundeti la acest e-mail.",
          extra=[("Auto-Submitted", "auto-replied")],
          lab=dict(cust="noreply@craiova-rail.example")),
        R("bounce", "postmaster@" + CP, "Delivery Status Notification (Failure)",
          "Delivery to the following recipient failed permanently:\n\n     a.rusu@chisinau-tech.example\n\n"
          "The recipient's mailbox is full and can't accept messages now.",
          dsn="a.rusu@chisinau-tech.example", status="5.2.2", diag="552 5.2.2 mailbox full",
          orig_subj="Re: MX20 True RMS nu comunica cu PC"),
        R("unrelated", "Marketing Elektro Expo <office@elektro-expo.example>", "Invitatie Elektro Expo Bucuresti 2027",
          "Stimati parteneri, va invitam la Elektro Expo, 22-24 aprilie 2027, Romexpo. Stand 9 mp de la 1.200 EUR.",
          html=True),
        R("unrelated", "contabilitate@pitesti-parts.example", "Aviz de plata",
          "Va informam ca am efectuat plata facturii CE-2026-1185 in valoare de 7.140,00 RON aferenta comenzii "
          "PO-4488-2026. IBAN beneficiar RO49 AAAA 1B31 0075 9384 0000."),
        R("unrelated", "Vlad Constantin <vlad.c@mail.example>", "Intrebare garantie",
          "Buna ziua, garantia de 24 luni la MX20 se aplica si persoanelor fizice? Vreau sa cumpar unul."),
        R("unrelated", "Shenzhen Tip Supply <sales@sz-tips.example>", "Soldering tips offer T12 compatible",
          "Dear buyer, we offer T12 compatible tips at 0.45 USD/pc, MOQ 1000. Also can make for your CS60 Digital. Catalog attached.",
          pdf="tips_catalog.pdf"),
        R("unrelated", "Rețea Curierat <status@curier-status.example>", "Aviz: intarzieri livrari 10-11 noiembrie",
          "Din cauza unei defectiuni a sistemului nostru IT, livrarile din 10 si 11 noiembrie pot intarzia 24-48 de ore."),
        R("unrelated", "Revista Electronica Azi <redactie@electronica-azi.example>", "Interviu pentru numarul din decembrie",
          "Buna ziua, am dori un interviu cu directorul tehnic despre productia de statii de lipit in Romania."),
    ],
)

# ------------------------------------------------------------ atacama (CL) --

AT = "atacama-optica.example"
register(
    "atacama",
    {
        "name": "Atacama Óptica SpA (Antofagasta, Chile) - telescopes, spotting scopes, binoculars and astro cameras",
        "domain": AT,
        "tz": "-0300",
        "service_address": "soporte@" + AT,
        "staff_domains": [AT],
        "noreply_addresses": ["no-responder@" + AT],
        "catalog": ["Vicuña 80ED", "Altiplano 127", "AstroCam C2", "Condor 10x42", "EQ5-A"],
    },
    [
        R("new_request", "Camila Rojas <camila.rojas@uantof-astro.example>", "Telescopio Altiplano 127 - imagen doble",
          "Hola,\n\nnuestro Altiplano 127 muestra cada estrella como doble desde que volvió de una salida a terreno. "
          "Creemos que se descolimó.\nN° de serie: AT2403118K\nNota de venta: NV-26-3381\nOC: 4500128871\n\n"
          "Saludos,\nCamila Rojas\nDepto. de Astronomía",
          lab=dict(cust="camila.rojas@uantof-astro.example", orders=["NV-26-3381", "4500128871"], serials=["AT2403118K"],
                   models=["Altiplano 127"], cat="optical_performance", kw=["cada estrella como doble"])),
        R("new_request", "Matías Fuentes <mfuentes@mail.example>", "binoculares empañados",
          "Buenas, compré unos Condor 10x42 en la tienda de Santiago y por dentro del lente derecho se ve niebla, como humedad. "
          "La serie es at24071204. Boleta 889120.\nGracias",
          lab=dict(cust="mfuentes@mail.example", serials=["at24071204"], models=["Condor 10x42"],
                   cat="optical_performance", kw=["por dentro del lente derecho se ve niebla"])),
        R("new_request", "Observatorio Cerro Verde <operaciones@cerroverde-obs.example>", "Montura EQ5-A no responde",
          "Estimados,\nla montura EQ5-A no responde al control de mano; el motor de AR no gira y en la pantalla aparece "
          "'No link MC'. Serie AT25020337. Compramos con la OC 4500131002 (su NV-26-3407).\nOperaciones OCV\nFono +56 55 244 8120",
          alt=True, style="outlook",
          lab=dict(cust="operaciones@cerroverde-obs.example", orders=["4500131002", "NV-26-3407"], serials=["AT25020337"],
                   models=["EQ5-A"], cat="no_link", kw=["'No link MC'"])),
        R("new_request", "Javiera Soto <jsoto@valpo-school.example>", "Faltan oculares",
          "Hola, recibimos hoy los 5 Vicuña 80ED de la nota de venta NV-26-3522, pero ninguna caja trae los oculares de 25 mm "
          "que aparecen en la cotización. Series AT25061101 al AT25061105.\nJaviera Soto",
          lab=dict(cust="jsoto@valpo-school.example", orders=["NV-26-3522"],
                   serials=["AT25061101", "AT25061102", "AT25061103", "AT25061104", "AT25061105"], models=["Vicuña 80ED"],
                   cat="wrong_or_missing_item", kw=["ninguna caja trae los oculares"],
                   expanded=["AT25061102", "AT25061103", "AT25061104"])),
        R("new_request", "Diego Carrasco <dcarrasco@calama-mine.example>", "AstroCam C2 software",
          "Hello, the AstroCam C2 capture software (AtaCap 2.8.1) crashes every time we start a sequence longer than 300 frames. "
          "Camera serial AT25090019. PO 4500133310.\nDiego Carrasco\nIT, Calama",
          lab=dict(cust="dcarrasco@calama-mine.example", orders=["4500133310"], serials=["AT25090019"],
                   models=["AstroCam C2"], cat="software", kw=["crashes every time"])),
        R("new_request", "Francisca Muñoz <fmunoz@laserena-tur.example>", "Telescopio golpeado",
          "Buen día, el Altiplano 127 llegó por Chilexpress con el tubo abollado y el buscador quebrado. Orden de flete "
          "99076512345. Serie AT2410583K.\nAdjunto fotos.",
          photos=2,
          lab=dict(cust="fmunoz@laserena-tur.example", serials=["AT2410583K"], tracking=["99076512345"],
                   models=["Altiplano 127"], cat="physical_damage", kw=["tubo abollado"])),
        R("new_request", "no-responder@" + AT, "Formulario de contacto - Servicio técnico",
          "Nombre: Rodrigo Aravena\nCorreo: r.aravena@temuco-club.example\nTeléfono: +56 9 8123 4477\n"
          "Producto: AstroCam C2\nNúmero de serie: AT2508044K\nN° de compra: NV-26-3290\n"
          "Mensaje: La cámara se apaga sola a los pocos minutos cuando el enfriador está activo.\n",
          replyto="Rodrigo Aravena <r.aravena@temuco-club.example>",
          lab=dict(cust="r.aravena@temuco-club.example", orders=["NV-26-3290"], serials=["AT2508044K"],
                   models=["AstroCam C2"], cat="intermittent", kw=["se apaga sola"])),
        R("new_request", "Tomás Herrera <therrera@mail.example>", "consulta reparación",
          "Hola, tengo un telescopio de ustedes con el enfoque trabado, no gira la perilla. No sé el número de serie, "
          "lo compré en 2023. ¿Lo reparan?",
          lab=dict(cust="therrera@mail.example", cat="physical_damage", kw=["enfoque trabado"])),
        R("new_request", "Paula Vergara <pvergara@pta-arenas.example>", "Vicuña 80ED sin energía en el enfocador",
          "Estimados, el enfocador eléctrico del Vicuña 80ED no enciende con ninguna batería. Compramos el equipo "
          "vía la OC 4500129954 el 02-09-2026. Serie AT-2507-0612-K.\nPaula Vergara",
          lab=dict(cust="pvergara@pta-arenas.example", orders=["4500129954"], serials=["AT-2507-0612-K"],
                   models=["Vicuña 80ED"], cat="no_power", kw=["no enciende con ninguna batería"])),
        R("new_request", "Sebastián Pino <spino@arica-obs.example>", "Condor 10x42 - bisagra suelta",
          "Hola equipo, la bisagra central de los Condor 10x42 quedó suelta y los cuerpos no mantienen la distancia. "
          "Serie AT23110877, NV-25-2980.",
          cte="8bit",
          lab=dict(cust="spino@arica-obs.example", orders=["NV-25-2980"], serials=["AT23110877"],
                   models=["Condor 10x42"], cat="physical_damage", kw=["bisagra central"])),
        R("new_request", "Zhao Ming <zhaoming@bj-astro.example>", "AstroCam C2 画面 banding",
          "Hi Atacama team, 我们的 AstroCam C2 拍暗场的时候 image 有明显的横条纹 (banding), gain 调低也有. "
          "Serial AT25081120. 订单 NV-26-3455. 谢谢!",
          cs="utf-8", cte="b64",
          lab=dict(cust="zhaoming@bj-astro.example", orders=["NV-26-3455"], serials=["AT25081120"],
                   models=["AstroCam C2"], cat="optical_performance", kw=["明显的横条纹"], lang="mixed")),
        R("forwarded", "Ignacio Bravo <ibravo@" + AT + ">", "Fwd: Problema montura",
          "Soporte, les reenvío esto del cliente.\n\n---------- Forwarded message ---------\n"
          "De: Valentina Lagos <vlagos@copiapo-astro.example>\nDate: mar, 3 nov 2026 a las 21:14\nSubject: Problema montura\n"
          "To: Ignacio Bravo <ibravo@" + AT + ">\n\nIgnacio, la EQ5-A pierde el seguimiento cada cierto rato y la estrella "
          "se sale del campo. Serie AT25030200, NV-26-3150.\nVale",
          style="gmail",
          lab=dict(cust="vlagos@copiapo-astro.example", fwd="ibravo@" + AT, orders=["NV-26-3150"], serials=["AT25030200"],
                   models=["EQ5-A"], cat="intermittent", kw=["pierde el seguimiento"])),
        R("forwarded", "Ignacio Bravo <ibravo@" + AT + ">", "RV: Cámara nueva no enciende",
          "Para gestionar por favor.\n\nDe: Martín Olivares &lt;molivares@rancagua-col.example&gt;\nEnviado: lunes, 2 de noviembre de 2026 11:05\n"
          "Para: Ignacio Bravo &lt;ibravo@" + AT + "&gt;\nAsunto: Cámara nueva no enciende\n\n"
          "Hola Ignacio, la AstroCam C2 no enciende, el ventilador no gira. Serie AT25100071. OC 4500135520.\nMartín",
          style="outlook", html=True,
          lab=dict(cust="molivares@rancagua-col.example", fwd="ibravo@" + AT, orders=["4500135520"], serials=["AT25100071"],
                   models=["AstroCam C2"], cat="no_power", kw=["no enciende"])),
        R("forwarded", "Carolina Díaz <cdiaz@" + AT + ">", "Fwd: llamada cliente",
          "Me llamó hoy el Sr. Ernesto Villalobos (Ovalle). Su Vicuña 80ED tiene una mancha en el objetivo que no sale con limpieza. "
          "No tenía serie ni número de compra a mano. Correo: evillalobos@ovalle-agro.example\nCarolina",
          lab=dict(cust="evillalobos@ovalle-agro.example", fwd="cdiaz@" + AT, models=["Vicuña 80ED"],
                   cat="optical_performance", kw=["mancha en el objetivo"])),
        R("follow_up", "Camila Rojas <camila.rojas@uantof-astro.example>", "RE: RMA-2026-55103 Telescopio Altiplano 127",
          "Gracias, lo enviamos por Starken, orden 946220183.\nCamila\n\n-----Mensaje original-----\n"
          "De: Soporte Atacama\nAsunto: RMA-2026-55103\n\nPor favor envíe el equipo con la guía impresa.",
          lab=dict(cust="camila.rojas@uantof-astro.example", tracking=["946220183"], rma="RMA-2026-55103",
                   models=["Altiplano 127"])),
        R("follow_up", "Francisca Muñoz <fmunoz@laserena-tur.example>", "Re: RMA-2026-55121",
          "Hola de nuevo, ¿en qué estado está la reparación? ¿Ya llegó el telescopio?\n\nFrancisca",
          lab=dict(cust="fmunoz@laserena-tur.example", rma="RMA-2026-55121")),
        R("follow_up", "Diego Carrasco <dcarrasco@calama-mine.example>", "Re: AstroCam C2 software",
          "Installed 2.9.0 as you suggested, it works now. Thanks!\n\n> Please install AtaCap 2.9.0 and try again.\n> Soporte Atacama",
          extra=[("In-Reply-To", "<rma-55130@" + AT + ">")],
          lab=dict(cust="dcarrasco@calama-mine.example", models=["AstroCam C2"])),
        R("order_status", "Compras Minera Norte <compras@minera-norte.example>", "OC 4500136001 - fecha de despacho",
          "Estimados, necesitamos la fecha de despacho de la OC 4500136001 (2 Condor 10x42).\nCompras",
          lab=dict(cust="compras@minera-norte.example", orders=["4500136001"], models=["Condor 10x42"])),
        R("order_status", "Tomás Herrera <therrera@mail.example>", "mi pedido",
          "Hola, ¿me pueden decir dónde va mi pedido? Me dijeron que salía el lunes por Blue Express y no tengo número.",
          lab=dict(cust="therrera@mail.example")),
        R("auto_reply", "camila.rojas@uantof-astro.example", "Respuesta automática: RMA-2026-55103",
          "Estaré fuera de la oficina hasta el 20 de noviembre en campaña de observación. Respondo a mi regreso.",
          extra=OOO, lab=dict(cust="camila.rojas@uantof-astro.example", rma="RMA-2026-55103")),
        R("auto_reply", "mesadeayuda@calama-mine.example", "Ticket INC0048812 creado",
          "Se ha creado el ticket INC0048812 a partir de su correo. Referencia indicada: RMA-2026-55130.",
          extra=[("Auto-Submitted", "auto-generated")],
          lab=dict(cust="mesadeayuda@calama-mine.example", rma="RMA-2026-55130")),
        R("bounce", "Mail Delivery System <MAILER-DAEMON@mail." + AT + ">", "Mensaje no entregado",
          "No se pudo entregar el mensaje a jsoto@valpo-school.example: el dominio no existe.",
          dsn="jsoto@valpo-school.example", status="5.1.2", diag="550 5.1.2 domain not found",
          orig_subj="Re: Faltan oculares"),
        R("unrelated", "Rocío Tapia <rtapia@mail.example>", "Precio Vicuña 80ED",
          "Hola, ¿cuál es el precio del Vicuña 80ED con montura? ¿Tienen despacho a Punta Arenas?"),
        R("unrelated", "pagos@minera-norte.example", "Comprobante de pago OC 4500131002",
          "Se informa pago de factura 18822 por CLP 2.380.000 correspondiente a OC 4500131002. Transferencia Banco Estado."),
        R("unrelated", "Licitaciones ChileCompra <avisos@licitaciones.example>", "Nueva licitación: telescopios para liceos",
          "Se ha publicado la licitación 1057-44-LE26: adquisición de 12 telescopios refractores. Cierre 30-11-2026."),
        R("unrelated", "Astro Boletín <news@astroboletin.example>", "Boletín noviembre: lluvia de Gemínidas",
          "Este mes: cómo fotografiar las Gemínidas, ofertas en filtros y un taller en San Pedro de Atacama.",
          html=True),
        R("unrelated", "Hernán Saavedra <hsaavedra@mail.example>", "Postulación técnico óptico",
          "Estimados, adjunto mi CV para el cargo de técnico óptico publicado en su web.", pdf="CV_Saavedra.pdf"),
    ],
)

# ----------------------------------------------------------- deltanil (EG) --

DN = "deltanil-power.example"
register(
    "deltanil",
    {
        "name": "Delta Nil Electronics S.A.E. (10th of Ramadan City, Egypt) - UPS systems, solar inverters and voltage regulators",
        "domain": DN,
        "tz": "+0200",
        "service_address": "aftersales@" + DN,
        "staff_domains": [DN],
        "noreply_addresses": ["noreply@" + DN],
        "catalog": ["NileGuard 3K", "NileGuard 6K", "SunBridge 5kW", "ND-Reg 10", "PowerLog 2"],
    },
    [
        R("new_request", "Ahmed Mostafa <a.mostafa@cairo-clinic.example>", "UPS not charging",
          "Dear Delta Nil team,\n\nour NileGuard 3K stopped charging the batteries, the display shows 'BATT LOW' all the time "
          "and the alarm beeps every minute. Serial ND/24/07/3318, PO#77812.\n\nRegards,\nDr. Ahmed Mostafa\n"
          "Mob. +20 100 455 8812",
          lab=dict(cust="a.mostafa@cairo-clinic.example", orders=["PO#77812"], serials=["ND/24/07/3318"],
                   models=["NileGuard 3K"], cat="no_power", kw=["stopped charging the batteries"])),
        R("new_request", "Mahmoud Saleh <msaleh@alex-textile.example>", "مشكلة في الانفرتر SunBridge 5kW",
          "السلام عليكم،\nالانفرتر SunBridge 5kW بيفصل كل شوية لما الشمس تكون قوية وبيطلع error E-21 على الشاشة.\n"
          "Serial: ND/25/02/0419\nInvoice 2026-3381, our order SO-EG-2026-0142\nشكرا\nمحمود صالح",
          cte="b64",
          lab=dict(cust="msaleh@alex-textile.example", orders=["SO-EG-2026-0142"], serials=["ND/25/02/0419"],
                   models=["SunBridge 5kW"], cat="intermittent", kw=["error E-21"])),
        R("new_request", "Nour El-Din Hassan <nhassan@giza-pharma.example>", "Regulator ND-Reg 10 burnt smell",
          "Hello, the ND-Reg 10 in our packaging line made a burnt smell and now the output relay clicks without output. "
          "Units ND/23/11/0045/0046/0049 (three regulators). PO GP-2026/0331.\nNour",
          lab=dict(cust="nhassan@giza-pharma.example", orders=["GP-2026/0331"],
                   serials=["ND/23/11/0045", "ND/23/11/0046", "ND/23/11/0049"], models=["ND-Reg 10"],
                   cat="other", kw=["burnt smell"], expanded=["ND/23/11/0046", "ND/23/11/0049"])),
        R("new_request", "Yasmine Fouad <yfouad@mail.example>", "UPS",
          "Hi, I want to send my UPS for repair, it makes a loud noise. How?\nYasmine",
          lab=dict(cust="yfouad@mail.example", cat="other", kw=["makes a loud noise"])),
        R("new_request", "Omar Khalil <okhalil@suez-port.example>", "PowerLog 2 not connecting to the NileGuard 6K",
          "Dear support,\nthe PowerLog 2 card does not get a network link, the LAN LED is off; IP set to 192.168.10.40. "
          "The UPS is a NileGuard 6K, serial ND/25/05/1120. We purchased both under PO SP-4471 on 12/08/2026.\n"
          "Omar Khalil, Suez Port Authority IT",
          alt=True, style="outlook",
          lab=dict(cust="okhalil@suez-port.example", orders=["SP-4471"], serials=["ND/25/05/1120"],
                   models=["PowerLog 2", "NileGuard 6K"], cat="no_link", kw=["does not get a network link"])),
        R("new_request", "noreply@" + DN, "New service request from website",
          "Service request form\n\nFull name: Karim Abdelaziz\nEmail: karim.abdelaziz@mansoura-uni.example\nMobile: 0122 334 9981\n"
          "Product: NileGuard 6K\nSerial: nd/24/10/2207\nOrder no.: SO-EG-2025-0977\n"
          "Problem: the UPS arrived with the front panel broken and a dent on the side.\n",
          replyto="karim.abdelaziz@mansoura-uni.example",
          lab=dict(cust="karim.abdelaziz@mansoura-uni.example", orders=["SO-EG-2025-0977"], serials=["nd/24/10/2207"],
                   models=["NileGuard 6K"], cat="physical_damage", kw=["front panel broken"])),
        R("new_request", "Hany Ibrahim <hibrahim@aswan-farm.example>", "wrong inverter delivered",
          "We paid for SunBridge 5kW but the box contains a NileGuard 3K. Aramex waybill 34512098761. Our order SO-EG-2026-0288.\nHany",
          lab=dict(cust="hibrahim@aswan-farm.example", orders=["SO-EG-2026-0288"], tracking=["34512098761"],
                   models=["SunBridge 5kW", "NileGuard 3K"], cat="wrong_or_missing_item", kw=["the box contains a NileGuard 3K"])),
        R("new_request", "Rania Samir <rsamir@luxor-hotel.example>", "الشاشة مش بتشتغل",
          "Good morning, شاشة الـ NileGuard 6K مطفية خالص بس الجهاز شغال. serial ND/24/03/0871. اشتريناه من الموزع في الأقصر.\nRania",
          lab=dict(cust="rsamir@luxor-hotel.example", serials=["ND/24/03/0871"], models=["NileGuard 6K"],
                   cat="other", kw=["مطفية خالص"])),
        R("new_request", "Li Qiang <liqiang@cn-build-eg.example>", "SunBridge 5kW 逆变器报错",
          "您好 Delta Nil, 我们在 Sokhna 项目的 SunBridge 5kW 一直报 E-07 grid fault, 重启也不行. Serial ND/25/06/0033, "
          "合同号 CBE-EG-2026-017. 请尽快 support.",
          cs="utf-8", cte="qp",
          lab=dict(cust="liqiang@cn-build-eg.example", orders=["CBE-EG-2026-017"], serials=["ND/25/06/0033"],
                   models=["SunBridge 5kW"], cat="other", kw=["E-07 grid fault"], lang="mixed")),
        R("new_request", "Tarek Fawzy <tfawzy@tanta-bank.example>", "UPS firmware update failed",
          "After updating the NileGuard 3K to firmware 4.02 the LCD shows only dashes and the USB tool cannot read it. "
          "SN ND/25/01/2290. We bought it with order SO-EG-2026-0051.\nTarek",
          lab=dict(cust="tfawzy@tanta-bank.example", orders=["SO-EG-2026-0051"], serials=["ND/25/01/2290"],
                   models=["NileGuard 3K"], cat="software", kw=["LCD shows only dashes"])),
        R("new_request", "Sherif Nabil <snabil@ismailia-mall.example>", "Regulators",
          "Dear sirs, we bought 4 ND-Reg 10 regulators, order SO-EG-2026-0307, and one of them gives no output at all.\nSherif",
          lab=dict(cust="snabil@ismailia-mall.example", orders=["SO-EG-2026-0307"], models=["ND-Reg 10"],
                   cat="no_power", kw=["gives no output at all"])),
        R("forwarded", "Mona Adel <mona.adel@" + DN + ">", "Fw: UPS problem - urgent",
          "Please handle, hospital customer.\n\n________________________________\nFrom: Eng. Walid Gamal <wgamal@minya-hosp.example>\n"
          "Sent: Wednesday, November 4, 2026 1:15 PM\nTo: Mona Adel\nSubject: UPS problem - urgent\n\n"
          "Dear Mona, the NileGuard 6K in ICU switches to battery for no reason several times a day. SN ND/24/08/0555.\nWalid",
          style="outlook",
          lab=dict(cust="wgamal@minya-hosp.example", fwd="mona.adel@" + DN, serials=["ND/24/08/0555"],
                   models=["NileGuard 6K"], cat="intermittent", kw=["switches to battery for no reason"])),
        R("forwarded", "Mona Adel <mona.adel@" + DN + ">", "Fwd: inverter",
          "FYI\n\nBegin forwarded message:\n\n> From: Sameh Youssef <syoussef@fayoum-solar.example>\n> Date: 3 November 2026 at 10:44:02 GMT+2\n"
          "> To: Mona Adel <mona.adel@" + DN + ">\n> Subject: inverter\n>\n> Mona, the SunBridge 5kW does not start at all, no LEDs. "
          "We bought it with order SO-EG-2026-0199.\n> Sent from my iPhone",
          style="apple",
          lab=dict(cust="syoussef@fayoum-solar.example", fwd="mona.adel@" + DN, orders=["SO-EG-2026-0199"],
                   models=["SunBridge 5kW"], cat="no_power", kw=["does not start at all"])),
        R("forwarded", "Khaled Ramzy <kramzy@" + DN + ">", "FW: PO#78120 delivery",
          "For aftersales.\n\n",
          rfc=("Samar Lotfy <slotfy@port-said-tex.example>", "PO#78120 delivery",
               "Hello Khaled, under PO#78120 we received 2 NileGuard 3K instead of 3 and no battery cables.\nSamar"),
          lab=dict(cust="slotfy@port-said-tex.example", fwd="kramzy@" + DN, orders=["PO#78120"], models=["NileGuard 3K"],
                   cat="wrong_or_missing_item", kw=["received 2 NileGuard 3K instead of 3"])),
        R("follow_up", "Ahmed Mostafa <a.mostafa@cairo-clinic.example>", "Re: RMA-2026-40218 UPS not charging",
          "Thank you. Where is the unit now? It has been two weeks.\n\nOn Tue, 27 Oct 2026, Delta Nil Aftersales wrote:\n"
          "> Your return was registered as RMA-2026-40218.",
          lab=dict(cust="a.mostafa@cairo-clinic.example", rma="RMA-2026-40218")),
        R("follow_up", "Mahmoud Saleh <msaleh@alex-textile.example>", "RE: RMA-2026-40226",
          "تم الشحن مع Bosta رقم الشحنة 8812034177.\n\nمحمود",
          lab=dict(cust="msaleh@alex-textile.example", tracking=["8812034177"], rma="RMA-2026-40226")),
        R("follow_up", "Omar Khalil <okhalil@suez-port.example>", "Re: PowerLog 2 not connecting to the NileGuard 6K",
          "Tried the factory reset, still no link.\n\nOmar\n\n> Please hold the reset button for 10 seconds.",
          extra=[("In-Reply-To", "<svc-40230@" + DN + ">")],
          lab=dict(cust="okhalil@suez-port.example", models=["PowerLog 2", "NileGuard 6K"])),
        R("order_status", "Procurement <procurement@delta-foods.example>", "PO#78344 - shipping date?",
          "Dear Delta Nil, kindly advise the shipping date for PO#78344 (5 x NileGuard 6K).",
          lab=dict(cust="procurement@delta-foods.example", orders=["PO#78344"], models=["NileGuard 6K"])),
        R("order_status", "Yasmine Fouad <yfouad@mail.example>", "my order",
          "Hi, I ordered an inverter last week and I still have no tracking number. When will it arrive?",
          lab=dict(cust="yfouad@mail.example")),
        R("auto_reply", "a.mostafa@cairo-clinic.example", "Out of Office: RMA-2026-40218",
          "I am out of the office until 15 November with limited access to email. "
          "أنا خارج المكتب حتى ١٥ نوفمبر.",
          extra=OOO, lab=dict(cust="a.mostafa@cairo-clinic.example", rma="RMA-2026-40218")),
        R("auto_reply", "servicedesk@suez-port.example", "Automatic reply: request logged",
          "Your email has been received by Suez Port ICT Service Desk (ticket SD-552810). Do not reply.",
          extra=[("Auto-Submitted", "auto-generated")], lab=dict(cust="servicedesk@suez-port.example")),
        R("bounce", "Mail Delivery Subsystem <mailer-daemon@" + DN + ">", "Delivery Status Notification (Failure)",
          "Your message wasn't delivered to yfouad@mail.example because the address couldn't be found.",
          dsn="yfouad@mail.example", orig_subj="Re: UPS"),
        R("unrelated", "finance@giza-pharma.example", "Remittance advice GP-2026/0331",
          "Remittance advice: EGP 184,500.00 paid for invoice 2026-3320, PO GP-2026/0331. Bank: NBE."),
        R("unrelated", "Amr Zaki <azaki@mail.example>", "Price of NileGuard 6K",
          "Hello, how much is the NileGuard 6K with 10 batteries? Do you install in Hurghada?"),
        R("unrelated", "Solar Egypt Expo <info@solar-egypt.example>", "Exhibitor invitation - Solar Egypt 2027",
          "Join 200 exhibitors at Solar Egypt 2027, Cairo, 3-5 February. Booths from USD 1,800.", html=True),
        R("unrelated", "Battery World <sales@battery-world.example>", "12V 9Ah batteries - offer",
          "Dear purchasing manager, we can supply 12V 9Ah VRLA batteries at EGP 640 each, delivery in one week."),
        R("unrelated", "IT Operations <noc@eg-hosting.example>", "Planned maintenance 12 Nov 02:00-04:00",
          "Your hosted website deltanil-power.example will be unavailable during planned maintenance on 12 November."),
        R("unrelated", "Hoda Mansour <hmansour@mail.example>", "Job application - field service engineer",
          "Dear HR, please find attached my CV for the field service engineer position.", pdf="Hoda_Mansour_CV.pdf"),
    ],
)

# ---------------------------------------------------------- bayanihan (PH) --

BY = "bayanihan-instruments.example"
register(
    "bayanihan",
    {
        "name": "Bayanihan Instruments Inc. (Cebu City, Philippines) - water quality meters and weather stations",
        "domain": BY,
        "tz": "+0800",
        "service_address": "support@" + BY,
        "staff_domains": [BY],
        "noreply_addresses": ["noreply@" + BY],
        "catalog": ["AquaCheck pH7", "AquaCheck DO5", "Bagyo WS-3", "TDS-Lite", "Turbi 100"],
    },
    [
        R("new_request", "Maricel Dela Cruz <maricel.delacruz@iloilo-fish.example>", "pH meter ayaw mag-calibrate",
          "Hi po,\n\nyung AquaCheck pH7 namin ayaw na mag-calibrate, laging 'CAL ERR' kahit bagong buffer solution. "
          "Serial BYN 2409 0412, SO-CEB-26-1183.\n\nSalamat po,\nMaricel Dela Cruz\nIloilo Fish Farm",
          lab=dict(cust="maricel.delacruz@iloilo-fish.example", orders=["SO-CEB-26-1183"], serials=["BYN 2409 0412"],
                   models=["AquaCheck pH7"], cat="other", kw=["'CAL ERR'"])),
        R("new_request", "Jose Ramos <jramos@davao-water.example>", "Bagyo WS-3 no data since typhoon",
          "Good day, our Bagyo WS-3 station stopped sending data to the cloud after the typhoon last week; the GSM LED is off. "
          "Units BYN 2311 0050 and BYN 2311 0051. PR No. 2026-0412 / your SO-CEB-25-0870.\nJose Ramos\nDavao City Water District",
          lab=dict(cust="jramos@davao-water.example", orders=["SO-CEB-25-0870"], serials=["BYN 2311 0050", "BYN 2311 0051"],
                   models=["Bagyo WS-3"], cat="no_link", kw=["stopped sending data"])),
        R("new_request", "Grace Villanueva <gvillanueva@up-marine.example>", "DO meter cracked probe",
          "Hello Bayanihan team, the probe of our AquaCheck DO5 arrived cracked, visible hairline on the membrane cap. "
          "Serial byn 2502 0193. Order SO-CEB-26-1021. Photos attached.\nGrace",
          photos=2,
          lab=dict(cust="gvillanueva@up-marine.example", orders=["SO-CEB-26-1021"], serials=["byn 2502 0193"],
                   models=["AquaCheck DO5"], cat="physical_damage", kw=["probe", "arrived cracked"])),
        R("new_request", "Mark Anthony Reyes <markreyes@mail.example>", "TDS-Lite",
          "Sir/Ma'am, hindi na nag-o-on yung TDS-Lite ko, pinalitan ko na battery. Binili ko sa Lazada store ninyo, "
          "order 581223907144510.",
          lab=dict(cust="markreyes@mail.example", orders=["581223907144510"], models=["TDS-Lite"],
                   cat="no_power", kw=["hindi na nag-o-on"])),
        R("new_request", "noreply@" + BY, "Website inquiry: Service / Repair",
          "Name: Ramon Castillo\nEmail: rcastillo@bohol-resort.example\nContact no.: 0917 555 0142\nProduct: Turbi 100\n"
          "Serial No.: BYN 2406 0777\nPO / SO No.: SO-CEB-25-0514\nMessage: Readings jump between 5 and 80 NTU on the same sample.\n",
          replyto="rcastillo@bohol-resort.example",
          lab=dict(cust="rcastillo@bohol-resort.example", orders=["SO-CEB-25-0514"], serials=["BYN 2406 0777"],
                   models=["Turbi 100"], cat="intermittent", kw=["Readings jump between 5 and 80 NTU"])),
        R("new_request", "Liza Mendoza <lmendoza@dost-region7.example>", "Missing items in delivery",
          "Good afternoon, we received 10 AquaCheck pH7 under our PO 2026-07-0331 but only 6 calibration kits were in the boxes. "
          "LBC tracking 173480012256.\nLiza Mendoza, Supply Officer",
          alt=True, style="outlook",
          lab=dict(cust="lmendoza@dost-region7.example", orders=["2026-07-0331"], tracking=["173480012256"],
                   models=["AquaCheck pH7"], cat="wrong_or_missing_item", kw=["only 6 calibration kits"])),
        R("new_request", "Carlo Bautista <cbautista@pampanga-agri.example>", "Bagyo WS-3 app",
          "Hello, after updating the BagyoLink app to 3.5 the wind readings show zero on the phone but the console shows correct values. "
          "Station serial BYN 2501 0318, bought via SO-CEB-26-0902.\nCarlo",
          lab=dict(cust="cbautista@pampanga-agri.example", orders=["SO-CEB-26-0902"], serials=["BYN 2501 0318"],
                   models=["Bagyo WS-3"], cat="software", kw=["wind readings show zero"])),
        R("new_request", "Ana Santos <asantos@cebu-brew.example>", "AquaCheck DO5 display",
          "Hi! The AquaCheck DO5 display fades and goes blank after a few minutes, then comes back when I tap it. "
          "SN BYN-2408-0630. Thanks po.",
          lab=dict(cust="asantos@cebu-brew.example", serials=["BYN-2408-0630"], models=["AquaCheck DO5"],
                   cat="intermittent", kw=["goes blank after a few minutes"])),
        R("new_request", "Wu Xiaoling <wuxl@ph-shrimp.example>", "Turbi 100 读数不稳定",
          "Hello, 我们 Bacolod 虾场的 Turbi 100 读数一直跳, 同一个样品 reading 差很多. SN BYN 2507 0088, SO-CEB-26-1190. 谢谢",
          cs="gbk", cslabel="gb2312", cte="b64",
          lab=dict(cust="wuxl@ph-shrimp.example", orders=["SO-CEB-26-1190"], serials=["BYN 2507 0088"],
                   models=["Turbi 100"], cat="intermittent", kw=["读数一直跳"], lang="mixed")),
        R("new_request", "Jerome Aquino <jaquino@mail.example>", "repair",
          "hello po, pano po magpa-repair ng meter? salamat",
          lab=dict(cust="jaquino@mail.example")),
        R("new_request", "Rowena Garcia <rgarcia@laguna-lake.example>", "Turbi 100 lamp",
          "Good morning, the light source of our Turbi 100 no longer lights, the meter reads 'LAMP' on start. "
          "Serial BYN 2304 0021. Our Purchase Order 2025-LLDA-0092.\nRowena Garcia",
          lab=dict(cust="rgarcia@laguna-lake.example", orders=["2025-LLDA-0092"], serials=["BYN 2304 0021"],
                   models=["Turbi 100"], cat="no_power", kw=["no longer lights"])),
        R("forwarded", "Paolo Lim <paolo.lim@" + BY + ">", "Fwd: pH meters",
          "Pls assist. Thanks!\n\n---------- Forwarded message ---------\nFrom: Jessa Navarro <jnavarro@zambo-aqua.example>\n"
          "Date: Tue, Nov 3, 2026 at 2:40 PM\nSubject: pH meters\nTo: Paolo Lim <paolo.lim@" + BY + ">\n\n"
          "Hi Paolo, 3 of our AquaCheck pH7 show 'Err 3' when switched on: BYN 2410 0101, BYN 2410 0102, BYN 2410 0107. "
          "SO-CEB-26-0777.\nJessa",
          style="gmail",
          lab=dict(cust="jnavarro@zambo-aqua.example", fwd="paolo.lim@" + BY, orders=["SO-CEB-26-0777"],
                   serials=["BYN 2410 0101", "BYN 2410 0102", "BYN 2410 0107"], models=["AquaCheck pH7"],
                   cat="other", kw=["'Err 3' when switched on"])),
        R("forwarded", "Paolo Lim <paolo.lim@" + BY + ">", "FW: Weather station",
          "Support, from our client in Leyte.\n\nFrom: Engr. Dennis Cruz <dcruz@leyte-prov.example>\nSent: Monday, 2 November 2026 9:02 AM\n"
          "To: Paolo Lim\nSubject: Weather station\n\nPaolo, the rain gauge of the Bagyo WS-3 was broken by the storm, the funnel is missing. "
          "Serial BYN 2209 0401.\nDennis",
          style="outlook",
          lab=dict(cust="dcruz@leyte-prov.example", fwd="paolo.lim@" + BY, serials=["BYN 2209 0401"],
                   models=["Bagyo WS-3"], cat="physical_damage", kw=["rain gauge", "funnel is missing"])),
        R("forwarded", "Trisha Gomez <trisha.gomez@" + BY + ">", "Fwd: DO meter",
          "Hi support, forwarding.\n\n-------- Forwarded Message --------\nSubject: DO meter\nDate: Wed, 4 Nov 2026 16:20:01 +0800\n"
          "From: Lab Manager\nTo: trisha.gomez@" + BY + "\n\nTrisha, the AquaCheck DO5 we got last month will not power on. "
          "PO 26-0450.\n\nBenjie Torres\nLab Manager, Negros Sugar Mill",
          style="tb",
          lab=dict(fwd="trisha.gomez@" + BY, orders=["26-0450"], models=["AquaCheck DO5"],
                   cat="no_power", kw=["will not power on"])),
        R("follow_up", "Maricel Dela Cruz <maricel.delacruz@iloilo-fish.example>", "Re: RMA-2026-22019 pH meter",
          "Na-ship na po namin via J&T, tracking 781002349615.\n\n> Please send the meter with the RMA form inside.",
          lab=dict(cust="maricel.delacruz@iloilo-fish.example", tracking=["781002349615"], rma="RMA-2026-22019")),
        R("follow_up", "Jose Ramos <jramos@davao-water.example>", "RE: RMA-2026-22031",
          "Hello, any update? When can we expect the stations back?\n\nJose",
          lab=dict(cust="jramos@davao-water.example", rma="RMA-2026-22031")),
        R("follow_up", "Grace Villanueva <gvillanueva@up-marine.example>", "Re: DO meter cracked probe",
          "Received the replacement probe today, all good. Thank you!\n\nOn Thu, Nov 5, 2026, Bayanihan Support wrote:\n"
          "> We shipped a new probe under RMA-2026-22040.",
          extra=[("In-Reply-To", "<rma-22040@" + BY + ">")],
          lab=dict(cust="gvillanueva@up-marine.example")),
        R("order_status", "Purchasing <purchasing@cebu-brew.example>", "Status of PO 2026-CB-0117",
          "Hi, may we know the delivery schedule of PO 2026-CB-0117 (4 units AquaCheck DO5)?",
          lab=dict(cust="purchasing@cebu-brew.example", orders=["2026-CB-0117"], models=["AquaCheck DO5"])),
        R("order_status", "Mark Anthony Reyes <markreyes@mail.example>", "nasaan na po yung repair",
          "Hello po, nasaan na po yung meter ko na pina-repair? Isang buwan na po.",
          lab=dict(cust="markreyes@mail.example")),
        R("order_status", "Liza Mendoza <lmendoza@dost-region7.example>", "Delivery of remaining calibration kits",
          "Good day, when will the 4 missing kits be delivered? Please send the 2GO tracking once shipped.",
          lab=dict(cust="lmendoza@dost-region7.example")),
        R("auto_reply", "jramos@davao-water.example", "Automatic reply: RMA-2026-22031",
          "I am on leave until November 16. For urgent matters please call our office. Salamat!",
          extra=OOO, lab=dict(cust="jramos@davao-water.example", rma="RMA-2026-22031")),
        R("auto_reply", "tickets@up-marine.example", "[UPMSI-Helpdesk] Request received",
          "Thank you, your request has been received and assigned number 44120. Reference: RMA-2026-22040.",
          extra=[("Auto-Submitted", "auto-generated")], lab=dict(cust="tickets@up-marine.example", rma="RMA-2026-22040")),
        R("bounce", "MAILER-DAEMON@smtp." + BY, "failure notice",
          "Hi. This is the qmail-send program at smtp." + BY + ".\nI'm afraid I wasn't able to deliver your message "
          "to the following addresses.\n<jaquino@mail.example>:\nSorry, no mailbox here by that name. (#5.1.1)",
          dsn="jaquino@mail.example", mta="smtp." + BY, orig_subj="Re: repair"),
        R("unrelated", "Accounting <ap@dost-region7.example>", "Payment notice PO 2026-07-0331",
          "Please be informed that payment for Invoice BI-26-2231 (PO 2026-07-0331) amounting to PHP 148,500.00 was released."),
        R("unrelated", "Kim Soriano <ksoriano@mail.example>", "Quotation request",
          "Hi, can I get a quotation for 20 pcs TDS-Lite and 5 AquaCheck pH7 for our school? Salamat!"),
        R("unrelated", "PhilAqua Expo <info@philaqua.example>", "Invitation: PhilAqua 2027 Manila",
          "Be part of PhilAqua 2027 at SMX Manila, 18-20 March. Early-bird booth rates until 15 December.", html=True),
        R("unrelated", "Ricardo Tan <rtan@probe-supply.example>", "Supplier introduction - glass electrodes",
          "Good day, we manufacture glass pH electrodes compatible with most meters. Samples available."),
        R("unrelated", "News Desk <desk@sunstar-cebu.example>", "Interview request on flood monitoring",
          "Hello, we are writing about flood monitoring in Cebu and would like to interview your engineer."),
    ],
)

# -------------------------------------------------------------- leman (CH) --

LM = "leman-precision.example"
register(
    "leman",
    {
        "name": "Léman Précision SA (Lausanne, Switzerland) - laboratory balances, titrators and hygrometers",
        "domain": LM,
        "tz": "+0100",
        "service_address": "sav@" + LM,
        "staff_domains": [LM],
        "noreply_addresses": ["ne-pas-repondre@" + LM],
        "catalog": ["LB 220", "LB 6200", "Titra 90", "HumiSense 4", "DensiLab"],
    },
    [
        R("new_request", "Claire Dubois <claire.dubois@epfl-chem.example>", "Balance LB 220 instable",
          "Bonjour,\n\nnotre balance LB 220 n'arrive plus à se stabiliser : l'affichage dérive de 2 à 3 mg en permanence, "
          "même sans rien sur le plateau. Le calibrage interne échoue.\nNo de série : L24-0318-Q\n"
          "Votre confirmation CV 26/01452, notre BC 4500072231.\n\nMeilleures salutations\nClaire Dubois\nTél. +41 21 693 44 10",
          lab=dict(cust="claire.dubois@epfl-chem.example", orders=["CV 26/01452", "4500072231"], serials=["L24-0318-Q"],
                   models=["LB 220"], cat="other", kw=["n'arrive plus à se stabiliser"])),
        R("new_request", "Thomas Favre <t.favre@geneve-pharma.example>", "Titra 90 - erreur pompe",
          "Bonjour, le Titra 90 affiche « E-PUMP 12 » au démarrage de chaque titration et la burette ne bouge plus. "
          "Numéro de série l25-0071-c. Nous l'avons acheté le 3.4.2025 (facture 25-3381). Firmware 1.8.2.\nThomas Favre",
          cs="iso-8859-1", cte="qp",
          lab=dict(cust="t.favre@geneve-pharma.example", serials=["l25-0071-c"], models=["Titra 90"],
                   cat="other", kw=["« E-PUMP 12 »"])),
        R("new_request", "Sophie Meyer <s.meyer@basel-food.example>", "LB 6200 Display dunkel",
          "Guten Tag, die Anzeige unserer LB 6200 bleibt dunkel, das Netzteil ist neu. Seriennr. L23-1190-K, "
          "Bestellung CV 25/00987.\nFreundliche Grüsse\nSophie Meyer",
          lab=dict(cust="s.meyer@basel-food.example", orders=["CV 25/00987"], serials=["L23-1190-K"], models=["LB 6200"],
                   cat="no_power", kw=["Anzeige", "bleibt dunkel"])),
        R("new_request", "Julien Rochat <julien.rochat@neuchatel-horlo.example>", "Hygromètres HumiSense 4 - pas de liaison",
          "Bonjour,\nnos quatre HumiSense 4 n'envoient plus rien à la passerelle depuis le changement de routeur "
          "(IP 10.0.8.1). Séries L25-0402-A, L25-0403-B, L25-0404-C et L25-0405-D. Commande passée sous BC 2026-117.\nJulien Rochat",
          alt=True, style="apple",
          lab=dict(cust="julien.rochat@neuchatel-horlo.example", orders=["BC 2026-117"],
                   serials=["L25-0402-A", "L25-0403-B", "L25-0404-C", "L25-0405-D"], models=["HumiSense 4"], cat="no_link",
                   kw=["n'envoient plus rien à la passerelle"])),
        R("new_request", "Marc Perrin <mperrin@sion-vins.example>", "Densimètre reçu cassé",
          "Bonjour, le DensiLab reçu hier a la cellule de mesure fêlée, le carton était enfoncé. Colis Poste "
          "99.60.112233.44556677. Série L26-0015-B, CV 26/01788.\nMarc Perrin, Caves de Sion",
          photos=2, photo_name="cellule.jpg",
          lab=dict(cust="mperrin@sion-vins.example", orders=["CV 26/01788"], serials=["L26-0015-B"],
                   tracking=["99.60.112233.44556677"], models=["DensiLab"], cat="physical_damage",
                   kw=["cellule de mesure fêlée"])),
        R("new_request", "ne-pas-repondre@" + LM, "Formulaire SAV en ligne",
          "Demande de service après-vente\n\nNom : Nathalie Berset\nE-mail : n.berset@fribourg-lab.example\nTéléphone : 026 305 12 44\n"
          "Produit : Titra 90\nN° de série : L24-0777-R\nN° de commande : CV 24/02210\n"
          "Description : après la mise à jour du logiciel TitraSoft 4.1, les méthodes enregistrées ont disparu.\n",
          replyto="Nathalie Berset <n.berset@fribourg-lab.example>",
          lab=dict(cust="n.berset@fribourg-lab.example", orders=["CV 24/02210"], serials=["L24-0777-R"],
                   models=["Titra 90"], cat="software", kw=["les méthodes enregistrées ont disparu"])),
        R("new_request", "Luca Bernasconi <luca.bernasconi@ticino-lab.example>", "Bilancia LB 220",
          "Buongiorno, la bilancia LB 220 si spegne da sola ogni tanto durante la pesata. Numero di serie L24 0655 T, "
          "ordine CV 25/01120.\nLuca",
          lab=dict(cust="luca.bernasconi@ticino-lab.example", orders=["CV 25/01120"], serials=["L24 0655 T"],
                   models=["LB 220"], cat="intermittent", kw=["si spegne da sola"])),
        R("new_request", "Émilie Gay <emilie.gay@valais-hop.example>", "Accessoires manquants",
          "Bonjour, dans le colis de la commande CV 26/01633 (deux LB 220), il manque les pare-brise en verre et les "
          "câbles USB.\nÉmilie Gay\nHôpital du Valais",
          html=True, cs="utf-8",
          lab=dict(cust="emilie.gay@valais-hop.example", orders=["CV 26/01633"], models=["LB 220"],
                   cat="wrong_or_missing_item", kw=["il manque les pare-brise"])),
        R("new_request", "Pierre-Alain Monnier <pa.monnier@mail.example>", "réparation",
          "Bonjour, j'ai une ancienne balance chez moi qui ne fonctionne plus. Faites-vous encore des réparations ?",
          lab=dict(cust="pa.monnier@mail.example")),
        R("new_request", "Chen Yu <chenyu@sh-bio.example>", "Titra 90 电极 problem",
          "Bonjour / 你好, 我们的 Titra 90 电极信号不稳定, endpoint 一直找不到. S/N L25-0230-M. Order CV 26/00410. Merci!",
          cs="utf-8", cte="b64",
          lab=dict(cust="chenyu@sh-bio.example", orders=["CV 26/00410"], serials=["L25-0230-M"], models=["Titra 90"],
                   cat="intermittent", kw=["电极信号不稳定"], lang="mixed")),
        R("new_request", "Hans Keller <h.keller@zuerich-uni.example>", "LB 6200 corner load error",
          "Hello, our LB 6200 shows up to 0.4 g difference depending on where the load sits on the pan. "
          "S/N L22-0918-F. Purchase order ETH-26-4410 from February.\nHans Keller",
          lab=dict(cust="h.keller@zuerich-uni.example", orders=["ETH-26-4410"], serials=["L22-0918-F"],
                   models=["LB 6200"], cat="other", kw=["0.4 g difference"])),
        R("forwarded", "Valérie Chappuis <v.chappuis@" + LM + ">", "TR: Balance en panne",
          "Pour le SAV, merci.\n\n-----Message d'origine-----\nDe : Olivier Martin <o.martin@vevey-choc.example>\n"
          "Envoyé : mardi, 3 novembre 2026 08:51\nÀ : Valérie Chappuis <v.chappuis@" + LM + ">\nObjet : Balance en panne\n\n"
          "Bonjour Valérie, la LB 6200 de l'atelier ne s'allume plus du tout. Série L21-0066-P.\nOlivier",
          style="outlook",
          lab=dict(cust="o.martin@vevey-choc.example", fwd="v.chappuis@" + LM, serials=["L21-0066-P"],
                   models=["LB 6200"], cat="no_power", kw=["ne s'allume plus du tout"])),
        R("forwarded", "Valérie Chappuis <v.chappuis@" + LM + ">", "Fwd: densimètre",
          "À traiter svp.\n\nLe 4 nov. 2026 à 17:22, Fabienne Roulin <f.roulin@morges-cidre.example> a écrit :\n\n"
          "Début du message réexpédié :\n\n> De: Fabienne Roulin <f.roulin@morges-cidre.example>\n> Objet: densimètre\n>\n"
          "> Le DensiLab affiche des valeurs différentes à chaque mesure du même échantillon. Commande CV 26/00990.\n",
          style="apple",
          lab=dict(cust="f.roulin@morges-cidre.example", fwd="v.chappuis@" + LM, orders=["CV 26/00990"],
                   models=["DensiLab"], cat="intermittent", kw=["valeurs différentes à chaque mesure"])),
        R("forwarded", "Stefan Gerber <s.gerber@" + LM + ">", "WG: Titrator",
          "Bitte übernehmen.\n\n",
          rfc=("Andrea Huber <a.huber@bern-labor.example>", "Titrator",
               "Grüezi, der Titra 90 zeigt 'Burette blocked', Seriennummer L23-0511-E, Bestellung CV 24/01199.\nAndrea Huber"),
          lab=dict(cust="a.huber@bern-labor.example", fwd="s.gerber@" + LM, orders=["CV 24/01199"], serials=["L23-0511-E"],
                   models=["Titra 90"], cat="other", kw=["'Burette blocked'"])),
        R("follow_up", "Claire Dubois <claire.dubois@epfl-chem.example>", "RE: RMA-2026-81307 Balance LB 220 instable",
          "Bonjour,\nla balance est partie ce matin par DHL, 1Z... non, c'est le 6428193571.\nClaire\n\n"
          "> Merci de nous renvoyer la balance avec le formulaire RMA-2026-81307.",
          lab=dict(cust="claire.dubois@epfl-chem.example", tracking=["6428193571"], rma="RMA-2026-81307",
                   models=["LB 220"])),
        R("follow_up", "Thomas Favre <t.favre@geneve-pharma.example>", "Re: RMA-2026-81322",
          "Bonjour, où en est la réparation de notre titrateur ? Nous en avons besoin pour un audit le 20.\nT. Favre",
          lab=dict(cust="t.favre@geneve-pharma.example", rma="RMA-2026-81322")),
        R("follow_up", "Julien Rochat <julien.rochat@neuchatel-horlo.example>", "Re: Hygromètres HumiSense 4 - pas de liaison",
          "Merci, avec la nouvelle configuration ça fonctionne.\n\n> Veuillez régler la passerelle en DHCP.",
          extra=[("In-Reply-To", "<sav-81330@" + LM + ">")],
          lab=dict(cust="julien.rochat@neuchatel-horlo.example", models=["HumiSense 4"])),
        R("order_status", "Achats CHUV <achats@chuv-example.example>", "Commande BC 4500073390 - délai",
          "Bonjour, pouvez-vous nous confirmer le délai de livraison de notre BC 4500073390 (3 x LB 220) ?",
          lab=dict(cust="achats@chuv-example.example", orders=["4500073390"], models=["LB 220"])),
        R("order_status", "Pierre-Alain Monnier <pa.monnier@mail.example>", "ma balance",
          "Bonjour, j'ai envoyé ma balance il y a trois semaines. Est-elle arrivée chez vous ?",
          lab=dict(cust="pa.monnier@mail.example")),
        R("auto_reply", "claire.dubois@epfl-chem.example", "Réponse automatique : RMA-2026-81307",
          "Je suis absente jusqu'au 17 novembre. En cas d'urgence, contactez le secrétariat.",
          cs="iso-8859-1", extra=OOO, lab=dict(cust="claire.dubois@epfl-chem.example", rma="RMA-2026-81307")),
        R("auto_reply", "h.keller@zuerich-uni.example", "Abwesenheitsnotiz",
          "Ich bin bis 16.11.2026 abwesend. Ihre Nachricht wird nicht weitergeleitet.",
          extra=OOO, lab=dict(cust="h.keller@zuerich-uni.example")),
        R("bounce", "Mail Delivery System <MAILER-DAEMON@mx." + LM + ">", "Undelivered Mail Returned to Sender",
          "Votre message n'a pas pu être remis à s.meyer@basel-food.example : boîte inexistante.",
          dsn="s.meyer@basel-food.example", orig_subj="Re: Display dunkel"),
        R("unrelated", "Comptabilité <compta@geneve-pharma.example>", "Avis de paiement",
          "Nous avons versé CHF 3'240.00 pour la facture 26-0419 (BC 4500071180). IBAN CH93 0076 2011 6238 5295 7."),
        R("unrelated", "Analytica Suisse <info@analytica-suisse.example>", "Invitation Analytica Suisse 2027",
          "Nous vous invitons à exposer à Analytica Suisse, Bâle, 9-11 mars 2027.", html=True),
        R("unrelated", "Martine Jaquier <m.jaquier@mail.example>", "Garantie LB 220",
          "Bonjour, quelle est la durée de garantie de la LB 220 ? Est-ce que le calibrage annuel est compris ?"),
        R("unrelated", "Swiss Load Cells <sales@swiss-loadcells.example>", "Offre capteurs de pesage",
          "Madame, Monsieur, nous vous proposons nos capteurs de pesage à jauges, tarif 2027 en annexe.", pdf="tarif_2027.pdf"),
        R("unrelated", "Newsletter Labo Romandie <news@labo-romandie.example>", "Lettre d'information - novembre",
          "Au sommaire : les nouvelles normes de métrologie, un portrait d'entreprise et les formations 2027.", html=True),
    ],
)

# ---------------------------------------------------------- haihe (TJ, CN) --

HH = "haihe-meter.example"
register(
    "haihe",
    {
        "name": "天津海河仪表有限公司 Haihe Meter Co., Ltd. (Tianjin) - flow meters and pressure transmitters",
        "domain": HH,
        "tz": "+0800",
        "service_address": "fuwu@" + HH,
        "staff_domains": [HH],
        "noreply_addresses": ["noreply@" + HH],
        "catalog": ["HLD-50", "HLD-100", "HPT-3051", "HUS-200", "YB-150"],
    },
    [
        R("new_request", "赵丽娟 <zhaolj@tj-water.example>", "电磁流量计不显示",
          "您好：\n\n我厂今年四月购买的电磁流量计 HLD-100 昨天突然黑屏，供电正常，24V 有电，表头就是不亮。\n"
          "出厂编号：HH2404B0137\n合同号：HHYB-2026-0318\n\n请尽快派人处理。\n赵丽娟\n天津自来水集团 设备科\n电话 022-2345 6789",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="zhaolj@tj-water.example", orders=["HHYB-2026-0318"], serials=["HH2404B0137"], models=["HLD-100"],
                   cat="no_power", kw=["表头就是不亮"], lang="zh")),
        R("new_request", "孙喆 <sunzhe@bh-chem.example>", "压力变送器输出漂移",
          "你好，HPT-3051 压力变送器输出一直往上漂，一天漂 0.5%，零点调过也不行。编号 hh2501a0044，合同号HHYB-2025-1207。",
          cs="gbk", cslabel="gb2312", cte="qp",
          lab=dict(cust="sunzhe@bh-chem.example", orders=["HHYB-2025-1207"], serials=["hh2501a0044"], models=["HPT-3051"],
                   cat="other", kw=["输出一直往上漂"], lang="zh")),
        R("new_request", "王建国 <wangjg@cangzhou-steel.example>", "超声波流量计通讯故障",
          "您好，我们的 HUS-200 超声波流量计和 DCS 之间 RS485 通讯老是断，Modbus 地址 12，波特率 9600，换了线也不行。"
          "表号 HH2503C0210 至 HH2503C0213 共四台，都是一样的问题。合同号 HHYB-2026-0051。",
          cs="gb18030", cte="b64",
          lab=dict(cust="wangjg@cangzhou-steel.example", orders=["HHYB-2026-0051"],
                   serials=["HH2503C0210", "HH2503C0211", "HH2503C0212", "HH2503C0213"], models=["HUS-200"],
                   cat="no_link", kw=["RS485 通讯老是断"], lang="zh", expanded=["HH2503C0211", "HH2503C0212"])),
        R("new_request", "刘洋 <liuyang@lf-pharm.example>", "收到的压力表表盘碎了",
          "你好，今天收到的 YB-150 数显压力表有两块表盘玻璃碎了，外箱有明显挤压。德邦单号 DPK360012458871。"
          "我们上周通过订单 HH-XS-2026-1102 购买的。照片见附件。",
          cs="utf-8", cte="b64", photos=2, photo_name="压力表.jpg",
          lab=dict(cust="liuyang@lf-pharm.example", orders=["HH-XS-2026-1102"], tracking=["DPK360012458871"],
                   models=["YB-150"], cat="physical_damage", kw=["表盘玻璃碎了"], lang="zh")),
        R("new_request", "陈工 <chengong@ts-power.example>", "流量计读数时有时无",
          "你好，HLD-50 流量计的读数一会儿有一会儿变成零，瞬时流量跳来跳去。编号 HH2310A0902。",
          cs="gbk", cte="8bit",
          lab=dict(cust="chengong@ts-power.example", serials=["HH2310A0902"], models=["HLD-50"],
                   cat="intermittent", kw=["一会儿变成零"], lang="zh")),
        R("new_request", "noreply@" + HH, "[官网报修] 新的报修单",
          "官网在线报修\n\n联系人：李玥\n邮箱：liyue@dz-food.example\n手机：139 2012 8871\n产品型号：HPT-3051\n"
          "出厂编号：HH2408D0561\n合同号：HHYB-2025-0880\n故障描述：升级组态软件 V2.3 后变送器 HART 通讯连不上\n",
          cs="gbk", cslabel="gb2312", cte="b64",
          replyto="李玥 <liyue@dz-food.example>", name_cs="gbk",
          lab=dict(cust="liyue@dz-food.example", orders=["HHYB-2025-0880"], serials=["HH2408D0561"], models=["HPT-3051"],
                   cat="software", kw=["HART 通讯连不上"], lang="zh")),
        R("new_request", "张明 <zhangming@hs-paper.example>", "发错货了",
          "你好，我们订的是 HLD-100，收到的却是 HLD-50，口径不对装不上。合同号 HHYB-2026-0412，顺丰 SF1460823377012。",
          cs="gbk", cte="qp",
          lab=dict(cust="zhangming@hs-paper.example", orders=["HHYB-2026-0412"], tracking=["SF1460823377012"],
                   models=["HLD-100", "HLD-50"], cat="wrong_or_missing_item", kw=["收到的却是 HLD-50"], lang="zh")),
        R("new_request", "周海 <zhouhai@qhd-port.example>", "想咨询一下维修",
          "你好，我们有台流量计坏了，想寄回维修，请问怎么办理？",
          cs="gb2312", cte="b64",
          lab=dict(cust="zhouhai@qhd-port.example", lang="zh")),
        R("new_request", "Kim Soo-jin <sjkim@incheon-chem.example>", "HUS-200 sensor 문제 / problem",
          "Hello, the HUS-200 transducer cable is cut near the sensor head, it came like this in the crate. "
          "S/N HH2506C0099, contract HHYB-2026-0290. Please send a new cable.\nSoo-jin Kim",
          lab=dict(cust="sjkim@incheon-chem.example", orders=["HHYB-2026-0290"], serials=["HH2506C0099"], models=["HUS-200"],
                   cat="physical_damage", kw=["transducer cable is cut"])),
        R("new_request", "马晓东 <maxd@tj-metro.example>", "HLD-100 励磁报警",
          "您好，地铁站的 HLD-100 报“励磁报警”，流量显示为零。编号从 HH2411B0007 到 HH2411B0009。合同号：HHYB-2025-1533。",
          cs="utf-8", cte="qp", alt=True,
          lab=dict(cust="maxd@tj-metro.example", orders=["HHYB-2025-1533"],
                   serials=["HH2411B0007", "HH2411B0008", "HH2411B0009"], models=["HLD-100"],
                   cat="other", kw=["励磁报警"], lang="zh", expanded=["HH2411B0008"])),
        R("new_request", "吴婷 <wuting@tj-brew.example>", "压力表没电",
          "你好，YB-150 换了新电池还是不亮，一点反应都没有。编号HH2502E0311，我们三月份买的，订单号 XS20260315-07。",
          cs="gbk", cte="b64", html=True,
          lab=dict(cust="wuting@tj-brew.example", orders=["XS20260315-07"], serials=["HH2502E0311"], models=["YB-150"],
                   cat="no_power", kw=["换了新电池还是不亮"], lang="zh")),
        R("new_request", "黄磊 <huanglei@tj-hot.example>", "HPT-3051 和 DCS 信号 mismatch",
          "Hi, 我们 HPT-3051 的 4-20mA 输出和 DCS 读到的 pressure 差 0.3 MPa, 现场校过 transmitter 是准的. "
          "SN HH2409A0318, PO TJH-PO-2026-0077.",
          cs="utf-8", cte="8bit",
          lab=dict(cust="huanglei@tj-hot.example", orders=["TJH-PO-2026-0077"], serials=["HH2409A0318"], models=["HPT-3051"],
                   cat="other", kw=["差 0.3 MPa"], lang="mixed")),
        R("new_request", "郑国栋 <zhenggd@bd-heat.example>", "超声波流量计进水",
          "你好，HUS-200 的主机进水了，屏幕里面有水汽，按键失灵。编号 HH 2412 C 0050。合同号HHYB-2025-1620。",
          cs="gbk", cte="b64", style="netease",
          lab=dict(cust="zhenggd@bd-heat.example", orders=["HHYB-2025-1620"], serials=["HH 2412 C 0050"], models=["HUS-200"],
                   cat="physical_damage", kw=["主机进水了"], lang="zh")),
        R("new_request", "刘佳 <liujia@tj-lab.example>", "流量计配件少了",
          "您好，HLD-50 到货了，但是缺少接地环和说明书，合同号 HHYB-2026-0455。",
          cs="gb18030", cte="qp",
          lab=dict(cust="liujia@tj-lab.example", orders=["HHYB-2026-0455"], models=["HLD-50"],
                   cat="wrong_or_missing_item", kw=["缺少接地环和说明书"], lang="zh")),
        R("forwarded", "销售 刘强 <liuqiang@" + HH + ">", "转发: 流量计故障",
          "售后请处理，客户在唐山。\n\n------------------ 原始邮件 ------------------\n"
          "发件人: \"杨帆\"<yangfan@ts-coking.example>;\n发送时间: 2026年11月4日(星期三) 下午3:12\n收件人: \"刘强\"<liuqiang@" + HH + ">;\n"
          "主题: 流量计故障\n\n刘经理，HLD-100 显示“空管报警”，管道是满的。编号 HH2407B0420。合同号 HHYB-2025-0766。\n杨帆",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="yangfan@ts-coking.example", fwd="liuqiang@" + HH, orders=["HHYB-2025-0766"], serials=["HH2407B0420"],
                   models=["HLD-100"], cat="other", kw=["空管报警"], lang="zh")),
        R("forwarded", "刘强 <liuqiang@" + HH + ">", "Fw:变送器坏了",
          "转售后\n\n\n\n-------- 转发邮件信息 --------\n发件人：\"许静\" <xujing@cz-fert.example>\n发送日期：2026-11-03 10:20:44\n"
          "收件人：liuqiang@" + HH + "\n主题：变送器坏了\n\n刘经理好，HPT-3051 不通电，回路电流一直是 0。编号 HH2502A0118。\n许静",
          cs="gbk", cte="b64", style="netease",
          lab=dict(cust="xujing@cz-fert.example", fwd="liuqiang@" + HH, serials=["HH2502A0118"], models=["HPT-3051"],
                   cat="no_power", kw=["回路电流一直是 0"], lang="zh")),
        R("forwarded", "郭敏 <guomin@" + HH + ">", "转发：客户电话记录",
          "售后同事：今天上午沧州的石经理来电话，说他们的 YB-150 数值乱跳，时好时坏，没有留邮箱，电话 0317-552 8811。"
          "合同号 HHYB-2026-0170。\n郭敏",
          cs="gbk", cte="qp",
          lab=dict(fwd="guomin@" + HH, orders=["HHYB-2026-0170"], models=["YB-150"], cat="intermittent",
                   kw=["数值乱跳"], lang="zh")),
        R("forwarded", "郭敏 <guomin@" + HH + ">", "Fw: 流量计退货",
          "请处理。\n",
          cs="gbk", cte="b64", style="qq",
          rfc=("冯伟 <fengwei@lf-steel.example>", "流量计退货",
               "你好，合同号HHYB-2026-0233 的 HUS-200 探头不出信号，编号 HH2505C0071，要求退回检修。"),
          rfc_cs="gbk",
          lab=dict(cust="fengwei@lf-steel.example", fwd="guomin@" + HH, orders=["HHYB-2026-0233"], serials=["HH2505C0071"],
                   models=["HUS-200"], cat="other", kw=["探头不出信号"], lang="zh")),
        R("follow_up", "赵丽娟 <zhaolj@tj-water.example>", "回复: RMA-2026-10318 电磁流量计不显示",
          "已经寄出，中通单号 75311294862035，请查收。\n\n------------------ 原始邮件 ------------------\n"
          "发件人: fuwu@" + HH + "\n主题: RMA-2026-10318\n\n赵女士您好，请将表头寄回。",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="zhaolj@tj-water.example", tracking=["75311294862035"], rma="RMA-2026-10318", lang="zh")),
        R("follow_up", "孙喆 <sunzhe@bh-chem.example>", "Re: RMA-2026-10322",
          "你好，寄回去两周了，修好了吗？什么时候能发回来？",
          cs="gbk", cslabel="gb2312", cte="b64",
          lab=dict(cust="sunzhe@bh-chem.example", rma="RMA-2026-10322", lang="zh")),
        R("follow_up", "王建国 <wangjg@cangzhou-steel.example>", "回复：超声波流量计通讯故障",
          "按你们说的改了终端电阻，现在好了，谢谢。\n\n> 请在总线末端加 120 欧终端电阻。",
          cs="gb18030", cte="b64", extra=[("In-Reply-To", "<rma-10330@" + HH + ">")],
          lab=dict(cust="wangjg@cangzhou-steel.example", lang="zh")),
        R("follow_up", "刘洋 <liuyang@lf-pharm.example>", "Re: RMA-2026-10341 收到的压力表表盘碎了",
          "补发的两块表今天收到了，没问题。",
          cs="utf-8", cte="b64",
          lab=dict(cust="liuyang@lf-pharm.example", rma="RMA-2026-10341", lang="zh")),
        R("order_status", "采购部 <caigou@tj-port.example>", "合同号HHYB-2026-0502 什么时候发货",
          "你好，合同号HHYB-2026-0502 的十台 HLD-50 预付款已付，请问什么时候发货？",
          cs="gbk", cte="b64",
          lab=dict(cust="caigou@tj-port.example", orders=["HHYB-2026-0502"], models=["HLD-50"], lang="zh")),
        R("order_status", "周海 <zhouhai@qhd-port.example>", "维修的流量计到哪了",
          "你好，上个月寄过去修的流量计现在什么情况了？",
          cs="gb2312", cte="qp",
          lab=dict(cust="zhouhai@qhd-port.example", lang="zh")),
        R("order_status", "Kim Soo-jin <sjkim@incheon-chem.example>", "Replacement cable shipment",
          "Hello, has the replacement cable been shipped? Please send the EMS number.\nSoo-jin",
          lab=dict(cust="sjkim@incheon-chem.example")),
        R("auto_reply", "zhaolj@tj-water.example", "自动回复: RMA-2026-10318",
          "您好，我已收到您的邮件，近期出差，将于11月16日回复。",
          cs="gbk", cte="b64", extra=OOO, lab=dict(cust="zhaolj@tj-water.example", rma="RMA-2026-10318", lang="zh")),
        R("auto_reply", "oa@cangzhou-steel.example", "【OA系统】邮件已收到",
          "您的邮件已进入沧州钢铁OA系统，编号 OA-20261107-0091，请勿回复。",
          cs="gbk", cte="qp", extra=[("Auto-Submitted", "auto-generated")],
          lab=dict(cust="oa@cangzhou-steel.example", lang="zh")),
        R("bounce", "postmaster@" + HH, "系统退信",
          "很抱歉您的邮件没有发送成功。\n收件人: zhouhai@qhd-port.example\n原因: 收件人邮箱不存在",
          dsn="zhouhai@qhd-port.example", orig_subj="回复: 想咨询一下维修", diag="550 User not found"),
        R("unrelated", "财务部 <caiwu@tj-water.example>", "付款通知",
          "贵司发票号 12003456 款项已于11月5日支付，金额 86,400.00 元，对应合同号 HHYB-2026-0318。",
          cs="gbk", cte="b64", lab=dict(lang="zh")),
        R("unrelated", "李先生 <lixs@mail.example>", "HLD-50 报价",
          "你好，请问 HLD-50 DN50 的价格是多少？含税吗？要十台。",
          cs="gbk", cte="qp", lab=dict(lang="zh")),
        R("unrelated", "中国仪器仪表展 <expo@cn-instr-expo.example>", "2027 天津仪器仪表展邀请函",
          "诚邀贵司参加2027天津国际仪器仪表展览会，时间：2027年4月8日-10日。",
          cs="utf-8", cte="b64", html=True, lab=dict(lang="zh")),
        R("unrelated", "人事 <hr@" + "job-site.example>", "应聘售后工程师",
          "您好，我叫何伟，有五年仪表维修经验，想应聘贵司售后工程师岗位，简历见附件。",
          cs="gbk", cte="b64", pdf="resume.pdf", lab=dict(lang="zh")),
        R("unrelated", "电子元件商城 <sales@dz-parts.example>", "传感器芯片促销",
          "本月压力传感器芯片特价，满一万减五百，欢迎选购。",
          cs="gb2312", cte="b64", lab=dict(lang="zh")),
        R("unrelated", "中标公告 <bid@tj-gov-bid.example>", "天津市自来水流量计采购项目中标公告",
          "项目编号 TJZB-2026-1182，中标单位：某仪表公司，中标金额 128 万元。",
          cs="gbk", cte="qp", lab=dict(lang="zh")),
        R("unrelated", "行业资讯 <news@flow-news.example>", "流量计行业周刊 第45期",
          "本期内容：电磁流量计新标准解读；超声波流量计在供热行业的应用。",
          cs="utf-8", cte="qp", html=True, lab=dict(lang="zh")),
        R("unrelated", "客户 王女士 <wangns@tj-school.example>", "保修期问题",
          "你好，请问你们的压力变送器保修几年？过了保修期维修收费吗？",
          cs="gbk", cte="b64", lab=dict(lang="zh")),
    ],
)

# -------------------------------------------------------- dajia (TW, Big5) --

DJ = "dajia-opto.example"
register(
    "dajia",
    {
        "name": "大甲光電股份有限公司 Dajia Optoelectronics Co., Ltd. (Taichung, Taiwan) - laser rangefinders, LED drivers and fiber light sources",
        "domain": DJ,
        "tz": "+0800",
        "service_address": "service@" + DJ,
        "staff_domains": [DJ],
        "noreply_addresses": ["noreply@" + DJ],
        "catalog": ["LRF-1500", "LRF-800", "DL-Driver 60", "FiberLite 150", "OptiMeter 3"],
    },
    [
        R("new_request", "林志明 <lin.zm@tc-survey.example>", "測距儀無法開機",
          "您好：\n\n本公司上個月購買的雷射測距儀 LRF-1500 今天完全無法開機，換了新電池也一樣，螢幕沒有任何顯示。\n"
          "序號：DJ-25-09-0456\n訂單編號：DJ-SO-1151103\n\n麻煩協助處理，謝謝。\n林志明\n台中測量工程行\n電話 04-2358-7712",
          cs="big5", cte="b64",
          lab=dict(cust="lin.zm@tc-survey.example", orders=["DJ-SO-1151103"], serials=["DJ-25-09-0456"], models=["LRF-1500"],
                   cat="no_power", kw=["完全無法開機"], lang="zh")),
        R("new_request", "陳美玲 <chen.ml@chcg-hosp.example>", "光源亮度不穩定",
          "您好，FiberLite 150 冷光源用一段時間亮度就會忽明忽暗，重新開機後又正常。序號 dj-24-11-0218，採購單號 PO-115-0331。",
          cs="big5", cte="qp",
          lab=dict(cust="chen.ml@chcg-hosp.example", orders=["PO-115-0331"], serials=["dj-24-11-0218"], models=["FiberLite 150"],
                   cat="intermittent", kw=["亮度就會忽明忽暗"], lang="zh")),
        R("new_request", "張家豪 <chang.jh@ntu-opt.example>", "OptiMeter 3 量測值偏差",
          "您好，我們實驗室的 OptiMeter 3 光功率計量測值比標準件低了約 1.5 dB，已清潔接頭，序號 DJ 24 03 0871，"
          "於 114 年 5 月以訂單 DJ-SO-1140522 購入。",
          cs="big5", cte="b64", alt=True,
          lab=dict(cust="chang.jh@ntu-opt.example", orders=["DJ-SO-1140522"], serials=["DJ 24 03 0871"], models=["OptiMeter 3"],
                   cat="optical_performance", kw=["低了約 1.5 dB"], lang="zh")),
        R("new_request", "黃雅婷 <huang.yt@kh-led.example>", "驅動器燒壞",
          "您好，DL-Driver 60 其中三台通電後有焦味，LED 燈條不亮。序號 DJ-25-02-0101、0102、0105。訂單 DJ-SO-1150210。",
          cs="big5", cte="b64",
          lab=dict(cust="huang.yt@kh-led.example", orders=["DJ-SO-1150210"],
                   serials=["DJ-25-02-0101", "DJ-25-02-0102", "DJ-25-02-0105"], models=["DL-Driver 60"],
                   cat="no_power", kw=["通電後有焦味"], lang="zh", expanded=["DJ-25-02-0102", "DJ-25-02-0105"])),
        R("new_request", "王俊傑 <wang.jj@tn-build.example>", "LRF-800 藍牙連不上",
          "你好，LRF-800 更新 App 到 2.4.0 之後藍牙就連不上手機了，序號 DJ-25-06-0033。",
          cs="utf-8", cte="b64",
          lab=dict(cust="wang.jj@tn-build.example", serials=["DJ-25-06-0033"], models=["LRF-800"],
                   cat="no_link", kw=["藍牙就連不上手機了"], lang="zh")),
        R("new_request", "noreply@" + DJ, "【線上報修】新案件",
          "線上報修表單\n\n姓名：吳宗憲\n電子郵件：wu.zx@ty-factory.example\n電話：0912-345-678\n產品型號：LRF-1500\n"
          "產品序號：DJ-24-08-0560\n訂單編號：DJ-SO-1140815\n問題描述：鏡頭內有灰塵，瞄準時畫面模糊\n",
          cs="big5", cte="qp", replyto="wu.zx@ty-factory.example",
          lab=dict(cust="wu.zx@ty-factory.example", orders=["DJ-SO-1140815"], serials=["DJ-24-08-0560"], models=["LRF-1500"],
                   cat="optical_performance", kw=["瞄準時畫面模糊"], lang="zh")),
        R("new_request", "李建宏 <li.jh@tc-mech.example>", "收到的貨少了配件",
          "您好，我們買了 FiberLite 150 兩台，訂單 DJ-SO-1151021，箱子裡沒有光纖導管和電源線。黑貓宅急便單號 907712345678。",
          cs="big5", cte="b64",
          lab=dict(cust="li.jh@tc-mech.example", orders=["DJ-SO-1151021"], tracking=["907712345678"], models=["FiberLite 150"],
                   cat="wrong_or_missing_item", kw=["沒有光纖導管和電源線"], lang="zh")),
        R("new_request", "蔡佩君 <tsai.pj@mail.example>", "請問維修流程",
          "你好，我有一台測距儀壞了想送修，請問要怎麼寄？",
          cs="big5", cte="8bit",
          lab=dict(cust="tsai.pj@mail.example", lang="zh")),
        R("new_request", "Nguyen Van Hai <hai.nv@hcm-lighting.example>", "DL-Driver 60 flicker",
          "Hello Dajia, the DL-Driver 60 units make the LEDs flicker at low dimming level (below 20%). "
          "Serials DJ-25-04-0300 to DJ-25-04-0302. Our PO HCM-2026-118.\nHai",
          lab=dict(cust="hai.nv@hcm-lighting.example", orders=["HCM-2026-118"],
                   serials=["DJ-25-04-0300", "DJ-25-04-0301", "DJ-25-04-0302"], models=["DL-Driver 60"],
                   cat="intermittent", kw=["flicker at low dimming level"], expanded=["DJ-25-04-0301"])),
        R("new_request", "劉子軒 <liu.zx@tc-univ.example>", "LRF-1500 外殼裂開",
          "您好，LRF-1500 從三腳架上掉下來，外殼裂開，按鍵按不下去。序號 DJ-23-12-0900。",
          cs="big5", cte="qp", photos=1,
          lab=dict(cust="liu.zx@tc-univ.example", serials=["DJ-23-12-0900"], models=["LRF-1500"],
                   cat="physical_damage", kw=["外殼裂開"], lang="zh")),
        R("new_request", "許志偉 <hsu.zw@hc-semi.example>", "OptiMeter 3 USB 連線問題",
          "Hi, OptiMeter 3 接上電腦後 software 一直顯示 device not found, 換 USB port 也一樣. S/N DJ-25-01-0077, "
          "PO HCS-115-0892.",
          cs="utf-8", cte="qp",
          lab=dict(cust="hsu.zw@hc-semi.example", orders=["HCS-115-0892"], serials=["DJ-25-01-0077"], models=["OptiMeter 3"],
                   cat="no_link", kw=["device not found"], lang="mixed")),
        R("new_request", "鄭雅文 <cheng.yw@tc-dental.example>", "冷光源風扇很吵",
          "你好，FiberLite 150 的風扇聲音很大，像刮到東西。我們今年三月跟貴公司買了 DJ-SO-1150318 這張單的兩台。",
          cs="big5", cte="b64", html=True,
          lab=dict(cust="cheng.yw@tc-dental.example", orders=["DJ-SO-1150318"], models=["FiberLite 150"],
                   cat="other", kw=["風扇聲音很大"], lang="zh")),
        R("new_request", "楊文豪 <yang.wh@ml-farm.example>", "LRF-800 數字亂跳",
          "你好，LRF-800 量同一個距離，每次數字都不一樣，差到兩三公尺。序號 DJ-25-03-0140，訂單DJ-SO-1150402。",
          cs="big5", cte="b64",
          lab=dict(cust="yang.wh@ml-farm.example", orders=["DJ-SO-1150402"], serials=["DJ-25-03-0140"], models=["LRF-800"],
                   cat="other", kw=["每次數字都不一樣"], lang="zh")),
        R("new_request", "Tanaka Hiroshi <tanaka@osaka-survey.example>", "LRF-1500 display",
          "Dear Dajia, the LRF-1500 display shows only half of the characters. Serial DJ-24-05-0333, PO OSK-2026-0411.\nTanaka",
          lab=dict(cust="tanaka@osaka-survey.example", orders=["OSK-2026-0411"], serials=["DJ-24-05-0333"], models=["LRF-1500"],
                   cat="other", kw=["shows only half of the characters"])),
        R("forwarded", "業務 周怡君 <chou.yc@" + DJ + ">", "轉寄: 測距儀異常",
          "請售後協助。\n\n-----Original Message-----\nFrom: 郭文賢 <kuo.wh@ntc-road.example>\nSent: Tuesday, November 3, 2026 2:05 PM\n"
          "To: 周怡君 <chou.yc@" + DJ + ">\nSubject: 測距儀異常\n\n周小姐您好，LRF-1500 量測時常常跳出 Err 5，關機再開又可以用。序號 DJ-25-07-0208。\n郭文賢",
          cs="big5", cte="b64", style="outlook",
          lab=dict(cust="kuo.wh@ntc-road.example", fwd="chou.yc@" + DJ, serials=["DJ-25-07-0208"], models=["LRF-1500"],
                   cat="intermittent", kw=["跳出 Err 5"], lang="zh")),
        R("forwarded", "周怡君 <chou.yc@" + DJ + ">", "Fwd: 光源",
          "轉給售後。\n\n---------- Forwarded message ---------\n寄件者：高明哲 <kao.mz@cy-hosp.example>\n日期：2026年11月4日 週三 上午10:30\n"
          "主旨：光源\n收件者：周怡君 <chou.yc@" + DJ + ">\n\n周小姐，FiberLite 150 不亮了，開關按了沒反應。訂單 DJ-SO-1150707。",
          cs="utf-8", cte="b64", style="gmail",
          lab=dict(cust="kao.mz@cy-hosp.example", fwd="chou.yc@" + DJ, orders=["DJ-SO-1150707"], models=["FiberLite 150"],
                   cat="no_power", kw=["開關按了沒反應"], lang="zh")),
        R("forwarded", "周怡君 <chou.yc@" + DJ + ">", "Fwd: 驅動器",
          "請處理，客戶沒給 email，只有簽名檔。\n\n----- 轉寄郵件 -----\n寄件者：彰化照明 陳先生\n主旨：驅動器\n\n"
          "DL-Driver 60 接上之後輸出電流只有一半。序號 DJ-25-05-0410。\n\n陳建志\n彰化照明有限公司\nchen.jz@chh-light.example",
          cs="big5", cte="qp",
          lab=dict(cust="chen.jz@chh-light.example", fwd="chou.yc@" + DJ, serials=["DJ-25-05-0410"], models=["DL-Driver 60"],
                   cat="other", kw=["輸出電流只有一半"], lang="zh")),
        R("forwarded", "Kevin Hsieh <kevin.hsieh@" + DJ + ">", "FW: rangefinder RMA",
          "Service team pls check.\n",
          rfc=("Mark Evans <mevans@perth-mining.example>", "rangefinder RMA",
               "Hi Kevin, our LRF-800 got wet on site and now the laser does not fire. Serial DJ-25-02-0077, PO PM-88120.\nMark"),
          lab=dict(cust="mevans@perth-mining.example", fwd="kevin.hsieh@" + DJ, orders=["PM-88120"], serials=["DJ-25-02-0077"],
                   models=["LRF-800"], cat="other", kw=["laser does not fire"])),
        R("follow_up", "林志明 <lin.zm@tc-survey.example>", "回覆: RMA-2026-90456 測距儀無法開機",
          "已寄出，新竹物流單號 6203318845，謝謝。\n\n> 林先生您好，請將測距儀寄回本公司檢修。",
          cs="big5", cte="b64",
          lab=dict(cust="lin.zm@tc-survey.example", tracking=["6203318845"], rma="RMA-2026-90456", lang="zh")),
        R("follow_up", "陳美玲 <chen.ml@chcg-hosp.example>", "RE: RMA-2026-90461",
          "請問光源修好了嗎？醫院這邊急著用，什麼時候可以寄回？",
          cs="big5", cte="qp",
          lab=dict(cust="chen.ml@chcg-hosp.example", rma="RMA-2026-90461", lang="zh")),
        R("follow_up", "王俊傑 <wang.jj@tn-build.example>", "Re: LRF-800 藍牙連不上",
          "照你們說的重設以後可以連了，感謝。\n\n> 請長按電源鍵 10 秒重設藍牙。",
          cs="utf-8", cte="b64", extra=[("In-Reply-To", "<rma-90470@" + DJ + ">")],
          lab=dict(cust="wang.jj@tn-build.example", models=["LRF-800"], lang="zh")),
        R("follow_up", "Nguyen Van Hai <hai.nv@hcm-lighting.example>", "Re: RMA-2026-90475 DL-Driver 60 flicker",
          "Thanks, we shipped the three drivers back by EMS, EE408812236VN.\nHai",
          lab=dict(cust="hai.nv@hcm-lighting.example", tracking=["EE408812236VN"], rma="RMA-2026-90475",
                   models=["DL-Driver 60"])),
        R("order_status", "採購 黃先生 <purchase@kh-led.example>", "訂單 DJ-SO-1151110 出貨日期",
          "您好，請問訂單 DJ-SO-1151110 的 50 台 DL-Driver 60 何時出貨？",
          cs="big5", cte="b64",
          lab=dict(cust="purchase@kh-led.example", orders=["DJ-SO-1151110"], models=["DL-Driver 60"], lang="zh")),
        R("order_status", "蔡佩君 <tsai.pj@mail.example>", "送修進度",
          "你好，我上週寄去修的測距儀現在進度如何？",
          cs="big5", cte="8bit",
          lab=dict(cust="tsai.pj@mail.example", lang="zh")),
        R("order_status", "Tanaka Hiroshi <tanaka@osaka-survey.example>", "PO OSK-2026-0455 delivery",
          "Hello, when will our second order OSK-2026-0455 ship? Please share the tracking number.",
          lab=dict(cust="tanaka@osaka-survey.example", orders=["OSK-2026-0455"])),
        R("auto_reply", "lin.zm@tc-survey.example", "自動回覆: RMA-2026-90456",
          "您好，本人 11/9-11/13 出差，期間回信較慢，敬請見諒。",
          cs="big5", cte="b64", extra=OOO, lab=dict(cust="lin.zm@tc-survey.example", rma="RMA-2026-90456", lang="zh")),
        R("auto_reply", "helpdesk@chcg-hosp.example", "[自動回覆] 已收到您的來信",
          "本院資訊室已收到您的來信，案件編號 IT-115-11-0203，將儘速處理。",
          cs="big5", cte="qp", extra=[("Auto-Submitted", "auto-replied")],
          lab=dict(cust="helpdesk@chcg-hosp.example", lang="zh")),
        R("bounce", "Mail Delivery Subsystem <MAILER-DAEMON@" + DJ + ">", "Returned mail: see transcript for details",
          "The original message was received from service@" + DJ + "\n\n   ----- The following addresses had permanent fatal errors -----\n"
          "<tsai.pj@mail.example>\n    (reason: 550 5.7.1 message rejected as spam)",
          dsn="tsai.pj@mail.example", status="5.7.1", diag="550 5.7.1 message rejected as spam",
          orig_subj="回覆: 請問維修流程"),
        R("unrelated", "會計部 <acct@kh-led.example>", "匯款通知",
          "貴公司發票 AB12345678 款項新台幣 152,000 元已於 11/5 匯出，訂單 DJ-SO-1150210。",
          cs="big5", cte="b64", lab=dict(lang="zh")),
        R("unrelated", "顧客 <buyer@mail.example>", "LRF-1500 報價",
          "請問 LRF-1500 一台多少錢？買五台有折扣嗎？",
          cs="big5", cte="qp", lab=dict(lang="zh")),
        R("unrelated", "台北國際光電週 <info@optotw.example>", "2027 台北國際光電週參展邀請",
          "誠摯邀請貴公司參加 2027 台北國際光電週，展期 6 月 15 日至 17 日。",
          cs="big5", cte="b64", html=True, lab=dict(lang="zh")),
        R("unrelated", "求職者 林小姐 <lin.job@mail.example>", "應徵光學工程師",
          "您好，我是光電系畢業的林小姐，想應徵貴公司光學工程師職缺，履歷如附件。",
          cs="big5", cte="b64", pdf="resume_lin.pdf", lab=dict(lang="zh")),
        R("unrelated", "雷射二極體供應商 <sales@ld-supply.example>", "905nm 雷射二極體報價",
          "您好，我司提供 905nm 脈衝雷射二極體，單價 USD 3.2，MOQ 5000，附上規格書。",
          cs="utf-8", cte="b64", pdf="spec.pdf", lab=dict(lang="zh")),
        R("unrelated", "系統公告 <noc@tw-cloud.example>", "雲端主機維護公告",
          "親愛的用戶您好，雲端主機將於 11/12 凌晨 2:00-4:00 進行維護，期間服務暫停。",
          cs="big5", cte="qp", lab=dict(lang="zh")),
        R("unrelated", "光電產業電子報 <news@opto-news.example>", "光電產業電子報 第 212 期",
          "本期焦點：雷射測距市場趨勢、LED 驅動 IC 缺貨狀況。",
          cs="utf-8", cte="qp", html=True, lab=dict(lang="zh")),
        R("unrelated", "台中市政府 <bid@taichung-gov.example>", "標案公告：測量儀器採購",
          "本府公告採購雷射測距儀 20 台，案號 115-TC-0712，截止日 115 年 11 月 30 日。",
          cs="big5", cte="b64", lab=dict(lang="zh")),
        R("unrelated", "記者 張小姐 <reporter@tc-news.example>", "採訪邀約",
          "您好，我是台中日報記者，想採訪貴公司在雷射測距儀外銷的成果，不知是否方便？",
          cs="big5", cte="qp", lab=dict(lang="zh")),
    ],
)

# ------------------------------------------------------- a few more mails --

register("aigaion", C.companies["aigaion"], [
    R("follow_up", "Stavros Lekkas <slekkas@aegean-ship.example>", "Re: RMA-2026-70418 IRC-12 units drop the WiFi link",
      "> Dear Mr Lekkas,\n> please update the five cameras to firmware 2.6 and tell us if the link still drops.\n>\n"
      "> Aigaion Service\n\nUpdated all five yesterday, two of them dropped again overnight.\n\nStavros",
      lab=dict(cust="slekkas@aegean-ship.example", rma="RMA-2026-70418", models=["IRC-12"])),
], prefix="x")
register("carpatia", C.companies["carpatia"], [
    R("new_request", "Gabriel Toma <gabriel.toma@arges-auto.example>", "Comanda CMD-2026-1044",
      "Buna ziua, una dintre cele doua statii primite nu incalzeste, cealalta e in regula. Seria e CS60-26-00312.\nGabriel Toma",
      lab=dict(cust="gabriel.toma@arges-auto.example", orders=["CMD-2026-1044"], serials=["CS60-26-00312"],
               cat="no_power", kw=["nu incalzeste"])),
    R("unrelated", "Logistica <logistica@pitesti-parts.example>", "Aviz de insotire PO-4501-2026",
      "Aviz de insotire a marfii nr. 7731 pentru comanda PO-4501-2026: 20 buc. receptionate, fara observatii."),
], prefix="x")
register("bayanihan", C.companies["bayanihan"], [
    R("forwarded", "Trisha Gomez <trisha.gomez@" + BY + ">", "Fw: Turbi 100 reading zero",
      "Hi team, please see below.\n\n________________________________\nFrom: Noel Pascual <npascual@tarlac-water.example>\n"
      "Sent: Wednesday, November 4, 2026 8:15 AM\nTo: Trisha Gomez <trisha.gomez@" + BY + ">\nSubject: Turbi 100 reading zero\n\n"
      "Hi Trisha, the Turbi 100 reads 0.00 NTU for every sample since Monday. SN BYN 2403 0312.\nNoel",
      style="outlook", alt=True,
      lab=dict(cust="npascual@tarlac-water.example", fwd="trisha.gomez@" + BY, serials=["BYN 2403 0312"],
               models=["Turbi 100"], cat="other", kw=["reads 0.00 NTU for every sample"])),
], prefix="x")
register("deltanil", C.companies["deltanil"], [
    R("unrelated", "orders@delta-foods.example", "Purchase order confirmation PO#78344",
      "This is an automatic confirmation of our purchase order PO#78344 sent to Delta Nil Electronics. Delivery to Obour warehouse."),
], prefix="x")
register("leman", C.companies["leman"], [
    R("auto_reply", "julien.rochat@neuchatel-horlo.example", "Absence du bureau / Out of office",
      "Je suis en vacances jusqu'au 23 novembre. / I am on holiday until 23 November.",
      extra=OOO, lab=dict(cust="julien.rochat@neuchatel-horlo.example")),
], prefix="x")


if __name__ == "__main__":
    sys.exit(C.main("Write (or --check) the blind10 corpus."))

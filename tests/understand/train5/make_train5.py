"""Hand-written held-out corpus of after-sales mail for eight fictional electronics, optics and
instrument makers.

Every mail is written by hand below, one `M(...)` (or a builder) per mail; the shared kit
(../blindkit.py) turns them into byte-identical .eml files, writes labels.jsonl, company.json
and README.md, and checks the labels against the mails.  Run without arguments to rewrite,
with --check to verify.
"""

from __future__ import annotations

import datetime
import hashlib
import html
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
    script="make_train5.py",
    title="blind5: held-out corpus of service mail for eight electronics, optics and instrument makers",
    domains="`.example`",
    languages="German, French, Spanish, Italian, Dutch, Polish, Portuguese, Swedish, Turkish, Czech, Danish or Japanese",
    serial_shapes={
        "kestrel": r"KRL\d{2}/\d{5}[A-Z]",
        "norrsken": r"(?:NX204B?|DM61|PS3005)-\d{4}-\d{4}",
        "huaguang": r"HGT\d{10}",
        "jingce": r"JC\d{2}[A-L]\d{5}",
        "vellaro": r"VL\.\d{4}\.\d{2}\.\d{5}",
        "hoshimitsu": r"SK\d{2}-\d{5}",
        "ruice": r"RC\d{6}-[A-Z]\d",
        "brightharbor": r"BHI \d{4} \d{4}",
    },
    notes=[
        "Serial conventions: Kestrel `KRL24/03172Q` (year, slash, five digits, check letter); Norrsken "
        "model code + `-YYWW-NNNN`; Huaguang `HGT` + ten digits; Jingce `JC` + year + month letter + five "
        "digits; Vellaro dotted `VL.YYYY.MM.NNNNN`; Hoshimitsu `SK` + year + five digits; Ruice `RC` + six "
        "digits + check block; Bright Harbor `BHI NNNN NNNN` with spaces.  Customers often type them in "
        "lowercase or with a label of their own; they are labelled as written.",
    ],
)

_TZ = {
    "kestrel": "+0000",
    "norrsken": "+0100",
    "huaguang": "+0800",
    "jingce": "+0800",
    "vellaro": "+0100",
    "hoshimitsu": "+0900",
    "ruice": "+0800",
    "brightharbor": "-0500",
}
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def when(slug: str, name: str, shift: int = 0) -> str:
    """A fixed date for a mail, derived from its name (shift: days earlier, for quoted mails)."""
    h = int(hashlib.sha256(f"{slug}/{name}".encode()).hexdigest()[:12], 16)
    day = 400 + h % 300 - shift  # days after 2023-01-01
    d = datetime.date(2023, 1, 1) + datetime.timedelta(days=day)
    hh, mm, ss = 7 + (h >> 9) % 13, (h >> 17) % 60, (h >> 23) % 60
    return f"{_DAYS[d.weekday()]}, {d.day:02d} {_MONTHS[d.month - 1]} {d.year} {hh:02d}:{mm:02d}:{ss:02d} {_TZ[slug]}"


def as_html(body: str) -> str:
    paras = body.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(html.escape(ln) for ln in p.split("\n")) + "</p>" for p in paras)


def att(spec: tuple[Any, ...]) -> Message:
    kind, fn = spec[0], spec[1]
    if kind == "jpg":
        return attachment("image/jpeg", fn, jpeg(fn))
    if kind == "png":
        return attachment("image/png", fn, png(fn))
    if kind == "pdf":
        return attachment("application/pdf", fn, pdf(fn, fn))
    if kind == "xlsx":
        return attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn, xlsx(fn))
    if kind == "mp4":
        return attachment("video/mp4", fn, jpeg(fn, 5000))
    if kind == "txt":
        return textfile(fn, spec[2])
    if kind == "zhjpg":
        return attachment("image/jpeg", fn, jpeg(fn), rfc2231=True)
    raise ValueError(kind)


def body_part(body: str, fmt: str, cs: str, cte: str, label: str | None, style: str) -> Message:
    if fmt == "plain":
        return text(body, cs, cte, label=label)
    h = html_doc(as_html(body), cs=label or cs)
    if fmt == "html":
        return text(h, cs, cte, sub="html", label=label)
    return multipart("alternative", [text(body, cs, cte, label=label), text(h, cs, cte, sub="html", label=label)], bnd(style, "alt"))


def build(
    slug: str,
    name: str,
    frm: Any,
    subj: str,
    body: str,
    to: str | None = None,
    fmt: str = "plain",
    cs: str = "utf-8",
    cte: str = "qp",
    label: str | None = None,
    style: str = "generic",
    atts: tuple[Any, ...] = (),
    extra: tuple[tuple[str, str], ...] = (),
    scs: str | None = None,
    fcs: str | None = None,
    inner: dict[str, Any] | None = None,
) -> Message:
    co = C.companies[slug]
    to = to or co["service_address"]
    if isinstance(frm, tuple):
        f = addr(frm[0], frm[1], cs=fcs)
        dom = frm[1].split("@")[1]
    else:
        f = frm
        dom = frm.split("@")[-1].strip(">")
    s = subj if subj.isascii() else ew(subj, scs or "utf-8")
    part = body_part(body, fmt, cs, cte, label, style)
    parts = [part]
    if inner:
        im = inner_mail(slug, name, **inner)
        parts.append(rfc822(im, filename=inner.get("fname")))
    parts += [att(a) for a in atts]
    top = part if len(parts) == 1 else mixed(parts, style)
    return mail(when(slug, name), f, to, s, top, style=style, domain=dom, extra=extra)


def inner_mail(
    slug: str, name: str, frm: Any, to: str, subj: str, body: str, cs: str = "utf-8", shift: int = 2, fname: Any = None,
    atts: tuple[Any, ...] = (),
) -> Message:
    f = addr(frm[0], frm[1]) if isinstance(frm, tuple) else frm
    s = subj if subj.isascii() else ew(subj, "utf-8")
    p = text(body, cs, "qp" if cs == "utf-8" else "b64")
    if atts:
        p = multipart("mixed", [p, *[att(a) for a in atts]], bnd("generic", "inner"))
    dom = f.split("@")[-1].strip(">")
    return mail(when(slug, name, shift), f, to, s, p, domain=dom, extra=())


def M(slug: str, name: str, lab: dict[str, Any], frm: Any, subj: str, body: str, **kw: Any) -> None:
    """Register one hand-written mail."""

    def fx() -> tuple[Message, dict[str, Any]]:
        return build(slug, name, frm, subj, body, **kw), dict(lab)

    fx.__name__ = name
    C.fixtures.setdefault(slug, []).append(fx)


def BOUNCE(slug: str, name: str, rcpt: str, reason: str, subj: str, body: str, mta: str = "mx1") -> None:
    """A delivery failure report for a reply we sent to a customer address that no longer works."""

    def fx() -> tuple[Message, dict[str, Any]]:
        co = C.companies[slug]
        dom = co["service_address"].split("@")[1]
        rdom = rcpt.split("@")[1]
        human = text(
            f"This is the mail system at host {mta}.{dom}.\n\nI'm sorry to have to inform you that your message could not\n"
            f"be delivered to one or more recipients.\n\n<{rcpt}>: host mx.{rdom} said: {reason}\n",
            "us-ascii",
            "7bit",
        )
        ds = delivery_status(
            [
                [("Reporting-MTA", f"dns; {mta}.{dom}"), ("Arrival-Date", when(slug, name))],
                [
                    ("Final-Recipient", f"rfc822; {rcpt}"),
                    ("Action", "failed"),
                    ("Status", "5.1.1" if "550" in reason else "5.2.2"),
                    ("Diagnostic-Code", f"smtp; {reason}"),
                ],
            ]
        )
        orig = inner_mail(slug, name, co["service_address"], rcpt, subj, body, shift=0)
        top = multipart("report", [human, ds, rfc822(orig, disp=None)], bnd("generic", "rep"), params=" report-type=delivery-status;")
        return mail(
            when(slug, name),
            f"Mail Delivery System <MAILER-DAEMON@{mta}.{dom}>",
            co["service_address"],
            "Undelivered Mail Returned to Sender",
            top,
            domain=f"{mta}.{dom}",
            extra=(("Auto-Submitted", "auto-replied"),),
        ), L("bounce")

    fx.__name__ = name
    C.fixtures.setdefault(slug, []).append(fx)


def company(slug: str, name: str, domain: str, catalog: list[str], **more: Any) -> None:
    C.company(
        slug,
        name=name,
        domain=domain,
        service_address=f"service@{domain}",
        staff_domains=[domain],
        noreply_addresses=[f"noreply@{domain}"],
        catalog=catalog,
        **more,
    )



# ====================================================================== Kestrel (UK) ==
K = "kestrel"
company(
    K,
    "Kestrel Field Optics Ltd",
    "kestrel-optics.example",
    ["Vantage 10x42", "Vantage 8x32", "RangeMaster 1500", "SpotPro 80 ED", "Nightjar NV2"],
    serial_format="KRL + year + '/' + five digits + check letter, e.g. KRL24/03172Q",
    order_format="sales order SO-NNNNNN; web shop KW-NNNNN; dealer POs in their own format",
    carriers="Royal Mail (XX123456785GB), DPD (14 digits)",
)
KS = "service@kestrel-optics.example"

M(K, "k_fogged_binos", L("new_request", "d.harcourt@btinternet.example", orders=["KW-20931"],
    serials=["KRL23/11842B"], models=["Vantage 10x42"], cat="optical_performance", kw=["misty"]),
  ("David Harcourt", "d.harcourt@btinternet.example"), "Vantage 10x42 gone misty inside",
  """Hello,

I bought a pair of your Vantage 10x42 from your web shop last spring (order KW-20931). Since a
weekend on the Norfolk coast the left barrel has gone misty on the inside - it looks like
condensation between the lenses and it hasn't cleared after a week on the windowsill.

The number under the hinge is KRL23/11842B.

What do I need to do to get them looked at? I can post them to you.

Regards
David Harcourt""")

M(K, "k_rangefinder_dead", L("new_request", "tomasz.wrobel@poczta.example", serials=["krl24/00517m"],
    models=["RangeMaster 1500"], cat="no_power", kw=["nie włącza się"]),
  ("Tomasz Wróbel", "tomasz.wrobel@poczta.example"), "RangeMaster 1500 - reklamacja",
  """Dzień dobry,

mój dalmierz RangeMaster 1500 nie włącza się. Wymieniłem baterię CR2 na nową (dwa razy, różne
marki), przycisk nic nie robi, na wyświetlaczu zero. Urządzenie ma 8 miesięcy, kupione w sklepie
myśliwskim w Poznaniu, paragon mam tylko w formie zdjęcia (w załączniku).

numer: krl24/00517m

Proszę o informację co dalej.
Pozdrawiam
Tomasz Wróbel""", atts=(("jpg", "paragon.jpg"),))

M(K, "k_html_phone_scope", L("new_request", "gareth.price88@icloud.example", models=["SpotPro 80 ED"],
    cat="physical_damage", kw=["cracked"]),
  ("Gareth Price", "gareth.price88@icloud.example"), "scope",
  """Hi there, my SpotPro 80 ED fell off the tripod onto rocks yesterday and the eyepiece housing is cracked, image is now doubled. Is this something you repair and roughly what would it cost? Photos attached

Sent from my iPhone""", fmt="html", style="apple", atts=(("jpg", "IMG_4471.JPG"), ("jpg", "IMG_4472.JPG")))

M(K, "k_dealer_two_units", L("new_request", "workshop@fieldandstream-supplies.example", orders=["4500-7781", "SO-118245"],
    serials=["KRL24/02210C", "KRL24/02214H"], models=["Vantage 8x32"], cat="optical_performance", kw=["out of collimation"]),
  ("Workshop - Field & Stream Supplies", "workshop@fieldandstream-supplies.example"), "Returns - 2 x Vantage 8x32 our PO 4500-7781",
  """Good morning,

Two Vantage 8x32 from our last delivery (your SO-118245, our PO 4500-7781) came back from customers
within a fortnight. Both are out of collimation - you get a double image after a few minutes of use.

Units: KRL24/02210C and KRL24/02214H

We've swapped the customers' units from stock so no urgency, but we'd like credit or replacements.
Please send a returns number and label.

Kind regards,
Sandra Oakes
Workshop & Returns
Field & Stream Supplies Ltd | Unit 4, Moor Lane Trading Estate | Tel 01423 555 0182
This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Field & Stream Supplies Ltd is
registered in England and Wales.""", style="outlook")

M(K, "k_nv_flicker_de", L("new_request", "f.brandauer@jagd-brandauer.example", orders=["SO-119802"],
    serials=["KRL24/04417K"], models=["Nightjar NV2"], cat="intermittent", kw=["flackert"]),
  ("Florian Brandauer", "f.brandauer@jagd-brandauer.example"), "Nightjar NV2 flackert",
  """Sehr geehrte Damen und Herren,

das Bild meines Nachtsichtgeräts Nightjar NV2 flackert immer wieder, manchmal geht es für ein, zwei
Sekunden ganz schwarz und kommt dann zurück. Bei Kälte (unter 0 Grad) wird es deutlich schlimmer.
Akku ist voll geladen.

Seriennummer KRL24/04417K, gekauft über Ihren Händler, Auftragsnummer laut Rechnung SO-119802.

Mit freundlichen Grüßen
Florian Brandauer
Revierjagd Brandauer""")

M(K, "k_missing_cap", L("new_request", "annie.b@gmail.example", orders=["KW-21577"], models=["Vantage 8x32"],
    cat="wrong_or_missing_item", kw=["no strap"]),
  ("Annie Beaumont", "annie.b@gmail.example"), "order KW-21577",
  """hi, just opened my Vantage 8x32 (a present for my dad's birthday) and there's no strap and no
objective caps in the box, just the bins and the pouch. Can you send them out please? same address
as the order. thanks Annie""", style="gmail")

M(K, "k_webform_app", L("new_request", "lucas.fernandes@correio.example", serials=["KRL24/06631D"],
    models=["RangeMaster 1500"], cat="software", kw=["Bluetooth"]),
  "Kestrel Website <noreply@kestrel-optics.example>", "Service request form submission",
  """A new service request was submitted on kestrel-optics.example/support

Name: Lucas Fernandes
Email: lucas.fernandes@correio.example
Country: Portugal
Product: RangeMaster 1500
Serial number: KRL24/06631D
Order number:
Message:
Desde a atualização do firmware a ligação Bluetooth à app Kestrel Ballistics deixou de funcionar.
O telemóvel encontra o aparelho mas a ligação cai logo. Já reinstalei a app.

--
Sent by the website contact form""", extra=(("Reply-To", "lucas.fernandes@correio.example"),))

M(K, "k_old_thread_reply", L("new_request", "p.mcallister@highlandestates.example", models=["Vantage 10x42"],
    cat="physical_damage", kw=["hinge is loose"]),
  ("Peter McAllister", "p.mcallister@highlandestates.example"), "Re: Kestrel autumn catalogue 2023",
  """Hello - replying to this as it's the only Kestrel email I could find.

One of our stalkers' Vantage 10x42 has the hinge is loose now, the two halves flop around and won't
hold the eye width. Had them three years, they've had a hard life. Can you repair? Where do I send?

Peter McAllister
Estate Office, Glen Dorran

> From: Kestrel Field Optics <news@kestrel-optics.example>
> Sent: 12 September 2023
> Subject: Kestrel autumn catalogue 2023
>
> Our autumn catalogue is here - see what's new for the season.
> Unsubscribe | View in browser""", style="outlook")

M(K, "k_short_it", L("new_request", "marco.bellandi@libero.example", serials=["KRL23/09925F"],
    cat="optical_performance", kw=["sfocato"]),
  ("Marco Bellandi", "marco.bellandi@libero.example"), "binocolo sfocato",
  """Buongiorno, il mio binocolo (matricola KRL23/09925F) è sfocato a destra, la ghiera diottrica gira
a vuoto. Come posso spedirlo in assistenza? Grazie
Marco""")

M(K, "k_rain_fog_nl", L("new_request", "jeroen@vogelwerkgroep-delta.example", orders=["KW-20388"],
    models=["SpotPro 80 ED"], cat="intermittent", kw=["zoom blijft haken"]),
  ("Jeroen Verschuren", "jeroen@vogelwerkgroep-delta.example"), "SpotPro 80 ED - zoom",
  """Goedemiddag,

Bij mijn SpotPro 80 ED (besteld via jullie webshop, KW-20388) zoom blijft haken rond 40x, soms wel
soms niet. Bij koud weer erger. Kunt u mij laten weten hoe ik hem kan opsturen? Het serienummer
kan ik niet meer lezen, het stickertje is eraf.

Met vriendelijke groet,
Jeroen Verschuren""")

M(K, "k_mixed_cn", L("new_request", "liwei.outdoor@163.example", serials=["KRL24/01190A"],
    models=["Vantage 10x42"], cat="optical_performance", kw=["有黑影"], lang="mixed"),
  ("Li Wei", "liwei.outdoor@163.example"), "Vantage 10x42 问题",
  """Hello,

我在英国旅游的时候买了一个 Vantage 10x42, serial KRL24/01190A. 右边镜筒里面有黑影, looks like
dust or a hair inside the prism. Can I send it from China or must I send to UK?

谢谢
Li Wei""", style="netease", cs="utf-8", cte="b64")

# forwards
M(K, "k_fwd_outlook", L("forwarded", "r.singh@ridgeline-tours.example", fwd="james.whitlow@kestrel-optics.example",
    orders=["SO-117764"], serials=["KRL23/10233P", "KRL23/10234R"], models=["Vantage 10x42"],
    cat="physical_damage", kw=["armour peeling"]),
  ("James Whitlow", "james.whitlow@kestrel-optics.example"), "FW: Vantage issues - Ridgeline",
  """Service team - can you pick this up please, Ridgeline are a good account. Thanks, James

________________________________
From: Ravi Singh <r.singh@ridgeline-tours.example>
Sent: Tuesday, 14 May 2024 16:02
To: James Whitlow <james.whitlow@kestrel-optics.example>
Subject: Vantage issues

Hi James,

Two of the Vantage 10x42 we got on SO-117764 have the rubber armour peeling off the barrels
already, KRL23/10233P and KRL23/10234R. Guests are noticing. Could you swap them?

Cheers
Ravi""", style="outlook")

M(K, "k_fwd_gmail_noaddr", L("forwarded", None, fwd="emma.clarke@kestrel-optics.example", models=["Nightjar NV2"],
    cat="no_power", kw=["won't charge"]),
  ("Emma Clarke", "emma.clarke@kestrel-optics.example"), "Fwd: NV2",
  """from the show stand at the weekend - chap gave me his details on paper, I typed this up.

---------- Forwarded message ---------
From: Emma Clarke
Date: Sun, 9 Jun 2024 at 18:40
Subject: NV2

Customer: Mr Dennis Hale (no email, phone only 07700 900431)
His Nightjar NV2 won't charge, the LED on the cable never comes on. Bought at the Game Fair 2023.""", style="gmail")

M(K, "k_fwd_rfc822", L("forwarded", "hans.lindqvist@mail.example", fwd="james.whitlow@kestrel-optics.example",
    serials=["KRL24/03310E"], models=["RangeMaster 1500"], cat="other", kw=["shows wrong distance"]),
  ("James Whitlow", "james.whitlow@kestrel-optics.example"), "Fw: RangeMaster reading",
  "Forwarding as attachment, Swedish customer, his English is fine. JW\n",
  style="outlook",
  inner=dict(frm=("Hans Lindqvist", "hans.lindqvist@mail.example"), to="james.whitlow@kestrel-optics.example",
             subj="RangeMaster reading",
             body="Hello James,\n\nMy RangeMaster 1500 (KRL24/03310E) shows wrong distance, always about 30 m too\n"
                  "much compared to my GPS. Can it be calibrated?\n\nHans\n", fname="RangeMaster reading.eml"))

# follow-ups
M(K, "k_fu_oneliner", L("follow_up", "d.harcourt@btinternet.example", rma="RMA-2024-03117"),
  ("David Harcourt", "d.harcourt@btinternet.example"), "Re: [RMA-2024-03117] Your Kestrel service request",
  """Posted them today, recorded delivery.

On 20 May 2024, at 10:11, Kestrel Service <service@kestrel-optics.example> wrote:

> Dear Mr Harcourt,
>
> Thank you for contacting us. Your reference is RMA-2024-03117. Please send the Vantage 10x42
> (KRL23/11842B) to the address below with a copy of this email.
>
> Kestrel Service""", style="apple")

M(K, "k_fu_bottom", L("follow_up", "workshop@fieldandstream-supplies.example", rma="RMA-2024-03208",
    tracking=["15501234567890"]),
  ("Workshop - Field & Stream Supplies", "workshop@fieldandstream-supplies.example"), "RE: [RMA-2024-03208] Returns",
  """-----Original Message-----
From: Kestrel Service <service@kestrel-optics.example>
Subject: [RMA-2024-03208] Returns

> Please return both units to us, we will credit on receipt.

Both units went with DPD this morning, 15501234567890. Please confirm when received.

Sandra""", style="outlook")

M(K, "k_fu_chase_es", L("follow_up", "jl.moreno@cazaiberica.example", rma="RMA-2024-02871"),
  ("José Luis Moreno", "jl.moreno@cazaiberica.example"), "RE: RMA-2024-02871",
  """Buenos días,

hace ya cinco semanas que enviamos el telémetro y no tenemos noticias. ¿Pueden decirnos en qué
estado está la reparación? El cliente nos llama cada día.

Saludos
José Luis Moreno
Caza Ibérica S.L.""")

# order status
M(K, "k_os_where", L("order_status", "annie.b@gmail.example", orders=["KW-21990"]),
  ("Annie Beaumont", "annie.b@gmail.example"), "where's my order?",
  """Hiya, ordered on the 2nd (KW-21990), says dispatched but the Royal Mail tracking hasn't moved in
6 days. Is it lost? Thanks Annie""", style="gmail")

M(K, "k_os_dealer", L("order_status", "purchasing@outdoorworld-ie.example", orders=["OW-PO-3321", "SO-120044"],
    models=["Vantage 8x32"]),
  ("Purchasing Outdoor World", "purchasing@outdoorworld-ie.example"), "Delivery date OW-PO-3321",
  """Hi,

Can you give me an ETA for our PO OW-PO-3321 (your SO-120044)? 12 x Vantage 8x32 were due last week
and we have customers waiting.

Thanks,
Niamh Byrne
Outdoor World (Ireland) Ltd""", style="outlook")

M(K, "k_os_repair_back", L("order_status", "p.mcallister@highlandestates.example", tracking=["QF204817365GB"]),
  ("Peter McAllister", "p.mcallister@highlandestates.example"), "parcel sent back?",
  """Hello, your workshop said last week the repaired binoculars would go out Monday. Tracking
QF204817365GB says 'we're expecting it' since then. Has it actually been posted?
Peter""")

# auto replies / bounce
M(K, "k_ar_ooo", L("auto_reply", "workshop@fieldandstream-supplies.example", rma="RMA-2024-03208"),
  ("Workshop - Field & Stream Supplies", "workshop@fieldandstream-supplies.example"),
  "Automatic reply: [RMA-2024-03208] Returns",
  """Thank you for your email. The workshop is closed until Monday 3 June. For urgent matters please
call the shop on 01423 555 0100.""", style="outlook", extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))

M(K, "k_ar_ticket", L("auto_reply", "support@cazaiberica.example", rma="RMA-2024-02871"),
  "Caza Iberica Soporte <support@cazaiberica.example>", "[Ticket #88213] Re: RMA-2024-02871 recibido",
  """Hemos recibido su mensaje y le hemos asignado el ticket #88213. Un agente le responderá en un
plazo de 48 horas laborables. Por favor no responda a este mensaje.

-- Caza Ibérica Helpdesk""", extra=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")))

BOUNCE(K, "k_bounce", "r.singh@ridgeline-tours.example", "550 5.1.1 <r.singh@ridgeline-tours.example>: Recipient address rejected: User unknown",
       "[RMA-2024-03141] Your Kestrel service request",
       "Dear Mr Singh,\n\nWe have registered your return of two Vantage 10x42 (KRL23/10233P, KRL23/10234R).\n")

# unrelated
M(K, "k_un_presales", L("unrelated"), ("Oliver Grant", "olly.grant@gmail.example"), "Vantage 10x42 vs 8x32 for birding?",
  """Hi, I'm trying to decide between the two Vantage models for birdwatching mostly in woodland.
Is the 8x32 bright enough at dusk? And does either come with a warranty if I buy from Amazon rather
than you? Thanks, Olly""", style="gmail")

M(K, "k_un_carrier", L("unrelated"), "DPD UK <notifications@dpd-uk.example>", "Your DPD parcel is on its way",
  """Your parcel from KESTREL FIELD OPTICS LTD is on its way.

Tracking number: 15509876543210
Delivery window: 10:15 - 11:15 tomorrow

Manage your delivery in the DPD app.""", fmt="html")

M(K, "k_un_vendor", L("unrelated"), ("Hayley from PackRight", "hayley@packright-solutions.example"),
  "Cut your RMA shipping costs by 30%",
  """Hi there,

I noticed Kestrel handles a lot of returns - we help optics brands ship repairs in reusable padded
cases that cut damage and postage. Would you have 15 minutes next week for a quick call?

Best,
Hayley Morgan
Partnerships, PackRight Solutions
Unsubscribe""", fmt="alt")

M(K, "k_un_invoice", L("unrelated"), "Accounts Payable <ap@glassworks-supply.example>", "Invoice INV-77213 from Glassworks Supply",
  """Please find attached invoice INV-77213 for prism assemblies delivered 03/06.
Payment terms 30 days. Remittance to accounts@glassworks-supply.example""",
  atts=(("pdf", "INV-77213.pdf"),))

M(K, "k_un_warranty_q", L("unrelated"), ("Sophie Turner", "sophie.t@outlook.example"), "Warranty question",
  """Hello, before I buy: is the 10 year warranty on your binoculars transferable if I buy second hand?
And does it cover accidental damage? Many thanks, Sophie""", style="outlook")

M(K, "k_un_job", L("unrelated"), ("Callum Reid", "callum.reid93@gmail.example"), "Application - repair technician",
  """Dear Sir/Madam,

Please find attached my CV for the optical repair technician role advertised on your website. I
have four years' experience servicing camera lenses and riflescopes.

Yours faithfully,
Callum Reid""", atts=(("pdf", "Callum_Reid_CV.pdf"),), style="gmail")


# ================================================================== Norrsken (Sweden) ==
N = "norrsken"
company(
    N,
    "Norrsken Instrument AB",
    "norrsken-instrument.example",
    ["NX-204", "NX-204B", "DMM 61", "PSU 3005", "LogBox 8"],
    serial_format="model code without dash + '-YYWW-NNNN', e.g. NX204-2311-0456, DM61-2402-0031",
    order_format="order NIO-YYYY-NNNN; customer POs in their own formats",
    carriers="PostNord (SSCC 00 + 18 digits), DHL Express (10 digits), DB Schenker",
)

M(N, "n_scope_channel", L("new_request", "mikael.sjoberg@kth-lab.example", orders=["NIO-2024-0815"],
    serials=["NX204-2311-0456"], models=["NX-204"], cat="other", kw=["channel 3 shows a flat line"]),
  ("Mikael Sjöberg", "mikael.sjoberg@kth-lab.example"), "NX-204: channel 3 dead?",
  """Hi,

On our NX-204 (NX204-2311-0456) channel 3 shows a flat line whatever we feed it. Channels 1, 2
and 4 are fine with the same probe and the same signal, so it is not the probe. Self-cal passes
without errors, which is odd.

Purchased through order NIO-2024-0815 for the electronics teaching lab.

Best regards
Mikael Sjöberg
Research engineer, Dept. of Electrical Engineering""", style="tb")

M(N, "n_dmm_sv", L("new_request", "anna.lund@elfirma-lund.example", serials=["DM61-2402-0031"],
    models=["DMM 61"], cat="physical_damage", kw=["displayen är sprucken"]),
  ("Anna Lund", "anna.lund@elfirma-lund.example"), "Trasig multimeter",
  """Hej!

Min DMM 61 ramlade ner från stegen och nu displayen är sprucken i ena hörnet, halva siffrorna
syns inte. Serienr DM61-2402-0031. Går den att laga eller är det bättre att köpa ny? Vad kostar
en ny display?

Mvh Anna Lund
Lunds El & Service""")

M(N, "n_psu_noise_da", L("new_request", "kaspersen@aarhus-maker.example", orders=["NIO-2024-1132"],
    serials=["ps3005-2309-0812"], models=["PSU 3005"], cat="intermittent", kw=["spændingen hopper"]),
  ("Jens Kaspersen", "kaspersen@aarhus-maker.example"), "PSU 3005 spændingen hopper",
  """Hej

Vores PSU 3005 opfører sig mærkeligt: spændingen hopper fra 12,0 til ca. 14 V i et splitsekund,
måske et par gange i timen. Det har ødelagt et prototypeboard. Serienummer ps3005-2309-0812,
ordre NIO-2024-1132.

Hilsen Jens""")

M(N, "n_logbox_fw", L("new_request", "t.virtanen@vesilab.example", serials=["LB8-2401-0077"],
    models=["LogBox 8"], cat="software", kw=["firmware update"]),
  ("Timo Virtanen", "t.virtanen@vesilab.example"), "LogBox 8 stuck after update",
  """Hello,

After the firmware update (v2.4 from your site) our LogBox 8 only shows the Norrsken logo and
reboots every 20 s. We tried the recovery button as the manual says - same. Unit number on the
label: LB8-2401-0077.

Can you send a fixed firmware or should it go back to you?

Timo Virtanen
Vesilab Oy, Tampere""", atts=(("mp4", "bootloop.mp4"),))

M(N, "n_wrong_probe", L("new_request", "orders@elektro-kraus.example", orders=["NIO-2024-0977", "EK-B-55102"],
    models=["NX-204B"], cat="wrong_or_missing_item", kw=["falsche Tastköpfe"]),
  ("Bestellwesen Elektro Kraus", "orders@elektro-kraus.example"), "Lieferung NIO-2024-0977 - falsche Tastköpfe",
  """Guten Tag,

mit Ihrer Lieferung zu NIO-2024-0977 (unsere Bestellung EK-B-55102) haben wir 2x NX-204B bekommen,
aber im Karton lagen falsche Tastköpfe (10:1 / 100 MHz statt der bestellten 350 MHz).
Bitte senden Sie die richtigen Tastköpfe nach und teilen Sie uns mit, wie wir die falschen
zurückschicken sollen.

Freundliche Grüße
Petra Kraus
Elektro Kraus GmbH - Einkauf
Sitz der Gesellschaft: Regensburg, HRB 11873, Geschäftsführer: M. Kraus""", style="outlook")

M(N, "n_html_only_cs", L("new_request", "vojtech.marek@seznam.example", serials=["NX204-2402-0119"],
    cat="no_power", kw=["nejde zapnout"]),
  ("Vojtěch Marek", "vojtech.marek@seznam.example"), "osciloskop nejde zapnout",
  """Dobrý den,

osciloskop (sériové číslo NX204-2402-0119) nejde zapnout, po stisknutí tlačítka jen cvakne relé
a nic. Pojistka je v pořádku. Koupeno u vašeho distributora v Brně v březnu.

Děkuji
Vojtěch Marek""", fmt="html")

M(N, "n_fan_noise", L("new_request", "lab@brightwater-uni.example", serials=["NX204B-2312-0030"],
    models=["NX-204B"], cat="other", kw=["fan is very loud"]),
  ("Dr. Helen Carr", "lab@brightwater-uni.example"), "noisy scope",
  """Dear Norrsken support

our NX-204B fan is very loud, like a hairdryer, since last week. Measurements look normal. It's
NX204B-2312-0030. Under warranty I assume?

Helen

--
Dr Helen Carr | Lab Manager, School of Physics | Brightwater University
Please consider the environment before printing this email.""")

M(N, "n_multi_range", L("new_request", "inkop@vattenfors-skolor.example", orders=["NIO-2023-2210"],
    serials=rng("DM61-2311-", 40, 45, 4), models=["DMM 61"], cat="other", kw=["visar fel värde"],
    expanded=rng("DM61-2311-", 41, 44, 4)),
  ("Inköp Vattenfors skolor", "inkop@vattenfors-skolor.example"), "6 st DMM 61 visar fel",
  """Hej,

Vi köpte en klassuppsättning DMM 61 (order NIO-2023-2210). Sex av dem, serienummer
DM61-2311-0040 till DM61-2311-0045, visar fel värde på 20 V-området, ungefär 3 % för lågt
jämfört med vår referens. Kan ni kalibrera om dem?

Med vänlig hälsning
Karin Holm, Inköp""")

M(N, "n_phone_tr", L("new_request", "emre.kaya@tekno-istanbul.example", models=["PSU 3005"],
    cat="no_power", kw=["çıkış vermiyor"]),
  ("Emre Kaya", "emre.kaya@tekno-istanbul.example"), "PSU 3005 arıza",
  """Merhaba, PSU 3005 cihazımız çıkış vermiyor, ekran açılıyor ama voltaj 0. Garanti kapsamında mı?
Fatura ekte.

iPhone'umdan gönderildi""", style="apple", atts=(("pdf", "fatura.pdf"),))

M(N, "n_webform", L("new_request", "s.novak@gmail.example", orders=["NIO-2024-1501"],
    serials=["LB8-2403-0291"], models=["LogBox 8"], cat="no_link", kw=["cannot connect over LAN"]),
  "Norrsken web <noreply@norrsken-instrument.example>", "[Support form] LogBox 8",
  """Support form - new entry

Your name: Stefan Novak
E-mail: s.novak@gmail.example
Product: LogBox 8
Serial no.: LB8-2403-0291
Order no.: NIO-2024-1501
Problem description: cannot connect over LAN, link LED on the port stays off with two different
switches and cables. USB works.
Attachments: none""")

M(N, "n_mixed_cn", L("new_request", "zhang.hao@xd-lab.example", serials=["NX204-2310-0788"],
    models=["NX-204"], cat="intermittent", kw=["偶尔死机"], lang="mixed"),
  ("张昊", "zhang.hao@xd-lab.example"), "NX-204 偶尔死机",
  """Hi Norrsken team,

我们实验室的 NX-204 偶尔死机, touch screen no response, 只能拔电源重启. S/N: NX204-2310-0788.
Firmware is latest. 请问怎么处理?

Thanks
张昊 Zhang Hao""", style="foxmail")

# forwards
M(N, "n_fwd_sv_outlook", L("forwarded", "jorgen.ek@saabtech-test.example", fwd="lars.berg@norrsken-instrument.example",
    orders=["NIO-2024-0402"], serials=["NX204-2401-0212"], models=["NX-204"], cat="optical_performance",
    kw=["skärmen har döda pixlar"]),
  ("Lars Berg", "lars.berg@norrsken-instrument.example"), "VB: Skärmfel NX-204",
  """Hej service, kan ni ta hand om detta? /Lars

Från: Jörgen Ek <jorgen.ek@saabtech-test.example>
Skickat: den 4 april 2024 09:12
Till: Lars Berg <lars.berg@norrsken-instrument.example>
Ämne: Skärmfel NX-204

Hej Lars,
skärmen har döda pixlar i en vertikal linje på vår NX-204, serienr NX204-2401-0212 (order
NIO-2024-0402). Det stör vid mätningar. Garantiärende?
/Jörgen""", style="outlook")

M(N, "n_fwd_fwd", L("forwarded", "m.dubois@labo-electro.example", fwd="lars.berg@norrsken-instrument.example",
    serials=["PS3005-2402-0150"], models=["PSU 3005"], cat="no_power", kw=["ne s'allume plus"]),
  ("Lars Berg", "lars.berg@norrsken-instrument.example"), "Fwd: TR: PSU 3005 en panne",
  """FYI - came via our French distributor.

---------- Forwarded message ---------
From: Claire Fontaine <c.fontaine@distri-mesure.example>
Date: Wed, 12 Jun 2024 14:20
Subject: TR: PSU 3005 en panne
To: Lars Berg <lars.berg@norrsken-instrument.example>

Bonjour Lars, voir ci-dessous, merci de traiter. Claire

De : Marc Dubois <m.dubois@labo-electro.example>
Envoyé : mardi 11 juin 2024 17:45
À : Claire Fontaine
Objet : PSU 3005 en panne

Bonjour,
notre alimentation PSU 3005 (n° PS3005-2402-0150) ne s'allume plus depuis une coupure de courant.
Cordialement, Marc Dubois""", style="gmail")

M(N, "n_fwd_tb", L("forwarded", "p.nilsson@fjordtek.example", fwd="support.desk@norrsken-instrument.example",
    models=["LogBox 8"], cat="no_link", kw=["drops off WiFi"]),
  ("Support Desk", "support.desk@norrsken-instrument.example"), "Fwd: LogBox disconnecting",
  """

-------- Forwarded Message --------
Subject: LogBox disconnecting
Date: Mon, 3 Jun 2024 08:55:10 +0200
From: Per Nilsson <p.nilsson@fjordtek.example>
To: sales@norrsken-instrument.example

Our LogBox 8 drops off WiFi every night around 2 am and doesn't come back until power cycled.
Per""", style="tb")

# follow-ups
M(N, "n_fu_interleaved", L("follow_up", "mikael.sjoberg@kth-lab.example", rma="RMA-2024-11402", models=["NX-204"]),
  ("Mikael Sjöberg", "mikael.sjoberg@kth-lab.example"), "Re: [RMA-2024-11402] NX-204 channel 3",
  """Den 2024-05-22 kl. 10:14, skrev Norrsken Service:
> Could you tell us which firmware version is installed?

3.1.7, checked just now.

> And does the fault stay after a factory reset?

Yes, same after reset.

Mikael""", style="tb")

M(N, "n_fu_de_thanks", L("follow_up", "orders@elektro-kraus.example", rma="RMA-2024-11388", orders=["NIO-2024-0977"]),
  ("Bestellwesen Elektro Kraus", "orders@elektro-kraus.example"), "AW: [RMA-2024-11388] Lieferung NIO-2024-0977",
  """Hallo,

die Tastköpfe sind heute angekommen, vielen Dank. Die falschen gehen morgen mit DHL zurück.

Gruß Petra Kraus

-----Ursprüngliche Nachricht-----
Von: Norrsken Service <service@norrsken-instrument.example>
Betreff: [RMA-2024-11388] Lieferung NIO-2024-0977

Sehr geehrte Frau Kraus, die richtigen Tastköpfe sind unterwegs.""", style="outlook")

M(N, "n_fu_fi", L("follow_up", "t.virtanen@vesilab.example", rma="RMA-2024-11420"),
  ("Timo Virtanen", "t.virtanen@vesilab.example"), "Re: RMA-2024-11420",
  """Hei, the firmware you sent (2.4.1) works, the unit boots again. You can close the case. Kiitos!
Timo""")

# order status
M(N, "n_os_sv", L("order_status", "inkop@vattenfors-skolor.example", orders=["NIO-2024-1610"]),
  ("Inköp Vattenfors skolor", "inkop@vattenfors-skolor.example"), "Leveransdatum?",
  """Hej, när kan vi räkna med leveransen på order NIO-2024-1610? Skolstart är den 19 augusti.
Karin Holm""")

M(N, "n_os_en", L("order_status", "procurement@northsea-offshore.example", orders=["NSO-77120", "NIO-2024-1544"],
    tracking=["1234567890"]),
  ("Procurement NorthSea Offshore", "procurement@northsea-offshore.example"), "PO NSO-77120 status",
  """Hello,

DHL says shipment 1234567890 (our PO NSO-77120 / your NIO-2024-1544) is held in customs in
Aberdeen. Do you have the commercial invoice they are asking for?

Regards
Procurement team""", style="outlook")

M(N, "n_os_pl", L("order_status", "zakupy@pomiar-gdansk.example", orders=["NIO-2024-1388"]),
  ("Dział zakupów Pomiar", "zakupy@pomiar-gdansk.example"), "Zamówienie NIO-2024-1388",
  """Dzień dobry, proszę o informację, kiedy zostanie wysłane zamówienie NIO-2024-1388. Płatność
poszła 10 dni temu. Pozdrawiam, Ewa Zielińska""")

M(N, "n_ar_ooo_sv", L("auto_reply", "lars.ek@saabtech-test.example", rma="RMA-2024-11377"),
  ("Lars Ek", "lars.ek@saabtech-test.example"), "Automatiskt svar: [RMA-2024-11377] Ärende registrerat",
  """Jag är på semester till och med 5 augusti och läser inte e-post. Vid brådskande ärenden kontakta
vaxel@saabtech-test.example.""", style="outlook", extra=(("Auto-Submitted", "auto-replied"),))

M(N, "n_ar_receipt", L("auto_reply", "procurement@northsea-offshore.example"),
  ("Procurement NorthSea Offshore", "procurement@northsea-offshore.example"), "Read: Your order confirmation",
  """Your message

  To: procurement@northsea-offshore.example
  Subject: Your order confirmation

was read on 14/06/2024 09:31.""", style="outlook")

BOUNCE(N, "n_bounce", "s.novak@gmail.example", "552 5.2.2 The email account that you tried to reach is over quota",
       "[RMA-2024-11431] Service request received", "Dear Stefan,\n\nthank you, we have registered your request.\n", mta="smtp2")

M(N, "n_un_quote", L("unrelated"), ("Rafael Ortega", "r.ortega@uni-salamanca.example"), "Presupuesto 10 x DMM 61",
  """Buenos días,

necesitamos un presupuesto para 10 multímetros DMM 61 con certificado de calibración, entrega en
Salamanca. ¿Tienen descuento para universidades?

Un saludo,
Rafael Ortega""")

M(N, "n_un_newsletter", L("unrelated"), "Elektronik Nordic <news@elektroniknordic.example>", "Nordic Test & Measurement Days - invitation",
  """Welcome to Nordic Test & Measurement Days 2024 in Gothenburg, 17-18 October. Exhibitor
registration closes 30 August. Book your stand today!

You receive this mail because you exhibited in 2023. Unsubscribe""", fmt="html")

M(N, "n_un_payment", L("unrelated"), "Nordbanken Betalningar <noreply@nordbanken.example>", "Betalningsavisering",
  """Betalningsavisering

Betalare: Vesilab Oy
Belopp: 12 480,00 SEK
Referens: faktura 240611

Detta meddelande kan inte besvaras.""")

M(N, "n_un_cal_terms", L("unrelated"), ("Oskar Jansen", "oskar.jansen@hoogvliet-techniek.example"), "Kalibratieinterval",
  """Goedendag,

Wij overwegen de NX-204 aan te schaffen. Hoe vaak moet die gekalibreerd worden en kunnen jullie
dat in Nederland laten doen? Wat is de garantietermijn?

Met vriendelijke groet,
Oskar Jansen""")

M(N, "n_un_schenker", L("unrelated"), "DB Schenker <tracking@dbschenker.example>", "Shipment notification 4410-8812-2",
  """Dear customer, shipment 4410-8812-2 from Norrsken Instrument AB to Brightwater University has been
delivered. Signed by: CARR""")


# ============================================================ Huaguang (Shenzhen) ==
H = "huaguang"
company(
    H,
    "深圳华光精密仪器有限公司 (Huaguang Precision Instruments)",
    "hg-thermal.example",
    ["TC-160", "TC-320", "TC-320 Pro", "HX-50", "TC-640"],
    serial_format="HGT + ten digits, e.g. HGT2308012451",
    order_format="contract HG-HT-YYYYMMDD-NN; sales order XS + nine digits",
    carriers="SF Express (SF + 13 digits), ZTO (14 digits)",
)

M(H, "h_blur_gbk", L("new_request", "chenlei@jiandian-wx.example", orders=["HG-HT-20240312-07"],
    serials=["HGT2308012451"], models=["TC-320"], cat="optical_performance", kw=["画面模糊"], lang="zh"),
  ("陈磊", "chenlei@jiandian-wx.example"), "TC-320 热像仪画面模糊",
  """您好：

我司去年采购的TC-320热像仪（合同号HG-HT-20240312-07），最近画面模糊，调焦环转到底也调不清楚，
测温数值也比实际高了五六度。机身编号HGT2308012451。

请问是寄回深圳维修还是贵司安排上门？麻烦尽快回复，现场巡检等着用。

陈磊
无锡检电设备维护有限公司
电话：0510-8555 2231""", cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="foxmail")

M(H, "h_nopower_mislabel", L("new_request", "wangzhe@sh-dianli.example", serials=["HGT2402003318"],
    models=["HX-50"], cat="no_power", kw=["开不了机"], lang="zh"),
  ("王喆", "wangzhe@sh-dianli.example"), "HX-50开不了机",
  """你好，

HX-50开不了机，充了一晚上电，按电源键没反应，充电指示灯也不亮。编号HGT2402003318。
买了还不到半年，应该在保修期内吧？

王喆""", cs="gbk", cte="b64", label="gb2312", fcs="gbk", scs="gbk", style="foxmail")

M(H, "h_phone_short", L("new_request", "13809871234@139.example", models=["TC-160"], cat="physical_damage",
    kw=["屏幕摔裂"], lang="zh"),
  "13809871234@139.example", "热像仪",
  """TC-160屏幕摔裂了，能修吗？多少钱？

发自我的手机""", cs="utf-8", cte="b64")

M(H, "h_html_photos", L("new_request", "liuqiang@baosteel-maint.example", orders=["XS240115032"],
    serials=["HGT2311007720", "HGT2311007721"], models=["TC-320 Pro"], cat="intermittent",
    kw=["自动重启"], lang="zh"),
  ("刘强", "liuqiang@baosteel-maint.example"), "两台TC-320 Pro 使用中自动重启",
  """华光售后：

我们单位两台TC-320 Pro（销售单号XS240115032）在高温环境下使用十几分钟后会自动重启，
重启后又正常，过一会儿又重启。机身号：HGT2311007720、HGT2311007721。
现场照片和视频截图见附件。

设备科 刘强""", fmt="html", cs="gb18030", cte="b64", fcs="gb18030", scs="gb18030",
  atts=(("jpg", "现场1.jpg"), ("jpg", "现场2.jpg")))

M(H, "h_software_8bit", L("new_request", "tianyu_zh@126.example", serials=["HGT2401011003"], models=["TC-640"],
    cat="software", kw=["软件闪退"], lang="zh"),
  ("田宇", "tianyu_zh@126.example"), "分析软件闪退",
  """您好，TC-640配套的分析软件（电脑端）导入图片就闪退，Win11系统，已经重装过两次。
设备编号 HGT2401011003 。能否提供新版本？谢谢！""", cs="gbk", cte="8bit", fcs="gbk", scs="gbk", style="netease")

M(H, "h_missing_acc", L("new_request", "caigou@zhongyuan-jc.example", orders=["HG-HT-20240508-02"],
    cat="wrong_or_missing_item", kw=["少了充电器"], lang="zh"),
  ("采购部 赵敏", "caigou@zhongyuan-jc.example"), "到货少件",
  """华光公司您好：

合同HG-HT-20240508-02的货今天到了，开箱发现少了充电器和一块电池，装箱单上是有的。
请补发。

郑州中原检测 采购部 赵敏""", cs="gb2312", cte="b64", fcs="gb2312", scs="gb2312")

M(H, "h_old_thread", L("new_request", "hujun@nj-huagong.example", serials=["HGT2306004410"], cat="other",
    kw=["测温不准"], lang="zh"),
  ("胡军", "hujun@nj-huagong.example"), "回复：2023年度经销商大会邀请",
  """你好，借这个邮件问一下，我们那台热像仪测温不准，对着标准黑体差了8度，编号HGT2306004410，
需要校准还是维修？

胡军

------------------ 原始邮件 ------------------
发件人: "华光市场部"<market@hg-thermal.example>
发送时间: 2023年9月1日(星期五) 上午10:00
主题: 2023年度经销商大会邀请

诚邀您参加2023年度经销商大会。""", cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="qq")

M(H, "h_mixed_en", L("new_request", "kevin.lau@pacificscan.example", orders=["PO-HK-2291"],
    serials=["hgt2404002208"], models=["TC-320"], cat="no_link", kw=["WiFi连不上"], lang="mixed"),
  ("Kevin Lau", "kevin.lau@pacificscan.example"), "TC-320 WiFi issue",
  """Hi,

TC-320 的 WiFi连不上 phone app, it shows "connecting" then fails. 试过两部手机 both Android and iOS.
Serial hgt2404002208, our PO-HK-2291.

Thanks,
Kevin Lau
Pacific Scan Ltd (Hong Kong)""", style="outlook")

M(H, "h_english_distrib", L("new_request", "service@thermavision-me.example", orders=["XS240220011"],
    serials=["HGT2312009801"], models=["TC-640"], cat="optical_performance", kw=["vertical stripes"]),
  ("ThermaVision ME Service", "service@thermavision-me.example"), "Claim - TC-640 vertical stripes",
  """Dear Huaguang team,

Our customer reports vertical stripes across the thermal image on a TC-640, getting worse after
NUC. S/N HGT2312009801, our order XS240220011. Video attached.

Please advise RMA procedure to Shenzhen.

Best regards,
Ahmed Farouk
After-sales, ThermaVision Middle East FZE""", atts=(("mp4", "stripes.mp4"),), style="outlook")

M(H, "h_webform", L("new_request", "zhou.ping@qq.example", serials=["HGT2403005566"], models=["HX-50"],
    cat="no_power", kw=["电池鼓包"], lang="zh"),
  "华光官网 <noreply@hg-thermal.example>", "官网在线报修",
  """官网在线报修表单

姓名：周平
邮箱：zhou.ping@qq.example
电话：13760001122
产品型号：HX-50
序列号：HGT2403005566
故障描述：电池鼓包，机器开不了机，后盖被顶起来了。
提交时间：系统自动生成""")

M(H, "h_long_sig", L("new_request", "gaoyan@sgcc-jx.example", orders=["HG-HT-20231120-15"],
    serials=["HGT2311003001", "HGT2311003002", "HGT2311003003"], models=["TC-160"], cat="physical_damage",
    kw=["外壳开裂"], lang="zh"),
  ("高岩", "gaoyan@sgcc-jx.example"), "关于TC-160外壳开裂的问题",
  """华光精密仪器售后服务部：

我单位根据合同HG-HT-20231120-15采购的TC-160手持热像仪，近期在冬季巡检中有三台出现外壳开裂，
均在手柄与机身连接处，编号分别为HGT2311003001、HGT2311003002、HGT2311003003。
设备均按说明书正常使用，未有跌落。请贵司派人查看或告知返修流程。

此致
敬礼

高岩
国网江西某供电公司 运维检修部
地址：江西省南昌市……
本邮件及其附件含有保密信息，仅限于发送给上述地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。""",
  cs="gbk", cte="qp", fcs="gbk", scs="gbk")

M(H, "h_trad_big5", L("new_request", "ahming@kaohsiung-power.example", models=["TC-320 Pro"], cat="intermittent",
    kw=["畫面會凍結"], lang="zh"),
  ("陳阿明", "ahming@kaohsiung-power.example"), "TC-320 Pro 畫面會凍結",
  """您好，

我們在台灣買的 TC-320 Pro 畫面會凍結，大概每天兩三次，要關機再開才恢復。請問台灣有維修點嗎？
還是要寄回深圳？

陳阿明""", cs="big5", cte="b64", fcs="big5", scs="big5")

# forwards
M(H, "h_fwd_foxmail", L("forwarded", "lixin@cq-rail.example", fwd="sales.wu@hg-thermal.example",
    orders=["HG-HT-20240219-03"], serials=["HGT2402008801"], models=["TC-640"], cat="no_power",
    kw=["无法开机"], lang="zh"),
  ("吴销售", "sales.wu@hg-thermal.example"), "转发: TC-640无法开机",
  """售后同事请处理一下，客户比较急。

-----原始邮件-----
发件人："李鑫"<lixin@cq-rail.example>
发送时间：2024年6月3日(星期一) 下午3:20
收件人："吴销售"<sales.wu@hg-thermal.example>
主题：TC-640无法开机

吴经理你好，合同HG-HT-20240219-03的TC-640（HGT2402008801）今天突然无法开机了，麻烦安排。""",
  cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="foxmail")

M(H, "h_fwd_rfc822", L("forwarded", "yang.fan@gd-fire.example", fwd="sales.wu@hg-thermal.example",
    serials=["HGT2310002277"], models=["HX-50"], cat="software", kw=["测温数值乱跳"], lang="zh"),
  ("吴销售", "sales.wu@hg-thermal.example"), "Fw: HX-50问题",
  "见附件邮件，请售后跟进。\n", cs="utf-8", cte="b64", style="foxmail",
  inner=dict(frm=("杨帆", "yang.fan@gd-fire.example"), to="sales.wu@hg-thermal.example", subj="HX-50问题",
             body="吴经理：\n升级固件以后HX-50测温数值乱跳，编号HGT2310002277，能否回退版本？\n杨帆\n",
             fname="HX-50.eml"))

M(H, "h_fwd_noaddr", L("forwarded", None, fwd="sales.wu@hg-thermal.example", models=["TC-160"],
    cat="physical_damage", kw=["镜头进水"], lang="zh"),
  ("吴销售", "sales.wu@hg-thermal.example"), "转发：客户微信反馈",
  """客户微信发来的，我整理了一下转给售后：

客户：宁波某化工厂 孙工（只有微信）
问题：TC-160镜头进水，里面有水雾，暴雨天巡检后出现。""", cs="gbk", cte="b64", scs="gbk", style="netease")

# follow-ups
M(H, "h_fu_tracking", L("follow_up", "chenlei@jiandian-wx.example", rma="RMA-2024-20115",
    tracking=["SF1428736451208"], lang="zh"),
  ("陈磊", "chenlei@jiandian-wx.example"), "回复：[RMA-2024-20115] 维修受理通知",
  """已寄出，顺丰单号SF1428736451208，请查收。

在 2024-04-02 09:30，"华光售后" <service@hg-thermal.example> 写道：
> 陈先生您好，您的维修单号为RMA-2024-20115，请将TC-320寄至深圳宝安区……""",
  cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="foxmail")

M(H, "h_fu_progress", L("follow_up", "gaoyan@sgcc-jx.example", rma="RMA-2024-20188", lang="zh"),
  ("高岩", "gaoyan@sgcc-jx.example"), "Re: RMA-2024-20188 进度",
  """你好，三台机器寄过去两周了，维修进度怎么样？什么时候能寄回？谢谢。
高岩""", cs="gbk", cte="qp", fcs="gbk")

M(H, "h_fu_english", L("follow_up", "service@thermavision-me.example", rma="RMA-2024-20132", models=["TC-640"]),
  ("ThermaVision ME Service", "service@thermavision-me.example"), "RE: [RMA-2024-20132] TC-640",
  """Thanks. Customer agrees to the repair quote, please proceed.

Ahmed

From: Huaguang Service
Sent: Sunday
> Repair cost: detector replacement USD 1,150""", style="outlook")

# order status
M(H, "h_os_when", L("order_status", "caigou@zhongyuan-jc.example", orders=["HG-HT-20240611-09"], lang="zh"),
  ("采购部 赵敏", "caigou@zhongyuan-jc.example"), "合同HG-HT-20240611-09什么时候发货",
  """你好，合同HG-HT-20240611-09预付款已经付了，请问什么时候发货？能提供物流单号吗？
赵敏""", cs="gb2312", cte="b64", fcs="gb2312", scs="gb2312")

M(H, "h_os_zto", L("order_status", "tianyu_zh@126.example", tracking=["78312345678901"], lang="zh"),
  ("田宇", "tianyu_zh@126.example"), "快递一直没更新",
  """中通单号78312345678901，显示揽收后四天没有更新了，麻烦帮忙查一下。""", cs="gbk", cte="8bit", fcs="gbk", scs="gbk")

M(H, "h_os_mixed", L("order_status", "kevin.lau@pacificscan.example", orders=["XS240601020"], lang="mixed"),
  ("Kevin Lau", "kevin.lau@pacificscan.example"), "Shipment for XS240601020",
  """Hi 华光, 请问 XS240601020 几时出货? We need it before end of June for a project. Thanks Kevin""")

M(H, "h_ar_ooo", L("auto_reply", "liuqiang@baosteel-maint.example", rma="RMA-2024-20150", lang="zh"),
  ("刘强", "liuqiang@baosteel-maint.example"), "自动回复: [RMA-2024-20150] 维修受理通知",
  """您好，我正在休假，6月10日返回，期间邮件可能无法及时回复，急事请联系设备科电话。""",
  cs="gbk", cte="b64", fcs="gbk", scs="gbk", extra=(("Auto-Submitted", "auto-replied"),))

M(H, "h_ar_system", L("auto_reply", "oa@sgcc-jx.example", rma="RMA-2024-20188", lang="zh"),
  "OA系统 <oa@sgcc-jx.example>", "系统回执：RMA-2024-20188",
  """您发送的邮件已被本单位邮件系统接收并转交相关人员处理。此邮件为系统自动发送，请勿回复。""",
  cs="utf-8", cte="b64", extra=(("Auto-Submitted", "auto-generated"),))

BOUNCE(H, "h_bounce", "zhou.ping@qq.example", "550 Mailbox not found or access denied",
       "[RMA-2024-20171] 维修受理通知", "周先生您好，您的HX-50维修申请已受理。\n", mta="mail")

M(H, "h_un_quote", L("unrelated", lang="zh"), ("采购 孙丽", "sunli@hz-chem.example"), "询价：TC-320热像仪",
  """您好，我公司拟采购TC-320热像仪5台，请报含税价格和交货期，并说明保修条款。谢谢。
杭州某化工 孙丽""", cs="gbk", cte="b64", fcs="gbk", scs="gbk")

M(H, "h_un_sf", L("unrelated", lang="zh"), "顺丰速运 <notice@sf-express.example>", "您的快件已签收",
  """尊敬的客户：您寄往江西南昌的快件SF1428799900011已于今日签收，签收人：本人。感谢使用顺丰速运。""",
  cs="utf-8", cte="b64", fmt="html")

M(H, "h_un_expo", L("unrelated", lang="zh"), ("展会组委会", "expo@cn-sensor-expo.example"), "邀请函：2024中国传感器与测试展",
  """尊敬的华光精密仪器：诚挚邀请贵司参展2024中国传感器与测试展（深圳会展中心，9月），展位有限，请尽早预订。
退订请回复TD""", cs="gb2312", cte="b64", scs="gb2312", fmt="html")

M(H, "h_un_invoice", L("unrelated", lang="zh"), "电子发票平台 <fapiao@einvoice.example>", "您收到一张电子发票",
  """您收到一张来自深圳某物流有限公司的电子发票，金额：1,260.00元，请点击链接下载。""", cs="utf-8", cte="b64")

M(H, "h_un_job", L("unrelated", lang="zh"), ("李想", "lixiang_job@163.example"), "应聘售后工程师-李想",
  """您好，我在招聘网站看到贵司招聘售后维修工程师，本人有三年仪器维修经验，简历见附件，期待回复。""",
  cs="gbk", cte="b64", fcs="gbk", scs="gbk", atts=(("pdf", "resume.pdf"),), style="netease")


# ============================================================== Jingce (Taichung) ==
J = "jingce"
company(
    J,
    "精測光電股份有限公司 (Jingce Optoelectronics)",
    "jingce-opto.example",
    ["OTDR-3100", "OPM-25", "VFL-10", "FS-200"],
    serial_format="JC + two-digit year + month letter (A=Jan .. L=Dec) + five digits, e.g. JC23K04512",
    order_format="sales order JCSO-<ROC year>-NNNN, e.g. JCSO-113-0457",
    carriers="T-cat (12 digits), HCT (10 digits), FedEx for export",
)

M(J, "j_otdr_big5", L("new_request", "lin.zhiwei@chunghwa-fiber.example", orders=["JCSO-113-0457"],
    serials=["JC23K04512"], models=["OTDR-3100"], cat="optical_performance", kw=["曲線雜訊很大"], lang="zh"),
  ("林志偉", "lin.zhiwei@chunghwa-fiber.example"), "OTDR-3100 曲線雜訊很大",
  """精測客服您好：

本公司的 OTDR-3100（機號 JC23K04512，訂單 JCSO-113-0457）最近量測時曲線雜訊很大，
動態範圍明顯下降，同一條光纖上個月量到 38 km 現在只量到 25 km 左右。
已清潔過接頭，情況相同。請問如何送修？

林志偉
中華光纖工程 工務部""", cs="big5", cte="b64", fcs="big5", scs="big5")

M(J, "j_splicer_utf8", L("new_request", "hsu.mingde@gmail.example", serials=["JC24C00871"], models=["FS-200"],
    cat="other", kw=["放電不穩"], lang="zh"),
  ("許明德", "hsu.mingde@gmail.example"), "熔接機問題",
  """你好，我的FS-200熔接機放電不穩，熔接損耗常常超過0.1dB，電極棒剛換過。機號JC24C00871。
是不是要校正？費用大概多少？

明德""", cs="utf-8", cte="qp", style="gmail")

M(J, "j_opm_lower", L("new_request", "tech@tainan-net.example", serials=["jc24a01290"], models=["OPM-25"],
    cat="no_power", kw=["電池充不進去"], lang="zh"),
  ("台南網通 技術部", "tech@tainan-net.example"), "OPM-25 電池充不進去",
  """您好
OPM-25 電池充不進去，插上充電器燈號一直閃紅燈，換過充電器也一樣。
機號 jc24a01290

台南網通 技術部 陳先生""", cs="big5", cte="qp", fcs="big5", scs="big5")

M(J, "j_vfl_mixed", L("new_request", "jason.wu@fibrelink-sg.example", orders=["FL-PO-0922"],
    serials=["JC24B02233", "JC24B02234"], models=["VFL-10"], cat="no_power", kw=["完全沒有紅光"], lang="mixed"),
  ("Jason Wu", "jason.wu@fibrelink-sg.example"), "VFL-10 x2 no light",
  """Hi 精測,

兩支 VFL-10 完全沒有紅光 after only 2 weeks. Serial JC24B02233 & JC24B02234, our PO FL-PO-0922.
Battery is new. 可以直接換新嗎?

Thanks
Jason Wu
FibreLink Pte Ltd, Singapore""", style="outlook")

M(J, "j_english_full", L("new_request", "maint@bangkok-telecom.example", orders=["JCSO-113-0612"],
    serials=["JC23L06610"], models=["OTDR-3100"], cat="software", kw=["error E-204"]),
  ("Maintenance Dept", "maint@bangkok-telecom.example"), "OTDR error after update",
  """Dear Sir/Madam,

After updating OTDR-3100 to the latest firmware the unit shows error E-204 at every start and
cannot save traces. Serial JC23L06610, bought under JCSO-113-0612.

Please help urgently, we have a project next week.

Somchai P.
Maintenance Department""", fmt="alt")

M(J, "j_missing_item", L("new_request", "purchase@kaohsiung-cable.example", orders=["JCSO-113-0733", "KC-113-0288"],
    models=["FS-200"], cat="wrong_or_missing_item", kw=["少了切割刀"], lang="zh"),
  ("採購 黃小姐", "purchase@kaohsiung-cable.example"), "FS-200 到貨少了切割刀",
  """您好，貴司訂單 JCSO-113-0733（敝司採購單 KC-113-0288）的 FS-200 今天到貨，
箱內少了切割刀，報價單上有寫含切割刀。請協助補寄，謝謝。

高雄纜線 採購部 黃小姐""", cs="big5", cte="b64", fcs="big5", scs="big5")

M(J, "j_webform_trad", L("new_request", "yichen.tsai@yahoo.example", serials=["JC24E03105"], models=["OPM-25"],
    cat="other", kw=["數值偏差"], lang="zh"),
  "精測官網 <noreply@jingce-opto.example>", "線上維修申請",
  """線上維修申請單

姓名: 蔡宜臻
Email: yichen.tsai@yahoo.example
產品: OPM-25
機號: JC24E03105
購買日期: 2024/05
問題說明: 1550nm 數值偏差約 1.5dB，和同事的機器比對過。""", cs="utf-8", cte="b64")

M(J, "j_html_only", L("new_request", "kuo.jh@taoyuan-isp.example", serials=["JC23H07740"], cat="physical_damage",
    kw=["螢幕破裂"], lang="zh"),
  ("郭建豪", "kuo.jh@taoyuan-isp.example"), "機器螢幕破裂",
  """您好：工程車急煞，機器掉下來螢幕破裂，觸控還可以用，機號JC23H07740，附照片，請報價維修費用。""",
  fmt="html", cs="utf-8", cte="b64", atts=(("jpg", "IMG_20240611.jpg"),))

M(J, "j_japanese", L("new_request", "s.kimura@hokuriku-hikari.example", serials=["JC24D01777"], models=["FS-200"],
    cat="intermittent", kw=["エラーが出ます"]),
  ("木村 翔", "s.kimura@hokuriku-hikari.example"), "FS-200 修理の依頼",
  """精測光電 サービスご担当者様

いつもお世話になっております。北陸光ネットの木村です。
FS-200（製造番号 JC24D01777）ですが、加熱器の動作中に時々エラーが出ます。
再起動すると直りますが、1日に数回発生します。修理をお願いできますでしょうか。

よろしくお願いいたします。
木村""", cs="iso-2022-jp", cte="b64", fcs="iso-2022-jp", scs="iso-2022-jp")

M(J, "j_mixed_dealer", L("new_request", "andy@fiberpro-hk.example", serials=["JC24F00451"], models=["OTDR-3100"],
    cat="no_link", kw=["USB 連不到電腦"], lang="mixed"),
  ("Andy Cheung", "andy@fiberpro-hk.example"), "OTDR-3100 USB problem",
  """Hello,
客人話部 OTDR-3100 USB 連不到電腦, driver installed, Windows cannot see the device. SN JC24F00451.
我哋試過另一條線 same result. Please advise.
Andy""", cs="utf-8", cte="qp")

M(J, "j_long_story", L("new_request", "cc.chang@hsinchu-lab.example", orders=["JCSO-112-1190"], models=["OTDR-3100"],
    cat="intermittent", kw=["有時候當機"], lang="zh"),
  ("張靜慈", "cc.chang@hsinchu-lab.example"), "儀器有時候當機",
  """精測您好，

我們實驗室去年買的 OTDR-3100（訂單號 JCSO-112-1190），一開始用得很好，
這兩個月開始有時候當機，畫面停住，按鍵都沒有反應，要拔電池才能重開。
發生的時間不固定，有時候一天好幾次，有時候一週都沒事。
機身背後的貼紙磨損看不清楚了，機號沒辦法提供，不好意思。

請問這種情況要送修嗎？保固還在嗎？

張靜慈
新竹某大學 光通訊實驗室""", cs="big5", cte="b64", fcs="big5", scs="big5")

M(J, "j_fwd_outlook_zh", L("forwarded", "wang.dm@tpe-metro-tel.example", fwd="amy.lee@jingce-opto.example",
    orders=["JCSO-113-0380"], serials=["JC23G05520"], models=["OTDR-3100"], cat="physical_damage",
    kw=["接頭斷掉"], lang="zh"),
  ("Amy Lee 李佩珊", "amy.lee@jingce-opto.example"), "轉寄: OTDR 接頭斷掉",
  """維修部請協助，謝謝。Amy

寄件者: 王大明 <wang.dm@tpe-metro-tel.example>
寄件日期: 2024年6月5日 上午 11:02
收件者: Amy Lee 李佩珊 <amy.lee@jingce-opto.example>
主旨: OTDR 接頭斷掉

Amy 您好，訂單 JCSO-113-0380 的 OTDR-3100（JC23G05520）光口接頭斷掉了，裡面陶瓷套管裂開。
麻煩安排維修。王大明""", cs="utf-8", cte="b64", style="outlook")

M(J, "j_fwd_english", L("forwarded", "r.gomez@telconet-ph.example", fwd="amy.lee@jingce-opto.example",
    serials=["JC24A00315"], models=["VFL-10"], cat="physical_damage", kw=["broken clip"]),
  ("Amy Lee 李佩珊", "amy.lee@jingce-opto.example"), "FW: VFL issue",
  """Please handle. Thx

-----Original Message-----
From: Ramon Gomez [mailto:r.gomez@telconet-ph.example]
Sent: Friday, June 7, 2024 9:14 AM
To: amy.lee@jingce-opto.example
Subject: VFL issue

Hi Amy, one VFL-10 arrived with a broken clip and the cap missing, SN JC24A00315. Can you replace?
Ramon""", style="outlook")

M(J, "j_fwd_gmail_sig", L("forwarded", "peter.ho@macau-net.example", fwd="eric.chen@jingce-opto.example",
    models=["OPM-25"], cat="other", kw=["讀數不穩"], lang="zh"),
  ("Eric Chen", "eric.chen@jingce-opto.example"), "Fwd: OPM 讀數不穩",
  """---------- Forwarded message ---------
寄件者： Peter Ho
Date: 2024年6月10日 週一
Subject: OPM 讀數不穩

陳先生，OPM-25 讀數不穩，一直跳，請問怎麼處理？

何先生 Peter Ho
澳門網絡工程 peter.ho@macau-net.example""", cs="utf-8", cte="b64", style="gmail")

M(J, "j_fu_tcat", L("follow_up", "lin.zhiwei@chunghwa-fiber.example", rma="RMA-2024-30041",
    tracking=["904512345678"], lang="zh"),
  ("林志偉", "lin.zhiwei@chunghwa-fiber.example"), "RE: [RMA-2024-30041] 送修確認",
  """已用黑貓寄出，單號 904512345678，麻煩收到通知。

林志偉

-----Original Message-----
From: 精測客服
> 林先生您好，送修單號 RMA-2024-30041，請將 OTDR-3100 連同配件寄回本公司。""",
  cs="big5", cte="b64", fcs="big5", scs="big5", style="outlook")

M(J, "j_fu_quote_ok", L("follow_up", "hsu.mingde@gmail.example", rma="RMA-2024-30057", lang="zh"),
  ("許明德", "hsu.mingde@gmail.example"), "Re: RMA-2024-30057 維修報價",
  """好的，同意報價，請修理。匯款明天處理。""", style="gmail")

M(J, "j_fu_en", L("follow_up", "maint@bangkok-telecom.example", rma="RMA-2024-30066"),
  ("Maintenance Dept", "maint@bangkok-telecom.example"), "Re: [RMA-2024-30066] OTDR error",
  """Dear team, any update? It has been 3 weeks. Somchai""")

M(J, "j_os_order", L("order_status", "purchase@kaohsiung-cable.example", orders=["JCSO-113-0801"], lang="zh"),
  ("採購 黃小姐", "purchase@kaohsiung-cable.example"), "訂單 JCSO-113-0801 交期",
  """您好，請問訂單 JCSO-113-0801 預計何時出貨？謝謝。黃小姐""", cs="big5", cte="qp", fcs="big5", scs="big5")

M(J, "j_os_hct", L("order_status", "tech@tainan-net.example", tracking=["6812345670"], lang="zh"),
  ("台南網通 技術部", "tech@tainan-net.example"), "修好的機器寄了嗎",
  """您好，上週說修好的 OPM 已經寄出，新竹物流單號 6812345670 查不到，是否單號有誤？""",
  cs="big5", cte="b64", fcs="big5", scs="big5")

M(J, "j_os_export", L("order_status", "jason.wu@fibrelink-sg.example", orders=["FL-PO-0960"]),
  ("Jason Wu", "jason.wu@fibrelink-sg.example"), "ETA PO FL-PO-0960",
  """Hi, please advise ETA and FedEx AWB for our PO FL-PO-0960. Thanks, Jason""", style="outlook")

M(J, "j_ar_ooo", L("auto_reply", "jason.wu@fibrelink-sg.example", rma="RMA-2024-30049"),
  ("Jason Wu", "jason.wu@fibrelink-sg.example"), "Automatic reply: [RMA-2024-30049] Replacement",
  """I am out of office until 17 June with limited access to email.""", style="outlook",
  extra=(("Auto-Submitted", "auto-replied"),))

M(J, "j_ar_zh", L("auto_reply", "cc.chang@hsinchu-lab.example", rma="RMA-2024-30071", lang="zh"),
  ("張靜慈", "cc.chang@hsinchu-lab.example"), "自動回覆: [RMA-2024-30071] 送修確認",
  """您好，本人出國開會中，6/20 返台，期間回信較慢，敬請見諒。""", cs="big5", cte="b64", fcs="big5", scs="big5",
  extra=(("Auto-Submitted", "auto-replied"),))

BOUNCE(J, "j_bounce", "kuo.jh@taoyuan-isp.example", "550 5.1.1 User unknown",
       "[RMA-2024-30062] 維修報價", "郭先生您好，維修報價如附件。\n")

M(J, "j_un_quote", L("unrelated", lang="zh"), ("工程行 李先生", "li.eng@yilan-net.example"), "請報價 OTDR",
  """您好，想詢問 OTDR-3100 與 OPM-25 的價格，各需要兩台，另外保固期多久？謝謝。""",
  cs="big5", cte="b64", fcs="big5", scs="big5")

M(J, "j_un_newsletter", L("unrelated", lang="zh"), "光通訊月刊 <news@fiber-monthly.example>", "光通訊月刊 2024年6月號",
  """本期焦點：400G 光模組市場趨勢、FTTH 施工實務。點此閱讀全文。取消訂閱""", fmt="html", cs="utf-8", cte="b64")

M(J, "j_un_vendor", L("unrelated"), ("Grace Lin", "grace@pcb-assembly-tw.example"), "PCBA service for test instruments",
  """Dear purchasing team,

We are a PCBA manufacturer in Taoyuan with 20 years of experience in instrument boards. May we
send you our company profile and a quotation?

Grace Lin, Sales""")

M(J, "j_un_fedex", L("unrelated"), "FedEx <trackingupdates@fedex.example>", "FedEx Shipment 771234567890 Delivered",
  """Your package has been delivered.
Tracking number: 771234567890
Ship to: FIBRELINK PTE LTD, SINGAPORE
Signed for by: J.WU""", fmt="html")

M(J, "j_un_warranty", L("unrelated", lang="zh"), ("學生 周同學", "zhou.student@ntu-mail.example"), "請問保固條款",
  """您好，我是學生，想請問二手購買的熔接機還有保固嗎？保固是跟機器還是跟買家？謝謝。""", cs="utf-8", cte="b64")


# ================================================================ Vellaro (Italy) ==
V = "vellaro"
company(
    V,
    "Vellaro Elettronica S.r.l.",
    "vellaro.example",
    ["NetBridge 8G", "NetBridge 16G PoE", "NetBridge 24X", "MC-1000SFP"],
    serial_format="dotted VL.YYYY.MM.NNNNN, e.g. VL.2024.03.00412",
    order_format="sales order OV/YY/NNNNN; Italian customers quote their own 'ordine d'acquisto'",
    carriers="BRT (15 digits), UPS (1Z...)",
)

M(V, "v_poe_it", L("new_request", "tecnico@impianti-rossi.example", orders=["OV/24/01877"],
    serials=["VL.2024.03.00412"], models=["NetBridge 16G PoE"], cat="no_power", kw=["non alimenta le telecamere"]),
  ("Ufficio Tecnico Impianti Rossi", "tecnico@impianti-rossi.example"), "NetBridge 16G PoE non alimenta le telecamere",
  """Buongiorno,

lo switch NetBridge 16G PoE installato presso un nostro cliente non alimenta le telecamere sulle
porte 9-16 da ieri; le porte 1-8 funzionano. Il LED PoE su quelle porte resta spento.
Matricola VL.2024.03.00412, vostro ordine OV/24/01877.

Chiediamo sostituzione in garanzia, il cliente è senza videosorveglianza.

Cordiali saluti
Luca Rossi
Impianti Rossi S.n.c. - via dell'Artigianato 12, Treviso
P.IVA 01234560266
Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per
errore, vi preghiamo di cancellarlo e di avvisare il mittente.""", style="outlook")

M(V, "v_link_es", L("new_request", "redes@ayto-castellon.example", serials=["VL.2023.11.02208"],
    models=["NetBridge 24X"], cat="no_link", kw=["puertos SFP no levantan enlace"]),
  ("Servicio de Redes", "redes@ayto-castellon.example"), "Incidencia switch",
  """Hola,

en el NetBridge 24X (n.º de serie VL.2023.11.02208) los puertos SFP no levantan enlace con
módulos de 10G, a 1G sí. Hemos probado con tres módulos distintos. ¿Es un fallo conocido?

Un saludo,
Servicio de Redes""")

M(V, "v_mc_fr", L("new_request", "support@reseau-alpin.example", orders=["OV/24/02231", "RA-2024-118"],
    serials=["VL.2024.05.01140", "VL.2024.05.01141", "VL.2024.05.01142"], models=["MC-1000SFP"],
    cat="intermittent", kw=["coupures"]),
  ("Réseau Alpin - support", "support@reseau-alpin.example"), "Coupures convertisseurs MC-1000SFP",
  """Bonjour,

trois convertisseurs MC-1000SFP livrés sur votre commande OV/24/02231 (notre réf. RA-2024-118)
provoquent des coupures de quelques secondes plusieurs fois par jour. Numéros :
VL.2024.05.01140
VL.2024.05.01141
VL.2024.05.01142

Merci de nous indiquer la procédure de retour.
Cordialement,
Julien Perrin""", style="tb")

M(V, "v_phone_it_short", L("new_request", "giorgio.mancini77@gmail.example", models=["NetBridge 8G"],
    cat="physical_damage", kw=["bruciato"]),
  ("Giorgio Mancini", "giorgio.mancini77@gmail.example"), "switch bruciato",
  """Salve ho un NetBridge 8G che dopo un temporale si è bruciato, puzza di bruciato e non si accende.
È coperto dalla garanzia? Grazie

Inviato da iPhone""", style="apple", atts=(("jpg", "IMG_8802.HEIC.jpg"),))

M(V, "v_mgmt_pt", L("new_request", "ti@prefeitura-ilhavo.example", serials=["vl.2024.01.00877"],
    models=["NetBridge 24X"], cat="software", kw=["interface web não abre"]),
  ("TI Câmara", "ti@prefeitura-ilhavo.example"), "NetBridge 24X - interface web",
  """Bom dia,

Depois de atualizar o firmware, a interface web não abre no NetBridge 24X (nº vl.2024.01.00877).
O switch continua a comutar mas não conseguimos gerir VLANs. SSH também não responde.

Obrigado
Departamento de TI""")

M(V, "v_wrong_model_de", L("new_request", "einkauf@netzwerk-bauer.example", orders=["OV/24/02019", "4711-0823"],
    models=["NetBridge 16G PoE", "NetBridge 8G"], cat="wrong_or_missing_item", kw=["falsches Modell"]),
  ("Einkauf Netzwerktechnik Bauer", "einkauf@netzwerk-bauer.example"), "Falsches Modell geliefert",
  """Sehr geehrte Damen und Herren,

bestellt haben wir 5x NetBridge 16G PoE (unsere Bestellung 4711-0823, Ihre AB OV/24/02019),
geliefert wurden 5x NetBridge 8G. Also falsches Modell. Bitte um Austausch und Abholung.

Mit freundlichen Grüßen
K. Bauer""", style="outlook")

M(V, "v_webform", L("new_request", "ola.nowak@firma-net.example", serials=["VL.2024.02.00099"],
    models=["MC-1000SFP"], cat="no_link", kw=["brak linku"]),
  "Vellaro web <noreply@vellaro.example>", "Richiesta assistenza dal sito",
  """Nuova richiesta dal modulo assistenza

Nome: Aleksandra Nowak
E-mail: ola.nowak@firma-net.example
Prodotto: MC-1000SFP
Numero di serie: VL.2024.02.00099
Messaggio: brak linku na porcie światłowodowym, dioda LINK nie świeci. (sorry, Polish) - no fibre link,
LINK led off, fibre tested OK.""")

M(V, "v_html_hot", L("new_request", "it@hotel-belvedere.example", models=["NetBridge 16G PoE"],
    cat="other", kw=["ventola rumorosa"]),
  ("IT Hotel Belvedere", "it@hotel-belvedere.example"), "Assistenza",
  """Gentili signori,

il nostro NetBridge 16G PoE ha la ventola rumorosa e scalda molto, la temperatura in dashboard è
72°C. È normale? Lo switch è in un armadio ventilato.

Grazie, Reparto IT""", fmt="html")

M(V, "v_old_thread_en", L("new_request", "network@malta-ports.example", orders=["OV/23/04410"],
    serials=["VL.2023.09.03301"], cat="intermittent", kw=["reboots randomly"]),
  ("Network Team", "network@malta-ports.example"), "RE: Quotation OV/23/04410",
  """Hi Chiara,

Sorry to reuse this old thread. One of the switches from this order (OV/23/04410) reboots randomly,
twice this week, serial VL.2023.09.03301. Logs attached. Could you arrange a replacement?

Regards
Network Team, Malta Ports Authority

From: Chiara Conti <chiara.conti@vellaro.example>
Sent: 10 October 2023
Subject: Quotation

Dear customer, please find our quotation attached.""", style="outlook", atts=(("txt", "syslog.txt", "Jun 10 02:11:04 sw-core kernel: watchdog reset\n"),))

M(V, "v_mixed_cn", L("new_request", "xu.jie@ningbo-logistics.example", serials=["VL.2024.04.00733"],
    models=["NetBridge 8G"], cat="no_power", kw=["电源灯不亮"], lang="mixed"),
  ("Xu Jie", "xu.jie@ningbo-logistics.example"), "NetBridge 8G power issue",
  """Dear Vellaro,

我们 warehouse 的 NetBridge 8G 电源灯不亮, adapter tested OK with multimeter 12V. SN VL.2024.04.00733.
请问 warranty 怎么处理? 

Xu Jie""", style="foxmail")

M(V, "v_nl", L("new_request", "beheer@zorggroep-west.example", orders=["OV/24/01502"], models=["NetBridge 24X"],
    cat="no_link", kw=["poorten vallen weg"]),
  ("Beheer Zorggroep West", "beheer@zorggroep-west.example"), "Storing NetBridge 24X",
  """Goedemorgen,

Op onze NetBridge 24X (order OV/24/01502) poorten vallen weg na enkele uren, alleen een reboot
helpt. Graag een RMA.

Met vriendelijke groet,
Afdeling ICT""")

M(V, "v_fwd_it_outlook", L("forwarded", "amministrazione@ferramenta-galli.example", fwd="chiara.conti@vellaro.example",
    orders=["OV/24/01990"], serials=["VL.2024.04.00250"], models=["NetBridge 8G"], cat="physical_damage",
    kw=["arrivato ammaccato"]),
  ("Chiara Conti", "chiara.conti@vellaro.example"), "I: Switch arrivato ammaccato",
  """Ciao assistenza, vi giro la segnalazione. Chiara

Da: Amministrazione Ferramenta Galli <amministrazione@ferramenta-galli.example>
Inviato: lunedì 10 giugno 2024 09:40
A: Chiara Conti <chiara.conti@vellaro.example>
Oggetto: Switch arrivato ammaccato

Buongiorno, il NetBridge 8G dell'ordine OV/24/01990 è arrivato ammaccato, la scatola era integra.
Matricola VL.2024.04.00250. Foto in allegato. Saluti, Anna Galli""", style="outlook", atts=(("jpg", "ammaccatura.jpg"),))

M(V, "v_fwd_ios", L("forwarded", "d.ferreira@portonet.example", fwd="marco.villa@vellaro.example",
    models=["MC-1000SFP"], cat="no_link", kw=["sem ligação"]),
  ("Marco Villa", "marco.villa@vellaro.example"), "Fwd: MC-1000SFP sem ligação",
  """Vedi sotto

Inviato da iPhone

Inizio messaggio inoltrato:

> Da: Diogo Ferreira <d.ferreira@portonet.example>
> Data: 11 giugno 2024 18:03:22 CEST
> A: Marco Villa <marco.villa@vellaro.example>
> Oggetto: MC-1000SFP sem ligação
>
> Olá Marco, dois MC-1000SFP estão sem ligação na fibra desde ontem. Podem trocar?
> Diogo""", style="apple")

M(V, "v_fwd_fwd_de", L("forwarded", "s.huber@stadtwerke-lienz.example", fwd="marco.villa@vellaro.example",
    serials=["VL.2023.12.01919"], models=["NetBridge 24X"], cat="software", kw=["Konfiguration geht verloren"]),
  ("Marco Villa", "marco.villa@vellaro.example"), "Fw: WG: NetBridge Konfiguration",
  """Assistenza: cliente austriaco tramite distributore.

-----Messaggio originale-----
Da: Tobias Maier <t.maier@alpen-distribution.example>
Inviato: mercoledì 12 giugno 2024 10:20
A: marco.villa@vellaro.example
Oggetto: WG: NetBridge Konfiguration

Hallo Marco, bitte um Hilfe. Tobias

Von: Sabine Huber <s.huber@stadtwerke-lienz.example>
Gesendet: Dienstag, 11. Juni 2024 16:55
An: Tobias Maier
Betreff: NetBridge Konfiguration

Bei unserem NetBridge 24X (VL.2023.12.01919) Konfiguration geht verloren nach jedem Stromausfall,
obwohl wir gespeichert haben. Sabine Huber""", style="outlook")

M(V, "v_fu_brt", L("follow_up", "tecnico@impianti-rossi.example", rma="RMA-2024-40118", tracking=["084912030045671"]),
  ("Ufficio Tecnico Impianti Rossi", "tecnico@impianti-rossi.example"), "R: [RMA-2024-40118] Autorizzazione reso",
  """Spedito oggi con BRT, segnacollo 084912030045671.
Luca

-----Messaggio originale-----
Da: Assistenza Vellaro
Oggetto: [RMA-2024-40118] Autorizzazione reso
> Potete spedire lo switch NetBridge 16G PoE matricola VL.2024.03.00412 al nostro laboratorio.""", style="outlook")

M(V, "v_fu_fr", L("follow_up", "support@reseau-alpin.example", rma="RMA-2024-40131"),
  ("Réseau Alpin - support", "support@reseau-alpin.example"), "Re: [RMA-2024-40131] Convertisseurs",
  """Bonjour, avez-vous reçu les trois convertisseurs ? Le transporteur indique livré mardi.
Julien""", style="tb")

M(V, "v_fu_es", L("follow_up", "redes@ayto-castellon.example", rma="RMA-2024-40102"),
  ("Servicio de Redes", "redes@ayto-castellon.example"), "RE: RMA-2024-40102",
  """Gracias, con el firmware 3.2 los puertos SFP ya funcionan a 10G. Pueden cerrar la incidencia.""")

M(V, "v_os_it", L("order_status", "acquisti@elettroforniture-bari.example", orders=["OV/24/02455"]),
  ("Acquisti Elettroforniture", "acquisti@elettroforniture-bari.example"), "Stato ordine OV/24/02455",
  """Buongiorno, potete indicarci la data di spedizione dell'ordine OV/24/02455? Grazie""")

M(V, "v_os_ups", L("order_status", "einkauf@netzwerk-bauer.example", tracking=["1Z4A7W116812345678"]),
  ("Einkauf Netzwerktechnik Bauer", "einkauf@netzwerk-bauer.example"), "Ersatzlieferung",
  """Hallo, die UPS-Sendung 1Z4A7W116812345678 mit den Ersatzgeräten hängt seit drei Tagen in Mailand.
Können Sie nachfragen? K. Bauer""", style="outlook")

M(V, "v_os_en", L("order_status", "network@malta-ports.example", orders=["OV/24/02600"], models=["NetBridge 24X"]),
  ("Network Team", "network@malta-ports.example"), "NetBridge 24X order",
  """Hello, could you confirm the delivery week for order OV/24/02600? Thanks""", style="outlook")

M(V, "v_ar_it", L("auto_reply", "amministrazione@ferramenta-galli.example", rma="RMA-2024-40125"),
  ("Amministrazione Ferramenta Galli", "amministrazione@ferramenta-galli.example"),
  "Risposta automatica: [RMA-2024-40125] Reso autorizzato",
  """Sono fuori ufficio fino al 19 agosto. Per urgenze contattare il numero 0422 555 100.""",
  style="outlook", extra=(("Auto-Submitted", "auto-replied"),))

M(V, "v_ar_helpdesk", L("auto_reply", "helpdesk@zorggroep-west.example", rma="RMA-2024-40140"),
  "Zorggroep West Servicedesk <helpdesk@zorggroep-west.example>", "[Melding 2024-0612-88] RMA-2024-40140 ontvangen",
  """Uw e-mail is geregistreerd als melding 2024-0612-88. U ontvangt binnen 2 werkdagen een reactie.
Dit is een automatisch bericht.""", extra=(("Auto-Submitted", "auto-generated"),))

BOUNCE(V, "v_bounce", "giorgio.mancini77@gmail.example", "550 5.1.1 The email account that you tried to reach does not exist",
       "[RMA-2024-40122] Richiesta assistenza", "Gentile cliente, abbiamo ricevuto la sua richiesta.\n")

M(V, "v_un_tender", L("unrelated"), ("Ufficio Gare", "gare@comune-verona.example"), "Richiesta di preventivo - switch PoE",
  """Spett.le ditta, si richiede preventivo per n. 20 switch PoE 16 porte con garanzia 5 anni,
da inviare entro il 30/06. Cordiali saluti""")

M(V, "v_un_brt", L("unrelated"), "BRT <noreply@brt.example>", "La tua spedizione è in consegna",
  """La spedizione 084912030099812 di VELLARO ELETTRONICA SRL è in consegna oggi.""", fmt="html")

M(V, "v_un_fattura", L("unrelated"), "Fatturazione <fatture@componenti-nord.example>", "Fattura n. 1288/2024",
  """In allegato la fattura elettronica n. 1288/2024. Pagamento a 60 gg d.f.f.m.""", atts=(("pdf", "fattura_1288.pdf"),))

M(V, "v_un_webinar", L("unrelated"), "Vellaro Academy <academy@vellaro-events.example>", "Webinar: VLAN design for SMB",
  """Join our free webinar on 4 July: VLAN design best practices with NetBridge switches. Register now.""",
  fmt="alt")

M(V, "v_un_presales_pl", L("unrelated"), ("Piotr Zając", "p.zajac@instalnet.example"), "Pytanie o switch",
  """Dzień dobry, czy NetBridge 24X obsługuje stackowanie? Jaka jest gwarancja w Polsce? Pozdrawiam""")

M(V, "v_un_seo", L("unrelated"), ("Mark", "mark@rankfast-seo.example"), "Your website ranking",
  """Hello, I checked vellaro.example and found 37 SEO issues. Reply YES for a free audit.""")


# ============================================================= Hoshimitsu (Japan) ==
S = "hoshimitsu"
company(
    S,
    "星光計測株式会社 (Hoshimitsu Keisoku)",
    "hoshimitsu.example",
    ["HSM-200", "HSM-200 Plus", "ColorEye 5", "LX-Meter 3"],
    serial_format="SK + two-digit year + '-' + five digits, e.g. SK23-04417",
    order_format="受注番号 J-YYMMDD-NNN",
    carriers="Yamato (NNNN-NNNN-NNNN), Sagawa, EMS for export",
)

M(S, "s_ja_spectro", L("new_request", "tanaka.k@kyoto-chem.example", orders=["J-240517-003"],
    serials=["SK23-04417"], models=["HSM-200"], cat="optical_performance", kw=["波長がずれて"]),
  ("田中 健一", "tanaka.k@kyoto-chem.example"), "HSM-200 波長ずれについて",
  """星光計測 サービス部 御中

京都ケミカルの田中です。
弊社で使用しているHSM-200（製造番号：SK23-04417、受注番号 J-240517-003）ですが、
標準試料を測定すると波長がずれて、約2nm長波長側に出ます。
校正を実施しても改善しません。点検・修理をお願いできますでしょうか。

----------------------------------
京都ケミカル株式会社 分析センター
田中 健一
TEL 075-555-0123
----------------------------------""", cs="iso-2022-jp", cte="b64", fcs="iso-2022-jp", scs="iso-2022-jp")

M(S, "s_ja_utf8_nopower", L("new_request", "m.sato@food-lab-osaka.example", serials=["SK24-00918"],
    models=["ColorEye 5"], cat="no_power", kw=["電源が入らなくなりました"]),
  ("佐藤 美咲", "m.sato@food-lab-osaka.example"), "ColorEye 5 が起動しません",
  """お世話になっております。
ColorEye 5 の電源が入らなくなりました。ACアダプタを別のものに替えても同じです。
製造番号 SK24-00918 です。保証期間内だと思います。
よろしくお願いします。
佐藤""", cs="utf-8", cte="b64")

M(S, "s_en_lab", L("new_request", "qa.lab@sunpetro-sg.example", serials=["SK22-11873"], models=["HSM-200 Plus"],
    cat="intermittent", kw=["lamp flickers"]),
  ("QA Laboratory", "qa.lab@sunpetro-sg.example"), "HSM-200 Plus lamp",
  """Dear Hoshimitsu service,

The deuterium lamp flickers on our HSM-200 Plus (S/N SK22-11873) after about 30 minutes of
operation; baseline noise goes up 10x. The lamp has 900 hours. Is it the lamp or the power board?

Kind regards,
Priya Nair
QA Laboratory Supervisor""")

M(S, "s_ko", L("new_request", "jinwoo.park@seoul-cosmetics.example", serials=["sk24-01520"], models=["LX-Meter 3"],
    cat="physical_damage", kw=["센서 창이 깨졌습니다"]),
  ("박진우", "jinwoo.park@seoul-cosmetics.example"), "LX-Meter 3 수리 문의",
  """안녕하세요,
LX-Meter 3 센서 창이 깨졌습니다. 제품번호 sk24-01520. 수리 가능한지, 비용은 얼마인지 알려주세요.
감사합니다.
박진우""", cs="utf-8", cte="b64")

M(S, "s_software_en", L("new_request", "d.ivanova@uni-sofia.example", models=["HSM-200"], cat="software",
    kw=["license error"]),
  ("Dimitrina Ivanova", "d.ivanova@uni-sofia.example"), "SpectraView license",
  """Hello,

SpectraView on our new lab PC gives a license error when the HSM-200 is connected ("dongle not
found"). We moved the software from the old PC. How do we transfer the license?

Dimitrina Ivanova, Faculty of Chemistry""", fmt="alt")

M(S, "s_missing_ja", L("new_request", "koubai@hamamatsu-denki.example", orders=["J-240603-011", "HD-24-0771"],
    models=["ColorEye 5"], cat="wrong_or_missing_item", kw=["校正板が入っていません"]),
  ("購買部 鈴木", "koubai@hamamatsu-denki.example"), "納品物の不足（ColorEye 5）",
  """星光計測 ご担当者様

浜松電機 購買部の鈴木です。
受注番号 J-240603-011（弊社注文番号 HD-24-0771）で納品いただいた ColorEye 5 ですが、
校正板が入っていませんでした。至急ご送付をお願いいたします。

鈴木""", cs="shift_jis", cte="b64", fcs="shift_jis", scs="shift_jis")

M(S, "s_mixed_cn", L("new_request", "lu.ming@sz-cosmetic.example", serials=["SK23-07702"], models=["ColorEye 5"],
    cat="other", kw=["测量结果重复性差"], lang="mixed"),
  ("卢明", "lu.ming@sz-cosmetic.example"), "ColorEye 5 repeatability",
  """Hello Hoshimitsu,

我们的 ColorEye 5 测量结果重复性差, ΔE between 3 readings > 0.8, spec says 0.05. S/N SK23-07702.
Calibration done every morning. 请问需要返厂吗?

Lu Ming""", style="foxmail")

M(S, "s_webform_ja", L("new_request", "yamada.taro@kobe-u.example", serials=["SK21-03390"], models=["HSM-200"],
    cat="no_link", kw=["PCと通信できません"]),
  "星光計測 Webフォーム <noreply@hoshimitsu.example>", "【修理依頼フォーム】受付",
  """修理依頼フォームから以下の内容が送信されました。

お名前：山田 太郎
メール：yamada.taro@kobe-u.example
製品名：HSM-200
製造番号：SK21-03390
症状：USBでPCと通信できません。ドライバは再インストール済みです。""", cs="utf-8", cte="b64")

M(S, "s_de_short", L("new_request", "labor@farben-schulz.example", serials=["SK24-02001"], cat="other",
    kw=["Messwerte driften"]),
  ("Labor Farben Schulz", "labor@farben-schulz.example"), "Gerät driftet",
  """Hallo, bei unserem Farbmessgerät (SN SK24-02001) Messwerte driften über den Tag um bis zu 1 ΔE.
Bitte um Rückruf. Labor Schulz""")

M(S, "s_fwd_ja_outlook", L("forwarded", "nakamura@tohoku-water.example", fwd="ito.h@hoshimitsu.example",
    serials=["SK22-09015"], models=["HSM-200 Plus"], cat="no_power", kw=["電源が落ちる"]),
  ("伊藤 浩", "ito.h@hoshimitsu.example"), "FW: HSM-200 Plus 電源が落ちる",
  """サービス部 各位

営業の伊藤です。下記お客様の件、対応をお願いします。

From: 中村 <nakamura@tohoku-water.example>
Sent: Thursday, June 13, 2024 4:12 PM
To: 伊藤 浩 <ito.h@hoshimitsu.example>
Subject: HSM-200 Plus 電源が落ちる

伊藤様
HSM-200 Plus（SK22-09015）測定中に電源が落ちる現象が頻発しております。ご対応お願いします。
中村""", cs="utf-8", cte="b64", style="outlook")

M(S, "s_fwd_en_rfc", L("forwarded", "b.okafor@lagos-labs.example", fwd="export@hoshimitsu.example",
    serials=["SK23-05510"], models=["LX-Meter 3"], cat="physical_damage", kw=["damaged in transit"]),
  ("Export Sales", "export@hoshimitsu.example"), "Fw: shipment damage",
  "Service: please see attached, customer in Nigeria. Export\n", style="outlook",
  inner=dict(frm=("Bola Okafor", "b.okafor@lagos-labs.example"), to="export@hoshimitsu.example",
             subj="shipment damage",
             body="Hello,\n\nThe LX-Meter 3 (SK23-05510) arrived damaged in transit, the case is dented and\n"
                  "the display shows lines. Photos attached.\n\nBola\n", fname="shipment damage.eml",
             atts=(("jpg", "box.jpg"),)))

M(S, "s_fwd_noaddr_ja", L("forwarded", None, fwd="ito.h@hoshimitsu.example", models=["ColorEye 5"],
    cat="other", kw=["異音がする"]),
  ("伊藤 浩", "ito.h@hoshimitsu.example"), "転送：電話受付メモ",
  """電話でお問い合わせいただいた内容です。メールアドレスは不明とのこと。

---- 転送メッセージ ----
差出人: 伊藤 浩
件名: 電話受付メモ

お客様：名古屋の大手塗料メーカー 品質管理課 小林様
内容：ColorEye 5 から測定時に異音がする。""", cs="utf-8", cte="b64")

M(S, "s_fu_ja", L("follow_up", "tanaka.k@kyoto-chem.example", rma="RMA-2024-50021", tracking=["4712-3456-7890"]),
  ("田中 健一", "tanaka.k@kyoto-chem.example"), "Re: [RMA-2024-50021] 修理受付のご案内",
  """本日ヤマト運輸で発送しました。伝票番号 4712-3456-7890 です。
田中

> 田中様
> 修理受付番号 RMA-2024-50021 にて承りました。""", cs="iso-2022-jp", cte="b64", fcs="iso-2022-jp", scs="iso-2022-jp")

M(S, "s_fu_en", L("follow_up", "qa.lab@sunpetro-sg.example", rma="RMA-2024-50034", models=["HSM-200 Plus"]),
  ("QA Laboratory", "qa.lab@sunpetro-sg.example"), "RE: [RMA-2024-50034] HSM-200 Plus lamp",
  """Thanks, we ordered the new lamp. If it doesn't fix it I'll come back to you.
Priya""")

M(S, "s_fu_quote", L("follow_up", "d.ivanova@uni-sofia.example", rma="RMA-2024-50040"),
  ("Dimitrina Ivanova", "d.ivanova@uni-sofia.example"), "Re: RMA-2024-50040 license transfer",
  """On Mon, 17 Jun 2024 Hoshimitsu Service wrote:
> Please send us the license code printed on the CD sleeve.

It's HS-LIC-22-9981-AB. Thanks!""")

M(S, "s_os_ja", L("order_status", "koubai@hamamatsu-denki.example", orders=["J-240612-004"]),
  ("購買部 鈴木", "koubai@hamamatsu-denki.example"), "納期のご確認 J-240612-004",
  """お世話になっております。受注番号 J-240612-004 の納期をご教示ください。鈴木""",
  cs="shift_jis", cte="b64", fcs="shift_jis", scs="shift_jis")

M(S, "s_os_en", L("order_status", "purchasing@medlab-au.example", orders=["ML-7781"]),
  ("MedLab Purchasing", "purchasing@medlab-au.example"), "Order ML-7781 shipping",
  """Hi, has our order ML-7781 (2x ColorEye calibration tiles) shipped yet? Please send EMS number.""")

M(S, "s_os_repair", L("order_status", "m.sato@food-lab-osaka.example", tracking=["3601-2345-6789"]),
  ("佐藤 美咲", "m.sato@food-lab-osaka.example"), "返送状況",
  """修理品の返送ですが、佐川の 3601-2345-6789 がまだ集荷中のままです。確認をお願いします。""",
  cs="utf-8", cte="b64")

M(S, "s_ar_ja", L("auto_reply", "koubai@hamamatsu-denki.example", rma="RMA-2024-50029"),
  ("購買部 鈴木", "koubai@hamamatsu-denki.example"), "自動応答: [RMA-2024-50029] 不足品発送のご連絡",
  """誠に勝手ながら、8月10日から8月18日まで夏季休業とさせていただきます。""",
  cs="iso-2022-jp", cte="b64", fcs="iso-2022-jp", scs="iso-2022-jp", extra=(("Auto-Submitted", "auto-replied"),))

M(S, "s_ar_en", L("auto_reply", "b.okafor@lagos-labs.example", rma="RMA-2024-50044"),
  ("Bola Okafor", "b.okafor@lagos-labs.example"), "Out of Office: [RMA-2024-50044] Repair authorisation",
  """I'm travelling until 24 June. Replies will be delayed.""", style="gmail")

BOUNCE(S, "s_bounce", "yamada.taro@kobe-u.example", "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table",
       "[RMA-2024-50037] Repair request received", "Dear Mr Yamada,\n\nWe received your request.\n")

M(S, "s_un_catalog_req", L("unrelated"), ("Chen Hui", "chen.hui@tw-paints.example"), "Catalogue and price list",
  """Dear sirs, please send your catalogue and export price list for spectrophotometers. Regards""")

M(S, "s_un_seminar", L("unrelated"), "分析機器フォーラム <info@bunseki-forum.example>", "【ご案内】分析機器フォーラム2024",
  """分析機器フォーラム2024のご案内です。出展社募集中。配信停止はこちら。""", cs="iso-2022-jp", cte="b64",
  scs="iso-2022-jp", fmt="html")

M(S, "s_un_yamato", L("unrelated"), "ヤマト運輸 <info@kuronekoyamato.example>", "お荷物お届けのお知らせ",
  """星光計測株式会社様からのお荷物を本日お届け予定です。伝票番号 4712-9999-0011""", cs="utf-8", cte="b64")

M(S, "s_un_recruit", L("unrelated"), ("Recruit Agent", "agent@tech-recruit.example"), "Candidates for your service engineer role",
  """Hello, we have three bilingual candidates for field service engineer positions. Interested?""")

M(S, "s_un_warranty_ja", L("unrelated"), ("小川", "ogawa.s@gmail.example"), "保証について質問",
  """購入を検討しています。ColorEye 5 の保証期間と延長保証の有無を教えてください。""", cs="utf-8", cte="b64",
  style="gmail")


# ================================================================== Ruice (Wuhan) ==
R = "ruice"
company(
    R,
    "武汉锐测光通信有限公司 (Ruice Optical Communication)",
    "ruice-optics.example",
    ["SFP-10G-LR", "SFP-25G-CWDM", "QSFP28-100G-SR4", "AOC-40G"],
    serial_format="RC + six digits (YYMMDD) + '-' + check block letter+digit, e.g. RC240317-K5",
    order_format="contract RC-HTYYYY-NNNN; customers' purchase orders CGYYYYMMDD-NN",
    carriers="JD Logistics (JDVA + 11 digits), Deppon (DPK + 12 digits), EMS (EA...CN)",
)

M(R, "r_lr_gbk", L("new_request", "wangfei@hb-unicom-net.example", orders=["RC-HT2024-0331"],
    serials=["RC240317-K5", "RC240317-K6"], models=["SFP-10G-LR"], cat="no_link", kw=["不亮灯"], lang="zh"),
  ("王飞", "wangfei@hb-unicom-net.example"), "光模块不亮灯",
  """锐测售后你好，

合同RC-HT2024-0331到的SFP-10G-LR，有两个插上交换机以后端口不亮灯，换了交换机端口也一样，
跳纤确认没问题。序列号RC240317-K5、RC240317-K6。麻烦安排换货。

王飞
湖北某通信网络公司 传输室""", cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="foxmail")

M(R, "r_ber_mislabel", L("new_request", "zhaokun@yd-idc.example", serials=["rc240102-a3"], models=["QSFP28-100G-SR4"],
    cat="intermittent", kw=["误码"], lang="zh"),
  ("赵堃", "zhaokun@yd-idc.example"), "100G模块误码",
  """你好，机房里一个QSFP28-100G-SR4 最近误码很高，链路时通时断，日志里 CRC 错误一直涨。
模块标签序列号 rc240102-a3 。别的模块正常。请处理。
赵堃""", cs="gbk", cte="qp", label="gb2312", fcs="gbk", scs="gbk")

M(R, "r_temp_high", L("new_request", "ops@cloudnine-dc.example", orders=["CG20240311-02"],
    models=["SFP-25G-CWDM"], cat="other", kw=["温度过高"], lang="zh"),
  ("运维中心", "ops@cloudnine-dc.example"), "25G彩光模块温度过高告警",
  """您好：

我司采购的SFP-25G-CWDM（采购单号CG20240311-02，共40只）有多只上报温度过高告警，DDM显示
78℃以上，同机柜其他厂家模块55℃左右。序列号正在统计，稍后补充。

运维中心""", cs="utf-8", cte="b64", fmt="html")

M(R, "r_aoc_broken", L("new_request", "lj_net@163.example", models=["AOC-40G"], cat="physical_damage",
    kw=["线缆被压断"], lang="zh"),
  ("李静", "lj_net@163.example"), "AOC线缆",
  """你好，我们一根AOC-40G线缆被压断了（机柜门夹到），可以只修线还是必须整根换？报个价吧。""",
  cs="gbk", cte="8bit", fcs="gbk", scs="gbk", style="netease")

M(R, "r_wrong_item", L("new_request", "purchase@shjt-tech.example", orders=["RC-HT2024-0415"],
    models=["SFP-10G-LR", "SFP-25G-CWDM"], cat="wrong_or_missing_item", kw=["发错货"], lang="zh"),
  ("上海交泰 采购", "purchase@shjt-tech.example"), "合同RC-HT2024-0415发错货",
  """您好，合同RC-HT2024-0415我们订的是SFP-25G-CWDM 1310nm，收到的是SFP-10G-LR，发错货了。
请尽快安排退换。

上海交泰科技 采购部""", cs="gb18030", cte="b64", fcs="gb18030", scs="gb18030")

M(R, "r_eeprom", L("new_request", "tech@gz-broadband.example", serials=["RC240220-C1"], models=["SFP-10G-LR"],
    cat="software", kw=["交换机识别不了"], lang="zh"),
  ("广州宽带 技术部", "tech@gz-broadband.example"), "模块兼容问题",
  """你好，SFP-10G-LR 插在华为交换机上提示交换机识别不了，显示 unsupported transceiver，
是不是编码写错了？序列号RC240220-C1。能否远程重新写码？""", cs="gbk", cte="b64", fcs="gbk", scs="gbk")

M(R, "r_phone_noid", L("new_request", "18627001234@wo.example", cat="no_link", kw=["收不到光"], lang="zh"),
  "18627001234@wo.example", "模块坏了",
  """模块收不到光，光功率计测了有光进来，怎么办""", cs="utf-8", cte="b64")

M(R, "r_mixed_sg", L("new_request", "noc@asianet-sg.example", orders=["AN-PO-5512"],
    serials=["RC231130-F2", "RC231130-F7"], models=["QSFP28-100G-SR4"], cat="no_link", kw=["link down"], lang="mixed"),
  ("NOC AsiaNet", "noc@asianet-sg.example"), "QSFP28 link down",
  """Hi Ruice team,

两个 QSFP28-100G-SR4 link down after reboot of the switch, 重新插拔也不行. SN RC231130-F2 and
RC231130-F7, our PO AN-PO-5512. 请尽快 RMA, production network.

NOC AsiaNet""", style="outlook")

M(R, "r_english_eu", L("new_request", "netops@fibra-lusa.example", serials=["RC240405-H4"], models=["SFP-10G-LR"],
    cat="optical_performance", kw=["TX power too low"]),
  ("NetOps Fibra Lusa", "netops@fibra-lusa.example"), "SFP TX power",
  """Hello,

One SFP-10G-LR (RC240405-H4) has TX power too low, -9.8 dBm where the datasheet says -8.2 min.
Link is up but margin is poor on a 9 km span. Replacement please.

Best regards,
Rui Santos""")

M(R, "r_cs_excel", L("new_request", "rma@czech-isp.example", orders=["RC-HT2024-0288"],
    serials=rng("RC240301-M", 1, 5, 1), models=["SFP-10G-LR"], cat="no_link",
    kw=["nefunguje linka"], expanded=rng("RC240301-M", 2, 4, 1)),
  ("RMA Czech ISP", "rma@czech-isp.example"), "Reklamace SFP-10G-LR",
  """Dobrý den,

reklamujeme 5 ks SFP-10G-LR ze smlouvy RC-HT2024-0288, nefunguje linka, sériová čísla
RC240301-M1 až RC240301-M5. Seznam s měřením v příloze.

S pozdravem
Jan Dvořák""", atts=(("xlsx", "reklamace.xlsx"),))

M(R, "r_old_thread", L("new_request", "liuyang@whhg-net.example", serials=["RC231215-B8"], cat="no_power",
    kw=["不工作"], lang="zh"),
  ("刘洋", "liuyang@whhg-net.example"), "回复: 锐测光通信2024新品发布",
  """你好，借这个邮件问一下，我们有一个模块插上去不工作，DDM读不到任何数据，序列号RC231215-B8。怎么返修？

发件人: 锐测市场部
主题: 锐测光通信2024新品发布
> 2024新品：400G光模块全系列上市""", cs="gbk", cte="b64", fcs="gbk", scs="gbk")

M(R, "r_fwd_qq", L("forwarded", "zhangmin@cs-telecom.example", fwd="sales.li@ruice-optics.example",
    orders=["RC-HT2024-0377"], serials=["RC240410-D2"], models=["SFP-25G-CWDM"], cat="no_link",
    kw=["链路起不来"], lang="zh"),
  ("李销售", "sales.li@ruice-optics.example"), "转发：25G模块链路起不来",
  """售后帮忙看一下。

------------------&nbsp;原始邮件&nbsp;------------------
发件人: "张敏"<zhangmin@cs-telecom.example>;
发送时间: 2024年6月14日(星期五) 上午9:15
收件人: "李销售"<sales.li@ruice-optics.example>;
主题: 25G模块链路起不来

李经理，合同RC-HT2024-0377的SFP-25G-CWDM，有一只RC240410-D2链路起不来，对端是别家的模块。""",
  cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="qq")

M(R, "r_fwd_rfc822_en", L("forwarded", "ahmed.k@gulfnet.example", fwd="export.chen@ruice-optics.example",
    serials=["RC240115-G3"], models=["AOC-40G"], cat="intermittent", kw=["flapping"]),
  ("Chen Export", "export.chen@ruice-optics.example"), "Fw: AOC flapping",
  "售后同事，客户邮件见附件，请处理。\n", cs="utf-8", cte="b64", style="foxmail",
  inner=dict(frm=("Ahmed Khalil", "ahmed.k@gulfnet.example"), to="export.chen@ruice-optics.example",
             subj="AOC flapping", body="Hi Chen,\n\nThe AOC-40G RC240115-G3 is flapping every few minutes.\n\nAhmed\n",
             fname="AOC flapping.eml"))

M(R, "r_fwd_netease", L("forwarded", "sunwei@jsdx-net.example", fwd="sales.li@ruice-optics.example",
    models=["QSFP28-100G-SR4"], cat="optical_performance", kw=["接收光功率低"], lang="zh"),
  ("李销售", "sales.li@ruice-optics.example"), "Fw: 100G模块接收光功率低",
  """

----- 转发的邮件 -----
发件人：孙伟 <sunwei@jsdx-net.example>
日期：2024年6月12日
主题：100G模块接收光功率低

QSFP28-100G-SR4 接收光功率低，-12dBm左右，短跳线，不应该这么低。""", cs="gbk", cte="b64", scs="gbk", style="netease")

M(R, "r_fu_jd", L("follow_up", "wangfei@hb-unicom-net.example", rma="RMA-2024-60012", tracking=["JDVA01234567890"],
    lang="zh"),
  ("王飞", "wangfei@hb-unicom-net.example"), "回复：[RMA-2024-60012] 换货申请已受理",
  """已经用京东寄回，单号JDVA01234567890。新模块什么时候发？

王飞

------------------ 原始邮件 ------------------
发件人: "锐测售后"<service@ruice-optics.example>
主题: [RMA-2024-60012] 换货申请已受理
> 请将故障模块RC240317-K5、RC240317-K6寄回""", cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="foxmail")

M(R, "r_fu_sn_list", L("follow_up", "ops@cloudnine-dc.example", rma="RMA-2024-60020",
    serials=["RC240308-E1", "RC240308-E4", "RC240308-E9"], lang="zh"),
  ("运维中心", "ops@cloudnine-dc.example"), "Re: [RMA-2024-60020] 25G彩光模块温度告警",
  """补充告警模块序列号：
RC240308-E1
RC240308-E4
RC240308-E9
运维中心""", cs="utf-8", cte="b64")

M(R, "r_fu_en", L("follow_up", "noc@asianet-sg.example", rma="RMA-2024-60031"),
  ("NOC AsiaNet", "noc@asianet-sg.example"), "RE: [RMA-2024-60031] QSFP28 link down",
  """Received the replacements, all good. Thanks for the fast turnaround.""", style="outlook")

M(R, "r_os_contract", L("order_status", "purchase@shjt-tech.example", orders=["RC-HT2024-0502"], lang="zh"),
  ("上海交泰 采购", "purchase@shjt-tech.example"), "催货",
  """您好，合同RC-HT2024-0502说好上周五发货，到现在还没收到物流信息，请尽快回复。""",
  cs="gb18030", cte="b64", fcs="gb18030", scs="gb18030")

M(R, "r_os_deppon", L("order_status", "tech@gz-broadband.example", tracking=["DPK200123456789"], lang="zh"),
  ("广州宽带 技术部", "tech@gz-broadband.example"), "德邦物流查不到",
  """德邦单号DPK200123456789查不到信息，是不是还没发？""", cs="gbk", cte="b64", fcs="gbk", scs="gbk")

M(R, "r_os_ems", L("order_status", "netops@fibra-lusa.example", tracking=["EA123456789CN"]),
  ("NetOps Fibra Lusa", "netops@fibra-lusa.example"), "replacement shipment",
  """Hi, EMS EA123456789CN has been in Lisbon customs 8 days. Can you send the proforma invoice? Rui""")

M(R, "r_ar_zh", L("auto_reply", "zhangmin@cs-telecom.example", rma="RMA-2024-60025", lang="zh"),
  ("张敏", "zhangmin@cs-telecom.example"), "自动回复：[RMA-2024-60025] 换货通知",
  """您好，我已收到您的邮件，出差期间回复可能不及时，敬请谅解。""", cs="gbk", cte="b64", fcs="gbk", scs="gbk",
  extra=(("Auto-Submitted", "auto-replied"),))

M(R, "r_ar_ticket", L("auto_reply", "support@gulfnet.example", rma="RMA-2024-60033"),
  "GulfNet Support <support@gulfnet.example>", "Ticket received: RMA-2024-60033",
  """Thank you for contacting GulfNet. Your ticket number is GN-552190. Do not reply to this email.""",
  extra=(("Auto-Submitted", "auto-generated"),))

BOUNCE(R, "r_bounce", "lj_net@163.example", "550 User not found: lj_net@163.example",
       "[RMA-2024-60017] 维修报价", "李女士您好，AOC线缆维修报价如下。\n")

M(R, "r_un_quote", L("unrelated", lang="zh"), ("刘采购", "liu.cg@hn-isp.example"), "询价 100G光模块",
  """您好，请报QSFP28-100G-SR4 200只的价格，含税含运，另外质保几年？""", cs="gbk", cte="b64", fcs="gbk", scs="gbk")

M(R, "r_un_jd", L("unrelated", lang="zh"), "京东物流 <notice@jdl.example>", "您的包裹已签收",
  """您的包裹JDVA09876543210已签收，感谢使用京东物流。""", cs="utf-8", cte="b64")

M(R, "r_un_expo", L("unrelated", lang="zh"), ("CIOE组委会", "info@cioe-expo.example"), "中国光博会观展邀请",
  """诚邀您参观第25届中国国际光电博览会，9月11-13日，深圳国际会展中心。立即登记。""", cs="utf-8", cte="b64", fmt="html")

M(R, "r_un_supplier", L("unrelated", lang="zh"), ("陈经理", "chen@pcb-dg.example"), "PCB打样合作",
  """锐测公司您好，我司专业高频PCB打样，交期快价格低，期待合作。""", cs="gbk", cte="b64", fcs="gbk", scs="gbk")

M(R, "r_un_tax", L("unrelated", lang="zh"), "税务通知 <noreply@etax.example>", "增值税发票已开具",
  """您的增值税专用发票已开具，请登录平台查看。本邮件由系统自动发送。""", cs="utf-8", cte="b64")

M(R, "r_un_mixed_job", L("unrelated", lang="mixed"), ("Tina Zhou", "tina.zhou@gmail.example"), "Application for 海外销售 position",
  """Dear HR, 我想申请贵司海外销售 position, fluent in English and Spanish. CV attached. Thanks, Tina""",
  atts=(("pdf", "Tina_Zhou_CV.pdf"),), style="gmail")


# ============================================================ Bright Harbor (USA) ==
B = "brightharbor"
company(
    B,
    "Bright Harbor Instruments Inc.",
    "brightharbor.example",
    ["SeaTrace 7", "SeaTrace 9 Pro", "Wayfinder X2", "TrollMate 55"],
    serial_format="BHI NNNN NNNN with spaces, e.g. BHI 2207 3391",
    order_format="web store BH + six digits; dealer sales orders SO-NNNNN",
    carriers="UPS (1Z...), USPS (22 digits), FedEx (12 digits)",
)

M(B, "b_screen_fog", L("new_request", "captain.mike.r@yahoo.example", orders=["BH104417"], serials=["BHI 2207 3391"],
    models=["SeaTrace 7"], cat="optical_performance", kw=["screen fogged up"]),
  ("Mike Reynolds", "captain.mike.r@yahoo.example"), "SeaTrace 7 screen fogged up",
  """Hi guys,

My SeaTrace 7 screen fogged up on the inside after one season on the boat, I can barely read the
sonar in daylight now. Bought on your website, order BH104417. Serial on the back is BHI 2207 3391.

Can I get it fixed or swapped? It's my main unit.

Thanks
Mike Reynolds
Reel Deal Charters, Destin FL""", style="generic")

M(B, "b_no_gps", L("new_request", "jthibodeaux@bayoumail.example", serials=["bhi 2311 0458"], models=["Wayfinder X2"],
    cat="no_link", kw=["won't get a GPS fix"]),
  ("J Thibodeaux", "jthibodeaux@bayoumail.example"), "wayfinder",
  """my Wayfinder X2 won't get a GPS fix anymore, sits on searching for sats forever even out on open
water. tried the reset. serial bhi 2311 0458

sent from my phone""", style="apple")

M(B, "b_trolling", L("new_request", "dan.kowalski@lakeside-bait.example", orders=["SO-55120"],
    serials=["BHI 2401 1187", "BHI 2401 1190"], models=["TrollMate 55"], cat="no_power", kw=["won't turn on"]),
  ("Dan Kowalski", "dan.kowalski@lakeside-bait.example"), "2 TrollMate 55 returns - SO-55120",
  """Hello Bright Harbor,

Two customers returned their TrollMate 55 motors to the store this week, both won't turn on - no
lights on the head, battery tested at 12.7V. Units BHI 2401 1187 and BHI 2401 1190, from our
order SO-55120.

Please send RMA and shipping labels.

Dan Kowalski
Lakeside Bait & Tackle | 4410 Shore Rd, Duluth MN
"Where the big ones bite" """, style="outlook")

M(B, "b_html_app", L("new_request", "sarah.lindgren@comcast.example", serials=["BHI 2312 7781"], models=["SeaTrace 9 Pro"],
    cat="software", kw=["app keeps crashing"]),
  ("Sarah Lindgren", "sarah.lindgren@comcast.example"), "Harbor Link app",
  """Hello,

The Harbor Link app keeps crashing every time I try to download charts to my SeaTrace 9 Pro
(BHI 2312 7781). iPhone 14, iOS 17.5. Reinstalled twice. Help!

Sarah""", fmt="html", style="apple")

M(B, "b_missing_mount", L("new_request", "t.nguyen82@gmail.example", orders=["BH105022"], models=["SeaTrace 7"],
    cat="wrong_or_missing_item", kw=["transducer mount was missing"]),
  ("Tuan Nguyen", "t.nguyen82@gmail.example"), "Order BH105022 - missing part",
  """Hi, received my SeaTrace 7 today but the transducer mount was missing from the box. Can you
ship one out? Order BH105022. Thanks, Tuan""", style="gmail")

M(B, "b_cracked_es", L("new_request", "pescadeportiva.rmz@hotmail.example", serials=["BHI 2305 2210"],
    models=["Wayfinder X2"], cat="physical_damage", kw=["pantalla rota"]),
  ("Raúl Ramírez", "pescadeportiva.rmz@hotmail.example"), "Wayfinder X2 con pantalla rota",
  """Hola, mi Wayfinder X2 (serie BHI 2305 2210) se cayó en la lancha y tiene la pantalla rota, la
imagen sale con rayas. ¿Cuánto cuesta la reparación? Estoy en Puerto Rico.

Saludos,
Raúl""")

M(B, "b_webform", L("new_request", "gwen.harper@icloud.example", orders=["BH103998"], serials=["BHI 2209 0043"],
    models=["SeaTrace 9 Pro"], cat="intermittent", kw=["reboots when I hit a wave"]),
  "Bright Harbor Support <noreply@brightharbor.example>", "New warranty claim #W-88213",
  """A new warranty claim was submitted.

Name: Gwen Harper
Email: gwen.harper@icloud.example
Phone: (207) 555-0148
Product: SeaTrace 9 Pro
Serial: BHI 2209 0043
Order #: BH103998
Describe the problem: unit reboots when I hit a wave or a wake, like the power connector is loose.
Happens maybe 5x a trip. Checked wiring with my mechanic.
Photos: 0""", fmt="alt")

M(B, "b_long_sig_fr", L("new_request", "atelier@marine-quebec.example", orders=["SO-55488"], models=["SeaTrace 7"],
    cat="other", kw=["profondeur erronée"]),
  ("Atelier Marine Québec", "atelier@marine-quebec.example"), "Garantie SeaTrace 7",
  """Bonjour,

Un client nous rapporte une profondeur erronée sur son SeaTrace 7 (affiche 2 pi quand il y en a 30),
acheté chez nous sur votre bon SO-55488. Le numéro de série n'est pas lisible, l'étiquette a brûlé
au soleil.

Merci,
Guy Tremblay
Atelier Marine Québec inc. — 1220 boul. Champlain, Québec
AVIS DE CONFIDENTIALITÉ : ce courriel est destiné exclusivement au destinataire.""", style="outlook")

M(B, "b_mixed_cn", L("new_request", "tony.huang@sfbay-anglers.example", serials=["BHI 2402 5560"],
    models=["TrollMate 55"], cat="intermittent", kw=["时转时停"], lang="mixed"),
  ("Tony Huang", "tony.huang@sfbay-anglers.example"), "TrollMate 55 问题",
  """Hi,

我的 TrollMate 55 电机时转时停, especially at speed 4-5. 电池满电. Serial BHI 2402 5560.
Is this covered by warranty? 谢谢!

Tony""")

M(B, "b_old_thread", L("new_request", "bob.mcgee@aol.example", models=["Wayfinder X2"], cat="no_power",
    kw=["battery dies"]),
  ("Bob McGee", "bob.mcgee@aol.example"), "Re: Your Bright Harbor order has shipped!",
  """this is the Wayfinder X2 from this order. the battery dies after 20 minutes now, used to last all day.
what do i do
Bob

On Mar 3, 2023, Bright Harbor <orders@brightharbor.example> wrote:
> Good news! Your order has shipped via UPS.""")

M(B, "b_fwd_gmail", L("forwarded", "lisa.ortega@bluewater-guides.example", fwd="kyle.b@brightharbor.example",
    orders=["SO-55301"], serials=["BHI 2310 4402"], models=["SeaTrace 9 Pro"], cat="no_link",
    kw=["doesn't see the transducer"]),
  ("Kyle Brennan", "kyle.b@brightharbor.example"), "Fwd: SeaTrace problem",
  """Support - can you take this one, good dealer. -Kyle

---------- Forwarded message ---------
From: Lisa Ortega <lisa.ortega@bluewater-guides.example>
Date: Thu, Jun 13, 2024 at 7:41 AM
Subject: SeaTrace problem
To: Kyle Brennan <kyle.b@brightharbor.example>

Kyle, the SeaTrace 9 Pro on SO-55301 (BHI 2310 4402) doesn't see the transducer anymore, says
"no transducer connected". Swapped the transducer with another boat, same thing.
Lisa""", style="gmail")

M(B, "b_fwd_outlook_de", L("forwarded", "h.petersen@segelshop-kiel.example", fwd="kyle.b@brightharbor.example",
    serials=["BHI 2308 1020"], models=["SeaTrace 7"], cat="physical_damage", kw=["Gehäuse gerissen"]),
  ("Kyle Brennan", "kyle.b@brightharbor.example"), "FW: Reklamation SeaTrace 7",
  """German dealer, translation: housing cracked. Please handle.

From: Hauke Petersen <h.petersen@segelshop-kiel.example>
Sent: Wednesday, June 12, 2024 3:02 AM
To: Kyle Brennan <kyle.b@brightharbor.example>
Subject: Reklamation SeaTrace 7

Hallo Kyle, beim SeaTrace 7 (BHI 2308 1020) ist das Gehäuse gerissen, Wasser ist eingedrungen.
Gruß Hauke""", style="outlook")

M(B, "b_fwd_fwd_noaddr", L("forwarded", None, fwd="support.lead@brightharbor.example", models=["TrollMate 55"],
    cat="other", kw=["prop spins loose"]),
  ("Support Lead", "support.lead@brightharbor.example"), "Fwd: Fwd: call from boat show",
  """---------- Forwarded message ---------
From: Kyle Brennan <kyle.b@brightharbor.example>
Subject: Fwd: call from boat show

---------- Forwarded message ---------
From: Booth Staff
Subject: call from boat show

Guy named Earl stopped by the booth, TrollMate 55 prop spins loose on the shaft. No email, will call
back.""", style="gmail")

M(B, "b_fu_ups", L("follow_up", "dan.kowalski@lakeside-bait.example", rma="RMA-2024-70112",
    tracking=["1Z999AA10123456784"]),
  ("Dan Kowalski", "dan.kowalski@lakeside-bait.example"), "RE: [RMA-2024-70112] Return authorization",
  """Both motors went out UPS today, 1Z999AA10123456784.

Dan

-----Original Message-----
From: Bright Harbor Support
> Your RMA number is RMA-2024-70112. Ship the TrollMate 55 units BHI 2401 1187, BHI 2401 1190.""",
  style="outlook")

M(B, "b_fu_angry", L("follow_up", "captain.mike.r@yahoo.example", rma="RMA-2024-70098"),
  ("Mike Reynolds", "captain.mike.r@yahoo.example"), "Re: RMA-2024-70098",
  """It's been 4 weeks. Charter season is in full swing and I'm running without a fish finder.
Where is my unit??""")

M(B, "b_fu_interleaved", L("follow_up", "sarah.lindgren@comcast.example", rma="RMA-2024-70120"),
  ("Sarah Lindgren", "sarah.lindgren@comcast.example"), "Re: [RMA-2024-70120] Harbor Link app",
  """> Which app version do you have?
2.8.1

> Does it crash on Wi-Fi as well as cellular?
yes both

Sarah""", style="apple")

M(B, "b_os_web", L("order_status", "t.nguyen82@gmail.example", orders=["BH105390"]),
  ("Tuan Nguyen", "t.nguyen82@gmail.example"), "order status",
  """Hey, order BH105390 still says processing after 9 days. When will it ship?""", style="gmail")

M(B, "b_os_usps", L("order_status", "bob.mcgee@aol.example", tracking=["9400111899223817454120"]),
  ("Bob McGee", "bob.mcgee@aol.example"), "where is my replacement",
  """usps 9400111899223817454120 says delivered but nothing here. please check""")

M(B, "b_os_dealer", L("order_status", "orders@gulfcoast-marine.example", orders=["GCM-2291", "SO-55610"],
    models=["SeaTrace 9 Pro"]),
  ("Gulf Coast Marine Orders", "orders@gulfcoast-marine.example"), "PO GCM-2291 / SeaTrace 9 Pro backorder",
  """Hi team, what's the ETA on the 6 SeaTrace 9 Pro backordered on our PO GCM-2291 (your SO-55610)?
Memorial Day sale coming up. Thanks, Rhonda""", style="outlook")

M(B, "b_ar_ooo", L("auto_reply", "atelier@marine-quebec.example", rma="RMA-2024-70105"),
  ("Atelier Marine Québec", "atelier@marine-quebec.example"), "Réponse automatique : [RMA-2024-70105] Garantie",
  """Nous sommes fermés pour les vacances de la construction jusqu'au 5 août. / Closed until August 5.""",
  style="outlook", extra=(("Auto-Submitted", "auto-replied"),))

M(B, "b_ar_zendesk", L("auto_reply", "help@bluewater-guides.example", rma="RMA-2024-70117"),
  "Bluewater Guides Help <help@bluewater-guides.example>", "[Bluewater Guides] Re: RMA-2024-70117",
  """##- Please type your reply above this line -##
Your request (4471) has been received and is being reviewed by our support staff.""",
  extra=(("Auto-Submitted", "auto-generated"),), fmt="alt")

BOUNCE(B, "b_bounce", "jthibodeaux@bayoumail.example", "550 5.1.1 mailbox unavailable",
       "[RMA-2024-70109] Warranty claim received", "Hi,\n\nWe received your warranty claim.\n")

M(B, "b_un_presale", L("unrelated"), ("Chris Dalton", "chris.dalton@gmail.example"), "SeaTrace 7 vs 9 Pro",
  """Which one would you recommend for a 17ft bass boat? Does the 9 Pro come with side imaging? Warranty
same on both?""", style="gmail")

M(B, "b_un_ups", L("unrelated"), "UPS Quantum View <pkginfo@ups.example>", "UPS Update: Package Scheduled for Delivery Today",
  """Tracking Number: 1Z999AA10123499911
Ship To: BRIGHT HARBOR INSTRUMENTS
Scheduled Delivery: Today""", fmt="html")

M(B, "b_un_influencer", L("unrelated"), ("Jake | BassLife TV", "jake@basslife-tv.example"), "Collab? 250k subscribers",
  """Hey Bright Harbor! Love your gear. We'd like to feature the SeaTrace 9 Pro in our next video.
Would you send a review unit? Rates attached.""", atts=(("pdf", "media_kit.pdf"),))

M(B, "b_un_invoice", L("unrelated"), "QuickBooks <quickbooks@notification.example>", "Invoice 4471 from Coastal Plastics",
  """Coastal Plastics sent you invoice 4471 for $8,240.00. Due date: 07/15/2024. Review and pay.""", fmt="alt")

M(B, "b_un_survey", L("unrelated"), "Boating Industry Survey <survey@boatingdata.example>", "2024 Marine Electronics Dealer Survey",
  """Take our 5-minute survey and get the 2024 market report free.""", fmt="html")


# ===================================================== more mails, in several companies ==


@C.fixture(K)
def k_inline_photo() -> tuple[Message, dict[str, Any]]:
    body = (
        "<div>Hello,</div><div><br></div><div>The left eyecup on my Vantage 8x32 came off and won't "
        "click back on, the thread looks chewed (see photo). Is there a spare part I can buy or do they "
        "need to go back?</div><div><br></div>"
        '<div><img src="cid:ii_lx1" alt="eyecup.jpg" width="480"></div><div><br></div>'
        "<div>Kind regards,<br>Margaret Ellison<br>Keswick</div>"
    )
    h = text(html_doc(body), "utf-8", "qp", sub="html")
    img = attachment("image/jpeg", "eyecup.jpg", jpeg("eyecup"), inline=True, cid="ii_lx1")
    top = multipart("related", [h, img], bnd("gmail", "rel"), params=' type="text/html";')
    msg = mail(
        when(K, "k_inline_photo"),
        addr("Margaret Ellison", "m.ellison@btinternet.example"),
        KS,
        "eyecup",
        top,
        style="gmail",
    )
    return msg, L("new_request", "m.ellison@btinternet.example", models=["Vantage 8x32"], cat="physical_damage",
                  kw=["eyecup"])


M(H, "h_fu_interleaved_zh", L("follow_up", "liuqiang@baosteel-maint.example", rma="RMA-2024-20150", lang="zh"),
  ("刘强", "liuqiang@baosteel-maint.example"), "Re: [RMA-2024-20150] 维修受理通知",
  """> 请问设备重启时环境温度大约多少度？
大概45到50度，夏天车间里。

> 是否使用了原装电池？
是原装的。

> 请将两台设备连同充电器一起寄回。
好的，明天寄。

刘强""", cs="gbk", cte="b64", fcs="gbk", scs="gbk")

M(H, "h_hk_big5_8bit", L("new_request", "wongkm@hk-building-svc.example", serials=["HGT2405001188"], models=["TC-160"],
    cat="physical_damage", kw=["鏡頭有刮痕"], lang="zh"),
  ("黃家明", "wongkm@hk-building-svc.example"), "TC-160 鏡頭有刮痕",
  """你好，
新買的TC-160鏡頭有刮痕，開箱就有，影像中間有一條線。機身號碼HGT2405001188。
請問可否換新機？
黃家明
香港屋宇維修服務""", cs="big5", cte="8bit", fcs="big5", scs="big5")

M(R, "r_subject_only", L("new_request", "xiaoma_net@126.example", models=["SFP-10G-LR"], cat="no_link",
    kw=["不通"], lang="zh"),
  ("马晓", "xiaoma_net@126.example"), "SFP-10G-LR 两只不通 照片见附件",
  """见附件""", cs="gbk", cte="b64", fcs="gbk", scs="gbk", style="netease",
  atts=(("jpg", "IMG_20240618_101122.jpg"), ("jpg", "IMG_20240618_101130.jpg")))

M(R, "r_un_bank", L("unrelated", lang="zh"), "企业网银 <noreply@ebank.example>", "到账通知",
  """您的账户于今日收到汇款人：湖北某通信网络公司，金额：48,600.00元，附言：RC-HT2024-0331货款。""",
  cs="utf-8", cte="b64")

M(J, "j_un_dealer", L("unrelated", lang="zh"), ("馬來西亞 光纖工程 吳先生", "ng.cs@my-fibre.example"), "代理合作洽詢",
  """您好，我們是馬來西亞的光纖施工公司，想成為貴司 OTDR 及熔接機在當地的代理商，
請問代理條件與保固支援方式？謝謝。""", cs="utf-8", cte="qp")

M(N, "n_un_policy", L("unrelated"), ("Greta Olsen", "greta.olsen@dk-edu.example"), "Warranty when bought via reseller?",
  """Hi, our school buys through a reseller in Odense. If a DMM 61 fails, do we go to them or to you,
and how long is the warranty? Just asking before we order 30 pcs.
Greta""")

M(V, "v_phone_plate", L("new_request", "elettricista.fabbri@gmail.example", models=["NetBridge 8G"], cat="no_link",
    kw=["non si collega"]),
  ("Stefano Fabbri", "elettricista.fabbri@gmail.example"), "NetBridge",
  """Buonasera, il NetBridge 8G del mio cliente non si collega più al router, tutte le lucine
verdi fisse ma niente internet sui pc. Ho fatto foto della targhetta, la mando in allegato
perché il numero non si legge bene.
Stefano

Inviato da Android""", atts=(("jpg", "targhetta.jpg"),), style="gmail")

M(V, "v_ar_read_de", L("auto_reply", "einkauf@netzwerk-bauer.example", rma="RMA-2024-40133"),
  ("Einkauf Netzwerktechnik Bauer", "einkauf@netzwerk-bauer.example"), "Gelesen: [RMA-2024-40133] Austausch",
  """Ihre Nachricht

   An: einkauf@netzwerk-bauer.example
   Betreff: [RMA-2024-40133] Austausch

wurde am 14.06.2024 10:02 gelesen.""", style="outlook")

M(B, "b_fwd_apple", L("forwarded", "walt.jensen@me.example", fwd="kyle.b@brightharbor.example",
    serials=["BHI 2306 8812"], models=["SeaTrace 7"], cat="no_power", kw=["dead"]),
  ("Kyle Brennan", "kyle.b@brightharbor.example"), "Fwd: dead unit",
  """Sent from my iPhone

Begin forwarded message:

> From: Walt Jensen <walt.jensen@me.example>
> Date: June 14, 2024 at 6:12:40 PM CDT
> To: Kyle Brennan <kyle.b@brightharbor.example>
> Subject: dead unit
>
> Kyle - my SeaTrace 7 is dead, totally black, fuse is fine. BHI 2306 8812.
> Walt""", style="apple")

M(S, "s_os_zh", L("order_status", "huang.li@gz-instruments.example", orders=["J-240620-008"], lang="zh"),
  ("黄丽", "huang.li@gz-instruments.example"), "订单J-240620-008发货时间",
  """您好，请问订单J-240620-008什么时候从日本发货？客户催得很紧，谢谢！
广州仪器代理 黄丽""", cs="gb2312", cte="b64", fcs="gb2312", scs="gb2312")

M(K, "k_un_event_de", L("unrelated"), ("Messe Dortmund", "info@jagd-hund-messe.example"), "Einladung: JAGD & HUND 2025 - Ausstellerunterlagen",
  """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Ausstellerunterlagen für die JAGD & HUND 2025. Frühbucherrabatt bis 31.07.

Mit freundlichen Grüßen
Ihr Messeteam""", atts=(("pdf", "Ausstellerunterlagen.pdf"),), fmt="alt")


if __name__ == "__main__":
    sys.exit(C.main(__doc__ or ""))

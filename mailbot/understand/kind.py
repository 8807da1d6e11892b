"""What sort of mail this is (kind), who the customer is, and the language it is written in."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from mailbot.understand.hanzi import fold
from mailbot.understand.nlp import Analysis
from mailbot.understand.segments import Reading
from mailbot.values import InboundMail, Kind, Language

ANSWERED = ("new_request", "forwarded", "follow_up", "order_status")
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
MIXED_SHARE = 0.15
_HEADING_ENDS = {":", "：", "]", "】", ")", "-", "–", "\n"}
_BOUNCE_REASONS = (
    "return-path",
    "mail system",
    "multipart/report",
)  # words of mailbot.mail.guard's reasons  # the smaller language must carry this share of the words for "mixed"


@dataclass(frozen=True)
class Evidence:
    """Everything the kind decision looks at, gathered by the understander."""

    guard: str | None  # a mailbot.mail.guard reason that stops a ticket (bounce, auto-submitted, ours)
    subject: Analysis
    current: Analysis
    body: Analysis  # current text plus the forwarded complaint
    whole: Analysis  # the full body incl. signature and footers
    has_defect: bool
    generic_defect: bool
    has_ids: bool  # an order or serial number
    has_order: bool
    rma: str | None
    quiet: str | None = None  # a guard reason that only forbids an answer (list, bulk, no-reply, suppress)
    # Whether the sender's own current text (not the subject, a quote or a forward) tells a fault; asked
    # lazily, only where an old complaint repeated in the subject must not outweigh what is asked now.
    own_defect: Callable[[], bool] | None = None
    # Our website's form relayed a person (mailbot.understand.forms); ``form_problem``: the form's problem
    # field ("Problem: ...", "Fehlerbeschreibung: ...") holds the person's words.
    form: bool = False
    form_problem: bool = False
    photos: bool = False  # a photo or video attached (not a signature's logo)
    has_serial: bool | None = None  # a serial number of a unit (None: only known as an order or serial)
    category: str | None = None  # the defect category read ("other": only a symptom or a vague fault word)
    # Whether a person's mail names a unit of ours and tells of it by signs of any language (an error code, a
    # reading, a photo; mailbot.understand.evidence), asked with the cue lists last, for a mail no rule placed.
    about_unit: Callable[[Callable[[Analysis, str], bool]], bool] | None = None

    def fault_now(self) -> bool:
        return self.has_defect and (self.own_defect is None or self.own_defect())


def compile_cues(patterns: Mapping[str, list[str]]) -> dict[str, tuple[re.Pattern[str], ...]]:
    """The cue lists' regexes, folded like the text they search: a pattern may be written in traditional
    or simplified characters (or Japanese kanji) and still match both, as the phrase lists do."""
    return {k: tuple(re.compile(fold(rx), re.IGNORECASE | re.ASCII) for rx in v) for k, v in patterns.items()}


def decide_kind(
    mail: InboundMail,
    reading: Reading,
    ev: Evidence,
    staff_sender: bool,
    asks_model: Callable[[], bool] | None = None,
    cues: Mapping[str, tuple[re.Pattern[str], ...]] | None = None,
) -> Kind:
    """The first rule that fits, from the surest (headers) to the weakest (a few cue words).

    ``cues`` are the cue lists' regexes (kinds.yml ``patterns``), searched only when the decision comes to
    their list. ``asks_model`` is asked last, only for a mail that names an order or serial number and
    that no rule placed: a customer who writes about a unit in words no cue list holds."""
    patterns = cues or {}
    folded: dict[int, str] = {}  # each text folded once, however many lists are searched in it

    def has(a: Analysis, key: str) -> bool:
        if a.phrases.get(f"KIND:{key}"):
            return True
        found = patterns.get(key, ())
        if not found:
            return False
        text = folded.get(id(a))
        if text is None:
            text = folded[id(a)] = fold(a.text)
        return any(p.search(text) for p in found)

    guard = (ev.guard or "").lower()
    bounce_subject = has(ev.subject, "bounce_subjects")
    quiet = (ev.quiet or "").lower()
    if any(k in guard for k in _BOUNCE_REASONS) or (bounce_subject and (guard or quiet or mail.sender is None)):
        return "bounce"
    if bounce_subject and not reading.forwarded and has(ev.whole, "receipt_phrases"):
        # A mail client's report written as plain text ("Unzustellbar: ..." over "could not be delivered to
        # one or more recipients"): it echoes our mail, faults and numbers included.
        return "bounce"
    if any(k in guard for k in ("auto-submitted", "x-autoreply", "x-autorespond", "suppress", "auto_reply")):
        if "auto-generated" in guard and not _answers_us(reading, ev, has):
            return "unrelated"  # a carrier's notice, an invoice, a portal's statement: written on its own
        return "auto_reply"
    if has(ev.subject, "receipt_phrases") and has(ev.whole, "receipt_phrases"):
        return "auto_reply"  # "Read: Faulty SFP ..." / "Your message ... was read on ...": it echoes our subject
    ooo_subject = has(ev.subject, "auto_reply_subjects")
    if ooo_subject and (_opens(ev.subject, "auto_reply_subjects") or not _complaint(ev)):
        return "auto_reply"  # "Out of office: ..." opens the subject; "absence of light on port 2" is a fault
    if has(ev.current, "auto_reply_phrases") and (
        (not ev.has_defect and not ev.has_ids) or (not ev.fault_now() and (ooo_subject or _only_away(ev, has)))
    ):
        # "I am out of the office until ...": the order number or the fault is the subject it answers
        # ("Re: PO 4500012345 - Automatic reply", "Out of office Re: SFP no link"), not its own words
        return "auto_reply"
    if quiet and not (ev.has_defect or ev.has_ids or ev.rma or has(ev.current, "request_phrases")):
        # List, bulk and "no automatic answer" headers: a newsletter or notice, unless it reads as
        # a complaint, which is then recorded (without an answer) rather than dropped.
        # "No automatic answer, please" marks an absence notice, but a supplier's mailing too: only one
        # that answers ours is an automatic reply.
        return "auto_reply" if "suppress" in quiet and _answers_us(reading, ev, has) else "unrelated"
    # A job application ("Solicitud de empleo" over "les envío mi CV para la vacante de técnico de reparación")
    # may say what it is in its subject alone; a subject that shares a word ("Gift card order") over a fault
    # told now is a complaint.
    strong = has(ev.whole, "unrelated_strong") or (has(ev.subject, "unrelated_strong") and not ev.fault_now())
    if strong and not _footer_only(ev, has) and not _answers_newsletter(reading, ev, has):
        return "unrelated"
    if has(ev.current, "notice_phrases") and not ev.fault_now():
        return "unrelated"  # a carrier's, survey's, e-signature or calendar notice: it asks us nothing
    if not staff_sender and _machine_notice(ev, has):
        if not (_answers_us(reading, ev, has) or ev.has_defect):
            # "this is an automated message" under a statement or a notice of its own; a tracker's notice
            # that tells a fault is about a case we write about
            return "unrelated"
        return "auto_reply"  # a customer's ticketing system acknowledging our mail: recorded, never answered
    if ev.rma and in_thread(mail, reading):
        # A reply in the case's own thread is part of the case, whatever it says: news of the unit, a parcel
        # sent, or a question where the repair or the replacement stands. The rep reads it in the case.
        return "follow_up"
    if ev.rma:
        # A new mail that names the case: a question where it stands is an order-status question
        status_now = (
            has(ev.current, "order_status_phrases")
            or has(ev.subject, "order_status_phrases")
            or _asks_about_order(ev.current, ev.subject, has)
        )
        if status_now and not ev.fault_now():
            # "when will the replacement for RMA-… ship?": a question about the shipment, even under a
            # subject (or a quote) that still names the fault the RMA was opened for
            return "order_status"
        if status_now and _names_the_unit_by_its_fault(ev, has):
            return "order_status"  # "the one that does not power on: has it been repaired yet?"
        return "follow_up"
    if staff_sender and reading.forwarded and reading.original_sender is not None:
        if _forwarded_no_request(ev, has):
            return "unrelated"  # a colleague passes on a payment advice or a quotation request: nobody to answer
        return "forwarded"
    if staff_sender and not reading.forwarded and _relayed(ev, has):
        return "forwarded"  # a colleague writes down what a customer said on the phone or in a chat
    if staff_sender and not reading.forwarded and not ev.has_ids and not ev.has_defect:
        # A colleague's own notice to colleagues (a meeting, a stocktaking, "the service desk please send the
        # list of units in repair"): no customer's words handed on, no unit named, no fault told. Its repair
        # and service words are the team's work, not a case to open.
        return "unrelated"
    if not staff_sender and has(ev.current, "resolved_phrases") and not ev.fault_now():
        if not _asks_something(ev.current, has):
            return "unrelated"  # "thank you, it works perfectly again": a thank-you opens no case
    elsewhere = _not_about_a_unit(ev, has)
    if (
        ev.has_defect
        and not _sales_question(ev, has)
        and not elsewhere
        and not _chases_shipment(ev, has)
        and not _business_paper(ev, has)
    ):
        return "new_request"
    status = (
        has(ev.body, "order_status_phrases")
        or has(ev.subject, "order_status_phrases")
        or _asks_about_order(ev.body, ev.subject, has)
    )
    business = any(_business(a, has) for a in (ev.body, ev.subject))
    if _shipment_held(ev, has):
        # "EMS … has been in customs for 8 days, can you send the proforma?": the invoice is for the parcel
        return "order_status"
    if _asks_after_order(ev, has):
        return "order_status"  # "UPS for our SO-119300 shows an exception, please fix": where the order is
    if has(ev.body, "business_documents") or has(ev.subject, "business_documents"):
        return "unrelated"  # a payment advice or an ERP's purchase order: numbers, but no request
    if status and (ev.has_order or not business) and not (elsewhere and not _asks_something(ev.body, has)):
        # a partner's notice of its own delay ("due to a breakdown of our truck ...") asks nothing
        return "order_status"  # chasing an order names it; a "lead time?" with prices is a sales inquiry
    # "Issue with the invoice for PO …": beside business words, "issue" or "problem" is not about a unit;
    # and a problem told without a unit's number is a request only when it asks for something.
    asks = has(ev.body, "request_phrases") or has(ev.subject, "request_phrases")
    if ev.generic_defect and not business and (ev.has_ids or _asks_something(ev.body, has)):
        asks = True
    if asks and not (business and not ev.has_ids) and not elsewhere:
        return "new_request"
    if ev.form and not business and (ev.has_ids or ev.form_problem):
        return "new_request"  # a support form filled in with a unit's number or a problem: a request
    if ev.photos and not staff_sender and not business and _shows_attachment(ev, has):
        return "new_request"  # "see attached": the photo of the unit is the request
    if not staff_sender and not business and _files_tell_request(mail, ev, has, patterns):
        return "new_request"  # "details in the attached file": Reklamation_TX-40.pdf holds the request
    if not staff_sender and not business and not elsewhere and _names_own_serial(reading, ev, has):
        # "Serienummer TL22111903 ... een waas op de lens", 시리얼 번호 ...: a person who names the serial of
        # a unit writes about that unit, in whatever language its fault is told
        return "new_request"
    if ev.has_ids and not business and asks_model is not None and _a_person_wrote(ev, has) and asks_model():
        return "new_request"
    if not staff_sender and not business and not elsewhere and not ev.quiet and ev.about_unit and ev.about_unit(has):
        return "new_request"  # a fault told in words no list holds, of a unit named by its model, serial or order
    return "unrelated"


def in_thread(mail: InboundMail, reading: Reading) -> bool:
    """Whether the mail answers one in its thread: a reply's prefix on the subject ("Re:", "AW:", "回复:", "RES:"),
    or a reply's In-Reply-To header where a mail client drops the prefix."""
    return reading.subject_reply or bool((mail.header("in-reply-to") or "").strip())


_REFERENCE_FILLERS = {":", "#", "：", ".", "no", "no.", "nr", "nr.", "number", "nº", "n°", "号", "号码", "編號", "编号"}
_REFERENCE_ENDS = {".", ",", ";", "。", "，", "；", "、", ")", "）"}


def _business(a: Analysis, has: Callable[[Analysis, str], bool]) -> bool:
    """Whether the text is about business (a quotation, prices, an invoice to pay, a purchase not made yet).
    A business word that labels a number at the end of a sentence ("... has the replacement shipped? Invoice
    SO2024-08115.", "Serial MA2406KX031, invoice SO2024-07731.") is the reference a customer adds for their
    purchase, as an order number is: it tells what was bought, not that the mail is about the invoice. The
    number said as part of a sentence ("whether our invoice 2231 was paid") is the mail's topic."""
    if has(a, "sales_questions"):
        return True
    spans = a.phrases.get("KIND:unrelated_weak")
    if not spans:
        return has(a, "unrelated_weak")  # the list's patterns, if any
    return any(not _reference(a, end) for _, end in spans)


def _reference(a: Analysis, end: int) -> bool:
    """Whether the words right after a phrase ending at ``end`` are a number it labels, closing a sentence
    or a list ("Invoice: 4711.", "invoice no. SO-2024-118, serial ..."): the next word, past a colon or
    "no.", holds a digit, and what follows it is the end of the text, a line break or a full stop or comma."""
    words = a.words
    at = end
    while at < len(words) and at < end + 3 and words[at].lower() in _REFERENCE_FILLERS:
        at += 1
    if at >= len(words) or not any(c.isdigit() for c in words[at]):
        return False
    after = words[at + 1] if at + 1 < len(words) else "\n"
    return after in _REFERENCE_ENDS or after.isspace()


def _chases_shipment(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A person asking where their order or unit is ("has our order ... shipped yet?", "did the units come
    back from calibration? we have not received them") whose only fault is a vague word the defect lists
    read as "other" (a calibration, a unit "back"): the question is the mail, nothing is asked to be
    repaired, returned or replaced, and no fault of a named kind is told. An order that never came ("Where
    is our order?" over "nothing arrived yet") reads as a missing item to the defect lists: under a subject
    that asks where the order is, naming the order and no unit's serial, it is the same question."""
    if ev.rma:
        return False
    if ev.category == "wrong_or_missing_item" and ev.has_order and not ev.has_serial:
        return has(ev.subject, "order_status_phrases")
    if ev.category != "other" or not has(ev.current, "order_status_phrases"):
        return False
    return not any(has(a, "request_phrases") for a in (ev.current, ev.subject))


def _business_paper(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A purchase order, a payment advice or an order confirmation whose only fault word is a vague one the
    defect lists read as "other" (a line "Calibration service", "repair kit"): an ERP's or a buyer's paper,
    not a person telling what is wrong with a unit. A fault of a named kind ("arrived broken") still counts."""
    if ev.category not in (None, "other") or ev.rma:
        return False
    return any(has(a, "business_documents") for a in (ev.body, ev.subject))


def _asks_after_order(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A person's question about an order of theirs on its way: the order's number named, a parcel, its carrier,
    its tracking or its delivery named beside it (kinds.yml ``shipment_words``), and a question or a request
    word in the sender's own text. No fault told, no case and no unit's serial named (a serial is read off a
    unit at hand: "serial ..., delivered on order ...; can we send it in?" asks for a repair); a machine's, an
    ERP's or a carrier's own wording anywhere in the mail makes it theirs ("your order 4711 has shipped")."""
    if not ev.has_order or ev.has_serial or ev.rma or ev.fault_now():
        return False
    if not any(has(a, "shipment_words") for a in (ev.current, ev.subject)):
        return False
    if any(has(ev.whole, key) for key in (*_MACHINE_WORDING, "notice_phrases", "unrelated_strong")):
        return False
    return _asks_something(ev.current, has)


def _forwarded_no_request(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """Whether a colleague's forward passes on a mail that asks for no service on a unit: a payment advice
    or an ERP's order (no fault told), a question before buying, a question about our terms or a service.
    Its author is no customer with a case, and an answer to them would speak of a ticket."""
    if ev.rma:
        return False
    if not ev.has_defect and any(has(a, "business_documents") for a in (ev.body, ev.subject)):
        return True
    return _sales_question(ev, has) or _not_about_a_unit(ev, has)


def _names_the_unit_by_its_fault(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A question where an open case stands that names the unit by the fault it was sent in for ("when do we
    get back the TX-40 that has no power?", 那台不开机的设备修好了吗？): the question is asked in the
    sender's own text and nothing tells the fault again or anew ("still dead after the repair", "the
    replacement fails as well", 又坏了), which would be news for the case, a follow-up."""
    text = ev.current
    if not any(q in text.text for q in "?？"):
        return False
    if not (has(text, "order_status_phrases") or _asks_about_order(text, ev.subject, has)):
        return False
    return not has(text, "fault_again")


def _sales_question(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A question before buying: its words ("datasheet", "planning to buy", 规格书, 想了解一下), none
    of the sender's units named (no order, serial or RMA number) and no return, repair or replacement
    asked for. What it names as a topic ("a firmware upgrade", 机房要升级) reads like a fault to the
    defect lists, but it tells none of a unit of theirs."""
    if ev.has_ids or ev.rma:
        return False
    if not (has(ev.body, "sales_questions") or has(ev.subject, "sales_questions")):
        return False
    return not (has(ev.body, "request_phrases") or has(ev.subject, "request_phrases"))


def _not_about_a_unit(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A mail about something other than a unit of the sender's: a service of ours ("your hotline does not
    work", a broken download link), our terms or a product's features asked in general (保修期多久？, "does
    the SFP support DDM?"), a partner's own trouble (a truck, an outage), an event, a journalist, a tender.
    Its fault words ("does not work", "broken", "faulty modules") tell no fault of a unit, so it is never
    answered as a request. A unit of theirs named (an order, serial or RMA number, "our modules", "the PSU
    I bought", 我的模块), a photo or our website's form (its subject names the site) keeps a real complaint
    a request."""
    if ev.has_ids or ev.rma or ev.photos or ev.form:
        return False
    if not (has(ev.body, "not_a_unit") or has(ev.subject, "not_a_unit")):
        return False
    return not (has(ev.body, "own_unit") or has(ev.subject, "own_unit"))


def _answers_us(reading: Reading, ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """Whether a mail marked "Auto-Submitted: auto-generated" answers one of ours (an ERP's or ticket
    system's acknowledgement, an absence notice, a read receipt) rather than being a machine's own
    notice. RFC 3834 keeps "auto-replied" for answers, but many systems mark their acknowledgements
    "auto-generated" too: an answer replies to our subject, names our RMA or says what it is."""
    if reading.subject_reply or ev.rma:
        return True
    said = ("machine_notice_phrases", "auto_reply_phrases", "receipt_phrases")
    # "Acknowledgement: your email has been received" over "this is an automatic acknowledgement": the
    # subject says which mail it acknowledges when the text below only says it is a machine
    subject = ("auto_reply_subjects", "machine_notice_phrases")
    return any(has(ev.subject, key) for key in subject) or any(has(ev.current, key) for key in said)


_POINTER_WORDS = 8


def _shows_attachment(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A mail that only points at its photo: a few words or none, and they or the subject say "see
    attached" or "photos" ("见附件", "siehe Anhang", "as per the file name", "FW: pics"). A customer on a
    phone sends the picture of the broken unit and lets it speak; a longer text is read for what it says."""
    if len(ev.current.words) > _POINTER_WORDS:
        return False
    return has(ev.current, "attachment_pointers") or has(ev.subject, "attachment_pointers")


_FILE_POINTER_WORDS = 25


def _files_tell_request(
    mail: InboundMail,
    ev: Evidence,
    has: Callable[[Analysis, str], bool],
    patterns: Mapping[str, tuple[re.Pattern[str], ...]],
) -> bool:
    """A mail whose request is in an attached file named as one ("Reklamation_TX-40.pdf", "RMA_request.docx",
    不具合報告.xlsx): its own text only points at the file ("see attached", "anbei") or says little. A
    longer text that names no request is read for what it says, whatever its files are called."""
    found = patterns.get("request_files", ())
    if not found or not mail.attachments:
        return False
    if len(ev.current.words) > _FILE_POINTER_WORDS and not has(ev.current, "attachment_pointers"):
        return False
    names = (fold(a.filename) for a in mail.attachments if a.filename and not a.inline)
    return any(p.search(name) for name in names for p in found)


def _relayed(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A colleague's own note of a customer's complaint heard on the phone or read in a chat: the note
    names the customer or the call ("客户微信发来的", "had a call from", "client à Nantes") and tells a fault
    or asks for a repair. The customer is the ticket's, not the colleague; their address is seldom known."""
    if not has(ev.current, "relay_phrases"):
        return False
    return ev.has_defect or has(ev.current, "request_phrases")


def _asks_about_order(text: Analysis, subject: Analysis, has: Callable[[Analysis, str], bool]) -> bool:
    """An order's confirmation, delivery date or lead time named in a text that asks something: a
    supplier's or an ERP's notice names them too, but asks nothing."""
    if not (has(text, "order_status_topics") or has(subject, "order_status_topics")):
        return False
    return _asks_something(text, has)


# Greek closes a question with ";" (or its own U+037E) and a clause with "·": in a Greek text, ";" asks
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_QUESTION = re.compile("[;\u037e](?=\\s|$)")


def _asks_something(text: Analysis, has: Callable[[Analysis, str], bool]) -> bool:
    """A question mark or a request word ("please", "could you", 请问)."""
    if any(q in text.text for q in "?？") or has(text, "question_cues"):
        return True
    return _GREEK_QUESTION.search(text.text) is not None and _GREEK.search(text.text) is not None


_MACHINE_WORDING = ("automated_phrases", "machine_notice_phrases", "business_documents", "auto_reply_phrases")


def _a_person_wrote(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """Whether the only evidence is of a person writing about their own unit: words of themselves in
    their own text and no machine's or ERP's wording anywhere in the mail. The model is asked only
    then, so its guess can never make a machine's notice a request that is answered."""
    return has(ev.current, "first_person") and not any(has(ev.whole, key) for key in _MACHINE_WORDING)


def _names_own_serial(reading: Reading, ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """Whether a person's own mail names a unit's serial number: a new mail (no reply to one of ours, no
    forward), from an address that takes answers (no no-reply, list or bulk mail) and with no machine's,
    ERP's or notice's wording anywhere in it. Customers look up the serial
    on the label of a unit that gives trouble; a carrier's notice, an invoice or a quotation names none."""
    serial = ev.has_serial if ev.has_serial is not None else ev.has_ids and not ev.has_order
    if not serial or ev.rma or ev.quiet or reading.forwarded or reading.subject_reply:
        return False
    wording = (*_MACHINE_WORDING, "notice_phrases", "unrelated_strong", "receipt_phrases", "sales_questions")
    return not any(has(ev.whole, key) for key in wording)


def _machine_notice(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A ticketing system's or ERP's notice. An acknowledgement's wording ("we have received your
    message", "a ticket has been created") is also a person's, so it counts only when the text tells no
    fault of its own. A machine that says it is one ("this is an automated message", "请勿回复此邮件") is
    one, unless it relays a person's complaint: a fault and the unit's numbers, no acknowledgement, and
    none of our RMA numbers (a system quoting our own mail back must never be answered)."""
    ack = has(ev.current, "machine_notice_phrases")
    if has(ev.current, "automated_phrases"):
        relayed = ev.has_ids and not ev.rma and not ack and ev.fault_now()
        return not relayed
    return ack and not ev.fault_now()


def _footer_only(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """Whether newsletter wording ("subscribe to our newsletter", "unsubscribe", "webinar") sits only in
    the signature or footer below a person's own complaint about one of their units: many companies'
    footers advertise their newsletter. A newsletter's own text says it in its body, and names none of
    our order or serial numbers."""
    if has(ev.current, "unrelated_strong") or not (ev.has_ids or ev.rma):
        return False
    return ev.fault_now() or has(ev.current, "request_phrases") or has(ev.current, "order_status_phrases")


def _answers_newsletter(reading: Reading, ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A person who answers one of our newsletters (the only address of ours they found) with a unit's
    fault: the newsletter's words ("unsubscribe", "view in browser") are all in the quote below, and the
    sender's own text above it tells a fault and asks for a repair, a return or what to do."""
    if not reading.subject_reply or has(ev.current, "unrelated_strong"):
        return False
    return ev.fault_now() and has(ev.current, "request_phrases") and has(ev.current, "first_person")


def _shipment_held(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """A question about a shipment stopped on its way (held in customs, its tracking not moving, marked
    delivered but not there): where an order stands, even beside the invoice the customs office wants.
    Asked by a person (a question or a request word in their text), with no fault told and no machine's
    wording: a carrier's own notice of a parcel held for its fees asks nothing of us."""
    if ev.fault_now() or not any(has(a, "shipment_held") for a in (ev.body, ev.subject)):
        return False
    if any(has(ev.whole, key) for key in (*_MACHINE_WORDING, "notice_phrases")):
        return False
    return _asks_something(ev.body, has)


def _opens(a: Analysis, key: str) -> bool:
    """Whether the cue is the text's heading: at its start (after at most a bracket) and followed by a
    colon, a closing bracket or nothing ("Out of office: ...", "[Auto-Reply]", "Abwesenheitsnotiz")."""
    words = a.words
    return any(
        start <= 1 and (end >= len(words) or words[end] in _HEADING_ENDS)
        for start, end in a.phrases.get(f"KIND:{key}", ())
    )


def _only_away(ev: Evidence, has: Callable[[Analysis, str], bool]) -> bool:
    """Whether the sender's own text only says they are away: an absence told twice over ("I am on leave
    until ... and will reply on my return"), no number of its own, no question and no question about a
    shipment. One phrase alone is a person's too ("our customer asks when the units will be back")."""
    text = ev.current
    spans = sorted(text.phrases.get("KIND:auto_reply_phrases", ()))
    apart = sum(1 for i, (start, _) in enumerate(spans) if i == 0 or start >= spans[i - 1][1])
    if apart < 2:
        return False
    return not (_ids_in(text) or any(q in text.text for q in "?？") or has(text, "order_status_phrases"))


def _ids_in(a: Analysis) -> bool:
    """Whether the text holds a word shaped like an order or serial number of its own."""
    return any(shapes & {"order_number", "serial_number"} for shapes in a.shapes.values())


def _complaint(ev: Evidence) -> bool:
    return ev.has_defect or ev.has_ids


def language(a: Analysis) -> Language:
    """en, zh or mixed, from the words of the sender's own text (identifiers do not count)."""
    cjk = latin = 0
    for word in a.words:
        if len(word) == 1 and any(lo <= ord(word) <= hi for lo, hi in _CJK_RANGES):
            cjk += 1
        elif len(word) > 1 and word.isalpha() and word.isascii():
            latin += 1
    zh_words = cjk / 1.7  # Chinese words average under two characters
    if zh_words < 2:
        return "en"
    if latin < 2:
        return "zh"
    share = min(zh_words, latin) / (zh_words + latin)
    if share >= MIXED_SHARE:
        return "mixed"
    return "zh" if zh_words > latin else "en"

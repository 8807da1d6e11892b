"""Understanding a mail: kind, customer, identifiers, defect — rule-driven spaCy, built from rules/."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import replace
from email.utils import getaddresses
from functools import partial
from pathlib import Path
from typing import Any

from mailbot.mail.guard import GuardReason, machine_generated
from mailbot.rules import at_domains
from mailbot.rules.understand import UnderstandRules, load_rules

# First: spaCy without its command line (mailbot/understand/spacyload.py), before any module imports it.
from mailbot.understand import spacyload  # noqa: F401
from mailbot.understand.combine import Blend, Combiner
from mailbot.understand.defects import DefectReader, DefectReading
from mailbot.understand.evidence import error_codes, person_about_unit
from mailbot.understand.forms import FormReader
from mailbot.understand.identifiers import IdentifierReader, Identifiers
from mailbot.understand.kind import ANSWERED, Evidence, compile_cues, decide_kind, in_thread, language
from mailbot.understand.learned import available, shared
from mailbot.understand.nlp import Analysis, Pipeline
from mailbot.understand.patterncache import compiled_from, longest_first
from mailbot.understand.pipecache import PipelineCache
from mailbot.understand.segments import Reading, Segmenter
from mailbot.values import Address, Attachment, DefectCategory, Extraction, InboundMail, Kind, Language, MissingField

# A website's relay marks its mail as automatic; the person behind the form is not a machine.
_FORM_DROPS = ("auto-submitted", "x-auto-response-suppress")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_DOT = r"(?:\s*[\[(\{<]\s*(?:dot|punkt|point|punto)\s*[\])\}>]\s*|\.)"
_HIDDEN = re.compile(
    rf"([\w+'-]+(?:{_DOT}[\w+'-]+)*)\s*(?:[\[(\{{<]\s*(?:at|ät|arroba|chez)\s*[\])\}}>]|@)\s*([\w-]+(?:{_DOT}[\w-]+)+)",
    re.IGNORECASE,
)
_HIDDEN_DOT = re.compile(_DOT, re.IGNORECASE)

__all__ = ["Understander", "load_understander"]


class Understander:
    """Reads one mail as a support engineer would. Built once; ``understand`` keeps no state."""

    def __init__(
        self,
        rules: UnderstandRules,
        is_internal: Callable[[str], bool],
        own_addresses: Collection[str],
        catalog: Collection[str] = (),
        learned: bool | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        """``is_internal`` answers "is this address a colleague?" (``Rules.is_internal`` in production):
        understanding asks it rather than keeping its own list, so a forward reads the same here and in
        the workflow. ``catalog`` adds the operator's product models. ``learned`` adds the shipped model
        where the rules leave a gap (mailbot/understand/combine.py). ``cache_dir``: where the built rule
        pipeline is kept for the next process (mailbot/understand/pipecache.py); None builds it each time."""
        # The rules' regular expressions, compiled by the last process that read mail, are not parsed
        # again (mailbot/understand/patterncache.py).
        with compiled_from(cache_dir):
            self.pipeline = Pipeline(rules, cache=PipelineCache(cache_dir) if cache_dir is not None else None)
            self.segmenter = Segmenter(rules.kinds, rules.identifiers)
            self.identifiers = IdentifierReader(rules.identifiers, catalog)
            if learned is None:  # MAILBOT_LEARNED=off: the rules alone (to measure what the model adds)
                learned = os.environ.get("MAILBOT_LEARNED", "on").lower() not in ("off", "0", "no", "false")
            blend = _blend(os.environ.get("MAILBOT_BLEND", ""))
            self.combiner = Combiner(shared(), self.identifiers, blend) if learned and available() else None
            self.defects = DefectReader(rules.defects)
            self._nothing = self.pipeline.analyse("")
            self.is_internal = is_internal
            self.own = frozenset(a.lower() for a in own_addresses)
            self.forms = FormReader(rules.kinds, self.internal, self.own)
            self.cues = compile_cues(rules.kinds.patterns)
            self.error_codes = error_codes(rules.kinds.patterns.get("error_code_words", ()))
            answers = "|".join(
                _words(p) for p in longest_first({p.strip() for p in rules.kinds.answer_to_phrases if p.strip()})
            )
            # "please reply to <address>", "Antwort bitte direkt an Herrn Berg: <address>": the address in the same line
            self.answer_to = re.compile(rf"(?:{answers or '(?!)'})[^\n@.!?]{{0,40}}?({_EMAIL.pattern})", re.IGNORECASE)

    def understand(self, mail: InboundMail) -> Extraction:
        person = self.forms.person(mail)
        if person is not None:  # our website's contact form: the person who filled it in wrote this
            mail = replace(mail, sender=person, headers=tuple(h for h in mail.headers if h[0] not in _FORM_DROPS))
        elif (relayed := self._relayed_author(mail)) is not None:
            mail = replace(mail, sender=relayed)
        staff = self.internal(mail.sender)
        reading = self.segmenter.read(mail, internal=self.internal if staff else None)
        if staff and not reading.forwarded and not reading.subject_reply:
            # A colleague writes to the service inbox above a customer's mail ("请处理" over QQ's
            # "原始邮件" block) without a forward's subject: the customer's mail is handed over.
            handed = self.segmenter.read(mail, handed_over=True, internal=self.internal)
            original = handed.original_sender
            if original is not None and original.email and not self.internal(original):
                reading = handed
        analyse = self.pipeline.analyse
        subject = analyse("\n".join(s for s in (reading.subject, reading.forwarded_subject) if s))
        current = analyse(reading.current)
        body = analyse(f"{reading.current}\n\n{reading.forwarded}") if reading.forwarded else current
        whole = analyse(reading.whole[:20_000]) if len(reading.whole) > len(reading.current) + 40 else current
        ids = _merge(self.identifiers.read(subject), self.identifiers.read(body))
        guard = machine_generated(mail, self.own)
        stops = guard if guard is not None and guard.stops_ticket else None
        # A bounce is placed by its headers: the faults its returned mail tells in plain words do not matter.
        defect = self.defects.read(subject, body, patterns=stops is None or stops.category != "bounce")
        combiner = self.combiner
        text = "\n".join(s for s in (reading.subject, reading.forwarded_subject, body.text) if s)
        if combiner is not None and combiner.blend.defect_decides_kind:
            defect = combiner.defect(defect, text)
        staff_sender = self.internal(mail.sender)
        evidence = Evidence(
            str(stops) if stops else None,
            subject,
            current,
            body,
            whole,
            defect.category is not None,
            defect.generic,
            bool(ids.order_numbers or ids.serial_numbers),
            bool(ids.order_numbers),
            ids.rma_reference,
            quiet=str(guard) if guard is not None and stops is None else None,
            own_defect=partial(self._fault_in, current) if defect.category is not None else None,
            form=person is not None,
            form_problem=person is not None and self.forms.tells_problem(mail.text),
            photos=any(_photo(a) for a in mail.attachments),
            has_serial=bool(ids.serial_numbers),
            category=defect.category,
            about_unit=partial(
                person_about_unit,
                subject,
                current,
                whole,
                ids,
                any(_photo(a) for a in mail.attachments),
                codes=self.error_codes,
            ),
        )
        asks_model = partial(combiner.request, text) if combiner is not None and guard is None else None
        kind = decide_kind(mail, reading, evidence, staff_sender, asks_model, self.cues)
        if combiner is not None:
            kind, ids, defect = _learned(
                combiner, kind, ids, defect, text, reading.current, evidence.fault_now, in_thread(mail, reading)
            )
        if kind in ("order_status", "follow_up") and not evidence.fault_now():
            # "When will the replacement ship?" or "posted it today" under "Re: RMA-… no link": the fault is
            # the old subject's
            defect = DefectReading(None, "", False, "")
        if kind == "bounce":
            ids = Identifiers()  # what a bounce carries is our own returned mail, not a customer's words
        if kind == "unrelated" and not self.identifiers.names_own_number(f"{reading.subject}\n{reading.current}", ids):
            # A newsletter, an offer, a carrier's or an accounts notice is about no unit of ours: its order,
            # serial and parcel numbers open nothing (the models it names are still the ones it is about).
            # One the sender asks about or calls their own ("our SO-…") is kept: that is their own order.
            ids = Identifiers(product_models=ids.product_models, rma_reference=ids.rma_reference)
        if kind == "auto_reply":  # a responder's echo of our numbers asks for nothing: only its RMA links it
            # A document system's receipt quotes our subject below its own lines ("Temat: [RMA-…] …"), where
            # the reading of the sender's text stops as at a quote's header: the RMA is looked for there too.
            rma = ids.rma_reference or (self.identifiers.read(whole).rma_reference if whole is not body else None)
            ids = Identifiers(rma_reference=rma)
        lang = language(body) if len(body.words) > 3 else self._short_language(mail, subject, body)
        return self._extraction(mail, reading, kind, guard, ids, defect.category, defect.summary, lang)

    def understand_many(self, mails: list[InboundMail]) -> list[Extraction]:
        """A fetched batch read in order (what ``understand`` does for each)."""
        return [self.understand(mail) for mail in mails]

    def _extraction(
        self,
        mail: InboundMail,
        reading: Reading,
        kind: Kind,
        guard: GuardReason | None,
        ids: Identifiers,
        category: DefectCategory | None,
        summary: str,
        lang: Language,
    ) -> Extraction:
        customer = self._original_customer(reading) if kind == "forwarded" else mail.sender
        if kind in ANSWERED and kind != "forwarded" and not self.internal(mail.sender):
            customer = self._named_for_answer(reading.current) or customer
        elif kind != "forwarded" and self.internal(mail.sender):
            # A colleague's mail that carries an outside author's words is that author's; a colleague writing of
            # their own unit stays the one to answer (the workflow tells a colleague from a customer).
            original = reading.original_sender
            if original is not None and original.email and not self.internal(original):
                customer = original
        if kind in ("bounce", "unrelated") or (customer is not None and self.forms.ours(customer)):
            customer = None  # our website's form or noreply address naming nobody: nobody to answer
        missing: list[MissingField] = []
        if kind in ("new_request", "forwarded"):
            missing += ["order_number"] if not ids.order_numbers else []
            missing += ["serial_number"] if not ids.serial_numbers else []
            missing += ["defect_description"] if category is None else []
        keep_defect = kind in ANSWERED
        return Extraction(
            kind=kind,
            # Nobody to answer (no readable address) is never answered, whatever the mail says; a colleague's
            # forward without the customer's address is answered to the colleague, who is asked for it.
            should_auto_reply=guard is None
            and kind in ANSWERED
            and (customer is not None or (kind == "forwarded" and self.internal(mail.sender))),
            must_not_answer=guard is not None or kind not in ANSWERED,
            customer_email=customer.email if customer else None,
            forwarded_by=mail.sender.email if kind == "forwarded" and mail.sender else None,
            order_numbers=ids.order_numbers,
            serial_numbers=ids.serial_numbers,
            product_models=ids.product_models,
            tracking_numbers=ids.tracking_numbers,
            rma_reference=ids.rma_reference,
            defect_category=category if keep_defect else None,
            defect_summary=summary if keep_defect else "",
            language=lang,
            missing_fields=tuple(missing),
            customer_name=customer.name if customer else "",
        )

    def _short_language(self, mail: InboundMail, subject: Analysis, body: Analysis) -> Language:
        """A mail of a few words ("见附件" under "照片" with a photo named in Chinese): its subject, its words
        and the names of its photos together tell the language its writer uses."""
        names = " ".join(re.sub(r"\.\w{2,5}$", "", a.filename) for a in mail.attachments if _photo(a))
        if not names and not body.words:
            return language(subject)
        return language(self.pipeline.analyse("\n".join(t for t in (subject.text, body.text, names) if t)))

    def _fault_in(self, current: Analysis) -> bool:
        """Whether the sender's own text tells a fault (not only the subject, a quote or a forward)."""
        return self.defects.read(self._nothing, current).category is not None

    def internal(self, address: Address | None) -> bool:
        """A colleague or one of our own addresses: never a customer."""
        return address is not None and (address.email in self.own or self.is_internal(address.email))

    def _named_for_answer(self, current: str) -> Address | None:
        """The person a shared mailbox or a colleague asks us to answer ("please reply to jonas@… who reported
        this"): an outside address right after such words in the sender's own text."""
        for found in self.answer_to.finditer(current):
            named = Address("", found.group(1).lower().rstrip("."))
            if not self.internal(named):
                return named
        return None

    def _original_customer(self, reading: Reading) -> Address | None:
        """The forwarded complaint's author; when the From line has a name only, the one outside address
        in the forwarded text (its signature). None when it cannot be known: the rep is asked, never taken."""
        sender = reading.original_sender
        if sender is not None and sender.email and not self.internal(sender):
            return sender
        if sender is not None and sender.email:
            # A colleague's forward forwarded again: the customer is the first outside From line below.
            for found_line in self.segmenter.from_line.finditer(reading.whole):
                outside = _address_in(found_line.group(1))
                if outside is not None and not self.internal(outside):
                    return outside
            return None
        found: dict[str, None] = {}
        for text in (reading.forwarded, reading.whole):  # the signature may sit below a sign-off line
            found = {a.lower(): None for a in _EMAIL.findall(text) if not self.internal(Address("", a.lower()))}
            if found:
                break
        if not found:  # "lena [at] ortmann-bau [dot] example" in a signature: only when no address is plain
            for text in (reading.forwarded, reading.whole):
                found = {a: None for a in _hidden_addresses(text) if not self.internal(Address("", a))}
                if found:
                    break
        name = sender.name if sender else ""
        if len(found) == 1:
            return Address(name, next(iter(found)))
        # Several (the writer's and the accounts desk's): the one whose local part is the From line's name.
        named = [a for a in found if _names_match(name, a)]
        return Address(name, named[0]) if len(named) == 1 else None

    def _relayed_author(self, mail: InboundMail) -> Address | None:
        """A group or list of ours that rewrites the From line ("'Lena Ortmann' via Support <support@…>")
        keeps the writer in X-Original-From or Reply-To: the writer is the one who wrote."""
        sender = mail.sender
        if sender is None or not self.internal(sender):
            return None
        original = _address_in(mail.header("x-original-from") or "")
        if original is not None and not self.internal(original):
            return original
        if re.search(r"\bvia\b", sender.name, re.IGNORECASE):
            for address in mail.reply_to:
                if address.email and not self.internal(address):
                    return address
        return None


_GENERIC_IMAGE = re.compile(r"(?:image\d{3}|logo|signature|outlook|banner|icon)[\w-]*\.\w+", re.IGNORECASE)
_UNNAMED = re.compile(r"part-\d+")  # mailbot.mail.parse's name for an attachment without one


def _photo(attachment: Attachment) -> bool:
    """A photo or video the sender attached under a file name; an inline image with a generic name
    ("image001.png", "logo.png") is a signature's logo, not a picture of the unit."""
    if not attachment.content_type.startswith(("image/", "video/")) or _UNNAMED.fullmatch(attachment.filename):
        return False  # a part without a file name is a mail system's, not a photo somebody chose
    return not (attachment.inline and _GENERIC_IMAGE.fullmatch(attachment.filename))


def _names_match(name: str, email: str) -> bool:
    """Whether an address's local part is made of the person's name: "lena.ortmann", "ortmann", "lortmann"
    for Lena Ortmann (accents dropped: "Müller" is "muller")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = [p for p in re.split(r"[^a-z]+", plain) if len(p) > 1]
    local = re.sub(r"[^a-z]", "", email.partition("@")[0].lower())
    if not parts or not local:
        return False
    initial_and_last = len(parts) > 1 and local == parts[0][0] + parts[-1]
    return local in parts or initial_and_last or all(p in local for p in parts)


def _hidden_addresses(text: str) -> list[str]:
    """Addresses written to escape harvesters: "name [at] domain [dot] com", "name (at) domain.com",
    "name＠domain.com"; an "at" in brackets is required, so "meet at school.com" is no address."""
    found = []
    for match in _HIDDEN.finditer(unicodedata.normalize("NFKC", text)):
        address = _HIDDEN_DOT.sub(".", f"{match.group(1)}@{match.group(2)}").lower()
        if _EMAIL.fullmatch(address):
            found.append(address)
    return found


def _words(phrase: str) -> str:
    """A phrase as a regex: spaces stretch, a Latin word at either end stands alone."""
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    head = r"(?<!\w)" if phrase[0].isascii() and phrase[0].isalnum() else ""
    tail = r"(?!\w)" if phrase[-1].isascii() and phrase[-1].isalnum() else ""
    return f"{head}{body}{tail}"


def _address_in(value: str) -> Address | None:
    """The address of a forwarded header's From value ("Ola Dahl <ola@x.example>"), if it names one."""
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value)
    for name, email in getaddresses([value]):
        if _EMAIL.fullmatch(email):
            return Address(name.strip().strip('"'), email.lower())
    found = _EMAIL.search(value)
    return Address("", found.group(0).lower()) if found else None


def _learned(
    combiner: Combiner,
    kind: Kind,
    ids: Identifiers,
    defect: DefectReading,
    text: str,
    current: str,
    fault_now: Callable[[], bool],
    in_thread: bool = False,
) -> tuple[Kind, Identifiers, DefectReading]:
    """The model's part once the rules have decided the kind: it fills gaps, it does not overrule.
    ``fault_now`` says whether the sender's own text tells a fault (not only the subject or a quote);
    ``in_thread``: the mail replies in a case's thread, where every mail is a follow-up."""
    blend = combiner.blend
    if kind in blend.fill_kinds and combiner.wanted(ids):
        ids = combiner.identifiers(ids, text)
    if kind in blend.defect_kinds and not blend.defect_decides_kind:
        defect = combiner.defect(defect, text)
    if kind == "follow_up" and not in_thread and not fault_now() and combiner.status_question(current):
        kind = "order_status"  # "any news on the replacement?" on an open RMA: a question about its progress
    return kind, ids, defect


def _blend(setting: str) -> Blend:
    """The combination of rules and model: the default, or (to measure another) MAILBOT_BLEND as JSON."""
    given: dict[str, Any] = json.loads(setting) if setting.strip() else {}
    values: dict[str, Any] = {k: frozenset(v) if isinstance(v, list) else v for k, v in given.items()}
    return Blend(**values)


def _merge(first: Identifiers, second: Identifiers) -> Identifiers:
    join = lambda a, b: tuple(dict.fromkeys(a + b))  # noqa: E731
    return Identifiers(
        join(first.order_numbers, second.order_numbers),
        join(first.serial_numbers, second.serial_numbers),
        join(first.product_models, second.product_models),
        join(first.tracking_numbers, second.tracking_numbers),
        first.rma_reference or second.rma_reference,
        join(first.not_ours, second.not_ours),
    )


def load_understander(
    rules_dir: Path,
    staff_domains: Collection[str],
    own_addresses: Collection[str],
    catalog: Collection[str] = (),
    is_internal: Callable[[str], bool] | None = None,
    learned: bool | None = None,
) -> Understander:
    """Build the understander from ``rules_dir`` alone (raises mailbot.rules.yamlfile.FileError for a bad
    file), for reading mail without the other rules (``extract``, ``eval``): colleagues are the addresses
    at ``staff_domains`` unless ``is_internal`` says otherwise; ``catalog`` adds product models to those
    of rules/understand/identifiers.yml. ``learned`` (default: unless MAILBOT_LEARNED=off) adds the shipped
    model to the rules."""
    if is_internal is None:
        domains = tuple(d.strip().lower().lstrip("@") for d in staff_domains)
        is_internal = partial(at_domains, domains=domains)
    return Understander(load_rules(Path(rules_dir)), is_internal, own_addresses, catalog, learned)

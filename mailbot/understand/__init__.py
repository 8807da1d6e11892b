"""Understanding a mail: kind, customer, identifiers, defect — rule-driven spaCy, built from rules/."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from mailbot.mail.guard import GuardReason, machine_generated
from mailbot.rules.understand import UnderstandRules, load_rules
from mailbot.understand.defects import DefectReader
from mailbot.understand.identifiers import IdentifierReader, Identifiers
from mailbot.understand.kind import ANSWERED, Evidence, decide_kind, is_staff, language
from mailbot.understand.nlp import Pipeline
from mailbot.understand.segments import Reading, Segmenter
from mailbot.values import Extraction, InboundMail

__all__ = ["Understander", "load_understander"]


class Understander:
    """Reads one mail as a support engineer would. Built once; ``understand`` keeps no state."""

    def __init__(self, rules: UnderstandRules, staff_domains: Collection[str], own_addresses: Collection[str]):
        self.pipeline = Pipeline(rules)
        self.segmenter = Segmenter(rules.kinds)
        self.identifiers = IdentifierReader(rules.identifiers)
        self.defects = DefectReader(rules.defects)
        self.staff_domains = tuple(d.lower().lstrip("@") for d in staff_domains)
        self.own = frozenset(a.lower() for a in own_addresses)

    def understand(self, mail: InboundMail) -> Extraction:
        reading = self.segmenter.read(mail)
        analyse = self.pipeline.analyse
        subject = analyse("\n".join(s for s in (reading.subject, reading.forwarded_subject) if s))
        current = analyse(reading.current)
        body = analyse(f"{reading.current}\n\n{reading.forwarded}") if reading.forwarded else current
        whole = analyse(reading.whole[:20_000]) if len(reading.whole) > len(reading.current) + 40 else current
        ids = _merge(self.identifiers.read(subject), self.identifiers.read(body))
        defect = self.defects.read(subject, body)
        guard = machine_generated(mail, self.own)
        stops = guard if guard is not None and guard.stops_ticket else None
        staff_sender = is_staff(mail.sender, self.staff_domains, self.own)
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
        )
        kind = decide_kind(mail, reading, evidence, staff_sender)
        if kind == "bounce":
            ids = Identifiers()  # what a bounce carries is our own returned mail, not a customer's words
        lang = language(body) if len(body.words) > 3 else language(subject)  # a one-line mail: the subject
        return self._extraction(mail, reading, kind, guard, ids, defect.category, defect.summary, lang)

    def _extraction(
        self,
        mail: InboundMail,
        reading: Reading,
        kind: str,
        guard: GuardReason | None,
        ids: Identifiers,
        category: str | None,
        summary: str,
        lang: str,
    ) -> Extraction:
        customer = reading.original_sender if kind == "forwarded" else mail.sender
        if kind in ("bounce", "unrelated"):
            customer = None
        missing: list[str] = []
        if kind in ("new_request", "forwarded"):
            missing += ["order_number"] if not ids.order_numbers else []
            missing += ["serial_number"] if not ids.serial_numbers else []
            missing += ["defect_description"] if category is None else []
        keep_defect = kind in ANSWERED
        return Extraction(
            kind=kind,
            # Nobody to answer (no readable address) is never answered, whatever the mail says.
            should_auto_reply=guard is None and kind in ANSWERED and customer is not None,
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


def _merge(first: Identifiers, second: Identifiers) -> Identifiers:
    join = lambda a, b: tuple(dict.fromkeys(a + b))  # noqa: E731
    return Identifiers(
        join(first.order_numbers, second.order_numbers),
        join(first.serial_numbers, second.serial_numbers),
        join(first.product_models, second.product_models),
        join(first.tracking_numbers, second.tracking_numbers),
        first.rma_reference or second.rma_reference,
    )


def load_understander(rules_dir: Path, staff_domains: Collection[str], own_addresses: Collection[str]) -> Understander:
    """Build the understander from ``rules_dir`` (raises mailbot.rules.yamlfile.FileError for a bad file)."""
    return Understander(load_rules(Path(rules_dir)), staff_domains, own_addresses)

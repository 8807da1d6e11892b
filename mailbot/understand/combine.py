"""Rules first, the learned component where they leave a gap.

The rules know the labels, the never-lists and the operator's own formats; the model has seen many
more shapes, labels, languages and layouts than any rule file lists. Each is asked for what it is good
at: a field the rules read stays theirs, an empty field may be filled by the model (its values still
pass the never-lists), and the defect classifier speaks only where no taxonomy phrase matched.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import cast

from mailbot.understand.defects import MAX_SUMMARY, DefectReading
from mailbot.understand.identifiers import IdentifierReader, Identifiers
from mailbot.understand.identifiers import _cell_key as cell_key  # the key blocked_headers are kept in
from mailbot.understand.learned import Learned
from mailbot.values import DefectCategory

# A line worth showing the model: it holds a code with at least three digits (an identifier candidate).
_CANDIDATE = re.compile(r"(?:[^\W\d_]*\d){3}")
_CODE = re.compile(r"[\w./-]*\d[\w./-]*")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}|(?:19|20)\d{2}")  # a time or a year alone
MAX_LINES = 40
_AREA_CODE = re.compile(r"(?:\(\d{2,5}\)|\+\d{1,3}(?:[ .-]?\d{1,4})?)[ .-]?$")  # "(406) ", "+49 89 " before a number
_LABEL_REACH = 5  # how many words before a value a blocked label may stand ("PO Box 884, Bozeman MT 59771")
_ATTRS = {
    "order_number": "order_numbers",
    "serial_number": "serial_numbers",
    "product_model": "product_models",
    "tracking_number": "tracking_numbers",
}


@dataclass(frozen=True)
class Blend:
    """How the two are combined; the defaults are the combination that scored best on unseen mail."""

    # Measured on the blind corpora (README); a default changes only where it wins on both. Filling
    # serials too finds 4 more on blind2 (2 false) and ties on blind; the 2 false serials it used to add
    # on the development corpus (a signature's phone number and post code) ``blocked`` now keeps out.
    # It stays off: it reads codes the serial rules decline on purpose ("see NV-24-0087 for the
    # delivery"). Filling tracking numbers changes nothing and runs the NER on more mails.
    fill: frozenset[str] = frozenset({"order_number"})
    add: frozenset[str] = frozenset()  # fields where learned values join the rules' values
    extend: frozenset[str] = frozenset()  # fields where a learned value that contains a rule value replaces it
    # Only a mail that asks for a return needs its numbers: elsewhere a guess costs more than a miss.
    fill_kinds: frozenset[str] = frozenset({"new_request", "forwarded"})
    defect_kinds: frozenset[str] = frozenset({"new_request", "forwarded"})
    defect_decides_kind: bool = False  # whether a learned category may make a mail a request
    # The classifier is sure of itself on generated text; on real mail only its surest calls help.
    defect_threshold: float = 0.97
    defect_over_symptoms: bool = True  # a category for a fault the rules saw only in plain words
    # The "status" probability that makes a follow-up an order-status question (0.7 gains one mail on
    # blind2 and ties on blind).
    status_threshold: float = 0.9
    request_threshold: float = 1.1  # > 1: never turn a mail the rules call unrelated into a request


class Combiner:
    """Built once with the loaded model and the rules' identifier reader; ``identifiers`` and
    ``defect`` are pure."""

    def __init__(self, model: Learned, reader: IdentifierReader, blend: Blend = Blend()) -> None:
        self.model = model
        self.reader = reader
        self.blend = blend

    def wanted(self, ids: Identifiers) -> bool:
        """Whether the model is worth running for identifiers: a field it may fill is empty."""
        b = self.blend
        return bool(b.add or b.extend) or any(not getattr(ids, _ATTRS[name]) for name in b.fill)

    def identifiers(self, ids: Identifiers, text: str) -> Identifiers:
        """``ids`` with each empty field the blend allows filled from the model's spans in ``text``."""
        known = [v for attr in _ATTRS.values() for v in getattr(ids, attr)] + [ids.rma_reference or ""]
        lines = candidate_lines(text, known)
        if not lines:
            return ids
        guess = self.model.spans(self.model.doc(lines))
        taken = {v.lower() for attr in _ATTRS.values() for v in getattr(ids, attr)} | {v.lower() for v in ids.not_ours}
        changes: dict[str, tuple[str, ...]] = {}
        for name, attr in _ATTRS.items():
            ruled: tuple[str, ...] = getattr(ids, attr)
            learned = [v for v in guess.get(name, ()) if self._acceptable(name, v) and not self.blocked(v, text)]
            if name in self.blend.extend and ruled:
                longer = {r: next((v for v in learned if r in v and len(v) > len(r)), r) for r in ruled}
                if any(longer[r] != r for r in ruled):
                    ruled = tuple(dict.fromkeys(longer[r] for r in ruled))
                    changes[attr] = ruled
                    taken |= {v.lower() for v in ruled}
            if (name in self.blend.fill and not ruled) or name in self.blend.add:
                new = tuple(v for v in learned if v.lower() not in taken and not any(v in r for r in ruled))
                if new:
                    changes[attr] = ruled + new
        return replace(ids, **changes) if changes else ids  # type: ignore[arg-type]

    def _acceptable(self, name: str, value: str) -> bool:
        """A learned value must be a shape the field accepts after a label, pass its never-list (dates,
        phones, versions...) and not be an RMA number; a model must be in the operator's catalog if any.
        A value written the way another field is written with no label (a serial's, a model's, a parcel's
        shape) is that field's, not a guess at this one."""
        if len(value) < 5 or self.reader.rma.fullmatch(value):
            return False
        if name == "serial_number" and not any(c.isalpha() for c in value):
            return False  # a bare number after a model or in a sentence is a quantity, a code, a phone: the rules' call
        if name == "product_model" and self.reader.catalog:
            return self.reader.catalog.canonical(value) is not None
        fields = self.reader.fields
        if any(fields[other].value(value, standalone=True) for other in _ATTRS if other != name):
            return False
        return self.reader.fields[name].value(value.replace(" ", "-") if name == "product_model" else value) is not None

    def blocked(self, value: str, text: str) -> bool:
        """Whether every place ``value`` stands in ``text`` is a number that is none of ours: after a
        phone, post-box, invoice, VAT... label on its line ("Phone: (207) 555-0148", "PO Box 884,
        Bozeman MT 59771"), or the local part of a phone number after its area code ("(406) 555-0132").
        The rules leave such numbers alone; a model that saw them in few signatures may not."""
        places = [m.start() for m in re.finditer(re.escape(value), text)]
        return bool(places) and all(self._blocked_at(text, at) for at in places)

    def _blocked_at(self, text: str, at: int) -> bool:
        before = text[text.rfind("\n", 0, at) + 1 : at]
        if _AREA_CODE.search(before):
            return True
        words = cell_key(before).split()[-_LABEL_REACH:]
        headers = self.reader.blocked_headers
        return any(" ".join(words[i:j]) in headers for i in range(len(words)) for j in range(i + 1, len(words) + 1))

    def defect(self, reading: DefectReading, text: str) -> DefectReading:
        """The classifier's category where the taxonomy found none (or only a plain-word symptom)."""
        if reading.source not in ("", "symptoms"):
            return reading
        if reading.source == "symptoms" and not self.blend.defect_over_symptoms:
            return reading
        cats = self.model.classes(self.model.doc(text), "defect")
        best = max(cats, key=lambda k: cats[k]) if cats else "none"
        if best == "none" or cats[best] < self.blend.defect_threshold:
            return reading
        summary = reading.summary or " ".join(text.split())[:MAX_SUMMARY]
        return DefectReading(cast(DefectCategory, best), summary, reading.generic, "learned")

    def request(self, text: str) -> bool:
        """Whether the model reads ``text`` as a request for service, surely enough to answer it."""
        if self.blend.request_threshold > 1:
            return False
        return self.model.classes(self.model.doc(text), "kind").get("request", 0.0) >= self.blend.request_threshold

    def status_question(self, text: str) -> bool:
        """Whether the model reads ``text`` as a question about a shipment or return's progress."""
        if self.blend.status_threshold > 1:
            return False
        cats = self.model.classes(self.model.doc(text), "kind")
        return cats.get("status", 0.0) >= self.blend.status_threshold


def candidate_lines(text: str, known: Collection[str] = ()) -> str:
    """The lines that hold an identifier candidate the rules did not already read (``known``), each with
    the line before it (where a label may stand alone), in order. Most mails have none left, and the
    model then does not run at all."""
    lines = text.splitlines()
    return "\n".join(lines[i] for i in candidate_indexes(lines, known))


def candidate_indexes(lines: list[str], known: Collection[str] = ()) -> list[int]:
    """The indexes of the lines ``candidate_lines`` keeps (training shows the model the same view)."""
    seen = {k.lower() for k in known}
    keep: list[int] = []
    for i, line in enumerate(lines):
        codes = (m.group().strip(".-/").lower() for m in _CODE.finditer(line))
        if any(_CANDIDATE.search(c) and c not in seen and not _TIME.fullmatch(c) for c in codes):
            if i and lines[i - 1].strip() and (not keep or keep[-1] < i - 1):
                keep.append(i - 1)
            if not keep or keep[-1] < i:
                keep.append(i)
        if len(keep) >= MAX_LINES:
            break
    return keep

"""Find order, serial, model and tracking numbers and the RMA reference in analysed text."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from mailbot.rules.understand import FieldRule, IdentifierRules
from mailbot.understand.checkdigits import passes
from mailbot.understand.nlp import IDENTIFIER_FIELDS, Analysis
from mailbot.understand.patterncache import longest_first
from mailbot.understand.ranges import expand_range

# A letter or digit of a word written with spaces: a CJK character next to a code does not continue it.
_WORD = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_CELLS = re.compile(r"\s*\|\s*|\t+|\s{2,}")
# The words of one table cell: "K7Q2XM4401 / K7Q2XM4402", "X, Y" (a slash inside a code keeps it whole).
_PARTS = re.compile(r"\s*[,;、]\s*|\s+/\s+|\s+")
_BULLET = re.compile(r"[-*•·]|\d{1,2}[.)]?|[a-z][.)]")
STANDALONE_ORDER = ("tracking_number", "order_number", "product_model", "serial_number")


@dataclass(frozen=True)
class Identifiers:
    order_numbers: tuple[str, ...] = ()
    serial_numbers: tuple[str, ...] = ()
    product_models: tuple[str, ...] = ()
    tracking_numbers: tuple[str, ...] = ()
    rma_reference: str | None = None
    # Numbers written after an invoice, customer-number, postcode... label: never any field's value,
    # whoever reads them (the learned component is told so too).
    not_ours: tuple[str, ...] = ()


# Where a sentence ends: ".", "!" or "?" before a space, a Chinese stop, a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n")


def _fullmatch_any(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The first pattern that matches the whole text and whose named checks (checkdigits.py) hold."""
    for pattern in patterns:
        found = pattern.fullmatch(text)
        if found and (not pattern.groupindex or passes(found.groupdict())):
            return found
    return None


class _Field:
    """One field's compiled rule: can a token be a value of it, and what is the value."""

    def __init__(self, rule: FieldRule, never: list[str]) -> None:
        self.shapes = [re.compile(rx) for rx in rule.shapes]
        self.standalone = [re.compile(rx) for rx in rule.standalone]
        self.never = [re.compile(rx) for rx in rule.never + never]

    def value(self, token: str, standalone: bool = False) -> str | None:
        found = _fullmatch_any(self.standalone if standalone else self.standalone + self.shapes, token)
        if not found or _fullmatch_any(self.never, token):
            return None
        return found.groupdict().get("value") or found.group(0)


class Catalog:
    """The operator's own models, found however they are written: "FS 60 Plus", "fs60plus", "FS-60 PLUS".

    A code that continues past the model ("FS60-22-0913", a serial that starts with the model code) is
    not the model.
    """

    def __init__(self, models: Collection[str]) -> None:
        self.spelling: dict[str, str] = {}
        alternatives = []
        for model in longest_first({m.strip() for m in models if m.strip()}):
            parts = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", model)
            parts = [p for p in parts if p.isalnum()]
            if not parts:
                continue
            self.spelling.setdefault(_key(model), model)
            alternatives.append(r"[\s\-_./]?".join(re.escape(p) for p in parts))
        body = "|".join(alternatives) or "(?!)"
        # Chinese and Japanese are written without spaces: "换了你们的QZ-M40" names the model too.
        self.pattern = re.compile(rf"(?<!{_WORD}|[\-/.])(?:{body})(?!{_WORD}|/|[-.][A-Za-z0-9])", re.IGNORECASE)

    def __bool__(self) -> bool:
        return bool(self.spelling)

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(catalog spelling, start, end) of every model written in ``text``."""
        return [(self.spelling[_key(m.group())], m.start(), m.end()) for m in self.pattern.finditer(text)]

    def canonical(self, value: str) -> str | None:
        return self.spelling.get(_key(value))


def _key(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.lower())


class IdentifierReader:
    """Built once from identifiers.yml (and the operator's catalog of models); ``read`` is pure."""

    def __init__(self, rules: IdentifierRules, catalog: Collection[str] = ()) -> None:
        self.catalog = Catalog([*rules.catalog, *catalog])
        self.fields = {
            name: _Field(getattr(rules, name), rules.never if name != "product_model" else [])
            for name in IDENTIFIER_FIELDS
        }
        self.rma = re.compile(rules.rma_reference)
        self.connectors = {c.lower() for c in rules.connectors}
        self.separators = {s.lower() for s in rules.separators}
        self.range_words = {r.lower() for r in rules.range_words}
        self.units = {u.lower() for u in rules.quantity_units}
        self.max_range = rules.max_range
        self.range_shape = re.compile(rules.range_shape)
        self.spaced_serial = re.compile(rules.spaced_serial)
        self.model_words = {w.lower() for w in rules.model_words}
        self.cited_prefixes = frozenset(rules.cited_order_prefixes)  # written in capitals: matched as written
        self.order_letters = frozenset(rules.order_letters)
        self.ordered_words = frozenset(w.lower() for w in rules.ordered_words)
        own = "|".join(re.escape(w.lower()) for w in longest_first(set(rules.own_words))) or "(?!)"
        self.own = rf"\b(?:{own})"
        self.introducers = frozenset(w.lower() for w in rules.introducers)
        self.own_after = frozenset(w.lower() for w in rules.own_after_words)
        self.number_words = frozenset(w.lower() for w in rules.number_words)
        self.articles = frozenset(w.lower() for w in rules.value_articles)
        self.source_words = frozenset(w.lower() for w in rules.source_words)
        self.invoice_words = tuple(w.lower() for w in rules.invoice_words)
        letters = "|".join(re.escape(w) for w in longest_first(set(rules.order_letters))) or "(?!)"
        # The letters that say "order" with a digit after them, the SAP purchase order 45..., or a company's
        # letters glued to SO or PO (KL-SO-44120, QMSO250117)
        self.order_word = re.compile(rf"(?i)(?:{letters})[-/]?\d|45\d{{8}}$|.*(?:SO|PO)-?\d")
        self.numbered_words = frozenset(w.lower() for w in rules.numbered_words)
        self.numbered_before = {w.lower(): name for name, ws in rules.numbered_before.items() for w in ws}
        self.numbered_after = {w.lower(): name for name, ws in rules.numbered_after.items() for w in ws}
        self.headers = {
            _cell_key(label): name
            for name in IDENTIFIER_FIELDS
            for label in getattr(rules, name).labels + getattr(rules, name).cased_labels
        }
        self.blocked_headers = {_cell_key(label) for label in rules.blocked_labels}
        self.label_words = {w for name in IDENTIFIER_FIELDS for lb in getattr(rules, name).labels for w in _words(lb)}

    def names_own_number(self, text: str, ids: Identifiers) -> bool:
        """Whether ``text`` speaks of one of the order, serial or parcel numbers as the sender's own: a
        question that names it ("any update on PO 88410?", "SO24-11288 什么时候发货？"), or one of
        ``own_words`` just before it ("UPS X for our SO-119300", "da nossa OC 2024/0455"). That is the
        sender's own order, whatever else the mail looks like; a supplier's or a carrier's notice says "your
        order"."""
        numbers = [n.lower() for n in (*ids.order_numbers, *ids.serial_numbers, *ids.tracking_numbers)]
        for sentence in _SENTENCE_END.split(text) if numbers else []:
            lowered = sentence.lower()
            if sentence.rstrip().endswith(("?", "？")) and any(n in lowered for n in numbers):
                return True
            if any(re.search(rf"{self.own}\s+(?:\w+\s+)?{re.escape(n)}(?!\w)", lowered) for n in numbers):
                return True
        return False

    def read(self, a: Analysis) -> Identifiers:
        found: dict[str, list[str]] = {name: [] for name in IDENTIFIER_FIELDS}
        taken: set[int] = set()
        rma = next((a.words[i] for i in sorted(a.shapes) if "rma" in a.shapes[i]), None)
        taken.update(i for i in a.shapes if "rma" in a.shapes[i])
        labels = _outer_labels({name: self._labels(a, name) for name in IDENTIFIER_FIELDS})
        # "京东订单 X", "UPS order X": a carrier's name right before another number's label says whose order
        # it is, not that a parcel's number follows
        other_starts = {s for name, spans in labels.items() if name != "tracking_number" for s, _e in spans}
        other_starts |= {s for s, _e in a.phrases.get("BLOCKED", [])}
        labels["tracking_number"] = [(s, e) for s, e in labels["tracking_number"] if e not in other_starts]
        through = self._through_documents(a.words, labels, _longest(a.phrases.get("BLOCKED", [])))
        blocked: list[int] = []
        ordered: list[int] = []
        for start, end in _longest(a.phrases.get("BLOCKED", [])):
            if start not in through.values():
                numbers = self._blocked_values(a.words, end)
                blocked += numbers
                # "Invoice SO2024-08115": the customer names the invoice by the number it was billed under,
                # and its letters say that is our sales order (a delivery note's or a quote's stays theirs)
                label = "".join(a.words[start:end]).lower()
                if any(stem in label for stem in self.invoice_words):
                    ordered += [i for i in numbers if _SALE_ORDER.match(a.words[i])]
        found["order_number"] += [v for i in ordered if (v := self.fields["order_number"].value(a.words[i]))]
        blocked = [i for i in blocked if i not in ordered]
        taken.update(blocked + ordered)
        self._numbered_before(a.words, found, taken)
        paired = self._paired(a, labels, found, taken)
        for name in ("tracking_number", "order_number", "serial_number", "product_model"):
            for start, end in labels[name]:
                if start in paired:
                    continue  # "Serial / Order: X / Y": read with the labels it stands with
                if self._verb(a.words[end - 1]):
                    continue  # "we ordered FS60 modules": the verb, matched by its stem, is no label
                if not self._in_header_row(a, end - 1):  # a table's header: its columns are read below
                    if end in through:  # "Auftragsnummer laut Rechnung SO-119802": read past the document
                        end = next(e for s, e in _longest(a.phrases.get("BLOCKED", [])) if s == through[end])
                    before = len(found[name])
                    self._scan(a, name, end, found[name], taken)
                    if name == "order_number" and len(found[name]) > before:
                        found[name][before] = _with_prefix(
                            a, start, end, found[name][before], self.cited_prefixes, self.order_letters
                        )
            for _start, end in _longest(a.phrases.get(f"WEAK:{name}", [])):
                self._scan(a, name, self._numbered(a.words, end), found[name], taken, weak=True)
        found["order_number"] += self._ordered_aside(a.words, taken)
        found["order_number"] += self._order_in_brackets(a.words, found["order_number"], taken)
        found["serial_number"] += self._spaced_serials(a, taken)
        catalogued: list[int] = []  # the last token of each model the catalog names
        if self.catalog:
            found["product_model"] = [self.catalog.canonical(m) or m for m in found["product_model"]]
            for model, start, end in self.catalog.find(a.text):
                found["product_model"].append(model)
                covered = [i for i, (lo, hi) in enumerate(a.offsets) if lo < end and hi > start]
                taken.update(covered)
                catalogued += covered[-1:]
        found["serial_number"] += self._unlabelled_ranges(a.words, taken, _and_a(a.text))
        found["serial_number"] += self._slash_lists(a.words, taken)
        columns = self._columns(a.text)
        in_blocked_column = set(columns.pop(_BLOCKED_COLUMN, []))
        if in_blocked_column:  # an "Invoice" column: its numbers are none of ours, whatever their shape
            cells = [i for i, w in enumerate(a.words) if w in in_blocked_column and i not in taken]
            taken.update(cells)
            blocked += cells
        for name, values in columns.items():
            found[name] += values
        if columns:  # a value read under its column's header is that column's only ("Our PO" AB-PO-2291, no model)
            read_in_columns = {v for values in columns.values() for v in values}
            taken.update(i for i, w in enumerate(a.words) if w in read_in_columns)
        brands = {i for s, e in a.phrases.get("BRAND", []) for i in range(s, e)}
        models: list[int] = []
        labelled_orders = list(found["order_number"])
        unlabelled_orders: list[int] = []
        # A value the mail gave after its label is that field wherever else it is written ("order
        # XS20250503011" in the text, "Replacement ETA - XS20250503011" in the subject): no second field.
        given = {v.lower() for values in found.values() for v in values}
        # An order's shape and letters, labelled once, name the other orders the mail writes bare ("order
        # KW-20931 ... and KW-20944 is late too"); not a shape the mail also gave a serial in.
        order_forms = {_form(v) for v in found["order_number"]} - {_form(v) for v in found["serial_number"]}
        order_forms.discard(None)
        for i in sorted(a.shapes):
            if i in taken or self._is_quantity(a.words, i):
                continue
            if a.words[i].lower() in given:
                taken.add(i)
                continue
            if _form(a.words[i]) in order_forms and self.fields["order_number"].value(a.words[i]):
                found["order_number"].append(a.words[i])
                taken.add(i)
                continue
            for name in STANDALONE_ORDER:
                if name not in a.shapes[i]:
                    continue
                if name == "product_model" and self.catalog:
                    continue  # the operator's catalog names the models; this code may still be a serial
                if name == "product_model" and brands & set(range(i - 3, i)):
                    break  # a third-party device (Cisco C9300-48P), not our product
                value = self.fields[name].value(a.words[i], standalone=True)
                if value:
                    found[name].append(value)
                    taken.add(i)
                    models += [i] if name == "product_model" else []
                    unlabelled_orders += [i] if name == "order_number" else []
                    break
        found["serial_number"] += self._serials_not_orders(a.words, unlabelled_orders, labelled_orders, found)
        weak_ends = {e for _s, e in a.phrases.get("WEAK:serial_number", [])}
        found["serial_number"] += self._units_not_orders(
            a.words, unlabelled_orders, {*models, *catalogued}, weak_ends, found
        )
        for i in models + catalogued:  # "OZ-SFP-10G-LR #K7Q2XM4401", "2 x OZ-SFP-10G-LR: X, Y",
            # "the TideLog T5 (QR2301044)": the model introduces its serials
            j = self._skip(a.words, i + 1, self.connectors, allow_newline=False)
            if j < len(a.words) and a.words[j].lower() in self.own_after:  # "FS 60 Plus kami (X)": our FS 60 Plus
                j = self._skip(a.words, j + 1, self.connectors, allow_newline=False)
            if j < len(a.words) and (_lettered(a.words[j]) or self._unit_number(a.words, i + 1, j)):
                # a bare number after a model is a date, a count... unless it is written as the unit's number:
                # alone in brackets ("HM 1000 (2103361)") or after "#", "No." ("HM 1000 #2103361")
                self._scan(a, "serial_number", j, found["serial_number"], taken, weak=True)
            if i in catalogued:
                continue
            before = i - 2  # "K7Q2XM4401 (OZ-SFP-10G-LR)": the serial, then its model in brackets
            if before >= 0 and a.words[i - 1] == "(" and before not in taken and _lettered(a.words[before]):
                if self._only("serial_number", a.words[before]) and not self._is_quantity(a.words, before):
                    found["serial_number"].append(a.words[before])
                    taken.add(before)
        found["serial_number"] += self._alike(a.words, found, taken)
        if not found["serial_number"]:
            found["serial_number"] += self._alone(a.words, found, taken)
        return Identifiers(
            order_numbers=tuple(dict.fromkeys(found["order_number"])),
            serial_numbers=tuple(dict.fromkeys(found["serial_number"])),
            product_models=tuple(dict.fromkeys(found["product_model"])),
            tracking_numbers=tuple(dict.fromkeys(found["tracking_number"])),
            rma_reference=rma,
            not_ours=tuple(dict.fromkeys(a.words[i] for i in blocked)),
        )

    def _through_documents(
        self, words: tuple[str, ...], labels: dict[str, list[tuple[int, int]]], documents: list[tuple[int, int]]
    ) -> dict[int, int]:
        """A field's label, then where its number is written: another document's label ("Auftragsnummer
        laut Rechnung SO-119802", "order number as per invoice X", "n° de commande selon facture X"). The
        number is the field's, not the document's: {the field label's end: the document label's start}."""
        ends = {e for name, spans in labels.items() if name != "product_model" for _s, e in spans}
        out: dict[int, int] = {}
        for start, _end in documents:
            for gap in range(1, 4):
                between = [w.lower() for w in words[start - gap : start]]
                if start - gap in ends and between and all(w in self.source_words for w in between):
                    out[start - gap] = start
                    break
        return out

    def _labels(self, a: Analysis, name: str) -> list[tuple[int, int]]:
        """The spans of this field's labels, the longest of overlapping ones; a cased label in capitals only."""
        cased = [(s, e) for s, e in a.phrases.get(f"CASED:{name}", []) if _capitals(a.words[s:e])]
        return _longest(a.phrases.get(f"LABEL:{name}", []) + cased)

    def _paired(
        self, a: Analysis, labels: dict[str, list[tuple[int, int]]], found: dict[str, list[str]], taken: set[int]
    ) -> set[int]:
        """Labels written together before a colon, their values after it in the same order ("Serial # /
        Order #: X / Y", "S/N & PO: X & Y", "序列号/订单号：X/Y"): each value goes to its own label's field.
        The start indexes of the labels so read."""
        words = a.words
        spans = sorted((s, e, name) for name, found_spans in labels.items() for s, e in found_spans)
        done: set[int] = set()
        i = 0
        while i < len(spans):
            chain = [spans[i]]
            while i + len(chain) < len(spans):
                s, _e, name = spans[i + len(chain)]
                gap = [w.lower() for w in words[chain[-1][1] : s]]
                if not gap or not set(gap) <= _LABEL_JOINERS or not set(gap) & _PAIR_MARKS:
                    break
                if name in {n for _s, _e, n in chain}:
                    break
                chain.append(spans[i + len(chain)])
            if len(chain) > 1:
                values = self._paired_values(words, chain[-1][1], len(chain))
                fields = [name for _s, _e, name in chain]
                read = [self.fields[n].value(words[k]) for n, k in zip(fields, values, strict=False)]
                if values and all(read) and not taken & set(values):
                    found_values = [v for v in read if v]
                    for name, value in zip(fields, found_values, strict=True):
                        found[name].append(value)
                    taken.update(values)
                    done.update(s for s, _e, _n in chain)
            i += len(chain)
        return done

    def _paired_values(self, words: tuple[str, ...], j: int, count: int) -> list[int]:
        """The indexes of ``count`` values after paired labels ending at ``j``: a colon, then the values
        joined by the marks that joined the labels. Empty when they are not written so."""
        k = j
        while k < len(words) and words[k].lower() in ("#", ".", "no", "nr", "s", ")", "(") and k - j < 3:
            k += 1
        if k >= len(words) or words[k] not in (":", "：", "="):
            return []
        k += 1
        out: list[int] = []
        while k < len(words) and words[k] not in ("\n",) and len(out) < count:
            if words[k].lower() in _PAIR_MARKS and out:
                k += 1
                continue
            if not any(c.isdigit() for c in words[k]):
                return []
            out.append(k)
            k += 1
        return out if len(out) == count and (k >= len(words) or words[k].lower() not in _PAIR_MARKS) else []

    def _scan(self, a: Analysis, name: str, j: int, out: list[str], taken: set[int], weak: bool = False) -> None:
        """Read the value list that follows a label at token ``j`` onto ``out``: lists, ranges, one per line.
        After a weak label ("unit", "device") only values that could be nothing but this field are read.
        A list is read on its own: a value another label gave before it is no first unit of it ("Serie
        bjq240315a30" read first, then "TermoLog T8 marca -40 °C" is no "...a40")."""
        read: list[str] = []
        try:
            self._scan_list(a, name, j, read, taken, weak)
        finally:
            out.extend(read)

    def _scan_list(self, a: Analysis, name: str, j: int, out: list[str], taken: set[int], weak: bool) -> None:
        words, field = a.words, self.fields[name]
        label_end = j
        slavic = _and_a(a.text)
        separators = self.separators | {"a"} if slavic else self.separators
        j = self._skip(words, j, self.connectors, allow_newline=True)
        glued = self._glued(a, j - 2, name)
        if glued:  # "SO-25/05230": the label's letters are written into the number they introduce
            j -= 2
        direct = j
        if (
            j < len(words)
            and not glued
            and not self._glued(a, j, name)
            and not self._value_at(words, j, name)
            and j not in self._label_starts(a)  # "Estafeta. Serijski broj: X": that label reads X
        ):
            j = self._after_colon(words, j)  # "S/N on the bag: X", "PO for this delivery: X"
            if name == "tracking_number" and (j == direct or (j < len(words) and not _digit_code(words[j]))):
                # "went with DPD this morning, 15501234567890", "Delhivery site shows no record for X"
                j = self._parcel_after(words, direct)
        # The value the label's own line leads to ("Numer seryjny z etykiety: OC25-003377") is read whatever
        # other field its shape could also be; in the lines below a form's empty field, it is not.
        # Only an order's shape gives way so: a model or a parcel written there still ends the reading.
        first = (
            j if "\n" not in words[label_end:j] and j < len(words) and not self._model_or_parcel(words[j]) else direct
        )
        if name == "order_number" and j < len(words) and self._carrier_shaped(words[j]):
            return  # "our order (1Z4E7W810392901264)": a carrier's parcel number is the parcel's, not the order's
        if name == "serial_number" and j == direct < len(words):
            j = direct = self._past_model(a, j)  # "S/N: FS-60 2211-0042": the model, then its serial
        while j < len(words) and j not in taken:
            if j != first and self._other_field(words[j], name) and not (out and _same_shape(out[-1], words[j])):
                return  # not right after the label: a value shaped as another field ends the list (unless
                # it is written exactly like the value before it: "TQ2207-0031 and TQ2207-0032")
            if (
                out
                and j != direct
                and _lettered(out[-1]) != _lettered(words[j])
                and not field.value(words[j], True)
                and not (name == "serial_number" and self._tail_only(words, j, out[-1]))
            ):
                return  # "S/N QX2201A33, 884213 is the PO": a bare number after a code starts something else
            spaced = self._spaced_serial(a, j, not weak) if name in ("serial_number", "order_number") else None
            if spaced:  # "serial bhi 2311 0458", "Bestellnummer: BE 2024 0071": letters and digit groups
                out.append(spaced[0])
                taken.update(range(j, spaced[1]))
                j = self._skip(words, spaced[1], separators, allow_newline=True)
                continue
            grouped = self._spaced(a, j, name) if name == "tracking_number" and len(words[j]) <= 5 else None
            if name == "serial_number" and not weak:
                grouped = self._grouped_serial(a, j)
                if grouped and out and len(grouped[0]) != len(out[-1]):
                    grouped = None  # later units of a list are printed like the first
            if grouped:  # "FedEx 7712 3456 7890": one number written in groups
                out.append(grouped[0])
                taken.update(range(j, grouped[1]))
                j = self._skip(words, grouped[1], separators, allow_newline=True)
                continue
            whole = self._glued(a, j, name)
            if whole:
                out.append(whole)
                taken.update(range(j, j + 3))
                j = self._skip(words, j + 3, separators, allow_newline=True)
                continue
            values = self._model_at(a, j) if name == "product_model" else self._value_at(words, j, name)
            if not values and name == "serial_number" and out and j != direct:
                values = self._tail_only(words, j, out[-1])
            if weak and not all(self._only(name, v) for v in values):
                return
            if not values:
                j = self._next_row(a, j, out[-1]) if out else -1
                if j < 0:
                    return
                continue
            if name == "product_model" and " " in values[0]:  # "FS 60 Plus": a name of several words
                out.append(values[0])
                taken.update(range(j, j + len(values[0].split())))
                return
            out.extend(values)
            taken.add(j)
            k = j + 1
            after = self._range_word(words, k, slavic)
            if after < len(words) and after > k and not self._is_quantity(words, after):
                last = field.value(words[after]) or _short_tail(out[-1], words[after])
                if words[k].lower() == "a" and not _same_shape(out[-1], words[after]):
                    last = None  # "X a Y" spans a range only between two whole serials ("S/N X a 12 month old")
                if last:  # "TQ88-1200 to 1209", "HK240607 through 09", "TQ88-1200...1204"
                    out.extend(self._range(out.pop(), last))
                    taken.add(after)
                    k = after + 1
            j = self._skip(words, k, separators, allow_newline=True)
            if j == k and j < len(words) and not field.value(words[j]):
                j = self._next_row(a, k, out[-1])
                if j < 0:
                    return

    def _numbered_before(self, words: tuple[str, ...], found: dict[str, list[str]], taken: set[int]) -> None:
        """A number written before the word that says what it numbers (identifiers.yml ``numbered_words``),
        as in Turkish: "2025-SE-0399 numaralı siparişle" (with the order numbered X), "BV24020508 seri
        numaralı cihaz" (the unit of serial X); or in Hungarian: "BESZ-26-131 számú megrendelés"."""
        for i, word in enumerate(words):
            if word.lower() not in self.numbered_words or i == 0:
                continue
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            starts = [name for start, name in self.numbered_after.items() if after.startswith(start)]
            if words[i - 1].lower() in self.numbered_before and i >= 2:
                name, k = self.numbered_before[words[i - 1].lower()], i - 2
            elif starts:
                name, k = starts[0], i - 1
            else:
                continue
            value = self.fields[name].value(words[k]) if k not in taken else None
            if value:
                found[name].append(value)
                taken.add(k)

    def _order_in_brackets(self, words: tuple[str, ...], orders: list[str], taken: set[int]) -> list[str]:
        """A code in brackets right after a labelled order, maybe after a word or two ("PO SG-PO-24-118 (your
        JO-24-00633)", "zamówienie PO/24/0093 (Wasze ZS/24/1203-A)"): the same order as the other side
        numbers it."""
        out: list[str] = []
        if not orders:
            return out
        for i, word in enumerate(words):
            if i in taken or sum(c.isdigit() for c in word) < 3 or not _bracketed_after(words, i, orders):
                continue
            value = self.fields["order_number"].value(word)
            if value:
                out.append(value)
                taken.add(i)
        return out

    def _serials_not_orders(
        self, words: tuple[str, ...], unlabelled: list[int], labelled: list[str], found: dict[str, list[str]]
    ) -> list[str]:
        """Codes read as orders by their shape alone that are rather the units' serials: the mail names its
        order after a label ("PO LU-2025-08812"), and a code of another shape written with no label
        ("the laser (VLS-24-0233)") is a company's serial that looks like its letters, a year and a number,
        not a second order. A code whose letters say "order" (PO-, SO-, ORD-...) stays an order, and so does
        a code in brackets right after a labelled order: the same order as the other side numbers it ("PO
        SG-PO-24-118 (your JO-24-00633)", "PO 031/PJB/X/2024 (SO-NOP-24-0311)")."""
        if not labelled or not unlabelled:
            return []
        out: list[str] = []
        for i in unlabelled:
            word = words[i]
            if self.order_word.match(word) or _FULL_YEAR.search(word) or any(_same_shape(word, v) for v in labelled):
                continue  # a document spells its year in full (NIO-2024-0977); a serial shortens it (KRS-23-0417)
            if _bracketed_after(words, i, labelled):
                continue
            value = self.fields["serial_number"].value(word)
            if value and word in found["order_number"]:
                found["order_number"].remove(word)
                out.append(value)
        return out

    def _units_not_orders(
        self,
        words: tuple[str, ...],
        unlabelled: list[int],
        model_ends: set[int],
        weak_ends: set[int],
        found: dict[str, list[str]],
    ) -> list[str]:
        """Codes read as orders by their shape alone that the mail writes as a unit's own number: right
        after the product ("Spektra UV 300 SP/21/0933", "the LX 40 (ZK/24/0412)") or after a word for the
        unit ("Units SP/22/0190 and SP/22/0191"); and the codes written exactly like one of them. A maker's
        letters, a year and a number between slashes are an order's shape in one company and a serial's in
        another; where the mail puts the code decides. A code whose letters say "order" (PO-, SO-...) or
        that spells its year in full (ZS/2024/00954, a document's) stays an order."""
        moved: list[str] = []
        shapes: set[str] = set()
        candidates = [i for i in unlabelled if words[i] in found["order_number"]]
        candidates = [i for i in candidates if not (self.order_word.match(words[i]) or _FULL_YEAR.search(words[i]))]
        for i in candidates:
            k = i - 1
            while k >= 0 and i - k <= 2 and words[k] in _BEFORE_UNIT:
                k -= 1
            if k in model_ends or k + 1 in weak_ends:
                shapes.add(_shape_key(words[i]))
        for i in candidates:
            if _shape_key(words[i]) in shapes and words[i] in found["order_number"]:
                value = self.fields["serial_number"].value(words[i])
                if value:
                    found["order_number"].remove(words[i])
                    moved.append(value)
        return moved

    def _model_or_parcel(self, token: str) -> bool:
        return any(self.fields[n].value(token, standalone=True) for n in ("product_model", "tracking_number"))

    def _glued(self, a: Analysis, j: int, name: str) -> str | None:
        """The number written at ``j`` as letters, a hyphen and the rest with no space ("SO-25/05230",
        which reads as "SO" then "25/05230" since "SO" is also a label), when the whole of it is a shape of
        this field standing on its own: the letters are part of the number, not a label before it."""
        words = a.words
        if j < 0 or j + 2 >= len(words) or words[j + 1] != "-" or a.spaces[j] or a.spaces[j + 1]:
            return None
        if not words[j].isalpha() or not any(c.isdigit() for c in words[j + 2]):
            return None
        return self.fields[name].value(f"{words[j]}-{words[j + 2]}", standalone=True)

    def _unit_number(self, words: tuple[str, ...], start: int, j: int) -> bool:
        """Whether the bare number at ``j``, after a model whose words end before ``start``, is written as
        that unit's serial: alone in brackets ("HM 1000 (2103361)", "KS-CPU 314 (2402/00311)") or after a
        number sign ("HM 1000 #2103361", "HM 1000 Nr. 2103361"); in brackets after "our" written after the
        model ("FS 60 Plus kami (0041207420)"); or first of a list of numbers alike after a colon ("three FS 60
        Plus: 0041207301, 0041207302"). Six digits or more, and not a date written without separators
        (20240315)."""
        word, between = words[j], [w.lower() for w in words[start:j]]
        if sum(c.isdigit() for c in word) < 6 or _COMPACT_DATE.fullmatch(word):
            return False
        if between[:1] and between[0] in self.own_after:
            between = between[1:]
        if between in (["("], ["（"]):
            return j + 1 < len(words) and words[j + 1] in (")", "）", ",", "、")
        if between in ([":"], ["："]):
            after = words[j + 2] if j + 2 < len(words) and words[j + 1] in (",", "、", ";") else ""
            return word.isdigit() and after.isdigit() and len(after) == len(word)
        if not between and word.isdigit() and word.startswith("0") and not _DAY_FIRST_DATE.fullmatch(word):
            return True  # "FS 60 Plus 0004512": leading zeros are a printed serial's, never a count's or a year's
        if between == ["#"]:
            return True
        if between[-1:] in (["."], ["#"]):
            between = between[:-1]
        return len(between) == 1 and between[0] in self.number_words

    def _past_model(self, a: Analysis, j: int) -> int:
        """The index of the serial after a model written at ``j`` between a serial's label and the serial
        ("S/N: FS-60 2211-0042", "SN HM 1000 2103361", "Seriennummer HM 1000: 2103361"), or ``j``. A model
        of the operator's catalog with no serial after it ends the label's reading (the end of the words):
        a serial is never the model's name."""
        words = a.words
        if self.catalog and a.offsets:
            start = a.offsets[j][0]
            named = [hi for _model, lo, hi in self.catalog.find(a.text[start : start + 60])[:1] if lo == 0]
            if not named:
                return j
            end = max(k for k in range(j, len(words)) if a.offsets[k][0] < start + named[0]) + 1
            after = self._skip(words, end, {":", "：", ",", "-", "#", "(", "/"}, allow_newline=False)
            return after if after < len(words) and self.fields["serial_number"].value(words[after]) else len(words)
        model = self.fields["product_model"].value(words[j], standalone=True)
        if not model or self._only("serial_number", words[j]) or j + 1 >= len(words):
            return j
        end = j + 1
        if words[end] in (":", "：") and end + 1 < len(words):
            end += 1  # "S/N FS-60: 2211-0042"
        elif not a.spaces[j]:
            return j
        return end if self.fields["serial_number"].value(words[end]) else j

    def _tail_only(self, words: tuple[str, ...], j: int, last: str) -> list[str]:
        """A later unit of a list written as its changing digits only ("QX2201A30, 31 and 32"): the full
        serial, when it counts upwards from the one before and no word after it makes it a count
        ("QX2201A30, 45 days")."""
        word = words[j]
        full = _short_tail(last, word) if word.isdigit() and 1 < len(word) <= 3 and _lettered(last) else None
        if full is None or int(word) <= int(last[-len(word) :]) or self._is_quantity(words, j):
            return []
        after = words[j + 1].lower() if j + 1 < len(words) else "\n"
        if after.isalpha() and after not in self.separators and after not in self.range_words:
            return []
        return [full]

    def _alike(self, words: tuple[str, ...], found: dict[str, list[str]], taken: set[int]) -> list[str]:
        """Codes written exactly like a serial the mail gave, in the same paragraph ("S/N: K7Q2XM4401 ...
        later K7Q2XM4409 failed too", "SN X(第1台)、Y(第2台)"): other units of the same product. Only
        lettered codes of six characters or more, so a bare number never takes this road; a code in
        another paragraph ("QX2201A35 works fine" below the list) is left alone."""
        serials = {s for s in found["serial_number"] if _lettered(s) and len(s) >= 6}
        if not serials:
            return []
        lengths = {len(s) for s in serials}
        paragraph, known = 0, set()
        paragraphs = []
        for i, word in enumerate(words):
            paragraph += word == "\n" and i > 0 and words[i - 1] == "\n"
            paragraphs.append(paragraph)
            if word in serials:
                known.add((paragraph, _shape_key(word)))
        others = {v for name, values in found.items() if name != "serial_number" for v in values}
        field, out = self.fields["serial_number"], []
        for i, word in enumerate(words):
            if len(word) not in lengths or i in taken or word in others:
                continue
            if (paragraphs[i], _shape_key(word)) in known and not self._is_quantity(words, i):
                value = field.value(word)
                if value:
                    out.append(value)
        return out

    def _alone(self, words: tuple[str, ...], found: dict[str, list[str]], taken: set[int]) -> list[str]:
        """A code the customer wrote as a sentence of its own ("... restarts after a few minutes. mn240305-c.
        Thanks!", a line holding "sp/24/0051" above the name): the unit's number, copied from its sticker
        with no word for it. Only a code of letters and six digits or more that no other field's shape claims
        (a model, an order, a parcel), with no full year (a document's) and no letters that say "order", in
        a mail that names no serial otherwise."""
        out: list[str] = []
        given = {v.lower() for values in found.values() for v in values}
        for i, word in enumerate(words):
            if i in taken or not _lettered(word) or sum(c.isdigit() for c in word) < 6 or word.lower() in given:
                continue
            if not (i == 0 or words[i - 1] in _SENTENCE_ENDS) or not (
                i + 1 == len(words) or words[i + 1] in _SENTENCE_ENDS
            ):
                continue
            if self.order_word.match(word) or _FULL_YEAR.search(word) or self.rma.fullmatch(word):
                continue  # an order's or a document's number
            if self.fields["product_model"].value(word, standalone=True) or not self._only("serial_number", word):
                continue
            value = self.fields["serial_number"].value(word)
            if value:
                out.append(value)
        return out

    def _columns(self, text: str) -> dict[str, list[str]]:
        """Values under a column header ("Serial No." | "PO") in a table: one row per line, cells split
        by "|", tabs or runs of spaces; the table ends at a blank line or a line of a different shape."""
        out: dict[str, list[str]] = {}
        columns: dict[int, str] = {}
        width = 0
        for line in text.translate(_WIDTH_MAP).splitlines()[:2000]:
            cells = [c for c in _CELLS.split(line.strip())] if line.strip() else []
            if len(cells) < 2 or (columns and abs(len(cells) - width) > 1):
                columns = {}
            elif columns and any(_cell_key(c) in self.headers for c in cells):
                columns = {}  # a header again, or a "Label | value" row: the table above has ended
            if len(cells) < 2:
                continue
            if not columns:
                columns = {i: self.headers[_cell_key(c)] for i, c in enumerate(cells) if _cell_key(c) in self.headers}
                if columns:  # "Invoice | Your order": the column of another document's numbers is kept apart
                    columns |= {i: _BLOCKED_COLUMN for i, c in enumerate(cells) if _cell_key(c) in self.blocked_headers}
                width = len(cells)
                continue
            for index, name in columns.items():
                parts = _PARTS.split(cells[index].strip()) if index < len(cells) else []
                first = parts[0] if parts else ""
                if name == _BLOCKED_COLUMN:
                    out.setdefault(name, []).extend(p for p in parts if any(c.isdigit() for c in p))
                    continue
                value = self.fields[name].value(first) if first else None
                if value:  # "K7Q2XM4401 / K7Q2XM4402": more values in the cell, written like the first
                    more = [self.fields[name].value(p) for p in parts[1:] if _same_shape(p, first)]
                    out.setdefault(name, []).extend([value, *(v for v in more if v)])
        return out

    def _unlabelled_ranges(self, words: tuple[str, ...], taken: set[int], slavic: bool) -> list[str]:
        """ "OZ5510 to OZ5514" with no label: two ends of one shape and one prefix are a serial range."""
        out: list[str] = []
        for i in range(len(words) - 2):
            if i in taken or i + 2 in taken or self._range_word(words, i + 1, slavic) != i + 2:
                continue
            first, last = words[i], words[i + 2]
            # The range shape, or any code that can be nothing but a serial ("K7Q2XM4401 to K7Q2XM4405").
            shaped = self.range_shape.fullmatch(first) and self.range_shape.fullmatch(last)
            if (
                (shaped or (_lettered(first) and _same_shape(first, last) and self._only("serial_number", first)))
                and len(first) == len(last)
                and first.rstrip("0123456789") == last.rstrip("0123456789")
            ):
                out.extend(self._range(first, last))
                taken.update((i, i + 2))
        return out

    def _ordered_aside(self, words: tuple[str, ...], taken: set[int]) -> list[str]:
        """The order a customer names in brackets by the verb they bought it with ("ordered on the 2nd
        (KW-21990)", "(besteld via jullie webshop, KW-20388)"): a lettered code that closes the bracket a few
        words after the verb, in the same sentence, and that no carrier's or serial's shape claims."""
        out: list[str] = []
        field = self.fields["order_number"]
        for i, word in enumerate(words):
            if word.lower() not in self.ordered_words:
                continue
            for k in range(i + 1, min(i + 9, len(words) - 1)):
                if words[k] in _SENTENCE_ENDS:
                    break
                code = words[k]
                if words[k + 1] not in (")", "）") or k in taken or not _lettered(code):
                    continue
                claimed = any(
                    self.fields[other].value(code, standalone=True) for other in ("serial_number", "tracking_number")
                )
                numbered = sum(c.isdigit() for c in code) >= 4  # "the wrong one (FS-60)" names a model
                if field.value(code) and numbered and not claimed and not self.catalog.canonical(code):
                    out.append(code)
                    taken.add(k)
                break
        return out

    def _slash_lists(self, words: tuple[str, ...], taken: set[int]) -> list[str]:
        """ "ST24.10.0301/0302/0305" with no label: a unit's whole serial, then the changing tails of more
        units, is a list of serials when every unit so written is a serial's own shape."""
        out: list[str] = []
        field = self.fields["serial_number"]
        for i, word in enumerate(words):
            if i in taken or word.count("/") < 1 or field.value(word, standalone=True):
                continue
            units = _shared_prefix_list(word.split("/"))
            if len(units) > 1 and all(field.value(u, standalone=True) for u in units):
                out.extend(units)
                taken.add(i)
        return out

    def _blocked_values(self, words: tuple[str, ...], j: int) -> list[int]:
        """Indexes of the numbers written after an invoice/VAT/phone label: never ours to extract."""
        j = self._skip(words, j, self.connectors, allow_newline=False)
        out: list[int] = []
        while j < len(words) and words[j] != "\n" and len(out) < 6 and any(c.isdigit() for c in words[j]):
            out.append(j)
            j = self._skip(words, j + 1, self.separators, allow_newline=False)
        return out

    def _spaced(self, a: Analysis, j: int, name: str) -> tuple[str, int] | None:
        """A number written in space-separated groups: (the value as written, one space between groups;
        the index after it). The groups are how the carrier prints it ("7749 1023 8861") and how the
        customer will quote it back; the whole of it, joined, must be the field's shape."""
        parts: list[str] = []
        k = j
        while k < len(a.words) and len(parts) < 8 and a.words[k].isalnum() and len(a.words[k]) <= 5:
            parts.append(a.words[k])
            k += 1
            if not a.spaces[k - 1]:
                break
        for end in range(len(parts), 1, -1):
            joined = "".join(parts[:end])
            value = self.fields[name].value(joined)
            if value:
                return (" ".join(parts[:end]) if value == joined else value), j + end
        return None

    def _spaced_serial(self, a: Analysis, j: int, labelled: bool) -> tuple[str, int] | None:
        """A serial printed as the maker's letters then digit groups, copied with its spaces ("BHI 2401
        1187"): (the value as written, one space between groups; the index after it). After a label the
        letters may be typed in small letters ("serial bhi 2311 0458"); with no label only in capitals,
        so words of a sentence ("for 2024 2025") are never a prefix. The groups stand on one line and the
        number ends with them: a fourth group or a longer code after them is some other number."""
        words = a.words
        if j >= len(words) or not words[j].isalpha():
            return None
        if not (words[j].isupper() or (labelled and words[j].islower())):
            return None
        k = j + 1
        while k < len(words) and k - j <= 4 and a.spaces[k - 1] and words[k].isascii():
            # digit groups, maybe a plant's letter between them ("DYP 2407 K 00921"); the shape decides
            if not (words[k].isdigit() or (k > j + 1 and len(words[k]) == 1 and words[k].isalpha())):
                break
            k += 1
        # "BHI 2401 1187 A is broken": a letter after the groups is the next word, not the serial's
        ends = [k, *[m for m in range(k - 1, j + 2, -1) if words[m].isalpha()][:1]]
        for end in ends:
            if end - j < 3 or (end < len(words) and a.spaces[end - 1] and _digit_code(words[end])):
                continue
            value = " ".join(words[j:end])
            if self.spaced_serial.fullmatch(value):
                return value, end
        return None

    def _spaced_serials(self, a: Analysis, taken: set[int]) -> list[str]:
        """Serials of the maker's letters and digit groups written with no label ("the SeaTrace 7 (BHI
        2308 1020)", "... fuse is fine. BHI 2306 8812."): read in capitals anywhere but after a label of
        another field or another document, whose reading has taken its words."""
        out: list[str] = []
        starts: set[int] | None = None
        i = 0
        while i < len(a.words):
            found = None if i in taken else self._spaced_serial(a, i, labelled=False)
            if found and starts is None:
                starts = self._label_starts(a)  # looked up only in the rare mail with such a code
            if found and i not in (starts or ()) and not taken & set(range(i, found[1])):
                out.append(found[0])
                taken.update(range(i, found[1]))
                i = found[1]
                continue
            i += 1
        return out

    def _grouped_serial(self, a: Analysis, j: int) -> tuple[str, int] | None:
        """A serial printed in groups of three or four characters and copied with its spaces ("S/N: 2207
        0041 2231", "SN ab12 cd34 ef56"): (the joined value, the index after it). Each group has a digit,
        all but the last are of one length, and they stand on one line; "S/N 2103361 2103365" (two
        serials) has longer groups."""
        words, parts = a.words, list[str]()
        k = j
        while k < len(a.words) and len(parts) < 4 and words[k].isalnum() and 3 <= len(words[k]) <= 4:
            if not any(c.isdigit() for c in words[k]) or (parts and len(parts[0]) != len(parts[-1])):
                break
            parts.append(words[k])
            k += 1
            if not a.spaces[k - 1]:
                break
        while len(parts) > 1 and len(parts[-1]) > len(parts[0]):
            parts.pop()
        end = j + len(parts)
        if len(parts) < 2 or (end < len(words) and a.spaces[end - 1] and _digit_code(words[end])):
            return None  # a code goes on after the groups ("2208 00412"): not one printed serial
        value = self.fields["serial_number"].value("".join(parts))
        return (value, end) if value else None

    def _after_colon(self, words: tuple[str, ...], j: int) -> int:
        """The value after a few words that describe the label: "S/N on the bag: X", "serial numbers of
        the failed units are X", "序列号分别是X". A word with a digit in between ends the search, unless it
        is in brackets: "Affected devices (2 pcs): X"."""
        start = j
        if 0 < j < len(words) and words[j - 1] in ("(", "（"):
            close = next((k for k in range(j, min(j + 6, len(words))) if words[k] in (")", "）")), -1)
            if close > 0 and "\n" not in words[j:close]:
                start = self._skip(words, close + 1, self.connectors, allow_newline=True)
                if start < len(words) and any(c.isdigit() for c in words[start]):
                    return start
        for k in range(start, min(start + 6, len(words))):
            word = words[k].lower()
            if word == "\n":
                break
            if word in (":", "："):
                return self._skip(words, k + 1, self.connectors, allow_newline=True)
            if word in ("-", "–", "—", "=") and k > j:  # "Serial number(s) affected - X"
                return self._skip(words, k + 1, self.connectors, allow_newline=False)
            if word in self.introducers:
                return self._skip(words, k + 1, self.connectors | self.articles, allow_newline=False)
            if word == ")" and k + 1 < len(words) and any(c.isdigit() for c in words[k + 1]):
                return k + 1  # "SN (on the sticker) X": the remark in brackets ends before the value
            if any(c.isdigit() for c in word):
                break
        return j

    def _parcel_after(self, words: tuple[str, ...], j: int) -> int:
        """The parcel's number a few words after a carrier's name in the same sentence ("went with DPD
        this morning, 15501234567890", "用黑貓寄出，單號 904512345678"), or ``j``. Only the first word with a
        digit is looked at, and only a parcel's shape that no other field claims is taken: "UPS came at
        10, order 4500012345" names no parcel."""
        for k in range(j, min(j + 7, len(words))):
            if words[k] == "\n" and k > j and words[k - 1].isalpha() and words[k - 1].lower() in self.connectors:
                continue  # "par Postes Canada, numéro / 7023…": the line wrapped after the word for its number
            if words[k] in ("\n", ".", "。", "!", "?", "！", "？"):
                break
            if any(c.isdigit() for c in words[k]):
                token = words[k]
                if self.fields["tracking_number"].value(token) and not self._other_field(token, "tracking_number"):
                    return k
                break
        return j

    def _range_word(self, words: tuple[str, ...], k: int, slavic: bool) -> int:
        """The index after a range word at ``k`` ("to", "~", "..." written as dots), or ``k`` if none. A
        line may break on either side of the word ("ST24.07.2207 / até ST24.07.2211"), and the last unit
        may be written as dots and its changing digits ("ALM-2402-0207 bis ...0212", "X 至 ...0112")."""
        start = k
        # Only a word may stand across a line break: "- X" opening a line is a list's bullet, not a range.
        if k + 1 < len(words) and words[k] == "\n" and words[k + 1].isalpha():
            k += 1  # the range word opens the next line
        if k < len(words) and words[k].lower() in self.range_words and not (slavic and words[k].lower() == "a"):
            # "X a Y" spans a range in Portuguese, Spanish, Italian; in Czech, Slovak, Polish it is "and"
            after = k + 1
            if after + 1 < len(words) and words[after] == "\n" and words[k].isalpha() and words[after + 1] != "\n":
                after += 1  # the line breaks after the range word
            return self._dots(words, after)
        if k != start:
            return start
        dots = self._dots(words, k)
        return dots if dots > k else k

    @staticmethod
    def _dots(words: tuple[str, ...], k: int) -> int:
        """The index after two to four dots written at ``k`` (an ellipsis before a range's tail), or ``k``."""
        dots = k
        while dots < len(words) and dots - k < 4 and words[dots] == ".":
            dots += 1
        return dots if dots - k >= 2 else k

    def _next_row(self, a: Analysis, j: int, last: str) -> int:
        """In a list of one value per line with a comment after each ("- TQ2207-0031 no link"): the index
        of the next line's value, when it is written exactly like ``last``; -1 otherwise."""
        words = a.words
        end = next((k for k in range(j, min(j + 30, len(words))) if words[k] == "\n"), -1)
        if end < 0 or (end + 1 < len(words) and words[end + 1] == "\n"):
            return -1  # the line goes on too long, or a blank line ends the list
        n = self._skip(words, end, frozenset(), allow_newline=True)
        return n if n < len(words) and n > end and _same_shape(words[n], last) else -1

    def _value_at(self, words: tuple[str, ...], j: int, name: str) -> list[str]:
        field, token = self.fields[name], words[j]
        if self._is_quantity(words, j) or self.rma.fullmatch(token):
            return []
        if "/" in token and name == "serial_number" and field.value(token, standalone=True):
            return [token]  # "MV2437/0417": a maker's whole serial shape, slash and all, is one unit
        if "/" in token:  # "4500012345/4500012346" is two orders; "3310/2026" is one
            halves = token.split("/")
            values = [field.value(h) for h in halves]
            # Two values joined by a slash are written alike; "KRL24/03172Q" (a year, then the unit's
            # number and check letter) is one code of two different halves.
            alike = all(_same_shape(h, halves[0]) for h in halves) or all(field.value(h, True) for h in halves)
            if alike and all(len(h) >= 5 for h in halves) and all(values):
                return [v for v in values if v]
            shared = _shared_prefix_list(halves)  # "AX7-2231-0045/0046/0049": the tail changes
            if name == "serial_number" and shared and all(field.value(v) for v in shared):
                return shared
        if name == "serial_number" and "-" in token:  # "LT2309A01121-LT2309A01125" written as one word
            first, _, last = token.partition("-")
            a, b = field.value(first), field.value(last)
            same = b and len(first) == len(last) and first.rstrip("0123456789") == last.rstrip("0123456789")
            if a and (same or (last.isdigit() and len(last) < len(first) and "-" not in last and len(last) > 2)):
                units = self._range(a, b if same else last)  # type: ignore[arg-type]
                # A real range counts upwards from its first unit; "HG2305-0012", "SN20230512-001" do not:
                # a serial whose last block is a number is one serial, not two ends.
                if len(units) > 2 or (len(units) == 2 and _consecutive(*units)):
                    return units
        value = field.value(token)
        return [value] if value else []

    def _model_at(self, a: Analysis, j: int) -> list[str]:
        """A model after its label, which may be written in several words: "FS 60 Plus", "SPL 1x4"."""
        words, field = a.words, self.fields["product_model"]
        first = words[j]
        parts = [first]
        k = j + 1
        while k < len(words) and len(parts) < 4 and a.spaces[k - 1] and k not in self._label_starts(a):
            word = words[k]
            numeric = any(c.isdigit() for c in word) and len(word) <= 8 and word.isalnum()
            if not (numeric or word.lower() in self.model_words or (word.isupper() and len(word) <= 3)):
                break
            parts.append(word)
            k += 1
        while len(parts) > 1 and not any(c.isdigit() for c in " ".join(parts[1:])):
            parts.pop()  # "SPL" alone continued only by words is no model name
        if len(parts) > 1 and not field.value(first) and (first.isupper() or first[:1].isupper()):
            if not _fullmatch_any(field.never, "-".join(parts)):
                return [" ".join(parts)]
        if len(parts) > 1 and field.value(first) and field.value("".join(parts[1:2])) is None:
            return [" ".join(parts)]
        return self._value_at(words, j, "product_model")

    def _only(self, name: str, value: str) -> bool:
        """Whether ``value`` can be read as this field after a weak label: a code of its own standalone
        shape, or one with five digits or more that no other field's shape (a model, an order) claims."""
        field = self.fields[name]
        if field.value(value, standalone=True):
            return True
        if not field.value(value) or sum(c.isdigit() for c in value) < 5:
            return False
        # With the operator's catalog of models, a code shaped like a model but not in it may be a serial
        # ("HM 1000 SN2207-00412").
        others = [
            f for other, f in self.fields.items() if other != name and not (other == "product_model" and self.catalog)
        ]
        return not any(f.value(value, standalone=True) for f in others)

    def _numbered(self, words: tuple[str, ...], j: int) -> int:
        """Past the number of an item in a list ("Unit 1: X", "device #2 - X"), to what is said of it."""
        k = j + (j < len(words) and words[j] == "#")
        if k + 1 < len(words) and words[k].isdigit() and len(words[k]) <= 2 and words[k + 1] in (":", "：", "-"):
            return k + 2
        return j

    def _verb(self, word: str) -> bool:
        """Whether a label matched by its stem is written as a verb ("ordered", "ordering")."""
        word = word.lower()
        return word.endswith(("ed", "ing")) and word not in self.label_words

    def _carrier_shaped(self, token: str) -> bool:
        """Whether ``token`` is written as a carrier's own parcel number (UPS 1Z..., a UPU item with its
        check digit): that shape names a parcel whatever label stands before it."""
        return self.fields["tracking_number"].value(token, standalone=True) is not None

    def _other_field(self, token: str, name: str) -> bool:
        return any(
            other != name and self.fields[other].value(token, standalone=True) for other in IDENTIFIER_FIELDS
        ) and not self.fields[name].value(token, standalone=True)

    def _in_header_row(self, a: Analysis, i: int) -> bool:
        """Whether token ``i`` is a cell of a line with two or more column headers ("Model | Serial No.")."""
        if not a.offsets:
            return False
        start = a.text.rfind("\n", 0, a.offsets[i][0]) + 1
        end = a.text.find("\n", a.offsets[i][1])
        line = a.text[start : end if end >= 0 else len(a.text)].translate(_WIDTH_MAP)
        cells = [c for c in _CELLS.split(line.strip()) if c]
        return len(cells) >= 2 and sum(_cell_key(c) in self.headers for c in cells) >= 2

    def _label_starts(self, a: Analysis) -> set[int]:
        return {s for key, spans in a.phrases.items() if key.startswith(("LABEL:", "BLOCKED")) for s, _e in spans}

    def _range(self, first: str, last: str) -> list[str]:
        return expand_range(first, last, self.max_range)

    def _skip(self, words: tuple[str, ...], j: int, skippable: Collection[str], allow_newline: bool) -> int:
        """Step over joining words, and over line breaks followed by list bullets."""
        steps = 0
        while j < len(words) and steps < 8:
            word = words[j].lower()
            if (
                word in skippable
                or (allow_newline and word == "\n")
                or (words[j] in ".)" and j > 1 and words[j - 2] == "\n" and words[j - 1].isdigit())  # "2." bullet
                or (
                    words[j - 1] == "\n"
                    and _BULLET.fullmatch(word)
                    and j + 1 < len(words)
                    and words[j + 1] not in ("\n",)
                    and not words[j + 1].isalpha()
                )
            ):
                j += 1
                steps += word != "."  # a dot leader ("S/N ........ X") counts as one step
                continue
            break
        return j

    def _is_quantity(self, words: tuple[str, ...], i: int) -> bool:
        return i + 1 < len(words) and words[i].isdigit() and words[i + 1].lower() in self.units


# A number whose letters say sales order (SO2024-0773, KL-SO-44120), written after an invoice's label. Not
# other letters (a Taiwanese invoice's AB55123456, an invoice numbered PO-...), not ISO.
def _with_prefix(
    a: Analysis, start: int, end: int, value: str, prefixes: frozenset[str], letters: frozenset[str] = frozenset()
) -> str:
    """The order's value as the mail cites it: with the maker's letters (``prefixes``, identifiers.yml
    ``cited_order_prefixes``) when they are the label, alone in capitals right before a number that starts
    with a digit ("PV 46110"), or are written onto the number with a hyphen ("OV-01402/26", whatever label
    stands before it); with any order's letters (``letters``, ``order_letters``) alone in capitals before a
    year block and a number, which are no number without them ("SO 24/0977"); else the value as read."""
    words = a.words
    if not value[:1].isdigit():
        return value
    k = next((k for k in range(end, min(end + 8, len(words))) if words[k] == value), -1)
    cited = prefixes | (letters if _YEAR_AND_NUMBER.fullmatch(value) else frozenset())
    if k == end and end - start == 1 and words[start] in cited and a.spaces[start]:
        return f"{words[start]} {value}"
    if k >= 2 and words[k - 1] == "-" and words[k - 2] in prefixes and not (a.spaces[k - 2] or a.spaces[k - 1]):
        return f"{words[k - 2]}-{value}"
    return value


# A year block and a number of the year, between a slash: 24/0977, 2024/00871.
_YEAR_AND_NUMBER = re.compile(r"(?:20)?\d{2}/\d{3,6}")
_SALE_ORDER = re.compile(r"(?!ISO)(?:[A-Z]{1,4}-)?[A-Z]{0,4}SO[-/]?\d")
# A year block written in full between separators: a document's number (NIO-2024-0977), not a unit's.
_FULL_YEAR = re.compile(r"[-/.](?:19|20)\d{2}[-/.]")
# The column of a table under a header of another document's number ("Invoice", "Rechnung").
_BLOCKED_COLUMN = "BLOCKED"
# What stands around a sentence of one word: a line's end, a full stop, a question or exclamation mark.
_SENTENCE_ENDS = frozenset({"\n", ".", "!", "?", "。", "！", "？"})
# Marks between a product, or a word for the unit, and the unit's own number: "LX 40 (X)", "unit #X", "LX 40: X".
_BEFORE_UNIT = frozenset({"(", "（", "#", ":", "：", "-", ","})
# Marks that join labels written together ("Serial / Order:", "S/N & PO:") and then their values.
_PAIR_MARKS = frozenset({"/", "&", "+", "|", "、", "／", "＆"})
_LABEL_JOINERS = _PAIR_MARKS | {"#", ".", "no", "nr", ")", "("}
# Letters of Czech, Slovak and Polish: in their mail "a" joins two values ("X a Y" is "X and Y").
_SLAVIC = re.compile(r"[čďěňřšťůžľĺŕąćęłńśźż]", re.IGNORECASE)
# A date written day first with no separators: 01032024.
_DAY_FIRST_DATE = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}")
_COMPACT_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_WIDTH_MAP = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _bracketed_after(words: tuple[str, ...], i: int, values: list[str]) -> bool:
    """Whether the code at ``i`` is written in brackets right after one of ``values``, maybe with a word or
    two before it inside them ("X (your Y)", "X (Ihre Y)", "X（貴社 Y）")."""
    k, bracket = i - 1, False
    while k >= 0 and i - k <= 3:
        word = words[k]
        if word in ("(", "（", "["):
            bracket = True
        elif bracket or any(c.isdigit() for c in word) or not word.isalpha():
            break
        k -= 1
    return bracket and k >= 0 and words[k] in values


def _and_a(text: str) -> bool:
    """Whether ``text`` is written in a language where "a" means "and" rather than "to"."""
    return _SLAVIC.search(text) is not None


def _cell_key(cell: str) -> str:
    """A header cell as a lookup key: "Serial No." and "serial no" and "Serial numbers:" read alike."""
    words = re.sub(r"[^\w/ ]+", " ", cell.lower()).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _shared_prefix_list(parts: list[str]) -> list[str]:
    """ "AX7-2231-0045/0046/0049" → every unit: each later part replaces the same-length tail of the first."""
    first, rest = parts[0], parts[1:]
    if not rest or not all(p.isalnum() and len(p) < len(first) for p in rest):
        return []
    if not all(first[-len(p) :].isdigit() == p.isdigit() for p in rest):
        return []
    return [first] + [first[: len(first) - len(p)] + p for p in rest]


def _same_shape(a: str, b: str) -> bool:
    """Whether two codes are written alike: letters where letters are, digits where digits are."""
    return _shape_key(a) == _shape_key(b)


def _shape_key(code: str) -> str:
    """A code's shape: "K7Q2XM4401" → "A9A9AA9999", "lt2507b00912" → "aa9999a99999"."""
    return _SHAPE.sub("9", code).translate(_LETTERS)


_SHAPE = re.compile(r"\d")
_LETTERS = {c: "A" for c in range(0x41, 0x5B)} | {c: "a" for c in range(0x61, 0x7B)}


def _form(code: str) -> tuple[str, str] | None:
    """A lettered code's leading letters and shape ("KW-20931" → ("KW", "AA-99999")), for codes of six
    characters or more that start with letters and have digits; None for anything else."""
    letters = re.match(r"[A-Za-z]+", code)
    if not letters or len(code) < 6 or not any(c.isdigit() for c in code):
        return None
    return letters.group().upper(), _shape_key(code).upper()


def _capitals(words: tuple[str, ...]) -> bool:
    """Whether the letters of a label are written in capitals ("SO", "SO#"), not as a word ("so", "So")."""
    letters = [c for w in words for c in w if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _words(label: str) -> list[str]:
    return re.findall(r"\w+", label.lower())


def _digit_code(word: str) -> bool:
    """Whether ``word`` is a code with a digit in it (not a word, not a sign)."""
    return word.isalnum() and any(c.isdigit() for c in word)


def _lettered(value: str) -> bool:
    """Whether a value has letters in it (a code) rather than being a bare number."""
    return any(c.isalpha() for c in value)


def _consecutive(first: str, second: str) -> bool:
    """Whether ``second`` is the unit after ``first`` (same prefix, tail one higher)."""
    a, b = re.match(r"(.*?)(\d+)$", first), re.match(r"(.*?)(\d+)$", second)
    return bool(a and b and a[1] == b[1] and int(b[2]) == int(a[2]) + 1)


def _short_tail(first: str, word: str) -> str | None:
    """The end of a range written as the changing digits only ("1200 to 09"): the full last value."""
    if word.isdigit() and len(word) < len(first) and first[-len(word) :].isdigit():
        return first[: len(first) - len(word)] + word
    return None


def _outer_labels(labels: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """Each field's label spans without those inside a longer label of another field: "đơn" (an order) in
    "mã vận đơn" (a parcel's number), "type" (a model) in "type plate" (a serial's)."""
    reach: dict[int, int] = {}  # where the longest label starting at each token ends
    for found in labels.values():
        for lo, hi in found:
            reach[lo] = max(hi, reach.get(lo, lo))

    def inside(s: int, e: int) -> bool:  # a label is a few words long: look back a few tokens only
        return any(lo in reach and reach[lo] >= e and reach[lo] - lo > e - s for lo in range(max(0, s - 12), s + 1))

    return {name: [(s, e) for s, e in found if not inside(s, e)] for name, found in labels.items()}


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the longest of overlapping label matches ("serial number" over "serial")."""
    best: dict[int, int] = {}
    for start, end in spans:
        best[start] = max(end, best.get(start, 0))
    out: list[tuple[int, int]] = []
    for start in sorted(best):
        if out and start < out[-1][1]:
            if best[start] > out[-1][1]:
                out[-1] = (out[-1][0], best[start])
            continue
        out.append((start, best[start]))
    return out

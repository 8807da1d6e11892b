"""Labelled mail as training examples: each label value found again in the text the model reads.

The generated mails (tools/training_data.py) teach the shapes and labels anyone could invent; labelled
corpora add the way real people write: a serial in a sentence with no label, an order number under a
table heading, a fault told at length with no taxonomy phrase in it. A mail is read the way the
understander reads it (its subject, the sender's own text and a forwarded mail, no quotes), and each
labelled order / serial / model / tracking value becomes a span wherever it stands as whole words in
that text. A value written differently from its label (a catalog's canonical form, a serial that the
label joins from two lines) is left out rather than guessed at: a missing span only costs a lesson,
a wrong one teaches a mistake.

Which corpora are used is the caller's choice (tools/train.py lists them); a corpus used here must
not be one that measures the model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from mailbot.mail.parse import MalformedMail, parse
from mailbot.understand import Understander, load_understander
from mailbot.understand.combine import candidate_indexes
from tools.training_data import Example

# Label field → NER label.
_FIELDS = {
    "order_numbers": "ORDER",
    "serial_numbers": "SERIAL",
    "product_models": "MODEL",
    "tracking_numbers": "TRACKING",
}
# Label kind → the kind classifier's class. A follow-up on an open return talks about the sender's own
# unit (a photo, "sent it back today"): closer to a request than to a question about progress.
KIND_OF = {
    "new_request": "request",
    "forwarded": "request",
    "follow_up": "request",
    "order_status": "status",
    "unrelated": "unrelated",
    "auto_reply": "notice",
    "bounce": "notice",
}
# A responder's echo and a bounce keep no identifiers by convention (the label lists none even where the
# text shows some): those mails teach the classifiers, never the NER.
NO_SPANS = frozenset({"auto_reply", "bounce"})
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Labelled:
    """One labelled mail as an example, and whether its spans are complete enough to teach the NER."""

    example: Example
    teaches_ner: bool


def spans_of(text: str, values: dict[str, Sequence[str]]) -> tuple[tuple[int, int, str], ...]:
    """Every place each value stands in ``text`` as whole words (case kept, else ignored; any run of
    spaces inside a value matches any run of blanks), labelled with its field's NER label. A value
    found nowhere is left out; where two values overlap, the longer one wins."""
    found: list[tuple[int, int, str]] = []
    for field_name, label in _FIELDS.items():
        for value in values.get(field_name, ()):
            value = value.strip()
            if not value:
                continue
            pattern = r"\s+".join(re.escape(part) for part in value.split())
            hits = _whole(text, re.compile(pattern)) or _whole(text, re.compile(pattern, re.IGNORECASE))
            found += [(a, b, label) for a, b in hits]
    kept: list[tuple[int, int, str]] = []
    for span in sorted(found, key=lambda s: (s[0] - s[1], s[0])):  # longest first
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return tuple(sorted(kept))


def _whole(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The matches of ``pattern`` that neither start nor end inside a word."""
    out = []
    for m in pattern.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        inner_start, inner_end = text[a], text[b - 1]
        if _WORD.match(before) and _WORD.match(inner_start) and not _cjk(before):
            continue
        if _WORD.match(after) and _WORD.match(inner_end) and not _cjk(after):
            continue
        out.append((a, b))
    return out


def _cjk(char: str) -> bool:
    """Chinese and Japanese text has no spaces: a value may touch a character of the sentence."""
    return "\u3040" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def ner_view(ex: Example) -> Example | None:
    """``ex`` as the NER is shown a mail (mailbot.understand.combine.candidate_lines): only the lines
    holding a code, each with the line before it. None when no line holds one. A span across two lines
    is dropped with its lines' break."""
    lines = ex.text.splitlines()
    ends = ex.text.splitlines(keepends=True)
    starts = [0]
    for line in ends[:-1]:
        starts.append(starts[-1] + len(line))
    keep = candidate_indexes(lines)
    if not keep:
        return None
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    size = 0
    for i in keep:
        lo, hi = starts[i], starts[i] + len(lines[i])
        spans += [(a - lo + size, b - lo + size, label) for a, b, label in ex.spans if lo <= a and b <= hi]
        parts.append(lines[i])
        size += len(lines[i]) + 1
    return replace(ex, text="\n".join(parts), spans=tuple(spans))


def model_text(understander: Understander, raw: bytes) -> str:
    """The text the learned component is shown for a mail: its subject, the forwarded mail's subject,
    the sender's own text and the forwarded mail (as mailbot.understand builds it)."""
    mail = parse(raw)
    person = understander.forms.person(mail)
    if person is not None:
        mail = replace(mail, sender=person)
    staff = understander.internal(mail.sender)
    reading = understander.segmenter.read(mail, internal=understander.internal if staff else None)
    body = f"{reading.current}\n\n{reading.forwarded}" if reading.forwarded else reading.current
    return "\n".join(s for s in (reading.subject, reading.forwarded_subject, body) if s)


def corpus_folders(directory: Path) -> list[Path]:
    """The corpus at ``directory``: itself if it holds labels.jsonl, else each sub-folder that does."""
    if (directory / "labels.jsonl").is_file():
        return [directory]
    return [d for d in sorted(directory.iterdir()) if (d / "labels.jsonl").is_file()]


def read_corpus(directory: Path, staff_domains: Sequence[str], rules_dir: Path) -> Iterator[Labelled]:
    """Each labelled mail of the corpus at ``directory`` (a company's company.json adds its staff
    domains and own addresses), in file order."""
    for folder in corpus_folders(directory):
        staff, own = list(staff_domains), []
        company = folder / "company.json"
        if company.is_file():
            data = json.loads(company.read_text(encoding="utf-8"))
            staff += [str(d) for d in data.get("staff_domains") or ()]
            own = [str(a) for a in [data.get("service_address"), *(data.get("noreply_addresses") or ())] if a]
        understander = load_understander(rules_dir, staff, own, learned=False)
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            try:
                text = model_text(understander, (folder / label["file"]).read_bytes())
            except (OSError, MalformedMail):
                continue
            kind = label["kind"]
            spans = () if kind in NO_SPANS else spans_of(text, label)
            lang = label.get("language") or "en"
            defect = label.get("defect_category") or "none"
            teaches = kind not in NO_SPANS and aligned(text, label)
            yield Labelled(Example(text, spans, defect, KIND_OF[kind], lang), teaches)


def aligned(text: str, label: dict[str, Sequence[str]]) -> bool:
    """Whether every labelled value stands in ``text``: a serial range ("…0121 to 0124") or a value the
    label writes otherwise would leave its own words unlabelled, teaching the NER they are not a value."""
    return all(spans_of(text, {f: [v]}) for f in _FIELDS for v in label.get(f, ()) if v.strip())

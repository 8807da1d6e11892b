"""Score extractions against a labelled corpus (labels.jsonl): per-field P/R/F1, accuracies, errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

LIST_FIELDS = ("order_numbers", "serial_numbers", "product_models", "tracking_numbers", "missing_fields")
ACCURACY_FIELDS = (
    "kind",
    "defect_category",
    "should_auto_reply",
    "language",
    "customer_email",
    "forwarded_by",
    "rma_reference",
)
CONFUSED = ("kind", "defect_category", "should_auto_reply")
_PUNCT = " \t\r\n.,;:!?\"'()[]{}<>#*-–—_/\\|。，；：！？、（）"


class Label(BaseModel):
    """One line of labels.jsonl."""

    model_config = ConfigDict(extra="forbid")

    file: str
    kind: Literal["new_request", "forwarded", "follow_up", "order_status", "auto_reply", "bounce", "unrelated"]
    should_auto_reply: bool
    customer_email: str | None
    forwarded_by: str | None
    order_numbers: list[str]
    serial_numbers: list[str]
    product_models: list[str]
    tracking_numbers: list[str]
    rma_reference: str | None
    defect_category: (
        Literal[
            "no_power",
            "no_link",
            "optical_performance",
            "intermittent",
            "physical_damage",
            "wrong_or_missing_item",
            "software",
            "other",
        ]
        | None
    )
    defect_keywords: list[str]
    language: Literal["en", "zh", "mixed"]
    missing_fields: list[Literal["order_number", "serial_number", "defect_description"]]


class LabelError(Exception):
    """labels.jsonl does not fit the schema; the message names the file and line."""


def load_labels(path: Path) -> list[Label]:
    """Read and validate every line; the first bad one raises LabelError naming its line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelError(f"{path}: cannot read: {exc}") from exc
    labels = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            labels.append(Label.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise LabelError(f"{path}:{number}: not valid JSON: {exc.msg}") from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "(line)"
            raise LabelError(f"{path}:{number}: {where}: {first['msg']}") from exc
    return labels


def norm(value: object) -> object:
    """Compare case-insensitively, ignoring surrounding punctuation and spaces."""
    return value.strip(_PUNCT).lower() if isinstance(value, str) else value


def _listed(value: object) -> tuple[object, ...]:
    """A list field as extracted (a JSON list, or absent/None when nothing was found)."""
    return tuple(value) if isinstance(value, list | tuple) else ()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def figures(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    mails: int = 0
    lists: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in LIST_FIELDS})
    correct: dict[str, int] = field(default_factory=lambda: {f: 0 for f in ACCURACY_FIELDS})
    keywords_total: int = 0
    keywords_found: int = 0
    unsafe_replies: list[str] = field(default_factory=list)  # should_auto_reply true where false
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # "kind:expected->found": count
    errors: list[dict[str, object]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        n = self.mails or 1
        return {
            "mails": self.mails,
            "fields": {name: c.figures() for name, c in self.lists.items()},
            "accuracy": {name: round(k / n, 4) for name, k in self.correct.items()},
            "defect_keywords_coverage": round(self.keywords_found / self.keywords_total, 4)
            if self.keywords_total
            else 1.0,
            "unsafe_auto_replies": self.unsafe_replies,
            "confusion": {name: dict(sorted(pairs.items())) for name, pairs in sorted(self.confusion.items())},
            "errors": self.errors,
        }


def score_one(report: Report, label: Label, found: dict[str, object]) -> None:
    """Add one mail's comparison to ``report``."""
    report.mails += 1
    wrong: dict[str, object] = {}
    for name in LIST_FIELDS:
        expected = {norm(v) for v in getattr(label, name)}
        got = {norm(v) for v in _listed(found.get(name))}
        counts = report.lists[name]
        counts.tp += len(expected & got)
        counts.fp += len(got - expected)
        counts.fn += len(expected - got)
        if expected != got:
            wrong[name] = {"expected": sorted(map(str, expected)), "found": sorted(map(str, got))}
    for name in ACCURACY_FIELDS:
        if norm(getattr(label, name)) == norm(found.get(name)):
            report.correct[name] += 1
        else:
            if name in CONFUSED:  # counts of expected -> found, which name no mail
                pair = f"{getattr(label, name)} -> {found.get(name)}"
                table = report.confusion.setdefault(name, {})
                table[pair] = table.get(pair, 0) + 1
            wrong[name] = {"expected": getattr(label, name), "found": found.get(name)}
    summary = str(found.get("defect_summary") or "").lower()
    missed = [k for k in label.defect_keywords if k.lower() not in summary]
    report.keywords_total += len(label.defect_keywords)
    report.keywords_found += len(label.defect_keywords) - len(missed)
    if missed:
        wrong["defect_keywords"] = {"expected": missed, "found": found.get("defect_summary")}
    if found.get("should_auto_reply") and not label.should_auto_reply:
        report.unsafe_replies.append(label.file)
    if wrong:
        report.errors.append({"file": label.file, "fields": wrong})


def score(pairs: list[tuple[Label, dict[str, object]]]) -> Report:
    report = Report()
    for label, found in pairs:
        score_one(report, label, found)
    return report


@dataclass(frozen=True)
class Corpus:
    """One labelled folder and the company it belongs to (from its company.json, if any).

    A corpus of several companies is a folder of such folders: each company has its own staff domains,
    service and noreply addresses, so a mail from one company's staff is not a customer's to another.
    """

    name: str
    directory: Path
    labels: tuple[Label, ...]
    staff_domains: tuple[str, ...] = ()
    own_addresses: tuple[str, ...] = ()
    catalog: tuple[str, ...] = ()  # the company's product models


def load_corpora(directory: Path) -> list[Corpus]:
    """The corpus at ``directory``: itself if it holds labels.jsonl, else each sub-folder that does."""
    if (directory / "labels.jsonl").is_file():
        return [_corpus(directory, directory.name)]
    found = [_corpus(d, d.name) for d in sorted(directory.iterdir()) if (d / "labels.jsonl").is_file()]
    if not found:
        raise LabelError(f"{directory}: no labels.jsonl here or in its sub-folders")
    return found


def _corpus(directory: Path, name: str) -> Corpus:
    labels = tuple(load_labels(directory / "labels.jsonl"))
    company = directory / "company.json"
    if not company.is_file():
        return Corpus(name, directory, labels)
    try:
        data = json.loads(company.read_text(encoding="utf-8"))
        staff = tuple(str(d) for d in data.get("staff_domains") or ())
        own = tuple(str(a) for a in [data.get("service_address"), *(data.get("noreply_addresses") or ())] if a)
        catalog = tuple(str(m) for m in data.get("catalog") or ())
    except (OSError, ValueError, AttributeError, TypeError) as exc:
        raise LabelError(f"{company}: not a company description: {exc}") from exc
    return Corpus(name, directory, labels, staff, own, catalog)


def figures_only(report: dict[str, object]) -> dict[str, object]:
    """The report without anything about single mails (safe to show for a blind corpus)."""
    return {k: v for k, v in report.items() if k not in ("errors", "unsafe_auto_replies")} | {
        "unsafe_auto_replies": len(report.get("unsafe_auto_replies") or [])  # type: ignore[arg-type]
    }


@dataclass(frozen=True)
class Change:
    """One mail whose wrong fields differ between two reports."""

    file: str
    fixed: tuple[str, ...]
    broken: tuple[str, ...]


def compare(before: dict[str, object], after: dict[str, object]) -> list[Change]:
    """Which mails got better (fields fixed) and which worse (fields broken) from ``before`` to ``after``.

    Both are full reports of one corpus (``eval --json``); a mail absent from ``errors`` was right in every field.
    """
    if "errors" not in before or "errors" not in after:
        raise LabelError("--compare needs reports with their per-mail errors (eval --json without --by-field)")
    wrong_a = {e["file"]: set(e["fields"]) for e in before["errors"]}  # type: ignore[attr-defined]
    wrong_b = {e["file"]: set(e["fields"]) for e in after["errors"]}  # type: ignore[attr-defined]
    changes = []
    for file in sorted(set(wrong_a) | set(wrong_b)):
        a, b = wrong_a.get(file, set()), wrong_b.get(file, set())
        if a != b:
            changes.append(Change(file, tuple(sorted(a - b)), tuple(sorted(b - a))))
    return changes

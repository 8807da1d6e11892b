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

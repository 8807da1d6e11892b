"""CLI: `extract` (what mailbot reads in a mail) and `eval` (scores on a labelled corpus)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from mailbot.cli.common import console, fail, settings_from

if TYPE_CHECKING:  # spaCy is imported only by the commands that read mail
    from mailbot.understand import Understander


def _understander(config: Path | None, rules: Path | None, staff: list[str]) -> Understander:
    """Build the understander from settings (if any) with the command-line overrides."""
    from mailbot.rules.yamlfile import FileError
    from mailbot.understand import load_understander

    settings = settings_from(config)  # a bad setting: message and exit status 2
    try:
        staff_domains = list(settings.staff_domains) + [d.lower() for d in staff]
        own = [settings.service_address] + [s.address for s in settings.sources if s.address]
        return load_understander(rules or settings.rules_dir, staff_domains, own)
    except FileError as exc:
        fail(str(exc))


def _extract_one(understander: Understander, path: Path) -> dict[str, object]:
    from mailbot.mail.parse import MalformedMail, parse

    try:
        mail = parse(path.read_bytes())
    except MalformedMail as exc:
        return {"file": path.name, "message_id": None, "error": f"not a mail: {exc.reason}"}
    except OSError as exc:
        return {"file": path.name, "message_id": None, "error": f"cannot read: {exc.strerror}"}
    try:
        found = understander.understand(mail).as_json()
    except Exception as exc:  # one unreadable mail never stops a run over many
        return {"file": path.name, "message_id": mail.message_id, "error": f"{type(exc).__name__}: {exc}"}
    return {"file": path.name, "message_id": mail.message_id, **found}


def _show(result: dict[str, object]) -> None:
    from rich.table import Table

    table = Table(title=str(result["file"]), show_header=False, title_justify="left")
    for key, value in result.items():
        if key != "file":
            shown = ", ".join(map(str, value)) if isinstance(value, list) else "" if value is None else str(value)
            table.add_row(key, shown)
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add `extract` and `eval` to the CLI."""

    @app.command("extract")
    def extract(
        files: list[Path] = typer.Argument(..., help="Mail files (.eml)"),
        json_out: bool = typer.Option(False, "--json", help="One JSON object per mail"),
        staff_domain: list[str] = typer.Option([], "--staff-domain", help="Our own mail domain (repeatable)"),
        rules: Path | None = typer.Option(None, "--rules", help="Rules directory (default: from settings)"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML settings file"),
    ) -> None:
        """Print what mailbot reads in each mail."""
        import json

        understander = _understander(config, rules, staff_domain)
        for path in files:
            result = _extract_one(understander, path)
            if json_out:
                typer.echo(json.dumps(result, ensure_ascii=False))
            else:
                _show(result)

    @app.command("eval")
    def evaluate(
        directory: Path = typer.Argument(..., help="Folder with *.eml and labels.jsonl"),
        json_out: bool = typer.Option(False, "--json", help="Figures as JSON"),
        staff_domain: list[str] = typer.Option([], "--staff-domain", help="Our own mail domain (repeatable)"),
        rules: Path | None = typer.Option(None, "--rules", help="Rules directory (default: from settings)"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML settings file"),
    ) -> None:
        """Score extraction on a labelled corpus."""
        import json

        from mailbot.understand.evaluate import LabelError, load_labels, score

        try:
            labels = load_labels(directory / "labels.jsonl")
        except LabelError as exc:
            fail(str(exc))
        understander = _understander(config, rules, staff_domain)
        pairs = []
        for label in labels:
            if not (directory / label.file).is_file():
                fail(f"{directory / 'labels.jsonl'}: {label.file} is labelled but not in {directory}")
            pairs.append((label, _extract_one(understander, directory / label.file)))
        report = score(pairs).as_json()
        if json_out:
            typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            _print_report(report)


def _print_report(report: dict[str, Any]) -> None:
    from rich.table import Table

    fields = Table(title=f"Extraction on {report['mails']} mails")
    for col in ("field", "precision", "recall", "F1", "tp", "fp", "fn"):
        fields.add_column(col, justify="left" if col == "field" else "right")
    for name, f in report["fields"].items():
        fields.add_row(
            name,
            f"{f['precision']:.3f}",
            f"{f['recall']:.3f}",
            f"{f['f1']:.3f}",
            str(f["tp"]),
            str(f["fp"]),
            str(f["fn"]),
        )
    console.print(fields)
    acc = Table(title="Accuracy")
    acc.add_column("field")
    acc.add_column("accuracy", justify="right")
    for name, value in report["accuracy"].items():
        acc.add_row(name, f"{value:.3f}")
    acc.add_row("defect_keywords coverage", f"{report['defect_keywords_coverage']:.3f}")
    console.print(acc)
    unsafe = report["unsafe_auto_replies"]
    console.print(f"should_auto_reply true where it must be false: {len(unsafe)} {unsafe if unsafe else ''}")
    for error in report["errors"]:
        console.print(f"[bold]{error['file']}[/]")
        for name, diff in error["fields"].items():
            console.print(f"  {name}: expected {diff['expected']!r}, found {diff['found']!r}", highlight=False)

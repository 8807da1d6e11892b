"""CLI: `extract` (what mailbot reads in a mail) and `eval` (scores on a labelled corpus)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from mailbot.cli.common import console, fail, settings_from

if TYPE_CHECKING:  # spaCy is imported only by the commands that read mail
    from mailbot.understand import Understander


def _understander(
    config: Path | None, rules: Path | None, staff: list[str], own_extra: tuple[str, ...] = (), catalog: Any = ()
) -> Understander:
    """Build the understander from settings (if any) with the command-line overrides."""
    from mailbot.rules.yamlfile import FileError
    from mailbot.understand import load_understander

    settings = settings_from(config)  # a bad setting: message and exit status 2
    try:
        staff_domains = list(settings.staff_domains) + [d.lower() for d in staff]
        own = [settings.service_address] + [s.address for s in settings.sources if s.address] + list(own_extra)
        return load_understander(rules or settings.rules_dir, staff_domains, own, catalog)
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
        directory: Path | None = typer.Argument(
            None,
            exists=True,
            file_okay=False,
            help="Folder with *.eml and labels.jsonl, or a folder of such folders (one per company)",
        ),
        json_out: bool = typer.Option(False, "--json", help="Figures as JSON"),
        by_field: bool = typer.Option(
            False, "--by-field", help="Figures per field (and per company) only, nothing about single mails"
        ),
        misses: bool = typer.Option(False, "--misses", help="Also list each mail's wrong fields"),
        compare_reports: tuple[Path, Path] | None = typer.Option(
            None, "--compare", help="Two `eval --json` reports of one corpus: which mails got better, which worse"
        ),
        no_catalog: bool = typer.Option(False, "--no-catalog", help="Ignore the companies' product catalogs"),
        staff_domain: list[str] = typer.Option([], "--staff-domain", help="Our own mail domain (repeatable)"),
        rules: Path | None = typer.Option(None, "--rules", help="Rules directory (default: from settings)"),
        config: Path | None = typer.Option(None, "--config", "-c", help="TOML settings file"),
    ) -> None:
        """Score extraction on a labelled corpus; a company's company.json names its staff and own addresses."""
        import json

        from mailbot.understand.evaluate import LabelError, figures_only, load_corpora, score

        if compare_reports:
            _compare(*compare_reports)
            return
        if directory is None:
            fail("give a corpus folder, or --compare A.json B.json")
        try:
            corpora = load_corpora(directory)
        except LabelError as exc:
            fail(str(exc))
        pairs, per_company = [], {}
        for corpus in corpora:
            understander = _understander(
                config,
                rules,
                [*staff_domain, *corpus.staff_domains],
                corpus.own_addresses,
                () if no_catalog else corpus.catalog,
            )
            own = []
            for label in corpus.labels:
                if not (corpus.directory / label.file).is_file():
                    fail(f"{corpus.directory / 'labels.jsonl'}: {label.file} is labelled but not in {corpus.directory}")
                name = label.file if len(corpora) == 1 else f"{corpus.name}/{label.file}"
                own.append(
                    (label.model_copy(update={"file": name}), _extract_one(understander, corpus.directory / label.file))
                )
            pairs += own
            per_company[corpus.name] = score(own).as_json()
        report = score(pairs).as_json()
        if by_field:
            report = figures_only(report)
            if len(corpora) > 1:
                report["companies"] = {name: figures_only(r) for name, r in per_company.items()}
        if json_out:
            typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            _print_report(report, misses and not by_field)


def _compare(before_path: Path, after_path: Path) -> None:
    import json

    from mailbot.understand.evaluate import LabelError, compare

    try:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (before_path, after_path))
        changes = compare(before, after)
    except (OSError, ValueError, LabelError) as exc:
        fail(f"--compare: {exc}")
    for section in ("fields", "accuracy"):
        for name, old in before[section].items():
            new = after[section].get(name)
            old_v, new_v = (old["f1"], new["f1"]) if section == "fields" else (old, new)
            if new is not None and old_v != new_v:
                console.print(f"{name}: {old_v:.3f} -> {new_v:.3f}", highlight=False)
    better = [c for c in changes if c.fixed and not c.broken]
    worse = [c for c in changes if c.broken]
    console.print(f"better: {len(better)} mails, worse: {len(worse)} mails", highlight=False)
    for change in changes:
        mark = "+" if not change.broken else "-" if not change.fixed else "~"
        fixed = f" fixed {', '.join(change.fixed)}" if change.fixed else ""
        broken = f" broke {', '.join(change.broken)}" if change.broken else ""
        console.print(f"{mark} {change.file}:{fixed}{broken}", highlight=False)


def _print_report(report: dict[str, Any], misses: bool) -> None:
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
    if isinstance(unsafe, int):  # figures only
        console.print(f"should_auto_reply true where it must be false: {unsafe}")
    else:
        console.print(f"should_auto_reply true where it must be false: {len(unsafe)} {unsafe if unsafe else ''}")
    for name, pairs in report.get("confusion", {}).items():
        shown = ", ".join(f"{pair}: {count}" for pair, count in sorted(pairs.items(), key=lambda x: -x[1]))
        console.print(f"{name} confused (expected -> found: mails): {shown}", highlight=False)
    if "companies" in report:
        _print_companies(report["companies"])
    for error in report.get("errors", []) if misses else []:
        console.print(f"[bold]{error['file']}[/]")
        for name, diff in error["fields"].items():
            console.print(f"  {name}: expected {diff['expected']!r}, found {diff['found']!r}", highlight=False)


def _print_companies(companies: dict[str, Any]) -> None:
    from rich.table import Table

    table = Table(title="Per company")
    columns = ("mails", "order F1", "serial F1", "model F1", "kind", "defect", "customer", "unsafe")
    table.add_column("company")
    for col in columns:
        table.add_column(col, justify="right")
    for name, r in companies.items():
        f, a = r["fields"], r["accuracy"]
        table.add_row(
            name,
            str(r["mails"]),
            *(f"{f[k]['f1']:.3f}" for k in ("order_numbers", "serial_numbers", "product_models")),
            *(f"{a[k]:.3f}" for k in ("kind", "defect_category", "customer_email")),
            str(r["unsafe_auto_replies"]),
        )
    console.print(table)

"""Render a mail template to (subject, text, html) for previews and tests, without the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import jinja2


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render_template(templates_dir: Path, name: str, language: str,
                    context: Mapping[str, object]) -> Rendered:
    """``<name>.txt.j2`` starts with ``Subject: ...`` and a blank line; ``<name>.html.j2`` is the body."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(templates_dir / language), str(templates_dir / "en")]),
        undefined=jinja2.StrictUndefined, autoescape=jinja2.select_autoescape(["html.j2"]),
        trim_blocks=False, keep_trailing_newline=True,
    )
    text = env.get_template(f"{name}.txt.j2").render(**context)
    head, _, body = text.partition("\n\n")
    if not head.startswith("Subject:") or "\n" in head:
        raise ValueError(f"{name}.txt.j2: the first line must be 'Subject: ...' followed by a blank line")
    html = env.get_template(f"{name}.html.j2").render(**context)
    return Rendered(subject=head[len("Subject:"):].strip(), text=body, html=html)

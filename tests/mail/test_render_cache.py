"""Compiled templates kept under the var folder: the same mails come out, and a changed or broken
template is never served from the cache."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.mail.render import Renderer
from mailbot.rules.yamlfile import FileError
from mailbot.values import OutgoingMail

NOW = datetime(2027, 5, 6, 7, 8, 9, tzinfo=UTC)


def _templates(root: Path) -> Path:
    (root / "en").mkdir(parents=True)
    (root / "en" / "_greet.inc.j2").write_text("Good day {{ who }},\n")
    (root / "en" / "notice.txt.j2").write_text(
        'Subject: Parcel for {{ who }}\n\n{% include "en/_greet.inc.j2" %}\n{{ note }}\n'
    )
    (root / "en" / "notice.html.j2").write_text('<p>{% include "en/_greet.inc.j2" %}</p><p>{{ note }}</p>\n')
    return root


def _bytes(renderer: Renderer, note: str = "Tom & <Jerry>") -> bytes:
    mail = OutgoingMail(template="notice", to=("kim@parcels.example",), context={"who": "Kim <K>", "note": note})
    out = renderer.render(
        mail, {"sender_name": "Desk"}, sender="desk@depot.example", message_id="n1@depot.example", now=NOW, rma=None
    )
    return out.message.as_bytes().replace((out.message.get_boundary() or "-").encode(), b"B")


def test_cached_templates_render_the_same_bytes_as_compiled_ones(tmp_path: Path) -> None:
    root = _templates(tmp_path / "templates")
    plain = _bytes(Renderer(root))
    first = Renderer(root, cache_dir=tmp_path / "cache")
    assert first.check() == 3
    assert _bytes(first) == plain
    second = Renderer(root, cache_dir=tmp_path / "cache")  # the next process: loaded from the cache
    assert second.check() == 3
    assert _bytes(second) == plain
    # The include is escaped in HTML and not in text although both environments load the same file.
    assert b"Good day Kim &lt;K&gt;" in plain and b"Good day Kim <K>" in plain
    assert len(list((tmp_path / "cache").iterdir())) == 2  # one folder per set of compile options


def test_a_changed_template_is_compiled_again(tmp_path: Path) -> None:
    root = _templates(tmp_path / "templates")
    Renderer(root, cache_dir=tmp_path / "cache").check()
    (root / "en" / "_greet.inc.j2").write_text("Hello there {{ who }},\n")
    assert b"Hello there Kim" in _bytes(Renderer(root, cache_dir=tmp_path / "cache"))


def test_a_broken_template_stops_the_check_with_a_cache_too(tmp_path: Path) -> None:
    root = _templates(tmp_path / "templates")
    Renderer(root, cache_dir=tmp_path / "cache").check()
    (root / "en" / "notice.html.j2").write_text("<p>{% if note %}</p>\n")
    with pytest.raises(FileError) as caught:
        Renderer(root, cache_dir=tmp_path / "cache").check()
    assert Path(caught.value.path).name == "notice.html.j2"


def test_a_cache_folder_that_cannot_be_made_only_costs_the_compiling(tmp_path: Path) -> None:
    root = _templates(tmp_path / "templates")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    renderer = Renderer(root, cache_dir=blocker / "cache")
    assert renderer.check() == 3
    assert _bytes(renderer) == _bytes(Renderer(root))


def test_a_torn_cache_file_is_compiled_again_and_kept_private(tmp_path: Path) -> None:
    root = _templates(tmp_path / "templates")
    plain = _bytes(Renderer(root))
    first = Renderer(root, cache_dir=tmp_path / "cache")
    _bytes(first)  # fills the cache
    files = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert files
    for path in files:  # a crash while writing, or a file from elsewhere: the right header, garbage after
        path.write_bytes(path.read_bytes()[:40] + b"\x00garbage")
    assert _bytes(Renderer(root, cache_dir=tmp_path / "cache")) == plain
    assert all(p.stat().st_mode & 0o077 == 0 for p in (tmp_path / "cache").iterdir())

"""The rules' regular expressions kept compiled on disk, so a process that reads mail does not parse them again.

Building the understander compiles some 300 regular expressions made from the rules (the defect
patterns, the cue lists, the segment markers, ...), and Python parses and translates each one in Python
code: about half a second of CPU at each start of a pass that has mail. What the translation gives is a
list of numbers per pattern that the regex engine (``_sre``, in C) takes as it is: kept on disk, a later
process hands the lists to the engine and gets the very same compiled patterns without parsing them.

Within ``compiled_from(folder)``, every ``re.compile`` of a text pattern (also through ``re.search`` and
the like, when Python's own cache of 512 patterns misses) looks up the file first. A pattern not in it is
translated as Python does, and kept only when the engine's pattern equals the one ``re`` compiles (the
same flags, groups and code), so a Python whose translation differs from the one here keeps nothing.

The file is for this Python only (its version and the engine's magic number are in the name); it keeps
the patterns the last build compiled, so it does not grow as the rules change, and a build that compiled
just those writes nothing. Patterns made from a set of phrases are joined ``longest_first``, so every
process writes them alike. The engine checks every code it is handed; an entry it refuses, or a file
that cannot be read, costs compiling, as without the file. A pattern compiled meanwhile by another
thread goes through the file too, and comes out the same. Like the pipeline cache, the folder is the
service's own (0700 under the var folder).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

try:  # the engine and the translation of CPython's ``re`` (3.11 and later)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: patterns are compiled as usual
    _sre = None

PREFIX = "patterns-"
_SUFFIX = ".marshal"
_FORMAT = 2  # of the entries (Entry): another format is another file
# One build at a time uses the file: ``re`` has one compile function to stand in for.
_ACTIVE = threading.Lock()

# What ``_sre.compile`` takes after the pattern: flags, code, groups, group index, index group; the code
# as the engine's own words in bytes (``_CODE``), a list of ints only while the pattern is made from it:
# some 400,000 words for the rules, which as lists of Python ints would take ten times the memory.
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE = "I" if getattr(_sre, "CODESIZE", 4) == 4 else "L"
Key = tuple[str, int]


def longest_first(phrases: Iterable[str]) -> list[str]:
    """Phrases to join into one alternation, the longest first, those of one length in a fixed order.

    Ordered by length alone, phrases of one length come in the order of the set they were gathered in,
    which differs from one process to the next: so would the pattern's text, and no process would find
    the one compiled before."""
    return sorted(phrases, key=lambda phrase: (-len(phrase), phrase))


def _file(folder: Path) -> Path:
    version = hashlib.sha256(f"{_FORMAT}\0{sys.version}\0{getattr(_sre, 'MAGIC', '')}".encode()).hexdigest()[:16]
    return folder / f"{PREFIX}{version}{_SUFFIX}"


def _translate(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands the engine for ``pattern`` (raises as ``re.compile`` does)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array(_CODE, code).tobytes()
    return int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _made(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, words, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_CODE, words).tolist(), groups, groupindex, indexgroup)


def _read(path: Path) -> dict[Key, Entry]:
    try:
        known = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except Exception as exc:  # torn or foreign: marshal raises ValueError, EOFError, TypeError
        log.debug("pattern cache %s unreadable, patterns compiled: %s: %s", path, type(exc).__name__, exc)
        return {}
    return known if isinstance(known, dict) else {}


def _write(path: Path, entries: dict[Key, Entry]) -> None:
    """Written whole, then renamed: a reader never sees half a file; other Pythons' files go."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{PREFIX}", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(entries))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(f"{PREFIX}*{_SUFFIX}"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception as exc:  # a full disk, a read-only folder
        log.debug("pattern cache %s not written: %s: %s", path, type(exc).__name__, exc)


def _compiler_with(
    known: dict[Key, Entry], used: dict[Key, Entry], missed: list[tuple[Key, re.Pattern[str]]], real: Callable[..., Any]
) -> Callable[..., Any]:
    def compile(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return real(pattern, flags)
        key = (pattern, flags)
        entry = known.get(key)
        if entry is not None:
            try:
                compiled = _made(pattern, entry)
            except Exception:  # refused by the engine: compiled below, as without the file
                pass
            else:
                used[key] = entry
                return compiled
        compiled = real(pattern, flags)  # a bad pattern raises here, as always
        missed.append((key, compiled))
        return compiled

    return compile


def _kept(missed: list[tuple[Key, re.Pattern[str]]], used: dict[Key, Entry]) -> None:
    """The patterns compiled as usual, translated for the file once the build is done (its garbage
    then lies past what the build keeps, not among it), each only if it makes the same pattern."""
    for (pattern, flags), compiled in missed:
        try:
            entry = _translate(pattern, flags)
            if _made(pattern, entry) == compiled:
                used[pattern, flags] = entry
        except Exception as exc:  # pragma: no cover - a translation that differs from this Python's
            log.debug("pattern not kept compiled: %s: %s", type(exc).__name__, exc)


@contextmanager
def compiled_from(folder: Path | None) -> Iterator[None]:
    """Within this, regular expressions compiled before and kept in ``folder`` are not parsed again;
    those that were not are kept there at the end. ``None``, or another build using it: as usual."""
    if folder is None or _sre is None or not _ACTIVE.acquire(blocking=False):
        yield
        return
    try:
        path = _file(folder)
        known = _read(path)
        used: dict[Key, Entry] = {}
        missed: list[tuple[Key, re.Pattern[str]]] = []
        real = _compiler.compile
        _compiler.compile = _compiler_with(known, used, missed, real)
        try:
            yield
        finally:
            _compiler.compile = real
        _kept(missed, used)
        if used != known:
            _write(path, used)
    finally:
        _ACTIVE.release()

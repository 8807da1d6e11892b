"""The built rule pipeline kept on disk, so a process that reads mail loads it instead of building it.

Building the pipeline (mailbot/understand/nlp.py) tokenises every phrase of rules/understand, each in
its variants, into the phrase matcher: about 0.3 s of CPU at each start of a pass that has mail, and
again whenever a daemon's vocabulary is renewed. Loading the pickled result takes a fifth of that.

An entry is used only for the same rules (their validated content, not the files' dates), the same
pipeline code (nlp.py and the folding table it reads with) and the same spaCy and Python: anything else
is another key, and the pipeline is built and stored under it (entries for other keys are removed then,
so the folder holds one). An entry that cannot be read or is not a pipeline is built again and
replaced; a folder that cannot be written costs the building, as without a cache: it never stops a mail.

The entries are pickles, i.e. code that is run when loaded: the folder is the service's own (created
0700 under the var folder, like the compiled templates), never one that others may write to.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailbot.rules.understand import UnderstandRules

log = logging.getLogger(__name__)

PREFIX = "pipeline-"
SUFFIX = ".pickle"
_CODE = ("nlp.py", "hanzi.py")  # what the built pipeline depends on besides the rules


def cache_key(rules: UnderstandRules) -> str:
    """The digest of everything the built pipeline depends on."""
    import spacy

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for part in (sys.version, spacy.__version__, str(pickle.HIGHEST_PROTOCOL)):
        digest.update(f"{part}\0".encode())
    for name in _CODE:
        digest.update((here / name).read_bytes() + b"\0")
    for model in (rules.identifiers, rules.defects, rules.kinds):
        digest.update(model.model_dump_json().encode() + b"\0")
    return digest.hexdigest()[:32]


class PipelineCache:
    """One folder of built pipelines, each under its key (``cache_key``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / f"{PREFIX}{key}{SUFFIX}"

    def load(self, key: str, expected: type) -> object | None:
        """The pipeline stored under ``key``, or None (not stored, unreadable, torn, foreign)."""
        try:
            data = self.path(key).read_bytes()
        except OSError:
            return None
        try:
            built = pickle.loads(data)
        except Exception as exc:  # torn or foreign: pickle raises about anything (EOFError, KeyError, ...)
            log.debug("pipeline cache %s unreadable, built again: %s: %s", self.path(key), type(exc).__name__, exc)
            return None
        return built if isinstance(built, expected) else None

    def store(self, key: str, built: object) -> None:
        """Keep ``built`` under ``key`` (written whole, then renamed: a reader never sees half an entry);
        the entries of other keys go."""
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            data = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
            fd, temporary = tempfile.mkstemp(prefix=".pipeline-", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(temporary, self.path(key))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            for old in self.folder.glob(f"{PREFIX}*{SUFFIX}"):
                if old.name != self.path(key).name:
                    old.unlink(missing_ok=True)
        except Exception as exc:  # a full disk, a read-only folder, something that does not pickle
            log.debug("pipeline cache %s not written: %s: %s", self.folder, type(exc).__name__, exc)

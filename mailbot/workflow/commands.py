"""The staff command grammar: `#command args` lines at the top of a mail, forgiving of client noise.

Forgiving: blank lines, HTML-to-text emphasis (`**#approve**`), full-width `＃`, non-breaking and
zero-width spaces, any letter case. Strict: only the block of command lines at the very top counts
(the first other line ends it, so quoted text and signatures are never read as commands); an
unknown command or a bad argument is an error and then nothing at all is executed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailbot.rules.staff import COMMANDS

_NO_ARG = frozenset({"approve", "preliminary", "report", "close", "reply", "forwarded"})
_NEEDS_TEXT = {"reject": "a reason", "resolve": "an outcome", "note": "a text"}
_COMMAND = re.compile(r"^#\s*([A-Za-z][A-Za-z_-]*)\b[ \t:]*(.*)$")
_EMAIL = re.compile(r"^<?([^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)>?$")
# Where quoted text or a signature starts: the body given to the customer ends there.
_QUOTE_START = re.compile(
    r"^(>|-- ?$|_{5,}|-{3,}\s*(Original Message|原始邮件)|On .+ wrote:$|在.+写道[:：]$"
    r"|(From|发件人)[:：]\s)",
    re.IGNORECASE,
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


@dataclass(frozen=True)
class Command:
    name: str
    arg: str = ""
    line: int = 0  # 1-based line in the mail text, for error messages


@dataclass(frozen=True)
class Parsed:
    """The commands found, the errors in them, and the free text that follows them."""

    commands: tuple[Command, ...]
    errors: tuple[str, ...]
    body: str

    @property
    def ok(self) -> bool:
        return bool(self.commands) and not self.errors


def _clean(line: str) -> str:
    line = line.translate(_INVISIBLE).replace("\u00a0", " ").replace("\u3000", " ")
    line = line.replace("＃", "#").strip()
    return line.strip("*_").strip()  # html2text renders <b>#approve</b> as **#approve**


def check(name: str, arg: str) -> str | None:
    """The error in one command's argument, or None when it may run."""
    if name not in COMMANDS:
        return f"unknown command #{name}"
    if name in _NO_ARG and arg:
        return f"#{name} takes no argument (got {arg!r})"
    if name in _NEEDS_TEXT and not arg:
        return f"#{name} needs {_NEEDS_TEXT[name]}"
    if name == "assign" and not _EMAIL.match(arg):
        return f"#assign needs one e-mail address (got {arg!r})"
    if name == "quote" and not re.search(r"\d", arg):
        return f"#quote needs the amount, e.g. #quote EUR 240 (got {arg!r})"
    if name == "received" and arg.lower() not in ("", "agent"):
        return f"#received takes nothing, or 'agent' for a product we sell as an agent (got {arg!r})"
    if name == "warranty" and arg.lower() not in ("in", "out"):
        return f"#warranty needs 'in' or 'out' (got {arg!r})"
    return None


def _normalise_arg(name: str, arg: str) -> str:
    if name == "assign":
        match = _EMAIL.match(arg)
        return match.group(1).lower() if match else arg
    return arg.lower() if name in ("warranty", "received") else arg


def _body(lines: list[str]) -> str:
    kept: list[str] = []
    for line in lines:
        if _QUOTE_START.match(line.strip()):
            break
        kept.append(line.rstrip())
    return "\n".join(kept).strip()


def own_text(text: str) -> str:
    """The writer's own words: the text before the quoted mail or the signature."""
    return _body((text or "").replace("\r\n", "\n").split("\n"))


def parse(text: str) -> Parsed:
    """Read the command block at the top of ``text``; no command lines → no commands, no errors."""
    lines = (text or "").replace("\r\n", "\n").split("\n")
    commands: list[Command] = []
    errors: list[str] = []
    index = 0
    for index, raw in enumerate(lines):
        line = _clean(raw)
        if not line:
            continue
        match = _COMMAND.match(line)
        if not match:
            break
        name, arg = match.group(1).lower(), match.group(2).strip()
        problem = check(name, arg)
        if problem:
            errors.append(f"line {index + 1}: {problem}")
        commands.append(Command(name, _normalise_arg(name, arg), index + 1))
    else:
        index = len(lines)
    return Parsed(tuple(commands), tuple(errors), _body(lines[index:]) if commands else "")

"""Render templates/<lang>/<name>.txt.j2 (+ .html.j2) into a complete, threaded RFC 5322 message."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2

from mailbot.mail.headercache import MAIL_POLICY, multipart_type
from mailbot.mail.serialize import attachment_part, policy_for, serialize
from mailbot.rules.yamlfile import FileError
from mailbot.values import Attachment, OutgoingMail

LANGUAGES = ("en", "zh")
_SUBJECT = re.compile(r"^Subject:[ \t]*(.*)$")


def _boundary() -> str:
    """A random MIME boundary, given when a multipart is made so that serializing need not find one.

    The generator would draw one and compile a regular expression over the whole message to prove it
    absent; 128 random bits cannot occur in a text written before they were drawn."""
    return "===============" + secrets.token_hex(16) + "=="


def _from(name: str, address: str) -> Any:
    """The From header's value: ``Name <address>`` text for an ASCII name (its parsed header is made once,
    mail/headercache.py); a non-ASCII name as an ``Address``, so it is written exactly as configured (the
    text ``formataddr`` makes is parsed back with every run of spaces in the name made one)."""
    if not name.isascii() and "\r" not in name and "\n" not in name:
        try:
            return Address(display_name=name, addr_spec=address)
        except (ValueError, IndexError):  # an address the parser refuses: written as before, defects and all
            pass
    return formataddr((name, address))


def _make_multipart(msg: EmailMessage, subtype: str, boundary: str) -> None:
    """``make_<subtype>(boundary=boundary)``, with the Content-Type made without parsing it."""
    getattr(msg, f"make_{subtype}")()  # Content-Type: multipart/<subtype>, the last header
    msg.replace_header("Content-Type", multipart_type(subtype, boundary))


@dataclass(frozen=True)
class Rendered:
    """A rendered mail: the subject, its plain text as a reader of the message gets it back
    (``message.get_body(("plain",)).get_content()``), for the mail's record, and the message itself:
    ``raw``, the bytes the outbox stores, and ``message``, the same mail as an ``EmailMessage``.

    The two are made only when asked for. ``raw`` is written directly (mailbot/mail/serialize.py), which
    costs a fraction of building the ``EmailMessage`` and running the generator over it; both are the same
    mail, down to the multipart boundaries drawn when the mail was rendered."""

    subject: str
    text: str
    language: str
    headers: tuple[tuple[str, Any], ...]  # From … X-Auto-Response-Suppress, as set on the message
    body: str  # the plain text as rendered (``text`` is how it reads back)
    html: str | None
    attachments: tuple[Attachment, ...] = ()
    boundaries: tuple[str, ...] = ()  # multipart/alternative (with html), then multipart/mixed

    @cached_property
    def raw(self) -> bytes:
        """The mail as the outbox stores it (LF line ends)."""
        return serialize(
            self.headers,
            self.body,
            self.html,
            self.attachments,
            self.language,
            self.boundaries,
            policy_for(self.subject),
        )

    @cached_property
    def message(self) -> EmailMessage:
        """The mail as an ``EmailMessage`` (``as_bytes(policy=policy_for(subject))`` gives ``raw``)."""
        msg = EmailMessage(policy=MAIL_POLICY)  # headers made and folded once (mail/headercache.py)
        for name, value in self.headers:
            msg[name] = value
        msg.set_content(self.body)
        drawn = iter(self.boundaries)
        if self.html:
            _make_multipart(msg, "alternative", next(drawn))
            msg.add_alternative(self.html, subtype="html")
        if self.attachments:
            _make_multipart(msg, "mixed", next(drawn))
        for att in self.attachments:
            msg.attach(attachment_part(att))
        # Last: set_content drops every Content-* header already set, and making a multipart moves them
        # into its first part; the language belongs to the whole message (RFC 3282).
        msg["Content-Language"] = self.language
        return msg


def _read_back(text: str) -> str:
    """The plain text part's content as ``get_content`` decodes it from what ``set_content(text)`` made,
    without decoding it: the lines (split as ``bytes.splitlines`` splits, on LF, CR or CRLF) joined and
    ended by LF, so an empty text is one LF. Decoding the part again cost several per cent of rendering
    a mail."""
    return (b"\n".join(text.encode("utf-8").splitlines()) + b"\n").decode("utf-8")


def _jinja_error(exc: jinja2.TemplateError, root: Path, rendering: str) -> FileError:
    name = getattr(exc, "filename", None) or getattr(exc, "name", None) or rendering
    line = getattr(exc, "lineno", None)
    path = Path(name) if Path(name).is_absolute() else root / name
    return FileError(path, line, f"template: {exc.message if hasattr(exc, 'message') else exc}")


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept on disk, so a process that starts loads them instead of compiling them.

    Compiling every template costs a process about as much CPU as rendering a few hundred mails; loading
    the compiled code is some twenty times cheaper. An entry is used only for the same template source
    (Jinja checks its checksum) and Python and Jinja version. A cache that cannot be read or written
    costs only the compiling: it never stops a mail."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # unreadable, or a torn or foreign file (marshal raises ValueError, EOFError…)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


# The options each environment compiles with. The compiled code depends on them (autoescaping is decided
# at compile time) and Jinja's cache entries do not record them: each set gets a folder of its own.
_TEXT_OPTIONS: dict[str, Any] = {"keep_trailing_newline": True, "autoescape": False}
_HTML_OPTIONS: dict[str, Any] = {"autoescape": True}
_COMMON_OPTIONS: dict[str, Any] = {"auto_reload": False, "trim_blocks": True, "lstrip_blocks": True}


def _bytecode_cache(cache_dir: Path | None, kind: str, options: dict[str, Any]) -> _BytecodeCache | None:
    if cache_dir is None:
        return None
    tag = hashlib.sha256(repr(sorted({**_COMMON_OPTIONS, **options}.items())).encode()).hexdigest()[:12]
    folder = cache_dir / f"{kind}-{tag}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # code that is loaded: ours alone
    except OSError:
        return None  # no cache: templates are compiled, as without one
    return _BytecodeCache(str(folder))


def _in_cache(env: jinja2.Environment, name: str, source: str) -> bool:
    """Whether ``env``'s bytecode cache holds template ``name`` compiled from ``source``."""
    if env.bytecode_cache is None or env.loader is None:
        return False
    _, filename, _ = env.loader.get_source(env, name)  # the file name the cache entry is keyed by
    return env.bytecode_cache.get_bucket(env, name, filename, source).code is not None


class Renderer:
    """Jinja2 over templates/. Undefined variables are errors, HTML is autoescaped.

    Each template is compiled once per process and not looked at on disk again (no ``auto_reload``):
    templates are checked at start-up, and a changed template takes effect on the next start. With a
    ``cache_dir`` (under the var folder) the compiled code is kept there for the next process."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        self.root = root
        self._picked: dict[tuple[str, str, str], str | None] = {}
        loader = jinja2.FileSystemLoader(str(root))
        self.text_env = jinja2.Environment(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            bytecode_cache=_bytecode_cache(cache_dir, "text", _TEXT_OPTIONS),
            **_COMMON_OPTIONS,
            **_TEXT_OPTIONS,
        )
        self.html_env = jinja2.Environment(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            bytecode_cache=_bytecode_cache(cache_dir, "html", _HTML_OPTIONS),
            **_COMMON_OPTIONS,
            **_HTML_OPTIONS,
        )

    def check(self) -> int:
        """Compile every template so a broken one stops start-up with its file and line.

        A template the bytecode cache holds for its current source compiled before: it is loaded, which
        costs less than parsing it, and the process then renders it without compiling. Any other is
        parsed only (compiled on first use, and then kept in the cache): compiling all of them would
        cost more than compiling the few a process renders."""
        if not self.root.is_dir():
            raise FileError(self.root, None, "templates folder does not exist")
        count = 0
        for path in sorted(self.root.rglob("*.j2")):
            rel = path.relative_to(self.root).as_posix()
            env = self.html_env if rel.endswith(".html.j2") else self.text_env
            source = path.read_text(encoding="utf-8")
            try:
                if _in_cache(env, rel, source):
                    env.get_template(rel)
                else:
                    env.parse(source, name=rel, filename=str(path))
            except jinja2.TemplateSyntaxError as exc:
                raise FileError(path, exc.lineno, f"template syntax: {exc.message}") from exc
            partial = path.name.startswith("_")  # included by other templates, e.g. _status_link.txt.j2
            if rel.endswith(".txt.j2") and not partial and not _SUBJECT.match(source.split("\n", 1)[0]):
                raise FileError(path, 1, "the first line must be 'Subject: …'")
            count += 1
        return count

    def _pick(self, name: str, language: str, suffix: str) -> str | None:
        key = (name, language, suffix)
        if key not in self._picked:
            self._picked[key] = next(
                (rel for lang in (language, "en") if (self.root / (rel := f"{lang}/{name}{suffix}")).is_file()), None
            )
        return self._picked[key]

    def needed(self, language: str, fields: Sequence[str]) -> str:
        """What a customer is asked to send, in the templates' own words for ``language``.

        The ``needed`` macro of ``_words.inc.j2`` is the one place those words live, so the status page
        asks in the same words as the mails (and an operator who rewords them rewords both)."""
        name = self._pick("_words.inc", language, ".j2")
        if name is None:
            return ", ".join(f.replace("_", " ") for f in fields)
        module = self.text_env.get_template(name).module
        return str(module.needed(list(fields))).strip()  # type: ignore[attr-defined]

    def render(
        self,
        mail: OutgoingMail,
        context: Mapping[str, Any],
        *,
        sender: str,
        message_id: str,
        now: datetime,
        rma: str | None,
    ) -> Rendered:
        """Build the message. ``context`` is the full template context (mail.context merged in)."""
        text_name = self._pick(mail.template, mail.language, ".txt.j2")
        if text_name is None:
            raise FileError(self.root / "en" / f"{mail.template}.txt.j2", None, "template not found")
        ctx = {**context, **mail.context}
        try:
            head, _, body = self.text_env.get_template(text_name).render(ctx).partition("\n")
            html_name = self._pick(mail.template, mail.language, ".html.j2")
            html = self.html_env.get_template(html_name).render(ctx) if html_name else None
        except jinja2.TemplateError as exc:
            raise _jinja_error(exc, self.root, text_name) from exc
        match = _SUBJECT.match(head)
        subject = " ".join((match.group(1) if match else head).split())
        if rma and f"[{rma}]" not in subject:
            # The bracketed token is what threads a reply back to its ticket in every mail client.
            subject = f"[{rma}] {subject.replace(rma, '').replace('()', '').strip(' -:')}"
        headers: list[tuple[str, Any]] = [
            ("From", _from(str(context.get("sender_name", "")), sender)),
            ("To", ", ".join(mail.to)),
        ]
        if mail.cc:
            headers.append(("Cc", ", ".join(mail.cc)))
        headers += [
            ("Subject", subject),
            ("Date", now),  # a datetime: the policy keeps its RFC 5322 text (mail/headercache.py)
            ("Message-ID", f"<{message_id}>"),
        ]
        if mail.in_reply_to:
            headers.append(("In-Reply-To", f"<{mail.in_reply_to}>"))
        if mail.references:
            headers.append(("References", " ".join(f"<{r}>" for r in mail.references[-20:])))
        # RFC 3834: mark every mail we send as automatic, so well-behaved responders stay quiet.
        headers.append(("Auto-Submitted", "auto-replied" if mail.in_reply_to else "auto-generated"))
        headers.append(("X-Auto-Response-Suppress", "All"))
        text = body.lstrip("\n")
        boundaries = ((_boundary(),) if html else ()) + ((_boundary(),) if mail.attachments else ())
        return Rendered(
            subject=subject,
            text=_read_back(text),
            language=mail.language,
            headers=tuple(headers),
            body=text,
            html=html,
            attachments=tuple(mail.attachments),
            boundaries=boundaries,
        )

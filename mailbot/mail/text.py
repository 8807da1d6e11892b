"""Text recovery for mail parts: charsets as declared and as really used, headers, HTML, file names."""

from __future__ import annotations

import codecs
import re
import unicodedata
from email.header import Header, decode_header

import html2text

MAX_HTML_CHARS = 500_000  # converting more HTML than this buys nothing but time
MAX_FILENAME = 120

# Declared charsets that real mailers use for a larger one: decode with the superset.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
}
# Declared charsets that often hide UTF-8: try UTF-8 first (strict UTF-8 rarely fits by chance).
_WEAK = {"cp1252", "ascii", ""}
_UNUSABLE = {"", "unknown"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _codec(name: str | None) -> str:
    name = (name or "").strip().strip('"').lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name if name else ""
    except (LookupError, ValueError):  # ValueError: a NUL byte inside the name
        return "unknown"


def decode_bytes(data: bytes, declared: str | None) -> str:
    """Decode text bytes: the declared charset if it fits, else UTF-8, GB18030, CP1252, Latin-1."""
    if not data:
        return ""
    codec = _codec(declared)
    order = ["utf-8", codec] if codec in _WEAK or codec.startswith("cp125") else [codec, "utf-8"]
    order += ["gb18030", "cp1252"]
    for name in order:
        if name in _UNUSABLE:
            continue
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def decode_header_value(value: object) -> str:
    """Decode RFC 2047 encoded words with charset recovery; unfold; never raise."""
    if isinstance(value, Header):  # raw 8-bit header bytes: the parser wraps them as "unknown-8bit"
        try:
            return " ".join(
                "".join(decode_bytes(c, cs) if isinstance(c, bytes) else c for c, cs in decode_header(value)).split()
            )
        except Exception:
            pass
    text = str(value)
    if "=?" not in text:
        if isinstance(value, str):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:  # raw 8-bit header bytes kept by the parser as surrogates
                text = decode_bytes(text.encode("utf-8", "surrogateescape"), None)
        return " ".join(text.split())
    try:
        parts = decode_header(text)
    except Exception:
        return " ".join(text.split())
    out = []
    for chunk, charset in parts:
        out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return " ".join("".join(out).split())


def html_to_text(html: str) -> str:
    """HTML body → readable text; tables stay as one row per line with cells separated by ' | '."""
    conv = html2text.HTML2Text()
    conv.body_width = 0
    conv.ignore_images = True
    conv.ignore_links = True
    conv.ignore_emphasis = True
    conv.unicode_snob = True
    try:
        text = conv.handle(html[:MAX_HTML_CHARS])
    except Exception:
        text = re.sub(r"<[^>]*>", " ", html[:MAX_HTML_CHARS])
    # html2text marks table header separators with "---|---"; they carry no words.
    lines = (line.rstrip() for line in text.splitlines())
    return "\n".join(line for line in lines if not re.fullmatch(r"[\s|:-]*-[\s|:-]*", line))


def sanitise_filename(name: str, fallback: str = "attachment") -> str:
    """A safe base file name: no directories, no control characters, bounded length."""
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[\\/]", name)[-1]
    name = _CONTROL.sub("", name).strip().lstrip(".").strip()
    if not name:
        return fallback
    if len(name) > MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        ext = ext[:16] if dot and stem else ""
        name = name[: MAX_FILENAME - len(ext) - 1] + ("." + ext if ext else "")
    return name

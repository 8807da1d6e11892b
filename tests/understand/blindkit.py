"""Shared kit of the hand-written blind corpus generators (blind*/ and train*/).

Each generator writes its mails by hand in fixture functions; this module holds what they
share: deterministic MIME builders (boundaries, Message-IDs and fake binaries derive from the
seed of the fixture being built, so two runs give byte-identical files), the label builder,
and a `Corpus` that registers companies and fixtures, writes the folders and README, and
checks the files on disk against the generator (`--check`).

The generators must keep producing exactly the files they produced before this kit existed:
where the copies once differed, the difference is a parameter here (`addr(bare_utf8=...)`,
the README wording in `Corpus`, the per-corpus serial shapes of the self-check).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import os
import quopri
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Any

KINDS = ("new_request", "forwarded", "follow_up", "auto_reply", "bounce", "unrelated", "order_status")
CATEGORIES = (
    "no_power",
    "no_link",
    "optical_performance",
    "intermittent",
    "physical_damage",
    "wrong_or_missing_item",
    "software",
    "other",
)
LANGS = ("en", "zh", "mixed")
KEYS = [
    "file",
    "kind",
    "should_auto_reply",
    "customer_email",
    "forwarded_by",
    "order_numbers",
    "serial_numbers",
    "product_models",
    "tracking_numbers",
    "rma_reference",
    "defect_category",
    "defect_keywords",
    "language",
    "missing_fields",
]
MISSING = ("order_number", "serial_number", "defect_description")

# Seed of the fixture currently being built: every "random" byte below derives from it, so a
# mail's boundaries and ids change only when the mail itself is renamed.
_SEED = [""]


# ---------------------------------------------------------------- helpers --


def _h(extra: str = "", n: int = 40) -> str:
    return hashlib.sha256((_SEED[0] + "|" + extra).encode("utf-8")).hexdigest()[:n]


def fake_bytes(tag: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{_SEED[0]}|{tag}|{i}".encode()).digest()
        i += 1
    return out[:n]


def jpeg(tag: str, n: int = 2600) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + fake_bytes(tag, n) + b"\xff\xd9"


def png(tag: str, n: int = 1400) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + fake_bytes(tag, n)


def pdf(tag: str, title: str) -> bytes:
    head = (
        f"%PDF-1.4\n1 0 obj << /Title ({title}) /Producer (PDF writer) >> endobj\n"
        "2 0 obj << /Type /Catalog /Pages 3 0 R >> endobj\nstream\n"
    )
    return head.encode("latin-1") + fake_bytes(tag, 1500) + b"\nendstream\n%%EOF\n"


def xlsx(tag: str) -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + fake_bytes(tag, 1800)


def mid(style: str, domain: str, extra: str = "") -> str:
    """Deterministic Message-ID in the style of a given client."""
    h = _h("mid" + extra).upper()
    low = h.lower()
    if style == "outlook":
        return "<{}{}@{}.eurprd0{}.prod.outlook.example>".format(
            "AM9PR0" + h[0], "MB" + h[1:17], "AM9PR0" + h[0] + "MB" + h[17:21], int(h[21], 16) % 8 + 1
        )
    if style == "exchange":
        return f"<{h[:8]}.{h[8:16]}{h[16:20]}@{domain}>"
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(low[:36])).decode().replace("/", "_")
        return "<CA{}{}@mail.gmail.example>".format("+" if int(h[0], 16) % 2 else "", b)
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "tb":
        return f"<{low[:8]}-{low[8:12]}-{low[12:16]}-{low[16:20]}-{low[20:32]}@{domain}>"
    if style == "foxmail":
        return "<{}@{}>".format(("2024" + str(int(h[:16], 16)))[:21], domain)
    if style == "qq":
        return f"<tencent_{h[:36]}@qq.example>"
    if style == "netease":
        return f"<{int(h[:6], 16)}.{low[6:10]}.{int(h[10:16], 16)}@{domain}>"
    if style == "sap":
        return f"<{h[:32]}@{domain}>"
    return f"<{low[:12]}.{low[12:20]}@{domain}>"


def bnd(style: str, extra: str = "") -> str:
    """Deterministic multipart boundary in the style of a given client."""
    h = _h("bnd" + extra)
    if style == "outlook":
        return "_{:03d}_{}_".format(int(h[:2], 16) % 4, "AM9PR0" + h[2:18].upper())
    if style == "gmail":
        return "0000000000" + h[:18]
    if style == "apple":
        return f"Apple-Mail=_{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if style == "tb":
        b = base64.b64encode(bytes.fromhex(h[:36])).decode()
        return "------------" + re.sub(r"[^A-Za-z0-9]", "0", b)[:24]
    if style in ("foxmail", "qq"):
        return f"----=_NextPart_{h[:8].upper()}_{h[8:16].upper()}_{h[16:24].upper()}"
    if style == "netease":
        return f"----=_Part_{int(h[:5], 16)}_{int(h[5:10], 16)}.{1710000000000 + int(h[10:17], 16) % 10**9}"
    if style == "php":
        return "b1_" + h[:32]
    return f"=_{h[:28]}"


def ew(text: str, cs: str = "utf-8", enc: str = "B", label: str | None = None, maxlen: int = 58) -> str:
    """RFC 2047 encoded words, split on character boundaries."""
    label = label or cs

    def one(s: str) -> str:
        b = s.encode(cs)
        if enc == "B":
            return "=?{}?B?{}?=".format(label, base64.b64encode(b).decode("ascii"))
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif byte < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append(f"={byte:02X}")
        return "=?{}?Q?{}?=".format(label, "".join(out))

    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > maxlen + len(label):
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return " ".join(words)


def addr(
    name: str | None,
    email: str,
    cs: str | None = None,
    enc: str = "B",
    label: str | None = None,
    quote: bool = False,
    bare_utf8: bool = True,
) -> str:
    """A From/To value.  A non-ASCII name given without a charset is encoded as UTF-8 words
    (bare_utf8), since a bare one would be folded unpredictably; the first corpus predates
    that and passes bare_utf8=False to keep its files as they were."""
    if not name:
        return email
    if bare_utf8 and not cs and not name.isascii():
        cs = "utf-8"
    if cs:
        return f"{ew(name, cs, enc, label)} <{email}>"
    if quote or re.search(r'[,.;:@()"<>\[\]]', name):
        return '"{}" <{}>'.format(name.replace('"', '\\"'), email)
    return f"{name} <{email}>"


def text(
    body: str,
    cs: str = "utf-8",
    cte: str = "qp",
    sub: str = "plain",
    label: str | None = None,
    quote_cs: bool = True,
    params: str = "",
    disp: str | None = None,
) -> Message:
    """A text/* leaf part with exact control over charset and transfer encoding."""
    m = Message()
    label = label or cs
    csp = f'"{label}"' if quote_cs else label
    m["Content-Type"] = f"text/{sub}; charset={csp}{params}"
    raw = body.encode(cs)
    if cte == "qp":
        payload, name = quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    elif cte == "b64":
        payload, name = base64.encodebytes(raw).decode("ascii"), "base64"
    elif cte == "8bit":
        payload, name = raw.decode("ascii", "surrogateescape"), "8bit"
    elif cte == "7bit":
        raw.decode("ascii")
        payload, name = body, "7bit"
    else:
        raise ValueError(cte)
    m["Content-Transfer-Encoding"] = name
    if disp:
        m["Content-Disposition"] = disp
    m.set_payload(payload)
    return m


def html_doc(inner: str, head_style: str = "", lang: str | None = None, cs: str = "utf-8") -> str:
    la = f' lang="{lang}"' if lang else ""
    st = f"<style>{head_style}</style>" if head_style else ""
    return (
        f'<html{la}><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">{st}</head>\n'
        f"<body>\n{inner}\n</body></html>\n"
    )


def attachment(
    ctype: str,
    filename: str,
    data: bytes,
    inline: bool = False,
    cid: str | None = None,
    name_cs: str | None = None,
    rfc2231: bool = False,
) -> Message:
    m = Message()
    if rfc2231:
        q = "".join(
            c if (c.isascii() and (c.isalnum() or c in ".-_")) else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
            for c in filename
        )
        ct_name = 'name="{}"'.format(filename.encode("ascii", "replace").decode().replace("?", "_"))
        disp_name = f"filename*=utf-8''{q}"
    elif name_cs:
        enc = f'"{ew(filename, name_cs, maxlen=200)}"'
        ct_name, disp_name = "name=" + enc, "filename=" + enc
    else:
        ct_name, disp_name = f'name="{filename}"', f'filename="{filename}"'
    m["Content-Type"] = f"{ctype}; {ct_name}"
    m["Content-Transfer-Encoding"] = "base64"
    if cid:
        m["Content-ID"] = f"<{cid}>"
    m["Content-Disposition"] = "{}; {}".format("inline" if inline else "attachment", disp_name)
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def textfile(filename: str, body: str, cs: str = "utf-8") -> Message:
    """A plain-text attachment (log, csv) -- its content never counts."""
    m = Message()
    m["Content-Type"] = f'text/plain; charset="{cs}"; name="{filename}"'
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-Disposition"] = f'attachment; filename="{filename}"'
    m.set_payload(base64.encodebytes(body.encode(cs)).decode("ascii"))
    return m


def multipart(
    sub: str, parts: Iterable[Message], boundary: str, preamble: str | None = None, params: str = ""
) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{sub};{params}\n\tboundary="{boundary}"'
    m.set_payload(list(parts))  # type: ignore[arg-type]  # a multipart's payload is its parts
    if preamble is not None:
        m.preamble = preamble
    return m


def alt(plain: Message, htmlpart: Message, style: str = "generic") -> Message:
    return multipart("alternative", [plain, htmlpart], bnd(style, "alt"))


def mixed(parts: Iterable[Message], style: str = "generic", preamble: str | None = None) -> Message:
    return multipart("mixed", parts, bnd(style, "mixed"), preamble=preamble)


def related(htmlpart: Message, images: Iterable[Message], style: str = "generic") -> Message:
    return multipart("related", [htmlpart, *images], bnd(style, "rel"), params=' type="text/html";')


def rfc822(
    inner: Message,
    filename: str | None = None,
    disp: str | None = "attachment",
    desc: str | None = None,
    name_cs: str | None = None,
) -> Message:
    m = Message()
    fn = None
    if filename:
        fn = f'"{ew(filename, name_cs, maxlen=200) if name_cs else filename}"'
    m["Content-Type"] = "message/rfc822" + (f"; name={fn}" if fn else "")
    if desc:
        m["Content-Description"] = desc
    if disp:
        m["Content-Disposition"] = disp + (f"; filename={fn}" if fn else "")
    m.set_payload([inner])  # type: ignore[arg-type]  # message/rfc822 carries one message
    return m


def delivery_status(blocks: Iterable[Iterable[tuple[str, str]]]) -> Message:
    m = Message()
    m["Content-Type"] = "message/delivery-status"
    subs = []
    for blk in blocks:
        b = Message()
        for k, v in blk:
            b[k] = v
        subs.append(b)
    m.set_payload(subs)  # type: ignore[arg-type]  # one header block per recipient
    return m


def envelope(hdrs: Iterable[tuple[str, str]], body: Message) -> Message:
    """Top-level message: the given headers in order, then the body's MIME headers.

    A ('@body', ...) entry puts the body's MIME headers at that position instead."""
    m = Message()
    placed = False
    for k, v in hdrs:
        if k == "@body":
            for bk, bv in body.items():
                m[bk] = bv
            placed = True
        else:
            m[k] = v
    if not placed:
        for k, v in body.items():
            m[k] = v
    m.set_payload(body._payload)  # type: ignore[attr-defined]  # moved as is, already encoded
    m.preamble = body.preamble
    m.epilogue = body.epilogue
    return m


def rng(prefix: str, start: int, end: int, width: int, suffix: str = "") -> list[str]:
    """Every unit of a serial range, zero-padded to width."""
    return [f"{prefix}{i:0{width}d}{suffix}" for i in range(start, end + 1)]


def L(
    kind: str,
    cust: str | None = None,
    fwd: str | None = None,
    orders: Sequence[str] = (),
    serials: Sequence[str] = (),
    models: Sequence[str] = (),
    tracking: Sequence[str] = (),
    rma: str | None = None,
    cat: str | None = None,
    kw: Sequence[str] = (),
    lang: str = "en",
    expanded: Sequence[str] = (),
) -> dict[str, Any]:
    """One label; `should_auto_reply` and `missing_fields` follow from the rest.

    `expanded` lists serials that are labelled but written in the mail only as a range."""
    lab: dict[str, Any] = {
        "kind": kind,
        "should_auto_reply": kind not in ("auto_reply", "bounce", "unrelated"),
        "customer_email": cust,
        "forwarded_by": fwd,
        "order_numbers": list(orders),
        "serial_numbers": list(serials),
        "product_models": list(models),
        "tracking_numbers": list(tracking),
        "rma_reference": rma,
        "defect_category": cat,
        "defect_keywords": list(kw),
        "language": lang,
    }
    mf = []
    if kind in ("new_request", "forwarded"):
        if not lab["order_numbers"]:
            mf.append("order_number")
        if not lab["serial_numbers"]:
            mf.append("serial_number")
        if cat is None:
            mf.append("defect_description")
    lab["missing_fields"] = mf
    lab["_expanded"] = list(expanded)
    return lab


def q(body: str, prefix: str = "> ") -> str:
    """Quote every line of body the way most clients do for reply history."""
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in body.strip("\n").split("\n"))


def mail(
    date: str,
    frm: str,
    to: str,
    subject: str,
    body: Message,
    style: str = "generic",
    domain: str = "mail.example",
    extra: Iterable[tuple[str, str]] = (),
) -> Message:
    """Top-level message with the usual header order; extra headers go before MIME-Version."""
    hdrs = [("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(style, domain))]
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    return envelope(hdrs, body)


# ------------------------------------------------------------ self-check --


def decode_bytes(raw: bytes, cs: str | None) -> str:
    cs = (cs or "us-ascii").lower()
    try:
        return raw.decode(cs)
    except (LookupError, UnicodeDecodeError):
        pass
    for alt_cs in (("gb18030",) if cs in ("gb2312", "gbk", "gb18030", "x-gbk") else ()) + ("utf-8",):
        try:
            return raw.decode(alt_cs)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def html_to_text(s: str) -> str:
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table|blockquote)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " \t ", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    return html.unescape(s)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u3000", " "))


def mail_text(msg: Any, keep_lines: bool = False) -> str:
    """Headers and inline text parts (HTML as text) of a parsed mail and its attached mails."""
    chunks = []

    def heads(m: Any) -> None:
        for h in ("From", "To", "Cc", "Reply-To", "Subject"):
            for v in m.get_all(h, []):
                chunks.append(str(v))

    heads(msg)
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            heads(part.get_payload(0))
            continue
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        raw = part.get_payload(decode=True) or b""
        t = decode_bytes(raw, part.get_content_charset())
        if ct == "text/html":
            t = html_to_text(t)
        chunks.append(t)
    if keep_lines:
        return re.sub(r"[ \t\xa0\u3000]+", " ", "\n".join(chunks))
    return norm("\n".join(chunks))


def misdeclared_gb2312(msg: Any) -> bool:
    """True when a part says gb2312 but needs GBK, as many Chinese clients send it."""
    for part in msg.walk():
        if part.get_content_charset() == "gb2312" and not part.is_multipart():
            raw = part.get_payload(decode=True) or b""
            try:
                raw.decode("gb2312")
            except UnicodeDecodeError:
                try:
                    raw.decode("gbk")
                    return True
                except UnicodeDecodeError:
                    pass
    return False


def catalog_hits(catalog: Iterable[str], s: str) -> set[str]:
    """Catalog models named in s (longest match wins where names overlap)."""
    low = norm(s).lower()
    spans: list[tuple[int, int, str]] = []
    for c in sorted(catalog, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(c.lower()) + r"(?![\w-])", low):
            if not any(a <= m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), c))
    return {c for _, _, c in spans}


def _table(counter: Counter[str], order: Iterable[str], title: str) -> str:
    out = [f"| {title} | mails |", "|---|---|"]
    for k in order:
        if counter.get(k):
            out.append(f"| {k} | {counter[k]} |")
    return "\n".join(out)


Fixture = Callable[[], tuple[Message, dict[str, Any]]]


class Corpus:
    """The companies and fixtures of one generator, and what it writes and checks.

    here: the corpus folder; script: the generator's file name (for the README);
    title, domains, languages: the README wording; serial_shapes: per company, a regex of its
    serial shape, so the self-check finds serials a request names but its label forgot."""

    def __init__(
        self,
        here: str,
        script: str,
        title: str,
        domains: str,
        languages: str,
        serial_shapes: dict[str, str],
        notes: Sequence[str] = (),
    ) -> None:
        self.here = here
        self.script = script
        self.title = title
        self.domains = domains
        self.languages = languages
        self.serial_shapes = serial_shapes
        self.notes = list(notes)
        self.companies: dict[str, dict[str, Any]] = {}
        self.fixtures: dict[str, list[Fixture]] = {}

    def company(self, slug: str, **info: Any) -> None:
        self.companies[slug] = info
        self.fixtures.setdefault(slug, [])

    def fixture(self, slug: str) -> Callable[[Fixture], Fixture]:
        def deco(fn: Fixture) -> Fixture:
            self.fixtures.setdefault(slug, []).append(fn)
            return fn

        return deco

    # ------------------------------------------------------------ generation --

    def build_all(self) -> tuple[dict[str, bytes], dict[str, dict[str, Any]]]:
        """Return {relative path: bytes} for everything this generator owns, plus meta."""
        files = {}
        meta = {}
        for slug in sorted(self.companies):
            info = self.companies[slug]
            files[f"{slug}/company.json"] = (json.dumps(info, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            lines = []
            # file numbers follow a fixed pseudo-random order, not the order of writing
            order = sorted(
                self.fixtures[slug], key=lambda f: hashlib.sha256(f"{slug}/{f.__name__}".encode()).hexdigest()
            )
            for i, fn in enumerate(order, 1):
                _SEED[0] = f"{slug}/{fn.__name__}"
                msg, lab = fn()
                name = f"{i:03d}.eml"
                data = msg.as_bytes()
                files[f"{slug}/{name}"] = data
                expanded = lab.pop("_expanded")
                row: dict[str, Any] = {"file": name}
                row.update(lab)
                row = {k: row[k] for k in KEYS}
                meta[f"{slug}/{name}"] = {"label": row, "expanded": expanded, "fixture": fn.__name__}
                lines.append(json.dumps(row, ensure_ascii=False))
            files[f"{slug}/labels.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
        files["README.md"] = self.readme(meta).encode("utf-8")
        return files, meta

    def readme(self, meta: dict[str, dict[str, Any]]) -> str:
        labels = [m["label"] for m in meta.values()]
        per_co = Counter(p.split("/")[0] for p in meta)
        kinds = Counter(lab["kind"] for lab in labels)
        langs = Counter(lab["language"] for lab in labels)
        cats = Counter(lab["defect_category"] or "(none)" for lab in labels)
        co_rows = ["| folder | company | mails |", "|---|---|---|"]
        for slug in sorted(self.companies):
            co_rows.append(f"| `{slug}/` | {self.companies[slug]['name']} | {per_co[slug]} |")
        notes: list[str] = []
        for note in self.notes:
            notes += [note, ""]
        return "\n".join(
            [
                f"# {self.title}",
                "",
                f"Hand-written RMA / after-sales mails received by {len(self.companies)} fictional manufacturers "
                f"({len(labels)} mails in total), each folder with its own `company.json`, the `.eml` files "
                f"and one `labels.jsonl` line per mail.  All domains are fictional ({self.domains}).",
                "",
                "Each company uses its own conventions for serial numbers, order / contract numbers, "
                "model names and carriers.  Mails cover new requests in many layouts (plain, HTML-only, "
                "multipart/alternative, with attachments, web-form notifications), forwards by sales staff "
                "from many mail clients, follow-ups, order-status questions, auto-replies, bounces and "
                "unrelated mail, in English, other European languages and Chinese (GBK, GB2312, GB18030, "
                "Big5, UTF-8; base64, quoted-printable and 8bit).",
                "",
                "Conventions: `language` is `zh` for Chinese prose, `mixed` for mixed Chinese/English "
                "sentences and `en` for everything else (including mails entirely in "
                f"{self.languages}).  Auto-replies carry only `customer_email` (the "
                "responder) and `rma_reference`; bounces and unrelated mail carry no extraction at all.  "
                "For forwards by staff, `customer_email` is the original customer (from the forwarded "
                "header, else from the forwarded signature, else null) and `forwarded_by` the staff member.",
                "",
                *notes,
                "## Companies",
                "",
                "\n".join(co_rows),
                "",
                "## Kinds",
                "",
                _table(kinds, KINDS, "kind"),
                "",
                "## Languages (label value)",
                "",
                _table(langs, LANGS, "language"),
                "",
                "## Defect categories",
                "",
                _table(cats, (*CATEGORIES, "(none)"), "defect_category"),
                "",
                "## Label schema",
                "",
                "One JSON object per line with exactly the keys `{}`.  Identifiers are labelled as "
                "written in the mail's current text (subject, the sender's own text and any forwarded "
                "block); quoted reply history, signatures, attachment contents and the returned message "
                "of a bounce never count.  Serial ranges are expanded to every unit.".format("`, `".join(KEYS)),
                "",
                "## Regenerating",
                "",
                "```",
                f"python {self.script}           # rewrite everything, then self-check",
                f"python {self.script} --check   # verify files on disk, parseability and label consistency",
                "```",
                "",
            ]
        )

    # ------------------------------------------------------------ self-check --

    def check(self, files: dict[str, bytes], meta: dict[str, dict[str, Any]]) -> list[str]:
        """Everything wrong with the files on disk and the labels, one line each."""
        errors: list[str] = []

        def err(where: str, what: str) -> None:
            errors.append(f"{where}: {what}")

        # 1. disk matches the generator
        for rel, data in sorted(files.items()):
            p = os.path.join(self.here, rel)
            if not os.path.exists(p):
                err(rel, "missing on disk")
            else:
                with open(p, "rb") as f:
                    if f.read() != data:
                        err(rel, "differs from generator output")
        for slug in self.companies:
            d = os.path.join(self.here, slug)
            if os.path.isdir(d):
                for fn in os.listdir(d):
                    if f"{slug}/{fn}" not in files:
                        err(f"{slug}/{fn}", "not produced by the generator")

        zh = 0
        gb_mis = 0
        ids_seen: dict[str, str] = {}
        for rel, info in sorted(meta.items()):
            lab, expanded = info["label"], set(info["expanded"])
            slug = rel.split("/")[0]
            co = self.companies[slug]
            where = "{} ({})".format(rel, info["fixture"])
            # 2. parses with the default policy, no structural defects
            msg: Any = BytesParser(policy=policy.default).parsebytes(files[rel])
            for part in msg.walk():
                if part.defects:
                    err(where, f"MIME defects {part.defects!r}")
            for h in ("From", "Date", "Message-ID", "Subject"):
                if msg[h] is None:
                    err(where, f"missing {h} header")
            mid_ = msg["Message-ID"]
            if mid_ in ids_seen:
                err(where, f"duplicate Message-ID with {ids_seen[mid_]}")
            ids_seen[mid_] = rel
            if misdeclared_gb2312(msg):
                gb_mis += 1
            txt = mail_text(msg)
            # 3. schema
            if list(lab) != KEYS:
                err(where, f"label keys {list(lab)!r}")
                continue
            k = lab["kind"]
            if lab["file"] != rel.split("/")[1]:
                err(where, "file field")
            if k not in KINDS:
                err(where, f"kind {k!r}")
            if lab["should_auto_reply"] is not (k not in ("auto_reply", "bounce", "unrelated")):
                err(where, "should_auto_reply inconsistent with kind")
            for key in (
                "order_numbers",
                "serial_numbers",
                "product_models",
                "tracking_numbers",
                "defect_keywords",
                "missing_fields",
            ):
                v = lab[key]
                if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() == x and x for x in v):
                    err(where, f"{key} must be a list of non-empty strings")
                elif len(set(v)) != len(v):
                    err(where, f"{key} has duplicates")
            for key in ("customer_email", "forwarded_by", "rma_reference", "defect_category"):
                if lab[key] is not None and not isinstance(lab[key], str):
                    err(where, f"{key} must be string or null")
            if lab["language"] not in LANGS:
                err(where, "language {!r}".format(lab["language"]))
            if lab["language"] != "en":
                zh += 1
            cat = lab["defect_category"]
            if cat is not None and cat not in CATEGORIES:
                err(where, f"defect_category {cat!r}")
            if (cat is None) != (not lab["defect_keywords"]) or len(lab["defect_keywords"]) > 3:
                err(where, "defect_keywords must have 1-3 entries exactly when a category is set")
            if lab["rma_reference"] is not None and not re.fullmatch(r"RMA-\d{4}-\d{5}", lab["rma_reference"]):
                err(where, "rma_reference format")
            if not set(lab["missing_fields"]) <= set(MISSING):
                err(where, "missing_fields values")
            # 4. kind-specific consistency
            staff = tuple("@" + d for d in co["staff_domains"])
            cust = lab["customer_email"]
            if k in ("bounce", "unrelated"):
                if cust is not None:
                    err(where, f"customer_email must be null for {k}")
            if k == "forwarded":
                if not lab["forwarded_by"] or not lab["forwarded_by"].lower().endswith(staff):
                    err(where, "forwarded_by must be a staff address")
            elif lab["forwarded_by"] is not None:
                err(where, "forwarded_by only for forwarded mails")
            if k in ("new_request", "follow_up", "order_status", "auto_reply") and not cust:
                err(where, f"customer_email required for {k}")
            if cust and (
                cust.lower() in [a.lower() for a in co["noreply_addresses"]]
                or cust.lower() == co["service_address"].lower()
                or cust.lower().endswith(staff)
            ):
                err(where, "customer_email is the company itself")
            if k in ("auto_reply", "bounce", "unrelated"):
                if (
                    any(lab[x] for x in ("order_numbers", "serial_numbers", "product_models", "tracking_numbers"))
                    or cat
                ):
                    err(where, f"no extraction expected for {k}")
            if k in ("bounce", "unrelated") and lab["rma_reference"]:
                err(where, f"rma_reference must be null for {k}")
            subj = norm(str(msg["Subject"] or "")).lower()
            if k in ("auto_reply", "bounce"):
                for c in co["catalog"]:
                    if re.search(r"(?<![\w-])" + re.escape(c.lower()) + r"(?![\w-])", subj):
                        err(where, f"catalog model {c!r} in the subject of a {k}")
            if k == "bounce" and re.search(r"rma-\d{4}-\d{5}", subj):
                err(where, "RMA token in the subject of a bounce")
            if k == "auto_reply" and not cust:
                err(where, "auto_reply needs the responder address")
            exp_mf = []
            if k in ("new_request", "forwarded"):
                if not lab["order_numbers"]:
                    exp_mf.append("order_number")
                if not lab["serial_numbers"]:
                    exp_mf.append("serial_number")
                if cat is None:
                    exp_mf.append("defect_description")
            if lab["missing_fields"] != exp_mf:
                err(where, "missing_fields {!r}, expected {!r}".format(lab["missing_fields"], exp_mf))
            # 5. every labelled identifier appears in the decoded text
            probes = (
                lab["order_numbers"]
                + [s for s in lab["serial_numbers"] if s not in expanded]
                + lab["product_models"]
                + lab["tracking_numbers"]
                + lab["defect_keywords"]
            )
            for key in ("rma_reference", "customer_email", "forwarded_by"):
                if lab[key]:
                    probes.append(lab[key])
            lines_txt = mail_text(msg, keep_lines=True)
            for p in probes:
                if norm(p) not in txt:
                    err(where, f"labelled value not in decoded text: {p!r}")
                elif p not in lines_txt:
                    err(where, f"labelled value only found across a line break: {p!r}")
            if not expanded <= set(lab["serial_numbers"]):
                err(where, "expanded serials not labelled")
            # 6. nothing obvious left unlabelled
            labelled_models = {norm(m_).lower() for m_ in lab["product_models"]}
            if k not in ("auto_reply", "bounce", "unrelated"):
                for c in catalog_hits(co["catalog"], str(msg["Subject"] or "")):
                    if c.lower() not in labelled_models:
                        err(where, f"model {c!r} in the subject is not labelled")
            if k in ("new_request", "forwarded"):
                for c in catalog_hits(co["catalog"], txt):
                    if c.lower() not in labelled_models:
                        err(where, f"model {c!r} in the text is not labelled")
                shape = self.serial_shapes.get(slug)
                if shape:
                    for m_ in re.finditer(r"(?<![\w-])(?:" + shape + r")(?![\w])", txt, re.I):
                        if m_.group(0) not in lab["serial_numbers"]:
                            err(where, f"serial-shaped {m_.group(0)!r} not labelled")
            for m_ in lab["product_models"]:
                if not any(
                    m_.lower() == c.lower() or norm(m_).lower().replace(" ", "") == c.lower().replace(" ", "")
                    for c in co["catalog"]
                ):
                    err(where, f"model {m_!r} not in the company catalog")
        total = len(meta)
        if total < 200:
            err("corpus", f"only {total} mails")
        if len(self.companies) < 8:
            err("corpus", f"only {len(self.companies)} companies")
        if zh * 4 < total:
            err("corpus", f"only {zh} of {total} mails are Chinese or mixed")
        if gb_mis < 1:
            err("corpus", "no GBK text declared as gb2312")
        return errors

    def main(self, description: str, argv: Sequence[str] | None = None) -> int:
        """Write the corpus (unless --check), then check the files and labels; 0 when all is well."""
        ap = argparse.ArgumentParser(description=description)
        ap.add_argument("--check", action="store_true", help="only check, write nothing")
        args = ap.parse_args(argv)
        files, meta = self.build_all()
        if not args.check:
            for slug in self.companies:
                d = os.path.join(self.here, slug)
                os.makedirs(d, exist_ok=True)
                for fn in os.listdir(d):
                    if f"{slug}/{fn}" not in files:
                        os.remove(os.path.join(d, fn))
            for rel, data in files.items():
                with open(os.path.join(self.here, rel), "wb") as f:
                    f.write(data)
        errors = self.check(files, meta)
        for e in errors:
            print("ERROR", e)
        kinds = Counter(m["label"]["kind"] for m in meta.values())
        print(
            "{} mails, {} companies; {}".format(
                len(meta), len(self.companies), ", ".join(f"{k} {kinds[k]}" for k in KINDS)
            )
        )
        print("check: {}".format(f"FAILED ({len(errors)} errors)" if errors else "ok"))
        return 1 if errors else 0

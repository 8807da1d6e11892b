"""Split a mail into what the sender wrote now, the complaint it forwards, and history to ignore."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email.utils import getaddresses

from mailparser_reply.parser import EmailMessage, EmailReply

from mailbot.rules.understand import IdentifierRules, KindRules
from mailbot.understand.nlp import composed
from mailbot.understand.patterncache import longest_first
from mailbot.values import Address, InboundMail

MAX_TEXT = 60_000  # beyond this a mail is a log dump; the request is at the top
REPLY_LANGUAGES = ["en", "de", "cs", "da", "es", "fr", "it", "ja", "ko", "nl", "pl", "sv", "zh"]
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A salutation line ("Hi team,", "Dear Sir/Madam,", "您好，"): a "Thanks!" right after it opens the
# message rather than closing it, so the sign-off is looked for only once the message itself has begun.
_GREETING = re.compile(
    r"\s*(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening|day)|greetings|hallo|bonjour|hola|"
    r"您好|你好|各位|尊敬的)\b.{0,40}|.{0,30}[,，:：])\s*$",
    re.IGNORECASE,
)
# The fields whose labels mark a line below the sign-off as the sender's own (identifiers.yml).
_LABELLED_FIELDS = ("order_number", "serial_number", "product_model", "tracking_number")
# A line that opens another message below the signature: "On … wrote:", "Am … schrieb …:", "… a écrit :",
# "…写道：", or a long rule of dashes/underscores (Outlook's line above the quoted headers).
_HISTORY = re.compile(r"(?:.*\b(?:wrote|schrieb|a écrit|escribió|ha scritto)\b.*[:：]|.*写道[:：]?|[-_=]{8,}.*)", re.I)
# A "key: value" line ("Tel: …", "VAT: …", "Order desk: order 4500000001", "S/N: …"): it is judged by its key
# alone, since a signature's keys may name an order or a serial in their value.
_KEY = re.compile(r"[^\W\d_][\w .()/&-]{0,30}[:：]")
# A value right after its label: letters, digits and joiners with a digit among them ("LT2507B00912",
# "PO-4471"); "邮政编码：518000" is a postcode, not the courier 邮政, since "编码" stands between.
_VALUE = r"(?=[A-Za-z0-9/._-]*\d)[A-Za-z0-9][A-Za-z0-9/._-]*"
_BULLET = re.compile(r"^[\s*•·–—-]*")
# A line holding one address and nothing else: "<lena@x.example>", "[mailto:lena@x.example]".
_LONE_ADDRESS = re.compile(r"\s*[<\[(]?(?:mailto:)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+[>\])]?\s*", re.IGNORECASE)
# The keys of a forwarded header block's other lines, in the languages mail clients write them.
_HEADER_WORDS = (
    "sent date to cc bcc subject reply-to importance gesendet datum an betreff envoyé à objet enviado fecha para "
    "asunto inviato data a oggetto verzonden aan onderwerp skickat till ämne wysłano do temat odesláno komu "
    "předmět sendt til emne lähetetty vastaanottaja aihe päivämäärä отправлено кому тема дата копия "
    "elküldve címzett tárgy dátum gönderildi kime konu tarih enviada assunto 发送时间 发送日期 日期 时间 收件人 抄送 "
    "主题 寄件日期 收件者 副本 主旨 送信日時 宛先 件名 日付 제목 tanggal kepada perihal subjek tembusan terkirim "
    "dikirim tarikh kepada subiect trimis către ημερομηνία προς θέμα ngày chủ đề วันที่ ถึง เรื่อง petsa para paksa"
)
_HEADER_KEYS = frozenset(_HEADER_WORDS.split()) | {
    *("enviada em", "enviado em", "enviado el", "enviado a las", "sent at", "gesendet am", "date d'envoi"),
    *("verzonden op", "skickat den", "보낸 날짜", "받는 사람", "主 题"),
}
_MAX_HEAD_LINES = 4  # header lines of a forwarded block the reply parser may leave above where it opens it
# Apple Mail's From key in a language where it is not the From header's usual name: in Russian it writes
# "От кого:" (Outlook writes "От:"). The client's fixed wording, read beside the rules' from_headers.
_CLIENT_FROM_KEYS = ["От кого"]
_ESCAPED_RULE = re.compile(r"\\(?=[-_=]{2,})")
# Apple Mail's and iOS' own line above a forwarded mail in the languages of its interface ("Begin forwarded
# message:" is in the rules with the others): the client's fixed wording, so a forward in any of them opens there.
_CLIENT_MARKERS = [
    r"開始轉寄的郵件\s*[:：]?",
    r"전달된\s+메일\s*[:：]?",
    r"(?:In(?:í|i)cio|Come(?:ç|c)o)\s+da\s+mensagem\s+encaminhada\s*:?",
    r"Vidarebefordrat\s+(?:brev|mejl|e-?postmeddelande)\s*:?",
    r"Start\s+p(?:å|a)\s+videresendt\s+(?:besked|meddelelse)\s*:?",
    r"Begynnelse\s+p(?:å|a)\s+videresendt\s+(?:melding|e-?post)\s*:?",
    r"V(?:ä|a)litetty\s+viesti\s+alkaa\s*:?",
    r"Pocz(?:ą|a)tek\s+przekazywanej\s+wiadomo(?:ś|s)ci\s*:?",
    r"Za(?:č|c)(?:á|a)tek\s+p(?:ř|r)eposlan(?:é|e)\s+zpr(?:á|a)vy\s*:?",
    r"(?:İ|I)letilen\s+ileti(?:nin)?\s+ba(?:ş|s)lang(?:ı|i)c(?:ı|i)\s*:?",
    r"Начало\s+переадресованного\s+сообщения\s*:?",
    r"Kezdete\s+a\s+tov(?:á|a)bb(?:í|i)tott\s+(?:ü|u)zenetnek\s*:?",
    r"B(?:ắ|a)t\s+(?:đ|d)(?:ầ|a)u\s+(?:th(?:ư|u)|tin\s+nh(?:ắ|a)n)\s+(?:đ|d)(?:ư|u)(?:ợ|o)c\s+chuy(?:ể|e)n\s+ti(?:ế|e)p\s*:?",
]
# A subject prefix that is a reply in one language and a forward in another: "VS:" is Norwegian Outlook's
# forward (videresendt) and Finnish Outlook's reply (vastaus). A colleague's "VS:" over an outside writer's
# header block forwards that mail; anything else stays a reply.
_EITHER_WAY = frozenset({"vs"})
_SUBJECT_KEYS = (
    "subject",
    "主题",
    "主旨",
    "betreff",
    "objet",
    "asunto",
    "oggetto",
    "assunto",
    "onderwerp",
    "temat",
    "předmět",
    # Nordic, Finnish, Russian, Turkish, Hungarian, Japanese and Korean clients' Subject keys.
    "ämne",
    "emne",
    "aihe",
    "тема",
    "konu",
    "tárgy",
    "件名",
    "제목",
)
# A header line of a forwarded block: a short key of letters, a colon, a value ("Sent: …", "寄件日期: …").
_HEADER_LINE = re.compile(r"\s*\**[^\W\d_][^\W\d_ -]*(?:[ \u3000-][^\W\d_]+){0,2}\**\s*[:：]\s*\S")


@dataclass(frozen=True)
class AfterSignOff:
    """What tells the sender's own lines apart from the signature below the sign-off (see ``own_lines``)."""

    postscript: re.Pattern[str]  # a line opening a postscript: "P.S. …", "PS: …", "附：…"
    label_key: re.Pattern[str]  # a line keyed by an identifier label: "S/N: …", "Serial numbers:"
    label_line: re.Pattern[str]  # a label with its value in a line of no key: "PO 4471", "the S/N is …"
    stop: re.Pattern[str]  # another message begins (history, a separator, a "From:" header)
    sign_off: re.Pattern[str]  # a second sign-off closes a postscript
    joiners: frozenset[str] = frozenset()  # words between values in a list ("to", "and", "pcs"), lower case


def own_lines(lines: Sequence[str], cues: AfterSignOff) -> list[str]:
    """The lines below the sign-off that the sender wrote as content rather than as a signature.

    Customers add what they forgot under their name: "P.S. the order was PO-4471", "S/N: A1, A2", a
    "Serial numbers:" list. Those lines are kept; the signature proper (name, title, company, phone,
    address, web, legal notice, "Sent from my iPhone") is not, since it names no identifier label and opens
    no postscript. A "key: value" line counts only when its key is an identifier label: "Order desk: order
    4500000001" is the signature's, "Order no: 4500000001" the sender's. A postscript runs to the next blank
    line or signature key ("Tel:"); a labelled line keeps the lines of values right under it. Reading stops
    where another message begins below the signature (a reply's header, a separator), since that is
    history, not the sender's words.
    """
    kept: list[str] = []
    block = ""  # "ps" inside a postscript, "ids" under a labelled line, "" elsewhere
    for raw in lines:
        line = raw.strip()
        if cues.stop.fullmatch(line):
            break
        if not line or cues.sign_off.fullmatch(line):
            block = ""
            continue
        bare = _BULLET.sub("", line)
        if cues.postscript.match(bare):
            block = "ps"
        elif block == "ps":
            # A postscript runs on to its blank line, or to a signature's "Tel:" written right under it.
            block = "" if _KEY.match(bare) and not cues.label_key.match(bare) else block
        elif cues.label_key.match(bare) if _KEY.match(bare) else cues.label_line.search(bare):
            block = "ids"
        elif block == "ids" and (_KEY.match(bare) or not _values_only(bare, cues.joiners)):
            block = ""
        if block:
            kept.append(line)
    return kept


def _values_only(line: str, joiners: frozenset[str]) -> bool:
    """A line of values under a "Serial numbers:" head: each word has a digit or joins two values
    ("LT01 to LT05", "AX7-1, AX7-2 and AX7-3"); "80331 München" has a word of its own, so it is not one."""
    words = [w.strip("()[]<>\"'.:") for w in re.split(r"[\s,;，；、]+", line)]
    return any(any(c.isdigit() for c in w) for w in words) and all(
        any(c.isdigit() for c in w) or w.lower() in joiners or not any(c.isalpha() for c in w) for w in words
    )


def _phrase(phrase: str) -> str:
    """A phrase as a regex: spaces stretch, and a Latin word at either end must stand alone ("SN", not
    "SNMP"; "PO", not "Postfach"). CJK phrases need no boundary: they are written without spaces."""
    body = r"\s*".join(re.escape(part) for part in phrase.split())
    head = r"(?<!\w)" if _latin(phrase[0]) else ""
    tail = r"(?!\w)" if _latin(phrase[-1]) else ""
    return f"{head}{body}{tail}"


def _latin(char: str) -> bool:
    return char.isalnum() and ord(char) < 0x2E80


def after_sign_off(kinds: KindRules, identifiers: IdentifierRules | None, sign_off: re.Pattern[str]) -> AfterSignOff:
    """Build the cues from the rules: postscript words from kinds.yml, labels from identifiers.yml."""
    labels: Iterable[str] = (
        [lb for name in _LABELLED_FIELDS for lb in getattr(identifiers, name).labels] if identifiers else []
    )
    label = "|".join(_phrase(lb) for lb in longest_first({lb.strip() for lb in labels})) or "(?!)"
    marks = "|".join(
        _phrase(m) + (r"(?=[\s.:：,，-]|$)" if _latin(m[-1]) else "")
        for m in longest_first({m.strip() for m in kinds.postscripts if m.strip()})
    )
    joining = identifiers.connectors if identifiers else []
    connectors = "|".join(_phrase(c) for c in longest_first({c.strip() for c in joining if c.strip()}))
    connectors = connectors or "(?!)"
    heads = _heads(kinds.from_headers)
    stop = "|".join(
        [_HISTORY.pattern, rf"\**(?:{heads})\**\s*[:：].*"]
        + [f"(?:{p})" for p in kinds.forward_markers + kinds.separator_markers]
    )
    return AfterSignOff(
        postscript=re.compile(f"(?:{marks or '(?!)'})", re.IGNORECASE),
        label_key=re.compile(rf"(?:{label})\s*[:：#=]", re.IGNORECASE),
        # Anywhere else a value with a digit must follow the label, maybe after connectors ("the S/N is …",
        # "order no. …"), so "Order Management", "PO Box" stay out.
        label_line=re.compile(rf"(?:{label})\s*(?:(?:{connectors})\s*){{0,3}}{_VALUE}", re.IGNORECASE),
        stop=re.compile(stop, re.IGNORECASE),
        sign_off=sign_off,
        joiners=frozenset(
            w.lower()
            for w in (
                identifiers.separators + identifiers.range_words + identifiers.quantity_units if identifiers else []
            )
        ),
    )


@dataclass(frozen=True)
class Reading:
    """The parts of a mail that count, as plain text."""

    subject: str  # without Re:/Fwd: prefixes
    subject_forward: bool
    subject_reply: bool
    current: str  # what the sender wrote, without quotes and signature
    forwarded: str  # the forwarded complaint's text ("" when nothing is forwarded)
    forwarded_subject: str
    original_sender: Address | None  # the sender inside the forwarded block
    whole: str  # the full body, for cues that may sit anywhere (newsletter footers)


class Segmenter:
    """Built once from the kind rules (and the identifier labels, for what follows a sign-off); ``read``
    is pure."""

    def __init__(self, rules: KindRules, identifiers: IdentifierRules | None = None) -> None:
        # The reply parser rebuilds its regexes for every message; build them once and hand them in.
        # Disclaimers are left in the text: everything after the sign-off is cut anyway.
        template = EmailMessage(text="", languages=list(REPLY_LANGUAGES), keep_hyphen_lists=True)
        self._regexes = {
            "_header_regex": template.HEADER_REGEX,
            "_signature_regex": template.SIGNATURE_REGEX,
            "_disclaimers_regex": re.compile(r"(?!)"),
        }
        offs = "|".join(re.escape(o) for o in longest_first({o.strip() for o in rules.sign_offs if o.strip()}))
        self.sign_off = re.compile(rf"\s*(?:{offs or '(?!)'})\s*[,.!！，。]*\s*", re.IGNORECASE)
        self.after = after_sign_off(rules, identifiers, self.sign_off)
        # Joined longest first in one fixed order, so every process writes the same pattern and finds it
        # compiled (mailbot/understand/patterncache.py).
        prefixes = "|".join(re.escape(p) for p in longest_first({*rules.reply_prefixes, *rules.forward_prefixes}))
        self.prefix = re.compile(
            rf"^\s*(?:\[[^\]]{{0,30}}\]\s*)?({prefixes})\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*", re.IGNORECASE
        )
        self.forward_prefixes = {p.lower() for p in rules.forward_prefixes}
        self.marker = _any([*rules.forward_markers, *_CLIENT_MARKERS])
        self.original = _any(rules.separator_markers)
        heads = _heads(rules.from_headers)
        self.from_line = re.compile(rf"^\s*\**(?:{heads})\**\s*[:：]\s*(.+)$", re.IGNORECASE | re.MULTILINE)

    def subject(self, subject: str) -> tuple[str, bool, bool]:
        """Strip reply/forward prefixes (repeatedly); say whether the first one was a forward or reply."""
        forward = reply = False
        text = unicodedata.normalize("NFKC", subject or "")  # composed too (NFKC composes)
        while found := self.prefix.match(text):
            if found.group(1).lower() in self.forward_prefixes:
                forward = forward or not reply
            else:
                reply = reply or not forward
            text = text[found.end() :]
        return " ".join(text.split()), forward, reply

    def read(
        self, mail: InboundMail, handed_over: bool = False, internal: Callable[[Address], bool] | None = None
    ) -> Reading:
        """``handed_over``: read an "Original Message" block as a forward whatever the subject says (a
        colleague writing to the service inbox above a customer's mail hands that mail over).
        ``internal`` tells a colleague: a colleague's forward forwarded again is read on to the customer's."""
        subject, fwd_subject, reply_subject = self.subject(mail.subject)
        # Composed first (nlp.composed): a forward marker, a sign-off or a header key with an accent written
        # as a letter and a combining mark ("Début du message réexpédié", "Grüße", "Ämne") is found.
        text = self._close_header_gaps(self._unquote_forward(_unescape_rules(composed(mail.text[:MAX_TEXT]))))
        current, forwarded, headers = self._split(text, fwd_subject or handed_over, internal)
        if reply_subject and not forwarded and internal is not None and self._either_way(mail.subject):
            # A colleague's "VS:": a forward when an outside writer's header block is below it.
            split = self._split(text, True, internal)
            author = _sender_in(split[2], self.from_line) if split[2] else None
            if split[1] and author is not None and author.email and not internal(author):
                current, forwarded, headers = split
                fwd_subject, reply_subject = True, False
        sender = _sender_in(headers, self.from_line) if headers else None
        fwd_subject_line = _header_value(headers, _SUBJECT_KEYS)
        if not forwarded and mail.forwarded and mail.content_type != "multipart/report":
            inner = mail.forwarded[0]
            inner_reading = self.read(inner, internal=internal)
            forwarded = "\n".join(p for p in (inner_reading.current, inner_reading.forwarded) if p)
            sender = inner.sender if inner.sender else inner_reading.original_sender
            below = inner_reading.original_sender
            if internal is not None and below is not None and below.email and not internal(below):
                if sender is None or internal(sender) or inner_reading.subject_forward:
                    # The attached mail forwards a mail in turn (a colleague's or a reseller's forward):
                    # its first outside writer is the customer.
                    sender = below
            fwd_subject_line = inner_reading.subject
        return Reading(
            subject, fwd_subject, reply_subject, current, forwarded, self.subject(fwd_subject_line)[0], sender, text
        )

    def _either_way(self, subject: str) -> bool:
        """Whether the subject's first prefix is one that is a reply in one language, a forward in another."""
        found = self.prefix.match(unicodedata.normalize("NFKC", subject or ""))
        return found is not None and found.group(1).lower() in _EITHER_WAY

    def _unquote_forward(self, text: str) -> str:
        """Apple Mail and iOS quote a forward's headers and body with ">" under "Begin forwarded message:";
        the quoted block after a forward marker is the complaint, so it loses one level of quoting."""
        if ">" not in text or not self.marker.search(text):
            return text
        lines = text.splitlines()
        for index, line in enumerate(lines):
            # The marker itself is quoted too when the HTML forward sits in a blockquote ("> Begin forwarded…").
            quoted_marker = line.lstrip().startswith(">") and self.marker.fullmatch(
                re.sub(r"^\s*>\s?", "", line).strip()
            )
            if not (self.marker.fullmatch(line.strip()) or quoted_marker):
                continue
            rest = lines[index + 1 :]
            first = next((x for x in rest if x.strip() and x.strip() != ">"), "")
            if not first.lstrip().startswith(">"):
                return text
            unquoted = [re.sub(r"^\s*> ?", "", x) if x.lstrip().startswith(">") else x for x in lines[index:]]
            return "\n".join(lines[:index] + unquoted)
        return text

    def _close_header_gaps(self, text: str) -> str:
        """An HTML forward's header lines each in a paragraph of their own ("发件人: …", blank, "发送时间: …",
        blank, …) read as one header block, as a plain-text client writes it."""
        if not self.from_line.search(text):
            return text
        lines = text.splitlines()
        out: list[str] = []
        index = 0
        while index < len(lines):
            out.append(lines[index])
            if self.from_line.fullmatch(lines[index]):
                following = index + 1
                for _ in range(8):  # a header block has a handful of lines
                    nxt = next((i for i in range(following, min(following + 4, len(lines))) if lines[i].strip()), None)
                    if nxt is None or not _known_header(lines[nxt]):
                        break
                    out.append(lines[nxt])
                    following = nxt + 1
                index = following if following > index + 1 else index + 1
                continue
            index += 1
        return "\n".join(out)

    def _split(
        self, text: str, forward_subject: bool, internal: Callable[[Address], bool] | None = None
    ) -> tuple[str, str, str]:
        """(current text, forwarded body, forwarded header block) from the reply parser's pieces. A forward
        whose author is a colleague (``internal``) is read on into the forward below it, if any."""
        try:
            # keep_hyphen_lists: a "- serial" list is content, not a signature delimiter
            replies = (
                EmailMessage(text=text, languages=list(REPLY_LANGUAGES), keep_hyphen_lists=True, **self._regexes)
                .read()
                .replies
            )
        except Exception:
            return self._clean(text), "", ""
        if len(replies) < 2:
            return self._marker_split(text, forward_subject)
        current = _block_text(replies[0])
        forwarded = headers = ""
        before, first_block = current, True
        for block in replies[1:]:
            if not block.body.strip() and self._only_marker(block.headers):
                before = block.headers  # a bare separator line: look past it
                continue
            if forwarded:  # below a forward's forward: the customer's own forwarded mail, if it is one
                if self._is_forward(before, block.headers, self._forwards(headers)):
                    forwarded, headers = f"{forwarded}\n\n{self._clean(_block_text(block))}", block.headers
                    if self._forwards(headers):  # forwarded once more further down: read on to the first writer
                        before = _block_text(block)
                        continue
                break
            if self._is_forward(before, block.headers, forward_subject and first_block):
                forwarded, headers = self._clean(_block_text(block)), block.headers
                if not self.from_line.search(headers):
                    # The parser may stop at the separator line and leave the header block in the body
                    # (Outlook in Japanese: "差出人:", "送信日時:" under "-----Original Message-----").
                    forwarded, headers = self._leading_headers(forwarded, headers)
                if not self.from_line.search(headers):
                    # The parser may open the block at a later header line ("Data:" of a Portuguese
                    # forward), leaving the "De:" line at the end of the text above: it is the forward's.
                    current, moved = self._trailing_from(current)
                    headers = f"{moved}\n{headers}" if moved else headers
                author = _sender_in(headers, self.from_line)
                if internal is not None and author is not None and author.email and internal(author):
                    before = _block_text(block)
                    continue
                if internal is not None and self._forwards(headers):
                    # A reseller's or a customer's colleague's forward that a rep forwards on: its own subject
                    # says it forwards a mail, and the first writer below is the customer.
                    before = _block_text(block)
                    continue
            break  # anything after the first block is history (of the reply or of the forward)
        return self._clean(current), forwarded, headers

    def _leading_headers(self, body: str, headers: str) -> tuple[str, str]:
        """(body, headers) with the body's opening header block (up to its first blank line) moved to the
        headers, when that block holds a From line; else unchanged."""
        lines = body.lstrip().splitlines()
        blank = next((i for i, x in enumerate(lines) if not x.strip()), len(lines))
        if 0 < blank <= 12 and any(self.from_line.fullmatch(x) for x in lines[:blank]):
            return "\n".join(lines[blank:]).strip(), "\n".join([headers, *lines[:blank]]).strip()
        return body, headers

    def _trailing_from(self, text: str) -> tuple[str, str]:
        """(text without its last lines, those lines) when they are the head of a header block that opens
        with a From line, else (text, ""). The parser may open the block at a later line: Apple Mail in
        Portuguese writes "De:", "Assunto:", then "Data:", and the parser opens at "Data:", so "De:" and
        "Assunto:" move down with it. A From line wrapped before its address ("From: Lena Ortmann" over
        "<lena@…>") moves with it."""
        lines = text.rstrip().splitlines()
        index = len(lines) - 1
        while index >= 0 and len(lines) - index <= _MAX_HEAD_LINES and _known_header(lines[index]):
            index -= 1  # a later header line of the block ("Assunto: …")
        if index >= 0 and self.from_line.fullmatch(lines[index]):
            return "\n".join(lines[:index]), "\n".join(lines[index:])
        if index >= 1 and _LONE_ADDRESS.fullmatch(lines[index]) and self.from_line.fullmatch(lines[index - 1]):
            return "\n".join(lines[: index - 1]), "\n".join(lines[index - 1 :])
        return text, ""

    def _marker_split(self, text: str, forward_subject: bool = False) -> tuple[str, str, str]:
        """A forward the reply parser did not see (NetEase's "转发邮件信息" with full-width colons, the
        traditional Chinese headers "寄件者:" under "-----原始郵件-----"): the marker line, then a header
        block up to the first blank line, then the complaint. A separator line ("Original Message")
        counts as a marker only under a forward's subject."""

        def opens(line: str) -> bool:
            return bool(self.marker.fullmatch(line) or (forward_subject and self.original.fullmatch(line)))

        lines = text.splitlines()
        if not self.marker.search(text) and not (forward_subject and self.original.search(text)):
            start = self._bare_header_block(lines) if forward_subject else None
            if start is None:
                return self._clean(text), "", ""
            blank = next((i for i, x in enumerate(lines[start:], start) if not x.strip()), len(lines))
            headers = "\n".join(lines[start:blank])
            return self._clean("\n".join(lines[:start])), self._clean("\n".join(lines[blank:])), headers
        for index, line in enumerate(lines):
            if not opens(line.strip()):
                continue
            rest = lines[index + 1 :]
            while rest and not rest[0].strip():
                rest = rest[1:]
            blank = next((i for i, x in enumerate(rest) if not x.strip()), len(rest))
            headers = "\n".join(rest[:blank])
            if self.from_line.search(headers):
                current = "\n".join(lines[:index])
                return self._clean(current), self._clean("\n".join(rest[blank:])), headers
        return self._clean(text), "", ""

    def _bare_header_block(self, lines: list[str]) -> int | None:
        """Where a forward's header block opens without a marker line above it (Outlook in a language the
        reply parser does not know: "寄件者: …" then "寄件日期: …", "收件者: …", "主旨: …"): a From line
        followed right away by at least two more header lines."""
        for index, line in enumerate(lines):
            if not self.from_line.fullmatch(line):
                continue
            following = lines[index + 1 : index + 4]
            if sum(1 for x in following if _known_header(x)) >= 2:
                return index
        return None

    def _clean(self, text: str) -> str:
        """Drop quoted lines, forward separator lines, and the signature from the sign-off on (the
        sender's own lines below it, a postscript or a labelled serial, are kept: ``own_lines``)."""
        lines = [
            line
            for line in _unquote(text).splitlines()
            if not self.marker.fullmatch(line.strip()) and not self.original.fullmatch(line.strip())
        ]
        seen_text = False
        for index, line in enumerate(lines):
            if seen_text and self.sign_off.fullmatch(line):
                head = "\n".join(lines[:index]).strip()
                below = "\n".join(own_lines(lines[index + 1 :], self.after))
                return f"{head}\n\n{below}".strip() if below else head  # the postscript: a paragraph
            seen_text = seen_text or bool(line.strip() and not _GREETING.match(line))
        return "\n".join(lines).strip()

    def _forwards(self, headers: str) -> bool:
        """Whether a forwarded block's own Subject line is a forward's ("FW: …", "WG: …", "转发：…")."""
        value = _header_value(headers, _SUBJECT_KEYS)
        return bool(value) and self.subject(value)[1]

    def _only_marker(self, headers: str) -> bool:
        lines = [line.strip() for line in headers.splitlines() if line.strip()]
        return bool(lines) and all(self.marker.fullmatch(x) or self.original.fullmatch(x) for x in lines)

    def _is_forward(self, before: str, headers: str, forward_subject: bool) -> bool:
        tail = [line.strip() for line in before.strip().splitlines()[-2:]]
        head = [line.strip() for line in headers.strip().splitlines()[:2]]
        if any(self.marker.fullmatch(line) for line in tail + head if line):
            return True
        return forward_subject and bool(headers.strip())


def _known_header(line: str) -> bool:
    """A header line of a forwarded block by its key ("Sent: …", "寄件日期: …", "Objet : …"), so that a body's
    own "Problem: …" line is never taken for one."""
    if not _HEADER_LINE.match(line):
        return False
    key = re.split(r"[:：]", line, maxsplit=1)[0].strip(" \t*\u3000").lower()
    return " ".join(key.split()) in _HEADER_KEYS


def _unescape_rules(text: str) -> str:
    """An HTML mail made text escapes a line's leading dashes ("\\------ 原始邮件 \\------"): the
    separator line it was."""
    return _ESCAPED_RULE.sub("", text) if "\\" in text else text


def _heads(from_headers: list[str]) -> str:
    """The From header keys as one alternation, the longest first ("От кого" before "От")."""
    keys = longest_first({h.strip() for h in [*from_headers, *_CLIENT_FROM_KEYS] if h.strip()})
    return "|".join(r"\s+".join(re.escape(part) for part in key.split()) for key in keys)


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


def _block_text(block: EmailReply) -> str:
    """A reply block's own text: its body and what the parser took for a signature (we cut our own)."""
    return "\n".join(p for p in (block.body, block.signatures) if p)


def _unquote(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _sender_in(headers: str, from_line: re.Pattern[str]) -> Address | None:
    found = from_line.search(headers)
    value = found.group(1) if found else ""
    if found and not _EMAIL.search(value):  # the address wrapped onto the next line: "<lena@…>"
        following = headers[found.end() :].lstrip("\r\n").split("\n", 1)[0]
        if _LONE_ADDRESS.fullmatch(following):
            value = f"{value} {following.strip()}"
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value)
    for name, addr in getaddresses([value]):
        if "@" in addr:
            return Address(name.strip().strip('"'), addr.lower())
    loose = _EMAIL.search(value) if found else _EMAIL.search(headers)
    if loose:
        return Address(value.split("<")[0].strip(), loose.group(0).lower())
    # A From line with a name only (a phone's forward): the name, and no address to write to. The other
    # header lines hold the rep's own address, never the customer's.
    name = value.split("<")[0].strip().strip('"').rstrip(";")
    return Address(name, "") if name else None


def _header_value(headers: str, names: tuple[str, ...]) -> str:
    for line in headers.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            key, sep, value = line.partition("：")
        if sep and key.strip().strip("*").lower() in names:
            return value.strip()
    return ""

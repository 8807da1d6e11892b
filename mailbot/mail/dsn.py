"""Reading bounces: which of our mails failed, for whom, permanently or not (RFC 3464 and common variants)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.parser import BytesHeaderParser

from mailbot.values import InboundMail

_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\.?\d)")  # not inside an IP address
_SMTP_CODE = re.compile(r"\b([45])\d\d[ -]")
_EMAIL = re.compile(r"<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>?")
_MESSAGE_ID = re.compile(r"^\s*Message-ID:\s*<([^<>\s]+)>", re.IGNORECASE | re.MULTILINE)
# Where a plain-text bounce starts quoting the returned mail: recipients are not looked for below it.
_RETURNED_COPY = re.compile(
    r"^.*(original message|returned message|copy of the message|message headers follow|"
    r"headers of the original|undelivered message|\brfc822\b).*$",
    re.IGNORECASE | re.MULTILINE,
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery (status|failure|has failed)|mail delivery (failed|subsystem)|"
    r"returned mail|failure notice|delivery notification|non-?delivery|could not be delivered|"
    r"message .*delayed|delivery delayed",
    re.IGNORECASE,
)
_MACHINE_SENDERS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon")
_STATUS_FIELDS = ("final-recipient", "original-recipient", "status", "action", "reporting-mta")


@dataclass(frozen=True)
class FailedRecipient:
    """One recipient a bounce reports on."""

    email: str
    status: str  # enhanced status code, e.g. "5.1.1"; "5.0.0"/"4.0.0" when only a basic code was given
    action: str  # "failed" | "delayed"
    diagnostic: str

    @property
    def permanent(self) -> bool:
        return self.status.startswith("5")


@dataclass(frozen=True)
class DsnReport:
    """A delivery status notification: the mail it is about and what happened to its recipients."""

    original_message_id: str | None
    recipients: tuple[FailedRecipient, ...]
    reporting_mta: str = ""
    standard: bool = True  # an RFC 3464 multipart/report, or recognised from free text

    @property
    def permanent_failures(self) -> tuple[FailedRecipient, ...]:
        return tuple(r for r in self.recipients if r.permanent)


def parse_dsn(mail: InboundMail) -> DsnReport | None:
    """The report a bounce carries, or None when ``mail`` is not a bounce."""
    blocks = _status_blocks(mail)
    original = _original_message_id(mail)
    if blocks:
        per_message = next((b for b in blocks if "reporting-mta" in b), {})
        recipients = tuple(r for b in blocks if (r := _recipient(b)) is not None)
        if not any("final-recipient" in b or "original-recipient" in b for b in blocks):
            recipients = _recipients_from_text(mail)  # the parser kept only the per-message block
        return DsnReport(original, recipients, _after_type(per_message.get("reporting-mta", "")))
    if not _looks_like_bounce(mail) and not mail.bounce_failures:
        return None
    recipients = _recipients_from_text(mail) or _recipients_from_detector(mail)
    if not recipients and original is None:
        return None
    return DsnReport(original, recipients, standard=False)


def _recipients_from_detector(mail: InboundMail) -> tuple[FailedRecipient, ...]:
    """What flufl.bounce found (see mailbot.mail.parse) when our own reading of the text found nothing."""
    return tuple(
        FailedRecipient(address, "5.0.0" if permanent else "4.0.0", "failed" if permanent else "delayed", "")
        for address, permanent in mail.bounce_failures
    )


# --- machine-readable part -----------------------------------------------------------------


def _status_blocks(mail: InboundMail) -> list[dict[str, str]]:
    """The field blocks of a message/delivery-status part, however the parser handed it over."""
    blocks: list[dict[str, str]] = []
    for att in mail.attachments:
        if att.content_type.lower() == "message/delivery-status":
            blocks += _field_blocks(att.payload.decode("utf-8", "replace"))
    for inner in mail.forwarded:  # a parser may present each status block as a header-only "mail"
        fields = {k: v for k, v in inner.headers if k in _STATUS_FIELDS or k == "diagnostic-code"}
        if set(fields) & set(_STATUS_FIELDS) and "message-id" not in dict(inner.headers):
            blocks.append(fields)
    return [b for b in blocks if set(b) & set(_STATUS_FIELDS)]


def _field_blocks(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    for chunk in re.split(r"\r?\n[ \t]*\r?\n", text):
        fields: dict[str, str] = {}
        last = ""
        for line in chunk.splitlines():
            if line[:1] in (" ", "\t") and last:
                fields[last] += " " + line.strip()
            elif ":" in line:
                name, value = line.split(":", 1)
                last = name.strip().lower()
                fields.setdefault(last, value.strip())
        if fields:
            blocks.append(fields)
    return blocks


def _recipient(block: dict[str, str]) -> FailedRecipient | None:
    address = _after_type(block.get("final-recipient") or block.get("original-recipient") or "")
    action = block.get("action", "").lower().split()[0] if block.get("action") else ""
    if not address or action in ("delivered", "relayed", "expanded"):
        return None
    found = _STATUS.search(block.get("status", "")) or _STATUS.search(block.get("diagnostic-code", ""))
    status = found.group(0) if found else ("4.0.0" if action == "delayed" else "5.0.0")
    action = action or ("delayed" if status.startswith("4") else "failed")
    return FailedRecipient(address.lower(), status, action, _after_type(block.get("diagnostic-code", "")))


def _after_type(value: str) -> str:
    """``rfc822; a@b`` → ``a@b``; ``smtp; 550 …`` → ``550 …``."""
    return value.split(";", 1)[1].strip() if ";" in value else value.strip()


def _original_message_id(mail: InboundMail) -> str | None:
    for inner in mail.forwarded:
        if inner.header("message-id"):
            return inner.message_id
    for att in mail.attachments:
        if att.content_type.lower() in ("text/rfc822-headers", "message/rfc822", "message/rfc822-headers"):
            value = BytesHeaderParser().parsebytes(att.payload).get("Message-ID")
            if value and (found := re.search(r"<([^<>\s]+)>", str(value))):
                return found.group(1)
    found = _MESSAGE_ID.search(mail.text)
    return found.group(1) if found else None


# --- free-text bounces ----------------------------------------------------------------------


def _looks_like_bounce(mail: InboundMail) -> bool:
    sender = (mail.sender.email if mail.sender else "").split("@")[0].lower()
    return_path = (mail.header("return-path") or "").strip()
    machine = sender in _MACHINE_SENDERS or return_path == "<>"
    return machine and bool(_BOUNCE_SUBJECT.search(mail.subject) or _STATUS.search(mail.text))


def _recipients_from_text(mail: InboundMail) -> tuple[FailedRecipient, ...]:
    """Addresses in the explanation part, each with the status code that follows it."""
    text = mail.text
    if (cut := _RETURNED_COPY.search(text)) is not None:
        text = text[: cut.start()]
    ours = {a.email for a in (*mail.to, *mail.cc)} | ({mail.sender.email} if mail.sender else set())
    lines = text.splitlines()
    found: dict[str, FailedRecipient] = {}
    for i, line in enumerate(lines):
        for match in _EMAIL.finditer(line):
            email = match.group(1).lower()
            if email in ours or email.split("@")[0] in _MACHINE_SENDERS or email in found:
                continue
            context = " ".join(lines[i : i + 4])[match.start() :]
            status = _status_in(context)
            if status:
                found[email] = FailedRecipient(
                    email, status, "failed" if status[0] == "5" else "delayed", " ".join(context.split())[:300]
                )
    return tuple(found.values())


def _status_in(text: str) -> str | None:
    if found := _STATUS.search(text):
        return found.group(0)
    if found := _SMTP_CODE.search(text):
        return f"{found.group(1)}.0.0"
    return None

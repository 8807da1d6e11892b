"""Web contact-form notifications: our website writes from our own noreply address on a person's behalf."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from email.utils import getaddresses

from mailbot.rules.understand import KindRules
from mailbot.understand.nlp import composed
from mailbot.understand.patterncache import longest_first
from mailbot.values import Address, InboundMail

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A field line ("Label: value", or "Label| value" from an HTML table) whose value is one address and nothing
# else, maybe written as a link ("<mailto:…>", "x@y <mailto:x@y>").
_FIELD_ADDRESS = re.compile(
    r"^[ \t*]*[^\W\d_][^:：|\n]{0,40}[:：|][ \t]*<?(?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>?"
    r"(?:[ \t]*<mailto:\1>)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD_LINE = re.compile(r"^[ \t*]*[^\W\d_][^:：|\n]{0,40}[:：|][ \t]*(\S.*)$", re.MULTILINE)
# A form plugin's "From: Jonas Berg <jonas@…>" line (WordPress' Contact Form 7 writes one by default).
_FROM_FIELD = re.compile(r"^[ \t*]*(?:from|von|de|发件人)[ \t*]*[:：][^@\n]*@", re.IGNORECASE | re.MULTILINE)
_MAILTO = re.compile(r"<?mailto:", re.IGNORECASE)


class FormReader:
    """Finds the person behind a form notification; built once, ``person`` is pure.

    A mail is a form notification when it comes from one of our own addresses (or a noreply-like local part
    at one of our domains). The person is the first outside Reply-To address, else the address in an
    "E-mail: ..." field line; their name from a "Name: ..." line. Without either it stays our own mail.
    """

    def __init__(self, rules: KindRules, is_internal: Callable[[Address], bool], own: Collection[str]) -> None:
        self.is_internal = is_internal
        self.own = frozenset(own)
        self.locals = {s.lower() for s in rules.form_senders}
        self.email_field = _field(rules.form_email_fields)
        self.name_field = _field(rules.form_name_fields)
        problems = "|".join(re.escape(composed(x)) for x in longest_first(rules.form_problem_fields)) or "(?!)"
        # "Problem: ..." on one line, or a table's cell made a line ("Problem| ...") when the form is HTML
        self.problem_field = re.compile(rf"^[ \t*#]*(?:{problems})[ \t*]*[:：|][ \t|]*\S", re.IGNORECASE | re.MULTILINE)

    def person(self, mail: InboundMail) -> Address | None:
        sender = mail.sender or self._named_own_sender(mail)
        if sender is None:
            return None
        if not self._is_form_sender(sender):
            return self._hosted_form(mail, sender)
        text = _text(mail)
        name = ""
        found = self.name_field.search(text)
        if found:
            name = found.group(1).strip()[:100]
        for address in mail.reply_to:
            if address.email and not self.is_internal(address):
                return Address(address.name or name, address.email)
        found = self.email_field.search(text)
        if found:
            for display, email in getaddresses([_plain(found.group(1))]):
                addr = Address(display or name, email.lower())
                if _EMAIL.fullmatch(email) and not self.is_internal(addr):
                    return addr
        asks_person = self.name_field.search(text) or _FROM_FIELD.search(text) or self.tells_problem(text)
        if found is None and not asks_person:
            return None  # no field a form asks a person for: our own notice, not a person's form
        return self._lone_address(text, name)

    def _named_own_sender(self, mail: InboundMail) -> Address | None:
        """A form plugin that encodes the whole "Name <address>" of its From into the display name leaves the
        mail without a sender address; when that name holds one of our form senders' addresses and nothing
        else, the mail is read as that sender's notification (it names a person only through its fields)."""
        values = [value for name, value in mail.headers if name == "from"][:1]
        found = {e.lower() for value in values for e in _EMAIL.findall(value)}
        if len(found) != 1:
            return None
        address = Address("", found.pop())
        return address if self._is_form_sender(address) else None

    def _lone_address(self, text: str, name: str) -> Address | None:
        """A field whose label the rules do not know ("Adres e-mail zwrotny: …", "E-mail de contact: …"):
        on our form a field line whose whole value is one outside address is the person's address; else a
        field line whose value holds one ("Contact: Jonas Berg <jonas@…>", "Name| Jonas Berg, jonas@…")."""
        for found in _FIELD_ADDRESS.finditer(text):
            addr = Address(name, found.group(1).lower())
            if not self.is_internal(addr):
                return addr
        for line in _FIELD_LINE.finditer(text):
            outside = {a.lower() for a in _EMAIL.findall(line.group(1)) if not self.is_internal(Address("", a.lower()))}
            if len(outside) == 1:
                return Address(name, outside.pop())
        return None

    def _hosted_form(self, mail: InboundMail, sender: Address) -> Address | None:
        """A form service's notification (Jotform, Formspree, a CMS on another host): it writes from its
        own address with the person in Reply-To, and that address is also the form's "E-mail:" field. A
        sender's own Reply-To named again in a field line is the person who wrote, whoever relayed it.
        Without a Reply-To, a website's robot (a form sender's local part, on any domain) whose text has
        both a name and an e-mail field of another domain relays that person."""
        text = _text(mail)
        found = self.email_field.search(text)
        if not found:
            return None
        name = self.name_field.search(text)
        named = name.group(1).strip()[:100] if name else ""
        fields = [Address(d, e.lower()) for d, e in getaddresses([_plain(found.group(1))]) if _EMAIL.fullmatch(e)]
        emails = {a.email for a in fields}
        for address in mail.reply_to:
            email = address.email.lower()
            if email and email != sender.email and email in emails and not self.is_internal(address):
                return Address(address.name or named, email)
        local, _, domain = sender.email.lower().partition("@")
        if local not in self.locals or name is None:
            return None
        for address in fields:
            if address.email.partition("@")[2] != domain and not self.is_internal(address):
                return Address(address.name or named, address.email)
        return None

    def tells_problem(self, text: str) -> bool:
        """Whether a form's problem field is filled in: the person describes a fault, whatever words
        they choose for it ("stuck on the logo", "ライブ中に電源が落ちる")."""
        return bool(self.problem_field.search(composed(text[:20_000])))

    def ours(self, address: Address) -> bool:
        """One of our own addresses or our website's sender: it writes for somebody, never as a customer."""
        return self._is_form_sender(address)

    def _is_form_sender(self, sender: Address) -> bool:
        if sender.email in self.own:
            return True
        local = sender.email.partition("@")[0].lower()
        return self.is_internal(sender) and local in self.locals


def _text(mail: InboundMail) -> str:
    """The part of the mail's text a form's fields are looked for in, composed as the rest of the mail is read
    (nlp.composed): a label typed on a Mac as a letter and a combining mark ("Störung", "Imię i nazwisko" with
    "ö" or "ę" in two characters) is found by the label written with one."""
    return composed(mail.text[:20_000])


def _plain(value: str) -> str:
    """A field's value without its link decoration: "<mailto:x@y>" and "x@y <mailto:x@y>" read as "x@y"."""
    return _MAILTO.sub("<", value).replace("<<", "<")


def _field(labels: list[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(composed(x)) for x in longest_first(labels)) or "(?!)"
    # "E-mail: value" on one line (or "E-mail| value", an HTML form's table row made text), or a form's
    # "Your email" label line with the value on the next line
    return re.compile(
        rf"^[ \t*]*(?:{names})[ \t*]*(?:[:：|][ \t]*(?=\S)|[:：]?[ \t]*\r?\n[ \t]*(?=\S))(.*?)[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )

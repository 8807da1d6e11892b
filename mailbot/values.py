"""The typed values that travel between pipeline stages; every arrow of the pipeline is one of these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, get_args

# The staff commands, by mail (#approve) and from the shell (`ticket RMA approve`): rules/staff.yml
# grants them to roles. Kept here, with no imports behind it, so the CLI can name them in its help.
STAFF_COMMANDS = (
    "approve",
    "reject",
    "received",
    "preliminary",
    "report",
    "resolve",
    "forwarded",
    "close",
    "note",
    "assign",
    "warranty",
    "quote",
    "reply",
)

Kind = Literal["new_request", "forwarded", "follow_up", "order_status", "auto_reply", "bounce", "unrelated"]
DefectCategory = Literal[
    "no_power",
    "no_link",
    "optical_performance",
    "intermittent",
    "physical_damage",
    "wrong_or_missing_item",
    "software",
    "other",
]
Language = Literal["en", "zh", "mixed"]
MissingField = Literal["order_number", "serial_number", "defect_description"]

# The same vocabularies as tuples, for validation and iteration (one definition: the Literals above).
KINDS: tuple[str, ...] = get_args(Kind)
DEFECT_CATEGORIES: tuple[str, ...] = get_args(DefectCategory)


@dataclass(frozen=True)
class RawMail:
    """Bytes of one mail as a source handed them over, plus the handle to mark it done."""

    data: bytes
    source: str  # name of the source (inbox) it came from
    key: str  # source-specific handle: a Maildir key, an IMAP "uidvalidity:uid"


@dataclass(frozen=True)
class Attachment:
    """One attachment, decoded; ``filename`` is already sanitised."""

    filename: str
    content_type: str
    payload: bytes
    inline: bool = False

    @property
    def size(self) -> int:
        return len(self.payload)


@dataclass(frozen=True)
class Address:
    """A mailbox: display name and lower-cased address."""

    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class InboundMail:
    """A parsed mail: everything later stages need, with no third-party object inside.

    ``headers`` keeps every header (names lower-cased, values decoded, in order, repeated
    headers kept) so the guard and the authentication check can read what they need.
    ``text`` is the text/plain body (or the HTML body converted to text when there is none);
    ``html`` the raw HTML body if any. ``forwarded`` holds attached message/rfc822 parts,
    themselves parsed, because a forwarded complaint is the complaint.
    """

    message_id: str  # without angle brackets; synthesised from a hash when the mail has none
    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]
    text: str
    html: str
    attachments: tuple[Attachment, ...]
    content_type: str  # of the top-level part, e.g. "multipart/report"
    raw_size: int
    forwarded: tuple[InboundMail, ...] = ()
    defects: tuple[str, ...] = ()  # MIME defects the parser noticed; kept for the record
    # Recipients a bounce detector (flufl.bounce) found this mail reports as undeliverable:
    # (address, permanent). Set for bounces without the standard markers too.
    bounce_failures: tuple[tuple[str, bool], ...] = ()

    def header(self, name: str) -> str | None:
        """First value of header ``name`` (case-insensitive), or None."""
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        name = name.lower()
        return tuple(value for key, value in self.headers if key == name)


@dataclass(frozen=True)
class Extraction:
    """What the mail says, as a support engineer would read it (see ``mailbot.understand``)."""

    kind: Kind
    should_auto_reply: bool
    customer_email: str | None
    forwarded_by: str | None
    order_numbers: tuple[str, ...] = ()
    serial_numbers: tuple[str, ...] = ()
    product_models: tuple[str, ...] = ()
    tracking_numbers: tuple[str, ...] = ()
    rma_reference: str | None = None
    defect_category: DefectCategory | None = None
    defect_summary: str = ""
    language: Language = "en"
    missing_fields: tuple[MissingField, ...] = ()
    customer_name: str = ""
    # A machine, a list, bulk mail or mail about no unit of the sender's: its sender is never answered
    # (RFC 3834). Not the same as ``not should_auto_reply``, which is also the case when there is nobody to
    # answer (no readable address). A colleague's forward without the customer's address is answered: the
    # colleague is asked for it.
    must_not_answer: bool = False

    def as_json(self) -> dict[str, object]:
        """The public JSON shape (the `extract --json` keys)."""
        return {
            "kind": self.kind,
            "should_auto_reply": self.should_auto_reply,
            "customer_email": self.customer_email,
            "forwarded_by": self.forwarded_by,
            "order_numbers": list(self.order_numbers),
            "serial_numbers": list(self.serial_numbers),
            "product_models": list(self.product_models),
            "tracking_numbers": list(self.tracking_numbers),
            "rma_reference": self.rma_reference,
            "defect_category": self.defect_category,
            "defect_summary": self.defect_summary,
            "language": self.language,
            "missing_fields": list(self.missing_fields),
        }


@dataclass(frozen=True)
class OutgoingMail:
    """A mail the bot wants to send, before rendering: which template, to whom, with what data."""

    template: str  # e.g. "customer_rma_issued"
    to: tuple[str, ...]
    context: dict[str, object] = field(default_factory=dict)
    cc: tuple[str, ...] = ()
    language: str = "en"
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What processing one mail did, for the log, the CLI table and the tests."""

    message_id: str
    status: Literal["processed", "ignored", "duplicate", "quarantined"]
    rma: str | None = None
    reason: str = ""
    replies: tuple[str, ...] = ()  # templates queued
    created_ticket: bool = False
    when: datetime | None = None


@dataclass(frozen=True)
class TicketView:
    """A read-only snapshot of a ticket, as ``decide`` sees it."""

    id: int
    rma: str
    status: str
    customer_email: str
    customer_name: str
    language: str
    order_numbers: tuple[str, ...]
    serial_numbers: tuple[str, ...]
    product_models: tuple[str, ...]
    tracking_numbers: tuple[str, ...]
    defect_category: str | None
    defect_description: str
    missing_fields: tuple[str, ...]
    assigned_rep: str | None
    forwarded_by: str | None
    warranty: str | None
    participants: tuple[str, ...]
    created_at: datetime
    state_since: datetime
    data: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class EventSpec:
    """One audit-trail entry to write: who did what, with which state change."""

    kind: str
    actor: str
    from_state: str | None = None
    to_state: str | None = None
    detail: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DeadlineSpec:
    """Start awaiting something on the ticket (the reminder rules give its due time)."""

    awaited: str  # rep_confirmation | customer_info | shipment | receipt | preliminary | report ...
    owner: str = ""  # the address that owes it
    counted_from: datetime | None = None  # None: from now; e.g. the report is counted from the receipt


@dataclass(frozen=True)
class Decision:
    """What to do with one inbound mail; ``apply`` carries it out in one transaction.

    ``action``: "open" a new ticket, "update" the ticket ``ticket_id``, "record" the mail on a
    ticket without changing it (an auto-reply on a thread), or "ignore" (stored, no ticket).
    ``updates`` are ticket fields to set (list fields are merged, not replaced).
    """

    action: Literal["open", "update", "record", "ignore"]
    ticket_id: int | None = None
    status: str | None = None
    updates: dict[str, object] = field(default_factory=dict)
    events: tuple[EventSpec, ...] = ()
    replies: tuple[OutgoingMail, ...] = ()
    deadlines_start: tuple[DeadlineSpec, ...] = ()
    deadlines_done: tuple[str, ...] = ()  # awaited names now fulfilled
    reason: str = ""

"""SQLModel tables: tickets, messages, attachments, events, outbox, and the bookkeeping around them.

Portable SQL only (SQLite by default, PostgreSQL for several workers): JSON columns via
SQLAlchemy's generic JSON type, timestamps stored as timezone-aware UTC, no SQLite-only tricks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, LargeBinary, Text, UniqueConstraint, event
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from mailbot.store.clean import scrub_row


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in and out; SQLite stores no offset, so naive values read back are UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Plain functions rather than ``list``/``dict`` as default factories: pydantic inspects a factory's
# signature on every construction, and for a builtin that means parsing its text signature (about
# 2 ms each on the machine measured, 15 ms per Ticket); a Python function's takes microseconds.
def _empty_list() -> list[Any]:
    return []


def _empty_dict() -> dict[str, Any]:
    return {}


def _utc_column(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UtcDateTime(), nullable=nullable, index=index))


class Ticket(SQLModel, table=True):
    """One RMA case. A ticket may cover many orders and serial numbers."""

    __tablename__ = "ticket"
    # Open tickets are selected by status IN (the open states): this index serves that and the
    # "oldest open" order on a desk with a million closed tickets.
    __table_args__ = (Index("ix_ticket_status_created_at", "status", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    rma: str = Field(index=True, unique=True, max_length=64)  # the request reference until the RMA is issued
    request_ref: str | None = Field(default=None, index=True, unique=True, max_length=64)
    status: str = Field(index=True, max_length=32)
    customer_email: str = Field(index=True, max_length=320)
    customer_name: str = Field(default="", max_length=200)
    customer_domain: str = Field(default="", index=True, max_length=255)
    language: str = Field(default="en", max_length=8)
    order_numbers: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    serial_numbers: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    product_models: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    tracking_numbers: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    defect_category: str | None = Field(default=None, max_length=32, index=True)
    defect_description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    missing_fields: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    assigned_rep: str | None = Field(default=None, max_length=320, index=True)
    forwarded_by: str | None = Field(default=None, max_length=320)
    warranty: str | None = Field(default=None, max_length=16)  # "in" | "out" | "unknown" | None
    policy: str | None = Field(default=None, max_length=64)
    resolution: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    participants: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    data: dict[str, Any] = Field(default_factory=_empty_dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _utc_column(nullable=False, index=True)
    updated_at: datetime = _utc_column(nullable=False)
    state_since: datetime = _utc_column(nullable=False)
    closed_at: datetime | None = _utc_column()


class Message(SQLModel, table=True):
    """Every inbound and outbound mail. Inbound ones are unique by Message-ID: seen again, never redone."""

    __tablename__ = "message"
    __table_args__ = (UniqueConstraint("direction", "message_id", name="uq_message_direction_mid"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    direction: str = Field(max_length=3)  # "in" | "out"
    message_id: str = Field(max_length=998, index=True)
    in_reply_to: str | None = Field(default=None, max_length=998)
    references: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    sender: str = Field(default="", max_length=320, index=True)
    recipients: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    raw_sha256: str | None = Field(default=None, max_length=64)  # bytes in the blob store
    source: str = Field(default="", max_length=100)
    kind: str | None = Field(default=None, max_length=32)
    status: str = Field(default="processed", max_length=16, index=True)  # processed|ignored|quarantined|sent
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    extraction: dict[str, Any] = Field(default_factory=_empty_dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _utc_column(nullable=False, index=True)


class AttachmentRow(SQLModel, table=True):
    """An attachment's metadata; its bytes live in the content-addressed blob store under var/."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    message_row_id: int = Field(foreign_key="message.id", index=True)
    filename: str = Field(max_length=255)
    content_type: str = Field(max_length=255)
    size: int
    sha256: str = Field(max_length=64)
    kept: bool = True  # False when over the size/count limit: metadata only


class Event(SQLModel, table=True):
    """The audit trail: who did what to a ticket, from which mail."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    at: datetime = _utc_column(nullable=False, index=True)
    actor: str = Field(max_length=320)
    kind: str = Field(max_length=48, index=True)
    from_state: str | None = Field(default=None, max_length=32)
    to_state: str | None = Field(default=None, max_length=32)
    message_row_id: int | None = Field(default=None, foreign_key="message.id", index=True)
    detail: dict[str, Any] = Field(default_factory=_empty_dict, sa_column=Column(JSON, nullable=False))


class Outbox(SQLModel, table=True):
    """A mail to send, fully rendered at enqueue time so a retry sends the very same bytes."""

    __tablename__ = "outbox"
    # The per-address rate limit counts one recipient's mails of the last hour, not all ever sent.
    __table_args__ = (Index("ix_outbox_to_address_created_at", "to_address", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    message_id: str = Field(max_length=998, unique=True)
    template: str = Field(max_length=100)
    sender: str = Field(max_length=320)
    recipients: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    # The first To address, lower-cased and indexed: what the per-address rate limit counts.
    to_address: str = Field(default="", max_length=320, index=True)
    # True when a recipient is outside the company: only such mails count against the rate limits.
    external: bool = True
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # A row written by a mail's transaction waits as "render" with what rendering needs (pickled);
    # it is rendered after the commit and this is cleared (mailbot.store.outbox).
    pending: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    source: str = Field(default="", max_length=100)  # which inbox's transport sends it
    status: str = Field(default="queued", max_length=16, index=True)  # render|queued|held|sending|sent|failed
    attempts: int = 0
    next_attempt_at: datetime = _utc_column(nullable=False, index=True)
    last_error: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = _utc_column(nullable=False)
    sent_at: datetime | None = _utc_column()


class Counter(SQLModel, table=True):
    """Named sequences (RMA numbers per year) incremented under a row lock."""

    __tablename__ = "counter"

    name: str = Field(primary_key=True, max_length=64)
    value: int = 0


class SourceState(SQLModel, table=True):
    """Where an IMAP inbox was left: UIDVALIDITY and the last UID seen, so a restart resumes there."""

    __tablename__ = "source_state"

    name: str = Field(primary_key=True, max_length=100)
    uidvalidity: int | None = None
    last_uid: int = 0
    updated_at: datetime | None = _utc_column()


class Suppression(SQLModel, table=True):
    """Addresses we must not write to (a permanent bounce) until they write to us again."""

    __tablename__ = "suppression"

    email: str = Field(primary_key=True, max_length=320)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    since: datetime = _utc_column(nullable=False)


class Deadline(SQLModel, table=True):
    """Something awaited on a ticket, with its due time; reminders are derived from these rows."""

    __tablename__ = "deadline"
    __table_args__ = (UniqueConstraint("ticket_id", "awaited", "started_at", name="uq_deadline"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    awaited: str = Field(max_length=48)  # rep_confirmation, customer_info, shipment, preliminary, report...
    owner: str = Field(default="", max_length=320)
    started_at: datetime = _utc_column(nullable=False)
    due_at: datetime = _utc_column(nullable=False, index=True)
    reminders_sent: int = 0
    next_reminder_at: datetime | None = _utc_column(index=True)
    done_at: datetime | None = _utc_column(index=True)
    escalated_at: datetime | None = _utc_column()


class ReminderLog(SQLModel, table=True):
    """Every reminder sent, unique by (ticket, what, occurrence): never twice, whatever restarts."""

    __tablename__ = "reminder_log"
    __table_args__ = (UniqueConstraint("deadline_id", "occurrence", name="uq_reminder_once"),)

    id: int | None = Field(default=None, primary_key=True)
    deadline_id: int = Field(foreign_key="deadline.id", index=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    awaited: str = Field(max_length=48)
    occurrence: int
    sent_at: datetime = _utc_column(nullable=False)


class DigestLog(SQLModel, table=True):
    """One row per manager per local day: the digest goes out exactly once, across processes."""

    __tablename__ = "digest_log"
    __table_args__ = (UniqueConstraint("manager", "day", name="uq_digest_once"),)

    id: int | None = Field(default=None, primary_key=True)
    manager: str = Field(max_length=320)
    day: date
    sent_at: datetime = _utc_column(nullable=False)


class OrderLine(SQLModel, table=True):
    """One serial of one order, from the ERP export; the basis of the warranty finding."""

    __tablename__ = "order_line"
    __table_args__ = (UniqueConstraint("order_number", "serial", name="uq_order_serial"),)

    id: int | None = Field(default=None, primary_key=True)
    order_number: str = Field(max_length=64, index=True)
    customer: str = Field(default="", max_length=200)
    customer_email: str = Field(default="", max_length=320, index=True)
    product_model: str = Field(default="", max_length=100)
    serial: str = Field(default="", max_length=100, index=True)
    ship_date: date | None = None
    invoice_date: date | None = None
    data: dict[str, Any] = Field(default_factory=_empty_dict, sa_column=Column(JSON, nullable=False))


class WebSignin(SQLModel, table=True):
    """A one-time sign-in link for the web view, kept as a hash: short-lived, used once."""

    __tablename__ = "web_signin"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    email: str = Field(max_length=320, index=True)
    ip: str = Field(default="", max_length=64, index=True)
    created_at: datetime = _utc_column(nullable=False, index=True)
    expires_at: datetime = _utc_column(nullable=False)
    used_at: datetime | None = _utc_column()


class WebSession(SQLModel, table=True):
    """A signed-in browser: the cookie holds the token, the row its hash, owner, CSRF secret and expiry."""

    __tablename__ = "web_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    email: str = Field(max_length=320, index=True)
    csrf: str = Field(max_length=64)
    ip: str = Field(default="", max_length=64)
    created_at: datetime = _utc_column(nullable=False)
    expires_at: datetime = _utc_column(nullable=False, index=True)


# NUL bytes and over-long values never reach the database (PostgreSQL refuses them): see mailbot.store.clean.
event.listen(SQLModel, "before_insert", scrub_row, propagate=True)
event.listen(SQLModel, "before_update", scrub_row, propagate=True)

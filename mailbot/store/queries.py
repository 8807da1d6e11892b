"""Read-only queries behind the listing commands (tickets, show, quarantine): the one place for their SQL.

They run on a `readonly.Reader` (the driver's DB-API connection), not on the ORM, so a listing starts
without importing SQLAlchemy or the tables; the same SQL text serves SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from mailbot.store.readonly import Reader, flag, json_value, when

_TICKET_COLUMNS = (
    "id, rma, status, customer_email, customer_name, language, order_numbers, serial_numbers, product_models,"
    " tracking_numbers, defect_category, defect_description, missing_fields, assigned_rep, warranty,"
    " resolution, participants, created_at, updated_at"
)
TICKET_BY_RMA = f"SELECT {_TICKET_COLUMNS} FROM ticket WHERE rma = :rma"
TICKETS = f"SELECT {_TICKET_COLUMNS} FROM ticket ORDER BY created_at DESC, id DESC LIMIT :limit"
TICKETS_IN_STATE = (
    f"SELECT {_TICKET_COLUMNS} FROM ticket WHERE status = :status ORDER BY created_at DESC, id DESC LIMIT :limit"
)
MESSAGES_OF_TICKET = (
    "SELECT id, direction, created_at, sender, recipients, subject, message_id, kind, status"
    " FROM message WHERE ticket_id = :ticket_id ORDER BY id"
)
EVENTS_OF_TICKET = (
    "SELECT at, actor, kind, from_state, to_state, detail FROM event WHERE ticket_id = :ticket_id ORDER BY id"
)
OUTBOX_OF_TICKET = "SELECT message_id, status FROM outbox WHERE ticket_id = :ticket_id"
ATTACHMENTS_OF_TICKET = (
    "SELECT a.message_row_id, a.filename, a.content_type, a.size, a.kept FROM attachment a"
    " JOIN message m ON m.id = a.message_row_id WHERE m.ticket_id = :ticket_id ORDER BY a.id"
)
QUARANTINED = (
    "SELECT created_at, message_id, source, reason, raw_sha256 FROM message"
    " WHERE status = 'quarantined' ORDER BY id DESC LIMIT :limit"
)

_JSON_COLUMNS = (
    "order_numbers",
    "serial_numbers",
    "product_models",
    "tracking_numbers",
    "missing_fields",
    "participants",
)


def _ticket(row: dict[str, Any]) -> dict[str, Any]:
    """A ticket row with its JSON and timestamp columns decoded as the ORM decodes them."""
    return {
        **row,
        **{name: json_value(row[name]) for name in _JSON_COLUMNS},
        "created_at": when(row["created_at"]),
        "updated_at": when(row["updated_at"]),
    }


def ticket_by_rma(reader: Reader, rma: str) -> dict[str, Any] | None:
    """One ticket by its RMA number, for the read-only commands (no rules or workflow behind it)."""
    found = reader.rows(TICKET_BY_RMA, rma=rma.upper())
    return _ticket(found[0]) if found else None


def list_tickets(reader: Reader, status: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Tickets newest first (ties by id), optionally only those in one state."""
    found = reader.rows(TICKETS_IN_STATE, status=status, limit=limit) if status else reader.rows(TICKETS, limit=limit)
    return [_ticket(row) for row in found]


def ticket_summary(t: dict[str, Any]) -> dict[str, Any]:
    return {
        "rma": t["rma"],
        "status": t["status"],
        "customer": t["customer_email"],
        "orders": t["order_numbers"],
        "serials": t["serial_numbers"],
        "models": t["product_models"],
        "defect": t["defect_category"],
        "rep": t["assigned_rep"],
        "created": t["created_at"].isoformat(),
        "updated": t["updated_at"].isoformat(),
    }


def ticket_detail(reader: Reader, t: dict[str, Any]) -> dict[str, Any]:
    ticket_id = t["id"]
    messages = reader.rows(MESSAGES_OF_TICKET, ticket_id=ticket_id)
    events = reader.rows(EVENTS_OF_TICKET, ticket_id=ticket_id)
    outbox = {o["message_id"]: o["status"] for o in reader.rows(OUTBOX_OF_TICKET, ticket_id=ticket_id)}
    attachments: dict[int, list[dict[str, Any]]] = {}
    for a in reader.rows(ATTACHMENTS_OF_TICKET, ticket_id=ticket_id):
        attachments.setdefault(a["message_row_id"], []).append(
            {"filename": a["filename"], "type": a["content_type"], "size": a["size"], "kept": flag(a["kept"])}
        )
    return {
        **ticket_summary(t),
        "customer_name": t["customer_name"],
        "language": t["language"],
        "tracking": t["tracking_numbers"],
        "defect_description": t["defect_description"],
        "missing": t["missing_fields"],
        "warranty": t["warranty"],
        "participants": t["participants"],
        "resolution": t["resolution"],
        "messages": [
            {
                "direction": m["direction"],
                "at": _iso(m["created_at"]),
                "from": m["sender"],
                "to": json_value(m["recipients"]),
                "subject": m["subject"],
                "message_id": m["message_id"],
                "kind": m["kind"],
                "status": outbox.get(m["message_id"], m["status"]),
                "attachments": attachments.get(m["id"], []),
            }
            for m in messages
        ],
        "events": [
            {
                "at": _iso(e["at"]),
                "actor": e["actor"],
                "kind": e["kind"],
                "from": e["from_state"],
                "to": e["to_state"],
                "detail": json_value(e["detail"]),
            }
            for e in events
        ],
    }


def quarantined(reader: Reader, limit: int = 200) -> list[dict[str, Any]]:
    """The quarantined mails, newest first, as the `quarantine` command lists them."""
    return [
        {
            "at": _iso(m["created_at"]),
            "message_id": m["message_id"],
            "source": m["source"],
            "reason": m["reason"].splitlines()[0] if m["reason"] else "",
            "raw_sha256": m["raw_sha256"],
        }
        for m in reader.rows(QUARANTINED, limit=limit)
    ]


def _iso(value: Any) -> str:
    return when(value).isoformat()


# Outgoing mail still to be rendered, sent, or retried; "sent", "failed" and "held" (until the suppressed
# address writes again, which only an incoming mail can bring) need nothing from a pass.
UNSETTLED_OUTBOX = "SELECT COUNT(*) AS waiting FROM outbox WHERE status NOT IN ('sent', 'failed', 'held')"


def unsettled_outbox(reader: Reader) -> int:
    """How many outgoing mails a pass would still have to render or send."""
    return int(reader.rows(UNSETTLED_OUTBOX)[0]["waiting"])


def source_position(reader: Reader, name: str) -> tuple[int, int] | None:
    """Where an IMAP inbox was left (UIDVALIDITY, last UID), as SourceStateStore.load reads it; None before
    its first pass."""
    found = reader.rows("SELECT uidvalidity, last_uid FROM source_state WHERE name = :name", name=name)
    if not found or found[0]["uidvalidity"] is None:
        return None
    return int(found[0]["uidvalidity"]), int(found[0]["last_uid"])

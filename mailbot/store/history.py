"""What a ticket already said and received, read back for the loop damper (mailbot.workflow.loops)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from mailbot.store.models import AttachmentRow, Event, Message
from mailbot.workflow.loops import AUTO_REPLY_EVENT, SAME_QUESTION_WINDOW, ReplyHistory, SentBefore, fingerprint

RECENT_MAILS = 200  # fingerprints of this many earlier inbound mails of a ticket are compared


def reply_history(session: Session, ticket_id: int | None, now: datetime, every: timedelta) -> ReplyHistory:
    if ticket_id is None:
        return ReplyHistory()
    since = now - max(every, SAME_QUESTION_WINDOW)
    # The columns the damper reads, not whole rows: a ticket's mails each carry their extraction and
    # address lists as JSON, which loading the row would decode for nothing, up to RECENT_MAILS times.
    events = session.exec(
        select(Event.detail, Event.at).where(
            Event.ticket_id == ticket_id, Event.kind == AUTO_REPLY_EVENT, Event.at >= since
        )
    ).all()
    sent = tuple(
        SentBefore(to=str(detail.get("to", "")), question=str(detail.get("question", "")), at=at)
        for detail, at in events
    )
    mails = session.exec(
        select(Message.id, Message.sender, Message.text)
        .where(Message.ticket_id == ticket_id, Message.direction == "in")
        .order_by(col(Message.id).desc())
        .limit(RECENT_MAILS)
    ).all()
    ids = [row_id for row_id, _, _ in mails]
    files: dict[int, list[tuple[str, int]]] = {}
    if ids:
        query = select(AttachmentRow.message_row_id, AttachmentRow.filename, AttachmentRow.size).where(
            col(AttachmentRow.message_row_id).in_(ids)
        )
        for row_id, filename, size in session.exec(query).all():
            files.setdefault(row_id, []).append((filename, size))
    prints = frozenset(fingerprint(sender, text, tuple(files.get(row_id or 0, []))) for row_id, sender, text in mails)
    return ReplyHistory(sent=sent, fingerprints=prints)

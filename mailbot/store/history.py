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
    events = session.exec(
        select(Event).where(Event.ticket_id == ticket_id, Event.kind == AUTO_REPLY_EVENT, Event.at >= since)
    ).all()
    sent = tuple(
        SentBefore(to=str(e.detail.get("to", "")), question=str(e.detail.get("question", "")), at=e.at) for e in events
    )
    mails = session.exec(
        select(Message)
        .where(Message.ticket_id == ticket_id, Message.direction == "in")
        .order_by(col(Message.id).desc())
        .limit(RECENT_MAILS)
    ).all()
    ids = [m.id for m in mails]
    files: dict[int, list[tuple[str, int]]] = {}
    if ids:
        for att in session.exec(select(AttachmentRow).where(col(AttachmentRow.message_row_id).in_(ids))).all():
            files.setdefault(att.message_row_id, []).append((att.filename, att.size))
    prints = frozenset(fingerprint(m.sender, m.text, tuple(files.get(m.id or 0, []))) for m in mails)
    return ReplyHistory(sent=sent, fingerprints=prints)

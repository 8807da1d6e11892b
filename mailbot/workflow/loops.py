"""Auto-responder loops: what a ticket already said to whom, and which replies of a decision would repeat it.

An auto-responder without RFC 3834 headers and with plain wording looks like a person. Whatever it says, a
ticket never asks the same thing twice within a day, an identical mail gets no second answer, and a recipient
gets at most one automatic mail per ticket per ``auto_reply_hours`` unless the ticket moved on. Pure: the
history is read by mailbot.store.history and passed in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from mailbot.values import Decision, EventSpec, InboundMail, OutgoingMail

SAME_QUESTION_WINDOW = timedelta(days=1)
AUTO_REPLY_EVENT = "auto_reply"  # one per automatic mail, the history this module reads back


@dataclass(frozen=True)
class SentBefore:
    """One automatic mail the ticket sent: to whom, what it asked, when."""

    to: str
    question: str
    at: datetime


@dataclass(frozen=True)
class ReplyHistory:
    """What the ticket said in the last day and the fingerprints of the mails it received before this one."""

    sent: tuple[SentBefore, ...] = ()
    fingerprints: frozenset[str] = frozenset()


def fingerprint(sender: str, text: str, attachments: tuple[tuple[str, int], ...] = ()) -> str:
    """The same words (spacing and case aside) with the same attachments from the same sender."""
    words = " ".join(text.split()).lower()
    basis = json.dumps([sender.lower(), words, sorted(attachments)], ensure_ascii=False)
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def mail_fingerprint(mail: InboundMail) -> str:
    sender = mail.sender.email if mail.sender else ""
    return fingerprint(sender, mail.text, tuple((a.filename, a.size) for a in mail.attachments))


def question(reply: OutgoingMail) -> str:
    """What a reply says, for "never the same thing twice": its template and what it asks for."""
    asked = reply.context.get("missing") or reply.context.get("photos") or ""
    return f"{reply.template}:{json.dumps(asked, sort_keys=True, default=str)}"


def damp(
    decision: Decision,
    mail: InboundMail,
    history: ReplyHistory,
    *,
    is_automatic: Callable[[str], bool],
    moved_on: bool,
    every: timedelta,
    now: datetime,
) -> Decision:
    """``decision`` without the replies that would repeat the ticket; each kept automatic reply is recorded.

    ``is_automatic(address)`` tells which recipients count (people outside; staff notices are not damped
    except for an identical mail); ``moved_on`` is True when the decision changes the ticket's state.
    """
    if mail_fingerprint(mail) in history.fingerprints:
        note = EventSpec(kind="loop_damped", actor="mailbot", detail={"why": "identical to an earlier mail"})
        return replace(
            decision,
            replies=(),
            events=(*decision.events, note),
            reason=f"{decision.reason}; not answered: identical to an earlier mail".lstrip("; "),
        )
    kept: list[OutgoingMail] = []
    dropped: list[dict[str, object]] = []
    events: list[EventSpec] = []
    for reply in decision.replies:
        rcpts = [r.lower() for r in reply.to if is_automatic(r)]
        if not rcpts:
            kept.append(reply)
            continue
        why = _repeats(reply, rcpts, history, moved_on=moved_on, every=every, now=now)
        if why:
            dropped.append({"template": reply.template, "to": rcpts, "why": why})
            continue
        kept.append(reply)
        events += [
            EventSpec(kind=AUTO_REPLY_EVENT, actor="mailbot", detail={"to": r, "question": question(reply)})
            for r in rcpts
        ]
    if dropped:
        events.append(EventSpec(kind="loop_damped", actor="mailbot", detail={"replies": dropped}))
    if not events:
        return decision
    return replace(decision, replies=tuple(kept), events=(*decision.events, *events))


def _repeats(
    reply: OutgoingMail, rcpts: list[str], history: ReplyHistory, *, moved_on: bool, every: timedelta, now: datetime
) -> str | None:
    asked = question(reply)
    for before in history.sent:
        if before.to not in rcpts:
            continue
        if before.question == asked and now - before.at < SAME_QUESTION_WINDOW:
            return "the same was sent within a day"
        if not moved_on and now - before.at < every:
            return f"an automatic mail went to {before.to} less than {every} ago"
    return None

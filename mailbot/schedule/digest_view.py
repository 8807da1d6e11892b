"""DigestData to template context: local times, ages, and bar widths for the HTML and text charts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from mailbot.rules.digest import Manager
from mailbot.schedule.digest import Count, DigestData, TicketLine
from mailbot.values import OutgoingMail
from mailbot.workflow.workdays import local_text

BAR_PX = 160  # widest bar in the HTML chart
BAR_CHARS = 24  # widest bar in the text chart


def bar(count: int, top: int, width: int) -> int:
    """Length of a bar: proportional, and at least 1 for any non-zero count so it stays visible."""
    if count <= 0 or top <= 0:
        return 0
    return max(1, math.ceil(count * width / top))


def _chart(rows: Sequence[Count]) -> list[dict[str, object]]:
    top7 = max((r.last7 for r in rows), default=0)
    top30 = max((r.last30 for r in rows), default=0)
    return [
        {
            "name": r.name,
            "last7": r.last7,
            "last30": r.last30,
            "px7": bar(r.last7, top7, BAR_PX),
            "px30": bar(r.last30, top30, BAR_PX),
            "bar7": "#" * bar(r.last7, top7, BAR_CHARS),
            "bar30": "#" * bar(r.last30, top30, BAR_CHARS),
        }
        for r in rows
    ]


def _short(value: datetime, tz: ZoneInfo) -> str:
    return f"{value.astimezone(tz):%Y-%m-%d %H:%M}"  # the zone is named once, in the heading


def _ticket(line: TicketLine, tz: ZoneInfo) -> dict[str, object]:
    return {
        "rma": line.rma,
        "customer": line.customer,
        "status": line.status,
        "owner": line.owner,
        "created": _short(line.created_at, tz),
        "since": _short(line.since or line.created_at, tz),
        "age": f"{line.age_working_days:.1f}",
    }


def digest_context(
    data: DigestData, tz: ZoneInfo, reply_address: str | None = None, manager_name: str = ""
) -> dict[str, object]:
    """Plain strings, numbers and lists only: the outbox may keep the context as JSON."""
    top_state = max((n for _, n in data.by_state), default=0)
    return {
        "manager_name": manager_name,
        "day": data.now.astimezone(tz).strftime("%Y-%m-%d"),
        "now_text": local_text(data.now, tz),
        "since_text": local_text(data.since, tz),
        "reply_address": reply_address or "",
        "new_count": data.new_count,
        "new_tickets": [_ticket(t, tz) for t in data.new_tickets],
        "waiting_count": data.waiting_count,
        "waiting": [_ticket(t, tz) for t in data.waiting],
        "overdue": [{"owner": o.owner, "count": o.count, "oldest_due": _short(o.oldest_due, tz)} for o in data.overdue],
        "overdue_total": sum(o.count for o in data.overdue),
        "open_total": data.open_total,
        "by_state": [
            {"name": s, "count": n, "px": bar(n, top_state, BAR_PX), "bar": "#" * bar(n, top_state, BAR_CHARS)}
            for s, n in data.by_state
        ],
        "by_category": _chart(data.by_category),
        "by_model": _chart(data.by_model),
        "oldest_open": [_ticket(t, tz) for t in data.oldest_open],
    }


def digest_mail(data: DigestData, manager: Manager, reply_address: str | None = None) -> OutgoingMail:
    """The digest for one manager, in the manager's time zone and language."""
    context = digest_context(data, manager.tz, reply_address, manager.name)
    return OutgoingMail(template="manager_digest", to=(manager.email,), context=context, language=manager.language)

"""The loop damper's view of a ticket (``reply_history``): what it sent lately and the fingerprints of the
mails it received, read as columns, so a ticket with a long thread costs no loaded rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from mailbot.store.history import reply_history
from mailbot.store.models import AttachmentRow, Event, Message, Ticket
from mailbot.workflow.loops import AUTO_REPLY_EVENT, SentBefore, fingerprint
from tests.workflow.fixtures import Store

AT = datetime(2027, 3, 8, 10, 0, tzinfo=UTC)


def test_the_history_holds_what_was_sent_lately_and_each_mails_fingerprint_and_loads_no_row():
    store = Store()
    session = store.session
    ticket = Ticket(
        rma="RMA-2027-00009",
        status="new",
        customer_email="kim@shop.example",
        created_at=AT,
        updated_at=AT,
        state_since=AT,
    )
    session.add(ticket)
    session.flush()
    first = Message(
        ticket_id=ticket.id,
        direction="in",
        message_id="a@shop.example",
        sender="kim@shop.example",
        text="The fan  rattles.",
        created_at=AT,
        extraction={"kind": "new_request"},
    )
    second = Message(
        ticket_id=ticket.id,
        direction="in",
        message_id="b@shop.example",
        sender="kim@shop.example",
        text="Photo attached.",
        created_at=AT,
    )
    ours = Message(
        ticket_id=ticket.id,
        direction="out",
        message_id="c@desk.example",
        sender="desk@desk.example",
        text="Thanks",
        created_at=AT,
    )
    session.add_all([first, second, ours])
    session.flush()
    session.add_all(
        [
            AttachmentRow(message_row_id=second.id, filename="fan.jpg", content_type="image/jpeg", size=900, sha256=""),
            AttachmentRow(message_row_id=second.id, filename="box.jpg", content_type="image/jpeg", size=700, sha256=""),
            Event(
                ticket_id=ticket.id,
                at=AT - timedelta(hours=2),
                actor="mailbot",
                kind=AUTO_REPLY_EVENT,
                detail={"to": "kim@shop.example", "question": 'customer_missing_info:["serial"]'},
            ),
            Event(
                ticket_id=ticket.id,
                at=AT - timedelta(days=30),
                actor="mailbot",
                kind=AUTO_REPLY_EVENT,
                detail={"to": "kim@shop.example", "question": "too old"},
            ),
            Event(ticket_id=ticket.id, at=AT, actor="mailbot", kind="status_changed", detail={}),
        ]
    )
    session.commit()
    session.expunge_all()
    loaded: list[object] = []
    event.listen(session, "loaded_as_persistent", lambda _session, obj: loaded.append(obj))

    history = reply_history(session, ticket.id, AT, timedelta(hours=24))

    assert history.sent == (
        SentBefore(to="kim@shop.example", question='customer_missing_info:["serial"]', at=AT - timedelta(hours=2)),
    )
    assert history.fingerprints == {
        fingerprint("kim@shop.example", "the fan rattles."),
        fingerprint("kim@shop.example", "Photo attached.", (("box.jpg", 700), ("fan.jpg", 900))),
    }
    assert loaded == []  # columns read, no row loaded as an object

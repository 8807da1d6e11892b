"""The rows ``apply`` writes without ORM units of work (an inbound mail's row by a Core INSERT, a new
ticket by INSERT ... RETURNING): the same rows as through the ORM, made storable the same way, and a
ticket the rest of the transaction can change like any loaded one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from sqlmodel import select

from mailbot.store.apply import _open_ticket, change_ticket, store_inbound
from mailbot.store.later import keep_rows, only_kept
from mailbot.store.models import Deadline, Message, Ticket
from mailbot.values import Decision, RawMail
from tests.workflow.fixtures import Store, extraction, mail

AT = datetime(2027, 2, 3, 14, 30, tzinfo=UTC)


def _decision(**updates: object) -> Decision:
    base: dict[str, object] = {"customer_email": "Buyer@Shop.example", "customer_name": "Ana Ruiz"}
    return Decision(action="open", status="new", updates={**base, **updates})


def test_a_new_ticket_is_a_persistent_row_with_its_updates_merged_and_storable():
    store = Store()
    updates = {
        "serial_numbers": ["AX-77", "AX-78"],
        "order_numbers": ("SO-55",),
        "data": {"channel": "mail"},
        "customer_name": "Ana\x00Ruiz",  # a NUL byte: refused by PostgreSQL, marked instead
    }
    ticket = _open_ticket(store.session, _decision(**updates), store.env, AT)
    assert ticket.id is not None and ticket in store.session
    assert store.session.get(Ticket, ticket.id) is ticket  # in the identity map, no second copy
    assert ticket.serial_numbers == ["AX-77", "AX-78"] and ticket.order_numbers == ["SO-55"]
    assert ticket.data == {"channel": "mail"} and ticket.customer_name == "Ana\ufffdRuiz"
    assert ticket.customer_domain == "Shop.example" and ticket.language == "en" and ticket.tracking_numbers == []
    assert ticket.rma.startswith("RMA-2027-") and ticket.created_at == AT
    ticket.assigned_rep = "desk@seller.example"  # a change later in the transaction reaches the row
    store.session.commit()
    with store.session.no_autoflush:
        (row,) = store.session.exec(select(Ticket.assigned_rep, Ticket.customer_name)).all()
    assert row == ("desk@seller.example", "Ana\ufffdRuiz")


def test_a_field_no_ticket_has_is_refused():
    store = Store()
    with pytest.raises(AttributeError):
        _open_ticket(store.session, _decision(shoe_size=42), store.env, AT)


def test_a_ticket_opened_in_a_session_that_keeps_rows_is_marked_new_for_its_deadlines():
    store = Store()
    keep_rows(store.session)
    ticket = _open_ticket(store.session, _decision(), store.env, AT)
    assert only_kept(store.session, Deadline, "ticket_id", ticket.id)


def test_the_inbound_row_is_stored_as_the_orm_stored_it():
    store = Store()
    ticket = _open_ticket(store.session, _decision(), store.env, AT)
    long_id = "q" * 1200 + "@relay.example"  # longer than the column: a stable stand-in, never cut
    inbound = mail("buyer@shop.example", "The fan\x00 rattles.", subject="Noisy fan", mid=long_id)
    raw = RawMail(data=b"raw bytes of the mail", source="desk", key="7")
    stored = store_inbound(
        store.session, raw, inbound, store.env, now=AT, ticket_id=ticket.id, status="processed", found=extraction()
    )
    row = store.session.get_one(Message, stored.id)
    assert row.message_id == stored.message_id and stored.message_id.endswith("@unstorable")
    assert row.text == "The fan\ufffd rattles." and row.subject == "Noisy fan" and row.ticket_id == ticket.id
    assert row.direction == "in" and row.source == "desk" and row.created_at == AT
    assert row.extraction["kind"] == "new_request" and row.recipients == ["service@example.com"]
    assert stored.sender == "buyer@shop.example" and stored.recipients == ("service@example.com",)


def test_opening_tickets_one_after_another_flushes_nothing_of_the_tickets_before():
    """A mail that opens a ticket leaves no change of it for the session to flush: the next ticket's
    INSERT finds nothing pending (a batch opens up to a hundred tickets, each once paid a flush)."""
    store = Store()
    keep_rows(store.session)
    first = _open_ticket(store.session, _decision(), store.env, AT)
    change_ticket(store.session, first, _decision(), store.env, now=AT)
    assert first not in store.session.dirty  # its updated_at already says AT
    flushes: list[int] = []
    event.listen(store.session, "before_flush", lambda *_args: flushes.append(1))
    second = _open_ticket(store.session, _decision(customer_email="other@shop.example"), store.env, AT)
    assert flushes == [] and second.id != first.id
    store.session.commit()
    later = datetime(2027, 2, 3, 15, 0, tzinfo=UTC)
    change_ticket(store.session, first, _decision(), store.env, now=later)  # a later mail: the time changes
    store.session.commit()
    with store.session.no_autoflush:
        assert store.session.exec(select(Ticket.updated_at).where(Ticket.id == first.id)).one() == later

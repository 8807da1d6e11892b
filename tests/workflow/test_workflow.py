"""The RMA state machine: every state reachable, every action valid only where it belongs."""

import pytest

from mailbot.workflow import states as wf


def test_every_state_is_reachable_from_new():
    seen, todo = {wf.NEW}, [wf.NEW]
    while todo:
        state = todo.pop()
        for action in wf.TRANSITIONS:
            if wf.can(state, action):
                nxt = wf.step(state, action).to_state
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
    assert seen == set(wf.STATES)


def test_closed_is_final():
    assert not any(wf.can(wf.CLOSED, a) for a in wf.TRANSITIONS)


@pytest.mark.parametrize(
    "state,action",
    [
        (wf.CLOSED, "approve"),
        (wf.RECEIVED, "approve"),
        (wf.WAITING_REP, "received"),
        (wf.RMA_ISSUED, "preliminary"),
        (wf.REJECTED, "received"),
        (wf.NEW, "resolve"),
        ("new", "fly"),
    ],
)
def test_invalid_actions_raise(state, action):
    with pytest.raises(wf.InvalidTransition) as err:
        wf.step(state, action)
    assert state in str(err.value) and action in str(err.value)


def test_transition_ends_and_starts_what_is_awaited():
    tr = wf.step(wf.WAITING_REP, "approve")
    assert (tr.from_state, tr.to_state) == (wf.WAITING_REP, wf.RMA_ISSUED)
    assert tr.done == ("rep_confirmation",) and tr.start == (("shipment", "customer"),)
    tr = wf.step(wf.IN_TRANSIT, "received")
    # from the receipt: the first finding, the report, the return and the refund (each chased where the policy
    # promises it); the refund is the rep's, who guides the return
    assert tr.done == ("receipt",)
    assert tr.start == (
        ("preliminary", "service"),
        ("report", "service"),
        ("return_to_customer", "service"),
        ("to_manufacturer", "service"),
        ("refund", "rep"),
    )
    # the report and the return run on through the preliminary: their clocks are not restarted
    tr = wf.step(wf.RECEIVED, "preliminary")
    assert tr.done == ("preliminary",) and tr.start == ()
    tr = wf.step(wf.PRELIMINARY_SENT, "report")
    assert tr.done == ("report",) and tr.start == ()
    tr = wf.step(wf.REPORT_SENT, "resolve")
    assert tr.done == ("return_to_customer", "to_manufacturer", "refund") and tr.start == ()
    # a quotation stops the return clock; the acceptance starts it again, the refusal does not
    assert wf.step(wf.RECEIVED, "quote").done == (
        "preliminary",
        "report",
        "return_to_customer",
        "to_manufacturer",
        "refund",
    )
    assert wf.step(wf.QUOTED, "quote_accepted").start == (
        ("return_to_customer", "service"),
        ("to_manufacturer", "service"),
    )
    assert wf.step(wf.QUOTED, "quote_refused").start == ()


def test_repeating_a_wait_restarts_nothing():
    tr = wf.step(wf.WAITING_INFO, "info_missing")
    assert tr.to_state == wf.WAITING_INFO and tr.done == () and tr.start == ()


def test_the_published_procedure_runs_through():
    state = wf.NEW
    for action in ("info_complete", "approve", "shipped", "received", "preliminary", "report", "resolve", "close"):
        state = wf.step(state, action).to_state
    assert state == wf.CLOSED


def test_reject_from_every_live_state_and_close_after():
    for state in wf.OPEN:
        assert wf.step(state, "reject").to_state == wf.REJECTED
    assert wf.step(wf.REJECTED, "close").to_state == wf.CLOSED

"""The RMA state machine: the states, which action moves a ticket from where to where, and what is awaited.

Pure data and one lookup. What is awaited follows from the state alone, so a transition
says which deadline ends and which begins without anyone having to remember it.
"""

from __future__ import annotations

from dataclasses import dataclass

NEW = "new"
WAITING_INFO = "waiting_info"
WAITING_REP = "waiting_rep"
RMA_ISSUED = "rma_issued"
IN_TRANSIT = "in_transit"
RECEIVED = "received"
PRELIMINARY_SENT = "preliminary_sent"
REPORT_SENT = "report_sent"
RESOLVED = "resolved"
CLOSED = "closed"
REJECTED = "rejected"
QUOTED = "quoted"  # a paid repair was quoted; the customer's acceptance or refusal is awaited
QUOTE_ACCEPTED = "quote_accepted"
QUOTE_REFUSED = "quote_refused"
# A product the company sells as an agent, sent on to the manufacturer's warranty center (seed 003).
AT_MANUFACTURER = "at_manufacturer"

STATES: tuple[str, ...] = (
    NEW,
    WAITING_INFO,
    WAITING_REP,
    RMA_ISSUED,
    IN_TRANSIT,
    RECEIVED,
    PRELIMINARY_SENT,
    REPORT_SENT,
    QUOTED,
    QUOTE_ACCEPTED,
    QUOTE_REFUSED,
    AT_MANUFACTURER,
    RESOLVED,
    CLOSED,
    REJECTED,
)
OPEN: frozenset[str] = frozenset(STATES) - {CLOSED, REJECTED, RESOLVED}
_BEFORE_RMA = (NEW, WAITING_INFO, WAITING_REP)
# States in which the ticket carries an RMA number (before: a request reference only).
_DIAGNOSED = (RECEIVED, PRELIMINARY_SENT, REPORT_SENT)
_QUOTE = (QUOTED, QUOTE_ACCEPTED, QUOTE_REFUSED)
HAS_RMA: frozenset[str] = frozenset({RMA_ISSUED, IN_TRANSIT, *_DIAGNOSED, *_QUOTE, AT_MANUFACTURER, RESOLVED})
_LIVE = (NEW, WAITING_INFO, WAITING_REP, RMA_ISSUED, IN_TRANSIT, *_DIAGNOSED, *_QUOTE, AT_MANUFACTURER)

# action -> (states it is valid in, state it leads to)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "info_missing": ((NEW, WAITING_INFO), WAITING_INFO),
    "info_complete": ((NEW, WAITING_INFO), WAITING_REP),
    "auto_issue": ((NEW, WAITING_INFO), RMA_ISSUED),
    "approve": (_BEFORE_RMA, RMA_ISSUED),
    "reject": (_LIVE, REJECTED),
    "shipped": ((RMA_ISSUED,), IN_TRANSIT),
    "received": ((RMA_ISSUED, IN_TRANSIT), RECEIVED),
    "preliminary": ((RECEIVED,), PRELIMINARY_SENT),
    "report": ((RECEIVED, PRELIMINARY_SENT), REPORT_SENT),
    "quote": (_DIAGNOSED, QUOTED),
    "quote_accepted": ((QUOTED,), QUOTE_ACCEPTED),
    "quote_refused": ((QUOTED,), QUOTE_REFUSED),
    "forwarded": ((*_DIAGNOSED, QUOTE_ACCEPTED), AT_MANUFACTURER),
    "resolve": ((*_DIAGNOSED, QUOTE_ACCEPTED, QUOTE_REFUSED, AT_MANUFACTURER), RESOLVED),
    "close": ((*_LIVE, RESOLVED, REJECTED), CLOSED),
}

# What a ticket in this state is waiting for, and who owes it.
AWAITED: dict[str, tuple[str, str]] = {
    WAITING_INFO: ("customer_info", "customer"),
    WAITING_REP: ("rep_confirmation", "rep"),
    RMA_ISSUED: ("shipment", "customer"),
    IN_TRANSIT: ("receipt", "service"),
    RECEIVED: ("preliminary", "service"),
    PRELIMINARY_SENT: ("report", "service"),
    QUOTED: ("quote_answer", "customer"),
}
# Steps the service department owes from the receipt of the goods on, alongside the state's own step:
# counted from the receipt until the action that delivers them, so a state passed on the way (the
# preliminary analysis sent) does not restart their clock. Each is awaited only where the policy
# promises a period for it or rules/reminders.yml gives it a follow-up time (rules/policy.yml deadlines).
# The refund is the rep's: the sales representative guides a return and its refund or exchange (seed 004).
# Own products go back to the customer, products sold as an agent on to the manufacturer's warranty
# center (seed 003): a ticket awaits one of the two (workflow.actions picks it by the booking-in).
_FROM_RECEIPT = (("return_to_customer", "service"), ("to_manufacturer", "service"), ("refund", "rep"))
ALSO_AWAITED: dict[str, tuple[tuple[str, str], ...]] = {
    RECEIVED: (("report", "service"), *_FROM_RECEIPT),
    PRELIMINARY_SENT: _FROM_RECEIPT,
    REPORT_SENT: _FROM_RECEIPT,
    # A paid repair accepted, counted from the acceptance: an own product goes back once it is repaired, a
    # product sold as an agent on to the manufacturer's warranty center, which repairs it (not_owed picks).
    QUOTE_ACCEPTED: (("return_to_customer", "service"), ("to_manufacturer", "service")),
}


def not_owed(agent: bool) -> str:
    """The step a ticket does not await: own products go back to the customer; products sold as an
    agent go on to the manufacturer's warranty center instead (seed 003), so only that is promised."""
    return "return_to_customer" if agent else "to_manufacturer"


class InvalidTransition(ValueError):
    """The action is not possible in the ticket's current state."""

    def __init__(self, state: str, action: str) -> None:
        self.state, self.action = state, action
        valid = ", ".join(valid_states(action)) or "no state"
        super().__init__(f"cannot {action} a ticket that is {state} (only when {valid})")


@dataclass(frozen=True)
class Transition:
    action: str
    from_state: str
    to_state: str
    done: tuple[str, ...]  # awaited things this ends
    start: tuple[tuple[str, str], ...]  # (awaited, owner role) this begins


def valid_states(action: str) -> tuple[str, ...]:
    return TRANSITIONS.get(action, ((), ""))[0]


def can(state: str, action: str) -> bool:
    return state in valid_states(action)


def awaited_in(state: str) -> tuple[tuple[str, str], ...]:
    """Everything a ticket in ``state`` may be waiting for, as (awaited, owner role): its own step first."""
    own = AWAITED.get(state)
    return ((own,) if own else ()) + ALSO_AWAITED.get(state, ())


def step(state: str, action: str) -> Transition:
    """The transition ``action`` makes from ``state``; raises InvalidTransition when it makes none.

    It ends what the old state awaited and the new one does not, and starts what only the new one
    awaits; a step awaited in both runs on with its clock (the report from the receipt)."""
    if action not in TRANSITIONS:
        raise InvalidTransition(state, action)
    valid, target = TRANSITIONS[action]
    if state not in valid:
        raise InvalidTransition(state, action)
    old, new = awaited_in(state), awaited_in(target)
    if state == target:
        return Transition(action, state, target, (), ())  # e.g. still waiting for information
    kept = {name for name, _ in new}
    done = tuple(name for name, _ in old if name not in kept)
    had = {name for name, _ in old}
    return Transition(action, state, target, done, tuple(a for a in new if a[0] not in had))

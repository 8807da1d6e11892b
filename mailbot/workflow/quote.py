"""The out-of-warranty path: staff quote a paid repair, the customer accepts or refuses by reply."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from mailbot.rules import Rules
from mailbot.rules.policy import Quotation
from mailbot.values import InboundMail
from mailbot.workflow import states as workflow
from mailbot.workflow.commands import own_text
from mailbot.workflow.compose import Change, Party, to_customer, to_staff, transition_change

Answer = Literal["accept", "refuse"]


def _says(text: str, phrase: str) -> bool:
    if re.fullmatch(r"[\w' -]+", phrase, flags=re.ASCII):  # English: whole words only ("disagree" ≠ "agree")
        return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text, flags=re.IGNORECASE) is not None
    return phrase in text


def answer(text: str, terms: Quotation) -> Answer | None:
    """The customer's answer to a quotation in their own words (quoted history ignored), if they gave one.

    A refusal is looked for first: "we do not accept" contains "accept"."""
    own = own_text(text)
    if any(_says(own, p) for p in terms.refuse):
        return "refuse"
    if any(_says(own, p) for p in terms.accept):
        return "accept"
    return None


def answered(
    state: str, actor: str, party: Party, rules: Rules, mail: InboundMail, said: Answer, *, agent: bool = False
) -> Change:
    """The customer accepted or refused: move on, thank them, and tell the ticket's owner.

    ``agent``: the product was booked in as one sold as an agent, so an accepted repair is the manufacturer's
    and the step chased next is sending it on to the warranty center, not the return of an own product."""
    action = "quote_accepted" if said == "accept" else "quote_refused"
    change = transition_change(workflow.step(state, action), actor, party, {"message_id": mail.message_id})
    skip = workflow.not_owed(agent)
    change = replace(change, start=tuple(s for s in change.start if s.awaited != skip))
    context: dict[str, object] = {"accepted": said == "accept", "on_refusal": rules.terms.quotation.on_refusal}
    ack = to_customer(
        party,
        "customer_quote_answer",
        context,
        in_reply_to=mail.message_id,
        references=(*mail.references, mail.message_id),
    )
    notice = to_staff(
        party.rep,
        "staff_customer_message",
        {"sender": actor, "excerpt": own_text(mail.text)[:2000], "added": {"quotation": action}},
        rules,
    )
    return replace(change, replies=(ack, notice))

"""Customer mail: open a ticket, fill in what was missing, note a shipment, pass a question to the rep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from mailbot.rules import Rules
from mailbot.values import Decision, EventSpec, Extraction, InboundMail, OutgoingMail, TicketView
from mailbot.workflow import quote
from mailbot.workflow import states as workflow
from mailbot.workflow.claims import ClaimWindow, late_detail, requirements, window
from mailbot.workflow.commands import own_text
from mailbot.workflow.compose import (
    Change,
    Party,
    Thread,
    language_of,
    media_count,
    media_on_ticket,
    missing_fields,
    on_site_asked,
    on_site_words,
    own_reason,
    party_of,
    picture_request,
    policy_context,
    to_customer,
    to_staff,
    transition_change,
    warranty_words,
)
from mailbot.workflow.questions import asks
from mailbot.workflow.warranty import WarrantyFinding, about_the_mail, summary
from mailbot.workflow.workdays import local_day


def _thread(mail: InboundMail) -> Thread:
    return {"in_reply_to": mail.message_id, "references": (*mail.references, mail.message_id)}


def _asked_words(rules: Rules, party: Party, claim: ClaimWindow | None, media: int, on_site: bool) -> dict[str, object]:
    """What the missing-information mail may say besides the list: the warranty words, the damage claim's
    photos and window, the policy's picture request (until a picture or video arrived), the on-site answer."""
    return {
        **warranty_words(rules.terms, party.language),
        **on_site_words(rules.terms, party.language, on_site),
        "requirements": requirements(rules.terms, claim, media, party.language),
        "picture_request": picture_request(rules.terms, party.language, media),
    }


def _late_claim(
    claim: ClaimWindow | None, noted: object, actor: str, party: Party, rules: Rules, subject: str
) -> Change | None:
    """A damage or mismatch claim made after the policy's window: kept on the ticket once, and where the
    policy has the rep tell the customer, the rep is told at once (the customer mails name no window)."""
    claims = rules.terms.damage_claims
    if claim is None or claims is None or not claim.late or noted:
        return None
    detail = late_detail(claim)
    event = EventSpec(kind="late_claim", actor=actor, detail={**detail, "told_by": claims.late_told_by})
    replies: tuple[OutgoingMail, ...] = ()
    if claims.late_told_by == "rep":
        context = {**detail, "customer": party.customer_email, "subject": subject}
        replies = (to_staff(party.rep, "staff_late_claim", context, rules),)
    return Change("", updates={"data": {"late_claim": detail}}, events=(event,), replies=replies)


def _with_late(step: Change, late: Change | None) -> Change:
    if late is None:
        return step
    data = {**_dict(step.updates.get("data")), **_dict(late.updates.get("data"))}
    updates = {**step.updates, "data": data}
    return replace(step, updates=updates, events=step.events + late.events, replies=step.replies + late.replies)


def _dict(value: object) -> dict[str, object]:
    return dict(value) if isinstance(value, dict) else {}


def _data_of(*updates: dict[str, object]) -> dict[str, object]:
    """The ticket data keys of several update sets together (the store merges data key by key)."""
    parts = [_dict(u["data"]) for u in updates if "data" in u]
    return {"data": {k: v for part in parts for k, v in part.items()}} if parts else {}


def _new_items(have: Sequence[str], found: Sequence[str]) -> list[str]:
    seen = {h.upper() for h in have}
    return [f for f in dict.fromkeys(found) if f.upper() not in seen]


def ask_for_missing(
    state: str,
    actor: str,
    party: Party,
    missing: list[str],
    findings: Sequence[WarrantyFinding],
    thread: Thread,
    words: dict[str, object],
) -> Change:
    change = transition_change(workflow.step(state, "info_missing"), actor, party, {"missing": missing})
    mail = to_customer(
        party,
        "customer_missing_info",
        {"missing": missing, "findings": [f.as_json() for f in findings], **words},
        **thread,
    )
    return replace(change, replies=(mail,), updates={"missing_fields": missing})


def issue_or_confirm(
    state: str,
    actor: str,
    party: Party,
    rules: Rules,
    findings: Sequence[WarrantyFinding],
    thread: Thread,
    *,
    own: bool = False,
    asked_on_site: bool = False,
    media: int = 0,
    claim: ClaimWindow | None = None,
) -> Change:
    """Everything needed is known: issue the RMA at once if the policy allows, else ask the rep."""
    mode = rules.terms.rma_issue
    context = policy_context(
        rules.terms,
        findings,
        party.language,
        own_reason=own,
        asked_on_site=asked_on_site,
        media=media,
        claim=claim,
    )
    auto = mode == "auto" or (mode == "auto_if_in_warranty" and summary(findings) == "in")
    if auto:
        change = transition_change(workflow.step(state, "auto_issue"), actor, party, {"policy": mode})
        return replace(
            change,
            replies=(to_customer(party, "customer_rma_issued", context, **thread),),
            updates={"missing_fields": []},
        )
    change = transition_change(workflow.step(state, "info_complete"), actor, party)
    ack = to_customer(
        party,
        "customer_request_received",
        context,
        **thread,
    )
    ask = to_staff(party.rep, "staff_confirm_request", {**context, "forwarded": party.forwarded_by == party.rep}, rules)
    return replace(change, replies=(ack, ask), updates={"missing_fields": []})


def open_ticket(
    mail: InboundMail,
    found: Extraction,
    rules: Rules,
    findings: Sequence[WarrantyFinding],
    *,
    customer: str,
    forwarded_by: str | None,
    rep: str | None,
    now: datetime,
) -> Decision:
    """A new ticket for ``customer`` (the sender, or the original customer of a forwarded complaint)."""
    actor = mail.sender.email if mail.sender else customer
    rep = rep or rules.routing.rep_for(customer, found.customer_name, found.order_numbers)
    party = Party(customer, language_of(found.language), rep, forwarded_by)
    thread: Thread = {} if forwarded_by else _thread(mail)  # the customer never saw the rep's forward
    images = media_count(mail)
    own = own_reason(own_text(mail.text), rules.terms)
    on_site = on_site_asked(own_text(mail.text), rules.terms)
    claim = window(rules.terms, found.defect_category, findings, local_day(now, rules.calendar.tz))
    findings, which_item = about_the_mail(findings, found.product_models, bool(found.serial_numbers))
    missing = missing_fields(
        found.order_numbers,
        found.serial_numbers,
        found.defect_summary,
        rules.terms,
        category=found.defect_category,
        images=images,
        own_reason=own,
        which_item=which_item,
    )
    opened = Change(
        workflow.NEW,
        events=(EventSpec(kind="opened", actor=actor, to_state=workflow.NEW, detail={"forwarded_by": forwarded_by}),),
    )
    if missing:
        words = _asked_words(rules, party, claim, images, on_site)
        step = ask_for_missing(workflow.NEW, actor, party, missing, findings, thread, words)
    else:
        step = issue_or_confirm(
            workflow.NEW,
            actor,
            party,
            rules,
            findings,
            thread,
            own=own,
            asked_on_site=on_site,
            media=images,
            claim=claim,
        )
    step = _with_late(step, _late_claim(claim, None, actor, party, rules, mail.subject))
    if not forwarded_by and _asks(mail.text, rules):  # a question in the first mail reaches the owner too
        step = _question_kept(step, mail, actor, party, rules, {})
    total = opened.then(step)
    replies = total.replies
    if forwarded_by and not any(r.to == (forwarded_by,) for r in replies):
        notice = to_staff(
            forwarded_by,
            "staff_forward_notice",
            {"missing": missing, "findings": [f.as_json() for f in findings]},
            rules,
            **_thread(mail),
        )
        replies = (*replies, notice)
    updates = {
        "customer_email": customer,
        "customer_name": found.customer_name,
        "language": party.language,
        "order_numbers": list(found.order_numbers),
        "serial_numbers": list(found.serial_numbers),
        "product_models": list(found.product_models),
        "tracking_numbers": list(found.tracking_numbers),
        "defect_category": found.defect_category,
        "defect_description": found.defect_summary,
        "assigned_rep": rep,
        "forwarded_by": forwarded_by,
        "warranty": summary(findings),
        "policy": rules.terms.name,
        "participants": sorted({customer, rep} | ({forwarded_by} if forwarded_by else set())),
        **total.updates,
        "data": {
            **_dict(total.updates.get("data")),
            "images": images,
            **({"return_reason": "own"} if own else {}),
        },
    }
    return Decision(
        action="open",
        status=total.status,
        updates=updates,
        events=total.events,
        replies=replies,
        deadlines_start=total.start,
        deadlines_done=total.done,
        reason="forwarded complaint" if forwarded_by else "new request",
    )


def _opened_on(ticket: TicketView, rules: Rules) -> date:
    """The office's date the claim was made: the day the ticket was opened."""
    return local_day(ticket.created_at, rules.calendar.tz)


def _asks(text: str, rules: Rules) -> bool:
    """Whether the customer's own new words ask something, their sign-off as rules/understand knows them."""
    kinds = rules.understand.kinds if rules.understand else None
    return asks(text, kinds.sign_offs) if kinds and kinds.sign_offs else asks(text)


def _question_passed_on(
    mail: InboundMail, actor: str, party: Party, rules: Rules, added: dict[str, object]
) -> tuple[OutgoingMail, ...]:
    """The owner gets the customer's words; the customer is told they arrived and who answers."""
    notice = to_staff(
        party.rep, "staff_customer_message", {"sender": actor, "excerpt": mail.text[:2000], "added": dict(added)}, rules
    )
    ack = to_customer(party, "customer_message_received", {}, **_thread(mail))
    return (ack, notice)


def _question_kept(
    step: Change, mail: InboundMail, actor: str, party: Party, rules: Rules, added: dict[str, object]
) -> Change:
    """A customer mail that completes the request and asks something: the automatic answer tells the
    customer the question went to their contact person, and the rep gets the customer's words."""
    notice = to_staff(
        party.rep, "staff_customer_message", {"sender": actor, "excerpt": mail.text[:2000], "added": dict(added)}, rules
    )
    replies = tuple(
        replace(r, context={**r.context, "question_passed": True}) if r.template.startswith("customer_") else r
        for r in step.replies
    )
    return replace(step, replies=(*replies, notice))


def _merged_updates(found: Extraction, ticket: TicketView) -> dict[str, object]:
    updates: dict[str, object] = {}
    for key, have, new in (
        ("order_numbers", ticket.order_numbers, found.order_numbers),
        ("serial_numbers", ticket.serial_numbers, found.serial_numbers),
        ("product_models", ticket.product_models, found.product_models),
        ("tracking_numbers", ticket.tracking_numbers, found.tracking_numbers),
    ):
        items = _new_items(have, new)
        if items:
            updates[key] = items
    if found.defect_summary and not ticket.defect_description:
        updates["defect_description"] = found.defect_summary
        updates["defect_category"] = found.defect_category or ticket.defect_category
    return updates


def follow_up(
    mail: InboundMail, found: Extraction, ticket: TicketView, rules: Rules, findings: Sequence[WarrantyFinding]
) -> Decision:
    """The customer (or a colleague of theirs) wrote on an existing ticket."""
    actor = (mail.sender.email if mail.sender else ticket.customer_email).lower()
    party = party_of(ticket, rules)
    if actor != ticket.customer_email:
        party = replace(party, also=(actor,))
    updates = _merged_updates(found, ticket)
    state = ticket.status
    # Only the order's lines this claim is about count; with several and none named, the item is asked.
    claimed_on = findings
    findings, which_item = about_the_mail(
        findings,
        (*ticket.product_models, *found.product_models),
        bool(ticket.serial_numbers or found.serial_numbers),
    )
    step: Change | None = None
    # Pictures and videos count from every mail the customer sends on the ticket, in any state, so
    # nothing that arrived is asked for again.
    images = media_on_ticket(ticket) + media_count(mail)
    if images != media_on_ticket(ticket):
        updates["data"] = {"images": images}
    if state in (workflow.NEW, workflow.WAITING_INFO):
        category = ticket.defect_category or found.defect_category
        own = ticket.data.get("return_reason") == "own" or own_reason(own_text(mail.text), rules.terms)
        on_site = on_site_asked(own_text(mail.text), rules.terms)
        claim = window(rules.terms, category, claimed_on, _opened_on(ticket, rules))
        updates["data"] = {"images": images, **({"return_reason": "own"} if own else {})}
        missing = missing_fields(
            (*ticket.order_numbers, *found.order_numbers),
            (*ticket.serial_numbers, *found.serial_numbers),
            ticket.defect_description or found.defect_summary,
            rules.terms,
            category=category,
            images=images,
            own_reason=own,
            which_item=which_item,
        )
        asked = _asked_words(rules, party, claim, images, on_site)
        step = (
            ask_for_missing(state, actor, party, missing, findings, _thread(mail), asked)
            if missing
            else issue_or_confirm(
                state,
                actor,
                party,
                rules,
                findings,
                _thread(mail),
                own=own,
                asked_on_site=on_site,
                media=images,
                claim=claim,
            )
        )
        step = _with_late(step, _late_claim(claim, ticket.data.get("late_claim"), actor, party, rules, mail.subject))
        if _asks(mail.text, rules):  # the missing details and a question: the question still reaches the owner
            step = _question_kept(step, mail, actor, party, rules, updates)
    elif state == workflow.QUOTED and (said := quote.answer(mail.text, rules.terms.quotation)):
        step = quote.answered(state, actor, party, rules, mail, said, agent=bool(ticket.data.get("agent_product")))
    elif state == workflow.RMA_ISSUED and found.tracking_numbers:
        step = transition_change(
            workflow.step(state, "shipped"), actor, party, {"tracking_numbers": list(found.tracking_numbers)}
        )
        if _asks(mail.text, rules):  # a question beside the tracking number is never swallowed by the state change
            step = replace(step, replies=_question_passed_on(mail, actor, party, rules, updates))
    if step is None:
        notice = to_staff(
            party.rep,
            "staff_customer_message",
            {"sender": actor, "excerpt": mail.text[:2000], "added": dict(updates)},
            rules,
        )
        step = Change(state, replies=(notice,))
    if actor.lower() not in {p.lower() for p in ticket.participants}:
        updates["participants"] = [actor.lower()]  # a colleague of the customer joins the thread
    if findings and "warranty_override" not in ticket.data:
        updates["warranty"] = summary(findings)
    decision = Decision(
        action="update",
        ticket_id=ticket.id,
        status=step.status if step.status != state else None,
        updates={**updates, **step.updates, **_data_of(updates, step.updates)},
        events=step.events,
        replies=step.replies,
        deadlines_start=step.start,
        deadlines_done=step.done,
        reason="customer reply",
    )
    return decision

"""Building blocks of a Decision: outgoing mails to the customer or staff, and their template data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from mailbot.rules import Rules
from mailbot.rules.periods import Period
from mailbot.rules.policy import Terms, Wording
from mailbot.values import (
    Attachment,
    DeadlineSpec,
    EventSpec,
    InboundMail,
    OutgoingMail,
    TicketView,
)
from mailbot.workflow.claims import ClaimWindow, requirements
from mailbot.workflow.states import Transition
from mailbot.workflow.warranty import WarrantyFinding, summary

FIELDS = ("order_number", "serial_number", "defect_description")


class Thread(TypedDict, total=False):
    """The threading headers of a reply (none when the addressee never saw the mail we answer)."""

    in_reply_to: str | None
    references: tuple[str, ...]


# Every template the workflow sends; each exists in templates/en and templates/zh, text and HTML.
TEMPLATES = (
    "customer_request_received",
    "customer_missing_info",
    "customer_rma_issued",
    "customer_rejected",
    "customer_received",
    "customer_preliminary",
    "customer_report",
    "customer_resolved",
    "customer_forwarded",
    "customer_closed",
    "customer_quote",
    "customer_quote_answer",
    "customer_message_received",
    "customer_staff_reply",
    "staff_confirm_request",
    "staff_forward_notice",
    "staff_customer_message",
    "staff_assigned",
    "staff_command_result",
    "staff_not_authenticated",
    "staff_not_auto_answered",
    "staff_order_question",
    "staff_late_claim",
    "staff_forward_no_customer",
)


@dataclass(frozen=True)
class Party:
    """Who the ticket is about and who looks after it: enough to address mails before a ticket exists."""

    customer_email: str
    language: str = "en"
    rep: str = ""
    forwarded_by: str | None = None
    also: tuple[str, ...] = ()  # a colleague of the customer who wrote this mail, kept in Cc
    service: str = ""  # the engineer who owes the service department's steps (receipt, analysis, report)


@dataclass(frozen=True)
class Change:
    """What one step does to a ticket; steps add up into one Decision."""

    status: str
    updates: dict[str, object] = field(default_factory=dict)
    events: tuple[EventSpec, ...] = ()
    replies: tuple[OutgoingMail, ...] = ()
    start: tuple[DeadlineSpec, ...] = ()
    done: tuple[str, ...] = ()
    summary: str = ""

    def then(self, other: Change) -> Change:
        """This change followed by ``other``; a deadline begun here and ended there never starts."""
        started = tuple(d for d in self.start if d.awaited not in other.done)
        return Change(
            status=other.status,
            updates={**self.updates, **other.updates},
            events=self.events + other.events,
            replies=self.replies + other.replies,
            start=started + other.start,
            done=tuple(dict.fromkeys(self.done + other.done)),
            summary="; ".join(s for s in (self.summary, other.summary) if s),
        )


def party_of(ticket: TicketView, rules: Rules) -> Party:
    rep = ticket.assigned_rep or rules.routing.rep_for(
        ticket.customer_email, ticket.customer_name, ticket.order_numbers
    )
    engineer = str(ticket.data.get("engineer") or "") or default_engineer(rules)
    return Party(ticket.customer_email, language_of(ticket.language), rep, ticket.forwarded_by, service=engineer)


def default_engineer(rules: Rules) -> str:
    """Who is reminded of the service department's steps before an engineer took the ticket."""
    return next((m.email for m in rules.staff.members if m.role == "engineer"), "")


def promised_periods(terms: Terms) -> dict[str, Period]:
    """The period the profile promises per awaited step: the deadline chased is the deadline promised."""
    return terms.deadlines.chased()


def language_of(detected: str | None) -> str:
    """The customer's language when we have templates for it, English otherwise."""
    return "zh" if (detected or "").startswith("zh") else "en"


def missing_fields(
    orders: Sequence[str],
    serials: Sequence[str],
    description: str,
    terms: Terms,
    *,
    category: str | None = None,
    images: int = 0,
    own_reason: bool = False,
    which_item: bool = False,
) -> list[str]:
    """What the policy needs before the RMA can go on; "photos" for a damage claim without images.
    A return for the customer's own reason has no defect to describe, so none is asked for.
    ``which_item``: an order of several lines was named and no item of it: asked once, unless the serial
    number asked for already says which."""
    present = {
        "order_number": bool(orders),
        "serial_number": bool(serials),
        "defect_description": bool(description.strip()) or own_reason,
    }
    missing: list[str] = [f for f in FIELDS if f in terms.required_fields and not present[f]]
    claims = terms.damage_claims
    if claims and claims.require_photos and claims.photos and category in claims.categories and not images:
        missing.append("photos")
    if which_item and "serial_number" not in missing:
        missing.append("which_item")
    return missing


def own_reason(text: str, terms: Terms) -> bool:
    """Whether the customer returns the goods for a reason of their own (wrong model, change of mind),
    as the profile words it; always False when the profile knows no such return reason."""
    own = terms.own_reason_returns
    low = text.lower()
    return own is not None and any(w.lower() in low for w in own.words)


def on_site_asked(text: str, terms: Terms) -> bool:
    """Whether the customer asks for on-site service where the profile says where it is given."""
    on_site = terms.warranty.on_site
    low = text.lower()
    return on_site is not None and bool(on_site.areas) and any(w.lower() in low for w in on_site.words)


def on_site_words(terms: Terms, language: str, asked: bool) -> dict[str, object]:
    """The profile's on-site terms in the customer's language, and whether the customer asked about them."""
    words = terms.translations.get(language)  # type: ignore[call-overload]
    on_site = terms.warranty.on_site
    return {
        "on_site_asked": asked,
        "on_site_areas": list((words and words.on_site_areas) or on_site.areas) if on_site else [],
        "on_site_otherwise": ((words and words.on_site_otherwise) or on_site.otherwise) if on_site else "",
    }


def media_count(mail: InboundMail) -> int:
    """Pictures and videos the sender attached, in the mail itself or in a mail they forwarded: what a
    request for "a picture or video" or for photos of a damage is answered with."""
    parts = [*mail.attachments, *(a for fwd in mail.forwarded for a in fwd.attachments)]
    return sum(1 for a in parts if a.content_type.lower().startswith(("image/", "video/")))


def media_on_ticket(ticket: TicketView | None) -> int:
    """Pictures and videos counted so far from all the customer's mails on the ticket (kept in its data)."""
    value = ticket.data.get("images") if ticket is not None else None
    return value if isinstance(value, int) else 0


def picture_request(terms: Terms, language: str, media: int) -> str:
    """The policy's request for a picture or video of the fault, until one arrived ("" after, or never)."""
    if media:
        return ""
    words = terms.translations.get(language)  # type: ignore[call-overload]
    return (words and words.picture_request) or terms.picture_request


def to_customer(
    party: Party,
    template: str,
    context: dict[str, object],
    attachments: tuple[Attachment, ...] = (),
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> OutgoingMail:
    """A mail to the customer; the rep who forwarded the complaint reads along in Cc."""
    cc = tuple(a for a in dict.fromkeys((party.forwarded_by or "", *party.also)) if a and a != party.customer_email)
    return OutgoingMail(
        template=template,
        to=(party.customer_email,),
        cc=cc,
        context=context,
        language=party.language,
        attachments=attachments,
        in_reply_to=in_reply_to,
        references=references,
    )


def to_staff(
    address: str,
    template: str,
    context: dict[str, object],
    rules: Rules,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> OutgoingMail:
    member = rules.staff.member(address)
    return OutgoingMail(
        template=template,
        to=(address,),
        context=context,
        language=member.language if member else "en",
        in_reply_to=in_reply_to,
        references=references,
    )


def transition_change(
    tr: Transition,
    actor: str,
    party: Party,
    detail: dict[str, object] | None = None,
) -> Change:
    """The event and deadlines of one state transition (replies are added by the caller)."""
    owners = {"customer": party.customer_email, "rep": party.rep, "service": party.service}
    return Change(
        status=tr.to_state,
        events=(
            EventSpec(kind=tr.action, actor=actor, from_state=tr.from_state, to_state=tr.to_state, detail=detail or {}),
        ),
        start=tuple(DeadlineSpec(awaited=a, owner=owners[o]) for a, o in tr.start),
        done=tr.done,
    )


def findings_json(findings: Iterable[WarrantyFinding]) -> list[dict[str, object]]:
    return [f.as_json() for f in findings]


def warranty_words(terms: Terms, language: str = "en") -> dict[str, object]:
    """Whether the policy has a warranty period at all, the remedy it names (None: no remedy promised),
    and per family the policy's words for where the warranty starts (e.g. "dispatch from Shantou")."""
    words = terms.translations.get(language)  # type: ignore[call-overload]
    families = [f for f in terms.warranty.families if f.start_words]
    starts = {f.name: f.start_words for f in families}
    if words and words.start_words:
        starts = {**starts, **{k: v for k, v in words.start_words.items() if k in starts}}
    return {
        "warranty_period": bool(terms.warranty.families),
        "warranty_remedy": terms.warranty.remedy,
        # Told only when the finding counts from that date (not from a fallback date or a repair).
        "start_words": starts,
        "start_basis": {f.name: f.start for f in families},
    }


# What is promised once the goods are in, in the order it happens.
AFTER_RECEIPT = ("preliminary", "report", "return_to_customer", "to_manufacturer", "refund")


def promises(terms: Terms, language: str, steps: Iterable[str] = AFTER_RECEIPT) -> list[dict[str, object]]:
    """The promised ``steps`` for the templates: the step, its period and the policy's own words for it
    in ``language`` ("" where the templates' usual words serve). Steps the policy promises nothing for
    are left out, so no mail names a period the policy does not state."""
    chased = terms.deadlines.chased()
    return [
        {"step": step, "within": chased[step].as_context(), "label": terms.deadlines.label(step, language)}
        for step in steps
        if step in chased
    ]


def periods(terms: Terms, language: str = "en") -> dict[str, object]:
    """The periods the policy promises; None or empty where it promises none (the mails then name none)."""
    confirm = terms.deadlines.rep_confirmation
    return {
        "confirm_within": confirm.within.as_context() if confirm else None,
        "after_receipt": promises(terms, language),
    }


def report_next(terms: Terms, language: str) -> str:
    words = terms.translations.get(language)  # type: ignore[call-overload]
    return (words and words.report_next) or terms.report_next


def policy_context(
    terms: Terms,
    findings: Sequence[WarrantyFinding],
    language: str = "en",
    *,
    own_reason: bool = False,
    asked_on_site: bool = False,
    media: int = 0,
    claim: ClaimWindow | None = None,
) -> dict[str, object]:
    """Everything the customer must know with the RMA number: warranty, freight, return steps,
    in the customer's language where the policy gives its sentences in that language. ``media`` is
    the pictures and videos the customer sent so far: what arrived is never asked for again."""
    words = terms.translations.get(language)  # type: ignore[call-overload]
    ret = terms.return_instructions
    own = (words and words.return_instructions) or ret  # the policy's sentences in this language, if given
    address = own.address or ret.address
    notes = words.notes if words and words.notes is not None else terms.notes
    fr = terms.freight
    statuses = {f.status for f in findings}
    return {
        "findings": findings_json(findings),
        "warranty_summary": summary(findings),
        "any_in_warranty": "in" in statuses,
        "any_out_of_warranty": "out" in statuses,
        "any_unknown": "unknown" in statuses,
        **warranty_words(terms, language),
        "freight_in_warranty": fr.in_warranty.model_dump() if fr.in_warranty else None,
        "freight_out_of_warranty": fr.out_of_warranty.model_dump() if fr.out_of_warranty else None,
        "freight_urgent_paid_by": fr.urgent_paid_by,
        "freight_note": (words and words.freight_note) or fr.note,
        "advance_replacement": terms.warranty.advance_replacement and "in" in statuses,
        **on_site_words(terms, language, asked_on_site),
        "return_address": address.model_dump() if address else None,
        "address_follows": own.address_follows or ret.address_follows,
        "mark_box": own.mark_box or ret.mark_box,
        "include": list(own.include or ret.include),
        "form": own.form or ret.form,
        "form_sent": ret.form_sent,
        "form_url": ret.form_url,
        **periods(terms, language),
        "notes": list(notes),
        "requirements": requirements(terms, claim, media, language),
        "picture_request": picture_request(terms, language, media),
        "media_received": media,
        "own_reason_note": _own_reason_note(terms, words) if own_reason else "",
    }


def _own_reason_note(terms: Terms, words: Wording | None) -> str:
    own = terms.own_reason_returns
    return ((words and words.own_reason_note) or own.note) if own else ""

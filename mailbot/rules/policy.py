"""rules/policy.yml: the after-sales policy as typed data — warranty, charges, freight, claims, returns."""

from __future__ import annotations

import fnmatch
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mailbot.rules.periods import Period

Payer = Literal["customer", "company"]
Charge = Literal["parts", "parts_and_labour", "quote"]
# What the company does, free of charge, for a unit in warranty: only what the policy itself says.
Remedy = Literal["repair", "rework", "replacement"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Family(_Model):
    """Warranty terms for one product family, chosen by glob patterns on the product model."""

    name: str
    models: tuple[str, ...] = ("*",)  # fnmatch patterns, case-insensitive
    months: int = Field(default=0, ge=0)  # 0 unless the policy says: a period is a promise only it makes
    extra_days: int = Field(default=0, ge=0)  # for terms counted in days (accessories: one week)
    start: Literal["delivery", "ship", "invoice"] = "delivery"
    # The policy's words for that start, told with the finding (e.g. "dispatch from Shantou"); "" says none.
    start_words: str = ""
    # Without the start date (e.g. no invoice): count from the ex-factory (ship) date plus N months.
    fallback_plus_months: int | None = Field(default=None, ge=0)
    replacement_days: int = Field(default=0, ge=0)  # direct replacement window, then repair
    after_repair_months: int = Field(default=0, ge=0)  # serviced parts / after a paid repair
    # What that cover is for: the whole unit again, or only the part that was serviced (the rest of the
    # system keeps its own end date and is told so).
    after_repair_covers: Literal["unit", "serviced_part"] = "unit"
    covered: bool = True  # False: not covered at all (e.g. software, manuals)
    # After the cover ends: repaired at the policy's charges, or not repaired at all but bought new
    # (002: accessories are replaced in the first week, later "the user can purchase it separately").
    after_end: Literal["charges", "buy_new"] = "charges"

    def matches(self, model: str) -> bool:
        low = model.lower()
        return any(fnmatch.fnmatchcase(low, p.lower()) for p in self.models)


class ChargeTier(_Model):
    """What a repair costs N years after the warranty ended (1 = the first year after)."""

    from_year: int = Field(ge=1)
    to_year: int | None = Field(default=None, ge=1)
    charge: Charge

    def covers(self, year: int) -> bool:
        return year >= self.from_year and (self.to_year is None or year <= self.to_year)


class OnSite(_Model):
    """Where on-site service is given, and what holds elsewhere (the customer's on-site question is answered)."""

    areas: tuple[str, ...] = ()
    otherwise: str = ""
    # Words in the customer's own text that ask for on-site service.
    words: tuple[str, ...] = ("on-site", "on site", "onsite", "come to our site", "visit our site", "上门", "现场服务")


class Warranty(_Model):
    """Warranty terms. No families: the policy gives no warranty period (findings say nothing of one)."""

    families: tuple[Family, ...] = ()
    remedy: Remedy | None = None  # what is free in warranty; unset: the mails promise no remedy
    after_warranty: tuple[ChargeTier, ...] = ()  # unset: out of warranty, nothing said about charges
    advance_replacement: bool = False  # board/unit sent ahead for units under warranty
    on_site: OnSite | None = None

    def family_for(self, model: str) -> Family | None:
        """The first family whose pattern matches; the last family is the catch-all."""
        for fam in self.families:
            if fam.matches(model or ""):
                return fam
        return self.families[-1] if self.families else None

    def charge_for(self, years_after: int) -> Charge | None:
        for tier in self.after_warranty:
            if tier.covers(years_after):
                return tier.charge
        return None


class FreightLeg(_Model):
    to_factory: Payer
    to_customer: Payer


class Freight(_Model):
    """Who pays the freight each way; a leg the policy does not state is not mentioned to the customer."""

    in_warranty: FreightLeg | None = None
    out_of_warranty: FreightLeg | None = None
    urgent_paid_by: Payer | None = None
    note: str = ""


class DamageClaims(_Model):
    """Transport damage or a shipment not matching the order: report window and photos required.

    The window is counted in calendar days from the delivery (the customer signing for it); where the
    order import knows the delivery date, a claim made later is late, and who tells the customer so is
    the policy's choice: the rep (``late_told_by: rep``, the rep is told at once) or the automatic mail
    with the policy's own sentence (``late_told_by: mail`` with ``late_note``)."""

    categories: tuple[str, ...] = ("physical_damage", "wrong_or_missing_item")
    report_within_days: int | None = Field(default=None, ge=0)
    photos: tuple[str, ...] = ()
    require_photos: bool = True  # a claim without any image attached is asked for the photos first
    late_told_by: Literal["rep", "mail"] = "rep"
    late_note: str = ""  # what the customer is told of a late claim, when the mail tells it

    @model_validator(mode="after")
    def _late_note_given(self) -> DamageClaims:
        if self.late_told_by == "mail" and self.report_within_days is not None and not self.late_note.strip():
            raise ValueError("late_told_by: mail needs late_note (the policy's sentence for a late claim)")
        return self


class ReturnAddress(_Model):
    """Where returns go: every part a courier needs, so a label can be written from it."""

    company: str = Field(min_length=1)
    street: str = Field(min_length=1)
    city: str = Field(min_length=1)
    postcode: str = Field(min_length=1)
    country: str = Field(min_length=1)
    contact: str = Field(min_length=1)  # the person (or desk) the parcel is for
    phone: str = Field(min_length=1)


class ReturnWording(_Model):
    """Return instructions as written in one language; what is left out is taken from the policy."""

    address: ReturnAddress | None = None
    address_follows: str = ""  # how the address reaches the customer when the policy gives it later
    mark_box: str = ""
    include: tuple[str, ...] = ()
    form: str = ""  # e.g. the PSS service application report


class ReturnInstructions(ReturnWording):
    """Every policy sends goods back somewhere: a complete address, or the policy's words for how it follows."""

    # Where the filled-in form goes: in the box with the goods, or back to us by reply first (when the
    # address or the go-ahead follows the form); and where the customer finds the form, if online.
    form_sent: Literal["in_box", "by_reply"] = "in_box"
    form_url: str = ""

    @model_validator(mode="after")
    def _address_given(self) -> ReturnInstructions:
        if self.address is None and not self.address_follows.strip():
            raise ValueError(
                "a return is promised but no address is given: set address (company, street, city, postcode, "
                "country, contact, phone) or address_follows (how the customer gets it)"
            )
        return self


class Quotation(_Model):
    """The out-of-warranty path: a quotation the customer accepts or refuses by reply."""

    # What happens to the unit when the customer refuses; unset: the mails make no statement.
    on_refusal: Literal["returned_at_customer_cost", "scrapped"] | None = None
    # Words that read as an answer in the customer's own text (refusal is checked first).
    accept: tuple[str, ...] = ("accept", "agree", "go ahead", "please proceed", "approved", "同意", "接受", "确认维修")
    refuse: tuple[str, ...] = (
        "refuse",
        "decline",
        "reject",
        "not accept",
        "do not repair",
        "don't repair",
        "too expensive",
        "拒绝",
        "不接受",
        "不同意",
        "不维修",
        "不修",
    )


class OwnReasonReturns(_Model):
    """Returns without a defect (wrong model ordered, change of mind): a return reason of its own, so the
    customer is never asked to describe a defect, and the freight follows the reason, not the warranty."""

    # Words in the customer's own text that mark such a return.
    words: tuple[str, ...] = (
        "wrong model",
        "ordered the wrong",
        "ordered by mistake",
        "change of mind",
        "changed my mind",
        "no longer need",
        "don't need it",
        "do not need it",
        "not needed anymore",
        "买错",
        "拍错",
        "不想要",
        "不需要了",
        "无理由退货",
    )
    note: str = Field(min_length=1)  # what the customer is told about such a return (freight, conditions)


class Promise(_Model):
    """One step the policy promises the customer within a period: the period told is the deadline chased.

    Written as the period alone ("12 hours", "2-3 working days") or as {within, label}: ``label`` is the
    policy's own words for the step where they differ from the usual ones (seed 003: "verify the fault
    with you" for the first look at the returned goods), per language, as a phrase after "we will"."""

    within: Period
    label: dict[Literal["en", "zh"], str] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _period_alone(cls, value: Any) -> Any:
        return {"within": value} if isinstance(value, str | int | float) else value


class Deadlines(_Model):
    """The periods the policy promises, each counted where the workflow starts awaiting the step. A step
    the policy leaves out is promised to nobody: the mails name no period, and (for the analysis steps)
    nobody is chased for it unless rules/reminders.yml gives it a follow-up time of its own."""

    rep_confirmation: Promise | None = None  # from the complete request to the rep's confirmation
    preliminary: Promise | None = None  # from the receipt of the goods to the first finding
    report: Promise | None = None  # from the receipt (a preliminary on the way does not restart it)
    return_to_customer: Promise | None = None  # from the receipt until the goods go back (#resolve)
    # Products sold as an agent: from the receipt until they are sent on to the manufacturer's warranty
    # center (#forwarded); seed 003: "the agent products will be sent ... within 12 hours".
    to_manufacturer: Promise | None = None
    # From the receipt of the return until the refund is paid back to the original payment method
    # (#resolve: refunded or exchanged); seed 004: "within 3-10 working days after receiving the return".
    refund: Promise | None = None

    def chased(self) -> dict[str, Period]:
        """Awaited step -> the period promised for it."""
        return {name: p.within for name, p in self if isinstance(p, Promise)}

    def label(self, step: str, language: str) -> str:
        promise = getattr(self, step, None)
        words = promise.label.items() if isinstance(promise, Promise) else ()
        return next((text for lang, text in words if lang == language), "")


# Settings of earlier policy files, now one setting each under ``deadlines``.
_MOVED = {
    "rep_confirm_working_days": "rep_confirmation",
    "preliminary_working_days": "preliminary",
    "report_working_days": "report",
    "refund_working_days": "refund",
}


def _example(old: Any) -> str:
    """The old setting's value as the new one is written: [3, 10] -> "3-10 working days"."""
    if isinstance(old, list | tuple) and len(old) == 2:
        return f"{old[0]}-{old[1]} working days"
    if isinstance(old, int | float) and not isinstance(old, bool):
        return f"{old:g} working days"
    return "3 working days"


class Wording(_Model):
    """The policy's own sentences in another language; what is left out stays as written in Terms."""

    return_instructions: ReturnWording | None = None
    notes: tuple[str, ...] | None = None
    freight_note: str | None = None
    on_site_otherwise: str | None = None
    on_site_areas: tuple[str, ...] | None = None
    report_next: str | None = None
    own_reason_note: str | None = None
    picture_request: str | None = None
    late_claim_note: str | None = None
    start_words: dict[str, str] | None = None  # family name -> the policy's words for its warranty start


class Terms(_Model):
    """rules/policy.yml: how this company runs its RMA procedure."""

    name: str = "default"
    rma_issue: Literal["rep_confirms", "auto_if_in_warranty", "auto"] = "rep_confirms"
    required_fields: tuple[Literal["order_number", "serial_number", "defect_description"], ...] = (
        "order_number",
        "serial_number",
        "defect_description",
    )
    same_domain_participates: bool = True  # colleagues at the customer's own domain may follow up
    # At most one automatic mail per recipient per ticket in this many hours, unless the ticket moved on
    # (an auto-responder without RFC 3834 headers must not get an answer to every answer). 0: no limit.
    auto_reply_hours: float = Field(default=1.0, ge=0)
    public_domains: tuple[str, ...] = (
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.com",
        "qq.com",
        "163.com",
        "126.com",
        "sina.com",
        "foxmail.com",
        "icloud.com",
        "aliyun.com",
        "live.com",
        "yeah.net",
    )
    # Periods promised to the customer and chased by the reminders; unset: no period is named or chased.
    deadlines: Deadlines = Deadlines()
    warranty: Warranty = Warranty()
    freight: Freight = Freight()
    damage_claims: DamageClaims | None = None
    # Validated even when left out: a policy without any return address does not load.
    return_instructions: ReturnInstructions = Field(default_factory=dict, validate_default=True)
    notes: tuple[str, ...] = ()  # further lines of policy stated to the customer with the RMA
    report_next: str = ""  # what follows the RMA report, in the policy's words (told with the report)
    quotation: Quotation = Quotation()
    own_reason_returns: OwnReasonReturns | None = None  # unset: every return is treated as a defect
    # The policy's own request for pictures or video of the fault, made in the first reply and repeated
    # (with the RMA) only while none arrived; unset: pictures are asked only for damage claims.
    picture_request: str = ""
    translations: dict[Literal["en", "zh"], Wording] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _moved_settings(cls, value: Any) -> Any:
        """An earlier file's period settings stop start-up with the setting that replaces them."""
        if isinstance(value, dict):
            for old, step in _MOVED.items():
                if old in value:
                    raise ValueError(
                        f"{old} is now deadlines.{step}, one setting with its unit (hours, working days or "
                        f"calendar days), e.g. deadlines: {{{step}: {_example(value[old])}}}"
                    )
        return value

    @field_validator("public_domains")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.lower() for v in value)

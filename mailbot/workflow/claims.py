"""Damage and mismatch claims: the window the policy sets, checked against the delivery date when known.

A policy such as "contact our sales representative within 7 days after signing" is a promise both ways:
the customer is told the window (and, when the order import knows the delivery date, the last day of
it), and a claim made after it is told so — by the rep or by the policy's own sentence, as the profile
names — instead of being handled as if it were in time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from mailbot.rules.policy import Terms
from mailbot.workflow.warranty import WarrantyFinding


@dataclass(frozen=True)
class ClaimWindow:
    """One claim's window: the days the policy gives, the delivery and last day when known, and the verdict."""

    days: int | None
    delivered: date | None
    last_day: date | None
    reported: date

    @property
    def late(self) -> bool:
        return self.last_day is not None and self.reported > self.last_day

    @property
    def days_after(self) -> int | None:
        """Calendar days from the delivery to the claim (for the rep's notice)."""
        return (self.reported - self.delivered).days if self.delivered else None


def window(
    terms: Terms, category: str | None, findings: Sequence[WarrantyFinding], reported: date
) -> ClaimWindow | None:
    """The window of a damage or mismatch claim made on ``reported``; None when this is no such claim.

    Several units delivered on different days count from the latest delivery (the customer's claim on
    the most recent parcel is in time as long as that one is)."""
    claims = terms.damage_claims
    if claims is None or category not in claims.categories:
        return None
    delivered = max((f.delivered for f in findings if f.delivered), default=None)
    days = claims.report_within_days
    last = delivered + timedelta(days=days) if delivered is not None and days is not None else None
    return ClaimWindow(days=days, delivered=delivered, last_day=last, reported=reported)


def late_note(terms: Terms, language: str) -> str:
    """The policy's sentence for a late claim in the customer's language ("" when the rep tells it)."""
    claims = terms.damage_claims
    if claims is None or claims.late_told_by != "mail":
        return ""
    words = terms.translations.get(language)  # type: ignore[call-overload]
    return (words and words.late_claim_note) or claims.late_note


def requirements(terms: Terms, claim: ClaimWindow | None, media: int, language: str = "en") -> dict[str, object]:
    """What the customer mails say of a damage claim: the photos still needed (none once any picture or
    video arrived on the ticket), the window in the policy's days with its last day when the delivery
    date is known, and for a late claim either the policy's sentence or nothing (the rep tells)."""
    claims = terms.damage_claims
    if claim is None or claims is None:
        return {
            "damage_claim": False,
            "photos": [],
            "photos_needed": False,
            "report_within_days": None,
            "delivered": None,
            "claim_by": None,
            "late": False,
            "late_note": "",
        }
    return {
        "damage_claim": True,
        "photos": list(claims.photos),
        "photos_needed": bool(claims.require_photos and claims.photos and not media),
        # A late claim is not told a window it already missed: the policy's sentence or the rep says what holds.
        "report_within_days": None if claim.late else claim.days,
        "delivered": claim.delivered.isoformat() if claim.delivered and not claim.late else None,
        "claim_by": claim.last_day.isoformat() if claim.last_day and not claim.late else None,
        "late": claim.late,
        "late_note": late_note(terms, language) if claim.late else "",
    }


def late_detail(claim: ClaimWindow) -> dict[str, object]:
    """What the ticket keeps (and the rep is told) of a late claim."""
    return {
        "delivered": claim.delivered.isoformat() if claim.delivered else None,
        "last_day": claim.last_day.isoformat() if claim.last_day else None,
        "reported": claim.reported.isoformat(),
        "days": claim.days,
        "days_after": claim.days_after,
    }

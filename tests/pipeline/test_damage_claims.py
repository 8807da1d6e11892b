"""A damage claim needs photos (policy damage_claims): asked for when none came, accepted when they do."""

from __future__ import annotations

from datetime import date

from mailbot.store.models import OrderLine
from tests.pipeline.helpers import (
    body_of,
    customer_mail,
    drop,
    run_once,
    sent_mails,
    tickets,
)

CUSTOMER = "kim@netz.example.com"
CLAIM = (
    "The parcel for order SO-2026-0815 arrived crushed: the QSFP28-100G-SR4 module has a broken\n"
    "connector and the housing is cracked.\nS/N: QS2209B0117\n\nKim\n"
)
PHOTO = ("box.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"0" * 400)


def test_claim_without_photos_is_asked_for_them_then_goes_on(make_ctx, clock):
    ctx = make_ctx()
    drop(ctx, customer_mail(CUSTOMER, "Damaged in transport", CLAIM))
    run_once(ctx)
    [ticket] = tickets(ctx)
    assert ticket.defect_category == "physical_damage"
    assert ticket.status == "waiting_info" and ticket.missing_fields == ["photos"]
    [ask] = [m for m in sent_mails(ctx) if m["To"] == CUSTOMER]
    assert "photos of the package, box, product" in body_of(ask)
    assert "to be reported within 7 days of receipt" in body_of(ask)  # the policy's claim window, stated

    clock.advance(hours=1)
    drop(
        ctx,
        customer_mail(
            CUSTOMER,
            f"Re: {ask['Subject']}",
            "Photos attached.\n\nKim",
            in_reply_to=ask["Message-ID"],
            attachments=(PHOTO,),
        ),
    )
    run_once(ctx)
    [ticket] = tickets(ctx)
    assert ticket.missing_fields == [] and ticket.status == "waiting_rep"


def test_claim_with_photos_needs_nothing_more(make_ctx):
    ctx = make_ctx()
    drop(ctx, customer_mail(CUSTOMER, "Damaged in transport", CLAIM, attachments=(PHOTO,)))
    run_once(ctx)
    [ticket] = tickets(ctx)
    assert ticket.missing_fields == [] and ticket.status == "waiting_rep"


ORDER_ONLY = (
    "The parcel for order SO-2026-0815 arrived crushed: the QSFP28-100G-SR4 module has a broken\n"
    "connector and the housing is cracked.\n\nKim\n"
)


def test_claim_naming_only_the_order_is_checked_against_its_delivery_date(make_ctx):
    """No serial on a crushed box: the order number alone finds the delivery date and the window's last day."""
    ctx = make_ctx()
    with ctx.sessions() as s:
        s.add(
            OrderLine(
                order_number="SO-2026-0815",
                customer="Netz GmbH",
                customer_email=CUSTOMER,
                product_model="QSFP28-100G-SR4",
                serial="QS2209B0117",
                ship_date=date(2026, 11, 9),
                data={"delivery_date": "2026-11-12"},
            )
        )
        s.commit()
    drop(ctx, customer_mail(CUSTOMER, "Damaged in transport", ORDER_ONLY))
    run_once(ctx)
    [ticket] = tickets(ctx)
    assert ticket.defect_category == "physical_damage" and ticket.serial_numbers == []
    [ask] = [m for m in sent_mails(ctx) if m["To"] == CUSTOMER]
    assert "delivered on 2026-11-12, so by 2026-11-19" in body_of(ask)

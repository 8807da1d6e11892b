"""Parcel numbers after the carriers of Spain and Portugal and after "número de envío", and parcel numbers
printed in groups, kept as written the way the customer will quote them back."""

from __future__ import annotations

import pytest

TAIL = "\nPlease send the replacement."


@pytest.mark.parametrize(
    "text, number",
    [
        ("Lo enviamos por SEUR, número de envío 0087054321987.", "0087054321987"),
        ("Enviado con MRW 02807654321098 esta mañana.", "02807654321098"),
        ("Devuelto por Correos Express: 3230012345678901", "3230012345678901"),
        ("Enviei pelos CTT, código de rastreio RR987654321PT", "RR987654321PT"),
        ("nº de envío: 7710023345566", "7710023345566"),
    ],
)
def test_after_an_iberian_carrier_or_a_shipments_number(ids, text, number):
    assert list(ids(text).tracking_numbers) == [number]


@pytest.mark.parametrize(
    "text, number",
    [
        ("FedEx tracking 6120 4431 0987 just arrived.", "6120 4431 0987"),
        ("Tracking number: 0150 9876 5432 10", "0150 9876 5432 10"),
    ],
)
def test_a_parcel_number_in_groups_is_kept_as_written(ids, text, number):
    assert list(ids(text).tracking_numbers) == [number]

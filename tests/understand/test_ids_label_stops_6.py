"""A field's label, then the document it was read from, then the number: the number is still the field's
("Auftragsnummer laut Rechnung SO-119802"); a number that belongs to the document stays none of ours."""

from __future__ import annotations

import pytest

TAIL = "\nThe unit does not power on any more."


@pytest.mark.parametrize(
    "text, order",
    [
        ("Auftragsnummer laut Rechnung SO-119802, gekauft beim Händler", "SO-119802"),
        ("Our order number as per invoice 88213-A is on the box", "88213-A"),
        ("n° de commande selon facture CM-2024-0091", "CM-2024-0091"),
        ("número de pedido según factura PV-24-0931", "PV-24-0931"),
        ("Bestellnummer gemäß Lieferschein 4500012345", "4500012345"),
    ],
)
def test_an_order_read_off_another_document_is_the_order(ids, text, order):
    found = ids(text)
    assert list(found.order_numbers) == [order]
    assert order not in found.not_ours


@pytest.mark.parametrize(
    "text, invoice",
    [
        ("the PO on invoice 99812 is wrong", "99812"),
        ("Rechnung 2024-0091 zur Bestellung 4500012345", "2024-0091"),
        ("PO 88213, invoice 99812", "99812"),
    ],
)
def test_the_documents_own_number_stays_none_of_ours(ids, text, invoice):
    found = ids(text)
    assert invoice not in found.order_numbers
    assert invoice in found.not_ours


@pytest.mark.parametrize(
    "text, order",
    [
        ("Bestellnummer: BE 2024 0071", "BE 2024 0071"),
        ("our order no. KT 4410 2291 was short", "KT 4410 2291"),
        ("订单号：HX 2405 0012", "HX 2405 0012"),
    ],
)
def test_letters_and_digit_groups_after_an_orders_label_are_the_order_as_written(ids, text, order):
    found = ids(text)
    assert list(found.order_numbers) == [order]
    assert found.serial_numbers == ()


@pytest.mark.parametrize(
    "text, order",
    [
        ("pedido n.º 0931/24", "0931/24"),
        ("Pedido N.º 0931/24, obrigado", "0931/24"),
        ("a encomenda n.º 4471-22 chegou", "4471-22"),
    ],
)
def test_an_orders_label_then_n_with_its_ordinal_sign(ids, text, order):
    assert list(ids(text).order_numbers) == [order]


@pytest.mark.parametrize(
    "text, order",
    [
        ("Order: 2024.0931", "2024.0931"),
        ("Auftrag 2024.00931 ist unvollständig", "2024.00931"),
        ("numero d'ordine 2023.1187", "2023.1187"),
    ],
)
def test_a_year_and_a_number_joined_by_a_dot_is_no_decimal(ids, text, order):
    assert list(ids(text).order_numbers) == [order]


@pytest.mark.parametrize("text", ["order 1550.12 nm", "PO 12.5", "serial 3.14159", "order no 12345.678"])
def test_decimals_are_still_no_identifier(ids, text):
    found = ids(text)
    assert found.order_numbers == () and found.serial_numbers == ()

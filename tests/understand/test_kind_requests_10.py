"""A person telling that units of an order arrived without a part asks for it: a request, in any language."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Olá, os três TX-40 do pedido PV-45190 chegaram sem tampa de bateria.",
        "Hola, los TX-40 del pedido PO-2026-0111 llegaron sin cargador.",
        "Hallo, die TX-40 aus Bestellung 4500123456 kamen ohne Netzteil.",
        "Dzień dobry, mierniki TX-40 z zamówienia ZAM-2026-0118 dotarły bez zasilaczy.",
        "Hello, the TX-40 units of order SO-26-0412 arrived without their battery covers.",
    ],
)
def test_units_that_arrived_without_a_part_are_a_request(read, body):
    found = read(f"{body}\n\nRenata", "TX-40")
    assert (found.kind, found.should_auto_reply) == ("new_request", True)

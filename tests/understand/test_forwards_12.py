"""A colleague's forward written by a mail client in a language whose forward line and From key the rules
missed (Indonesian "Pesan terusan" / "Dari:", Turkish "İletilen ileti" / "Gönderen:", Romanian, Greek,
Vietnamese): the customer is the forwarded mail's author, not the colleague nor nobody."""

from __future__ import annotations

import pytest

COLLEAGUE = "Eko Prasetyo <eko@optizon-example.com>"
FAULT = "Our meter SN KX2207D0415 does not power on after it fell.\nOrder PO-55120\n\nBudi"


@pytest.mark.parametrize(
    ("marker", "from_key", "subject_key", "to_key"),
    [
        ("---------- Pesan terusan ---------", "Dari", "Subject", "To"),
        ("---------- İletilen ileti ----------", "Gönderen", "Konu", "Kime"),
        ("---------- Mesaj redirecționat ---------", "De la", "Subject", "To"),
        ("---------- Προωθημένο μήνυμα ---------", "Από", "Subject", "To"),
        ("---------- Aangestuurde boodskap ---------", "Van", "Onderwerp", "Aan"),
    ],
)
def test_a_forward_in_more_client_languages_names_the_customer(read, marker, from_key, subject_key, to_key):
    # the forwarded header block names the colleague too (its To line): only its From line names the customer
    body = (
        f"Please help this customer.\n\nEko\n\n{marker}\n{from_key}: Budi Santoso <budi@client.example>\n"
        f"{subject_key}: Meter\n{to_key}: eko@optizon-example.com\n\n{FAULT}"
    )
    found = read(body, "Fwd: Meter", sender=COLLEAGUE)
    assert (found.kind, found.customer_email, found.forwarded_by) == (
        "forwarded",
        "budi@client.example",
        "eko@optizon-example.com",
    )

"""Understanding a mail: identifiers, defect, kind."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Collection

from mailbot.types import Extraction, InboundMail

_ORDER = re.compile(r"\b(?:PO|order|SO)\s*(?:no\.?|number|#)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})", re.I)
_SERIAL = re.compile(r"\b(?:S/?N|serial(?: number)?)\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{4,})", re.I)
_RMA = re.compile(r"\bRMA-\d{4}-\d{5}\b", re.I)


class Understander:
    def __init__(self, staff_domains: Collection[str]) -> None:
        self.staff_domains = {d.lower() for d in staff_domains}

    def understand(self, mail: InboundMail) -> Extraction:
        text = f"{mail.subject}\n{mail.text}"
        rma = _RMA.search(text)
        orders = tuple(dict.fromkeys(_ORDER.findall(text)))
        serials = tuple(dict.fromkeys(_SERIAL.findall(text)))
        missing = tuple(n for n, v in (("order_number", orders), ("serial_number", serials)) if not v)
        return Extraction(kind="follow_up" if rma else "new_request", should_auto_reply=True,
                          customer_email=mail.sender.email if mail.sender else None, forwarded_by=None,
                          order_numbers=orders, serial_numbers=serials,
                          rma_reference=rma.group(0).upper() if rma else None,
                          defect_summary=mail.text[:200], missing_fields=() if rma else missing)


def load_understander(rules_dir: Path, staff_domains: Collection[str],
                      own_addresses: Collection[str]) -> Understander:
    return Understander(staff_domains)

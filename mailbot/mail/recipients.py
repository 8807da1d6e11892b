"""Whether a string is an address a mail can be sent to (an addr-spec, nothing around it)."""

from __future__ import annotations

from email.errors import NonASCIILocalPartDefect
from email.headerregistry import Address
from functools import lru_cache


@lru_cache(maxsize=4096)  # the same few addresses are checked for every reply; the parser is slow
def deliverable(address: str) -> bool:
    """True for ``kim@netz.example.com``; False for ``big bug bb@bug.com``, ``foo`` or ``a@@b``.

    The standard library's addr-spec parser decides; a non-ASCII local part is accepted (SMTPUTF8).
    """
    if not address or any(c.isspace() for c in address) or address.count("@") != 1:
        return False
    local, _, domain = address.rpartition("@")
    if not local or "." not in domain.strip("[]") or domain.startswith(".") or domain.endswith("."):
        return False
    try:
        Address(addr_spec=address)
    except NonASCIILocalPartDefect:
        return True
    except Exception:
        return False
    return True

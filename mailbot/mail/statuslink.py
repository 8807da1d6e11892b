"""Signed status links for customers: ``/status/<token>`` names one RMA and proves we issued the link.

Token: base32 of the RMA number, a dot, and an HMAC-SHA256 over "status:" and the number
(160 bits, base32): unguessable without the site's secret, and one ticket's token says
nothing about another's. Expiry is not in the token: the page checks the ticket's closing date.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

_MAC_BYTES = 20


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=").lower()


def _mac(key: bytes, rma: str) -> str:
    return _b32(hmac.new(key, f"status:{rma}".encode(), hashlib.sha256).digest()[:_MAC_BYTES])


def make_token(key: bytes, rma: str) -> str:
    return f"{_b32(rma.encode())}.{_mac(key, rma)}"


def verify(key: bytes, token: str) -> str | None:
    """The RMA number a genuine token names, or None for anything forged or malformed."""
    payload, _, mac = token.partition(".")
    if not payload or not mac or len(token) > 200:
        return None
    try:
        rma = base64.b32decode(payload.upper() + "=" * (-len(payload) % 8)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return rma if hmac.compare_digest(mac, _mac(key, rma)) else None


def status_url(base_url: str, key: bytes, rma: str) -> str:
    return f"{base_url.rstrip('/')}/status/{make_token(key, rma)}" if base_url else ""

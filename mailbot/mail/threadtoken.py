"""Signed Message-IDs: an outgoing mail's id binds its ticket and recipient, so replies prove their thread.

Form: ``mb.<payload>.<nonce>.<mac>@<domain>`` where payload is base32 of "rma NUL recipient"
and mac an HMAC-SHA256 (truncated to 128 bits) over payload and nonce. Base32 in lower case
survives systems that fold the case of Message-IDs; every character is valid in a dot-atom.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re

_PREFIX = "mb"
_MAC_BYTES = 16
_SAFE_NONCE = re.compile(r"^[a-z0-9]{1,64}$")


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=").lower()


def _unb32(text: str) -> bytes:
    padded = text.upper() + "=" * (-len(text) % 8)
    return base64.b32decode(padded)


def _mac(key: bytes, payload: str, nonce: str) -> str:
    digest = hmac.new(key, f"{_PREFIX}.{payload}.{nonce}".encode(), hashlib.sha256).digest()
    return _b32(digest[:_MAC_BYTES])


def make_message_id(key: bytes, rma: str, recipient: str, nonce: str, domain: str) -> str:
    """The Message-ID (without angle brackets) for a mail about ``rma`` sent to ``recipient``.

    ``nonce`` makes each mail's id unique (e.g. the outbox row number or random hex).
    """
    nonce = nonce.lower()
    if not _SAFE_NONCE.match(nonce):
        raise ValueError("nonce must be 1-64 letters or digits")
    if not rma or "\0" in rma:
        raise ValueError("rma must be a non-empty string")
    payload = _b32(f"{rma}\0{recipient.strip().lower()}".encode())
    return f"{_PREFIX}.{payload}.{nonce}.{_mac(key, payload, nonce)}@{domain}"


def verify(key: bytes, message_id: str) -> tuple[str, str] | None:
    """(rma, recipient) when ``message_id`` is one we signed with ``key``; None otherwise."""
    local = (message_id or "").strip().strip("<>").rsplit("@", 1)[0].lower()
    parts = local.split(".")
    if len(parts) != 4 or parts[0] != _PREFIX:
        return None
    _, payload, nonce, mac = parts
    if not hmac.compare_digest(mac, _mac(key, payload, nonce)):
        return None
    try:
        rma, recipient = _unb32(payload).decode().split("\0", 1)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return rma, recipient

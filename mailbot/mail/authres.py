"""Authentication-Results (RFC 8601): did our own receiving server see DKIM or SPF pass for a domain?

Only headers whose authserv-id is one we configured count: anyone can write an
Authentication-Results header, but our MTA strips (or renames) incoming ones carrying its own id,
as RFC 8601 section 5 requires of it, so a header with that id was written by our server.
The grammar needed here is small (methods, results, ptype.property=value), so it is parsed here
rather than through a dependency that has not seen a release for years.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^([A-Za-z0-9_.-]+)(?:/\d+)?\s*=\s*([A-Za-z0-9_-]+)")
_PROP = re.compile(r'([A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+)\s*=\s*("[^"]*"|[^\s;]+)')


@dataclass(frozen=True)
class Result:
    method: str  # dkim, spf, dmarc, ...
    result: str  # pass, fail, none, ...
    props: dict[str, str] = field(default_factory=dict)  # header.d -> example.com


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str
    results: tuple[Result, ...]


def _strip_comments(value: str) -> str:
    previous = None
    while previous != value:  # nested comments: peel from the inside out
        previous, value = value, _COMMENT.sub(" ", value)
    return value


def parse(value: str) -> AuthResults | None:
    """One header value → its authserv-id and results; None when it is not readable."""
    parts = [p.strip() for p in _strip_comments(value).replace("\r\n", " ").split(";")]
    if not parts or not parts[0]:
        return None
    authserv_id = parts[0].split()[0].lower()
    results = []
    for part in parts[1:]:
        match = _RESULT.match(part)
        if not match:
            continue
        props = {k.lower(): v.strip('"') for k, v in _PROP.findall(part[match.end() :])}
        results.append(Result(match.group(1).lower(), match.group(2).lower(), props))
    return AuthResults(authserv_id, tuple(results))


def _domain_of(value: str) -> str:
    return value.rsplit("@", 1)[-1].strip().strip(">").lower()


def _aligned(claimed: str, domain: str) -> bool:
    """The authenticated domain is the sender's domain or a parent of it (relaxed alignment)."""
    return bool(claimed) and (domain == claimed or domain.endswith("." + claimed))


def _passes(result: Result, domain: str) -> bool:
    if result.result != "pass":
        return False
    if result.method == "dkim":
        claimed = result.props.get("header.d") or _domain_of(result.props.get("header.i", ""))
        return _aligned(claimed.lower(), domain)
    if result.method == "spf":
        claimed = result.props.get("smtp.mailfrom") or result.props.get("smtp.helo", "")
        return _aligned(_domain_of(claimed), domain)
    return False


def authenticated(headers: Iterable[str], sender: str, authserv_ids: Iterable[str]) -> bool:
    """True when a header from one of ``authserv_ids`` shows DKIM or SPF pass for sender's domain."""
    if "@" not in (sender or ""):
        return False
    domain = _domain_of(sender)
    trusted = {a.lower() for a in authserv_ids}
    for value in headers:
        parsed = parse(value)
        if parsed and parsed.authserv_id in trusted and any(_passes(r, domain) for r in parsed.results):
            return True
    return False

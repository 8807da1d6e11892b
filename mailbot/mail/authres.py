"""Authentication-Results (RFC 8601): did our own receiving server see DKIM or SPF pass for a domain?

Only headers whose authserv-id is one we configured count, and of those only the topmost ones
(RFC 8601 section 5): our server prepends its verdict above the Received line it adds, so a header
with our id further down, below a Received line, came with the mail from outside. Our MTA must
strip such headers anyway; when one is still there it is ignored and a warning says so.
The grammar needed here is small (methods, results, ptype.property=value), so it is parsed here
rather than through a dependency that has not seen a release for years.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class Verdict:
    """What our own server said about a mail's sender."""

    authenticated: bool
    ours: tuple[AuthResults, ...]  # the topmost headers with our authserv-id: the ones that count
    ignored: int  # headers with our id further down (forged, or not stripped by the MTA)


Header = str | tuple[str, str]


def ours(headers: Iterable[Header], authserv_ids: Iterable[str]) -> tuple[tuple[AuthResults, ...], int]:
    """The topmost Authentication-Results with one of our ids, and how many more with our id lie below.

    ``headers`` are the mail's (name, value) pairs in order, top first; a bare string is an
    Authentication-Results value. Our headers end at the first Received line after them.
    """
    trusted = {a.lower() for a in authserv_ids}
    counted: list[AuthResults] = []
    closed = False  # a Received line below our headers: anything further down came from outside
    ignored = 0
    for header in headers:
        name, value = header if isinstance(header, tuple) else ("authentication-results", header)
        name = name.lower()
        if name == "received":
            closed = bool(counted)
            continue
        if name != "authentication-results":
            continue
        parsed = parse(value)
        if parsed is None or parsed.authserv_id not in trusted:
            continue
        if closed:
            ignored += 1
        else:
            counted.append(parsed)
    return tuple(counted), ignored


def check(headers: Iterable[Header], sender: str, authserv_ids: Iterable[str], message_id: str = "") -> Verdict:
    """Did our own server see DKIM or SPF pass for the sender's domain? Headers further down are ignored."""
    found, ignored = ours(headers, authserv_ids)
    if ignored:
        log.warning(
            "mail %s carries %d Authentication-Results header(s) with our authserv-id below our own; ignored. "
            "The receiving MTA must remove incoming headers with its id (RFC 8601 section 5)",
            message_id or "?",
            ignored,
        )
    if "@" not in (sender or ""):
        return Verdict(False, found, ignored)
    domain = _domain_of(sender)
    ok = any(_passes(r, domain) for parsed in found for r in parsed.results)
    return Verdict(ok, found, ignored)


def authenticated(headers: Iterable[Header], sender: str, authserv_ids: Iterable[str]) -> bool:
    """True when our server's topmost header(s) show DKIM or SPF pass for the sender's domain."""
    return check(headers, sender, authserv_ids).authenticated


def explain(verdict: Verdict, sender: str, authserv_ids: Iterable[str]) -> str:
    """Why a mail was not taken as authenticated, in words a colleague can act on."""
    servers = ", ".join(authserv_ids) or "(none configured)"
    domain = _domain_of(sender) if "@" in (sender or "") else "?"
    if verdict.authenticated:
        return f"our receiving server ({servers}) confirmed {domain}"
    if not verdict.ours:
        return f"our receiving server ({servers}) added no Authentication-Results to this mail"
    seen = "; ".join(_said(r) for parsed in verdict.ours for r in parsed.results)
    return f"our receiving server ({servers}) saw no DKIM or SPF pass for {domain} ({seen or 'no results'})"


def _said(result: Result) -> str:
    about = result.props.get("header.d") or result.props.get("smtp.mailfrom")
    return f"{result.method}={result.result}" + (f" for {about}" if about else "")


@dataclass(frozen=True)
class InboxSurvey:
    """What the newest mails of an inbox say about the receiving MTA: each should carry exactly one
    Authentication-Results with our authserv-id, the one our server added."""

    looked_at: int
    without: int  # no header with our id: the MTA adds none (every staff command would be refused)
    several: int  # more than one with our id: incoming ones are not stripped (RFC 8601 section 5)


def survey(mails: Iterable[Iterable[Header]], authserv_ids: Iterable[str]) -> InboxSurvey:
    """Count, over some mails' headers, those with no Authentication-Results of ours and those with several."""
    ids = tuple(authserv_ids)
    looked_at = without = several = 0
    for headers in mails:
        found, ignored = ours(headers, ids)
        total = len(found) + ignored
        looked_at += 1
        without += total == 0
        several += total > 1
    return InboxSurvey(looked_at, without, several)


def survey_problems(source: str, found: InboxSurvey, authserv_ids: Iterable[str]) -> list[str]:
    """What an operator must fix in the receiving MTA, in words naming the inbox; empty when all is well."""
    servers = ", ".join(authserv_ids)
    problems = []
    if found.without:
        problems.append(
            f"inbox {source}: {found.without} of the {found.looked_at} newest mails carry no "
            f"Authentication-Results from {servers}: the receiving MTA does not add them (or writes another "
            "authserv-id), so no staff command or forward can be taken as authenticated"
        )
    if found.several:
        problems.append(
            f"inbox {source}: {found.several} of the {found.looked_at} newest mails carry more than one "
            f"Authentication-Results with {servers}: the receiving MTA must remove incoming headers with its "
            "authserv-id (RFC 8601 section 5); only the topmost are trusted"
        )
    return problems

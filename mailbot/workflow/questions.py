"""Does the customer's own new text ask something? Then it reaches a person, whatever else the mail does.

Only what the customer wrote now counts: quoted history, the signature (from the sign-off on) and
addresses are cut first, so a URL's query string, "??" in a signature or a quoted question of ours
is not a question. What remains asks when a sentence ends in "?" or "？", or is worded as a question:
English ("please advise", "could you let me know when", a sentence opening with "when"/"can"/... and
not closed as a statement) and Chinese (请问, a clause ending in 吗, 是否/能否/可否 opening a clause
or after 请/麻烦, and the usual question words).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from mailbot.workflow.commands import own_text

# Sign-offs when rules/understand/kinds.yml is not loaded (a rule set built by hand).
DEFAULT_SIGN_OFFS: tuple[str, ...] = (
    "regards",
    "best regards",
    "kind regards",
    "best",
    "thanks",
    "thank you",
    "many thanks",
    "cheers",
    "sincerely",
    "此致",
    "此致敬礼",
    "谢谢",
    "祝好",
    "--",
)

_ADDRESS = re.compile(r"(?:https?://|ftp://|www\.)\S+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
# A "?" that closes words ("shipped?", "when?)", 'it?"'); not "??" alone or a "?" inside a token.
_MARK = re.compile(r"[\w\u4e00-\u9fff][)\"'”’]?[?？]")
_EN_POLITE = re.compile(
    r"\b(?:please\s+(?:kindly\s+)?(?:advise|confirm\s+(?:whether|if|when)|tell\s+(?:me|us)"
    r"|let\s+(?:me|us)\s+know\s+(?:when|whether|how|what|where|which|who|why|if\s+(?!you\s+need|you\s+have)))"
    r"|kindly\s+advise|(?:i|we)(?:'d|\s+would)\s+like\s+to\s+know|(?:i|we)\s+wonder(?:ed)?\s+(?:if|whether|when|how)"
    r"|is\s+it\s+possible\s+to|(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|let\s+(?:me|us)\s+know|confirm|advise))\b",
    re.I,
)
_EN_OPENER = re.compile(
    r"^(?:what|when|where|why|how|which|who|whom|whose"
    r"|(?:can|could|would|will|is|are|do|does|did|should|shall|may)\s+(?!not\b)"
    r"(?:you|we|i|it|they|he|she|this|that|there|the|my|our|your))\b",
    re.I,
)
_ZH_ASK = re.compile(
    r"请问|吗(?=[\s，。！？,.!?~～…]|$)|(?:^|[\s，。！？,.!?；;：:]|请|请您|麻烦|麻烦您|想知道|想了解|确认|确认一下|告知|问一下)(?:是否|能否|可否)"
    r"|能不能|可不可以|有没有|什么时候|多久|怎么办|如何|为什么|为何",
    re.M,
)
# A sentence and what closes it: a statement ends in "." or "!", a question in "?" or with nothing.
_SENTENCE = re.compile(r"([^.!?。！？\n]+)([.!?。！？]|\n|$)")


@functools.lru_cache(maxsize=16)
def _sign_off_line(sign_offs: tuple[str, ...]) -> re.Pattern[str]:
    """A line that is only a sign-off: built once per list of sign-offs (the rules' list is long, and
    escaping and joining it was most of the cost of reading one mail's own words)."""
    offs = "|".join(re.escape(o.strip()) for o in sorted(sign_offs, key=len, reverse=True) if o.strip())
    return re.compile(rf"\s*(?:{offs or '(?!)'})\s*[,.!！，。]*\s*", re.I)


def own_words(text: str, sign_offs: Iterable[str] = DEFAULT_SIGN_OFFS) -> str:
    """The customer's new text: before the quoted mail, up to the sign-off, without addresses."""
    sign_off = _sign_off_line(tuple(sign_offs))
    kept: list[str] = []
    for line in own_text(text).split("\n"):
        if kept and any(k.strip() for k in kept) and sign_off.fullmatch(line):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return _ADDRESS.sub(" ", "\n".join(kept))


def asks(text: str, sign_offs: Iterable[str] = DEFAULT_SIGN_OFFS) -> bool:
    """Whether the customer's own new words ask something (see the module's docstring)."""
    words = own_words(text, sign_offs)
    if _MARK.search(words) or _EN_POLITE.search(words) or _ZH_ASK.search(words):
        return True
    return any(
        _EN_OPENER.match(sentence.strip()) and end != "." and end != "!" and len(sentence.split()) >= 3
        for sentence, end in _SENTENCE.findall(words)
    )

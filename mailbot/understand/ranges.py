"""Expand a written serial range ("2108A0001~2108A0005", "OZ5510 to 14") into every unit."""

from __future__ import annotations

import re

_TAIL = re.compile(r"^(.*?)(\d+)$")


def expand_range(first: str, last: str, limit: int) -> list[str]:
    """Every serial from ``first`` to ``last``; just the two ends when the range is odd or too long."""
    if last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last  # "OZ5510 to 14" → OZ5514
    a, b = _TAIL.match(first), _TAIL.match(last)
    if not a or not b or a.group(1) != b.group(1) or len(a.group(2)) != len(b.group(2)):
        return [first, last]
    low, high = int(a.group(2)), int(b.group(2))
    if high < low or high - low + 1 > limit:
        return [first, last]
    width = len(a.group(2))
    return [f"{a.group(1)}{n:0{width}d}" for n in range(low, high + 1)]

"""Published check digits of parcel numbers: a shape read with no label must also add up.

A named group in an identifiers.yml shape names the check its text must pass: ``(?P<s10>...)`` is a UPU
S10 postal item (RR123456785CH), ``(?P<gs1>...)`` a GS1 number such as the SSCC on a DHL parcel label.
"""

from __future__ import annotations

from collections.abc import Callable

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10(value: str) -> bool:
    """UPU S10: two letters, eight digits, a check digit, a country code (weights 8 6 4 2 3 5 9 7, mod 11)."""
    digits = value[2:11]
    if len(value) != 13 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:8], _S10_WEIGHTS, strict=True)) % 11
    return int(digits[8]) == {10: 0, 11: 5}.get(check, check)


def gs1(value: str) -> bool:
    """GS1 mod 10: from the right, the digits before the check digit weigh 3, 1, 3, 1..."""
    if len(value) < 2 or not value.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(value[:-1])))
    return (10 - total % 10) % 10 == int(value[-1])


CHECKS: dict[str, Callable[[str], bool]] = {"s10": s10, "gs1": gs1}


def passes(groups: dict[str, str | None]) -> bool:
    """Whether every check named by a matched group of a shape holds for that group's text."""
    return all(CHECKS[name](text) for name, text in groups.items() if name in CHECKS and text is not None)

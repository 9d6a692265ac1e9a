"""A number of grades asked for: 'three or more inadequate grades', 'more than two outstanding', 'at least 5
RIs', 'inadequate in 3+ areas'. Read from normalised text as the smallest count that qualifies, so a list
of bodies keeps those with that many grades or more. Pure: no store."""

from __future__ import annotations

import re

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "once": 1, "twice": 2,
}  # fmt: skip
_N = r"(\d{1,2}|" + "|".join(_NUMBERS) + r")"
# (pattern, how much to add to the number said): 'more than two' is three or more
_FORMS = (
    (re.compile(rf"\b{_N}\s*(?:or|and)\s+(?:more|above|over|higher)\b"), 0),
    (re.compile(rf"\b{_N}\s*\+(?!\w)"), 0),
    (re.compile(rf"\bat\s+least\s+{_N}\b"), 0),
    (re.compile(rf"\bno\s+(?:fewer|less)\s+than\s+{_N}\b"), 0),
    (re.compile(rf"\b(?:more|over|greater)\s+than\s+{_N}\b"), 1),
    (re.compile(rf"\bover\s+{_N}\b(?!\s*(?:years?|months?))"), 1),
    # a bare number before a grade ('which forces have three inadequate grades'): read as that many or more
    (
        re.compile(
            rf"\b(?:have|has|had|got|get|gets|with|received|given)\s+{_N}\s+"
            r"(?=(?:outstanding|good|adequate|requires|ri|inadequate)s?\b)"
        ),
        0,
    ),
)


# An upper bound ('fewer than two', 'at most one', 'no more than 3'): not applied, and said so (n = 0).
_AT_MOST = re.compile(
    rf"\b(?:(?:fewer|less)\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than|under|up\s+to|"
    rf"{_N}\s+or\s+(?:fewer|less|under|below))\s*{_N}?\b"
)


def at_least(norm: str) -> tuple[int, str]:
    """The smallest number of grades asked for ('three or more' -> 3, 'more than two' -> 3), and the words
    that said it; (1, '') when no number is asked for; (0, words) for an upper bound, which lists can't
    apply ('fewer than two')."""
    if (m := _AT_MOST.search(norm)) and (m.group(1) or m.group(2)):
        return 0, m.group(0)
    for pattern, add in _FORMS:
        if m := pattern.search(norm):
            said = m.group(1)
            n = int(said) if said.isdigit() else _NUMBERS[said]
            return n + add, m.group(0).strip()
    return 1, ""

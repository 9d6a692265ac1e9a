"""Where a grade's words end: at a clause break (a semicolon, "but", "while"), except in a list of areas whose
items semicolons separate ("required improvement in responding to the public; protecting vulnerable people;
and leadership and force management"), as a careful reader sees when every item names an area and none is a
clause of its own."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.reader.phrases import Found

_TURNS = (
    r"\b(?:while|but|whereas|however|although|though|meanwhile|yet|except|apart from|other than|excluding)\b"
)
_CLAUSE = re.compile(rf";|{_TURNS}|\band that\b")
_CLAUSE_IN_LIST = re.compile(_TURNS)  # in a list of areas, semicolons separate items, not clauses


def cut(low: str, start: int, end: int, forward: bool, listing: bool = False) -> tuple[int, int]:
    """A segment cut at clause boundaries (forward: the first one; backward: the last one)."""
    clauses = list((_CLAUSE_IN_LIST if listing else _CLAUSE).finditer(low, start, end))
    if not clauses:
        return start, end
    return (start, clauses[0].start()) if forward else (clauses[-1].end(), end)


def items_are_areas(low: str, start: int, end: int, found: list[Found[tuple[str, ...]]]) -> bool:
    """Whether what follows a grade is a list of areas its semicolons separate ("required improvement in A;
    B; and C"): every item, up to the sentence's end, names an area, so the semicolons are no clause breaks."""
    stop = low.find(".", start, end)
    segment_end = stop if stop >= 0 else end
    if ";" not in low[start:segment_end]:
        return False
    bounds = [start] + [i + 1 for i in range(start, segment_end) if low[i] == ";"] + [segment_end + 1]
    return all(_only_areas(low, a, b - 1, found) for a, b in pairwise(bounds))


def items_before_are_areas(low: str, start: int, end: int, found: list[Found[tuple[str, ...]]]) -> bool:
    """Whether what comes before a grade is a list of areas its semicolons separate ("A; B; C; and D – were all
    ranked as requires improvement"): every item, from the sentence's start (after an opening dash or colon)
    to the last area named, names an area, so the semicolons are no clause breaks."""
    begin = max(low.rfind(".", start, end), start)
    named = [f for f in found if begin <= f.start and f.end <= end]
    if not named or ";" not in low[begin : named[-1].end]:
        return False
    items = low[begin : named[-1].end].split(";")
    opening = max(items[0].rfind(c) for c in ("–", "—", ":", " - "))
    first = begin + opening + 1 if opening >= 0 else begin
    bounds = [first] + [i + 1 for i in range(first, named[-1].end) if low[i] == ";"] + [named[-1].end + 1]
    return all(_only_areas(low, a, b - 1, found) for a, b in pairwise(bounds))


# words of a clause, not of an area's name: "inspectors said that protecting vulnerable people was a strength"
_CLAUSE_WORDS = frozenset(
    "was were is are has have had be been being will would said says say found noted that which who "
    "inspectors inspectorate report hmicfrs we they he she".split()
)


def _only_areas(low: str, start: int, end: int, found: list[Found[tuple[str, ...]]]) -> bool:
    """Whether a list item names an area, as a name does ("preventing and deterring crime and anti-social
    behaviour, and reducing vulnerability"), not as a clause that mentions one ("inspectors said that
    protecting vulnerable people was a strength")."""
    inside = [f for f in found if start <= f.start and f.end <= end]
    if not inside:
        return False
    rest = list(low[start:end])
    for f in inside:
        rest[f.start - start : f.end - start] = " " * (f.end - f.start)
    return not any(word in _CLAUSE_WORDS for word in re.findall(r"[a-z]+", "".join(rest)))


# "…responding to the public, investigating crime and protecting vulnerable people, with these three areas rated
# as 'requires improvement'": a count that points back at the list before it
_THESE_N = re.compile(
    r"\b(?:these|those)\s+(two|three|four|five|six|[2-9])\s+(?:areas|categories)\b[^.;]{0,40}$"
)
_WORDS = ("two", "three", "four", "five", "six")


def counted_back(
    low: str, start: int, at: int, found: list[Found[tuple[str, ...]]], claimed: set[int]
) -> list[tuple[int, int]] | None:
    """For a grade counted as "these three areas" (at `at`), the span of the areas it points back at: [] when
    the text before names another number of areas, None when the count does not point back."""
    these = _THESE_N.search(low, max(start, at - 60), at)
    if these is None:
        return None
    said = these.group(1)
    n = int(said) if said.isdigit() else _WORDS.index(said) + 2
    named = {f.value for f in found if start <= f.start and f.end <= these.start() and f.start not in claimed}
    return [(start, these.start())] if len(named) == n else []

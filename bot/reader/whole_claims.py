"""What a text says of the whole report's grades, that rules some grades out for every area: 'rated as good or
adequate in all categories', 'the first time there have been no categories graded requires improvement'.
A grade the text states for one area that such a claim rules out is about another inspection (the last one,
told as background), so it is not proposed. Pure."""

from __future__ import annotations

import re

_Q = r"['\"“”‘’]?"
_GRADE = r"(outstanding|good|adequate|requires\s+improvement|inadequate)"
# 'rated as "good" or "adequate" in all categories', 'good or better in every area'
_ALL_AT = re.compile(
    rf"\b(?:rated|graded|judged|assessed)\s+(?:as\s+)?{_Q}{_GRADE}{_Q}\s+(?:or\s+{_Q}{_GRADE}{_Q}\s+)?"
    r"(?:or\s+better\s+)?in\s+(?:all|every|each)\s+(?:of\s+(?:its|the)\s+)?(?:\w+\s+)?(?:categories|areas|aspects)\b",
    re.I,
)
# 'no categories graded "requires improvement"', 'not a single area rated inadequate'
_NONE_AT = re.compile(
    rf"\b(?:no|not\s+a\s+single|none\s+of\s+the)\s+(?:categories|areas|category|area)\s+(?:were\s+|was\s+)?"
    rf"(?:graded|rated|judged)\s+(?:as\s+)?{_Q}{_GRADE}{_Q}",
    re.I,
)
_SCALE = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")


def _grade(word: str) -> str:
    return next(g for g in _SCALE if g.lower() == " ".join(word.lower().split()))


def ruled_out_grades(low: str) -> set[str]:
    """The grades the text's claims about the whole report rule out for every area."""
    out: set[str] = set()
    for m in _claims(low, _EVERY, _ALL_AT, 140):
        if _dated_elsewhere(low, m.start()):
            continue  # 'in 2019, it was rated inadequate in all areas': an earlier inspection's
        allowed = {_grade(g) for g in m.groups() if g}
        if "or better" in m.group(0).lower():
            allowed |= set(_SCALE[: _SCALE.index(min(allowed, key=_SCALE.index)) + 1])
        out |= set(_SCALE) - allowed
    for m in _claims(low, _NONE_START, _NONE_AT, 0):
        out.add(_grade(m.group(1)))
    return out


# where a claim can be (a long report page is searched only around these)
_EVERY = re.compile(r"in (?:all|every|each) ")
_NONE_START = re.compile(r"\bno (?:categor|area)|not a single|none of the (?:categor|area)")


def _claims(low: str, cue: re.Pattern[str], claim: re.Pattern[str], before: int) -> list[re.Match[str]]:
    """The claims in the text, read only in a window around each cue."""
    found: list[re.Match[str]] = []
    for c in cue.finditer(low):
        m = claim.search(low, max(0, c.start() - before), c.end() + 120)
        if m and (not found or m.start() != found[-1].start()):
            found.append(m)
    return found


_EARLIER = re.compile(
    r"\b(?:19|20)\d\d\b(?!\s*[-/–]\s*\d\d)|\b(?:previous|previously|last\s+inspection|earlier|at\s+the\s+time|before)\b"
)


def _dated_elsewhere(low: str, at: int) -> bool:
    """Whether the sentence holding the claim dates it (a year) or sets it in an earlier inspection."""
    start = max(low.rfind(".", 0, at), low.rfind("\n", 0, at)) + 1
    end = min((i for i in (low.find(".", at), low.find("\n", at)) if i >= 0), default=len(low))
    return bool(_EARLIER.search(low[start:end]))

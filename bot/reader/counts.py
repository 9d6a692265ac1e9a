"""How many areas a text says got each grade, and of how many: "found the constabulary was good in two areas
and adequate in six areas", "five areas have been rated as good, … two require improvement", "across eight
areas of policing". Counts name no area, so they are never proposed as grades; they are a cue to which of
the body's reports the text is about (`store_fit`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reader.lexicon import grade_of

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_N = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_GRADE = r"(outstanding|good|adequate|inadequate|require[sd]? improvements?|requiring improvement)"
# "good in two areas", "'inadequate' in three areas", "adequate in two but requires improvement in six"
_GRADE_IN_N = re.compile(
    rf"\b{_GRADE}['\"]?\s+(?:(?:grade|grading|rating|score)s?\s+)?(?:in|for|across)\s+(?:another\s+|a\s+further\s+|the\s+other\s+)?{_N}\b(?=\s*(?:(?:other\s+|more\s+)?(?:areas?|categories)\b|others\b|out\s+of\b|of\s+the\b"
    r"|[.,;:]|and\b|but\b|while\b|whereas\b|$))"
)
# "five areas of classification have been rated as 'good'", "two are 'adequate'", "six of which require
# improvement", "two others were rated as adequate", "six 'outstanding' grades"
_N_THEN_GRADE = re.compile(
    rf"\b{_N}\s+(?:(?:of\s+which|others?|areas?|of\s+classification|categories|have|has|been|were|are|was|"
    rf"rated|graded|judged|assessed|deemed|found|as|being|to\s+be|also|of\s+the\s+(?:key\s+|core\s+)?areas|placed\s+in)\s+){{0,6}}"
    rf"['\"]?{_GRADE}\b"
    r"(?!\s+(?:or|and/or)\b)"
)
# "across eight areas of policing", "in all 11 areas", "nine areas of policing"
_TOTAL = re.compile(
    rf"\b(?:across|in|over|from)\s+(?:all\s+)?(?:the\s+)?{_N}\s+(?:graded\s+|inspection\s+|core\s+|key\s+)?"
    r"(?:areas|categories|questions|criteria)\b"
)
_A_GRADES = re.compile(rf"{_GRADE}['\"]?\s*$")  # "good in two areas" is a grade's count, not the total
_TO_IMPROVE = re.compile(r"\bimprove(?:ments?)?\s*$")  # "told to improve in six areas" counts what needs it
# a count told of an earlier inspection is not this one's
# ('published earlier this week', 'released last Tuesday': when this report came out, not an earlier one)
_WHEN_OUT = r"(?!\s+(?:this|today|in\s+the\s+(?:week|month|day)|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)\b)"
_EARLIER = re.compile(
    rf"\b(?:previous\w*|last{_WHEN_OUT}|earlier{_WHEN_OUT}|prior|former\w*|since|before|compared|than)\b"
)
# a count told of other bodies ("three forces were outstanding") is not this one's
# "the other two", "the remaining three": the rest of a count the text gave before, not a count of its own
_PART_OF = re.compile(r"\b(?:other|remaining)\s+$")
_OTHERS = re.compile(r"\b(?:forces|constabularies|brigades|nationally)\b|(?<!rescue )\bservices\b")


@dataclass(frozen=True)
class Counts:
    """Areas per grade the text states (only for the grades it counts), and the total graded if it says."""

    by_grade: tuple[tuple[str, int], ...]
    total: int | None = None

    @property
    def complete(self) -> bool:
        """Whether the counts cover every graded area (they add up to the total the text states)."""
        return self.total is not None and sum(n for _, n in self.by_grade) == self.total


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _sentence(low: str, at: int) -> str:
    start = max(low.rfind(".", 0, at), low.rfind("\n", 0, at)) + 1
    ends = [e for e in (low.find(".", at), low.find("\n", at)) if e >= 0]
    return low[start : min(ends) if ends else len(low)]


def grade_counts(low: str) -> Counts | None:
    """The counts a lower-cased text states for this body's report; None when it states none, or two
    different counts for one grade, or its counts add up to more than the total it states."""
    found: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for pattern, grade_group, number_group in ((_GRADE_IN_N, 1, 2), (_N_THEN_GRADE, 2, 1)):
        for m in pattern.finditer(low):
            if any(s <= m.start() < e for s, e in spans):
                continue
            sentence = _sentence(low, m.start())
            if _EARLIER.search(sentence) or _OTHERS.search(sentence):
                continue
            grade, n = grade_of(m.group(grade_group)), _number(m.group(number_group))
            if (
                pattern is _N_THEN_GRADE
                and grade in found
                and _PART_OF.search(low, max(0, m.start() - 12), m.start())
            ):
                continue  # "the other two 'outstanding' ratings": part of a count already given
            if found.get(grade, n) != n:
                return None  # two different counts for one grade: unclear
            found[grade] = n
            spans.append((m.start(), m.end()))
    if not found:
        return None
    totals = {
        _number(m.group(1))
        for m in _TOTAL.finditer(low)
        if not _EARLIER.search(_sentence(low, m.start()))
        and not _A_GRADES.search(low, max(0, m.start() - 30), m.start())
        and not _TO_IMPROVE.search(low, max(0, m.start() - 30), m.start())
    }
    total = next(iter(totals)) if len(totals) == 1 else None
    if total is not None and sum(found.values()) > total:
        return None
    return Counts(tuple(found.items()), total)


def counts_adequate(low: str) -> bool:
    """Whether a lower-cased text counts areas graded adequate ("six were 'adequate'"): each sentence with the
    word is read alone, so a long report costs a few short scans."""
    at = low.find("adequate")
    seen = -1
    while at >= 0:
        start = max(low.rfind(".", 0, at), low.rfind("\n", 0, at)) + 1
        if start != seen and low[max(0, at - 2) : at] != "in":
            seen = start
            counts = grade_counts(_sentence(low, at))
            if counts is not None and "Adequate" in dict(counts.by_grade):
                return True
        at = low.find("adequate", at + 8)
    return False


# A sentence that ends counting a grade ("…but requires improvement in six.", "two were rated inadequate.")
_ENDS_WITH_COUNT = re.compile(
    rf"(?:\b{_GRADE}['\"]?\s+(?:in|for|across)\s+(?:another\s+|a\s+further\s+|the\s+other\s+)?{_N}(?:\s+(?:other\s+)?(?:areas?|categories))?"
    rf"|\b{_N}\s+(?:(?:areas?|categories|others?|were|are|was|rated|graded|judged|as|of\s+the\s+(?:key\s+|core\s+)?areas|"
    rf"placed\s+in)\s+)*"
    rf"['\"]?{_GRADE}['\"]?)\s*[.!]?\s*$"
)
_COUNT_OF_EARLIER = re.compile(
    r"\b(?:previous\w*|last|earlier|prior|former\w*|since|before|compared|than|had been)\b"
)
# …and the next opens the list of them: "Those included …", "These are …", "They were …", "The areas for
# improvement were named as …" (after "requires improvement in four areas")
# ("They were pleased" is not one: a bare "they/these were" must be "the areas were")
_THOSE_INCLUDED = re.compile(
    r"^\W*(?:(?:those|these|they)\s+(?:areas\s+)?(?:included|include|includes|including|comprised|covered)"
    r"|(?:the|those|these)\s+area'?s\s+(?:for\s+improvement\s+)?(?:are|were)(?:\s+(?:named|identified)\s+as)?)\b"
)


def counted_last(low: str) -> str | None:
    """The grade a lower-cased sentence ends by counting ("…but requires improvement in six."), unless the
    count is an earlier inspection's."""
    m = _ENDS_WITH_COUNT.search(low)
    if not m or _COUNT_OF_EARLIER.search(low):
        return None
    return grade_of(m.group(1) or m.group(4))


def opens_their_list(low: str) -> bool:
    """Whether a lower-cased sentence opens the list of the areas just counted ("Those included A and B")."""
    return bool(_THOSE_INCLUDED.match(low))


# "Areas that need to be improved include A, B and C", "The areas requiring improvement were …": after the text
# counted areas as requiring improvement, the list of them (not "areas for improvement", HMICFRS's term for
# what any area, however graded, should do better)
_TO_IMPROVE_LIST = re.compile(
    r"^\W*(?:the\s+|its\s+)?areas?\s+(?:that\s+|which\s+)?(?:need(?:s|ed)?|needing|require[sd]?|requiring)\s+"
    r"(?:to\s+be\s+improved|improvement|improving)\s+(?:include[sd]?|including|are|were|was)\b"
)


def lists_areas_to_improve(low: str) -> bool:
    """Whether a lower-cased sentence opens a list of the areas that need improving."""
    return bool(_TO_IMPROVE_LIST.match(low))

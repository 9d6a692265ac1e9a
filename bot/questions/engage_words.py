"""What an enhanced monitoring (Engage) question asks beyond 'who is in it': one spell picked out of the list
('who was in longest', 'the last one to come out'), bodies in it at the same time, only those in it now
('currently ... and since when'), and spells under way in a year that had ended by its close. Pure."""

from __future__ import annotations

import re

_OUT = (
    r"(?:come|came|coming|get|got|gets|getting|moved?|taken|let|be|been|was|were)\s+out|exit(?:ed|s|ing)?|"
    r"left|leave|leaving|removed|released|out\s+of\s+(?:it|engage|special\s+measures|enhanced\s+monitoring)|out"
)
_IN = (
    r"(?:go|goes|went|gone|put|placed|moved?|taken|come|came|get|got)\s+in(?:to)?|entered|enter(?:ing|s)?|"
    r"join(?:ed)?|escalated"
)
_LAST = r"(?:last|latest|most\s+recent(?:ly)?|newest|recent(?:ly)?|final)"
_FIRST = r"(?:first|earliest|oldest)"

# (pick, pattern): which spell of the list the question picks out
_PICKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("longest", re.compile(r"\b(?:longest|(?:the\s+)?most\s+time|longest[-\s]serving|(?:in|there)\s+(?:the\s+)?longest)\b")),
    ("shortest", re.compile(r"\b(?:shortest|(?:the\s+)?least\s+time|quickest\s+(?:to\s+)?(?:get\s+)?out)\b")),
    ("last_out", re.compile(rf"\b{_LAST}\b.{{0,30}}\b(?:{_OUT})\b|\b(?:{_OUT})\b.{{0,12}}\b{_LAST}\b")),
    ("first_out", re.compile(rf"\b{_FIRST}\b.{{0,30}}\b(?:{_OUT})\b|\b(?:{_OUT})\b.{{0,12}}\b{_FIRST}\b")),
    ("last_in", re.compile(rf"\b{_LAST}\b.{{0,30}}\b(?:{_IN})\b|\b(?:{_IN})\b.{{0,12}}\b{_LAST}\b")),
    ("first_in", re.compile(rf"\b{_FIRST}\b.{{0,30}}\b(?:{_IN})\b|\b(?:{_IN})\b.{{0,12}}\b{_FIRST}\b")),
)  # fmt: skip

PICK_WORDS = {
    "longest": "which was in engage longest",
    "shortest": "which was in engage for the shortest time",
    "last_out": "which was the last to come out of engage",
    "first_out": "which was the first to come out of engage",
    "last_in": "which was the last to go into engage",
    "first_in": "which was the first to go into engage",
}

_SAME_TIME = re.compile(
    r"\b(?:same\s+time|at\s+once|together|overlap(?:ped|ping)?|simultaneously|concurrently|both\s+(?:in|been|at))\b"
)
_NOW = re.compile(
    r"\b(?:currently|current|right\s+now|at\s+the\s+moment|atm|at\s+present|presently|today|now)\b"
)
_SINCE_WHEN = re.compile(r"\bsince\s+when\b|\bhow\s+long\s+(?:have|has)\b")
_ENDED_BY = re.compile(
    rf"\b(?:but|and|then)\s+(?:had\s+|have\s+|has\s+)?(?:since\s+)?(?:{_OUT})\b|\b(?:{_OUT})\s+(?:by|before)\b"
)


def pick_of(norm: str) -> str | None:
    """'which of those was in longest' -> 'longest'; 'who was the last one to come out' -> 'last_out'."""
    for pick, pattern in _PICKS:
        if pattern.search(norm):
            return pick
    return None


def same_time(norm: str) -> bool:
    """'were X and Y both in special measures at the same time'."""
    return bool(_SAME_TIME.search(norm))


_EVER = re.compile(r"\b(?:(?:have|has|had)\s+(?:\w+\s+)?been|ever|were|was|past|history|used\s+to)\b")


def now_only(norm: str) -> bool:
    """'which forces are currently in engage, and since when': only the spells under way today; never when it
    asks who has been in it ('which forces have been in special measures and are they out now')."""
    return bool(_NOW.search(norm) or _SINCE_WHEN.search(norm)) and not _EVER.search(norm)


def ended_within(norm: str) -> bool:
    """'in engage at some point in 2023 but had exited by 31 dec 2023': spells of that year that had ended."""
    return bool(_ENDED_BY.search(norm))


_NOUNS = {"police": "police forces", "fire": "fire and rescue services"}
MAX_FOLLOW_WORDS = 12


def follow_list(text: str, kind: str | None, place: str | None) -> str | None:
    """After a list of spells in Engage ('which fire services have been in engage'): 'which of those was in
    longest' and 'since when' asked of that list, standing alone; else None."""
    norm = " ".join(text.lower().split())
    if len(norm.split()) > MAX_FOLLOW_WORDS:
        return None
    noun = _NOUNS.get(kind or "", "police forces and fire and rescue services")
    where = f" in {place}" if place else ""
    if pick := pick_of(norm):
        return f"of the {noun}{where}, {PICK_WORDS[pick]}"
    if _SINCE_WHEN.search(norm) or re.fullmatch(
        r"(?:and\s+)?(?:who|which)(?:\s+ones?)?\s+(?:is|are)\s+(?:still\s+)?in\s+(?:it\s+)?now\W*", norm
    ):
        return f"which {noun}{where} are in engage now"
    return None


_SINCE_YEAR = re.compile(
    r"\b(?:since|from|after)\s+(?:the\s+(?:start|beginning)\s+of\s+|early\s+)?20\d\d\b|"
    r"\b20\d\d\s+(?:or\s+(?:later|after|since)|onwards?|and\s+(?:later|after|since))\b"  # 'in 2022 or later'
)
_LEFT_WORDS = re.compile(rf"\b(?:{_OUT})\b")
_IN_WORDS = re.compile(rf"\b(?:{_IN})\b")


def moved_which(norm: str) -> str:
    """'which forces came out of engage in 2024' -> 'left'; 'who was put in in 2023' -> 'entered'; '' when
    both or neither is said."""
    out, into = bool(_LEFT_WORDS.search(norm)), bool(_IN_WORDS.search(norm))
    return "left" if out and not into else "entered" if into and not out else ""


def since_which(norm: str) -> str:
    """'who left engage since the start of 2024' -> 'left'; 'put into engage since 2024' -> 'entered';
    'in special measures since 2023' -> 'any'; '' when no 'since <year>'."""
    if not _SINCE_YEAR.search(norm):
        return ""
    if _LEFT_WORDS.search(norm):
        return "left"
    return "entered" if _IN_WORDS.search(norm) else "any"


# Words for moving in or out of enhanced monitoring: 'who left engage in 2025' asks about moves, while
# 'who was in special measures during 2023' asks who was in it at any time that year.
MOVES = re.compile(
    r"\b(?:moved?|moving|entered|enter|entering|left|leave|leaving|put|placed|came|come|removed|taken|"
    r"went|go|gone|exit(?:ed)?|join(?:ed)?|released|out\s+of)\b"
)
# Words left over in an Engage question that name no body ('which other fire services', 'right now')
NO_NAME = frozenset(
    "other others another else right now currently moment present today still any point time stage ever some "
    "again agian january february march april may june july august september october november december".split()
)  # ('may' in 'which forces came out of engage in may 2024' is no name)

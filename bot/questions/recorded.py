"""'Which fire services have nothing at all recorded for 2023-25', 'which forces have none of the eight',
'how many core grades are still missing', 'how many forces have all eight grades recorded': a question about
what this store holds and lacks, answered body by body (answers/recorded.py), never read as a list of
grades with a negation. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions.words import Place

_NUMBER = r"(?:eight|8|nine|9|ten|10|eleven|11|their|its)"
_NOT_RECORDED = re.compile(
    r"\b(?:nothing(?:\s+at\s+all)?\s+(?:recorded|on\s+record|held|logged)"
    r"|no\s+(?:grades?|data|ratings?|results?|information|info)(?:\s+(?:at\s+all|for|on\s+record|recorded|held))"
    r"|(?:have|has|had|got|with|get)\s+(?:no|zero|0)\s+(?:\w+\s+){0,3}?(?:grades?|data|ratings?|results?)"
    r"|not\s+even\s+(?:the\s+)?counts?"
    r"|(?:have|has|had|got|with)\s+none\s+at\s+all"  # 'which fire services have none at all', grades said before
    rf"|none\s+of\s+(?:the|their|its)\s+{_NUMBER}"
    r"|(?:grades?|data|ratings?)\s+(?:are\s+|is\s+)?(?:still\s+)?(?:missing|not\s+recorded|unrecorded)"
    r"|(?:missing|unrecorded)\s+(?:core\s+)?(?:grades?|data|ratings?)"
    r"|(?:full|complete|whole)\s+(?:set|list|record)\s+of\s+(?:\w+\s+){0,5}?(?:grades?|ratings?|results?)"
    rf"|(?:all|every)\s+(?:{_NUMBER}\s+)?(?:(?:core|area)\s+)?(?:(?:peel|fire|frs)\s+)?(?:20\d\d\s+\d\d\s+)?"
    r"(?:grades?|areas?)\s+(?:recorded|on\s+record|held)"
    r"|(?:gaps?)\s+in\s+(?:the\s+)?(?:data|grades?|record)"
    # 'how many fire services have all their areas graded in your data'
    r"|(?:all|every)\s+(?:of\s+)?(?:their|its|the)\s+(?:\d+\s+)?(?:core\s+)?(?:areas?|grades?)\s+(?:graded|recorded)"
    r"(?:\s+in\s+(?:your|the)\s+(?:data|database|records?))?"
    r")\b"
)


# Words of these questions that name nothing else: accounted for, never 'not understood'.
WORDS = frozenset(
    {"core", "missing", "even", "counts", "count", "unrecorded", "gaps", "gap", "data", "logged", "recorded"}
    | {"started", "begun", "begin", "results", "new", "newest", "cycle", "undated", "level", "publication"}
)


@dataclass(frozen=True)
class RecordedQuestion:
    """What is recorded here for each body's report (the latest, or the round asked)."""

    kind: str = "police"
    round: str | None = None
    place: Place | None = None
    # which bodies are asked for: 'undated' (the report's publication date not recorded), 'nothing' (no grade and no counts), 'none' (no area grade), 'complete'
    # (every core grade), 'missing' (how much is missing, and where), 'reports' (who has a report of the
    # round, round None: the newest round)
    asked: str = "missing"


# 'which 2023-25 PEEL reports have no publication date recorded', 'reports missing a date', 'undated reports'
_UNDATED = re.compile(
    r"\b(?:(?:no|without|missing|lacks?|lacking)\s+(?:an?\s+|the\s+|any\s+)?(?:publication|published|publish|release)?\s*dates?"
    r"|(?:publication|published|publish|release)\s+dates?\s+(?:is\s+|are\s+|was\s+)?(?:not\s+(?:recorded|known|held|given)|missing|"
    r"unknown|blank|absent)|undated)\b"
)
_NOTHING = re.compile(r"\b(?:nothing|not\s+even|no\s+counts?|no\s+(?:grades?|data)\s+and\s+no)\b")
_COMPLETE = re.compile(r"\b(?:(?<!at\s)all|every|complete|full)\b")  # 'at all' is emphasis
_NONE = re.compile(r"\b(?:no|none|zero)\b")
_HOW_MUCH = re.compile(r"\b(?:how\s+many|gaps?)\b")


# 'which forces have PEEL 2025-27 results so far', 'has the new peel round started, any reports out yet'
_SO_FAR = re.compile(
    r"\b(?:so\s+far|yet|come\s+out|came\s+out|started|begun|begin|out\s+now|been\s+published|results)\b"
)
_NEW_ROUND = re.compile(
    r"\b(?:new|newest|latest|current)\s+(?:peel\s+|fire\s+|inspection\s+)?(?:round|cycle)\b"
)


_INSPECTED = re.compile(
    r"\b(?:inspected|graded|grades|rated|ratings|reports?|inspections?|published|had|done|assessed)\b"
)
_ANY = re.compile(r"\b(?:which|who|any|anyone|list|what)\b")
_NOT = re.compile(r"\b(?:no|not|without|never|none|yet\s+to)\b|n't\b|nt\b")
_DATED = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\b"
)


# 'any welsh force in the 25-27 round?', 'which fire services are in the new round': who is in it at all
_ANY_IN_ROUND = re.compile(
    r"^(?:(?:is|are)\s+(?:there\s+)?)?(?:any|which)\s+(?:\w+\s+){0,3}?(?:forces?|services?|brigades?|ones?|bodies)"
    r"\s+(?:(?:are|were|is)\s+)?(?:in|from)\s+(?:the\s+)?(?:new\s+)?(?:(?:peel|fire|inspection)\s+)?(?:round|cycle)?"
    r"(?:\s+(?:so\s+far|yet))?$"
)


def _in_round(norm: str) -> bool:
    """'which forces have been inspected in the 2025-27 round', 'has any force been graded in 2025-27'; never
    'who hasn't' nor 'published in march 2024' (a date's reports)."""
    if _ANY_IN_ROUND.match(norm):
        return True
    return bool(
        _INSPECTED.search(norm) and _ANY.search(norm) and not _NOT.search(norm) and not _DATED.search(norm)
    )


def parse_recorded(found) -> RecordedQuestion | None:
    """The question, when the text (found: its Entities) asks what is or isn't recorded, naming no body,
    grade or area."""
    if found.bodies or found.grades or found.area:
        return None
    round_ = found.round if found.round != "previous" else None
    if (
        round_ is None
        and found.since_round
        and _SO_FAR.search(found.norm)
        and re.search(r"\bfrom\b", found.norm)
    ):
        round_ = (
            found.since_round
        )  # 'has anything from the 2025-27 round been published yet': of it, not since
    if (
        _SO_FAR.search(found.norm)
        and (round_ or _NEW_ROUND.search(found.norm))
        and not _DATED.search(found.norm)
    ):
        return RecordedQuestion(found.kind, round_, found.place, "reports")
    if _UNDATED.search(found.norm):
        return RecordedQuestion(found.kind, round_, found.place, "undated")
    if not _NOT_RECORDED.search(found.norm):
        # 'which forces have been inspected in the 2025-27 round': who has a report of it
        reports = round_ and _in_round(found.norm)
        return RecordedQuestion(found.kind, round_, found.place, "reports") if reports else None
    norm = found.norm
    asked = "missing"
    if _NOTHING.search(norm):
        asked = "nothing"
    elif _COMPLETE.search(norm) and not re.search(r"\bmissing\b", norm):
        asked = "complete"
    elif _NONE.search(norm) and not _HOW_MUCH.search(norm):
        asked = "none"
    return RecordedQuestion(found.kind, round_, found.place, asked)

"""The words around a grade word that make it a grade, and how surely: "rated good for" and "graded
'Good' in" are explicit, "is good at" plain; "good progress" is neither. Plain regexes over the 60 characters
either side of the word."""

from __future__ import annotations

import re

STRUCTURED, EXPLICIT, PLAIN = 1, 2, 3  # tiers: lower is surer

_FRAME_EXPLICIT = re.compile(
    r"(?:\b(?:rated|rating|graded|grading|judged|judgement|judgment|assessed|deemed|considered|found to be|awarded|"
    r"received|achieved|given|scored|scoring|grade of|rating of|grades? of|as|areas?|categor(?:y|ies) of|recognised as)\s+"
    r"(?:(?:the|force|service|it|them|as|being|an?|overall|both|all|was|were|now|also|its|each|which|that|"
    r"are|is|have|has|been|to\s+be)\s+)*"
    r"['\"]?\s*$|['\"]\s*$)"
)
_FRAME_PLAIN = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|now|still|also|both|all|deemed)\s*['\"]?\s*$"
)
_FROM_TO = re.compile(r"\bfrom\b.{0,60}\bto\s*['\"]?\s*$")  # "from requires improvement to good"
_VERB_GRADE = re.compile(r"^(?:requires?|required) improvement$")
# A verb of grading, then what it grades, then the grade: "rated Kent Police good", "found the force good"
_FRAME_OBJECT = re.compile(
    r"\b(rated|rates|rate|graded|grades|judged|judges|assessed|found|finds)\s+(?:it|them|the force|the service|"
    r"the brigade|(?:[a-z&'.-]+\s+){1,6}?(?:police|constabulary|service|brigade|frs|rescue))\s+"
    r"(?:as\s+)?(?:being\s+)?(?:to be\s+)?['\"]?\s*$"
)
# an aside between the verb and the grade: "was, however, good at", "were, inspectors said, outstanding"
_ASIDE = re.compile(
    r"\s*,\s*(?:however|though|nonetheless|nevertheless|in\s+fact|meanwhile|by\s+contrast|on\s+the\s+other\s+hand|"
    r"overall|(?:it|they|inspectors|the\s+report|the\s+inspectorate)\s+(?:said|says|found|added))\s*,\s*$"
)
_TO_A_LEVEL = re.compile(r"\bto an?\s*['\"]?$")
_LEVEL = re.compile(r"^\s*['\"]?\s*(?:level|standard)\b(?!\s+of)")


def frame_of(word: str, before: str, after: str) -> int:
    """How surely the words around a grade word (lower-cased, about 60 characters each side) make it a
    grade: EXPLICIT ("rated good for"), PLAIN ("is good at"), or 0 (an ordinary word)."""
    before = _ASIDE.sub(" ", before)  # "was, however, good at": the aside is no part of the frame
    frame = EXPLICIT if _FRAME_EXPLICIT.search(before) else PLAIN if _FRAME_PLAIN.search(before) else 0
    if not frame and (named := _FRAME_OBJECT.search(before)):  # "rated Kent Police good at", "found it good"
        frame = PLAIN if named.group(1).startswith("f") else EXPLICIT
    if re.match(r"^\s*['\"]?\s*(?:in the categor|rating|grade|grading|judge?ment|areas?\b)", after):
        frame = EXPLICIT
    if re.match(r"^\s*['\"]?\s*:", after) or _FROM_TO.search(before):
        frame = EXPLICIT
    if not frame and _TO_A_LEVEL.search(before) and _LEVEL.match(after):
        frame = PLAIN  # "develops its workforce to an outstanding level"
    if not frame and _VERB_GRADE.match(word):
        frame = PLAIN  # "it requires improvement in": the grade is its own verb
    return frame


_GRADE = r"(?:outstanding|good|adequate|inadequate|requires? improvement|requiring improvement)"
# "rated good or outstanding in A": either grade, so neither is stated
_EITHER_AFTER = re.compile(rf"^\s*['\"]?\s*(?:or|and/or|/)\s*['\"]?\s*{_GRADE}\b")
_EITHER_BEFORE = re.compile(rf"\b{_GRADE}['\"]?\s*(?:or|and/or|/)\s*['\"]?\s*$")
# "should be outstanding at", "aims to be outstanding", "would have been rated good": not a grade given
_WISHED = re.compile(
    r"\b(?:should|must|could|would|might|will|aims?|aiming|aspires?|wants?|hopes?|strives?|striving|ambition|"
    r"goal|target|plans?|intends?|expects?)\b(?:\s+(?:to|have|has|not|still|also|now|soon|again))*\s+"
    r"(?:be|become|being|been|get|achieve|reach)\b(?:\s+(?:rated|graded|judged|assessed|as|an?|the))*\s*['\"]?\s*$"
)
# "nationally, most forces were rated adequate at": said of other forces, not this one
_OTHERS = re.compile(
    r"(?:\b(?:most|many|other|all|some|few|several|\d+|the other|no)\s+(?:police\s+)?(?:forces|services|fire and "
    r"rescue services)\b|\b(?:not a single|not one|no)\s+(?:police\s+)?(?:force|service)\b|\bnationally\b|\bnational average\b|\bacross (?:england|the country)\b)[^.;]{0,40}$"
)


def not_given(before: str, after: str) -> bool:
    """Whether a grade word, though framed as a grade, is not one given to this body: one of two grades
    ("good or outstanding"), a wish ("should be outstanding"), or other forces' ("most forces were good")."""
    return bool(
        _EITHER_AFTER.match(after) or _EITHER_BEFORE.search(before) or _WISHED.search(before)
    ) or bool(_OTHERS.search(before))


_ASIDE_OPENS = re.compile(r"\s-\s[^-]{0,40}$")
_ASIDE_CLOSES = re.compile(r"^\s*['\"]?\s*-\s")


def in_an_aside(before: str, after: str) -> bool:
    """A grade between dashes ("Crime Data Integrity - graded as outstanding - is reviewed"): it grades the
    words before the aside, not those after it."""
    return bool(_ASIDE_CLOSES.match(after) and _ASIDE_OPENS.search(before))


# A sentence that sets an earlier grade against a later one or dates it: there "had been" is the earlier one,
# even in minutes told in reported speech
_THEN_AND_NOW = re.compile(
    r"\b(?:now|since|previous\w*|last|earlier|prior|before|then|used to|at the time|improved|moved|up from|"
    r"down from|20\d\d)\b"
)


def then_and_now(low: str) -> bool:
    """Whether a lower-cased sentence dates a grade or sets it against a later one."""
    return bool(_THEN_AND_NOW.search(low))


# The words just before and after a grade word: negated, an earlier grade, what follows a grade, a list ahead,
# a count before it
NEGATED = re.compile(r"\b(not|no|none|never|nor|neither|without|any)\b(?:\s+\S+){0,2}\s*['\"]?\s*$")
EARLIER_BEFORE = re.compile(
    r"\b(from|previously|formerly|originally|initially|than|last time|had been|once|previous grade of|"
    r"used to be|was once)\s+(?:(?:being|been|rated|graded|judged|as|an?|the)\s+)*['\"]?\s*$"
)
EARLIER_AFTER = re.compile(
    r"^\s*['\"]?\s*\)?\s*,?\s*(?:in|at|during|for|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:last|previous|earlier|prior|former|preceding|20\d\d)\b"
)
FOLLOWER = re.compile(
    r"^\s*['\"]?\s*(?:$|[.,;:)\-–—|!?]|(?:at|in|for|on|when|across|with|regarding|overall|and|or|to|by|both|"
    r"from|grades?|gradings?|ratings?|scores?|judge?ments?|areas?|its|their|our|the|categor(?:y|ies)|while|but|whereas|as|"
    r"including|namely|which|are|is|were|was|include|included|includes|being|been|level|standard|because|ha(?:s|ve) been)\b)"
)
FORWARD = re.compile(
    r"^\s*['\"]?\s*(?:[:\-–—]|(?:(?:grades?|gradings?|ratings?|scores?)\s+)?(?:at|in|for|on)|when|across|with regard to|regarding|in the category of|"
    r"(?:areas?|categor(?:y|ies))\s*(?:of|:))\b|^\s*['\"]?\s*(?:(?:grades?|gradings?|ratings?|scores?)\s*)?[:\-–—]"
)
COUNTED = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\b(?:\s+(?:of\s+the\s+\w+|other|more|"
    r"areas?|are|were|was|is|now|still|deemed|rated|graded|judged|as|being|been))*\s*['\"]?\s*$"
)


# "the previous report found it to be 'Inadequate' in ...": what follows in the sentence is the old report's
EARLIER_REPORT = re.compile(
    r"\b(?:previous|last|earlier|prior|former|preceding)\s+(?:peel\s+)?(?:report|inspection|assessment|round)\s+"
    r"(?:(?:that|which|had|has|it)\s+)*(?:found|rated|graded|judged|assessed|gave|deemed)\b"
    r"|^\W*(?:in|at|during)\s+(?:the|its|their)\s+(?:previous|last|earlier|prior)\s+"
    r"(?:peel\s+)?(?:report|inspection|assessment|round)\b"
)
# "The service was told after its previous inspection that …, which placed it in the 'requires improvement'
# category": what followed an earlier inspection, unless the sentence turns to now ("… it is now rated good")
TOLD_AFTER = re.compile(
    r"\b(?:after|following)\s+(?:the|its|their)\s+(?:previous|last|earlier|prior)\s+(?:peel\s+)?"
    r"(?:report|inspection|assessment)\b"
)
TURNS_TO_NOW = re.compile(
    r"\b(?:now|this\s+time|latest|newest|new|current|has\s+since|have\s+since|since\s+then|improved|today)\b"
)
GOES_ON = re.compile(
    r"^\W*(?:it|the force|the service|they|this report|the report)\s+(?:was\s+|were\s+|had\s+|has\s+)?also\b"
)
# "has received this grade in relation to": the grade the sentence before named
THIS_GRADE = re.compile(
    r"\b(?:received|been given|been awarded|was given|awarded|achieved|got|gained|earned|earnt)\s+(?:this|that|the same)\s+"
    r"(?:grade|grading|rating|judge?ment|score|verdict)\s+(?:in relation to|for|in|on|when it came to)\b"
)


# 'had been rated as good at preventing crime and managing offenders in the 2024 inspection': the year named
# is the inspection the text reports, unless the text calls it an earlier one
_IN_YEARS_INSPECTION = re.compile(
    r"^[^.;\n]{0,90}?\bin\s+(?:the|its|their)\s+(20\d\d)\s+(?:peel\s+)?(?:inspection|report|assessment)\b"
)
OWN_YEAR_REACH = 100


def own_year_after(after: str, earlier_years: set[str]) -> bool:
    """Whether the words after a grade name the year of the inspection the text reports."""
    return bool((m := _IN_YEARS_INSPECTION.match(after)) and m.group(1) not in earlier_years)

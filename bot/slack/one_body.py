"""Short follow-ups asked of the one body the last answer was about: 'wasn't it adequate?' (that area),
'which 2 were adequate', 'what were they outstanding in', 'exit date?', 'pub dates for both rounds?', 'and the
lowest?', 'how many areas are RI now'. Each is written as the question it asks, never asked of every force."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.slack.parsed import entities, parsed
from bot.slack.when_published import ENGAGE
from bot.slack.when_published import published_asked as asked_when


def grades_said(grades: tuple[str, ...]) -> str:
    """('Requires improvement', 'Inadequate') -> 'requires improvement or inadequate', as a question says it."""
    return " or ".join(g.lower() for g in grades)


def round_said(round_: str | None, *, previous: bool = True) -> str:
    """The round written after a question: ' 2023-25', ' in the previous round' (where the question's form
    reads it; `previous=False` leaves it out), or nothing."""
    if round_ == "previous":
        return " in the previous round" if previous else ""
    return f" {round_}" if round_ else ""


def one_body_asked(db: sqlite_utils.Database, previous: str):
    """The last question and the one body it names (its id), or None when it names no single known body."""
    question = parsed(db, previous)
    name = getattr(question, "name", None)
    names: tuple[str, ...] = getattr(question, "names", ()) or ()
    name = name or (names[0] if len(names) == 1 else None)
    if not isinstance(name, str):
        return None
    directory = snapshot(db).directory
    body = directory.by_id(name) or directory.resolve(name).body  # ('history of gmp' keeps the words typed)
    return (question, body.id) if body is not None else None


def asked_of_one_body(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """The question a short follow-up asks of the last answer's one body; None when it asks no such thing."""
    return (
        is_it_graded(db, text, previous)
        or which_at_grade(db, text, previous)
        or engage_dates_asked(db, text, previous)
        or published_asked(db, text, previous)
        or of_one_body(db, text, previous)
        or is_it_the_best(db, text, previous)
    )


# 'is that the best in the north west?' after one body: where that body ranks there, in its own kind
_IS_IT_BEST = re.compile(
    r"^\W*(?:(?:and|so|but|ok)\s+)?(?:is|was|are|were)\s+(?:that\s+one|this\s+one|that|it|they|this|we)\s+"
    r"(?=the\s+(?:best|worst|top|bottom|strongest|weakest)\b)",
    re.I,
)


def is_it_the_best(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'is that the best in the north west?' -> 'is Merseyside Fire and Rescue Service the best in the north
    west?', after a question about one body."""
    m = _IS_IT_BEST.match(text)
    if m is None or (one := one_body_asked(db, previous)) is None:
        return None
    body = snapshot(db).directory.by_id(one[1])
    if body is None:
        return None
    rest = text[m.end() :]
    if area := getattr(one[0], "area", None):  # '… for it?': the area the last answer was about
        from bot.questions.context import area_words

        rest = re.sub(r"\b(?:for|at|on|in)\s+(?:it|that)\b", f"at {area_words(area)}", rest, count=1)
    return f"is {body.name} {rest}"


# 'wasn't it adequate?', 'was it good then': a yes or no about the grade just shown
_IS_IT = re.compile(
    r"^\W*(?:(?:so|and|but|ok)\s+)?(?:was|wasn'?t|is|isn'?t|were|weren'?t|did|didn'?t)\s+(?:it|they|that|this)\b",
    re.I,
)


_ANY_AREA = re.compile(r"\b(?:anything|any\s+areas?|everything|overall|at\s+all|elsewhere)\b", re.I)


def is_it_graded(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'wasn't it adequate?' after one body's area: whether that area was graded so, in the round shown (a
    regrade says what it was first)."""
    from bot.questions.areas import CONCEPTS_BY_KEY
    from bot.questions.kinds import AreaQuestion

    if not _IS_IT.match(text) or len(text.split()) > 8 or _ANY_AREA.search(text) or "why" in text.lower():
        return None  # ('were they good at anything?': any area; 'wasn't it adequate? why': the reasons)
    new = entities(db, text)
    question = parsed(db, previous)
    if not new.grades or new.bodies or new.area or not isinstance(question, AreaQuestion):
        return None
    body = snapshot(db).directory.by_id(question.name)
    concept = CONCEPTS_BY_KEY.get(question.area)
    if body is None or concept is None:
        return None
    return f"was {body.name} {grades_said(new.grades)} at {concept.label}{round_said(new.round or question.round)}"


# 'which 2 were adequate', 'which ones were good': of the one body just shown, its areas at that grade
_WHICH_AT = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:which|what)\s+(?:ones?|\d+|two|three|four|five|six|seven|eight|areas?|bits?)"
    r"\s+(?:were|was|got|are|is|did\s+(?:it|they)\s+get)\b"
    # 'what were we outstanding in then': which areas, not the area asked before
    r"|^\W*(?:(?:and|so|ok|but)\s+)?what\s+(?:were|was|are|is|did)\s+(?:we|they|it)\s+(?:get\s+|rated\s+|graded\s+)?"
    r"(?:outstanding|good|adequate|inadequate|requires\s+improvement|ri)\s+(?:in|at|for|on)\b"
    # 'what was the other one that required improvement': the areas at that grade
    r"|(?:^|[,.?!;]\s*)(?:(?:and|so|ok|but)\s+)?(?:what|which)\s+(?:was|were|is|are)\s+the\s+other\s+(?:one|ones|areas?|\d+|two|three)\b"
    # 'what were the three inadequates in 21/22': the areas at that grade
    r"|^\W*(?:(?:and|so|ok|but)\s+)?(?:what|which)\s+(?:were|was|are|is)\s+(?:the|its|their|our)\s+"
    r"(?:\d+\s+|one\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|other\s+)?"
    r"(?:outstanding|good|adequate|inadequate|requires\s+improvement|ri)s?\b(?!\s+(?:one\s+|ones\s+)?(?:about|over|for)\b)",
    re.I,
)


def which_at_grade(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'which 2 were adequate' after one body's answer (an area, its card, why): that body's areas at the grade,
    in the round shown."""
    from bot.questions.kinds import BodyGradesQuestion

    if not (m := _WHICH_AT.search(text)) or len(text.split()) > 8:
        return None
    new = entities(db, text)
    if (one := one_body_asked(db, previous)) is None or new.bodies or new.area:
        return None
    question, name = one
    if not new.grades and isinstance(question, BodyGradesQuestion) and "other" in m.group(0).lower():
        return previous  # 'there were six, what are the other two?': its answer says which aren't recorded
    if not new.grades:
        return None
    round_ = new.round or getattr(question, "round", None)  # 'which area was their inadequate in 2023-25?'
    return f"which areas did {name} get {grades_said(new.grades)} in{round_said(round_)}"


# 'exit date - ive seen jul 24 quoted', 'entry date?': the body's spells in Engage, dated
_ENGAGE_DATE = re.compile(
    r"\b(?:exit|entry|exited|entered)\s+dates?\b|\bdates?\s+(?:of\s+)?(?:exit|entry)\b",
    re.I,
)


def engage_dates_asked(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'exit date?' after a question about one body: that body's Engage spells."""
    if not _ENGAGE_DATE.search(text) or entities(db, text).bodies:
        return None
    bodies = entities(db, previous).bodies
    return f"has {bodies[0].id} been in engage" if len({b.id for b in bodies}) == 1 else None


# 'pub dates for both rounds?', 'when did that report come out': the body's reports, dated
_PUBLISHED = re.compile(
    r"\bpub(?:lication|lished)?\s+dates?\b|\bwhen\s+(?:was|were|did)\s+(?:it|they|that|this|the|their|its)\b"
    r"(?:\s+\w+){0,2}?\s+(?:published|released)\b|\bwhen\s+did\s+(?:that|the|their|its|this)\s+"
    r"(?:report|peel|inspection|assessment)\s+come\s+out\b",
    re.I,
)
_EVERY_ROUND = re.compile(r"\b(?:both|each|every|all)\s+(?:the\s+)?(?:rounds?|reports?|inspections?)\b", re.I)


def published_asked(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """When one body's report came out: its card (dated), or every round's when both are asked."""
    said = entities(db, text)  # ('when did the police one come out': the other kind's, not this body's)
    if not (_PUBLISHED.search(text) or asked_when(text)) or ENGAGE.search(text) or said.kind_word:
        return None
    if len({b.id for b in said.bodies}) == 1 and not (
        said.area or said.bare_names
    ):  # 'the kent police report'
        return f"when was the {said.bodies[0].id}{round_said(said.round, previous=False)} report published"
    if said.bodies or (one := one_body_asked(db, previous)) is None:
        return None
    question, name = one
    if _EVERY_ROUND.search(text):
        return f"history {name}"
    round_ = entities(db, text).round or getattr(question, "round", None)
    return (
        f"when was the {name}{round_said(round_, previous=False)} report published"  # its card, dated first
    )


# 'and the lowest?', 'its best?' after one body's answer: that body's weakest (or strongest) areas
_ITS_EXTREME = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:what\s+about\s+)?(?:the|its|their)?\s*(?P<which>lowest|worst|weakest|poorest|"
    r"highest|best|strongest)(?:\s+(?:one|ones|area|areas|grade|grades|bit|bits))?\W*$",
    re.I,
)
# 'so how many areas are RI now' after one body's answer: that body's count
_HOW_MANY_AREAS = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)*how\s+many\s+(?:areas?|grades?|of\s+(?:them|its|their))\b"
    # 'how many adequates is that', 'how many goods did they get': that body's count of the grade
    r"|^\W*(?:(?:and|so|ok|but)\s+)?how\s+many\s+(?:outstanding|good|adequate|inadequate|requires\s+improvement|ri)s?"
    r"\s+(?:is\s+that|was\s+that|did\s+(?:it|they|we)\s+get|have\s+(?:they|we)\s+got|has\s+it\s+got|in\s+(?:total|all))\b",
    re.I,
)


def of_one_body(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'and the lowest?' or 'how many areas are RI now' after a question about one body: asked of that body,
    never of every force."""
    extreme = _ITS_EXTREME.match(text)
    counted = _HOW_MANY_AREAS.match(text)
    if not extreme and not counted:
        return None
    new = entities(db, text)
    if new.bodies or new.kind_word or new.place or new.area:
        return None
    if (one := one_body_asked(db, previous)) is None:
        return None
    question, name = one
    when = round_said(new.round or getattr(question, "round", None))
    if extreme:
        worst = extreme.group("which").lower() in {"lowest", "worst", "weakest", "poorest"}
        return f"what is {name} {'worst' if worst else 'best'} at{when}"
    if not new.grades:
        return None
    # ('… get good in 2021-22' would read the round as where; 'in in 2021-22' keeps the count)
    return f"how many areas did {name} get {grades_said(new.grades)} in{' in' if when[:3] == ' 20' else ''}{when}"


# 'the inadequate ones - were they inadequate in 2021/22 too?', 'the two RIs, what were they last time': the areas
# at a grade in the answer shown, asked of another round: every round's grades, area by area
_THOSE_AT = re.compile(
    r"\b(?:the|those|its|their|our|\w+['’]s)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?"
    r"(?:outstanding|good|adequate|inadequate|requires\s+improvement|ri)(?:s(?:\s+(?:ones|areas|grades))?|\s+(?:ones|areas|grades))\b"
    r"(?=.*\b(?:they|them|those|these)\b.*\b(?:last\s+time|before|previous(?:ly)?|earlier|too|as\s+well|then|(?:in|at)\s+(?:the\s+)?"
    r"(?:20\d\d|\d\d/\d\d|last|first|previous|other)))",
    re.I,
)


def those_areas_before(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """The grades of the areas shown at a grade, in another round: the body's history, area by area."""
    if not _THOSE_AT.search(text) or len(text.split()) > 14:
        return None
    new = entities(db, text)
    if new.area or new.place or len(new.bodies) > 1:
        return None
    # its own body ('the met's two inadequates - … last time too'), else the one the last answer was about
    body = new.bodies[0].id if new.bodies else (one[1] if (one := one_body_asked(db, previous)) else None)
    return f"how has {body} done in every round" if body else None


# 'out of how many' after one body's areas at a grade: that answer says how many areas it was of
_OUT_OF = re.compile(
    r"^\W*(?:(?:and|so|ok)\s+)?(?:out\s+of\s+how\s+many|of\s+how\s+many|out\s+of\s+what|how\s+many\s+(?:areas\s+)?"
    r"(?:were\s+graded|graded|altogether|in\s+all)|from\s+how\s+many)(?:\s+(?:areas|grades|in\s+total|then))?\W*$",
    re.I,
)


def out_of_how_many(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'out of how many' after one body's grades or its areas at a grade: the same question, whose answer says
    how many areas the report graded."""
    if not previous or not _OUT_OF.match(text):
        return None
    return previous if len({b.id for b in entities(db, previous).bodies}) == 1 else None

"""Numbers and starting grades that narrow a list: 'forces with three or more inadequate grades' (at least
that many), 'which forces slipped from outstanding for preventing crime' (a movement from that grade). Applied
to the parsed question, or said as not taken into account. Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.questions.dates import round_before
from bot.questions.kinds import FilterQuestion, MovementQuestion, Question
from bot.questions.thresholds import at_least
from bot.questions.vocab import GRADES
from bot.questions.words import find_grades

if TYPE_CHECKING:
    from bot.questions.entities import Entities

# 'from outstanding ... to something lower', 'slipped from good': the grade a movement starts from
# 'after being inadequate in 2021-22', 'having been rated RI', 'that were inadequate': the same start
_FROM = re.compile(
    r"\b(?:from|after\s+being|having\s+been|(?:that|which|who)\s+(?:were|was))\s+(?:(?:rated|graded|judged)\s+)?"
    r"(?:an?\s+)?(outstanding|good|adequate|requires\s+improvement|ri|inadequate)\b"
)


_GRADE = r"(outstanding|good|adequate|requires\s+improvement|ri|inadequate)"
# 'which forces went from inadequate to something better at responding': a movement, whatever else matched
_FROM_TO = re.compile(
    rf"\bfrom\s+(?:an?\s+)?{_GRADE}\s+(?:\w+\s+){{0,5}}?to\s+(?:an?\s+)?(?:something\s+)?"
    rf"(better|higher|lower|worse|{_GRADE[1:-1]})\b"
)


def _movement(question: Question, lowered: str) -> MovementQuestion | None:
    """A list of bodies at an area asked 'from one grade to another': who moved that way between rounds."""
    m = _FROM_TO.search(lowered)
    if m is None or not isinstance(question, FilterQuestion) or not question.area:
        return None
    start = find_grades(m.group(1))[0]
    to = m.group(2)
    end: tuple[str, ...] = ()
    if to in ("better", "higher", "lower", "worse"):
        direction = "better" if to in ("better", "higher") else "worse"
    else:
        end = find_grades(to)[0]
        if not start or not end:
            return None
        direction = "better" if GRADES.index(end[0]) < GRADES.index(start[0]) else "worse"
    return MovementQuestion(question.area, direction, question.kind, question.place, start=start, end=end)


_SHARE = re.compile(
    r"\bwhat\s+(?:percentage|proportion|share|fraction|percent|%)\s+of\b"
    r"(?=\s+(?:the\s+)?(?:\d+\s+)?(?:\w+\s+)?(?:forces|services|bodies|frss|constabularies|brigades)\b)",
    re.I,
)


def share_as_count(text: str) -> str:
    """'what percentage of forces were rated good', 'what proportion of fire services are in engage': asked as
    how many of them (the answer gives 'n of N'), so the Read as line shows the reading. A share of
    anything else ('of calls') stays a quantity, refused."""
    return _SHARE.sub("how many of", text)


def refine(
    question: Question, lowered: str, notes: tuple[str, ...]
) -> tuple[Question, tuple[str, ...], tuple[str, ...]]:
    """(the question narrowed, the words that narrowed it, the notes): a number of grades on a list; the
    grade a movement starts from. `lowered`: the text as typed, lower case ('2+ inadequates')."""
    if moved := _movement(question, lowered):
        return moved, (), notes
    if isinstance(question, MovementQuestion) and question.area and (m := _FROM.search(lowered)):
        start = find_grades(m.group(1))[0]
        to = _FROM_TO.search(lowered)
        end = (
            find_grades(to.group(2))[0]
            if to and to.group(2) not in ("better", "higher", "lower", "worse")
            else ()
        )
        if start:
            return replace(question, start=start, end=end), tuple(m.group(0).split()), notes
    n, said = at_least(lowered)
    if not said:
        return question, (), notes
    if (
        isinstance(question, FilterQuestion)
        and question.grades
        and not question.area
        and not question.every
        and n
    ):
        return (replace(question, at_least=n) if n > 1 else question), tuple(said.split()), notes
    if n != 1:
        notes += (f"not taken into account: “{said}”",)
    return question, tuple(said.split()), notes


def movement_question(e: Entities) -> MovementQuestion:
    """Grades for an area between two rounds; a lone first round ('improved after being inadequate in
    2021-22') is where the movement starts, as no round before it is held."""
    since, until = e.since_round, e.round
    if until and not since and round_before(until) is None:
        since, until = until, None
    return MovementQuestion(
        e.area.key if e.area else None, e.movement or "any", e.kind, e.place, since, until
    )

"""A short follow-up that asks for what the last answer already showed: 'which areas' after 'how many
inadequates', 'when' after the grades changed after publication. The last question again. Pure."""

from __future__ import annotations

import re

from bot.questions.kinds import BodyGradesQuestion, FilterQuestion, Question, RankQuestion
from bot.questions.names import Directory
from bot.questions.regrades import RegradeQuestion

# 'which areas', 'what ones?', 'which were they', 'name them', 'list them please'
_WHICH = re.compile(
    r"^\W*(?:ok\W+|and\W+|so\W+)?(?:(?:which|what)\s+(?:areas?|ones?|were\s+they|are\s+they|were\s+those)|"
    r"(?:name|list)\s+(?:them|those|the\s+areas))(?:\s+(?:were|are)\s+(?:they|those|it))?(?:\s+please)?\W*$",
    re.I,
)
# 'when', 'when was that', 'when did that happen', 'what date?'
_WHEN = re.compile(
    r"^\W*(?:and\W+|so\W+)?(?:when|what\s+date|which\s+date)(?:\s+(?:was|were|did)\s+(?:that|it|this|they)"
    r"(?:\s+(?:happen|change|changed))?)?\W*$",
    re.I,
)

# 'and the next ones after that', 'who came second', 'the runners up?': further down the ranking just shown
NEXT = re.compile(
    r"^\W*(?:(?:and|ok|so|then)\W+)?(?:(?:what|how)\s+about\s+|who\s+(?:are|were|is|was|s)\s+|show\s+(?:me\s+)?)?"
    r"(?:the\s+)?(?:next\s+(?:ones?|few|\w+\s+)?|runners?[\s-]*up|rest\s+of\s+the\s+(?:top|list|table|ranking))"
    r"|^\W*(?:(?:and|ok|so)\W+)?who\s+(?:came|was|is|were|comes)\s+(?:second|next|2nd|after\s+(?:them|that|it))\b",
    re.I,
)

# 'which ones had 3' after the most inadequates: those with that many (or more) of the grade ranked by
HAD_N = re.compile(
    r"^\W*(?:(?:and|ok|so)\W+)?(?:which|what|who)(?:\s+ones?|\s+others?)?\s+(?:else\s+)?(?:had|got|have|has|with|"
    r"were\s+on)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:areas?\s+)?(?:outstanding|good|adequate|"
    r"requires|ri|inadequate))",
    re.I,
)

_GRADES_IN_ALL = re.compile(
    r"^\W*(?:(?:and|so|ok)\W+)?how\s+many\s+(?:(?:outstanding|good|adequate|inadequate|requires\s+improvement|ri)s?\s+)?"
    r"(?:grades|ratings)?\s*(?:in\s+total|altogether|all\s+together|overall|between\s+them|in\s+all)\W*$",
    re.I,
)

# 'how many is that', 'how many are there': a list's answer counts its bodies
_HOW_MANY = re.compile(
    r"^\W*(?:(?:and|so|ok)\W+)?hows?\s+many(?:'?s\s+(?:that|tht)|\s+(?:(?:is|was)\s+(?:that|tht|thta|dat)|are\s+there|were\s+there|"
    r"are\s+they|were\s+they|of\s+(?:them|those|thsoe)|in\s+total|altogether|all\s+together))?"
    r"(?:\s+(?:then|in\s+total))?\W*$",
    re.I,
)


# 'and which weren't?', 'who didn't?': the rest of the list's group, the grades turned round
_WHICH_NOT = re.compile(
    r"^\W*(?:(?:and|so|ok)\W+)?(?:which|who|what)(?:\s+ones?)?\s+(?:weren'?t|wasn'?t|aren'?t|isn'?t|didn'?t|"
    r"hasn'?t|haven'?t|did\s+not|were\s+not|are\s+not)(?:\s+(?:then|there))?\W*$",
    re.I,
)


def the_others(text: str, last: Question | None, directory: Directory) -> str | None:
    """'and which weren't?' after 'which forces are inadequate at responding': the group's bodies at the other
    grades (every area at them when no area was asked), as a question that stands alone; else None."""
    if not isinstance(last, FilterQuestion) or not last.grades or last.count or not _WHICH_NOT.match(text):
        return None
    from dataclasses import replace

    from bot.questions.operators import other_grades
    from bot.questions.written import written

    turned = replace(last, grades=other_grades(last.grades), every=not last.area, exclude=())
    return written(turned, directory) or None


def shown_again(text: str, previous: str | None, last: Question | None, directory: Directory) -> str | None:
    """`previous` again when `text` asks only for what its answer showed; else None."""
    if previous is None:
        return None
    if _HOW_MANY.match(text) and _counts_its_list(last):
        from bot.questions.kinds import RecentQuestion

        if isinstance(last, RecentQuestion) and not last.count:  # its count said first
            return re.sub(r"^\W*(?:which|what)\b", "how many", previous, count=1, flags=re.I)
        return previous  # its answer says how many
    if isinstance(last, BodyGradesQuestion) and _WHICH.match(text):
        return previous  # its answer lists the areas at the grades asked
    if isinstance(last, RegradeQuestion) and (_WHEN.match(text) or _WHICH.match(text)):
        return previous  # its answer dates each change
    if isinstance(last, FilterQuestion) and last.grades and not last.area and _GRADES_IN_ALL.match(text):
        # 'how many inadequate grades in total' after the list of those with one: the grades, counted
        from bot.questions.kinds import GradeCountQuestion
        from bot.questions.written import written

        return written(GradeCountQuestion(last.grades, None, last.kind, last.place, last.round), directory)
    if isinstance(last, RankQuestion) and last.by_grade and not last.names and (m := HAD_N.match(text)):
        from bot.questions.cues import number

        bodies = "fire services" if last.kind == "fire" else "police forces"
        place = f" in {last.place.label}" if last.place else ""
        grade = last.by_grade.lower()
        return f"which {bodies}{place} have {number(m.group(1))} or more {grade} grades in {last.round or 'latest'}"
    if isinstance(last, RankQuestion) and not last.names and not last.asked_about and NEXT.search(text):
        return f"top {min(last.limit + 5, 20)}: {previous}"  # 'and the next ones after that': further down
    return None


def _counts_its_list(last: Question | None) -> bool:
    """A list whose answer says how many it holds: bodies at a grade, reports published, Engage's spells."""
    from bot.questions.kinds import MonitoringQuestion, RecentQuestion
    from bot.questions.recorded import RecordedQuestion

    if isinstance(last, MonitoringQuestion):
        return not last.name and not last.names
    return isinstance(last, FilterQuestion | RecordedQuestion | RegradeQuestion | RecentQuestion)

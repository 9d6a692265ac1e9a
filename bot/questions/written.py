"""A question written back in words that stand alone: the 'Read as' line, as follow-ups write it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions.area_counts import AreaCountQuestion
from bot.questions.kinds import (
    AreaQuestion,
    BodyGradesQuestion,
    FilterQuestion,
    MovementQuestion,
    Question,
    RankQuestion,
)
from bot.questions.names import Directory
from bot.questions.recorded import RecordedQuestion
from bot.questions.vocab import GRADES

# how a RecordedQuestion's `asked` is said, as parse_recorded reads it back
_RECORDED = {
    "none": "no grade recorded here",
    "nothing": "nothing recorded",
    "complete": "every core grade recorded",
}


def _grades_phrase(grades: tuple[str, ...]) -> str:
    """('Outstanding', 'Good', 'Adequate') -> 'adequate or better'; else each grade, joined by 'or'."""
    if len(grades) > 1 and grades == GRADES[: len(grades)]:
        return f"{grades[-1].lower()} or better"
    if len(grades) > 1 and grades == GRADES[-len(grades) :]:
        return f"{grades[0].lower()} or worse"
    if len(grades) == len(GRADES) - 1:  # 'didn't get a single good': any grade but that one
        return f"any grade but {next(g for g in GRADES if g not in grades).lower()}"
    return " or ".join(g.lower() for g in grades)


def written(question: Question, directory: Directory) -> str:
    """The question in words that stand alone (as a follow-up writes it back); '' when there is none. A round
    asked is always said ('which welsh forces weren't good at anything in 21/22' is read in 2021-22)."""
    text = _words(question, directory)
    asked = getattr(question, "round", None)
    if not text or asked is None or asked in text or isinstance(question, RecordedQuestion):
        return text
    return f"{text} in {'the previous round' if asked == 'previous' else asked}"


def _words(question: Question, directory: Directory) -> str:
    from bot.questions.context import _written, area_words
    from bot.questions.kinds import HistoryQuestion

    if isinstance(question, FilterQuestion) and question.among and question.grades:
        from bot.questions.among import among_text

        among = [b.name for i in question.among if (b := directory.by_id(i))]
        return among_text(among, _grades_phrase(question.grades), area_words(question.area), None)
    if isinstance(question, MovementQuestion):
        bodies = "fire services" if question.kind == "fire" else "police forces"
        place = f" in {question.place.label}" if question.place else ""
        moved = {"better": "got better", "worse": "got worse"}.get(question.direction, "changed")
        area = f" at {area_words(question.area)}" if question.area else ""
        start = f" from {_grades_phrase(question.start)}" if question.start else ""
        start += f" to {_grades_phrase(question.end)}" if question.end else ""
        return f"which {bodies}{place} {moved}{area}{start}"
    if isinstance(question, RankQuestion) and question.asked_about:
        body = directory.by_id(question.asked_about)
        rest = _words(replace(question, asked_about=None), directory)
        return f"where {body.name if body else question.asked_about} ranks: {rest}" if rest else ""
    if isinstance(question, RankQuestion) and question.names and question.by_grade:
        ranked = [b.name for n in question.names if (b := directory.by_id(n))]
        most = "fewest" if question.fewest else "most"
        return f"which of {', '.join(ranked[:-1])} and {ranked[-1]} got the {most} {question.by_grade.lower()} grades"
    if isinstance(question, HistoryQuestion) and directory.by_id(question.name):
        return f"how has {directory.by_id(question.name).name} done in every round"  # type: ignore[union-attr]
    if isinstance(question, FilterQuestion) and question.at_least > 1 and not question.exclude:
        bodies = "fire services" if question.kind == "fire" else "police forces"
        place = f" in {question.place.label}" if question.place else ""
        grades = _grades_phrase(question.grades)
        return f"which {bodies}{place} have {question.at_least} or more {grades} grades" + (
            f" in {question.round}" if question.round else ""
        )
    if isinstance(question, AreaCountQuestion):
        bodies = "fire services" if question.kind == "fire" else "police forces"
        place = f" in {question.place.label}" if question.place else ""
        most = "fewest" if question.fewest else "most"
        return (
            f"which areas have the {most} {_grades_phrase(question.grades)} grades among the {bodies}{place}"
        )
    if isinstance(question, RecordedQuestion):
        bodies = "fire services" if question.kind == "fire" else "police forces"
        place = f" in {question.place.label}" if question.place else ""
        asked = f"{question.round} report" if question.round else "latest report"
        which = _RECORDED.get(
            question.asked
        )  # 'which police forces in Wales have nothing recorded in 2021-22'
        if which and question.asked != "undated":
            return f"which {bodies}{place} have {which}" + (f" in {question.round}" if question.round else "")
        return f"what is recorded here for each of the {bodies}{place}, from its {asked}"
    if isinstance(question, FilterQuestion) and question.exclude:
        rest = _words(replace(question, exclude=()), directory)
        left_out = ", ".join(b.name for b in directory.bodies if b.id in question.exclude)
        return f"{rest}, apart from {left_out}" if rest else ""
    if isinstance(question, FilterQuestion) and question.every:
        bodies = "fire services" if question.kind == "fire" else "police forces"
        place = f" in {question.place.label}" if question.place else ""
        return f"which {bodies}{place} are {_grades_phrase(question.grades)} in every area"
    if isinstance(question, FilterQuestion) and question.except_areas:
        from bot.questions.areas import CONCEPTS_BY_KEY

        rest = _words(replace(question, except_areas=()), directory)
        areas = " and ".join(CONCEPTS_BY_KEY[k].label for k in question.except_areas if k in CONCEPTS_BY_KEY)
        return f"{rest}, in an area other than {areas}" if rest else ""
    if isinstance(question, BodyGradesQuestion) and question.every:
        body = directory.by_id(question.name)
        return f"was {body.name if body else question.name} {_grades_phrase(question.grades)} in every area"
    if isinstance(question, BodyGradesQuestion) and question.pillar:
        body = directory.by_id(question.name)
        return f"{body.name if body else question.name}: the {question.pillar} pillar"
    if isinstance(question, AreaQuestion) and not question.test:
        body = directory.by_id(question.name)
        return f"{body.name if body else question.name} on {area_words(question.area)}"
    text = _written(question, directory)
    pattern, names = _ids(directory)  # ids read as names
    return pattern.sub(lambda m: names[m.group(0)], text) if text else text


_id_cache: dict[int, tuple[Directory, re.Pattern[str], dict[str, str]]] = {}


def _ids(directory: Directory) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every body id (longest first), and each id's name; cached per directory."""
    cached = _id_cache.get(id(directory))
    if cached is None or cached[0] is not directory:
        names = {b.id: b.name for b in directory.bodies}
        ids = "|".join(re.escape(i) for i in sorted(names, key=len, reverse=True))
        _id_cache.clear()
        cached = (directory, re.compile(rf"(?<![\w-])(?:{ids})(?![\w-])"), names)
        _id_cache[id(directory)] = cached
    return cached[1], cached[2]

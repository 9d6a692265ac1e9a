"""'is kent fire the best fire service', 'is that the worst in the north west': a ranking, with where the body
asked about stands in it. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions.kinds import AreaQuestion, BodyGradesQuestion, GradeQuestion, Question, RankQuestion
from bot.questions.names import Directory
from bot.questions.words import find_place

_BEST = re.compile(
    r"\b(?:is|are|was|were|isnt|isn't|arent|aren't)\s+(?:it|that|they|this|[\w'&-]+(?:\s+[\w'&-]+){0,5}?)\s+"
    r"the\s+(?:(?:very|single|absolute)\s+)?(?P<word>best|worst|top|bottom|strongest|weakest)\b",
    re.I,
)
_WORST = {"worst", "bottom", "weakest"}


def best_asked(question: Question, norm: str, directory: Directory) -> Question:
    """The question as a ranking of the body's kind (and place, when named) that says where it stands;
    the question itself when it asks no such thing."""
    if not isinstance(question, GradeQuestion | BodyGradesQuestion | AreaQuestion):
        return question
    if isinstance(question, BodyGradesQuestion) and question.grades:
        return question
    m = _BEST.search(norm)
    body = directory.by_id(question.name)
    if m is None or body is None or re.search(r"\b(?:what|which|where)\s*$", norm[: m.start()]):
        return question  # ('what is kent the best at': its best area)
    place, _ = find_place(norm[m.end() :])
    area = question.area if isinstance(question, AreaQuestion) else None
    ranked = RankQuestion(area, best=m.group("word").lower() not in _WORST, limit=3, kind=body.kind)
    return replace(ranked, place=place, round=question.round, asked_about=body.id)

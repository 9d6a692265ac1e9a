"""'Hows notts fire doing on protection and prevention': one body on two areas, each answered, never the
first alone with the second dropped. Pure."""

from __future__ import annotations

from dataclasses import replace

from bot.questions.areas import CONCEPTS_BY_KEY, find_area
from bot.questions.kinds import AreaQuestion, Question
from bot.questions.names import Directory


def second_area(question: Question, text: str, directory: Directory) -> AreaQuestion | None:
    """The same one-area question on the other area the text names, when it names two; None otherwise."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    if not isinstance(question, AreaQuestion) or question.area not in CONCEPTS_BY_KEY:
        return None
    body = directory.by_id(question.name)
    if body is None:
        return None
    rest = find_entities(text, directory, name_finder(directory)).rest
    first, span = find_area(rest, body.kind)
    if first is None or span is None or first.key != question.area:
        return None
    other, _ = find_area(rest[: span[0]] + " " * (span[1] - span[0]) + rest[span[1] :], body.kind)
    if other is None or other.key == question.area:
        return None
    return replace(question, area=other.key)

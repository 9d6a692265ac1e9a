"""A grade said of a past round, then asked of now: 'sussex police was inadequate at responding to the public in
21/22 - what is it now' asks the body's latest grade for that area (its answer shows the move since). Pure."""

from __future__ import annotations

import re

from bot.questions.dates import ROUND
from bot.questions.names import Directory

_NOW = r"(?:now|today|currently|these\s+days|atm|at\s+the\s+moment|this\s+time)"
_THEN_NOW = re.compile(
    r"^(?P<first>.+?)\s*(?:[-–—,;:.?]+\s*|\s(?=(?:so|but|and|what|where|how|is|are)\s))(?:(?:so|but|and)\s+)?"
    r"(?:(?:what(?:'?s|\s+is|\s+are)|where\s+(?:is|are)|how\s+(?:is|are))\s+(?:it|they|that|the\s+grade|their\s+grade|"
    r"it\s+rated|they\s+rated)(?:\s+(?:rated|graded|doing))?\s+"
    + _NOW
    + r"|(?:what|how)\s+about\s+"
    + _NOW
    + r"|(?:is\s+it|are\s+they|is\s+that)\s+still(?:\s+(?:the\s+case|so|"
    + _NOW
    + r"))?|and\s+"
    + _NOW
    + r")\W*$",
    re.I,
)


def instead(text: str, directory: Directory) -> str:
    """The question asked of now, written to stand alone, when `text` says a past round's grade and then asks
    how it is now; the text unchanged otherwise."""
    said = _THEN_NOW.match(text)
    if said is None or not ROUND.search(said.group("first")):
        return text
    from bot.questions.context import area_words
    from bot.questions.kinds import UsageError
    from bot.questions.parse import parse_question

    try:
        first = parse_question(said.group("first"), directory)
    except UsageError:
        return text
    name, area = getattr(first, "name", None), getattr(first, "area", None)
    if not isinstance(name, str) or directory.by_id(name) is None:
        return text
    return f"{name} {area_words(area)}" if area and area_words(area) else f"grade {name}"

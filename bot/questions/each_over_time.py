"""'the met and gmp on investigating over time', 'compare kent and essex across both rounds': two or three
bodies over time are each one's own history (on the area asked), one after the other, never a side-by-side of
their latest reports that drops the 'over time'. Pure."""

from __future__ import annotations

import re

from bot.questions.kinds import CompareQuestion, Question
from bot.questions.names import Directory, normalise
from bot.questions.split import MAX_PARTS

_OVER_TIME = re.compile(
    r"\b(?:over\s+time|history|histories|track\s+records?|over\s+the\s+years|"
    r"(?:every|all|each|both)\s+(?:the\s+)?(?:two\s+)?rounds|across\s+(?:both|the|all|two)\s+(?:\w+\s+)?rounds|"
    r"(?:in|for)\s+each\s+round)\b"
)
NOTE = "over time, each on its own"


def over_time_texts(question: Question, text: str, directory: Directory) -> tuple[str, ...]:
    """Each body's own question over time, when a side-by-side of two or three was asked over time."""
    from bot.questions.context import area_words

    if not isinstance(question, CompareQuestion) or question.round:
        return ()
    if not 2 <= len(question.names) <= MAX_PARTS or not _OVER_TIME.search(normalise(text)):
        return ()
    bodies = [b for n in question.names if (b := directory.by_id(n))]
    if len(bodies) != len(question.names):
        return ()  # a loosely typed name is asked back about, as any side-by-side's is
    on = area_words(question.area)
    return tuple(f"{b.id} {on} over time" if on else f"history {b.id}" for b in bodies)

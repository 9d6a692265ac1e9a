"""Of the bodies a grade filter was asked about ('did any of the other north west services get outstanding?'),
those not at the grade, so each one asked about is answered. Pure."""

from __future__ import annotations

import re

from bot.questions.answers import FilterAnswer
from bot.questions.names import Body

# 'which one of those was inadequate': the ones that are, and no others; 'did any of them', 'how many of them':
# each one answered
_PICK = re.compile(r"(?i)^\W*(?:(?:and|so|ok|but)\s+)?(?:which|who)\b")


def not_rated(answer: FilterAnswer, question: str) -> list[Body]:
    """The bodies asked about that are neither on the list nor unrecorded; none when the question picks."""
    if not answer.among or _PICK.match(question):
        return []
    matched = {r.body.id for r in answer.rows} | {b.id for b in answer.unrecorded}
    return [b for b in answer.scope if b.id not in matched]

"""'what's the newest PEEL report you hold and what did it say': one report, the newest, asked for; answered
with its grades (its card), not the list of the latest ten."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.questions.answers.recent import recent_answer
from bot.questions.answers.snapshot import Snapshot
from bot.questions.kinds import GradeQuestion, Question, RecentQuestion

# 'the most recent inspection report', 'your newest peel report' (one: not 'reports', not 'report on X')
_ONE = re.compile(
    r"\b(?:the\s+|your\s+)?(?:most\s+recent|newest|latest|last)\s+(?:\w+\s+){0,3}?(?:report|inspection)\b(?!s)"
    r"(?!\s+(?:on|for|of|about|into)\b)",
    re.I,
)


def newest_one(snap: Snapshot, question: Question, text: str, today: date) -> GradeQuestion | None:
    """The newest report's card question, when the text asks for the one newest report; else None."""
    if not isinstance(question, RecentQuestion) or question.count or question.period:
        return None
    if question.since or question.until or question.limit not in (None, 1, 10) or not _ONE.search(text):
        return None
    found = recent_answer(snap, replace(question, limit=1), today)
    row = found.newest or (found.rows[0] if found.rows else None)
    return GradeQuestion(row.body.id, row.report.round) if row else None

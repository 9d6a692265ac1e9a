"""Follow-ups that name their body and ask a whole question of their own: a body beside the rest of a place ('how
do the other fire services in the east of england compare with Suffolk Fire and Rescue Service'), asked as it
stands; when a body's report came out, asked of the body the merge settled on, never its last area."""

from __future__ import annotations

import sqlite_utils

from bot.questions.topics import STATISTICS
from bot.slack.parsed import entities, parsed
from bot.slack.when_published import published_asked


def stands_alone(db: sqlite_utils.Database, text: str) -> bool:
    """Whether the text, read alone, compares a body it names with the other bodies of a place, or asks about
    crime figures ('which of these places has the lowest crime rate'): refused, never merged away."""
    if entities(db, text).not_covered == STATISTICS:
        return True
    low = text.lower()
    if "other" not in low and "rest" not in low:
        return False
    from bot.questions.kinds import CompareQuestion

    named = entities(db, text).bodies
    question = parsed(db, text)
    return isinstance(question, CompareQuestion) and len(named) == 1 and len(question.names) > 2


def published_of(db: sqlite_utils.Database, text: str, merged: str) -> str | None:
    """'when was the dorset and wilts report published?' after a list on an area: when the one body the merge
    settled on had its report published (not that area's grade); None when the text asks no such thing."""
    if not published_asked(text) or published_asked(merged):
        return None
    from bot.questions.kinds import AreaQuestion

    question = parsed(db, merged)
    if not isinstance(question, AreaQuestion):
        return None  # ('when was it published' after one report: that report, round and all, as merged)
    return f"when was {question.name}'s {question.round or ''} report published".replace("  ", " ")

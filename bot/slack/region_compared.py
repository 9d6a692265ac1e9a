"""A follow-up that names its body beside the rest of a place ('how do the other fire services in the east of
england compare with Suffolk Fire and Rescue Service'): a comparison of its own, asked as it stands."""

from __future__ import annotations

import sqlite_utils

from bot.slack.parsed import entities, parsed


def region_compared(db: sqlite_utils.Database, text: str) -> bool:
    """Whether the text, read alone, compares a body it names with the other bodies of a place."""
    if "other" not in text.lower() and "rest" not in text.lower():
        return False
    from bot.questions.kinds import CompareQuestion

    question = parsed(db, text)
    named = entities(db, text).bodies
    return isinstance(question, CompareQuestion) and len(named) == 1 and len(question.names) > 2

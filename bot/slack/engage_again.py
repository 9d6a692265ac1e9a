"""'and out again?' after when one body went into Engage: when it came out, which its spells answer shows."""

from __future__ import annotations

import re

import sqlite_utils

from bot.slack.parsed import parsed

_OUT_AGAIN = re.compile(
    r"^\W*(?:(?:and|so|ok|then|but)\s+)?(?:when\s+(?:did|was|were)\s+(?:they|it|he|she)\s+)?(?:taken\s+|let\s+|come\s+|came\s+|"
    r"get\s+|got\s+|moved\s+|brought\s+)?out(?:\s+(?:again|of\s+it|of\s+there))?(?:\s+when)?\W*$",
    re.I,
)


def out_again(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """The body's Engage spells, when a bare 'and out again?' follows a question about one body's Engage."""
    from bot.questions.kinds import MonitoringQuestion

    if not previous or not _OUT_AGAIN.match(text):
        return None
    question = parsed(db, previous)
    if isinstance(question, MonitoringQuestion) and question.name and not question.names:
        return f"has {question.name} been in engage"
    return None

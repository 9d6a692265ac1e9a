"""Two questions in one where the second leans on the first ('which fire services got inadequate for values and
culture, and have any of them been put in engage'): the first as asked, the second read as the follow-up it
is, each then answered as a question of its own."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.kinds import HelpQuestion, OutOfScopeQuestion, UnanswerableQuestion
from bot.questions.split import CLAUSE, SAID_AGAIN
from bot.slack.parsed import parsed

_QUIET = (HelpQuestion, UnanswerableQuestion, OutOfScopeQuestion)
_POINTS_BACK = re.compile(r"\b(?:any\s+of\s+(?:them|those|these)|they|them|those|these|their|it|its)\b", re.I)


def leaning(db: sqlite_utils.Database, text: str) -> tuple[str, str] | None:
    """The first question and the second written to stand alone, when the second points back at the first's
    answer ('any of them', 'they'); None when the text is not two such questions."""
    from bot.slack.conversation import follow_up  # the conversation's reading, as a reply in a thread

    cut = next(CLAUSE.finditer(text), None)
    if cut is None:
        return None
    first, second = text[: cut.start()].strip(" ,?;"), text[cut.end() :].strip()
    if not first or not second or not _POINTS_BACK.search(second) or SAID_AGAIN.match(second):
        return None  # ('… didnt they? what was it': the first question, asked again)
    if (question := parsed(db, first)) is None or isinstance(question, _QUIET):
        return None
    standing = follow_up(db, second, first)
    if " ".join(standing.split()).lower() == " ".join(second.split()).lower():
        return None  # not read as a follow-up: the pieces are not two questions
    if (again := parsed(db, standing)) is None or isinstance(again, _QUIET):
        return None
    return first, standing

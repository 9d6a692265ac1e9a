"""'his girlfriend's in cardiff, same police?', 'my mum's in corby, same lot for her?' after one body: whether that
place is the body's, asked as a question of its own."""

from __future__ import annotations

import sqlite_utils

from bot.questions.answers import snapshot
from bot.slack.parsed import entities


def same_place_check(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'same police?' with a place, after one body: the check, as a question of its own."""
    from bot.questions.last_asked import last_question
    from bot.questions.place_check import same_as_before

    found = entities(db, text)
    last = last_question(previous, snapshot(db).directory)
    if last is None or len(last.bodies) != 1 or len(found.towns.towns) != 1:
        return None
    return same_as_before(text, last.bodies[0], found.towns.towns[0].said)

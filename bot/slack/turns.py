"""What a short follow-up asks of the answer before it, read before the general merge rules: the whole card
after one area ('full grades?'), who inspects the bodies just said not to be held, counting a list again, the
reasons on record ('what were the causes of concern'), a place's police and fire both."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.shown import shown_bodies
from bot.slack.parsed import parsed

# 'what were the causes of concern' after a body: the reasons on record for it, not a refusal
CONCERNS = re.compile(r"\bcauses?\s+of\s+concern|\bareas?\s+for\s+improvement\b", re.I)
WHO_INSPECTS = re.compile(r"\bwho\s+(?:does\s+|do\s+|else\s+|actually\s+)?inspects?\b", re.I)
HOW_MANY_THAT = re.compile(
    r"^\W*(?:(?:so|ok|and)\s+)?how\s+many(?:'s|\s+(?:is|was|were|are))?\s+(?:that|those|them|there)(?:\s+in\s+all)?\W*$",
    re.I,
)
_MOVEMENT = re.compile(
    r"\b(?:better|worse|improv\w*|declin\w*|changed?|went\s+(?:up|down)|over\s+time)\b", re.I
)


def names_a_place(db: sqlite_utils.Database, text: str) -> bool:
    """Whether the text names a town or city people live in."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    directory = snapshot(db).directory
    found = find_entities(text, directory, name_finder(directory))
    return bool(found.towns.found)


def about_bodies_not_held(db: sqlite_utils.Database, previous: str) -> bool:
    """Whether the last question was about bodies HMICFRS doesn't inspect (Welsh fire services, Scotland)."""
    from bot.questions.entities import find_entities
    from bot.questions.kinds import OutOfScopeQuestion
    from bot.questions.parse import name_finder

    if isinstance(parsed(db, previous), OutOfScopeQuestion):
        return True
    directory = snapshot(db).directory  # 'swansea fire service': a Welsh place's fire service
    return bool(find_entities(previous, directory, name_finder(directory)).out_of_scope)


def rest_of(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'full grades?', 'the rest of their grades' after an answer about one body: that body's whole card, of
    the round shown."""
    from bot.questions.picks import REST_OF

    if not REST_OF.search(text) or len(text.split()) > 12 or _MOVEMENT.search(text):
        return None  # ('the rest of their areas, better or worse?': how they moved)
    if (question := parsed(db, previous)) is None:
        return None
    shown, round_ = shown_bodies(snapshot(db), question)
    if one := getattr(question, "name", None):
        shown, round_ = (one,), getattr(question, "round", None)
    if round_ == "previous":
        return None
    return f"grade {shown[0]}{f' {round_}' if round_ else ''}" if len(shown) == 1 else None

"""A follow-up that a place people live decides ('and the fire service round here', 'was the police force ever in
special measures' after a town): merged by the place's rules."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.context import follow
from bot.questions.move_words import MINE
from bot.questions.names import Directory
from bot.slack.one_shown import ENGAGE_WORDS

_GROUP_ASKED = re.compile(
    r"\b(?:how\s+many|which|what|any|list)\s+(?:other\s+)?(?:\w+\s+){0,2}(?:forces|services|constabularies|brigades)\b"
    r"|\bany\s+(?:other\s+)?(?:\w+\s+){0,2}(?:force|service|constabulary|brigade)\b",  # 'any north east force'
    re.I,
)


def through_place(text: str, directory: Directory, previous: str | None) -> str | None:
    """A follow-up a place people live decides (see moves_through_place): merged by the place's rules."""
    from bot.questions.place_questions import moves_through_place
    from bot.questions.why_words import asks_why

    if asks_why(text) or MINE.search(text):
        return None  # 'back to the cops, why was responding so bad': the reasons, for the town's body (moves)
    moves = moves_through_place(text, previous, directory)
    if ENGAGE_WORDS.search(text) and previous and not _GROUP_ASKED.search(text):
        # 'was the police force ever in special measures': the town's ('how many forces went into …' is a group)
        from bot.questions.entities import find_entities
        from bot.questions.move_words import asked_kind
        from bot.questions.parse import name_finder
        from bot.questions.place_questions import town_bodies

        finder = name_finder(directory)
        said = find_entities(text, directory, finder)
        kind = asked_kind(said)
        # 'was bucks in special measures' after a fire service: the town named now, in the conversation's kind
        there = town_bodies(
            text, kind or asked_kind(find_entities(previous, directory, finder)) or "", directory
        )
        there = there or (town_bodies(previous, kind, directory) if kind and not said.bodies else ())
        if len(there) == 1:
            return f"has {there[0].id} been in engage"
    if not moves:
        return None
    merged = follow(text, directory, previous)
    return merged if merged != text else None  # not merged by the place: the other rules may


def places_of(db: sqlite_utils.Database, question: str) -> str:
    """The towns a question named ('leeds'), as words a follow-up can take its place from; '' if none."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    directory = snapshot(db).directory
    found = find_entities(question, directory, name_finder(directory))
    said = (
        " fire service"
        if found.towns.towns and found.towns.kind_said and found.towns.kinds == ("fire",)
        else ""
    )
    names = [seen.town.name for seen in found.towns.towns]
    joined = " and ".join((", ".join(names[:-1]), names[-1])) if len(names) > 1 else "".join(names)
    return joined + said  # ('fire service in cardiff': the kind too; 'wrexham and newport': each)

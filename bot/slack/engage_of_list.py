"""Engage asked of the bodies the last answer listed or named: 'which one was in special measures', 'have any of
them been in engage', 'are either of them in it right now'. The list stays the conversation's subject."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.shown import shown_bodies
from bot.slack.listed import listed
from bot.slack.parsed import entities, parsed
from bot.slack.shown_most import few_shown

MAX_LISTED = 12  # 'have any of them been in engage' of a list this long at most


# 'which one was in special measures' after two to six bodies: of those, the ones with a spell in Engage
_WHICH_IN_ENGAGE = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:which|who)\s+(?:one\s+|ones\s+|of\s+(?:them|those|these|the\s+\w+)\s+)?"
    r"(?:was|were|is|are|has|have|had|went|got|ever)\b.*\b(?:engage|special\s+measures|enhanced\s+monitoring)\b"
    # 'have any of them been put in engage': of a list just shown
    r"|^\W*(?:(?:and|so|ok|but)\s+)?(?:(?:was|were|is|are|has|have|had|did)\s+)?(?:any|either|both)\s+(?:of\s+)?"
    r"(?:them|those|these)\b"  # ('any of those in engage?')
    r".*\b(?:engage|special\s+measures|enhanced\s+monitoring)\b",
    re.I,
)


def engage_of_shown(
    db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None = None
) -> str | None:
    """'which one was in special measures' after two to six bodies: the one of them with a spell on record
    (its spells), or those with one; None when it asks no such thing."""
    from datetime import date

    from bot.questions.answers.monitoring import monitoring_answer

    if not previous or not _WHICH_IN_ENGAGE.match(text) or entities(db, text).bodies:
        return None
    snap = snapshot(db)
    listed_ = _any_of_listed(db, text, previous) or (_any_of_listed(db, text, earlier) if earlier else [])
    ids = shown_bodies(snap, question)[0] if (question := parsed(db, previous)) else ()
    side = [b for i in ids if (b := snap.directory.by_id(i))] if 2 <= len(ids) <= MAX_LISTED else []
    if not (shown := few_shown(db, previous) or listed_ or side):  # (side: 'the neighbours in the east mids')
        return None
    today = date.today().isoformat()
    spelled = [b for b in shown if (found := monitoring_answer(snap, b, b.kind, today)).current or found.past]
    if len(spelled) == 1:
        return f"has {spelled[0].id} been in engage"
    if re.search(r"(?i)\b(?:now|currently|still|at\s+the\s+moment|atm|today)\b", text):
        return f"are {' and '.join(b.id for b in shown)} in engage now"  # 'either of them, right now'
    return f"have {' and '.join(b.id for b in (spelled or shown))} been in engage"


_ANY_OF_THEM = re.compile(
    r"(?i)\b(?:any|which|who|either|both)\s+(?:one\s+)?(?:of\s+)?(?:them|those|these)\b|\bof\s+the\s+(?P<n>\d+|three|four|five|six|seven|eight|nine|ten)\b"
)
_NUMBERS = ("three", "four", "five", "six", "seven", "eight", "nine", "ten")


def of_the_list(
    db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None
) -> str | None:
    """'which of those have been in engage' after a list: asked of the list's bodies, while the conversation
    stays on the list ('same for 2021/22' is the list again, in that round): the list question, or None ('are
    either of them in it': the two named, so 'why lincs?' next asks why it is in Engage)."""
    if not previous or not _WHICH_IN_ENGAGE.match(text) or re.search(r"(?i)\b(?:either|both)\b", text):
        return None
    return next((q for q in (previous, earlier) if q and _any_of_listed(db, text, q)), None)


def _any_of_listed(db: sqlite_utils.Database, text: str, previous: str) -> list:
    """'have any of them been put in engage' after a list answer: the bodies it listed (a few at most)."""
    if not _ANY_OF_THEM.search(text):
        return []
    snap = snapshot(db)
    shown = [b for i in listed(db, previous) if (b := snap.directory.by_id(i))]
    said = _ANY_OF_THEM.search(text)
    number = said.group("n") if said else None
    if number and len(shown) != (int(number) if number.isdigit() else _NUMBERS.index(number) + 3):
        return []  # 'which of the five' of a list of four is not that list
    return shown if 2 <= len(shown) <= MAX_LISTED else []


# 'the north west one - how long was it in for' after Engage's list: the one listed of that region
_THE_REGIONS_ONE = re.compile(r"\bthe\s+(?:[a-z-]+\s+){1,3}(?:one|force|service|brigade|lot)\b", re.I)
# 'what got them put in there': why it went in
_WHAT_PUT_THEM = re.compile(r"(?i)\bwhat\s+(?:got|put|landed|sent)\s+(?:them|it|him|her)\b")


def region_one_of_list(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """The Engage question of the one body of the last list in the region the follow-up names; None when the
    text names no region that way, or none or several listed are there."""
    if not previous or not _THE_REGIONS_ONE.search(text):
        return None  # (the words first: this is asked of every follow-up after Engage)
    new = entities(db, text)
    if new.bodies or new.place is None or not new.place.regions:
        return None
    directory = snapshot(db).directory
    there = [b for i in listed(db, previous) if (b := directory.by_id(i)) and b.region in new.place.regions]
    if len(there) != 1:
        return None
    from bot.questions.why_words import asks_why

    if asks_why(text) or _WHAT_PUT_THEM.search(text):
        return f"why is {there[0].id} in engage"  # 'the london one, what got them put in there'
    how_long = re.search(r"(?i)\bhow\s+long\b", text)
    return f"how long was {there[0].id} in engage" if how_long else f"has {there[0].id} been in engage"

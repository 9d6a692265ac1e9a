"""A place said alone in a conversation that has been about both kinds of body ('my partner prefers leeds tbh'
after the police and the fire service where they live now): both of that place's bodies, not one kind."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.names import Directory
from bot.questions.why_words import asks_why
from bot.slack.parsed import entities

# a place compared ('is hull safer than leeds', 'crawley same?'), or something asked of it ('when did the hereford
# one come out'): not the place's bodies of both kinds
_ASKS_MORE = re.compile(
    r"(?i)\b(?:compare[ds]?|vs|versus|than|same|when|which|who|better|worse|safer|one|ones|lot|either|both)\b"
)
# a place people live or may live in ('my son lives there', 'if we went for ludlow instead', 'my partner prefers
# leeds'): what living there means, both kinds of body
_LIVING = re.compile(
    r"(?i)\b(?:live[sd]?|living|mov(?:e|ed|ing)|relocat\w*|went\s+for|go\s+for|prefers?|instead|house|home|"
    r"son|daughter|partner|wife|husband|mum|dad|parents|family|kids|we|us)\b"
)
MAX_WORDS = 12  # longer, and the question says what it asks of the place


def both_kinds_there(db: sqlite_utils.Database, text: str, recent: tuple[str, ...]) -> str | None:
    """'how is everything in leeds' when `text` names a place and nothing else it asks (no kind, area, grade,
    round or Engage) and the conversation's recent bodies are of both kinds; else None."""
    if not recent or len(text.split()) > MAX_WORDS or asks_why(text) or _ASKS_MORE.search(text):
        return None
    if not _LIVING.search(text):
        return None  # 'and crawley?' after a fire service: that place's fire service, the kind kept
    said = entities(db, text)
    towns = said.towns
    if not towns.towns or towns.kind_said or said.kind_word or said.area or said.grades or said.round:
        return None
    if said.not_covered or said.off_topic or said.out_of_scope:
        return None  # 'the lowest crime rate in leeds': not ours to answer
    if (
        said.monitoring
        or said.place is not None
        or len({b.id for b in said.bodies} - {f[2].id for f in towns.found})
    ):
        return None
    directory = _directory(db)
    if any(directory.resolve(s.said or s.town.name).body is not None for s in towns.towns):
        return None  # 'what about cornwalls lot': a county's name names its bodies, as the engine reads them
    kinds = {b.kind for i in recent if (b := directory.by_id(i))}
    if kinds != {"police", "fire"}:
        return None
    return f"how is everything in {towns.towns[0].said or towns.towns[0].town.name}"


def _directory(db: sqlite_utils.Database) -> Directory:
    from bot.questions.answers import snapshot

    return snapshot(db).directory

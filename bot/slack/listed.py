"""The bodies a list answer showed, and a body named out of the list before the last answer ('the gloucestershire
one' after a fire list, then a two-in-one about the police)."""

from __future__ import annotations

import re
from dataclasses import replace

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.engage_shown import in_engage
from bot.questions.answers.shown import shown_bodies
from bot.slack.parsed import parsed

_THE_NAMED_ONE = re.compile(r"\bthe\s+(\w+(?:\s+\w+){0,2}?)\s+one\b", re.I)


def listed(db: sqlite_utils.Database, previous: str | None) -> tuple[str, ...]:
    """The ids of the bodies a list question answered with (which forces are X, the best at Y, who is in
    Engage now), in order."""
    from bot.questions.kinds import FilterQuestion, MonitoringQuestion, RankQuestion
    from bot.questions.regrades import RegradeQuestion

    question = parsed(db, previous)
    if isinstance(question, MonitoringQuestion) and not question.names:
        snap = snapshot(db)
        if question.name and snap.resolve(question.name).body is not None:
            return ()  # one body's spells
        return tuple(dict.fromkeys(in_engage(snap, replace(question, name=None))))
    if isinstance(question, RegradeQuestion):  # 'reason?' after the grades changed after publication
        from bot.questions.answers.regrades import regrades_answer

        return tuple(dict.fromkeys(c.body.id for c in regrades_answer(snapshot(db), question).changed))
    if not isinstance(question, FilterQuestion | RankQuestion):
        return ()
    return shown_bodies(snapshot(db), question)[0]


def named_before(db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None) -> str:
    """'the gloucestershire one - what grades did it get?' when the last answer listed no body of that name and
    the one before listed one: the text with that body's full name, else the text as it was."""
    from bot.questions.names import normalise

    said = _THE_NAMED_ONE.search(text)
    if not said or not previous:
        return text
    words = normalise(said.group(1))
    snap = snapshot(db)

    def named(ids: tuple[str, ...]) -> list:
        bodies = [snap.directory.by_id(i) for i in ids]
        return [b for b in bodies if b is not None and f" {words} " in f" {normalise(b.name)} "]

    def begun(ids: tuple[str, ...]) -> list:
        """'the gloucester one' of a list naming Gloucestershire Fire and Rescue Service: a town said for its county"""
        bodies = [snap.directory.by_id(i) for i in ids]
        return [
            b for b in bodies if b is not None and len(words) >= 5 and " " not in words
            and any(w.startswith(words) for w in normalise(b.name).split())
        ]  # fmt: skip

    shown = listed(db, previous)
    if named(shown):
        return text
    if len(hits := begun(shown)) == 1:
        return f"{text[: said.start(1)]}{hits[0].name}{text[said.end(1) :]}"
    before = listed(db, earlier) if earlier else ()
    hits = named(before) or begun(before)
    if len(hits) != 1:
        return text
    return f"{text[: said.start(1)]}{hits[0].name}{text[said.end(1) :]}"


# 'in what areas?', 'which ones exactly' after a list at a grade: the areas each body got it in
_WHICH_AREAS_ALONE = re.compile(
    r"^\W*(?:(?:and|so|ok|right)\s+)?(?:in\s+|for\s+)?(?:what|which)\s+(?:areas?|ones?|things|bits|categories)"
    r"(?:\s+(?:then|exactly|were\s+(?:they|those|these)|was\s+(?:it|that)|was\s+that\s+in|did\s+(?:they|it)\s+get\s+"
    r"(?:it|that|them)(?:\s+(?:in|for))?))?\W*$",
    re.I,
)


def areas_of_listed(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'in what areas?' after 'which fire services in Yorkshire got an outstanding': the one listed's areas at
    that grade, or the list again (it shows each one's areas) when it named several; None otherwise."""
    from bot.questions.kinds import FilterQuestion

    if not previous or not _WHICH_AREAS_ALONE.match(text):
        return None
    question = parsed(db, previous)
    if not isinstance(question, FilterQuestion) or not question.grades or question.area or question.count:
        return None
    ids = listed(db, previous)
    if len(ids) != 1:
        return previous.replace("how many", "which", 1) if ids else None
    grades = " or ".join(g.lower() for g in question.grades)
    return f"which areas did {ids[0]} get {grades}" + (f" in {question.round}" if question.round else "")

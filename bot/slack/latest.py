"""Follow-ups that ask for the grades again, or for the latest round: 'latest grades?' or 'give me the full
list from it' after an answer about one body (its Engage spells, why, one area), and 'and this time round?' after
an earlier round's answer. Each is written as the question it asks."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.written import written
from bot.slack.one_body import one_body_asked, round_said
from bot.slack.parsed import entities, parsed

# the latest round, said of a question asked of an earlier one ('and this time round', 'and now?')
_ONLY_LATEST = re.compile(
    r"^\W*(?:(?:and|so|but|ok|what\s+about|how\s+about)\s+)?(?:how\s+did\s+(?:it|they)\s+do\s+)?"
    r"(?:this\s+time(?:\s+(?:round|around))?|this\s+round|now|nowadays|these\s+days|"
    r"the\s+(?:latest|most\s+recent|current)(?:\s+(?:one|round|report|inspection|peel))?)\W*$",
    re.I,
)
_LATEST = re.compile(
    r"\b(?:this\s+time|this\s+round|latest|most\s+recent|current(?:ly)?|now|nowadays|these\s+days)\b", re.I
)
# the grades asked for again, with no area, grade, body or place: the body's card
_GRADES_ASKED = re.compile(
    r"\b(?:grades?|ratings?|results?|scores?|full\s+(?:list|card|breakdown|set|picture)|breakdown|the\s+lot|"
    r"all\s+(?:of\s+)?(?:them|it|the\s+areas)|how\s+did\s+(?:it|they|we)\s+do)\b",
    re.I,
)
_SHORT = 10  # words: longer, a question stands on its own


def latest_asked(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """The question a follow-up asking for the grades, or the latest round, asks; None when it asks neither."""
    if len(text.split()) > _SHORT:
        return None
    new = entities(db, text)
    if new.bodies or new.area or new.place or new.grades or new.kind_word or new.monitoring:
        return None
    question = parsed(db, previous)
    if _ONLY_LATEST.match(text):
        if question is None or getattr(question, "round", None) in (None, "previous"):
            return None  # the answer shown was already the latest's
        latest: Any = replace(cast(Any, question), round=None)
        return written(latest, snapshot(db).directory) or None
    if not _GRADES_ASKED.search(text) or new.round == "previous":
        return None
    if (one := one_body_asked(db, previous)) is None:
        return None
    name = one[1]
    round_ = None if _LATEST.search(text) else (new.round or getattr(question, "round", None))
    return f"grade {name}{round_said(round_, previous=False)}"


# 'in what?' after 'which NW fire service got the most outstandings': the areas the top one got that grade in
_IN_WHAT = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:(?:in|at|for|on)\s+what|what\s+(?:in|at|for|on)|"
    r"(?:which|what)\s+(?:areas?|ones?|bits?)(?:\s+(?:were\s+they|was\s+that|was\s+it))?)\W*$",
    re.I,
)


def top_ones_areas(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'in what?' after a ranking by one grade's count: the areas the top body got that grade in."""
    from bot.questions.answers.shown import shown_bodies
    from bot.questions.kinds import RankQuestion

    if not _IN_WHAT.match(text):
        return None
    question = parsed(db, previous)
    if not isinstance(question, RankQuestion) or not question.by_grade:
        return None
    shown, round_ = shown_bodies(snapshot(db), question)
    if not shown:
        return None
    return f"which areas did {shown[0]} get {question.by_grade.lower()} in{f' {round_}' if round_ else ''}"


# 'and how did the next one go', 'what about the following inspection': the round after the one last shown
_NEXT_ROUND = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:(?:how\s+(?:did|was|were)|what\s+about|and)\s+)?(?:by\s+|at\s+|in\s+)?(?:the|their|its)\s+"
    r"(?:next|following|later|subsequent)\s+(?:one|inspection|report|round|peel|assessment)\b(?:\s+(?:go|do|look))?\W*$",
    re.I,
)


def next_round_asked(db: sqlite_utils.Database, text: str, previous: str, earlier: str | None) -> str | None:
    """'and how did the next one go' after answers about one body in a round: its card in the round after."""
    from bot.questions.dates import ROUNDS

    if not _NEXT_ROUND.match(text) or (one := one_body_asked(db, previous)) is None:
        return None
    for asked in (previous, earlier):
        round_ = getattr(parsed(db, asked), "round", None) if asked else None
        if round_ in ROUNDS and ROUNDS.index(round_) + 1 < len(ROUNDS):
            return f"grade {one[1]} {ROUNDS[ROUNDS.index(round_) + 1]}"
    # 'and by the next inspection?' after Engage, no round said: every round, the next among them
    return (
        f"history {one[1]}"
        if previous and re.search(r"\b(?:engage|special\s+measures)\b", previous, re.I)
        else None
    )

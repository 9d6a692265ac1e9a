"""Picks by count among the bodies just shown: 'which of them got the most outstandings', 'the one with the
most inadequates overall - what were they'."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.slack.parsed import entities, parsed


def few_shown(db: sqlite_utils.Database, previous: str) -> list:
    """The two to six bodies the last question named, each once, in order; [] for fewer or more."""
    shown = list({b.id: b for b in entities(db, previous).bodies}.values())
    return shown if 2 <= len(shown) <= 6 else []


def _listed(db: sqlite_utils.Database, previous: str, most: int | None) -> tuple[str, ...]:
    """The bodies the last answer showed (at most `most` of them, when given), else the two to six it named:
    'which of the four' is the four shown, named or not."""
    from bot.questions.answers.shown import shown_bodies

    last = parsed(db, previous)
    shown = shown_bodies(snapshot(db), last)[0] if last else ()
    return shown if 2 <= len(shown) <= (most or len(shown)) else tuple(b.id for b in few_shown(db, previous))


def _group_ranked(question, most: str, grade: str) -> str:
    """'which fire services in the south west got the most inadequate grades in 2023-25': the group a list
    question asked about, ranked by that grade's count."""
    place, round_ = getattr(question, "place", None), getattr(question, "round", None)
    noun = "fire services" if getattr(question, "kind", "") == "fire" else "police forces"
    where = f" in {place.label}" if place is not None else ""
    return f"which {noun}{where} got the {most} {grade.lower()} grades{f' in {round_}' if round_ else ''}"


def _ranked(listed: tuple[str, ...], most: str, grade: str) -> str:
    return f"which of {', '.join(listed)} got the {most} {grade.lower()} grades"


# 'which of them got the most outstandings (overall)' after two to six bodies: those bodies ranked by that count
_MOST_OF_THEM = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:which|who)\s+(?:one\s+)?(?:of\s+(?:them|those|these|the\s+\w+)\s+)?"
    r"(?:got|had|has|have|gets)\s+(?:the\s+)?(?:most|fewest|least|more|fewer)\b",
    re.I,
)


def most_of_shown(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'which of them got the most outstandings overall' after a side by side of two to six bodies: those
    bodies ranked by how many of that grade each got, over every area."""
    if not previous or not _MOST_OF_THEM.match(text):
        return None
    new = entities(db, text)
    if new.bodies or len(new.grades) != 1 or not (listed := _listed(db, previous, 6)):
        return None
    most = "fewest" if re.search(r"\b(?:fewest|least|fewer)\b", text, re.I) else "most"
    return _ranked(listed, most, new.grades[0])


# 'the one with the most inadequates overall - what were they': the top one of those shown by that count
_MOST_PICK = re.compile(
    r"^\W*(?:(?:and|so|ok)\s+)?the\s+one\s+(?:with|that\s+(?:got|has|had|gets))\s+the\s+(most|fewest)(?:\s+([\w ]{2,25}?))?"
    r"(?:\s+(?:grades|overall|in\s+total))*\s*(?:(?:[-–—:;,]|\?)\s*(\w.*))?[\s?.!]*$",
    re.I,
)
_WHAT_WERE_THEY = re.compile(
    r"^(?:what|which)\s+(?:were|are|was|is)\s+(?:they|those|them|it)\W*$|^which\s+areas?\W*$", re.I
)


def most_then(db: sqlite_utils.Database, text: str, previous: str) -> tuple[str, str] | None:
    """'the one with the most inadequates overall - what were they' after a list: (the top one's areas at that
    grade, ''), or (its card, the question asked of it); None when the text picks no such one."""
    from bot.questions.answers.shown import shown_bodies

    if (m := _MOST_PICK.match(text)) is None:
        return None
    # 'the one with the most?' after a list at one grade: that grade
    said = (
        entities(db, m.group(2)).grades if m.group(2) else tuple(getattr(parsed(db, previous), "grades", ()))
    )
    if len(grades := said) != 1:
        return None
    if not (listed := _listed(db, previous, None)):
        return None
    ranked = parsed(db, _ranked(listed, m.group(1).lower(), grades[0])) or parsed(
        db, _group_ranked(parsed(db, previous), m.group(1).lower(), grades[0])
    )  # a long list: its group ranked (the top one of the group is in the list)
    if ranked is None or not (shown := shown_bodies(snapshot(db), ranked)[0]):
        return None
    areas = f"which areas did {shown[0]} get {grades[0].lower()} in"
    if not m.group(3) or _WHAT_WERE_THEY.match(m.group(3)):
        return areas, ""
    return f"grade {shown[0]}", m.group(3)

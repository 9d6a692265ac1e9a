"""'full grades?', 'the rest of their grades', 'what else did bucks get' after an answer about one body: that
body's whole card, of the round shown."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.shown import shown_bodies
from bot.questions.move_words import MOVED
from bot.slack.one_body import one_body_asked
from bot.slack.parsed import entities, parsed

_A_PICK = re.compile(r"\bthe\s+(?:[\w'&-]+\s+)?one\b", re.I)


def rest_of(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'full grades?', 'the rest of their grades' after an answer about one body: that body's whole card, of
    the round shown."""
    from bot.questions.picks import REST_OF

    if not REST_OF.search(text) or len(text.split()) > 12 or MOVED.search(text) or _A_PICK.search(text):
        return None  # ('the rest of their areas, better or worse?': how they moved; 'the one that …': a pick)
    if (question := parsed(db, previous)) is None:
        return None  # (and 'what else did lancashire get' after suffolk's is of the body it names, below)
    shown, round_ = shown_bodies(snapshot(db), question)
    if one := one_body_asked(db, previous):  # ('why …', then 'the rest of that report')
        shown, round_ = (one[1],), getattr(question, "round", None)
    if _another_named(db, text, shown[:1]) or (round_ := entities(db, text).round or round_) == "previous":
        return None  # 'link to the 2021/22 report': that round's
    return f"grade {shown[0]}{f' {round_}' if round_ else ''}" if len(shown) == 1 else None


def _another_named(db: sqlite_utils.Database, text: str, shown: tuple[str, ...]) -> bool:
    """Whether the text names a body other than the one shown, or than the other kind's covering its area
    ('what else did bucks get' after Buckinghamshire's fire service is of that service)."""
    covering = snapshot(db).directory.covering  # both ways: a force's services, a service's forces
    near = {i for s in shown for i in (s, *covering.get(s, ()))}
    return bool({b.id for b in entities(db, text).bodies} - near)

"""'who had more outstandings than them' after one body: the bodies of its kind with more of that grade than it
got in its latest report, as a list of those at that many or more."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.model import counts
from bot.questions.answers.snapshot import report_for
from bot.questions.words import GRADE_WORDS
from bot.slack.parsed import entities

_MORE_THAN = re.compile(
    r"(?i)^\W*(?:(?:and|so|ok|but)\W+)?(?:who|which(?:\s+\w+){0,3}?)\s+(?:had|has|have|got|get|gets|received)\s+more\s+"
    r"(?P<grade>outstanding|good|adequate|ri|requires\s+improvement|inadequate)(?:s|'s)?(?:\s+grades?|\s+ratings?)?\s+"
    r"than\s+(?:them|it|they|that|those|this\s+one|that\s+one|us)\W*$"
)


def more_than_it(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'which fire services got 4 or more outstanding grades' for 'who had more outstandings than them' after
    Kent's fire service (3 in its latest report); None when it asks no such thing of one body."""
    if not previous or not (m := _MORE_THAN.match(text)):
        return None
    bodies = {b.id: b for b in entities(db, previous).bodies}
    if len(bodies) != 1:
        return None
    body = next(iter(bodies.values()))
    snap = snapshot(db)
    report = report_for(snap, body, None)
    if report is None:
        return None
    grade = GRADE_WORDS[" ".join(m.group("grade").lower().split())]
    counted = (counts(report) or {}).get(grade)  # HMICFRS's count, else the grades recorded here
    n = (
        int(counted)
        if counted is not None
        else sum(g["grade"] == grade for g in snap.grades.get(report["id"], {}).values())
    )
    noun = "fire services" if body.kind == "fire" else "police forces"
    return f"which {noun} got {n + 1} or more {grade.lower()} grades"

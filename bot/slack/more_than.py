"""'who had more outstandings than them' after one body, or 'than merseyside police': the bodies of its kind with more of that grade than it
got in its latest report, as a list of those at that many or more."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.area import FEW_GRADES
from bot.questions.answers.model import counts
from bot.questions.answers.snapshot import core_missing, latest_fuller, report_for
from bot.questions.words import FIRE_PATTERN, GRADE_WORDS, POLICE_PATTERN
from bot.slack.parsed import entities

_MORE_THAN = re.compile(
    r"(?i)^\W*(?:(?:and|so|ok|but)\W+)?(?:(?:does|did|has)\s+)?"
    r"(?:who(?:'?s|\s+is)?|which(?:\s+\w+){0,3}?|any(?:one|body|\s+\w+)?)\s+"
    r"(?:had|has|have|got|get|gets|received|been\s+given)\s+more\s+"
    r"(?P<grade>outstanding|good|adequate|ri|requires\s+improvement|inadequate)(?:s|'s)?(?:\s+grades?|\s+ratings?)?\s+"
    r"than\s+(?:(?P<back>them|it|they|that|those|this\s+one|that\s+one|us)|(?P<named>[\w&' -]+?))\W*$"
)


def more_than_it(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'which fire services got 4 or more outstanding grades' for 'who had more outstandings than them' after
    Kent's fire service (3 in its latest report); None when it asks no such thing of one body."""
    if not (m := _MORE_THAN.match(text)) or not (m.group("named") or previous):
        return None
    named = m.group("named") or ""
    if named and previous and not (FIRE_PATTERN.search(named) or POLICE_PATTERN.search(named)):
        kinds = {b.kind for b in entities(db, previous).bodies}  # 'than lancs' after fire: Lancashire's fire
        named += " fire" if kinds == {"fire"} else " police" if kinds == {"police"} else ""
    bodies = {b.id: b for b in entities(db, named or previous or "").bodies}
    if len(bodies) != 1:
        return None
    body = next(iter(bodies.values()))
    grade = GRADE_WORDS[" ".join(m.group("grade").lower().split())]
    snap = snapshot(db)
    report = report_for(snap, body, None)
    if report is None:
        return None
    within = ""
    if counts(report) is None and len(snap.grades.get(report["id"], {})) < FEW_GRADES:
        report = latest_fuller(snap, body, FEW_GRADES)  # one area of a new round: the fuller report's round
        if report is None:
            return None
        within = f" in {report['round']}"
    graded = snap.grades.get(report["id"], {})
    noun = "fire services" if body.kind == "fire" else "police forces"
    if m.group("named") or counts(report) is None and core_missing(snap, report):
        # a body named, or its count unknown: the ranking, which shows where it stands and who is above it
        return f"which {noun} got the most {grade.lower()} grades{within}"
    counted = (counts(report) or {}).get(grade)  # HMICFRS's count, else the grades recorded here
    n = int(counted) if counted is not None else sum(g["grade"] == grade for g in graded.values())
    return f"which {noun} got {n + 1} or more {grade.lower()} grades{within}"

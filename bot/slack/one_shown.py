"""An answer that showed one body where a list was asked: a round's reports that were one report, an Engage
list that was one spell. What follows asks about that body."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.slack.parsed import parsed

ENGAGE_WORDS = re.compile(r"\b(?:engage|special\s+measures|enhanced\s+monitoring)\b", re.I)
A_ROUND = re.compile(r"\b(?:20)?\d\d\s*[-/]\s*\d\d\b")  # '2023-25', '21/22'


def one_report(db: sqlite_utils.Database, previous: str | None) -> str | None:
    """A round's reports that were one report: that body's grades in that round (and a spell picked out of
    Engage's list: that body's spells), for what follows."""
    from bot.questions.recorded import RecordedQuestion

    if previous and ENGAGE_WORDS.search(previous):
        return one_spell(db, previous)
    if not previous or not A_ROUND.search(previous):
        return None  # the cheap test first: no round named, no round's reports listed
    question = parsed(db, previous)
    if not isinstance(question, RecordedQuestion) or question.asked != "reports" or not question.round:
        return None
    from bot.questions.answers.recorded import recorded_answer

    shown = recorded_answer(snapshot(db), question).reports
    return f"grade {shown[0][0].id} {question.round}" if len(shown) == 1 else None


def one_spell(db: sqlite_utils.Database, previous: str) -> str | None:
    """'which was in longest' picked one spell: 'what got them out' then asks about that body."""
    from datetime import date

    from bot.questions.answers.monitoring import monitoring_answer
    from bot.questions.kinds import MonitoringQuestion

    question = parsed(db, previous)
    if not isinstance(question, MonitoringQuestion) or not (question.pick or question.only_now):
        return None

    found = monitoring_answer(
        snapshot(db), None, question.kind, date.today().isoformat(), question.now, question.year,
        question.during, question.place, pick=question.pick,
    )  # fmt: skip
    if not question.pick:  # 'who is in engage now' answered with one: 'their 23-25 peel', 'reason?' ask of it
        return f"has {found.current[0][0].id} been in engage" if len(found.current) == 1 else None
    picked = found.picked()
    return f"has {picked[0].id} been in engage" if picked else None

"""'was the report before or after they went in': a body's reports and its spells in enhanced monitoring, put in
date order, each report said to come before, during or after a spell, as the dates on record show."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.monitoring import Period, monitoring_answer
from bot.questions.kinds import GradeQuestion, MonitoringQuestion, Question
from bot.questions.vocab import format_date, framework_label, round_label

ASKED = re.compile(r"(?i)\b(?:before|after)\b")  # 'before or after', 'was it after they went in'
# of a spell: 'went in', 'got put into engage', 'came out', 'special measures'
_SPELL = re.compile(
    r"(?i)\b(?:went|go|got|get|was\s+put|were\s+put|put|came|come|moved|placed)\s+(?:in|into|out)\b"
    r"|\b(?:engage|special\s+measures|enhanced\s+monitoring)\b"
)


def _order(a: str, b: str) -> int:
    """-1, 0 or 1 as date `a` is before, in the same period as (at the coarser precision), or after `b`."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def _on(day: str) -> str:
    """'on 11 March 2024', or 'in December 2021' where only the month is known."""
    return f"{'on' if day.count('-') == 2 else 'in'} {format_date(day)}"


def _placed(published: str, spell: Period) -> str:
    """Where a report's date falls against one spell: before it went in, while it was in, after it left."""
    went_in, left = spell.entered[0], (spell.left[-1] if spell.left else "")
    if (into := _order(published, went_in)) < 0:
        return "before it went in"
    if into == 0:
        return "in the same month it went in" if len(went_in) <= 7 else "on the day it went in"
    if not left:
        return "after it went in, while it was in"
    out = _order(published, left)
    return (
        "after it went in and before it left"
        if out < 0
        else "after it left"
        if out > 0
        else "around when it left"
    )


def report_spell_lead(db: sqlite_utils.Database, question: Question, typed: str, today: str) -> str | None:
    """The line that puts one body's reports against its Engage spells, when that is asked; else None."""
    if not isinstance(question, MonitoringQuestion | GradeQuestion) or not question.name:
        return None
    if not (ASKED.search(typed) and _SPELL.search(typed)):
        return None
    snap = snapshot(db)
    body = snap.directory.by_id(question.name)
    if body is None:
        return None
    found = monitoring_answer(snap, body, body.kind, today)
    spells = sorted((p for _, p in (*found.current, *found.past)), key=lambda p: p.entered[0])
    reports = [r for r in snap.reports.get(body.id, []) if r.get("published")]
    if not spells or not reports:
        return None
    said = []
    for r in reports:
        spell = next((p for p in reversed(spells) if _order(r["published"], p.entered[0]) >= 0), spells[0])
        label = f"{framework_label(r['framework'])} {round_label(r['round'])} report"
        said.append(
            f"its {label} (published {format_date(r['published'])}) came {_placed(r['published'], spell)}"
        )
    went = "; ".join(
        f"went into Engage {_on(p.entered[0])}"
        + (f" and left {_on(p.left[-1])}" if p.left else ", and is in it now")
        for p in spells
    )
    return f"{body.name} {went}. By the dates on record, " + "; ".join(said) + "."

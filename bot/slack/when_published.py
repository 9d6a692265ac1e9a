"""'when was kent's report published', 'publication date for the met's peel': the date said first, above the
report's card or area answer, or said plainly not recorded ('I can't answer: …'), never left to be found."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions import answers
from bot.questions.answers.model import GradeAnswer
from bot.questions.dates import DAY_ASKED
from bot.questions.kinds import AreaQuestion, GradeQuestion, Question
from bot.questions.vocab import format_date, framework_label, round_label
from bot.slack.blocks.common import Message, escape, message, section

WHEN_PUBLISHED = re.compile(  # ('when did they come out' is of Engage: a report, or 'it', comes out)
    r"\bwhen(?:['’]?s|\s+(?:was|were|did|is|will))\s+(?:it|the|their|its|that|this|our)\b[^?]{0,70}?\b(?:published|released|out|"
    r"publish)\b|\bwhen\s+(?:was|were|did)\s+(?:\S+\s+){1,9}?(?:published|released|publish|(?:report|peel|inspection)\s+come\s+out)\b|"
    r"\b(?:publication|publish(?:ed|ing)?|release)\s+dates?\b|\bwhat\s+(?:date|day)\b[^?]{0,50}?\b(?:published|out|released)\b",
    re.I,
)


ENGAGE = re.compile(r"\b(?:engage|special\s+measures|monitoring)\b", re.I)  # an Engage date, not a report's


def published_asked(text: str) -> bool:
    """Whether the text asks when a report was published ('when did the report come out'), not an Engage date."""
    return bool(WHEN_PUBLISHED.search(text)) and not ENGAGE.search(text)


def published_lead(db: sqlite_utils.Database, question: Question, typed: str) -> str | None:
    """The line that answers when the report asked about was published, or None when that isn't asked."""
    if not isinstance(question, (GradeQuestion, AreaQuestion)) or not published_asked(typed):
        return None
    found = answers.answer_grade(db, question.name, question.round)
    if not isinstance(found, GradeAnswer):
        return None
    report = found.report
    which = f"{found.body.name}'s {framework_label(report.framework)} {round_label(report.round)} report"
    if not report.published:
        return f"I can't answer: the date {which} was published is not recorded here."
    if report.published.count("-") == 2:
        return f"{which} was published on {format_date(report.published)}."
    unknown = "day" if report.published.count("-") == 1 else "month and day"  # (only the month, or the year)
    if DAY_ASKED.search(typed):  # 'what day in july was that': the day itself is what is not known
        return f"I can't answer which day: {which} was published in {format_date(report.published)}, and the {unknown} is not recorded here."
    return f"{which} was published in {format_date(report.published)}; the {unknown} is not recorded here."


def with_published(answer: Message, lead: str) -> Message:
    """The answer with the publication line first, in its blocks and its plain-text fallback."""
    return message(f"{lead}\n{answer.get('text', '')}", [section(escape(lead)), *answer.get("blocks", [])])

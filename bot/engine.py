"""The one path from text to a Slack message: parse -> answer -> render. Used by every surface."""

from __future__ import annotations

import sqlite_utils

from bot import answers
from bot.blocks.common import Message
from bot.blocks.grade import render_grade, render_grade_help, render_no_report, render_unknown_body
from bot.questions import GradeQuestion, HelpQuestion, UsageError, parse_grade


def grade_message(db: sqlite_utils.Database, text: str, *, shareable: bool = True) -> Message:
    """Answer the text of a /grade command."""
    try:
        question = parse_grade(text)
    except UsageError as e:
        return render_grade_help(e.problem)
    if isinstance(question, HelpQuestion):
        return render_grade_help()
    return _answer_grade(db, question, shareable=shareable)


def _answer_grade(db: sqlite_utils.Database, question: GradeQuestion, *, shareable: bool) -> Message:
    answer = answers.answer_grade(db, question.name, question.round)
    if isinstance(answer, answers.UnknownBodyAnswer):
        return render_unknown_body(answer)
    if isinstance(answer, answers.NoReportAnswer):
        return render_no_report(answer)
    canonical = f"grade {answer.body.id}" + (f" {question.round}" if question.round else "")
    return render_grade(answer, canonical, shareable=shareable)


def ask(db: sqlite_utils.Database, text: str, *, shareable: bool = True) -> Message:
    """Answer free text as typed anywhere: '/grade cambs', 'grade cambs', or a question."""
    text = " ".join(text.split())
    word, _, rest = text.lstrip("/").partition(" ")
    if word.lower() == "grade":
        return grade_message(db, rest, shareable=shareable)
    return grade_message(db, "help", shareable=shareable)

"""Answers for the kinds of question added by issue #11 (one area, a body's grades at a grade, monitoring,
movement, bodies outside England and Wales), imported on first use so a cold `ask "grade cambs"` skips them."""

from __future__ import annotations

from datetime import date

from bot.questions import answers
from bot.questions.answers.area import area_answer, body_grades_answer
from bot.questions.answers.monitoring import monitoring_answer
from bot.questions.answers.movement import movement_answer
from bot.questions.kinds import (
    AreaQuestion,
    BodyGradesQuestion,
    MonitoringQuestion,
    MovementQuestion,
    OutOfScopeQuestion,
    Question,
)
from bot.slack.blocks.area import render_area, render_area_compare, render_body_grades
from bot.slack.blocks.common import Message
from bot.slack.blocks.monitoring import render_monitoring
from bot.slack.blocks.movement import render_movement
from bot.slack.blocks.scope import render_out_of_scope
from bot.slack.followups import plausible, unknown_name


def answer_area_compare(
    snap: answers.Snapshot, bodies: list, area: str, round_: str | None, text: str, *, shareable: bool
) -> Message:
    """Several bodies side by side on one area."""
    found = [area_answer(snap, b, area, round_) for b in bodies]
    return render_area_compare(found, text, shareable=shareable)


def answer_new_kinds(
    snap: answers.Snapshot, question: Question, text: str, today: date, *, shareable: bool, page: int
) -> Message | None:
    """One body on one area, a body's areas at a grade, monitoring, movement, and who inspects elsewhere."""
    if isinstance(question, OutOfScopeQuestion):
        return render_out_of_scope(question.place)
    if isinstance(question, MovementQuestion):
        return render_movement(movement_answer(snap, question), text, shareable=shareable, page=page)
    if isinstance(question, (AreaQuestion, BodyGradesQuestion, MonitoringQuestion)):
        body = None
        if question.name is not None:
            resolution = snap.resolve(question.name)
            loose_monitoring = isinstance(question, MonitoringQuestion) and not plausible(
                question.name, resolution.suggestions
            )
            if resolution.body is None and not loose_monitoring:
                return unknown_name(question.name, resolution.suggestions, "grade", text)
            body = resolution.body
        if isinstance(question, MonitoringQuestion):
            found = monitoring_answer(
                snap, body, question.kind, today.isoformat(), question.now, question.year
            )
            return render_monitoring(found, text, shareable=shareable, page=page)
        assert body is not None
        if isinstance(question, AreaQuestion):
            area = area_answer(snap, body, question.area, question.round, question.test)
            return render_area(area, text, shareable=shareable)
        grades = body_grades_answer(snap, body, question.grades, question.round, question.yes_no)
        return render_body_grades(grades, text, shareable=shareable)
    return None

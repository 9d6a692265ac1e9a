"""One body: its grade card, one area, its areas at a grade, its history, and enhanced monitoring."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.questions import answers
from bot.questions.kinds import (
    AreaQuestion,
    BodyGradesQuestion,
    GradeQuestion,
    HistoryQuestion,
    MonitoringQuestion,
)
from bot.slack.answering import Asked, Done, Unknown
from bot.slack.blocks.common import Message
from bot.slack.followups import plausible


def grade_card(asked: Asked) -> Any:
    """A body's grades in a round (its latest when none is named, the one before it for 'previous')."""
    question = asked.question
    assert isinstance(question, GradeQuestion)
    resolution = asked.snap.resolve(question.name)
    if resolution.body is None:
        explicit_round = question.round if question.round != "previous" else None
        return Unknown(question.name, tuple(resolution.suggestions), "grade", explicit_round or "")
    round_ = question.round
    if round_ == "previous":
        report = answers.report_for(asked.snap, resolution.body, "previous")
        if report is None:
            from bot.questions.answers.snapshot import held_rounds

            return answers.NoReportAnswer(
                resolution.body, held=held_rounds(asked.snap, resolution.body), earlier=True
            )
        round_ = report["round"]
    from bot.slack.ask import grade_card_message

    return Done(grade_card_message(asked.db, GradeQuestion(resolution.body.id, round_), asked.shareable))


def render_grade_card(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.grade import render_no_report

    return render_no_report(found)


def _body(asked: Asked, name: str | None, *, loose: bool = False) -> Any:
    """The body a question names, or Unknown (None when `loose` and the name is no plausible body)."""
    if name is None:
        return None
    resolution = asked.snap.resolve(name)
    if resolution.body is None:
        if loose and not plausible(name, resolution.suggestions):
            return None
        return Unknown(name, tuple(resolution.suggestions), "grade")
    return resolution.body


def one_area(asked: Asked) -> Any:
    from bot.questions.answers.area import area_answer

    question = asked.question
    assert isinstance(question, AreaQuestion)
    body = _body(asked, question.name)
    if isinstance(body, Unknown):
        return body
    return area_answer(asked.snap, body, question.area, question.round, question.test)


def render_one_area(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.area import render_area

    return render_area(found, asked.text, shareable=asked.shareable)


def areas_at_grade(asked: Asked) -> Any:
    from bot.questions.answers.area import body_grades_answer

    question = asked.question
    assert isinstance(question, BodyGradesQuestion)
    body = _body(asked, question.name)
    if isinstance(body, Unknown):
        return body
    return body_grades_answer(
        asked.snap, body, question.grades, question.round, question.yes_no, question.pillar, question.every
    )


def render_areas_at_grade(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.area import render_body_grades

    return render_body_grades(found, asked.text, shareable=asked.shareable)


def history(asked: Asked) -> Any:
    question = asked.question
    assert isinstance(question, HistoryQuestion)
    resolution = asked.snap.resolve(question.name)
    if resolution.body is None:
        return Unknown(question.name, tuple(resolution.suggestions), "history")
    return answers.history_answer(asked.snap, resolution.body)


def render_history_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.compare import render_history
    from bot.slack.blocks.grade import render_no_report

    if isinstance(found, answers.NoReportAnswer):
        return render_no_report(found)
    return render_history(found, f"history {found.body.id}", shareable=asked.shareable)


def monitoring(asked: Asked) -> Any:
    from bot.questions.answers.monitoring import monitoring_answer

    question = asked.question
    assert isinstance(question, MonitoringQuestion)
    body = _body(asked, question.name, loose=True)
    if isinstance(body, Unknown):
        return body
    several = tuple(b for name in question.names if (b := asked.snap.directory.by_id(name)))
    found = monitoring_answer(
        asked.snap,
        body,
        question.kind,
        asked.today.isoformat(),
        question.now,
        question.year,
        question.during,
        question.place,
        question.negated,
        several,
        question.pick,
        question.ended,
        question.only_now,
        question.since,
        question.moved,
        never=question.never,
    )
    if body is None or found.current or found.past or question.year:
        return found
    alongside = _alongside(asked, body)
    # said when the other is in it now, or 'still' was asked: then its spell may be the one meant
    return replace(found, alongside=alongside if question.now or any(p.current for _, p in alongside) else ())


def _alongside(asked: Asked, body: Any) -> tuple:
    """The spells of the other kind's bodies covering the same area as `body` (which has none)."""
    from bot.questions.answers.monitoring import monitoring_answer
    from bot.questions.counterparts import Counterparts
    from db.reasons import counterparts

    spells: list = []
    for other_id in Counterparts.of(counterparts(asked.db)).other_kind(body):
        if other := asked.snap.directory.by_id(other_id):
            other_found = monitoring_answer(asked.snap, other, other.kind, asked.today.isoformat())
            spells += [*other_found.current, *other_found.past]
    return tuple(spells)


def render_monitoring_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.monitoring import render_monitoring

    return render_monitoring(found, asked.text, shareable=asked.shareable, page=asked.page)

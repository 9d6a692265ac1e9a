"""The one path from text to a Slack message: parse -> answer -> render. Used by every surface."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import sqlite_utils

from bot.questions import answers
from bot.questions.answers.chart import ChartProblem, chart_spec
from bot.questions.chart_request import ChartRequest, parse_chart_request
from bot.questions.kinds import (
    AreaQuestion,
    BodyCountQuestion,
    BodyGradesQuestion,
    CompareQuestion,
    DefinitionQuestion,
    FilterQuestion,
    GradeCountQuestion,
    GradeQuestion,
    HelpQuestion,
    HistoryQuestion,
    MonitoringQuestion,
    MovementQuestion,
    OutOfScopeQuestion,
    Question,
    RankQuestion,
    RecentQuestion,
    UsageError,
)
from bot.questions.parse import parse_grade, parse_question
from bot.slack.blocks.chart import render_chart_problem, render_chart_text
from bot.slack.blocks.common import Message
from bot.slack.blocks.compare import render_compare, render_history
from bot.slack.blocks.grade import render_grade, render_grade_help, render_no_report, render_unknown_body
from bot.slack.blocks.help import CANT_ANSWER_EXAMPLES, render_cant_answer, render_definition, render_help
from bot.slack.blocks.lists import (
    render_body_count,
    render_filter,
    render_grade_count,
    render_rank,
    render_recent,
)
from bot.slack.followups import unknown_name


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
        return _grade_with_area(db, question, shareable=shareable) or render_unknown_body(answer)
    if isinstance(answer, answers.NoReportAnswer):
        return render_no_report(answer)
    canonical = f"grade {answer.body.id}" + (f" {question.round}" if question.round else "")
    return render_grade(answer, canonical, shareable=shareable)


def _grade_with_area(
    db: sqlite_utils.Database, question: GradeQuestion, *, shareable: bool
) -> Message | None:
    """'/grade kent investigating': a body and an area (or a grade) in the name, answered as that question."""
    snap = answers.snapshot(db)
    text = question.name + (f" {question.round}" if question.round else "")
    try:
        found = parse_question(text, snap.directory)
    except UsageError:
        return None
    if isinstance(found, (AreaQuestion, BodyGradesQuestion)) and snap.directory.by_id(found.name):
        return answer_question(
            db, snap, found, f"grade {text}", datetime.now(UTC).date(), shareable=shareable
        )
    return None


def ask(
    db: sqlite_utils.Database,
    text: str,
    *,
    shareable: bool = True,
    now: datetime | None = None,
    page: int = 0,
) -> Message:
    """Answer free text as typed anywhere: '/grade cambs', 'grade cambs', or a question in plain words.

    `now` dates relative questions ('this month'); callers pass it, and only here is the clock a fallback."""
    text = " ".join(text.split())
    word, _, rest = text.lstrip("/").partition(" ")
    if word.lower() == "grade":
        return grade_message(db, rest, shareable=shareable)
    if chart := parse_chart_request(text):
        return chart_message(db, chart)
    snap = answers.snapshot(db)
    try:
        question = parse_question(text, snap.directory)
    except UsageError as e:
        return render_help(e.problem)
    today = (now or datetime.now(UTC)).date()
    return answer_question(
        db, snap, question, _SLACK_TOKEN.sub("", text).strip(), today, shareable=shareable, page=page
    )


def chart_message(db: sqlite_utils.Database, request: ChartRequest) -> Message:
    """A chart request answered in words (no picture is drawn here: `ask` never loads matplotlib)."""
    spec = chart_spec(answers.snapshot(db), request)
    return render_chart_problem(spec) if isinstance(spec, ChartProblem) else render_chart_text(spec)


# Mentions, channel links and broadcasts typed into a question never travel on in a button's value.
_SLACK_TOKEN = re.compile(r"<[!@#][^>]*>")


def answer_question(
    db: sqlite_utils.Database,
    snap: answers.Snapshot,
    question: Question,
    text: str,
    today: date,
    *,
    shareable: bool = True,
    page: int = 0,
) -> Message:
    """Answer a parsed question and render it; `text` is what the share and 'show more' buttons re-ask."""
    if isinstance(question, NEW_QUESTION_KINDS):
        # Imported on first use: their answers and renderers add to every cold start otherwise.
        from bot.slack.ask_more import answer_new_kinds

        found = answer_new_kinds(snap, question, text, today, shareable=shareable, page=page)
        assert found is not None  # it answers every kind in NEW_QUESTION_KINDS
        return found
    if isinstance(question, HelpQuestion):
        return render_help() if question.command == "inspections" else render_grade_help()
    if isinstance(question, GradeQuestion):
        return _answer_named(db, snap, question, text, shareable=shareable)
    if isinstance(question, FilterQuestion):
        return render_filter(answers.filter_answer(snap, question), text, shareable=shareable, page=page)
    if isinstance(question, GradeCountQuestion):
        return render_grade_count(answers.grade_count_answer(snap, question), text, shareable=shareable)
    if isinstance(question, BodyCountQuestion):
        return render_body_count(answers.body_count_answer(snap, question), text, shareable=shareable)
    if isinstance(question, RankQuestion):
        return render_rank(answers.rank_answer(snap, question), text, shareable=shareable)
    if isinstance(question, RecentQuestion):
        return render_recent(
            answers.recent_answer(snap, question, today), text, shareable=shareable, page=page
        )
    if isinstance(question, DefinitionQuestion):
        return render_definition(answers.definition_answer(snap, question), text, shareable=shareable)
    if isinstance(question, HistoryQuestion):
        resolution = snap.resolve(question.name)
        if resolution.body is None:
            return unknown_name(question.name, resolution.suggestions, "history", text)
        history = answers.history_answer(snap, resolution.body)
        if isinstance(history, answers.NoReportAnswer):
            return render_no_report(history)
        return render_history(history, f"history {resolution.body.id}", shareable=shareable)
    if isinstance(question, CompareQuestion) and not question.names and question.place:
        in_place = answers.scope(snap, question.kind, question.place)
        question = CompareQuestion(
            tuple(b.id for b in in_place[:MAX_COMPARED]), question.round, question.area
        )
    if isinstance(question, CompareQuestion):
        bodies = []
        for i, name in enumerate(question.names):
            resolution = snap.resolve(name)
            if resolution.body is None:
                others = [n for j, n in enumerate(question.names) if j != i]
                return unknown_name(name, resolution.suggestions, "compare " + ", ".join(others) + ",", text)
            if resolution.body not in bodies:
                bodies.append(resolution.body)
        if len(bodies) < 2:
            return render_cant_answer(answers.CantAnswer(text, CANT_ANSWER_EXAMPLES))
        canonical = (
            "compare " + ", ".join(b.id for b in bodies) + (f" {question.round}" if question.round else "")
        )
        if question.area:
            from bot.slack.ask_more import answer_area_compare

            return answer_area_compare(
                snap, bodies[:MAX_COMPARED], question.area, question.round, text, shareable=shareable
            )
        answer = answers.compare_answer(snap, bodies[:MAX_COMPARED], question.round)
        return render_compare(answer, canonical, shareable=shareable)
    return render_cant_answer(answers.CantAnswer(text, CANT_ANSWER_EXAMPLES))


MAX_COMPARED = 10
NEW_QUESTION_KINDS = (
    AreaQuestion,
    BodyGradesQuestion,
    MonitoringQuestion,
    MovementQuestion,
    OutOfScopeQuestion,
)


def _answer_named(
    db: sqlite_utils.Database, snap: answers.Snapshot, question: GradeQuestion, text: str, *, shareable: bool
) -> Message:
    """One body's grades, from a question: a body id when found exactly, else a name to resolve."""
    resolution = snap.resolve(question.name)
    if resolution.body is None:
        explicit_round = question.round if question.round != "previous" else None
        return unknown_name(question.name, resolution.suggestions, "grade", text, explicit_round or "")
    round_ = question.round
    if round_ == "previous":
        report = answers.report_for(snap, resolution.body, "previous")
        if report is None:
            return render_no_report(answers.NoReportAnswer(resolution.body))
        round_ = report["round"]
    return _answer_grade(db, GradeQuestion(resolution.body.id, round_), shareable=shareable)

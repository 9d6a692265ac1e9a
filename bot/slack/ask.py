"""The one path from text to a Slack message: parse -> answer -> render. Used by every surface."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import sqlite_utils

from bot.questions import answers
from bot.questions.answers.chart import ChartProblem, chart_spec
from bot.questions.answers.snapshot import Snapshot
from bot.questions.chart_request import ChartRequest, parse_chart_request
from bot.questions.kinds import (
    AreaQuestion,
    BodyGradesQuestion,
    GradeQuestion,
    HelpQuestion,
    OutOfScopeQuestion,
    Question,
    UnanswerableQuestion,
    UsageError,
)
from bot.questions.parse import parse_grade, parse_question
from bot.slack.answering import answer_question
from bot.slack.blocks.chart import render_chart_problem, render_chart_text
from bot.slack.blocks.common import Message
from bot.slack.blocks.grade import render_grade, render_grade_help, render_no_report, render_unknown_body
from bot.slack.blocks.help import render_help
from bot.slack.blocks.read_as import joined, read_as_line, with_read_as
from bot.slack.report_vs_spell import report_spell_lead
from bot.slack.when_published import published_lead, with_published


def grade_message(db: sqlite_utils.Database, text: str, *, shareable: bool = True) -> Message:
    """Answer the text of a /grade command."""
    try:
        question = parse_grade(text)
    except UsageError as e:
        return render_grade_help(e.problem)
    if isinstance(question, HelpQuestion):
        return render_grade_help()
    return _answer_grade(db, question, shareable=shareable)


def grade_card_message(db: sqlite_utils.Database, question: GradeQuestion, shareable: bool) -> Message:
    """A body's grade card (the /grade answer), or why there is none."""
    return _answer_grade(db, question, shareable=shareable)


def _answer_grade(db: sqlite_utils.Database, question: GradeQuestion, *, shareable: bool) -> Message:
    answer = answers.answer_grade(db, question.name, question.round)
    if isinstance(answer, answers.UnknownBodyAnswer):
        return _grade_with_area(db, question, shareable=shareable) or render_unknown_body(answer)
    if isinstance(answer, answers.NoReportAnswer):
        return render_no_report(answer)
    canonical = f"grade {answer.body.id}" + (f" {question.round}" if question.round else "")
    card = render_grade(answer, canonical, shareable=shareable)
    snap = answers.snapshot(db)
    if not snap.resolved_as_place(question.name):
        return card
    # '/grade worcester'; imported here: a cold '/grade cambs' never loads the grammar or the gazetteer
    from bot.questions.place_questions import name_notes
    from bot.slack.blocks.places import with_place_notes

    return with_place_notes([card], name_notes(question.name, answer.body, snap.directory))


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
    lean: bool = True,
) -> Message:
    """Answer free text as typed anywhere: '/grade cambs', 'grade cambs', or a question in plain words.

    `now` dates relative questions ('this month'); callers pass it, and only here is the clock a fallback.
    `lean`: a second question leaning on the first is read as its follow-up (off for those two parts, so a
    rewritten part is never split again)."""
    text = " ".join(text.split())
    word, _, rest = text.lstrip("/").partition(" ")
    if word.lower() == "grade":
        return grade_message(db, rest, shareable=shareable)
    if chart := parse_chart_request(text):
        return chart_message(db, chart)
    from bot.questions.understand import understand  # the grammar: never loaded for a cold 'grade ...'

    snap = answers.snapshot(db)
    from bot.questions.place_check import checked

    if check := checked(text, snap.directory):  # 'is wolverhampton staffs as well?': yes or no, then whose
        from bot.slack.blocks.places import with_place_notes

        card = _answer_grade(db, GradeQuestion(check.body.id), shareable=shareable)
        return with_place_notes([card], (check.verdict,))
    from bot.questions.self_correct import self_corrected

    text = self_corrected(text, snap.directory) or text  # 'compare with leicestershire - no, warwickshire'
    from bot.questions.same_day import same_day

    text = same_day(text, snap) or text  # 'which … came out the same day as kent fire': that day's reports
    if shared := _shared(db, text, snap):  # 'does any fire service cover more than one police force area?'
        return shared
    try:
        understood = understand(text, snap.directory)
    except UsageError as e:
        return render_help(e.problem)
    if lean and not understood.parts and not isinstance(understood.question, HelpQuestion):
        from bot.slack.leaning import leaning

        # 'which … inadequate at X, and have any of them been in engage': both, the second as a follow-up
        if two := leaning(db, text):
            return joined([ask(db, t, shareable=shareable, now=now, lean=False) for t in two])
    today = (now or datetime.now(UTC)).date()
    said = []
    for part in understood.parts or (understood,):
        from bot.slack.newest_one import newest_one

        if one := newest_one(snap, part.question, part.text, today):  # 'the newest report you hold': its card
            part = replace(part, question=one)
        again = _SLACK_TOKEN.sub("", part.text if part.read_as or understood.parts else text).strip()
        found = _answered(db, snap, part.text, part.question, again, today, shareable=shareable, page=page)
        # 'whens the durham report published': the date first, asked in the words typed (not the read-as form)
        if lead := published_lead(db, part.question, part.text if understood.parts else text):
            found = with_published(found, lead)
        if lead := report_spell_lead(
            db, part.question, part.text if understood.parts else text, today.isoformat()
        ):
            found = with_published(found, lead)  # 'was the report before or after they went in'
        if part.read_as:
            found = with_read_as(found, read_as_line(part.read_as, part.notes, part.repairs))
        said.append(found)
    return said[0] if len(said) == 1 else joined(said)


def _answered(
    db: sqlite_utils.Database,
    snap: Snapshot,
    typed: str,
    question: Question,
    again: str,
    today: date,
    *,
    shareable: bool,
    page: int,
) -> Message:
    """One question answered; through a place people live ('round worcester'), with the line that says which
    body the place was taken to mean, and police and fire both asked answered one under the other."""
    from bot.questions.place_questions import place_questions  # the grammar is loaded by now

    placed = place_questions(typed, question, snap.directory)
    if placed is None:
        return answer_question(db, snap, question, again, today, shareable=shareable, page=page)
    from bot.slack.blocks.places import with_place_notes

    replies = [
        answer_question(db, snap, q, again, today, shareable=shareable, page=page) for q in placed.questions
    ]
    return with_place_notes(replies, placed.notes)


def _shared(db: sqlite_utils.Database, text: str, snap: Snapshot) -> Message | None:
    """Which bodies cover more than one of the other kind's areas, when the text asks that; else None."""
    from bot.questions import sharing

    kind = sharing.asked(text)
    if kind is None:
        return None
    from bot.questions.counterparts import Counterparts
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder
    from bot.slack.blocks.sharing import render_shared
    from db.reasons import counterparts

    named = find_entities(
        text, snap.directory, name_finder(snap.directory)
    ).bodies  # 'besides dorset and wilts fire'
    pairs = Counterparts.of(counterparts(db))
    return render_shared(
        sharing.shared(kind, pairs, snap.directory, tuple(b for b in named if b.kind == kind))
    )


def chart_message(db: sqlite_utils.Database, request: ChartRequest) -> Message:
    """A chart request answered in words (no picture is drawn here: `ask` never loads matplotlib)."""
    spec = chart_spec(answers.snapshot(db), request)
    return render_chart_problem(spec) if isinstance(spec, ChartProblem) else render_chart_text(spec)


_QUIET = (HelpQuestion, UnanswerableQuestion, OutOfScopeQuestion)

# Mentions, channel links and broadcasts typed into a question never travel on in a button's value.
_SLACK_TOKEN = re.compile(r"<[!@#][^>]*>")

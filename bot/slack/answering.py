"""One table for answering: each kind of question -> the function that answers it (plain data) and the
renderer that turns that data into Block Kit. Modules are imported when their kind is first asked, so a cold
`ask "grade cambs"` loads only what a grade card needs. A conversation's follow-up is merged into a typed
question first (bot.questions.context) and then goes through this same table."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlite_utils

from bot.questions import answers
from bot.questions.kinds import Question
from bot.slack.blocks.common import Message


@dataclass(frozen=True)
class Asked:
    """A question being answered, with what every answer may need."""

    db: sqlite_utils.Database
    snap: answers.Snapshot
    question: Question
    text: str  # what the share and 'show more' buttons ask again
    today: date
    shareable: bool = True
    page: int = 0


@dataclass(frozen=True)
class Unknown:
    """A name the store doesn't know exactly: answered with 'did you mean' buttons that ask again."""

    name: str
    suggestions: tuple[Any, ...]
    verb: str  # 'grade', 'history', 'compare norfolk,' ...
    round: str = ""


@dataclass(frozen=True)
class Done:
    """An answer that is already a message (a question answered by asking another one)."""

    message: Message


# kind -> (module, answer function, renderer); answer(asked) -> data | Unknown | Done, render(data, asked) -> Message
TABLE: dict[str, tuple[str, str, str]] = {
    "HelpQuestion": ("bot.slack.answers.words", "help_topic", "render_help_topic"),
    "GradeQuestion": ("bot.slack.answers.one_body", "grade_card", "render_grade_card"),
    "AreaQuestion": ("bot.slack.answers.one_body", "one_area", "render_one_area"),
    "BodyGradesQuestion": ("bot.slack.answers.one_body", "areas_at_grade", "render_areas_at_grade"),
    "HistoryQuestion": ("bot.slack.answers.one_body", "history", "render_history_answer"),
    "MonitoringQuestion": ("bot.slack.answers.one_body", "monitoring", "render_monitoring_answer"),
    "CompareQuestion": ("bot.slack.answers.compare", "compare", "render_compare_answer"),
    "FilterQuestion": ("bot.slack.answers.lists", "filter_list", "render_filter_list"),
    "GradeCountQuestion": ("bot.slack.answers.lists", "grade_count", "render_grade_count_answer"),
    "BodyCountQuestion": ("bot.slack.answers.lists", "body_count", "render_body_count_answer"),
    "RankQuestion": ("bot.slack.answers.lists", "rank", "render_rank_answer"),
    "RecentQuestion": ("bot.slack.answers.lists", "recent", "render_recent_answer"),
    "MovementQuestion": ("bot.slack.answers.lists", "movement", "render_movement_answer"),
    "DefinitionQuestion": ("bot.slack.answers.words", "definition", "render_definition_answer"),
    "OutOfScopeQuestion": ("bot.slack.answers.words", "out_of_scope", "render_out_of_scope_answer"),
    "UnanswerableQuestion": ("bot.slack.answers.words", "cant_answer", "render_cant_answer_answer"),
    "WhyQuestion": ("bot.slack.answers.why", "why", "render_why_answer"),
    "RecordedQuestion": ("bot.slack.answers.recorded", "recorded", "render_recorded_answer"),
    "AreaCountQuestion": ("bot.slack.answers.area_counts", "area_counts", "render_area_counts_answer"),
    "RegradeQuestion": ("bot.slack.answers.regrades", "regrades", "render_regrades_answer"),
    "RegionTallyQuestion": ("bot.slack.answers.region_tally", "region_tally", "render_region_tally_answer"),
}


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
    """Answer a typed question through the table; `text` is what the share and 'show more' buttons re-ask."""
    asked = Asked(db, snap, question, text, today, shareable, page)
    module_name, answer_name, render_name = TABLE.get(type(question).__name__, TABLE["UnanswerableQuestion"])
    module = importlib.import_module(module_name)
    found = getattr(module, answer_name)(asked)
    if isinstance(found, Done):
        return found.message
    if isinstance(found, Unknown):
        from bot.slack.followups import unknown_name

        return unknown_name(found.name, tuple(found.suggestions), found.verb, text, found.round)
    return getattr(module, render_name)(found, asked)

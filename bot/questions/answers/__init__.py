"""Questions + the store -> plain answer data, one module per kind of question. No Slack here.

The names below are the package's public face, so callers write `answers.filter_answer(...)`."""

from bot.questions.answers.compare import CompareAnswer, compare_answer
from bot.questions.answers.definitions import GRADE_SOURCE_NOTE, DefinitionAnswer, definition_answer
from bot.questions.answers.history import HistoryAnswer, HistoryRound, history_answer
from bot.questions.answers.home import HomeSummary, home_summary
from bot.questions.answers.lists import (
    BodyCountAnswer,
    FilterAnswer,
    FilterRow,
    GradeCountAnswer,
    body_count_answer,
    filter_answer,
    grade_count_answer,
)
from bot.questions.answers.model import (
    AreaGrade,
    CantAnswer,
    GradeAnswer,
    NoReportAnswer,
    ReportRef,
    UnknownBodyAnswer,
)
from bot.questions.answers.one_body import answer_grade, grade_answer
from bot.questions.answers.rankings import RankAnswer, RankRow, rank_answer
from bot.questions.answers.recent import RecentAnswer, RecentRow, recent_answer
from bot.questions.answers.snapshot import (
    FRAMEWORK_FOR_KIND,
    KIND_NOUN,
    Snapshot,
    directory,
    report_for,
    scope,
    snapshot,
)

__all__ = [
    "FRAMEWORK_FOR_KIND",
    "GRADE_SOURCE_NOTE",
    "KIND_NOUN",
    "AreaGrade",
    "BodyCountAnswer",
    "CantAnswer",
    "CompareAnswer",
    "DefinitionAnswer",
    "FilterAnswer",
    "FilterRow",
    "GradeAnswer",
    "GradeCountAnswer",
    "HistoryAnswer",
    "HistoryRound",
    "HomeSummary",
    "NoReportAnswer",
    "RankAnswer",
    "RankRow",
    "RecentAnswer",
    "RecentRow",
    "ReportRef",
    "Snapshot",
    "UnknownBodyAnswer",
    "answer_grade",
    "body_count_answer",
    "compare_answer",
    "definition_answer",
    "directory",
    "filter_answer",
    "grade_answer",
    "grade_count_answer",
    "history_answer",
    "home_summary",
    "rank_answer",
    "recent_answer",
    "report_for",
    "scope",
    "snapshot",
]

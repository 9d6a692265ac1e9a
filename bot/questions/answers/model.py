"""The shapes of answers shared by every kind of question, and what a report row becomes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.questions.names import Body
from bot.questions.vocab import (
    GRADES,
)


@dataclass(frozen=True)
class Regrade:
    """A grade HMICFRS changed after publication: what it was, when, and where that is said."""

    previous: str
    on: str  # YYYY-MM-DD (or shorter, as the source gives it)
    source: str = ""
    evidence: str = (
        ""  # the sentence stored with the grade now held ('… after force supplied incorrect data')
    )


@dataclass(frozen=True)
class AreaGrade:
    """One graded area of a report; grade None means not recorded in this store."""

    area: str
    name: str
    grade: str | None
    source_url: str = ""
    basis: str = ""
    previous: str | None = None
    movement: str | None = None
    previous_graded: bool = True  # False: the previous round had no area of this name
    regraded: Regrade | None = None  # the grade replaced another after publication


@dataclass(frozen=True)
class ReportRef:
    """Which report an answer comes from."""

    framework: str
    round: str
    published: str
    url: str
    title: str = ""


@dataclass(frozen=True)
class GradeAnswer:
    """A body's latest graded report, area by area, with movement since the previous round."""

    body: Body
    report: ReportRef
    areas: tuple[AreaGrade, ...]
    counts: dict[str, int] | None = None
    previous: ReportRef | None = None
    in_engage_since: str | None = None

    @property
    def recorded(self) -> int:
        return sum(1 for a in self.areas if a.grade)

    @property
    def unrecorded(self) -> int:
        return sum(1 for a in self.areas if not a.grade)


@dataclass(frozen=True)
class NoReportAnswer:
    """The body is known but the store holds no graded report for it (in the round asked, if one was)."""

    body: Body
    round: str | None = None
    held: tuple[str, ...] = ()  # the rounds of the body's framework any report is held for, oldest first
    earlier: bool = (
        False  # the round before its latest was asked ('and the previous round?'), and none is held
    )


@dataclass(frozen=True)
class UnknownBodyAnswer:
    """A name that matched no body, with the closest candidates."""

    query: str
    suggestions: tuple[Body, ...]
    command: str = "grade"
    rest: str = ""  # what follows the body in the re-asked question, e.g. the round asked about


def report_ref(report: dict) -> ReportRef:
    return _ref(
        report["framework"], report["round"], report["published"], report["report_url"], report["title"]
    )


_ref = lru_cache(maxsize=4096)(ReportRef)  # one per report, shared: it is frozen, and lists cite every report


_COUNT_KEYS = {
    g: g.lower().replace(" ", "_") for g in GRADES
}  # 'Requires improvement' -> 'requires_improvement'


def counts(report: dict) -> dict[str, int] | None:
    keys = _COUNT_KEYS
    if not any(report.get(k) for k in keys.values()):
        return None
    return {g: report[k] for g, k in keys.items() if report.get(k) is not None}


@dataclass(frozen=True)
class CantAnswer:
    """A question the bot can't answer yet, with examples that work."""

    text: str
    examples: tuple[str, ...]
    topic: str = ""  # what the question asks about that is not held here ('budgets and spending')

"""One body over time, round by round."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.model import AreaGrade, NoReportAnswer, ReportRef, report_ref
from bot.questions.answers.snapshot import Snapshot, count_statement
from bot.questions.names import Body


@dataclass(frozen=True)
class HistoryRound:
    report: ReportRef
    areas: tuple[AreaGrade, ...]
    counts: dict[str, int] | None


@dataclass(frozen=True)
class HistoryAnswer:
    """Every graded report of one body, oldest first."""

    body: Body
    rounds: tuple[HistoryRound, ...]


def history_answer(snap: Snapshot, body: Body) -> HistoryAnswer | NoReportAnswer:
    rounds = []
    for r in snap.reports.get(body.id, []):
        graded = snap.grades.get(r["id"], {})
        areas = tuple(
            AreaGrade(
                a["area"],
                a["name"],
                graded[a["area"]]["grade"] if a["area"] in graded else None,
                graded[a["area"]]["source_url"] if a["area"] in graded else "",
            )
            for a in snap.areas.get((r["framework"], r["round"]), [])
            if a["core"] or a["area"] in graded
        )
        rounds.append(HistoryRound(report_ref(r), areas, count_statement(r)))
    if not rounds:
        return NoReportAnswer(body)
    return HistoryAnswer(body, tuple(rounds))

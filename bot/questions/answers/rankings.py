"""Rankings of bodies by their grades, with the rule stated."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import Snapshot, area_in, core_missing, count_statement, report_for, scope
from bot.questions.areas import CONCEPTS_BY_KEY
from bot.questions.kinds import RankQuestion
from bot.questions.names import Body
from bot.questions.vocab import (
    GRADE_RANK,
    GRADES,
)


@dataclass(frozen=True)
class RankRow:
    body: Body
    report: ReportRef
    detail: str


@dataclass(frozen=True)
class RankAnswer:
    """A ranking with the rule it follows, stated."""

    kind: str
    best: bool
    area: str | None
    place: str | None
    rule: str
    rows: tuple[RankRow, ...]
    ranked: int
    excluded: int
    limit: int


def _report_counts(snap: Snapshot, report: dict) -> dict[str, int] | None:
    """A whole report's grade counts: its count statement, or its recorded grades when none is missing."""
    statement = count_statement(report)
    if statement:
        return {g: statement.get(g, 0) for g in GRADES}
    if core_missing(snap, report):
        return None
    recorded = [g["grade"] for g in snap.grades.get(report["id"], {}).values()]
    return {g: recorded.count(g) for g in GRADES} if recorded else None


def _describe_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {g.lower()}" for g, n in counts.items() if n)


def rank_answer(snap: Snapshot, q: RankQuestion) -> RankAnswer:
    """Rank bodies by one area's grade, or by their whole report, and say how."""
    concept = CONCEPTS_BY_KEY.get(q.area) if q.area else None
    scored: list[tuple[tuple, RankRow]] = []
    excluded = 0
    for body in scope(snap, q.kind, q.place):
        report = report_for(snap, body, q.round)
        if report is None:
            excluded += 1
            continue
        counts = _report_counts(snap, report)
        good_or_better = (counts or {}).get("Outstanding", 0) + (counts or {}).get("Good", 0)
        if concept is not None:
            found = area_in(snap, report, concept)
            if not found or found[1] is None:
                excluded += 1
                continue
            grade = found[1]["grade"]
            key = (GRADE_RANK[grade], good_or_better)
            detail = f"{grade} · good or better in {good_or_better} areas" if counts else grade
        else:
            if not counts:
                excluded += 1
                continue
            total = sum(counts.values())
            average = sum(GRADE_RANK[g] * n for g, n in counts.items()) / total
            key = (int(round(average * 1_000_000)), good_or_better)
            detail = f"average {average:.2f} · {_describe_counts(counts)}"
        scored.append((key, RankRow(body, report_ref(report), detail)))
    scored.sort(key=lambda kr: (tuple(-k for k in kr[0]) if q.best else kr[0], kr[1].body.name))
    if concept is not None:
        rule = (
            f"Ranked by the grade for {concept.label} in each one's latest report, then by how many areas "
            "of that report are good or outstanding."
        )
    else:
        rule = (
            "Ranked by the average grade across the areas of each one's latest report (Outstanding 5, Good 4, "
            "Adequate 3, Requires improvement 2, Inadequate 1), then by how many areas are good or outstanding. "
            "Where the area-by-area grades aren't all recorded, HMICFRS's own count statement is used."
        )
    if q.round:
        rule = rule.replace("latest report", "report in the round asked")
    return RankAnswer(
        kind=q.kind,
        best=q.best,
        area=concept.label if concept else None,
        place=q.place.label if q.place else None,
        rule=rule,
        rows=tuple(row for _, row in scored[: q.limit]),
        ranked=len(scored),
        excluded=excluded,
        limit=q.limit,
    )

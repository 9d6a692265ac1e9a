"""The graded areas ranked by how many bodies got a grade there, from each one's report (latest, or the round
asked); grades known only from a count statement are counted apart, never placed in an area."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.snapshot import Snapshot, count_statement, named_grades, report_for, scope
from bot.questions.area_counts import AreaCountQuestion
from bot.questions.names import Body


@dataclass(frozen=True)
class AreaCountAnswer:
    """(area name, how many) best first; and the grades asked that no area can be given for."""

    kind: str
    grades: tuple[str, ...]
    round: str | None
    place: str | None
    areas: tuple[tuple[str, int], ...]
    unplaced: tuple[tuple[Body, int], ...]  # grades asked in a count statement, beyond those recorded by area
    reports: int
    rounds: tuple[tuple[str, int], ...]
    fewest: bool = False


def area_count_answer(snap: Snapshot, q: AreaCountQuestion) -> AreaCountAnswer:
    """Count, area by area, the reports that gave one of the grades asked."""
    counts: dict[str, int] = {}
    unplaced: list[tuple[Body, int]] = []
    rounds: dict[str, int] = {}
    reports = 0
    for body in scope(snap, q.kind, q.place):
        report = report_for(snap, body, q.round)
        if report is None:
            continue
        reports += 1
        rounds[report["round"]] = rounds.get(report["round"], 0) + 1
        for listed in snap.areas.get((report["framework"], report["round"]), []):
            counts.setdefault(listed["name"], 0)
        named = [(a, g) for a, g in named_grades(snap, report) if g in q.grades]
        for name, _ in named:
            counts[name] += 1
        statement = count_statement(report)
        if statement and (more := sum(statement.get(g, 0) for g in q.grades) - len(named)) > 0:
            unplaced.append((body, more))
    ranked = sorted(counts.items(), key=lambda kv: (kv[1] if q.fewest else -kv[1], kv[0]))
    return AreaCountAnswer(
        q.kind,
        q.grades,
        q.round,
        q.place.label if q.place else None,
        tuple(ranked),
        tuple(unplaced),
        reports,
        tuple(sorted(rounds.items())),
        q.fewest,
    )

"""Rankings of bodies by their grades, with the rule stated."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import (
    FRAMEWORK_FOR_KIND,
    Snapshot,
    area_in,
    concept_grades,
    core_missing,
    count_statement,
    report_for,
    scope,
)
from bot.questions.areas import CONCEPTS_BY_KEY
from bot.questions.kinds import RankQuestion
from bot.questions.names import Body
from bot.questions.vocab import GRADE_RANK, GRADES, round_label


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
    by_grade: str | None = None  # ranked by how many areas got this grade
    fewest: bool = False  # by_grade's count, smallest first
    tied: tuple[Body, ...] = ()  # by_grade: not shown, with the same count as the last one shown
    tied_at: int = 0  # that count
    round: str | None = None  # the one round every ranked body is compared in
    left_out: tuple[Body, ...] = ()  # no report in that round, or too few grades recorded to rank
    asked: tuple[Body, int] | None = None  # the body asked about and its place (1 = first), when ranked


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


def _rankable(snap: Snapshot, report: dict | None, concept) -> bool:
    if report is None:
        return False
    if concept is not None:
        return (report["body_id"], report["round"], concept.key) in concept_grades(snap)
    return report_counts(snap, report) is not None


def report_counts(snap: Snapshot, report: dict) -> dict[str, int] | None:
    """A report's count of each grade, when known (_report_counts), remembered per report for this snapshot."""
    memo: dict[int, dict[str, int] | None] = snap.derived("report_counts", lambda _: {})
    if report["id"] not in memo:
        memo[report["id"]] = _report_counts(snap, report)
    return memo[report["id"]]


def _common_round(snap: Snapshot, q: RankQuestion, bodies: list[Body], concept) -> str | None:
    """Like with like: the round asked, else the newest round in which most bodies can be ranked."""
    if q.round and q.round != "previous":
        return q.round
    key = (FRAMEWORK_FOR_KIND[q.kind], concept.key if concept else "")
    memo: dict[tuple[str, str], dict[str, set[str]]] = snap.derived("rankable_rounds", lambda _: {})
    if key not in memo:
        memo[key] = {
            body_id: {r["round"] for r in reports if r["framework"] == key[0] and _rankable(snap, r, concept)}
            for body_id, reports in snap.reports.items()
        }
    tally: dict[str, int] = {}
    for body in bodies:
        for round_ in memo[key].get(body.id, ()):
            tally[round_] = tally.get(round_, 0) + 1
    if not tally:
        return None
    most = max(tally.values())
    return max(r for r, n in tally.items() if n * 2 >= most)


def rank_answer(snap: Snapshot, q: RankQuestion) -> RankAnswer:
    """Rank bodies by one area's grade, or by their whole report, all from one round, and say how."""
    concept = CONCEPTS_BY_KEY.get(q.area) if q.area else None
    scored: list[tuple[tuple, RankRow]] = []
    excluded = 0
    left_out: list[Body] = []
    bodies = scope(snap, q.kind, q.place)
    if q.names:
        bodies = [b for b in bodies if b.id in q.names]
    round_ = _common_round(snap, q, bodies, concept)
    for body in bodies:
        report = report_for(snap, body, round_) if round_ else None
        if report is None:
            excluded += 1
            left_out.append(body)
            continue
        counts = report_counts(snap, report)
        good_or_better = (counts or {}).get("Outstanding", 0) + (counts or {}).get("Good", 0)
        if concept is not None:
            found = area_in(snap, report, concept)
            if not found or found[1] is None:
                excluded += 1
                left_out.append(body)
                continue
            grade = found[1]["grade"]
            key = (GRADE_RANK[grade], good_or_better)
            areas = "area" if good_or_better == 1 else "areas"
            detail = f"{grade} · good or better in {good_or_better} {areas}" if counts else grade
        else:
            floor = _floor_row(snap, report, q) if not counts else None
            if floor is not None:  # 'most good': the grades recorded are a floor, said so
                scored.append((floor[0], RankRow(body, report_ref(report), floor[1])))
                continue
            if not counts:
                excluded += 1
                left_out.append(body)
                continue
            total = sum(counts.values())
            average = sum(GRADE_RANK[g] * n for g, n in counts.items()) / total
            key = (int(round(average * 1_000_000)), good_or_better)
            detail = f"average {average:.2f} · {_describe_counts(counts)}"
            if q.by_grade:
                key = _by_grade_key(q.by_grade, q.fewest, counts.get(q.by_grade, 0), key[0])
                detail = f"{counts.get(q.by_grade, 0)} {q.by_grade.lower()} · {_describe_counts(counts)}"
        scored.append((key, RankRow(body, report_ref(report), detail)))
    descending = q.best or bool(q.by_grade and concept is None)  # by_grade's key says which way itself
    scored.sort(key=lambda kr: (tuple(-k for k in kr[0]) if descending else kr[0], kr[1].body.name))
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
    if q.by_grade and concept is None:
        rule = (
            f"Ranked by how many areas of each one's latest report are rated {q.by_grade.lower()}"
            f"{', fewest first' if q.fewest else ''}, then by the average grade (Outstanding 5 … Inadequate "
            "1). Where the area-by-area grades aren't all recorded, HMICFRS's own count statement is used."
        )
        if any(row.detail.startswith("at least") for _, row in scored):
            rule += (
                " Where there is neither, the grades recorded are counted as a floor ('at least'), so one "
                "with areas not recorded could rank higher."
            )
    if round_:
        rule = rule.replace("each one's latest report", f"each one's {round_label(round_)} report")
        rule += (
            " Only one round is compared, because HMICFRS says grades are not directly comparable between "
            "rounds; bodies without that round's report, or with too few of its grades recorded, are left out."
        )
    tied = _tied_beyond(scored, q.limit) if q.by_grade and concept is None else ()
    if q.limit == 1 and concept is not None and scored:
        # 'which force is best at answering 999 calls': every one with the top grade, not one of them
        top = scored[0][0][0]
        q = replace(q, limit=sum(1 for key, _ in scored if key[0] == top))
    asked = _standing(scored, q.asked_about)
    return RankAnswer(
        asked=asked,
        kind=q.kind,
        best=q.best,
        area=concept.label if concept else None,
        place=q.place.label if q.place else None,
        rule=rule,
        rows=tuple(row for _, row in scored[: q.limit]),
        ranked=len(scored),
        excluded=excluded,
        limit=q.limit,
        round=round_,
        left_out=tuple(left_out),
        by_grade=q.by_grade if concept is None else None,
        fewest=q.fewest and concept is None,
        tied=tied,
        tied_at=abs(scored[q.limit - 1][0][0]) if tied else 0,
    )


def _tied_beyond(scored: list[tuple[tuple, RankRow]], limit: int) -> tuple[Body, ...]:
    """Bodies past the limit with the same count of the grade as the last one shown."""
    if len(scored) <= limit:
        return ()
    last = scored[limit - 1][0][0]
    return tuple(row.body for key, row in scored[limit:] if key[0] == last)


def _by_grade_key(grade: str, fewest: bool, count: int, average: int) -> tuple[int, int]:
    """Sorted high to low: the count (or fewest first), then ties broken towards the grade's end of the
    scale ('most inadequate': the worse average first; 'fewest inadequate': the better average first)."""
    worse_first = (GRADE_RANK[grade] <= GRADE_RANK["Adequate"]) != fewest
    return (-count if fewest else count, -average if worse_first else average)


def _floor_row(snap: Snapshot, report: dict, q: RankQuestion) -> tuple[tuple[int, int], str] | None:
    """For 'most <grade>': a report with some of its grades recorded and no count statement ranks by the
    ones recorded, a floor ('at least 2 good; 2 areas not recorded'). Never for 'fewest', where the
    missing grades could only add to the count."""
    if not q.by_grade or q.fewest:
        return None
    recorded = [g["grade"] for g in snap.grades.get(report["id"], {}).values()]
    if not recorded:
        return None
    n = recorded.count(q.by_grade)
    average = sum(GRADE_RANK[g] for g in recorded) / len(recorded)
    missing = core_missing(snap, report)
    detail = (
        f"at least {n} {q.by_grade.lower()} · {missing} {'area' if missing == 1 else 'areas'} not recorded "
        f"here · recorded: {_describe_counts({g: recorded.count(g) for g in GRADES})}"
    )
    return _by_grade_key(q.by_grade, False, n, int(round(average * 1_000_000))), detail


def _standing(scored: list[tuple[tuple, RankRow]], body_id: str | None) -> tuple[Body, int] | None:
    """The body asked about and its place in the (sorted) ranking: one more than those ranked strictly above."""
    at = next((i for i, (_, row) in enumerate(scored) if row.body.id == body_id), None)
    if at is None:
        return None
    key = scored[at][0]
    return scored[at][1].body, 1 + sum(1 for k, _ in scored[:at] if k != key)

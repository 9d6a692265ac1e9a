"""Bodies matching a grade filter, and counts of grades or bodies."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.area import FEW_GRADES
from bot.questions.answers.at_least import at_least_row
from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import (
    Snapshot,
    area_in,
    core_missing,
    count_statement,
    named_grades,
    report_for,
    scope,
)
from bot.questions.areas import CONCEPTS_BY_KEY
from bot.questions.kinds import BodyCountQuestion, FilterQuestion, GradeCountQuestion
from bot.questions.names import Body
from bot.questions.vocab import (
    GRADE_RANK,
    GRADES,
)


@dataclass(frozen=True)
class FilterRow:
    """One body in a list: the report used and the matching grades (area name, grade)."""

    body: Body
    report: ReportRef
    grades: tuple[tuple[str, str], ...]
    statement: dict[str, int] | None = None  # set when only HMICFRS's count statement shows the match
    tally: int = 0  # how many areas at the grades asked, when a number of them was asked for


@dataclass(frozen=True)
class FilterAnswer:
    """Bodies whose grade for an area (or any area) is one of `grades`, with honest notes on what's missing."""

    kind: str
    area: str | None  # concept label
    grades: tuple[str, ...]
    place: str | None
    round: str | None
    rows: tuple[FilterRow, ...]
    considered: int
    unrecorded: tuple[Body, ...] = ()
    possible: tuple[tuple[Body, int], ...] = ()
    no_report: tuple[Body, ...] = ()
    rounds: tuple[tuple[str, int], ...] = ()
    count: bool = False
    every: bool = False  # rows hold every graded area at one of `grades`
    excluded: tuple[str, ...] = ()  # names of the bodies left out as asked ('apart from Sussex')
    except_areas: tuple[str, ...] = ()  # the areas left out as asked ('apart from crime recording')
    at_least: int = 1  # rows hold this many areas or more at one of `grades`
    read_in: str | None = (
        None  # the round read, none asked: the last that graded the area, when not the newest
    )
    # the area's grade not recorded, but the count statement puts every grade asked elsewhere
    ruled_out: tuple[Body, ...] = ()
    scope: tuple[Body, ...] = ()  # the bodies considered, when they are few (a region's)
    among: bool = False  # drawn from the bodies asked about ('which of those …'), not a kind or a place
    others: tuple[
        tuple[Body, str], ...
    ] = ()  # none of those asked about matched: the grades they have instead


FEW_BODIES = 8  # a list of no more bodies than this names them all when none matches


def _last_round_of(snap: Snapshot, concept, kind: str) -> str | None:
    """The round to answer an area in when none was asked: None (each body's latest) while the newest round
    of that kind grades the area; else the last round that did ('providing a service to the victims of
    crime' was graded in PEEL 2021/22 only)."""
    framework = "frs" if kind == "fire" else "peel"
    rounds = sorted(r for f, r in snap.areas if f == framework)
    graded = [r for r in rounds if any(a["area"] in concept.area_keys for a in snap.areas[(framework, r)])]
    return graded[-1] if graded and rounds and graded[-1] != rounds[-1] else None


def filter_answer(snap: Snapshot, q: FilterQuestion) -> FilterAnswer:
    """Answer 'which forces are inadequate at responding to the public?' and friends."""
    concept = CONCEPTS_BY_KEY.get(q.area) if q.area else None
    wanted = set(q.grades or GRADES)
    rows: list[FilterRow] = []
    unrecorded: list[Body] = []
    possible: list[tuple[Body, int]] = []
    no_report: list[Body] = []
    rounds: dict[str, int] = {}
    ruled_out: list[Body] = []
    others: list[tuple[Body, str]] = []  # of the bodies asked about, those graded otherwise on the area
    bodies = [
        b for b in scope(snap, q.kind, q.place) if b.id not in q.exclude and (not q.among or b.id in q.among)
    ]
    asked = q.round or (_last_round_of(snap, concept, q.kind) if concept else None)
    for body in bodies:
        report = report_for(snap, body, asked)
        if report is None:
            no_report.append(body)
            continue
        rounds[report["round"]] = rounds.get(report["round"], 0) + 1
        statement = count_statement(report)
        if concept is not None:
            found = area_in(snap, report, concept)
            if found is None:  # that round's area list has no such area (or isn't fully known yet)
                unrecorded.append(body)
                continue
            name, grade = found
            if grade is None:
                if statement and q.grades:
                    recorded = [g["grade"] for g in snap.grades.get(report["id"], {}).values()]
                    left = sum(max(0, statement.get(g, 0) - recorded.count(g)) for g in wanted)
                    if not left:  # every grade asked for is in another area: known not to be on the list
                        ruled_out.append(body)
                        continue
                    possible.append((body, left))
                unrecorded.append(body)
                continue
            if grade["grade"] in wanted:
                rows.append(FilterRow(body, report_ref(report), ((name, grade["grade"]),)))
            elif q.among:
                others.append((body, grade["grade"]))
            continue
        if q.every:
            _every_row(snap, body, report, statement, wanted, rows, unrecorded)
            continue
        if q.at_least > 1:
            row, maybe = at_least_row(snap, body, report, statement, wanted, q.at_least)
            rows += [FilterRow(*row)] if row else []
            unrecorded += [body] if maybe else []
            continue
        named = named_grades(snap, report)
        left_out = _areas_left_out(snap, report, q.except_areas)
        matches = tuple((n, g) for n, g in named if g in wanted and n not in left_out)
        if matches:
            rows.append(FilterRow(body, report_ref(report), matches))
        elif statement and sum(statement.get(g, 0) for g in wanted) > sum(g in wanted for _, g in named):
            rows.append(FilterRow(body, report_ref(report), (), statement))  # one not recorded: not left out
        elif not statement and core_missing(snap, report):
            unrecorded.append(body)
    worst_first = bool(q.grades) and all(GRADE_RANK[g] <= GRADE_RANK["Adequate"] for g in q.grades)

    def order(row: FilterRow) -> tuple:
        if row.tally:
            return (-row.tally, row.body.name)
        shown = [g for _, g in row.grades] or [g for g in wanted if (row.statement or {}).get(g)]
        best = max((GRADE_RANK[g] for g in shown), default=0)
        return ((best if worst_first else -best), row.body.name)

    rows.sort(key=order)
    return FilterAnswer(
        kind=q.kind,
        area=concept.label if concept else None,
        grades=tuple(q.grades),
        place=q.place.label if q.place else None,
        round=q.round,
        rows=tuple(rows),
        considered=len(bodies),
        unrecorded=tuple(unrecorded),
        possible=tuple(possible),
        no_report=tuple(no_report),
        rounds=tuple(sorted(rounds.items())),
        count=q.count,
        every=q.every,
        at_least=q.at_least,
        ruled_out=tuple(ruled_out),
        scope=tuple(bodies) if len(bodies) <= FEW_BODIES else (),
        excluded=tuple(b.name for b in snap.bodies.values() if b.id in q.exclude),
        except_areas=tuple(CONCEPTS_BY_KEY[k].label for k in q.except_areas if k in CONCEPTS_BY_KEY),
        read_in=None if q.round else asked,
        among=bool(q.among),
        others=tuple(others) if not rows else (),
    )


def _areas_left_out(snap: Snapshot, report: dict, keys: tuple[str, ...]) -> set[str]:
    """The names, in this report's round, of the areas 'apart from crime recording' leaves out."""
    found = (area_in(snap, report, CONCEPTS_BY_KEY[k]) for k in keys if k in CONCEPTS_BY_KEY)
    return {f[0] for f in found if f}


def _every_row(
    snap: Snapshot,
    body: Body,
    report: dict,
    statement: dict[str, int] | None,
    wanted: set[str],
    rows: list[FilterRow],
    unrecorded: list[Body],
) -> None:
    """A body whose every graded area is at one of the wanted grades joins `rows`; one whose grades are
    not all known (and whose count statement doesn't settle it) joins `unrecorded`."""
    graded = named_grades(snap, report)
    if statement and sum(statement.values()):
        if not any(n for g, n in statement.items() if g not in wanted):
            rows.append(FilterRow(body, report_ref(report), tuple(graded), None if graded else statement))
        return
    if len(graded) < FEW_GRADES or core_missing(snap, report):  # one area of a new round is not 'every'
        if all(g in wanted for _, g in graded):
            unrecorded.append(body)
        return
    if all(g in wanted for _, g in graded):
        rows.append(FilterRow(body, report_ref(report), tuple(graded)))


@dataclass(frozen=True)
class GradeCountAnswer:
    """'how many outstanding grades in 2023-25': a total, how it was counted, and what may be missing."""

    kind: str
    grades: tuple[str, ...]
    area: str | None
    place: str | None
    round: str | None
    by_grade: tuple[tuple[str, int], ...]
    reports: int
    bodies_with: tuple[Body, ...]
    from_statements: int
    incomplete: tuple[Body, ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_grade)


def grade_count_answer(snap: Snapshot, q: GradeCountQuestion) -> GradeCountAnswer:
    """Count grades given, using recorded grades and, for whole reports, HMICFRS's count statements."""
    concept = CONCEPTS_BY_KEY.get(q.area) if q.area else None
    totals = dict.fromkeys(q.grades, 0)
    reports = from_statements = 0
    bodies_with: list[Body] = []
    incomplete: list[Body] = []
    for body in scope(snap, q.kind, q.place):
        report = report_for(snap, body, q.round)
        if report is None:
            continue
        reports += 1
        before = sum(totals.values())
        if concept is not None:
            found = area_in(snap, report, concept)
            row = found[1] if found else None
            if found and row is None:
                incomplete.append(body)
            elif row is not None and row["grade"] in totals:
                totals[row["grade"]] += 1
        elif statement := count_statement(report):
            from_statements += 1
            for g in totals:
                totals[g] += statement.get(g, 0)
        else:
            for recorded in snap.grades.get(report["id"], {}).values():
                if recorded["grade"] in totals:
                    totals[recorded["grade"]] += 1
            if core_missing(snap, report):
                incomplete.append(body)
        if sum(totals.values()) > before:
            bodies_with.append(body)
    return GradeCountAnswer(
        kind=q.kind,
        grades=q.grades,
        area=concept.label if concept else None,
        place=q.place.label if q.place else None,
        round=q.round,
        by_grade=tuple(totals.items()),
        reports=reports,
        bodies_with=tuple(bodies_with),
        from_statements=from_statements,
        incomplete=tuple(incomplete),
    )


@dataclass(frozen=True)
class BodyCountAnswer:
    """'how many forces are there'."""

    kind: str | None  # None: police forces and fire services both
    place: str | None
    bodies: tuple[Body, ...]


def body_count_answer(snap: Snapshot, q: BodyCountQuestion) -> BodyCountAnswer:
    kinds = (q.kind,) if q.kind else ("police", "fire")
    bodies = tuple(b for k in kinds for b in scope(snap, k, q.place))
    return BodyCountAnswer(q.kind, q.place.label if q.place else None, bodies)

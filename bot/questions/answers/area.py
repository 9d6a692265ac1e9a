"""One body and one area: the grade, from the most recent report that graded it; one body's areas at a grade."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.questions.answers.model import Regrade, ReportRef, report_ref
from bot.questions.answers.one_body import regrade_of
from bot.questions.answers.snapshot import (
    FRAMEWORK_FOR_KIND,
    Snapshot,
    area_in,
    count_statement,
    latest_fuller,
    named_grades,
)
from bot.questions.areas import CONCEPTS_BY_KEY, FIRE_PILLARS
from bot.questions.names import Body
from bot.questions.vocab import GRADES, movement


@dataclass(frozen=True)
class AreaAnswer:
    """A body's grade for one area, the report it comes from, and what came before."""

    body: Body
    area: str  # what people call it
    area_name: str  # HMICFRS's name in the round that graded it
    grade: str | None
    report: ReportRef | None  # the most recent report (up to the round asked) that graded it
    source_url: str = ""
    basis: str = ""
    # newer reports than `report`, newest first, each with what it did with the area: GRADED_UNRECORDED
    # (graded, but the grade isn't recorded here), NOT_IN_ROUND (its round has no such area) or NOT_GRADED
    # (HMICFRS's count of the report's grades shows every grade it gave is recorded, and this one isn't)
    newer: tuple[tuple[ReportRef, str], ...] = ()
    previous: ReportRef | None = None
    previous_grade: str | None = None
    movement: str | None = None
    test: tuple[str, ...] = ()  # yes/no: is the grade one of these?
    round_asked: str | None = None
    area_key: str = ""  # the area's id in the round that graded it ('' when none did)
    regraded: Regrade | None = None  # the grade replaced another after publication
    # the grades HMICFRS's count of the newest report asked gives to its areas not recorded here, best first
    left: tuple[tuple[str, int], ...] = ()

    @property
    def verdict(self) -> bool | None:
        """True or False for a yes/no question with a known grade; None otherwise."""
        if not self.test or self.grade is None:
            return None
        return self.grade in self.test


def _reports(snap: Snapshot, body: Body, round_: str | None) -> list[dict]:
    framework = FRAMEWORK_FOR_KIND.get(body.kind)
    reports = [r for r in snap.reports.get(body.id, []) if framework is None or r["framework"] == framework]
    if round_ == "previous":
        return reports[:-1]
    if round_:
        return [r for r in reports if r["round"] <= round_]
    return reports


GRADED_UNRECORDED, NOT_IN_ROUND, NOT_GRADED = "graded, not recorded", "not in its round", "not graded"


def _what_became_of(snap: Snapshot, report: dict, in_round: bool) -> str:
    if not in_round:
        return NOT_IN_ROUND
    stated = count_statement(report)
    recorded = len(snap.grades.get(report["id"], {}))
    return NOT_GRADED if stated and sum(stated.values()) == recorded else GRADED_UNRECORDED


def area_answer(
    snap: Snapshot, body: Body, area: str, round_: str | None = None, test: tuple[str, ...] = ()
) -> AreaAnswer:
    """The grade for one area, newest report first; a newer report that didn't grade it is named."""
    concept = CONCEPTS_BY_KEY[area]
    reports = _reports(snap, body, round_)
    graded: list[tuple[dict, str, dict]] = []
    newer: list[tuple[ReportRef, str]] = []
    left: tuple[tuple[str, int], ...] = ()
    for report in reversed(reports):
        found = area_in(snap, report, concept)
        if found is None or found[1] is None:
            if not graded:
                became = _what_became_of(snap, report, found is not None)
                left = _left(snap, report) if became == GRADED_UNRECORDED and not newer else left
                newer.append((report_ref(report), became))
            continue
        graded.append((report, found[0], found[1]))
        if len(graded) == 2:
            break
    if not graded:
        return AreaAnswer(
            body, concept.label, concept.label, None, None, newer=tuple(newer), test=test, round_asked=round_,
            left=left,
        )  # fmt: skip
    report, name, row = graded[0]
    prev = graded[1] if len(graded) > 1 else None
    prev_grade = prev[2]["grade"] if prev else None
    return AreaAnswer(
        body,
        concept.label,
        name,
        row["grade"],
        report_ref(report),
        row["source_url"],
        row["basis"],
        newer=tuple(newer),
        previous=report_ref(prev[0]) if prev else None,
        previous_grade=prev_grade,
        movement=movement(row["grade"], prev_grade),
        test=test,
        round_asked=round_,
        area_key=row["area"],
        regraded=regrade_of(snap.regrades.get((report["id"], row["area"]))),
        left=left,
    )


def _left(snap: Snapshot, report: dict) -> tuple[tuple[str, int], ...]:
    """The grades HMICFRS's count statement gives that the recorded grades don't account for, best first."""
    stated = count_statement(report)
    if not stated:
        return ()
    held = Counter(g["grade"] for g in snap.grades.get(report["id"], {}).values() if g.get("grade"))
    return tuple((g, n - held[g]) for g, n in stated.items() if n - held[g] > 0)


@dataclass(frozen=True)
class BodyGradesAnswer:
    """One body's areas at the grades asked, from one report."""

    body: Body
    report: ReportRef | None
    grades: tuple[str, ...]
    matches: tuple[tuple[str, str], ...]  # area name, grade
    recorded: int  # grades recorded for that report
    areas: int  # areas in that report's round
    yes_no: bool = False
    # when that report graded only a few areas (a new round): the most recent fuller report and its matches
    earlier: ReportRef | None = None
    earlier_matches: tuple[tuple[str, str], ...] = ()
    statement: dict[str, int] | None = None  # HMICFRS's counts for that report, when known
    pillar: str = ""  # only the areas of this pillar were asked about
    others: tuple[tuple[str, int], ...] = ()  # every recorded grade of that report and how many, best first
    unrecorded: tuple[str, ...] = ()  # with a pillar: its graded areas whose grade is not recorded here
    last_given: bool = (
        False  # `earlier` is the most recent report that gave the grades asked, none given since
    )
    every: bool = False  # asked whether every area was at the grades
    rest: tuple[tuple[str, str], ...] = ()  # the recorded areas at other grades, area name and grade


def body_grades_answer(
    snap: Snapshot,
    body: Body,
    grades: tuple[str, ...],
    round_: str | None = None,
    yes_no: bool = False,
    pillar: str = "",
    every: bool = False,
) -> BodyGradesAnswer:
    """'which areas did cambridgeshire get inadequate in': from the latest report (or the round asked)."""
    reports = _reports(snap, body, round_)
    if round_ and round_ != "previous":
        reports = [r for r in reports if r["round"] == round_]
    if not reports:
        return BodyGradesAnswer(body, None, grades, (), 0, 0, yes_no)
    report = reports[-1]
    named = named_grades(snap, report)
    graded = snap.grades.get(report["id"], {})
    listed = snap.areas.get((report["framework"], report["round"]), [])
    if pillar:
        keys = {k for c in FIRE_PILLARS.get(pillar, ()) for k in CONCEPTS_BY_KEY[c].area_keys}
        listed = [a for a in listed if a["area"] in keys]
        named = [(n, g) for n, g in named if n in {a["name"] for a in listed}]
    matches = tuple((n, g) for n, g in named if g in grades)
    areas = sum(1 for a in listed if a["core"] or a["area"] in graded)
    earlier = None
    earlier_matches: tuple[tuple[str, str], ...] = ()
    if not round_ and not pillar and len(named) < FEW_GRADES:
        fuller = latest_fuller(snap, body, FEW_GRADES)  # (the latest has fewer, so it is an earlier one)
        if fuller is not None:
            earlier = report_ref(fuller)
            earlier_matches = tuple((n, g) for n, g in named_grades(snap, fuller) if g in grades)
    last_given = False
    stated = count_statement(report)
    none_given = not matches and (not stated or not any(stated.get(g) for g in grades))
    if not round_ and not pillar and earlier is None and none_given and (len(named) >= areas or stated):
        # 'what were they outstanding in' when the latest report gave none: where it last did
        given = next(
            (r for r in reversed(reports[:-1]) if any(g in grades for _, g in named_grades(snap, r))), None
        )
        if given is not None:
            earlier, last_given = report_ref(given), True
            earlier_matches = tuple((n, g) for n, g in named_grades(snap, given) if g in grades)
    return BodyGradesAnswer(
        body,
        report_ref(report),
        grades,
        matches,
        len(named),
        areas,
        yes_no,
        earlier,
        earlier_matches,
        None if pillar else count_statement(report),
        pillar,
        tuple((g, n) for g in GRADES if (n := sum(1 for _, x in named if x == g))),
        tuple(a["name"] for a in listed if a["core"] and a["area"] not in graded) if pillar else (),
        last_given,
        every,
        tuple((n, g) for n, g in named if g not in grades),
    )


FEW_GRADES = (
    5  # a report with fewer recorded grades than this (a new round) is shown with the last fuller one
)

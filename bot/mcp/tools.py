"""The tools' answers: arguments -> the same answer functions Slack and `ask` use -> typed results.

No SQL and no grading logic of its own: each function checks its arguments, asks bot.questions, and says
where every fact came from and what is not recorded."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from bot.mcp import arguments as arg
from bot.mcp.results import (
    AreaGradeOut,
    BodyRef,
    CompareColumn,
    CompareResult,
    CompareRow,
    FindBodyResult,
    GradesResult,
    ListResult,
    ListRow,
    Source,
)
from bot.questions import answers
from bot.questions.answers import ReportRef
from bot.questions.kinds import FilterQuestion
from bot.questions.names import Body
from bot.questions.vocab import COMPARABILITY_CAVEAT

NOT_A_GUESS = (
    "A grade missing here is not recorded in this store; it is not known to be absent from the report."
)


def body_ref(body: Body) -> BodyRef:
    return BodyRef(id=body.id, name=body.name, kind=body.kind, country=body.country, region=body.region)


def source(ref: ReportRef | dict | None) -> Source | None:
    """Where a fact comes from; '' in the store becomes null, so nothing looks known that is not."""
    if ref is None:
        return None
    if isinstance(ref, dict):
        ref = answers.ReportRef(
            ref["framework"], ref["round"], ref["published"], ref["report_url"], ref["title"]
        )
    return Source(
        framework=ref.framework,
        round=ref.round,
        published=ref.published or None,
        report_url=ref.url or None,
        title=ref.title or None,
    )


def undated(body: Body, src: Source | None) -> list[str]:
    """What a report reference lacks, said in words."""
    if src is None:
        return []
    out = []
    if src.published is None:
        out.append(f"publication date of {body.name}'s {src.round} report")
    if src.report_url is None:
        out.append(f"link to {body.name}'s {src.round} report")
    return out


def find_body(db: sqlite_utils.Database, name: str) -> FindBodyResult:
    snap = answers.snapshot(db)
    text = " ".join(name.split())
    if not text:
        raise arg.BadArgument("name", "give a name to look for, e.g. 'Kent' or 'west mids fire'.")
    found = snap.bodies.get(text)
    resolution = snap.resolve(text)
    if found is None:
        found = resolution.body
    matches = [found] if found else list(resolution.suggestions)
    return FindBodyResult(query=text, exact=found is not None, matches=[body_ref(b) for b in matches])


def grades(db: sqlite_utils.Database, body: str, round: str | None = None) -> GradesResult:
    snap = answers.snapshot(db)
    who = arg.body(snap, body)
    round_ = arg.round_(snap, round)
    answer = answers.grade_answer(db, who, round_)
    if isinstance(answer, answers.NoReportAnswer):
        asked = f" in round {round_}" if round_ else ""
        return GradesResult(
            body=body_ref(who),
            source=None,
            areas=[],
            not_recorded=[f"any graded report for {who.name}{asked}"],
        )
    src = source(answer.report)
    areas = [
        AreaGradeOut(
            area=a.area,
            name=a.name,
            grade=a.grade,
            basis=a.basis or None,
            source_url=a.source_url or None,
            previous_grade=a.previous,
            movement=a.movement,
            regraded_from=a.regraded.previous if a.regraded else None,
            regraded_on=a.regraded.on if a.regraded else None,
            regraded_source=a.regraded.source if a.regraded else None,
        )
        for a in answer.areas
    ]
    missing = [f"{a.name} grade" for a in answer.areas if a.grade is None]
    notes = [NOT_A_GUESS] if missing else []
    if answer.previous:
        notes.append(COMPARABILITY_CAVEAT)
    return GradesResult(
        body=body_ref(who),
        source=src,
        areas=areas,
        hmicfrs_counts=answer.counts,
        previous_source=source(answer.previous),
        in_engage_since=answer.in_engage_since,
        not_recorded=missing + undated(who, src),
        notes=notes,
    )


def list_bodies(
    db: sqlite_utils.Database,
    kind: str,
    area: str | None,
    grade: str | None,
    grade_range: str,
    place: str | None,
    round: str | None,
    page: int,
) -> ListResult:
    snap = answers.snapshot(db)
    concept = arg.area(area, kind)
    wanted = arg.grades(grade, grade_range)
    where = arg.place(place)
    round_ = arg.round_(snap, round)
    if concept is None and not wanted:
        bodies = answers.scope(snap, kind, where)
        reports = {b.id: answers.report_for(snap, b, round_) for b in bodies}
        all_rows = [ListRow(body=body_ref(b), source=source(reports[b.id]), grades=[]) for b in bodies]
        shown, paging = arg.page(all_rows, page)
        missing = [f"a graded report for {b.name}" for b in bodies if reports[b.id] is None]
        return ListResult(
            kind=kind, area=None, grades=[], place=where.label if where else None, round=round_, rows=shown,
            paging=paging, considered=len(bodies), not_recorded=missing,
        )  # fmt: skip
    answer = answers.filter_answer(
        snap, FilterQuestion(concept.key if concept else None, wanted, kind, where, round_)
    )
    all_rows = [
        ListRow(
            body=body_ref(r.body), source=source(r.report), grades=list(r.grades), hmicfrs_counts=r.statement
        )
        for r in answer.rows
    ]
    shown, paging = arg.page(all_rows, page)
    what = f"{concept.label} grade" if concept else "enough grades to tell"
    missing = [f"{what} for {b.name}" for b in answer.unrecorded]
    missing += [f"{what} for {b.name} (its count statement rules it out)" for b in answer.ruled_out]
    missing += [f"a graded report for {b.name}" for b in answer.no_report]
    notes = [
        f"{b.name} may match: HMICFRS's count shows {n} more grade(s) of this kind than are recorded by area"
        for b, n in answer.possible
    ]
    if len(answer.rounds) > 1:
        notes.append("Rows come from different rounds (each body's latest). " + COMPARABILITY_CAVEAT)
    return ListResult(
        kind=kind,
        area=answer.area,
        grades=list(wanted),
        place=answer.place,
        round=round_,
        rows=shown,
        paging=paging,
        considered=answer.considered,
        not_recorded=missing,
        notes=notes + ([NOT_A_GUESS] if missing else []),
    )


def compare(
    db: sqlite_utils.Database, bodies: list[str], area: str | None, round: str | None
) -> CompareResult:
    snap = answers.snapshot(db)
    who = [arg.body(snap, name, f"bodies[{i}]") for i, name in enumerate(bodies)]
    if len({b.id for b in who}) < 2:
        raise arg.BadArgument("bodies", "name at least two different bodies.")
    concept = arg.area(area, who[0].kind)
    round_ = arg.round_(snap, round)
    answer = answers.compare_answer(snap, who, round_)
    rows = answer.rows
    if concept is not None:
        names = {a["name"] for areas in snap.areas.values() for a in areas if a["area"] in concept.area_keys}
        rows = tuple(r for r in rows if r[0] in names)
    columns = [
        CompareColumn(body=body_ref(b), source=source(r)) for b, r in zip(who, answer.reports, strict=True)
    ]
    missing = [f"a graded report for {b.name}" for b, r in zip(who, answer.reports, strict=True) if r is None]
    missing += [
        f"{name} grade for {who[i].name}"
        for name, cells in rows
        for i, g in enumerate(cells)
        if g is None and answer.reports[i] is not None
    ]
    for c in columns:
        missing += undated(next(b for b in who if b.id == c.body.id), c.source)
    notes = [COMPARABILITY_CAVEAT] if answer.mixed_rounds else []
    return CompareResult(
        bodies=columns,
        rows=[CompareRow(area=name, grades=list(cells)) for name, cells in rows],
        not_recorded=missing,
        notes=notes + ([NOT_A_GUESS] if missing else []),
    )


def today() -> date:
    """The day 'now' and 'in Engage now' are answered for."""
    return date.today()

"""One body's grades: its latest report (or a named round), area by area, with movement."""

from __future__ import annotations

import sqlite_utils

from bot.questions.answers.model import (
    AreaGrade,
    GradeAnswer,
    NoReportAnswer,
    Regrade,
    UnknownBodyAnswer,
    counts,
    report_ref,
)
from bot.questions.answers.snapshot import Snapshot, held_rounds, snapshot
from bot.questions.names import Body
from bot.questions.vocab import (
    movement,
)


def grade_answer(
    db: sqlite_utils.Database, body: Body, round_: str | None = None
) -> GradeAnswer | NoReportAnswer:
    """A body's grades in its latest round (or the round named), with the previous round for movement."""
    snap = snapshot(db)
    reports = snap.reports.get(body.id, [])
    if round_:
        reports = [r for r in reports if r["round"] <= round_]
    if not reports or (round_ and reports[-1]["round"] != round_):
        return NoReportAnswer(body, round_, held_rounds(snap, body))
    latest = reports[-1]
    earlier = [r for r in reports[:-1] if r["framework"] == latest["framework"]]
    previous = earlier[-1] if earlier else None
    now = snap.grades.get(latest["id"], {})
    before = snap.grades.get(previous["id"], {}) if previous else {}
    previous_areas = (
        {a["area"] for a in snap.areas.get((previous["framework"], previous["round"]), [])}
        if previous
        else set()
    )
    areas = []
    for area in snap.areas.get((latest["framework"], latest["round"]), []):
        g = now.get(area["area"])
        if g is None and not area["core"]:
            continue
        prev = before.get(area["area"], {}).get("grade")
        grade = g["grade"] if g else None
        areas.append(
            AreaGrade(
                area["area"],
                area["name"],
                grade,
                g["source_url"] if g else "",
                g["basis"] if g else "",
                prev,
                movement(grade, prev),
                area["area"] in previous_areas,
                regrade_of(snap.regrades.get((latest["id"], area["area"]))) if g else None,
            )
        )
    return GradeAnswer(
        body=body,
        report=report_ref(latest),
        areas=tuple(areas),
        counts=counts(latest),
        previous=report_ref(previous) if previous and before else None,
        in_engage_since=_engage_since(snap, body.id),
    )


def regrade_of(row: dict | None) -> Regrade | None:
    """The latest change HMICFRS made to a grade after publication, from its grade_changes row."""
    return (
        Regrade(row["old_grade"], row["on_date"], row["source"], row.get("evidence") or "") if row else None
    )


def _engage_since(snap: Snapshot, body_id: str) -> str | None:
    """The date a body entered enhanced monitoring, if its latest event (from the snapshot) is entering."""
    events = snap.monitoring.get(body_id, [])
    if events and events[-1]["event"] == "entered_engage":
        return str(events[-1]["date"])
    return None


def answer_grade(db: sqlite_utils.Database, name: str, round_: str | None = None):
    """Resolve a typed name and answer with its grades, or with candidates when unsure."""
    resolution = snapshot(db).resolve(name)
    if resolution.body is None:
        return UnknownBodyAnswer(name, resolution.suggestions, rest=round_ or "")
    return grade_answer(db, resolution.body, round_)

"""Questions + the store -> plain answer data. No Slack, no Block Kit here."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from bot.names import Body, Directory, build_directory
from bot.vocab import GRADES, movement
from db import queries

_directory_cache: dict[tuple[str, str], Directory] = {}


def directory(db: sqlite_utils.Database) -> Directory:
    """Every body the store knows, cached until the data changes."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    key = (path, queries.data_version(db))
    found = _directory_cache.get(key)
    if found is None:
        found = build_directory(queries.bodies(db))
        _directory_cache.clear()
        _directory_cache[key] = found
    return found


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
    """The body is known but the store holds no graded report for it."""

    body: Body


@dataclass(frozen=True)
class UnknownBodyAnswer:
    """A name that matched no body, with the closest candidates."""

    query: str
    suggestions: tuple[Body, ...]
    command: str = "grade"


def _ref(report: dict) -> ReportRef:
    return ReportRef(
        report["framework"], report["round"], report["published"], report["report_url"], report["title"]
    )


def _counts(report: dict) -> dict[str, int] | None:
    keys = {g: g.lower().replace(" ", "_") for g in GRADES}
    if not any(report.get(k) for k in keys.values()):
        return None
    return {g: report[k] for g, k in keys.items() if report.get(k) is not None}


def grade_answer(
    db: sqlite_utils.Database, body: Body, round_: str | None = None
) -> GradeAnswer | NoReportAnswer:
    """A body's grades in its latest round (or the round named), with the previous round for movement."""
    reports = queries.inspection_reports(db, body.id)
    if round_:
        reports = [r for r in reports if r["round"] <= round_]
    if not reports:
        return NoReportAnswer(body)
    latest = reports[-1]
    if round_ and latest["round"] != round_:
        return NoReportAnswer(body)
    earlier = [r for r in reports[:-1] if r["framework"] == latest["framework"]]
    previous = earlier[-1] if earlier else None
    grades = queries.grades_for_reports(db, [r["id"] for r in (latest, previous) if r])
    now, before = grades[latest["id"]], grades[previous["id"]] if previous else {}
    previous_areas = (
        {a["area"] for a in queries.areas(db, previous["framework"], previous["round"])}
        if previous
        else set()
    )
    areas = []
    for area in queries.areas(db, latest["framework"], latest["round"]):
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
            )
        )
    return GradeAnswer(
        body=body,
        report=_ref(latest),
        areas=tuple(areas),
        counts=_counts(latest),
        previous=_ref(previous) if previous and before else None,
        in_engage_since=_engage_since(db, body.id),
    )


def _engage_since(db: sqlite_utils.Database, body_id: str) -> str | None:
    events = queries.monitoring_events(db, body_id)
    if events and events[-1]["event"] == "entered_engage":
        return str(events[-1]["date"])
    return None


def answer_grade(db: sqlite_utils.Database, name: str, round_: str | None = None):
    """Resolve a typed name and answer with its grades, or with candidates when unsure."""
    resolution = directory(db).resolve(name)
    if resolution.body is None:
        return UnknownBodyAnswer(name, resolution.suggestions)
    return grade_answer(db, resolution.body, round_)

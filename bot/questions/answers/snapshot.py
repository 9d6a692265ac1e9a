"""The store's answering data, read once and cached until the data changes; helpers over it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from bot.questions.answers.model import counts
from bot.questions.areas import AreaConcept
from bot.questions.names import Body, Directory, Resolution, build_directory
from bot.questions.words import Place
from db import queries
from db.version import data_version


def directory(db: sqlite_utils.Database) -> Directory:
    """Every body the store knows (from the cached snapshot, so it follows every data change)."""
    return snapshot(db).directory


# ---------------------------------------------------------------- plain-word questions across bodies

FRAMEWORK_FOR_KIND = {"police": "peel", "fire": "frs"}
KIND_NOUN = {
    "police": ("police force", "police forces"),
    "fire": ("fire and rescue service", "fire and rescue services"),
}


@dataclass
class Snapshot:
    """Everything the store holds for answering, read once and cached until the data changes."""

    directory: Directory
    bodies: dict[str, Body]
    reports: dict[str, list[dict]]  # body id -> graded reports, oldest round first
    grades: dict[int, dict[str, dict]]  # report id -> area -> grade row
    areas: dict[tuple[str, str], list[dict]]  # (framework, round) -> areas in HMICFRS's order
    last_load: str
    regrades: dict[tuple[int, str], dict] = field(default_factory=dict)  # (report id, area) -> latest regrade
    monitoring: dict[str, list[dict]] = field(default_factory=dict)  # body id -> Engage events by date
    # indexes derived from the data above, built on first use and dropped with the snapshot
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)
    _resolved: dict[str, Resolution] = field(default_factory=dict, repr=False)
    _town_names: set[str] = field(default_factory=set, repr=False)  # names resolve() took as places

    def resolve(self, name: str) -> Resolution:
        """directory.resolve, remembered: fuzzy matching is the costliest step of answering."""
        found = self._resolved.get(name)
        if found is None:
            if len(self._resolved) >= MAX_REMEMBERED_NAMES:
                self._resolved.clear()
                self._town_names.clear()
            town = _resolve_town(name, self.directory)
            if town is not None:
                self._town_names.add(name)
            found = self._resolved[name] = town or self.directory.resolve(name)
        return found

    def resolved_as_place(self, name: str) -> bool:
        """The name was resolved as a place people live ('worcester'), not as a body's name."""
        return name in self._town_names

    def derived(self, name: str, build: Callable[[Snapshot], Any]) -> Any:
        """An index computed from this snapshot once (e.g. every body's grade per area and round)."""
        found = self._derived.get(name)
        if found is None:
            found = self._derived[name] = build(self)
        return found


def _resolve_town(name: str, directory: Directory) -> Resolution | None:
    """'/grade worcester', 'luton fire': a place people live typed where a body's name goes (no body's
    own name in it: 'durham' stays Durham Constabulary) -> the body there."""
    if directory.find_all(name):
        return None
    from bot.questions.places import resolve_town  # not before: '/grade cambs' never needs it

    body = resolve_town(name, directory)
    return Resolution(name, body) if body else None


_snapshot_cache: dict[tuple, Snapshot] = {}
MAX_REMEMBERED_NAMES = 4096


def snapshot(db: sqlite_utils.Database) -> Snapshot:
    """The store's answering data, cached per database file and data fingerprint.

    For a file, the fingerprint is re-read only when SQLite says another connection committed
    (db/version.py); `db`'s own uncommitted writes are not answering data, so that is safe."""
    key = data_key(db)
    found = _snapshot_cache.get(key)
    if found is None:
        found = _build_snapshot(db)
        _snapshot_cache.clear()
        _snapshot_cache[key] = found
    return found


def data_key(db: sqlite_utils.Database) -> tuple:
    """(database file, data version): changes whenever the answering data changes, in any process.

    Everything cached from the store (the snapshot, charts) keys on this."""
    path = _path_of(db)
    version = data_version(path) if path else None
    return (path, version if version is not None else queries.store_fingerprint(db))


def _path_of(db: sqlite_utils.Database) -> str:
    """The file behind a connection, asked of SQLite once per connection object (it never changes)."""
    path = getattr(db, "_inspections_path", None)
    if path is None:
        path = db.execute("PRAGMA database_list").fetchone()[2]
        db._inspections_path = path  # type: ignore[attr-defined]
    return path


def _build_snapshot(db: sqlite_utils.Database) -> Snapshot:
    directory_ = build_directory(queries.bodies(db))
    for force, service in queries.force_fire_pairs(db):
        directory_.covering[force] = (*directory_.covering.get(force, ()), service)
        directory_.covering[service] = (*directory_.covering.get(service, ()), force)
    reports: dict[str, list[dict]] = {}
    for r in queries.graded_reports(db):
        reports.setdefault(r["body_id"], []).append(r)
    for rows in reports.values():
        rows.sort(key=lambda r: (r["round"], r["framework"]))
    grades: dict[int, dict[str, dict]] = {}
    for g in queries.all_grades(db):
        grades.setdefault(g["report_id"], {})[g["area"]] = g
    areas: dict[tuple[str, str], list[dict]] = {}
    for a in queries.all_areas(db):
        areas.setdefault((a["framework"], a["round"]), []).append(a)
    monitoring: dict[str, list[dict]] = {}
    for m in queries.all_monitoring(db):
        monitoring.setdefault(m["body_id"], []).append(m)
    return Snapshot(
        monitoring=monitoring,
        directory=directory_,
        bodies={b.id: b for b in directory_.bodies},
        reports=reports,
        grades=grades,
        areas=areas,
        last_load=queries.meta(db, "last_load") or "",
        regrades={(r["report_id"], r["area"]): r for r in queries.regrades(db)},
    )


def _in_place(body: Body, place: Place | None) -> bool:
    if place is None:
        return True
    if place.country:
        return body.country == place.country
    return body.region in place.regions


def scope(snap: Snapshot, kind: str, place: Place | None) -> list[Body]:
    """The bodies of a kind in a place, by name (remembered per snapshot: a handful of kinds and places)."""
    memo: dict[tuple, list[Body]] = snap.derived("scope", lambda _: {})
    key = (kind, place)
    if key not in memo:
        memo[key] = sorted(
            (b for b in snap.bodies.values() if b.kind == kind and _in_place(b, place)), key=lambda b: b.name
        )
    return list(memo[key])


def _own_framework_reports(snap: Snapshot) -> dict[str, list[dict]]:
    """Body id -> its reports in its own kind's framework, oldest round first."""

    def build(snap: Snapshot) -> dict[str, list[dict]]:
        out = {}
        for body_id, reports in snap.reports.items():
            body = snap.bodies.get(body_id)
            framework = FRAMEWORK_FOR_KIND.get(body.kind) if body else None
            out[body_id] = [r for r in reports if framework is None or r["framework"] == framework]
        return out

    return snap.derived("own_framework_reports", build)


def latest_fuller(snap: Snapshot, body: Body, fewest: int) -> dict | None:
    """The body's latest report with at least `fewest` of its round's areas graded: past a new round's first."""
    reports = _own_framework_reports(snap).get(body.id, [])
    return next((r for r in reversed(reports) if len(named_grades(snap, r)) >= fewest), None)


def held_rounds(snap: Snapshot, body: Body) -> tuple[str, ...]:
    """The rounds of the body's own framework that any body's report is held for, oldest first."""
    framework = FRAMEWORK_FOR_KIND.get(body.kind)
    return tuple(
        sorted({r["round"] for rs in snap.reports.values() for r in rs if r["framework"] == framework})
    )


def report_for(snap: Snapshot, body: Body, round_: str | None) -> dict | None:
    """A body's latest report (round None), the one before it ('previous'), or the named round's."""
    reports = _own_framework_reports(snap).get(body.id, [])
    if not reports:
        return None
    if round_ is None:
        return reports[-1]
    if round_ == "previous":
        return reports[-2] if len(reports) > 1 else None
    return next((r for r in reports if r["round"] == round_), None)


def latest_with_grade(snap: Snapshot, body: Body, grades: tuple[str, ...]) -> dict | None:
    """The body's most recent report that recorded one of these grades ('what did they say about the
    outstanding one'); None when none did."""
    reports = _own_framework_reports(snap).get(body.id, [])
    return next(
        (
            r
            for r in reversed(reports)
            if any(g["grade"] in grades for g in snap.grades.get(r["id"], {}).values())
        ),
        None,
    )


def area_in(snap: Snapshot, report: dict, concept: AreaConcept) -> tuple[str, dict | None] | None:
    """(area name in that round, grade row or None) for the concept, or None if the round has no such area.

    Remembered for the snapshot: rankings and lists ask it of every body's report."""
    memo: dict[tuple, tuple[str, dict | None] | None] = snap.derived("area_in", lambda _: {})
    key = (report["id"], report["framework"], report["round"], concept.area_keys)
    if key not in memo:
        memo[key] = _area_in(snap, report, concept)
    return memo[key]


def _area_in(snap: Snapshot, report: dict, concept: AreaConcept) -> tuple[str, dict | None] | None:
    for area in snap.areas.get((report["framework"], report["round"]), []):
        if area["area"] in concept.area_keys:
            return area["name"], snap.grades.get(report["id"], {}).get(area["area"])
    return None


def core_missing(snap: Snapshot, report: dict) -> int:
    """How many of the round's core areas have no grade recorded for the report (remembered per snapshot)."""
    memo: dict[tuple, int] = snap.derived("core_missing", lambda _: {})
    key = (report["id"], report["framework"], report["round"])
    if key not in memo:
        graded = snap.grades.get(report["id"], {})
        memo[key] = sum(
            1
            for a in snap.areas.get((report["framework"], report["round"]), [])
            if a["core"] and a["area"] not in graded
        )
    return memo[key]


def count_statement(report: dict) -> dict[str, int] | None:
    """HMICFRS's count statement for a report ('outstanding in one area, good in two...'), when known."""
    return counts(report) if report.get("graded_total") else None


def named_grades(snap: Snapshot, report: dict) -> list[tuple[str, str]]:
    graded = snap.grades.get(report["id"], {})
    return [
        (a["name"], graded[a["area"]]["grade"])
        for a in snap.areas.get((report["framework"], report["round"]), [])
        if a["area"] in graded
    ]


def concept_grades(snap: Snapshot) -> dict[tuple[str, str, str], tuple[str, dict]]:
    """(body id, round, area concept) -> (grade, report), for every recorded grade: one lookup per question."""

    def build(snap: Snapshot) -> dict[tuple[str, str, str], tuple[str, dict]]:
        from bot.questions.areas import AREA_CONCEPTS

        index: dict[tuple[str, str, str], tuple[str, dict]] = {}
        for body_id, reports in snap.reports.items():
            body = snap.bodies.get(body_id)
            if body is None:
                continue
            for report in reports:
                if report["framework"] != FRAMEWORK_FOR_KIND.get(body.kind):
                    continue
                for concept in AREA_CONCEPTS:
                    if concept.kind == body.kind:
                        found = area_in(snap, report, concept)
                        if found and found[1] is not None:
                            index[(body_id, report["round"], concept.key)] = (found[1]["grade"], report)
        return index

    return snap.derived("concept_grades", build)

"""Questions + the store -> plain answer data. No Slack, no Block Kit here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from bot.names import Body, Directory, Resolution, build_directory
from bot.question_words import CONCEPTS_BY_KEY, AreaConcept, Place
from bot.questions import (
    BodyCountQuestion,
    DefinitionQuestion,
    FilterQuestion,
    GradeCountQuestion,
    RankQuestion,
    RecentQuestion,
)
from bot.vocab import (
    COMPARABILITY_CAVEAT,
    GRADE_MEANING,
    GRADE_RANK,
    GRADES,
    format_date,
    framework_label,
    movement,
    round_label,
)
from db import queries


def directory(db: sqlite_utils.Database) -> Directory:
    """Every body the store knows (from the cached snapshot, so it follows every data change)."""
    return snapshot(db).directory


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
    rest: str = ""  # what follows the body in the re-asked question, e.g. the round asked about


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
    snap = snapshot(db)
    reports = snap.reports.get(body.id, [])
    if round_:
        reports = [r for r in reports if r["round"] <= round_]
    if not reports:
        return NoReportAnswer(body)
    latest = reports[-1]
    if round_ and latest["round"] != round_:
        return NoReportAnswer(body)
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
    resolution = snapshot(db).resolve(name)
    if resolution.body is None:
        return UnknownBodyAnswer(name, resolution.suggestions, rest=round_ or "")
    return grade_answer(db, resolution.body, round_)


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
    _resolved: dict[str, Resolution] = field(default_factory=dict, repr=False)

    def resolve(self, name: str) -> Resolution:
        """directory.resolve, remembered: fuzzy matching is the costliest step of answering."""
        found = self._resolved.get(name)
        if found is None:
            if len(self._resolved) >= MAX_REMEMBERED_NAMES:
                self._resolved.clear()
            found = self._resolved[name] = self.directory.resolve(name)
        return found


_snapshot_cache: dict[tuple, Snapshot] = {}
MAX_REMEMBERED_NAMES = 4096


def snapshot(db: sqlite_utils.Database) -> Snapshot:
    """The store's answering data, cached per database file and data fingerprint."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    key = (path, queries.store_fingerprint(db))
    found = _snapshot_cache.get(key)
    if found is None:
        found = _build_snapshot(db)
        _snapshot_cache.clear()
        _snapshot_cache[key] = found
    return found


def _build_snapshot(db: sqlite_utils.Database) -> Snapshot:
    directory_ = build_directory(queries.bodies(db))
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
    return Snapshot(
        directory=directory_,
        bodies={b.id: b for b in directory_.bodies},
        reports=reports,
        grades=grades,
        areas=areas,
        last_load=queries.meta(db, "last_load") or "",
    )


def _in_place(body: Body, place: Place | None) -> bool:
    if place is None:
        return True
    if place.country:
        return body.country == place.country
    return body.region in place.regions


def _scope(snap: Snapshot, kind: str, place: Place | None) -> list[Body]:
    return sorted(
        (b for b in snap.bodies.values() if b.kind == kind and _in_place(b, place)), key=lambda b: b.name
    )


def report_for(snap: Snapshot, body: Body, round_: str | None) -> dict | None:
    """A body's latest report (round None), the one before it ('previous'), or the named round's."""
    framework = FRAMEWORK_FOR_KIND.get(body.kind)
    reports = [r for r in snap.reports.get(body.id, []) if framework is None or r["framework"] == framework]
    if not reports:
        return None
    if round_ is None:
        return reports[-1]
    if round_ == "previous":
        return reports[-2] if len(reports) > 1 else None
    return next((r for r in reports if r["round"] == round_), None)


def _area_in(snap: Snapshot, report: dict, concept: AreaConcept) -> tuple[str, dict | None] | None:
    """(area name in that round, grade row or None) for the concept, or None if the round has no such area."""
    for area in snap.areas.get((report["framework"], report["round"]), []):
        if area["area"] in concept.area_keys:
            return area["name"], snap.grades.get(report["id"], {}).get(area["area"])
    return None


def _core_missing(snap: Snapshot, report: dict) -> int:
    graded = snap.grades.get(report["id"], {})
    return sum(
        1
        for a in snap.areas.get((report["framework"], report["round"]), [])
        if a["core"] and a["area"] not in graded
    )


def _statement(report: dict) -> dict[str, int] | None:
    """HMICFRS's count statement for a report ('outstanding in one area, good in two...'), when known."""
    return _counts(report) if report.get("graded_total") else None


def _named_grades(snap: Snapshot, report: dict) -> list[tuple[str, str]]:
    graded = snap.grades.get(report["id"], {})
    return [
        (a["name"], graded[a["area"]]["grade"])
        for a in snap.areas.get((report["framework"], report["round"]), [])
        if a["area"] in graded
    ]


@dataclass(frozen=True)
class FilterRow:
    """One body in a list: the report used and the matching grades (area name, grade)."""

    body: Body
    report: ReportRef
    grades: tuple[tuple[str, str], ...]
    statement: dict[str, int] | None = None  # set when only HMICFRS's count statement shows the match


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
    not_graded: tuple[Body, ...] = ()  # the body's report round has no such area
    rounds: tuple[tuple[str, int], ...] = ()
    count: bool = False


def filter_answer(snap: Snapshot, q: FilterQuestion) -> FilterAnswer:
    """Answer 'which forces are inadequate at responding to the public?' and friends."""
    concept = CONCEPTS_BY_KEY.get(q.area) if q.area else None
    wanted = set(q.grades or GRADES)
    rows: list[FilterRow] = []
    unrecorded: list[Body] = []
    possible: list[tuple[Body, int]] = []
    no_report: list[Body] = []
    not_graded: list[Body] = []
    rounds: dict[str, int] = {}
    bodies = _scope(snap, q.kind, q.place)
    for body in bodies:
        report = report_for(snap, body, q.round)
        if report is None:
            no_report.append(body)
            continue
        rounds[report["round"]] = rounds.get(report["round"], 0) + 1
        statement = _statement(report)
        if concept is not None:
            found = _area_in(snap, report, concept)
            if found is None:  # that round's area list has no such area (or isn't fully known yet)
                unrecorded.append(body)
                continue
            name, grade = found
            if grade is None:
                unrecorded.append(body)
                if statement:
                    recorded = [g["grade"] for g in snap.grades.get(report["id"], {}).values()]
                    left = sum(max(0, statement.get(g, 0) - recorded.count(g)) for g in wanted)
                    if left:
                        possible.append((body, left))
                continue
            if grade["grade"] in wanted:
                rows.append(FilterRow(body, _ref(report), ((name, grade["grade"]),)))
            continue
        matches = tuple((n, g) for n, g in _named_grades(snap, report) if g in wanted)
        if matches:
            rows.append(FilterRow(body, _ref(report), matches))
        elif statement and any(statement.get(g) for g in wanted):
            rows.append(FilterRow(body, _ref(report), (), statement))
        elif not statement and _core_missing(snap, report):
            unrecorded.append(body)
    worst_first = bool(q.grades) and all(GRADE_RANK[g] <= GRADE_RANK["Adequate"] for g in q.grades)

    def order(row: FilterRow) -> tuple:
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
        not_graded=tuple(not_graded),
        rounds=tuple(sorted(rounds.items())),
        count=q.count,
    )


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
    for body in _scope(snap, q.kind, q.place):
        report = report_for(snap, body, q.round)
        if report is None:
            continue
        reports += 1
        before = sum(totals.values())
        if concept is not None:
            found = _area_in(snap, report, concept)
            row = found[1] if found else None
            if found and row is None:
                incomplete.append(body)
            elif row is not None and row["grade"] in totals:
                totals[row["grade"]] += 1
        elif statement := _statement(report):
            from_statements += 1
            for g in totals:
                totals[g] += statement.get(g, 0)
        else:
            for recorded in snap.grades.get(report["id"], {}).values():
                if recorded["grade"] in totals:
                    totals[recorded["grade"]] += 1
            if _core_missing(snap, report):
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

    kind: str
    place: str | None
    bodies: tuple[Body, ...]


def body_count_answer(snap: Snapshot, q: BodyCountQuestion) -> BodyCountAnswer:
    return BodyCountAnswer(q.kind, q.place.label if q.place else None, tuple(_scope(snap, q.kind, q.place)))


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
    statement = _statement(report)
    if statement:
        return {g: statement.get(g, 0) for g in GRADES}
    if _core_missing(snap, report):
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
    for body in _scope(snap, q.kind, q.place):
        report = report_for(snap, body, q.round)
        if report is None:
            excluded += 1
            continue
        counts = _report_counts(snap, report)
        good_or_better = (counts or {}).get("Outstanding", 0) + (counts or {}).get("Good", 0)
        if concept is not None:
            found = _area_in(snap, report, concept)
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
        scored.append((key, RankRow(body, _ref(report), detail)))
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


@dataclass(frozen=True)
class RecentRow:
    body: Body
    report: ReportRef


@dataclass(frozen=True)
class RecentAnswer:
    """Reports published in a period, or the latest N."""

    label: str
    rows: tuple[RecentRow, ...]
    matched: int
    undated: int
    newest: RecentRow | None = None
    count: bool = False


def _resolve_period(q: RecentQuestion, today: date) -> tuple[str | None, str | None, str]:
    from datetime import timedelta

    if q.period == "this_month":
        return today.replace(day=1).isoformat(), None, f"in {format_date(today.isoformat()[:7])} so far"
    if q.period == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1).isoformat(), end.isoformat(), f"in {format_date(end.isoformat()[:7])}"
    if q.period == "this_year":
        return f"{today.year}-01-01", None, f"in {today.year} so far"
    if q.period == "last_year":
        return f"{today.year - 1}-01-01", f"{today.year - 1}-12-31", f"in {today.year - 1}"
    if q.period == "this_week":
        start = today - timedelta(days=today.weekday())
        return start.isoformat(), None, f"since {format_date(start.isoformat())}"
    if q.period == "last_week":
        end = today - timedelta(days=today.weekday() + 1)
        start = end - timedelta(days=6)
        return (
            start.isoformat(),
            end.isoformat(),
            f"from {format_date(start.isoformat())} to {format_date(end.isoformat())}",
        )
    if q.period and q.period.startswith("days:"):
        days = int(q.period[5:])
        start = today - timedelta(days=days - 1)
        return start.isoformat(), None, f"in the last {days} day{'s' if days != 1 else ''}"
    if q.since and q.until:
        if q.until == _period_end(q.since):
            return q.since, q.until, f"in {format_date(q.since)}"
        return q.since, q.until, f"from {format_date(q.since)} to {format_date(q.until)}"
    if q.since:
        return q.since, None, f"since {format_date(q.since)}"
    if q.until:
        return None, q.until, f"up to {format_date(q.until)}"
    return None, None, ""


def _period_end(iso: str) -> str:
    parts = iso.split("-")
    return f"{iso}-12-31" if len(parts) == 1 else f"{iso}-31" if len(parts) == 2 else iso


def recent_answer(snap: Snapshot, q: RecentQuestion, today: date) -> RecentAnswer:
    """Reports by publication date, newest first; dates known only to the month or year are kept as such."""
    since, until, label = _resolve_period(q, today)
    rows: list[RecentRow] = []
    undated = 0
    for body_id, reports in snap.reports.items():
        body = snap.bodies.get(body_id)
        if body is None or (q.kind and body.kind != q.kind):
            continue
        for r in reports:
            if not r["published"]:
                undated += 1
                continue
            rows.append(RecentRow(body, _ref(r)))
    rows.sort(key=lambda row: (row.report.published, row.body.name), reverse=True)
    newest = rows[0] if rows else None
    if since:
        rows = [r for r in rows if _period_end(r.report.published) >= since]
    if until:
        rows = [r for r in rows if r.report.published <= until]
    matched = len(rows)
    if q.limit:
        rows = rows[: q.limit]
    return RecentAnswer(label, tuple(rows), matched, undated, newest, q.count)


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
        rounds.append(HistoryRound(_ref(r), areas, _statement(r)))
    if not rounds:
        return NoReportAnswer(body)
    return HistoryAnswer(body, tuple(rounds))


@dataclass(frozen=True)
class CompareAnswer:
    """Bodies side by side, area by area."""

    bodies: tuple[Body, ...]
    reports: tuple[ReportRef | None, ...]
    rows: tuple[tuple[str, tuple[str | None, ...]], ...]  # area name, grade per body

    @property
    def mixed_rounds(self) -> bool:
        return len({(r.framework, r.round) for r in self.reports if r}) > 1


def compare_answer(snap: Snapshot, bodies: list[Body], round_: str | None) -> CompareAnswer:
    reports = [report_for(snap, b, round_) for b in bodies]
    names: dict[str, str] = {}
    for r in reports:
        if r is None:
            continue
        for a in snap.areas.get((r["framework"], r["round"]), []):
            if a["core"] or any(a["area"] in snap.grades.get(x["id"], {}) for x in reports if x):
                names.setdefault(a["area"], a["name"])
    rows = tuple(
        (
            name,
            tuple((snap.grades.get(r["id"], {}).get(key) or {}).get("grade") if r else None for r in reports),
        )
        for key, name in names.items()
    )
    return CompareAnswer(tuple(bodies), tuple(_ref(r) if r else None for r in reports), rows)


@dataclass(frozen=True)
class DefinitionAnswer:
    """HMICFRS's words for a grade, the scale, or the graded areas."""

    title: str
    entries: tuple[tuple[str, str], ...]
    highlight: str | None = None
    note: str = ""


GRADE_SOURCE_NOTE = "HMICFRS's grade descriptions, paraphrased. Grades have been used since PEEL 2021/22."


def definition_answer(snap: Snapshot, q: DefinitionQuestion) -> DefinitionAnswer:
    if q.topic in ("grade", "scale"):
        meanings = tuple((g, GRADE_MEANING[g]) for g in GRADES)
        title = f"What “{q.grade}” means" if q.grade else "HMICFRS's grades"
        return DefinitionAnswer(title, meanings, q.grade, GRADE_SOURCE_NOTE)
    if q.topic == "area" and q.area:
        concept = CONCEPTS_BY_KEY[q.area]
        entries: list[tuple[str, str]] = []
        for (framework, round_), areas in sorted(snap.areas.items(), key=lambda kv: kv[0][1], reverse=True):
            for a in areas:
                if a["area"] in concept.area_keys:
                    also = f" Also called: {a['also_called']}." if a["also_called"] else ""
                    entries.append(
                        (f"{framework_label(framework)} {round_label(round_)}", f"{a['name']}.{also}")
                    )
        return DefinitionAnswer(
            f"The area: {concept.label}",
            tuple(entries),
            note="Words people use for it: " + ", ".join(concept.phrases[:8]) + ".",
        )
    framework = FRAMEWORK_FOR_KIND[q.kind]
    rounds = sorted({r for f, r in snap.areas if f == framework}, reverse=True)
    if q.round:
        rounds = [q.round] if q.round in rounds else []
    graded: list[tuple[str, str]] = []
    for round_ in rounds:
        areas = snap.areas[(framework, round_)]
        core = [a["name"] for a in areas if a["core"]]
        extra = [a["name"] for a in areas if not a["core"]]
        text = "; ".join(core)
        if extra:
            text += f". Graded in some reports only: {'; '.join(extra)}"
        graded.append((f"{framework_label(framework)} {round_label(round_)}", text + "."))
    return DefinitionAnswer(
        f"Areas graded in {framework_label(framework)} inspections",
        tuple(graded),
        note=COMPARABILITY_CAVEAT,
    )


@dataclass(frozen=True)
class CantAnswer:
    """A question the bot can't answer yet, with examples that work."""

    text: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class HomeSummary:
    """What the App Home shows: newest reports and how fresh the data is."""

    newest: tuple[RecentRow, ...]
    last_load: str
    bodies: int
    reports: int
    grades: int


def home_summary(snap: Snapshot, limit: int = 5) -> HomeSummary:
    newest = recent_answer(snap, RecentQuestion(limit=limit), date.min).rows
    return HomeSummary(
        newest,
        snap.last_load,
        len(snap.bodies),
        sum(len(r) for r in snap.reports.values()),
        sum(len(g) for g in snap.grades.values()),
    )

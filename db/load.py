"""Validate and load data files (CSV or JSON), all or nothing, reporting what changed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from db.changes import record_change

if TYPE_CHECKING:  # jsonschema costs ~40 ms to import; only validation needs it, not every start
    import jsonschema

GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
FRAMEWORK_BY_KIND = {"police": "peel", "fire": "frs"}
COUNT_COLUMNS = ("outstanding", "good", "adequate", "requires_improvement", "inadequate", "graded_total")
BODY_ID_COLUMNS = ("body_id", "force_id", "service_id")
MAX_PROBLEMS = 10
PROGRESS_EVERY = 500  # rows between calls to a load's progress callback
LoadProgress = Callable[[str, int, int], None]  # (stage: "validated" | "written", rows done, rows in all)

_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_ROUND = r"^[0-9]{4}-[0-9]{2}$"
_OPT_HTTPS = r"^(https://[^\s<>\"]+)?$"
_SOURCE = r"^https?://[^\s<>\"]+$"  # sources include a few council sites still on plain http
_PARTIAL_DATE = r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"
_COUNT = r"^([0-9]{1,2})?$"


def _row_schema(required: Sequence[str], props: dict[str, dict]) -> dict:
    return {
        "type": "object",
        "required": list(required),
        "properties": {k: {"type": "string", "maxLength": 2000, **v} for k, v in props.items()},
    }


SCHEMAS: dict[str, dict] = {
    "bodies": _row_schema(
        ["id", "name", "kind", "country", "region"],
        {
            "id": {"pattern": _SLUG, "maxLength": 80},
            "name": {"minLength": 3, "maxLength": 120},
            "kind": {"pattern": "^[a-z]+$", "maxLength": 20},
            "country": {"enum": ["England", "Wales"]},
            "region": {"minLength": 2, "maxLength": 60},
            "aliases": {"maxLength": 1000},
        },
    ),
    "areas": _row_schema(
        ["framework", "round", "area", "name"],
        {
            "framework": {"pattern": "^[a-z]+$", "maxLength": 20},
            "round": {"pattern": _ROUND},
            "area": {"pattern": r"^[a-z][a-z0-9_]*$", "maxLength": 60},
            "name": {"minLength": 3, "maxLength": 150},
            "also_called": {},
            "core": {"enum": ["yes", "no", ""]},
        },
    ),
    "reports": _row_schema(
        ["body_id", "round"],
        {
            "body_id": {"pattern": _SLUG},
            "framework": {"pattern": "^([a-z]+)?$"},
            "round": {"pattern": _ROUND},
            "title": {"maxLength": 300},
            "published": {"pattern": _PARTIAL_DATE},
            "report_url": {"pattern": _OPT_HTTPS},
            "count_source_url": {"pattern": _OPT_HTTPS},
            **{c: {"pattern": _COUNT} for c in COUNT_COLUMNS},
        },
    ),
    "grades": _row_schema(
        ["body_id", "round", "area", "grade", "source_url"],
        {
            "body_id": {"pattern": _SLUG},
            "framework": {"pattern": "^([a-z]+)?$"},
            "round": {"pattern": _ROUND},
            "area": {"pattern": r"^[a-z][a-z0-9_]*$"},
            "grade": {"enum": [*GRADES, ""]},
            "basis": {"enum": ["stated", "derived", ""]},
            "source_url": {"pattern": _SOURCE},
            "evidence": {},
            # A grade HMICFRS changed after publication: what it was, and when (kept as history).
            "previous_grade": {"enum": [*GRADES, ""]},
            "regraded_on": {"pattern": _PARTIAL_DATE},
        },
    ),
    "monitoring": _row_schema(
        ["body_id", "event", "date", "source_url"],
        {
            "body_id": {"pattern": _SLUG},
            "event": {"enum": ["entered_engage", "left_engage"]},
            "date": {"pattern": _PARTIAL_DATE, "minLength": 4},
            "source_url": {"pattern": _SOURCE},
            "evidence": {},
        },
    ),
    # Which fire and rescue service(s) cover a police force's area ('' with a note: none HMICFRS inspects).
    "counterparts": _row_schema(
        ["body_id", "fire_service_id", "source_url"],
        {
            "body_id": {"pattern": _SLUG},
            "fire_service_id": {"pattern": r"^([a-z0-9]+(-[a-z0-9]+)*)?$"},
            "source_url": {"pattern": _SOURCE},
            "note": {"maxLength": 300},
        },
    ),
}

# Which kind of rows a CSV holds, told by the columns it must have.
_SIGNATURES: list[tuple[str, set[str]]] = [
    ("counterparts", {"body_id", "fire_service_id"}),
    ("grades", {"round", "area", "grade"}),
    ("areas", {"framework", "round", "area", "name"}),
    ("reports", {"round", "report_url"}),
    ("monitoring", {"event", "date"}),
    ("bodies", {"id", "name", "kind"}),
]
KIND_ORDER = ["bodies", "counterparts", "areas", "reports", "grades", "monitoring"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, pointing at the file, line and value."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: {self.message}"


class LoadError(Exception):
    """A data file failed validation; nothing was written."""

    def __init__(self, problems: Sequence[Problem], total: int | None = None):
        self.problems = list(problems)[:MAX_PROBLEMS]
        self.total = total if total is not None else len(problems)
        more = self.total - len(self.problems)
        text = "\n".join(str(p) for p in self.problems)
        if more > 0:
            text += f"\n... and {more} more problem{'s' if more != 1 else ''}"
        super().__init__(text)


@dataclass
class Row:
    kind: str
    file: str
    line: int
    values: dict[str, str]


@dataclass
class LoadResult:
    """What a load changed (or, on a dry run, would change)."""

    rows: int = 0
    bodies_added: list[str] = field(default_factory=list)
    areas_added: list[str] = field(default_factory=list)
    reports_added: list[int] = field(default_factory=list)
    reports_added_keys: list[str] = field(default_factory=list)
    reports_updated: list[str] = field(default_factory=list)
    grades_added: list[str] = field(default_factory=list)
    grades_changed: list[str] = field(default_factory=list)
    grades_removed: list[str] = field(default_factory=list)
    monitoring_added: int = 0
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        return any(
            [
                self.bodies_added,
                self.areas_added,
                self.reports_added,
                self.reports_updated,
                self.grades_added,
                self.grades_changed,
                self.grades_removed,
                self.monitoring_added,
            ]
        )

    def summary(self) -> str:
        """One line saying what changed."""
        if not self.changed:
            return f"{self.rows} rows read; nothing changed (already up to date)."
        parts = [
            f"{len(self.reports_added)} reports added",
            f"{len(self.reports_updated)} reports updated",
            f"{len(self.grades_added)} grades added",
            f"{len(self.grades_changed)} grades changed",
            f"{len(self.grades_removed)} grades removed",
        ]
        if self.bodies_added:
            parts.insert(0, f"{len(self.bodies_added)} bodies added")
        if self.areas_added:
            parts.insert(0, f"{len(self.areas_added)} areas added")
        if self.monitoring_added:
            parts.append(f"{self.monitoring_added} monitoring events added")
        verb = "would change" if self.dry_run else "changed"
        return f"{self.rows} rows read; {verb}: " + ", ".join(parts) + "."

    def details(self, limit: int = 20) -> list[str]:
        """The individual grade changes, for admins reviewing a load."""
        lines = [f"changed: {c}" for c in self.grades_changed]
        lines += [f"removed: {c}" for c in self.grades_removed]
        lines += [f"added: {c}" for c in self.grades_added]
        lines += [f"new report: {k}" for k in self.reports_added_keys]
        if len(lines) > limit:
            return lines[:limit] + [f"... and {len(lines) - limit} more"]
        return lines


class _DryRun(Exception):
    pass


def report_key(framework: str, round_: str, body_id: str) -> str:
    """The natural key of a graded inspection report."""
    return f"{framework}:{round_}:{body_id}"


# ---------------------------------------------------------------- parsing


def parse_text(text: str, name: str) -> list[Row]:
    """Parse CSV or JSON text into typed rows; raise LoadError if its shape is wrong."""
    stripped = text.lstrip("\ufeff").lstrip()
    if not stripped:
        raise LoadError([Problem(name, 1, "the file is empty")])
    if stripped[0] in "[{":
        return _parse_json(stripped, name)
    return _parse_csv(stripped, name)


def _parse_csv(text: str, name: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as e:
        raise LoadError([Problem(name, 1, f"not readable as CSV ({e})")]) from None
    kind = _kind_of(header)
    if kind is None:
        raise LoadError(
            [Problem(name, 1, f"unrecognised columns {', '.join(header)[:200]!r}; see the data format")]
        )
    header = _canonical_header(header)
    rows: list[Row] = []
    problems: list[Problem] = []
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                problems.append(Problem(name, line, f"expected {len(header)} columns, found {len(cells)}"))
                continue
            rows.append(Row(kind, name, line, {h: c.strip() for h, c in zip(header, cells, strict=True)}))
    except csv.Error as e:
        problems.append(Problem(name, reader.line_num, f"not readable as CSV ({e})"))
    if problems:
        raise LoadError(problems)
    return rows


def _parse_json(text: str, name: str) -> list[Row]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise LoadError([Problem(name, e.lineno, f"not valid JSON ({e.msg})")]) from None
    if not isinstance(data, dict) or not set(data) <= set(KIND_ORDER):
        raise LoadError(
            [Problem(name, 1, f"a JSON data file is an object with lists under {', '.join(KIND_ORDER)}")]
        )
    rows: list[Row] = []
    for kind in KIND_ORDER:
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise LoadError([Problem(name, 1, f"'{kind}' must be a list")])
        for i, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise LoadError([Problem(name, i, f"{kind} item {i} is not an object")])
            values = {
                k: ("" if v is None else str(v)).strip()
                for k, v in _canonical_item(item).items()
                if isinstance(v, str | int | type(None)) and not isinstance(v, bool)
            }
            rows.append(Row(kind, f"{name} ({kind})", i, values))
    return rows


def _kind_of(header: Sequence[str]) -> str | None:
    cols = set(_canonical_header(header))
    for kind, needed in _SIGNATURES:
        if (
            needed <= cols
            and (kind != "grades" or "body_id" in cols)
            and (kind != "reports" or "body_id" in cols)
        ):
            return kind
    return None


def _canonical_header(header: Sequence[str]) -> list[str]:
    return ["body_id" if h in BODY_ID_COLUMNS else h for h in header]


def _canonical_item(item: dict) -> dict:
    return {("body_id" if k in BODY_ID_COLUMNS else k): v for k, v in item.items()}


# ---------------------------------------------------------------- validation


def validate(db: sqlite_utils.Database, rows: Sequence[Row], progress: LoadProgress | None = None) -> None:
    """Check every row against its schema and the store; raise LoadError listing the first problems."""
    import jsonschema

    problems: list[Problem] = []
    bodies = {r["id"]: r["kind"] for r in db.query("SELECT id, kind FROM bodies")}
    areas = {
        (r["framework"], r["round"], r["area"]) for r in db.query("SELECT framework, round, area FROM areas")
    }
    reports = {r["report_key"] for r in db.query("SELECT report_key FROM reports")}
    for row in rows:
        if row.kind == "bodies":
            bodies.setdefault(row.values.get("id", ""), row.values.get("kind", ""))
        elif row.kind == "areas":
            v = row.values
            areas.add((v.get("framework", ""), v.get("round", ""), v.get("area", "")))
    rounds = {(a[0], a[1]) for a in areas}  # a set: scanning every area per row made big loads quadratic
    seen: dict[tuple[str, ...], int] = {}
    for checked, row in enumerate(rows):
        if progress and checked % PROGRESS_EVERY == 0:
            progress("validated", checked, len(rows))
        for err in sorted(
            jsonschema.Draft202012Validator(SCHEMAS[row.kind]).iter_errors(row.values), key=str
        ):
            problems.append(Problem(row.file, row.line, _describe(err)))
        if problems and problems[-1].line == row.line and problems[-1].file == row.file:
            continue
        v = row.values
        dup: tuple[str, ...]
        if row.kind == "counterparts":
            problems += _check_counterpart(row, bodies)
            dup = (row.kind, v["body_id"], v["fire_service_id"])
        elif row.kind in ("reports", "grades", "monitoring"):
            body = v["body_id"]
            if body not in bodies:
                problems.append(Problem(row.file, row.line, f"unknown body {body!r}"))
                continue
            if row.kind == "monitoring":
                continue
            framework = v.get("framework") or FRAMEWORK_BY_KIND.get(bodies[body], "")
            if not framework:
                problems.append(Problem(row.file, row.line, f"give a framework for {body!r}"))
                continue
            v["framework"] = framework
            if (framework, v["round"]) not in rounds:
                problems.append(Problem(row.file, row.line, f"unknown round {v['round']!r} for {framework}"))
                continue
            key = report_key(framework, v["round"], body)
            if row.kind == "reports":
                problems += _check_report(row)
                reports.add(key)
                dup = (row.kind, key)
            else:
                if (framework, v["round"], v["area"]) not in areas:
                    problems.append(
                        Problem(
                            row.file, row.line, f"unknown area {v['area']!r} for {framework} {v['round']}"
                        )
                    )
                    continue
                if key not in reports:
                    problems.append(
                        Problem(row.file, row.line, f"no report for {body} {v['round']}: add a reports row")
                    )
                    continue
                if v["grade"] and not v.get("basis"):
                    v["basis"] = "stated"
                dup = (row.kind, key, v["area"])
        elif row.kind == "bodies":
            dup = (row.kind, v["id"])
        elif row.kind == "areas":
            dup = (row.kind, v["framework"], v["round"], v["area"])
        else:
            continue
        if dup in seen:
            problems.append(Problem(row.file, row.line, f"repeats line {seen[dup]}"))
        seen[dup] = row.line
    if problems:
        raise LoadError(problems[:MAX_PROBLEMS], total=len(problems))


def _check_counterpart(row: Row, bodies: dict[str, str]) -> list[Problem]:
    v = row.values
    force, fire = v["body_id"], v["fire_service_id"]
    if bodies.get(force) != "police":
        return [Problem(row.file, row.line, f"{force!r} is not a police force")]
    if fire and bodies.get(fire) != "fire":
        return [Problem(row.file, row.line, f"{fire!r} is not a fire and rescue service")]
    if not fire and not v.get("note"):
        return [Problem(row.file, row.line, "no fire service: give a note saying why")]
    return []


def _check_report(row: Row) -> list[Problem]:
    v = row.values
    out = []
    if v.get("published") and not _real_date(v["published"]):
        out.append(Problem(row.file, row.line, f"published: {v['published']!r} is not a real date"))
    counts = [int(v[c]) for c in COUNT_COLUMNS[:-1] if v.get(c)]
    total = v.get("graded_total")
    if total and len(counts) == 5 and sum(counts) != int(total):
        out.append(
            Problem(row.file, row.line, f"grade counts add up to {sum(counts)}, not graded_total {total}")
        )
    return out


def _real_date(text: str) -> bool:
    parts = text.split("-")
    try:
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _describe(err: jsonschema.ValidationError) -> str:
    column = err.path[0] if err.path else None
    if err.validator == "required":
        return str(err.message).replace("is a required property", "is missing")
    value = err.instance if column is not None else ""
    shown = repr(value if len(str(value)) <= 60 else str(value)[:57] + "...")
    hints = {
        "enum": "must be one of " + ", ".join(repr(x) for x in err.validator_value if x),
        "pattern": "is not in the expected format",
        "maxLength": f"is longer than {err.validator_value} characters",
        "minLength": "is too short" if value else "is empty",
        "type": "must be text",
    }
    return f"{column}: {shown} {hints.get(str(err.validator), err.message)}"


# ---------------------------------------------------------------- writing


def load_rows(
    db: sqlite_utils.Database,
    rows: Sequence[Row],
    *,
    source: str,
    loaded_by: str,
    origin: str = "load",
    now: datetime | None = None,
    dry_run: bool = False,
    progress: LoadProgress | None = None,
) -> LoadResult:
    """Validate, then write every row in one transaction (rolled back on a dry run). `progress(stage, done,
    total)` hears every PROGRESS_EVERY rows validated, then written, and each stage's end."""
    validate(db, rows, progress)
    if progress:
        progress("validated", len(rows), len(rows))
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    result = LoadResult(rows=len(rows), dry_run=dry_run)
    ordered = sorted(rows, key=lambda r: KIND_ORDER.index(r.kind))
    try:
        with db.atomic():
            positions: dict[tuple[str, str], int] = {}
            for written, row in enumerate(ordered):
                if progress and written % PROGRESS_EVERY == 0:
                    progress("written", written, len(ordered))
                _WRITERS[row.kind](db, row.values, result, stamp, origin, loaded_by, positions)
            if progress:
                progress("written", len(ordered), len(ordered))
            if result.changed:
                db.execute(
                    "INSERT INTO loads (at, source, loaded_by, summary) VALUES (?, ?, ?, ?)",
                    [stamp, source, loaded_by, result.summary()],
                )
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_load', ?)", [stamp])
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return result


def _write_body(db, v, result, stamp, origin, by, positions) -> None:
    exists = db.execute("SELECT 1 FROM bodies WHERE id = ?", [v["id"]]).fetchone()
    db.execute(
        "INSERT INTO bodies (id, name, kind, country, region) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind, "
        "country=excluded.country, region=excluded.region",
        [v["id"], v["name"], v["kind"], v["country"], v["region"]],
    )
    if not exists:
        result.bodies_added.append(v["id"])
    if "aliases" in v:
        db.execute("DELETE FROM aliases WHERE body_id = ?", [v["id"]])
        for alias in {a.strip() for a in v["aliases"].split("|") if a.strip()}:
            db.execute("INSERT INTO aliases (body_id, alias) VALUES (?, ?)", [v["id"], alias])


def _write_area(db, v, result, stamp, origin, by, positions) -> None:
    group = (v["framework"], v["round"])
    positions[group] = positions.get(group, 0) + 1
    exists = db.execute(
        "SELECT 1 FROM areas WHERE framework = ? AND round = ? AND area = ?",
        [v["framework"], v["round"], v["area"]],
    ).fetchone()
    db.execute(
        "INSERT INTO areas (framework, round, area, name, also_called, position, core) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(framework, round, area) DO UPDATE SET name=excluded.name, also_called=excluded.also_called, "
        "position=excluded.position, core=excluded.core",
        [
            v["framework"],
            v["round"],
            v["area"],
            v["name"],
            v.get("also_called", ""),
            positions[group],
            0 if v.get("core") == "no" else 1,
        ],
    )
    if not exists:
        result.areas_added.append(f"{v['framework']} {v['round']} {v['area']}")


def _write_report(db, v, result, stamp, origin, by, positions) -> None:
    key = report_key(v["framework"], v["round"], v["body_id"])
    fields = {
        "published": v.get("published", ""),
        "report_url": v.get("report_url", ""),
        "count_source_url": v.get("count_source_url", ""),
        **{c: (int(v[c]) if v.get(c) else None) for c in COUNT_COLUMNS},
    }
    if v.get("title"):
        fields["title"] = v["title"]
    current = next(db.query("SELECT * FROM reports WHERE report_key = ?", [key]), None)
    if current is None:
        table = db.table("reports").insert(
            {
                "report_key": key,
                "body_id": v["body_id"],
                "framework": v["framework"],
                "round": v["round"],
                "origin": origin,
                "added_at": stamp,
                **fields,
            }
        )
        result.reports_added.append(int(table.last_pk))
        result.reports_added_keys.append(key)
        record_change(
            db,
            "report",
            at=stamp,
            origin=origin,
            body_id=v["body_id"],
            report_id=int(table.last_pk),
            source=v.get("report_url", ""),
            changed_by=by,
        )
        return
    changed = {k: val for k, val in fields.items() if current.get(k) != val}
    if changed:
        db.table("reports").update(current["id"], changed)
        result.reports_updated.append(key)


def _write_grade(db, v, result, stamp, origin, by, positions) -> None:
    key = report_key(v["framework"], v["round"], v["body_id"])
    report_id = db.execute("SELECT id FROM reports WHERE report_key = ?", [key]).fetchone()[0]
    old = next(
        db.query("SELECT * FROM grades WHERE report_id = ? AND area = ?", [report_id, v["area"]]), None
    )
    label = f"{v['body_id']} {v['round']} {v['area']}"
    new_grade = v["grade"] or None
    change = {"at": stamp, "origin": origin, "body_id": v["body_id"], "report_id": report_id}
    change |= {"area": v["area"], "source": v["source_url"], "changed_by": by}
    if new_grade is None:
        if old is not None:
            db.execute("DELETE FROM grades WHERE report_id = ? AND area = ?", [report_id, v["area"]])
            _history(db, report_id, v["area"], old["grade"], None, stamp, by, v["source_url"])
            record_change(db, "ungrade", before=old["grade"], **change)
            result.grades_removed.append(f"{label}: {old['grade']}")
        return
    row = [new_grade, v.get("basis") or "stated", v["source_url"], v.get("evidence", "")]
    if old is None:
        db.execute(
            "INSERT INTO grades (grade, basis, source_url, evidence, report_id, area) VALUES (?, ?, ?, ?, ?, ?)",
            [*row, report_id, v["area"]],
        )
        if origin != "dataset":
            _history(db, report_id, v["area"], None, new_grade, stamp, by, v["source_url"])
        record_change(db, "grades", after=new_grade, **change)
        result.grades_added.append(f"{label}: {new_grade}")
    elif [old["grade"], old["basis"], old["source_url"], old["evidence"]] != row:
        db.execute(
            "UPDATE grades SET grade = ?, basis = ?, source_url = ?, evidence = ? WHERE report_id = ? AND area = ?",
            [*row, report_id, v["area"]],
        )
        if old["grade"] != new_grade:
            _history(
                db,
                report_id,
                v["area"],
                old["grade"],
                new_grade,
                stamp,
                by,
                v["source_url"],
                v.get("regraded_on"),
            )
            record_change(db, "regrade", before=old["grade"], after=new_grade, **change)
            result.grades_changed.append(f"{label}: {old['grade']} → {new_grade}")
            return
    _known_regrade(db, v, report_id, new_grade, stamp, by)


def _known_regrade(db, v, report_id, new_grade, stamp, by) -> None:
    """A row that says the grade replaced an earlier one (previous_grade, regraded_on): keep that history once."""
    previous = v.get("previous_grade")
    if not previous or previous == new_grade:
        return
    known = db.execute(
        "SELECT 1 FROM grade_changes WHERE report_id = ? AND area = ? AND old_grade = ? AND new_grade = ?",
        [report_id, v["area"], previous, new_grade],
    ).fetchone()
    if not known:
        _history(
            db, report_id, v["area"], previous, new_grade, stamp, by, v["source_url"], v.get("regraded_on")
        )


def _history(db, report_id, area, old, new, stamp, by, source, effective_on=None) -> None:
    db.execute(
        "INSERT INTO grade_changes (report_id, area, old_grade, new_grade, changed_at, changed_by, source, "
        "effective_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [report_id, area, old, new, stamp, by, source, effective_on or None],
    )


def _write_monitoring(db, v, result, stamp, origin, by, positions) -> None:
    cur = db.execute(
        "INSERT OR IGNORE INTO monitoring (body_id, event, date, source_url, evidence) VALUES (?, ?, ?, ?, ?)",
        [v["body_id"], v["event"], v["date"], v["source_url"], v.get("evidence", "")],
    )
    result.monitoring_added += cur.rowcount
    if cur.rowcount:
        record_change(
            db,
            "engage",
            at=stamp,
            origin=origin,
            body_id=v["body_id"],
            after=v["event"],
            on_date=v["date"],
            source=v["source_url"],
            changed_by=by,
        )


def _write_counterpart(db, v, result, stamp, origin, by, positions) -> None:
    db.execute(
        "INSERT OR REPLACE INTO force_fire_services (force_id, fire_service_id, source_url, note) "
        "VALUES (?, ?, ?, ?)",
        [v["body_id"], v["fire_service_id"], v["source_url"], v.get("note", "")],
    )


_WRITERS = {
    "bodies": _write_body,
    "counterparts": _write_counterpart,
    "areas": _write_area,
    "reports": _write_report,
    "grades": _write_grade,
    "monitoring": _write_monitoring,
}


# ---------------------------------------------------------------- entry points


def read_files(paths: Iterable[str | Path]) -> list[Row]:
    """Parse every file; raise LoadError naming the file if one cannot be read."""
    rows: list[Row] = []
    for path in paths:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise LoadError([Problem(p.name, 0, f"cannot read the file ({e.__class__.__name__})")]) from None
        rows += parse_text(text, p.name)
    return rows


def load_files(
    db: sqlite_utils.Database, paths: Iterable[str | Path], *, loaded_by: str, dry_run: bool = False
) -> LoadResult:
    """Load one or more data files as one all-or-nothing change."""
    paths = list(paths)
    rows = read_files(paths)
    return load_rows(
        db, rows, source=", ".join(Path(p).name for p in paths), loaded_by=loaded_by, dry_run=dry_run
    )

"""Grades recorded by hand (the admin form in Slack, `set-grade` in the shell): read one report's sheet,
check an edit, and save it through the same loader as a data file, so it gets the same validation,
grade history, load record and alerts."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

import sqlite_utils

from db.load import (
    COUNT_COLUMNS,
    FRAMEWORK_BY_KIND,
    GRADES,
    LoadError,
    LoadResult,
    Row,
    load_rows,
    report_key,
)

MAX_SOURCE_CHARS = 1000
MAX_EVIDENCE_CHARS = 2000


@dataclass(frozen=True)
class SheetArea:
    """One graded area of the report as the store holds it (grade None: not recorded)."""

    area: str
    name: str
    core: bool
    grade: str | None


@dataclass(frozen=True)
class GradeSheet:
    """One body's report in one round, as the store holds it now."""

    body_id: str
    body_name: str
    framework: str
    round: str
    report_exists: bool
    published: str
    report_url: str
    areas: tuple[SheetArea, ...]

    @property
    def grades(self) -> dict[str, str | None]:
        return {a.area: a.grade for a in self.areas}

    @property
    def version(self) -> str:
        """Changes whenever anything the form shows changes: a stale form is refused, not merged."""
        shown = [self.report_exists, self.published, self.report_url, sorted(self.grades.items(), key=str)]
        return hashlib.sha256(json.dumps(shown).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class GradeEdit:
    """What someone wants recorded: new grades by area (None: not recorded), report facts, and the source."""

    grades: dict[str, str | None] = field(default_factory=dict)
    published: str = ""
    report_url: str = ""
    source: str = ""
    evidence: str = ""
    quotes: dict[str, str] = field(default_factory=dict)  # area -> the sentence stating its grade
    new_areas: dict[str, str] = field(default_factory=dict)  # area id -> name, added to the round first

    def evidence_for(self, area: str) -> str:
        """The quote recorded with one area's grade: its own sentence, else the form's quote."""
        return (self.quotes.get(area) or self.evidence).strip()


class SheetError(Exception):
    """The body, round or report asked for cannot be edited; the message says why."""


class EditRejected(Exception):
    """The edit has problems, keyed by field: 'source', 'evidence', 'published', 'report_url' or an area."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems


class StaleSheet(Exception):
    """The report changed since the form was opened: areas changed, (opened, now) each, and the sheet now."""

    def __init__(self, changed: dict[str, tuple[str | None, str | None]], sheet: GradeSheet):
        super().__init__(f"changed since the form was opened: {', '.join(changed) or 'report details'}")
        self.changed = changed
        self.sheet = sheet


def rounds(db: sqlite_utils.Database, framework: str) -> list[str]:
    """The rounds a framework has areas for, oldest first."""
    return [
        r["round"]
        for r in db.query("SELECT DISTINCT round FROM areas WHERE framework = ? ORDER BY round", [framework])
    ]


def grade_sheet(db: sqlite_utils.Database, body_id: str, round_: str | None = None) -> GradeSheet:
    """The sheet for a body's report in a round (the latest round when none is given); raise SheetError."""
    body = next(db.query("SELECT id, name, kind FROM bodies WHERE id = ?", [body_id]), None)
    if body is None:
        raise SheetError(f"no body with the id {body_id!r}")
    framework = FRAMEWORK_BY_KIND.get(body["kind"], "")
    known = rounds(db, framework)
    if not known:
        raise SheetError(f"no graded rounds are recorded for {body['name']}")
    round_ = round_ or known[-1]
    if round_ not in known:
        raise SheetError(f"{framework.upper()} has no round {round_}; rounds: {', '.join(known)}")
    report = next(
        db.query("SELECT * FROM reports WHERE report_key = ?", [report_key(framework, round_, body_id)]), None
    )
    held = (
        {
            r["area"]: r["grade"]
            for r in db.query("SELECT area, grade FROM grades WHERE report_id = ?", [report["id"]])
        }
        if report
        else {}
    )
    areas = tuple(
        SheetArea(a["area"], a["name"], bool(a["core"]), held.get(a["area"]))
        for a in db.query(
            "SELECT area, name, core FROM areas WHERE framework = ? AND round = ? ORDER BY position",
            [framework, round_],
        )
    )
    return GradeSheet(
        body["id"],
        body["name"],
        framework,
        round_,
        report is not None,
        (report or {}).get("published") or "",
        (report or {}).get("report_url") or "",
        areas,
    )


def changes(sheet: GradeSheet, edit: GradeEdit) -> dict[str, tuple[str | None, str | None]]:
    """The areas whose grade the edit changes: area -> (old, new)."""
    held = {**{a: None for a in edit.new_areas}, **sheet.grades}
    return {
        a: (held.get(a), g or None)
        for a, g in edit.grades.items()
        if a in held and held.get(a) != (g or None)
    }


def is_https_url(text: str) -> bool:
    """A well-formed https URL with a host, no spaces or angle brackets."""
    if not text or len(text) > MAX_SOURCE_CHARS or any(c.isspace() or c in '<>"|' for c in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.hostname) and "." in (parts.hostname or "")


def _real_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def check_edit(sheet: GradeSheet, edit: GradeEdit) -> dict[str, str]:
    """What is wrong with an edit, by field; empty when it can be saved."""
    problems: dict[str, str] = {}
    for area, name in edit.new_areas.items():
        if area in sheet.grades:
            problems[area] = f"{sheet.framework.upper()} {sheet.round} already has an area {area!r}"
        elif not re.fullmatch(r"[a-z][a-z0-9_]{1,59}", area) or not name.strip():
            problems[area] = (
                f"{area!r} is not a usable area id (lower case, digits and _), or its name is empty"
            )
    for area, grade in edit.grades.items():
        if area not in sheet.grades and area not in edit.new_areas:
            problems[area] = f"{sheet.framework.upper()} {sheet.round} has no area {area!r}"
        elif grade and grade not in GRADES:
            problems[area] = (
                f"{grade!r} is not a grade; use one of {', '.join(GRADES)} or leave it not recorded"
            )
    changed = changes(sheet, edit)
    if edit.source and not is_https_url(edit.source):
        problems["source"] = (
            "The source must be a full https:// link to the report or page the grade is from."
        )
    elif changed and not edit.source:
        problems["source"] = "Give the https link the changed grades come from."
    if any(not edit.evidence_for(a) for a in changed):
        problems["evidence"] = "Quote the sentence of the report that states the changed grades."
    elif max((len(edit.evidence_for(a)) for a in [*changed, ""]), default=0) > MAX_EVIDENCE_CHARS:
        problems["evidence"] = f"Keep the quote under {MAX_EVIDENCE_CHARS:,} characters."
    if edit.published and not sheet.published and not _real_date(edit.published):
        problems["published"] = "Give the publication date as a real date (YYYY-MM-DD)."
    if edit.report_url and not sheet.report_url and not is_https_url(edit.report_url):
        problems["report_url"] = "The report link must be a full https:// link."
    return problems


def edit_rows(db: sqlite_utils.Database, sheet: GradeSheet, edit: GradeEdit) -> list[Row]:
    """The loader rows that make the edit: a reports row when the report is new or gains a date or link,
    and a grades row per changed area. Unchanged areas keep their own sources."""
    rows: list[Row] = [
        Row(
            "areas",
            "grade form",
            1,
            {"framework": sheet.framework, "round": sheet.round, "area": area, "name": name.strip()},
        )
        for area, name in edit.new_areas.items()
    ]
    published = sheet.published or edit.published
    report_url = sheet.report_url or edit.report_url
    if not sheet.report_exists or published != sheet.published or report_url != sheet.report_url:
        key = report_key(sheet.framework, sheet.round, sheet.body_id)
        current = next(db.query("SELECT * FROM reports WHERE report_key = ?", [key]), None) or {}
        values = {
            "body_id": sheet.body_id,
            "framework": sheet.framework,
            "round": sheet.round,
            "published": published,
            "report_url": report_url,
            "count_source_url": current.get("count_source_url") or "",
            **{c: "" if current.get(c) is None else str(current[c]) for c in COUNT_COLUMNS},
        }
        if current.get("title"):
            values["title"] = current["title"]
        rows.append(Row("reports", "grade form", 1, values))
    for i, (area, (_, new)) in enumerate(changes(sheet, edit).items(), start=2):
        values = {
            "body_id": sheet.body_id,
            "framework": sheet.framework,
            "round": sheet.round,
            "area": area,
            "grade": new or "",
            "basis": "stated" if new else "",
            "source_url": edit.source,
            "evidence": edit.evidence_for(area),
        }
        rows.append(Row("grades", "grade form", i, values))
    return rows


def save_edit(
    db: sqlite_utils.Database,
    body_id: str,
    round_: str,
    edit: GradeEdit,
    *,
    by: str,
    opened_version: str | None = None,
    opened_grades: dict[str, str | None] | None = None,
    now: datetime | None = None,
) -> LoadResult:
    """Check and save an edit in one write transaction, through the loader (diff, history, load record).

    With `opened_version` (the sheet the form showed, and its grades), a report changed since then raises StaleSheet and nothing
    is written; problems raise EditRejected; the loader's own refusals raise LoadError."""
    db.execute("BEGIN IMMEDIATE")  # read, compare and write under one lock: two admins cannot both pass
    try:
        sheet = grade_sheet(db, body_id, round_)
        if opened_version is not None and sheet.version != opened_version:
            before = opened_grades or {}
            changed = {
                a: (before.get(a), g) for a, g in sheet.grades.items() if a in before and before[a] != g
            }
            raise StaleSheet(changed, sheet)
        problems = check_edit(sheet, edit)
        if problems:
            raise EditRejected(problems)
        rows = edit_rows(db, sheet, edit)
        source = f"grade form: {edit.source}" if edit.source else "grade form"
        result = load_rows(db, rows, source=source, loaded_by=by, now=now) if rows else LoadResult()
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return result


__all__ = [
    "EditRejected",
    "GradeEdit",
    "GradeSheet",
    "LoadError",
    "SheetArea",
    "SheetError",
    "StaleSheet",
    "changes",
    "check_edit",
    "grade_sheet",
    "is_https_url",
    "rounds",
    "save_edit",
]

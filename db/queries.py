"""Reads: functions taking the db first and returning plain data (dicts and lists)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

Row = dict[str, Any]


def force_fire_pairs(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(force id, fire service id) for each fire and rescue service covering part of a force's area."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT force_id, fire_service_id FROM force_fire_services WHERE fire_service_id != '' "
            "ORDER BY force_id, fire_service_id"
        )
    ]


def bodies(db: sqlite_utils.Database) -> list[Row]:
    """Every body with its aliases as a list."""
    aliases: dict[str, list[str]] = {}
    for r in db.query("SELECT body_id, alias FROM aliases ORDER BY body_id, alias"):
        aliases.setdefault(r["body_id"], []).append(r["alias"])
    return [
        {**b, "aliases": aliases.get(b["id"], [])} for b in db.query("SELECT * FROM bodies ORDER BY name")
    ]


def all_areas(db: sqlite_utils.Database) -> list[Row]:
    """Every area of every round."""
    return list(db.query("SELECT * FROM areas ORDER BY framework, round, position"))


def all_monitoring(db: sqlite_utils.Database) -> list[Row]:
    """Every enhanced-monitoring (Engage) event, by body and date."""
    return list(db.query("SELECT * FROM monitoring ORDER BY body_id, date, event"))


def meta(db: sqlite_utils.Database, key: str) -> str | None:
    """One value from the meta table."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def store_fingerprint(db: sqlite_utils.Database) -> tuple:
    """A value that changes whenever reports, grades, bodies or areas change (for caching answers)."""
    return tuple(
        db.execute(
            "SELECT (SELECT value FROM meta WHERE key = 'last_load'), "
            "(SELECT count(*) FROM reports), (SELECT max(id) FROM reports), "
            "(SELECT count(*) FROM grades), (SELECT max(id) FROM grade_changes), "
            "(SELECT count(*) FROM bodies), (SELECT count(*) FROM areas), (SELECT max(id) FROM loads), "
            "(SELECT count(*) FROM monitoring)"
        ).fetchone()
    )


def graded_reports(db: sqlite_utils.Database) -> list[Row]:
    """Every graded inspection report, oldest round first."""
    return list(
        db.query(
            "SELECT * FROM reports WHERE body_id IS NOT NULL AND framework IS NOT NULL AND round IS NOT NULL "
            "ORDER BY body_id, round, framework"
        )
    )


def all_grades(db: sqlite_utils.Database) -> list[Row]:
    """Every recorded grade: report id, area, grade, basis and source."""
    return list(db.query("SELECT report_id, area, grade, basis, source_url FROM grades ORDER BY report_id"))


def regrades(db: sqlite_utils.Database) -> list[Row]:
    """For each grade that replaced another after publication, its latest change: the grade before, when
    (HMICFRS's date when the source gives it, else when the store changed it), the source and the
    sentence stored with the grade now held."""
    return list(
        db.query(
            "SELECT c.report_id, c.area, c.old_grade, COALESCE(c.effective_on, substr(c.changed_at, 1, 10)) AS on_date, "
            "c.source, g.evidence FROM grade_changes c JOIN grades g ON g.report_id = c.report_id AND g.area = c.area "
            "AND g.grade = c.new_grade WHERE c.old_grade IS NOT NULL AND c.id = (SELECT max(id) FROM grade_changes l "
            "WHERE l.report_id = c.report_id AND l.area = c.area)"
        )
    )

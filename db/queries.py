"""Reads: functions taking the db first and returning plain data (dicts and lists)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

Row = dict[str, Any]


def data_version(db: sqlite_utils.Database) -> str:
    """A value that changes whenever bodies or aliases may have changed (for caching)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'last_load'").fetchone()
    return row[0] if row else ""


def bodies(db: sqlite_utils.Database) -> list[Row]:
    """Every body with its aliases as a list."""
    aliases: dict[str, list[str]] = {}
    for r in db.query("SELECT body_id, alias FROM aliases ORDER BY body_id, alias"):
        aliases.setdefault(r["body_id"], []).append(r["alias"])
    return [
        {**b, "aliases": aliases.get(b["id"], [])} for b in db.query("SELECT * FROM bodies ORDER BY name")
    ]


def inspection_reports(db: sqlite_utils.Database, body_id: str) -> list[Row]:
    """A body's graded inspection reports, oldest round first."""
    return list(
        db.query(
            "SELECT * FROM reports WHERE body_id = ? AND framework IS NOT NULL AND round IS NOT NULL "
            "ORDER BY round, framework",
            [body_id],
        )
    )


def grades_for_reports(db: sqlite_utils.Database, report_ids: list[int]) -> dict[int, dict[str, Row]]:
    """Recorded grades keyed by report id, then area."""
    out: dict[int, dict[str, Row]] = {i: {} for i in report_ids}
    if not report_ids:
        return out
    marks = ",".join("?" for _ in report_ids)
    for g in db.query(f"SELECT * FROM grades WHERE report_id IN ({marks})", report_ids):  # noqa: S608
        out[g["report_id"]][g["area"]] = g
    return out


def areas(db: sqlite_utils.Database, framework: str, round_: str) -> list[Row]:
    """The areas graded in one round of one framework, in HMICFRS's order."""
    return list(
        db.query(
            "SELECT * FROM areas WHERE framework = ? AND round = ? ORDER BY position",
            [framework, round_],
        )
    )


def all_areas(db: sqlite_utils.Database) -> list[Row]:
    """Every area of every round."""
    return list(db.query("SELECT * FROM areas ORDER BY framework, round, position"))


def grade_changes(db: sqlite_utils.Database, report_id: int) -> list[Row]:
    """Regrades of one report, oldest first."""
    return list(
        db.query("SELECT * FROM grade_changes WHERE report_id = ? ORDER BY changed_at, id", [report_id])
    )


def monitoring_events(db: sqlite_utils.Database, body_id: str) -> list[Row]:
    """A body's enhanced-monitoring events, oldest first."""
    return list(db.query("SELECT * FROM monitoring WHERE body_id = ? ORDER BY date", [body_id]))


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
            "(SELECT count(*) FROM bodies), (SELECT count(*) FROM areas), (SELECT max(id) FROM loads)"
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


def event_seen(db: sqlite_utils.Database, key: str) -> bool:
    """Whether a Slack event with this key has already been received."""
    return db.execute("SELECT 1 FROM event_receipts WHERE key = ?", [key]).fetchone() is not None

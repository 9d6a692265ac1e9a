"""The sentences on record behind each grade: what a source said, stored with the grade when it was loaded."""

from __future__ import annotations

import sqlite_utils

from db.queries import Row


def grade_evidence(db: sqlite_utils.Database, report_id: int) -> list[Row]:
    """Every recorded grade of one report with its basis, source and evidence ('' when none was stored)."""
    return list(
        db.query(
            "SELECT area, grade, basis, source_url, evidence FROM grades WHERE report_id = ? ORDER BY area",
            [report_id],
        )
    )

"""What the reader needs to know from the store: bodies and their aliases, areas by round, rounds' dates, and
each body's reports with their counts and grades."""

from __future__ import annotations

from typing import Any

import sqlite_utils


def reader_catalog_rows(db: sqlite_utils.Database) -> dict[str, list[dict[str, Any]]]:
    """Bodies (with aliases joined by '|'), areas in HMICFRS's order, each round's span of dates, each body's
    reports (publication date, '' when unknown, and the grade counts HMICFRS gave) and their grades."""
    bodies = list(
        db.query(
            "SELECT b.id, b.name, b.kind, COALESCE(group_concat(a.alias, '|'), '') AS aliases "
            "FROM bodies b LEFT JOIN aliases a ON a.body_id = b.id GROUP BY b.id ORDER BY b.id"
        )
    )
    areas = list(
        db.query(
            "SELECT framework, round, area, name, also_called FROM areas ORDER BY framework, round, position"
        )
    )
    rounds = list(
        db.query(
            "SELECT a.framework, a.round, "
            "COALESCE(MIN(NULLIF(r.published, '')), '') AS first_published, "
            "COALESCE(MAX(NULLIF(r.published, '')), '') AS last_published "
            "FROM (SELECT DISTINCT framework, round FROM areas) a "
            "LEFT JOIN reports r ON r.framework = a.framework AND r.round = a.round "
            "GROUP BY a.framework, a.round ORDER BY a.framework, a.round"
        )
    )
    reports = list(
        db.query(
            "SELECT body_id, framework, round, published, outstanding, good, adequate, requires_improvement, "
            "inadequate, graded_total FROM reports WHERE framework IS NOT NULL ORDER BY body_id, published"
        )
    )
    grades = list(
        db.query(
            "SELECT r.body_id, r.framework, r.round, g.area, g.grade FROM grades g "
            "JOIN reports r ON r.id = g.report_id WHERE r.framework IS NOT NULL ORDER BY r.body_id, g.area"
        )
    )
    return {"bodies": bodies, "areas": areas, "rounds": rounds, "reports": reports, "grades": grades}


def gap_reports_with_links(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Graded reports with a link whose core areas are not all recorded: what `read --gaps` reads."""
    return list(
        db.query(
            "SELECT r.body_id, r.framework, r.round, r.report_url, b.name AS body_name, "
            "(SELECT COUNT(*) FROM areas a WHERE a.framework = r.framework AND a.round = r.round AND a.core = 1 "
            " AND a.area NOT IN (SELECT g.area FROM grades g WHERE g.report_id = r.id)) AS missing "
            "FROM reports r JOIN bodies b ON b.id = r.body_id "
            "WHERE r.framework IS NOT NULL AND r.report_url != '' "
            "ORDER BY r.framework, r.round, b.name"
        )
    )

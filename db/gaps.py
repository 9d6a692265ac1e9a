"""Where the grades are missing: graded reports whose core areas have no grade recorded."""

from __future__ import annotations

from typing import Any

import sqlite_utils


def missing_grades(
    db: sqlite_utils.Database, *, kind: str | None = None, round_: str | None = None
) -> list[dict[str, Any]]:
    """One row per report lacking core grades, newest round first: body, framework, round, link, missing areas.

    Only core areas count: the others are graded in some reports only, so a blank there is not a gap."""
    rows = db.query(
        "SELECT r.body_id, b.name AS body_name, b.kind, r.framework, r.round, r.report_url, a.area, "
        "a.name AS area_name, "
        "(SELECT count(*) FROM areas c WHERE c.framework = r.framework AND c.round = r.round AND c.core = 1) "
        "AS core_areas "
        "FROM reports r JOIN bodies b ON b.id = r.body_id "
        "JOIN areas a ON a.framework = r.framework AND a.round = r.round AND a.core = 1 "
        "LEFT JOIN grades g ON g.report_id = r.id AND g.area = a.area "
        "WHERE g.area IS NULL AND (:kind = '' OR b.kind = :kind) AND (:round = '' OR r.round = :round) "
        "ORDER BY r.round DESC, r.framework, b.name, a.position",
        {"kind": kind or "", "round": round_ or ""},
    )
    out: list[dict[str, Any]] = []
    for row in rows:
        if not out or (out[-1]["body_id"], out[-1]["round"], out[-1]["framework"]) != (
            row["body_id"],
            row["round"],
            row["framework"],
        ):
            out.append(
                {
                    k: row[k]
                    for k in (
                        "body_id",
                        "body_name",
                        "kind",
                        "framework",
                        "round",
                        "report_url",
                        "core_areas",
                    )
                }
                | {"missing": []}
            )
        out[-1]["missing"].append(row["area_name"])
    return out


def gap_totals(gaps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per framework and round: how many reports lack grades and how many grades are missing."""
    totals: dict[tuple[str, str], dict[str, Any]] = {}
    for g in gaps:
        t = totals.setdefault(
            (g["framework"], g["round"]),
            {"framework": g["framework"], "round": g["round"], "kind": g["kind"], "reports": 0, "missing": 0},
        )
        t["reports"] += 1
        t["missing"] += len(g["missing"])
    return list(totals.values())

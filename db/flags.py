"""'This looks wrong' flags: stored as readers raise them, listed and resolved by admins."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlite_utils

MAX_NOTE_CHARS = 1000
MAX_RESOLUTION_CHARS = 500

_SELECT = (
    "SELECT f.*, b.name AS body_name, a.name AS area_name FROM flags f "
    "LEFT JOIN bodies b ON b.id = f.body_id "
    "LEFT JOIN areas a ON a.framework = f.framework AND a.round = f.round AND a.area = f.area "
)


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="seconds")


def add_flag(
    db: sqlite_utils.Database,
    *,
    team_id: str,
    user_id: str,
    body_id: str,
    framework: str,
    round_: str,
    area: str,
    grade_shown: str,
    note: str,
    link: str = "",
    now: datetime | None = None,
) -> int:
    """Store one flag and return its id."""
    with db.atomic():
        cur = db.execute(
            "INSERT INTO flags (team_id, user_id, created_at, body_id, framework, round, area, grade_shown, "
            "note, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                team_id or "",
                user_id,
                _stamp(now),
                body_id,
                framework,
                round_,
                area,
                grade_shown,
                note[:MAX_NOTE_CHARS],
                link,
            ],
        )
    return int(cur.lastrowid or 0)


def get_flag(db: sqlite_utils.Database, flag_id: int) -> dict[str, Any] | None:
    """One flag with its body's and area's names, or None."""
    return next(db.query(_SELECT + "WHERE f.id = ?", [flag_id]), None)


def list_flags(
    db: sqlite_utils.Database, team_id: str, *, include_resolved: bool = False, limit: int = 20
) -> list[dict[str, Any]]:
    """A workspace's flags, newest first: open ones only unless resolved ones are asked for too."""
    where = "WHERE f.team_id = ?" + ("" if include_resolved else " AND f.resolved_at IS NULL")
    return list(db.query(_SELECT + where + " ORDER BY f.id DESC LIMIT ?", [team_id or "", max(0, limit)]))


def count_open_flags(db: sqlite_utils.Database, team_id: str) -> int:
    """How many of a workspace's flags are still open."""
    row = db.execute(
        "SELECT count(*) FROM flags WHERE team_id = ? AND resolved_at IS NULL", [team_id or ""]
    ).fetchone()
    return int(row[0])


def flags_since(db: sqlite_utils.Database, team_id: str, user_id: str, since: datetime) -> int:
    """How many flags one person has raised since a time (to keep one person from flooding the admins)."""
    row = db.execute(
        "SELECT count(*) FROM flags WHERE team_id = ? AND user_id = ? AND created_at >= ?",
        [team_id or "", user_id, since.isoformat(timespec="seconds")],
    ).fetchone()
    return int(row[0])


def resolve_flag(
    db: sqlite_utils.Database,
    flag_id: int,
    *,
    team_id: str,
    resolved_by: str,
    how: str,
    now: datetime | None = None,
) -> bool:
    """Mark an open flag of this workspace resolved, saying how; False if there is no such open flag."""
    with db.atomic():
        cur = db.execute(
            "UPDATE flags SET resolved_at = ?, resolved_by = ?, resolution = ? "
            "WHERE id = ? AND team_id = ? AND resolved_at IS NULL",
            [_stamp(now), resolved_by, how[:MAX_RESOLUTION_CHARS], flag_id, team_id or ""],
        )
    return cur.rowcount == 1

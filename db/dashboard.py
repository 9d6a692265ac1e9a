"""Reads (and one remembered upload) for the App Home dashboard: recent changes, a workspace's subscriptions,
and which picture of the national chart was uploaded to a workspace for which data version."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from db.changes import QUIET_ORIGINS

Row = dict[str, Any]


def changes_since(db: sqlite_utils.Database, since: str, limit: int = 200) -> tuple[list[Row], int]:
    """Changes people hear about that entered the store at or after `since` (UTC ISO), newest first, at
    most `limit`, with their body, report and area names; and how many there are in all.

    Seeding the shipped dataset is history, not news, so it never counts."""
    params = [since, json.dumps(QUIET_ORIGINS)]
    total = int(
        db.execute(
            "SELECT count(*) FROM changes c WHERE c.at >= ? AND c.origin NOT IN (SELECT value FROM json_each(?))",
            params,
        ).fetchone()[0]
    )
    rows = list(
        db.query(
            "SELECT c.seq, c.at, c.kind, c.report_id, c.area, c.before, c.after, c.on_date, "
            "b.name AS body_name, b.kind AS body_kind, r.framework, r.round, r.title, r.published, "
            "r.report_url, a.name AS area_name FROM changes c "
            "LEFT JOIN reports r ON r.id = c.report_id "
            "LEFT JOIN bodies b ON b.id = COALESCE(c.body_id, r.body_id) "
            "LEFT JOIN areas a ON a.framework = r.framework AND a.round = r.round AND a.area = c.area "
            "WHERE c.at >= ? AND c.origin NOT IN (SELECT value FROM json_each(?)) ORDER BY c.seq DESC LIMIT ?",
            [*params, max(0, limit)],
        )
    )
    return rows, total


def team_subscriptions(db: sqlite_utils.Database, team_id: str) -> list[Row]:
    """Every channel subscription in a workspace, by channel then oldest first, with its body's name."""
    return list(
        db.query(
            "SELECT s.id, s.channel_id, s.target_kind, s.target, s.topics, s.cadence, s.paused_at, "
            "s.paused_reason, b.name AS body_name FROM subscriptions s LEFT JOIN bodies b "
            "ON s.target_kind = 'body' AND b.id = s.target WHERE s.team_id = ? ORDER BY s.channel_id, s.id",
            [team_id or ""],
        )
    )


def _chart_key(team_id: str) -> str:
    return f"home_chart:{team_id or '-'}"


def home_chart_file(db: sqlite_utils.Database, team_id: str, version: str) -> str | None:
    """The id of the national chart uploaded to this workspace for this data version, if there is one."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [_chart_key(team_id)]).fetchone()
    if row is None:
        return None
    try:
        found = json.loads(row[0])
    except ValueError:
        return None
    if not isinstance(found, dict) or found.get("version") != version:
        return None
    file_id = found.get("file")
    return file_id if isinstance(file_id, str) and file_id else None


def remember_home_chart(db: sqlite_utils.Database, team_id: str, version: str, file_id: str) -> None:
    """Record the workspace's upload for this data version (one row per workspace: the newest wins)."""
    value = json.dumps({"version": version, "file": file_id}, separators=(",", ":"))
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [_chart_key(team_id), value])


def forget_home_chart(db: sqlite_utils.Database, team_id: str, file_id: str) -> None:
    """Drop the record if it still names `file_id` (Slack no longer shows that file)."""
    if home_chart_file_any(db, team_id) == file_id:
        db.execute("DELETE FROM meta WHERE key = ?", [_chart_key(team_id)])


def home_chart_file_any(db: sqlite_utils.Database, team_id: str) -> str | None:
    """The workspace's recorded chart file, whatever data version it shows."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [_chart_key(team_id)]).fetchone()
    try:
        found = json.loads(row[0]) if row else None
    except ValueError:
        return None
    return found.get("file") if isinstance(found, dict) else None

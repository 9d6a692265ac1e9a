"""Reads for the admin `stats` command: what the store holds, and how loads, feeds and subscriptions fare."""

from __future__ import annotations

from typing import Any

import sqlite_utils

Row = dict[str, Any]


def _count(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> int:
    return int(db.execute(sql, params or []).fetchone()[0])


def store_stats(db: sqlite_utils.Database, team_id: str | None) -> Row:
    """Counts, the newest report, the last load, each feed's last poll, the workspace's paused
    subscriptions and the database's size."""
    newest = db.execute(
        "SELECT r.title, r.published, r.report_url, b.name FROM reports r LEFT JOIN bodies b ON b.id = r.body_id "
        "WHERE r.published != '' ORDER BY r.published DESC, r.id DESC LIMIT 1"
    ).fetchone()
    last_load = db.execute(
        "SELECT at, source, loaded_by, summary FROM loads ORDER BY id DESC LIMIT 1"
    ).fetchone()
    page_count = db.execute("PRAGMA page_count").fetchone()[0]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    return {
        "forces": _count(db, "SELECT count(*) FROM bodies WHERE kind = ?", ["police"]),
        "fire_services": _count(db, "SELECT count(*) FROM bodies WHERE kind = ?", ["fire"]),
        "bodies": _count(db, "SELECT count(*) FROM bodies"),
        "reports": _count(db, "SELECT count(*) FROM reports"),
        "grades": _count(db, "SELECT count(*) FROM grades"),
        "grade_changes": _count(db, "SELECT count(*) FROM grade_changes"),
        "newest_report": (
            dict(zip(("title", "published", "report_url", "body_name"), newest, strict=True))
            if newest
            else None
        ),
        "last_load": (
            dict(zip(("at", "source", "loaded_by", "summary"), last_load, strict=True)) if last_load else None
        ),
        "feeds": feed_status(db),
        "paused_subscriptions": paused_subscriptions(db, team_id),
        "database_bytes": int(page_count) * int(page_size),
    }


def feed_status(db: sqlite_utils.Database) -> list[Row]:
    """Each feed's last poll and outcome."""
    return list(
        db.query("SELECT url, last_polled_at, last_status, last_error, failures FROM feeds ORDER BY url")
    )


def paused_subscriptions(db: sqlite_utils.Database, team_id: str | None) -> list[Row]:
    """Paused subscriptions (e.g. the bot was removed from the channel), newest first: one workspace's,
    or every workspace's when team_id is None (the operator's command line)."""
    return list(
        db.query(
            "SELECT team_id, channel_id, paused_at, paused_reason FROM subscriptions "
            "WHERE paused_at IS NOT NULL AND (? IS NULL OR team_id = ?) ORDER BY paused_at DESC",
            [team_id, team_id],
        )
    )

"""Reads for the admin `stats` command: what the store holds, and how loads, feeds and subscriptions fare."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from db.subscriptions import throttled_workspaces

Row = dict[str, Any]


def _count(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> int:
    return int(db.execute(sql, params or []).fetchone()[0])


def store_stats(db: sqlite_utils.Database, team_id: str | None, now: datetime | None = None) -> Row:
    """Counts, the newest report, the last load, each feed's last poll, the workspace's paused
    subscriptions, digest delivery (backlog, oldest unsent change, paused and throttled workspaces) and the
    database's size. `now` (default: the current time) is what the oldest unsent change's age is taken from."""
    now = now or datetime.now(UTC)
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
        "delivery": delivery_status(db, team_id, now),
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


def delivery_status(db: sqlite_utils.Database, team_id: str | None, now: datetime) -> Row:
    """The digest backlog (pending outbox rows, open digests), the oldest unsent change and its age in
    seconds, and the paused and throttled workspaces: one workspace's, or every one's when team_id is None."""
    scope = [team_id, team_id]
    pending = _count(
        db, "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND (? IS NULL OR team_id = ?)", scope
    )
    open_digests = _count(
        db,
        "SELECT count(*) FROM digests WHERE sent_at IS NULL AND abandoned_at IS NULL "
        "AND (? IS NULL OR team_id = ?)",
        scope,
    )
    oldest = db.execute(
        "SELECT seq, at FROM changes WHERE seq = (SELECT min(change_seq) FROM outbox "
        "WHERE sent_at IS NULL AND (? IS NULL OR team_id = ?))",
        scope,
    ).fetchone()
    oldest_unsent = None
    if oldest:
        at = datetime.fromisoformat(oldest[1])
        age = (now - (at if at.tzinfo else at.replace(tzinfo=UTC))).total_seconds()
        oldest_unsent = {"seq": oldest[0], "at": oldest[1], "age_seconds": max(0, int(age))}
    return {
        "pending_outbox": pending,
        "open_digests": open_digests,
        "oldest_unsent": oldest_unsent,
        "paused_workspaces": paused_workspaces(db, team_id),
        "throttled_workspaces": [
            t for t in throttled_workspaces(db, now) if team_id is None or t["team_id"] == team_id
        ],
    }


def paused_workspaces(db: sqlite_utils.Database, team_id: str | None) -> list[Row]:
    """Workspaces every one of whose subscriptions is paused (the app was removed, its token refused): since
    when, why, and how many subscriptions wait."""
    return list(
        db.query(
            "SELECT team_id, min(paused_at) AS paused_at, max(paused_reason) AS paused_reason, "
            "count(*) AS subscriptions FROM subscriptions WHERE (? IS NULL OR team_id = ?) "
            "GROUP BY team_id HAVING count(paused_at) = count(*) ORDER BY team_id",
            [team_id, team_id],
        )
    )

"""Reads for the admin `stats` command: what the store holds, and how loads, feeds and subscriptions fare."""

from __future__ import annotations

from typing import Any

import sqlite_utils

Row = dict[str, Any]

FEED_COLUMNS = ("url", "last_polled_at", "last_status", "last_error", "failures")
SUBSCRIPTION_COLUMNS = ("channel_id", "paused_at", "paused_reason")


def _count(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> int:
    return int(db.execute(sql, params or []).fetchone()[0])


def _columns(db: sqlite_utils.Database, table: str, wanted: tuple[str, ...]) -> list[str]:
    """The wanted columns the table really has ([] when the table does not exist)."""
    if not db[table].exists():
        return []
    have = set(db[table].columns_dict)
    return [c for c in wanted if c in have]


def store_stats(db: sqlite_utils.Database) -> Row:
    """Counts, the newest report, the last load, each feed's last poll, paused subscriptions and size."""
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
        "paused_subscriptions": paused_subscriptions(db),
        "database_bytes": int(page_count) * int(page_size),
    }


def feed_status(db: sqlite_utils.Database) -> list[Row] | None:
    """Each feed's last poll and outcome; None when there is no feeds table yet."""
    cols = _columns(db, "feeds", FEED_COLUMNS)
    if "url" not in cols:
        return None
    select = ", ".join(f'"{c}"' for c in cols)
    rows = db.query(f"SELECT {select} FROM feeds ORDER BY url")  # noqa: S608 - column names come from FEED_COLUMNS
    return [{c: r.get(c) for c in FEED_COLUMNS} for r in rows]


def paused_subscriptions(db: sqlite_utils.Database) -> list[Row] | None:
    """Subscriptions paused (e.g. the bot was removed from the channel); None without the table."""
    cols = _columns(db, "subscriptions", SUBSCRIPTION_COLUMNS)
    if "paused_at" not in cols:
        return None
    select = ", ".join(f'"{c}"' for c in cols)
    rows = db.query(
        f"SELECT {select} FROM subscriptions WHERE paused_at IS NOT NULL AND paused_at != '' "  # noqa: S608 - fixed names
        "ORDER BY paused_at DESC"
    )
    return [{c: r.get(c) for c in SUBSCRIPTION_COLUMNS} for r in rows]

"""The change log: every write people may want to hear about appends one row, in the writer's transaction.

The sequence (`changes.seq`) is the store's own order. SQLite lets one writer at a time hold the database,
so a change with a higher sequence always committed later: a subscription that has been planned up to
sequence N has seen every change that can ever have a sequence at or below N. No clock decides what is new.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

Row = dict[str, Any]

# Kinds of change, and the topic a subscription filter names for each.
TOPIC_OF = {
    "report": "reports",
    "grades": "grades",
    "regrade": "grades",
    "ungrade": "grades",
    "engage": "engage",
}
TOPICS = ("reports", "grades", "engage")
# Changes from seeding the shipped dataset are history, never news.
QUIET_ORIGINS = ("dataset",)


def record_change(
    db: sqlite_utils.Database,
    kind: str,
    *,
    at: str,
    origin: str,
    body_id: str | None,
    report_id: int | None = None,
    area: str | None = None,
    before: str | None = None,
    after: str | None = None,
    on_date: str | None = None,
    source: str = "",
    changed_by: str = "",
) -> int:
    """Append one change (call inside the writer's transaction); return its sequence number."""
    cur = db.execute(
        "INSERT INTO changes (at, origin, kind, topic, body_id, report_id, area, before, after, on_date, "
        "source, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            at,
            origin,
            kind,
            TOPIC_OF[kind],
            body_id,
            report_id,
            area,
            before,
            after,
            on_date,
            source,
            changed_by,
        ],
    )
    return int(cur.lastrowid or 0)


def head(db: sqlite_utils.Database) -> int:
    """The sequence of the newest change (0 for an empty log)."""
    return int(db.execute("SELECT COALESCE(max(seq), 0) FROM changes").fetchone()[0])


def changes_after(db: sqlite_utils.Database, seq: int, limit: int = 1000) -> list[Row]:
    """Changes newer than `seq`, oldest first (for tests and tools)."""
    return list(db.query("SELECT * FROM changes WHERE seq > ? ORDER BY seq LIMIT ?", [seq, limit]))

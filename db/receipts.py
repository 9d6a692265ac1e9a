"""Slack event receipts: record each event once, on receipt, so a retry or a second copy is answered once."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlite_utils

KEEP_FOR = timedelta(days=2)  # Slack retries within minutes; two days is plenty


def record_event(db: sqlite_utils.Database, key: str, event_id: str, now: datetime) -> bool:
    """Record an event key; True when it is new (answer it), False when it was already received."""
    with db.atomic():
        cursor = db.execute(
            "INSERT OR IGNORE INTO event_receipts (key, event_id, received_at) VALUES (?, ?, ?)",
            [key, event_id, now.isoformat(timespec="seconds")],
        )
        fresh = cursor.rowcount == 1
        if fresh:
            db.execute(
                "DELETE FROM event_receipts WHERE received_at < ?",
                [(now - KEEP_FOR).isoformat(timespec="seconds")],
            )
    return fresh

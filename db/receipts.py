"""Slack event receipts: record each event once, on receipt, so a retry or a second copy is answered once."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta

import sqlite_utils

KEEP_FOR = timedelta(days=2)  # Slack retries within minutes; two days is plenty
LOCKED_ATTEMPTS = 3  # each waits out the busy timeout: a load or backup holding the lock is waited out


def record_event(db: sqlite_utils.Database, key: str, event_id: str, now: datetime) -> bool:
    """Record an event key; True when it is new (answer it), False when it was already received.

    Slack has had its 200 by now, so a receipt must not be lost to a write lock: a locked store is tried
    again (each attempt waits out the busy timeout) before the lock error is raised."""
    for attempt in range(1, LOCKED_ATTEMPTS + 1):
        try:
            return _record(db, key, event_id, now)
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or attempt == LOCKED_ATTEMPTS:
                raise
            time.sleep(0.1)
    raise AssertionError("unreachable")


def _record(db: sqlite_utils.Database, key: str, event_id: str, now: datetime) -> bool:
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

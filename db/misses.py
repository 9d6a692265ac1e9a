"""Questions a workspace's people asked that the bot missed: answered "I can't answer that", or marked *Not
what I asked*. Kept per workspace for 30 days (the latest mark per person and message), for its admins only."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlite_utils

KEEP = timedelta(days=30)
KINDS = ("cant_answer", "not_what_i_asked")
MAX_QUESTION = 500


def record_miss(
    db: sqlite_utils.Database,
    *,
    team_id: str,
    user_id: str,
    channel: str,
    message_ts: str,
    kind: str,
    question: str,
    now: datetime,
) -> None:
    """Keep one miss; a second mark by the same person on the same message replaces the first."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    with db.atomic():
        db.execute(
            "INSERT INTO misses (team_id, user_id, channel, message_ts, kind, question, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, user_id, channel, message_ts) DO UPDATE SET "
            "kind = excluded.kind, question = excluded.question, at = excluded.at",
            [team_id, user_id, channel, message_ts, kind, question[:MAX_QUESTION], now.isoformat(timespec="seconds")],
        )  # fmt: skip
        # pruned as it goes: nothing older than 30 days is kept
        db.execute(
            "DELETE FROM misses WHERE team_id = ? AND at < ?",
            [team_id, (now - KEEP).isoformat(timespec="seconds")],
        )


def recent_misses(db: sqlite_utils.Database, team_id: str, now: datetime, limit: int = 20) -> list[dict]:
    """This workspace's misses of the last 30 days, newest first: kind, question, when (never who)."""
    return list(
        db.query(
            "SELECT kind, question, at FROM misses WHERE team_id = ? AND at >= ? ORDER BY at DESC LIMIT ?",
            [team_id, (now - KEEP).isoformat(timespec="seconds"), limit],
        )
    )


def count_misses(db: sqlite_utils.Database, team_id: str, now: datetime) -> int:
    """How many misses this workspace has of the last 30 days."""
    row = db.execute(
        "SELECT count(*) FROM misses WHERE team_id = ? AND at >= ?",
        [team_id, (now - KEEP).isoformat(timespec="seconds")],
    ).fetchone()
    return int(row[0])


def prune_misses(db: sqlite_utils.Database, now: datetime) -> int:
    """Drop every workspace's misses older than 30 days; how many."""
    with db.atomic():
        cursor = db.execute("DELETE FROM misses WHERE at < ?", [(now - KEEP).isoformat(timespec="seconds")])
    return cursor.rowcount

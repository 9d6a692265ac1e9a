"""Each conversation's last question (a mention thread, a DM, a DM thread), keyed by workspace, channel and
thread, so follow-ups carry on across restarts and workers and never cross into another conversation."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

Key = tuple[str, str, str]  # team id, channel id, thread ts ('' for a DM's main conversation)


def last_questions(db: sqlite_utils.Database, key: Key, *, since: datetime) -> tuple[str | None, str | None]:
    """The conversation's last question and the one before it (None for either not held), unless it has been
    quiet since before `since`: one read."""
    row = db.execute(
        "SELECT question, earlier FROM conversations WHERE team_id = ? AND channel = ? AND thread = ? "
        "AND updated_at >= ?",
        [*key, since.isoformat(timespec="seconds")],
    ).fetchone()
    return (row[0], row[1] or None) if row else (None, None)


def speaker_of(db: sqlite_utils.Database, key: Key, *, since: datetime) -> str:
    """The id of the body the conversation's asker speaks for, '' when none was said or it has gone quiet."""
    row = db.execute(
        "SELECT speaker FROM conversations WHERE team_id = ? AND channel = ? AND thread = ? AND updated_at >= ?",
        [*key, since.isoformat(timespec="seconds")],
    ).fetchone()
    return row[0] if row else ""


def last_question(db: sqlite_utils.Database, key: Key, *, since: datetime) -> str | None:
    """The conversation's last question, unless it has been quiet since before `since`."""
    return last_questions(db, key, since=since)[0]


def remember_question(
    db: sqlite_utils.Database, key: Key, question: str, now: datetime, *, speaker: str = ""
) -> None:
    """Keep the conversation's last question, and the one before it when it changes, and who the asker speaks
    for when `speaker` says it (one short write)."""
    with db.atomic():
        db.execute(
            "INSERT INTO conversations (team_id, channel, thread, question, updated_at, speaker) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, channel, thread) DO UPDATE SET "
            "earlier = CASE WHEN conversations.question = excluded.question THEN conversations.earlier "
            "ELSE conversations.question END, question = excluded.question, updated_at = excluded.updated_at, "
            "speaker = CASE WHEN excluded.speaker = '' THEN conversations.speaker ELSE excluded.speaker END",
            [*key, question[:500], now.isoformat(timespec="seconds"), speaker],
        )


def forget_quiet(db: sqlite_utils.Database, before: datetime) -> int:
    """Drop conversations untouched since `before`; how many."""
    with db.atomic():
        cursor = db.execute(
            "DELETE FROM conversations WHERE updated_at < ?", [before.isoformat(timespec="seconds")]
        )
    return cursor.rowcount

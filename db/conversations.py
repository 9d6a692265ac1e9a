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


def people_of(db: sqlite_utils.Database, key: Key, *, since: datetime) -> tuple[str, tuple[str, ...]]:
    """(the id of the body the conversation's asker speaks for, '' when none was said; the ids of the bodies it
    was last about, newest first), both empty when it has gone quiet."""
    row = db.execute(
        "SELECT speaker, recent FROM conversations WHERE team_id = ? AND channel = ? AND thread = ? "
        "AND updated_at >= ?",
        [*key, since.isoformat(timespec="seconds")],
    ).fetchone()
    return (row[0], tuple(row[1].split())) if row else ("", ())


def last_question(db: sqlite_utils.Database, key: Key, *, since: datetime) -> str | None:
    """The conversation's last question, unless it has been quiet since before `since`."""
    return last_questions(db, key, since=since)[0]


def remember_question(
    db: sqlite_utils.Database,
    key: Key,
    question: str,
    now: datetime,
    *,
    speaker: str = "",
    recent: tuple[str, ...] = (),
) -> None:
    """Keep the conversation's last question, and the one before it when it changes; who the asker speaks for
    when `speaker` says it; the bodies it was last about when `recent` names them (one short write)."""
    with db.atomic():
        db.execute(
            "INSERT INTO conversations (team_id, channel, thread, question, updated_at, speaker, recent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, channel, thread) DO UPDATE SET "
            "earlier = CASE WHEN conversations.question = excluded.question THEN conversations.earlier "
            "ELSE conversations.question END, question = excluded.question, updated_at = excluded.updated_at, "
            "speaker = CASE WHEN excluded.speaker = '' THEN conversations.speaker ELSE excluded.speaker END, "
            "recent = CASE WHEN excluded.recent = '' THEN conversations.recent ELSE excluded.recent END",
            [*key, question[:500], now.isoformat(timespec="seconds"), speaker, " ".join(recent)],
        )


def forget_quiet(db: sqlite_utils.Database, before: datetime) -> int:
    """Drop conversations untouched since `before`; how many."""
    with db.atomic():
        cursor = db.execute(
            "DELETE FROM conversations WHERE updated_at < ?", [before.isoformat(timespec="seconds")]
        )
    return cursor.rowcount

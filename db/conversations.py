"""Each conversation's last question (a mention thread, a DM, a DM thread), keyed by workspace, channel and
thread, so follow-ups carry on across restarts and workers and never cross into another conversation."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

import sqlite_utils

Key = tuple[str, str, str]  # team id, channel id, thread ts ('' for a DM's main conversation)


class Held(NamedTuple):
    """What a conversation holds: its last question and the one before it (None when not held), the id of the
    body its asker said they speak for ('' when none), and the ids of the bodies it was last about, newest
    first."""

    question: str | None = None
    earlier: str | None = None
    speaker: str = ""
    recent: tuple[str, ...] = ()


def held(db: sqlite_utils.Database, key: Key, *, since: datetime) -> Held:
    """All the conversation holds, unless it has been quiet since before `since` (then nothing): one read."""
    row = db.execute(
        "SELECT question, earlier, speaker, recent FROM conversations WHERE team_id = ? AND channel = ? "
        "AND thread = ? AND updated_at >= ?",
        [*key, since.isoformat(timespec="seconds")],
    ).fetchone()
    return Held(row[0], row[1] or None, row[2], tuple(row[3].split())) if row else Held()


def last_question(db: sqlite_utils.Database, key: Key, *, since: datetime) -> str | None:
    """The conversation's last question, unless it has been quiet since before `since`."""
    return held(db, key, since=since).question


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

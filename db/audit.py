"""The admin audit trail: every admin command, allowed or refused, with who, when, what and the outcome."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlite_utils

MAX_COMMAND_CHARS = 4000
MAX_OUTCOME_CHARS = 1000


def record_action(
    db: sqlite_utils.Database,
    *,
    team_id: str,
    user_id: str,
    command: str,
    outcome: str,
    now: datetime | None = None,
) -> None:
    """Append one row to the audit trail (text stored as given, cut to a sane length)."""
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with db.atomic():
        db.execute(
            "INSERT INTO audit (team_id, user_id, at, command, outcome) VALUES (?, ?, ?, ?, ?)",
            [team_id or "", user_id or "", stamp, command[:MAX_COMMAND_CHARS], outcome[:MAX_OUTCOME_CHARS]],
        )


def recent_actions(db: sqlite_utils.Database, team_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """The last `limit` audited admin actions in one workspace, newest first."""
    return list(
        db.query(
            "SELECT * FROM audit WHERE team_id = ? ORDER BY id DESC LIMIT ?",
            [team_id or "", max(0, int(limit))],
        )
    )

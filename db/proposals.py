"""Grades the reader proposed from a published text: stored when read, marked saved when an admin saves them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

ORIGINS = ("command", "shortcut", "feed", "button")
MAX_PAYLOAD_CHARS = 200_000


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="seconds")


def add_proposal(
    db: sqlite_utils.Database,
    payload: dict[str, Any],
    *,
    origin: str,
    team_id: str = "",
    created_by: str = "",
    now: datetime | None = None,
) -> int:
    """Store one proposal (its `body`, `framework`, `round` and `source` are read from the payload); its id."""
    if origin not in ORIGINS:
        raise ValueError(f"unknown proposal origin {origin!r}")
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValueError("the proposal is too large to keep")
    with db.atomic():
        cur = db.execute(
            "INSERT INTO proposals (team_id, body_id, framework, round, source_url, payload, origin, "
            "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                team_id or "",
                payload.get("body"),
                payload.get("framework"),
                payload.get("round"),
                payload.get("source") or "",
                text,
                origin,
                created_by or "",
                _stamp(now),
            ],
        )
    return int(cur.lastrowid or 0)


def get_proposal(db: sqlite_utils.Database, proposal_id: int) -> dict[str, Any] | None:
    """One stored proposal with its payload decoded, or None."""
    row = next(db.query("SELECT * FROM proposals WHERE id = ?", [proposal_id]), None)
    if row is None:
        return None
    return {**row, "payload": json.loads(row["payload"])}


def mark_proposal_saved(
    db: sqlite_utils.Database, proposal_id: int, *, saved_by: str, now: datetime | None = None
) -> bool:
    """Record that an admin saved the grades a proposal led to; False if there is no such proposal."""
    with db.atomic():
        cur = db.execute(
            "UPDATE proposals SET status = 'saved', saved_at = ?, saved_by = ? WHERE id = ?",
            [_stamp(now), saved_by, proposal_id],
        )
    return cur.rowcount == 1

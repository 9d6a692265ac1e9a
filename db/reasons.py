"""What the store holds behind a grade: the sentence each grade was taken from, Engage's recorded reasons,
and the causes of concern and areas for improvement an admin accepted from the reader's proposals."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

REASON_KINDS = ("cause_of_concern", "area_for_improvement")


def grade_evidence(db: sqlite_utils.Database, body_id: str, round_: str) -> list[dict]:
    """Each graded area of the body's report in that round: area, grade, the sentence and its source."""
    return list(
        db.query(
            "SELECT g.area, g.grade, g.source_url, g.evidence, r.report_url, r.framework FROM grades g "
            "JOIN reports r ON r.id = g.report_id WHERE r.body_id = ? AND r.round = ? ORDER BY g.area",
            [body_id, round_],
        )
    )


def engage_evidence(db: sqlite_utils.Database, body_id: str) -> list[dict]:
    """The body's Engage events, oldest first, each with its sentence and source."""
    return list(
        db.query(
            "SELECT event, date, source_url, evidence FROM monitoring WHERE body_id = ? ORDER BY date",
            [body_id],
        )
    )


def reasons_for(db: sqlite_utils.Database, body_id: str, round_: str) -> list[dict]:
    """The causes of concern and areas for improvement on record for the body's report in that round."""
    return list(
        db.query(
            "SELECT kind, area, sentence, source_url FROM reasons WHERE body_id = ? AND round = ? "
            "ORDER BY kind, id",
            [body_id, round_],
        )
    )


def add_reason(
    db: sqlite_utils.Database,
    *,
    body_id: str,
    framework: str,
    round_: str,
    kind: str,
    sentence: str,
    source_url: str,
    added_by: str,
    now: datetime,
    area: str = "",
) -> bool:
    """Keep one reason an admin accepted; False when it was already on record."""
    if kind not in REASON_KINDS:
        raise ValueError(f"kind must be one of {REASON_KINDS}")
    with db.atomic():
        cursor = db.execute(
            "INSERT OR IGNORE INTO reasons (body_id, framework, round, kind, area, sentence, source_url, "
            "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [body_id, framework, round_, kind, area, sentence, source_url, now.isoformat(timespec="seconds"),
             added_by],
        )  # fmt: skip
    return bool(cursor.rowcount)


def counterparts(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
    """(force id, fire service id or '', note): which fire services cover each force's area."""
    return [tuple(r) for r in db.execute("SELECT force_id, fire_service_id, note FROM force_fire_services")]

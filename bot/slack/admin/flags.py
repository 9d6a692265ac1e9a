"""'This looks wrong': the reader's form, storing a flag, the admins' alert, list and resolution."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.vocab import framework_label, round_label
from bot.slack.blocks.common import Message
from bot.slack.blocks.flags import FlagView, flag_subject, render_flag_alert, render_flags
from bot.slack.blocks.forms import (
    HOW_BLOCK,
    LINK_BLOCK,
    NOTE_BLOCK,
    FlagTarget,
    View,
    render_flag_form,
    render_resolve_form,
    submitted_values,
)
from db.flags import add_flag, flags_since, get_flag, list_flags
from db.grade_entry import is_https_url

_FIELDS = ("framework", "round", "body_id", "area", "grade")
MAX_FLAGS_PER_HOUR = 10


def parse_flag_value(value: str) -> dict[str, str] | None:
    """The grade a ⋯ menu item points at (see bot.slack.blocks.grade.flag_value), or None."""
    parts = value.split("|")
    if len(parts) != len(_FIELDS) or not all(parts[:4]):
        return None
    return dict(zip(_FIELDS, parts, strict=True))


def flag_form_view(db: sqlite_utils.Database, value: str) -> View | None:
    """The reader's form for the grade the menu item names; None if that grade is not one we know."""
    target = parse_flag_value(value)
    if target is None:
        return None
    snap = snapshot(db)
    body = snap.bodies.get(target["body_id"])
    areas = snap.areas.get((target["framework"], target["round"]), [])
    area = next((a for a in areas if a["area"] == target["area"]), None)
    if body is None or area is None:
        return None
    shown = FlagTarget(
        body.name,
        f"{framework_label(target['framework'])} {round_label(target['round'])}",
        area["name"],
        target["grade"],
        json.dumps(target, separators=(",", ":")),
    )
    return render_flag_form(shown)


def flag_view(row: dict[str, Any]) -> FlagView:
    """A stored flag as plain data for the renderers."""
    return FlagView(
        id=row["id"],
        user_id=row["user_id"],
        created_at=row["created_at"],
        body_name=row.get("body_name") or row["body_id"],
        framework=row["framework"],
        round=row["round"],
        area_name=row.get("area_name") or row["area"],
        grade_shown=row["grade_shown"],
        note=row["note"],
        link=row["link"],
        resolved_at=row.get("resolved_at") or "",
        resolved_by=row.get("resolved_by") or "",
        resolution=row.get("resolution") or "",
    )


@dataclass
class FlagSubmission:
    """Field errors (nothing stored), or the stored flag's alert for the admins' channel."""

    errors: dict[str, str] = field(default_factory=dict)
    alert: Message | None = None


def submit_flag(
    db: sqlite_utils.Database, *, team_id: str, user_id: str, view: dict[str, Any]
) -> FlagSubmission:
    """Check and store a reader's flag."""
    try:
        target = json.loads(view.get("private_metadata") or "")
    except json.JSONDecodeError:
        target = None
    if not isinstance(target, dict) or set(target) != set(_FIELDS):
        return FlagSubmission(
            {NOTE_BLOCK: "This form can't be read any more; open it again from the answer."}
        )
    values = submitted_values(view)
    note, link = values.get(NOTE_BLOCK, ""), values.get(LINK_BLOCK, "")
    errors = {}
    if not note:
        errors[NOTE_BLOCK] = "Say what looks wrong, e.g. “The report says Good, not Adequate.”"
    if link and not is_https_url(link):
        errors[LINK_BLOCK] = "The source must be a full https:// link."
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    if not errors and flags_since(db, team_id, user_id, hour_ago) >= MAX_FLAGS_PER_HOUR:
        errors[NOTE_BLOCK] = (
            f"You've sent {MAX_FLAGS_PER_HOUR} flags in the last hour; the admins have them. "
            "Please try again later."
        )
    if errors:
        return FlagSubmission(errors)
    flag_id = add_flag(
        db,
        team_id=team_id,
        user_id=user_id,
        body_id=str(target["body_id"]),
        framework=str(target["framework"]),
        round_=str(target["round"]),
        area=str(target["area"]),
        grade_shown=str(target["grade"]),
        note=note,
        link=link,
    )
    row = get_flag(db, flag_id)
    return FlagSubmission(alert=render_flag_alert(flag_view(row)) if row else None)


def flags_reply(db: sqlite_utils.Database, team_id: str, *, include_resolved: bool) -> Message:
    """The admins' list of flags."""
    rows = list_flags(db, team_id, include_resolved=include_resolved)
    return render_flags([flag_view(r) for r in rows], include_resolved=include_resolved)


def resolve_form_view(db: sqlite_utils.Database, team_id: str, flag_id: int) -> View | None:
    """The admin's 'how was it resolved' form for an open flag of this workspace, or None."""
    row = get_flag(db, flag_id)
    if row is None or row["team_id"] != (team_id or "") or row["resolved_at"]:
        return None
    return render_resolve_form(f"*#{flag_id}* · {flag_subject(flag_view(row))}", json.dumps({"id": flag_id}))


def resolution_from(view: dict[str, Any]) -> tuple[int | None, str]:
    """The flag id and the admin's words from a submitted resolve form."""
    try:
        flag_id = int(json.loads(view.get("private_metadata") or "{}").get("id"))
    except (TypeError, ValueError, AttributeError, json.JSONDecodeError):
        flag_id = None
    return flag_id, submitted_values(view).get(HOW_BLOCK, "")

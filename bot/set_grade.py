"""`inspections-bot set-grade BODY ROUND AREA GRADE --source URL --evidence TEXT`: one grade from the shell,
through the same path as the admins' form in Slack (db.grade_entry, then the loader)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from bot.config import Settings

if (
    TYPE_CHECKING
):  # the parser imports this module for every command: keep sqlite-utils off `ask`'s cold start
    import sqlite_utils

NOT_RECORDED_WORDS = {"none", "not-recorded", "not recorded", "unknown", "blank"}


def _grade(text: str) -> str | None:
    """'good', 'Requires-improvement' -> the grade as HMICFRS writes it; 'none' -> not recorded."""
    from db.grade_entry import SheetError
    from db.load import GRADES

    key = text.strip().lower().replace("-", " ").replace("_", " ")
    if key in NOT_RECORDED_WORDS:
        return None
    for grade in GRADES:
        if grade.lower() == key:
            return grade
    raise SheetError(f"{text!r} is not a grade; use one of {', '.join(GRADES)} or 'none'")


def set_grade(
    db: sqlite_utils.Database, body: str, round_: str, area: str, grade: str, *, source: str, evidence: str
) -> list[str]:
    """Record one grade and return what changed, line by line (raises SheetError, EditRejected, LoadError)."""
    from bot.questions.answers import snapshot
    from db.grade_entry import GradeEdit, SheetError, grade_sheet, save_edit

    found = snapshot(db).resolve(body)
    if found.body is None:
        maybe = ", ".join(b.id for b in found.suggestions)
        raise SheetError(
            f"no force or fire service called {body!r}" + (f"; did you mean {maybe}?" if maybe else "")
        )
    sheet = grade_sheet(db, found.body.id, None if round_ == "latest" else round_)
    wanted = area.strip().lower()
    match = next((a for a in sheet.areas if wanted in (a.area, a.name.lower())), None)
    if match is None:
        raise SheetError(
            f"{sheet.round} has no area {area!r}; areas: {', '.join(a.area for a in sheet.areas)}"
        )
    edit = GradeEdit({match.area: _grade(grade)}, source=source, evidence=evidence)
    result = save_edit(db, sheet.body_id, sheet.round, edit, by="command line")
    return [result.summary(), *(f"  {line}" for line in result.details())]


def cmd_set_grade(settings: Settings, args: argparse.Namespace) -> int:
    import sys

    from db.grade_entry import EditRejected, LoadError, SheetError
    from db.store import prepare

    with prepare(settings.database_path).connect() as db:
        try:
            lines = set_grade(
                db, args.body, args.round, args.area, args.grade, source=args.source, evidence=args.evidence
            )
        except (SheetError, EditRejected, LoadError) as e:
            print(f"Nothing was changed: {e}", file=sys.stderr)
            return 1
    print("\n".join(lines))
    return 0


def add_parser(sub: Any) -> None:
    """Add `set-grade` to the command line's subcommands."""
    p = sub.add_parser("set-grade", help="record one grade from a report, with its source and a quote")
    p.add_argument("body", help="force or fire service: its id or a name, e.g. kent")
    p.add_argument("round", help="inspection round, e.g. 2023-25, or 'latest'")
    p.add_argument("area", help="area id or name, e.g. responding")
    p.add_argument("grade", help="Outstanding, Good, Adequate, requires-improvement, Inadequate, or none")
    p.add_argument("--source", required=True, help="https link to the report or page that states the grade")
    p.add_argument("--evidence", required=True, help="the sentence of the report that states it")
    p.set_defaults(run=cmd_set_grade)

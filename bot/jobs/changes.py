"""What a digest says about each change: change-log rows in, plain digest items out (grouped by body).

A new report carries its grades when the store has them, so grades recorded or changed for a report that
is new in the same digest are folded into it rather than announced twice. Grades recorded for a report
announced earlier become one "grades now recorded" item; grade changes become one regrade item per report,
area by area; each enhanced-monitoring event is its own item.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from bot.questions.answers import GradeAnswer, directory, grade_answer
from bot.questions.answers.snapshot import snapshot
from bot.questions.vocab import report_title
from bot.slack.blocks.digest import DigestItem, GradeChangeLine, GradeLine

Row = dict

ORDER = {"report": 0, "grades": 1, "regrade": 2, "engage": 3}


def _kind(row: Row) -> str:
    if row["report_kind"]:
        return str(row["report_kind"])
    return "peel" if row["framework"] == "peel" else "fire" if row["framework"] == "frs" else "publication"


def _graded(row: Row) -> bool:
    return bool(row["framework"] and row["round"] and row["body_id"])


def _title(row: Row) -> str:
    title = row["title"] or (
        report_title(row["framework"], row["round"], row["body_name"] or "") if _graded(row) else ""
    )
    return str(title or row["report_url"] or "Untitled report")


def _report_item(db: sqlite_utils.Database, row: Row, change: str) -> DigestItem:
    """A report as a digest shows it, with the grades the store has now (never guessed)."""
    grades: tuple[GradeLine, ...] = ()
    previous_round = None
    body = directory(db).by_id(row["body_id"]) if row["body_id"] else None
    if _graded(row) and body is not None:
        answer = grade_answer(db, body, row["round"])
        if isinstance(answer, GradeAnswer) and answer.report.round == row["round"]:
            grades = tuple(
                GradeLine(a.name, a.grade, a.movement, a.previous) for a in answer.areas if a.grade
            )
            previous_round = answer.previous.round if answer.previous and grades else None
    return DigestItem(
        report_id=row["report_id"],
        title=_title(row),
        url=row["report_url"] or "",
        published=row["published"] or "",
        body_name=row["body_name"] or "",
        kind=_kind(row),
        graded=_graded(row),
        grades=grades,
        previous_round=previous_round,
        change=change,
    )


def _area_name(db: sqlite_utils.Database, row: Row) -> str:
    for area in snapshot(db).areas.get((row["framework"], row["round"]), []):
        if area["area"] == row["area"]:
            return str(area["name"])
    return str(row["area"])


def items_for_changes(db: sqlite_utils.Database, rows: Sequence[Row]) -> list[DigestItem]:
    """Digest items for a digest's changes (oldest first), grouped by body, new reports first within one."""
    new_reports = {r["report_id"] for r in rows if r["kind"] == "report"}
    items: list[DigestItem] = []
    graded_later: dict[int, Row] = {}
    regraded: dict[int, list[Row]] = {}
    for r in rows:
        if r["kind"] == "report":
            items.append(_report_item(db, r, "report"))
        elif r["kind"] == "grades" and r["report_id"] not in new_reports:
            graded_later.setdefault(r["report_id"], r)
        elif r["kind"] in ("regrade", "ungrade") and r["report_id"] not in new_reports:
            regraded.setdefault(r["report_id"], []).append(r)
        elif r["kind"] == "engage":
            items.append(
                DigestItem(
                    report_id=None,
                    title="",
                    url="",
                    published="",
                    body_name=r["body_name"] or "",
                    kind=r["body_kind"] or "publication",
                    change="engage",
                    event=r["after"] or "",
                    event_date=r["on_date"] or "",
                    source=r["source"] or "",
                )
            )
    items += [_report_item(db, r, "grades") for r in graded_later.values()]
    for changes in regraded.values():
        first = changes[0]
        lines = tuple(
            GradeChangeLine(_area_name(db, c), c["before"], c["after"], c["source"]) for c in changes
        )
        items.append(_regrade_item(first, lines))
    return sorted(items, key=_group_key)


def _regrade_item(row: Row, lines: tuple[GradeChangeLine, ...]) -> DigestItem:
    return DigestItem(
        report_id=row["report_id"],
        title=_title(row),
        url=row["report_url"] or "",
        published=row["published"] or "",
        body_name=row["body_name"] or "",
        kind=_kind(row),
        graded=True,
        change="regrade",
        regrades=lines,
    )


def _group_key(item: DigestItem) -> tuple:
    """Bodies in name order (publications about no one body last), then kind of change, newest first."""
    published = item.published or item.event_date
    return (
        item.body_name == "",
        item.body_name,
        ORDER[item.change],
        _negated(published),
        item.report_id or 0,
    )


def _negated(text: str) -> tuple[int, ...]:
    """Sorts dates like '2024-08-08' newest first."""
    return tuple(-ord(ch) for ch in text)

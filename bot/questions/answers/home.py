"""The App Home summary, what changed lately, and questions worth suggesting: all from what the store holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlite_utils

from bot.questions.answers.monitoring import monitoring_answer
from bot.questions.answers.recent import RecentRow, recent_answer
from bot.questions.answers.snapshot import Snapshot
from bot.questions.kinds import RecentQuestion
from bot.questions.vocab import report_title
from db.dashboard import changes_since

CHANGE_DAYS = 30
MAX_CHANGES = 10


@dataclass(frozen=True)
class EngageNow:
    """A body in enhanced monitoring today, since when (as published)."""

    name: str
    since: str


@dataclass(frozen=True)
class HomeSummary:
    """What the App Home shows: newest reports, who is in Engage, and how fresh the data is."""

    newest: tuple[RecentRow, ...]
    last_load: str
    bodies: int
    reports: int
    grades: int
    engage_now: tuple[EngageNow, ...] = ()


def home_summary(snap: Snapshot, today: date, limit: int = 5) -> HomeSummary:
    """The newest reports, who is in Engage on `today`, and the store's size and freshness."""
    newest = recent_answer(snap, RecentQuestion(limit=limit), date.min).rows
    engage = monitoring_answer(snap, None, None, today.isoformat()).current
    return HomeSummary(
        newest,
        snap.last_load,
        len(snap.bodies),
        sum(len(r) for r in snap.reports.values()),
        sum(len(g) for g in snap.grades.values()),
        tuple(EngageNow(body.name, period.entered[0]) for body, period in engage),
    )


# ---------------------------------------------------------------- what changed lately


@dataclass(frozen=True)
class Change:
    """One thing people would have heard about: a report, grades recorded, a regrade, an Engage event."""

    at: str  # when it entered the store (UTC ISO)
    kind: str  # report | grades | regrade | ungrade | engage
    body_name: str
    title: str  # the report's title ('' for Engage)
    url: str
    published: str = ""
    areas: int = 0  # grades recorded: how many areas
    area_name: str = ""  # regrade, ungrade
    before: str = ""
    after: str = ""  # the new grade; for Engage, entered_engage | left_engage
    on_date: str = ""  # Engage: the date the source gives


@dataclass(frozen=True)
class RecentChanges:
    """Changes since a day, newest first, at most a few; `total` counts every change row in the window."""

    since: str
    changes: tuple[Change, ...]
    total: int


def _title(row: dict) -> str:
    if row["title"]:
        return str(row["title"])
    if row["framework"] and row["round"] and row["body_name"]:
        return report_title(row["framework"], row["round"], row["body_name"])
    return str(row["report_url"] or "a report")


def _change(row: dict, areas: int = 0) -> Change:
    return Change(
        at=row["at"],
        kind=row["kind"],
        body_name=row["body_name"] or "",
        title="" if row["kind"] == "engage" else _title(row),
        url=row["report_url"] or "",
        published=row["published"] or "",
        areas=areas,
        area_name=row["area_name"] or row["area"] or "",
        before=row["before"] or "",
        after=row["after"] or "",
        on_date=row["on_date"] or "",
    )


def group_changes(rows: Sequence[dict], limit: int = MAX_CHANGES) -> tuple[Change, ...]:
    """Rows newest first -> changes: grades recorded for one report become one change with a count."""
    kept: list[dict] = []
    recorded: dict[int, int] = {}  # report id -> how many of its areas were graded
    for row in rows:
        report = row["report_id"]
        if row["kind"] == "grades" and report is not None:
            recorded[report] = recorded.get(report, 0) + 1
            if recorded[report] > 1:
                continue  # the report already has its place: the newest of its rows
        kept.append(row)
    return tuple(
        _change(r, recorded.get(r["report_id"], 0) if r["kind"] == "grades" else 0) for r in kept[:limit]
    )


def recent_changes(
    db: sqlite_utils.Database, now: datetime, days: int = CHANGE_DAYS, limit: int = MAX_CHANGES
) -> RecentChanges:
    """What changed in the store in the last `days` days (loads, the feed, forms), newest first."""
    since = (now - timedelta(days=days)).isoformat(timespec="seconds")
    rows, total = changes_since(db, since)
    return RecentChanges(since, group_changes(rows, limit), total)


# ---------------------------------------------------------------- suggested prompts


@dataclass(frozen=True)
class Prompt:
    """A question to offer: what the button says, and the words it sends."""

    title: str
    message: str


def _inadequate_area(snap: Snapshot) -> tuple[str, int]:
    """The police area most forces are graded inadequate at (each force's latest grade), and how many."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for body_id, reports in snap.reports.items():
        body = snap.bodies.get(body_id)
        if body is None or body.kind != "police":
            continue
        latest: dict[str, str] = {}
        for report in reports:  # oldest round first: later rounds overwrite
            for area, row in snap.grades.get(report["id"], {}).items():
                latest[area] = row["grade"]
        for area, grade in latest.items():
            counts[area] = counts.get(area, 0) + (grade == "Inadequate")
    for (framework, _round), areas in sorted(snap.areas.items()):
        if framework == "peel":
            names.update({a["area"]: a["name"] for a in areas})
    ranked = sorted((n, names[a]) for a, n in counts.items() if a in names)
    if not ranked:
        return "responding to the public", 0
    n, name = max(ranked, key=lambda x: x[0])
    return name[0].lower() + name[1:], n


def suggested_prompts(snap: Snapshot, today: date) -> tuple[Prompt, ...]:
    """Four questions the store answers today: the body with the newest report, Engage, the national
    picture, and the police area most forces are inadequate at (or need to improve at)."""
    prompts: list[Prompt] = []
    summary = home_summary(snap, today, limit=1)
    if summary.newest:
        name = summary.newest[0].body.name
        prompts.append(Prompt(f"How did {name} do?", f"grade {name.lower()}"))
    prompts.append(Prompt("Which forces are in Engage?", "which forces are in engage"))
    prompts.append(Prompt("Show me the national picture", "chart police"))
    area, inadequate = _inadequate_area(snap)
    if inadequate:
        prompts.append(Prompt(f"Who is inadequate at {area}?", f"which forces are inadequate at {area}"))
    else:
        prompts.append(Prompt(f"Who needs to improve at {area}?", f"which forces need to improve at {area}"))
    return tuple(prompts)

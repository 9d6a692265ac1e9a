"""Reports published in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import Snapshot
from bot.questions.dates import period_end
from bot.questions.kinds import RecentQuestion
from bot.questions.names import Body
from bot.questions.vocab import (
    format_date,
)


@dataclass(frozen=True)
class RecentRow:
    body: Body
    report: ReportRef


@dataclass(frozen=True)
class RecentAnswer:
    """Reports published in a period, or the latest N."""

    label: str
    rows: tuple[RecentRow, ...]
    matched: int
    undated: int
    newest: RecentRow | None = None
    count: bool = False


def _resolve_period(q: RecentQuestion, today: date) -> tuple[str | None, str | None, str]:
    from datetime import timedelta

    if q.period == "this_month":
        return today.replace(day=1).isoformat(), None, f"in {format_date(today.isoformat()[:7])} so far"
    if q.period == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1).isoformat(), end.isoformat(), f"in {format_date(end.isoformat()[:7])}"
    if q.period == "this_year":
        return f"{today.year}-01-01", None, f"in {today.year} so far"
    if q.period == "last_year":
        return f"{today.year - 1}-01-01", f"{today.year - 1}-12-31", f"in {today.year - 1}"
    if q.period == "this_week":
        start = today - timedelta(days=today.weekday())
        return start.isoformat(), None, f"since {format_date(start.isoformat())}"
    if q.period == "last_week":
        end = today - timedelta(days=today.weekday() + 1)
        start = end - timedelta(days=6)
        return (
            start.isoformat(),
            end.isoformat(),
            f"from {format_date(start.isoformat())} to {format_date(end.isoformat())}",
        )
    if q.period and q.period.startswith("days:"):
        days = int(q.period[5:])
        start = today - timedelta(days=days - 1)
        return start.isoformat(), None, f"in the last {days} day{'s' if days != 1 else ''}"
    if q.since and q.until:
        if q.until == period_end(q.since):
            return q.since, q.until, f"{'on' if len(q.since) == 10 else 'in'} {format_date(q.since)}"
        return q.since, q.until, f"from {format_date(q.since)} to {format_date(q.until)}"
    if q.since:
        return q.since, None, f"since {format_date(q.since)}"
    if q.until:
        return None, q.until, f"up to {format_date(q.until)}"
    return None, None, ""


def recent_answer(snap: Snapshot, q: RecentQuestion, today: date) -> RecentAnswer:
    """Reports by publication date, newest first; dates known only to the month or year are kept as such."""
    since, until, label = _resolve_period(q, today)
    all_rows, undated = _newest_first(snap)[q.kind or ""]
    rows = list(all_rows)
    newest = rows[0] if rows else None
    if since:
        rows = [r for r in rows if period_end(r.report.published) >= since]
    if until:
        rows = [r for r in rows if r.report.published <= until]
    matched = len(rows)
    if q.limit:
        rows = rows[: q.limit]
    return RecentAnswer(label, tuple(rows), matched, undated, newest, q.count)


def _newest_first(snap: Snapshot) -> dict[str, tuple[tuple[RecentRow, ...], int]]:
    """Every dated report newest first, and how many have no date, per kind ('' for all): built once."""

    def build(snap: Snapshot) -> dict[str, tuple[tuple[RecentRow, ...], int]]:
        out: dict[str, tuple[tuple[RecentRow, ...], int]] = {}
        for kind in ("", "police", "fire"):
            rows: list[RecentRow] = []
            undated = 0
            for body_id, reports in snap.reports.items():
                body = snap.bodies.get(body_id)
                if body is None or (kind and body.kind != kind):
                    continue
                for r in reports:
                    if not r["published"]:
                        undated += 1
                        continue
                    rows.append(RecentRow(body, report_ref(r)))
            rows.sort(key=lambda row: (row.report.published, row.body.name), reverse=True)
            out[kind] = (tuple(rows), undated)
        return out

    return snap.derived("newest_first", build)

"""The grades on record around a body's time in Engage: the report published when it went in (or just
before), and any published while it was in. Context for 'why was it put in engage', never HMICFRS's reason,
which its letters give. Pure."""

from __future__ import annotations

from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import Snapshot, count_statement, named_grades
from bot.questions.names import Body
from bot.questions.vocab import GRADES

NEAR_MONTHS = 3  # a report out this soon after the move in is the one it came with (Wiltshire, July 2022)
_BELOW_GOOD = ("Requires improvement", "Inadequate")


def _month_after(day: str, months: int) -> str:
    """'2022-06' plus 3 months -> '2022-09' (to the month, which is all some dates hold)."""
    year, month = int(day[:4]), int(day[5:7] or 1) if len(day) >= 7 else 12
    month += months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def reports_around(snap: Snapshot, body: Body, events: list[dict]) -> list[dict]:
    """The report out when the body first went into Engage (the latest published by then, or within
    NEAR_MONTHS after), then those published while it was in; oldest first."""
    entered = sorted(e["date"] for e in events if e["event"] == "entered_engage" and e["date"])
    if not entered:
        return []
    left = sorted(e["date"] for e in events if e["event"] == "left_engage" and e["date"])
    end = left[-1] if left and left[-1] >= entered[-1] else "9999"
    cutoff = _month_after(entered[0], NEAR_MONTHS)
    dated = [r for r in snap.reports.get(body.id, []) if r.get("published")]
    before = [r for r in dated if r["published"][:7] <= cutoff]
    during = [r for r in dated if cutoff < r["published"][:7] and r["published"][: len(end)] <= end]
    return sorted(before[-1:] + during, key=lambda r: r["published"])


def grades_summary(snap: Snapshot, report: dict) -> str:
    """'Inadequate: Responding to the public; Requires improvement: …' (the areas below good), the others
    counted; or HMICFRS's counts when the areas' grades are not recorded."""
    grades = named_grades(snap, report)
    if not grades:
        counts = count_statement(report)
        if not counts:
            return "no grade recorded here"
        said = ", ".join(f"{n} {g.lower()}" for g in GRADES if (n := counts.get(g)))
        return f"{said} (HMICFRS's counts; which areas is not recorded here)"
    parts = []
    for grade in reversed(_BELOW_GOOD):
        areas = [a for a, g in grades if g == grade]
        if areas:
            parts.append(f"{grade}: {'; '.join(areas)}")
    rest = sum(1 for _, g in grades if g not in _BELOW_GOOD)
    if rest:
        parts.append(f"{rest} other area{'s' if rest > 1 else ''} adequate or better")
    return " · ".join(parts)


def around(snap: Snapshot, body: Body, events: list[dict]) -> tuple[tuple[ReportRef, str], ...]:
    """(report, its grades in brief) for each report around the body's time in Engage."""
    return tuple((report_ref(r), grades_summary(snap, r)) for r in reports_around(snap, body, events))

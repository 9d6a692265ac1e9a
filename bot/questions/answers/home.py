"""The App Home summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.questions.answers.recent import RecentRow, recent_answer
from bot.questions.answers.snapshot import Snapshot
from bot.questions.kinds import RecentQuestion


@dataclass(frozen=True)
class HomeSummary:
    """What the App Home shows: newest reports and how fresh the data is."""

    newest: tuple[RecentRow, ...]
    last_load: str
    bodies: int
    reports: int
    grades: int


def home_summary(snap: Snapshot, limit: int = 5) -> HomeSummary:
    newest = recent_answer(snap, RecentQuestion(limit=limit), date.min).rows
    return HomeSummary(
        newest,
        snap.last_load,
        len(snap.bodies),
        sum(len(r) for r in snap.reports.values()),
        sum(len(g) for g in snap.grades.values()),
    )

"""What an Engage answer showed, for the follow-ups that pick from it: the bodies a list named, and one body's
most recent spell. Pure over the snapshot."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.questions.answers.monitoring import monitoring_answer

if TYPE_CHECKING:
    from bot.questions.answers.snapshot import Snapshot
    from bot.questions.kinds import MonitoringQuestion
    from bot.questions.names import Body


def in_engage(snap: Snapshot, question: MonitoringQuestion) -> list[str]:
    """The bodies an Engage list showed: today's spells first, then those that ended."""
    found = monitoring_answer(
        snap, None, question.kind, date.today().isoformat(), question.now, question.year,
        question.during, question.place, only_now=question.only_now,
    )  # fmt: skip
    return [b.id for b, _ in found.current + found.past]


def last_spell(snap: Snapshot, body: Body | None) -> tuple[str, str] | None:
    """The body's most recent spell in Engage: (the date it went in, the date it came out or '')."""
    if body is None:
        return None
    found = monitoring_answer(snap, body, body.kind, date.today().isoformat())
    spells = [p for b, p in found.current + found.past if b.id == body.id]
    return (spells[0].entered[0], spells[0].left[0] if spells[0].left else "") if spells else None

"""Bodies with a number of grades or more ('forces with three or more inadequate grades'): HMICFRS's count
statement for a report is the whole report and is used first; without one, the grades recorded here, and a
body whose missing grades could reach the number is named as possibly on the list, never guessed."""

from __future__ import annotations

from bot.questions.answers.model import report_ref
from bot.questions.answers.snapshot import Snapshot, core_missing, named_grades
from bot.questions.names import Body


def at_least_row(
    snap: Snapshot,
    body: Body,
    report: dict,
    statement: dict[str, int] | None,
    wanted: set[str],
    n: int,
) -> tuple[tuple | None, bool]:
    """(the row's fields (areas and grades matched, statement when it says more, how many), or None; whether
    the body may belong on the list, its missing grades being enough to reach `n`)."""
    matches = tuple((a, g) for a, g in named_grades(snap, report) if g in wanted)
    stated = sum(statement.get(g, 0) for g in wanted) if statement else None
    count = stated if stated is not None else len(matches)
    if count >= n:
        shown = statement if stated is not None and stated > len(matches) else None
        return (body, report_ref(report), matches, shown, count), False
    return None, stated is None and len(matches) + core_missing(snap, report) >= n

"""What is recorded here, report by report: every core grade, some, only HMICFRS's counts, or nothing."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import (
    FRAMEWORK_FOR_KIND,
    Snapshot,
    count_statement,
    named_grades,
    report_for,
    scope,
)
from bot.questions.names import Body
from bot.questions.recorded import RecordedQuestion


@dataclass(frozen=True)
class RecordedAnswer:
    """Bodies of a kind grouped by how much of their report (latest, or the round asked) is recorded."""

    kind: str
    round: str | None
    place: str | None
    considered: int
    complete: tuple[Body, ...]  # every core area's grade recorded
    partial: tuple[tuple[Body, int, int], ...]  # (body, core grades recorded, core areas)
    counts_only: tuple[Body, ...]  # no core area's grade, but HMICFRS's count statement
    nothing: tuple[Body, ...]  # no core area's grade and no count statement
    no_report: tuple[Body, ...]  # no report (for the round asked) recorded at all
    missing: int  # core grades not recorded, over every report considered
    rounds: tuple[tuple[str, int], ...] = ()
    asked: str = "missing"  # the group asked for (see RecordedQuestion)
    # asked 'reports': each body with a report of the round, and that report's recorded grades
    reports: tuple[tuple[Body, ReportRef, tuple[tuple[str, str], ...]], ...] = ()
    undated: tuple[Body, ...] = ()  # a report whose publication date is not recorded
    held: int = 0  # core grades recorded, over every report considered


def _newest_round(snap: Snapshot, kind: str) -> str | None:
    """The newest round of the kind's framework that the store knows the areas of."""
    framework = FRAMEWORK_FOR_KIND.get(kind)
    return max((r for f, r in snap.areas if f == framework), default=None)


def recorded_answer(snap: Snapshot, q: RecordedQuestion) -> RecordedAnswer:
    """Each body's report sorted into complete, partial, counts only and nothing recorded."""
    if q.asked == "reports" and q.round is None:
        q = replace(q, round=_newest_round(snap, q.kind))
    complete: list[Body] = []
    partial: list[tuple[Body, int, int]] = []
    counts_only: list[Body] = []
    nothing: list[Body] = []
    no_report: list[Body] = []
    rounds: dict[str, int] = {}
    missing = held = 0
    shown: list[tuple[Body, ReportRef, tuple[tuple[str, str], ...]]] = []
    undated: list[Body] = []
    bodies = scope(snap, q.kind, q.place)
    for body in bodies:
        report = report_for(snap, body, q.round)
        if report is None:
            no_report.append(body)
            continue
        rounds[report["round"]] = rounds.get(report["round"], 0) + 1
        if not report.get("published"):
            undated.append(body)
        shown.append((body, report_ref(report), tuple(named_grades(snap, report))))
        graded = snap.grades.get(report["id"], {})
        core = [a["area"] for a in snap.areas.get((report["framework"], report["round"]), []) if a["core"]]
        have = sum(1 for a in core if a in graded)
        # a report that graded fewer areas than the round's core (Isles of Scilly: no major incidents grade)
        # says so in HMICFRS's count statement; it is complete when every area it graded is recorded
        total = report.get("graded_total") or len(core)
        expected = total if have <= total < len(core) else len(core)
        missing += expected - have
        held += have
        if core and have == expected:
            complete.append(body)
        elif have:
            partial.append((body, have, expected))
        elif count_statement(report):
            counts_only.append(body)
        else:
            nothing.append(body)
    return RecordedAnswer(
        q.kind,
        q.round,
        q.place.label if q.place else None,
        len(bodies),
        tuple(complete),
        tuple(partial),
        tuple(counts_only),
        tuple(nothing),
        tuple(no_report),
        missing,
        tuple(sorted(rounds.items())),
        q.asked,
        tuple(shown) if q.asked == "reports" else (),
        tuple(undated),
        held,
    )

"""What is recorded here, report by report: every core grade, some, only HMICFRS's counts, or nothing."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.snapshot import Snapshot, count_statement, report_for, scope
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


def recorded_answer(snap: Snapshot, q: RecordedQuestion) -> RecordedAnswer:
    """Each body's report sorted into complete, partial, counts only and nothing recorded."""
    complete: list[Body] = []
    partial: list[tuple[Body, int, int]] = []
    counts_only: list[Body] = []
    nothing: list[Body] = []
    no_report: list[Body] = []
    rounds: dict[str, int] = {}
    missing = 0
    bodies = scope(snap, q.kind, q.place)
    for body in bodies:
        report = report_for(snap, body, q.round)
        if report is None:
            no_report.append(body)
            continue
        rounds[report["round"]] = rounds.get(report["round"], 0) + 1
        graded = snap.grades.get(report["id"], {})
        core = [a["area"] for a in snap.areas.get((report["framework"], report["round"]), []) if a["core"]]
        have = sum(1 for a in core if a in graded)
        missing += len(core) - have
        if core and have == len(core):
            complete.append(body)
        elif have:
            partial.append((body, have, len(core)))
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
    )

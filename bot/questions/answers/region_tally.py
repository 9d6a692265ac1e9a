"""The regions ranked by how many areas their bodies were given one grade: from each body's report in one
round (the round asked, else the kind's newest round most bodies have), counted from HMICFRS's count statement
or the recorded grades when none is missing; bodies whose counts aren't known are named, never guessed. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.rankings import report_counts
from bot.questions.answers.snapshot import FRAMEWORK_FOR_KIND, Snapshot, report_for
from bot.questions.names import Body
from bot.questions.region_tally import RegionTallyQuestion


@dataclass(frozen=True)
class RegionCount:
    region: str
    count: int
    bodies: tuple[tuple[Body, int], ...]  # the region's bodies with at least one, most first


@dataclass(frozen=True)
class KindTally:
    kind: str
    round: str
    regions: tuple[RegionCount, ...]  # most first (fewest first when asked)
    unknown: tuple[Body, ...]  # bodies whose counts for the round aren't known here


@dataclass(frozen=True)
class RegionTallyAnswer:
    question: RegionTallyQuestion
    tallies: tuple[KindTally, ...]


def region_tally_answer(snap: Snapshot, question: RegionTallyQuestion) -> RegionTallyAnswer:
    kinds = (question.kind,) if question.kind else ("police", "fire")
    return RegionTallyAnswer(question, tuple(t for k in kinds if (t := _tally(snap, question, k))))


def _tally(snap: Snapshot, question: RegionTallyQuestion, kind: str) -> KindTally | None:
    bodies = sorted((b for b in snap.bodies.values() if b.kind == kind and b.region), key=lambda b: b.name)
    round_ = question.round or _newest_round(snap, kind, bodies)
    if round_ is None:
        return None
    per_region: dict[str, list[tuple[Body, int]]] = {}
    unknown: list[Body] = []
    for body in bodies:
        report = report_for(snap, body, round_)
        counts = report_counts(snap, report) if report else None
        if counts is None:
            unknown.append(body)
            continue
        per_region.setdefault(body.region, []).append((body, counts.get(question.grade, 0)))
    regions = [
        RegionCount(
            region,
            sum(n for _, n in rows),
            tuple(sorted(((b, n) for b, n in rows if n), key=lambda r: -r[1])),
        )
        for region, rows in per_region.items()
    ]
    regions.sort(key=lambda r: (r.count if question.fewest else -r.count, r.region))
    return KindTally(kind, round_, tuple(regions), tuple(unknown))


def _newest_round(snap: Snapshot, kind: str, bodies: list[Body]) -> str | None:
    """The kind's newest round that at least half of its bodies have a report in."""
    framework = FRAMEWORK_FOR_KIND[kind]
    rounds: dict[str, int] = {}
    for body in bodies:
        for report in snap.reports.get(body.id, []):
            if report["framework"] == framework:
                rounds[report["round"]] = rounds.get(report["round"], 0) + 1
    held = [r for r, n in rounds.items() if n * 2 >= len(bodies)]
    return max(held) if held else None

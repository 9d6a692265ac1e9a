"""Movement across bodies: each body's grade for an area in one round against another."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import FRAMEWORK_FOR_KIND, Snapshot, concept_grades, scope
from bot.questions.areas import AREA_CONCEPTS, CONCEPTS_BY_KEY, AreaConcept
from bot.questions.kinds import MovementQuestion
from bot.questions.names import Body
from bot.questions.vocab import GRADE_RANK


@dataclass(frozen=True)
class MovementRow:
    """One body: its grade in each round (one area), or how many areas went up and down (whole report)."""

    body: Body
    before: str
    after: str
    steps: int  # grade steps up (+) or down (-); for whole reports, areas up minus areas down
    report: ReportRef


@dataclass(frozen=True)
class MovementAnswer:
    """Improved, worse and unchanged between two rounds, with who could not be compared."""

    kind: str
    area: str | None
    place: str | None
    since: str | None
    until: str | None
    direction: str
    improved: tuple[MovementRow, ...]
    worse: tuple[MovementRow, ...]
    unchanged: tuple[MovementRow, ...]
    missing: tuple[Body, ...]
    start: tuple[str, ...] = ()  # only bodies that had one of these grades in the earlier round
    unknown_start: tuple[Body, ...] = ()  # with `start`: no earlier grade recorded, so not known to qualify


def _grades_by_body_round(snap: Snapshot) -> dict[tuple[str, str], dict[str, tuple[str, dict]]]:
    """(body id, round) -> area concept -> (grade, report): one body's round in one lookup."""

    def build(snap: Snapshot) -> dict[tuple[str, str], dict[str, tuple[str, dict]]]:
        out: dict[tuple[str, str], dict[str, tuple[str, dict]]] = {}
        for (body_id, round_, concept), found in concept_grades(snap).items():
            out.setdefault((body_id, round_), {})[concept] = found
        return out

    return snap.derived("grades_by_body_round", build)


def _graded_bodies(snap: Snapshot) -> dict[tuple[str, str], set[str]]:
    """(round, area concept) -> ids of the bodies with a recorded grade for it: how well a round is covered."""

    def build(snap: Snapshot) -> dict[tuple[str, str], set[str]]:
        out: dict[tuple[str, str], set[str]] = {}
        for body_id, round_, concept in concept_grades(snap):
            out.setdefault((round_, concept), set()).add(body_id)
        return out

    return snap.derived("graded_bodies", build)


def _rounds(snap: Snapshot, q: MovementQuestion, bodies: list[Body], concepts: list[AreaConcept]) -> tuple:
    """(earlier, later): the rounds asked, else the latest round most bodies have grades in and the one before."""
    framework = FRAMEWORK_FOR_KIND[q.kind]
    rounds = sorted({r for f, r in snap.areas if f == framework})
    if not rounds:
        return None, None

    graded = _graded_bodies(snap)
    ids = {b.id for b in bodies}

    def covered(round_: str) -> int:
        seen: set[str] = set()
        for c in concepts:
            seen |= graded.get((round_, c.key), set())
        return len(seen & ids)

    later = q.until if q.until in rounds else None
    if later is None:
        well = [r for r in rounds if covered(r) * 2 >= max(1, len(bodies))]
        later = well[-1] if well else rounds[-1]
    earlier = q.since if q.since in rounds and q.since != later else None
    if earlier is None:
        before = [r for r in rounds if r < later]
        earlier = before[-1] if before else None
    if earlier and earlier > later:
        earlier, later = later, earlier
    return earlier, later


def movement_answer(snap: Snapshot, q: MovementQuestion) -> MovementAnswer:
    """Compare each body's grade (one area, or every area) between two rounds; never guess a missing one."""
    bodies = scope(snap, q.kind, q.place)
    concept = CONCEPTS_BY_KEY.get(q.area) if q.area else None
    concepts = [concept] if concept else [c for c in AREA_CONCEPTS if c.kind == q.kind]
    earlier, later = _rounds(snap, q, bodies, concepts)
    improved: list[MovementRow] = []
    worse: list[MovementRow] = []
    unchanged: list[MovementRow] = []
    missing: list[Body] = []
    unknown: list[Body] = []
    by_round = _grades_by_body_round(snap)
    wanted = {c.key for c in concepts}
    for body in bodies:
        then = by_round.get((body.id, earlier), {}) if earlier else {}
        now = by_round.get((body.id, later), {}) if later else {}
        steps, pairs, report = 0, [], None
        for key in wanted & then.keys() & now.keys():
            a, b = then[key], now[key]
            diff = GRADE_RANK[b[0]] - GRADE_RANK[a[0]]
            steps += diff if concept else (diff > 0) - (diff < 0)
            pairs.append((a[0], b[0], diff))
            report = b[1]
        if q.start and concept and not any(then.get(k, ("",))[0] in q.start for k in wanted):
            if not wanted & then.keys():
                unknown.append(body)  # 'from outstanding': its earlier grade is not recorded, so unknown
            continue
        if not pairs or report is None:
            missing.append(body)
            continue
        if q.end and concept and pairs[0][1] not in q.end:
            continue  # 'to adequate': it moved elsewhere
        if concept:
            before, after = pairs[0][0], pairs[0][1]
        else:
            up = sum(1 for p in pairs if p[2] > 0)
            before = f"{up} area{'' if up == 1 else 's'} up"
            after = f"{sum(1 for p in pairs if p[2] < 0)} down, {sum(1 for p in pairs if p[2] == 0)} the same"
        row = MovementRow(body, before, after, steps, report_ref(report))
        (improved if steps > 0 else worse if steps < 0 else unchanged).append(row)
    improved.sort(key=lambda r: (-r.steps, r.body.name))
    worse.sort(key=lambda r: (r.steps, r.body.name))
    return MovementAnswer(
        q.kind,
        concept.label if concept else None,
        q.place.label if q.place else None,
        earlier,
        later,
        q.direction,
        tuple(improved),
        tuple(worse),
        tuple(unchanged),
        tuple(missing),
        q.start,
        tuple(unknown),
    )

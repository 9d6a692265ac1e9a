"""Several bodies side by side."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.model import ReportRef, report_ref
from bot.questions.answers.snapshot import Snapshot, count_statement, report_for
from bot.questions.names import Body


@dataclass(frozen=True)
class CompareAnswer:
    """Bodies side by side, area by area."""

    bodies: tuple[Body, ...]
    reports: tuple[ReportRef | None, ...]
    rows: tuple[tuple[str, tuple[str | None, ...]], ...]  # area name, grade per body
    round: str | None = None  # the round asked for, if one was
    # HMICFRS's count statement for each body's report, where some of its areas are not recorded here
    counts: tuple[dict[str, int] | None, ...] = ()

    @property
    def mixed_rounds(self) -> bool:
        return len({(r.framework, r.round) for r in self.reports if r}) > 1


def compare_answer(snap: Snapshot, bodies: list[Body], round_: str | None) -> CompareAnswer:
    reports = [report_for(snap, b, round_) for b in bodies]
    names: dict[str, str] = {}
    for r in reports:
        if r is None:
            continue
        for a in snap.areas.get((r["framework"], r["round"]), []):
            if a["core"] or any(a["area"] in snap.grades.get(x["id"], {}) for x in reports if x):
                names.setdefault(a["area"], a["name"])
    rows = tuple(
        (
            name,
            tuple((snap.grades.get(r["id"], {}).get(key) or {}).get("grade") if r else None for r in reports),
        )
        for key, name in names.items()
    )
    stated = tuple(
        count_statement(r) if r and any(gs[i] is None for _, gs in rows) else None
        for i, r in enumerate(reports)
    )
    refs = tuple(report_ref(r) if r else None for r in reports)
    return CompareAnswer(tuple(bodies), refs, rows, round_, stated)

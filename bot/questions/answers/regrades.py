"""The grades HMICFRS changed after publication, as recorded here: who, which area, from what to what, when,
and where that is said. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.snapshot import FRAMEWORK_FOR_KIND, Snapshot
from bot.questions.names import Body
from bot.questions.regrades import RegradeQuestion


@dataclass(frozen=True)
class Changed:
    body: Body
    round: str
    framework: str
    area: str  # the area's name in that round
    before: str
    now: str
    on: str
    source: str
    report_url: str


@dataclass(frozen=True)
class RegradesAnswer:
    kind: str | None
    changed: tuple[Changed, ...]  # newest change first
    of: str = ""  # the body asked about, by name ('' for every body)


def regrades_answer(snap: Snapshot, question: RegradeQuestion) -> RegradesAnswer:
    """Every grade changed after publication that the store records (of the kind asked)."""
    by_report = {r["id"]: r for reports in snap.reports.values() for r in reports}
    framework = FRAMEWORK_FOR_KIND.get(question.kind or "")
    changed: list[Changed] = []
    for (report_id, area), row in snap.regrades.items():
        report = by_report.get(report_id)
        body = snap.bodies.get(report["body_id"]) if report else None
        if report is None or body is None or (framework and report["framework"] != framework):
            continue
        if question.name and body.id != question.name:
            continue
        names = {a["area"]: a["name"] for a in snap.areas.get((report["framework"], report["round"]), [])}
        now = snap.grades.get(report_id, {}).get(area, {}).get("grade", "")
        changed.append(
            Changed(
                body,
                report["round"],
                report["framework"],
                names.get(area, area),
                row["old_grade"],
                now,
                row["on_date"] or "",
                row["source"] or "",
                report.get("report_url") or "",
            )  # fmt: skip
        )
    changed.sort(key=lambda c: (c.on, c.body.name), reverse=True)
    named = snap.bodies.get(question.name) if question.name else None
    return RegradesAnswer(question.kind, tuple(changed), named.name if named else "")
